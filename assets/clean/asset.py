"""The documents asset: clean new and changed files, mark duplicates, quarantine the unreadable."""


from pathlib import Path

import dagster as dg
import numpy as np
import polars as pl

from assets import reuse
from assets.check.schemas import Documents
from assets.clean.dedup import Signature, find_duplicates
from assets.clean.rows import CLEAN_VERSION, clean_rows
from assets.describe import table_metadata
from assets.materialize import TABLE_ASSET, phase, result, run_extra
from assets.parallel import BATCH, map_chunks, release
from assets.raw.asset import raw_documents
from assets.warehouse import lake
from assets.warehouse.resources import WarehouseResource
from assets.warehouse.staging import staging

# What the step reads and writes: when none changed since its last run, that run's result stands.
TABLES = ["raw_documents", "documents", "duplicate_signatures"]
CLEAN_MS = 1.3  # one realistic page cleaned on one core, in ms (bench/profile_text.py): when workers pay off
# Raw files to clean: new or changed bytes or sources.csv line, other cleaning code, or a duplicate whose
# original is gone.
TODO = """
    with current_ok as (
        select d.doc_id from documents d join raw_documents r using (source_path, doc_id)
        where d.status = 'ok' and d.clean_version = $1
    )
    select r.source_path, r.doc_id, r.content, r.read_error, r.listed_url
    from raw_documents r
    left join documents d on d.source_path = r.source_path and d.doc_id = r.doc_id and d.clean_version = $1
        and d.listed_url is not distinct from r.listed_url
    where d.doc_id is null
       or (d.status = 'duplicate' and d.duplicate_of not in (select doc_id from current_ok))
    order by r.source_path
"""
QUARANTINE_LOGGED = 50  # files set aside named one per line in the run's log, the rest counted
# The accepted documents that could repeat a new one: see the SQL file's header.
NEIGHBOURS = (lake.SQL_DIR / "queries" / "duplicate_neighbours.sql").read_text(encoding="utf-8")

DOCUMENT_SCHEMA = {
    "doc_id": pl.String, "source_path": pl.String, "status": pl.String, "quarantine_reason": pl.String,
    "duplicate_of": pl.String, "encoding_detected": pl.String, "title": pl.String, "published_date": pl.Date,
    "org_name": pl.String, "org_level": pl.String, "province": pl.String, "province_2025": pl.String,
    "district": pl.String, "author": pl.String, "text": pl.String, "text_chars": pl.Int32, "clean_version": pl.String,
    "source_url": pl.String, "site": pl.String, "listed_url": pl.String,
}


def mark_duplicates(new_rows: list[dict], canonical: list[Signature]) -> list[Signature]:
    """Set status 'duplicate' and duplicate_of on new rows that repeat an accepted document.

    Returns the signatures of the new rows that stay ok, to be kept for later runs.
    """
    ok = [row["signature"] for row in new_rows if row["status"] == "ok"]
    # Identical bytes under two paths: the first path is the document, the others its duplicates.
    seen: set[str] = {sig.doc_id for sig in canonical}
    duplicates = find_duplicates(ok, canonical)
    for row in new_rows:
        if row["status"] != "ok":
            continue
        original = duplicates.get(row["doc_id"]) or (row["doc_id"] if row["doc_id"] in seen else None)
        if original:
            row["status"], row["duplicate_of"] = "duplicate", original
        seen.add(row["doc_id"])
    accepted = {row["doc_id"] for row in new_rows if row["status"] == "ok"}
    return list({sig.doc_id: sig for sig in ok if sig.doc_id in accepted}.values())


@dg.asset(
    deps=[raw_documents],
    group_name="collect",
    code_version=CLEAN_VERSION,
    **TABLE_ASSET,
    metadata=table_metadata("documents", Documents),
)
def documents(context: dg.AssetExecutionContext, warehouse: WarehouseResource):
    """One row per input file: the cleaned article text (NFC, chrome removed), its metadata
    (title, publication date, author, issuing office, province before and after the 2025 merger,
    district, the address the page came from and its publishing site) and its status: ok, duplicate
    (of duplicate_of) or quarantined (with the reason and what to do).

    Incremental: only files whose bytes, sources.csv line or the cleaning code changed are cleaned again.
    """
    log = context.log.info
    with warehouse.connect() as con:
        if same := reuse.reused_materialization(context, CLEAN_VERSION, reuse.input_snapshots(con, TABLES)):
            log("documents: no file changed since the last materialization; reusing it")
            return same
        stale = con.execute(
            "select d.source_path from documents d anti join raw_documents r "
            "on r.source_path = d.source_path and r.doc_id = d.doc_id"
        ).pl()
        count = con.execute(f"select count(*) from ({TODO})", [CLEAN_VERSION]).fetchone()[0]
        log(f"documents: {count} to clean, {stale.height} to retire")
        # Read and cleaned a batch at a time; each batch's cleaned rows go to a Parquet file in a staging folder
        # beside the warehouse (the text leaves memory: held until the write it took gigabytes at 100,000 pages),
        # and only what duplicate detection needs stays (doc_id, status, signature).
        new_rows: list[dict] = []
        quarantined: list[str] = []  # the reason of each file set aside this run, which names the file
        with staging(warehouse.path, "documents") as folder:
            with phase(log, "documents: clean"):
                for number, batch in enumerate(con.execute(TODO, [CLEAN_VERSION]).to_arrow_reader(BATCH)):
                    cleaned = map_chunks(clean_rows, pl.from_arrow(batch).to_dicts(), log, "cleaned",
                                         len(new_rows), count, item_ms=CLEAN_MS)
                    pl.DataFrame([{k: row[k] for k in DOCUMENT_SCHEMA} for row in cleaned], schema=DOCUMENT_SCHEMA
                                 ).write_parquet(folder / f"{number:06d}.parquet")
                    new_rows.extend({"doc_id": row["doc_id"], "source_path": row["source_path"],
                                     "status": row["status"], "duplicate_of": None, "signature": row["signature"]}
                                    for row in cleaned)
                    quarantined.extend(row["quarantine_reason"] for row in cleaned if row["status"] == "quarantined")
                    del cleaned
                release()
            _write(context, con, folder, new_rows, quarantined, stale)
        counts = dict(con.execute("select status, count(*) from documents group by 1").fetchall())
        context.log.info(f"documents by status: {counts}")
        return result(
            con, "documents",
            # Files that need a person first (quarantined, duplicates), then the latest published.
            "select d.source_path, d.status, d.quarantine_reason, "
            "(select min(o.source_path) from documents o where o.doc_id = d.duplicate_of and o.status = 'ok') "
            "as duplicate_of_file, d.title, d.published_date, "
            "nullif(concat_ws(', ', d.district, d.province), '') as place, d.site from documents d "
            "order by d.status = 'ok', d.published_date desc nulls last, d.source_path",
            {f"status_{status}": int(n) for status, n in sorted(counts.items())}
            | reuse.recorded(reuse.input_snapshots(con, TABLES)),
        )


def _write(context: dg.AssetExecutionContext, con, folder: Path, new_rows: list[dict], quarantined: list[str],
           stale: pl.DataFrame) -> None:
    """Log the files set aside, mark the new rows that repeat an accepted document, and replace the rows of the
    cleaned and retired files in documents and duplicate_signatures (one snapshot), the cleaned text read
    back from the batches staged in ``folder``."""
    log = context.log.info
    for reason in quarantined[:QUARANTINE_LOGGED]:
        context.log.warning(f"quarantined {reason}")
    if len(quarantined) > QUARANTINE_LOGGED:
        context.log.warning(f"… and {len(quarantined) - QUARANTINE_LOGGED} more files quarantined: "
                            "see documents where status = 'quarantined', or the review site")
    todo = pl.DataFrame({"source_path": [row["source_path"] for row in new_rows]}, schema={"source_path": pl.String})
    signatures: list[Signature] = []
    fresh = [row["signature"] for row in new_rows if row["status"] == "ok"]
    if fresh:  # nothing new, nothing to compare
        con.register("todo", todo)
        con.register("stale", stale)
        con.register("fresh", pl.DataFrame(
            [(sig.fingerprint, sig.bands) for sig in fresh], orient="row",
            schema={"fingerprint": pl.String, "bands": pl.List(pl.String)}))
        with phase(log, "documents: duplicates"):
            neighbours = con.execute(NEIGHBOURS).fetchall()
            signatures = mark_duplicates(new_rows, [Signature.stored(*row) for row in neighbours])
    if not new_rows and not stale.height:
        return
    marked = pl.DataFrame([(row["source_path"], row["status"], row["duplicate_of"]) for row in new_rows], orient="row",
                          schema={"source_path": pl.String, "status": pl.String, "duplicate_of": pl.String})
    with phase(log, "documents: write"), lake.transaction(
            con, f"documents run {context.run.run_id}", run_extra(context, CLEAN_VERSION)):
        con.register("gone", pl.concat([stale.select("source_path"), todo]))
        con.register("marked", marked)
        con.execute("delete from documents where source_path in (select source_path from gone)")
        if new_rows:
            # The staged rows with the statuses duplicate detection gave them.
            con.execute("insert into documents by name select n.* replace (m.status as status, m.duplicate_of as "
                        "duplicate_of) from read_parquet($1) n join marked m using (source_path)",
                        [str(folder / "*.parquet")])
        con.register("new_signatures", _signature_frame(signatures))
        con.execute("delete from duplicate_signatures where doc_id in (select doc_id from new_signatures) "
                    "or doc_id not in (select doc_id from documents where status = 'ok')")
        con.execute("insert into duplicate_signatures by name select * from new_signatures")


def _signature_frame(signatures: list[Signature]) -> pl.DataFrame:
    """The rows of ``duplicate_signatures`` for ``signatures``; the MinHash values go from their bytes to the
    column in one array (a Python int per value took 0.3 GB more at 100,000 pages)."""
    values = np.frombuffer(b"".join(s.minhash for s in signatures), dtype=np.uint64)
    width = len(signatures[0].values) if signatures else 0
    minhash = pl.Series("minhash", values.reshape(-1, width) if width else values).cast(pl.List(pl.UInt64))
    return pl.DataFrame({"doc_id": [s.doc_id for s in signatures], "fingerprint": [s.fingerprint for s in signatures],
                         "minhash": minhash, "bands": [s.bands for s in signatures],
                         "figures": [s.figures for s in signatures]},
                        schema={"doc_id": pl.String, "fingerprint": pl.String, "minhash": pl.List(pl.UInt64),
                                "bands": pl.List(pl.String), "figures": pl.String})
