"""Spread per-document text work over the machine's cores, in order, with progress."""

from __future__ import annotations

import atexit
import multiprocessing
import os
from collections.abc import Callable
from concurrent.futures import ProcessPoolExecutor
from typing import TypeVar

T = TypeVar("T")
R = TypeVar("R")
CHUNK = 500
# Documents a step reads from the warehouse and sends to the workers at a time: its memory stays that of one
# batch, whatever the number of documents (100,000 pages' text held at once took gigabytes).
BATCH = 10_000
# Below this much single-core work (seconds) the items run here: a spawned worker imports the cleaning or extraction
# stack (0.6 s of CPU; they import no Dagster) and compiles its patterns, about 1 s before its first chunk, while two
# workers halve the work: below 2 s a new pool saves nothing.
PARALLEL_WORTH_S = 2.0
_pool: ProcessPoolExecutor | None = None


def _shared_pool(workers: int) -> ProcessPoolExecutor:
    """One pool for the whole process, started at the first use and kept until ``release``: a step's
    batches share its workers."""
    global _pool
    if _pool is None or _pool._max_workers != workers or getattr(_pool, "_broken", False):  # noqa: SLF001
        if _pool is not None:
            _pool.shutdown()
        # spawn, not fork: the parent holds DuckDB connections and Dagster threads.
        _pool = ProcessPoolExecutor(max_workers=workers, mp_context=multiprocessing.get_context("spawn"))
    return _pool


def release() -> None:
    """Stop the shared pool's workers, when a step's text work is done: each holds a few hundred megabytes
    (its imports and what its chunks left), which the step's table work and the next steps can use. The next
    ``map_chunks`` starts new ones (about 1 s)."""
    global _pool
    if _pool is not None:
        _pool.shutdown(cancel_futures=True)
        _pool = None


atexit.register(release)


def map_chunks(fn: Callable[[list[T]], list[R]], items: list[T], log: Callable[[str], None] | None = None,
               label: str = "documents", done_before: int = 0, total: int | None = None, item_ms: float = 1.0) -> list[R]:
    """``fn`` over ``items`` in chunks, concatenated in input order (so results never depend on scheduling).

    ``fn`` takes a list and returns a list; it runs in worker processes when there is enough work: ``item_ms``, the
    milliseconds one item takes on one core, times the items, at least ``PARALLEL_WORTH_S``, or a pool running already.
    Progress counts from ``done_before`` out of ``total`` when ``items`` is one batch of a larger job.
    """
    total = len(items) + done_before if total is None else total
    # Small chunks when there are few items, so that both workers get some.
    size = CHUNK if len(items) >= 4 * CHUNK else max(1, -(-len(items) // 4))
    chunks = [items[i:i + size] for i in range(0, len(items), size)]
    workers = min(os.cpu_count() or 1, len(chunks))
    out: list[R] = []
    here = workers < 2 or (_pool is None and len(items) * item_ms < PARALLEL_WORTH_S * 1000)
    results = map(fn, chunks) if here else _shared_pool(workers).map(fn, chunks)
    for i, result in enumerate(results, 1):
        out.extend(result)
        if log and (i % 10 == 0 or i == len(chunks)):
            log(f"{label}: {done_before + min(i * size, len(items))}/{total} done")
    return out
