"""Reporting periods in Vietnamese: "6 tháng đầu năm 2024" → (2024, H1), "quý III" → Q3, "năm 2021" → FY,
"10 tháng đầu năm" → 10M, "tính đến hết tháng 6/2018" → H1, "tính đến 25/9" → 9M.

Period codes (ANNOTATION.md §5): FY, H1, H2, 9M, Q1–Q4, Mn (the month n alone) and nM (the first n
months cumulated, n in 2, 4, 5, 7, 8, 10, 11; 3, 6 and 9 months are Q1, H1 and 9M).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date
from functools import lru_cache

ROMAN = {"i": 1, "ii": 2, "iii": 3, "iv": 4, "1": 1, "2": 2, "3": 3, "4": 4}
YEAR = r"((?:19|20)\d\d)"
CUMULATIVE_CODES = {3: "Q1", 6: "H1", 9: "9M", 12: "FY"}
MONTH_CODES = frozenset(f"M{n}" for n in range(1, 13))  # one month alone
PERIOD_CODES = ("FY", "H1", "H2", "9M", "Q1", "Q2", "Q3", "Q4", *(f"M{n}" for n in range(1, 13)),
                "2M", "4M", "5M", "7M", "8M", "10M", "11M")

# "N tháng" is a reporting period only where it is the first months of a year, not a duration
# ("được hỗ trợ trong 3 tháng", "khóa học dưới 3 tháng", "(hỗ trợ 3 tháng, mỗi tháng 500 ngàn đồng)").
_MONTHS_CUMULATED = (
    r"(?:(?:lũy|luỹ) kế|sơ kết|tổng kết|báo cáo|kết quả|sau|(?P<within>(?:^\W*|\bcho biết,?\s+|\bbáo cáo,?\s+)trong)"
    r"|(?P<within4>(?<!diễn ra )(?<!kéo dài )(?<!học )trong(?=\s+(?:[4-9]|1[01])\s))|trong|qua)?\s*"
    r"(?<![\d/.,])(?<!hỗ trợ )(?<!trợ cấp )(?<!thời gian )(?<!vòng )(?<!hạn )(?P<n>1[01]|0?[2-9])\s+tháng(?P<tail>\s+đầu\s+năm|\s+cuối\s+năm|\s+(?:của\s+)?năm(?=\s+(?:19|20)\d\d)"
    r"|\s+(?:của\s+)?năm\s+nay\b"  # "Trong 10 tháng của năm nay, …"
    # "Sở cho biết trong 10 tháng đã tạo việc làm …", opening a sentence or after a report's verb, or of 4 months or more
    # ("tỉnh trong 9 tháng đã đưa …"): the months it counts (not "sau 6 tháng đã có việc làm", "đoàn kiểm tra trong 2
    # tháng đã kiểm tra …", "diễn ra trong 5 tháng": durations)
    r"|\s+qua|\s+vừa qua|(?=\s*[,:;]|\s*/\s*(?:19|20)\d\d|\s*$)|(?(within)(?=\s+đã\b)|(?(within4)(?=\s+đã\b)|(?!))))"
)
# A running total of the months before its figure: "lũy kế 8 tháng đạt …", "tính chung 6 tháng là …", "nâng tổng số 10
# tháng lên …" (not a duration: "đào tạo dưới 3 tháng là …", "có việc làm sau 6 tháng đạt 85%").
RUNNING_WORDS = r"(?:lũy kế|luỹ kế|tính chung|cộng dồn)"  # a running total's words, here and in facts.py
_RUNNING_MONTHS = rf"(?:{RUNNING_WORDS}|tổng số)\s+(?P<rn>1[01]|0?[2-9])\s+tháng(?=\s+(?:đạt|là|lên)\b)"
# "đến hết tháng 6/2018", "cuối tháng 7", "giữa tháng 9", "tính đến đầu tháng 11": the months up to then, cumulated.
_UNTIL_MONTH = (
    r"(?:(?:tính\s+)?(?:đến|tới)\s+(?:thời\s+điểm\s+)?(?:(?P<end>hết)\s+|(?:đầu|cuối|giữa|ngày\s+\d{1,2})\s+)?"
    r"|(?<!từ )(?:(?P<end2>hết)|cuối|giữa)\s+)"
    r"tháng\s+(?P<um>1[0-2]|0?[1-9])(?![\d])"
)
# "tính đến 25/9", "đến ngày 12/6/2020", "đến hết ngày 13.7", "đến ngày 20-7" (a dot or a dash only after "ngày"), "đến
# thời điểm 31/12/2019": the months up to that day.
_UNTIL_DAY = (r"(?:tính\s+)?(?:đến|tới)\s+(?:thời\s+điểm\s+)?(?:hết\s+)?(?:(?P<dayword>ngày)\s+)?(?P<ud>\d{1,2})\s*(?(dayword)[/.-]|/)\s*"
              r"(?P<udm>1[0-2]|0?[1-9])(?![\d])")
# A month that starts something ("từ tháng 5", "từ giữa tháng 5") is no period of its own.
_FROM_MONTH = r"(?P<from>từ\s+(?:(?:đầu|giữa|cuối|ngày\s+\d{1,2})\s+)?tháng\s+\d{1,2})"
_ONE_MONTH = r"(?<!\d )tháng\s+(?P<m>1[0-2]|0?[1-9])(?!\d)(?!\s*/\s*\d{1,2}\b)"
SUB_YEAR = re.compile(
    # The look-ahead names the letters a match can start with: the engine skips every other position.
    r"(?=[tđhcgqlsbkn\d\s])(?:"
    rf"{_FROM_MONTH}|{_UNTIL_DAY}|{_UNTIL_MONTH}"
    rf"|(?P<h1>(?:0?6|sáu) tháng đầu năm|nửa đầu năm)|(?P<h2>(?:0?6|sáu) tháng cuối năm|nửa cuối năm)|{_MONTHS_CUMULATED}|{_RUNNING_MONTHS}"
    r"|quý\s+(?P<q>IV|III|II|I|[1-4])\b"
    rf"|{_ONE_MONTH})",
    re.IGNORECASE,
)
_ANY_YEAR = re.compile(r"(?:19|20)\d\d")
_YEAR_AFTER = re.compile(rf"\s*(?:năm|/|-|\.(?=\d))\s*{YEAR}")  # "tháng 11/2020", "tháng 11.2020"
FULL_YEAR = re.compile(rf"(?=[cthn12])(?:(?:cả |trong |cuối |hết )?năm\s+{YEAR}|(?<![\d/.])(?P<bare>{YEAR[1:-1]})(?![\d/.]))",
                       re.I)
# Words before a year that make it the date of an event, a name or a comparison, not a reporting period.
EVENT_BEFORE = re.compile(
    r"(tết|nguyên đán|dịp|kỷ niệm|giai đoạn|từ|từ \d{4}\s*(?:đến|tới)|trung thu|hành động|hội thi|đinh|giáp|nhâm|quý|canh|tân|kỷ|cùng kỳ|"
    r"mậu|bính|ất|so với(?: (?:thực hiện|kết quả|số liệu|cùng kỳ|mức|thời điểm(?: cuối| đầu)?))?|so|hơn|\d\s*[–-]|học|khóa|khoá|sinh"
    # "được thành lập ngày 24 tháng 03 năm 1994": a founding date
    r"|thành lập(?:\s+(?:vào\s+)?(?:ngày\s+\d{1,2}\s+)?tháng\s+\d{1,2})?|ra đời)\s*(năm\s*)?$",
    re.IGNORECASE,
)


# The base of a comparison is not the text's period: "so với Quý 1 năm 2016", "so với cùng kỳ 6 tháng năm 2015".
COMPARED_BEFORE = re.compile(r"\bso với(?:\s+cùng kỳ)?\s*$", re.I)
_COMPARED_YEAR = re.compile(r"\s*(?:(?:năm|/|-)\s*)?(?:19|20)\d\d\b")


@dataclass(frozen=True)
class Period:
    year: int | None
    period: str | None
    explicit_sub_year: bool = False


_RUNNING_MONTHS_RE = re.compile(_RUNNING_MONTHS, re.I)


def without_running_totals(text: str) -> str:
    """``text`` with its running totals' months blanked ("…; lũy kế 8 tháng đạt …"): they date their own
    statement, not the sentence around it ("Năm 2023, … 1.250 lao động; lũy kế 8 tháng đạt 900 người")."""
    return _RUNNING_MONTHS_RE.sub(lambda m: " " * len(m.group()), text) if "tháng" in text else text


def cumulated(months: int) -> str:
    """The code of the first ``months`` months of a year: 3 → Q1, 6 → H1, 9 → 9M, 12 → FY, 1 → M1, else nM."""
    return CUMULATIVE_CODES.get(months) or ("M1" if months == 1 else f"{months}M")


_MONTHS_OF_CODE = {code: months for months, code in CUMULATIVE_CODES.items()}


def months_cumulated(code: str) -> int | None:
    """The inverse of ``cumulated``: how many months from January a code adds up ("8M" → 8, "H1" → 6); None for a
    period that does not start in January ("Q3", "H2", "M10")."""
    found = _MONTHS_OF_CODE.get(code)
    return found or (int(code[:-1]) if code.endswith("M") and code[:-1].isdigit() else None)


def end_month(code: str) -> int | None:
    """The month a period code ends in ("M11" → 11, "9M" → 9, "Q3" → 9, "H1" → 6, "H2" → 12); None for the full year."""
    if code.startswith(("M", "Q")) and code[1:].isdigit():
        return int(code[1:]) * (3 if code[0] == "Q" else 1)
    if code == "H2":
        return 12
    return None if code == "FY" else months_cumulated(code)


def as_of(month: int, day: int = 28) -> str:
    """The report period of a figure "as of" a day of ``month``: the month counts as reported (ANNOTATION.md
    §5: "tính đến 25/9", "giữa tháng 9" = 9M), except the half-year season, late May to July, which is H1."""
    if (month == 5 and day >= 20) or month in (6, 7):
        return "H1"
    return cumulated(month)


def _sub_year(match: re.Match[str]) -> str | None:
    if match.group("from"):
        return None
    if match.group("ud"):
        day, month = int(match.group("ud")), int(match.group("udm"))
        return as_of(month, day)  # "đến ngày 15/7/2020" in a half-year report is H1 (seeds_gold.jsonl)
    if match.group("um"):
        month = int(match.group("um"))
        return cumulated(month) if match.group("end") or match.group("end2") else as_of(month, 15)
    if match.group("h1"):
        return "H1"
    if match.group("h2"):
        return "H2"
    if match.group("rn"):
        return cumulated(int(match.group("rn")))
    if match.group("n"):
        tail, months = (match.group("tail") or "").strip(), int(match.group("n"))
        if tail.startswith("cuối"):  # the last months of the year: "6 tháng cuối năm" is H2, "3 tháng cuối năm" Q4
            return {6: "H2", 3: "Q4"}.get(months)
        return cumulated(months)
    if match.group("q"):
        return f"Q{ROMAN[match.group('q').lower()]}"
    return f"M{int(match.group('m'))}"


# The earliest year a page reports figures of (Đổi Mới): an earlier one is a war's, a founding's, a birth's.
EARLIEST_REPORT_YEAR = 1986


def _years(text: str) -> list[tuple[int, int]]:
    """(position, year) of reporting-year mentions, event years left out."""
    found = []
    for match in FULL_YEAR.finditer(text):
        if EVENT_BEFORE.search(text[max(0, match.start() - 45):match.start()]):
            continue
        if match.group("bare") and not re.search(r"năm\s*$", text[max(0, match.start() - 6):match.start()]):
            continue
        year = int(match.group(1) or match.group("bare"))
        if year < EARLIEST_REPORT_YEAR:
            continue  # history ("liệt sỹ hy sinh tết Mậu Thân năm 1968"), no year a figure reports on
        found.append((match.start(), year))
    return found


def latest_year(text: str) -> int | None:
    """The latest year ``text`` reports on ("trong năm 2014", "9 tháng đầu năm 2017"), leaving out the years of
    targets and plans ("đến năm 2025", "Mục tiêu năm 2025 là …", "phấn đấu"), events (``EVENT_BEFORE``: "sinh
    năm 2012", "Tết …") and a value's own year ("từ 8,2% năm 2021"); None when it names none. Dates of days are left out
    too: they are mostly deadlines and the dates of decrees ("Quyết định … ngày 20/12/2022")."""
    text = _without_values_years(text)
    # This century only: "năm 1945" in a story of history dates no report.
    return max((year for pos, year in _years(text) if year >= 2000 and not _aimed_at(text, pos)
                and not _PLANNED.search(text, _sentence_start(text, pos), pos)
                and not _goal_set_for(text, pos)), default=None)


def _goal_set_for(text: str, pos: int) -> bool:
    """The year at ``pos`` opens a sentence that goes on to set a goal for it ("Năm 2023, Sở … đặt mục tiêu …")."""
    year = _YEAR_END.search(text, pos)
    return year is not None and _GOAL_SET_AFTER.match(text, year.end()) is not None


def _aimed_at(text: str, pos: int) -> bool:
    """The year at ``pos`` is one a plan aims at ("đến năm 2025"), not the end of a span reported on ("Từ năm 2012 đến
    năm 2021, …"), unless that span is a programme's ("Chương trình … từ năm 2018 đến năm 2030")."""
    if not _NOT_REPORTED_YEAR.search(text, max(0, pos - 12), pos):
        return False
    return not _SPAN_FROM.search(text, max(0, pos - 30), pos) \
        or bool(_PROGRAMME.search(text, _sentence_start(text, pos), _sentence_end(text, pos)))


# Festivals held within their year (not Tết, given out in the year before too): "Nhân dịp tết trung thu 2021, …".
FESTIVAL_YEAR = re.compile(r"\b(?:trung thu|tháng hành động vì trẻ em|ngày thương binh[ ,\-–]+liệt sĩ)\s+(?:năm\s+)?"
                           r"(20\d\d)\b", re.I)  # this century's: not "Ngày Thương binh - Liệt sĩ 1947 - 2022"


# Tết of a year with the day of the visit ("Nhân dịp Tết Nguyên đán Canh Tý 2020, ngày 15.1, …"): January or February is
# that year, December the year before.
TET_DAY = re.compile(r"\btết\b[^.;\d]{0,40}?\b(20\d\d)\s*,\s*(?:(?:chiều|sáng|tối)\s+)?(?:ngày\s+)?\d{1,2}\s*[./-]\s*(0?[12]|12)\b"
                     r"(?!\s*[./-]\s*\d)", re.I)


def festival_year(text: str) -> int | None:
    """The latest year ``text`` names for a festival held within its year ("tết trung thu 2021"), or for a Tết with the
    day of the visit ("Tết … 2020, ngày 15.1"), else None: the year of a page that reports no other."""
    years = [int(year) for year in FESTIVAL_YEAR.findall(text)]
    years += [int(year) - (month == "12") for year, month in TET_DAY.findall(text)]
    return max(years, default=None)


def _sentence_start(text: str, pos: int) -> int:
    return max(text.rfind(".", 0, pos), text.rfind("\n", 0, pos)) + 1


def _sentence_end(text: str, pos: int) -> int:
    ends = [i for i in (text.find(".", pos), text.find("\n", pos)) if i >= 0]
    return min(ends, default=len(text))


_NOT_REPORTED_YEAR = re.compile(r"(?:đến|tới|vào)\s+$", re.I)
# … but the end of a span reported on is: "Từ năm 2012 đến năm 2021, tổng số lao động … là 32.049 người"
# … nor is the end of a programme's span: "Chương trình … từ năm 2018 đến năm 2030", "được phân bổ … từ năm 2021 đến 2025"
_PROGRAMME = re.compile(r"\b(?:chương trình|đề án|dự án|phân bổ|bố trí|kế hoạch|triển khai|giai đoạn)\b", re.I)
_SPAN_FROM = re.compile(r"\btừ\s+(?:năm\s+)?(?:19|20)\d\d\s*,?\s*(?:đến|tới)\s+$", re.I)
_PLANNED = re.compile(r"\b(?:phấn đấu|mục tiêu|kế hoạch|chỉ tiêu|dự kiến|sẽ)\b", re.I)
# A year whose sentence goes on to set a goal for it: "Năm 2023, Sở LĐ-TB&XH tỉnh Nam Định đặt mục tiêu tạo việc làm cho …"
_YEAR_END = re.compile(r"(?:19|20)\d\d")
_GOAL_SET_AFTER = re.compile(r"(?:(?!\bđã\b)[^.;\d]){0,80}?(?:\bđặt (?:ra )?mục tiêu\b|(?<!nỗ lực )(?<!sự )\bphấn đấu\b(?! của))",
                             re.I)


# A year right after a value belongs to that value ("từ 14,94% cuối năm 2023 xuống còn 11,24%").
_BESIDE_VALUE = re.compile(r"(?<=%|\d)(\s*(?:\(\s*)?(?:vào\s+)?(?:cuối\s+|hết\s+)?năm\s+(?:19|20)\d\d)", re.I)
# … but not after a month's or quarter's number, whose year it is: "trong tháng 01 năm 2020 là 9.414 lao động"
_MONTH_NUMBER_BEFORE = re.compile(r"\b(?:tháng|quý)\s*\d{1,2}\s*$", re.I)


def _without_values_years(text: str) -> str:
    """``text`` with the years written right after a value blanked (``_BESIDE_VALUE``), same length."""
    return _BESIDE_VALUE.sub(lambda m: m.group(0) if _MONTH_NUMBER_BEFORE.search(m.string, max(0, m.start() - 12), m.start())
                             else " " * len(m.group(1)), text)


# A bracket after a comparison holds the base's own figure and time, not the text's: "bằng 108,23% so với cùng kỳ năm
# ngoái (9 tháng năm 2022, tổng số lao động … là 103.026 lao động)".
COMPARISON_BRACKET = re.compile(r"(\bso với\b[^.;()]{0,40}?\(\s*)([^()]*)(?=\))", re.I)


def _without_comparison_brackets(text: str) -> str:
    """``text`` with what a bracket after "so với …" holds blanked (``COMPARISON_BRACKET``), same length."""
    return COMPARISON_BRACKET.sub(lambda m: m.group(1) + " " * len(m.group(2)), text)


@lru_cache(maxsize=8192)
def find_period(text: str) -> Period | None:
    """The first period the text states: a sub-year period (with the year after it) or a full year.

    A year written right after a value dates that value only and is not the text's period. Cached:
    a one-statement sentence is read as a sentence and as a statement.
    """
    lowered = text.lower()
    # "tính đến 25/9" names no month word; "nửa đầu năm" is a half
    has_month = any(word in lowered for word in ("tháng", "quý", "đến", "tới", "nửa"))
    if not has_month and not _ANY_YEAR.search(text):
        return None
    if "so với" in lowered and "(" in text:
        text = _without_comparison_brackets(text)
    if "năm" in lowered:
        text = _without_values_years(text)
    if has_month and "so với" in lowered:
        text = _without_compared_periods(text)
    years = _years(text)
    for sub in SUB_YEAR.finditer(text) if has_month else ():
        code = _sub_year(sub)
        if code is None:
            continue
        own = _YEAR_AFTER.match(text, sub.end())
        after = [y for pos, y in years if pos >= sub.end() - 4]
        before = [y for pos, y in years if pos < sub.end() - 4]
        year = int(own.group(1)) if own else next(iter(after), None) or (before[-1] if before else None)
        return Period(year, code, explicit_sub_year=code != "FY")
    if years:
        return Period(years[0][1], "FY")
    return None


def _without_compared_periods(text: str) -> str:
    """``text`` with the sub-year periods a comparison is made with, and their years, blanked (same length): "… là
    2,06%, so với Quý 1 năm 2016 không có biến động nhiều" states no period of its own."""
    for sub in SUB_YEAR.finditer(text):
        if COMPARED_BEFORE.search(text, max(0, sub.start() - 20), sub.start()):
            end = (_COMPARED_YEAR.match(text, sub.end()) or sub).end()
            text = text[:sub.start()] + " " * (end - sub.start()) + text[end:]
    return text


# "hiện" as "now", not inside "thực hiện", "phát hiện", "thể hiện", "xuất hiện".
# The look-ahead on first letters lets the engine skip other positions (see assets/gates.py).
_NOW = r"(?=hiện)(?<!thực )(?<!phát )(?<!thể )(?<!xuất )\bhiện"
# "Hiện trên địa bàn huyện …", "Hiện TP.HCM quản lý 12 cơ sở …" opening a sentence
_OPENING_NOW = r"^\W*hiện\s+(?:trên|toàn|ở|,|(?-i:[A-ZĐ]))"
YEAR_TO_DATE = re.compile(rf"{_OPENING_NOW}|(?=[tđhl])(?:từ đầu năm|(?:tính )?(?:đến|tới) nay|đến thời điểm (?:này|hiện tại)"
                          rf"|{_NOW} (?:nay|còn|có|đang|tại)|lũy kế|luỹ kế)", re.I)
# Words that date a sentence's figures to the months so far even after a year stated earlier in the paragraph
# ("Theo kế hoạch năm 2019, … Tính từ đầu năm đến nay, đã …"); not "lũy kế cả năm", nor a stock "hiện có".
MONTHS_SO_FAR = re.compile(rf"{_OPENING_NOW}|(?=[tđh])(?:từ đầu năm|(?:tính )?(?:đến|tới) nay"
                           rf"|đến thời điểm (?:này|hiện tại)|{_NOW} (?:nay|tại))", re.I)


def publication_period(published: date | None, year_to_date: bool, level: bool = False) -> Period:
    """The period of a report from its publication date, for figures that state none.

    Year-to-date figures ("từ đầu năm đến nay") and levels (``level``: a count standing at a date or a rate,
    "Huyện M'Đrắk có 1.468 người hưởng trợ cấp xã hội" in March: Q1) take the months up to the publication
    (``as_of``; lead rulings 5 and 72); in January they are the year before ("toàn tỉnh có 57.180 hộ nghèo" on 8
    January: the year-end review's); other figures are the publication year.
    """
    if published is None:
        return Period(None, None)
    if published.month == 1 and (year_to_date or level):
        return Period(published.year - 1, "FY")
    if not year_to_date and not level:
        return Period(published.year, "FY")
    return Period(published.year, as_of(published.month, published.day))


def resolve(levels: list[Period | None], fallback: Period, target: bool = False, same_period: bool = False) -> Period:
    """Combine the periods in force from the innermost (clause) to the outermost (document).

    The innermost stated period wins. A bare "năm YYYY" of the same year as an outer sub-year period
    does not turn it into a full year (it names the year of a programme), except for a target, which
    aims at the year it names; nor does another year than the publication's, when the outer period names
    none ("trong tháng 5" over "trong năm 2021 đã tạo …" on a 2022 page), unless the statement compares the
    same period (``same_period``: "Cùng kỳ, năm 2020, …"); a year missing from the innermost period comes
    from the next level that has one, else from ``fallback`` (the publication).
    """
    found = [p for p in levels if p is not None]
    outer_sub = next((p for p in found if p.explicit_sub_year), None)
    for period in found:
        if period.explicit_sub_year:
            year = period.year or next((p.year for p in found if p.year), fallback.year)
            return Period(year, period.period, True)
        if not target and outer_sub and (outer_sub.year == period.year or outer_sub.year is None and (
                same_period or period.year in (None, fallback.year))):
            return Period(period.year or outer_sub.year, outer_sub.period, True)
        return period
    return fallback
