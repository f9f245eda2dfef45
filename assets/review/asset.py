"""The analysts' corrections file (an external asset) and facts_reviewed + corrections_log (one step)."""


import hashlib
import inspect
from pathlib import Path

import dagster as dg
import pandera.polars as pa
import polars as pl

from assets import reuse
from assets.check.schemas import CorrectionsLog, FactsReviewed, evidence_mismatches
from assets.clean.asset import documents
from assets.describe import preview_table, table_metadata
from assets.extract.asset import facts
from assets.extract.catalogue import METRIC_CODES, UNITS
from assets.materialize import result, row_changes
from assets.places import all_provinces
from assets.review import corrections as corrections_module
from assets.review import matching as matching_module
from assets.review.corrections import apply_corrections, read_corrections, source_key
from assets.warehouse import lake
from assets.warehouse.resources import CorrectionsResource, WarehouseResource
from assets.warehouse.staging import delete_staged, insert_staged, staging

CODE_VERSION = "review-1"
PROBLEM_PREVIEW = 20
# What the step reads and writes (and the corrections file): when none changed, the last result stands.
TABLES = ["facts", "documents", "facts_reviewed", "corrections_log"]

corrections_file = dg.AssetSpec(
    "corrections_file",
    group_name="facts",
    kinds={"csv"},
    owners=["team:molisa-facts"],
    description="The analysts' corrections (MOLISA_CORRECTIONS, default data/corrections.csv): one line per "
                "reject, fix or add of a fact, edited in a spreadsheet. A missing file means no correction. "
                "The corrections sensor notices edits and refreshes only what depends on it.",
)


def file_version(path: Path) -> str:
    """The data version of the corrections file: a hash of its bytes ("missing" when absent)."""
    return _version_of(path.read_bytes() if path.exists() else None)


def _version_of(data: bytes | None) -> str:
    return hashlib.sha256(data).hexdigest()[:16] if data is not None else "missing"


# What applying a file follows from besides its lines and the facts: the matching code and the codes and places it checks
# against (a change to them must correct every fact again, not only the changed ones').
RULES_VERSION = hashlib.sha256("".join([
    CODE_VERSION, inspect.getsource(corrections_module), inspect.getsource(matching_module),
    repr(sorted(METRIC_CODES)), repr(UNITS), repr(all_provinces())]).encode()).hexdigest()[:12]


@dg.multi_asset(
    specs=[
        dg.AssetSpec("facts_reviewed", deps=[facts, documents, corrections_file], group_name="facts",
                     kinds={"duckdb", "polars"}, owners=["team:molisa-facts"], code_version=CODE_VERSION,
                     description="The facts analysts rely on: the extracted facts with every correction of the "
                                 "corrections file applied (rejected facts left out, fixed fields changed, added "
                                 "facts in), with review_status and the ids of the corrections applied. The marts "
                                 "and the consistency rules read this table.",
                     metadata=table_metadata("facts_reviewed", FactsReviewed)),
        dg.AssetSpec("corrections_log", deps=[corrections_file], group_name="facts",
                     kinds={"duckdb", "polars"}, owners=["team:molisa-facts"], code_version=CODE_VERSION,
                     description="One row per line of the corrections file: what it asked, whether it applied, "
                                 "the fact it touched, and for a line that could not apply the problem (no such "
                                 "document, evidence not found, matches two facts, unknown field, bad value, "
                                 "malformed CSV line). A bad line never stops the run.",
                     metadata=table_metadata("corrections_log", CorrectionsLog)),
    ],
    check_specs=[dg.AssetCheckSpec("schema_valid", asset="facts_reviewed", blocking=True,
                                   description="facts_reviewed satisfies its pandera schema and every evidence "
                                               "is its document's text slice"),
                 dg.AssetCheckSpec("schema_valid", asset="corrections_log",
                                   description="corrections_log satisfies its pandera schema: one row per "
                                               "correction id, every line applied or explained")],
    pool="warehouse",
)
def reviewed(context: dg.AssetExecutionContext, warehouse: WarehouseResource, corrections: CorrectionsResource):
    """Apply the corrections file to the facts; write facts_reviewed and corrections_log in one snapshot
    when either changed (a rerun with the same facts and file writes nothing). After a change that leaves the file and
    the documents it names as they were, only the changed facts are read and taken over (their documents have no
    correction); the others' corrections stand."""
    path = Path(corrections.path)
    with warehouse.connect() as con:
        # (the bytes hashed are the bytes read: an edit saved while the step runs is the next run's)
        data = path.read_bytes() if path.exists() else None
        extra = f"{path}={_version_of(data)}; rules {RULES_VERSION}"
        inputs = reuse.input_snapshots(con, TABLES, extra)
        again = [reuse.reused_materialization(context, CODE_VERSION, inputs, name, check_results=[
            reuse.reused_check(context.instance, dg.AssetCheckKey(dg.AssetKey(name), "schema_valid"))])
            for name in ("facts_reviewed", "corrections_log")]
        if all(again) and all(r.check_results[0] for r in again):
            context.log.info("corrections: neither the facts nor the corrections file changed since the last "
                             "materialization; reusing it")
            yield from again
            return
        lines = read_corrections(path, data)
        since = reuse.last_snapshots(reuse.previous_materialization(context, "facts_reviewed"), CODE_VERSION, inputs,
                                     ("facts_reviewed", "corrections_log"))
        delta = _facts_changed_since(con, since, lines) if since else None
        if delta is not None:
            yield from _update(context, con, warehouse.path, path, extra, delta)
            return
        extracted = con.execute("select * from facts").pl()
        docs = con.execute(
            "select doc_id, source_path, status, quarantine_reason, duplicate_of, province, province_2025, "
            "district, null::varchar as text from documents").pl()
        named = [source_key(line.source) for line in lines]
        # (the texts of the documents the lines name only, and no query when they name none: it read every text, 3 s
        # of a run at 100,000 pages)
        texts = con.execute("select doc_id, text from documents where status = 'ok' and (source_path in "
                            "(select unnest($1::varchar[])) or doc_id in (select lower(unnest($1::varchar[]))))",
                            [named]).pl() if named else pl.DataFrame(schema={"doc_id": pl.String, "text": pl.String})
        docs = docs.drop("text").join(texts.unique("doc_id"), on="doc_id", how="left")
        new_facts, log = apply_corrections(extracted, docs, lines)
        del extracted
        check = _schema_check(new_facts, texts)
        with staging(warehouse.path, "reviewed") as folder:
            changes = _diff(con, "facts_reviewed", "fact_id", new_facts, folder) \
                + _diff(con, "corrections_log", "correction_id", log, folder)
            del new_facts
            if changes:
                with lake.transaction(con, f"facts_reviewed run {context.run.run_id}", {"asset": "facts_reviewed", "run_id": context.run.run_id, "code_version": CODE_VERSION}):
                    _write(con, "facts_reviewed", "fact_id", folder)
                    _write(con, "corrections_log", "correction_id", folder)
        if path.exists():
            context.log.info(f"corrections: {path} has {log.height} lines; {'written' if changes else 'nothing changed'}")
        yield from _results(context, con, path, extra, log, check, CORRECTED_SAYS["all"])


# What the run corrected, in words for the UI.
CORRECTED_SAYS = {"all": "every fact (the first run, new code, or the corrections file or a document it names changed)",
                  "changed": "only the facts changed since the last run, whose documents no correction names (the "
                             "corrections of the others stand as they were applied)"}


def _results(context: dg.AssetExecutionContext, con, path: Path, extra: str, log: pl.DataFrame,
             check: dg.AssetCheckResult, corrected: str):
    """The materializations of facts_reviewed (``corrected``: which facts this run corrected) and corrections_log
    (``log``, with the check ``check`` of the first), read back after the step's writes; each line that could not apply
    logged as a warning with its line number."""
    applied = int(log["applied"].sum()) if log.height else 0
    problems = log.filter(~pl.col("applied")).select("line_no", "action", "source", "metric", "problem")
    if path.exists():
        context.log.info(f"corrections: {applied} lines applied, {problems.height} could not apply")
    else:  # (a mistyped MOLISA_CORRECTIONS must not pass for a file with nothing to correct)
        context.log.warning(f"corrections: no file at {path}, so no correction is applied (MOLISA_CORRECTIONS names "
                            "the file; a missing file means none)")
    for row in problems.iter_rows(named=True):
        context.log.warning(f"{path.name} line {row['line_no']}: {row['problem']}")
    inputs = reuse.input_snapshots(con, TABLES, extra)  # after this step's writes
    by_status = dict(con.execute("select review_status, count(*) from facts_reviewed group by 1 order by 1").fetchall())
    yield result(
        con, "facts_reviewed",
        "select review_status, metric, value, province, year, period, evidence from facts_reviewed "
        "where review_status <> 'extracted' order by doc_id, span_start",
        {"facts_by_review_status": dg.MetadataValue.json(by_status), "facts_corrected": dg.MetadataValue.text(corrected)}
        | reuse.recorded(inputs),
        asset_key="facts_reviewed", check_results=[check],
    )
    yield result(
        con, "corrections_log",
        "select line_no, action, source, metric, applied, problem from corrections_log order by line_no",
        {"corrections_file": dg.MetadataValue.path(str(path)),
         "lines_applied": applied, "lines_not_applied": problems.height,
         **({"not_applied": preview_table(problems.head(PROBLEM_PREVIEW))}
            if problems.height else {}), **reuse.recorded(inputs)},
        asset_key="corrections_log", check_results=[_log_check(log)],
    )


def _facts_changed_since(con, since: dict[str, int], lines: list) -> tuple[pl.DataFrame, pl.DataFrame] | None:
    """(the stored facts_reviewed rows of the facts changed since snapshot ``since['facts']``, those facts as they are
    now, uncorrected) when no line of the corrections file names a document changed since (its facts or its row):
    then every other fact's corrections stand as the last run applied them. None when a line names one (a fact it
    corrects may have moved, a document it named may have come): every fact is corrected again."""
    now = lake.current_snapshot(con)
    changes = f"{lake.ALIAS}.table_changes('{{table}}', {{start}}, {now})"
    facts_changed = changes.format(table="facts", start=since["facts"] + 1) if now > since["facts"] else None
    docs_changed = changes.format(table="documents", start=since["documents"] + 1) if now > since["documents"] else None
    if lines and con.execute("select count(*) from corrections_log where not applied").fetchone()[0]:
        return None  # (a line that could not apply says so in words that may name other documents: said again in full)
    if lines and (facts_changed or docs_changed):
        named = [source_key(line.source) for line in lines]
        parts = [f"select doc_id, null as source_path from {facts_changed}" if facts_changed else "",
                 f"select doc_id, source_path from {docs_changed}" if docs_changed else ""]
        touched = con.execute(
            f"select count(*) from ({' union all '.join(p for p in parts if p)}) c "  # noqa: S608 (fixed names, integers)
            "where c.source_path in (select unnest($1::varchar[])) or c.doc_id in (select lower(unnest($1::varchar[])))"
            " or c.doc_id in (select doc_id from documents where source_path in (select unnest($1::varchar[])))",
            [named]).fetchone()[0]
        if touched:
            return None
    con.execute("create or replace temp table reviewed_changed_ids as "  # noqa: S608 (fixed names, integers)
                + (f"select distinct fact_id from {facts_changed}" if facts_changed else "select ''::varchar as fact_id limit 0"))
    stored = con.execute("select * from facts_reviewed semi join reviewed_changed_ids using (fact_id)").pl()
    current = con.execute("select * from facts semi join reviewed_changed_ids using (fact_id)").pl()
    return stored, current


def _update(context: dg.AssetExecutionContext, con, folder: str, path: Path, extra: str,
            delta: tuple[pl.DataFrame, pl.DataFrame]):
    """The step's results when only facts no correction names changed since its last run: their rows of facts_reviewed
    replaced by the facts as they are now (uncorrected), corrections_log as it is."""
    stored, current = delta
    # (no correction names these facts' documents: they are taken over as extracted)
    new = apply_corrections(current, pl.DataFrame(schema={"doc_id": pl.String, "source_path": pl.String,
                                                          "status": pl.String}), [])[0]
    changes = 0
    if new.height or stored.height:
        with staging(folder, "reviewed") as staged:
            changes = _diff(con, "facts_reviewed", "fact_id", new, staged, stored)
            if changes:
                with lake.transaction(con, f"facts_reviewed run {context.run.run_id}", {"asset": "facts_reviewed", "run_id": context.run.run_id, "code_version": CODE_VERSION}):
                    _write(con, "facts_reviewed", "fact_id", staged)
    context.log.info(f"corrections: neither the corrections file nor a document it names changed; the "
                     f"{current['doc_id'].n_unique() if current.height else 0:,} documents whose facts changed had "
                     f"their facts taken over uncorrected ({changes:,} rows written)")
    log = con.execute("select * from corrections_log order by line_no").pl()
    repeated = con.execute("select count(*) - count(distinct fact_id) from facts_reviewed").fetchone()[0]
    check = _schema_check(new, pl.DataFrame(schema={"doc_id": pl.String, "text": pl.String}), repeated)
    yield from _results(context, con, path, extra, log, check, CORRECTED_SAYS["changed"])


def _diff(con, table: str, key: str, new: pl.DataFrame, folder: Path, old: pl.DataFrame | None = None) -> int:
    """Write to ``folder`` the keys of the rows to delete (``<table>-gone.parquet``) and the rows to insert
    (``<table>-came.parquet``) so that ``table`` holds exactly ``new``; returns how many. A changed row is both, so a
    snapshot's diff shows only what the corrections did. Compared in polars (every column; a list as its joined
    text): SQL's EXCEPT ALL over the whole table took seconds. Rows are unique in both (their key is), so a set
    difference is the multiset one. Staged as Parquet (``assets.warehouse.staging``): held as DuckDB temporary tables
    until the write, a full run's 558,000 facts made the step's peak at 100,000 pages."""
    gone, came = row_changes(con.execute(f"select * from {table}").pl() if old is None else old, new)  # noqa: S608
    gone.select(key).write_parquet(folder / f"{table}-gone.parquet")
    came.write_parquet(folder / f"{table}-came.parquet")
    return gone.height + came.height


def _write(con, table: str, key: str, folder: Path) -> None:
    # Table names are the two fixed ones above, never input data.
    delete_staged(con, table, key, folder / f"{table}-gone.parquet")
    insert_staged(con, table, folder / f"{table}-came.parquet")


def _schema_check(reviewed: pl.DataFrame, texts: pl.DataFrame, repeated_in_table: int | None = None) -> dg.AssetCheckResult:
    """The pandera schema of the rows corrections touched (the others passed the facts check as they
    are), one fact_id per row, and the evidence of every added fact on its text; ``repeated_in_table``: how many fact_ids
    repeat in the whole table, when ``reviewed`` holds only the rows written now."""
    touched = reviewed.filter(pl.col("review_status") != "extracted")
    failures = []
    try:
        FactsReviewed.validate(touched, lazy=True)
    except pa.errors.SchemaErrors as exc:
        failures.append(exc.failure_cases.select(pl.all().cast(pl.String)))
    repeated = reviewed.filter(pl.col("fact_id").is_duplicated())
    if repeated.height:
        failures.append(repeated.select(pl.lit("fact_id_unique").alias("check"), pl.col("fact_id").alias("failure_case")))
    elif repeated_in_table:
        failures.append(pl.DataFrame({"check": ["fact_id_unique"], "failure_case": [f"{repeated_in_table} repeated"]}))
    wrong = evidence_mismatches(touched, texts.with_columns(pl.lit("ok").alias("status")))
    if wrong.height:
        failures.append(wrong.select(pl.lit("evidence_is_text_slice").alias("check"), pl.col("fact_id").alias("failure_case")))
    failed = pl.concat(failures, how="diagonal") if failures else pl.DataFrame()
    return dg.AssetCheckResult(
        asset_key="facts_reviewed", check_name="schema_valid", passed=failed.height == 0,
        severity=dg.AssetCheckSeverity.ERROR,
        metadata={"rows_checked": touched.height, "failures": failed.height,
                  **({"failure_cases": preview_table(failed.head(PROBLEM_PREVIEW))} if failed.height else {})},
    )


def _log_check(log: pl.DataFrame) -> dg.AssetCheckResult:
    """corrections_log against its pandera model (a failure here is a bug, not an analyst's mistake)."""
    try:
        CorrectionsLog.validate(log, lazy=True)
        failed = pl.DataFrame()
    except pa.errors.SchemaErrors as exc:
        failed = exc.failure_cases.select(pl.all().cast(pl.String))
    return dg.AssetCheckResult(
        asset_key="corrections_log", check_name="schema_valid", passed=failed.height == 0,
        severity=dg.AssetCheckSeverity.ERROR,
        metadata={"rows_checked": log.height, "failures": failed.height,
                  **({"failure_cases": preview_table(failed.head(PROBLEM_PREVIEW))} if failed.height else {})},
    )
