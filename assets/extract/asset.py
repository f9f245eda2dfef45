"""The facts asset: extract documents that are new, changed, or cleaned by other code."""


import dagster as dg
import polars as pl

from assets import reuse
from assets.check.schemas import Facts
from assets.clean.asset import documents
from assets.describe import table_metadata
from assets.extract.facts import EXTRACTOR_VERSION
from assets.extract.rows import extract_rows
from assets.materialize import TABLE_ASSET, phase, result, run_extra
from assets.parallel import BATCH, map_chunks, release
from assets.readable import counted
from assets.warehouse import lake
from assets.warehouse.resources import WarehouseResource
from assets.warehouse.staging import insert_staged, staging

EXTRACT_MS = 3.5  # one realistic page read on one core, in ms (bench/profile_text.py): when workers pay off

# What the step reads and writes: when none changed since its last run, that run's result stands.
TABLES = ["documents", "facts", "extraction_log"]
FACT_SCHEMA = {
    "fact_id": pl.String, "doc_id": pl.String, "metric": pl.String, "value": pl.Float64, "value_max": pl.Float64,
    "unit": pl.String, "qualifier": pl.String, "year": pl.Int32, "period": pl.String, "province": pl.String,
    "province_2025": pl.String, "district": pl.String, "plan_pct": pl.Float64, "plan_value": pl.Float64,
    "yoy_pct": pl.Float64, "evidence": pl.String, "span_start": pl.Int32, "span_end": pl.Int32,
    "extractor_version": pl.String,
}


@dg.asset(
    deps=[documents],
    group_name="facts",
    code_version=EXTRACTOR_VERSION,
    **TABLE_ASSET,
    metadata=table_metadata("facts", Facts),
)
def facts(context: dg.AssetExecutionContext, warehouse: WarehouseResource):
    """Every figure the articles report, one row each: what it counts (a metric code such as
    jobs_created), the value in base units (persons, households, đồng, percent), whether it is an
    actual, a target or an estimate, the year and part of the year, the province (before and after the
    2025 merger) and district, the plan and year-on-year percentages the article gives, and the
    evidence: the article's own words, exactly as in documents.text.

    Incremental: an article is read again only when its text or the extraction code changed; facts of
    removed or changed articles leave in the same warehouse snapshot.
    """
    with warehouse.connect() as con:
        if same := reuse.reused_materialization(context, EXTRACTOR_VERSION, reuse.input_snapshots(con, TABLES)):
            context.log.info("facts: no document changed since the last materialization; reusing it")
            return same
        # The document's metadata is an input too: a corrected sources.csv line moves its facts' province.
        version = ("d.clean_version || '/' || $1 || '/' || md5(concat_ws('|', d.province, d.province_2025, "
                   "d.district, cast(d.published_date as varchar)))")
        # Streamed as stored, neither sorted nor made distinct in SQL: either made DuckDB hold every text to read
        # first (1 GB at 100,000 pages). A document stored twice under one doc_id is read once (``seen``).
        todo_sql = f"""
            select d.doc_id, d.text, d.published_date, d.province, d.district, d.province_2025,
                   {version} as input_version
            from documents d
            left join extraction_log l on l.doc_id = d.doc_id and l.input_version = {version}
            where d.status = 'ok' and l.doc_id is null
            """
        stale = con.execute(
            "select doc_id from extraction_log where doc_id not in (select doc_id from documents where status = 'ok')"
        ).pl()
        count = con.execute(f"select count(distinct doc_id) from ({todo_sql})", [EXTRACTOR_VERSION]).fetchone()[0]
        context.log.info(f"facts: {counted(count, 'document')} to extract, {stale.height} to retire")
        # A batch of documents' text at a time (assets.parallel.BATCH); each batch's facts go to a Parquet file in a
        # staging folder beside the warehouse (held as frames until the write, with DuckDB's copy of them, they made
        # the full run's peak at 100,000 pages): only each document's fact count stays.
        counts: list[pl.DataFrame] = [pl.DataFrame(schema={"doc_id": pl.String, "fact_count": pl.UInt32})]
        read: list[pl.DataFrame] = [pl.DataFrame(schema={"doc_id": pl.String, "input_version": pl.String})]
        done, seen = 0, set()
        with staging(warehouse.path, "facts") as folder:
            with phase(context.log.info, "facts: extract"):
                for number, batch in enumerate(con.execute(todo_sql, [EXTRACTOR_VERSION]).to_arrow_reader(BATCH)):
                    docs = pl.from_arrow(batch).unique("doc_id", keep="first", maintain_order=True)
                    docs = docs.filter(~pl.col("doc_id").is_in(list(seen)))
                    seen.update(docs["doc_id"].to_list())
                    rows = pl.DataFrame(map_chunks(extract_rows, docs.to_dicts(), context.log.info, "extracted", done,
                                                   count, item_ms=EXTRACT_MS), schema=FACT_SCHEMA)
                    rows.write_parquet(folder / f"{number:06d}.parquet")
                    done += docs.height
                    counts.append(rows.group_by("doc_id").len("fact_count"))
                    read.append(docs.select("doc_id", "input_version"))
                    del docs, rows
                release()
            todo = pl.concat(read)
            if todo.height or stale.height:
                log = todo.join(pl.concat(counts), on="doc_id", how="left").with_columns(
                    pl.col("fact_count").fill_null(0).cast(pl.Int32))
                gone = pl.concat([stale, todo.select("doc_id")])
                with phase(context.log.info, "facts: write"), lake.transaction(
                        con, f"facts run {context.run.run_id}", run_extra(context, EXTRACTOR_VERSION)):
                    con.register("gone", gone)
                    con.register("new_log", log)
                    con.execute("delete from facts where doc_id in (select doc_id from gone)")
                    con.execute("delete from extraction_log where doc_id in (select doc_id from gone)")
                    if todo.height:
                        insert_staged(con, "facts", folder / "*.parquet")
                    con.execute("insert into extraction_log by name select * from new_log")
        by_metric = dict(con.execute("select metric, count(*) from facts group by 1 order by 1").fetchall())
        return result(
            con, "facts",
            # One fact per metric, the latest year first: the variety of what was read.
            "select d.source_path as source_file, f.metric, f.value, f.unit, f.qualifier, f.year, f.period, "
            "nullif(concat_ws(', ', f.district, f.province), '') as place, f.evidence from facts f "
            "join documents d on d.doc_id = f.doc_id and d.status = 'ok' "
            "qualify row_number() over (partition by f.metric order by f.year desc nulls last, d.source_path, "
            "f.span_start) = 1 order by f.year desc nulls last, f.metric",
            {"facts_by_metric": dg.MetadataValue.json(by_metric), "documents_extracted": todo.height}
            | reuse.recorded(reuse.input_snapshots(con, TABLES)),
        )
