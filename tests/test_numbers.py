"""Vietnamese number reading, and the numbers that are never facts."""

import pytest

from assets.extract.numbers import find_quantities


@pytest.mark.parametrize(("text", "value", "value_max", "denominator", "kind"), [
    ("17.335 lượt người", 17335, None, None, "persons"),
    ("49,53%", 49.53, None, None, "percent"),
    ("115.751,95 triệu đồng", 115751950000, None, None, "vnd"),
    ("1,2 tỷ đồng", 1200000000, None, None, "vnd"),
    ("nhắc nhở 05 cơ sở", 5, None, None, "establishments"),
    ("hơn 2 nghìn lao động", 2000, None, None, "persons"),
    ("gần 1,5 triệu người", 1500000, None, None, "persons"),
    ("782/1.956 căn nhà", 782, None, 1956, "houses"),
    ("64-65%", 64, 65, None, "percent"),
    ("1,5-2%", 1.5, 2, None, "percent"),
    ("12 tỷ 450 triệu đồng", 12_450_000_000, None, None, "vnd"),  # a smaller multiple after the first
    ("chi 3 tỷ 200 triệu", 3_200_000_000, None, None, "vnd"),
    ("2 triệu 500 nghìn đồng", 2_500_000, None, None, "vnd"),
    ("15 tỷ 3 triệu 500 nghìn đồng", 15_003_500_000, None, None, "vnd"),
])
def test_reads_vietnamese_numbers(text, value, value_max, denominator, kind):
    (q,) = find_quantities(text)
    assert (q.value, q.value_max, q.denominator, q.kind) == (value, value_max, denominator, kind)


@pytest.mark.parametrize("text", [
    "Quyết định 22/2013/QĐ-TTg", "Nghị quyết số 68/NQ-CP", "ngày 09/4/2020", "kỷ niệm 70 năm",
    "Tết Đinh Dậu năm 2017", "Kế hoạch số 1490/KH-UBND", "từ ngày 15/11-15/12/2024", "13:42, Thứ Sáu, 17-2-2023",
    "Tiểu dự án 3 thuộc Dự án 4", "đào tạo dưới 3 tháng", "Đội Kiểm tra liên ngành 178/CP",
])
def test_dates_ids_and_anniversaries_are_never_quantities(text):
    assert find_quantities(text) == []


def test_estimate_and_approximation():
    (q,) = find_quantities("cho khoảng trên 15.950 lượt người")
    assert q.approximate and q.estimate
    (q,) = find_quantities("gần 15.950 lượt người")
    assert q.approximate and not q.estimate
