"""The serving file: `<warehouse>/serving.duckdb`, a plain DuckDB database of one complete warehouse state.

BI tools that cannot load the DuckLake extensions (Evidence ships DuckDB 1.4, Superset and Metabase
cannot run init SQL everywhere) open this file instead: no extension, no catalog, no data path. It
is copied from one pinned warehouse snapshot into a file beside the served one and then put in its place
at once (a hard link renamed over it), so a reader sees the old file whole or the new one whole; a reader
holding the old file open keeps reading it (on POSIX the renamed-over file lives on until its last reader
closes it).

Two such files take turns (``SLOTS``, hidden beside ``serving.duckdb``): the one not served is a state or two
behind and is brought up to date in place (the rows changed since, by key), then served. Copying the served
file instead took 6 s of a 1 %-change run at 100,000 pages (800 MB, behind the run's own writes to the disk).
A slot some reader still holds open is never written in place: it is copied then, as before. That rests on DuckDB's
file lock, which a local disk keeps per process: a reader on a network file system, or one process that opened the file
in two DuckDB instances and closed one, is not seen; such readers should read a copy of the served file.
"""

from __future__ import annotations

import fcntl
import json
import os
import shutil
import time
import uuid
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

import duckdb
import polars as pl

from assets.warehouse import lake

SERVING_FILE = "serving.duckdb"
# The two files that take turns being served (hard links: the served file is one of them), and the lock one run holds
# while it writes one.
SLOTS = (".serving-a.duckdb", ".serving-b.duckdb")
LOCK = ".serving.lock"
INFO_TABLE = "serving_info"
TEXT_SUFFIX = "_text"
# The warehouse tables served with a key: a served copy of one is updated by key (the rows whose key
# any snapshot since changed, deleted and read again), not copied whole, when few rows changed. A key of several columns
# (a mart's grain, NULL in some) is matched as one text of them all.
KEYS: dict[str, str | tuple[str, ...]] = {
    "documents": "source_path", "facts": "fact_id", "facts_reviewed": "fact_id", "consistency_findings": "finding_id",
    # (the marts written by key after a small change: their assets replace only the rows whose facts changed)
    "mart_metric_yoy": ("province_2025", "province", "district", "metric", "period", "year"),
    "mart_plan_attainment": "target_fact_id"}
# What the columns this file adds say (see ``select_with_text``).
ADDED_NOTES = {"source_path": "The file the row's document was read from (documents.source_path)"}
# What serving_info says, for BI tools and `describe` (see ``describe_tables``).
INFO_NOTES = ("Which warehouse state this file holds: one row.", {
    "run_id": "The Dagster run that wrote this file",
    "warehouse_snapshot": "The DuckLake snapshot of the warehouse that every table here was copied from",
    "snapshot_time": "When that snapshot was committed (UTC)",
    "written_at": "When this file was written (UTC)",
    "warehouse": "The warehouse folder the file was copied from",
    "tables": "The warehouse tables copied here, comma-separated",
    "row_counts": "Rows of each table copied, as JSON",
    "code_versions": "The code version of each asset as of that snapshot, as JSON",
    "serving_code_version": "The code version of the step that wrote this file",
    "duckdb_version": "The DuckDB version that wrote this file",
})
# Above this share of a table's rows changed, or of the file's blocks free, the file is written anew.
MAX_CHANGED = 0.2
MAX_FREE = 0.3


@dataclass(frozen=True)
class ServingInfo:
    """What one serving file holds: which warehouse state, written by which run and code."""

    path: Path
    run_id: str
    warehouse_snapshot: int
    rows: dict[str, int]
    size_bytes: int
    reused: bool


def serving_path(warehouse: Path | str) -> Path:
    """Where the serving file of a warehouse folder lives."""
    return Path(warehouse).resolve() / SERVING_FILE


def code_versions(con: duckdb.DuckDBPyConnection, snapshot: int) -> dict[str, str]:
    """The code version of every asset as of ``snapshot``: its last commit at or before it."""
    rows = con.execute(
        f"""
        select json_extract_string(commit_extra_info, '$.asset') as asset,
               arg_max(json_extract_string(commit_extra_info, '$.code_version'), snapshot_id)
        from {lake.ALIAS}.snapshots()
        where snapshot_id <= ? and json_extract_string(commit_extra_info, '$.code_version') is not null
        group by 1 order by 1
        """,
        [snapshot],
    ).fetchall()
    return dict(rows)


# The file each served row of a document's is from, for a dashboard that shows facts and findings without a join (the
# document's first path when copies share its bytes).
SOURCE_PATH = (f"(select min(d.source_path) from {lake.ALIAS}.documents d where d.doc_id = t.doc_id and d.status = 'ok') "
               "as source_path")


def select_with_text(con: duckdb.DuckDBPyConnection, table: str) -> str:
    """``select *`` from a warehouse table plus a ';'-joined VARCHAR twin ``<col>_text`` of every LIST
    column that has none yet (spreadsheets and most BI tools show no list type), and ``source_path`` where
    the table names a document (doc_id) but not its file."""
    columns = con.execute(f"describe {lake.ALIAS}.{table}").fetchall()
    names = {row[0] for row in columns}
    twins = [f'array_to_string("{name}", \';\') as "{name}{TEXT_SUFFIX}"' for name, kind, *_ in columns
             if kind.endswith("[]") and f"{name}{TEXT_SUFFIX}" not in names]
    if "doc_id" in names and "source_path" not in names:
        twins.append(SOURCE_PATH)
    return f"select t.*{''.join(', ' + twin for twin in twins)} from {lake.ALIAS}.{table} t"


def holds_snapshot(con: duckdb.DuckDBPyConnection, info: dict | None, snapshot: int | None) -> bool:
    """True when a serving file whose ``serving_info`` is ``info`` holds warehouse ``snapshot`` of the
    warehouse attached to ``con`` (the same snapshot time: not a rebuilt warehouse's snapshot of that number)."""
    if not info or snapshot is None or info.get("warehouse_snapshot") != snapshot:
        return False
    row = con.execute(f"select snapshot_time from {lake.ALIAS}.snapshots() where snapshot_id = ?", [snapshot]).fetchone()
    return row is not None and row[0] == info.get("snapshot_time")


def _updatable(con: duckdb.DuckDBPyConnection, target: Path, existing: dict | None, tables: Sequence[str],
               code_version: str, snapshot: int) -> int | None:
    """The warehouse snapshot of the served file when it may be brought up to date rather than written
    anew: same code, tables and DuckDB, an earlier snapshot of this very warehouse (same snapshot
    time), and not much free space in it; else None."""
    if not existing or (existing.get("serving_code_version"), existing.get("tables"), existing.get("duckdb_version")
                        ) != (code_version, ",".join(tables), duckdb.__version__):
        return None
    base = existing.get("warehouse_snapshot")
    if base is None or base >= snapshot or not holds_snapshot(con, existing, base):
        return None
    try:
        with duckdb.connect(str(target), read_only=True) as old:
            free, total = old.execute("select free_blocks, total_blocks from pragma_database_size()").fetchone()
    except duckdb.Error:
        return None
    return base if total and free / total <= MAX_FREE else None


def _key_sql(table: str, alias: str = "") -> str:
    """SQL: the key of a row of ``table`` (``KEYS``), its columns read from ``alias`` ("t." or none)."""
    key = KEYS[table]
    if isinstance(key, str):
        return f'{alias}"{key}"'
    return "md5(concat_ws('|', " + ", ".join(f"coalesce(cast({alias}\"{k}\" as varchar), '∅')" for k in key) + "))"


def _changed_keys(con: duckdb.DuckDBPyConnection, table: str, base: int, snapshot: int) -> str | None:
    """The session table of the keys of ``table`` whose rows changed from warehouse snapshot ``base`` to ``snapshot``
    (deleted, inserted, updated), when ``table`` can be brought up to date by key and few rows changed; else None
    (no key, a table created since, more than ``MAX_CHANGED`` of its rows changed)."""
    if table not in KEYS:
        return None
    created = con.execute(
        f"select min(begin_snapshot) from __ducklake_metadata_{lake.ALIAS}.ducklake_table "
        "where table_name = ? and end_snapshot is null", [table]).fetchone()[0]
    if created is None or created > base:
        return None
    changes = f"select {_key_sql(table)} as key from {lake.ALIAS}.table_changes('{table}', {int(base) + 1}, {int(snapshot)})"
    if SOURCE_PATH in select_with_text(con, table):  # (a row whose document's file came or went changed its source_path too; not a title's edit)
        changes += (f" union all select {_key_sql(table, 't.')} from {lake.ALIAS}.{table} t semi join (select doc_id from {lake.ALIAS}."
                    f"table_changes('documents', {int(base) + 1}, {int(snapshot)}) group by doc_id having "
                    "count(distinct source_path) > 1 or bool_or(change_type in ('insert', 'delete'))) c on c.doc_id = t.doc_id")
    name = f"serving_changed_{table}"
    con.execute(f"create or replace temp table {name} as select distinct key from ({changes})")  # noqa: S608
    changed = con.execute(f"select count(*) from {name}").fetchone()[0]
    rows = con.execute(f"select count(*) from {lake.ALIAS}.{table}").fetchone()[0]
    return name if changed <= MAX_CHANGED * max(1, rows) else None


def _update_table(con: duckdb.DuckDBPyConnection, table: str, changed: str) -> bool:
    """Bring ``serving.<table>`` up to date by key: the rows whose key is in session table ``changed``
    (``_changed_keys``) are deleted and read again. False when the served table's columns are not the warehouse's
    (a table altered since): then the caller copies it whole."""
    select = select_with_text(con, table)
    served = [row[0] for row in con.execute(f'describe serving."{table}"').fetchall()]
    if served != [row[0] for row in con.execute(f"describe {select}").fetchall()]:
        return False
    if con.execute(f"select count(*) from {changed}").fetchone()[0]:
        con.execute(f'delete from serving."{table}" where {_key_sql(table)} in (select key from {changed})')
        con.execute(f'insert into serving."{table}" {select} where {_key_sql(table, "t.")} in (select key from {changed})')
    return True


def _plan(con: duckdb.DuckDBPyConnection, path: Path, info: dict | None, tables: Sequence[str], code_version: str,
          snapshot: int) -> tuple[int, dict[str, str]] | None:
    """(its warehouse snapshot, table → ``_changed_keys``) when the serving file ``path`` (``serving_info`` ``info``)
    may be brought up to ``snapshot`` by key: ``_updatable``, and some keyed table changed by few rows since (when
    every one changed much, as after a new extractor, a new file costs less than a copy rewritten)."""
    base = _updatable(con, path, info, tables, code_version, snapshot)
    if base is None:
        return None
    changed = {table: _changed_keys(con, table, base, snapshot) for table in tables if table in KEYS}
    return (base, changed) if any(changed.values()) else None


def _same_file(a: Path, b: Path) -> bool:
    try:
        return os.path.samefile(a, b)
    except FileNotFoundError:
        return False


def _spare_slot(folder: Path, target: Path) -> Path:
    """The slot that is not the served file now: an existing one first (a state or two behind), else a new one."""
    others = [folder / name for name in SLOTS if not _same_file(folder / name, target)] or [folder / SLOTS[0]]
    return next((slot for slot in others if slot.exists()), others[0])


def _serve(slot: Path, target: Path) -> None:
    """Make ``slot`` the served file at once: a hard link to it renamed over ``target``; where the disk allows no hard
    link, the slot itself is renamed (the next run copies the served file again)."""
    link = target.with_name(f".{target.name}.{uuid.uuid4().hex}.link")
    try:
        os.link(slot, link)
    except OSError:
        os.replace(slot, target)
        return
    try:
        os.replace(link, target)
    finally:
        link.unlink(missing_ok=True)  # (gone once renamed; left only if the rename failed)


def current_info(path: Path) -> dict | None:
    """The ``serving_info`` row of an existing serving file, or None when there is none to read."""
    if not path.exists():
        return None
    try:
        with duckdb.connect(str(path), read_only=True) as con:
            row = con.execute(f"select * from {INFO_TABLE}").fetchone()
            names = [d[0] for d in con.description]
    except duckdb.Error:
        return None  # unreadable or held by a read-write client: write a new one
    return dict(zip(names, row, strict=True)) if row else None


def _literal(text: str) -> str:
    """``text`` as an SQL string literal (COMMENT ON takes no parameters)."""
    return "'" + text.replace("'", "''") + "'"


def describe_tables(con: duckdb.DuckDBPyConnection, notes: dict[str, tuple[str, dict[str, str]]]) -> None:
    """COMMENT ON every table of the attached ``serving`` database that ``notes`` describes (table → its description and
    its columns' descriptions), so that BI tools and `describe` show what each table and column holds; a ';'-joined
    twin of a list column (``<col>_text``) is described from its list."""
    present = {row[0]: {c[0] for c in con.execute(f'describe serving."{row[0]}"').fetchall()}
               for row in con.execute("select table_name from duckdb_tables() where database_name = 'serving'").fetchall()}
    for table, (about, columns) in notes.items():
        if table not in present:
            continue
        con.execute(f'comment on table serving."{table}" is {_literal(about)}')
        for column in sorted(present[table]):
            base = column.removesuffix(TEXT_SUFFIX)
            said = columns.get(column) or ADDED_NOTES.get(column) or (
                f"{columns[base]} (as text, the items joined with ';', for tools that show no lists)"
                if column != base and base in columns else None)
            if said:
                con.execute(f'comment on column serving."{table}"."{column}" is {_literal(said)}')


def publish(warehouse: Path | str, tables: Sequence[str], run_id: str, code_version: str,
            log: Callable[[str], None] = print, lookups: dict[str, pl.DataFrame] | None = None,
            notes: dict[str, tuple[str, dict[str, str]]] | None = None) -> ServingInfo:
    """Write the serving file from the warehouse's newest snapshot, unless it already holds that very
    snapshot, these tables and this code version. ``lookups`` are small tables written whole beside them (the
    metric codes' names: a dashboard shows names, not codes); ``notes`` describe the tables and their columns
    (``describe_tables``). Returns what the file holds. One run at a time per warehouse folder writes it (``LOCK``: two
    runs at once, the second waits), so the spare is one run's and what a killed run left can go."""
    folder = Path(warehouse).resolve()
    with open(folder / LOCK, "a") as lock:
        fcntl.flock(lock, fcntl.LOCK_EX)
        try:
            # What a run killed while writing left (no other run is writing one now).
            for leftover in folder.glob(f".{SERVING_FILE}.*"):
                leftover.unlink(missing_ok=True)
            return _publish(folder, tables, run_id, code_version, log, lookups, notes)
        finally:
            fcntl.flock(lock, fcntl.LOCK_UN)


def _publish(folder: Path, tables: Sequence[str], run_id: str, code_version: str, log: Callable[[str], None],
             lookups: dict[str, pl.DataFrame] | None, notes: dict[str, tuple[str, dict[str, str]]] | None) -> ServingInfo:
    """``publish``, its lock held."""
    target = folder / SERVING_FILE
    con = lake.connect(folder, read_only=True)
    temp = folder / f".{SERVING_FILE}.{uuid.uuid4().hex}.tmp"
    try:
        snapshot = lake.current_snapshot(con)
        existing = current_info(target)
        if existing and (existing.get("warehouse_snapshot"), existing.get("serving_code_version"),
                         existing.get("tables")) == (snapshot, code_version, ",".join(tables)):
            log(f"serving file already holds warehouse snapshot {snapshot}; kept as it is")
            return ServingInfo(target, existing["run_id"], snapshot, json.loads(existing["row_counts"]),
                               target.stat().st_size, reused=True)
        # Re-attached pinned to the snapshot just read: every table comes from the same warehouse state
        # even if a writer commits while the copy runs (same connection: the extensions stay loaded).
        con.execute("USE memory")
        con.execute(f"DETACH {lake.ALIAS}")
        con.execute(lake.attach_sql(folder, read_only=True, snapshot=snapshot))
        con.execute(f"USE {lake.ALIAS}")
        # The spare slot brought up to date in place, else a copy of the served file; each only when its tables changed
        # by few rows since its snapshot (else a new file costs less than a copy rewritten); else a new file.
        spare = _spare_slot(folder, target)
        started = time.monotonic()
        plan = _plan(con, spare, current_info(spare), tables, code_version, snapshot) \
            if spare.exists() and not _same_file(spare, target) else None
        work, how = spare, f"{spare.name} brought up to date in place"
        if plan is not None:
            try:
                con.execute(f"ATTACH '{lake._quote(spare)}' AS serving")
            except duckdb.Error:  # a reader holds it open: it stays as it is
                plan = None
        if plan is None:
            work, plan = temp, _plan(con, target, existing, tables, code_version, snapshot)
            how = "copy of the served file" if plan is not None else "new file"
            if plan is not None:
                shutil.copyfile(target, temp)
            con.execute(f"ATTACH '{lake._quote(temp)}' AS serving")
        base, changed = plan if plan is not None else (None, {})
        took = [f"{how} {time.monotonic() - started:.1f} s"]
        rows, updated = {}, []
        for table in tables:
            started = time.monotonic()
            if changed.get(table) and _update_table(con, table, changed[table]):
                updated.append(table)
            else:
                con.execute(f'create or replace table serving."{table}" as {select_with_text(con, table)}')
            rows[table] = con.execute(f'select count(*) from serving."{table}"').fetchone()[0]
            took.append(f"{table} {time.monotonic() - started:.1f} s")
        for name, frame in (lookups or {}).items():
            con.register("serving_lookup", frame)
            con.execute(f'create or replace table serving."{name}" as select * from serving_lookup')
            con.unregister("serving_lookup")
        if updated:
            log(f"serving file: {', '.join(updated)} updated in place from warehouse snapshot {base}")
        log(f"serving file: time taken ({', '.join(took)})")
        info = {
            "run_id": run_id,
            "warehouse_snapshot": snapshot,
            "snapshot_time": con.execute(f"select snapshot_time from {lake.ALIAS}.snapshots() where snapshot_id = ?",
                                         [snapshot]).fetchone()[0],
            "written_at": datetime.now(UTC),
            "warehouse": str(folder),
            "tables": ",".join(tables),
            "row_counts": json.dumps(rows),
            "code_versions": json.dumps(code_versions(con, snapshot), sort_keys=True),
            "serving_code_version": code_version,
            "duckdb_version": duckdb.__version__,
        }
        con.execute(
            f"create or replace table serving.{INFO_TABLE} as select $run_id as run_id, $warehouse_snapshot::bigint as "
            "warehouse_snapshot, $snapshot_time::timestamptz as snapshot_time, $written_at::timestamptz as "
            "written_at, $warehouse as warehouse, $tables as tables, $row_counts as row_counts, $code_versions "
            "as code_versions, $serving_code_version as serving_code_version, $duckdb_version as duckdb_version",
            info,
        )
        describe_tables(con, {**(notes or {}), INFO_TABLE: INFO_NOTES})
        started = time.monotonic()
        con.execute("DETACH serving")  # checkpoints: the file is complete before it is served
        if work == temp:
            # (a crashed in-place update's log belongs to the slot's earlier file: left there, DuckDB would replay it
            # into this one when the slot is next opened)
            Path(f"{spare}.wal").unlink(missing_ok=True)
            os.replace(temp, spare)  # (a reader of the slot's earlier file keeps that file)
        _serve(spare, target)
        log(f"serving file: written to disk in {time.monotonic() - started:.1f} s")
    except BaseException:
        for leftover in (temp, Path(f"{temp}.wal")):
            leftover.unlink(missing_ok=True)
        raise
    finally:
        con.close()
    log(f"serving file {target}: warehouse snapshot {snapshot}, "
        + ", ".join(f"{table} {count}" for table, count in rows.items()))
    return ServingInfo(target, run_id, snapshot, rows, target.stat().st_size, reused=False)
