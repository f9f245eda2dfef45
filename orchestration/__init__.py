"""The `molisa` command, Dagster definitions, resources, jobs, schedules and sensors."""

import os

# DuckDB's allocator (jemalloc) keeps freed pages for ten seconds before it returns them; a run's steps follow each
# other faster, so what one step's queries freed still counted in the next step's peak (measured at 100,000 pages:
# ~300 MB held after a read of the facts, 120 MB with no delay). Read once, when DuckDB loads: set before any import
# of it. A value set by hand wins.
os.environ.setdefault("DUCKDB_JE_MALLOC_CONF", "dirty_decay_ms:0,muzzy_decay_ms:0")
