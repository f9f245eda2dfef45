"""Dates as Vietnamese news pages print them, and which line of a page is its publication date.

Forms read: "17/07/2020", "17-2-2023", "17.02.23" (two-digit years), "2023-02-17", "ngày 13 tháng 7
năm 2017", with weekday names ("Thứ Sáu", "Thứ hai", "Thứ 4", "Chủ nhật") and times ("13:42", "09:15 AM",
"(GMT+7)") before or after; a labelled month alone ("Cập nhật: 12/2022", a crawler's "date 2023-12")
gives the first day of that month.
"""

from __future__ import annotations

import re
from datetime import UTC, date, datetime, timedelta

MIN_YEAR, MAX_YEAR = 1990, 2035

_DMY = r"(?<![\d/.,-])(\d{1,2})\s*([./-])\s*(\d{1,2})\s*\2\s*(\d{4}|\d{2})(?![\d/]|[.,]\d)"
_YMD = r"(?<![\d/.-])((?:19|20)\d\d)-(\d{1,2})-(\d{1,2})(?![\d-])"
_WORDS = r"ngày\s+(\d{1,2})\s+tháng\s+(\d{1,2})\s*(?:năm|,|/)\s*((?:19|20)\d\d)(?!\d)"
DAY = re.compile(f"{_DMY}|{_YMD}|{_WORDS}", re.IGNORECASE)
# A month alone, read only after a date label: "12/2022", "tháng 12/2022", "2023-12".
MONTH = re.compile(
    r"(?<![\d/.-])(\d{1,2})\s*[./-]\s*((?:19|20)\d\d)(?![\d/])|tháng\s+(\d{1,2})\s*(?:năm|/)\s*((?:19|20)\d\d)"
    r"|(?<![\d/.-])((?:19|20)\d\d)-(\d{1,2})(?![\d-])",
    re.IGNORECASE,
)
# Labels that introduce the publication date ("Ngày đăng: ...", "Cập nhật lúc ...", a crawler's "date ...").
LABEL = re.compile(
    r"(?:^|[|•·]\s*)(?:ngày\s+(?:đăng|cập\s+nhật|xuất\s+bản|phát\s+hành)|đăng\s+ngày|cập\s+nhật(?:\s+lúc)?"
    r"|xuất\s+bản|thời\s+gian(?:\s+đăng)?|đăng\s+lúc|đăng\s+tải|posted(?:\s+on)?|published|date)\b\s*[:,]?",
    re.IGNORECASE,
)
# Inside a line of furniture ("Đăng bởi: X Ngày đăng: 17/07/2020 Lượt xem: 2079") a label needs its colon.
LABEL_COLON = re.compile(
    r"(?<![\wÀ-ỹ])(?:ngày\s+(?:đăng|cập\s+nhật|xuất\s+bản)|đăng\s+ngày|cập\s+nhật|thời\s+gian\s+đăng)\s*:",
    re.IGNORECASE,
)
WEEKDAY = r"(?:thứ\s*(?:hai|ba|tư|năm|sáu|bảy|bẩy|[2-7])|chủ\s*nhật|cn|t[2-7])"
TIME = r"\d{1,2}\s*[:hg]\s*\d{2}(?:\s*:\s*\d{2})?(?:\s*(?:am|pm|sa|ch))?"
# What may surround a date on a date-only line: weekdays, times, time zones, separators, "lúc", "ngày".
_FILLER = re.compile(
    rf"{WEEKDAY}|{TIME}|\(?\[?\s*gmt\s*[+-]?\s*\d*\s*\]?\)?|\b(?:lúc|ngày|vào|sáng|chiều|tối|trưa)\b|[-–—|,;:/()\[\]\s.]"
    # the page's widgets beside the date: "30/12/2016 10:56:00 Xem cỡ chữ", "In bài", "Chia sẻ"
    # and the share buttons ("… Xem cỡ chữ Google", "Chia sẻ Facebook Zalo")
    r"|\b(?:xem cỡ chữ|cỡ chữ|in bài|bản in|chia sẻ|lượt xem|google|facebook|zalo|twitter|tweet|e-?mail|print)\b|:\d\d\b",
    re.IGNORECASE,
)


# News addresses that carry their publication date: ".../201711/...", "...-20181230204448318.htm",
# ".../2023/06/07/...".
URL_DATE = re.compile(r"(?<!\d)(20\d\d)(?:[/-]?(0[1-9]|1[0-2]))(?:[/-]?(0[1-9]|[12]\d|3[01]))?(?=\d{0,12}(?:[/.-]|$))"
                      r"|(?<!\d)(20\d\d)[/-]([1-9]|1[0-2])[/-]([1-9]|[12]\d|3[01])(?=[/.-]|$)")  # ".../2022-2-14/..."

# "…-lao-dong-dia-phuong-1669789589908.htm": a page id that is the publication time in milliseconds (2012–2026).
URL_EPOCH_MS = re.compile(r"[-_/](1[3-7]\d{11})(?=\.\w+$|/?$)")


# "…-196250227182833387.htm", "…-188240612102834875.chn": the page id many news systems (Người Lao Động, Thanh Niên,
# CafeF, Soha, Kênh 14) give, a three-digit site code, then the publication time yymmddhhmmss and three more digits.
URL_STAMP_ID = re.compile(r"[-_/]\d{3}(\d{2})(0[1-9]|1[0-2])(0[1-9]|[12]\d|3[01])(?:[01]\d|2[0-3])[0-5]\d[0-5]\d\d{3}"
                          r"(?=\.\w+$|/?$)")


def date_in_url(url: str | None) -> date | None:
    """The publication date an address carries in its path (day 1 when only the month is given), else None."""
    if not url:
        return None
    path = re.sub(r"^[a-z]+://[^/]+", "", url)
    for match in URL_DATE.finditer(path):
        year, month, day = match.group(1, 2, 3) if match.group(1) else match.group(4, 5, 6)
        found = _valid(int(year), int(month), int(day or 1))
        if found:
            return found
    stamp = URL_EPOCH_MS.search(path)
    if stamp:  # milliseconds since 1970 in Vietnam's time (UTC+7)
        day = (datetime.fromtimestamp(int(stamp.group(1)) / 1000, tz=UTC) + timedelta(hours=7)).date()
        return _valid(day.year, day.month, day.day)
    stamp = URL_STAMP_ID.search(path)
    if stamp:
        return _valid(int(stamp.group(1)), int(stamp.group(2)), int(stamp.group(3)))
    return None


def _valid(year: int, month: int, day: int) -> date | None:
    if year < 100:
        year += 2000 if year <= (date.today().year % 100) + 1 else 1900
    if not MIN_YEAR <= year <= MAX_YEAR:
        return None
    try:
        return date(year, month, day)
    except ValueError:
        return None


def parse_day(text: str) -> date | None:
    """The first valid full date (day, month, year) in ``text``."""
    for match in DAY.finditer(text):
        g = match.groups()
        if g[0]:
            found = _valid(int(g[3]), int(g[2]), int(g[0]))
        elif g[4]:
            found = _valid(int(g[4]), int(g[5]), int(g[6]))
        else:
            found = _valid(int(g[9]), int(g[8]), int(g[7]))
        if found:
            return found
    return None


def parse_month(text: str) -> date | None:
    """The first month-and-year in ``text`` ("12/2022", "tháng 12/2022", "2023-12") as its first day."""
    for match in MONTH.finditer(text):
        g = match.groups()
        month, year = (g[0], g[1]) if g[0] else ((g[2], g[3]) if g[2] else (g[5], g[4]))
        found = _valid(int(year), int(month), 1)
        if found:
            return found
    return None


def labelled_date(line: str) -> date | None:
    """The date after a publication label on this line ("Ngày đăng: 17/07/2020", "Cập nhật: 12/2022")."""
    for match in [*LABEL.finditer(line), *LABEL_COLON.finditer(line)]:
        after = line[match.end():match.end() + 60]
        # "Cập nhật lúc 23:58, Thứ Tư, 11/10/2017": times and weekdays may stand between label and date.
        found = parse_day(after) or parse_month(after)
        if found:
            return found
    return None


def is_date_line(line: str) -> bool:
    """True when the line is a date and its furniture only ("- 05:15 - 20/11/2016", "Thứ Sáu, 17-2-2023")."""
    match = DAY.search(line)
    if not match or len(line) > 90:
        return False
    rest = line[:match.start()] + " " + line[match.end():]
    return not _FILLER.sub("", rest).strip()


WEEKDAY_OR_TIME = re.compile(rf"{WEEKDAY}|{TIME}", re.IGNORECASE)


def leading_date(line: str) -> date | None:
    """A date standing first in a line of site furniture ("Thứ Ba, 21/02/2023 | Thời sự | ...") or before the
    editors' names ("Thứ tư, 00:00, 20/06/2018 THU HA bt": a weekday or time first, then a few words, one in capitals,
    no figure; not a programme's line, "Thứ Bảy, 27/7/2024 lễ thắp nến tri ân")."""
    head = re.split(r"\s[|»›]\s", line, maxsplit=1)[0]
    if head != line:
        return parse_day(head) if is_date_line(head) else None
    match = DAY.search(line)
    names = line[match.end():].split() if match else []
    if match and WEEKDAY_OR_TIME.match(line) and is_date_line(line[:match.end()]) and len(names) <= 6 \
            and not re.search(r"\d", line[match.end():]) and any(len(name) >= 2 and name.isupper() for name in names):
        return parse_day(line)
    return None


def trailing_date(line: str) -> date | None:
    """A date closing a short byline ("Thanh Nguyên - 12/12/2023", "Hữu Long (báo lao động) 18/09/2025 09:31")."""
    if len(line.split()) > 12:
        return None
    parts = re.split(r"\s[-–|]\s", line)
    if len(parts) >= 2:
        # (the names may take several parts: "Tào Đạt - Minh Anh - 16:53, 17/01/2025")
        tail = next(filter(is_date_line, (" - ".join(parts[i:]) for i in range(1, len(parts)))), None)
        return parse_day(tail) if tail else None
    # "Hữu Long (báo lao động) 18/09/2025 09:31 (GMT+7)": a name, then the date and its time; a heading
    # ending in a date ("Số liệu tính đến 31/12/2023") has no time after it.
    match = DAY.search(line)
    tail = line[match.start():] if match else ""
    if match and match.start() and not re.search(r"\d", line[:match.start()]) and is_date_line(tail) \
            and re.search(TIME + r"|gmt", tail[match.end() - match.start():], re.IGNORECASE):
        return parse_day(tail)
    return None
