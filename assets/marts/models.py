"""SQL models under sql/: staging and intermediate models are views (re-created only when their SQL changes), the
marts tables that their assets write from the mart SQL (BI tools and the serving file read stored rows, not a query
over every fact)."""

from __future__ import annotations

import hashlib
from pathlib import Path

import duckdb

from assets.warehouse import lake

LAYERS = ("staging", "intermediate", "marts")
VIEW_LAYERS = ("staging", "intermediate")
MART_KEYS = {
    "mart_metric_yoy": ("province_2025", "province", "district", "metric", "period", "year"),
    "mart_plan_attainment": ("target_fact_id",),
    "mart_province_year": ("province_2025", "province", "year"),
}


def model_files(layers: tuple[str, ...] = LAYERS) -> list[Path]:
    """Every model file of ``layers``, staging first, then intermediate, then marts."""
    return [path for layer in layers for path in sorted((lake.SQL_DIR / layer).glob("*.sql"))]


def _sql(path: Path) -> str:
    return path.read_text(encoding="utf-8").strip().rstrip(";")


def model_sql(layer: str, name: str) -> str:
    """The query of model ``name`` of ``layer`` (sql/<layer>/<name>.sql)."""
    return _sql(lake.SQL_DIR / layer / f"{name}.sql")


def mart_sql(name: str) -> str:
    """The query of mart ``name`` (sql/marts/<name>.sql)."""
    return model_sql("marts", name)


def models_version() -> str:
    """A hash of every model file: what a mart's rows follow from besides the tables they read."""
    return hashlib.sha256("".join(_sql(path) for path in model_files()).encode()).hexdigest()[:16]


def stale_models(con: duckdb.DuckDBPyConnection) -> list[tuple[str, str, str]]:
    """(name, sql, sha) of the view models whose view is missing or was made from other SQL."""
    known = dict(con.execute("select name, sql_sha from sql_models").fetchall())
    views = {row[0] for row in con.execute("select view_name from duckdb_views() where database_name = ?",
                                            [lake.ALIAS]).fetchall()}
    out = []
    for path in model_files(VIEW_LAYERS):
        sql = _sql(path)
        sha = hashlib.sha256(sql.encode()).hexdigest()[:16]
        if known.get(path.stem) != sha or path.stem not in views:
            out.append((path.stem, sql, sha))
    return out


def create_views(con: duckdb.DuckDBPyConnection, message: str, extra: dict) -> list[str]:
    """Create or replace the stale views in one snapshot; returns their names."""
    stale = stale_models(con)
    if not stale:
        return []
    with lake.transaction(con, message, extra):
        for name, sql, sha in stale:
            # View names come from file names under sql/, never from input data.
            con.execute(f"create or replace view {name} as {sql}")
            con.execute("delete from sql_models where name = ?", [name])
            con.execute("insert into sql_models values (?, ?)", [name, sha])
    return [name for name, _, _ in stale]


def duplicate_keys(con: duckdb.DuckDBPyConnection, mart: str, rows: str | None = None) -> int:
    """How many key values of a mart (read from table ``rows`` if given) occur more than once."""
    keys = ", ".join(MART_KEYS[mart])
    return con.execute(
        f"select count(*) from (select {keys} from {rows or mart} group by all having count(*) > 1)"
    ).fetchone()[0]


def stored_columns(con: duckdb.DuckDBPyConnection, name: str) -> list[tuple[str, str]] | None:
    """(column, type) of warehouse table ``name``; None when there is no such table (none yet, or the view that
    earlier versions made of a mart)."""
    if not con.execute("select 1 from duckdb_tables() where database_name = ? and schema_name = 'main' "
                       "and table_name = ?", [lake.ALIAS, name]).fetchone():
        return None
    return [(row[0], row[1]) for row in con.execute(f'describe {lake.ALIAS}.main."{name}"').fetchall()]


def write_mart(con: duckdb.DuckDBPyConnection, name: str, rows: str, message: str, extra: dict) -> None:
    """Store the rows of temporary table ``rows`` as warehouse table ``name``, in one snapshot: its rows replaced
    when it has the same columns (`molisa diff` matches them on the mart's grain, so the rows that differ show as
    updates; writing only those took a second more at 20,000 pages), else (a first build, a mart whose SQL changed its
    columns, the view of an earlier version) created anew."""
    same_columns = stored_columns(con, name) == [(r[0], r[1]) for r in con.execute(f"describe {rows}").fetchall()]
    is_view = con.execute("select 1 from duckdb_views() where database_name = ? and view_name = ?",
                          [lake.ALIAS, name]).fetchone()
    # Names come from file names under sql/marts, never from input data.
    with lake.transaction(con, message, extra):
        if same_columns:
            con.execute(f'delete from "{name}"')
            con.execute(f'insert into "{name}" select * from {rows}')
            return
        con.execute(f'drop {"view" if is_view else "table"} if exists "{name}"')
        con.execute(f'create table "{name}" as select * from {rows}')
        con.execute("delete from sql_models where name = ?", [name])
