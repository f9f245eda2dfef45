"""The molisa CLI against the shared seed warehouse."""

import json
import os
import subprocess
import sys

from orchestration.cli import main, summary


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
    # the tables each snapshot changed, by name (DuckLake's own changes give most by table id)
    assert "facts" in by_asset["facts"]["tables"].split(", ") and "raw_documents" in by_asset["raw_documents"]["tables"]
    # the table view shows the names only; DuckLake's own change record (tables by internal id) stays in --json
    assert main(["versions"]) == 0
    assert "inlined_insert" not in capsys.readouterr().out and "changes" in snaps[0]


def test_missing_warehouse_is_a_one_line_error(tmp_path):
    env = {**os.environ, "MOLISA_WAREHOUSE": str(tmp_path / "nowhere")}
    proc = subprocess.run([sys.executable, "-m", "orchestration.cli", "sql", "select 1"], env=env,
                          capture_output=True, text=True)
    assert proc.returncode == 1
    assert proc.stderr.strip().startswith("molisa: no warehouse at") and proc.stderr.count("\n") == 1


def test_bad_settings_and_gold_files_are_one_line_errors(tmp_path, seed_warehouse, capsys, monkeypatch):
    monkeypatch.setenv("MOLISA_WAREHOUSE", str(seed_warehouse))
    bad = tmp_path / "gold.jsonl"
    bad.write_text('{"file": "a.txt", "metric": "jobs_created", "value": 1}\n{bad\n', encoding="utf-8")
    cases = [
        (["eval", str(tmp_path / "missing.jsonl")], {}, "cannot read the gold file"),
        (["eval", str(bad)], {}, f"{bad} line 2: not a JSON object"),
        (["run"], {"MOLISA_RAW_DIR": str(tmp_path / "nowhere")}, "is not a folder"),
        (["run"], {"MOLISA_MAX_BYTES": "abc", "MOLISA_RAW_DIR": str(tmp_path)}, "MOLISA_MAX_BYTES is 'abc'"),
    ]
    for argv, env, message in cases:
        for name, value in env.items():
            monkeypatch.setenv(name, value)
        assert main(argv) == 1, argv
        err = capsys.readouterr().err
        assert err.startswith("molisa: ") and message in err and err.count("\n") == 1, err
        for name in env:
            monkeypatch.delenv(name)


def test_eval_says_what_it_scores_and_when_no_gold_document_is_in_the_warehouse(tmp_path, seed_warehouse, capsys,
                                                                               monkeypatch):
    monkeypatch.setenv("MOLISA_WAREHOUSE", str(seed_warehouse))
    gold = tmp_path / "gold.jsonl"
    gold.write_text('{"file": "elsewhere.txt", "metric": "jobs_created", "value": 1}\n', encoding="utf-8")
    assert main(["eval", str(gold)]) == 0
    err = capsys.readouterr().err
    assert "corrections are not applied" in err and "none of the 1 documents" in err


def test_the_run_summary_counts_documents_without_facts_and_facts_after_corrections(seed_warehouse):
    counts = summary(str(seed_warehouse))
    assert counts["documents"] == 5 and counts["facts"] == 42
    assert counts["without_facts"] == 0  # every seed article gives facts
    assert counts["reviewed"] == 42 and counts["corrections_not_applied"] == 0  # no corrections file for the seeds


def test_sql_prints_amounts_in_full(seed_warehouse, capsys, monkeypatch):
    """An amount in đồng prints as its digits ("115751950000"), not "1.1575e11"."""
    monkeypatch.setenv("MOLISA_WAREHOUSE", str(seed_warehouse))
    assert main(["sql", "select 115751950000.0 as amount"]) == 0
    out = capsys.readouterr().out
    assert "115751950000" in out and "e11" not in out


def test_sql_prints_a_column_with_no_text(seed_warehouse, capsys, monkeypatch):
    """A text column all NULL ("describe documents": its keys) prints as a table like any other."""
    monkeypatch.setenv("MOLISA_WAREHOUSE", str(seed_warehouse))
    assert main(["sql", "describe documents"]) == 0
    assert main(["sql", "select cast(null as varchar) as nothing, 1 as one"]) == 0
    assert "nothing" in capsys.readouterr().out


def test_a_selection_of_no_asset_is_refused(tmp_path, capsys, monkeypatch):
    """'group:Serve' (a group's name spelt otherwise) selects nothing: refused, naming the groups, and no run starts
    (Dagster would have run every asset for an empty selection); a corrections file named but missing is warned of."""
    raw = tmp_path / "raw"
    raw.mkdir()
    monkeypatch.setenv("MOLISA_RAW_DIR", str(raw))
    monkeypatch.setenv("MOLISA_WAREHOUSE", str(tmp_path / "warehouse"))
    monkeypatch.setenv("DAGSTER_HOME", str(tmp_path / "home"))
    monkeypatch.setenv("MOLISA_CORRECTIONS", str(tmp_path / "corections.csv"))  # mistyped
    assert main(["run", "--select", "group:Serve"]) == 1
    err = capsys.readouterr().err
    assert "selects no asset" in err and "collect, facts, serve" in err
    assert "corections.csv, which does not exist" in err
    assert not (tmp_path / "warehouse").exists()
