"""Document metadata from the whole page (body and chrome): title, date, author, issuing office, place,
source address and publishing site."""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass
from datetime import date

from assets.clean.chrome import BYLINE, Line
from assets.clean.dates import (
    date_in_url,
    is_date_line,
    labelled_date,
    leading_date,
    parse_day,
    parse_month,
    trailing_date,
)
from assets.clean.sites import (
    NO_PROVINCE_KINDS,
    Site,
    ascii_key,
    is_web_address,
    province_slugs,
    site_of_lead,
    site_of_url,
)
from assets.places import (
    MERGER_DAY,
    WEIGHT_BARE,
    district_mentions,
    districts_of,
    place_2025,
    place_of,
    province_2025,
    province_mentions,
    province_votes,
    typed_provinces,
)

# The sector's offices: the Ministry (Bộ), a provincial department (Sở), a district office (Phòng).
# From March 2025 the sector's work moved to Nội vụ, Y tế and Giáo dục và Đào tạo: their offices count too.
SECTOR = (r"(?i:Lao\s*động\s*[-–—,]?\s*Thương\s*binh\s*(?:và|&)\s*Xã\s*hội|LĐ\s*[-–,]?\s*TB\s*(?:và|&|[-–])\s*XH"
          r"|LĐ\s*-?\s*TBXH|Nội\s+vụ|Y\s+tế|Giáo\s+dục\s*(?:và|&)\s*Đào\s+tạo|GD\s*(?:&|và)?\s*ĐT)")
ORG = re.compile(r"(?<![\wÀ-ỹ])(Bộ|BỘ|Sở|SỞ|Phòng|PHÒNG)\s+(" + SECTOR + r")(?![\wÀ-ỹ])")
ORG_LEVEL = {"bộ": "ministry", "sở": "province", "phòng": "district"}
SECTOR_NAMES = (("nội", "Nội vụ"), ("y", "Y tế"), ("giáo", "Giáo dục và Đào tạo"), ("gd", "Giáo dục và Đào tạo"))
DEFAULT_SECTOR = "Lao động - Thương binh và Xã hội"
# A cited document ("Thông tư số 17/2023/TT-BLĐTBXH của Bộ ...") names the office that wrote it, not the
# office that issues the article: a mention preceded in its sentence by such words is not the issuer.
CITED = re.compile(
    r"(thông\s+tư|quyết\s+định|công\s+văn|nghị\s+định|chỉ\s+thị|hướng\s+dẫn|văn\s+bản|kế\s+hoạch\s+số|thông\s+báo"
    r"|chỉ\s+đạo|theo\s+quy\s+định|\bsố\s+\d+/)(?:[^.;!?\n,]|,\s*(?=ngày\b)){0,80}$",
    re.IGNORECASE,
)
# A person's office title ("Bộ trưởng Bộ ...", "đại diện Bộ ...") names a guest, not the issuer.
GUEST = re.compile(r"(bộ\s+trưởng|thứ\s+trưởng|đại\s+diện|lãnh\s+đạo|đoàn\s+công\s+tác(\s+của)?)\s*$", re.IGNORECASE)
PERSON = re.compile(r"^(?:[A-ZĐÀ-Ỹ][a-zà-ỹđ]+)(?:\s+[A-ZĐÀ-Ỹ][a-zà-ỹđ]+){1,3}\.?$")
YEAR = re.compile(r"\b((?:19|20)\d\d)\b")
# A site's own name at the top (or foot) of the page: "BÁO LÀO CAI ĐIỆN TỬ", "Lâm Đồng online",
# "CỔNG THÔNG TIN ĐIỆN TỬ HUYỆN ĐAM RÔNG", "© Báo Cà Mau".
MASTHEAD = re.compile(
    r"^(?:©\s*|bản\s+quyền\s+(?:thuộc\s+(?:về\s+)?)?)?(?:(?:báo(?!\s+cáo)|tạp\s+chí|đài|cổng\s+thông\s+tin|trang\s+thông\s+tin|"
    r"trang\s+tin|cổng\s+TTĐT|website)\b.{0,80}|.{2,60}\b(?:online|điện\s+tử|24h|\.vn|\.com\.vn))\.?$",
    re.IGNORECASE,
)
SOURCE_HOST = re.compile(r"^nguồn\s*:\s*(?:https?://)?((?:[\w-]+\.)+[a-z]{2,})\S*\s*$", re.IGNORECASE)
TAIL_REASONS = ("after the end of the article", "related news or comments")
# Vote weights of the page's own site: its address and its masthead name the province like a title does.
WEIGHT_SITE = 8
# Dates and day-months in running text ("Ngày 12/3", "30/6/2024", "năm 2023"): no figures.
DATES_IN_TEXT = re.compile(r"\b\d{1,2}[/.-]\d{1,2}(?:[/.-]\d{2,4})?\b|\b(?:19|20)\d\d\b")
CRAWLER_DATE = re.compile(r"date\s+((?:19|20)\d\d-\d\d(?:-\d\d)?)\b")


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
    source_url: str | None = None
    site: str | None = None


def parse_date(text: str) -> date | None:
    """The first valid full date in ``text`` (kept for callers of the older name)."""
    return parse_day(text)


def _is_menu(text: str) -> bool:
    """Breadcrumbs and menus: short items between separators ("Trang chủ > Xã hội > Việc làm")."""
    return bool(re.search(r"\s[>|»›/]\s", text)) and all(len(part.split()) <= 6 for part in re.split(r"\s[>|»›/]\s", text))


# A sentence ending inside a line, before the next sentence's first letter or number: "…giảm? 5 tháng đầu năm …".
# Not an abbreviation ("TP. Hà Nội", "Q. 1"): the word before the stop has a letter in lower case.
_INNER_STOP = re.compile(r"\b\w*[a-zà-ỹđ]\w*[.?!]\s+(?=[\dA-ZÀ-ỸĐ])")


def is_headline_and_lead(text: str) -> bool:
    """Whether a line holds a headline and the article's first sentence: a listing page's teaser, which is the
    article when nothing else of it was saved."""
    return len(text.split()) > 25 and bool(_INNER_STOP.search(text))


def find_title(lines: list[Line]) -> str | None:
    """The first heading-like line near the top: 4 to 45 words, not a menu, date, masthead or byline."""
    for line in lines[:12]:
        words = len(line.text.split())
        if (4 <= words <= 45 and line.reason in ("", "caption, heading or byline", "site furniture")
                and not line.text.isupper() and not _is_menu(line.text) and not is_date_line(line.text)
                and not MASTHEAD.match(line.text) and not labelled_date(line.text)):
            return line.text.rstrip(" .")
        if not line.chrome and (words > 45 or (words > 12 and labelled_date(line.text))):
            return None  # the body has begun ("date 2025-11-06 Theo Sở Nội vụ …": a crawler's stamp on the lead)
    return None


WEATHER = re.compile(r"\d\s*°\s*C\b")
SECONDS = re.compile(r"\b\d{1,2}:\d{2}:\d{2}\b")


def find_date(lines: list[Line], fallback: str | None = None, title: str | None = None) -> date | None:
    """Publication date, from the page's furniture and never from a sentence of the body.

    In order: a labelled date ("Ngày đăng: ...", "Cập nhật: 12/2022"); a date-only line
    ("13:42, Thứ Sáu, 17-2-2023"); the HTML page's own date; a date opening the site's header bar
    ("Thứ Ba, 21/02/2023 | Thời sự | ...") or closing a byline ("Thanh Nguyên - 12/12/2023").
    Lines of related news and comments after the article are never read. ``title`` is the title line.
    """
    page = [line.text for line in lines if line.reason not in TAIL_REASONS]
    if page and (found := _crawler_stamp(page[0])):  # "date 2021-07 Trao đổi với …" glued to the first paragraph
        return found
    for text in page:
        found = labelled_date(text) if len(text.split()) <= 25 else None
        if found:
            return found
    # The body begins at the first long line: a title repeated after it (a "print" block) is no header.
    body = next((i for i, text in enumerate(page) if len(text.split()) > 25 and text != title), len(page))
    at_title = [i for i, text in enumerate(page) if text == title and (i < body or i == 0)] or [0]
    date_lines = {i for i, text in enumerate(page) if is_date_line(text)}
    # A ticking date line ("Thứ năm, 18-12-25 18:01:42") beside a weather widget ("Cà Mau, 32°C/ 32°C - 33°C") is
    # the site's clock.
    clocks = {i for i in date_lines if SECONDS.search(page[i]) and any(
        WEATHER.search(near) and len(near.split()) <= 10 for near in page[max(0, i - 1):i + 2])}
    dated = [(i, parse_day(page[i])) for i in sorted(date_lines - clocks)]
    prose = [text for i, text in enumerate(page) if i not in date_lines]
    # A date line above the title is often the site's clock ("Thứ 4, 24/04/2024" on a 2020 article): one
    # under the title wins, under its last repetition first (a page printing the title twice has the clock
    # under the first), and a clock years after every year the text names is not the article's.
    for start in dict.fromkeys((at_title[-1], at_title[0])):
        after = [day for i, day in dated if i > start and day]
        if after:
            return after[0]
    # … and so does a byline right under the title ("Tào Đạt - Minh Anh - 16:53, 17/01/2025" under a clock "Thứ Sáu,
    # ngày 23 tháng 08 năm 2019, 09:25:27" above it)
    if dated and dated[0][0] < at_title[0] and (byline := next(filter(None, map(
            trailing_date, page[at_title[-1] + 1:at_title[-1] + 3])), None)):
        return byline
    if dated and dated[0][1] and not _after_the_text(dated[0][1], prose):
        return dated[0][1]
    # A crawler's stamp under the title, when the page prints no date of its own.
    if found := next(filter(None, map(_crawler_stamp, page[1:3])), None):
        return found
    if fallback:
        try:
            return date.fromisoformat(fallback[:10])
        except ValueError:
            pass
    for text in prose:
        found = leading_date(text) or trailing_date(text)
        if found:
            return found
    return None


def _crawler_stamp(line: str) -> date | None:
    """The day or month of a crawler's "date 2023-09-28 …" stamp opening ``line``; None when it has none."""
    crawled = CRAWLER_DATE.match(line.lstrip())
    return (parse_day(crawled.group(1)) or parse_month(crawled.group(1))) if crawled else None


def _after_the_text(day: date, prose: list[str]) -> bool:
    """True when ``day`` is two or more years after the latest year the page's other lines name (none: False)."""
    years = [int(y) for y in re.findall(r"(?<!\d)((?:19|20)\d\d)(?!\d)", "\n".join(prose))]
    return bool(years) and day.year - max(years) >= 2


def find_author(lines: list[Line], fallback: str | None = None) -> str | None:
    """Byline ("Tin và ảnh: X", "Tác giả: X") or the last short personal name line of the article."""
    for line in lines:
        match = BYLINE.match(line.text)
        # "Ảnh: ..." credits a photo, "Đăng bởi" the web editor: neither wrote the article.
        if match and not re.match(r"(đăng bởi|ảnh)\b", line.text, re.I):
            return line.text[match.end():].strip(" .") or None
    body_end = [line for line in lines if line.reason not in TAIL_REASONS]
    for line in reversed(body_end[-4:]):
        name = re.split(r"\s+[-–]\s+", line.text)[0].strip()
        if line.chrome and PERSON.match(name):
            return name.rstrip(".")
    return fallback


def _sector_name(sector: str) -> str:
    first = sector.split()[0].lower()
    return next((name for key, name in SECTOR_NAMES if first.startswith(key)), DEFAULT_SECTOR)


def find_org(text: str) -> tuple[str | None, str | None]:
    """(level, generic name) of the office that issues the article.

    The first sector office the text names, skipping offices named as the author of a cited document
    ("theo Thông tư số 10/2023/TT-BLĐTBXH của Bộ ...") and, when a department or district office is
    also named, a Ministry named through a guest ("Thứ trưởng Bộ ...").
    """
    issuers: list[tuple[str, str]] = []
    guests: list[tuple[str, str]] = []
    for match in ORG.finditer(text):
        sentence_start = max(text.rfind(".", 0, match.start()), text.rfind("\n", 0, match.start())) + 1
        before = text[sentence_start:match.start()]
        if CITED.search(before):
            continue
        level = ORG_LEVEL[match.group(1).lower()]
        found = (level, f"{match.group(1).capitalize()} {_sector_name(match.group(2))}")
        (guests if GUEST.search(before) else issuers).append(found)
    chosen = issuers[0] if issuers else (guests[0] if guests else None)
    return chosen if chosen else (None, None)


def masthead(lines: list[Line]) -> str | None:
    """The site's own name printed at the top of the page (or in its copyright line at the foot)."""
    top = []
    for line in lines[:8]:
        if not line.chrome:
            break
        top.append(line)
    foot = [line for line in lines[-6:] if line.text.startswith("©") or line.text.lower().startswith("bản quyền")]
    for line in [*top, *foot]:
        text = line.text.strip()
        if len(text.split()) <= 12 and MASTHEAD.match(text) and not _is_menu(text) and not re.search(r"\d{3,}", text):
            name = re.sub(r"^(©\s*|bản\s+quyền\s+(thuộc\s+(về\s+)?)?)", "", text, flags=re.I).strip(" .")
            return re.split(r"\.\s", name)[0]
    return None


def masthead_votes(name: str) -> Counter[str]:
    """Provinces a site name speaks for, read letter by letter so capitals and missing accents do not matter.

    "BÁO THÁI BÌNH ĐIỆN TỬ" → Thái Bình; "TRANG THÔNG TIN ĐIỆN TỬ HUYỆN TAM ĐƯỜNG" → Lai Châu (its district).
    """
    votes: Counter[str] = Counter()
    words = [ascii_key(word) for word in re.split(r"[\s\-–.,:()]+", name) if ascii_key(word)]
    slugs = province_slugs()
    for size in (4, 3, 2, 1):
        for i in range(len(words) - size + 1):
            joined = "".join(words[i:i + size])
            if len(joined) >= 5 or (size == 1 and joined in ("hcm", "tphcm", "hue")):
                province = slugs.get(joined)
                if province:
                    votes[province] += 1
    for _s, _e, _district, province in district_mentions(name.lower()):
        if province:
            votes[province] += 1
    return votes


# "Năm 2020, …", "Quý I/2024, …", "6 tháng đầu năm, …" (not the district "Năm Căn: …").
TITLE_TIME_OPENING = re.compile(r"^\W*(?:(?:trong |cả )?năm\s+(?:\d{4}|nay|qua)|quý\s+(?:[IV]+|\d)|\d+ tháng|tháng\s+\d{1,2})"
                                r"[^,:]{0,25}[,:]\s*", re.I)


def title_opening_name(title: str) -> str | None:
    """The capitalised words a title opens with, before a colon or a word in lower case: "Vũng Liêm: …" and
    "Vũ Quang đẩy mạnh …" give "Vũng Liêm" and "Vũ Quang" (``str.isupper``: "đ", "ư" and toned vowels are lower),
    also after a time the title opens with ("Năm 2020, Cẩm Khê giải quyết …")."""
    words = TITLE_TIME_OPENING.sub("", title, count=1).split()
    name: list[str] = []
    for word in words[:5]:
        if not word[0].isupper():
            break
        name.append(word.rstrip(":"))
        if word.endswith(":"):
            return " ".join(name)
    following = words[len(name)] if len(name) < len(words) else ""
    return " ".join(name) if name and len(name) <= 4 and following[:1].islower() else None


# A title on the whole province: "Toàn tỉnh còn …", "trên địa bàn tỉnh …".
PROVINCE_WIDE = re.compile(r"\btoàn tỉnh\b|\btrên địa bàn (?:toàn )?tỉnh\b", re.I)
PROVINCE_OPENING = re.compile(r"\W*(?:toàn tỉnh|cả tỉnh)\b", re.I)  # "Toàn tỉnh còn …, tập trung ở các huyện …"
# The province the page speaks of, unnamed: "UBND tỉnh", "toàn tỉnh", "của tỉnh" (not "tỉnh Quảng Nam").
THIS_PROVINCE = re.compile(r"\b(?i:UBND|Ủy ban nhân dân|toàn|của|trên địa bàn|tại|lãnh đạo) tỉnh\b(?!\s+[A-ZĐ])")
BROADCAST_POINT = re.compile(r"[^.\n]*\bđiểm cầu\b[^.\n]*", re.I)  # "Dự tại điểm cầu tỉnh có … UBND tỉnh": a guest
OWN_UNIT = re.compile(r"\b(?:huyện|thị xã|thành phố|quận)\b", re.I)  # "Huyện dẫn đầu toàn tỉnh về …" is the district's


def find_place(title: str | None, text: str, org_level: str | None, site_votes: Counter[str] | None = None,
               site_district: str | None = None, lead: str = "", after_merger: bool = False,
               address_votes: Counter[str] | None = None) -> tuple[str | None, str | None]:
    """(province, district) of the document: votes over the title (weighted), the page and its own site.

    The page's address and masthead vote like a title (``site_votes``), so a page naming its province
    only through its site still gets it, while a body plainly about another province outvotes it, and a
    title or ``lead`` (the first paragraph) naming other provinces only sets the site's vote aside; after
    the 2025 merger (``after_merger``) the votes pool by 2025 province. Words of the address
    (``address_votes``) decide only when nothing else names a province. A
    Ministry's article whose title names no province is national: province NULL, on a provincial site too
    when its text does not name the site's province. The district is the
    document's only when the issuing office is a district office (or the site is a district portal)
    and a district is named in the title or the first lines.
    """
    votes: Counter[str] = province_votes(text)
    title_votes = province_votes(title, weight=4) if title else Counter()
    # (an address whose title slug opens with a province, "/nam-2016-dak-lak-dao-tao-nghe-…", titles it too)
    if org_level == "ministry" and not title_votes and not address_votes and not set(votes) & set(site_votes or ()) \
            and not (site_votes and THIS_PROVINCE.search(BROADCAST_POINT.sub(" ", text))):
        # The Ministry's article on a provincial portal whose text never names that province (hoabinh.gov.vn
        # reposting "Bộ Lao động - Thương binh và Xã hội triển khai nhiệm vụ năm 2017", naming two provinces of a
        # pilot in passing): the country's figures, as on any other site; not a delegation's visit to the site's
        # province ("… làm việc với UBND tỉnh", "toàn tỉnh giảm 1.850 hộ nghèo").
        return None, None
    votes.update(title_votes)
    if not title and lead:
        # A page with no title opens on its lead ("Ngày 16-7, UBND tỉnh Đồng Tháp đã thống nhất …"): the lead names
        # what it is about more surely than the page's other stories below it
        votes.update(province_votes(lead, weight=3))
    if site_votes and not _site_confirmed(site_votes, title_votes, lead):
        # nguoihanoi.vn reporting "UBND tỉnh Nghệ An cho biết ...": the page speaks of the province its
        # title or lead names, not of its publisher's; the site only decides when the text does not.
        site_votes = Counter()
    votes.update(site_votes or Counter())
    if not votes:
        votes.update(address_votes or Counter())
    province = _most_voted(votes, (title or "") + "\n" + text)
    if province and after_merger:
        # After July 2025 "Sở Nội vụ tỉnh Tây Ninh" and "tỉnh Long An (trước đây)" speak of one province:
        # votes pool by 2025 unit, and its own name, when the text uses it, stands for it.
        pooled: Counter[str] = Counter()
        for name, count in votes.items():
            pooled[province_2025(name) or name] += count
        unit = pooled.most_common(1)[0][0]
        # A page that never names the new unit ("Long An (cũ) đã …") keeps its former province.
        province = unit if unit in votes else max((n for n in votes if province_2025(n) == unit), key=votes.get)
    district = None
    head = (title or "") + "\n" + "\n".join(text.split("\n")[:3])
    mentioned = district_mentions(head)
    # "Bình quân hằng năm Điện Bàn giải quyết việc làm …" over "UBND thị xã Điện Bàn tổ chức …": a title
    # naming the district the opening lines name with its type is the district's page.
    # A title naming a provincial office ("Sở LĐTB&XH Hà Tĩnh …", "… tỉnh Hà Tĩnh") does not title the city of
    # the same name ("… TP. Hà Tĩnh" in the body).
    first = mentioned[0][2] if mentioned else ""
    # (a title's typo in the name's case, "HĐND huyện Chư prông", still names it)
    titled = bool(title and first and re.search(rf"(?<![\wÀ-ỹ]){re.escape(first)}(?![\wÀ-ỹ])", title, re.I) and not (
        first == province and re.search(rf"\b(?:Sở\b[^,.:]{{0,25}}|tỉnh\s+){re.escape(first)}", title, re.I)))
    if org_level == "district" or site_district or titled:
        for _start, end, name, prov in mentioned:
            if prov is None or province is None or prov == province:
                # "trẻ em huyện Bắc Trà My và Nam Trà My": two districts together are no one's page
                district = None if _joined_with_another(head, end, prov or province) else name
                province = province or prov
                break
        # A district portal (bacson.langson.gov.vn) is the district office's own site, unless the page it
        # reposts is titled on the whole province ("Toàn tỉnh còn 27.761 hộ nghèo" on cujut.daknong.gov.vn).
        heading = title or ""
        if not district and not (PROVINCE_OPENING.match(heading)
                                 or (PROVINCE_WIDE.search(heading) and not OWN_UNIT.search(heading))):
            district = site_district
    # "Vũng Liêm: Giải quyết việc làm mới cho gần 3.000 lao động": a provincial paper's district news names its
    # district bare first (not the province's own name, which a city may share), unless the title speaks of the
    # province ("Can Lộc tổ chức hội nghị … của tỉnh": the host) or the text does ("toàn tỉnh", "Sở … tỉnh Vĩnh
    # Long"); districts ended in July 2025.
    name = title_opening_name(title) if district is None and province and title and not after_merger else None
    if name and name != province and name in districts_of(province) and not re.search(
            r"\b(?:toàn|cả|của|trên địa bàn) tỉnh\b", title, re.I) and not re.search(
            rf"\btoàn tỉnh\b|\btỉnh\s+{re.escape(province)}", text[:3000], re.I):
        district = name
    if district is None and not after_merger:
        district, province = _acting_district(text, lead, province) or (None, province)
    return province, district


def _most_voted(votes: Counter[str], text: str) -> str | None:
    """The province with most votes; of two tied, the one ``text`` names first: a page opens on what it is about,
    and the stories listed under it ("Kết quả … ở Huế" below a page on Nghệ An) come last."""
    if not votes:
        return None
    top = max(votes.values())
    tied = [name for name, count in votes.items() if count == top]
    if len(tied) == 1:
        return tied[0]
    first: dict[str, int] = {}
    for start, _end, _name, province in district_mentions(text):
        first.setdefault(province, start)
    for start, _end, name in province_mentions(text):
        first[name] = min(first.get(name, start), start)
    return min(tied, key=lambda name: first.get(name, len(text)))


# A district's own body, capitalised: "UBND huyện Tri Tôn", "Ủy ban MTTQ Việt Nam quận Tân Phú", "Ban quản lý quỹ Đền ơn
# đáp nghĩa huyện Trà Ôn" (not "bảo trợ xã hội huyện …": no body).
DISTRICT_BODY_BEFORE = re.compile(r"(?:\bUBND|\bỦy ban (?:nhân dân|MTTQ(?: Việt Nam)?)|\b(?:Huyện|Quận|Thị) ủy|\bBan CHQS"
                                  r"|\b(?:Phòng|Ban|Trung tâm|Hội)\b[^,.;:()\d\n]{0,45}?)\s+$")
OPENING = 600  # characters of the page in which its acting body stands


def _acting_district(text: str, lead: str, province: str | None) -> tuple[str, str | None] | None:
    """(district, province) when the lead's first sentence names a district whose own body acts in the page's
    opening ("Ngày 5/12, UBND huyện Tri Tôn tổ chức lễ bàn giao nhà …"; "Năm 2016, quỹ … ở Trà Ôn vận động được …
    Ban quản lý quỹ … huyện Trà Ôn …"), and the page names no other district and never the whole province ("toàn
    tỉnh", "trên địa bàn tỉnh"): the page is that district's news, and its figures are the district's. A district
    named in a photo's caption only, or as where a provincial unit stands, is not the lead's."""
    # The opening first, the whole page only for a page whose opening has such a body: most pages have none.
    first_sentence = re.split(r"\.\s", lead, maxsplit=1)[0]
    acting = next(((name, prov) for start, _end, name, prov in district_mentions(text[:OPENING + 60])
                   if start < OPENING and DISTRICT_BODY_BEFORE.search(text, max(0, start - 60), start)
                   and re.search(rf"(?<![\wÀ-ỹ]){re.escape(name)}(?![\wÀ-ỹ])", first_sentence)
                   and (province is None or prov in (None, province))), None)
    if acting is None or {name for _s, _e, name, _p in district_mentions(text)} != {acting[0]} \
            or PROVINCE_WIDE.search(text):
        return None
    return acting[0], province or acting[1]


def _joined_with_another(text: str, end: int, province: str | None) -> bool:
    """Whether the district named up to ``end`` is listed with another of ``province`` ("huyện A và B", "A, B")."""
    link = re.match(r"\s*(?:,|và)\s*((?:huyện|thị xã|thành phố|quận)\s+)?", text[end:end + 20])
    if not (link and province):
        return False
    at = end + link.end()
    # Not "huyện Mường Lát, Thanh Hóa": the province's name, untyped, is its address.
    return any(re.match(rf"{re.escape(other)}(?![\wÀ-ỹ])", text[at:at + 40]) and (other != province or link.group(1))
               for other in districts_of(province))


def _site_confirmed(site_votes: Counter[str], title_votes: Counter[str], lead: str) -> bool:
    """False when the title or the lead's typed names ("tỉnh Nghệ An", a district) name provinces, none the site's.

    Only the lead's words before its first figure count: after it come where people went ("đưa 535 người có
    công đi điều dưỡng tại thành phố Đà Lạt, tỉnh Lâm Đồng")."""
    lead = re.split(r"\d", DATES_IN_TEXT.sub(" ", lead), maxsplit=1)[0]  # "Ngày 12/3, …" is no figure
    named = set(title_votes) | typed_provinces(lead)
    return not named or bool(named & set(site_votes))


SLUG_TIME_OPENING = re.compile(r"^(?:(?:trong|ca|sau)-)?(?:nam-\d{4}|\d{1,2}-thang(?:-dau|-cuoi)?(?:-nam)?(?:-\d{4})?"
                               r"|quy-(?:i{1,3}|iv|[1-4])(?:-(?:nam-)?\d{4})?|thang-\d{1,2}(?:-(?:nam-)?\d{4})?)-")


def _address_votes(url: str | None) -> Counter[str]:
    """The province the address's title slug opens with ("/bac-ninh-chung-tay-giup-…": Bắc Ninh), as a bare
    mention; titles of provincial news open with their place ("Bắc Ninh: …"), other words are anybody's
    ("…/hang-nam-dinh-ky…"). Two or more words only: a one-word slug ("hue") is too often something else."""
    segments = [seg for seg in re.sub(r"^[a-z]+://[^/]+", "", (url or "").lower()).split("/") if "-" in seg]
    if not segments:
        return Counter()
    # … after a time the title opens with ("/nam-2016-dak-lak-dao-tao-nghe-…", "/6-thang-dau-nam-ben-tre-…")
    words = re.findall(r"[a-z]+", SLUG_TIME_OPENING.sub("", segments[-1]))
    slugs = province_slugs()
    for j in (3, 2):
        province = slugs.get("".join(words[:j]))
        if province:
            return Counter({province: WEIGHT_BARE})
    return Counter()


def _pins_former(province: str, text: str) -> bool:
    """The text places itself in the pre-2025 province: "tỉnh X cũ", "X (cũ)", "X (trước đây)", "trước sáp nhập"."""
    return bool(re.search(rf"{re.escape(province)}\s*\(?\s*(?:cũ|trước đây)\b|trước\s+(khi\s+)?sáp\s+nhập", text,
                          re.IGNORECASE))


def document_metadata(lines: list[Line], html_meta: dict | None = None, listed_url: str | None = None) -> Metadata:
    """All metadata of one page from its classified lines, trafilatura's fields for HTML and the
    address sources.csv lists for the file."""
    html_meta = html_meta or {}
    page_lines = [line for line in lines if line.reason not in TAIL_REASONS]
    # Photo captions name where a picture was taken, not what the article is about.
    full = "\n".join(line.text for line in page_lines if line.reason != "photo caption")
    title = html_meta.get("title") or find_title(lines)
    page_url = html_meta.get("url")
    source_url = page_url if page_url and is_web_address(page_url) else listed_url
    site: Site | None = site_of_url(source_url)
    name = masthead(lines) or html_meta.get("sitename")
    if site is None:  # "Nguồn: baoquangtri.vn": a byline that gives the site's host
        credited = next((m.group(1) for line in lines if (m := SOURCE_HOST.match(line.text))), None)
        site = site_of_url(credited)
    lead = next((line.text for line in page_lines if not line.chrome and len(line.text.split()) >= 15), "")
    if site is None or site.province is None:  # an aggregator's copy: the mark of the paper it copied
        site = site_of_lead(lead) or site
    site_votes: Counter[str] = Counter()
    if site and site.province:
        site_votes[site.province] += WEIGHT_SITE
    elif name and not (site and site.kind in NO_PROVINCE_KINDS):
        site_votes.update({p: WEIGHT_SITE for p in masthead_votes(name)})
    level, org_name = find_org((title or "") + "\n" + full)
    if level is None and site and site.kind == "ministry":
        level, org_name = "ministry", site.name
    published = find_date(lines, html_meta.get("date"), title) or date_in_url(source_url)
    after_merger = bool(published and published >= MERGER_DAY)
    province, district = find_place(title, full, level, site_votes, site.district if site else None, lead,
                                    after_merger=after_merger,
                                    address_votes=_address_votes(source_url))
    place = place_of(province, district)
    if after_merger and province and not district and not _pins_former(province, full):
        place = place_2025(province)
    if org_name and level != "ministry":
        where = place.district or place.province or place.province_2025
        org_name = f"{org_name} {where}" if where else org_name
    return Metadata(
        title=title,
        published_date=published,
        author=find_author(lines, html_meta.get("author")),
        org_name=org_name,
        org_level=level,
        province=place.province,
        province_2025=place.province_2025,
        district=place.district,
        source_url=source_url,
        site=site.host if site else name,
    )
