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
from pydantic import PrivateAttr

from assets.raw.scan import DEFAULT_MAX_BYTES
from assets.warehouse import lake


class WarehouseResource(dg.ConfigurableResource):
    """The DuckLake warehouse folder (SQLite catalog + Parquet files), opened offline.

    Within a Dagster run the connections are opened once and kept until the run ends: opening one
    (extensions, ATTACH, the table check) costs about 0.3 s, and a run has a dozen steps. A kept
    connection sees every commit made since, by this run or another process (DuckLake reads the
    latest snapshot at each transaction), and the writer lock is still taken for each step only.
    Outside a run (a test calling an asset function) every ``connect`` opens and closes its own.
    """

    path: str
    _kept: dict = PrivateAttr(default_factory=dict)
    _keeping: bool = PrivateAttr(default=False)

    def setup_for_execution(self, context: dg.InitResourceContext) -> None:
        self._keeping = True

    def teardown_after_execution(self, context: dg.InitResourceContext) -> None:
        self._keeping = False
        for con in self._kept.values():
            con.close()
        self._kept.clear()

    @contextmanager
    def connect(self, read_only: bool = False) -> Iterator[duckdb.DuckDBPyConnection]:
        """Readers open freely; a writer waits for the warehouse's writer lock."""
        if not self._keeping:
            if not read_only:
                with lake.writer(self.path) as con:
                    yield con
                return
            con = lake.connect(Path(self.path), read_only=True)
            try:
                yield con
            finally:
                con.close()
            return
        kept = self._kept.get(read_only)
        if not read_only:
            with lake.writer(self.path, kept, close=False) as con:
                self._kept[False] = con
                try:
                    yield con
                finally:
                    lake.forget_session(con)
            return
        if kept is None:
            # A reader of a warehouse no writer has created yet raises here, as before.
            kept = self._kept[True] = lake.connect(Path(self.path), read_only=True)
        try:
            yield kept
        finally:
            lake.forget_session(kept)


class RawSourceResource(dg.ConfigurableResource):
    """Where input documents are read from, and the largest file accepted."""

    raw_dir: str
    max_bytes: int = DEFAULT_MAX_BYTES


class CorrectionsResource(dg.ConfigurableResource):
    """The analysts' corrections file (CONTRACT §4a); a missing file means no correction."""

    path: str
