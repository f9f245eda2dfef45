"""Dagster resources, built once by name from environment variables (CONTRACT §3).

The resource classes live in `assets/warehouse/resources.py` (below the assets); this module composes
them from the environment and re-exports them for existing callers.
"""


import os
from pathlib import Path

import dagster as dg

from assets.warehouse.resources import (
    DEFAULT_MAX_BYTES,
    CorrectionsResource,
    RawSourceResource,
    WarehouseResource,
)

__all__ = ["DEFAULT_MAX_BYTES", "CorrectionsResource", "RawSourceResource", "WarehouseResource",
           "resources_from_env"]

PROJECT_ROOT = Path(__file__).resolve().parent.parent


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
