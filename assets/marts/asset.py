"""One asset per mart: each keeps the SQL views it reads current, writes its mart table and checks its key is unique."""


import dagster as dg

from assets import reuse
from assets.check.asset import consistency_findings
from assets.describe import mart_changes, table_metadata
from assets.extract.catalogue import MAIN_METRICS
from assets.marts import incremental
from assets.marts.chart import CHART_VERSION, province_year_chart
from assets.marts.models import MART_KEYS, create_views, duplicate_keys, mart_sql, models_version, write_mart
from assets.marts.schemas import MART_SCHEMAS, column_lineage
from assets.materialize import result, run_extra, table_version
from assets.review.asset import reviewed
from assets.warehouse import lake
from assets.warehouse.resources import WarehouseResource

CODE_VERSION = "marts-12"
# The table the marts read, for column lineage.
FACTS_KEY = reviewed.keys_by_output_name["facts_reviewed"]
# The warehouse tables each mart's rows follow from (with the SQL models): when none changed since its last run, and its
# own table did not either, that run's result stands. mart_province_year reads the stored mart_metric_yoy (the chosen
# figures, worked out once a run).
MART_INPUTS = {"mart_metric_yoy": ["facts_reviewed", "documents"], "mart_plan_attainment": ["facts_reviewed", "documents"],
               "mart_province_year": ["mart_metric_yoy"]}

DESCRIPTIONS = {
    "mart_metric_yoy": "How each figure moved in a year: every province (and district) figure for a metric, "
                       "period and year beside the same period a year earlier (value, prev_value, abs_change, "
                       "pct_change). prev_source says whether last year's figure was reported in an article or "
                       "worked out from a “so với cùng kỳ” percentage. Query it as mart_metric_yoy.",
    "mart_plan_attainment": "Were the targets met? Each target beside what the same province achieved for that "
                            "metric and year, and each plan a report stated beside its result (\"đạt 100,5% kế "
                            "hoạch (kế hoạch 33.000 người)\") beside that result (target_stated says which), with "
                            "the attainment worked out (attainment_pct) and the share of the plan the report itself "
                            "gave. Query it as mart_plan_attainment.",
    "mart_province_year": "One row per province and year, one column per main metric (jobs created, workers "
                          "sent abroad, poverty rate …): the table for spreadsheets and BI tools. Full-year "
                          "figures only (a quarter's or half-year's figure is in mart_metric_yoy with its period). "
                          "Each materialization carries a chart of the provinces over the years.",
}
# The rows worth seeing first in each mart's preview.
PREVIEW_ORDER = {
    "mart_metric_yoy": "year desc, prev_value is null, district is not null, province_2025, province, metric",
    "mart_plan_attainment": "year desc nulls last, actual_value is null, province_2025, metric",
    "mart_province_year": "year desc, ({filled}) desc, province_2025, province",
}


def _preview_sql(name: str, rows: str) -> str:
    """The latest year first, and within it the rows that say most (most columns filled)."""
    filled = " + ".join(f"({code} is not null)::int" for code in MAIN_METRICS)
    return f"select * from {rows} order by {PREVIEW_ORDER[name].format(filled=filled)}"  # noqa: S608 (fixed names)


def _definition_metadata(name: str) -> dict:
    return {**table_metadata(name, MART_SCHEMAS[name]), "grain": ", ".join(MART_KEYS[name]),
            "dagster/column_lineage": column_lineage(MART_SCHEMAS[name], FACTS_KEY)}


def _key_check(duplicates: int) -> dg.AssetCheckResult:
    return dg.AssetCheckResult(check_name="key_unique", passed=duplicates == 0, metadata={"duplicate_keys": duplicates})


def _chart(previous: dg.AssetMaterialization | None, con, rows: str) -> dict:
    """The chart metadata of a mart (its rows in table ``rows``); the last chart when the rows, hence the
    data version, are the same and the chart code has not changed."""
    version = table_version(con, rows, "")
    meta = previous.metadata if previous else {}
    if ("chart" in meta and previous.tags.get("dagster/data_version") == version
            and getattr(meta.get("chart_version"), "value", None) == CHART_VERSION):
        return {"chart": meta["chart"], "chart_version": CHART_VERSION}
    chart = province_year_chart(con.execute(f"select * from {rows}").pl(), list(MAIN_METRICS))
    return {"chart": dg.MetadataValue.md(chart), "chart_version": CHART_VERSION} if chart else {}


def _mart_asset(name: str) -> dg.AssetsDefinition:
    @dg.asset(
        name=name,
        deps=[reviewed.keys_by_output_name["facts_reviewed"], consistency_findings,
              *([dg.AssetKey(read) for read in MART_INPUTS[name] if read in MART_KEYS])],
        group_name="serve",
        kinds={"duckdb", "sql"},
        owners=["team:molisa-facts"],
        code_version=CODE_VERSION,
        pool="warehouse",
        description=DESCRIPTIONS[name],
        metadata=_definition_metadata(name),
        check_specs=[dg.AssetCheckSpec("key_unique", asset=name, description=f"one row per {', '.join(MART_KEYS[name])}")],
    )
    def mart(context: dg.AssetExecutionContext, warehouse: WarehouseResource) -> dg.MaterializeResult:
        with warehouse.connect() as con:
            created = create_views(con, f"{name} run {context.run.run_id}", run_extra(context, CODE_VERSION))
            if created:
                context.log.info(f"views created from sql/: {', '.join(created)}")
            previous = reuse.previous_materialization(context)
            recorded = getattr((previous.metadata if previous else {}).get("duplicate_keys"), "value", None)
            read, sql_version = [*MART_INPUTS[name], name], models_version()
            inputs = reuse.input_snapshots(con, read, sql_version)
            if recorded is not None and (same := reuse.reused_materialization(
                    context, CODE_VERSION, inputs, check_results=[_key_check(recorded)])):
                context.log.info(f"{name}: no fact, document or SQL model changed since the last materialization; "
                                 "reusing it")
                return same
            # The mart's query is evaluated once, into a session-only table that the checks, the comparison with the
            # stored rows and the write read: over the keys a small change touched when the mart is key-local and its
            # stored rows are the last run's, else over every fact.
            rows, message = f"{name}_rows", f"{name} run {context.run.run_id}"
            since = reuse.last_snapshots(previous, CODE_VERSION, inputs, (name,))
            affected = incremental.update_rows(con, name, since, rows) if since else None
            if affected:
                keys = con.execute(f"select count(*) from {affected}").fetchone()[0]
                worked_out = (f"for the keys whose facts or documents changed since the last materialization, and the keys "
                              f"that read them (year on year: the same key a year on): {keys:,} keys (the other rows stand "
                              "as they were)")
            else:
                worked_out = "from every fact: the whole query"
                con.execute(f"create or replace temp table {rows} as {mart_sql(name)}")
            changes = mart_changes(con, name, rows, MART_KEYS[name],
                                   incremental.stored_rows(name, affected) if affected else None)
            if changes is None or changes["inserted"] or changes["deleted"] or changes["updated"]:
                if affected:
                    with lake.transaction(con, message, run_extra(context, CODE_VERSION)):
                        incremental.replace_rows(con, name, rows, affected)
                else:
                    write_mart(con, name, rows, message, run_extra(context, CODE_VERSION))
                if changes is not None:
                    changes["snapshots"] = [lake.current_snapshot(con)]
            duplicates = duplicate_keys(con, name)  # (the stored table now holds the rows worked out)
            context.log.info(f"{name}: worked out {worked_out}")
            extra = {"duplicate_keys": duplicates, "worked_out": dg.MetadataValue.text(worked_out),
                     "dagster/column_lineage": column_lineage(MART_SCHEMAS[name], FACTS_KEY)}
            extra |= reuse.recorded(reuse.input_snapshots(con, read, sql_version))
            if name == "mart_province_year":
                extra |= _chart(previous, con, name)
            # (the changes compared above, not the change feed read again: a whole mart rewritten each time it moves)
            return result(con, name, _preview_sql(name, name), extra, check_results=[_key_check(duplicates)],
                          changes=changes)

    return mart


mart_assets = [_mart_asset(name) for name in MART_KEYS]
