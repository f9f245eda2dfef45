"""The pipeline's stages, one package each."""

import os

# DuckDB and polars each allocate with their own jemalloc, which keeps freed pages for ten seconds; a run's steps follow
# one another in one process, so each started on the last one's freed pages (1.2 GB more resident at 100,000 pages for
# polars; for DuckDB, 300 MB held after reading every fact, 120 MB with no delay). Freed pages go back at once; set
# before either is first imported (every entry point imports this package first), a value set by hand wins. (An earlier
# session left DuckDB's as it was after a 100,000-page run hung in a DuckLake table_changes query; that hang comes with
# or without this setting, from streaming a large snapshot's change rows, and describe.range_changes now avoids it.)
for _variable in ("_RJEM_MALLOC_CONF", "DUCKDB_JE_MALLOC_CONF"):
    os.environ.setdefault(_variable, "dirty_decay_ms:0,muzzy_decay_ms:0")
