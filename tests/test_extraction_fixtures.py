"""Extraction on articles written for these tests (tests/fixtures/articles) against their gold lines."""

import pytest

from assets.extract.catalogue import METRIC_CODES
from assets.extract.facts import DocContext, extract_facts
from orchestration.evaluate import LOOSE, STRICT, load_gold, score, warehouse_facts
from tests.conftest import ARTICLES, ARTICLES_GOLD


def test_fixture_gold_covers_every_metric_code_and_every_article():
    gold = load_gold(ARTICLES_GOLD)
    assert {row["metric"] for row in gold} == set(METRIC_CODES)
    assert {row["file"] for row in gold} == {p.name for p in ARTICLES.iterdir()}
    assert len({p.name for p in ARTICLES.iterdir()}) >= 10


@pytest.mark.parametrize("fields", [LOOSE, STRICT], ids=["metric+value", "every-field"])
def test_fixture_articles_f1(corpus_warehouse, fields):
    result = score(warehouse_facts(str(corpus_warehouse)), load_gold(ARTICLES_GOLD), fields)
    assert result["overall"]["f1"] >= 0.97, (result["misses"], result["false"])
    # Every metric is found at least once where the gold has it.
    assert all(s["recall"] > 0 for s in result["per_metric"].values()), result["per_metric"]


NOT_FACTS = [
    "Thực hiện Quyết định 22/2013/QĐ-TTg về hỗ trợ người có công với cách mạng về nhà ở.",
    "Theo Nghị quyết số 68/NQ-CP, hỗ trợ người lao động gặp khó khăn do đại dịch Covid-19.",
    "Ngày 09/4/2020, Sở giải quyết việc làm và tổ chức hội nghị.",
    "Nhân kỷ niệm 70 năm ngày Thương binh – Liệt sĩ, tặng quà người có công.",
    "Tổ chức tặng quà trẻ em nhân dịp Tết Đinh Dậu năm 2017.",
    "Thực hiện Kế hoạch số 112/KH-SLĐTBXH ngày 15/3/2022 về thanh tra, kiểm tra các cơ sở.",
    "Chương trình mục tiêu quốc gia giảm nghèo bền vững giai đoạn 2021-2025.",
    "Tặng 25.300 suất quà cho người có công với cách mạng.",  # gifts to adults: no catalogue code
]


@pytest.mark.parametrize("sentence", NOT_FACTS)
def test_dates_decrees_anniversaries_and_uncatalogued_numbers_are_not_facts(sentence):
    assert extract_facts(DocContext(doc_id="d", text=f"Tin tức\n{sentence}")) == []


def test_no_fact_comes_from_site_chrome(corpus_warehouse, connect):
    con = connect(corpus_warehouse, read_only=True)
    # Visitor counters and related-news headlines in the fixtures, none of them article sentences.
    chrome = ["69.534", "3.014.792", "1.069.534", "1.532", "1.200 lao động", "500 suất quà", "5.000 trẻ em",
              "15 phiên giao dịch", "2.000 lao động"]
    texts = "\n".join(t for (t,) in con.execute("select text from documents where status = 'ok'").fetchall())
    assert [c for c in chrome if c in texts] == []
    evidence = [e for (e,) in con.execute("select evidence from facts").fetchall()]
    assert [e for e in evidence if any(c in e for c in chrome)] == []
