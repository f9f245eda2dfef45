"""The facts asset: extract documents that are new, changed, or cleaned by other code."""


import dagster as dg
import polars as pl

from assets.clean.asset import documents
from assets.extract.facts import EXTRACTOR_VERSION, DocContext, extract_facts
from assets.materialize import TABLE_ASSET, phase, result, run_extra
from assets.parallel import map_chunks
from assets.warehouse import lake
from assets.warehouse.resources import WarehouseResource

FACT_SCHEMA = {
    "fact_id": pl.String, "doc_id": pl.String, "metric": pl.String, "value": pl.Float64, "value_max": pl.Float64,
    "unit": pl.String, "qualifier": pl.String, "year": pl.Int32, "period": pl.String, "province": pl.String,
    "province_2025": pl.String, "district": pl.String, "plan_pct": pl.Float64, "plan_value": pl.Float64,
    "yoy_pct": pl.Float64, "evidence": pl.String, "span_start": pl.Int32, "span_end": pl.Int32,
    "extractor_version": pl.String,
}


def extract_rows(docs: list[dict]) -> list[dict]:
    """Facts of each ok document row (doc_id, text, published_date, province, district, province_2025)."""
    return [fact.as_row() for doc in docs for fact in extract_facts(
        DocContext(doc["doc_id"], doc["text"], doc["published_date"], doc["province"], doc["district"],
                   doc["province_2025"]))]


@dg.asset(
    deps=[documents],
    group_name="extract",
    code_version=EXTRACTOR_VERSION,
    **TABLE_ASSET,
)
def facts(context: dg.AssetExecutionContext, warehouse: WarehouseResource):
    """One row per statistical claim in an ok document: metric code (CONTRACT §5), value in base units,
    qualifier (actual, target, estimate), year and period, province (pre-2025 and 2025) and district,
    plan and year-over-year percentages, and the evidence: the exact substring of documents.text.

    Incremental: a document is extracted again only when its text or the extractor changed; facts of
    removed or changed documents leave in the same snapshot.
    """
    with warehouse.connect() as con:
        # The document's metadata is an input too: a corrected sources.csv line moves its facts' province.
        version = ("d.clean_version || '/' || $1 || '/' || md5(concat_ws('|', d.province, d.province_2025, "
                   "d.district, cast(d.published_date as varchar)))")
        todo = con.execute(
            f"""
            select distinct on (d.doc_id) d.doc_id, d.text, d.published_date, d.province, d.district, d.province_2025,
                   {version} as input_version
            from documents d
            left join extraction_log l on l.doc_id = d.doc_id and l.input_version = {version}
            where d.status = 'ok' and l.doc_id is null
            order by d.doc_id
            """,
            [EXTRACTOR_VERSION],
        ).pl()
        stale = con.execute(
            "select doc_id from extraction_log where doc_id not in (select doc_id from documents where status = 'ok')"
        ).pl()
        context.log.info(f"facts: {todo.height} documents to extract, {stale.height} to retire")
        with phase(context.log.info, "facts: extract"):
            rows = map_chunks(extract_rows, todo.to_dicts(), context.log.info, "extracted")
        if todo.height or stale.height:
            new = pl.DataFrame(rows, schema=FACT_SCHEMA)
            log = todo.select("doc_id", "input_version").join(
                new.group_by("doc_id").len("fact_count"), on="doc_id", how="left"
            ).with_columns(pl.col("fact_count").fill_null(0).cast(pl.Int32))
            gone = pl.concat([stale, todo.select("doc_id")])
            with phase(context.log.info, "facts: write"), lake.transaction(
                    con, f"facts run {context.run.run_id}", run_extra(context, EXTRACTOR_VERSION)):
                con.register("gone", gone)
                con.register("new_rows", new)
                con.register("new_log", log)
                con.execute("delete from facts where doc_id in (select doc_id from gone)")
                con.execute("delete from extraction_log where doc_id in (select doc_id from gone)")
                con.execute("insert into facts by name select * from new_rows")
                con.execute("insert into extraction_log by name select * from new_log")
        by_metric = dict(con.execute("select metric, count(*) from facts group by 1 order by 1").fetchall())
        return result(
            con, "facts",
            "select metric, value, value_max, unit, qualifier, year, period, province, district, plan_pct, "
            "yoy_pct, evidence from facts order by doc_id, span_start",
            {"facts_by_metric": dg.MetadataValue.json(by_metric), "documents_extracted": todo.height},
        )
