"""A sensor that requests a run when files in MOLISA_RAW_DIR are added, changed or removed."""

from __future__ import annotations

from pathlib import Path

import dagster as dg

from orchestration import settings
from orchestration.jobs import all_assets_job
from orchestration.uptodate import files_hash


@dg.sensor(job=all_assets_job, minimum_interval_seconds=60, default_status=dg.DefaultSensorStatus.RUNNING,
           description="On while the UI runs (`make dev`): once a minute it lists the article files of the input "
                       "folder (MOLISA_RAW_DIR) and starts materialize_all when a file was added, changed or "
                       "removed, or sources.csv changed. Its first look only takes note of the files: build the "
                       "warehouse with `make run` or Materialize all. Turn it off here to run the pipeline only by "
                       "hand.")
def raw_files_sensor(context: dg.SensorEvaluationContext):
    raw_dir = Path(settings.raw_dir())
    current, _ = files_hash(raw_dir, settings.max_bytes())  # as `molisa run` compares them
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
