"""The Dagster resources the assets take: the warehouse folder and the input folder.

They live below the assets so an asset never imports `orchestration`; `orchestration/resources.py`
builds them from the environment (CONTRACT §3).
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import dagster as dg
import duckdb

from assets.warehouse import lake

DEFAULT_MAX_BYTES = 20 * 1024 * 1024


class WarehouseResource(dg.ConfigurableResource):
    """The DuckLake warehouse folder (SQLite catalog + Parquet files), opened offline."""

    path: str

    @contextmanager
    def connect(self, read_only: bool = False) -> Iterator[duckdb.DuckDBPyConnection]:
        """Readers open freely; a writer waits for the warehouse's writer lock."""
        if not read_only:
            with lake.writer(self.path) as con:
                yield con
            return
        con = lake.connect(Path(self.path), read_only=True)
        try:
            yield con
        finally:
            con.close()


class RawSourceResource(dg.ConfigurableResource):
    """Where input documents are read from, and the largest file accepted."""

    raw_dir: str
    max_bytes: int = DEFAULT_MAX_BYTES


class CorrectionsResource(dg.ConfigurableResource):
    """The analysts' corrections file (CONTRACT §4a); a missing file means no correction."""

    path: str
