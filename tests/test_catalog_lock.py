"""A commit waits, with backoff and a word on stderr, while something holds the SQLite catalog locked."""

import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from assets.warehouse import lake

HOLD = """
import sqlite3, sys, time
con = sqlite3.connect(sys.argv[1], isolation_level=None)
con.execute("BEGIN EXCLUSIVE")
print("locked", flush=True)
time.sleep(float(sys.argv[2]))
con.execute("ROLLBACK")
"""


def hold_lock(catalog: Path, seconds: float) -> subprocess.Popen:
    """Another process (a SQLite tool, say) holding the catalog's write lock for ``seconds``."""
    proc = subprocess.Popen([sys.executable, "-c", HOLD, str(catalog), str(seconds)], stdout=subprocess.PIPE, text=True)
    assert proc.stdout.readline().strip() == "locked"
    return proc


@pytest.fixture
def warehouse(seed_warehouse, tmp_path) -> Path:
    copy = tmp_path / "warehouse"
    shutil.copytree(seed_warehouse, copy)
    return copy


def write_probe(con, value: int) -> None:
    with lake.transaction(con, "probe write", {"asset": "probe"}):
        con.execute("create or replace table probe as select ? as x", [value])


def test_commit_waits_for_a_locked_catalog_and_says_so(warehouse, capfd):
    with lake.writer(warehouse) as con:
        before = lake.current_snapshot(con)
        holder = hold_lock(warehouse / lake.CATALOG_FILE, 2)
        write_probe(con, 1)
        holder.wait()
        assert lake.current_snapshot(con) == before + 1
        assert con.execute("select x from probe").fetchone() == (1,)
    err = capfd.readouterr().err
    assert "is locked by another connection (database is locked)" in err
    assert "retries with backoff" in err and "is free again after" in err


def test_a_lock_that_persists_fails_with_the_real_error_and_changes_nothing(warehouse, monkeypatch):
    monkeypatch.setenv("MOLISA_LOCK_TIMEOUT", "0.5")
    with lake.writer(warehouse) as con:
        before = lake.current_snapshot(con)
        holder = hold_lock(warehouse / lake.CATALOG_FILE, 30)
        try:
            with pytest.raises(lake.WarehouseError, match=r"stayed locked for .* \(database is locked\)"):
                write_probe(con, 2)
        finally:
            holder.kill()
            holder.wait()
        assert lake.current_snapshot(con) == before
        write_probe(con, 3)  # the lock gone, the same connection writes again
        assert lake.current_snapshot(con) == before + 1
