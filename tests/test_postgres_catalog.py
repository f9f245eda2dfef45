"""Scale-out configuration: the DuckLake catalog on PostgreSQL, data files in a folder standing in for
object storage. Starts a throwaway PostgreSQL server with initdb/pg_ctl; skips where there is none."""

import os
import shutil
import socket
import subprocess
import tempfile
from pathlib import Path

import pytest

from assets.warehouse import lake as warehouse
from tests.conftest import SEEDS, run_pipeline

PG_BIN = next((Path(p).parent for p in (shutil.which("pg_ctl"), shutil.which("initdb")) if p), None)
FACTS = "select metric, value, year, period, province, district, evidence from facts order by all"


def _as_postgres(cmd: list[str]) -> list[str]:
    # initdb and postgres refuse to run as root: run them as the postgres user where we are root.
    return ["runuser", "-u", "postgres", "--", *cmd] if os.geteuid() == 0 else cmd


@pytest.fixture(scope="module")
def postgres():
    if PG_BIN is None or shutil.which("initdb") is None:
        pytest.skip("no PostgreSQL server binaries (initdb, pg_ctl) on this machine: apt install postgresql")
    if os.geteuid() == 0 and shutil.which("runuser") is None:
        pytest.skip("running as root without runuser: PostgreSQL cannot be started")
    # Not under pytest's tmp folder: that one is private to its user and the server runs as postgres.
    base = Path(tempfile.mkdtemp(prefix="molisa-pg-"))
    data, sockets = base / "data", base / "sock"
    sockets.mkdir()
    if os.geteuid() == 0:
        shutil.chown(base, "postgres")
        shutil.chown(sockets, "postgres")
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    subprocess.run(_as_postgres(["initdb", "-D", str(data), "-U", "molisa", "--auth=trust", "-E", "UTF8"]),
                   check=True, capture_output=True)
    subprocess.run(_as_postgres(["pg_ctl", "-D", str(data), "-l", str(base / "log"), "-w", "start", "-o",
                                 f"-p {port} -k {sockets} -c listen_addresses=127.0.0.1"]), check=True, capture_output=True)
    try:
        yield f"postgres:dbname=postgres host=127.0.0.1 port={port} user=molisa"
    finally:
        subprocess.run(_as_postgres(["pg_ctl", "-D", str(data), "-m", "immediate", "stop"]), capture_output=True)
        shutil.rmtree(base, ignore_errors=True)


def test_pipeline_on_a_postgres_catalog_gives_the_seed_facts(postgres, seed_warehouse, tmp_path, monkeypatch):
    seeds = tmp_path / "raw"
    shutil.copytree(SEEDS, seeds)
    store = tmp_path / "object-store"  # stands in for s3://bucket/molisa/
    monkeypatch.setenv("MOLISA_CATALOG", postgres)
    result = run_pipeline(seeds, store)
    assert result.success
    con = warehouse.connect(store, read_only=True)
    try:
        facts = con.execute(FACTS).fetchall()
        parquet = list((store / "data").rglob("*.parquet"))
    finally:
        con.close()
    assert parquet and not (store / warehouse.CATALOG_FILE).exists()  # metadata lives in PostgreSQL
    monkeypatch.delenv("MOLISA_CATALOG")
    con = warehouse.connect(seed_warehouse, read_only=True)
    try:
        assert facts == con.execute(FACTS).fetchall()
    finally:
        con.close()
