"""Whether `molisa run` has anything to do: the inputs of the last complete run, kept and compared.

A complete run (every asset, no ``--select``) that succeeds leaves, in the Dagster home, a record of
what it read: the article files (path, size, modification time, as the ``raw_documents`` asset and
the file sensor compare them), ``sources.csv``, the corrections file, the project's code and lock
file, the settings, and the warehouse snapshot and serving file it left. The next `molisa run` that
finds the same record changes nothing by definition, so it says so and returns at once instead of
starting Dagster (imports, instance and a dozen steps' events cost about 12 s on 20,000 documents).
Anything different, or no record, and the run goes through Dagster as always; ``--force`` skips the
comparison. Deliberately stdlib-only: the comparison must cost less than the run it saves.
"""

from __future__ import annotations

import hashlib
import json
import os
import sqlite3
from datetime import date
from pathlib import Path

from assets.raw.scan import scan
from assets.raw.sources import SOURCES_FILE

PROJECT_ROOT = Path(__file__).resolve().parent.parent
# Everything the pipeline's behaviour follows from, besides its inputs: code, SQL, rule tables, the lock.
CODE_FOLDERS = ("assets", "orchestration", "sql")
CODE_SUFFIXES = (".py", ".sql", ".csv", ".json", ".yaml")
CODE_FILES = ("pyproject.toml", "uv.lock", "workspace.yaml")
RECORD_FILE = "last_complete_run.json"
CATALOG_FILE = "catalog.sqlite"
SERVING_FILE = "serving.duckdb"


def file_state(path: Path) -> str:
    """Size and modification time of a file, or "missing"."""
    try:
        info = path.stat()
    except FileNotFoundError:
        return "missing"
    return f"{info.st_size}|{info.st_mtime_ns}"


def code_hash(root: Path = PROJECT_ROOT) -> str:
    """A hash of every code, SQL and rule-table file of the project and its lock file."""
    digest = hashlib.sha256()
    paths = [root / name for name in CODE_FILES]
    for folder in CODE_FOLDERS:
        paths += sorted(p for p in (root / folder).rglob("*") if p.suffix in CODE_SUFFIXES and p.is_file())
    for path in paths:
        digest.update(path.relative_to(root).as_posix().encode())
        digest.update(path.read_bytes() if path.exists() else b"missing")
    return digest.hexdigest()


def files_hash(raw_dir: Path, max_bytes: int) -> tuple[str, int]:
    """(hash of every document file's path, size and modification time, plus sources.csv's bytes;
    number of document files)."""
    listed = scan(raw_dir, max_bytes)
    digest = hashlib.sha256()
    for item in listed:
        digest.update(f"{item.source_path}|{item.size_bytes}|{item.modified_at}|{item.error}\n".encode())
    sources = raw_dir / SOURCES_FILE
    digest.update(sources.read_bytes() if sources.is_file() else b"no sources.csv")
    return digest.hexdigest(), len(listed)


def warehouse_snapshot(warehouse: Path) -> int | None:
    """The newest snapshot id of a warehouse with a SQLite catalog, read from the catalog without DuckDB
    (None: no catalog yet, another kind of catalog, or unreadable)."""
    catalog = warehouse / CATALOG_FILE
    if os.environ.get("MOLISA_CATALOG") or not catalog.exists():
        return None
    try:
        con = sqlite3.connect(f"file:{catalog}?mode=ro", uri=True, timeout=5)
        try:
            row = con.execute("select max(snapshot_id) from ducklake_snapshot").fetchone()
        finally:
            con.close()
    except sqlite3.Error:
        return None
    return None if row is None or row[0] is None else int(row[0])


def inputs(raw_dir: Path, max_bytes: int, corrections: Path, warehouse: Path) -> dict:
    """What a complete run reads and leaves, as comparable strings (see the module docstring)."""
    files, count = files_hash(raw_dir, max_bytes)
    return {
        "raw_dir": str(raw_dir), "max_bytes": max_bytes, "files": files, "file_count": count,
        "corrections": str(corrections),
        "corrections_bytes": hashlib.sha256(corrections.read_bytes()).hexdigest() if corrections.is_file() else "missing",
        "warehouse": str(warehouse), "snapshot": warehouse_snapshot(warehouse),
        "serving_file": file_state(warehouse / SERVING_FILE),
        "code": code_hash(),
        # Two-digit years in dates are read relative to this year (assets/clean/dates.py).
        "year": date.today().year,
    }


def load_record(home: Path) -> dict | None:
    """The record the last complete run left in the Dagster home, if any (a damaged one counts as none)."""
    path = home / "molisa_runs" / RECORD_FILE
    try:
        return json.loads(path.read_text(encoding="utf-8"))
    except (FileNotFoundError, json.JSONDecodeError):
        return None


def save_record(home: Path, seen: dict, run_id: str, summary_line: str) -> None:
    """Keep what a complete, successful run read and left, with its run id and summary line."""
    path = home / "molisa_runs" / RECORD_FILE
    path.parent.mkdir(parents=True, exist_ok=True)
    temporary = path.with_suffix(".tmp")
    temporary.write_text(json.dumps({"inputs": seen, "run_id": run_id, "summary": summary_line},
                                    ensure_ascii=False, indent=1), encoding="utf-8")
    temporary.replace(path)  # never a half-written record


def forget_record(home: Path) -> None:
    """Drop the record (a run that changes the warehouse without being complete makes it stale)."""
    (home / "molisa_runs" / RECORD_FILE).unlink(missing_ok=True)


def changed(record: dict | None, now: dict) -> list[str]:
    """Which inputs differ from the record's (every one when there is no record)."""
    if record is None:
        return ["no complete run recorded"]
    before = record.get("inputs", {})
    return [key for key in now if before.get(key) != now[key]]
