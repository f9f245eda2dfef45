"""Crashes and concurrency: a killed run, a reader during a run, two runs at once lose nothing."""

import os
import shutil
import signal
import subprocess
import sys
import threading
import time
from pathlib import Path

import pytest

from assets.warehouse import lake as warehouse
from tests.conftest import SEEDS

MOLISA = str(Path(sys.executable).parent / "molisa")
FACTS = ("select metric, value, value_max, qualifier, year, period, province, district, plan_pct, plan_value, "
         "yoy_pct, evidence from facts order by all")


def start_run(tmp: Path, **env: str) -> subprocess.Popen:
    """`molisa run` in its own process group over the seeds in ``tmp/raw`` into ``tmp/wh``."""
    (tmp / "home").mkdir(exist_ok=True)
    return subprocess.Popen(
        [MOLISA, "run"], stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, start_new_session=True,
        env={**os.environ, "MOLISA_RAW_DIR": str(tmp / "raw"), "MOLISA_WAREHOUSE": str(tmp / "wh"),
             "DAGSTER_HOME": str(tmp / "home"), **env})


@pytest.fixture
def seeds_dir(tmp_path):
    shutil.copytree(SEEDS, tmp_path / "raw")
    return tmp_path


def expected_facts(seed_warehouse) -> list[tuple]:
    con = warehouse.connect(seed_warehouse, read_only=True)
    try:
        return con.execute(FACTS).fetchall()
    finally:
        con.close()


def consistent(con) -> bool:
    """No fact without its ok document, no document without its raw bytes, every log row with its facts."""
    return con.execute("""
        select (select count(*) from facts where doc_id not in (select doc_id from documents where status = 'ok'))
             + (select count(*) from documents where doc_id not in (select doc_id from raw_documents))
             + (select count(*) from extraction_log l
                where fact_count != (select count(*) from facts f where f.doc_id = l.doc_id))
    """).fetchone()[0] == 0


def assert_same_as_uninterrupted(wh: Path, seed_warehouse: Path) -> None:
    """The warehouse holds exactly the facts of an uninterrupted run over the seeds, and is consistent."""
    con = warehouse.connect(wh, read_only=True)
    try:
        assert con.execute(FACTS).fetchall() == expected_facts(seed_warehouse)
        assert consistent(con)
    finally:
        con.close()


def kill_during(seeds_dir: Path, write: str) -> None:
    """Start `molisa run`, SIGKILL its process group inside the ``write`` (a failpoint marks it), and check
    the warehouse: the killed write is no snapshot, and what is there is consistent."""
    marker = seeds_dir / f"in-{write.replace(' ', '-')}"
    run = start_run(seeds_dir, MOLISA_FAILPOINT=write, MOLISA_FAILPOINT_MARKER=str(marker))
    deadline = time.monotonic() + 120
    while not marker.exists():
        assert run.poll() is None, run.communicate()
        assert time.monotonic() < deadline, f"the run never reached the {write} write"
        time.sleep(0.2)
    os.killpg(run.pid, signal.SIGKILL)
    run.wait()
    assert run.returncode == -signal.SIGKILL

    con = warehouse.connect(seeds_dir / "wh", read_only=True)
    try:
        last = con.execute("select commit_message from ducklake_snapshots('wh') order by snapshot_id desc limit 1"
                           ).fetchone()[0]
        assert not last.startswith(write), last  # the killed write never became a snapshot
        assert consistent(con)
        if write == "facts run":
            assert con.execute("select count(*) from facts").fetchone()[0] == 0
    finally:
        con.close()


def test_sigkill_during_writes_leaves_the_last_good_snapshot_and_the_next_run_completes(seeds_dir, seed_warehouse):
    # Two crashes in a row (inside the documents write, then, in the run after, inside the facts write),
    # then a run left alone: it ends with exactly the facts of a run never interrupted.
    kill_during(seeds_dir, "documents run")
    kill_during(seeds_dir, "facts run")
    again = start_run(seeds_dir)
    out, err = again.communicate(timeout=300)
    assert again.returncode == 0, err
    assert_same_as_uninterrupted(seeds_dir / "wh", seed_warehouse)


def test_reader_sees_whole_snapshots_while_a_run_writes(seeds_dir, seed_warehouse):
    # The warehouse exists (tables, no rows) before the reader opens it, as for a BI tool.
    warehouse.connect(seeds_dir / "wh").close()
    con = warehouse.connect(seeds_dir / "wh", read_only=True)
    seen: list[tuple[int, int, bool]] = []
    errors: list[BaseException] = []
    done = threading.Event()

    def read() -> None:
        try:
            while not done.is_set():
                con.execute("begin transaction")  # one snapshot for the three counts
                docs = con.execute("select count(*) from documents").fetchone()[0]
                facts = con.execute("select count(*) from facts").fetchone()[0]
                ok = consistent(con)
                con.execute("commit")
                seen.append((docs, facts, ok))
                time.sleep(0.05)
        except BaseException as exc:  # reported below
            errors.append(exc)

    reader = threading.Thread(target=read)
    reader.start()
    run = start_run(seeds_dir)
    out, err = run.communicate(timeout=300)
    done.set()
    reader.join()
    con.close()
    assert run.returncode == 0, err
    assert errors == []
    final = len(expected_facts(seed_warehouse))
    assert len(seen) > 10
    assert {docs for docs, _, _ in seen} <= {0, 5} and {facts for _, facts, _ in seen} <= {0, final}
    assert all(ok for _, _, ok in seen)


def test_two_runs_at_once_wait_for_each_other(seeds_dir, seed_warehouse):
    # The first run stalls inside its documents write long enough for the second to start beside it (on a loaded
    # machine the second's start-up took longer than the whole first run, and the two never met).
    marker = seeds_dir / "first-is-writing"
    first = start_run(seeds_dir, MOLISA_FAILPOINT="documents run", MOLISA_FAILPOINT_MARKER=str(marker),
                      MOLISA_FAILPOINT_STALL="15")
    deadline = time.monotonic() + 120
    while not marker.exists():
        assert first.poll() is None, first.communicate()
        assert time.monotonic() < deadline, "the first run never reached its documents write"
        time.sleep(0.2)
    second = start_run(seeds_dir)
    results = [p.communicate(timeout=300) for p in (first, second)]
    assert [first.returncode, second.returncode] == [0, 0], results
    assert "is writing the warehouse; this run waits" in results[1][1]
    assert_same_as_uninterrupted(seeds_dir / "wh", seed_warehouse)
