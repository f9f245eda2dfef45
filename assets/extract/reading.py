"""One pass over a cleaned document: its parts, and the place, period and section in force at each sentence.

The first line is the title. A short line without a closing full stop is a heading (a digest item
"Hưng Yên: …", a section "Chỉ tiêu, nhiệm vụ năm 2024:", a bare province name); it governs the
paragraphs under it until the next heading. Inside a paragraph, a place or period stated by one
sentence carries on to the following sentences until another is stated (ANNOTATION.md §5, §6).
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Callable
from dataclasses import dataclass
from functools import lru_cache

from assets.extract.catalogue import RESULT_VERB, TARGET_SENTENCE
from assets.extract.periods import MONTHS_SO_FAR, Period, find_period, without_running_totals
from assets.extract.segment import Span, paragraphs, sentences
from assets.gates import letter_gate
from assets.places import (
    canonical_province,
    district_mentions,
    districts_before_provinces,
    districts_of,
    is_name_part,
    province_mentions,
    spellings,
)

# "cả nước" as the subject of a figure, not a rank ("đứng thứ 3 cả nước") or a comparison.
NATIONAL = re.compile(
    r"(?=[ctbCTB]|(?-i:V))"  # the letters a match starts with: the engine skips every other position
    # (not the campaigns "Cả nước chung tay vì người nghèo", "phong trào thi đua cả nước chung tay xây dựng nông thôn mới")
    r"(?:\b(?:cả nước|toàn quốc)\b(?!\s+chung tay)"
    # The Ministry as the subject: "Năm 2023, Bộ đặt mục tiêu đưa 110.000 lao động …".
    r"|(?<![\wÀ-ỹ])Bộ(?= (?:đặt|đã|giao|phấn đấu|đề ra|dự kiến))"
    # The country's workers abroad as the subject ("số lao động Việt Nam đi làm việc ở nước ngoài"), not a count
    # of them ("200 lao động Việt Nam"); the Ministry's department for them as the source.
    # … and the markets that take them in ("các thị trường tiếp nhận lao động Việt Nam").
    r"|(?<=số lao động )(?-i:V)iệt Nam(?= đi)|(?<=số người )(?-i:V)iệt Nam(?= đi)|(?<=tiếp nhận lao động )(?-i:V)iệt Nam"
    # … and the country's population as the subject: "Dân số Việt Nam trong năm 2012 ước đạt 88,78 triệu người"
    r"|(?<=dân số )(?-i:V)iệt Nam"
    # … and the country as the subject of a goal or a result, opening its clause: "Năm 2026, Việt Nam phấn đấu đưa
    # 112.000 lao động …" (not a company's name: "Tổng công ty Lắp máy Việt Nam giải quyết việc làm cho …")
    r"|(?:(?<=^)|(?<=\n)|(?<=, )|(?<=\. ))(?-i:V)iệt Nam(?= (?:cũng |đã |sẽ )?(?:phấn đấu|đặt mục tiêu|đưa|giải quyết"
    r"|ghi nhận)\b)"
    r"|Cục Quản lý lao động ngoài nước)", re.I
)
NOT_SUBJECT_BEFORE = re.compile(r"\b(thứ(?:\s+\d+)?|đầu|so với|của|trong|nhất|với|chuẩn(?: nghèo)?(?: đa chiều)?)\s*$", re.I)
# … but the country's own total: "tổng kinh phí hỗ trợ của cả nước là gần 36 nghìn tỷ đồng", "số hộ nghèo trong cả nước
# hiện nay là 3.055.566 hộ"
COUNTRY_TOTAL = re.compile(r"(?:của|trong) (?:cả nước|toàn quốc)(?=\s+(?:năm \d{4}\s+)?(?:hiện nay\s+)?"
                           r"(?:(?:ước tính|ước|dự kiến)\s+)?"
                           r"(?:là|đạt|ước đạt|lên tới|lên đến)\b)", re.I)
# A section of targets: "Chỉ tiêu, nhiệm vụ năm 2024:", "Phương hướng năm tới" (not a headline that mentions a goal).
TARGET_HEADING = re.compile(r"^\W*(?:\d+[.)]\s*|[IVX]+[.)]\s*)?(chỉ tiêu|nhiệm vụ|phương hướng|mục tiêu|kế hoạch)\b", re.I)
AIMS = re.compile(r"mục tiêu|phấn đấu|dự kiến|chỉ tiêu|kế hoạch năm|nhiệm vụ năm \d{4}|triển khai nhiệm vụ", re.I)
# "Riêng tháng 9, …", "Riêng huyện X, …" single out a period or place of their own: no breakdown marker.
# "Riêng nhóm chính sách hỗ trợ bằng tiền mặt, …" singles out a group of a total: a breakdown.
BREAKDOWN_START = re.compile(r"^\W*(trong đó|cụ thể|trong số|trong tổng số|bao gồm|gồm|chia ra"
                             r"|riêng\s+(?:nhóm|đối tượng|chính sách))\b", re.I)
# The year a paragraph estimates ("ước cuối năm 2024, tỷ lệ hộ nghèo giảm 1,11%"): a paragraph going on from it estimates too.
ESTIMATED_YEAR = re.compile(r"\b(?:ước|dự ước|ước tính)\s+(?:(?:đến|tính đến)\s+)?(?:cuối\s+|hết\s+)?năm\s+((?:19|20)\d\d)\b",
                            re.I)
# Districts counted before the last one named: "tại hai huyện Trạm Tẩu và Mù Cang Chải" (named together).
SEVERAL_DISTRICTS_BEFORE = re.compile(r"\b(?:hai|ba|bốn|2|3|4)\s+huyện\s+[^.;,\d]{2,30}?\s+và\s+(?:huyện\s+)?$", re.I)
# Lines of a decision's list: "- Tỷ lệ nghèo đa chiều theo khu vực thành thị: 3,29%; …. Trong đó:" then "+ Tỷ lệ hộ nghèo: …"
PLUS_ITEM = re.compile(r"\s*\+")
# A paragraph that announces the year's goals as a list ("… phấn đấu thực hiện đạt và vượt các chỉ tiêu …, cụ thể như
# sau:"), and the dashed items that follow it: targets, as under a heading of targets.
# (not one that lists results: "… đã tích cực triển khai thực hiện tốt một số chỉ tiêu kế hoạch năm 2017 theo tiến độ như:")
GOAL_LIST_OPENING = re.compile(r"^(?!.*\b(?:đã|kết quả)\b).*\b(?:phấn đấu|mục tiêu)\b[^:\n]*:\s*$", re.I | re.S)
DASH_ITEM = re.compile(r"\s*[-–•*]")
# A sentence that splits a total by category, every figure in it a part: "Chia theo vùng miền: Khu vực miền núi có
# 20.548 hộ nghèo …", "Qua phân tích hộ nghèo theo các nguyên nhân, có 12.111 hộ thiếu vốn sản xuất, …", "Phân tích …
# hộ nghèo, phân theo nhóm đối tượng và theo dân tộc cho thấy, có 16.594 hộ nghèo về tiêu chí thu nhập, …" (not "Chia
# theo khu vực, tỷ lệ thất nghiệp chung của tỉnh là 2,1%, …": a total before its parts).
BY_CATEGORY = re.compile(r"\W*(?:(?:chia|phân)\s+theo\s+(?:các\s+)?(?:khu vực|vùng|nhóm|địa bàn|đối tượng|giới tính|độ tuổi|dân tộc"
                         r"|ngành|lĩnh vực|trình độ)[^:.;\d]{0,20}:|(?:qua\s+)?phân tích\b[^.;:\d]{0,60}?\btheo\s+(?:các\s+)?"
                         r"(?:nguyên nhân|nhóm|dân tộc|khu vực|vùng|đối tượng)\b)", re.I)
NARROWED_GROUP = re.compile(r"\b(?:khu vực (?:thành thị|nông thôn)|theo khu vực|theo vùng|(?:nhóm )?hộ dân tộc thiểu số|DTTS)\b", re.I)
# A paragraph going on with the same report: "Đồng thời, Sở đã … đưa 554 lao động đi làm việc …" after "từ đầu năm đến nay
# (5 tháng đầu năm 2022), …": the period before it carries on (its own period, if it states one, wins).
CONTINUATION_START = re.compile(r"^\W*(?:đồng thời|bên cạnh đó|ngoài ra|cùng với đó|cũng trong (?:thời gian|dịp) (?:này|đó|trên))\b",
                                re.I)
# A first line going on from a sentence cut away ("Cụ thể, tạo việc làm …"): a page cut out of its article, no title
CONTINUING_OPENING = re.compile(r"\W*(?:cụ thể|theo đó|ngoài ra|bên cạnh đó|đồng thời|tuy nhiên|do đó|qua đó)\s*,",
                                re.I)
# A place after these words is where people go or come from, not what the sentence reports on.
# (… and where people were taken for convalescence or sightseeing: "đi điều dưỡng tại tỉnh Bến Tre và huyện Côn Đảo")
MOVEMENT_BEFORE = re.compile(r"(sang|đến|đi làm việc tại|đi làm việc ở|tại các|ở các|các tỉnh|về|với"
                             r"|(?:điều dưỡng|nghỉ dưỡng|tham quan)\s+(?:tại|ở)(?:\s+[^,.;\d]{1,25}?\s+và)?)\s*$", re.I)
# Where a statement's subject starts: a line's or statement's start, "Trong đó", "Riêng", "và".
# ("Các huyện có tỷ lệ hộ nghèo cao là Minh Long 28,5%, …": the first of a list after "là", "gồm")
SUBJECT_BEFORE = re.compile(r"(?:^|[\n;:.,]|\btrong đó,?|\briêng|\bvà|\(|\bTp\.|\bTP|\bnăm \d{4}|\btháng đầu năm"
                            r"|\b(?:huyện|địa phương)\b[^.;,\d]{0,60}\b(?:là|gồm)(?: các)?)\s*$", re.I)
# "Đà Lạt, ngày 20 tháng 12 năm 2024": a dateline names where a report was signed, not what it speaks of.
DATELINE_AFTER = re.compile(r"\s*,\s*ngày\s+\d", re.I)
JOINED = re.compile(r"\s*(?:,|và)\s*(?:(?:huyện|thị xã|thành phố|quận)\s+)?", re.I)
HEADING_MAX_CHARS = 160
# "Trung tâm Hy vọng Lộc Bình": a place inside an organisation's name.
ORGANISATION_BEFORE = re.compile(r"\b(trung tâm|trường|bệnh viện|công ty|hợp tác xã|cơ sở)\b[^,;.]{0,25}$", re.I)
# "điều dưỡng tại các trung tâm ở Sa Pa, Sầm Sơn (Thanh Hóa)": places named after "ở"/"tại" are venues or
# destinations, not what the statement reports on.
VENUE_LIST_BEFORE = re.compile(r"(?:\b(?:ở|tại|đến|sang|về|từ)\s|\b(?:trung tâm|trường|bệnh viện|công ty)\b)[^;:.\d()]{0,90}$",
                               re.I)
# The province's units in general, then one named with them: "các quận, huyện, TP.Thủ Đức".
EVERY_UNIT_BEFORE = re.compile(r"\bcác\s+(?:quận|huyện|thị xã|thành phố)(?:\s*[,/]\s*(?:quận|huyện|thị xã|thành phố))*"
                               r"\s*(?:,|và)\s*(?:(?:tp\.?|thành phố|thị xã)\s*)?$", re.I)


@dataclass(frozen=True)
class Where:
    """The place a sentence speaks of: a province (pre-2025 name), a district, or the whole country."""

    province: str | None
    district: str | None = None
    national: bool = False
    joint: bool = False  # districts named together ("hai huyện Di Linh và Đam Rông"): no one district, nor the province


COUNTRY = Where(None, None, national=True)


@dataclass(frozen=True)
class SentenceReading:
    """A sentence with what is in force at it."""

    span: Span
    paragraph: Span
    heading: Span | None  # the section heading above it (the title when there is none)
    period: Period | None  # its own period, else the one carried from earlier sentences of its paragraph
    section_period: Period | None  # the heading's period
    section_aims: bool  # the heading states a goal: its period dates targets only
    place: Where | None  # its own place, else carried in the paragraph, else the heading's; None: the document's
    target_section: bool  # under a heading of targets ("Chỉ tiêu, nhiệm vụ năm 2024:")
    breakdown: bool  # starts with "Trong đó" / "Cụ thể": it details the totals before it
    index_in_paragraph: int
    estimated: bool = False  # its paragraph goes on with the estimates of the one before ("Cùng với đó, …")
    narrowed: bool = False  # a "+" item under a line on one area or group ("- … theo khu vực thành thị: …. Trong đó:")


@dataclass(frozen=True)
class Reading:
    text: str
    title: Span | None
    lead: Span | None  # the first body paragraph: the document's topic
    document_period: Period | None  # the title's
    title_aims: bool  # the title states a goal ("Lào Cai đặt mục tiêu … năm 2025"): its period dates targets only
    lead_period: Period | None  # the lead paragraph's first
    # Where the goal that states that period begins ("mục tiêu … đến hết năm 2012"), else None: on an undated page it dates
    # no figure but a target told before it (a stock "hiện nay" before the goal is of the year before the goal's).
    lead_goal_at: int | None
    mentions: list[tuple[int, Where]]  # every place the text names, by offset
    sentences: list[SentenceReading]


_RANKING = re.compile(r"\b(?:cao|thấp|nhiều|ít) nhất\b(?! từ trước)", re.I)
_DISTRICT_AGAIN = re.compile(r"\W*(?:toàn |trên địa bàn |cả )?(?:huyện|thị xã)\s+(\w)", re.I)


_OFFICE_WORDS = r"(?:(?!\s(?:các|tỉnh|và|với)\s)[^.,;:\d]){0,40}?"  # an office's name, not "… tỉnh phối hợp với các"
# An unnamed district before the first figure: "Ước tính của huyện, …", "tỷ lệ hộ nghèo ở huyện là …", "Đây là huyện
# nghèo …" (a lower-case word or a stop after it: no name follows).
_UNNAMED_DISTRICT = re.compile(r"\b(?:[Tt]oàn|tại|ở|cả|trên địa bàn|[Đđ]ây là) (?:huyện|thị xã)(?=[,.;:]| [a-zà-ỹđ])"
                               # … or as the subject after a time: "Đến đầu năm nay, huyện còn 3.070 hộ nghèo"
                               r"|(?<=, )(?:huyện|thị xã)(?= (?:còn|có|đã|đạt)\b)"
                               # … or its offices: "UBND huyện đã …", "Trung tâm dạy nghề huyện đã tổ chức …" (not "Phòng
                               # LĐ-TB&XH các huyện", "Trung tâm … tỉnh phối hợp với các huyện", "… huyện, thị xã")
                               r"|(?<!các )\b(?:UBND|Ủy ban nhân dân|Phòng\b" + _OFFICE_WORDS + r"|Trung tâm\b" + _OFFICE_WORDS
                               + r"|(?-i:[A-ZĐ][A-ZĐ&]{2,}))\s+(?:huyện|thị xã)(?=[.;:]| (?!thị xã)[a-zà-ỹđ])")
# The first figure of a paragraph, not a year ("năm 2018, Trung tâm … huyện đã …")
_FIGURE = re.compile(r"(?<![\d.,/])(?!(?:19|20)\d\d(?!\d|[.,]\d))(?!\d{1,2}\s*[/-]\s*\d{1,2}\b)\d")  # nor a day "15/3"
# … or opening it: "Ước tính của huyện, …" (not "ngoài sự chủ động của huyện" further on)
_OF_THE_DISTRICT = re.compile(r"\bcủa (?:huyện|thị xã)(?=[,.;:]| [a-zà-ỹđ]|$)")


def _back_to_district(paragraph: str) -> bool:
    """The paragraph opens with an unnamed district as its subject ("Huyện đã …", "Toàn huyện có …"), or names
    one unnamed before its first figure ("Ước tính của huyện, … tỷ lệ hộ nghèo toàn huyện …"): the one named before
    it."""
    first = paragraph.split(".", 1)[0]
    if _RANKING.search(first):
        return False
    found = _DISTRICT_AGAIN.match(paragraph)
    if found and found.group(1).islower():
        return True
    digit = _FIGURE.search(paragraph)
    return bool(_UNNAMED_DISTRICT.search(paragraph, 0, digit.start() if digit else len(paragraph))
                or _OF_THE_DISTRICT.search(paragraph.split(",", 1)[0])
                or _DELEGATION.match(paragraph, 0, digit.start() if digit else len(paragraph)))


# The visiting delegation going on where the paragraph before took it: "Đoàn đã trao 50 suất học bổng …", "Phó Chủ tịch
# nước … cùng đoàn đã trao tặng 50 phần quà …"
# (not the Youth Union, union members or a surname: "Đoàn Thanh niên …", "Đoàn viên …", "Đoàn Thị H.")
_DELEGATION = re.compile(r"\W*(?:Đoàn\b(?!\s+(?:viên|Thanh niên|thanh niên|TN|TNCS)\b)(?!\s+[A-ZĐ]\S*\s+[A-ZĐ])"
                         r"|[^.;]{0,80}?\bcùng (?:với )?(?:các thành viên )?đoàn\b(?!\s+(?:thể|viên|thanh niên)\b))")


# A bullet naming only a unit, full stop and all ("· Tỉnh Sơn La.", "- Huyện Mường Lát."): the section of that place.
PLACE_LINE = re.compile(r"\W*(?:tỉnh|thành phố|tp\.?|huyện|quận|thị xã)\s+(?P<name>[^\d.,;:!?]{2,30})\.", re.I)


# A "+" bullet with a figure ("+ Tỷ lệ hộ nghèo 25,42%, đứng thứ 4 cả nước") is an item of its section, not a heading.
FIGURE_ITEM = re.compile(r"\+\s*[^\d]*\d")


def is_heading(text: str) -> bool:
    """A line that titles what follows: short, with no closing full stop (unless it only names a place)."""
    stripped = text.strip()
    place = PLACE_LINE.fullmatch(stripped)
    return 0 < len(stripped) <= HEADING_MAX_CHARS and not FIGURE_ITEM.match(stripped) and (
        not re.search(r"[.!?…;]['\"”)]*$", stripped)
        or place is not None and all(word[0].isupper() for word in place.group("name").split()))  # a name, no verb


PROVINCE_TYPE_BEFORE = re.compile(r"(?:\btỉnh|\bthành phố|\bTP\.?)\s*$", re.I)  # "tỉnh Quảng Ninh": the province


def place_mentions(text: str, province: str | None = None, district: str | None = None) -> list[tuple[int, Where]]:
    """Every place ``text`` names, in order: the country, districts and provinces (not where people go);
    ``province`` is the document's, whose districts the text may name bare ("; Ninh Hải có tỷ lệ hộ nghèo …");
    ``district`` the document's, which its bare name means even when another province has it ("Quảng Ninh: Giảm
    được 1,18% hộ nghèo" on a page of huyện Quảng Ninh, Quảng Bình)."""
    found = [(m.start(), COUNTRY) for m in NATIONAL.finditer(text)
             if not NOT_SUBJECT_BEFORE.search(text, max(0, m.start() - 25), m.start())
             or COUNTRY_TOTAL.search(text[max(0, m.start() - 6):m.end() + 30])]
    typed = [(start, end, name, found or _shared_district(text, end, name, province))
             for start, end, name, found in district_mentions(text)]
    provinces = province_mentions(text)
    bare = _bare_districts(text, typed, provinces, province)
    taken = [(start, end) for start, end, *_ in (*typed, *bare)]
    # "Kỳ Sơn, tỉnh Nghệ An 65,94%": a bare name right before its province's is that district.
    before = [(start, end, name, of, True) for start, end, name, of in districts_before_provinces(text, provinces)
              if not any(s <= start < e for s, e in taken)
              and not VENUE_LIST_BEFORE.search(text, max(0, start - 100), start)]
    districts = sorted([(*mention, True) for mention in typed] + bare + before)
    # Districts named together ("huyện Bắc Trà My và Nam Trà My", "ở Đạ Huoai, Bảo Lộc, Di Linh") speak of no
    # one district.
    joint = {i for k in range(len(districts) - 1) for i in (k, k + 1)
             if JOINED.fullmatch(text, districts[k][1], districts[k + 1][0])}
    # … also where one of them is spelt past recognition: "tại hai huyện Trạm Tẩu và Mù Cang Chải"
    joint |= {i for i, (start, *_rest) in enumerate(districts)
              if SEVERAL_DISTRICTS_BEFORE.search(text, max(0, start - 60), start)}
    found += [(start, Where(province, None if i in joint else district, joint=i in joint))
              for i, (start, _end, district, province, governs) in enumerate(districts)
              if province and (governs or i in joint) and not MOVEMENT_BEFORE.search(text[max(0, start - 50):start])]
    own = (Where(province, district) if district and province and district != province
           and canonical_province(district) and district in districts_of(province) else None)
    found += [(start, own if own and name == district and not PROVINCE_TYPE_BEFORE.search(text, max(0, start - 12), start)
               else Where(name)) for start, _end, name in provinces
              if not MOVEMENT_BEFORE.search(text[max(0, start - 50):start])]
    return sorted(found, key=lambda item: item[0])


def _shared_district(text: str, end: int, name: str, province: str | None) -> str | None:
    """The province of a district name several provinces have ("huyện Châu Thành"): the one named right after it
    ("huyện Châu Thành, tỉnh Bến Tre", "(Bến Tre)") when it has such a district, else the page's ``province``."""
    after = province_mentions(text[end:end + 30])
    if after and after[0][0] <= 8:
        return after[0][2] if name in districts_of(after[0][2]) else None
    return province if province and name in districts_of(province) else None


def _bare_districts(text: str, typed: list, provinces: list, province: str | None = None) -> list[tuple]:
    """(start, end, district, province, governs) where the text names bare ("quỹ … ở Trà Ôn vận động được …") a
    district it names with its type elsewhere ("huyện Trà Ôn") or one of the document's ``province``; not inside
    a typed mention or a province's name (``typed``, ``provinces``), an organisation's or a person's name.
    ``governs`` is False for a district of the province named elsewhere than as a subject: it only joins a list."""
    # A district named like its province ("TP Bắc Giang") is the province when bare.
    named = {name: province for _s, _e, name, province in typed if province and not canonical_province(name)}
    # One the text never names with its type counts only as a statement's subject ("; Ninh Hải có …"), not as a
    # venue ("tại Đà Lạt"), a destination ("ở Đam Rông") or a person ("ông Vinh").
    of_province = {name: province for name in (districts_of(province) if province else ())
                   if not canonical_province(name) and name not in named}
    known = named | of_province
    if not known:
        return []
    spans = [(start, end) for start, end, *_ in (*typed, *provinces)]
    # "M’Đrắk" is "M'Đrắk"; only spellings the text holds at all (str's C search is cheaper than a branch of the pattern
    # tried at every capital): most pages name one or two of their province's districts, or none.
    canonical = {spelling: name for name in known for spelling in spellings(name) if spelling in text}
    if not canonical:
        return []
    found = []
    for match in _names_pattern(tuple(sorted(canonical, key=lambda name: (-len(name), name)))).finditer(text):
        name = canonical[match.group(1)]
        inside = any(s <= match.start() < e for s, e in spans)
        before = text[max(0, match.start() - 80):match.start()]
        governs = (name not in of_province or bool(SUBJECT_BEFORE.search(before))) \
            and not DATELINE_AFTER.match(text, match.end())
        if not inside and not MOVEMENT_BEFORE.search(before) \
                and not ORGANISATION_BEFORE.search(before) and not is_name_part(text, match.start(), match.end()):
            found.append((match.start(), match.end(), name, known[name], governs))
    return found


@lru_cache(maxsize=256)
def _names_pattern(names: tuple[str, ...]) -> re.Pattern[str]:
    """One pattern for bare ``names`` (longest first), compiled once per set of names (mostly one province's districts):
    compiling it for every document cost more than the search."""
    return re.compile(letter_gate(list(names)) + r"(?<![\wÀ-ỹ])(" + "|".join(map(re.escape, names)) + r")(?![\wÀ-ỹ])")


def first_place(mentions: list[tuple[int, Where]], start: int, end: int) -> Where | None:
    """The first of ``mentions`` (sorted by offset) in text[start:end]."""
    i = bisect.bisect_left(mentions, start, key=lambda item: item[0])
    return mentions[i][1] if i < len(mentions) and mentions[i][0] < end else None


_FIGURE_SOON = re.compile(r"[^,;.\d]{0,30}\d")  # a district's own figure right after its name: "Tu Mơ Rông 56 căn"


def _districts_listed(text: str, mentions: list[tuple[int, Where]], start: int, end: int) -> bool:
    """Whether text[start:end] lists two districts or more, each with its figure ("… là Tu Mơ Rông 56 căn, Đăk Glei 40
    căn"), not one district's sentence that names another in passing ("… học tập kinh nghiệm của huyện Đô Lương")."""
    lo, hi = (bisect.bisect_left(mentions, at, key=lambda item: item[0]) for at in (start, end))
    return len({where.district for at, where in mentions[lo:hi]
                if where.district and _FIGURE_SOON.match(text, at, end)}) >= 2


def first_place_start(mentions: list[tuple[int, Where]], start: int, end: int) -> int | None:
    """Where the first of ``mentions`` (sorted by offset) in text[start:end] begins; None when there is none."""
    i = bisect.bisect_left(mentions, start, key=lambda item: item[0])
    return mentions[i][0] if i < len(mentions) and mentions[i][0] < end else None


def last_place_start(mentions: list[tuple[int, Where]], start: int, end: int) -> int | None:
    """Where the last of ``mentions`` (sorted by offset) in text[start:end] begins; None when there is none."""
    i = bisect.bisect_left(mentions, end, key=lambda item: item[0]) - 1
    return mentions[i][0] if i >= 0 and mentions[i][0] >= start else None


MET = re.compile(r"\b(?:hoàn thành|vượt|đạt)\b", re.I)
GOAL_YEAR_BEFORE = re.compile(r"\bnăm\s+(?:19|20)\d\d\s*,?\s*$", re.I)


def _title_period(title: str) -> tuple[Period | None, bool]:
    """The title's period, and whether it only dates a goal: "… sơ kết 6 tháng đầu năm, triển khai nhiệm vụ
    6 tháng cuối năm 2024" is H1 2024; "Lào Cai đặt mục tiêu … năm 2025" dates targets only."""
    full = find_period(title)
    goal = AIMS.search(title)
    if goal is None or full is None:
        return full, False
    before = find_period(title[:goal.start()])
    # "Năm 2021, phấn đấu …": the goal's year (not "Năm 2023, mục tiêu giảm nghèo hoàn thành vượt mức", results).
    if before is None or (GOAL_YEAR_BEFORE.search(title, 0, goal.start()) and not MET.search(title, goal.end())):
        return full, True
    return Period(before.year or full.year, before.period, before.explicit_sub_year), False


SAME_MONTHS_BEFORE = re.compile(r"\W*(?:so với )?cùng kỳ\b", re.I)


def _lead_period(text: str, lead: Span | None) -> tuple[Period | None, int | None]:
    """The first period the lead paragraph states, but a plan's part of a year: "… từ đầu năm tới nay … có 20.000 lao
    động tìm được việc làm. 6 tháng cuối năm, tỉnh phấn đấu …" dates no result by the plan's half-year (a plan's year,
    "Mục tiêu năm 2023 …", still names the page's year); and where the sentence starts when a goal states it."""
    if lead is None:
        return None, None
    # (not the base of a comparison: "Cùng kỳ, năm 2020, đào tạo nghề 11.302 lao động")
    stated = [(find_period(sent.of(text)), sent) for sent in sentences(text, lead)
              if not SAME_MONTHS_BEFORE.match(text, sent.start)]
    for period, sent in stated:
        said = sent.of(text)
        goal = TARGET_SENTENCE.search(said)
        if period is not None and not (period.explicit_sub_year and goal and not RESULT_VERB.search(said)):
            # a goal's sentence: no result told before the goal ("mục tiêu … năm 2012 … GDP bình quân đạt trên 11%")
            return period, sent.start if goal and not RESULT_VERB.search(said, 0, goal.start()) else None
    return None, None


def read_document(text: str, first_number: Callable[[int, int], int | None] | None = None,
                  province: str | None = None, district: str | None = None) -> Reading:
    """The document's parts with what is in force at each sentence.

    ``first_number(start, end)`` gives the offset of the first quantity in a sentence: a place named after
    the first figure of a sentence does not govern it (it is where workers went, a company's seat).
    ``province`` and ``district`` are the document's (its districts may be named bare).
    """
    paras = paragraphs(text)
    mentions = place_mentions(text, province, district)  # once for the whole text: cheaper than sentence by sentence
    # "các quận, huyện, TP.Thủ Đức đã hỗ trợ …": every district of the province, the one named with them.
    mentions = [(start, Where(where.province) if where.district and EVERY_UNIT_BEFORE.search(
        text, max(0, start - 40), start) else where) for start, where in mentions]
    # (a page cut out of its article opens on a sentence that goes on from another: "Cụ thể, tạo việc làm …" is no title;
    # a cut opening on "Trong đó, …" stays one: the parts of a total cut away, dated as the headline's are)
    title = paras[0] if paras and not CONTINUING_OPENING.match(text, paras[0].start) else None
    body = paras[1:] if title else paras
    lead = next((p for p in body if not is_heading(p.of(text))), None)
    document_period, title_aims = _title_period(title.of(text)) if title else (None, False)
    out: list[SentenceReading] = []
    heading: Span | None = None
    section_place: Where | None = None
    section_period: Period | None = None
    section_aims = False
    target_section = False
    goal_list = False  # in the dashed items after a paragraph announcing the goals (GOAL_LIST_OPENING)
    goal_period: Period | None = None  # … and the year it names
    before: tuple[Where | None, Period | None] = (None, None)  # the place and period the paragraph before left in force
    quiet: Span | None = None  # the paragraph before, when it had no figure (read only if a breakdown follows)
    estimated_year: int | None = None  # the year the paragraph before estimated ("ước cuối năm 2024, …")
    narrowing = False  # the last line that was no "+" item spoke of one area or group
    has_items = re.search(r"\n\s*\+", text) is not None
    title_text = title.of(text).strip().lower() if title else None
    for para in paras:  # the title too: a headline states claims like the body does
        para_text = para.of(text)
        if para is not title and para_text.strip().lower() == title_text:
            continue  # the title again (a photo's caption, a page's header): no new section, no new claim
        if not PLUS_ITEM.match(para_text):
            narrowing = has_items and bool(NARROWED_GROUP.search(para_text))
        if GOAL_LIST_OPENING.search(para_text):
            goal_list, goal_period = True, find_period(para_text)  # "Năm 2023, … phấn đấu …, cụ thể như sau:"
        else:
            goal_list = goal_list and DASH_ITEM.match(para_text) is not None
        if para is not title and is_heading(para_text):
            heading = para
            section_place = first_place(mentions, para.start, para.end)
            section_period = find_period(para_text)
            section_aims = bool(AIMS.search(para_text))
            target_section = bool(TARGET_HEADING.search(para_text))
        if first_number and para is not title and first_number(para.start, para.end) is None:
            quiet = para  # a paragraph without a figure carries nothing beyond itself, except into a breakdown
            continue
        place, period = section_place, None
        # the district of the paragraph before, or of a paragraph with no figure between ("Huyện Anh Sơn xác định …")
        last_place = (quiet and first_place(mentions, quiet.start, quiet.end)) or before[0]
        if last_place is not None and last_place.district and not last_place.joint and _back_to_district(para_text):
            place = last_place  # "Huyện đã lập danh sách …" after a paragraph on huyện Trảng Bom: the same district
        continuing = CONTINUATION_START.search(para_text) is not None
        if BREAKDOWN_START.search(para_text):  # "Trong đó, …" details the paragraph before: its place and period
            if quiet is not None:
                before = (first_place(mentions, quiet.start, quiet.end), find_period(quiet.of(text)))
            place, period = before[0] or place, before[1]
        elif continuing and before[1] is not None and before[1].explicit_sub_year:
            period = before[1]  # the months reported (not a year a plan before it aimed at)
        estimated = continuing and estimated_year is not None and find_period(para_text) is None \
            and not re.search(r"\bđã\b", para_text)  # (not what was done)
        if estimated:  # "… ước cuối năm 2024, tỷ lệ hộ nghèo giảm 1,11% … Cùng với đó, … huyện ĐaKrông … giảm 4,79%"
            period = Period(estimated_year, "FY")
        if goal_list and period is None:
            period = goal_period
        quiet = None
        for i, sent in enumerate(sentences(text, para)):
            sent_text = sent.of(text)
            upto = first_number(sent.start, sent.end) if first_number else None
            own_place = first_place(mentions, sent.start, sent.end if upto is None else upto)
            carried, place = place, own_place or place
            own_period = find_period(without_running_totals(sent_text))
            period = own_period or period
            # "Theo kế hoạch năm 2019, … Tính từ đầu năm đến nay, đã …": this sentence counts the months so far
            # (its figures take the publication's), the sentences after it keep the year.
            so_far = own_period is None and period is not None and not period.explicit_sub_year \
                and MONTHS_SO_FAR.search(sent_text)
            out.append(SentenceReading(
                span=sent, paragraph=para, heading=heading or title, period=None if so_far else period,
                section_period=section_period,
                place=place, section_aims=section_aims, target_section=target_section or goal_list,
                breakdown=bool(BREAKDOWN_START.search(sent_text)), index_in_paragraph=i, estimated=estimated,
                narrowed=(narrowing and bool(PLUS_ITEM.match(para_text))) or bool(BY_CATEGORY.match(sent_text)),
            ))
            if own_place is not None and (out[-1].breakdown or _districts_listed(text, mentions, sent.start, sent.end)):
                # "Trong đó, thành phố Bắc Kạn 600 lao động; huyện …": its first item's place stays in it; the
                # sentence after ("Chỉ tiêu đưa lao động đi làm việc ở nước ngoài là 600 lao động") is the whole's;
                # so after a list of districts ("… là Tu Mơ Rông 56 căn, Đăk Glei 40 căn, …. Đến giữa tháng 6, đã có
                # 125 căn nhà được hoàn thiện")
                place = carried
        before = (place, period)
        year_end = ESTIMATED_YEAR.search(para_text) if "ước" in para_text else None
        estimated_year = int(year_end.group(1)) if year_end else None
    lead_period, lead_goal_at = _lead_period(text, lead)
    return Reading(text=text, title=title, lead=lead, document_period=document_period, title_aims=title_aims,
                   lead_period=lead_period, lead_goal_at=lead_goal_at, mentions=mentions,
                   sentences=out)
