"""`molisa eval` scoring: claims counted once, attribute accuracy judged on the claims both sides have."""

from orchestration.evaluate import attribute_accuracy, report, score


def _fact(file, metric, value, **attrs):
    return {"file": file, "metric": metric, "value": value, "unit": "persons", "qualifier": "actual", "year": 2024,
            "period": "FY", "province": "Hà Giang", "district": None, "value_max": None, "plan_pct": None,
            "plan_value": None, "yoy_pct": None, **attrs}


def test_attribute_accuracy_on_matched_claims():
    gold = [_fact("a.txt", "jobs_created", 15000), _fact("a.txt", "labour_export", 1800, period="H1"),
            _fact("a.txt", "poverty_rate", 3.1, unit="percent")]
    predicted = [_fact("a.txt", "jobs_created", 15000, year=2023),  # wrong year
                 _fact("a.txt", "labour_export", 1800),  # wrong period
                 _fact("a.txt", "vocational_enrolment", 900)]  # a false fact: not judged on attributes
    result = attribute_accuracy(predicted, gold)
    assert result["matched"] == 2
    assert result["attributes"]["year"] == 0.5 and result["attributes"]["period"] == 0.5
    assert result["attributes"]["province"] == 1.0
    assert (("a.txt", "jobs_created", 15000), "year", 2024, 2023) in result["attribute_errors"]


def test_a_claim_stated_twice_is_judged_by_its_best_mention():
    gold = [_fact("a.txt", "jobs_created", 15000, period="H1"), _fact("a.txt", "jobs_created", 15000)]
    predicted = [_fact("a.txt", "jobs_created", 15000)]
    result = score(predicted, gold)
    assert result["overall"]["precision"] == 1.0 and result["overall"]["recall"] == 1.0
    assert result["attributes"]["period"] == 1.0
    assert "attributes on 1 matched claims" in report(result)


def test_a_fact_on_a_page_annotated_with_none_is_false_when_the_pages_are_named():
    gold = [_fact("a.txt", "jobs_created", 15000)]
    predicted = [_fact("a.txt", "jobs_created", 15000), _fact("b.txt", "labour_export", 120)]
    # by default only the files the gold's lines name are judged (a warehouse may hold other documents)
    assert score(predicted, gold)["overall"]["precision"] == 1.0
    # a set whose every page was annotated: b.txt had no fact, so its fact is false
    named = score(predicted, gold, files={"a.txt", "b.txt"})
    assert named["overall"]["precision"] == 0.5
    assert ("b.txt", "labour_export", 120) in named["false"]
