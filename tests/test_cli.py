"""The molisa CLI against the shared seed warehouse."""

import json
import os
import subprocess
import sys

from orchestration.cli import main


def test_sql_json_prints_one_array(seed_warehouse, capsys, monkeypatch):
    monkeypatch.setenv("MOLISA_WAREHOUSE", str(seed_warehouse))
    assert main(["sql", "--json", "select count(*) as n from facts"]) == 0
    rows = json.loads(capsys.readouterr().out)
    assert rows == [{"n": 42}]


def test_sql_is_read_only(seed_warehouse, capsys, monkeypatch):
    monkeypatch.setenv("MOLISA_WAREHOUSE", str(seed_warehouse))
    assert main(["sql", "drop table facts"]) == 1
    assert "read-only" in capsys.readouterr().err
    assert main(["sql", "--json", "select count(*) as n from facts"]) == 0


def test_versions_name_asset_run_and_code_version(seed_warehouse, capsys, monkeypatch):
    monkeypatch.setenv("MOLISA_WAREHOUSE", str(seed_warehouse))
    assert main(["versions", "--json"]) == 0
    snaps = json.loads(capsys.readouterr().out)
    by_asset = {s["asset"]: s for s in snaps if s["asset"]}
    assert {"raw_documents", "documents", "facts"} <= set(by_asset)
    assert by_asset["facts"]["code_version"].startswith("extract-") and by_asset["facts"]["run_id"]


def test_missing_warehouse_is_a_one_line_error(tmp_path):
    env = {**os.environ, "MOLISA_WAREHOUSE": str(tmp_path / "nowhere")}
    proc = subprocess.run([sys.executable, "-m", "orchestration.cli", "sql", "select 1"], env=env,
                          capture_output=True, text=True)
    assert proc.returncode == 1
    assert proc.stderr.strip().startswith("molisa: no warehouse at") and proc.stderr.count("\n") == 1
