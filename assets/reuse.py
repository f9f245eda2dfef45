"""A step whose input tables did not change since its last run gives that run's result again.

Most runs change little or nothing (a no-op rerun, a sensor run after one edited file), and a step that
recomputes over whole tables (the schema checks, the consistency rules, the corrections) would then
cost seconds for nothing. Each such step records, in its materialization or check metadata, the
warehouse snapshot that last changed each table it reads and writes (``input_snapshots``); the next run
computes the same from the DuckLake catalog (milliseconds, no table is read) and, when it matches and
the step's code version is the same, returns the recorded result instead.

The identity of the warehouse (the time its first snapshot was taken) is part of the record, so a
rebuilt warehouse at the same path never reuses a result of the old one.
"""

from __future__ import annotations

import dagster as dg
import duckdb
from dagster._core.storage.asset_check_execution_record import AssetCheckExecutionRecordStatus

from assets.warehouse.lake import ALIAS, identity

METADATA_KEY = "input_snapshots"
NO_CHANGE = {"what_changed": dg.MetadataValue.text("no change since the last materialization"),
             "rows_inserted": dg.MetadataValue.int(0), "rows_deleted": dg.MetadataValue.int(0),
             "rows_updated": dg.MetadataValue.int(0)}
DONE = {AssetCheckExecutionRecordStatus.SUCCEEDED, AssetCheckExecutionRecordStatus.FAILED}


def input_snapshots(con: duckdb.DuckDBPyConnection, tables: list[str], extra: str = "") -> str:
    """"created <time>; documents@12, facts@14" : for each table, the newest snapshot that created,
    altered, inserted into or deleted from it (DuckLake's own change log; ``extra`` is any other input,
    such as a file's hash)."""
    rows = con.execute(
        f"""
        with named as (
            select t.table_name, t.table_id::varchar as id from __ducklake_metadata_{ALIAS}.ducklake_table t
            where t.end_snapshot is null and t.table_name in (select unnest($1::varchar[]))
        ),
        changes as (
            select s.snapshot_id, unnest(flatten(map_values(s.changes))) as touched from {ALIAS}.snapshots() s
        )
        select n.table_name, max(c.snapshot_id)
        from named n left join changes c on c.touched in (n.id, 'main.' || n.table_name)
        group by 1 order by 1
        """,  # noqa: S608 (fixed alias)
        [tables],
    ).fetchall()
    found = ", ".join(f"{name}@{snapshot}" for name, snapshot in rows)
    return f"created {identity(con)}; {found}" + (f"; {extra}" if extra else "")


def snapshots_since(recorded: str | None, now: str) -> dict[str, int] | None:
    """The snapshot each table had in a recorded ``input_snapshots`` string, when everything else in it (the
    warehouse, the tables, any other input) is as ``now`` has it: only the tables moved on since. Else None."""
    def parts(inputs: str) -> tuple[str, dict[str, str], str]:
        created, _, rest = inputs.partition("; ")
        tables, _, extra = rest.partition("; ")
        return created, dict(item.split("@") for item in tables.split(", ") if "@" in item), extra
    if not recorded:
        return None
    (created, then, extra), (created_now, current, extra_now) = parts(recorded), parts(now)
    if (created, extra, then.keys()) != (created_now, extra_now, current.keys()) \
            or not all(value.isdigit() for value in then.values()):
        return None
    return {table: int(value) for table, value in then.items()}


def last_snapshots(previous: dg.AssetMaterialization | None, code_version: str, inputs: str,
                   own: tuple[str, ...]) -> dict[str, int] | None:
    """The snapshot each table had when ``previous`` (a step's last materialization) recorded its ``inputs``, when that
    run had the same code version and everything else the same (``snapshots_since``), and the step's own tables ``own``
    are still as it left them (no other writer since): then only what changed since needs redoing. Else None."""
    if previous is None or (previous.tags or {}).get("dagster/code_version") != code_version:
        return None
    since = snapshots_since(getattr(previous.metadata.get(METADATA_KEY), "value", None), inputs)
    now = snapshots_since(inputs, inputs)
    return since if since is not None and now is not None and all(since.get(t) == now.get(t) for t in own) else None


def previous_materialization(context: dg.AssetExecutionContext, asset_key: dg.AssetKey | str | None = None
                             ) -> dg.AssetMaterialization | None:
    """The latest materialization of the step's asset (or of ``asset_key``)."""
    key = dg.AssetKey.from_coercible(asset_key) if asset_key else context.asset_key
    event = context.instance.get_latest_materialization_event(key)
    return event.asset_materialization if event else None


def _same(metadata, tags, code_version: str, inputs: str | None) -> bool:
    recorded = getattr(metadata.get(METADATA_KEY), "value", None)
    return (inputs is None or recorded == inputs) and (tags or {}).get("dagster/code_version", code_version) == code_version


def reused_materialization(context: dg.AssetExecutionContext, code_version: str, inputs: str,
                           asset_key: str | None = None, check_results: list | None = None
                           ) -> dg.MaterializeResult | None:
    """The last materialization again (same metadata and data version, "no change"), when it was made
    by ``code_version`` from the same ``inputs``; else None."""
    previous = previous_materialization(context, asset_key)
    if previous is None or not _same(previous.metadata, previous.tags, code_version, inputs):
        return None
    version = (previous.tags or {}).get("dagster/data_version")
    return dg.MaterializeResult(
        asset_key=asset_key, metadata={**previous.metadata, **NO_CHANGE},
        data_version=dg.DataVersion(version) if version else None, check_results=check_results)


def previous_check(instance: dg.DagsterInstance, check_key: dg.AssetCheckKey) -> dg.AssetCheckEvaluation | None:
    """The latest finished evaluation of a check (not the one planned by the current run)."""
    records = instance.event_log_storage.get_asset_check_execution_history(check_key, limit=1, status=DONE)
    event = records[0].event if records else None
    return event.dagster_event.event_specific_data if event and event.dagster_event else None


def reused_check(instance: dg.DagsterInstance, check_key: dg.AssetCheckKey, inputs: str | None = None
                 ) -> dg.AssetCheckResult | None:
    """The last result of a check again when it was computed from the same ``inputs`` (versions of the
    check's code included); with no ``inputs``, the last result whatever it was computed from (a check
    that its asset's step computes, reused together with the asset's materialization); else None."""
    evaluation = previous_check(instance, check_key)
    if evaluation is None or not _same(evaluation.metadata, {}, "", inputs):
        return None
    return dg.AssetCheckResult(
        asset_key=check_key.asset_key, check_name=check_key.name, passed=evaluation.passed,
        severity=evaluation.severity, metadata=dict(evaluation.metadata))


def recorded(inputs: str) -> dict:
    """The metadata entry that lets the next run reuse this result."""
    return {METADATA_KEY: dg.MetadataValue.text(inputs)}
