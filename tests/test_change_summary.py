"""describe.range_changes on a snapshot that rewrote a large table: what a full rebuild after an extractor change at
100,000 pages writes (558,000 facts deleted and inserted in one snapshot).

Streamed straight to the client, the change rows of such a snapshot never came (DuckDB 1.5.5 with DuckLake: every
thread waiting, the run hung for good). The check runs in a child process with a time limit, so a hang fails the test
instead of stopping the suite. A real DuckLake warehouse in a temporary folder.
"""

from __future__ import annotations

import subprocess
import sys
import textwrap
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent

CHILD = textwrap.dedent("""
    import sys
    sys.path.insert(0, sys.argv[2])
    from assets import describe
    from assets.warehouse import lake

    describe.TABLE_KEYS["big"] = "id"  # a table of this test's own, keyed like the warehouse's
    rows = 600_000
    with lake.writer(sys.argv[1]) as con:
        con.execute("SET enable_progress_bar = false")  # (a slow machine's progress bar would print into the answer)
        con.execute("create table big (id varchar, v double)")
        with lake.transaction(con, "first", {"asset": "test"}):
            con.execute(f"insert into big select 'a' || i, i from range({rows}) r(i)")
        with lake.transaction(con, "rebuild", {"asset": "test"}):
            con.execute("delete from big")
            con.execute(f"insert into big select 'b' || i, i from range({rows}) r(i)")
        snapshot = lake.current_snapshot(con)
    con = lake.connect(sys.argv[1], read_only=True)
    con.execute("SET enable_progress_bar = false")
    changes = describe.range_changes(con, "big", snapshot, snapshot)
    print(changes["inserted"], changes["deleted"], changes["updated"])
""")


def test_the_change_rows_of_a_snapshot_that_rewrote_600000_rows_are_read(tmp_path):
    done = subprocess.run([sys.executable, "-c", CHILD, str(tmp_path / "wh"), str(ROOT)], capture_output=True,
                          text=True, timeout=120)
    assert done.returncode == 0, done.stderr[-2000:]
    assert done.stdout.split() == ["600000", "600000", "0"]
