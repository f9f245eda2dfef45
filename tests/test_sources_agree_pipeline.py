"""Two reports that disagree, through the real pipeline with analysts' corrections: the marts take the
later publication (tests/test_consistency_fixtures.py) unless a correction says otherwise, and the
rules read facts_reviewed, so rejecting one report's figure clears the sources_agree finding."""

from __future__ import annotations

import csv
import shutil

import dagster as dg
import pytest

from tests.conftest import ROOT, run_pipeline

FIXTURES = ROOT / "tests" / "fixtures" / "perturbed"
MART = ("select value, reports, chosen_because from mart_metric_yoy "
        "where province = 'Bạc Liêu' and metric = 'jobs_created' and year = 2024 and period = 'FY'")


def _corrections(path, *rows: list[str]) -> None:
    with path.open("w", encoding="utf-8", newline="") as handle:
        writer = csv.writer(handle)
        writer.writerow(["action", "source", "metric", "evidence", "field", "value", "note", "author"])
        writer.writerows(rows)


@pytest.fixture(scope="module")
def runs(tmp_path_factory, connect_module):
    base = tmp_path_factory.mktemp("sources")
    raw, wh, corrections = base / "raw", base / "warehouse", base / "corrections.csv"
    raw.mkdir()
    for name in ("sources_a.txt", "sources_b.txt"):
        shutil.copy(FIXTURES / name, raw / name)
    instance = dg.DagsterInstance.ephemeral()
    states = {}
    # Without corrections: tests/test_consistency_fixtures.py (the same two files among the perturbed ones).
    for label, rows in [
        ("fixed", [["fix", "sources_a.txt", "jobs_created", "15.400", "value", "14900", "phoned the Sở", "an analyst"]]),
        ("rejected", [["reject", "sources_b.txt", "jobs_created", "14.500", "", "", "misprint", "an analyst"]]),
    ]:
        _corrections(corrections, *rows)
        assert run_pipeline(raw, wh, instance, corrections=corrections).success
        con = connect_module(wh)
        states[label] = {
            "findings": con.execute("select rule, message, doc_id from consistency_findings").fetchall(),
            "mart": con.execute(MART).fetchone(),
            "paths": dict(con.execute("select source_path, doc_id from documents").fetchall()),
        }
        con.close()
    return states


@pytest.fixture(scope="module")
def connect_module():
    from orchestration import warehouse

    return lambda wh: warehouse.connect(wh, read_only=True)


def test_a_correction_overrides_the_later_publication(runs):
    fixed = runs["fixed"]
    assert fixed["mart"] == (14900, 2, "corrected by an analyst (corrected): sources_a.txt over sources_b.txt")
    [(rule, message, _)] = fixed["findings"]
    assert rule == "sources_agree" and "14\u202f900" in message  # the corrected value is what the rule compares


def test_the_rules_read_the_reviewed_facts(runs):
    rejected = runs["rejected"]
    assert rejected["findings"] == []
    assert rejected["mart"] == (15400, 1, "the only report: sources_a.txt")
