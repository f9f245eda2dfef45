"""A daily refresh of the marts (off until switched on in the UI)."""

from __future__ import annotations

import dagster as dg

from orchestration.jobs import marts_job

daily_marts = dg.ScheduleDefinition(
    job=marts_job, cron_schedule="0 6 * * *", execution_timezone="Asia/Ho_Chi_Minh",
    default_status=dg.DefaultScheduleStatus.STOPPED,
    description="Off by default, because every run of materialize_all (by hand, or by the file sensor) already "
                "refreshes the marts. Turn it on here to rebuild the marts at 06:00 Hanoi time each day, "
                "e.g. after changing their SQL.",
)
