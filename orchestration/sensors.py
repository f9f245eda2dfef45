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


@dg.sensor(job=all_assets_job, minimum_interval_seconds=60, default_status=dg.DefaultSensorStatus.RUNNING,
           description="On while the UI runs (`make dev`): once a minute it lists the article files of the input "
                       "folder (MOLISA_RAW_DIR) and starts materialize_all when a file was added, changed or "
                       "removed. Its first look only takes note of the files: build the warehouse with `make run` "
                       "or Materialize all. Turn it off here to run the pipeline only by hand.")
def raw_files_sensor(context: dg.SensorEvaluationContext):
    raw_dir = Path(os.environ.get("MOLISA_RAW_DIR", "data/raw"))
    current = manifest_hash(raw_dir)
    if context.cursor is None:
        context.update_cursor(current)
        return dg.SkipReason(f"watching {raw_dir}: a run starts when a file there is added, changed or removed")
    if current == context.cursor:
        return dg.SkipReason("no document file changed")
    context.update_cursor(current)
    return dg.RunRequest(run_key=current)


# Everything that depends on the corrections file, not the file itself (it is not materialized) and
# not raw_documents, documents or facts, which a corrections edit cannot change.
CORRECTIONS_DOWNSTREAM = dg.AssetSelection.assets("corrections_file").downstream(include_self=False)


@dg.sensor(asset_selection=CORRECTIONS_DOWNSTREAM, minimum_interval_seconds=30,
           default_status=dg.DefaultSensorStatus.STOPPED,
           description="Applies the corrections file again when an analyst edits it (MOLISA_CORRECTIONS): "
                       "refreshes facts_reviewed, corrections_log, the findings and the marts only. Off by "
                       "default, because its first look would start a run at once and the file sensor's runs "
                       "apply the corrections too; turn it on here while analysts edit the file.")
def corrections_sensor(context: dg.SensorEvaluationContext):
    from assets.review.asset import file_version
    from orchestration.resources import corrections_path

    path = Path(corrections_path())
    current = file_version(path)
    if current == context.cursor:
        return dg.SkipReason(f"{path.name} unchanged")
    return dg.SensorResult(
        cursor=current,
        run_requests=[dg.RunRequest(run_key=f"corrections-{current}", asset_selection=list(
            CORRECTIONS_DOWNSTREAM.resolve(context.repository_def.asset_graph)) if context.repository_def else None)],
        asset_events=[dg.AssetObservation("corrections_file", metadata={"path": str(path), "version": current},
                                          tags={"dagster/data_version": current})],
    )
