"""Corrections (CONTRACT §4a) as pure functions: reading the file, each action, each bad line, the
matching rule, and a correction that survives an extractor change."""

from __future__ import annotations

import polars as pl
import pytest

from assets.extract.asset import FACT_SCHEMA
from assets.extract.facts import fact_id
from assets.review.corrections import apply_corrections, parse_corrections, read_corrections
from assets.review.matching import find_fact, picking_evidence

DOC = "a" * 64
DUP = "b" * 64
BAD = "c" * 64
# Invented sentences, Vietnamese as the documents are.
TEXT = ("Năm 2023, huyện đã giải quyết việc làm cho 1.200 lao động, đạt 105% kế hoạch. "
        "Tỷ lệ hộ nghèo giảm từ 5,2% xuống còn 4,1%. "
        "Xuất khẩu lao động 300 người. Xuất khẩu lao động 300 người.")
HEADER = "action,source,metric,evidence,field,value,note,author\n"


def _span(text: str, evidence: str, start_at: int = 0) -> tuple[int, int]:
    start = TEXT.index(evidence, start_at)
    return start, start + len(evidence)


def _fact(metric: str, value: float, evidence: str, start_at: int = 0, **extra) -> dict:
    start, end = _span(TEXT, evidence, start_at)
    row = {"fact_id": fact_id(DOC, start, end, metric), "doc_id": DOC, "metric": metric, "value": value,
           "value_max": None, "unit": "persons", "qualifier": "actual", "year": 2023, "period": "FY",
           "province": "Hà Giang", "province_2025": "Tuyên Quang", "district": None, "plan_pct": None,
           "plan_value": None, "yoy_pct": None, "evidence": evidence, "span_start": start, "span_end": end,
           "extractor_version": "extract-test"}
    return row | extra


def _facts(rows: list[dict]) -> pl.DataFrame:
    return pl.DataFrame(rows, schema=FACT_SCHEMA)


FACTS = [
    _fact("jobs_created", 1200, "giải quyết việc làm cho 1.200 lao động", plan_pct=105.0),
    _fact("poverty_rate", 5.2, "Tỷ lệ hộ nghèo giảm từ 5,2%", unit="percent", year=2022),
    _fact("poverty_rate", 4.1, "Tỷ lệ hộ nghèo giảm từ 5,2% xuống còn 4,1%", unit="percent"),
    _fact("labour_export", 300, "Xuất khẩu lao động 300 người"),
    _fact("labour_export", 300, "Xuất khẩu lao động 300 người", start_at=TEXT.index("người.") + 1),
]
DOCUMENTS = pl.DataFrame([
    {"doc_id": DOC, "source_path": "dist/ha_giang.txt", "status": "ok", "quarantine_reason": None,
     "duplicate_of": None, "province": "Hà Giang", "province_2025": "Tuyên Quang", "district": None, "text": TEXT},
    {"doc_id": DUP, "source_path": "dist/copy.txt", "status": "duplicate", "quarantine_reason": None,
     "duplicate_of": DOC, "province": None, "province_2025": None, "district": None, "text": None},
    {"doc_id": BAD, "source_path": "dist/empty.txt", "status": "quarantined",
     "quarantine_reason": "the file is empty", "duplicate_of": None, "province": None, "province_2025": None,
     "district": None, "text": None},
])


def apply(csv_text: str, facts: list[dict] | None = None) -> tuple[pl.DataFrame, pl.DataFrame]:
    return apply_corrections(_facts(FACTS if facts is None else facts), DOCUMENTS, parse_corrections(HEADER + csv_text))


def one_problem(csv_text: str) -> str:
    _, log = apply(csv_text)
    assert log.height == 1 and not log["applied"][0]
    return log["problem"][0]


# --- the three actions ---------------------------------------------------------------------------

def test_reject_leaves_the_fact_out_and_logs_it():
    reviewed, log = apply('reject,dist/ha_giang.txt,jobs_created,"cho 1.200 lao động",,,double count,Lan\n')
    assert FACTS[0]["fact_id"] not in reviewed["fact_id"].to_list()
    assert reviewed.height == len(FACTS) - 1
    assert log.row(0, named=True) | {"correction_id": None} == {
        "correction_id": None, "line_no": 2, "action": "reject", "source": "dist/ha_giang.txt",
        "metric": "jobs_created", "evidence": "cho 1.200 lao động", "field": None, "value": None, "applied": True,
        "fact_id": FACTS[0]["fact_id"], "problem": None, "note": "double count", "author": "Lan"}
    assert set(reviewed["review_status"]) == {"extracted"}


def test_fix_of_province_changes_it_and_its_2025_successor():
    reviewed, log = apply('fix,dist/ha_giang.txt,jobs_created,"1.200 lao động",province,Lào Cai\n')
    row = reviewed.filter(pl.col("fact_id") == FACTS[0]["fact_id"]).row(0, named=True)
    assert (row["province"], row["province_2025"], row["review_status"]) == ("Lào Cai", "Lào Cai", "corrected")
    assert row["correction_ids"] == [log["correction_id"][0]]
    others = reviewed.filter(pl.col("fact_id") != FACTS[0]["fact_id"])
    assert set(others["province"]) == {"Hà Giang"} and set(others["review_status"]) == {"extracted"}


def test_fix_of_numbers_and_metric_reads_vietnamese_numbers_and_follows_the_unit():
    reviewed, log = apply('fix,dist/ha_giang.txt,jobs_created,"1.200 lao động",value,1.250\n'
                          'fix,dist/ha_giang.txt,jobs_created,"1.200 lao động",plan_pct,"104,5"\n'
                          'fix,dist/ha_giang.txt,jobs_created,"1.200 lao động",metric,vocational_enrolment\n')
    assert log["applied"].all()
    row = reviewed.filter(pl.col("fact_id") == FACTS[0]["fact_id"]).row(0, named=True)
    assert (row["value"], row["plan_pct"], row["metric"], row["unit"]) == (1250.0, 104.5, "vocational_enrolment", "persons")
    assert row["correction_ids"] == log["correction_id"].to_list()


def test_add_puts_a_new_fact_on_its_exact_evidence_with_the_document_defaults():
    reviewed, log = apply('add,dist/ha_giang.txt,poor_households,"Tỷ lệ hộ nghèo giảm",,"35;year=2023;period=FY;qualifier=estimate",,\n')
    assert log["applied"].all()
    added = reviewed.filter(pl.col("review_status") == "added").row(0, named=True)
    start = TEXT.index("Tỷ lệ hộ nghèo giảm")
    assert added | {"correction_ids": None} == {
        "fact_id": fact_id(DOC, start, start + 19, "poor_households"), "doc_id": DOC, "metric": "poor_households",
        "value": 35.0, "value_max": None, "unit": "households", "qualifier": "estimate", "year": 2023, "period": "FY",
        "province": "Hà Giang", "province_2025": "Tuyên Quang", "district": None, "plan_pct": None,
        "plan_value": None, "yoy_pct": None, "evidence": "Tỷ lệ hộ nghèo giảm", "span_start": start,
        "span_end": start + 19, "extractor_version": "correction", "review_status": "added", "correction_ids": None}
    assert log["fact_id"][0] == added["fact_id"]
    assert TEXT[added["span_start"]:added["span_end"]] == added["evidence"]


# --- bad lines: each logged with its line number and problem, none stops the others -------------

@pytest.mark.parametrize(("line", "problem"), [
    ('reject,dist/nope.txt,jobs_created,"1.200",,,,\n', "no such document: 'dist/nope.txt'"),
    ('reject,dist/copy.txt,jobs_created,"1.200",,,,\n', "no such document: dist/copy.txt is a duplicate of dist/ha_giang.txt"),
    ('reject,dist/empty.txt,jobs_created,"1.200",,,,\n', "no such document: dist/empty.txt is quarantined (the file is empty)"),
    ('reject,dist/ha_giang.txt,jobs_created,"3.400 lao động",,,,\n', "evidence not found: the document's text does not contain"),
    ('reject,dist/ha_giang.txt,jobs_created,"Tỷ lệ hộ nghèo",,,,\n', "evidence not found: the text has it, but no fact of this metric"),
    ('reject,dist/ha_giang.txt,labour_export,"300 người",,,,\n', "matches two facts: 2 facts of this metric"),
    ('fix,dist/ha_giang.txt,jobs_created,"1.200",provnce,Lào Cai,,\n', "unknown field: 'provnce' is not a column of facts one can fix (did you mean 'province'?)"),
    ('fix,dist/ha_giang.txt,jobs_created,"1.200",evidence,x,,\n', "unknown field: 'evidence'"),
    ('fix,dist/ha_giang.txt,jobs_created,"1.200",,,,\n', "unknown field: the field column is empty"),
    ('fix,dist/ha_giang.txt,jobs_created,"1.200",province,Lao Cai,,\n', "bad value: province 'Lao Cai' is not allowed (did you mean 'Lào Cai'?)"),
    ('fix,dist/ha_giang.txt,jobs_created,"1.200",value,nhiều,,\n', "bad value: value 'nhiều' is not a number"),
    ('fix,dist/ha_giang.txt,jobs_created,"1.200",year,23,,\n', "bad value: year '23' is not a year"),
    ('fix,dist/ha_giang.txt,jobs_created,"1.200",period,half,,\n', "bad value: period 'half' is not allowed"),
    ('delete,dist/ha_giang.txt,jobs_created,"1.200",,,,\n', "bad value: action 'delete' is not one of reject, fix, add"),
    ('reject,dist/ha_giang.txt,jobs,"1.200",,,,\n', "bad value: metric 'jobs' is not a metric code"),
    # no "closest" code for a measure the catalogue lacks: the family's codes and where all of them are listed
    ('add,dist/ha_giang.txt,meritorious_gifts,"1.200",value,1200,,\n', "bad value: metric 'meritorious_gifts' is not a "
     "metric code (CONTRACT §5) (codes starting 'meritorious_': meritorious_houses_built, meritorious_houses_repaired, "
     "meritorious_housing, meritorious_housing_amount, meritorious_convalescence) — every code with its name: "
     "assets/metric_names.csv"),
    ('add,dist/ha_giang.txt,poor_households,"Tỷ lệ",,"35;colour=red",,\n', "unknown field: colour"),
    ('add,dist/ha_giang.txt,poor_households,"Tỷ lệ",,"35;year=20x3",,\n', "bad value: year '20x3'"),
    ('add,dist/ha_giang.txt,jobs_created,"giải quyết việc làm cho 1.200 lao động",,1200,,\n', "bad value: the extractor already has this fact"),
    ('reject,dist/ha_giang.txt,jobs_created,"1.200,,,,\n', "malformed CSV line: unexpected end of data"),
    ('reject,dist/ha_giang.txt,jobs_created,cho 1.200 lao động, đạt 105%,,,,\n', "unknown field: a reject takes no field or value (found 'đạt 105%')"),
    ('fix,dist/ha_giang.txt,jobs_created,cho 1.200, lao động,year,2022,note,Lan\n', "malformed CSV line: 9 cells but 8 columns"),
])
def test_each_bad_line_is_logged_with_its_problem(line, problem):
    assert one_problem(line).startswith(problem)


def test_bad_lines_do_not_stop_good_ones_and_keep_their_line_numbers():
    reviewed, log = apply(
        '# a comment line\n'
        'reject,dist/nope.txt,jobs_created,"1.200",,,,\n'
        '\n'
        'reject,dist/ha_giang.txt,jobs_created,"1.200 lao động",,,,\n'
        '"unclosed,,,\n'
        'fix,dist/ha_giang.txt,poverty_rate,"xuống còn 4,1%",year,2024,,\n')
    assert log.select("line_no", "applied").rows() == [(3, False), (5, True), (6, False), (7, True)]
    assert reviewed.height == len(FACTS) - 1
    assert log["correction_id"].n_unique() == 4


def test_fix_of_a_fact_rejected_above_says_so():
    _, log = apply('reject,dist/ha_giang.txt,jobs_created,"1.200 lao động",,,,\n'
                   'fix,dist/ha_giang.txt,jobs_created,"1.200 lao động",year,2022,,\n')
    assert log["problem"].to_list() == [None, "the fact was rejected by line 2"]


def test_header_may_reorder_columns_and_semicolons_separate_cells():
    lines = parse_corrections('\ufeffmetric;action;source;evidence;field;value\n'
                              'jobs_created;reject;dist/ha_giang.txt;cho 1.200 lao động;;\n')
    assert [(c.line_no, c.action, c.metric, c.evidence) for c in lines] == [(2, "reject", "jobs_created", "cho 1.200 lao động")]


def test_unknown_header_column_is_reported_on_line_1():
    lines = parse_corrections("action,source,metric,evidence,field,value,colour\n")
    assert lines[0].line_no == 1 and lines[0].problem.startswith("unknown field: the header has unknown columns colour")


def test_a_line_that_is_not_utf8_is_a_problem_on_its_line(tmp_path):
    """A file saved in the Windows Vietnamese code page: each line with a Vietnamese letter is reported on its own line,
    the lines in plain ASCII still apply."""
    path = tmp_path / "corrections.csv"
    path.write_bytes(HEADER.encode() + "reject,dist/ha_giang.txt,jobs_created,Năm 2023,,,,\n".encode("cp1258")
                     + b"reject,dist/ha_giang.txt,jobs_created,1200,,,,\n")
    lines = read_corrections(path)
    assert [line.line_no for line in lines] == [2, 3]
    assert lines[0].problem.startswith("malformed CSV line: not UTF-8") and "corrections.csv" in lines[0].problem
    assert lines[1].problem is None and lines[1].evidence == "1200"
    assert read_corrections(tmp_path / "missing.csv") == []


def test_correction_id_is_stable_across_position_note_and_author_and_distinct_for_repeats():
    first = parse_corrections(HEADER + 'reject,dist/ha_giang.txt,jobs_created,"1.200 lao động",,,a,Lan\n')
    moved = parse_corrections(HEADER + "\n\n" + 'reject,dist/ha_giang.txt,jobs_created,"1.200  lao động ",,,b,Minh\n')
    assert first[0].correction_id == moved[0].correction_id
    twice = parse_corrections(HEADER + 'reject,dist/ha_giang.txt,jobs_created,x,,,,\n' * 2)
    assert twice[0].correction_id != twice[1].correction_id


# --- matching ------------------------------------------------------------------------------------

def test_nested_spans_pick_the_innermost_fact_and_a_wider_quote_the_outer_one():
    same = [f for f in FACTS if f["metric"] == "poverty_rate"]
    assert find_fact(TEXT, same, "5,2%")[0]["value"] == 5.2
    assert find_fact(TEXT, same, "xuống còn 4,1%")[0]["value"] == 4.1


def test_the_review_site_line_picks_out_its_fact_when_anything_can():
    for fact in FACTS:
        same = [f for f in FACTS if f["metric"] == fact["metric"]]
        key = picking_evidence(TEXT, fact, same)
        if fact["metric"] == "labour_export":
            assert key is None  # the same words twice: nothing tells them apart
        else:
            assert key is not None and find_fact(TEXT, same, key)[0]["fact_id"] == fact["fact_id"]


def test_a_correction_survives_an_extractor_change_that_moves_the_span():
    """Same text, the new extractor takes a wider evidence: other span, other fact_id; the lines still apply."""
    csv_text = ('reject,dist/ha_giang.txt,poverty_rate,"giảm từ 5,2%",,,,\n'
                'fix,dist/ha_giang.txt,jobs_created,"cho 1.200 lao động",province,Lào Cai,,\n')
    old_reviewed, old_log = apply(csv_text)
    wider = "Năm 2023, huyện đã giải quyết việc làm cho 1.200 lao động, đạt 105% kế hoạch"
    new_facts = [_fact("jobs_created", 1200, wider, plan_pct=105.0, extractor_version="extract-next"), *FACTS[1:]]
    assert new_facts[0]["fact_id"] != FACTS[0]["fact_id"]
    new_reviewed, new_log = apply(csv_text, new_facts)
    assert old_log["applied"].all() and new_log["applied"].all()
    assert new_log["correction_id"].to_list() == old_log["correction_id"].to_list()
    assert new_log["fact_id"][1] == new_facts[0]["fact_id"]
    fixed = new_reviewed.filter(pl.col("fact_id") == new_facts[0]["fact_id"]).row(0, named=True)
    assert (fixed["province"], fixed["evidence"], fixed["review_status"]) == ("Lào Cai", wider, "corrected")
    assert 5.2 not in new_reviewed.filter(pl.col("metric") == "poverty_rate")["value"].to_list()
