"""Key-local marts brought up to date after a small change: only the rows whose facts changed are worked out again.

mart_metric_yoy's row for a key (place, metric, period, year) reads only the reported facts of that key and of the same
key a year earlier (its prev_value), so after a change it is the full query's rows for the keys whose facts changed and
the same keys a year on, read from the facts of those keys and a year before them; mart_plan_attainment's rows read only
the facts of their place, metric and year. At 100,000 pages the full yoy query ranked every one of 556,000 facts (3 s of
a 1 % change run); the update reads the facts of the changed keys.

The same model SQL files as the views are run, over session tables of the facts in scope (names swapped, nothing
rewritten by hand), so a model edit moves both ways alike. A mart whose row reads other keys than its ``Locality`` says (a
national total of provinces, a rank across places) must not be listed in ``KEY_LOCAL``: ``tests/test_small_change.py``
compares the update with the full query after each kind of change.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

import duckdb

from assets.marts.models import MART_KEYS, model_sql
from assets.warehouse import lake


@dataclass(frozen=True)
class Locality:
    """How a mart's rows follow from the facts: a row reads only the facts of its ``keys`` (columns of the facts and of
    the mart's rows), in the years ``reads`` from its own; ``models`` is the chain of models its query reads (each reads
    the one before, the first the facts), run over the facts in scope in turn."""

    keys: tuple[str, ...]
    models: tuple[tuple[str, str], ...]
    reads: tuple[int, ...] = (0,)


# The marts whose rows are key-local. mart_metric_yoy: a key's row and the same key a year earlier (its prev_value);
# mart_plan_attainment: a target's row reads the results of its place, metric and year, a plan beside its result that
# result's own fact.
KEY_LOCAL = {
    "mart_metric_yoy": Locality(MART_KEYS["mart_metric_yoy"], (("staging", "stg_facts"), ("intermediate", "int_facts_chosen")),
                                (0, -1)),
    "mart_plan_attainment": Locality(("province_2025", "province", "district", "metric", "year"), (("staging", "stg_facts"),)),
}
# The table the first model reads, whose changed rows (and those of changed documents) name the keys to work out again.
FACTS = "facts_reviewed"
# Above this share of the mart's rows touched, the full query costs less than the update.
MAX_TOUCHED = 0.2
# Session tables of the update.
TOUCHED, AFFECTED, READ = "mart_keys_touched", "mart_keys_affected", "mart_keys_read"


def _same_key(left: str, right: str, keys: tuple[str, ...]) -> str:
    """SQL: ``left`` and ``right`` have the same key (a NULL district matching a NULL district)."""
    return " and ".join(f'{left}."{k}" is not distinct from {right}."{k}"' for k in keys)


def _year_shifted(table: str, keys: tuple[str, ...], by: int) -> str:
    """SQL: the keys of ``table`` with the year moved by ``by``."""
    return "select " + ", ".join(f'"{k}" + {by} as "{k}"' if k == "year" else f'"{k}"' for k in keys) + f" from {table}"


def touched_sql(keys: tuple[str, ...], since: dict[str, int], now: int) -> str | None:
    """SQL: the keys of the facts changed from snapshot ``since[table]`` to ``now`` (inserted, deleted or updated, their
    old and new keys) and of the facts of documents changed since ``since['documents']`` (a publication date or file
    decides between reports); None when neither table changed."""
    columns = ", ".join(f'"{k}"' for k in keys)
    parts = []
    if now > since[FACTS]:
        parts.append(f"select {columns} from {lake.ALIAS}.table_changes('{FACTS}', {since[FACTS] + 1}, {now})")
    if now > since["documents"]:
        parts.append(f"select {columns} from {FACTS} where doc_id in (select doc_id from "
                     f"{lake.ALIAS}.table_changes('documents', {since['documents'] + 1}, {now}))")
    return " union all ".join(parts) or None


def update_rows(con: duckdb.DuckDBPyConnection, mart: str, since: dict[str, int], rows: str) -> str | None:
    """Session table ``rows``: the mart's rows for the keys a change since the snapshots ``since`` (each read table's,
    as recorded by the mart's last materialization) touched; returns the session table of those keys (each key of the
    mart that may have changed, whether or not it still has a row). None when the mart is not key-local, or when the
    change touched too many keys (``MAX_TOUCHED``): then the full query is run."""
    if mart not in KEY_LOCAL:
        return None
    local = KEY_LOCAL[mart]
    keys = local.keys
    touched = touched_sql(keys, since, lake.current_snapshot(con))
    if touched is None:
        return None
    con.execute(f"create or replace temp table {TOUCHED} as select distinct * from ({touched})")  # noqa: S608
    count, stored = con.execute(f'select (select count(*) from {TOUCHED}), (select count(*) from "{mart}")').fetchone()
    if count > MAX_TOUCHED * max(stored, 1):
        return None
    # A key's row moves with the facts of the years it reads (mart_metric_yoy: its own and the year before's, its
    # prev_value): the keys touched and those reading them are worked out again, from the facts of every year they read.
    con.execute(f"create or replace temp table {AFFECTED} as select distinct * from "
                f"({' union all '.join(_year_shifted(TOUCHED, keys, -by) for by in local.reads)})")
    con.execute(f"create or replace temp table {READ} as select distinct * from "
                f"({' union all '.join(_year_shifted(AFFECTED, keys, by) for by in local.reads)})")
    source = f"mart_scope_{FACTS}"
    con.execute(f"create or replace temp table {source} as select f.* from {FACTS} f "
                f"semi join {READ} k on {_same_key('f', 'k', keys)}")
    read = FACTS
    for layer, model in local.models:
        scoped = f"mart_scope_{model}"
        con.execute(f"create or replace temp table {scoped} as {_renamed(model_sql(layer, model), read, source)}")
        read, source = model, scoped
    con.execute(f"create or replace temp table {rows} as select m.* from "
                f"({_renamed(model_sql('marts', mart), read, source)}) m semi join {AFFECTED} k on {_same_key('m', 'k', keys)}")
    return AFFECTED


def _renamed(sql: str, table: str, to: str) -> str:
    """``sql`` reading table ``to`` where it names ``table``."""
    return re.sub(rf"\b{re.escape(table)}\b", to, sql)


def stored_rows(mart: str, affected: str) -> str:
    """SQL: the stored rows of ``mart`` whose key is in session table ``affected``."""
    keys = KEY_LOCAL[mart].keys
    return f'select m.* from {lake.ALIAS}.main."{mart}" m semi join {affected} k on {_same_key("m", "k", keys)}'


def replace_rows(con: duckdb.DuckDBPyConnection, mart: str, rows: str, affected: str) -> None:
    """In the caller's transaction: the stored rows of the keys in ``affected`` replaced by ``rows``."""
    keys = KEY_LOCAL[mart].keys
    con.execute(f'delete from "{mart}" m where exists (select 1 from {affected} k where {_same_key("m", "k", keys)})')
    con.execute(f'insert into "{mart}" select * from {rows}')
