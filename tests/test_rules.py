"""Each consistency rule: a set of facts that satisfies it, and one that breaks it by one number."""

import polars as pl
import pytest

from assets.check.rules import findings

BASE = {"doc_id": "d1", "unit": "x", "qualifier": "actual", "year": 2022, "period": "FY", "province": "Quảng Trị",
        "district": None, "plan_pct": None, "plan_value": None, "yoy_pct": None, "value_max": None, "evidence": "e"}


def frame(*facts: dict) -> pl.DataFrame:
    rows = [{**BASE, "fact_id": f"f{i}", **fact} for i, fact in enumerate(facts)]
    return pl.DataFrame(rows, schema_overrides={"district": pl.String, "plan_pct": pl.Float64, "plan_value": pl.Float64,
                                                "yoy_pct": pl.Float64, "value_max": pl.Float64})


CASES = {
    "violations_eq_warnings_plus_fines": (
        [{"metric": "establishments_violating", "value": 18.0}, {"metric": "establishments_warned", "value": 5.0},
         {"metric": "establishments_fined", "value": 13.0}], 2, 14.0),
    "ratio_matches_percent": ([{"metric": "meritorious_housing", "value": 782.0, "plan_value": 1956.0, "plan_pct": 40.0}],
                              0, 782.0 * 0 + 950.0),
    "rate_change_matches": (
        [{"metric": "poverty_rate", "value": 1.96, "year": 2021}, {"metric": "poverty_rate", "value": 1.72},
         {"metric": "poverty_rate_reduction", "value": 0.24}], 1, 1.82),
    "part_not_exceeding_whole": ([{"metric": "jobs_created", "value": 15950.0}, {"metric": "labour_export", "value": 1800.0}],
                                 1, 18000.0),
    "yoy_claim_matches_history": (
        [{"metric": "drug_rehab_admissions", "value": 125.0, "yoy_pct": 119.0, "year": 2024},
         {"metric": "drug_rehab_admissions", "value": 105.0, "year": 2023, "doc_id": "d0"}], 1, 150.0),
}


@pytest.mark.parametrize("rule", list(CASES))
def test_rule_holds_then_breaks_by_one_number(rule):
    facts, index, broken = CASES[rule]
    assert findings(frame(*facts)).height == 0
    bad = [dict(f) for f in facts]
    bad[index]["value"] = broken
    found = findings(frame(*bad))
    assert found["rule"].to_list() == [rule]
    assert f"f{index}" in found["fact_ids"][0].to_list()
    assert found["message"][0]
