"""Reporting periods in Vietnamese: "6 tháng đầu năm 2024" → (2024, H1), "quý III" → Q3, "năm 2021" → FY."""

from __future__ import annotations

import re
from dataclasses import dataclass

ROMAN = {"i": 1, "ii": 2, "iii": 3, "iv": 4, "1": 1, "2": 2, "3": 3, "4": 4}
YEAR = r"((?:19|20)\d\d)"
SUB_YEAR = re.compile(
    r"(?P<h1>0?6 tháng đầu năm)|(?P<h2>0?6 tháng cuối năm)|(?P<m9>0?9 tháng(?: đầu năm)?)"
    r"|quý\s+(?P<q>IV|III|II|I|[1-4])\b|(?<!\d )tháng\s+(?P<m>1[0-2]|0?[1-9])(?!\d)(?!/(?!(?:19|20)\d\d))"
    r"(?:\s*(?:năm|/)\s*(?P<my>(?:19|20)\d\d))?",
    re.IGNORECASE,
)
FULL_YEAR = re.compile(rf"(?:cả |trong |cuối |hết )?năm\s+{YEAR}|(?<![\d/.])(?P<bare>{YEAR[1:-1]})(?![\d/.])", re.I)
# Words before a year that make it the date of an event or a name, not a reporting period.
EVENT_BEFORE = re.compile(
    r"(tết|nguyên đán|dịp|kỷ niệm|giai đoạn|từ|đến|trung thu|hành động|hội thi|đinh|giáp|nhâm|quý|canh|tân|kỷ|cùng kỳ|"
    r"mậu|bính|ất|so với|[–-])\s*(năm\s*)?$",
    re.IGNORECASE,
)


@dataclass(frozen=True)
class Period:
    year: int | None
    period: str | None
    explicit_sub_year: bool = False


def _sub_year(match: re.Match[str]) -> str:
    if match.group("h1"):
        return "H1"
    if match.group("h2"):
        return "H2"
    if match.group("m9"):
        return "9M"
    if match.group("q"):
        return f"Q{ROMAN[match.group('q').lower()]}"
    return f"M{int(match.group('m'))}"


def _years(text: str) -> list[tuple[int, int]]:
    """(position, year) of reporting-year mentions, event years left out."""
    found = []
    for match in FULL_YEAR.finditer(text):
        if EVENT_BEFORE.search(text[max(0, match.start() - 25):match.start()]):
            continue
        if match.group("bare") and not re.search(r"năm\s*$", text[max(0, match.start() - 6):match.start()]):
            continue
        year = int(match.group(1) or match.group("bare"))
        found.append((match.start(), year))
    return found


def find_period(text: str) -> Period | None:
    """The first period the text states: a sub-year period (with the year after it) or a full year."""
    sub = SUB_YEAR.search(text)
    years = _years(text)
    if sub:
        after = [y for pos, y in years if pos >= sub.end() - 4]
        before = [y for pos, y in years if pos < sub.end() - 4]
        own = int(sub.group("my")) if sub.group("my") else None
        year = own or next(iter(after), None) or (before[-1] if before else None)
        return Period(year, _sub_year(sub), explicit_sub_year=True)
    if years:
        return Period(years[0][1], "FY")
    return None


def resolve(levels: list[Period | None], fallback_year: int | None) -> Period:
    """Combine the periods found at sentence, paragraph and document level (innermost first).

    A sub-year period wins wherever it is stated; a bare "năm YYYY" of the same year as an outer
    sub-year period does not turn it into a full year (the year named a programme or an event).
    """
    found = [p for p in levels if p is not None]
    outer_sub = next((p for p in found if p.explicit_sub_year), None)
    for period in found:
        if period.explicit_sub_year:
            year = period.year or next((p.year for p in found if p.year), fallback_year)
            return Period(year, period.period, True)
        if outer_sub and outer_sub.year in (period.year, None):
            return Period(period.year or outer_sub.year, outer_sub.period, True)
        return period
    return Period(fallback_year, "FY" if fallback_year else None)
