"""A sensor that requests a run when files in MOLISA_RAW_DIR are added, changed or removed."""

from __future__ import annotations

import hashlib
import os
from pathlib import Path

import dagster as dg

from assets.raw.scan import scan
from orchestration.jobs import all_assets_job
from orchestration.resources import DEFAULT_MAX_BYTES


def manifest_hash(raw_dir: Path) -> str:
    """Hash of every document file's path, size and modification time."""
    listed = scan(raw_dir, DEFAULT_MAX_BYTES)
    text = "\n".join(f"{f.source_path}|{f.size_bytes}|{f.modified_at}" for f in listed)
    return hashlib.sha256(text.encode()).hexdigest()


@dg.sensor(job=all_assets_job, minimum_interval_seconds=60, default_status=dg.DefaultSensorStatus.STOPPED,
           description="Runs the pipeline when document files under MOLISA_RAW_DIR change.")
def raw_files_sensor(context: dg.SensorEvaluationContext):
    raw_dir = Path(os.environ.get("MOLISA_RAW_DIR", "data/raw"))
    current = manifest_hash(raw_dir)
    if current == context.cursor:
        return dg.SkipReason("no document file changed")
    context.update_cursor(current)
    return dg.RunRequest(run_key=current)
