"""The site gazetteer, date lines, the issuing office and 2025 places: pure functions on invented text."""

from datetime import date

import pytest

from assets.clean.chrome import classify_lines
from assets.clean.dates import date_in_url, is_date_line, labelled_date, parse_day
from assets.clean.metadata import document_metadata, find_date, find_org, find_title
from assets.clean.sites import ascii_key, host_of, site_of_host, site_of_url
from assets.places import all_provinces, place_2025

# The slug a site of each province uses where it is not the plain ASCII name.
SLUG = {"Bà Rịa - Vũng Tàu": "bariavungtau", "Hồ Chí Minh": "hochiminhcity", "Thừa Thiên Huế": "thuathienhue"}


@pytest.mark.parametrize("province", all_provinces())
def test_every_province_from_its_sites(province):
    slug = SLUG.get(province, ascii_key(province))
    for host in (f"bao{slug}.vn", f"{slug}.gov.vn", f"sldtbxh.{slug}.gov.vn", f"snv.{slug}.gov.vn",
                 f"www.syt.{slug}.gov.vn"):
        site = site_of_host(host)
        assert (site.province, site.district) == (province, None), host
    assert site_of_host(f"{slug}.gov.vn").kind == "provincial_portal"


def test_abbreviations_and_hand_listed_sites():
    expected = {
        "tphcm.gov.vn": "Hồ Chí Minh", "hcm.edu.vn": "Hồ Chí Minh", "baria-vungtau.gov.vn": "Bà Rịa - Vũng Tàu",
        "baobariavungtau.com.vn": "Bà Rịa - Vũng Tàu", "brvt.gov.vn": "Bà Rịa - Vũng Tàu", "hue.gov.vn": "Thừa Thiên Huế",
        "baothuathienhue.vn": "Thừa Thiên Huế", "daknong.gov.vn": "Đắk Nông", "baodienbienphu.com.vn": "Điện Biên",
        "baodongkhoi.vn": "Bến Tre", "baoapbac.vn": "Tiền Giang", "sggp.org.vn": "Hồ Chí Minh",
        "baoquangninh.vn": "Quảng Ninh", "baocamau.vn": "Cà Mau", "bacgiang.gov.vn": "Bắc Giang",
        "sldtbxh.kontum.gov.vn": "Kon Tum", "hanoimoi.vn": "Hà Nội",
    }
    for host, province in expected.items():
        assert site_of_host(host).province == province, host


def test_national_outlets_and_the_ministry_have_no_province():
    for host in ("molisa.gov.vn", "www.molisa.gov.vn", "dantri.com.vn", "dansinh.dantri.com.vn", "vnexpress.net",
                 "laodong.vn", "baochinhphu.vn", "danviet.vn", "nhandan.vn", "tuoitre.vn", "thanhnien.vn",
                 "vietnamplus.vn", "vov.vn", "vtv.vn", "moha.gov.vn"):
        site = site_of_host(host)
        assert site.province is None and site.kind in ("national", "ministry"), host
    assert site_of_host("molisa.gov.vn").kind == "ministry"
    assert site_of_host("tinmoi.example.vn").kind == "unknown"


def test_district_portals_give_the_district():
    assert (site_of_host("damrong.lamdong.gov.vn").province, site_of_host("damrong.lamdong.gov.vn").district) == (
        "Lâm Đồng", "Đam Rông")
    site = site_of_url("https://phunhuan.hochiminhcity.gov.vn/tin-tuc/a-1.html")
    assert (site.host, site.province, site.district, site.kind) == (
        "phunhuan.hochiminhcity.gov.vn", "Hồ Chí Minh", "Phú Nhuận", "district_portal")
    assert host_of("not a url") is None and host_of("https://WWW.BaoCaMau.vn/x") == "baocamau.vn"
    # Under a hand-listed provincial host, a district's label still names the district.
    site = site_of_host("xuyenmoc.baria-vungtau.gov.vn")
    assert (site.province, site.district, site.kind) == ("Bà Rịa - Vũng Tàu", "Xuyên Mộc", "district_portal")
    assert site_of_host("sldtbxh.baria-vungtau.gov.vn").district is None
    # A district's label behind its unit's prefix: "tx" (thị xã), "tp", "huyen".
    assert site_of_host("txbinhminh.vinhlong.gov.vn").district == "Bình Minh"
    assert site_of_host("huyenvinhlinh.quangtri.gov.vn").district == "Vĩnh Linh"


DATES = {
    "- 05:15 - 20/11/2016": date(2016, 11, 20),
    "13:42, Thứ Sáu, 17-2-2023": date(2023, 2, 17),
    "Cập nhật: 08/01/2020 | 10:15": date(2020, 1, 8),
    "Thứ hai, 06/11/2015 - 06:55": date(2015, 11, 6),
    "Ngày đăng: 17/07/2020": date(2020, 7, 17),
    "Chủ nhật, 5.3.23 08:00": date(2023, 3, 5),
    "ngày 13 tháng 7 năm 2017": date(2017, 7, 13),
    "Thứ 4, 13/01/2021, 09:15 [GMT+7]": date(2021, 1, 13),
    "Cập nhật lúc 23:58, Thứ Tư, 11/10/2017 (GMT+7)": date(2017, 10, 11),
    "date 2023-12": date(2023, 12, 1),
    "Cập nhật: 12/2022": date(2022, 12, 1),
    "Đăng bởi: Quản trị Ngày đăng: 17/07/2020 Lượt xem: 12": date(2020, 7, 17),
    "30/12/2016 10:56:00 Xem cỡ chữ": date(2016, 12, 30),
    "14/03/2022 09:12:45 Xem cỡ chữ Google": date(2022, 3, 14),  # a share button beside the size widget
}


@pytest.mark.parametrize("line", sorted(DATES))
def test_date_line_forms(line):
    page = f"Tiêu đề của một bài viết thử nghiệm về việc làm\n{line}\nNăm 2014, huyện giải quyết việc làm cho 12 người."
    assert find_date(classify_lines(page)) == DATES[line]


def test_publication_date_never_from_the_body_or_related_news():
    page = ("Huyện tổ chức hội nghị tổng kết công tác lao động\n"
            "Ngày 30/12/2024, Phòng Lao động - Thương binh và Xã hội huyện tổ chức hội nghị.\n"
            "Tin liên quan\n- Một tin cũ hơn (09/6/2024)\n18.10.2017 | 09:07 AM\n")
    assert find_date(classify_lines(page)) is None
    assert parse_day("Quyết định số 15/2020/QĐ-TTg") is None
    assert not is_date_line("Ngày 30/12/2024, Sở tổ chức hội nghị tổng kết.")
    assert labelled_date("Cập nhật: 12/2020/NĐ-CP") is None


def test_title_is_never_a_menu_or_date_line():
    lines = classify_lines("Trang chủ > Xã hội > Lao động - Việc làm\nThứ 4, 13/01/2021, 09:15 [GMT+7]\n"
                           "Thành phố tạo việc làm cho nhiều lao động trong năm\nNăm 2020, thành phố tạo việc làm.")
    assert find_title(lines) == "Thành phố tạo việc làm cho nhiều lao động trong năm"


def test_org_level_is_the_issuer_not_a_cited_document():
    text = ("Thực hiện Thông tư số 17/2023/TT-BLĐTBXH của Bộ Lao động - Thương binh và Xã hội, Sở Lao động - "
            "Thương binh và Xã hội tỉnh Nam Định đã rà soát hộ nghèo.")
    assert find_org(text)[0] == "province"
    assert find_org("Thứ trưởng Bộ LĐTBXH dự hội nghị của Phòng LĐ-TB&XH huyện Hải Hậu.")[0] == "district"
    assert find_org("Bộ Lao động - Thương binh và Xã hội cho biết cả nước có 100 người.")[0] == "ministry"
    assert find_org("Sở Nội vụ tỉnh Lào Cai cho biết đã giải quyết việc làm cho 100 lao động.") == (
        "province", "Sở Nội vụ")
    assert find_org("Theo Sở Y tế, năm 2025 toàn tỉnh trợ giúp 300 trẻ em.")[1] == "Sở Y tế"


def test_places_after_the_2025_merger():
    assert place_2025("Lâm Đồng") == place_2025("Lâm Đồng").__class__(None, "Lâm Đồng")
    assert (place_2025("Đắk Nông").province, place_2025("Đắk Nông").province_2025) == ("Đắk Nông", "Lâm Đồng")
    assert (place_2025("Sơn La").province, place_2025("Sơn La").province_2025) == ("Sơn La", "Sơn La")
    lines = classify_lines("Lâm Đồng: giải quyết việc làm cho 5.000 lao động\nNgày đăng: 20/08/2025\n"
                           "Theo Sở Nội vụ tỉnh Lâm Đồng, 8 tháng năm 2025 toàn tỉnh giải quyết việc làm cho 5.000 lao động.")
    meta = document_metadata(lines)
    assert (meta.province, meta.province_2025, meta.org_level, meta.published_date) == (
        None, "Lâm Đồng", "province", date(2025, 8, 20))
    pinned = classify_lines("Lâm Đồng: giải quyết việc làm cho 5.000 lao động\nNgày đăng: 20/08/2025\n"
                            "Theo Sở Nội vụ, khu vực tỉnh Lâm Đồng cũ giải quyết việc làm cho 5.000 lao động.")
    assert (document_metadata(pinned).province, document_metadata(pinned).province_2025) == ("Lâm Đồng", "Lâm Đồng")
    before = classify_lines("Lâm Đồng: giải quyết việc làm cho 5.000 lao động\nNgày đăng: 20/06/2025\n"
                            "Theo Sở Nội vụ tỉnh Lâm Đồng, toàn tỉnh giải quyết việc làm cho 5.000 lao động.")
    assert document_metadata(before).province == "Lâm Đồng"


def test_provinces_listed_as_partners_do_not_place_the_page():
    lines = classify_lines("Giải quyết việc làm đạt 80% kế hoạch năm\n"
                           "Năm 2019, toàn tỉnh giải quyết việc làm cho 28.000 lao động, phối hợp với trung tâm dịch vụ "
                           "việc làm các tỉnh Đắk Lắk, Đắk Nông, Tây Ninh tuyển dụng lao động.\n"
                           "Sở đề nghị sáp nhập ba trường thành Trường cao đẳng tỉnh Bình Phước.")
    assert document_metadata(lines).province == "Bình Phước"


def test_masthead_names_the_province_and_the_site():
    lines = classify_lines("BÁO THÁI BÌNH ĐIỆN TỬ\nChính trị | Kinh tế | Xã hội\n"
                           "Toàn tỉnh tạo việc làm cho nhiều người trong năm qua\n"
                           "Năm 2020, Sở Lao động - Thương binh và Xã hội đã tạo việc làm cho 32.600 người.")
    meta = document_metadata(lines)
    assert (meta.site, meta.province, meta.source_url) == ("BÁO THÁI BÌNH ĐIỆN TỬ", "Thái Bình", None)
    national = document_metadata(classify_lines(
        "DÂN SINH ĐIỆN TỬ\nCả nước đưa nhiều lao động đi làm việc ở nước ngoài\n"
        "Theo Bộ Lao động - Thương binh và Xã hội, năm 2022 cả nước đưa 142.779 lao động đi làm việc ở nước ngoài, "
        "trong đó tỉnh Quảng Bình có 4.000 người."))
    assert (national.province, national.org_level) == (None, "ministry")


@pytest.mark.parametrize(("url", "expected"), [
    ("http://baotinh.vn/doi-song/201711/bai-viet-768662/", date(2017, 11, 1)),
    ("https://bao.vn/cong-doan/xu-phat-20181230204448318.htm", date(2018, 12, 30)),
    ("https://x.vn/a/2021/08/05/b.html", date(2021, 8, 5)),
    ("https://x.vn/pages/2022-2-14/bai-viet.aspx", date(2022, 2, 14)),
    # a news system's page id: a site code, then the time yymmddhhmmss, then three digits
    ("https://bao.vn/print/tin-102240827164113573.htm", date(2024, 8, 27)),
    ("https://bao.vn/co-so-dieu-tri-196250227182833387.htm", date(2025, 2, 27)),
    ("https://bao.vn/tin-102241327164113573.htm", None),  # no month 13: an id, no date
    ("https://bao.vn/tin-1022408271641135.htm", None),  # sixteen digits: an id
    ("https://bao.vn/tin-post753629.tpo", None),
    (None, None),
])
def test_publication_date_from_the_address(url, expected):
    assert date_in_url(url) == expected


def _dated(page: str):
    """The publication date of ``page`` as the cleaning reads it, its title found first."""
    lines = classify_lines(page)
    return find_date(lines, title=find_title(lines))


def test_a_date_line_under_the_title_beats_the_sites_clock_above_it():
    page = ("Thứ 4, 24/04/2024, 17:36[GMT+7]\nTrung tâm tiếp nhận điều dưỡng người có công trong năm nay\n"
            "Thứ 3, 21/07/2020 | 20:28:38\nNăm 2020, Trung tâm tiếp nhận điều dưỡng 1.300 người có công.")
    assert _dated(page) == date(2020, 7, 21)
    # The clock alone, years after every year the article names, is not its date; a plausible one is.
    old = "Thứ ba, 22/06/2021\nNhiều hoạt động quan tâm đến trẻ em nhân dịp Tết Trung thu\nNhân dịp Tết Trung thu năm 2010, tỉnh trao 300 suất quà."
    assert _dated(old) is None
    recent = old.replace("năm 2010", "năm 2021")
    assert _dated(recent) == date(2021, 6, 22)


def test_a_byline_with_the_date_and_time_after_the_name():
    page = ("Tám tháng, tỉnh giải quyết việc làm mới cho nhiều lao động\n"
            "Hữu Long (báo lao động) 18/09/2025 09:31 (GMT+7)\n"
            "Tính chung 8 tháng năm 2025, có 15.000 lao động được giải quyết việc làm mới.")
    assert _dated(page) == date(2025, 9, 18)


def test_a_title_or_lead_about_another_province_sets_the_site_aside():
    body = ("Theo thông tin từ UBND tỉnh Nghệ An, trong 6 tháng đầu năm nay các địa phương trong tỉnh đã giải "
            "quyết việc làm cho 22.000 lao động, đạt 55% kế hoạch năm, trong đó xuất khẩu lao động 9.000 người.")
    other = document_metadata(classify_lines("Giải quyết việc làm cho hàng chục nghìn lao động\n" + body),
                              listed_url="https://nguoihanoi.vn/giai-quyet-viec-lam-12345.html")
    assert (other.province, other.site) == ("Nghệ An", "nguoihanoi.vn")
    own = document_metadata(classify_lines("Giải quyết việc làm cho hàng chục nghìn lao động\n" +
                                           body.replace("UBND tỉnh Nghệ An", "UBND thành phố")),
                            listed_url="https://nguoihanoi.vn/giai-quyet-viec-lam-12345.html")
    assert own.province == "Hà Nội"


def test_the_address_words_name_the_province():
    text = ("Chung tay giúp người cai nghiện tái hòa nhập cộng đồng\n"
            "Hiện cơ sở cai nghiện ma túy của tỉnh đang quản lý, điều trị cho 218 học viên, trong đó 146 học viên cưỡng chế.")
    url = "https://thuonghieu.com.vn/bac-ninh-chung-tay-giup-nguoi-cai-nghien-a226092.html"
    assert document_metadata(classify_lines(text), listed_url=url).province == "Bắc Ninh"
    assert document_metadata(classify_lines(text), listed_url="https://thuonghieu.com.vn/chung-tay-a1.html").province is None


def test_after_the_merger_former_and_new_names_pool_into_the_new_province():
    page = ("Tỉnh Tây Ninh đưa lao động đi làm việc ở nước ngoài\nNgày đăng: 27/09/2025\n"
            "Sở Nội vụ tỉnh Tây Ninh cho biết năm 2025 sẽ đưa 2.000 người đi làm việc ở nước ngoài. Trong năm 2024, "
            "tỉnh Long An (trước đây) đã đưa 1.346 người; lũy kế từ năm 2020, tỉnh Long An (trước đây) đưa 2.957 người.")
    meta = document_metadata(classify_lines(page))
    assert (meta.province, meta.province_2025) == (None, "Tây Ninh")


def test_a_sidebar_box_above_the_article_does_not_end_it():
    page = ("VĂN BẢN MỚI\nThông tin tra cứu\nHuyện phấn đấu giảm tỷ lệ hộ nghèo và giải quyết việc làm cho lao động\n"
            "Theo báo cáo của Phòng Lao động - Thương binh và Xã hội huyện, năm 2019 huyện giải quyết việc làm cho "
            "3.700 lao động.\nTin liên quan\n- Một tin khác về việc làm")
    lines = classify_lines(page)
    body = [line.text for line in lines if not line.chrome]
    assert body == [lines[3].text] and lines[-1].reason == "after the end of the article"


def test_a_crawler_stamp_glued_to_the_first_paragraph():
    lines = classify_lines(" date 2021-07 Trao đổi với phóng viên chiều 14.7, lãnh đạo Sở cho biết thành phố đã hỗ "
                           "trợ cho hơn 105.000 người lao động tự do.")
    assert find_date(lines) == date(2021, 7, 1)


def test_a_photo_caption_does_not_place_the_article():
    page = ("Đào tạo nghề gắn với giải quyết việc làm\nTheo Tổng cục Giáo dục nghề nghiệp, năm 2019 cả nước dự kiến tuyển "
            "sinh 2,26 triệu người, tăng so với năm trước.\nĐào tạo nghề gắn với giải quyết việc làm - Ảnh 1.\n"
            "Lao động nông thôn được hỗ trợ học nghề tại Trung tâm Dạy nghề huyện Nhà Bè, TP HCM\n"
            "Các trường tiếp tục triển khai giải pháp tuyển sinh trong năm.")
    lines = classify_lines(page)
    assert lines[3].reason == "photo caption"
    assert document_metadata(lines, listed_url="https://nld.com.vn/cong-doan/dao-tao-nghe-2019.htm").province is None


def test_a_title_naming_the_district_the_lead_types_makes_a_district_page():
    page = ("Bình quân hằng năm Điện Bàn giải quyết việc làm cho hơn 6.200 lao động\n"
            "Sáng 15.10, UBND thị xã Điện Bàn tổ chức hội nghị tổng kết công tác đào tạo nghề và giải quyết việc làm.")
    meta = document_metadata(classify_lines(page))
    assert (meta.province, meta.district) == ("Quảng Nam", "Điện Bàn")


def test_where_people_went_does_not_set_the_site_aside():
    page = ("535 người có công đi tham quan, điều dưỡng\n29/11/2023 | 18:06 GMT+7\n"
            "(HG) - Từ đầu năm đến nay, Sở Lao động - Thương binh và Xã hội đã tổ chức đưa, đón 535 người có công với "
            "cách mạng đi tham quan, điều dưỡng tập trung tại thành phố Đà Lạt, tỉnh Lâm Đồng.")
    meta = document_metadata(classify_lines(page), listed_url="https://baohaugiang.com.vn/xa-hoi/535-nguoi-co-cong.html")
    assert meta.province == "Hậu Giang"


def test_review_cases_for_page_metadata():
    """Cases a reviewer wrote against the first version of this session's metadata rules."""
    body = ("Ngày 12/3, Sở Lao động - Thương binh và Xã hội tỉnh Nghệ An cho biết trong quý I đã giải quyết việc "
            "làm cho 9.000 lao động, đạt 25% kế hoạch năm.")
    # The address naming the title's province does not bring the site's vote back; a date is no figure.
    meta = document_metadata(classify_lines("Nghệ An: Giải quyết việc làm cho lao động\n" + body),
                             listed_url="https://nguoihanoi.vn/nghe-an-giai-quyet-viec-lam-1.html")
    assert meta.province == "Nghệ An"
    assert document_metadata(classify_lines("Việc làm cho lao động trong quý đầu năm\n" + body),
                             listed_url="https://bacninh.gov.vn/tin-tuc/viec-lam-1.html").province == "Nghệ An"
    # Address words in the middle of a slug are anybody's.
    plain = "Tiêu đề bài viết về việc làm cho lao động\nTrong năm, các xã tổ chức hội nghị định kỳ cho người lao động."
    assert document_metadata(classify_lines(plain), listed_url="https://x.vn/hang-nam-dinh-ky-a1.html").province is None
    # A body line after a photo's title line that reads as prose is no caption.
    lines = classify_lines("Việc làm năm 2024 - Ảnh 1.\nNăm 2024, toàn tỉnh đã giải quyết việc làm cho 40.000 lao động, "
                           "đạt 110% kế hoạch năm.")
    assert not lines[1].chrome
    # A heading ending in a date is no byline.
    assert find_date(classify_lines("Kết quả giảm nghèo của tỉnh trong năm qua\nSố liệu tính đến 31/12/2023\n"
                                    "Toàn tỉnh còn 9.120 hộ nghèo.")) is None
    # A page naming only its former province after the merger keeps it.
    old = document_metadata(classify_lines("Tiêu đề bài viết về việc làm cho lao động\nNgày đăng: 12/08/2025\n"
                                           "Khu vực tỉnh Long An (cũ) đã giải quyết việc làm cho 9.000 lao động."))
    assert (old.province, old.province_2025) == ("Long An", "Tây Ninh")


def test_a_byline_of_several_names_under_the_title_beats_the_sites_clock_above_it():
    page = ("Thứ Hai, ngày 12 tháng 03 năm 2018, 10:11:42\nTin tức\n"
            "Huyện bàn giao 12 căn nhà tình nghĩa dịp Tết\nMinh Anh - Thu Hà - 09:40, 20/01/2024\n"
            "Ngày 20/01/2024, huyện tổ chức bàn giao 12 căn nhà tình nghĩa cho gia đình người có công với cách mạng.")
    assert _dated(page) == date(2024, 1, 20)
