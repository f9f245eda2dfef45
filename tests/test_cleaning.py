"""Cleaning: encodings, HTML, chrome, metadata, quarantine and duplicates."""

import unicodedata
from pathlib import Path

import pytest
from viparse.normalize.tcvn3 import TCVN3
from viparse.normalize.vni import VNI

from assets.clean.asset import clean_rows, mark_duplicates
from assets.clean.document import clean_document
from tests.conftest import SEEDS

SEED = SEEDS / "003_9a68a3cb6fad33e1.txt"
TONES = "\u0300\u0301\u0303\u0309\u0323"


def cp1258(text: str) -> bytes:
    """Windows-1258 bytes: base letters precomposed, tone marks as combining characters."""
    out = []
    for ch in text:
        parts = unicodedata.normalize("NFD", ch)
        base = unicodedata.normalize("NFC", "".join(p for p in parts if p not in TONES))
        out.append(base + "".join(p for p in parts if p in TONES))
    return "".join(out).encode("cp1258")


def legacy(text: str, charmap) -> bytes:
    inverse = {unicode: old for old, unicode in charmap.pairs}
    return "".join(inverse.get(ch, ch) for ch in text).encode("utf-8")


REFERENCE = clean_document(SEED.read_bytes(), "seed.txt")


@pytest.mark.parametrize(("encode", "encoding"), [
    (lambda t: t.encode("utf-8"), "utf-8"),
    (lambda t: b"\xef\xbb\xbf" + t.encode("utf-8"), "utf-8-sig"),
    (lambda t: t.encode("utf-16"), "utf-16-le"),
    (cp1258, "windows-1258"),
    (lambda t: unicodedata.normalize("NFD", t).encode("utf-8"), "utf-8"),
    (lambda t: legacy(t, TCVN3), "utf-8+tcvn3"),
    (lambda t: legacy(t, VNI), "utf-8+vni"),
])
def test_every_encoding_gives_the_same_clean_text(encode, encoding):
    cleaned = clean_document(encode(SEED.read_text(encoding="utf-8")), "copy.txt")
    assert cleaned.encoding_detected == encoding
    assert cleaned.text == REFERENCE.text


def test_seed_chrome_is_removed_and_sentences_kept():
    chrome = ["LƯỢT TRUY CẬP", "69.534", "Đăng Nhập", "Scroll to Top", "Để lại bình luận", "Các tin khác",
              "Đang online", "Tổng cộng 3.014.792", "Quay Về", "Lượt xem", "Banner1"]
    for path in sorted(SEEDS.glob("*.txt")):
        cleaned = clean_document(path.read_bytes(), path.name)
        assert cleaned.status == "ok"
        assert not [c for c in chrome if c in cleaned.text], path.name
        for line in path.read_text(encoding="utf-8").splitlines():
            if len(line.split()) > 45:  # every long article paragraph survives whole
                assert " ".join(line.split()) in cleaned.text


def test_metadata_of_a_district_office_article():
    assert (REFERENCE.title.startswith("Lãnh đạo UBND thành phố Đông Hà"), str(REFERENCE.published_date),
            REFERENCE.org_level, REFERENCE.province, REFERENCE.province_2025, REFERENCE.district,
            REFERENCE.author) == (True, "2023-02-17", "district", "Quảng Trị", "Quảng Trị", "Đông Hà", "Phương Thảo")


def test_site_name_without_diacritics_gives_the_province():
    cleaned = clean_document((SEEDS / "001_639c909b7a326c80.txt").read_bytes(), "001.txt")
    assert (cleaned.province, cleaned.province_2025, str(cleaned.published_date)) == ("Kon Tum", "Quảng Ngãi", "2020-07-17")


def test_html_page_gives_the_article():
    body = SEED.read_text(encoding="utf-8").split("Các tin khác")[0]
    paragraphs = "".join(f"<p>{line}</p>" for line in body.splitlines()[2:] if line.strip())
    html = (f"<html><head><title>{body.splitlines()[0]}</title></head><body><nav><a href='/'>Trang chủ</a>"
            f"<a href='/t'>Tin tức</a></nav><article><h1>{body.splitlines()[0]}</h1>{paragraphs}</article>"
            "<aside><h3>Tin liên quan</h3><ul><li><a href='/x'>Tuyển 5.000 lao động</a></li></ul></aside>"
            "<footer>Lượt truy cập 12.345</footer></body></html>")
    cleaned = clean_document(html.encode(), "page.html")
    assert cleaned.status == "ok"
    assert "1.743 lao động" in cleaned.text and "12.345" not in cleaned.text and "5.000" not in cleaned.text


@pytest.mark.parametrize(("data", "reason"), [
    (b"", "the file is empty"),
    (b"   \n\n ", "the file is empty"),
    (b"\x00\x01\x02binary\x00" * 50, "binary"),
    (b"The quick brown fox jumps over the lazy dog. " * 20, "not Vietnamese"),
    ("Trang chủ\nĐăng nhập\nLượt truy cập 12\n".encode(), "no article text"),
    (b"<html><body><nav><a href='/'>Trang ch\xe1\xbb\xa7</a></nav></body></html>", "no article text"),
])
def test_bad_files_are_quarantined_with_a_reason(data, reason):
    cleaned = clean_document(data, "bad/file.txt")
    assert cleaned.status == "quarantined"
    assert reason in cleaned.quarantine_reason and "bad/file.txt" in cleaned.quarantine_reason


def test_duplicates_exact_and_near():
    text = SEED.read_bytes()
    near = text.replace("Các tin khác".encode(), "Tin liên quan\nMột tin khác".encode()) + "\nNguồn: baoquangtri.vn".encode()
    other = (SEEDS / "004_394ac94e4646dabb.txt").read_bytes()
    rows = clean_rows([
        {"source_path": "a.txt", "doc_id": "a" * 64, "content": text, "read_error": None},
        {"source_path": "b.txt", "doc_id": "a" * 64, "content": text, "read_error": None},
        {"source_path": "c.txt", "doc_id": "c" * 64, "content": near, "read_error": None},
        {"source_path": "d.txt", "doc_id": "d" * 64, "content": other, "read_error": None},
    ])
    mark_duplicates(rows, [])
    assert [(r["status"], r["duplicate_of"]) for r in rows] == [
        ("ok", None), ("duplicate", "a" * 64), ("duplicate", "a" * 64), ("ok", None)]


def test_path_is_a_parameter_not_a_filename(tmp_path: Path):
    assert clean_document(None, "x.txt", "cannot be read (Permission denied)").status == "quarantined"


def test_a_related_news_box_inside_the_article_does_not_end_it():
    from assets.clean.chrome import body_text, classify_lines

    page = "\n".join([
        "Sở tổ chức thăm, tặng quà Tết cho trẻ em có hoàn cảnh đặc biệt trên địa bàn tỉnh.",
        "TIN LIÊN QUAN",
        "- Trao 300 suất học bổng cho học sinh nghèo",
        "Đoàn đã trực tiếp đi thăm và trao 312 suất quà cho trẻ em ở các trung tâm bảo trợ xã hội, các cơ sở nuôi "
        "dạy trẻ khuyết tật và các trường học vùng sâu, vùng xa của tỉnh trong những ngày giáp Tết.",
        "Bình luận",
        "Bài viết rất ý nghĩa, mong các cấp tiếp tục quan tâm nhiều hơn nữa đến 1.000 em nhỏ khó khăn ở vùng cao.",
    ])
    body = body_text(classify_lines(page))
    assert "312 suất quà" in body
    assert "300 suất học bổng" not in body  # a headline of the box
    assert "1.000 em" not in body  # comments stay chrome


def test_an_eth_typed_for_d_is_read_as_d():
    """Old keyboards type the Icelandic eth ("Ðầm Dơi") for Vietnamese đ; the page names huyện Đầm Dơi."""
    page = ("Ðầm Dơi trao 300 suất quà Tết\n\nNgày 12/1/2023, UBND huyện Ðầm Dơi trao 300 suất quà cho hộ nghèo. "
            "Ðối với gia đình chính sách, huyện tổ chức thăm hỏi tận nhà.\n")
    cleaned = clean_document(page.encode(), "dam-doi.txt", listed_url="https://camau.gov.vn/tin/qua-tet")
    assert "Ð" not in cleaned.text and "huyện Đầm Dơi" in cleaned.text and "Đối với" in cleaned.text
    assert (cleaned.province, cleaned.district) == ("Cà Mau", "Đầm Dơi")


def test_pictographs_inside_words_and_numbers_go():
    """A scraper mirror sprinkles emoji inside words and numbers ("ngh♔iện", "1.5🌟00"): they go, so the words and the
    number read; an emoji between words stays as it was typed."""
    page = ("Trung tâm cai ngh♔iện tỉnh\n\nTrung tâm cai nghiện Đồng Nai có gần 1.5🌟00 học viên. Tro✅ng đó 6 người tự "
            "nguyện. Cảm ơn các nhà hảo tâm 🙏 đã đồng hành.\n")
    text = clean_document(page.encode(), "mirror.txt").text
    assert "cai nghiện tỉnh" in text and "gần 1.500 học viên" in text and "Trong đó" in text
    assert "hảo tâm 🙏 đã" in text


def test_a_utf8_page_with_a_stray_byte_is_read_with_the_byte_replaced_and_counted():
    text = ("Tin việc làm\nNăm 2023, huyện đã giải quyết việc làm cho 1.240 lao động, đạt 103% kế hoạch năm. "
            "Tỷ lệ lao động qua đào tạo đạt 64,5%, tăng 1,5% so với năm trước.\n")
    raw = text.encode()
    raw = raw[:60] + b"\xff" + raw[60:]
    doc = clean_document(raw, "stray.txt")
    assert doc.status == "ok" and doc.encoding_detected == "utf-8 (1 bad byte replaced, the first at byte 60)"
    assert "1.240 lao động" in doc.text
    # … but a page full of bytes that are not UTF-8 is still read as a code page
    assert clean_document(cp1258(text), "cp.txt").encoding_detected == "windows-1258"


def test_files_set_aside_are_named_with_their_reason_in_the_run_log(tmp_path):
    import dagster as dg

    from tests.conftest import run_pipeline

    raw = tmp_path / "raw"
    raw.mkdir()
    (raw / "empty.txt").write_bytes(b"")
    (raw / "page.txt").write_text((SEEDS / sorted(p.name for p in SEEDS.glob("*.txt"))[0]).read_text(encoding="utf-8"),
                                  encoding="utf-8")
    instance = dg.DagsterInstance.ephemeral()
    result = run_pipeline(raw, tmp_path / "warehouse", instance)
    warnings = [entry.user_message for entry in instance.all_logs(result.run_id)
                if entry.level >= 30 and entry.user_message.startswith("quarantined")]
    assert warnings == ["quarantined empty.txt: the file is empty; replace it with the article or delete it"]


def test_a_near_copy_with_other_figures_is_another_report_not_a_duplicate():
    """A corrected republication (one figure changed) keeps its own facts, so the disagreement is seen."""
    text = SEED.read_text(encoding="utf-8")
    number = next(m for m in __import__("re").finditer(r"\d{1,3}(?:\.\d{3})+", text))
    corrected = text[:number.start()] + "9.999" + text[number.end():]
    rows = clean_rows([
        {"source_path": "a.txt", "doc_id": "a" * 64, "content": text.encode(), "read_error": None},
        {"source_path": "b.txt", "doc_id": "b" * 64, "content": corrected.encode(), "read_error": None},
        {"source_path": "c.txt", "doc_id": "c" * 64, "content": (text + "\nNguồn: baoquangtri.vn").encode(),
         "read_error": None},
    ])
    mark_duplicates(rows, [])
    assert [(r["status"], r["duplicate_of"]) for r in rows] == [("ok", None), ("ok", None), ("duplicate", "a" * 64)]
