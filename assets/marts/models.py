"""SQL models under sql/: loaded by name, created as views, re-created only when their SQL changes."""

from __future__ import annotations

import hashlib
from pathlib import Path

import duckdb

from assets.warehouse import lake

LAYERS = ("staging", "intermediate", "marts")
MART_KEYS = {
    "mart_metric_yoy": ("province_2025", "province", "district", "metric", "period", "year"),
    "mart_plan_attainment": ("target_fact_id",),
    "mart_province_year": ("province_2025", "province", "year"),
}


def model_files() -> list[Path]:
    """Every model file, staging first, then intermediate, then marts."""
    return [path for layer in LAYERS for path in sorted((lake.SQL_DIR / layer).glob("*.sql"))]


def stale_models(con: duckdb.DuckDBPyConnection) -> list[tuple[str, str, str]]:
    """(name, sql, sha) of the models whose view is missing or was made from other SQL."""
    known = dict(con.execute("select name, sql_sha from sql_models").fetchall())
    views = {row[0] for row in con.execute("select view_name from duckdb_views() where database_name = ?",
                                            [lake.ALIAS]).fetchall()}
    out = []
    for path in model_files():
        sql = path.read_text(encoding="utf-8").strip().rstrip(";")
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
