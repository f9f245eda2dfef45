"""`molisa review` read back through a real browser (Debian chromium, headless): every seed fact is
highlighted on its evidence, findings sit beside the facts they name, corrections that did not apply are
listed, overlapping spans and hostile text render right; screenshots go to tests/output/."""

from __future__ import annotations

import csv
import shutil
import subprocess
from pathlib import Path

import lxml.html
import polars as pl
import pytest

from assets.review.site import document_pages, page_name, segments, write_site
from orchestration import cli
from orchestration import warehouse as lake
from tests.conftest import BROWSER_FLAGS as FLAGS
from tests.conftest import ROOT, SEEDS, run_pipeline

OUTPUT = ROOT / "tests" / "output"
PERTURBED = ROOT / "tests" / "fixtures" / "perturbed"



class Browser:
    """Headless chromium, a fresh profile for every page, nothing fetched from the network."""

    def __init__(self, binary: str, profiles: Path):
        self.binary, self.profiles, self.count = binary, profiles, 0

    def _run(self, url: str, *args: str) -> subprocess.CompletedProcess:
        self.count += 1
        profile = self.profiles / f"profile-{self.count}"
        return subprocess.run([self.binary, *FLAGS, f"--user-data-dir={profile}", *args, url], capture_output=True,
                              timeout=180, check=True)

    def dom(self, page: Path) -> lxml.html.HtmlElement:
        """The page's DOM after its scripts ran, as the browser serializes it."""
        out = self._run(page.resolve().as_uri(), "--dump-dom").stdout.decode("utf-8")
        return lxml.html.document_fromstring(out)

    def screenshot(self, page: Path, target: Path, size: str = "1400,1000") -> Path:
        target.parent.mkdir(parents=True, exist_ok=True)
        self._run(page.resolve().as_uri(), f"--screenshot={target}", f"--window-size={size}")
        return target


@pytest.fixture(scope="module")
def browser(chromium, tmp_path_factory) -> Browser:
    return Browser(chromium, tmp_path_factory.mktemp("chromium"))


def read_text(article: lxml.html.HtmlElement) -> tuple[str, dict[str, list[tuple[int, int]]], dict[str, str]]:
    """The text of the article as the browser holds it, where each fact's highlights are (character
    offsets), and the label shown at the start of each highlight."""
    parts, spans, labels, pos = [article.text or ""], {}, {}, len(article.text or "")
    for child in article:
        piece = child.text_content()
        if child.tag == "mark":
            for fid in child.get("data-facts").split():
                spans.setdefault(fid, []).append((pos, pos + len(piece)))
            if child.get("data-label"):
                labels[pos] = child.get("data-label")
        parts.append(piece)
        pos += len(piece)
        parts.append(child.tail or "")
        pos += len(child.tail or "")
    return "".join(parts), spans, labels


def merged(pieces: list[tuple[int, int]]) -> list[tuple[int, int]]:
    out: list[list[int]] = []
    for start, end in sorted(pieces):
        if out and out[-1][1] == start:
            out[-1][1] = end
        else:
            out.append([start, end])
    return [tuple(p) for p in out]


@pytest.fixture(scope="module")
def site(tmp_path_factory):
    """Seeds plus the perturbed fixtures, one correction that applies and one that cannot, the site
    written by `molisa review`."""
    base = tmp_path_factory.mktemp("review")
    raw, wh = base / "raw", base / "warehouse"
    shutil.copytree(SEEDS, raw / "seeds")
    shutil.copytree(PERTURBED, raw / "perturbed", ignore=shutil.ignore_patterns("*.json"))
    corrections = base / "corrections.csv"
    with corrections.open("w", encoding="utf-8", newline="") as handle:
        writer = csv.writer(handle)
        writer.writerow(["action", "source", "metric", "evidence", "field", "value", "note", "author"])
        # A seed claim (seeds_gold.jsonl): "giải quyết việc làm cho 17.335 lượt người lao động đạt 49,53% kế hoạch".
        writer.writerow(["reject", "seeds/000_84b3097514212185.txt", "jobs_created", "17.335 lượt người", "", "",
                         "checked", "Lan"])
        writer.writerow(["fix", "seeds/000_84b3097514212185.txt", "jobs_created", "không có câu này", "year", "2020", "", ""])
    assert run_pipeline(raw, wh, corrections=corrections).success
    out = base / "site"
    with pytest.MonkeyPatch.context() as patch:
        patch.setenv("MOLISA_WAREHOUSE", str(wh))
        assert cli.main(["review", str(out)]) == 0
    con = lake.connect(wh, read_only=True)
    (rejected, applied), = con.execute("select fact_id, applied from corrections_log where line_no = 2").fetchall()
    assert applied
    data = {name: con.execute(sql).pl() for name, sql in {
        "documents": "select * from documents",
        "reviewed": "select * from facts_reviewed",
        "facts": "select * from facts",
        "findings": "select * from consistency_findings",
    }.items()}
    con.close()
    return {"out": out, "rejected": rejected, **data}


def test_every_seed_fact_is_highlighted_on_its_evidence(site, browser):
    docs = site["documents"].filter(pl.col("source_path").str.starts_with("seeds/"))
    assert docs.height == 5
    checked = 0
    for doc in docs.to_dicts():
        dom = browser.dom(site["out"] / "docs" / page_name(doc["source_path"]))
        (article,) = dom.xpath("//article[@id='text']")
        text, spans, labels = read_text(article)
        assert text == doc["text"]  # the whole cleaned text, diacritics and all, nothing added
        facts = site["facts"].filter(pl.col("doc_id") == doc["doc_id"]).to_dicts()
        assert facts
        for fact in facts:
            assert merged(spans[fact["fact_id"]]) == [(fact["span_start"], fact["span_end"])], fact["evidence"]
            assert text[fact["span_start"]:fact["span_end"]] == fact["evidence"]
            assert fact["metric"] in labels[fact["span_start"]]
            (card,) = dom.xpath(f"//section[@id='f-{fact['fact_id']}']")
            assert card.xpath(".//span[@class='metric']")[0].text_content() == fact["metric"]
            assert card.xpath(".//span[@class='metric-name']")[0].text_content().strip()  # the measure in words
            if fact["fact_id"] == site["rejected"]:
                assert "rejected" in card.get("class") and "line 2: reject by Lan" in card.text_content()
            else:
                assert [i.get("value") for i in card.xpath(".//input[@class='line']")][0].startswith(
                    f"reject,{doc['source_path']},{fact['metric']},")
            checked += 1
    assert checked == site["facts"].filter(pl.col("doc_id").is_in(docs["doc_id"].to_list())).height


def test_the_finding_of_a_perturbed_file_is_shown_beside_its_facts(site, browser):
    doc = site["documents"].filter(pl.col("source_path") == "perturbed/violations.txt").row(0, named=True)
    (finding,) = site["findings"].filter(pl.col("doc_id") == doc["doc_id"]).to_dicts()
    dom = browser.dom(site["out"] / "docs" / page_name(doc["source_path"]))
    assert len(finding["fact_ids"]) == 3
    for fid in finding["fact_ids"]:
        (card,) = dom.xpath(f"//section[@id='f-{fid}']")
        shown = [p.text_content() for p in card.xpath(".//p[contains(@class, 'finding')]")]
        assert shown == [f"violations_eq_warnings_plus_fines: {finding['message']}"]
        assert "has-finding" in dom.xpath(f"//mark[contains(concat(' ', @data-facts, ' '), ' {fid} ')]")[0].get("class")
    index = browser.dom(site["out"] / "index.html")
    row = index.xpath(f"//tr[td/a[@href='docs/{page_name(doc['source_path'])}']]")[0]
    assert [td.text_content().strip() for td in row.xpath("td")][4:7] == ["ok", str(
        site["reviewed"].filter(pl.col("doc_id") == doc["doc_id"]).height), "1"]


def test_the_index_lists_documents_and_the_corrections_that_did_not_apply(site, browser):
    index = browser.dom(site["out"] / "index.html")
    rows = index.xpath("//table[@id='documents']/tbody/tr")
    assert len(rows) == site["documents"].height
    (problem,) = index.xpath("//section[@id='not-applied']//tbody/tr")
    cells = [td.text_content() for td in problem.xpath("td")]
    assert cells[0] == "3" and cells[-1] == "evidence not found: the document's text does not contain this evidence"
    shot = browser.screenshot(site["out"] / "index.html", OUTPUT / "review-index.png")
    assert shot.stat().st_size > 20_000


def test_a_document_page_screenshot_is_written(site, browser):
    doc = site["documents"].filter(pl.col("source_path") == "perturbed/violations.txt").row(0, named=True)
    shot = browser.screenshot(site["out"] / "docs" / page_name(doc["source_path"]), OUTPUT / "review-document.png",
                              size="1400,1100")
    assert shot.stat().st_size > 20_000


def test_overlapping_spans_and_markup_in_the_text_render_exactly(tmp_path, browser):
    text = 'Đã giải quyết <script>alert("x")</script> & <b>đậm</b> cho 1.200 lao động, đạt 105% kế hoạch.'
    doc_id = "d" * 64
    spans = {"f1": (0, 40), "f2": (14, 60), "f3": (20, 30), "f4": (60, len(text) - 1)}
    documents = pl.DataFrame([{"doc_id": doc_id, "source_path": "x/<b>ten</b>.txt", "status": "ok",
                               "quarantine_reason": None, "duplicate_of": None, "title": "Tiêu đề <i>thử</i>",
                               "published_date": None, "province": None, "province_2025": None, "district": None,
                               "text": text}])
    rows = [{"fact_id": fid, "doc_id": doc_id, "metric": "jobs_created", "value": 1200.0, "value_max": None,
             "unit": "persons", "qualifier": "actual", "year": 2023, "period": "FY", "province": None,
             "province_2025": None, "district": None, "plan_pct": None, "plan_value": None, "yoy_pct": None,
             "evidence": text[s:e], "span_start": s, "span_end": e, "extractor_version": "t",
             "review_status": "extracted", "correction_ids": []} for fid, (s, e) in spans.items()]
    reviewed = pl.DataFrame(rows)
    empty_log = pl.DataFrame(schema={"line_no": pl.Int32, "fact_id": pl.String, "source": pl.String,
                                     "applied": pl.Boolean})
    findings = pl.DataFrame(schema={"doc_id": pl.String, "rule": pl.String, "fact_ids": pl.List(pl.String),
                                    "severity": pl.String, "message": pl.String})
    pages = document_pages(documents, reviewed, reviewed.drop("review_status", "correction_ids"), findings, empty_log)
    write_site(tmp_path, pages, empty_log, {"snapshot": 1, "built": "now", "at": None, "corrections_file": "c.csv"})
    dom = browser.dom(tmp_path / "docs" / page_name("x/<b>ten</b>.txt"))
    (article,) = dom.xpath("//article[@id='text']")
    assert not article.xpath(".//script|.//b")  # the document's markup is text, never elements
    got, shown, _ = read_text(article)
    assert got == text
    for fid, (s, e) in spans.items():
        assert merged(shown[fid]) == [(s, e)]
    assert dom.xpath("//h1")[0].text_content() == "Tiêu đề <i>thử</i>"
    assert len(segments(text, [(f, s, e) for f, (s, e) in spans.items()])) == 7


def test_quarantined_and_duplicate_documents_say_why(tmp_path):
    ok, dup, bad = "a" * 64, "b" * 64, "c" * 64
    base = {"quarantine_reason": None, "duplicate_of": None, "title": None, "published_date": None,
            "province": None, "province_2025": None, "district": None, "text": None}
    documents = pl.DataFrame([
        base | {"doc_id": ok, "source_path": "a.txt", "status": "ok", "text": "Văn bản."},
        base | {"doc_id": dup, "source_path": "b.txt", "status": "duplicate", "duplicate_of": ok},
        base | {"doc_id": bad, "source_path": "c.bin", "status": "quarantined",
                "quarantine_reason": "c.bin: the file is binary; save the article as text or HTML"},
    ])
    facts = pl.DataFrame(schema={"fact_id": pl.String, "doc_id": pl.String, "metric": pl.String,
                                 "span_start": pl.Int32, "span_end": pl.Int32, "review_status": pl.String})
    log = pl.DataFrame(schema={"line_no": pl.Int32, "fact_id": pl.String, "source": pl.String, "applied": pl.Boolean})
    findings = pl.DataFrame(schema={"doc_id": pl.String, "rule": pl.String, "fact_ids": pl.List(pl.String)})
    pages = document_pages(documents, facts, facts.drop("review_status"), findings, log)
    write_site(tmp_path, pages, log, {"snapshot": 1, "built": "now", "at": None, "corrections_file": "c.csv"})

    def why(path: str) -> str:
        html = lxml.html.parse(str(tmp_path / "docs" / page_name(path))).getroot()
        return html.xpath("//p[@id='why']")[0].text_content()

    assert why("c.bin") == "Quarantined: c.bin: the file is binary; save the article as text or HTML"
    assert " ".join(why("b.txt").split()) == "Duplicate: this file repeats a.txt; its facts are counted there, once."
    assert lxml.html.parse(str(tmp_path / "docs" / page_name("b.txt"))).getroot().xpath(
        "//p[@id='why']/a/@href") == [page_name("a.txt")]


def test_each_fact_says_whether_the_marts_show_it(site, browser):
    """A fact the marts show says so and why; one they do not names the figure they show; the rejected one says so."""
    doc = site["documents"].filter(pl.col("source_path") == "seeds/000_84b3097514212185.txt").row(0, named=True)
    dom = browser.dom(site["out"] / "docs" / page_name(doc["source_path"]))
    lines = {card.get("data-fact"): "".join(p.text_content() for p in card.xpath(".//p[@class='marts']"))
             for card in dom.xpath("//section[contains(@class, 'fact')]")}
    assert lines[site["rejected"]] == "in the marts: no (rejected by a correction)"
    shown = [fid for fid, line in lines.items() if line.startswith("in the marts: shown — ")]
    assert shown and all(lines[fid] for fid in lines)  # every card says something
    (reviewed_ids,) = [site["reviewed"].filter(pl.col("doc_id") == doc["doc_id"])["fact_id"].to_list()]
    assert set(shown) <= set(reviewed_ids)
