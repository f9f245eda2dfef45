"""Cleaning on the fixture articles (metadata, chrome) and on a folder of one seed in many encodings."""

import html
import shutil
import unicodedata
from datetime import date

import pytest

from assets.clean.document import clean_document
from tests.conftest import ARTICLES, SEEDS, run_pipeline
from tests.test_cleaning import cp1258

# file → (title, published_date, author, org_level, province, district)
METADATA = {
    "binh_dinh_drug_rehab_2022.txt": ("Bình Định: Nâng cao hiệu quả công tác cai nghiện ma túy", date(2023, 1, 15), None, "province", "Bình Định", None),
    "binh_phuoc_covid_2020.html": ("Bình Phước: Chi trả hỗ trợ người gặp khó khăn do đại dịch Covid-19", date(2020, 6, 18), None, "province", "Bình Phước", None),
    "ha_giang_2023_fy.txt": ("Hà Giang: Ngành Lao động – Thương binh và Xã hội tổng kết công tác năm 2023", date(2023, 12, 28), None, "province", "Hà Giang", None),
    "kontum_covid_2021.txt": ("Kontum: Chi trả hỗ trợ người lao động gặp khó khăn do đại dịch Covid-19", date(2021, 10, 14), None, "province", "Kon Tum", None),
    "ministry_2023_fy.txt": ("Bộ Lao động – Thương binh và Xã hội tổng kết công tác năm 2023", date(2024, 1, 12), None, "ministry", None, None),
    "nghe_an_meritorious_2023_h1.txt": ("Nghệ An: Chăm lo tốt hơn đời sống người có công với cách mạng", date(2023, 7, 24), "Thanh Hà", "province", "Nghệ An", None),
    "quang_ngai_2021_9m.txt": ("Quảng Ngãi: Kết quả thực hiện nhiệm vụ 9 tháng đầu năm 2021", date(2021, 10, 5), None, None, "Quảng Ngãi", None),
    "quynh_luu_district_2022.txt": ("Huyện Quỳnh Lưu hoàn thành vượt chỉ tiêu giải quyết việc làm năm 2022", date(2022, 12, 26), "Phan Minh", "district", "Nghệ An", "Quỳnh Lưu"),
}
# Lines of site furniture planted in the fixtures: navigation, login, counters, related news,
# comment forms, share buttons, captions, keywords.
CHROME = ["Trang chủ", "Đăng nhập", "LƯỢT TRUY CẬP", "Đang online", "Tổng cộng", "Hôm nay", "Lượt xem", "Tin liên quan",
          "Các tin khác", "Để lại bình luận", "Gửi bình luận", "Scroll to Top", "Chia sẻ", "Ảnh:", "Từ khóa",
          "Thông báo | Lịch", "Bản quyền", "Xem thêm", "1.200 lao động được tư vấn", "15 phiên giao dịch"]


@pytest.mark.parametrize("name", sorted(METADATA))
def test_fixture_metadata(name):
    doc = clean_document((ARTICLES / name).read_bytes(), name)
    assert doc.status == "ok"
    assert (doc.title, doc.published_date, doc.author, doc.org_level, doc.province, doc.district) == METADATA[name]
    assert doc.text.split("\n")[0] == doc.title


@pytest.mark.parametrize("name", sorted(p.name for p in ARTICLES.iterdir()))
def test_fixture_chrome_is_gone_and_every_sentence_kept(name):
    doc = clean_document((ARTICLES / name).read_bytes(), name)
    assert [c for c in CHROME if c in doc.text] == []
    # Every line of the source that ends like a sentence is in the cleaned body (markup stripped for HTML).
    source = (ARTICLES / name).read_text(encoding="utf-8")
    if name.endswith(".html"):
        source = html.unescape(source.replace("<p>", "\n").replace("</p>", "\n"))
    sentences = [line.strip() for line in source.split("\n")
                 if line.strip().endswith(".") and "<" not in line and not line.strip().startswith("Ảnh")]
    assert sentences and [s for s in sentences if s not in doc.text] == []


def as_html(text: str) -> bytes:
    """A saved page around an article: menu, title, paragraphs, related links and a footer counter."""
    title, *body = text.split("\n")
    paragraphs = "".join(f"<p>{html.escape(line)}</p>" for line in body if line.strip())
    return (f"<html><head><meta charset='utf-8'><title>{html.escape(title)}</title></head><body>"
            "<nav><a href='/'>Trang chủ</a> | <a href='/tin'>Tin tức</a></nav>"
            f"<article><h1>{html.escape(title)}</h1>{paragraphs}</article>"
            "<aside><h3>Tin liên quan</h3><ul><li><a href='/1'>Tổ chức 12 phiên giao dịch việc làm</a></li></ul></aside>"
            "<footer>LƯỢT TRUY CẬP 69.534</footer></body></html>").encode()


def test_mixed_encodings_folder_gives_the_same_facts_and_marks_duplicates(tmp_path, seed_warehouse, connect):
    seed = SEEDS / "003_9a68a3cb6fad33e1.txt"
    text = seed.read_text(encoding="utf-8")
    raw = tmp_path / "raw"
    shutil.copytree(SEEDS, raw)
    copies = {"copy_utf16.txt": text.encode("utf-16"), "copy_cp1258.txt": cp1258(text),
              "copy_nfd.txt": unicodedata.normalize("NFD", text).encode("utf-8"), "copy.html": as_html(text)}
    for name, data in copies.items():
        (raw / name).write_bytes(data)
    result = run_pipeline(raw, tmp_path / "warehouse")
    assert result.success

    con = connect(tmp_path / "warehouse", read_only=True)
    original = con.execute("select doc_id from documents where source_path = ?", [seed.name]).fetchone()[0]
    statuses = dict(con.execute("select source_path, status || ':' || coalesce(duplicate_of, '') from documents "
                                "where source_path like 'copy%'").fetchall())
    assert statuses == dict.fromkeys(copies, f"duplicate:{original}")
    encodings = dict(con.execute("select source_path, encoding_detected from documents where source_path like 'copy%'"
                                 ).fetchall())
    assert encodings["copy_utf16.txt"].startswith("utf-16") and encodings["copy_cp1258.txt"] == "windows-1258"

    def facts(c) -> list[tuple]:
        return sorted(c.execute("select metric, value, value_max, qualifier, year, period, province, district, "
                                "plan_pct, plan_value, yoy_pct from facts").fetchall())

    seeds_only = connect(seed_warehouse, read_only=True)
    assert facts(con) == facts(seeds_only)

    # Each readable copy, extracted on its own, gives the original's facts.
    from assets.extract.facts import DocContext, extract_facts

    def own_facts(data: bytes, name: str) -> list[tuple]:
        doc = clean_document(data, name)
        ctx = DocContext("d", doc.text, doc.published_date, doc.province, doc.district)
        return sorted((f.metric, f.value, f.year, f.period, f.province, f.district, f.plan_pct) for f in extract_facts(ctx))

    reference = own_facts(seed.read_bytes(), seed.name)
    assert reference and all(own_facts(data, name) == reference for name, data in copies.items())


def test_a_copy_added_in_a_later_run_is_a_duplicate_of_the_earlier_document(tmp_path, connect):
    raw = tmp_path / "raw"
    raw.mkdir()
    shutil.copy(ARTICLES / "ha_giang_2023_fy.txt", raw / "first.txt")
    assert run_pipeline(raw, tmp_path / "wh").success
    syndicated = (ARTICLES / "ha_giang_2023_fy.txt").read_text(encoding="utf-8").replace("Đang online 6", "Bản in")
    (raw / "later.txt").write_text("Báo Hà Giang điện tử\n" + syndicated, encoding="utf-8")
    assert run_pipeline(raw, tmp_path / "wh").success
    con = connect(tmp_path / "wh", read_only=True)
    rows = dict(con.execute("select source_path, status || ':' || coalesce(duplicate_of, '') from documents").fetchall())
    first = con.execute("select doc_id from documents where source_path = 'first.txt'").fetchone()[0]
    assert rows == {"first.txt": "ok:", "later.txt": f"duplicate:{first}"}
