"""The serving file: a plain DuckDB copy of one complete warehouse snapshot, replaced whole."""

import json
import shutil
from datetime import date
from pathlib import Path

import duckdb
import pytest

from assets.check.schemas import PERIODS
from assets.serving.asset import CODE_VERSION, METRIC_NAMES_TABLE, SERVED_TABLES
from assets.warehouse import lake, serving

# Every period code of CONTRACT §4 (facts.period), the first-n-months codes included.
CONTRACT_PERIODS = ["FY", "H1", "H2", "9M", *[f"Q{q}" for q in range(1, 5)], *[f"M{m}" for m in range(1, 13)],
                    "2M", "4M", "5M", "7M", "8M", "10M", "11M"]


def open_plain(path: Path) -> duckdb.DuckDBPyConnection:
    """The serving file opened the way a BI tool does: read-only, no extension may load."""
    return duckdb.connect(str(path), read_only=True,
                          config={"autoinstall_known_extensions": False, "autoload_known_extensions": False})


@pytest.fixture
def private_warehouse(seed_warehouse, tmp_path) -> Path:
    """A copy of the seed warehouse this test may rewrite (copied, so at another path: a moved folder)."""
    copy = tmp_path / "warehouse"
    shutil.copytree(seed_warehouse, copy)
    return copy


def test_run_writes_a_plain_duckdb_file_with_every_served_table(corpus_run):
    result, warehouse = corpus_run
    con = open_plain(warehouse / serving.SERVING_FILE)
    tables = {row[0] for row in con.execute("show tables").fetchall()}
    assert tables == {*SERVED_TABLES, serving.INFO_TABLE, METRIC_NAMES_TABLE}
    # every metric a fact carries has its names beside it, for a dashboard's labels
    unnamed = con.execute("select count(*) from facts_reviewed f left join metric_names m on m.code = f.metric "
                          "where m.name_vi is null or m.name_en is null").fetchone()[0]
    assert unnamed == 0 and con.execute("select name_vi from metric_names where code = 'jobs_created'").fetchone() \
        == ("Giải quyết việc làm",)
    info = con.execute("select run_id, warehouse_snapshot, tables, row_counts, code_versions from serving_info").fetchone()
    assert info[0] == result.run_id
    assert info[2].split(",") == list(SERVED_TABLES)
    counts = json.loads(info[3])
    for table in SERVED_TABLES:
        assert con.execute(f"select count(*) from {table}").fetchone()[0] == counts[table], table
    assert counts["facts"] > 50 and counts["documents"] >= 19
    assert json.loads(info[4])["facts"].startswith("extract-")
    # The documents keep their cleaned text: evidence spans index into it.
    row = con.execute("select f.evidence, substr(d.text, f.span_start + 1, f.span_end - f.span_start) "
                      "from facts f join documents d using (doc_id) limit 1").fetchone()
    assert row[0] == row[1]
    con.close()


def test_serving_rows_are_the_warehouse_rows_at_the_served_snapshot(corpus_warehouse, connect):
    con = open_plain(corpus_warehouse / serving.SERVING_FILE)
    snapshot = con.execute("select warehouse_snapshot from serving_info").fetchone()[0]
    wh = connect(corpus_warehouse, read_only=True, snapshot=snapshot)
    assert snapshot == lake.current_snapshot(connect(corpus_warehouse, read_only=True))
    for table in SERVED_TABLES:
        columns = ", ".join(f'"{c[0]}"' for c in wh.execute(f"describe {table}").fetchall())
        digest = f"select count(*), coalesce(bit_xor(hash({columns})), 0) from {table}"
        assert con.execute(digest).fetchone() == wh.execute(digest).fetchone(), table
    con.close()


def test_list_columns_have_text_twins_and_marts_have_date_columns(corpus_warehouse):
    con = open_plain(corpus_warehouse / serving.SERVING_FILE)
    types = {(t, c): k for t, c, k in con.execute(
        "select table_name, column_name, data_type from duckdb_columns() where not internal").fetchall()}
    lists = [(t, c) for (t, c), k in types.items() if k.endswith("[]")]
    assert ("mart_metric_yoy", "doc_ids") in lists and ("consistency_findings", "fact_ids") in lists
    for table, column in lists:
        assert types[(table, f"{column}_text")] == "VARCHAR", (table, column)
    for mart in ("mart_metric_yoy", "mart_plan_attainment", "mart_province_year"):
        assert types[(mart, "period_start")] == types[(mart, "period_end")] == "DATE"
    row = con.execute("select doc_ids, doc_ids_text, period_start, period_end from mart_metric_yoy "
                      "where province = 'Hà Giang' and metric = 'jobs_created' and period = 'FY' and year = 2024"
                      ).fetchone()
    assert row[1] == ";".join(row[0])
    assert (row[2], row[3]) == (date(2024, 1, 1), date(2024, 12, 31))
    assert con.execute("select count(*) from mart_metric_yoy where period_start is null").fetchone()[0] == 0
    con.close()


def test_every_served_table_and_column_says_what_it_holds(corpus_warehouse):
    """A BI tool (or `describe`) shows each table's and column's comment: every served column has one, a list's text twin
    says it is the list as text, a count's its unit."""
    con = open_plain(corpus_warehouse / serving.SERVING_FILE)
    tables = dict(con.execute("select table_name, comment from duckdb_tables()").fetchall())
    assert set(tables) == {*SERVED_TABLES, "metric_names", serving.INFO_TABLE}
    assert all(comment for comment in tables.values()), tables
    comments = {(t, c): k for t, c, k in con.execute(
        "select table_name, column_name, comment from duckdb_columns() where not internal").fetchall()}
    assert [key for key, comment in comments.items() if not comment] == []
    assert comments[("consistency_findings", "fact_ids_text")] == (
        comments[("consistency_findings", "fact_ids")] + " (as text, the items joined with ';', for tools that show no lists)")
    assert "(unit: " in comments[("facts", "value")] or "unit" in comments[("facts", "unit")]
    con.close()


def test_served_facts_and_findings_name_their_file(corpus_warehouse):
    """A dashboard shows each fact's and finding's file without a join: source_path is its document's."""
    con = open_plain(corpus_warehouse / serving.SERVING_FILE)
    for table in ("facts", "facts_reviewed", "consistency_findings"):
        wrong = con.execute(f"select count(*) from {table} t left join (select doc_id, min(source_path) as path from "
                            f"documents where status = 'ok' group by 1) d using (doc_id) "
                            f"where t.source_path is distinct from d.path").fetchone()[0]
        assert wrong == 0, table
    assert con.execute("select count(*) from facts_reviewed where source_path is null").fetchone()[0] == 0
    con.close()


def test_every_period_code_has_its_dates(corpus_warehouse, connect):
    con = connect(corpus_warehouse, read_only=True)
    dates = {period: (start, end) for period, start, end in con.execute(
        "select period, make_date(2024, first_month, 1), last_day(make_date(2024, last_month, 1)) from stg_periods"
    ).fetchall()}
    assert set(CONTRACT_PERIODS) | set(PERIODS) <= set(dates)
    assert dates["FY"] == (date(2024, 1, 1), date(2024, 12, 31))
    assert dates["H2"] == (date(2024, 7, 1), date(2024, 12, 31))
    assert dates["9M"] == (date(2024, 1, 1), date(2024, 9, 30))
    assert dates["Q4"] == (date(2024, 10, 1), date(2024, 12, 31))
    assert dates["M2"] == (date(2024, 2, 1), date(2024, 2, 29))  # a leap year's February
    assert dates["2M"] == (date(2024, 1, 1), date(2024, 2, 29))
    assert dates["11M"] == (date(2024, 1, 1), date(2024, 11, 30))
    assert con.execute("select count(*) - count(distinct period) from stg_periods").fetchone()[0] == 0


def test_a_reader_of_the_old_file_is_not_disturbed_by_a_new_one(private_warehouse):
    target = private_warehouse / serving.SERVING_FILE
    before = open_plain(target)
    old_run = before.execute("select run_id from serving_info").fetchone()[0]
    info = serving.publish(private_warehouse, ["facts", "documents"], "run-b", "other-code", log=lambda _: None)
    assert not info.reused and info.rows["facts"] > 0
    # The reader that had the old file open keeps reading it whole...
    assert before.execute("select run_id from serving_info").fetchone()[0] == old_run
    assert before.execute("select count(*) from mart_metric_yoy").fetchone()[0] > 0
    before.close()
    # ... while a new reader gets the new file, and no temporary file is left behind (the served file is one of the
    # two that take turns).
    after = open_plain(target)
    assert after.execute("select run_id, tables from serving_info").fetchone() == ("run-b", "facts,documents")
    after.close()
    left = [p for p in private_warehouse.iterdir() if p.name.startswith(".serving")]
    assert {p.name for p in left} <= {*serving.SLOTS, serving.LOCK} and any(p.samefile(target) for p in left)


def test_an_unchanged_warehouse_keeps_its_serving_file(private_warehouse):
    first = serving.publish(private_warehouse, SERVED_TABLES, "run-1", CODE_VERSION, log=lambda _: None)
    inode = first.path.stat().st_ino
    again = serving.publish(private_warehouse, SERVED_TABLES, "run-2", CODE_VERSION, log=lambda _: None)
    assert again.reused and again.run_id == first.run_id and again.path.stat().st_ino == inode



def _edit(connect, warehouse: Path, title: str) -> None:
    """A small change to the warehouse: one fact gone, one changed, one document retitled; of the yoy mart (keyed by six
    columns, a district NULL in most), a province-wide row gone and another changed."""
    wh = connect(warehouse)
    with lake.transaction(wh, "test edit", {"asset": "test"}):
        wh.execute("delete from facts_reviewed where fact_id = (select min(fact_id) from facts_reviewed)")
        wh.execute("update facts_reviewed set value = value + 1 where fact_id = (select max(fact_id) from facts_reviewed)")
        wh.execute("update documents set title = ? where source_path = (select min(source_path) from documents)", [title])
        rows = wh.execute("select metric, period, year, province from mart_metric_yoy where district is null "
                          "order by all limit 2").fetchall()
        wh.execute("delete from mart_metric_yoy where district is null and (metric, period, year, province) = (?, ?, ?, ?)",
                   list(rows[0]))
        wh.execute("update mart_metric_yoy set value = value + 1 where district is null "
                   "and (metric, period, year, province) = (?, ?, ?, ?)", list(rows[1]))
    wh.close()


def _holds_the_warehouse(connect, warehouse: Path, path: Path) -> None:
    """Every served table of the file at ``path`` has the rows of the warehouse snapshot it names, that snapshot the
    newest."""
    con = open_plain(path)
    snapshot = con.execute("select warehouse_snapshot from serving_info").fetchone()[0]
    pinned = connect(warehouse, read_only=True, snapshot=snapshot)
    assert snapshot == lake.current_snapshot(pinned)
    for table in SERVED_TABLES:
        columns = ", ".join(f'"{c[0]}"' for c in pinned.execute(f"describe {serving.select_with_text(pinned, table)}").fetchall())
        digest = f"select count(*), coalesce(bit_xor(hash({columns})), 0) from ({{}})"
        assert (con.execute(digest.format(f'select * from "{table}"')).fetchone()
                == pinned.execute(digest.format(serving.select_with_text(pinned, table))).fetchone()), table
    con.close()


def test_a_small_change_updates_a_copy_of_the_served_file_to_the_same_rows(private_warehouse, connect):
    serving.publish(private_warehouse, SERVED_TABLES, "run-1", CODE_VERSION, log=lambda _: None)
    _edit(connect, private_warehouse, "a new title")
    said = []
    info = serving.publish(private_warehouse, SERVED_TABLES, "run-2", CODE_VERSION, log=said.append)
    assert not info.reused and any("updated in place" in line and "facts_reviewed" in line and "mart_metric_yoy" in line
                                   for line in said), said
    _holds_the_warehouse(connect, private_warehouse, info.path)
    con = open_plain(info.path)
    assert con.execute("select count(*) from documents where title = 'a new title'").fetchone()[0] == 1
    con.close()


def test_the_spare_file_is_brought_up_to_date_in_place_unless_a_reader_holds_it(private_warehouse, connect, monkeypatch):
    """The two files take turns: the one not served, two runs behind, is updated in place and served (no copy of the
    served file); while a reader holds it open it is left alone and a copy of the served file is updated instead."""
    monkeypatch.setattr(serving, "MAX_FREE", 1.0)  # (files this small are mostly free blocks after any update)
    target = private_warehouse / serving.SERVING_FILE
    for run in ("run-1", "run-2"):
        _edit(connect, private_warehouse, f"title of {run}")
        serving.publish(private_warehouse, SERVED_TABLES, run, CODE_VERSION, log=lambda _: None)
    _edit(connect, private_warehouse, "title of run-3")
    said = []
    info = serving.publish(private_warehouse, SERVED_TABLES, "run-3", CODE_VERSION, log=said.append)
    assert any("brought up to date in place" in line for line in said), "\n".join(said)
    _holds_the_warehouse(connect, private_warehouse, target)
    spare = next(private_warehouse / name for name in serving.SLOTS if not (private_warehouse / name).samefile(target))
    reader = open_plain(spare)
    held = reader.execute("select run_id from serving_info").fetchone()[0]
    _edit(connect, private_warehouse, "title of run-4")
    said = []
    info = serving.publish(private_warehouse, SERVED_TABLES, "run-4", CODE_VERSION, log=said.append)
    assert info.run_id == "run-4" and any("copy of the served file" in line for line in said), "\n".join(said)
    assert reader.execute("select run_id from serving_info").fetchone()[0] == held  # the reader's file untouched
    reader.close()
    _holds_the_warehouse(connect, private_warehouse, target)


def test_a_run_killed_while_writing_leaves_nothing_the_next_one_reads(private_warehouse, connect):
    """What a killed run left beside the served file (a half-written copy, a link, an in-place update's log of a slot
    then written anew) is removed or never replayed into the file that replaces it."""
    serving.publish(private_warehouse, SERVED_TABLES, "run-1", CODE_VERSION, log=lambda _: None)
    target = private_warehouse / serving.SERVING_FILE
    spare = next(private_warehouse / name for name in serving.SLOTS if not (private_warehouse / name).samefile(target))
    shutil.copyfile(target, spare)  # a spare of the same state, then a log of an update that never finished
    junk = [private_warehouse / f".{serving.SERVING_FILE}.dead.tmp", private_warehouse / f".{serving.SERVING_FILE}.x.link"]
    for path in junk:
        path.write_bytes(b"left by a killed run")
    (private_warehouse / f"{spare.name}.wal").write_bytes(b"not this file's log")
    _edit(connect, private_warehouse, "after the crash")
    info = serving.publish(private_warehouse, SERVED_TABLES, "run-2", "another-code", log=lambda _: None)  # written anew
    assert not any(path.exists() for path in junk) and not (private_warehouse / f"{spare.name}.wal").exists()
    assert info.path.samefile(spare)
    _holds_the_warehouse(connect, private_warehouse, target)


def test_a_renamed_file_renames_its_facts_in_the_served_copy(private_warehouse, connect):
    """A file renamed (its bytes, hence its facts, unchanged) moves the served facts' source_path with it when the
    served file is brought up to date by key."""
    serving.publish(private_warehouse, SERVED_TABLES, "run-1", CODE_VERSION, log=lambda _: None)
    wh = connect(private_warehouse)
    doc_id, path = wh.execute("select doc_id, source_path from documents where status = 'ok' and doc_id in "
                              "(select doc_id from facts_reviewed) order by source_path limit 1").fetchone()
    with lake.transaction(wh, "test rename", {"asset": "test"}):
        wh.execute("update documents set source_path = 'renamed/' || source_path where source_path = ?", [path])
    wh.close()
    said = []
    info = serving.publish(private_warehouse, SERVED_TABLES, "run-2", CODE_VERSION, log=said.append)
    assert any("updated in place" in line for line in said), said
    con = open_plain(info.path)
    assert {r[0] for r in con.execute("select distinct source_path from facts_reviewed where doc_id = ?",
                                      [doc_id]).fetchall()} == {f"renamed/{path}"}
    con.close()
