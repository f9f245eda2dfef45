"""Consistency rules through the whole pipeline: perturbed fixture articles, each breaking one rule."""

import json
import shutil

import pytest

from assets.check.rules import RULES
from tests.conftest import ROOT, run_pipeline

PERTURBED = ROOT / "tests" / "fixtures" / "perturbed"


@pytest.fixture(scope="module")
def perturbed_warehouse(tmp_path_factory):
    base = tmp_path_factory.mktemp("perturbed")
    shutil.copytree(PERTURBED, base / "raw", ignore=shutil.ignore_patterns("*.json"))
    result = run_pipeline(base / "raw", base / "warehouse")
    assert result.success
    return result, base / "warehouse"


def test_every_injected_contradiction_is_found_by_its_rule_and_nothing_else(perturbed_warehouse, connect):
    _, wh = perturbed_warehouse
    expected = json.loads((PERTURBED / "expected_findings.json").read_text(encoding="utf-8"))
    assert {e["rule"] for e in expected.values()} == {rule.name for rule in RULES}
    con = connect(wh, read_only=True)
    rows = con.execute("""
        select d.source_path, c.rule, c.message, list_sort(list(f.metric)) as metrics
        from consistency_findings c
        join documents d using (doc_id)
        cross join unnest(c.fact_ids) as u(fact_id)
        join facts f on f.fact_id = u.fact_id
        group by all
    """).fetchall()
    found = {path: {"rule": rule, "metrics": metrics} for path, rule, _message, metrics in rows}
    sources = next(message for path, _, message, _ in rows if path == "sources_b.txt")
    assert sources.startswith("sources_b.txt: jobs_created is 14\u202f500 for Bạc Liêu, FY 2024")
    assert "but sources_a.txt gives 15\u202f400" in sources and sources.count("“") == 2
    assert found == expected
    assert len(rows) == len(expected)  # one finding per injected contradiction
    for path, _rule, message, _metrics in rows:
        assert message.startswith(f"{path}: ") and "“" in message


def test_rule_checks_are_yellow_where_broken(perturbed_warehouse):
    result, _ = perturbed_warehouse
    evaluations = {e.check_name: e for e in result.get_asset_check_evaluations()}
    for rule in RULES:
        evaluation = evaluations[rule.name]
        assert not evaluation.passed and evaluation.severity.value == "WARN"
        assert evaluation.metadata["findings"].value == 1


def test_seed_and_fixture_corpus_raises_no_finding(corpus_warehouse, connect):
    con = connect(corpus_warehouse, read_only=True)
    assert con.execute("select rule, message from consistency_findings").fetchall() == []


def test_marts_say_which_of_two_disagreeing_reports_they_chose(perturbed_warehouse, connect):
    _, wh = perturbed_warehouse
    con = connect(wh, read_only=True)
    value, reports, because = con.execute(
        "select value, reports, chosen_because from mart_metric_yoy "
        "where province = 'Bạc Liêu' and metric = 'jobs_created' and year = 2024 and period = 'FY'").fetchone()
    assert (value, reports) == (14500, 2)
    assert because == "later publication: sources_b.txt (2025-01-08) over sources_a.txt (2024-12-20)"
    (row_because,) = con.execute(
        "select chosen_because from mart_province_year where province = 'Bạc Liêu' and year = 2024").fetchone()
    assert row_because == f"jobs_created: {because}"
    # A figure reported once says so.
    assert con.execute("select chosen_because from mart_metric_yoy where province = 'Cao Bằng' "
                       "and metric = 'jobs_created'").fetchone()[0] == "the only report: part_whole.txt"
