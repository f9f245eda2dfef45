"""The `molisa` command: run the pipeline through Dagster, query and version the warehouse."""

from __future__ import annotations

import argparse
import json
import os
import shlex
import socket
import sys
import time
import warnings
from pathlib import Path

from orchestration import settings

DAGSTER_YAML = """\
# Written by `molisa run`. All warehouse writers share the pool "warehouse": one at a time.
concurrency:
  pools:
    default_limit: 1
telemetry:
  enabled: false
"""
# What `molisa diff` shows when no table is named: the pipeline's tables and what the analysts' corrections change.
DIFF_TABLES = ("raw_documents", "documents", "facts", "consistency_findings", "facts_reviewed", "corrections_log",
               "mart_metric_yoy", "mart_plan_attainment", "mart_province_year")


def _fail(message: str) -> int:
    print(f"molisa: {message}", file=sys.stderr)
    return 1


def ensure_dagster_home() -> Path:
    """DAGSTER_HOME (default ./.dagster) exists and has a dagster.yaml with the pool limit."""
    home = Path(os.environ.get("DAGSTER_HOME") or ".dagster").resolve()
    home.mkdir(parents=True, exist_ok=True)
    config = home / "dagster.yaml"
    if not config.exists():
        config.write_text(DAGSTER_YAML, encoding="utf-8")
    os.environ["DAGSTER_HOME"] = str(home)
    return home


def summary(warehouse_path: str) -> dict:
    """Counts a person wants after a run, read from the warehouse."""
    from assets.warehouse import lake as warehouse

    con = warehouse.connect(warehouse_path, read_only=True)
    try:
        row = con.execute(
            """
            select (select count(*) from documents),
                   (select count(*) from documents where status = 'quarantined'),
                   (select count(*) from documents where status = 'duplicate'),
                   (select count(*) from documents d where status = 'ok'
                        and not exists (select 1 from facts f where f.doc_id = d.doc_id)),
                   (select count(*) from facts),
                   (select count(*) from facts_reviewed),
                   (select count(*) from consistency_findings),
                   (select count(*) from corrections_log where not applied)
            """
        ).fetchone()
        snapshot = warehouse.current_snapshot(con)
    finally:
        con.close()
    keys = ("documents", "quarantined", "duplicates", "without_facts", "facts", "reviewed", "findings",
            "corrections_not_applied")
    return {**dict(zip(keys, row, strict=True)), "snapshot": snapshot}


def _alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    return True


def _pid_file(home: Path, run_id: str) -> Path:
    # The process running a CLI run, kept beside the instance rather than as a run tag the UI shows.
    return home / "molisa_runs" / f"{run_id}.pid"


def reclaim_dead_runs(instance, home: Path | None = None) -> list[str]:
    """Fail the CLI runs of this host whose process is gone (killed, machine crash) and free their
    pool slots, which would otherwise keep every later run of the pool waiting for ever."""
    import dagster as dg

    home = home or Path(os.environ.get("DAGSTER_HOME") or ".dagster").resolve()
    host = socket.gethostname()
    runs = instance.get_runs(filters=dg.RunsFilter(statuses=[dg.DagsterRunStatus.STARTED],
                                                   tags={"molisa/trigger": "cli", "molisa/host": host}))

    def alive(run) -> bool:
        # The file is written before the run is created and removed when it ends: no file, no process.
        path = _pid_file(home, run.run_id)
        text = path.read_text().strip() if path.exists() else ""
        return text.isdigit() and int(text) > 0 and _alive(int(text))

    dead = [run for run in runs if not alive(run)]
    for run in dead:
        instance.event_log_storage.free_concurrency_slots_for_run(run.run_id)
        instance.report_run_failed(run, message="molisa: the `molisa run` process ended without finishing the "
                                                "run (killed?); its pool slot was freed")
        _pid_file(home, run.run_id).unlink(missing_ok=True)
    return [run.run_id for run in dead]


def _inputs_now():
    """What a complete run would read, now (orchestration.uptodate)."""
    from orchestration import uptodate

    return uptodate.inputs(Path(settings.raw_dir()), settings.max_bytes(), Path(settings.corrections_path()),
                           Path(settings.warehouse_path()))


def cmd_run(args: argparse.Namespace) -> int:
    raw = Path(settings.raw_dir())
    if not raw.is_dir():
        return _fail(f"MOLISA_RAW_DIR {raw} is not a folder; point it at the folder of saved pages "
                     "(default data/raw)")
    corrections = Path(settings.corrections_path())
    if os.environ.get("MOLISA_CORRECTIONS") and not corrections.exists():
        print(f"molisa: warning: MOLISA_CORRECTIONS is {corrections}, which does not exist: no correction will be "
              "applied", file=sys.stderr)
    home = ensure_dagster_home()
    started = time.monotonic()
    from orchestration import uptodate

    complete = not args.select
    seen = _inputs_now() if complete else None
    if complete and not args.force:
        record = uptodate.load_record(home)
        if not (differences := uptodate.changed(record, seen)):
            print(f"molisa: nothing to do ({time.monotonic() - started:.1f}s): the {seen['file_count']} document "
                  f"files, sources.csv, the corrections file, the code and the warehouse (snapshot "
                  f"{seen['snapshot']}) are as run {record['run_id']} left them; `molisa run --force` starts the "
                  f"run anyway", file=sys.stderr)
            print(record["summary"])
            return 0
        if record is not None:
            print(f"molisa: changed since the last complete run: {', '.join(differences)}", file=sys.stderr)
    import dagster as dg

    from orchestration.definitions import defs

    job = defs.resolve_job_def("materialize_all")
    selection = None
    if args.select:
        graph = defs.resolve_asset_graph()
        try:
            with warnings.catch_warnings():  # (Dagster marks its selection syntax beta: no news for the analyst)
                warnings.simplefilter("ignore")
                selection = list(dg.AssetSelection.from_string(args.select).resolve(graph))
        except Exception as exc:  # noqa: BLE001 - any parse error is the user's selection
            return _fail(f"bad --select {args.select!r}: {exc}")
        if not selection:  # "group:Serve", "group:nope": an empty selection would have run every asset
            groups = sorted({graph.get(key).group_name for key in graph.get_all_asset_keys()})
            return _fail(f"--select {args.select!r} selects no asset (group names: {', '.join(groups)}; "
                         f"or an asset's name, e.g. 'facts+')")
    warehouse_path = defs.resources["warehouse"].path
    print(f"molisa: materializing into {warehouse_path} (Dagster home {home})", file=sys.stderr)
    instance = dg.DagsterInstance.get()
    for run_id in reclaim_dead_runs(instance):
        print(f"molisa: run {run_id} had been killed; marked failed, its pool slot freed", file=sys.stderr)
    for other in instance.get_runs(filters=dg.RunsFilter(statuses=[dg.DagsterRunStatus.STARTED])):
        print(f"molisa: run {other.run_id} is writing the warehouse; this run waits for the 'warehouse' pool "
              "between its steps", file=sys.stderr)
    from dagster._core.utils import make_new_run_id

    from orchestration.launch import launch_in_process, run_url

    run_id = make_new_run_id()
    pid_file = _pid_file(home, run_id)
    pid_file.parent.mkdir(parents=True, exist_ok=True)
    pid_file.write_text(str(os.getpid()))
    print(f"molisa: run {run_id} of job materialize_all: {run_url(run_id)} (open the UI with `make dev`)",
          file=sys.stderr)
    try:
        result = launch_in_process(
            instance, job.name, asset_selection=selection, run_id=run_id,
            run_config={"loggers": {"console": {"config": {"log_level": args.log_level}}}},
            tags={"molisa/trigger": "cli", "molisa/host": socket.gethostname()},
        )
    finally:
        pid_file.unlink(missing_ok=True)
    if not result.success:
        failed = [e.step_key for e in result.all_events if e.is_step_failure]
        return _fail(f"run {result.run_id} failed in {', '.join(failed) or 'a step'}; "
                     f"see the error at {run_url(result.run_id)} (`make dev`)")
    counts = summary(warehouse_path)
    from assets.readable import counted

    line = (f"{counted(counts['documents'], 'document')} ({counts['quarantined']} quarantined, {counts['duplicates']} "
            f"duplicate, {counts['without_facts']} read with no fact), {counted(counts['facts'], 'fact')} extracted "
            f"({counts['reviewed']} after the analysts' corrections), {counted(counts['findings'], 'finding')}, "
            f"warehouse snapshot {counts['snapshot']}")
    print(f"molisa: run {result.run_id} ok in {time.monotonic() - started:.1f}s: {line}")
    # (the commands suggested name this run's warehouse when it is not the default one they would read)
    on = "" if os.environ.get("MOLISA_WAREHOUSE") is None else f"MOLISA_WAREHOUSE={shlex.quote(warehouse_path)} "
    if counts["corrections_not_applied"]:
        print(f"molisa: {counts['corrections_not_applied']} line(s) of the corrections file could not apply: "
              f"`{on}molisa sql \"select line_no, problem from corrections_log where not applied\"`", file=sys.stderr)
    if complete:
        # The warehouse as this run left it; the files, code and corrections as they were when it began.
        left = {**seen, "snapshot": uptodate.warehouse_snapshot(Path(warehouse_path)),
                "serving_file": uptodate.file_state(Path(warehouse_path) / uptodate.SERVING_FILE)}
        uptodate.save_record(home, left, result.run_id, f"molisa: run {result.run_id} (the last complete run): {line}")
    new_findings = (instance.get_run_by_id(result.run_id).tags or {}).get("molisa/new_findings")
    if new_findings:
        print(f"molisa: this run raised {new_findings} new finding(s): see consistency_findings in the UI, or "
              f"`{on}molisa sql \"select rule, message from consistency_findings\"`")
    print(f"molisa: in the Dagster UI: {run_url(result.run_id)}")
    return 0


def _print(frame, as_json: bool, rows: int = 200) -> None:
    """One JSON array of row objects, or a readable table."""
    import polars as pl

    if as_json:
        print(json.dumps(frame.to_dicts(), ensure_ascii=False, default=str))
        return
    # (amounts in full, "115751950000", not "1.1575e11")
    with pl.Config(tbl_rows=rows, tbl_cols=-1, fmt_str_lengths=80, tbl_width_chars=200, fmt_float="full"):
        print(frame)
    # (a column all empty has no longest text: "describe documents", whose keys are all NULL)
    if frame.height > rows or any((frame[name].str.len_chars().max() or 0) > 80 for name, kind in frame.schema.items()
                                  if kind == pl.String and frame.height):
        print(f"(a table shows {rows} rows at most and 80 characters of a text; --json prints every row in full)",
              file=sys.stderr)


def _open_reader(snapshot: int | None = None):
    """The warehouse opened read-only (as of ``snapshot``), or None once the reason is printed."""
    from assets.warehouse import lake as warehouse

    try:
        return warehouse.connect(settings.warehouse_path(), read_only=True, snapshot=snapshot)
    except warehouse.WarehouseError as exc:
        _fail(str(exc))
        return None


def cmd_sql(args: argparse.Namespace) -> int:
    import duckdb

    from assets.warehouse import guard, lake

    if (con := _open_reader(args.at)) is None:
        return 1
    try:
        guard.lock_down(con, settings.warehouse_path())
        guard.check_query(con, args.query)
        frame = con.execute(args.query).pl()
    except lake.WarehouseError as exc:
        return _fail(str(exc))
    except duckdb.Error as exc:
        first = str(exc).splitlines()[0]
        return _fail(f"query failed: {first}{guard.explain_error(first)}")
    finally:
        con.close()
    _print(frame, args.json)
    return 0


def cmd_versions(args: argparse.Namespace) -> int:
    from assets.warehouse import lake as warehouse

    if (con := _open_reader()) is None:
        return 1
    try:
        frame = warehouse.snapshots(con).select("snapshot_id", "time", "asset", "run_id", "code_version", "tables",
                                                "changes")
    finally:
        con.close()
    # The table shows the tables by name; DuckLake's own change record (tables by internal id) stays in --json.
    _print(frame if args.json else frame.drop("changes"), args.json, rows=500)
    return 0


def cmd_diff(args: argparse.Namespace) -> int:
    import duckdb
    import polars as pl

    from assets.describe import changes_of
    from assets.warehouse import lake as warehouse

    if args.from_snapshot >= args.to_snapshot:
        return _fail(f"diff {args.from_snapshot} {args.to_snapshot}: the first snapshot must come before the second "
                     "(`molisa versions` lists them)")
    if (con := _open_reader()) is None:
        return 1
    tables = [args.table] if args.table else list(DIFF_TABLES)
    try:
        newest = warehouse.current_snapshot(con)
        if args.to_snapshot > newest:
            return _fail(f"diff: the warehouse has no snapshot {args.to_snapshot} (the newest is {newest}; "
                         "`molisa versions` lists them)")
        as_json = []
        for table in tables:
            changes = con.execute(
                f"select * exclude (rowid) from {warehouse.ALIAS}.table_changes(?, ?, ?) order by snapshot_id, change_type",
                [table, args.from_snapshot + 1, args.to_snapshot],
            ).pl()
            matched = changes_of(changes, table) if changes.height else None
            if "content" in changes.columns:
                changes = changes.drop("content")
            if args.json:  # every row in full, the counts beside them
                counts = matched or {kind: n for kind, n in changes.group_by("change_type").len().rows()}
                as_json.append({"table": table, **{k: v for k, v in counts.items() if k != "snapshots"},
                                "rows": changes.to_dicts()})
                continue
            if "text" in changes.columns:
                changes = changes.with_columns(pl.col("text").str.slice(0, 40))
            if matched is not None:
                # A row deleted and inserted again with the same key (or, for facts, the same claim) is one update.
                columns = ", ".join(matched["changed_columns"])
                print(f"{table}: {matched['inserted']} inserted, {matched['deleted']} deleted, {matched['updated']} "
                      f"updated" + (f" ({columns})" if columns else ""))
            else:
                counts = changes.group_by("change_type").len().sort("change_type").rows()
                print(f"{table}: " + (", ".join(f"{n} {kind}" for kind, n in counts) or "no change"))
            if changes.height:
                if matched is not None and changes.height != matched["inserted"] + matched["deleted"]:
                    print("  (the rows below are the stored changes: a row updated, or stored again unchanged under a "
                          "new id, as an edited article's facts are, shows as a delete and an insert)")
                # (every column: the one that changed may be any of them)
                with pl.Config(tbl_rows=50, tbl_cols=-1, fmt_str_lengths=40, tbl_width_chars=200, fmt_float="full"):
                    print(changes)
        if args.json:
            print(json.dumps(as_json, ensure_ascii=False, default=str))
    except duckdb.Error as exc:
        return _fail(f"diff failed: {str(exc).splitlines()[0]}")
    finally:
        con.close()
    return 0


def cmd_eval(args: argparse.Namespace) -> int:
    from orchestration.evaluate import evaluate_file

    return evaluate_file(Path(args.gold), settings.warehouse_path(), strict=args.strict)


def cmd_export(args: argparse.Namespace) -> int:
    from orchestration.export import export_tables, tables_named

    try:
        tables = tables_named(args.tables)
    except ValueError as exc:
        return _fail(f"--tables: {exc}")
    if (con := _open_reader()) is None:
        return 1
    try:
        written = export_tables(con, Path(args.directory), args.format, tables)
    except OSError as exc:
        return _fail(f"cannot write to {args.directory}: {exc.strerror}; choose a folder you can write to")
    finally:
        con.close()
    for name, rows in written.items():
        print(f"{Path(args.directory) / name}.{args.format}: {rows} rows")
    return 0


def cmd_review(args: argparse.Namespace) -> int:
    import duckdb

    from assets.review.site import build_site
    from assets.warehouse import lake as warehouse

    started = time.monotonic()
    if (con := _open_reader(args.at)) is None:
        return 1
    out = Path(args.directory)
    try:
        info = {"snapshot": warehouse.current_snapshot(con), "at": args.at, "corrections_file": settings.corrections_path()}
        index, pages = build_site(con, out, info)
    except duckdb.CatalogException as exc:
        return _fail(f"the warehouse has no {str(exc).split('with name ')[-1].split()[0]} table yet: run `molisa run` "
                     "first (or pick a later --at snapshot)")
    except OSError as exc:
        return _fail(f"cannot write the review site to {out}: {exc.strerror}; choose a folder you can write to")
    finally:
        con.close()
    print(f"molisa: review site of {pages} documents written in {time.monotonic() - started:.1f}s: "
          f"open {index.resolve()}")
    return 0


def cmd_connect(args: argparse.Namespace) -> int:
    from orchestration.connect import recipe

    try:
        print(recipe(args.tool, settings.warehouse_path(), pin=args.pin), end="")
    except Exception as exc:  # noqa: BLE001 - a missing extension package is the environment's problem
        return _fail(str(exc))
    return 0


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="molisa", description=__doc__)
    sub = parser.add_subparsers(dest="command", required=True)
    run = sub.add_parser("run", help="materialize every asset through Dagster")
    run.add_argument("--select", default=None, help="Dagster asset selection, e.g. 'group:serve' or 'facts+'")
    run.add_argument("--log-level", default="INFO", choices=["DEBUG", "INFO", "WARNING", "ERROR"])
    run.add_argument("--force", action="store_true",
                     help="start the run even when nothing changed since the last complete run (each step "
                          "still reuses its last result when its inputs did not change)")
    run.set_defaults(func=cmd_run)
    sql = sub.add_parser("sql", help="run read-only SQL on the warehouse")
    sql.add_argument("query")
    sql.add_argument("--json", action="store_true", help="print one JSON array of row objects")
    sql.add_argument("--at", type=int, default=None, metavar="SNAPSHOT", help="query as of a past snapshot")
    sql.set_defaults(func=cmd_sql)
    versions = sub.add_parser("versions", help="list the warehouse snapshots")
    versions.add_argument("--json", action="store_true")
    versions.set_defaults(func=cmd_versions)
    diff = sub.add_parser("diff", help="rows inserted, deleted and updated between two snapshots")
    diff.add_argument("from_snapshot", type=int)
    diff.add_argument("to_snapshot", type=int)
    diff.add_argument("table", nargs="?", default=None)
    diff.add_argument("--json", action="store_true",
                      help="one JSON array: per table inserted / deleted / updated counts, their keys, changed_columns "
                           "and every changed row (README: The CLI)")
    diff.set_defaults(func=cmd_diff)
    ev = sub.add_parser("eval", help="compare the warehouse's facts with a gold file (seeds_gold.jsonl format)")
    ev.add_argument("gold")
    ev.add_argument("--strict", action="store_true", help="compare every field, not only (file, metric, value)")
    ev.set_defaults(func=cmd_eval)
    export = sub.add_parser("export", help="write the marts (or other tables) as Parquet or CSV files")
    export.add_argument("directory")
    export.add_argument("--format", choices=["parquet", "csv"], default="parquet")
    export.add_argument("--tables", default="marts", metavar="NAMES",
                        help="marts (default), all, or names joined with commas: the marts, facts_reviewed, facts, "
                             "consistency_findings, documents")
    export.set_defaults(func=cmd_export)
    review = sub.add_parser("review", help="write the review site: every fact highlighted on its document's text")
    review.add_argument("directory", nargs="?", default="data/review", help="output folder (default data/review/)")
    review.add_argument("--at", type=int, default=None, metavar="SNAPSHOT", help="the warehouse as of a past snapshot")
    review.set_defaults(func=cmd_review)
    connect = sub.add_parser("connect", help="what a BI tool needs to open this warehouse (paths resolved)")
    connect.add_argument("--for", dest="tool", default=None,
                         choices=["duckdb", "harlequin", "superset", "evidence", "metabase", "python"])
    connect.add_argument("--pin", action="store_true",
                         help="pin the full-warehouse init SQL to the snapshot of the last complete run")
    connect.set_defaults(func=cmd_connect)
    args = parser.parse_args(argv)
    from orchestration.evaluate import GoldError
    from orchestration.settings import SettingError

    try:
        return args.func(args)
    except (SettingError, GoldError) as exc:
        return _fail(str(exc))


if __name__ == "__main__":
    sys.exit(main())
