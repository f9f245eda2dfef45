"""The role of each quantity in its sentence, read before any metric is chosen (ANNOTATION.md §1, §4, §7).

Roles: ``level`` (what was done or reached: may become a fact), ``change`` ("tăng 2.000 người",
"(giảm 2.955 hộ)": never a level; a change of the poverty rate is its own metric), ``comparison``
(a percent "so với cùng kỳ": the yoy_pct of the fact before it), ``plan`` ("đạt 52% kế hoạch", "(chỉ
tiêu 220 người)": plan_pct or plan_value of the fact before it), ``share`` ("99% người có công",
"chiếm 14,94%": a share of a population; the poverty rate after a count of poor households),
``multi_year`` ("giai đoạn 2016 - 2020", "bình quân mỗi năm", "…, đạt 62% so với đề án": never a fact), ``need``
("tổng số cần hỗ trợ 1.254 nhà (xây mới 304 nhà, …)": what a programme must still do, never a fact). Parts of a total are
judged once the metric is known (``facts.py``). The patterns are data: one row per way Vietnamese
report prose marks a role.
"""

from __future__ import annotations

import re

from assets.extract.numbers import Quantity

ROLES = ("level", "change", "comparison", "plan", "share", "multi_year", "need")

_APPROX = r"(?:\s+(?:khoảng|gần|hơn|trên|xấp xỉ|là|được|đến|thêm))*"
# A change stated right before the number: "tăng 2.000 người", "(giảm 2.955 hộ)", "thấp hơn năm 2021 là 0,03%",
# "phát sinh thêm hơn 1.400 hộ nghèo".
CHANGE_BEFORE = re.compile(
    r"(?<![\wÀ-ỹ])(?:tăng|giảm|thấp hơn|cao hơn|nhiều hơn|ít hơn|vượt|phát sinh)"
    r"(?:\s+(?:thêm|mới))?"
    r"(?:\s+so\s+(?:với\s+)?(?:cùng kỳ|năm trước|năm ngoái|kỳ trước|đầu năm)?(?:\s*năm\s+\d{4})?"
    r"|\s+(?:năm\s+\d{4}|năm trước|cùng kỳ))?\s*:?" + _APPROX + r"\s*$",  # "số hộ nghèo thực giảm: 1.782 hộ"
    re.I,
)
# The excess of a count over its plan: "vượt chỉ tiêu đề ra của năm là 29 lao động", "vượt kế hoạch năm 2023 là 300
# người" (a rate's excess, "vượt chỉ tiêu đề ra là 0,5%", is no change of the rate either).
EXCESS_BEFORE = re.compile(
    r"(?<![\wÀ-ỹ])vượt\s+(?:chỉ tiêu|kế hoạch|(?-i:KH)|mục tiêu)(?:\s+(?:năm\s+\d{4}|năm nay|của năm|cả năm|đề ra|đặt ra"
    r"|được giao|giao|tỉnh giao|kế hoạch))*" + _APPROX + r"\s*$", re.I)
# "… so với bình quân cả nước", "so với chỉ tiêu": compared with another figure, not with an earlier time.
OTHER_BASE_AFTER = re.compile(r"^\s*(?:điểm\s+(?:phần trăm|%)\s*)?so với\s+(?!(?:thực hiện |kết quả )?(?:cùng kỳ|năm)"
                              r"|kỳ trước|tháng|quý|đầu năm|cuối năm|\d)", re.I)
# "cao hơn tỷ lệ chung cả nước 4,6%": a difference, the comparison's subject between.
COMPARED_BEFORE = re.compile(r"(?<![\wÀ-ỹ])(?:cao|thấp|nhiều|ít) hơn\b"
                             r"(?:(?!\b(?:và|nên|đạt|còn|là|xuống|lên|mức)\b)[^,;.()\d]){0,60}$", re.I)
# Households moving between groups are flows, not levels: "chuyển sang hộ cận nghèo là 1.833 hộ", "thoát
# nghèo 1.630 hộ", "do chết, chuyển đi … là 44 hộ", "tái nghèo 12 hộ".
FLOW_BEFORE = re.compile(
    r"(?<![\wÀ-ỹ])(?:thoát(?:\s+khỏi)?(?:\s+tình trạng)?\s+(?:nghèo|cận nghèo)(?:,\s*cận nghèo)?|chuyển (?:sang|lên|thành|đi)"
    r"|tái nghèo|do chết|tách(?:\s+nhập)?\s+hộ)[^.;,\d]{0,50}$",
    re.I,
)
# "có 6 hộ nghèo và 23 hộ cận nghèo phát sinh mới": households that became poor (again) are a flow too.
NEW_HOUSEHOLDS_AFTER = re.compile(r"^(?:\s*hộ)?(?:\s+(?:nghèo|cận nghèo)(?:\s*(?:,|và)\s*(?:hơn |gần |khoảng )?[\d.,]+"
                                  r"\s+hộ\s+(?:nghèo|cận nghèo))*)?\s+(?:mới\s+)?(?:phát sinh|tái nghèo)", re.I)
OVERSHOOT_BEFORE = re.compile(r"(?<![\wÀ-ỹ])vượt\s*$", re.I)
NEW_JOBS_BEFORE = re.compile(r"việc làm (?:mới )?$", re.I)
AND_BEFORE = re.compile(r"(?<![\wÀ-ỹ])và\s*$", re.I)
BRACKET_CLOSED_AND = re.compile(r"\(\s*(?:giảm|tăng)[^()]*\)\s*,?\s*và\s*$", re.I)  # a bracketed change closed
BRACKET_BEFORE = re.compile(r"\(\s*(?:(?:tương đương|tương ứng|với|khoảng|gần|hơn|trên)\s+)*$", re.I)
# A comparison or a plan percent after the number: "… 119% so với cùng kỳ", "… 52% kế hoạch".
# "đạt 33,17% so với mục tiêu giai đoạn 2011 - 2015": the attainment of a goal is no level either.
PLAN_AFTER = re.compile(r"^\s*(?:so với\s+|so\s+)?(?:kế hoạch|(?-i:KH)|chỉ tiêu)|^\s*so với mục tiêu"
                        # "đạt 90,8% mục tiêu kế hoạch năm", "đạt 95% mục tiêu năm" (not "mục tiêu giai đoạn", a span's)
                        r"|^\s*mục tiêu\s+(?:kế hoạch|chỉ tiêu|năm|đề ra|được giao|của năm)\b", re.I)
# "đạt hơn 103% theo kế hoạch": a share of the plan (not "giảm 2% theo kế hoạch", a change as planned)
ATTAINED_BEFORE = re.compile(r"\b(?:đạt|bằng)\s+(?:khoảng\s+|gần\s+|hơn\s+|trên\s+)?$", re.I)
BY_PLAN_AFTER = re.compile(r"^\s*theo\s+(?:kế hoạch|(?-i:KH)|chỉ tiêu)", re.I)
# "chiếm 6,74% so với 176.822 hộ dân số toàn tỉnh": a share of a base count, no comparison with a period.
BASE_COUNT_AFTER = re.compile(r"^\s*(?:so với|trên)\s+(?:tổng số\s+)?[\d.,]+\s*(?:hộ|người|lao động)", re.I)
COMPARISON_AFTER = re.compile(r"^\s*(?:so với|so)\s+(?:(?:thực hiện |kết quả )?(?:cùng kỳ|năm)|kỳ|tháng|quý|\d)", re.I)
# A plan figure beside an actual: "so với chỉ tiêu 90.000 lao động", "(chỉ tiêu 220 người)".
PLAN_BEFORE = re.compile(
    r"(?:so với\s+)?(?:chỉ tiêu|kế hoạch|(?-i:KH))(?:\s+(?:năm\s+\d{4}|năm nay|giao|được giao|đề ra|là|tỉnh giao))*\s*(?:là\s*|\(\s*)?$"
    # "đã đưa được hơn 111.500 lao động …, vượt mục tiêu đưa 110.000 lao động đi xuất khẩu của cả năm": the goal beside it
    r"|\b(?:so với|vượt)\s+mục tiêu(?:\s+(?:năm\s+\d{4}|đề ra|giao|được giao))*\s*(?:là\s*)?"
    r"(?:(?:đưa|tạo việc làm cho|giải quyết việc làm cho|tuyển sinh|đào tạo(?: nghề)? cho)\s+)?$",
    re.I,
)
# "8.765 hộ nghèo (tỷ lệ 3,2%)": a bracket opening with "tỷ lệ" gives the share as "chiếm" does.
# ("chiến tỷ lệ 15,37%": a common typo of "chiếm")
# ("2.480 hộ nghèo, tỷ lệ 9,27%": the rate right after the count)
SHARE_BEFORE = re.compile(r"(?:chiếm|chiếm tỷ lệ|chiếm tỉ lệ|chiến t[ỷỉ] lệ|(?:^|,)\s*t[ỷỉ] lệ(?!\s+là)|với tỷ lệ|với tỉ lệ|tương ứng|\(\s*t[ỷỉ] lệ)" + _APPROX
                          + r"\s*$", re.I)
# "tỷ lệ hộ nghèo chiếm 13,79%": the rate named before "chiếm" is the level itself.
RATE_NAMED_SHARE = re.compile(r"\bt[ỷỉ] lệ\b[^,;()%\d]{0,40}\bchiếm(?:\s+t[ỷỉ] lệ)?" + _APPROX + r"\s*$", re.I)
# "17.200 hộ dân (trong đó hộ nghèo chiếm 63,92%)": the poor's share of all households is the poverty rate (not
# their share of borrowers or of houses built).
POOR_SHARE_BEFORE = re.compile(
    r"(?:\b(?:có|còn|tổng số)\s+(?:hơn |gần |khoảng |trên )?[\d.,]+\s+hộ(?: dân| gia đình)?\b(?! vay)[^.\d]{0,20}?"
    r"|\bt[ỷỉ] lệ hộ nghèo\b[^;.]{0,40}?)[;,(]?\s*(?:(?:trong|strong) đó,?\s+)?hộ nghèo\s+chiếm(?:\s+t[ỷỉ] lệ)?"
    + _APPROX + r"\s*$", re.I)
# A share of a population ("99% người có công", "100% xã"): not a rate this catalogue knows.
SHARE_NOUN_AFTER = re.compile(
    r"^\s*(?:số\s+|các\s+|tổng số\s+|thuộc diện\s+)?(người|xã|phường|thị trấn|thôn|bản|hồ sơ|đối tượng|hộ|lao động|trẻ|học sinh"
    r"|doanh nghiệp|cơ sở|đơn vị|huyện|gia đình|cán bộ|dân số|trường|trạm|thủ tục|mẹ|bà mẹ|số)\b",
    re.I,
)
POPULATION_AFTER = re.compile(r"^\s*dân số\b", re.I)
# Multi-year totals and averages ("giai đoạn 2016-2020", "giai đoạn 2016-6/2018"); a programme's name ("Chương trình …
# giai đoạn 2021-2025") is not one.
MULTI_YEAR = re.compile(
    r"(?=[gtnbmhsqk\d])"  # the first letters of the forms below: the engine skips every other position
    r"(?:giai đoạn\s+(?:năm\s+)?\d{4}\s*[-–.]\s*(?:(?:tháng\s+)?\d{1,2}\s*/\s*)?\d{4}|(?<![\d,.])(?!1\s)\d+\s+năm\s+(?:qua|gần đây|trở lại đây|liên tiếp|thực hiện)"
    r"|\btrong\s+(?:(?:gần|hơn|trên|khoảng)\s+(?!1\s))?(?:\d+|hai|ba|bốn|năm)\s+năm\b(?!\s+(?:19|20)\d\d)"
    r"|\bnăm thứ\s+\d+\s+liên tiếp"  # "Năm 2017 là năm thứ 4 liên tiếp … có hơn 100.000 người đi lao động ở nước ngoài"
    # a clause opening on the years gone by: "Qua các năm, thành phố … giải quyết việc làm cho gần 3 ngàn lao động",
    # "Trong những năm qua, …" (not "Năm 2024, cũng như những năm qua, …", nor "lần đầu tiên trong nhiều năm")
    r"|(?-i:\b(?:Qua|Trong)\s+(?:các|những|nhiều)\s+năm)(?:\s+qua)?\s*,"
    r"|(?-i:\bNhiều\s+năm)\s+(?:nay|qua|gần đây)\s*,"  # "Nhiều năm nay, … nguồn vốn chính sách đã góp phần giúp …"
    # "mấy chục năm nay đã có tới 2.500 người đi xuất khẩu lao động": decades (not "gần chục năm trước": a time ago)
    r"|\b(?:mấy|vài|hàng|hơn|gần)\s+chục\s+năm\b(?!\s+trước)"
    # "Qua 3 năm (2014 - 2016) triển khai …": the years a review covers
    r"|\bqua\s+(?:\d+|hai|ba|bốn|năm)\s+năm\s*\(\s*(?:19|20)\d\d"
    # "Sau bốn năm, hơn 550 nghìn lao động ra nước ngoài làm việc": the years since a plan began
    r"|\bsau\s+(?:(?!1\s)\d+|hai|ba|bốn|năm)\s+năm\s*,"
    r"|năm\s+\d{4}\s+(?:và|đến)\s+(?:quý|\d+\s+tháng|năm)"
    r"|(?:bình quân|trung bình)(?:\s+(?:mỗi|hằng|hàng|1|một))?\s+năm|(?:mỗi|hằng|hàng) năm|sau\s+(?:hơn\s+|gần\s+|trên\s+)?\d+\s+năm"
    r"|từ năm\s+\d{4}\s+(?:đến|tới)\s+(?:nay|năm\s+\d{4}|\d{4})|từ\s+\d{4}\s+(?:đến|tới)\s+(?:nay|\d{4})|nhiệm kỳ"
    # "Từ năm 2020 đến tháng 6-2023, toàn tỉnh có gần 760 lao động …": up to a month of a later year
    r"|từ\s+(?:năm\s+)?(?:19|20)\d\d\s+(?:đến|tới)\s+(?:hết\s+|cuối\s+)?tháng\s+\d{1,2}\s*(?:[-/.]\s*|năm\s+)(?:19|20)\d\d"
    # "Trong kế hoạch 5 năm 2021-2025, tỉnh đặt mục tiêu đưa 4.500 lao động …": a plan over several years
    r"|\bkế hoạch\s+(?:\d+|hai|ba|bốn|năm)\s+năm\b"
    r"|từ\s+(?:năm\s+)?(?:19|20)\d\d\s*[-–]\s*(?:19|20)\d\d\b"  # "từ năm 2016 - 2019 tỷ lệ hộ nghèo … giảm 20,65%"
    r"|từ\s+(?:năm\s+)?(?:19|20)\d\d\s+trở\s+(?:đi|về sau)\b"  # "Từ năm 2016 trở đi sẽ … tiếp nhận 200 lượt người … hàng năm"
    # "Từ khi thành lập năm 2013, đến năm 2018, Quỹ … đã trao 2.950 suất": since a fund or programme began
    r"|từ khi (?:thành lập|ra đời|triển khai|thực hiện)\b(?:\s+(?:năm\s+)?\d{4})?"
    r"(?:\s*,?\s*(?:đến|tới)\s+(?:nay|năm\s+\d{4}|\d{4}))?)",
    re.I,
)
# ("… theo chuẩn nghèo đa chiều, áp dụng giai đoạn 2021 – 2025": the span the standard applies to)
PROGRAMME_BEFORE = re.compile(r"(chương trình|mục tiêu quốc gia|đề án|kế hoạch|dự án|quyết định|nghị quyết|chuẩn nghèo|áp dụng)"
                              r"[^,;.]{0,80}$",
                              re.I)
# A rate where a span of years began or ended ("giai đoạn 2016 - 2020 … giảm từ 3,7% xuống 3,1%") is a level at a
# time, not a total over the years; a rate's change or average over them is.
_RATE_AT = r"(?<![\wÀ-ỹ])(?:xuống(?:\s+còn)?|còn|lên|từ)(?:\s+(?:mức|khoảng|gần|hơn|trên|dưới))*\s*"
RATE_AT_BEFORE = re.compile(_RATE_AT + "$", re.I)
# … and the households of such a rate, in brackets after it: "giảm từ 2,55% (tương đương 10.368 hộ) năm 2021 xuống …"
RATE_AT_HOUSEHOLDS_BEFORE = re.compile(_RATE_AT + r"[\d.,]+\s*%\s*\(\s*(?:(?:tương đương|tương ứng|với)\s+)?"
                                       r"(?:(?:hơn|gần|trên|khoảng)\s+)?$", re.I)
# "tính đến cuối tháng 11, tổng số lượt lao động đã xuất cảnh … theo chương trình này là 10.037 người", "Đến nay, tổng số
# …": a programme's running total since it began (not "Năm 2024, tổng số … theo chương trình này", nor "… năm nay")
RUNNING_TOTAL = re.compile(r"(?:\btính đến\b[^.;,]{0,25}|\b(?:tính )?đến nay|\blũy kế\b[^.;,]{0,25}),\s*tổng số\b"
                           r"(?:(?!\bnăm\b)[^.;\d]){0,80}?\btheo (?:chương trình|đề án|dự án)(?: này| trên| đó)\b"
                           r"(?![^.;\d]{0,20}\b(?:năm nay|trong năm|năm \d{4}|\d+ tháng))", re.I)
# (not a programme's name: "Chương trình mục tiêu quốc gia Giảm nghèo bền vững")
GOAL_BEFORE = re.compile(r"\b(?:chỉ tiêu|(?<!chương trình )mục tiêu(?! quốc gia)|phấn đấu|kế hoạch|định hướng|dự kiến)\b", re.I)
RECORD_BEFORE = re.compile(r"nhất\s+(?:trong\s+)?$", re.I)
# "1.500 – 1.700 lao động/năm": a yearly rate over several years; "… 80.000 lao động … trong giai đoạn này".
PER_YEAR_AFTER = re.compile(r"\s*(?:/\s*năm|(?:mỗi|hằng|hàng)\s+năm|một năm)\b"
                            r"|\s*hộ (?:cận )?nghèo\s*(?:/\s*năm|(?:mỗi|hằng|hàng)\s+năm)\b"  # "giảm 1% hộ nghèo/năm"
                            r"|[^.;\d]{0,60}?\btrong (?:cả )?giai đoạn (?:này|trên|đó|tới|\d{4}\s*[-–]\s*\d{4})", re.I)
# The yearly average a total is told with: over several years ("Tạo việc làm cho 136.900 lao động, đạt 109,96%, bình quân
# 27.380 người/năm", "…, bình quân mỗi năm 27.380 người")
AVERAGE_A_YEAR_AFTER = re.compile(r"[^.;]{0,30}?\bbình quân\s+(?:(?:mỗi|hằng|hàng|1|một)\s+năm\b|(?:(?:khoảng|gần|hơn|trên)\s+)?[\d.,]+"
                                  r"(?:\s+[^\W\d_]+){0,3}\s*(?:/\s*năm|(?:mỗi|một)\s+năm)\b)", re.I)
# A goal whose span of years follows it: "phấn đấu … đưa 8.500-9.000 lao động đi làm việc ở nước ngoài theo hợp đồng
# giai đoạn 2021-2025" (not a programme named between: "… 500 hộ thuộc Chương trình … giai đoạn 2021-2025").
SPAN_AFTER = re.compile(r"(?:(?!chương trình|đề án|dự án|kế hoạch|mục tiêu|nghị quyết|quyết định)[^.;:\d])"
                        r"{0,100}?\bgiai đoạn\s+(?:năm\s+)?(?:19|20)\d\d\s*[-–]\s*(?:19|20)\d\d", re.I)
UP_TO_BEFORE = re.compile(r"\b(?:đến|tới)\s+(?:hết\s+|cuối\s+)?$", re.I)
# Not a span's end: "năm 2016 - 2020", "(năm 2010 đến tháng 6.2013)".
SINGLE_YEAR = re.compile(r"năm\s+(?:19|20)\d\d(?!\s*[-–])(?!\s+(?:đến|tới)\b)", re.I)


# "từ ngày 1-10-2021 đến nay", "từ năm 2019 đến nay": since a year before the report's.
SINCE = re.compile(r"từ\s+(?:ngày\s+)?(?:\d{1,2}\s*[-/.]\s*)?(?:\d{1,2}\s*[-/.]\s*|năm\s+|tháng\s+\d{1,2}\s*/\s*)"
                   # "được phát động từ tháng 9/2012 và đến nay đã trao cho hơn 7.000 trẻ em"
                   r"((?:19|20)\d\d)\b[^.;,\d]{0,40}?\b(?:đến|tới)\s+nay", re.I)

# "Thực hiện Quyết định số 22/2013/QĐ-TTg …, đến nay, huyện … đã có 345 người có công được hỗ trợ": a count since the
# decision, in a later year a running total over the years
SINCE_DECISION = re.compile(r"\bthực hiện\s+(?:Quyết định|Nghị quyết|Chỉ thị|Thông tư|Nghị định)(?:\s+số)?\s+\d+\s*/\s*((?:19|20)\d\d)\s*/"
                            r"[^.;]{0,160}?\b(?:đến|tới)\s+nay\b", re.I)

THIS_YEARS_MONTHS = re.compile(r"\btừ đầu năm\b|\bnăm nay\b|\btrong năm\b|\b\d{1,2} tháng\b|\btháng \d", re.I)

FROM_NOW_TO = re.compile(r"từ nay (?:đến|tới)\s+(hết\s+|cuối\s+)?(?:năm\s+)?((?:19|20)\d\d)\b", re.I)
# … and a goal "by" a year two or more after the report's: "phấn đấu đến năm 2020 giải quyết việc làm mới cho khoảng 14
# nghìn lao động" in 2018 counts the years to come (a year just after may be that year's own goal).
GOAL_BY_YEAR = re.compile(r"\bphấn đấu\s+(?:đến|tới)\s+(hết\s+|cuối\s+)?năm\s+((?:19|20)\d\d)\b", re.I)


def _multi_year_spans(text: str, sentence_start: int, end: int, memo: dict | None) -> list[re.Match[str]]:
    """Multi-year phrases of text[sentence_start:end], found once per sentence of a document (``memo`` is
    the document's)."""
    key = ("multi_year", sentence_start)
    if memo is None or key not in memo:
        found = list(MULTI_YEAR.finditer(text, sentence_start, end))
        if memo is None:
            return found
        memo[key] = found
    return memo[key]


def multi_year(text: str, sentence_start: int, q: Quantity, report_year: int | None = None,
               memo: dict | None = None, sentence_end: int | None = None) -> bool:
    """True when a multi-year span or an average governs the quantity: stated before it in its sentence,
    with no single year named between; or a count "since" a year before the report's."""
    spans = _multi_year_spans(text, sentence_start, sentence_end or q.start, memo)
    if text.find("tổng số", sentence_start, q.start) >= 0 and RUNNING_TOTAL.search(text, sentence_start, q.start):
        return True
    if report_year and text.find("nay", sentence_start, q.start) >= 0:  # SINCE ends with "đến nay"
        for match in SINCE.finditer(text, sentence_start, q.start):
            if int(match.group(1)) < report_year:
                return True
        # (a decision of two years back or more: provinces number the year's plan with the year before; and no months
        # of this year named, "Thực hiện Nghị định số 131/2021/NĐ-CP, từ đầu năm đến nay, …")
        for match in SINCE_DECISION.finditer(text, sentence_start, q.start):
            if int(match.group(1)) <= report_year - 2 and not THIS_YEARS_MONTHS.search(text, sentence_start, q.start):
                return True
    if q.kind != "percent":
        # "Từ nay đến năm 2015, huyện phấn đấu … đào tạo nghề cho 2.000 người": a count over the years left, not a
        # year's (a rate at the span's end is the level it aims at)
        # ("từ nay đến cuối năm 2012" on an undated page is more likely the rest of that year)
        # (not a level aimed at, "giảm xuống còn dưới 500 hộ", nor past a year named after it: "…; riêng năm 2023, …")
        def ahead(match: re.Match[str], after: int) -> bool:
            return int(match.group(2)) > after and not RATE_AT_BEFORE.search(text, max(sentence_start, q.start - 30), q.start) \
                and not SINGLE_YEAR.search(text, match.end(), q.start)
        if text.find("nay", sentence_start, q.start) >= 0 and any(
                ahead(match, report_year or (9999 if match.group(1) else 0))
                for match in FROM_NOW_TO.finditer(text, sentence_start, q.start)):
            return True
        if report_year and text.find("phấn đấu", sentence_start, q.start) >= 0 and any(
                ahead(match, report_year + 1) for match in GOAL_BY_YEAR.finditer(text, sentence_start, q.start)):
            return True
    for match in (m for m in spans if m.end() <= q.start):
        if PROGRAMME_BEFORE.search(text[max(sentence_start, match.start() - 90):match.start()]):
            continue
        if RECORD_BEFORE.search(text, max(sentence_start, match.start() - 20), match.start()):
            continue  # "thấp nhất trong 11 năm qua" ranks the year's figure, it is no total
        if PERIOD_OF_ITS_OWN.search(text, match.end(), q.start):
            continue  # "Nhiều năm nay, huyện … dẫn đầu …, từ đầu năm đến nay đã có 1.320 lao động …": this year's months
        if NOW_AFTER_THEN.search(text, match.end(), q.start):
            continue  # "Vào thời điểm năm 2012 đến năm 2014, cơ sở này có tới trên 800 học viên, thì nay còn 360": now
        # A year written beside another figure ("từ 50,18% năm 2015 lên …") dates that figure, not the sentence; nor does
        # the horizon of a programme's name ("… và Đề án Đào tạo nghề cho lao động nông thôn … đến năm 2020, …").
        horizons = [(h.start(), h.end()) for h in PROGRAMME_HORIZON.finditer(text, match.end(), q.start)]
        if not any(not re.search(r"[\d%]\s*$", text[max(0, year.start() - 3):year.start()])
                   and not any(s <= year.start() < e for s, e in horizons)
                   for year in SINGLE_YEAR.finditer(text, match.end(), q.start)):
            return True
    return False


PROGRAMME_HORIZON = re.compile(r"\b(?-i:Đề án|Chương trình|Kế hoạch|Dự án)\b[^.;,\d]{0,100}?\b(?:đến|tới) năm\s+(?:19|20)\d\d", re.I)
# A period of its own told after a span of years, before the figure.
# (not the span's own ends: "tính đến năm nay", "từ đầu năm 2021 đến tháng 11 năm nay", "đến hết quý III/2024")
PERIOD_OF_ITS_OWN = re.compile(r"\btừ đầu năm\b(?!\s+(?:19|20)\d\d)|\b\d+\s+tháng đầu năm\b|(?<!đến )(?<!tới )(?<!\d )\bnăm nay\b"
                               r"|(?<!đến )(?<!hết )\bquý\s+(?:I|II|III|IV|\d)\b", re.I)
# The present set against a past span: "…, thì nay còn 360 học viên", "nay chỉ còn …".
NOW_AFTER_THEN = re.compile(r"\bthì\s+(?:hiện\s+)?nay\b|\b(?:hiện\s+)?nay\s+(?:chỉ\s+)?còn\b", re.I)
# "phấn đấu giảm từ 5.374 đến 6.013 hộ nghèo": a range of the change itself.
RANGE_CHANGE_BEFORE = re.compile(r"(?<![\wÀ-ỹ])(?:tăng|giảm)(?:\s+(?:thêm|được))?\s+từ\s*$", re.I)
# A need, not a result: "với tổng số cần hỗ trợ 1.254 nhà (xây mới 304 nhà, sửa chữa 950 nhà)".
NEED_BEFORE = re.compile(r"\b(?:cần (?:được )?(?:hỗ trợ|xây dựng|sửa chữa)|có nhu cầu|nhu cầu)\b[^;.()\d]{0,30}$"
                         # "Tổng số tiền doanh nghiệp cần vay và hỗ trợ cho người lao động dự kiến trên 9 tỷ …": a sum needed
                         r"|\b(?:số tiền|kinh phí)\b[^;.()\d]{0,40}?\bcần\b[^;.()\d]{0,60}$"
                         r"|\b(?:cần (?:được )?hỗ trợ|nhu cầu)[^;.()\d]{0,30}[\d.,]+\s+[^\W\d_]+\s*\([^()]*$"
                         # "nhu cầu học nghề trên địa bàn tỉnh cao với 8.400 người": the need of an activity, further on
                         # (not "đáp ứng được nhu cầu đào tạo …, trường đã tuyển sinh", "gắn với nhu cầu … cho 9.300 người")
                         r"|(?<!đáp ứng )(?<!đáp ứng được )(?<!theo )(?<!gắn với )(?<!phù hợp )(?<!phù hợp với )"
                         r"\bnhu cầu (?:học nghề|đào tạo|việc làm|hỗ trợ|vay vốn|xây dựng|sửa chữa)\b[^;.,()\d]{0,60}?"
                         r"\b(?:là|với|khoảng|lên (?:tới|đến))\s*$",
                         re.I)
# The cost a review projects for the groups it counted: "Theo thống kê rà soát bước đầu, tỉnh có … lao động tự do bị mất việc
# làm, dự kiến kinh phí trên 200 tỷ đồng" (a need, ruling 73).
PROJECTED_COST_BEFORE = re.compile(r"\bdự kiến\s+(?:tổng\s+)?kinh phí(?:\s+hỗ trợ)?\s*(?:là\s+)?(?:khoảng|trên|gần|hơn)?\s*$", re.I)
REVIEWED = re.compile(r"\brà soát\b", re.I)
# A programme's progress so far, not a year's result: "đã hỗ trợ xây dựng được 763 căn, đạt 62% so với đề án".
PROGRAMME_PROGRESS_AFTER = re.compile(r"[^;.\d]{0,40}?[,;]?\s*đạt\s+[\d.,]+\s*%\s*(?:so với\s+)?(?:đề án|mục tiêu giai đoạn"
                                      r"|kế hoạch giai đoạn|chương trình)", re.I)
LEVEL_BEFORE = re.compile(r"\b(?:còn|xuống|đạt|ở mức)\b[^,;()\d]{0,20}$", re.I)
# A list of changes: "Một số địa phương giảm sâu số hộ nghèo là: Hiệp Hòa (gần 1,2 nghìn hộ); Lục Ngạn (…)".
# Only a change of a count or rate ("giảm sâu số hộ nghèo là:"), not "giảm nghèo …:" or "tăng cường …:".
CHANGES_LISTED = re.compile(r"(?<![\wÀ-ỹ])(?:tăng|giảm)(?:\s+(?:sâu|mạnh|nhiều|nhanh|được))?\s+(?:số\s+)?"
                            r"(?:hộ nghèo|hộ cận nghèo|t[ỷỉ] lệ[^.;:\d]{0,30}|lao động[^.;:\d]{0,20})\s*(?:là|như)?\s*:"
                            # "các huyện có tỷ lệ giảm nhiều là:", "giảm được 1.200 hộ nghèo, cụ thể:"
                            r"|\bt[ỷỉ] lệ (?:hộ nghèo )?(?:giảm|tăng)\b[^.;:\d]{0,20}:"
                            r"|(?<![\wÀ-ỹ])(?:tăng|giảm)(?: được)? [\d.,]+ hộ (?:nghèo|cận nghèo)[^.;:]{0,15}"
                            r"(?:cụ thể|như sau|gồm)\s*:", re.I)


def role_of(q: Quantity, text: str, clause_start: int, sentence_start: int, statement_end: int,
            report_year: int | None = None, memo: dict | None = None, sentence_end: int | None = None,
            previous_role: str | None = None) -> str:
    """The role of quantity ``q`` from the words around it (see the module docstring); ``previous_role`` is the
    role of the quantity before it in its statement."""
    before = text[max(clause_start, q.start - 90):q.start]  # the patterns end at the number: its last words suffice
    if clause_start >= q.start - 90 and text[clause_start - 1:clause_start] == "(":
        before = "(" + before  # a bracket ends the clause before it: "… hộ nghèo (tỷ lệ 3,2%)"
    elif text[max(0, clause_start - 2):clause_start].rstrip().endswith(")"):
        # an aside in brackets, with no figure, between the words and the figure: "Tỷ lệ lao động qua đào tạo (không kể
        # truyền nghề) chiếm 37,7%" reads on over it
        closed = text.rfind(")", 0, clause_start)
        opened = text.rfind("(", max(sentence_start, closed - 60), closed)
        if opened >= 0 and not any(c.isdigit() for c in text[opened:closed]):
            before = text[max(sentence_start, opened - 60):opened] + before
    after = text[q.end:min(statement_end, q.end + 60)]
    # str.find first: these patterns rarely apply, and a search at every figure cost more than the finds.
    need_from = max(sentence_start, q.start - 120)
    if (text.find("cần", need_from, q.start) >= 0 or text.find("nhu cầu", need_from, q.start) >= 0) \
            and NEED_BEFORE.search(text, need_from, q.start):
        return "need"
    if q.kind == "vnd" and text.find("dự kiến", need_from, q.start) >= 0 \
            and PROJECTED_COST_BEFORE.search(text, need_from, q.start) and REVIEWED.search(text, sentence_start, q.start):
        return "need"
    # (a year the figure runs up to, "Ước tính đến cuối năm 2025, … khoảng 650.000 lao động, đạt 130% kế hoạch giai đoạn
    # 2021-2025", "Đến hết năm 2024, … đạt 84% kế hoạch giai đoạn …", is how far the span has come, no single year's)
    progress = q.kind != "percent" and "đạt" in after and PROGRAMME_PROGRESS_AFTER.match(after) \
        and not any(not UP_TO_BEFORE.search(text, max(sentence_start, year.start() - 15), year.start())
                    for year in SINGLE_YEAR.finditer(text, sentence_start, q.start))
    span_goal = q.kind != "percent" and "giai đoạn" in text[q.end:statement_end] \
        and GOAL_BEFORE.search(text, sentence_start, q.start) and SPAN_AFTER.match(text, q.end, statement_end)
    if PER_YEAR_AFTER.match(after) or progress or span_goal or ("bình quân" in after and AVERAGE_A_YEAR_AFTER.match(after)) \
            or (multi_year(text, sentence_start, q, report_year, memo, sentence_end)
                and not ((q.kind in ("percent", "households") and RATE_AT_BEFORE.search(before)
                          or q.kind == "households" and RATE_AT_HOUSEHOLDS_BEFORE.search(
                              text, max(sentence_start, q.start - 60), q.start))
                         and not GOAL_BEFORE.search(text, sentence_start, q.start))):
        return "multi_year"
    if q.kind == "percent":
        if PLAN_AFTER.match(after) or (OVERSHOOT_BEFORE.search(before) and not COMPARISON_AFTER.match(after)) \
                or (ATTAINED_BEFORE.search(before) and BY_PLAN_AFTER.match(after)):
            return "plan"  # "tạo việc làm cho 21.700 người, vượt 44,75%": over the plan
        if COMPARISON_AFTER.match(after) and not (SHARE_BEFORE.search(before) and BASE_COUNT_AFTER.match(after)):
            return "comparison"
        if SHARE_BEFORE.search(before) and not RATE_NAMED_SHARE.search(before):
            return "share"
        # "giảm được 4,44% hộ nghèo": a share that changed; not "tỷ lệ hộ nghèo chiếm 11% dân số", a named rate
        if SHARE_NOUN_AFTER.match(after) and not (POPULATION_AFTER.match(after) and RATE_NAMED_SHARE.search(before)):
            return "change" if CHANGE_BEFORE.search(before) else "share"
    if q.kind == "percent" and COMPARED_BEFORE.search(before) and OTHER_BASE_AFTER.match(after):
        return "comparison"  # "thấp hơn 1,8% so với bình quân cả nước": a gap to another figure, not a change
    if q.kind != "percent" and EXCESS_BEFORE.search(before):
        return "change"
    change = CHANGE_BEFORE.search(before)
    if change and NEW_JOBS_BEFORE.search(before, 0, change.start()) and not re.match(r"[\s,]*so với", after) \
            and change.group(0).lstrip().startswith("tăng"):
        change = None  # "số lao động có việc làm (mới) tăng thêm là 18.000 người" names new jobs
    if change or FLOW_BEFORE.search(text, max(sentence_start, q.start - 90), q.start) \
            or (q.kind == "households" and NEW_HOUSEHOLDS_AFTER.match(after)) \
            or (text.find(":", sentence_start, q.start) >= 0 and CHANGES_LISTED.search(text, sentence_start, q.start)
                and not LEVEL_BEFORE.search(before)) \
            or (q.value_max is not None and RANGE_CHANGE_BEFORE.search(before)):
        return "change"
    if previous_role == "change" and ((AND_BEFORE.search(before)
                                       and not BRACKET_CLOSED_AND.search(text, max(sentence_start, q.start - 40), q.start)) or (
            q.kind != "percent" and BRACKET_BEFORE.search(text, max(sentence_start, q.start - 40), q.start))):
        # "giảm 612 hộ nghèo, giảm 2,3% và 667 hộ cận nghèo", "giảm được 0,77% số hộ nghèo (290 hộ)": the change goes on
        # (not after a bracketed change: "còn 2.890 hộ nghèo (giảm 2.010 hộ) và 3.865 hộ cận nghèo" lists levels)
        return "change"
    if q.kind == "percent" and COMPARED_BEFORE.search(before):
        return "comparison"
    if PLAN_BEFORE.search(before) or (before.startswith("(") and PLAN_BEFORE.search(
            text, max(sentence_start, q.start - 90), q.start)):
        return "plan"  # "… đạt 124% kế hoạch được giao (2.000 lao động)": the plan's figure, in brackets after its name
    return "level"
