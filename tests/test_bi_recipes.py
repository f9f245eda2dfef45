"""The README's BI recipes, run as printed by `molisa connect`, in an environment without this project.

One throwaway virtualenv per session (made with uv from the registry): DuckDB 1.4 (what Evidence
ships), pandas + SQLAlchemy + duckdb-engine, and the DuckDB CLI 1.5.5 (`duckdb-cli`, whose binary
matches the extension files in this project's wheels). Skipped, with the reason, when the registry
cannot be reached.
"""

import re
import shlex
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from assets.serving.asset import METRIC_NAMES_TABLE, SERVED_TABLES
from assets.warehouse import serving
from orchestration.cli import main
from tests.conftest import ROOT

PACKAGES = ["duckdb==1.4.*", "duckdb-cli==1.5.5", "duckdb-engine", "sqlalchemy", "pandas"]


@pytest.fixture(scope="session")
def bi_venv(tmp_path_factory) -> Path:
    uv = ROOT / ".tools" / "bin" / "uv"
    uv = str(uv) if uv.exists() else shutil.which("uv")
    if uv is None:
        pytest.skip("uv is not installed (make install bootstraps it into .tools/)")
    venv = tmp_path_factory.mktemp("bi") / "venv"
    steps = [[uv, "venv", "--quiet", "--python", sys.executable, str(venv)],
             [uv, "pip", "install", "--quiet", "--python", str(venv / "bin" / "python"), *PACKAGES]]
    for step in steps:
        try:
            done = subprocess.run(step, capture_output=True, text=True, timeout=600)
        except subprocess.TimeoutExpired:
            pytest.skip(f"installing {' '.join(PACKAGES)} from the registry took over 10 minutes")
        if done.returncode:
            reason = (done.stderr.strip().splitlines() or ["no message"])[-1]
            pytest.skip(f"cannot install {' '.join(PACKAGES)} from the registry (offline?): {reason}")
    return venv


def recipe(capsys, monkeypatch, warehouse: Path, tool: str) -> str:
    monkeypatch.setenv("MOLISA_WAREHOUSE", str(warehouse))
    assert main(["connect", "--for", tool]) == 0
    return capsys.readouterr().out


def counts(warehouse: Path) -> dict[str, int]:
    import duckdb

    with duckdb.connect(str(warehouse / serving.SERVING_FILE), read_only=True) as con:
        return {table: con.execute(f"select count(*) from {table}").fetchone()[0] for table in SERVED_TABLES}


def run(args: list[str], home: Path, **kwargs) -> subprocess.CompletedProcess:
    """A command as an analyst runs it: its own HOME (extensions install there), not in this repo."""
    done = subprocess.run(args, capture_output=True, text=True, timeout=300, cwd=home,
                          env={"HOME": str(home), "PATH": "/usr/bin:/bin"}, **kwargs)
    assert done.returncode == 0, done.stderr
    return done


def test_duckdb_cli_recipe_opens_the_serving_file_and_the_full_warehouse(bi_venv, seed_warehouse, capsys,
                                                                         monkeypatch, tmp_path):
    text = recipe(capsys, monkeypatch, seed_warehouse, "duckdb")
    cli = str(bi_venv / "bin" / "duckdb")
    assert "1.5.5" in run([cli, "--version"], tmp_path).stdout
    expected = counts(seed_warehouse)
    # The serving file: the printed command, with a query.
    open_serving = next(line for line in text.splitlines() if line.startswith("duckdb -readonly "))
    args = [cli, *shlex.split(open_serving)[1:], "-csv", "-noheader", "-c", "select count(*) from mart_metric_yoy"]
    assert run(args, tmp_path).stdout.strip() == str(expected["mart_metric_yoy"])
    # The full warehouse: the one-time install, then the init SQL in a file given to -init.
    install = re.search(r'^duckdb -c "(.*?)"$', text, re.M | re.S).group(1)
    run([cli, "-c", install], tmp_path)
    init = tmp_path / "molisa.sql"
    init.write_text("\n".join(line for line in text.splitlines() if re.match(r"^(LOAD|ATTACH|USE) ", line)) + "\n")
    done = run([cli, "-init", str(init), "-csv", "-noheader", "-c", "select count(*) from facts"], tmp_path,
               stdin=subprocess.DEVNULL)
    assert done.stdout.strip().splitlines()[-1] == str(expected["facts"])


def test_pandas_through_sqlalchemy_in_a_venv_without_this_project(bi_venv, seed_warehouse, capsys, monkeypatch,
                                                                  tmp_path):
    python = str(bi_venv / "bin" / "python")
    absent = subprocess.run([python, "-c", "import orchestration"], capture_output=True, text=True, cwd=tmp_path)
    assert absent.returncode != 0  # this venv really has no molisa code
    text = recipe(capsys, monkeypatch, seed_warehouse, "python")
    code = text[text.index("import duckdb"):text.index("# The full warehouse")]
    script = tmp_path / "recipe.py"
    script.write_text(code + "print(len(frame), frame.columns[0])\n")
    out = run([python, str(script)], tmp_path).stdout.split()
    assert out == [str(counts(seed_warehouse)["mart_metric_yoy"]), "province_2025"]


def test_serving_file_opens_in_duckdb_1_4(bi_venv, seed_warehouse, tmp_path):
    probe = (
        "import duckdb, sys\n"
        "con = duckdb.connect(sys.argv[1], read_only=True)\n"
        "tables = sorted(r[0] for r in con.execute('show tables').fetchall())\n"
        "print(duckdb.__version__, ','.join(tables), con.execute('select count(*) from facts').fetchone()[0],"
        " con.execute('select min(period_start) from mart_metric_yoy').fetchone()[0])\n"
    )
    done = run([str(bi_venv / "bin" / "python"), "-c", probe, str(seed_warehouse / serving.SERVING_FILE)], tmp_path)
    version, tables, facts, first_date = done.stdout.split()
    assert version.startswith("1.4.")
    assert tables.split(",") == sorted([*SERVED_TABLES, serving.INFO_TABLE, METRIC_NAMES_TABLE])
    assert int(facts) == counts(seed_warehouse)["facts"]
    assert re.fullmatch(r"\d{4}-\d{2}-\d{2}", first_date)
