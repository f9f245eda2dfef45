"""Document metadata from the whole page (body and chrome): title, date, author, issuing office, place."""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass
from datetime import date

from assets.clean.chrome import BYLINE, Line
from assets.places import district_mentions, place_of, province_votes

# The issuing office: ministry, provincial department or district office of the sector.
ORG = re.compile(
    r"\b(Bộ|Sở|Phòng)\s+(Lao động\s*[-–—,]?\s*Thương binh\s*(và|&)\s*Xã hội|LĐ\s*[-–]?\s*TB\s*(và|&)\s*XH|LĐTBXH)",
    re.IGNORECASE,
)
ORG_LEVEL = {"bộ": "ministry", "sở": "province", "phòng": "district"}
ORG_SHORT = {"ministry": "Bộ Lao động - Thương binh và Xã hội", "province": "Sở Lao động - Thương binh và Xã hội",
             "district": "Phòng Lao động - Thương binh và Xã hội"}
DATE = re.compile(r"(?<!\d)(\d{1,2})\s*[./-]\s*(\d{1,2})\s*[./-]\s*((?:19|20)\d\d)(?!\d)")
# Date labels, strongest first: a publication label, then a date-only line, then an opening "Ngày ...".
DATE_LABELS = (
    re.compile(r"(ngày đăng|ngày cập nhật|cập nhật|đăng ngày|ngày xuất bản|ngày)\s*:|(cập nhật|đăng) lúc\b", re.IGNORECASE),
    re.compile(r"^(\d\d:\d\d,?\s*)?((thứ \w+|chủ nhật),?\s*)?\d", re.IGNORECASE),
    re.compile(r"^(sáng|chiều|tối)?\s*ngày\s+\d", re.IGNORECASE),
)
PERSON = re.compile(r"^(?:[A-ZĐÀ-Ỹ][a-zà-ỹđ]+)(?:\s+[A-ZĐÀ-Ỹ][a-zà-ỹđ]+){1,3}\.?$")
YEAR = re.compile(r"\b((?:19|20)\d\d)\b")


@dataclass(frozen=True)
class Metadata:
    title: str | None
    published_date: date | None
    author: str | None
    org_name: str | None
    org_level: str | None
    province: str | None
    province_2025: str | None
    district: str | None


def parse_date(text: str) -> date | None:
    """The first valid dd/mm/yyyy (or dd.mm.yyyy, dd-mm-yyyy) date in ``text``."""
    for match in DATE.finditer(text):
        day, month, year = (int(g) for g in match.groups())
        try:
            return date(year, month, day)
        except ValueError:
            continue
    return None


def find_title(lines: list[Line]) -> str | None:
    """The first heading-like line near the top: 4 to 45 words, not a date, counter or byline."""
    for line in lines[:12]:
        words = len(line.text.split())
        if 4 <= words <= 45 and line.reason in ("", "caption, heading or byline", "site furniture") and not line.text.isupper():
            return line.text.rstrip(" .")
        if not line.chrome and words > 45:
            return None
    return None


def find_date(lines: list[Line], fallback: str | None = None) -> date | None:
    """Publication date: a labelled or date-only line first, then the HTML metadata date."""
    for label in DATE_LABELS:
        for line in lines:
            match = label.search(line.text)
            found = parse_date(line.text[match.start():match.start() + 60]) if match else None
            if found:
                return found
    if fallback:
        try:
            return date.fromisoformat(fallback[:10])
        except ValueError:
            return None
    return None


def find_author(lines: list[Line], fallback: str | None = None) -> str | None:
    """Byline ("Tin và ảnh: X", "Tác giả: X") or the last short personal name line of the article."""
    for line in lines:
        match = BYLINE.match(line.text)
        # "Ảnh: ..." credits a photo, "Đăng bởi" the web editor: neither wrote the article.
        if match and not re.match(r"(đăng bởi|ảnh)\b", line.text, re.I):
            return line.text[match.end():].strip(" .") or None
    body_end = [line for line in lines if line.reason not in ("after the end of the article", "related news or comments")]
    for line in reversed(body_end[-4:]):
        name = re.split(r"\s+[-–]\s+", line.text)[0].strip()
        if line.chrome and PERSON.match(name):
            return name.rstrip(".")
    return fallback


def find_org(text: str) -> tuple[str | None, str | None]:
    """(level, generic name) of the first sector office the page names."""
    match = ORG.search(text)
    if not match:
        return None, None
    level = ORG_LEVEL[match.group(1).lower()]
    return level, ORG_SHORT[level]


def find_place(title: str | None, text: str, org_level: str | None) -> tuple[str | None, str | None]:
    """(province, district) of the document: votes over the title (weighted) and the page.

    The district is the document's only when the issuing office is a district office and a district
    is named in the title or the first lines.
    """
    votes: Counter[str] = province_votes(text)
    if title:
        votes.update(province_votes(title, weight=4))
    province = votes.most_common(1)[0][0] if votes else None
    district = None
    if org_level == "district":
        head = (title or "") + "\n" + "\n".join(text.split("\n")[:3])
        for _start, _end, name, prov in district_mentions(head):
            if prov is None or province is None or prov == province:
                district = name
                province = province or prov
                break
    return province, district


def document_metadata(lines: list[Line], html_meta: dict | None = None) -> Metadata:
    """All metadata of one page from its classified lines (and trafilatura's fields for HTML)."""
    html_meta = html_meta or {}
    full = "\n".join(line.text for line in lines)
    title = html_meta.get("title") or find_title(lines)
    level, org_name = find_org((title or "") + "\n" + full)
    province, district = find_place(title, full, level)
    if org_name:
        org_name = f"{org_name} {district or province}" if (district or province) else org_name
    place = place_of(province, district)
    return Metadata(
        title=title,
        published_date=find_date(lines, html_meta.get("date")),
        author=find_author(lines, html_meta.get("author")),
        org_name=org_name,
        org_level=level,
        province=place.province,
        province_2025=place.province_2025,
        district=place.district,
    )
