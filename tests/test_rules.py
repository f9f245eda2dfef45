"""Each consistency rule over invented articles, read by the real cleaner and extractor: every scope a
rule covers broken once by one number, and look-alike articles that are consistent (other places,
periods, campaigns, nationwide against provincial) giving no finding."""

from __future__ import annotations

import polars as pl
import pytest

from assets.check.printed import PRINTED, interval
from assets.check.rules import RULES, findings
from assets.clean.document import clean_document
from assets.extract.asset import FACT_SCHEMA, extract_rows


def article(title: str, date: str, *paragraphs: str) -> str:
    return "\n".join([title, f"Ngày đăng : {date}", *paragraphs]) + "\n"


def check(*, needs: tuple[str, ...] = (), **files: str) -> pl.DataFrame:
    """The findings of the rules over the given files (name → text), as the pipeline computes them.
    ``needs``: metrics the extractor must have found, so a test of "no finding" is not passed vacuously."""
    rows = []
    for name, text in files.items():
        doc = clean_document(text.encode("utf-8"), f"{name}.txt")
        assert doc.status == "ok", (name, doc.quarantine_reason)
        rows.append({"doc_id": name, "source_path": f"{name}.txt", "text": doc.text,
                     "published_date": doc.published_date, "province": doc.province, "district": doc.district,
                     "province_2025": doc.province_2025})
    docs = pl.DataFrame(rows)
    facts = pl.DataFrame(extract_rows(docs.to_dicts()), schema=FACT_SCHEMA)
    assert set(needs) <= set(facts["metric"]), (needs, facts.select("metric", "value").rows())
    return findings(facts, docs.select("doc_id", "source_path", "text", "published_date"))


def rules_found(found: pl.DataFrame) -> list[tuple[str, str]]:
    return sorted(zip(found["rule"].to_list(), found["doc_id"].to_list(), strict=True))


def one(found: pl.DataFrame, rule: str, doc: str = "a") -> dict:
    assert rules_found(found) == [(rule, doc)], found["message"].to_list()
    return found.row(0, named=True)


INSPECTION = "Thanh tra Sở Lao động – Thương binh và Xã hội tỉnh Quảng Bình: kết quả kiểm tra năm 2022"
POVERTY = "Trà Vinh: kết quả giảm nghèo năm 2022"
JOBS = "Bạc Liêu: kết quả giải quyết việc làm năm 2024"


# violations_eq_warnings_plus_fines: one statement, consecutive sentences; other campaigns, places, sentences.
@pytest.mark.parametrize("body, broken", [
    (["Năm 2022, Thanh tra Sở kiểm tra 40 cơ sở, phát hiện 18 cơ sở vi phạm, nhắc nhở 5 cơ sở, xử phạt 13 cơ sở."],
     ["Năm 2022, Thanh tra Sở kiểm tra 40 cơ sở, phát hiện 18 cơ sở vi phạm, nhắc nhở 5 cơ sở, xử phạt 14 cơ sở."]),
    (["Năm 2022, đoàn kiểm tra phát hiện 16 cơ sở có vi phạm. Trong đó, đoàn nhắc nhở 14 cơ sở; xử phạt 2 cơ sở "
      "với tổng số tiền 45 triệu đồng."],
     ["Năm 2022, đoàn kiểm tra phát hiện 19 cơ sở có vi phạm. Trong đó, đoàn nhắc nhở 14 cơ sở; xử phạt 2 cơ sở "
      "với tổng số tiền 45 triệu đồng."]),
])
def test_violations_break_once_in_each_scope(body, broken):
    assert check(a=article(INSPECTION, "28/12/2022", *body)).height == 0
    found = one(check(a=article(INSPECTION, "28/12/2022", *broken)), "violations_eq_warnings_plus_fines")
    assert len(found["fact_ids"]) == 3
    assert found["message"].startswith("a.txt: ") and "warned" in found["message"] and "“" in found["message"]


@pytest.mark.parametrize("body", [
    # Two campaigns of one paragraph, each consistent; their counts must not be mixed.
    ["Năm 2022, đợt kiểm tra thứ nhất phát hiện 10 cơ sở vi phạm, xử phạt 6 cơ sở. Đợt kiểm tra thứ hai phát "
     "hiện 9 cơ sở vi phạm, nhắc nhở 2 cơ sở, xử phạt 7 cơ sở."],
    # Counts of two districts in two paragraphs.
    ["Năm 2022, tại huyện Lệ Thủy, đoàn kiểm tra phát hiện 18 cơ sở vi phạm.",
     "Tại huyện Bố Trạch, đoàn nhắc nhở 5 cơ sở, xử phạt 10 cơ sở."],
    # The violating count and the outcomes several sentences apart: not one campaign.
    ["Năm 2022, đoàn kiểm tra phát hiện 18 cơ sở vi phạm. Đoàn đã hướng dẫn các cơ sở thực hiện quy định. "
     "Công tác tuyên truyền được đẩy mạnh. Cuối năm, Thanh tra Sở nhắc nhở 5 cơ sở, xử phạt 10 cơ sở."],
])
def test_violations_of_other_campaigns_and_places_are_not_compared(body):
    assert check(a=article(INSPECTION, "28/12/2022", *body), needs=("establishments_violating",
                 "establishments_warned", "establishments_fined")).height == 0


# ratio_matches_percent: N/M, a plan in brackets, "vượt X% chỉ tiêu (chỉ tiêu N)", "đạt X% (chỉ tiêu N)".
@pytest.mark.parametrize("sentence, good, bad", [
    ("Năm 2021, tỉnh Phú Yên xây dựng và sửa chữa nhà ở cho người có công đạt {}/1.956 căn nhà, đạt 40% kế hoạch.",
     "782", "882"),
    ("Năm 2017, các trung tâm cai nghiện của tỉnh Thái Bình đã tiếp nhận mới {} người cai nghiện, đạt 85% kế hoạch "
     "năm (chỉ tiêu 220 người).", "187", "209"),
    ("Năm 2024, tỉnh Nam Định giải quyết việc làm cho {} lao động, vượt 52,6% chỉ tiêu (chỉ tiêu 8.000 người).",
     "12.208", "12.808"),
    ("Năm 2024, tỉnh Nam Định đưa {} người đi làm việc ở nước ngoài, đạt 107,5% (chỉ tiêu 2.000 người).",
     "2.150", "2.350"),
])
def test_ratio_breaks_once_in_each_form(sentence, good, bad):
    title = "Kết quả công tác lao động, người có công và xã hội"
    assert check(a=article(title, "28/12/2024", sentence.format(good))).height == 0
    found = one(check(a=article(title, "28/12/2024", sentence.format(bad))), "ratio_matches_percent")
    assert "of a plan of" in found["message"] and bad in found["message"]


def test_ratio_in_a_flattened_table_row():
    title = "Kết quả thực hiện các chỉ tiêu năm 2024 của tỉnh Nam Định"
    row = "- Xuất khẩu lao động: chỉ tiêu 2.000 người, thực hiện {} người (đạt 107,5%)."
    other_year = "- Xuất khẩu lao động năm 2023: chỉ tiêu 1.000 người, thực hiện 1.050 người, đạt 105%."
    assert check(a=article(title, "28/12/2024", row.format("2.150"), other_year)).height == 0
    found = one(check(a=article(title, "28/12/2024", row.format("2.350"), other_year)), "ratio_matches_percent")
    assert len(found["fact_ids"]) == 2 and "2\u202f350 of a plan of 2\u202f000 is 117.5%" in found["message"]


# rate_change_matches: one sentence, and the reduction in another sentence of the report.
@pytest.mark.parametrize("body, broken", [
    (["Năm 2022, tỷ lệ hộ nghèo của tỉnh Trà Vinh giảm từ 5,2% xuống còn 4,1%, giảm 1,1%."],
     ["Năm 2022, tỷ lệ hộ nghèo của tỉnh Trà Vinh giảm từ 5,2% xuống còn 4,1%, giảm 1,3%."]),
    (["Năm 2022, tỷ lệ hộ nghèo của tỉnh Trà Vinh giảm từ 5,2% xuống còn 4,1%.",
      "Như vậy, trong năm 2022 tỷ lệ hộ nghèo toàn tỉnh giảm 1,1%, vượt chỉ tiêu được giao."],
     ["Năm 2022, tỷ lệ hộ nghèo của tỉnh Trà Vinh giảm từ 5,2% xuống còn 4,1%.",
      "Như vậy, trong năm 2022 tỷ lệ hộ nghèo toàn tỉnh giảm 1,6%, vượt chỉ tiêu được giao."]),
])
def test_rate_change_breaks_once_in_each_scope(body, broken):
    assert check(a=article(POVERTY, "28/12/2022", *body)).height == 0
    found = one(check(a=article(POVERTY, "28/12/2022", *broken)), "rate_change_matches")
    assert len(found["fact_ids"]) == 3


def test_rate_change_of_another_place_or_a_target_is_not_compared():
    text = article(POVERTY, "28/12/2022",
                   "Năm 2022, tỷ lệ hộ nghèo của tỉnh Trà Vinh giảm từ 5,2% xuống còn 4,1%.",
                   "Riêng huyện Trà Cú, năm 2022 tỷ lệ hộ nghèo giảm 2,5%.",
                   "Năm 2023, tỉnh phấn đấu giảm tỷ lệ hộ nghèo 1%.")
    assert check(a=text, needs=("poverty_rate", "poverty_rate_reduction")).height == 0


# part_not_exceeding_whole: export against jobs of the same scope; a printed part of a whole.
def test_part_exceeding_whole_in_each_scope():
    good = "Năm 2022, tỉnh Cao Bằng giải quyết việc làm cho 1.600 lao động, trong đó xuất khẩu lao động 1.500 người."
    title = "Cao Bằng: kết quả giải quyết việc làm năm 2022"
    assert check(a=article(title, "28/12/2022", good)).height == 0
    found = one(check(a=article(title, "28/12/2022", good.replace("1.600", "1.200"))), "part_not_exceeding_whole")
    assert "1\u202f500 workers sent abroad exceed the 1\u202f200 jobs" in found["message"]
    title = "Lâm Đồng: hỗ trợ người dân gặp khó khăn do đại dịch Covid-19"
    part = "Năm 2021, toàn tỉnh Lâm Đồng đã chi hỗ trợ do đại dịch Covid-19 cho {}/12.500 đối tượng được phê duyệt."
    assert check(a=article(title, "28/12/2021", part.format("12.400"))).height == 0
    one(check(a=article(title, "28/12/2021", part.format("13.400"))), "part_not_exceeding_whole")


@pytest.mark.parametrize("body", [
    # A nationwide labour-export figure beside a province's jobs.
    ["Năm 2022, cả nước đưa 142.779 lao động đi làm việc ở nước ngoài theo hợp đồng.",
     "Năm 2022, tỉnh Cao Bằng giải quyết việc làm cho 15.950 lao động."],
    # Export for the year, jobs for the first quarter.
    ["Quý I năm 2022, tỉnh Cao Bằng giải quyết việc làm cho 1.200 lao động.",
     "Cả năm 2022, tỉnh Cao Bằng đưa 1.500 lao động đi làm việc ở nước ngoài."],
    # A fraction done against a plan, above it.
    ["Năm 2022, tỉnh Cao Bằng giải quyết việc làm cho 16.950/15.000 lao động, vượt kế hoạch."],
])
def test_parts_of_other_scopes_are_not_compared(body):
    assert check(a=article("Kết quả công tác lao động việc làm năm 2022", "28/12/2022", *body),
                 needs=("jobs_created",)).height == 0


# yoy_claim_matches_history: last year's figure in brackets, elsewhere in the article, in another report.
def test_yoy_against_the_figure_in_brackets():
    sentence = ("Năm 2024, tỉnh Cà Mau tuyển sinh đào tạo nghề cho 42.493 người, tăng 8,4% so với cùng kỳ năm 2023 "
                "({} người).")
    title = "Cà Mau: kết quả đào tạo nghề năm 2024"
    assert check(a=article(title, "28/12/2024", sentence.format("39.203"))).height == 0
    found = one(check(a=article(title, "28/12/2024", sentence.format("37.203"))), "yoy_claim_matches_history")
    assert "37.203" in found["message"] and "about 39\u202f200 last year" in found["message"]


def test_yoy_against_last_year_in_the_same_article_and_in_another_report():
    title = "Hậu Giang: giải quyết việc làm năm 2024"
    last = "Năm 2023, tỉnh Hậu Giang giải quyết việc làm cho {} lao động."
    this = "Năm 2024, tỉnh Hậu Giang giải quyết việc làm cho 12.000 lao động, tăng 20% so với cùng kỳ."
    assert check(a=article(title, "28/12/2024", last.format("10.000"), this)).height == 0
    one(check(a=article(title, "28/12/2024", last.format("9.000"), this)), "yoy_claim_matches_history")
    older = article("Hậu Giang: giải quyết việc làm năm 2023", "28/12/2023", last.format("9.000"))
    found = one(check(a=article(title, "28/12/2024", this), b=older), "yoy_claim_matches_history")
    assert "b.txt" in found["message"] and found["message"].startswith("a.txt: ")


@pytest.mark.parametrize("other", [
    article("Sóc Trăng: giải quyết việc làm năm 2023", "28/12/2023",
            "Năm 2023, tỉnh Sóc Trăng giải quyết việc làm cho 9.000 lao động."),
    article("Hậu Giang: giải quyết việc làm 9 tháng năm 2023", "28/09/2023",
            "9 tháng năm 2023, tỉnh Hậu Giang giải quyết việc làm cho 9.000 lao động."),
])
def test_yoy_against_other_places_or_periods_is_not_compared(other):
    this = article("Hậu Giang: giải quyết việc làm năm 2024", "28/12/2024",
                   "Năm 2024, tỉnh Hậu Giang giải quyết việc làm cho 12.000 lao động, tăng 20% so với cùng kỳ.")
    assert check(a=this, b=other, needs=("jobs_created",)).height == 0


# sources_agree: two reports that disagree → one finding naming both; within printed rounding → none.
def test_two_sources_that_disagree_give_one_finding_naming_both():
    first = article(JOBS, "20/12/2024", "Năm 2024, tỉnh Bạc Liêu giải quyết việc làm cho 15.400 lao động.")
    second = article("Bạc Liêu tổng kết năm 2024", "08/01/2025",
                     "Năm 2024, toàn tỉnh Bạc Liêu đã giải quyết việc làm cho 14.500 lao động.",
                     "Năm 2024, tỉnh Bạc Liêu giải quyết việc làm cho 14.500 lao động, đạt kế hoạch.")
    found = one(check(a=first, b=second), "sources_agree", doc="b")
    assert "b.txt" in found["message"] and "a.txt" in found["message"]
    assert "14.500" in found["message"] and "15.400" in found["message"]
    assert found["expected"] == 15400 and found["observed"] == 14500


@pytest.mark.parametrize("first, second", [
    ("hơn 106 nghìn", "106.775"),
    ("gần 107 nghìn", "106.775"),
    ("khoảng 1,6 triệu", "1.645.000"),
])
def test_sources_within_printed_rounding_agree(first, second):
    one_doc = article(JOBS, "20/12/2024", f"Năm 2024, tỉnh Bạc Liêu giải quyết việc làm cho {first} lao động.")
    other = article(JOBS, "08/01/2025", f"Năm 2024, tỉnh Bạc Liêu giải quyết việc làm cho {second} lao động.")
    assert check(a=one_doc, b=other, needs=("jobs_created",)).height == 0


@pytest.mark.parametrize("other", [
    "Năm 2024, tỉnh Sóc Trăng giải quyết việc làm cho 15.400 lao động.",
    "9 tháng năm 2024, tỉnh Bạc Liêu giải quyết việc làm cho 11.400 lao động.",
    "Năm 2024, cả nước giải quyết việc làm cho 1.650.000 lao động.",
    "Năm 2025, tỉnh Bạc Liêu phấn đấu giải quyết việc làm cho 15.400 lao động.",
])
def test_sources_on_other_places_periods_or_qualifiers_are_not_compared(other):
    one_doc = article(JOBS, "20/12/2024", "Năm 2024, tỉnh Bạc Liêu giải quyết việc làm cho 14.500 lao động.")
    found = check(a=one_doc, b=article("Tin lao động việc làm", "08/01/2025", other), needs=("jobs_created",))
    assert found.height == 0


def test_printed_intervals():
    def allowed(text: str, value: float) -> tuple[float, float]:
        return interval(PRINTED.search(text), value)
    assert allowed("hơn 106 nghìn người", 106000) == (106000, 107000)
    assert allowed("17.335 người", 17335) == (17335, 17335)
    assert allowed("gần 2.000 người", 2000) == (1000, 2000)
    low, high = allowed("49,5%", 49.5)
    assert (round(low, 6), round(high, 6)) == (49.45, 49.55)


def test_every_rule_has_a_test_here():
    assert {rule.name for rule in RULES} == {
        "violations_eq_warnings_plus_fines", "ratio_matches_percent", "rate_change_matches",
        "part_not_exceeding_whole", "yoy_claim_matches_history", "sources_agree"}


def _brute_force_yoy(prepared: pl.DataFrame) -> dict[str, str | None]:
    """What yoy_claim_matches_history must find, by trying every claim against every candidate: claim fact_id → the
    fact_id of the candidate it is shown with (None: the bracketed figure)."""
    from assets.check.printed import half_unit
    from assets.check.rules import EPS, _overlap
    rows = prepared.with_row_index("_h").to_dicts()
    actual = [r for r in rows if r["qualifier"] == "actual"]
    keys = ("province", "district", "metric", "period")
    expected = {}
    for claim in rows:
        if claim["yoy_pct"] is None or claim["yoy_pct"] <= 0 or claim["qualifier"] == "target":
            continue
        pct = claim["yoy_pct"]
        tol = half_unit(pct)
        def agrees(p_low, p_high, claim=claim, pct=pct, tol=tol):
            return p_high > 0 and _overlap(claim["low"] / p_high * 100, claim["high"] / max(p_low, EPS) * 100,
                                           pct - tol, pct + tol)
        if claim["prev_text"] is not None:
            if not agrees(claim["prev_low"], claim["prev_high"]):
                expected[claim["fact_id"]] = None
            continue
        usable = [h for h in actual if all(h[k] == claim[k] for k in keys) and h["year"] + 1 == claim["year"]
                  and (claim["province"] is not None or h["doc_id"] == claim["doc_id"])]
        if usable and not any(agrees(h["low"], h["high"]) for h in usable):
            implied = claim["value"] * 100 / pct
            expected[claim["fact_id"]] = min(usable, key=lambda h: (abs(h["value"] - implied), h["_h"]))["fact_id"]
    return expected


@pytest.mark.parametrize("seed", range(5))
def test_yoy_claims_are_judged_as_against_every_candidate(seed):
    """The rule searches sorted candidates instead of pairing each claim with each of last year's facts: on random
    claims and reports (ties, brackets, no province, several documents) it finds what trying every pair finds."""
    import random
    rng = random.Random(seed)
    rows = []
    for i in range(400):
        value = float(rng.choice([rng.randrange(50, 150), rng.randrange(50, 150) * 10, 100.0]))
        yoy = rng.choice([None, None, round(rng.uniform(80, 130), rng.choice([0, 1, 2]))])
        prev = float(rng.randrange(60, 140)) if yoy is not None and rng.random() < 0.2 else None
        rows.append({"fact_id": f"f{i:03d}", "doc_id": f"d{rng.randrange(40)}", "province": rng.choice(["A", "B", None]),
                     "district": None, "metric": rng.choice(["jobs_created", "labour_export"]), "period": "FY",
                     "year": rng.choice([2021, 2022, 2023]), "qualifier": rng.choice(["actual", "actual", "estimate", "target"]),
                     "value": value, "low": value - rng.choice([0, 0.5]), "high": value + rng.choice([0, 0.5]),
                     "yoy_pct": yoy, "prev_text": prev, "prev_low": prev, "prev_high": prev,
                     "source_path": "p.txt", "sentence": "…", "unit": "persons", "evidence": "…", "para_no": 0,
                     "sent_no": i, "span_start": 0, "span_end": 1})
    prepared = pl.DataFrame(rows)
    found = RULES[[rule.name for rule in RULES].index("yoy_claim_matches_history")].find(prepared)
    got = {ids[0]: (ids[1] if len(ids) > 1 else None) for ids in found["fact_ids"].to_list()}
    expected = _brute_force_yoy(prepared)
    assert len(expected) > 10
    assert got == expected


def test_a_yoy_claim_agrees_with_the_one_report_that_gives_it():
    """Of last year's 90, 100 and 110, only 100 gives "110, tăng 10%" (110 % of 100): no finding; 95 would give none."""
    def facts(last_year: list[float]) -> pl.DataFrame:
        rows = [{"fact_id": f"h{i}", "doc_id": f"d{i}", "value": v, "yoy_pct": None, "year": 2022}
                for i, v in enumerate(last_year)]
        rows.append({"fact_id": "claim", "doc_id": "dc", "value": 110.0, "yoy_pct": 110.0, "year": 2023})
        return pl.DataFrame([{**row, "low": row["value"], "high": row["value"], "province": "A", "district": None,
                              "metric": "jobs_created", "period": "FY", "qualifier": "actual", "prev_text": None,
                              "prev_low": None, "prev_high": None, "source_path": "p.txt", "sentence": "…",
                              "unit": "persons", "evidence": "…", "para_no": 0, "sent_no": 0, "span_start": 0, "span_end": 1}
                             for row in rows], schema_overrides={"yoy_pct": pl.Float64, "prev_text": pl.Float64,
                                                                  "prev_low": pl.Float64, "prev_high": pl.Float64})
    rule = RULES[[rule.name for rule in RULES].index("yoy_claim_matches_history")]
    assert rule.find(facts([90.0, 100.0, 110.0])).height == 0
    assert rule.find(facts([90.0, 95.0, 110.0]))["fact_ids"].to_list() == [["claim", "h1"]]
