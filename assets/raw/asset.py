"""The raw_documents asset: new and changed files' bytes in, removed files out, one snapshot."""


import hashlib
from pathlib import Path

import dagster as dg
import polars as pl

from assets.materialize import TABLE_ASSET, result, run_extra
from assets.raw.scan import read_bytes, scan
from orchestration import warehouse as lake
from orchestration.resources import RawSourceResource, WarehouseResource

CODE_VERSION = "raw-1"


@dg.asset(
    group_name="raw",
    code_version=CODE_VERSION,
    **TABLE_ASSET,
    tags={"layer": "raw"},
)
def raw_documents(context: dg.AssetExecutionContext, source: RawSourceResource, warehouse: WarehouseResource):
    """One row per input file under MOLISA_RAW_DIR, with its exact bytes (sha256 = doc_id).

    Only new or changed files are read (a file whose size and modification time are unchanged keeps
    its stored hash); rows of removed files leave in the same snapshot.
    """
    raw_dir = Path(source.raw_dir)
    listed = scan(raw_dir, source.max_bytes)
    context.log.info(f"{len(listed)} document files under {raw_dir}")
    with warehouse.connect() as con:
        stored = con.execute(
            "select source_path, doc_id, size_bytes, modified_at, read_error from raw_documents"
        ).pl()
        known = {row["source_path"]: row for row in stored.iter_rows(named=True)}
        rows, unchanged = [], []
        for item in listed:
            old = known.get(item.source_path)
            if old and old["size_bytes"] == item.size_bytes and old["modified_at"] == item.modified_at \
                    and old["read_error"] == item.error:
                unchanged.append((item.source_path, old["doc_id"]))
                continue
            doc_id, content, error = read_bytes(raw_dir, item)
            if old and old["doc_id"] == doc_id and old["read_error"] == error:
                unchanged.append((item.source_path, doc_id))
                continue
            rows.append({"doc_id": doc_id, "source_path": item.source_path, "size_bytes": item.size_bytes,
                         "modified_at": item.modified_at, "content": content, "read_error": error})
        listed_paths = {item.source_path for item in listed}
        removed = [path for path in known if path not in listed_paths]
        if rows or removed:
            new = pl.DataFrame(rows, schema={"doc_id": pl.String, "source_path": pl.String, "size_bytes": pl.Int64,
                                             "modified_at": pl.Datetime("us", "UTC"), "content": pl.Binary,
                                             "read_error": pl.String})
            gone = pl.DataFrame({"source_path": removed + new["source_path"].to_list()}, schema={"source_path": pl.String})
            with lake.transaction(con, f"raw_documents run {context.run.run_id}", run_extra(context, CODE_VERSION)):
                con.register("gone", gone)
                con.register("new_rows", new)
                con.execute("delete from raw_documents where source_path in (select source_path from gone)")
                con.execute("insert into raw_documents by name select * from new_rows")
        context.log.info(f"raw_documents: {len(rows)} new or changed, {len(removed)} removed, {len(unchanged)} unchanged")
        manifest = sorted(item.source_path for item in listed)
        return result(
            con, "raw_documents",
            "select doc_id, source_path, size_bytes, modified_at, read_error from raw_documents order by source_path",
            {"new_or_changed": len(rows), "removed": len(removed), "unchanged": len(unchanged),
             "manifest_hash": hashlib.sha256("\n".join(manifest).encode()).hexdigest()[:16]},
        )
