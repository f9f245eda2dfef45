"""consistency_findings, the blocking schema checks and one WARN check per consistency rule."""


import hashlib
import inspect

import dagster as dg
import duckdb
import pandera.polars as pa
import polars as pl

from assets import reuse
from assets.check import incremental, rules, schemas
from assets.check.findings_changes import FINDINGS_PREVIEW, with_finding_changes
from assets.check.rules import RULES
from assets.check.schemas import ConsistencyFindings, Documents, Facts, evidence_mismatches
from assets.clean.asset import documents
from assets.describe import preview_table, snapshot_changes, table_metadata
from assets.extract.asset import facts
from assets.materialize import phase, result, row_changes, run_extra
from assets.readable import counted
from assets.review.asset import reviewed
from assets.warehouse import lake
from assets.warehouse.resources import WarehouseResource
from assets.warehouse.staging import delete_staged, insert_staged, staging

CODE_VERSION = "check-3"
FAILURE_PREVIEW = 20
# What each step reads (and writes): when none changed since its last run, that run's result stands.
FINDINGS_TABLES = ["facts_reviewed", "documents", "consistency_findings", incremental.CONTEXT_TABLE]
# A schema check is also redone in full when its pandera model changes: every column's type, nullability, uniqueness and
# checks with their values (the metric codes and provinces allowed, the bounds), and the models' source (the dataframe
# checks' bodies, the evidence check) (a schema's repr names its columns' types only).
MODELS_VERSION = hashlib.sha256("".join([
    CODE_VERSION, inspect.getsource(schemas),
    *(repr([(name, column.dtype, column.checks, column.nullable, column.unique)
            for name, column in model.to_schema().columns.items()]) for model in (Documents, Facts))]).encode()
).hexdigest()[:12]


@dg.asset(
    deps=[reviewed.keys_by_output_name["facts_reviewed"], documents],
    group_name="facts",
    kinds={"duckdb", "polars", "pandera"},
    owners=["team:molisa-facts"],
    code_version=CODE_VERSION,
    pool="warehouse",
    metadata=table_metadata("consistency_findings", ConsistencyFindings),
)
def consistency_findings(context: dg.AssetExecutionContext, warehouse: WarehouseResource):
    """Figures that do not add up: one row per failed consistency rule (a part larger than its whole,
    a plan share that does not match its figures, a year-on-year change that contradicts last year's figure,
    two reports giving two values …), with the
    rule, the document and facts involved, the expected and observed numbers, and a sentence saying
    what is wrong. Each rule is also an asset check below, with its findings. Rewritten only when the
    findings change; each materialization lists the findings that are new and those resolved.
    """
    with warehouse.connect() as con:
        if same := reuse.reused_materialization(context, CODE_VERSION, reuse.input_snapshots(con, FINDINGS_TABLES)):
            context.log.info("consistency_findings: no fact changed since the last materialization; reusing it")
            # Nothing new, nothing resolved: the previous run's lists of them do not carry over.
            kept = {k: v for k, v in same.metadata.items() if k not in ("new_findings", "resolved_findings")}
            return dg.MaterializeResult(
                metadata={**kept, "findings_new": dg.MetadataValue.int(0), "findings_resolved": dg.MetadataValue.int(0)},
                data_version=same.data_version)
        checked = _write_findings(context, con, warehouse.path)
        by_rule = dict(con.execute("select rule, count(*) from consistency_findings group by 1").fetchall())
        # What this run changed, read once for the result and for the findings new and resolved.
        changes = snapshot_changes(con, "consistency_findings", context.run.run_id)
        materialized = result(con, "consistency_findings", FINDINGS_PREVIEW,
                              {"findings_by_rule": dg.MetadataValue.json(by_rule)}
                              | reuse.recorded(reuse.input_snapshots(con, FINDINGS_TABLES))
                              | {incremental.STATE_KEY: dg.MetadataValue.text(incremental.state(con)),
                                 "facts_checked": dg.MetadataValue.text(CHECKED_SAYS[checked])}, changes=changes)
        return with_finding_changes(context, con, materialized, changes)


def _write_findings(context: dg.AssetExecutionContext, con, warehouse: str) -> str:
    """Compute the findings and write those that differ from the table's (and the context rows); returns what was
    checked ("all", "changed"). The rows to insert go through Parquet files (``assets.warehouse.staging``): held as
    frames during the inserts, they and DuckDB's copy of them made the run's peak at 100,000 pages."""
    (gone, came), context_changes, checked = _findings(context, con)
    # Only the findings that differ are deleted and inserted: a run that changes a few keeps the rest.
    changed = gone.height + came.height
    if changed or context_changes:
        with staging(warehouse, "consistency_findings") as folder:
            gone.select("finding_id").write_parquet(folder / "findings-gone.parquet")
            came.write_parquet(folder / "findings.parquet")
            gone_context, came_context = context_changes or (pl.DataFrame(), None)
            # (None: every context row goes; an empty frame: none does)
            delete_context = gone_context is not None and gone_context.height > 0
            if delete_context:
                gone_context.write_parquet(folder / "context-gone.parquet")
            insert_context = came_context is not None
            if insert_context:
                came_context.write_parquet(folder / "context.parquet")
            del gone, came, context_changes, came_context
            with lake.transaction(con, f"consistency_findings run {context.run.run_id}",
                                  run_extra(context, CODE_VERSION)):
                delete_staged(con, "consistency_findings", "finding_id", folder / "findings-gone.parquet")
                insert_staged(con, "consistency_findings", folder / "findings.parquet")
                if gone_context is None:  # every row (the context is written anew)
                    con.execute(f"delete from {incremental.CONTEXT_TABLE}")
                elif delete_context:
                    delete_staged(con, incremental.CONTEXT_TABLE, "fact_id", folder / "context-gone.parquet")
                if insert_context:
                    insert_staged(con, incremental.CONTEXT_TABLE, folder / "context.parquet")
    count = con.execute("select count(*) from consistency_findings").fetchone()[0]
    context.log.info(f"{counted(count, 'finding')} ({f'{changed} rows rewritten' if changed else 'unchanged'})")
    return checked


# What the run checked, in words for the UI (beside what_changed, which says whether the findings changed).
CHECKED_SAYS = {"all": "all facts (a full check)",
                "changed": "only the facts changed since the last run, and the documents, places and years they touch"}


def _findings(context: dg.AssetExecutionContext, con
              ) -> tuple[tuple[pl.DataFrame, pl.DataFrame], tuple[pl.DataFrame | None, pl.DataFrame | None] | None, str]:
    """What brings consistency_findings to the findings of facts_reviewed (the facts analysts rely on: corrections
    applied): (finding rows to delete, rows to insert); the changes that bring findings_context up to date
    (``_context_changes``); and what was checked ("all", "changed"). From the last run's findings and context when
    they are still the ones it wrote (only the scopes of changed facts re-checked), else computed over all facts."""
    log = context.log.info
    facts = con.execute("select * exclude (review_status, correction_ids) from facts_reviewed").pl()
    sources = con.execute(f"select doc_id, source_path, published_date, {incremental.TEXT_KEY_SQL} as {incremental.TEXT_KEY} "
                          "from documents where status = 'ok' order by source_path").pl()
    previous = reuse.previous_materialization(context)
    recorded = getattr((previous.metadata if previous else {}).get(incremental.STATE_KEY), "value", None)
    state_now = incremental.state(con)
    trusted = recorded is not None and recorded == state_now
    with phase(log, "consistency_findings: prepare"):
        stored = con.execute(f"select * from {incremental.CONTEXT_TABLE}").pl()
        # Located columns of an unchanged fact in an unchanged text are taken from the context when the
        # same code computed them; else the fact is located again (spread over the cores).
        text_keys = sources.unique("doc_id", keep="first").select("doc_id", incremental.TEXT_KEY)
        current = stored[incremental.VERSION_KEY] == incremental.RULES_VERSION
        if not facts.height:
            return _all_findings(con, rules.findings(facts)), _context_changes(stored, None), "all"
        # A context all of another code version (the rules or the number reader changed) serves neither as a cache
        # nor for a comparison: it goes now, and is written anew (held beside the new one, it made the step's peak
        # 2.8 GB at 100,000 pages).
        stale = stored.height > 0 and not current.any()
        if stale:
            stored, current = stored.clear(), current.clear()
        cache = stored if current.all() else stored.filter(current)  # (a filter copies every row, even all of them)
        # (the texts of documents written since the context was, read from the files written since)
        locator = incremental.cached_locator(con, text_keys, cache, log,
                                             incremental.context_snapshot(state_now) if trusted else None)
        prepared = rules.prepare(facts, sources.drop(incremental.TEXT_KEY), locator).join(
            text_keys, on="doc_id", how="left", maintain_order="left").with_columns(
            pl.lit(incremental.RULES_VERSION).alias(incremental.VERSION_KEY))
        del facts, sources, cache, locator  # (the context holds what the rules read of them)
        # What changed in the context since the last run, read once: for the rules to re-check and for the write.
        changes = None if stale or stored["fact_id"].is_duplicated().any() else row_changes(stored, prepared)
        context_changes = _context_changes(stored, prepared, changes)
        # Of the old context the re-check reads only where each fact sat: its text columns go now.
        stored = stored.select(incremental.PLACED)
    with phase(log, "consistency_findings: rules"):
        if trusted and changes is not None:
            delta = incremental.findings_delta(stored, con.execute(incremental.OWNERS_SQL).pl(), prepared, changes,
                                               lambda ids: _stored_findings(con, ids))
            log("consistency_findings: " + ("re-checked the scopes of changed facts" if delta is not None
                                            else "the last run's state is inconsistent; checking all facts"))
            if delta is not None:
                return delta, context_changes, "changed"
        return _all_findings(con, rules.findings_of(prepared)), context_changes, "all"


def _stored_findings(con, ids: pl.Series | None = None) -> pl.DataFrame:
    """The rows of consistency_findings (those of ``ids`` only, when given)."""
    if ids is None:
        return con.execute("select * from consistency_findings").pl()
    con.register("wanted_findings", ids.to_frame("finding_id"))
    try:
        return con.execute("select * from consistency_findings semi join wanted_findings using (finding_id)").pl()
    finally:
        con.unregister("wanted_findings")


def _all_findings(con, found: pl.DataFrame) -> tuple[pl.DataFrame, pl.DataFrame]:
    """(stored findings rows not in ``found``, ``found`` rows not stored): the write after a full check."""
    return row_changes(_stored_findings(con), found)


def _context_changes(stored: pl.DataFrame, prepared: pl.DataFrame | None,
                     changes: tuple[pl.DataFrame, pl.DataFrame] | None = None
                     ) -> tuple[pl.DataFrame | None, pl.DataFrame | None] | None:
    """What brings findings_context (now ``stored``) to ``prepared`` (None: no fact): (the fact ids to delete, None
    for every row; the rows to insert), or None when it holds them already. Only the rows that differ (``changes``:
    ``row_changes(stored, prepared)``), unless a fact id is in it twice (``changes`` None): then it is written anew."""
    if prepared is None or changes is None:
        return None if prepared is None and stored.height == 0 else (None, prepared)
    gone, came = changes
    return (gone.select("fact_id"), came) if gone.height or came.height else None


def _schema_check(model: type[pa.DataFrameModel], frame: pl.DataFrame, extra_failures: pl.DataFrame | None = None,
                  recorded: str = "", table_rows: int | None = None, repeated_keys: int = 0, key: str = ""):
    """The check result of ``frame`` against ``model``; ``table_rows``: the table's rows when ``frame`` holds only the
    rows written since the last passing check, whose ``key`` (unique in the model) ``repeated_keys`` values repeat."""
    failures = []
    try:
        model.validate(frame, lazy=True)
    except pa.errors.SchemaErrors as exc:
        failures.append(exc.failure_cases.select(pl.all().cast(pl.String)))
    if extra_failures is not None and extra_failures.height:
        failures.append(extra_failures.select(
            pl.lit("evidence_is_text_slice").alias("check"), pl.col("fact_id").alias("failure_case")))
    if repeated_keys:
        failures.append(pl.DataFrame({"check": [f"{key} is unique"], "failure_case": [f"{repeated_keys} repeated"]}))
    failed = pl.concat(failures, how="diagonal") if failures else pl.DataFrame()
    scope = ({"rows_in_table": table_rows, "rows_checked_are": dg.MetadataValue.text(
        "the rows written since the last passing check (the others passed it as they are); keys checked over all")}
        if table_rows is not None else {})
    return dg.AssetCheckResult(
        passed=failed.height == 0,
        severity=dg.AssetCheckSeverity.ERROR,
        metadata={"rows_checked": frame.height, **scope, "failures": failed.height,
                  **({"failure_cases": preview_table(failed.head(FAILURE_PREVIEW))} if failed.height else {}),
                  **(reuse.recorded(recorded) if recorded else {})},
    )


def _passed_at(context: dg.AssetCheckExecutionContext, inputs: str, tables: list[str], now: int) -> dict[str, int] | None:
    """The snapshot of each of ``tables`` when the check last passed, the same code and warehouse since (then only the
    rows written after need checking); else None (also when a recorded snapshot is past ``now``, the newest: a
    warehouse restored from an older copy)."""
    previous = reuse.previous_check(context.instance, context.check_specs[0].key)
    if previous is None or not previous.passed:
        return None
    since = reuse.snapshots_since(getattr(previous.metadata.get(reuse.METADATA_KEY), "value", None), inputs)
    return since if since is not None and set(tables) <= since.keys() and max(since.values()) <= now else None


def _written_since(table: str, key: str, snapshot: int, now: int, kinds: str = "('insert', 'update_postimage')") -> str:
    """SQL: the ``key`` of the rows of ``table`` whose change after ``snapshot`` is one of ``kinds`` (by default those
    written: inserted, or updated to)."""
    return (f"select {key} from {lake.ALIAS}.table_changes('{table}', {int(snapshot) + 1}, {int(now)}) "
            f"where change_type in {kinds}")


def _keys_over_all(con, table: str, key: str) -> dict:
    """``_schema_check``'s arguments for a check of some rows: the table's rows and how many of ``key`` repeat in it."""
    rows, repeated = con.execute(f"select count(*), count(*) - count(distinct {key}) from {table}").fetchone()  # noqa: S608
    return {"table_rows": rows, "repeated_keys": repeated, "key": key}


@dg.asset_check(asset=documents, blocking=True, name="schema_valid",
                description="documents satisfies its pandera schema (types, allowed values, status fields)")
def documents_schema_valid(context: dg.AssetCheckExecutionContext, warehouse: WarehouseResource) -> dg.AssetCheckResult:
    with warehouse.connect(read_only=True) as con:
        inputs = reuse.input_snapshots(con, ["documents"], MODELS_VERSION)
        if same := reuse.reused_check(context.instance, context.check_specs[0].key, inputs):
            return same
        select = "select * exclude (clean_version), clean_version from documents"
        now = lake.current_snapshot(con)
        if (since := _passed_at(context, inputs, ["documents"], now)) is not None:
            try:
                frame = con.execute(f"{select} where doc_id in "
                                    f"({_written_since('documents', 'doc_id', since['documents'], now)})"
                                    ).pl()  # noqa: S608 (fixed names, snapshot ids are integers)
                return _schema_check(Documents, frame, recorded=inputs, **_keys_over_all(con, "documents", "source_path"))
            except duckdb.Error:  # (a snapshot since expired, a table made anew: every row is checked)
                pass
        return _schema_check(Documents, con.execute(select).pl(), recorded=inputs)


@dg.asset_check(asset=facts, blocking=True, name="schema_valid",
                description="facts satisfies its pandera schema and every evidence is its document's text slice")
def facts_schema_valid(context: dg.AssetCheckExecutionContext, warehouse: WarehouseResource) -> dg.AssetCheckResult:
    with warehouse.connect(read_only=True) as con:
        inputs = reuse.input_snapshots(con, ["facts", "documents"], MODELS_VERSION)
        if same := reuse.reused_check(context.instance, context.check_specs[0].key, inputs):
            return same
        now = lake.current_snapshot(con)
        if (since := _passed_at(context, inputs, ["facts", "documents"], now)) is not None:
            try:
                # The facts written since, and those of documents changed since in any way, deleted too (their text is
                # what evidence slices: a fact whose document went fails).
                changed_documents = _written_since("documents", "doc_id", since["documents"], now,
                                                   "('insert', 'update_postimage', 'delete', 'update_preimage')")
                frame = con.execute(
                    f"select * from facts where fact_id in ({_written_since('facts', 'fact_id', since['facts'], now)}) "
                    f"or doc_id in ({changed_documents})").pl()  # noqa: S608
                con.register("checked_facts", frame.select("doc_id").unique())
                docs = con.execute("select doc_id, status, text from documents semi join checked_facts using (doc_id)").pl()
                con.unregister("checked_facts")
                return _schema_check(Facts, frame, evidence_mismatches(frame, docs), recorded=inputs,
                                     **_keys_over_all(con, "facts", "fact_id"))
            except duckdb.Error:  # (a snapshot since expired, a table made anew: every row is checked)
                pass
        frame = con.execute("select * from facts").pl()
        docs = con.execute("select doc_id, status, text from documents").pl()
    return _schema_check(Facts, frame, evidence_mismatches(frame, docs), recorded=inputs)


@dg.multi_asset_check(
    specs=[dg.AssetCheckSpec(rule.name, asset=consistency_findings, description=rule.description) for rule in RULES],
)
def rule_checks(context: dg.AssetCheckExecutionContext, warehouse: WarehouseResource):
    """One WARN result per consistency rule (one step for all of them): its finding count and a preview."""
    with warehouse.connect(read_only=True) as con:
        inputs = reuse.input_snapshots(con, ["consistency_findings", "documents"], CODE_VERSION)
        again = [reuse.reused_check(context.instance, spec.key, inputs) for spec in context.check_specs]
        if all(again):
            yield from again
            return
        # Each rule's count, and its first findings (by id) with their files: not every finding's message read.
        counts = dict(con.execute("select rule, count(*) from consistency_findings group by rule").fetchall())
        first = con.execute(
            f"""select f.message, f.rule, (select min(d.source_path) from documents d where d.doc_id = f.doc_id) as source_file,
                   f.expected, f.observed
            from (select * from consistency_findings qualify row_number() over (partition by rule order by finding_id)
                  <= {FAILURE_PREVIEW}) f
            order by f.finding_id""").pl()  # noqa: S608 (a constant)
    for rule in RULES:
        rows = first.filter(pl.col("rule") == rule.name).drop("rule")
        yield dg.AssetCheckResult(
            check_name=rule.name,
            asset_key=consistency_findings.key,
            passed=counts.get(rule.name, 0) == 0,
            severity=dg.AssetCheckSeverity.WARN,
            metadata={"findings": counts.get(rule.name, 0), **({"preview": preview_table(rows)} if rows.height else {}),
                      **reuse.recorded(inputs)},
        )
