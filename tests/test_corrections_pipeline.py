"""Corrections through the real pipeline: a reject, a province fix and an add change facts_reviewed and
the marts exactly so; a no-op rerun keeps them; `molisa sql --at` shows each state; the sensor sees an
edit and refreshes only what depends on the corrections file."""

from __future__ import annotations

import csv
import json
import re
import shutil

import dagster as dg
import polars as pl
import pytest

from assets.marts.models import MART_KEYS
from assets.places import province_2025
from assets.review.matching import picking_evidence
from orchestration import cli
from orchestration import warehouse as lake
from tests.conftest import SEEDS, run_pipeline

NEW_PROVINCE = "Cà Mau"  # no seed article is about it
MART_KEY = ["province_2025", "province", "district", "metric", "period", "year"]


def _mart(con) -> set[tuple]:
    rows = con.execute(f"select {', '.join(MART_KEY)}, * exclude (doc_ids, source_paths, alternatives, {', '.join(MART_KEY)}) "
                       "from mart_metric_yoy").pl()
    return set(rows.select(pl.all().cast(pl.String)).rows())


def _key(row: dict) -> tuple:
    return tuple(None if row[k] is None else str(row[k]) for k in MART_KEY)


def _write(path, rows: list[list[str]]) -> None:
    with path.open("w", encoding="utf-8", newline="") as handle:
        writer = csv.writer(handle)
        writer.writerow(["action", "source", "metric", "evidence", "field", "value", "note", "author"])
        writer.writerows(rows)


@pytest.fixture(scope="module")
def corrected(tmp_path_factory):
    """Seeds run once without corrections, then with a reject, a fix, an add and a bad line, then again."""
    base = tmp_path_factory.mktemp("corrections")
    raw, wh, corrections = base / "raw", base / "warehouse", base / "corrections.csv"
    shutil.copytree(SEEDS, raw)
    instance = dg.DagsterInstance.ephemeral()
    assert run_pipeline(raw, wh, instance, corrections=corrections).success
    con = lake.connect(wh, read_only=True)
    before = {"snapshot": lake.current_snapshot(con), "mart": _mart(con),
              "facts": con.execute("select * from facts").pl(),
              "reviewed": con.execute("select * exclude (review_status, correction_ids) from facts_reviewed").pl()}
    texts = dict(con.execute("select doc_id, text from documents").fetchall())
    paths = dict(con.execute("select doc_id, source_path from documents").fetchall())
    # Facts alone in their mart row, with no neighbouring year: removing or moving one changes only its row.
    chosen = con.execute("""
        select f.* from stg_facts f join int_facts_chosen c using (fact_id)
        where c.reports = 1 and not exists (
            select 1 from int_facts_chosen o
            where o.metric = c.metric and o.period = c.period and o.province is not distinct from c.province
              and o.district is not distinct from c.district and abs(o.year - c.year) = 1)
        order by f.fact_id
    """).pl().to_dicts()
    con.close()
    facts = before["facts"].to_dicts()

    def line(action, fact, field="", value=""):
        same = [f for f in facts if f["doc_id"] == fact["doc_id"] and f["metric"] == fact["metric"]]
        key = picking_evidence(texts[fact["doc_id"]], fact, same)
        assert key is not None
        return [action, paths[fact["doc_id"]], fact["metric"], key, field, value, "test", "an analyst"]

    reject, fix = chosen[0], next(f for f in chosen if f["metric"] != chosen[0]["metric"])
    add_doc = reject["doc_id"]
    add_evidence = texts[add_doc][:12].strip()
    _write(corrections, [
        line("reject", reject),
        line("fix", fix, "province", NEW_PROVINCE),
        ["add", paths[add_doc], "scholarships", add_evidence, "", "12;year=2001;period=FY", "missed", "an analyst"],
        ["reject", paths[add_doc], "jobs_created", "câu này không có trong bài", "", "", "", ""],
    ])
    second = run_pipeline(raw, wh, instance, corrections=corrections)
    assert second.success
    con = lake.connect(wh, read_only=True)
    after = {"snapshot": lake.current_snapshot(con), "mart": _mart(con),
             "reviewed": con.execute("select * from facts_reviewed").pl(),
             "log": con.execute("select * from corrections_log order by line_no").pl()}
    con.close()
    after["summary"] = cli.summary(str(wh))  # what `molisa run` prints after this run
    assert run_pipeline(raw, wh, instance, corrections=corrections).success
    con = lake.connect(wh, read_only=True)
    again = {"snapshot": lake.current_snapshot(con), "mart": _mart(con),
             "reviewed": con.execute("select * from facts_reviewed").pl()}
    con.close()
    return {"wh": wh, "raw": raw, "instance": instance, "corrections": corrections, "before": before,
            "after": after, "again": again, "second": second, "reject": reject, "fix": fix,
            "add": {"doc_id": add_doc, "evidence": add_evidence}}


def test_without_corrections_facts_reviewed_is_facts(corrected):
    before = corrected["before"]
    assert before["reviewed"].sort("fact_id").equals(before["facts"].sort("fact_id"))


def test_reject_fix_and_add_change_facts_reviewed_exactly_so(corrected):
    before, after = corrected["before"]["facts"], corrected["after"]["reviewed"]
    reject, fix = corrected["reject"], corrected["fix"]
    assert reject["fact_id"] not in after["fact_id"].to_list()
    fixed = after.filter(pl.col("fact_id") == fix["fact_id"]).row(0, named=True)
    assert (fixed["province"], fixed["province_2025"], fixed["review_status"]) == (
        NEW_PROVINCE, province_2025(NEW_PROVINCE), "corrected")
    added = after.filter(pl.col("review_status") == "added").row(0, named=True)
    assert (added["doc_id"], added["metric"], added["value"], added["year"], added["period"], added["evidence"]) == (
        corrected["add"]["doc_id"], "scholarships", 12.0, 2001, "FY", corrected["add"]["evidence"])
    # Every other fact is exactly as extracted.
    untouched = after.filter(pl.col("review_status") == "extracted").drop("review_status", "correction_ids")
    expected = before.filter(~pl.col("fact_id").is_in([reject["fact_id"], fix["fact_id"]]))
    assert untouched.sort("fact_id").equals(expected.sort("fact_id"))
    assert after.height == before.height - 1 + 1


def test_the_marts_change_exactly_by_those_three_facts(corrected):
    before, after = corrected["before"]["mart"], corrected["after"]["mart"]
    reject, fix = corrected["reject"], corrected["fix"]
    gone = {row[:6] for row in before - after}
    came = {row[:6] for row in after - before}
    moved = fix | {"province": NEW_PROVINCE, "province_2025": province_2025(NEW_PROVINCE)}
    added = {"province_2025": reject["province_2025"], "province": reject["province"], "district": reject["district"],
             "metric": "scholarships", "period": "FY", "year": 2001}
    assert gone == {_key(reject), _key(fix)}
    assert came == {_key(moved), _key(added)}


def test_corrections_log_explains_the_line_whose_evidence_is_not_in_the_document(corrected):
    log = corrected["after"]["log"]
    assert log.select("line_no", "action", "applied").rows() == [
        (2, "reject", True), (3, "fix", True), (4, "add", True), (5, "reject", False)]
    assert log["problem"][3] == "evidence not found: the document's text does not contain this evidence"
    assert log["fact_id"][0] == corrected["reject"]["fact_id"] and log["fact_id"][1] == corrected["fix"]["fact_id"]
    event = next(e for e in corrected["second"].get_asset_materialization_events()
                 if e.asset_key == dg.AssetKey("corrections_log"))
    meta = event.materialization.metadata
    assert meta["lines_applied"].value == 3 and meta["lines_not_applied"].value == 1
    rows = [record.data for record in meta["not_applied"].value.records]  # a table the UI draws inline
    assert [(row["line_no"], row["problem"].split(":")[0]) for row in rows] == [("5", "evidence not found")]


def test_the_findings_read_facts_reviewed(corrected, connect):
    con = connect(corrected["wh"], read_only=True)
    named = con.execute("select distinct unnest(fact_ids) from consistency_findings").fetchall()
    reviewed = set(corrected["after"]["reviewed"]["fact_id"].to_list())
    assert {row[0] for row in named} <= reviewed


def test_a_noop_rerun_writes_nothing_and_keeps_every_correction(corrected):
    after, again = corrected["after"], corrected["again"]
    assert again["snapshot"] == after["snapshot"]
    assert again["reviewed"].sort("fact_id").equals(after["reviewed"].sort("fact_id"))
    assert again["mart"] == after["mart"]


def _sql_json(capsys, monkeypatch, wh, query: str, at: int | None = None) -> list[dict]:
    monkeypatch.setenv("MOLISA_WAREHOUSE", str(wh))
    capsys.readouterr()
    assert cli.main(["sql", "--json", *(["--at", str(at)] if at is not None else []), query]) == 0
    return json.loads(capsys.readouterr().out)


def test_molisa_sql_at_shows_the_corrections_in_force_then(corrected, capsys, monkeypatch):
    wh, reject = corrected["wh"], corrected["reject"]
    query = ("select (select count(*) from corrections_log) as lines, "
             f"(select count(*) from facts_reviewed where fact_id = '{reject['fact_id']}') as rejected_fact, "
             "(select count(*) from facts_reviewed where review_status = 'added') as added")
    assert _sql_json(capsys, monkeypatch, wh, query, corrected["before"]["snapshot"]) == [
        {"lines": 0, "rejected_fact": 1, "added": 0}]
    assert _sql_json(capsys, monkeypatch, wh, query, corrected["after"]["snapshot"]) == [
        {"lines": 4, "rejected_fact": 0, "added": 1}]


def test_the_sensor_sees_an_edit_and_refreshes_only_what_depends_on_the_file(corrected, monkeypatch):
    from orchestration.definitions import defs
    from orchestration.sensors import corrections_sensor

    path = corrected["corrections"]
    monkeypatch.setenv("MOLISA_CORRECTIONS", str(path))
    first = corrections_sensor(dg.build_sensor_context(cursor=None, definitions=defs))
    cursor = first.cursor
    unchanged = corrections_sensor(dg.build_sensor_context(cursor=cursor, definitions=defs))
    assert isinstance(unchanged, dg.SkipReason) or not unchanged.run_requests
    with path.open("a", encoding="utf-8", newline="") as handle:
        fix = corrected["fix"]
        csv.writer(handle).writerow(["reject", *corrected["after"]["log"].row(1)[3:6], "", "", "", ""])
    edited = corrections_sensor(dg.build_sensor_context(cursor=cursor, definitions=defs))
    (request,) = edited.run_requests
    assert edited.cursor != cursor
    assert {key.to_user_string() for key in request.asset_selection} == {
        "facts_reviewed", "corrections_log", "consistency_findings",
        "mart_metric_yoy", "mart_plan_attainment", "mart_province_year", "serving_database"}
    result = run_pipeline(corrected["raw"], corrected["wh"], corrected["instance"], selection=request.asset_selection,
                          corrections=path)
    assert result.success
    materialized = {e.asset_key.to_user_string() for e in result.get_asset_materialization_events()}
    assert materialized == {key.to_user_string() for key in request.asset_selection}
    con = lake.connect(corrected["wh"], read_only=True)
    try:
        assert con.execute("select count(*) from facts_reviewed where fact_id = ?", [fix["fact_id"]]).fetchone()[0] == 0
        assert con.execute("select count(*) from facts").fetchone()[0] == corrected["before"]["facts"].height
    finally:
        con.close()


def test_both_tables_pass_their_schema_checks(corrected):
    evaluations = {(e.asset_key.to_user_string(), e.check_name): e
                   for e in corrected["second"].get_asset_check_evaluations()}
    for key in (("facts_reviewed", "schema_valid"), ("corrections_log", "schema_valid")):
        assert evaluations[key].passed, evaluations[key].metadata
    assert evaluations[("facts_reviewed", "schema_valid")].metadata["rows_checked"].value == 2  # fixed + added


def test_molisa_diff_shows_a_fixed_fact_as_one_update(corrected, capsys, monkeypatch):
    """reject, fix and add: one deleted, one updated (the province), one inserted, not deletes and inserts."""
    monkeypatch.setenv("MOLISA_WAREHOUSE", str(corrected["wh"]))
    first, last = corrected["before"]["snapshot"], corrected["after"]["snapshot"]
    assert cli.main(["diff", str(first), str(last), "facts_reviewed"]) == 0
    out = capsys.readouterr().out
    assert out.splitlines()[0].startswith("facts_reviewed: 1 inserted, 1 deleted, 1 updated (province"), out
    # the stored rows listed under it (the update's delete and insert) are said to be what they are
    assert "shows as a delete and an insert" in out.splitlines()[1], out
    # with no table named, the corrections' tables are shown too (not only "facts: no change")
    assert cli.main(["diff", str(first), str(last)]) == 0
    out = capsys.readouterr().out
    assert "facts_reviewed: 1 inserted, 1 deleted, 1 updated" in out and "corrections_log:" in out, out
    # … and the marts, matched on their grain: the few rows the corrections moved, not the whole table again
    assert set(MART_KEYS) <= set(cli.DIFF_TABLES)
    yoy = next(line for line in out.splitlines() if line.startswith("mart_metric_yoy:"))
    moved = sum(int(word) for word in re.findall(r"(\d+) (?:inserted|deleted|updated)", yoy))
    con = lake.connect(corrected["wh"], read_only=True)
    assert 0 < moved < con.execute("select count(*) from mart_metric_yoy").fetchone()[0], yoy
    con.close()
    assert cli.main(["diff", str(last), str(first)]) == 1
    assert "must come before" in capsys.readouterr().err
    # --json: the same counts, and every stored row in full
    assert cli.main(["diff", str(first), str(last), "facts_reviewed", "--json"]) == 0
    (table,) = json.loads(capsys.readouterr().out)
    assert (table["table"], table["inserted"], table["deleted"], table["updated"]) == ("facts_reviewed", 1, 1, 1)
    assert "province" in table["changed_columns"] and len(table["rows"]) >= 3
    assert all(row["evidence"] for row in table["rows"])


def test_the_run_summary_counts_what_the_corrections_did(corrected):
    counts = corrected["after"]["summary"]
    # one reject and one add: as many facts after the corrections as extracted; the bad line is counted
    assert counts["reviewed"] == counts["facts"] and counts["corrections_not_applied"] == 1
