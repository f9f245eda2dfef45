"""The development corpus (../shared/dev: 22 articles written by others around real figures) scored in-process.

Thresholds of the extraction issue: F1 ≥ 0.95, precision ≥ 0.97, and every attribute right on ≥ 95 % of
the matched claims.
"""

from pathlib import Path

import pytest

from assets.clean.document import clean_document
from assets.extract.facts import DocContext, extract_facts
from orchestration.evaluate import load_gold, score

DEV = Path(__file__).resolve().parent.parent.parent / "shared" / "dev"


@pytest.mark.skipif(not (DEV / "gold.jsonl").exists(), reason="../shared/dev is not beside this checkout")
def test_dev_corpus_scores_hold():
    predicted = []
    for path in sorted((DEV / "docs").iterdir()):
        doc = clean_document(path.read_bytes(), path.name)
        assert doc.status == "ok", (path.name, doc.quarantine_reason)
        ctx = DocContext(path.name, doc.text, doc.published_date, doc.province, doc.district, doc.province_2025)
        predicted += [{"file": path.name, **fact.as_row()} for fact in extract_facts(ctx)]
    result = score(predicted, load_gold(DEV / "gold.jsonl"))
    overall = result["overall"]
    assert overall["f1"] >= 0.95 and overall["precision"] >= 0.97, (result["misses"], result["false"])
    low = {name: acc for name, acc in result["attributes"].items() if acc < 0.95}
    assert not low, (low, result["attribute_errors"])
