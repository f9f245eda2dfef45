"""The look-ahead gates on the place-name, multi-year, period, cue and date/id patterns only skip positions:
same matches as without them."""

import re

from assets.extract.catalogue import CATALOGUE
from assets.extract.numbers import DATE_OR_ID
from assets.extract.periods import FULL_YEAR, SUB_YEAR
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
    plain = _ungated(NATIONAL)
    assert [m.span() for m in NATIONAL.finditer(TEXT)] == [m.span() for m in plain.finditer(TEXT)]
    assert len(list(_patterns()["bare_province"].finditer(TEXT))) >= 5


def test_gated_multi_year_pattern_matches_as_the_plain_one():
    text = ("Trong giai đoạn 2016 - 2020, bình quân mỗi năm tỉnh giải quyết việc làm cho 16.000 lao động; 5 năm qua, "
            "từ năm 2019 đến nay, sau 3 năm thực hiện, năm 2023 và quý I năm 2024, trong hai năm, hằng năm, nhiệm kỳ "
            "2020-2025, Giai đoạn năm 2021-2025.")
    plain = _ungated(MULTI_YEAR)
    assert [m.span() for m in MULTI_YEAR.finditer(text)] == [m.span() for m in plain.finditer(text)]
    assert len(list(MULTI_YEAR.finditer(text))) >= 8


PERIOD_TEXT = ("Tính đến hết tháng 6/2024, 6 tháng đầu năm và quý II năm 2024, từ tháng 5, đến ngày 25/9, giữa tháng 9, "
               "lũy kế 10 tháng, trong 3 tháng, cả năm 2023, cuối năm 2022, hết năm 2021, Quyết định 15/2020/QĐ-TTg, "
               "09:30 ngày 12/3, hôm 5/6, 1490/KH-UBND, Tháng 12 năm 2020, 21/12/2023 - 22/12/2023.")


def test_gated_period_date_and_cue_patterns_match_as_the_plain_ones():
    for pattern in (SUB_YEAR, FULL_YEAR, DATE_OR_ID):
        assert pattern.pattern.startswith("(?=[")
        gated = [(m.span(), m.groupdict()) for m in pattern.finditer(PERIOD_TEXT)]
        assert gated == [(m.span(), m.groupdict()) for m in _ungated(pattern).finditer(PERIOD_TEXT)]
        assert gated
    text = ("Năm 2024, tỉnh giải quyết việc làm cho 15.000 lao động, xây dựng mới và sửa chữa 20 nhà tình nghĩa, "
            "đưa 1.200 người đi làm việc ở nước ngoài, tiếp nhận mới 145 người cai nghiện, Tỷ lệ hộ nghèo còn 2,1%, "
            "trao 30 suất quà cho trẻ em, Quỹ Đền ơn đáp nghĩa vận động 4,2 tỷ đồng, tuyển sinh 9.870 người.")
    gated_metrics = [m for m in CATALOGUE if m.cue_pattern is not None and m.cue_pattern.pattern.startswith("(?=[")]
    assert len(gated_metrics) >= 20
    for metric in gated_metrics:
        pattern = metric.cue_pattern
        assert [m.span() for m in pattern.finditer(text)] == [m.span() for m in _ungated(pattern).finditer(text)], metric.code
