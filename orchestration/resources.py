"""Dagster resources, built once by name from environment variables (CONTRACT §3).

The resource classes live in `assets/warehouse/resources.py` (below the assets); this module composes
them from the environment and re-exports them for existing callers.
"""


import dagster as dg

from assets.warehouse.resources import (
    DEFAULT_MAX_BYTES,
    CorrectionsResource,
    RawSourceResource,
    WarehouseResource,
)
from orchestration import settings
from orchestration.settings import corrections_path

__all__ = ["DEFAULT_MAX_BYTES", "CorrectionsResource", "RawSourceResource", "WarehouseResource",
           "corrections_path", "resources_from_env"]


def resources_from_env() -> dict[str, dg.ConfigurableResource]:
    """The resources for MOLISA_RAW_DIR, MOLISA_WAREHOUSE, MOLISA_MAX_BYTES and MOLISA_CORRECTIONS."""
    return {
        "warehouse": WarehouseResource(path=settings.warehouse_path()),
        "source": RawSourceResource(raw_dir=settings.raw_dir(), max_bytes=settings.max_bytes()),
        "corrections": CorrectionsResource(path=corrections_path()),
    }
