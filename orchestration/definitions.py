"""The only Definitions object: assets, checks, resources, jobs, schedules and sensors."""

from __future__ import annotations

import dagster as dg

from assets.check.asset import consistency_findings, documents_schema_valid, facts_schema_valid, rule_checks
from assets.clean.asset import documents
from assets.extract.asset import facts
from assets.marts.asset import mart_assets
from assets.raw.asset import raw_documents
from assets.review.asset import corrections_file, reviewed
from assets.serving.asset import serving_database
from orchestration.jobs import all_assets_job, marts_job
from orchestration.resources import resources_from_env
from orchestration.schedules import daily_marts
from orchestration.sensors import corrections_sensor, raw_files_sensor

defs = dg.Definitions(
    assets=[raw_documents, documents, facts, corrections_file, reviewed, consistency_findings, *mart_assets,
            serving_database],
    asset_checks=[documents_schema_valid, facts_schema_valid, rule_checks],
    resources=resources_from_env(),
    jobs=[all_assets_job, marts_job],
    schedules=[daily_marts],
    sensors=[raw_files_sensor, corrections_sensor],
    executor=dg.in_process_executor,
)
