"""The look-ahead gates on the place-name and multi-year patterns only skip positions: same matches as without them."""

import re

from assets.extract.reading import NATIONAL
from assets.extract.roles import MULTI_YEAR
from assets.places import _patterns

TEXT = ("Theo Sở LĐ-TB&XH tỉnh Nam Định, năm 2023 huyện Hải Hậu, thị xã Điện Bàn (Quảng Nam), TP. Hà Tĩnh, quận 1 "
        "và TP.HCM cùng Thừa Thiên - Huế, Bà Rịa - Vũng Tàu, thành phố Hồ Chí Minh, tỉnh Đắk Lắk, Đắk Nông; cả nước "
        "và toàn quốc. Bộ đặt mục tiêu 110.000 người; bộ phận Hà Nội, Ông Nguyễn Văn Hà Nam, ĐỒNG THÁP, tp Huế.")


def _ungated(pattern: re.Pattern[str]) -> re.Pattern[str]:
    return re.compile(re.sub(r"^\(\?=\[[^\]]*\]\)", "", pattern.pattern), pattern.flags)


def test_gated_patterns_match_as_the_plain_ones():
    for name, pattern in _patterns().items():
        gated = [(m.span(), m.groups()) for m in pattern.finditer(TEXT)]
        assert gated == [(m.span(), m.groups()) for m in _ungated(pattern).finditer(TEXT)], name
    plain = re.compile(NATIONAL.pattern.replace("(?=[ctbCTB])", "", 1), NATIONAL.flags)
    assert [m.span() for m in NATIONAL.finditer(TEXT)] == [m.span() for m in plain.finditer(TEXT)]
    assert len(list(_patterns()["bare_province"].finditer(TEXT))) >= 5


def test_gated_multi_year_pattern_matches_as_the_plain_one():
    text = ("Trong giai đoạn 2016 - 2020, bình quân mỗi năm tỉnh giải quyết việc làm cho 16.000 lao động; 5 năm qua, "
            "từ năm 2019 đến nay, sau 3 năm thực hiện, năm 2023 và quý I năm 2024, trong hai năm, hằng năm, nhiệm kỳ "
            "2020-2025, Giai đoạn năm 2021-2025.")
    plain = re.compile(_ungated(MULTI_YEAR).pattern, MULTI_YEAR.flags)
    assert [m.span() for m in MULTI_YEAR.finditer(text)] == [m.span() for m in plain.finditer(text)]
    assert len(list(MULTI_YEAR.finditer(text))) >= 8
