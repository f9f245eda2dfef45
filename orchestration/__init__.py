"""The `molisa` command, Dagster definitions, resources, jobs, schedules and sensors."""

import os

# DuckDB and polars each allocate through their own jemalloc, which keeps freed pages for ten seconds before it returns
# them; a run's steps follow each other faster, so what one step freed still counted in the next step's peak (measured
# after reading every fact of 100,000 pages: 300 MB held, 170 MB with no delay). Read once, when each library loads:
# set before any import of them. A value set by hand wins.
for _variable in ("DUCKDB_JE_MALLOC_CONF", "_RJEM_MALLOC_CONF"):
    os.environ.setdefault(_variable, "dirty_decay_ms:0,muzzy_decay_ms:0")
