"""Where a page came from, through a real Dagster run: canonical links, sources.csv, mastheads, bad lines."""

from datetime import date

import dagster as dg

from assets.warehouse import lake as warehouse
from tests.conftest import run_pipeline

BODY = ("Năm 2023, toàn tỉnh đã giải quyết việc làm cho 12.345 lao động, đạt 102% kế hoạch năm; tuyển sinh "
        "đào tạo nghề cho 9.870 người. Sở Lao động - Thương binh và Xã hội cho biết tỷ lệ hộ nghèo giảm còn 2,1%.")
HTML = f"""<!doctype html><html><head><meta charset="utf-8">
<title>Toàn tỉnh giải quyết việc làm cho hơn 12 nghìn lao động</title>
<link rel="canonical" href="https://baocamau.vn/toan-tinh-giai-quyet-viec-lam-a1234.html">
<meta property="og:url" content="https://baocamau.vn/toan-tinh-giai-quyet-viec-lam-a1234.html">
<meta property="article:published_time" content="2024-01-05T08:00:00+07:00"></head>
<body><nav><a href="/">Trang chủ</a> | <a href="/xa-hoi">Xã hội</a></nav>
<article><h1>Toàn tỉnh giải quyết việc làm cho hơn 12 nghìn lao động</h1>
<p>{BODY}</p><p>Trong năm 2024, ngành phấn đấu giải quyết việc làm cho 12.500 lao động.</p></article>
</body></html>"""
LISTED = ("Toàn tỉnh giải quyết việc làm cho hơn 12 nghìn lao động\n"
          "Thứ Sáu, 17-2-2023 13:42\n\n" + BODY + "\n\nTin liên quan\n- Một tin khác (01/01/2020)\n")
MASTHEAD = ("BÁO THÁI BÌNH ĐIỆN TỬ\nChính trị | Kinh tế | Xã hội\n\n"
            "Toàn tỉnh giải quyết việc làm cho hơn 12 nghìn lao động\n\n- 05:15 - 20/11/2016\n\n" + BODY.replace("2023", "2016"))
CITING = ("Huyện giải quyết việc làm cho hơn 500 lao động\nNgày đăng: 17/07/2020\n\n"
          "Thực hiện Thông tư số 11/2019/TT-BLĐTBXH của Bộ Lao động - Thương binh và Xã hội, Phòng Lao động - "
          "Thương binh và Xã hội huyện đã giải quyết việc làm cho 512 lao động trong 6 tháng đầu năm 2020.\n")


def test_source_url_site_and_place_from_the_address(tmp_path):
    raw = tmp_path / "raw"
    (raw / "sub").mkdir(parents=True)
    (raw / "canonical.html").write_text(HTML, encoding="utf-8")
    (raw / "listed.txt").write_text(LISTED, encoding="utf-8")
    (raw / "sub" / "district.txt").write_text(CITING, encoding="utf-8")
    (raw / "masthead.txt").write_text(MASTHEAD, encoding="utf-8")
    (raw / "sources.csv").write_text(
        "path,url\n"
        "listed.txt,https://sldtbxh.bacninh.gov.vn/tin-tuc/viec-lam-2023.html\n"
        "sub/district.txt,https://damrong.lamdong.gov.vn/tin-hoat-dong/a-1\n"
        "missing.txt,https://baolamdong.vn/a.html\n"
        "masthead.txt,not-an-address\n"
        "listed.txt,https://baolaocai.vn/other.html\n"
        "canonical.html,https://dantri.com.vn/listed-but-the-page-says-otherwise.html\n",
        encoding="utf-8")
    instance = dg.DagsterInstance.ephemeral()
    result = run_pipeline(raw, tmp_path / "wh", instance=instance,
                          selection=dg.AssetSelection.assets("raw_documents", "documents"))
    assert result.success
    con = warehouse.connect(tmp_path / "wh", read_only=True)
    try:
        rows = {r[0]: r[1:] for r in con.execute(
            "select source_path, source_url, site, province, province_2025, district, published_date, org_level, "
            "title from documents").fetchall()}
    finally:
        con.close()
    assert rows["canonical.html"][:5] == ("https://baocamau.vn/toan-tinh-giai-quyet-viec-lam-a1234.html",
                                          "baocamau.vn", "Cà Mau", "Cà Mau", None)
    assert rows["canonical.html"][5:7] == (date(2024, 1, 5), "province")
    assert rows["listed.txt"][:7] == ("https://sldtbxh.bacninh.gov.vn/tin-tuc/viec-lam-2023.html",
                                      "sldtbxh.bacninh.gov.vn", "Bắc Ninh", "Bắc Ninh", None, date(2023, 2, 17),
                                      "province")
    assert rows["sub/district.txt"][:7] == ("https://damrong.lamdong.gov.vn/tin-hoat-dong/a-1", "damrong.lamdong.gov.vn",
                                            "Lâm Đồng", "Lâm Đồng", "Đam Rông", date(2020, 7, 17), "district")
    assert rows["masthead.txt"][:7] == (None, "BÁO THÁI BÌNH ĐIỆN TỬ", "Thái Bình", "Hưng Yên", None,
                                        date(2016, 11, 20), "province")
    assert rows["masthead.txt"][7] == "Toàn tỉnh giải quyết việc làm cho hơn 12 nghìn lao động"
    messages = [e.user_message for e in instance.all_logs(result.run_id) if "sources.csv line" in (e.user_message or "")]
    assert any("line 4" in m and "missing.txt is not a file" in m for m in messages), messages
    assert any("line 5" in m and "not a web address" in m for m in messages), messages
    assert any("line 6" in m and "listed again (first on line 2)" in m for m in messages), messages
    assert len(messages) == 3

    # A corrected sources.csv line cleans that file again on the next run, and only that file.
    (raw / "sources.csv").write_text("path,url\nmasthead.txt,https://www.baothaibinh.com.vn/tin-tuc/1/2\n",
                                     encoding="utf-8")
    again = run_pipeline(raw, tmp_path / "wh", instance=instance,
                         selection=dg.AssetSelection.assets("raw_documents", "documents"))
    assert again.success
    con = warehouse.connect(tmp_path / "wh", read_only=True)
    try:
        rows = {r[0]: r[1:] for r in con.execute("select source_path, source_url, site from documents").fetchall()}
    finally:
        con.close()
    assert rows["masthead.txt"] == ("https://www.baothaibinh.com.vn/tin-tuc/1/2", "baothaibinh.com.vn")
    assert rows["listed.txt"] == (None, None)


def test_an_older_warehouse_gains_the_new_columns(tmp_path):
    con = warehouse.connect(tmp_path / "wh")
    try:
        with warehouse.transaction(con, "simulate an older warehouse", {"asset": "test"}):
            con.execute("alter table documents drop column site")
            con.execute("alter table raw_documents drop column listed_url")
    finally:
        con.close()
    con = warehouse.connect(tmp_path / "wh")  # a writer's connection brings the tables up to date
    try:
        columns = {(t, c) for t, c in con.execute(
            "select table_name, column_name from duckdb_columns() where database_name = 'wh'").fetchall()}
    finally:
        con.close()
    assert {("documents", "site"), ("raw_documents", "listed_url")} <= columns
