"""The `molisa` command, Dagster definitions, resources, jobs, schedules and sensors."""
