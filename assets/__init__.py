"""The pipeline's stages, one package each."""

import os

# polars allocates with jemalloc, which keeps freed pages for a while; a run's steps follow one another in one process,
# so each started on the last one's freed pages (1.2 GB more resident at 100,000 pages). Freed pages go back at once;
# set before polars is first imported. (DuckDB's own jemalloc is left as it is: a 100,000-page run with its pages
# returned at once hung in a DuckLake table_changes query, a DuckDB task never scheduled.)
os.environ.setdefault("_RJEM_MALLOC_CONF", "dirty_decay_ms:0,muzzy_decay_ms:0")
