"""The marts as files (Parquet or CSV) for tools that read files rather than databases."""

from __future__ import annotations

from pathlib import Path

import duckdb
import polars as pl

from assets.marts.models import MART_KEYS

FORMATS = ("parquet", "csv")


def export_marts(con: duckdb.DuckDBPyConnection, directory: Path, fmt: str) -> dict[str, int]:
    """Write every mart to ``directory/<mart>.<fmt>``; returns rows written per mart.

    CSV has no list type: list columns (alternatives, doc_ids) are written as ";"-joined text.
    """
    if fmt not in FORMATS:
        raise ValueError(f"unknown format {fmt!r}: use one of {', '.join(FORMATS)}")
    directory.mkdir(parents=True, exist_ok=True)
    written = {}
    for name in MART_KEYS:
        frame = con.execute(f"select * from {name} order by all").pl()
        if fmt == "parquet":
            frame.write_parquet(directory / f"{name}.parquet")
        else:
            lists = [col for col, dtype in frame.schema.items() if isinstance(dtype, pl.List)]
            frame.with_columns(pl.col(c).cast(pl.List(pl.String)).list.join(";") for c in lists).write_csv(
                directory / f"{name}.csv")
        written[name] = frame.height
    return written
