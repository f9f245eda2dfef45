"""What the Dagster UI shows of a warehouse table: its columns (from the pandera model), a readable
preview, and what a materialization changed.

Pure functions over polars frames and a DuckDB connection; no asset logic here.
"""

from __future__ import annotations

import datetime as dt
import math

import dagster as dg
import duckdb
import pandera.polars as pa
import polars as pl

from assets.check.schemas import column_schema
from assets.marts.models import MART_KEYS, stored_columns
from assets.warehouse.lake import ALIAS

# The column that identifies a row of each table: a deleted and an inserted row with the same key in
# one snapshot are one updated row (the assets rewrite a document's rows as delete + insert).
TABLE_KEYS = {
    "raw_documents": "source_path",
    "documents": "source_path",
    "facts": "fact_id",
    "facts_reviewed": "fact_id",
    "corrections_log": "correction_id",
    "consistency_findings": "finding_id",
    # the marts by their grain (several columns, a district NULL for a province-wide figure)
    **{name: list(keys) for name, keys in MART_KEYS.items()},
}
# A changed article gets a new doc_id, hence new fact_ids: its facts are matched instead on what they
# say (metric, qualifier, year, period, place) and their order in the text, so an edited number is one
# updated fact, not one deleted and one inserted. The ids themselves are then not compared.
MATCH_COLUMNS = {
    "facts": ["metric", "qualifier", "year", "period", "province", "district"],
    "facts_reviewed": ["metric", "qualifier", "year", "period", "province", "district"],
}
NOT_COMPARED = {"fact_id", "doc_id", "span_start", "span_end", "correction_ids"}
# Integers read as labels, not quantities: no thousands separator.
PLAIN_INTEGERS = {"year", "line_no"}
# Text cut in previews (a finding's message never is: the end says what is wrong).
MAX_TEXT = 100
WHOLE_TEXT = {"message", "problem", "quarantine_reason"}


def table_metadata(table: str, model: type[pa.DataFrameModel] | pa.DataFrameSchema) -> dict:
    """Definition metadata of a table asset: its columns (with descriptions and units) and the name to query."""
    return {"dagster/column_schema": column_schema(model), "dagster/table_name": table}


def format_cell(column: str, value: object) -> str | None:
    """A value as an analyst reads it: 1,250,000,000 rather than 1.2500e9, 11,237 rather than 11237.0,
    nothing for a missing value, lists joined with "; ", text cut at MAX_TEXT characters."""
    if value is None or (isinstance(value, float) and math.isnan(value)):
        return None
    if isinstance(value, bool):
        return "yes" if value else "no"
    if isinstance(value, int):
        return str(value) if column in PLAIN_INTEGERS else f"{value:,}"
    if isinstance(value, float):
        if value.is_integer() and abs(value) < 1e18:
            return str(int(value)) if column in PLAIN_INTEGERS else f"{int(value):,}"
        return f"{value:,.4f}".rstrip("0").rstrip(".")
    if isinstance(value, dt.datetime):
        return value.strftime("%Y-%m-%d %H:%M") + (" UTC" if value.tzinfo else "")
    if isinstance(value, dt.date):
        return value.isoformat()
    if isinstance(value, bytes | bytearray | memoryview):
        return f"{len(value):,} bytes"
    if isinstance(value, list | tuple):
        return "; ".join(part for part in (format_cell(column, item) for item in value) if part is not None)
    text = str(value)
    if column not in WHOLE_TEXT and len(text) > MAX_TEXT:
        return text[: MAX_TEXT - 1] + "…"
    return text


def preview_table(frame: pl.DataFrame) -> dg.MetadataValue:
    """A table the UI draws inline, every cell formatted by ``format_cell``."""
    schema = dg.TableSchema(columns=[dg.TableColumn(name, str(dtype)) for name, dtype in frame.schema.items()])
    records = [dg.TableRecord({name: format_cell(name, value) for name, value in row.items()})
               for row in frame.iter_rows(named=True)]
    return dg.MetadataValue.table(records=records, schema=schema)


def run_snapshots(con: duckdb.DuckDBPyConnection, run_id: str) -> list[int]:
    """The warehouse snapshots written by Dagster run ``run_id``."""
    return [row[0] for row in con.execute(
        f"select snapshot_id from {ALIAS}.snapshots() where json_extract_string(commit_extra_info, '$.run_id') = ? "
        "order by snapshot_id", [run_id]).fetchall()]


def _with_key(frame: pl.DataFrame, key: str | list[str], order: str | None) -> pl.DataFrame:
    """``frame`` with a single ``__key`` column (several key columns joined; NULL spelled out; the rank
    by ``order`` within equal keys appended when given)."""
    columns = [key] if isinstance(key, str) else key
    joined = pl.concat_str([pl.col(c).cast(pl.String).fill_null("∅") for c in columns], separator="|")
    if order:
        joined = pl.concat_str([joined, pl.col(order).rank("ordinal").over(columns).cast(pl.String)], separator="#")
    return frame.with_columns(joined.alias("__key"))


def key_changes(before: pl.DataFrame, after: pl.DataFrame, key: str | list[str], order: str | None = None) -> dict:
    """Rows inserted, deleted and updated between ``before`` (rows removed) and ``after`` (rows added),
    matched on ``key`` (one column or several; with ``order``, the n-th row of equal keys matches the
    n-th); a row removed and added unchanged is no change. Also how many rows each column changed in."""
    keyed = isinstance(key, str) and not order
    before, after = (before, after) if keyed else (_with_key(before, key, order), _with_key(after, key, order))
    on = key if keyed else "__key"
    skip = {on, "__key"} | (set() if keyed else NOT_COMPARED | set([key] if isinstance(key, str) else key))
    columns = [c for c in after.columns if c not in skip and c in before.columns]
    inserted = after.join(before, on=on, how="anti")
    deleted = before.join(after, on=on, how="anti")
    both = after.join(before, on=on, how="inner", suffix="__before")
    differs = {c: both.filter(~pl.col(c).eq_missing(pl.col(f"{c}__before"))).height for c in columns}
    changed = both.filter(pl.any_horizontal([~pl.col(c).eq_missing(pl.col(f"{c}__before")) for c in columns])
                          if columns else pl.lit(False))
    ids = key if isinstance(key, str) else on
    return {"inserted": inserted.height, "deleted": deleted.height, "updated": changed.height,
            "updated_keys": changed[ids].to_list(), "inserted_keys": inserted[ids].to_list(),
            "deleted_keys": deleted[ids].to_list(), "changed_columns": {c: n for c, n in differs.items() if n}}


def mart_changes(con: duckdb.DuckDBPyConnection, mart: str, rows: str, keys: tuple[str, ...],
                 stored: str | None = None) -> dict | None:
    """What writing the rows of table ``rows`` over the stored mart table ``mart`` (its rows ``stored`` selects, when
    only some are replaced) changes (``key_changes``); None when there is no such table with the same columns yet (a
    first build, a mart whose SQL changed its columns)."""
    if stored_columns(con, mart) != [(row[0], row[1]) for row in con.execute(f"describe {rows}").fetchall()]:
        return None
    before = con.execute(stored or f'select * from {ALIAS}.main."{mart}"').pl()  # noqa: S608 (fixed names)
    after = con.execute(f"select * from {rows}").pl()  # noqa: S608
    return {**key_changes(before, after, list(keys)), "snapshots": []}


# Columns too bulky to read back for a change summary (a finding's message restates its other columns, and a full run
# writes hundreds of thousands of findings).
BULK_COLUMNS = {"raw_documents": ("content",), "documents": ("text",), "consistency_findings": ("message",)}


def snapshot_changes(con: duckdb.DuckDBPyConnection, table: str, run_id: str) -> dict | None:
    """What run ``run_id`` changed in ``table`` (see ``key_changes``), with the snapshots it wrote;
    None when the table has no key to match rows on."""
    if table not in TABLE_KEYS:
        return None
    snapshots = run_snapshots(con, run_id)
    return range_changes(con, table, snapshots[0], snapshots[-1], snapshots) if snapshots else _NO_CHANGES


_NO_CHANGES = {"inserted": 0, "deleted": 0, "updated": 0, "updated_keys": [], "inserted_keys": [], "deleted_keys": [],
               "changed_columns": {}, "snapshots": []}


CHANGES_TABLE = "molisa_change_rows"  # the temporary table range_changes reads the change rows from


def range_changes(con: duckdb.DuckDBPyConnection, table: str, first: int, last: int,
                  only: list[int] | None = None) -> dict | None:
    """What snapshots ``first`` to ``last`` (of them, ``only`` those listed) changed in ``table`` (see
    ``changes_of``); None when the table has no key to match rows on."""
    if table not in TABLE_KEYS:
        return None
    # One call over the range (each call costs ~0.1 s however small), rows of other runs dropped.
    skipped = ", ".join(["rowid", *BULK_COLUMNS.get(table, ())])
    wanted = f"where snapshot_id in ({', '.join(map(str, only))})" if only else ""
    # Into a temporary table first: streamed to the client, the change rows of a snapshot that deleted and inserted
    # some 600,000 rows never came (DuckDB 1.5.5 with DuckLake: every thread waiting; a full rebuild after an extractor
    # change at 100,000 pages is such a snapshot), while a query that keeps them inside DuckDB answers at once.
    con.execute(f"create or replace temp table {CHANGES_TABLE} as select * exclude ({skipped}) "
                f"from {ALIAS}.table_changes('{table}', ?, ?) {wanted}", [first, last])  # noqa: S608 (fixed names)
    try:
        return changes_of(con.execute(f"select * from {CHANGES_TABLE}").pl(), table)  # noqa: S608 (fixed name)
    finally:
        con.execute(f"drop table if exists {CHANGES_TABLE}")


def changes_of(rows: pl.DataFrame, table: str) -> dict | None:
    """Rows inserted, deleted and updated in ``table`` by DuckLake change rows (``snapshot_id``, ``change_type`` and
    the table's columns), matched as ``key_changes`` does; None when the table has no key to match rows on."""
    key = TABLE_KEYS.get(table)
    if key is None:
        return None
    written = sorted(set(rows["snapshot_id"].to_list()))
    if not written:
        return _NO_CHANGES
    rows = rows.drop("snapshot_id", *(c for c in BULK_COLUMNS.get(table, ()) if c in rows.columns))
    before = rows.filter(pl.col("change_type").is_in(["delete", "update_preimage"])).drop("change_type")
    after = rows.filter(pl.col("change_type").is_in(["insert", "update_postimage"])).drop("change_type")
    if table not in MATCH_COLUMNS:
        return {**key_changes(before, after, key), "snapshots": written}
    # Facts: first by id (a corrected fact keeps it), then the rest by what they say (a changed article's facts
    # have new ids).
    by_id = key_changes(before, after, key)
    rest = key_changes(before.filter(pl.col(key).is_in(by_id["deleted_keys"])),
                       after.filter(pl.col(key).is_in(by_id["inserted_keys"])), MATCH_COLUMNS[table], "span_start")
    columns = {c: by_id["changed_columns"].get(c, 0) + rest["changed_columns"].get(c, 0)
               for c in dict.fromkeys([*by_id["changed_columns"], *rest["changed_columns"]])}
    return {**rest, "updated": by_id["updated"] + rest["updated"], "updated_keys": by_id["updated_keys"] + rest["updated_keys"],
            "changed_columns": columns, "snapshots": written}


def change_summary(changes: dict) -> str:
    """"2 inserted, 1 deleted, 1 updated (value) in snapshot 14", or "no change"."""
    if not changes["snapshots"] or not (changes["inserted"] or changes["deleted"] or changes["updated"]):
        return "no change since the last materialization"
    columns = ", ".join(f"{c}" for c in changes["changed_columns"])
    where = ", ".join(str(s) for s in changes["snapshots"])
    since = changes.get("since")
    return (f"{changes['inserted']:,} inserted, {changes['deleted']:,} deleted, {changes['updated']:,} updated"
            + (f" ({columns})" if columns else "")
            + (f" since warehouse snapshot {since}" if since else f" in warehouse snapshot {where}"))


def change_metadata(changes: dict | None) -> dict:
    """The materialization metadata of ``snapshot_changes``."""
    if changes is None:
        return {}
    return {
        "what_changed": dg.MetadataValue.text(change_summary(changes)),
        "rows_inserted": dg.MetadataValue.int(changes["inserted"]),
        "rows_deleted": dg.MetadataValue.int(changes["deleted"]),
        "rows_updated": dg.MetadataValue.int(changes["updated"]),
    }
