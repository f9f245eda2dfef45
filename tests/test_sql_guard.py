"""`molisa sql` reads the warehouse and nothing else: no file written or read outside it, no extension."""

import duckdb
import pytest

from assets.warehouse import guard
from orchestration.cli import main

REFUSED = "runs queries only"
LOCKED = "disabled by configuration"


@pytest.fixture
def sql(seed_warehouse, monkeypatch, capsys):
    monkeypatch.setenv("MOLISA_WAREHOUSE", str(seed_warehouse))

    def _sql(query: str) -> tuple[int, str, str]:
        code = main(["sql", "--json", query])
        out, err = capsys.readouterr()
        return code, out, err

    return _sql


def test_ordinary_queries_still_work(sql):
    code, out, _ = sql("with f as (select metric from facts) select count(*) as n from f")
    assert code == 0 and '"n": ' in out
    assert sql("describe facts")[0] == 0
    assert sql("select count(*) as n from wh.snapshots()")[0] == 0
    assert sql("select count(*) as n from mart_metric_yoy")[0] == 0  # views read the Parquet files


@pytest.mark.parametrize(("query", "expected"), [
    ("COPY (select 1) TO '{tmp}/out.csv'", "statement 1 is COPY"),
    ("select 1; COPY facts TO '{wh}/data/stray.csv'", "statement 2 is COPY"),
    ("ATTACH '{tmp}/new.duckdb' AS other", "statement 1 is ATTACH"),
    ("INSTALL httpfs", "statement 1 is INSTALL or LOAD"),
    ("LOAD '{tmp}/any.duckdb_extension'", "statement 1 is INSTALL or LOAD"),
    ("select * from read_text('/etc/hostname')", LOCKED),
    ("select * from read_csv('{tmp}/*.csv')", LOCKED),
    ("select count(*) from glob('/etc/*')", LOCKED),
])
def test_writes_and_reads_outside_the_warehouse_fail_clearly(sql, seed_warehouse, tmp_path, query, expected):
    (tmp_path / "in.csv").write_text("a\n1\n")
    code, out, err = sql(query.format(tmp=tmp_path, wh=seed_warehouse))
    assert code == 1 and out == ""
    assert expected in err and err.startswith("molisa: ")
    assert REFUSED in err or "reads the warehouse only" in err
    assert sorted(p.name for p in tmp_path.iterdir()) == ["in.csv"]
    assert not (seed_warehouse / "data" / "stray.csv").exists()


def test_lock_down_itself_blocks_files_and_settings(seed_warehouse, connect, tmp_path):
    # The statement filter aside, the locked session refuses on its own.
    con = connect(seed_warehouse, read_only=True)
    guard.lock_down(con, seed_warehouse)
    for statement in (f"COPY (select 1) TO '{tmp_path}/x.csv'", f"ATTACH '{tmp_path}/x.duckdb' AS x",
                      "select * from read_text('/etc/hostname')", "INSTALL httpfs"):
        with pytest.raises(duckdb.PermissionException):
            con.execute(statement)
    with pytest.raises(duckdb.Error, match="configuration has been locked"):
        con.execute("SET enable_external_access = true")
    assert list(tmp_path.iterdir()) == []
    assert con.execute("select count(*) from mart_metric_yoy").fetchone()[0] > 0
