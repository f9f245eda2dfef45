"""Dagster resources, built once by name from environment variables (CONTRACT §3)."""


import os
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import dagster as dg
import duckdb

from orchestration import warehouse

PROJECT_ROOT = Path(__file__).resolve().parent.parent
DEFAULT_MAX_BYTES = 20 * 1024 * 1024


class WarehouseResource(dg.ConfigurableResource):
    """The DuckLake warehouse folder (SQLite catalog + Parquet files), opened offline."""

    path: str

    @contextmanager
    def connect(self, read_only: bool = False) -> Iterator[duckdb.DuckDBPyConnection]:
        """Readers open freely; a writer waits for the warehouse's writer lock."""
        if not read_only:
            with warehouse.writer(self.path) as con:
                yield con
            return
        con = warehouse.connect(Path(self.path), read_only=True)
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


def _env_path(name: str, default: str) -> str:
    value = os.environ.get(name) or default
    path = Path(value)
    return str(path if path.is_absolute() else (Path.cwd() / path).resolve())


def resources_from_env() -> dict[str, dg.ConfigurableResource]:
    """The resources for MOLISA_RAW_DIR, MOLISA_WAREHOUSE, MOLISA_MAX_BYTES and MOLISA_CORRECTIONS."""
    return {
        "warehouse": WarehouseResource(path=_env_path("MOLISA_WAREHOUSE", "data/warehouse")),
        "source": RawSourceResource(
            raw_dir=_env_path("MOLISA_RAW_DIR", "data/raw"),
            max_bytes=int(os.environ.get("MOLISA_MAX_BYTES", DEFAULT_MAX_BYTES)),
        ),
        "corrections": CorrectionsResource(path=corrections_path()),
    }


def corrections_path() -> str:
    """MOLISA_CORRECTIONS resolved against the working directory (default data/corrections.csv)."""
    return _env_path("MOLISA_CORRECTIONS", "data/corrections.csv")
