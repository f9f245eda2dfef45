"""`molisa connect` prints SQL that opens this warehouse, also after its folder was moved."""

import re
import shutil
from pathlib import Path

import duckdb
import pytest

from assets.warehouse import serving
from orchestration.cli import main
from orchestration.connect import TOOLS


@pytest.fixture
def moved(seed_warehouse, tmp_path) -> Path:
    """The seed warehouse copied, then its folder moved (renamed): the catalog remembers neither path."""
    shutil.copytree(seed_warehouse, tmp_path / "before")
    (tmp_path / "before").rename(tmp_path / "after")
    return tmp_path / "after"


def cli(capsys, *args: str) -> tuple[int, str, str]:
    code = main(list(args))
    out, err = capsys.readouterr()
    return code, out, err


def statements(text: str) -> list[str]:
    """The SQL statements of a printed recipe (lines starting with INSTALL, LOAD, ATTACH or USE)."""
    lines = (line.removeprefix('duckdb -c "').rstrip('";') for line in text.splitlines())
    return [line for line in lines if re.match(r"^(INSTALL|LOAD|ATTACH|USE) ", line)]


def test_moved_folder_opens_through_the_cli(moved, seed_warehouse, capsys, monkeypatch):
    monkeypatch.setenv("MOLISA_WAREHOUSE", str(seed_warehouse))
    _, expected, _ = cli(capsys, "sql", "--json", "select count(*) as n from facts")
    monkeypatch.setenv("MOLISA_WAREHOUSE", str(moved))
    code, out, err = cli(capsys, "sql", "--json", "select count(*) as n from facts")
    assert (code, out, err) == (0, expected, "")
    assert cli(capsys, "versions", "--json")[0] == 0


def test_connect_sql_opens_the_moved_folder_in_a_fresh_duckdb(moved, seed_warehouse, capsys, monkeypatch, tmp_path):
    monkeypatch.setenv("MOLISA_WAREHOUSE", str(moved))
    code, out, _ = cli(capsys, "connect", "--for", "duckdb")
    assert code == 0 and str(seed_warehouse) not in out
    sql = statements(out)
    assert [s.split()[0] for s in sql] == ["INSTALL", "INSTALL", "LOAD", "LOAD", "ATTACH", "USE"]
    assert f"'{moved}/data/'" in sql[4] and "READ_ONLY" in sql[4]
    # A clean DuckDB as a BI host has it: nothing installed, nothing may be fetched.
    con = duckdb.connect(config={"extension_directory": str(tmp_path / "extensions"),
                                 "autoinstall_known_extensions": False, "autoload_known_extensions": False})
    for statement in sql:
        con.execute(statement)
    facts = con.execute("select count(*) from facts").fetchone()[0]
    assert facts > 0
    assert con.execute("select count(*) from mart_metric_yoy").fetchone()[0] > 0  # Parquet files read from `moved`
    con.close()


def test_connect_pins_the_last_complete_run(moved, capsys, monkeypatch):
    monkeypatch.setenv("MOLISA_WAREHOUSE", str(moved))
    snapshot = serving.current_info(moved / serving.SERVING_FILE)["warehouse_snapshot"]
    code, out, _ = cli(capsys, "connect", "--for", "metabase", "--pin")
    assert code == 0 and f"SNAPSHOT_VERSION {snapshot}" in out


@pytest.mark.parametrize("tool", TOOLS)
def test_every_tool_gets_the_serving_file_path(moved, capsys, monkeypatch, tool):
    monkeypatch.setenv("MOLISA_WAREHOUSE", str(moved))
    code, out, err = cli(capsys, "connect", "--for", tool)
    assert code == 0 and err == ""
    assert str(moved / serving.SERVING_FILE) in out
