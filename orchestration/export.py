"""Warehouse tables as files (Parquet or CSV) for tools that read files rather than databases: the marts by
default, and on request the facts (reviewed or as extracted), the consistency findings and the cleaned documents."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

import duckdb
import polars as pl

from assets.marts.models import MART_KEYS
from assets.warehouse.serving import KEYS

FORMATS = ("parquet", "csv")
# What can be exported, in this order; each table's rows in key order (a mart's, by every column).
EXPORTABLE = (*MART_KEYS, "facts_reviewed", "facts", "consistency_findings", "documents")


def tables_named(spec: str) -> list[str]:
    """The tables a ``--tables`` value names: "marts" (the default), "all", or names joined with commas
    ("marts,facts_reviewed"). ValueError naming what is unknown and what may be asked for."""
    names: list[str] = []
    for part in (p.strip() for p in spec.split(",") if p.strip()):
        chosen = MART_KEYS if part == "marts" else EXPORTABLE if part == "all" else (part,)
        unknown = [name for name in chosen if name not in EXPORTABLE]
        if unknown:
            raise ValueError(f"unknown table {unknown[0]!r}: use marts, all, or any of {', '.join(EXPORTABLE)}")
        names.extend(name for name in chosen if name not in names)
    if not names:
        raise ValueError(f"no table named: use marts, all, or any of {', '.join(EXPORTABLE)}")
    return names


def export_tables(con: duckdb.DuckDBPyConnection, directory: Path, fmt: str,
                  tables: Sequence[str] = MART_KEYS) -> dict[str, int]:
    """Write each of ``tables`` to ``directory/<table>.<fmt>``; returns rows written per table.

    CSV has no list type: list columns (alternatives, doc_ids, fact_ids) are written as ";"-joined text; a whole number
    in a column of decimals (a count beside rates) is written as one ("11237", not "11237.0").
    """
    if fmt not in FORMATS:
        raise ValueError(f"unknown format {fmt!r}: use one of {', '.join(FORMATS)}")
    directory.mkdir(parents=True, exist_ok=True)
    written = {}
    for name in tables:
        order = f'"{KEYS[name]}"' if isinstance(KEYS.get(name), str) else "all"  # (a mart's grain: every column)
        frame = con.execute(f"select * from {name} order by {order}").pl()  # noqa: S608 (names from EXPORTABLE)
        if fmt == "parquet":
            frame.write_parquet(directory / f"{name}.parquet")
        else:
            lists = [col for col, dtype in frame.schema.items() if isinstance(dtype, pl.List)]
            floats = [col for col, dtype in frame.schema.items() if dtype in (pl.Float32, pl.Float64)]
            frame.with_columns(*(pl.col(c).cast(pl.List(pl.String)).list.join(";") for c in lists),
                               *(_whole_as_integer(c) for c in floats)).write_csv(directory / f"{name}.csv")
        written[name] = frame.height
    return written


def _whole_as_integer(column: str) -> pl.Expr:
    """A float column as text: whole numbers without ".0" (a count or an amount in đồng), others as they are."""
    value = pl.col(column)
    return (pl.when(value.is_finite() & (value == value.round(0)) & (value.abs() < 2 ** 53))
            .then(value.cast(pl.Int64).cast(pl.String)).otherwise(value.cast(pl.String)).alias(column))
