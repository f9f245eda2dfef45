"""What a materialization of consistency_findings changed: the findings that are new and those resolved.

A run that raises new findings says so where a person looks: a run tag (``molisa/new_findings``, shown
on the run and filterable in the runs list), a warning line in the run log, and the materialization's
metadata with each new finding's whole message.
"""

from __future__ import annotations

import dagster as dg
import duckdb
import polars as pl

from assets.describe import preview_table
from assets.warehouse.lake import ALIAS

NEW_FINDINGS_TAG = "molisa/new_findings"
SHOWN = 20
# The message first (the UI gives the first column the room), errors first, then by rule; the source
# file rather than the document's hash.
FINDINGS_PREVIEW = (
    "select f.message, f.rule, f.severity, (select min(d.source_path) from documents d where d.doc_id = f.doc_id) "
    "as source_file from consistency_findings f order by f.severity = 'error' desc, f.rule, f.finding_id"
)


def _changed_rows(con: duckdb.DuckDBPyConnection, snapshots: list[int], kind: str, ids: list[str]) -> pl.DataFrame:
    """The message, rule and source file of the first ``SHOWN`` findings ``ids`` (by rule and file) as inserted or
    deleted (``kind``) in ``snapshots``. In SQL, ids as a registered frame and files by a join: a full run inserts
    every finding, and a list parameter with a subquery per row took tens of seconds. New findings are read from the
    table as it stands, resolved ones from the change rows; only the first rows are kept while reading (a top-N,
    not a sort of every finding with its message: a full run of 100,000 pages held 750 MB more for it)."""
    if not snapshots or not ids:
        return pl.DataFrame()
    con.register("changed_ids", pl.DataFrame({"finding_id": ids}, schema={"finding_id": pl.String}))
    if kind == "insert":
        rows = "select finding_id, message, rule, doc_id from consistency_findings"
    else:  # (a finding deleted in two of the run's snapshots is shown once)
        rows = " union all ".join(
            f"select c.finding_id, c.message, c.rule, c.doc_id from {ALIAS}.table_changes('consistency_findings', "
            f"{int(s)}, {int(s)}) c where c.change_type = 'delete'" for s in snapshots)
    try:
        first = con.execute(
            f"""
            select l.finding_id, l.message, l.rule, d.source_file
            from ({rows}) l semi join changed_ids using (finding_id)
            left join (select doc_id, min(source_path) as source_file from documents group by 1) d on d.doc_id = l.doc_id
            order by l.rule, d.source_file nulls first, l.finding_id limit {SHOWN * len(snapshots)}
            """).pl()  # noqa: S608 (fixed names, snapshot ids are integers)
        return first.unique("finding_id", keep="first", maintain_order=True).head(SHOWN).drop("finding_id")
    finally:
        con.unregister("changed_ids")


def with_finding_changes(context: dg.AssetExecutionContext, con: duckdb.DuckDBPyConnection,
                         materialized: dg.MaterializeResult, changes: dict) -> dg.MaterializeResult:
    """``materialized`` with findings_new / findings_resolved (and their messages), tagging the run
    when it raised new findings."""
    run_id = context.run.run_id
    new, resolved = changes["inserted_keys"], changes["deleted_keys"]
    metadata = {"findings_new": dg.MetadataValue.int(len(new)), "findings_resolved": dg.MetadataValue.int(len(resolved))}
    tags = {}
    if new:
        rows = _changed_rows(con, changes["snapshots"], "insert", new)
        metadata["new_findings"] = preview_table(rows.head(SHOWN))
        tags[NEW_FINDINGS_TAG] = str(len(new))
        context.instance.add_run_tags(run_id, {NEW_FINDINGS_TAG: str(len(new))})
        context.log.warning(f"this run raised {len(new)} new finding(s): "
                            + " | ".join(r["message"] for r in rows.head(5).iter_rows(named=True)))  # each names its file
    if resolved:
        metadata["resolved_findings"] = preview_table(_changed_rows(con, changes["snapshots"], "delete", resolved).head(SHOWN))
        context.log.info(f"{len(resolved)} finding(s) resolved since the last run")
    return dg.MaterializeResult(
        metadata={**materialized.metadata, **metadata}, data_version=materialized.data_version,
        check_results=materialized.check_results, tags=tags or None)
