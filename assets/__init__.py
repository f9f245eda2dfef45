"""The pipeline's stages, one package each."""

import os

# polars and DuckDB each allocate with their own jemalloc, which keeps freed pages for a while (DuckDB until a flush
# threshold); a run's steps follow one another in one process, so each started on the last one's freed pages (a
# gigabyte more resident at 100,000 pages). Freed pages go back at once; set before either library is first imported.
_RETURN_AT_ONCE = "dirty_decay_ms:0,muzzy_decay_ms:0"
os.environ.setdefault("_RJEM_MALLOC_CONF", _RETURN_AT_ONCE)
os.environ.setdefault("DUCKDB_JE_MALLOC_CONF", _RETURN_AT_ONCE)
