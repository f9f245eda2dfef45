"""Run a job of the workspace's code location from the command line, in this process.

A run made with ``JobDefinition.execute_in_process`` has no code-location origin: the Dagster UI lists
it nowhere but on the asset pages ("Jobless asset materializations"). Here the run is created with the
origin of the job as the workspace (``workspace.yaml``, what ``make dev`` serves) names it, then executed
in this process like a run worker would, so it shows on the job page, the Overview timeline and the
asset pages exactly like a run launched from the UI.
"""

from __future__ import annotations

import os
from collections.abc import Mapping
from pathlib import Path

import dagster as dg

PROJECT_ROOT = Path(__file__).resolve().parent.parent
WORKSPACE_FILE = PROJECT_ROOT / "workspace.yaml"
DEFINITIONS_MODULE = "orchestration.definitions"
# Definitions objects are served as a repository of this name.
REPOSITORY_NAME = "__repository__"
DEFAULT_UI_URL = "http://127.0.0.1:3000"


def code_location_origin():
    """The origin of the workspace's code location running ``orchestration.definitions``, exactly as
    ``dagster dev -w workspace.yaml`` names it (its location name is what the UI filters runs by)."""
    from dagster._core.workspace.load_target import WorkspaceFileTarget

    for origin in WorkspaceFileTarget(paths=[str(WORKSPACE_FILE)]).create_origins():
        target = getattr(origin, "loadable_target_origin", None)
        if target is not None and target.module_name == DEFINITIONS_MODULE:
            return origin
    raise RuntimeError(f"{WORKSPACE_FILE} loads no code location from {DEFINITIONS_MODULE}")


def remote_job_origin(job_name: str):
    """Where the UI finds ``job_name``: repository ``__repository__`` of the workspace's code location."""
    from dagster._core.remote_origin import RemoteJobOrigin, RemoteRepositoryOrigin

    return RemoteJobOrigin(RemoteRepositoryOrigin(code_location_origin(), REPOSITORY_NAME), job_name)


def launch_in_process(
    instance: dg.DagsterInstance,
    job_name: str,
    asset_selection: list[dg.AssetKey] | None = None,
    run_config: Mapping | None = None,
    tags: Mapping[str, str] | None = None,
    run_id: str | None = None,
) -> dg.ExecuteInProcessResult:
    """Create a run of ``job_name`` attached to the workspace's code location and execute it here.

    Returns the execution result (``success``, ``run_id``, ``all_events``); a failed step does not raise.
    """
    from dagster._core.definitions.reconstruct import ReconstructableRepository
    from dagster._core.execution.api import execute_run

    repository = ReconstructableRepository.for_module(DEFINITIONS_MODULE, "defs", working_directory=str(PROJECT_ROOT))
    job = repository.get_reconstructable_job(job_name)
    run = instance.create_run_for_job(
        job_def=job.get_definition(),
        run_id=run_id,
        run_config=dict(run_config or {}),
        tags=dict(tags or {}),
        asset_selection=frozenset(asset_selection) if asset_selection else None,
        remote_job_origin=remote_job_origin(job_name),
        job_code_origin=job.get_python_origin(),
    )
    return execute_run(job, run, instance, raise_on_error=False)


def run_url(run_id: str) -> str:
    """The run's page in the Dagster UI (``make dev``; MOLISA_UI_URL when it is served elsewhere)."""
    base = (os.environ.get("MOLISA_UI_URL") or DEFAULT_UI_URL).rstrip("/")
    return f"{base}/runs/{run_id}"
