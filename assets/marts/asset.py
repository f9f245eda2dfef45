"""One asset per mart; each keeps the SQL views it needs current and checks its key is unique as it runs."""


import dagster as dg

from assets.check.asset import consistency_findings
from assets.extract.catalogue import MAIN_METRICS
from assets.marts.chart import province_year_chart
from assets.marts.models import MART_KEYS, create_views, duplicate_keys
from assets.materialize import result, run_extra, table_version
from assets.review.asset import reviewed
from assets.warehouse import lake
from assets.warehouse.resources import WarehouseResource

CODE_VERSION = "marts-2"

DESCRIPTIONS = {
    "mart_metric_yoy": "Each province (and district) metric, period and year against the same period a year "
                       "earlier: value, prev_value, abs_change, pct_change; prev_source tells whether last "
                       "year's value was reported or implied by a “so với cùng kỳ” percentage.",
    "mart_plan_attainment": "Targets against the actuals of the same province, metric and year, with the "
                            "attainment computed and the plan percentage the report gave.",
    "mart_province_year": "One row per province and year, one column per main metric: the table for BI tools.",
}


def _previous(context: dg.AssetExecutionContext) -> dg.AssetMaterialization | None:
    event = context.instance.get_latest_materialization_event(context.asset_key)
    return event.asset_materialization if event else None


def _unchanged(materialization: dg.AssetMaterialization | None, path: str, snapshot: int) -> dg.MaterializeResult | None:
    """The last materialization again when it was made by this code from this warehouse at this very
    snapshot: a view over the same tables has the same rows, so there is nothing to recompute."""
    if materialization is None or materialization.tags.get("dagster/code_version") != CODE_VERSION:
        return None
    meta = materialization.metadata
    if (getattr(meta.get("warehouse_snapshot"), "value", None), getattr(meta.get("warehouse"), "value", None)) != (
            snapshot, path) or "duplicate_keys" not in meta:
        return None
    duplicates = meta["duplicate_keys"].value
    return dg.MaterializeResult(
        metadata=dict(meta), data_version=dg.DataVersion(materialization.tags["dagster/data_version"]),
        check_results=[dg.AssetCheckResult(check_name="key_unique", passed=duplicates == 0,
                                           metadata={"duplicate_keys": duplicates})])


def _chart(previous: dg.AssetMaterialization | None, con, rows: str) -> dict:
    """The chart metadata of a mart (its rows in table ``rows``); the last chart when the rows are the same."""
    version = table_version(con, rows, "")
    meta = previous.metadata if previous else {}
    if "chart" in meta and getattr(meta.get("chart_data_version"), "value", None) == version:
        return {"chart": meta["chart"], "chart_data_version": version}
    chart = province_year_chart(con.execute(f"select * from {rows}").pl(), list(MAIN_METRICS))
    return {"chart": dg.MetadataValue.md(chart), "chart_data_version": version} if chart else {}


def _mart_asset(name: str) -> dg.AssetsDefinition:
    @dg.asset(
        name=name,
        deps=[reviewed.keys_by_output_name["facts_reviewed"], consistency_findings],
        group_name="marts",
        kinds={"duckdb", "sql"},
        owners=["team:molisa-facts"],
        code_version=CODE_VERSION,
        pool="warehouse",
        description=DESCRIPTIONS[name],
        metadata={"grain": ", ".join(MART_KEYS[name])},
        check_specs=[dg.AssetCheckSpec("key_unique", asset=name, description=f"one row per {', '.join(MART_KEYS[name])}")],
    )
    def mart(context: dg.AssetExecutionContext, warehouse: WarehouseResource) -> dg.MaterializeResult:
        with warehouse.connect() as con:
            created = create_views(con, f"{name} run {context.run.run_id}", run_extra(context, CODE_VERSION))
            previous = _previous(context)
            if created:
                context.log.info(f"views created from sql/: {', '.join(created)}")
            elif same := _unchanged(previous, warehouse.path, lake.current_snapshot(con)):
                context.log.info(f"{name}: warehouse unchanged since the last materialization; reusing it")
                return same
            # The view is evaluated once, into a session-only table that the counts, checks and chart read.
            rows = f"{name}_rows"
            con.execute(f"create or replace temp table {rows} as select * from {name}")
            duplicates = duplicate_keys(con, name, rows)
            extra = {"duplicate_keys": duplicates, "warehouse": warehouse.path}
            if name == "mart_province_year":
                extra |= _chart(previous, con, rows)
            key_check = dg.AssetCheckResult(check_name="key_unique", passed=duplicates == 0,
                                            metadata={"duplicate_keys": duplicates})
            return result(con, rows, f"select * from {rows} order by all", extra, check_results=[key_check])

    return mart


mart_assets = [_mart_asset(name) for name in MART_KEYS]
