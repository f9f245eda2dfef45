"""A daily refresh of the marts (off until switched on in the UI)."""

from __future__ import annotations

import dagster as dg

from orchestration.jobs import marts_job

daily_marts = dg.ScheduleDefinition(
    job=marts_job, cron_schedule="0 6 * * *", execution_timezone="Asia/Ho_Chi_Minh",
    default_status=dg.DefaultScheduleStatus.STOPPED,
)
