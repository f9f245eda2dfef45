"""Spread per-document text work over the machine's cores, in order, with progress."""

from __future__ import annotations

import multiprocessing
import os
from collections.abc import Callable
from concurrent.futures import ProcessPoolExecutor
from typing import TypeVar

T = TypeVar("T")
R = TypeVar("R")
CHUNK = 500
# Below this a pool costs more than it saves (each spawned worker imports the cleaning stack, ~2 s).
MIN_PARALLEL = 3000


def map_chunks(fn: Callable[[list[T]], list[R]], items: list[T], log: Callable[[str], None] | None = None,
               label: str = "documents") -> list[R]:
    """``fn`` over ``items`` in chunks, concatenated in input order (so results never depend on scheduling).

    ``fn`` takes a list and returns a list; it runs in worker processes when there is enough work.
    """
    chunks = [items[i:i + CHUNK] for i in range(0, len(items), CHUNK)]
    workers = min(os.cpu_count() or 1, len(chunks))
    out: list[R] = []
    if len(items) < MIN_PARALLEL or workers < 2:
        results = map(fn, chunks)
        pool = None
    else:
        # spawn, not fork: the parent holds DuckDB connections and Dagster threads.
        pool = ProcessPoolExecutor(max_workers=workers, mp_context=multiprocessing.get_context("spawn"))
        results = pool.map(fn, chunks)
    try:
        for i, result in enumerate(results, 1):
            out.extend(result)
            if log and (i % 10 == 0 or i == len(chunks)):
                log(f"{label}: {min(i * CHUNK, len(items))}/{len(items)} done")
    finally:
        if pool:
            pool.shutdown()
    return out
