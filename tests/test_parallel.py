"""map_chunks: results in input order whether or not workers run, one pool shared by a step's batches until released."""

from __future__ import annotations

from assets import parallel


def test_results_keep_input_order_in_workers_and_the_pool_is_shared_until_released():
    items = list(range(2000))[::-1]  # (at 1 ms an item, 2 s of work: worth the workers)
    size = parallel.CHUNK
    expected = [x for i in range(0, len(items), size) for x in sorted(items[i:i + size])]
    assert parallel.map_chunks(sorted, items) == expected  # sorted runs per chunk, in spawned workers
    first = parallel._pool
    assert first is not None
    assert parallel.map_chunks(sorted, items) == expected
    assert parallel._pool is first  # the next batch reuses the workers of the first
    workers = list(first._processes.values())
    parallel.release()  # a step's text work is done: its workers stop and give their memory back
    assert parallel._pool is None and all(not worker.is_alive() for worker in workers)
    assert parallel.map_chunks(sorted, items) == expected  # the next step starts new ones
    parallel.release()


def test_few_items_run_here_in_small_chunks():
    items = list(range(10))[::-1]
    assert parallel._pool is None
    # Four chunks of at most three: each sorted on its own.
    assert parallel.map_chunks(sorted, items) == [7, 8, 9, 4, 5, 6, 1, 2, 3, 0]
    assert parallel._pool is None  # (10 ms of work: no worker started for it)
