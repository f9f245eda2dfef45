"""The raw_documents asset: new and changed files' bytes in, removed files out, one snapshot."""


from contextlib import ExitStack
from pathlib import Path

import dagster as dg
import polars as pl

from assets.check.schemas import RawDocuments
from assets.describe import table_metadata
from assets.materialize import TABLE_ASSET, result, run_extra
from assets.raw.scan import read_bytes, scan
from assets.raw.sources import SOURCES_FILE, read_sources
from assets.warehouse import lake
from assets.warehouse.resources import RawSourceResource, WarehouseResource

CODE_VERSION = "raw-2"
WRITE_BATCH = 5000
RAW_SCHEMA = {"doc_id": pl.String, "source_path": pl.String, "size_bytes": pl.Int64, "modified_at": pl.Datetime("us", "UTC"),
              "content": pl.Binary, "read_error": pl.String, "listed_url": pl.String}


@dg.asset(
    group_name="collect",
    code_version=CODE_VERSION,
    **TABLE_ASSET,
    tags={"layer": "raw"},
    metadata=table_metadata("raw_documents", RawDocuments),
)
def raw_documents(context: dg.AssetExecutionContext, source: RawSourceResource, warehouse: WarehouseResource):
    """Every article file of the input folder (MOLISA_RAW_DIR) as it was read: its exact bytes, size and
    modification time, so any past state of the warehouse can be rebuilt after the files change.

    Only new or changed files are read again; rows of removed files leave in the same warehouse
    snapshot. listed_url is the web address given for the file in sources.csv (path,url) at the top of
    the folder; a bad line of that file is reported in the run log with its line number and skipped.
    """
    raw_dir = Path(source.raw_dir)
    listed = scan(raw_dir, source.max_bytes)
    context.log.info(f"{len(listed)} document files under {raw_dir}")
    sources = read_sources(raw_dir)
    for problem in sources.problems:
        context.log.warning(problem)
    if sources.urls or sources.problems:
        context.log.info(f"{SOURCES_FILE}: {len(sources.urls)} addresses, {len(sources.problems)} bad lines skipped")
    with warehouse.connect() as con:
        stored = con.execute(
            "select source_path, doc_id, size_bytes, modified_at, read_error, listed_url from raw_documents"
        ).pl().with_columns(pl.col("modified_at").dt.convert_time_zone("UTC"))  # DuckDB says "Etc/UTC"
        on_disk = pl.DataFrame(
            [(f.source_path, f.size_bytes, f.modified_at, f.error, sources.urls.get(f.source_path)) for f in listed],
            orient="row", schema={"source_path": pl.String, "size_bytes": pl.Int64,
                                  "modified_at": pl.Datetime("us", "UTC"), "read_error": pl.String,
                                  "listed_url": pl.String})
        compared = on_disk.join(stored, on="source_path", how="left", suffix="_stored")
        same = ((pl.col("size_bytes") == pl.col("size_bytes_stored"))
                & (pl.col("modified_at") == pl.col("modified_at_stored"))
                & pl.col("read_error").eq_missing(pl.col("read_error_stored"))
                & pl.col("listed_url").eq_missing(pl.col("listed_url_stored")))
        candidates = compared.filter(~same.fill_null(False))
        removed = stored.join(on_disk, on="source_path", how="anti")["source_path"].to_list()
        by_path = {f.source_path: f for f in listed}
        changed, unchanged = 0, on_disk.height - candidates.height
        # Written a batch at a time inside one snapshot: 100,000 pages' bytes are never all in memory.
        with ExitStack() as writing:
            begun: list[bool] = []  # the snapshot begins with the first write: none when nothing changed

            def write(rows: list[dict], gone: list[str]) -> None:
                if not begun:
                    writing.enter_context(lake.transaction(con, f"raw_documents run {context.run.run_id}",
                                                           run_extra(context, CODE_VERSION)))
                    begun.append(True)
                con.register("gone", pl.DataFrame({"source_path": gone}, schema={"source_path": pl.String}))
                con.execute("delete from raw_documents where source_path in (select source_path from gone)")
                if rows:
                    con.register("new_rows", pl.DataFrame(rows, schema=RAW_SCHEMA))
                    con.execute("insert into raw_documents by name select * from new_rows")

            if removed:
                write([], removed)
            rows: list[dict] = []
            for path, old_id, old_error, url, old_url in candidates.select(
                    "source_path", "doc_id", "read_error_stored", "listed_url", "listed_url_stored").iter_rows():
                item = by_path[path]  # file I/O: one read per new or changed file
                doc_id, content, error = read_bytes(raw_dir, item)
                if doc_id == old_id and error == old_error and url == old_url:  # touched, same bytes
                    unchanged += 1
                    continue
                rows.append({"doc_id": doc_id, "source_path": item.source_path, "size_bytes": item.size_bytes,
                             "modified_at": item.modified_at, "content": content, "read_error": error,
                             "listed_url": url})
                if len(rows) == WRITE_BATCH:
                    changed += len(rows)
                    write(rows, [row["source_path"] for row in rows])
                    rows = []
            if rows:
                changed += len(rows)
                write(rows, [row["source_path"] for row in rows])
        context.log.info(f"raw_documents: {changed} new or changed, {len(removed)} removed, {unchanged} unchanged")
        manifest = sorted(item.source_path for item in listed)
        return result(
            con, "raw_documents",
            # Files that could not be read first, then the latest changed.
            "select source_path, size_bytes, modified_at, read_error, listed_url from raw_documents "
            "order by read_error is null, modified_at desc, source_path",
            {"new_or_changed": changed, "removed": len(removed), "unchanged": unchanged,
             "sources_csv_addresses": len(sources.urls), "sources_csv_bad_lines": len(sources.problems),
             "files_listed": len(manifest)},
        )
