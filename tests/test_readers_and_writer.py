"""A `molisa run` while BI readers hold the warehouse and the serving file open and a poller watches it.

The issue this guards: an idle SQLAlchemy reader used to hold the SQLite catalog so the run failed at
COMMIT ("database is locked"), and a dashboard refreshing mid-run saw one table of the new run and
another of the old.
"""

import json
import os
import shutil
import subprocess
import sys
import time
from pathlib import Path

import sqlalchemy as sa

from assets.serving.asset import SERVED_TABLES
from assets.warehouse import lake, serving
from tests.conftest import ARTICLES, ROOT, SEEDS

DOCS = "select count(*) from documents"


# A separate process, as a dashboard is: it opens the serving file again and again until told to stop,
# and writes every distinct state it saw (serving_info and the actual row counts) as JSON lines.
POLLER = """
import json, sys, time, duckdb
from pathlib import Path
path, out, stop = Path(sys.argv[1]), Path(sys.argv[2]), Path(sys.argv[3])
tables = sys.argv[4].split(",")
seen, polls, errors = [], 0, []
while not stop.exists():
    polls += 1
    try:
        con = duckdb.connect(str(path), read_only=True)
        run_id, snapshot, recorded = con.execute(
            "select run_id, warehouse_snapshot, row_counts from serving_info").fetchone()
        actual = {t: con.execute(f"select count(*) from {t}").fetchone()[0] for t in tables}
        facts = con.execute("select coalesce(bit_xor(hash(fact_id)), 0) from facts").fetchone()[0]
        con.close()
    except duckdb.Error as exc:
        errors.append(str(exc).splitlines()[0])
        continue
    state = {"run_id": run_id, "snapshot": snapshot, "recorded": json.loads(recorded), "actual": actual,
             "facts": str(facts)}
    if state not in seen:
        seen.append(state)
    time.sleep(0.05)
out.write_text(json.dumps({"polls": polls, "errors": errors, "states": seen}))
"""


def start_poller(path: Path, workdir: Path) -> tuple[subprocess.Popen, Path, Path]:
    out, stop = workdir / "poller.json", workdir / "poller.stop"
    proc = subprocess.Popen([sys.executable, "-c", POLLER, str(path), str(out), str(stop), ",".join(SERVED_TABLES)])
    return proc, out, stop


def warehouse_reader(warehouse: Path) -> sa.Engine:
    """The README's former engine: every connection attaches the whole warehouse read-only."""
    engine = sa.create_engine("duckdb:///:memory:")

    @sa.event.listens_for(engine, "connect")
    def attach(dbapi_connection, _record):
        for statement in lake.setup_sql(warehouse, read_only=True):
            dbapi_connection.execute(statement)

    return engine


def journal_mode(catalog: Path) -> str:
    # In a child process: closing a sqlite3 handle here would drop the locks this process's DuckDB holds.
    code = "import sqlite3, sys; print(sqlite3.connect(sys.argv[1]).execute('pragma journal_mode').fetchone()[0])"
    return subprocess.run([sys.executable, "-c", code, str(catalog)], capture_output=True, text=True,
                          check=True).stdout.strip()


def test_run_succeeds_under_open_readers_and_every_served_state_is_one_complete_run(seed_warehouse, tmp_path):
    # The session's seed warehouse, copied: a first complete run over the seeds, serving file included.
    raw, warehouse = tmp_path / "raw", tmp_path / "warehouse"
    shutil.copytree(SEEDS, raw)  # the same relative paths as the seed run: the second run is incremental
    shutil.copytree(seed_warehouse, warehouse)
    first_run = serving.current_info(warehouse / serving.SERVING_FILE)["run_id"]
    assert journal_mode(warehouse / lake.CATALOG_FILE) == "wal"

    # A reader on the warehouse with a transaction left open after one query, as BI tools do...
    wh_engine = warehouse_reader(warehouse)
    wh_conn = wh_engine.connect()
    docs_before = wh_conn.execute(sa.text(DOCS)).scalar()
    # ... and one on the serving file.
    serving_file = warehouse / serving.SERVING_FILE
    srv_engine = sa.create_engine(f"duckdb:///{serving_file}", connect_args={"read_only": True},
                                  poolclass=sa.pool.NullPool)
    srv_conn = srv_engine.connect()
    assert srv_conn.execute(sa.text("select run_id from serving_info")).scalar() == first_run

    poller, poller_out, poller_stop = start_poller(serving_file, tmp_path)
    added = sorted(ARTICLES.iterdir())[:3]
    for article in added:
        shutil.copy(article, raw / article.name)
    env = {**os.environ, "MOLISA_RAW_DIR": str(raw), "MOLISA_WAREHOUSE": str(warehouse),
           "DAGSTER_HOME": str(tmp_path / "dagster"), "MOLISA_LOCK_TIMEOUT": "120"}
    try:
        proc = subprocess.run([str(ROOT / ".venv" / "bin" / "molisa"), "run", "--log-level", "WARNING"], env=env,
                              cwd=tmp_path, capture_output=True, text=True, timeout=900)
        time.sleep(0.3)
    finally:  # (a run that could not start must not leave the poller polling for ever)
        poller_stop.touch()
        poller.wait(timeout=60)
    polled = json.loads(poller_out.read_text())
    assert proc.returncode == 0, proc.stderr[-3000:]
    second_run = proc.stdout.split("run ", 1)[1].split()[0]

    # The warehouse reader's open transaction kept its consistent old view; its next one sees the run.
    assert wh_conn.execute(sa.text(DOCS)).scalar() == docs_before
    wh_conn.rollback()
    assert wh_conn.execute(sa.text(DOCS)).scalar() == docs_before + len(added)
    wh_conn.close()
    # The serving reader keeps reading the old file whole; its next connection opens the new one.
    assert srv_conn.execute(sa.text("select run_id from serving_info")).scalar() == first_run
    assert srv_conn.execute(sa.text(DOCS)).scalar() == docs_before
    srv_conn.close()
    with srv_engine.connect() as fresh:
        assert fresh.execute(sa.text("select run_id from serving_info")).scalar() == second_run
        assert fresh.execute(sa.text(DOCS)).scalar() == docs_before + len(added)

    # Every state the poller saw is one complete run: the first or the second, never a mix.
    assert polled["polls"] > 20 and polled["errors"] == []
    assert [state["run_id"] for state in polled["states"]] == [first_run, second_run]
    con = lake.connect(warehouse, read_only=True)
    try:
        snapshots = lake.snapshots(con)
    finally:
        con.close()
    for state in polled["states"]:
        assert state["actual"] == state["recorded"]
        # Served from the last snapshot its run wrote, nothing of a later write in it.
        written = snapshots.filter(snapshots["run_id"] == state["run_id"])["snapshot_id"].to_list()
        assert state["snapshot"] == max(written)
        at = lake.connect(warehouse, read_only=True, snapshot=state["snapshot"])
        try:
            assert str(at.execute("select coalesce(bit_xor(hash(fact_id)), 0) from facts").fetchone()[0]) == state["facts"]
            assert {t: at.execute(f"select count(*) from {t}").fetchone()[0] for t in SERVED_TABLES} == state["actual"]
        finally:
            at.close()
