"""`molisa run` with nothing changed since the last complete run returns at once, without a Dagster run;
any change to what a run reads or leaves sends it through Dagster again."""

import os
import shutil
import subprocess
import sys
import time
from pathlib import Path

import dagster as dg

from assets.warehouse import lake as warehouse
from orchestration import uptodate
from tests.conftest import SEEDS

MOLISA = str(Path(sys.executable).parent / "molisa")


def _inputs(tmp: Path) -> dict:
    return uptodate.inputs(tmp / "raw", 1_000_000, tmp / "corrections.csv", tmp / "wh")


def test_every_input_a_run_reads_is_compared(tmp_path, seed_warehouse):
    shutil.copytree(SEEDS, tmp_path / "raw")
    shutil.copytree(seed_warehouse, tmp_path / "wh")
    before = _inputs(tmp_path)
    record = {"inputs": before, "run_id": "r", "summary": "s"}
    assert uptodate.changed(record, _inputs(tmp_path)) == []
    assert uptodate.changed(None, before) == ["no complete run recorded"]

    first = sorted((tmp_path / "raw").glob("*.txt"))[0]
    later = time.time() + 5
    os.utime(first, (later, later))  # touched: same bytes, new time (raw_documents reads it again)
    (tmp_path / "corrections.csv").write_text("fact_id,action\n", encoding="utf-8")
    (tmp_path / "raw" / "sources.csv").write_text(f"path,url\n{first.name},https://example.vn/a\n", encoding="utf-8")
    assert set(uptodate.changed(record, _inputs(tmp_path))) == {"files", "corrections_bytes"}

    first.unlink()
    assert "file_count" in uptodate.changed(record, _inputs(tmp_path))


def test_the_snapshot_is_read_from_the_catalog_without_duckdb(seed_warehouse, tmp_path):
    con = warehouse.connect(seed_warehouse, read_only=True)
    try:
        assert uptodate.warehouse_snapshot(seed_warehouse) == warehouse.current_snapshot(con)
    finally:
        con.close()
    assert uptodate.warehouse_snapshot(tmp_path) is None  # no warehouse yet


def test_code_hash_follows_the_code(tmp_path):
    for folder in uptodate.CODE_FOLDERS:
        (tmp_path / folder).mkdir()
    (tmp_path / "assets" / "rules.csv").write_text("a\n", encoding="utf-8")
    first = uptodate.code_hash(tmp_path)
    assert uptodate.code_hash(tmp_path) == first
    (tmp_path / "assets" / "rules.csv").write_text("b\n", encoding="utf-8")
    assert uptodate.code_hash(tmp_path) != first


def test_a_second_run_with_nothing_changed_starts_no_dagster_run(tmp_path):
    shutil.copytree(SEEDS, tmp_path / "raw")
    # a corrections line that cannot apply: the run says so, with a command that reads this run's warehouse
    (tmp_path / "corrections.csv").write_text(
        "action,source,metric,evidence,field,value,note,author\nreject,nowhere.txt,jobs_created,không có,,,,\n",
        encoding="utf-8")
    env = {**os.environ, "MOLISA_RAW_DIR": str(tmp_path / "raw"), "MOLISA_WAREHOUSE": str(tmp_path / "wh"),
           "DAGSTER_HOME": str(tmp_path / "home"), "MOLISA_CORRECTIONS": str(tmp_path / "corrections.csv")}
    first = subprocess.run([MOLISA, "run"], env=env, capture_output=True, text=True, timeout=300)
    assert first.returncode == 0, first.stderr
    assert f"`MOLISA_WAREHOUSE={tmp_path / 'wh'} molisa sql \"select line_no, problem from corrections_log" in first.stderr
    second = subprocess.run([MOLISA, "run"], env=env, capture_output=True, text=True, timeout=60)
    assert second.returncode == 0, second.stderr
    assert "nothing to do" in second.stderr
    last_line = first.stdout.splitlines()[-2]  # "molisa: run <id> ok in …: 5 documents …, warehouse snapshot N"
    assert second.stdout.strip().endswith(last_line.split(": ", 2)[2])
    with dg.DagsterInstance.from_config(str(tmp_path / "home")) as instance:
        assert len(instance.get_runs()) == 1


def test_the_file_sensor_compares_what_molisa_run_compares(tmp_path, monkeypatch):
    from orchestration.sensors import raw_files_sensor

    shutil.copytree(SEEDS, tmp_path / "raw")
    monkeypatch.setenv("MOLISA_RAW_DIR", str(tmp_path / "raw"))
    first = dg.build_sensor_context(cursor=None)
    assert isinstance(raw_files_sensor(first), dg.SkipReason)
    again = dg.build_sensor_context(cursor=first.cursor)
    assert isinstance(raw_files_sensor(again), dg.SkipReason)
    name = sorted((tmp_path / "raw").glob("*.txt"))[0].name
    (tmp_path / "raw" / "sources.csv").write_text(f"path,url\n{name},https://example.vn/a\n", encoding="utf-8")
    assert isinstance(raw_files_sensor(dg.build_sensor_context(cursor=first.cursor)), dg.RunRequest)
