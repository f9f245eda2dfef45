"""The DuckLake warehouse: offline extension loading, attach, named write transactions.

Plain DuckDB code with no Dagster import, so the CLI, the assets and the tests share it.
"""

from __future__ import annotations

import fcntl
import json
import os
import subprocess
import sys
import time
from collections.abc import Iterator
from contextlib import contextmanager, suppress
from importlib.util import find_spec
from pathlib import Path

import duckdb

ALIAS = "wh"
CATALOG_FILE = "catalog.sqlite"
LOCK_FILE = ".writer.lock"
DATA_DIR = "data"
SQL_DIR = Path(__file__).resolve().parents[2] / "sql"


class WarehouseError(RuntimeError):
    """A warehouse problem a person can act on; the message says what to do."""


def extension_path(package: str) -> Path:
    """Path of the ``.duckdb_extension`` file shipped inside a PyPI extension package."""
    spec = find_spec(package)
    if spec is None or not spec.submodule_search_locations:
        raise WarehouseError(f"package {package} is not installed; run `make install`")
    root = Path(next(iter(spec.submodule_search_locations)))
    found = sorted(root.glob(f"extensions/v{duckdb.__version__}/*.duckdb_extension"))
    if not found:
        raise WarehouseError(f"{package} has no extension built for duckdb {duckdb.__version__}")
    return found[0]


CATALOG_EXTENSIONS = {"sqlite": "duckdb_extension_sqlite_scanner", "postgres": "duckdb_extension_postgres_scanner"}


def catalog(warehouse: Path) -> str:
    """The DuckLake metadata catalog: MOLISA_CATALOG (e.g. "postgres:dbname=molisa host=db user=molisa")
    when set, for many machines; else the SQLite file inside the warehouse folder."""
    return os.environ.get("MOLISA_CATALOG") or f"sqlite:{warehouse / CATALOG_FILE}"


def attach_sql(warehouse: Path, read_only: bool = False, snapshot: int | None = None) -> str:
    """The one ATTACH statement that opens the warehouse folder ``warehouse``.

    With the SQLite catalog in the folder, the data path is always the folder's own ``data/``
    (OVERRIDE_DATA_PATH): the catalog remembers the absolute path it was created at, so a moved or
    copied folder would otherwise refuse to open. Its files are stored relative to that path.
    A writer also puts the catalog in WAL journal mode (persistent in the file): readers then never
    block a commit, however long they keep a transaction open.
    """
    options = [f"DATA_PATH '{_quote(warehouse / DATA_DIR)}/'"]
    if catalog(warehouse).startswith("sqlite:"):
        options.append("OVERRIDE_DATA_PATH true")
        if not read_only:
            options.append("META_JOURNAL_MODE 'WAL'")
    if read_only:
        options.append("READ_ONLY")
    if snapshot is not None:
        options.append(f"SNAPSHOT_VERSION {int(snapshot)}")
    return f"ATTACH 'ducklake:{_quote(catalog(warehouse))}' AS {ALIAS} ({', '.join(options)})"


def _quote(path: Path | str) -> str:
    # ATTACH takes no bound parameters, so the path is escaped as an SQL literal.
    return str(path).replace("'", "''")


def setup_sql(warehouse: Path | str, read_only: bool = False, snapshot: int | None = None) -> list[str]:
    """The statements that make any DuckDB connection (CLI, Python, SQLAlchemy) open the warehouse."""
    warehouse = Path(warehouse).resolve()
    packages = (CATALOG_EXTENSIONS[catalog(warehouse).split(":", 1)[0]], "duckdb_extension_ducklake")
    loads = [f"LOAD '{_quote(extension_path(package))}'" for package in packages]
    return [*loads, attach_sql(warehouse, read_only=read_only, snapshot=snapshot), f"USE {ALIAS}"]


def connect(warehouse: Path | str, read_only: bool = False, snapshot: int | None = None) -> duckdb.DuckDBPyConnection:
    """Open an in-memory DuckDB with the warehouse attached as ``wh`` and selected with USE.

    Extensions are loaded from the installed PyPI packages; nothing is fetched from the network.
    A read-only open of a warehouse that does not exist yet raises ``WarehouseError``.
    """
    warehouse = Path(warehouse).resolve()
    if read_only and catalog(warehouse).startswith("sqlite:") and not (warehouse / CATALOG_FILE).exists():
        raise WarehouseError(f"no warehouse at {warehouse}: run `make run` (or `molisa run`) first")
    if not read_only:
        (warehouse / DATA_DIR).mkdir(parents=True, exist_ok=True)
    con = duckdb.connect(config={"autoinstall_known_extensions": False, "autoload_known_extensions": False})
    try:
        for statement in setup_sql(warehouse, read_only=read_only, snapshot=snapshot):
            con.execute(statement)
        if not read_only:
            ensure_tables(con)
    except duckdb.Error as exc:
        con.close()
        raise WarehouseError(f"cannot open warehouse {warehouse}: {exc}") from exc
    return con


def ensure_tables(con: duckdb.DuckDBPyConnection) -> None:
    """Create the core tables from ``sql/core/*.sql`` where they are missing (one snapshot)."""
    existing = {row[0] for row in con.execute("select table_name from duckdb_tables() where database_name = ?", [ALIAS]).fetchall()}
    missing = [path for path in sorted((SQL_DIR / "core").glob("*.sql")) if path.stem not in existing]
    add_missing_columns(con, existing)
    if not missing:
        return
    with transaction(con, "create core tables", {"asset": "ddl"}):
        for path in missing:
            con.execute(path.read_text(encoding="utf-8"))


@contextmanager
def writer(warehouse: Path | str, kept: duckdb.DuckDBPyConnection | None = None,
           close: bool = True) -> Iterator[duckdb.DuckDBPyConnection]:
    """A read-write connection held by one process at a time.

    DuckLake lets concurrent writers conflict at commit; an exclusive lock on ``.writer.lock`` in the
    warehouse folder makes a second writer (another ``molisa run``, a run from the UI) wait its turn
    instead. The lock dies with its process, so a killed run never leaves it behind.
    With ``kept`` (a connection of an earlier step of the same run) that connection is used; with
    ``close=False`` the connection is left open for the caller to keep.
    """
    folder = Path(warehouse).resolve()
    folder.mkdir(parents=True, exist_ok=True)
    with open(folder / LOCK_FILE, "a+") as lock:
        try:
            fcntl.flock(lock, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            print(f"molisa: another run is writing {folder}; waiting for it to finish", file=sys.stderr, flush=True)
            fcntl.flock(lock, fcntl.LOCK_EX)
        try:
            con = kept or connect(folder)
            try:
                yield con
            finally:
                if close:
                    con.close()
        finally:
            fcntl.flock(lock, fcntl.LOCK_UN)


def _failpoint(message: str) -> None:
    """Fault injection for the crash and concurrency tests: with MOLISA_FAILPOINT set to a prefix of the commit
    message, touch MOLISA_FAILPOINT_MARKER and stall before COMMIT (MOLISA_FAILPOINT_STALL seconds, else an hour) so
    the test can kill the process mid-write, or start another run while this one writes."""
    prefix = os.environ.get("MOLISA_FAILPOINT")
    if prefix and message.startswith(prefix):
        Path(os.environ["MOLISA_FAILPOINT_MARKER"]).touch()
        time.sleep(float(os.environ.get("MOLISA_FAILPOINT_STALL") or 3600))


def lock_timeout() -> float:
    """Seconds a commit waits for a locked SQLite catalog before failing (MOLISA_LOCK_TIMEOUT, 600)."""
    return float(os.environ.get("MOLISA_LOCK_TIMEOUT") or 600)


# Run in a child process: SQLite's POSIX locks belong to the process, and closing any other handle on
# the catalog inside this process (Python's own sqlite3) would silently drop the locks DuckDB holds.
_PROBE = """
import sqlite3, sys
con = sqlite3.connect(sys.argv[1], timeout=0, isolation_level=None)
try:
    con.execute("BEGIN EXCLUSIVE")
    con.execute("ROLLBACK")
except sqlite3.OperationalError as exc:
    print(exc)
"""


def catalog_lock_error(path: Path) -> str | None:
    """Why a commit to the SQLite catalog at ``path`` could not go through right now, or None.

    BEGIN EXCLUSIVE is what a commit needs: in WAL mode the write lock; in the old rollback-journal
    mode also no reader holding the file.
    """
    probe = subprocess.run([sys.executable, "-c", _PROBE, str(path)], capture_output=True, text=True, check=False)
    if probe.returncode:
        return (probe.stderr.strip().splitlines() or [f"probe exited {probe.returncode}"])[-1]
    return probe.stdout.strip() or None


def _say(text: str) -> None:
    print(f"molisa: {text}", file=sys.stderr, flush=True)


def wait_for_catalog(con: duckdb.DuckDBPyConnection, message: str) -> None:
    """Before a commit, wait with backoff (0.1 s doubling to 5 s) while the SQLite catalog is locked by
    another connection, saying so on stderr; raise ``WarehouseError`` after ``lock_timeout()``."""
    row = con.execute("select path from duckdb_databases() where database_name = ? and type = 'ducklake'",
                      [ALIAS]).fetchone()
    if not row or not str(row[0]).startswith("sqlite:"):
        return
    path = Path(str(row[0]).removeprefix("sqlite:"))
    delay, waited, said = 0.1, 0.0, -1.0
    while (error := catalog_lock_error(path)) is not None:
        if waited >= lock_timeout():
            raise WarehouseError(f"commit of '{message}' gave up: {path} stayed locked for {waited:.0f} s "
                                 f"({error}); close the program holding it (a SQLite tool or an old reader)")
        if waited - said >= 30 or said < 0:
            _say(f"{path} is locked by another connection ({error}); commit of '{message}' retries "
                 f"with backoff for up to {lock_timeout():.0f} s")
            said = waited
        time.sleep(delay)
        waited += delay
        delay = min(delay * 2, 5.0)
    if said >= 0:
        _say(f"{path} is free again after {waited:.1f} s; committing '{message}'")


@contextmanager
def transaction(con: duckdb.DuckDBPyConnection, message: str, extra: dict) -> Iterator[None]:
    """One DuckLake snapshot: BEGIN, the caller's writes, the commit message, COMMIT.

    Anything raised inside rolls the whole transaction back, so the warehouse stays at its
    last good snapshot. A failed COMMIT has already ended the transaction: its own error is
    raised, not the "no transaction is active" of the rollback that follows.
    """
    con.execute("BEGIN TRANSACTION")
    try:
        yield
        _failpoint(message)
        con.execute(
            f"CALL {ALIAS}.set_commit_message('molisa', ?, extra_info => ?)",
            [message, json.dumps(extra, sort_keys=True)],
        )
        wait_for_catalog(con, message)
        try:
            con.execute("COMMIT")
        except duckdb.Error as exc:
            raise WarehouseError(f"commit of '{message}' failed: {str(exc).splitlines()[-1]}") from exc
    except BaseException:
        with suppress(duckdb.TransactionException):  # the COMMIT that failed already ended it
            con.execute("ROLLBACK")
        raise


def identity(con: duckdb.DuckDBPyConnection) -> str:
    """The warehouse's identity: the time of its first snapshot (a warehouse rebuilt at the same path, or
    another warehouse sharing the Dagster home, has another)."""
    return str(con.execute(f"select min(snapshot_time)::varchar from {ALIAS}.snapshots()").fetchone()[0])  # noqa: S608


def current_snapshot(con: duckdb.DuckDBPyConnection) -> int:
    """The id of the warehouse's newest snapshot."""
    return int(con.execute(f"select id from {ALIAS}.current_snapshot()").fetchone()[0])


def snapshots(con: duckdb.DuckDBPyConnection):
    """Every snapshot with the asset, run and code version that wrote it, and the tables it changed by name
    (DuckLake's own ``changes`` names most of them by table id; a polars frame)."""
    return con.execute(
        f"""
        with names as (
            select distinct table_id::varchar as id, table_name from __ducklake_metadata_{ALIAS}.ducklake_table
        )
        select s.snapshot_id, s.snapshot_time as time,
               json_extract_string(s.commit_extra_info, '$.asset') as asset,
               json_extract_string(s.commit_extra_info, '$.run_id') as run_id,
               json_extract_string(s.commit_extra_info, '$.code_version') as code_version,
               s.commit_message as message,
               (select string_agg(distinct t.name, ', ' order by t.name)
                from (select coalesce(n.table_name, regexp_replace(u.x, '^main\\.', '')) as name
                      from (select unnest(flatten(map_values(s.changes))) as x) u left join names n on n.id = u.x) t
               ) as tables,
               s.changes::varchar as changes
        from {ALIAS}.snapshots() s order by s.snapshot_id
        """  # noqa: S608 (fixed alias)
    ).pl()


def add_missing_columns(con: duckdb.DuckDBPyConnection, existing: set[str]) -> None:
    """Add the columns a core table's SQL file has gained since the warehouse was created (one snapshot).

    A warehouse made by an older version keeps its rows; a new column starts NULL for them.
    """
    scratch = duckdb.connect()
    wanted: dict[str, list[tuple[str, str]]] = {}
    for path in sorted((SQL_DIR / "core").glob("*.sql")):
        if path.stem in existing:
            scratch.execute(path.read_text(encoding="utf-8"))
            wanted[path.stem] = scratch.execute(
                "select column_name, data_type from duckdb_columns() where table_name = ?", [path.stem]).fetchall()
    scratch.close()
    have = {(t, c) for t, c in con.execute(
        "select table_name, column_name from duckdb_columns() where database_name = ?", [ALIAS]).fetchall()}
    todo = [(table, column, kind) for table, columns in wanted.items() for column, kind in columns
            if (table, column) not in have]
    if not todo:
        return
    with transaction(con, "add new columns", {"asset": "ddl"}):
        for table, column, kind in todo:
            con.execute(f'alter table {table} add column "{column}" {kind}')  # names come from our own SQL files


def forget_session(con: duckdb.DuckDBPyConnection) -> None:
    """Drop what a step left in a connection that the next step reuses: its temporary tables and the
    frames it registered (which would otherwise stay in memory until the run ends)."""
    for (name,) in con.execute("select view_name from duckdb_views() where temporary and not internal").fetchall():
        con.unregister(name)
    for (name,) in con.execute("select table_name from duckdb_tables() where temporary").fetchall():
        con.execute(f'drop table if exists temp."{name}"')  # names read from the catalog just above
