"""Lock-down of a read-only warehouse session (`molisa sql`): queries only, no file outside the warehouse.

READ_ONLY protects the warehouse's tables but not the machine: without this, `COPY (…) TO '/any/path'`
writes files, `ATTACH` creates databases and `read_text('/etc/…')` reads any file the user can.
"""

from __future__ import annotations

from pathlib import Path

import duckdb

from assets.warehouse.lake import DATA_DIR, WarehouseError, _quote

# Statement kinds a query may be: SELECT covers WITH, FROM-first, SHOW, DESCRIBE, SUMMARIZE and
# PRAGMA show_tables; CALL covers table functions such as wh.snapshots().
QUERY_TYPES = frozenset({duckdb.StatementType.SELECT, duckdb.StatementType.EXPLAIN, duckdb.StatementType.CALL})


def lock_down(con: duckdb.DuckDBPyConnection, warehouse: Path | str) -> None:
    """After the warehouse is attached: file access only to its Parquet files, no extension loading,
    and the configuration frozen so a query cannot switch any of it back on."""
    data = Path(warehouse).resolve() / DATA_DIR
    # Order matters: allowed_directories can only be set while external access is still on.
    con.execute(f"SET allowed_directories = ['{_quote(data)}/']")
    con.execute("SET enable_external_access = false")
    con.execute("SET lock_configuration = true")


def check_query(con: duckdb.DuckDBPyConnection, sql: str) -> None:
    """Raise ``WarehouseError`` naming the statement when ``sql`` holds anything but queries."""
    try:
        statements = con.extract_statements(sql)
    except duckdb.Error as exc:
        raise WarehouseError(f"query failed: {str(exc).splitlines()[0]}") from exc
    for number, statement in enumerate(statements, start=1):
        if statement.type not in QUERY_TYPES:
            kind = "INSTALL or LOAD" if statement.type == duckdb.StatementType.LOAD else statement.type.name
            raise WarehouseError(
                f"statement {number} is {kind}: `molisa sql` is read-only and runs queries only (SELECT, WITH, SHOW, DESCRIBE, "
                f"EXPLAIN, CALL of a table function); to write files use `molisa export`")


def explain_error(message: str) -> str:
    """The hint added to a failed query's first error line, when the lock-down caused it."""
    if "disabled by configuration" in message or "configuration has been locked" in message:
        return (" (`molisa sql` reads the warehouse only: no files outside its data folder, no extensions, "
                "no settings changes)")
    if "read-only" in message:
        return " (the warehouse is opened read-only by `molisa sql`)"
    return ""
