"""The settings of CONTRACT §3, resolved from the environment without importing Dagster (the CLI's
quick commands and the up-to-date check must not pay its import)."""

from __future__ import annotations

import os
from pathlib import Path

from assets.raw.scan import DEFAULT_MAX_BYTES


def env_path(name: str, default: str) -> str:
    """An environment variable's path (``default`` when unset), absolute against the working directory."""
    path = Path(os.environ.get(name) or default)
    return str(path if path.is_absolute() else (Path.cwd() / path).resolve())


def warehouse_path() -> str:
    """MOLISA_WAREHOUSE (default data/warehouse)."""
    return env_path("MOLISA_WAREHOUSE", "data/warehouse")


def raw_dir() -> str:
    """MOLISA_RAW_DIR (default data/raw)."""
    return env_path("MOLISA_RAW_DIR", "data/raw")


class SettingError(ValueError):
    """A setting whose value cannot be used; the message says which and what it must be."""


def max_bytes() -> int:
    """MOLISA_MAX_BYTES: files larger than this are quarantined unread (default 20 MiB)."""
    value = os.environ.get("MOLISA_MAX_BYTES") or str(DEFAULT_MAX_BYTES)
    if not value.strip().isdigit() or int(value) <= 0:
        raise SettingError(f"MOLISA_MAX_BYTES is {value!r}; it must be a whole number of bytes above 0 "
                           f"(unset, it is {DEFAULT_MAX_BYTES}, 20 MiB)")
    return int(value)


def corrections_path() -> str:
    """MOLISA_CORRECTIONS (default data/corrections.csv)."""
    return env_path("MOLISA_CORRECTIONS", "data/corrections.csv")
