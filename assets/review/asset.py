"""The analysts' corrections file (an external asset) and facts_reviewed + corrections_log (one step)."""


import hashlib
from pathlib import Path

import dagster as dg
import pandera.polars as pa
import polars as pl

from assets import reuse
from assets.check.schemas import CorrectionsLog, FactsReviewed, evidence_mismatches
from assets.clean.asset import documents
from assets.describe import preview_table, table_metadata
from assets.extract.asset import facts
from assets.materialize import result, row_changes
from assets.review.corrections import apply_corrections, read_corrections
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
    return hashlib.sha256(path.read_bytes()).hexdigest()[:16] if path.exists() else "missing"


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
    when either changed (a rerun with the same facts and file writes nothing)."""
    path = Path(corrections.path)
    with warehouse.connect() as con:
        inputs = reuse.input_snapshots(con, TABLES, f"{path}={file_version(path)}")
        again = [reuse.reused_materialization(context, CODE_VERSION, inputs, name, check_results=[
            reuse.reused_check(context.instance, dg.AssetCheckKey(dg.AssetKey(name), "schema_valid"))])
            for name in ("facts_reviewed", "corrections_log")]
        if all(again) and all(r.check_results[0] for r in again):
            context.log.info("corrections: neither the facts nor the corrections file changed since the last "
                             "materialization; reusing it")
            yield from again
            return
        lines = read_corrections(path)
        extracted = con.execute("select * from facts").pl()
        docs = con.execute(
            "select doc_id, source_path, status, quarantine_reason, duplicate_of, province, province_2025, "
            "district, null::varchar as text from documents").pl()
        named = [line.source.replace("\\", "/").removeprefix("./") for line in lines]
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
        applied = int(log["applied"].sum()) if log.height else 0
        problems = log.filter(~pl.col("applied")).select("line_no", "action", "source", "metric", "problem")
        if path.exists():
            context.log.info(f"corrections: {path} has {log.height} lines, {applied} applied, {problems.height} could "
                             f"not apply; {'written' if changes else 'nothing changed'}")
        else:  # (a mistyped MOLISA_CORRECTIONS must not pass for a file with nothing to correct)
            context.log.warning(f"corrections: no file at {path}, so no correction is applied (MOLISA_CORRECTIONS names "
                                "the file; a missing file means none)")
        for row in problems.iter_rows(named=True):
            context.log.warning(f"{path.name} line {row['line_no']}: {row['problem']}")
        inputs = reuse.input_snapshots(con, TABLES, f"{path}={file_version(path)}")  # after this step's writes
        by_status = dict(con.execute("select review_status, count(*) from facts_reviewed group by 1 order by 1").fetchall())
        yield result(
            con, "facts_reviewed",
            "select review_status, metric, value, province, year, period, evidence from facts_reviewed "
            "where review_status <> 'extracted' order by doc_id, span_start",
            {"facts_by_review_status": dg.MetadataValue.json(by_status)} | reuse.recorded(inputs),
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


def _diff(con, table: str, key: str, new: pl.DataFrame, folder: Path) -> int:
    """Write to ``folder`` the keys of the rows to delete (``<table>-gone.parquet``) and the rows to insert
    (``<table>-came.parquet``) so that ``table`` holds exactly ``new``; returns how many. A changed row is both, so a
    snapshot's diff shows only what the corrections did. Compared in polars (every column; a list as its joined
    text): SQL's EXCEPT ALL over the whole table took seconds. Rows are unique in both (their key is), so a set
    difference is the multiset one. Staged as Parquet (``assets.warehouse.staging``): held as DuckDB temporary tables
    until the write, a full run's 558,000 facts made the step's peak at 100,000 pages."""
    gone, came = row_changes(con.execute(f"select * from {table}").pl(), new)  # noqa: S608 (fixed names)
    gone.select(key).write_parquet(folder / f"{table}-gone.parquet")
    came.write_parquet(folder / f"{table}-came.parquet")
    return gone.height + came.height


def _write(con, table: str, key: str, folder: Path) -> None:
    # Table names are the two fixed ones above, never input data.
    delete_staged(con, table, key, folder / f"{table}-gone.parquet")
    insert_staged(con, table, folder / f"{table}-came.parquet")


def _schema_check(reviewed: pl.DataFrame, texts: pl.DataFrame) -> dg.AssetCheckResult:
    """The pandera schema of the rows corrections touched (the others passed the facts check as they
    are), one fact_id per row, and the evidence of every added fact on its text."""
    touched = reviewed.filter(pl.col("review_status") != "extracted")
    failures = []
    try:
        FactsReviewed.validate(touched, lazy=True)
    except pa.errors.SchemaErrors as exc:
        failures.append(exc.failure_cases.select(pl.all().cast(pl.String)))
    repeated = reviewed.filter(pl.col("fact_id").is_duplicated())
    if repeated.height:
        failures.append(repeated.select(pl.lit("fact_id_unique").alias("check"), pl.col("fact_id").alias("failure_case")))
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
