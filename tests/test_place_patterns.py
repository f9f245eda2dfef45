"""The look-ahead gates on the place-name patterns only skip positions: same matches as without them."""

import re

from assets.extract.reading import NATIONAL
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
