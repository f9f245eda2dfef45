"""A step's Parquet files beside the warehouse, for a big insert to read from disk rather than from memory.

DuckDB inserting a registered polars frame into a DuckLake table holds a converted copy of it until the commit
(400,000 findings and 558,000 context rows: 0.7 GB more); inserting the same rows from a Parquet file streams them
and holds nothing, and the frame itself can be let go before the insert. Written by hand: a temporary folder with a
fixed prefix, so that a run killed mid-step leaves nothing the next run does not clear.
"""

from __future__ import annotations

import shutil
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import duckdb

PREFIX = "-staging-"  # after the step's name: ".documents-staging-…", ".consistency_findings-staging-…"


@contextmanager
def staging(warehouse: str | Path, step: str) -> Iterator[Path]:
    """A new folder ``.<step>-staging-…`` in the warehouse's folder, removed on the way out, and any a killed run of
    the same step left removed first (one writer at a time: no other run is using one)."""
    prefix = f".{step}{PREFIX}"
    for leftover in Path(warehouse).glob(f"{prefix}*"):
        shutil.rmtree(leftover, ignore_errors=True)
    folder = Path(tempfile.mkdtemp(prefix=prefix, dir=warehouse))
    try:
        yield folder
    finally:
        shutil.rmtree(folder, ignore_errors=True)


def insert_staged(con: duckdb.DuckDBPyConnection, table: str, path: Path) -> None:
    """Insert into ``table``, column by name, the rows staged in the Parquet file ``path`` (a glob may name several)."""
    con.execute(f"insert into {table} by name select * from read_parquet(?)", [str(path)])  # noqa: S608 (fixed names)


def delete_staged(con: duckdb.DuckDBPyConnection, table: str, key: str, path: Path) -> None:
    """Delete the rows of ``table`` whose ``key`` is among those staged in the Parquet file ``path``."""
    con.execute(f"delete from {table} where {key} in (select {key} from read_parquet(?))",  # noqa: S608 (fixed names)
                [str(path)])
