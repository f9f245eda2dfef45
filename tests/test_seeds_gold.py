"""The seed articles against their hand-made gold annotations, read back from the warehouse."""

from orchestration.evaluate import LOOSE, STRICT, report, score, warehouse_facts
from tests.conftest import load_gold


def test_seed_facts_loose_precision_and_recall(seed_warehouse):
    result = score(warehouse_facts(str(seed_warehouse)), load_gold(), LOOSE)
    print(report(result))
    assert result["overall"]["precision"] >= 0.9
    assert result["overall"]["recall"] >= 0.8


def test_seed_facts_exact_on_every_field(seed_warehouse):
    result = score(warehouse_facts(str(seed_warehouse)), load_gold(), STRICT)
    print(report(result))
    assert result["misses"] == []
    assert result["false"] == []


def test_evidence_is_the_text_slice(seed_warehouse, connect):
    con = connect(seed_warehouse, read_only=True)
    bad = con.execute(
        "select count(*) from facts f join documents d using (doc_id) "
        "where substr(d.text, f.span_start + 1, f.span_end - f.span_start) <> f.evidence"
    ).fetchone()[0]
    total = con.execute("select count(*) from facts").fetchone()[0]
    assert total >= 40 and bad == 0
