"""`molisa connect`: what a BI tool needs to open this warehouse, with every path resolved.

Two ways in. The serving file (`serving.duckdb`) is a plain DuckDB database of the last complete run:
any DuckDB 1.0 or later opens it with no extension, so it is the default for every tool. The full
warehouse (every table, time travel) needs the `ducklake` and `sqlite_scanner` extensions of the same
DuckDB version as this project: installed once from the files in this project's wheels, then attached
by the init SQL below on each connection.
"""

from __future__ import annotations

from pathlib import Path

import duckdb

from assets.warehouse import lake, serving

TOOLS = ("duckdb", "harlequin", "superset", "evidence", "metabase", "python")
EXTENSIONS = {"ducklake": "duckdb_extension_ducklake", "sqlite_scanner": "duckdb_extension_sqlite_scanner"}


def install_sql() -> list[str]:
    """The one-time INSTALL of the extensions from this project's wheels (into ~/.duckdb/extensions)."""
    return [f"INSTALL '{lake._quote(lake.extension_path(package))}'" for package in EXTENSIONS.values()]


def init_sql(warehouse: Path | str, snapshot: int | None = None) -> list[str]:
    """What each new connection runs to open the full warehouse read-only (after install_sql once)."""
    folder = Path(warehouse).resolve()
    return [*(f"LOAD {name}" for name in EXTENSIONS), lake.attach_sql(folder, read_only=True, snapshot=snapshot),
            f"USE {lake.ALIAS}"]


def last_complete_snapshot(warehouse: Path | str) -> int | None:
    """The warehouse snapshot the serving file was written from: the state of the last complete run."""
    info = serving.current_info(serving.serving_path(warehouse))
    return int(info["warehouse_snapshot"]) if info else None


def _statements(lines: list[str]) -> str:
    return "\n".join(f"{line};" for line in lines)


def recipe(tool: str | None, warehouse: Path | str, pin: bool = False) -> str:
    """The text `molisa connect --for TOOL` prints (every tool when ``tool`` is None)."""
    folder = Path(warehouse).resolve()
    serving_file = serving.serving_path(folder)
    snapshot = last_complete_snapshot(folder) if pin else None
    init = _statements(init_sql(folder, snapshot))
    install = _statements(install_sql())
    version = duckdb.__version__
    common = {
        "serving": serving_file,
        "init": init,
        "install": install,
        "init_one_line": " ".join(f"{line};" for line in init_sql(folder, snapshot)),
        "version": version,
        "init_list": init_sql(folder, snapshot),
    }
    texts = {
        "duckdb": """\
# DuckDB CLI: pip install duckdb-cli=={version}   (the extensions are built for DuckDB {version})
# The serving file (last complete run, no extension):
duckdb -readonly '{serving}'
# The full warehouse (every table, time travel). Once per machine and user:
duckdb -c "{install}"
# Then in each session (or save it in a file and start with: duckdb -init FILE):
{init}""",
        "harlequin": """\
# Harlequin (pip install harlequin): the serving file, read-only
harlequin --read-only '{serving}'
# The full warehouse needs Harlequin's DuckDB to be {version}: after the one-time install below,
# put the init SQL in a file and start with: harlequin --init-path FILE
{install}
{init}""",
        "superset": """\
# Apache Superset (duckdb-engine installed): Database → Connect → Other, SQLAlchemy URI:
duckdb:///{serving}
# Advanced → Other → Engine parameters (read-only, so a run can replace the file under it):
{{"connect_args": {{"read_only": true}}}}
# Superset cannot run init SQL on each connection: the full warehouse is not offered here.""",
        "evidence": """\
# Evidence (@evidence-dev/duckdb ships DuckDB 1.4: it opens the serving file, not the DuckLake).
# sources/molisa/connection.yaml:
name: molisa
type: duckdb
options:
  filename: {serving}
# then SQL files in sources/molisa/ (e.g. select * from mart_province_year) and `npm run sources`.""",
        "metabase": """\
# Metabase with the DuckDB driver (a JDBC driver): Admin → Databases → Add → DuckDB
#   Database file: {serving}
#   Establish a read-only connection: on
# The full warehouse needs the driver's DuckDB to be {version}; put in its init SQL field:
{init_one_line}""",
        "python": """\
# Python, any environment with duckdb (1.0 or later) and, for pandas, sqlalchemy + duckdb-engine:
import duckdb, pandas as pd, sqlalchemy as sa
con = duckdb.connect('{serving}', read_only=True)
frame = con.execute('select * from mart_province_year').df()
con.close()  # one process opens a file with one configuration at a time: close before using SQLAlchemy
# SQLAlchemy: NullPool opens the file anew for each query, so a new run's file is seen at once.
engine = sa.create_engine('duckdb:///{serving}', connect_args={{'read_only': True}}, poolclass=sa.pool.NullPool)
frame = pd.read_sql('select * from mart_metric_yoy', engine)
# The full warehouse (duckdb {version}, after the one-time install): the init SQL on each new connection
INIT_SQL = {init_list!r}
warehouse = sa.create_engine('duckdb:///:memory:', poolclass=sa.pool.NullPool)
sa.event.listen(warehouse, 'connect', lambda dbapi, _record: [dbapi.execute(s) for s in INIT_SQL])
frame = pd.read_sql('select * from facts', warehouse)""",
    }
    header = (f"# warehouse {folder}\n# serving file {serving_file}"
              + ("" if serving_file.exists() else " (not written yet: run `molisa run`)")
              + (f"\n# pinned to snapshot {snapshot}, the last complete run" if snapshot is not None else ""))
    chosen = [tool] if tool else list(TOOLS)
    return "\n\n".join([header, *(texts[name].format(**common) for name in chosen)]) + "\n"
