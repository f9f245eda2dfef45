"""What every warehouse-writing asset reports: row count, preview, column schema, snapshot, version."""

from __future__ import annotations

import hashlib
import os
import resource
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager

import dagster as dg
import duckdb
import polars as pl

from assets import describe
from assets.warehouse import lake as warehouse

PREVIEW_ROWS = 10
# What every warehouse-writing asset declares: kinds, owner, and the single-writer pool.
TABLE_ASSET = {"kinds": {"duckdb", "polars"}, "owners": ["team:molisa-facts"], "pool": "warehouse"}


# Columns that identify a row's content where hashing every column would re-read bulk bytes:
# raw content is named by its sha256 (doc_id), a cleaned text by its doc_id and cleaning version.
VERSION_COLUMNS = {
    "raw_documents": "source_path, doc_id, read_error, listed_url",
    "documents": "source_path, doc_id, status, duplicate_of, clean_version, listed_url",
}


def table_version(con: duckdb.DuckDBPyConnection, table: str, key: str) -> str:
    """A content hash of a table: the same rows give the same version, whatever their order."""
    columns = VERSION_COLUMNS.get(table, "*columns(*)")
    digest = con.execute(
        f"select coalesce(bit_xor(hash({columns})), 0)::varchar, count(*) from {table}"  # noqa: S608 (fixed names)
    ).fetchone()
    return hashlib.sha256(f"{table}|{key}|{digest[0]}|{digest[1]}".encode()).hexdigest()[:16]


def row_changes(old: pl.DataFrame, new: pl.DataFrame) -> tuple[pl.DataFrame, pl.DataFrame]:
    """(rows of ``old`` not in ``new``, rows of ``new`` not in ``old``), every column compared (a list
    column by its length and joined text), ``old`` in ``new``'s columns and types. Meant for tables whose
    rows are unique (they have a key), where the set difference is SQL's EXCEPT ALL.

    Rows are compared by two 64-bit hashes of all their columns: joining on the columns themselves built
    hash tables of whole rows (a gigabyte for 400,000 findings with their messages); two different rows
    share both hashes with odds of about one in 10^28 per pair."""
    if old.is_empty() or new.is_empty():  # a first run or an emptied table: no copy of the other side
        return old.select(new.columns).cast(new.schema), new
    old = old.select(new.columns)
    old = old.cast({c: t for c, t in new.schema.items() if old.schema[c] != t})
    lists = [c for c, t in new.schema.items() if isinstance(t, pl.List)]
    compared = [pl.col(c) for c in new.columns if c not in lists] + [
        pl.concat_str([pl.col(c).list.len().cast(pl.String), pl.col(c).list.join("\x1f")], separator=":")
        .fill_null("null").alias(f"_{c}_text") for c in lists]

    def keys(frame: pl.DataFrame) -> pl.DataFrame:
        rows = frame.select(compared)
        return pl.DataFrame({"_h1": rows.hash_rows(seed=1), "_h2": rows.hash_rows(seed=2)})

    def only_in(frame: pl.DataFrame, mine: pl.DataFrame, other: pl.DataFrame) -> pl.DataFrame:
        rows = mine.with_row_index("_i").join(other, on=["_h1", "_h2"], how="anti", maintain_order="left")["_i"]
        return frame.select(pl.all().gather(rows))

    old_keys, new_keys = keys(old), keys(new)
    return only_in(old, old_keys, new_keys), only_in(new, new_keys, old_keys)


def markdown(df: pl.DataFrame, max_chars: int = 80) -> str:
    """A small markdown table for the Dagster UI (long text cut)."""
    shown = df.head(PREVIEW_ROWS).with_columns(
        pl.col(pl.String).str.slice(0, max_chars)
    )
    with pl.Config(tbl_formatting="MARKDOWN", tbl_hide_column_data_types=True, tbl_hide_dataframe_shape=True,
                   tbl_rows=PREVIEW_ROWS, tbl_cols=-1, fmt_str_lengths=max_chars, tbl_width_chars=2000):
        return str(shown)


def result(
    con: duckdb.DuckDBPyConnection, table: str, preview_sql: str, extra: dict | None = None, key: str = "",
    check_results: list[dg.AssetCheckResult] | None = None, asset_key: str | None = None, changes: dict | None = None,
) -> dg.MaterializeResult:
    """The MaterializeResult of a table asset, read back from the warehouse after the write: row count,
    what this run changed in the table (``changes``, when the caller has read them already), a formatted preview
    and the warehouse snapshot it leaves."""
    rows = con.execute(f"select count(*) from {table}").fetchone()[0]  # noqa: S608
    preview = con.execute(f"select * from ({preview_sql}) limit {PREVIEW_ROWS}").pl()  # only what is shown
    version = table_version(con, table, key)
    if changes is None and (run_id := current_run_id()):
        changes = describe.snapshot_changes(con, table, run_id)
    metadata = {
        "dagster/row_count": dg.MetadataValue.int(int(rows)),
        **describe.change_metadata(changes),
        "preview": describe.preview_table(preview),
        # Text, not a number: the UI would draw a snapshot id as a trend.
        "warehouse_snapshot": dg.MetadataValue.text(str(warehouse.current_snapshot(con))),
        **(extra or {}),
    }
    return dg.MaterializeResult(metadata=metadata, data_version=dg.DataVersion(version), check_results=check_results,
                               asset_key=asset_key)


def current_run_id() -> str | None:
    """The Dagster run executing the current asset (None outside one)."""
    try:
        return dg.AssetExecutionContext.get().run.run_id
    except dg.DagsterInvariantViolationError:
        return None


def resident_mb() -> tuple[int, int] | None:
    """(now, peak so far) of this process's resident memory in MB, read from /proc and getrusage (Linux; None
    elsewhere): psutil is no runtime dependency, and these two numbers are all a phase's log line needs."""
    try:
        with open("/proc/self/statm", encoding="ascii") as statm:
            now = int(statm.read().split()[1]) * os.sysconf("SC_PAGE_SIZE") // 2**20
        return now, resource.getrusage(resource.RUSAGE_SELF).ru_maxrss // 1024
    except (OSError, ValueError, IndexError):
        return None


@contextmanager
def phase(log: Callable[[str], None], label: str) -> Iterator[None]:
    """Log how long a phase of an asset took and the memory the run process holds after it
    ("documents: clean 12.3 s, run process 812 MB (peak so far 904 MB)"): progress a person can follow, and where memory goes."""
    started = time.monotonic()
    yield
    held = resident_mb()
    log(f"{label} {time.monotonic() - started:.1f} s"
        + (f", run process {held[0]:,} MB (peak so far {held[1]:,} MB)" if held else ""))


def run_extra(context: dg.AssetExecutionContext, code_version: str) -> dict:
    """The commit info that names a snapshot: asset, Dagster run and code version."""
    return {"asset": context.asset_key.to_user_string(), "run_id": context.run.run_id, "code_version": code_version}
