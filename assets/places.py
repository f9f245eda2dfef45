"""Vietnamese places in free text: provinces (63 pre-2025, 34 after the 2025 merger) and districts.

The gazetteer is ``vietnamadminunits``' own data; this module only adds what that library does not
do: finding place names inside running prose (its parser expects an address string).
"""

from __future__ import annotations

import csv
import itertools
import re
import unicodedata
from collections import Counter
from dataclasses import dataclass
from datetime import date
from functools import cache, lru_cache
from pathlib import Path

from vietnamadminunits.converter.converter_2025 import DICT_PROVINCE as MERGER_2025
from vietnamadminunits.parser.parser_from_2025 import DICT_PROVINCE as PROVINCES_2025
from vietnamadminunits.parser.parser_legacy import DICT_PROVINCE, DICT_PROVINCE_DISTRICT

from assets.gates import letter_gate

# Weights of the kinds of mention when a document's province is voted.
WEIGHT_TITLE = 4
WEIGHT_TYPED = 3  # "tỉnh Nam Định", "thành phố Đông Hà"
WEIGHT_ASCII = 2  # site names written without diacritics: "SLDTBXH Kontum"
WEIGHT_BARE = 1

DISTRICT_PREFIXES = {
    "Huyện": r"huyện",
    "Thị xã": r"thị xã|TX\.?",
    "Thành phố": r"thành phố|TP\.?",
    "Quận": r"quận",
}
# (the party committee names its province as surely as "tỉnh" does: "Phó Bí thư Thường trực Tỉnh ủy Cà Mau Phạm Bạch Đằng",
# where the bare name, glued to a person's, would be left out)
# What a page may say of a district between its type and its name: "huyện vùng cao Mù Cang Chải", "huyện đảo Lý Sơn".
DISTRICT_DESCRIPTORS = r"vùng cao|miền núi|biên giới|vùng biên|nghèo|đảo|ven biển|trung du"
PLURAL_BEFORE = re.compile(r"(?<![\wÀ-ỹ])(?:các|những|\d+)\s+$", re.I)
PROVINCE_PREFIX = r"tỉnh ủy|tỉnh uỷ|thành ủy|thành uỷ|tỉnh|thành phố|TP\.?"

# The library names a few provinces by their 2025 titles; the warehouse keeps the 63-unit names (CONTRACT §4).
PRE_2025_NAMES = {"thanhphohue": "Thừa Thiên Huế"}
# The socio-economic regions: a figure of a region is no province's and no country's.
REGIONS = re.compile(
    r"(?=[TĐDB])(?<![\wÀ-ỹ])(?:Trung du (?:và|&) miền núi (?:phía Bắc|[Bb]ắc [Bb]ộ)|Đồng bằng sông (?:Hồng|Cửu Long)|ĐBSCL"
    r"|Bắc Trung [Bb]ộ(?: và [Dd]uyên hải (?:miền Trung|Nam Trung [Bb]ộ))?|[Dd]uyên hải (?:miền Trung|Nam Trung [Bb]ộ)"
    r"|Tây Nguyên|Đông Nam [Bb]ộ|Tây Bắc [Bb]ộ|Đông Bắc [Bb]ộ)(?![\wÀ-ỹ])")
# "tỉnh … thuộc vùng Tây Nguyên": the region describes the place, it is not the figure's.
REGION_DESCRIBES = re.compile(r"(?:thuộc|ở|tại)\s+(?:vùng|khu vực|miền)?\s*$", re.I)
OTHER_PROVINCES_BEFORE = re.compile(r"\bcác\s+(?:tỉnh\s*)?$", re.I)
LIST_JOIN = r"\s*(?:,|và)\s*"  # between the names of a list: "Đắk Lắk, Đắk Nông và Tây Ninh"
LISTED_AFTER = re.compile(LIST_JOIN)
# A province followed by its own figure ("TP Hồ Chí Minh 282 nghìn người, Hà Nội trên 138 nghìn người") is an item
# of a comparison between provinces, not the province the page speaks of.
FIGURE_AFTER = re.compile(r"\s*(?:\(\s*)?(?:(?:đều\s+)?(?:trên|gần|hơn|khoảng)\s+)?\d[\d.,]*\s*(?:nghìn|ngàn|triệu)?\s*"
                          r"(?:người|lao động|hộ|%)", re.I)
# Other spellings of a province in running text.
PROVINCE_ALIASES = {"Huế": "Thừa Thiên Huế", "Thừa Thiên - Huế": "Thừa Thiên Huế", "TP.HCM": "Hồ Chí Minh",
                    "TPHCM": "Hồ Chí Minh", "TP HCM": "Hồ Chí Minh", "Sài Gòn": "Hồ Chí Minh", "Bắc Cạn": "Bắc Kạn",
                    "Kontum": "Kon Tum"}
# The gazetteer's (vietnamadminunits) misspellings of district names, and their official names.
MISSPELLED_DISTRICTS = {"Mù Căng Chải": "Mù Cang Chải", "Đa Krông": "Đakrông", "Đăk Glong": "Đắk Glong", "Đăk Hà": "Đắk Hà"}
# Other spellings of a district that the press uses beside the official one.
DISTRICT_ALIASES = {"Mù Cang Chải": ("Mù Căng Chải",), "Krông A Na": ("Krông Ana",), "Krông Pắc": ("Krông Pắk",),
                    "Đakrông": ("Đa Krông", "Đắkrông", "Đak Rông"), "KBang": ("K'Bang",), "Cư M'gar": ("Cư M'Gar", "Cư Mgar"),
                    "Ea H'leo": ("Ea H'Leo",), "Mường Ảng": ("Mường Ẳng",), "Chư Păh": ("Chư Pah",)}

# Capitalised words that start a sentence or name an office, never part of a person's or a battle's name.
FUNCTION_WORDS = frozenset({
    "Tại", "Ở", "Theo", "Riêng", "Còn", "Và", "Với", "Của", "Từ", "Đến", "Trong", "Tỉnh", "Huyện", "Sở", "Năm",
    "Báo", "Đài", "Cổng", "Trang", "Thành", "Phố", "Cả", "Toàn", "Như", "Sau", "Trước", "Khu", "Vùng", "Nhiều",
    "Ngoài", "Tin", "Bản", "Điểm", "Hôm", "Nay", "Qua", "Đó", "Khi", "Nhưng", "Đồng", "Ngày", "Quý", "Tháng",
})

_OLD_TONES = {"òa": "oà", "óa": "oá", "ỏa": "oả", "õa": "oã", "ọa": "oạ", "òe": "oè", "óe": "oé",
              "ỏe": "oẻ", "õe": "oẽ", "ọe": "oẹ", "ùy": "uỳ", "úy": "uý", "ủy": "uỷ", "ũy": "uỹ", "ụy": "uỵ"}


@dataclass(frozen=True)
class Place:
    """A resolved place: pre-2025 province, its 2025 successor, and the district if any."""

    province: str | None
    province_2025: str | None
    district: str | None = None


# Highland names are written with and without the breve and tone of "Đắk"/"Lắk" ("Đắk Glong", "Đăk Glong",
# "Đak Pơ").
APOSTROPHES = "’‘ʼ"  # how pages typeset the apostrophe of "M'Đrắk", "H'Mông"
_HIGHLAND = {form: forms for forms in (("Đắk", "Đăk", "Đak"), ("Lắk", "Lăk", "Lak")) for form in forms}


@cache
def spellings(name: str) -> tuple[str, ...]:
    """The name in both tone placements ("Hòa Bình" and "Hoà Bình"), highland names with and without the breve
    and tone of "Đắk"/"Lắk", and a district's other spellings (``DISTRICT_ALIASES``)."""
    old = name
    for new_style, old_style in _OLD_TONES.items():
        old = old.replace(new_style, old_style)
    highland = {" ".join(words) for words in itertools.product(*(_HIGHLAND.get(word, (word,)) for word in name.split(" ")))}
    forms = {name, old, *highland, *DISTRICT_ALIASES.get(name, ())}
    # "Phan Rang - Tháp Chàm" is also written "Phan Rang-Tháp Chàm" and with an en dash ("Bà Rịa – Vũng Tàu");
    # "M'Đrắk" is also typeset "M’Đrắk".
    return tuple(sorted({spelling for form in forms
                         for dashed in (form, form.replace(" - ", "-"), form.replace(" - ", " – "), form.replace(" - ", "–"))
                         for spelling in (dashed, *(dashed.replace("'", mark) for mark in APOSTROPHES))},
                        key=len, reverse=True))


def _ascii_key(text: str) -> str:
    stripped = unicodedata.normalize("NFD", text.replace("đ", "d").replace("Đ", "D"))
    return "".join(ch for ch in stripped if ch.isalnum() and ord(ch) < 128).lower()


FORMER_DISTRICTS = Path(__file__).with_name("former_districts.csv")


def _former_districts() -> list[dict[str, str]]:
    """Districts merged away before the library's data (2019–2024) that pages of their years still name (the
    file's ``ended`` and ``now_part_of`` columns say when and into what, for the reader)."""
    with FORMER_DISTRICTS.open(encoding="utf-8", newline="") as handle:
        return list(csv.DictReader(handle))


def district_name(library_name: str) -> str:
    """The official name of a district the gazetteer lists: its type suffix dropped (the library tells "Duyên Hải
    (Huyện)" from "Duyên Hải (Thị xã)"; the text writes "huyện Duyên Hải" and "thị xã Duyên Hải": one name, told apart
    by its type) and its misspellings mended ("Mù Căng Chải")."""
    name = re.sub(r"\s*\([^)]*\)$", "", library_name)
    return MISSPELLED_DISTRICTS.get(name, name)


@cache
def _gazetteer() -> dict:
    provinces = {key: PRE_2025_NAMES.get(key, value["provinceShort"]) for key, value in DICT_PROVINCE.items()}
    new_name = {key: PROVINCES_2025[key]["provinceShort"] for key in PROVINCES_2025}
    successor = {old: new_name[new] for new, olds in MERGER_2025.items() for old in olds}
    districts: dict[str, list[tuple[str, str, str]]] = {}
    for province_key, units in DICT_PROVINCE_DISTRICT.items():
        for unit in units.values():
            name = district_name(unit["districtShort"])
            districts.setdefault(name, []).append((unit["districtType"], name, provinces[province_key]))
    for row in _former_districts():
        if row["district"] not in districts:  # a name still in use elsewhere ("Kỳ Sơn", Nghệ An) means that one
            districts[row["district"]] = [(row["type"], row["district"], row["province"])]
    ascii_names = {
        keyword: name
        for key, name in provinces.items()
        for keyword in DICT_PROVINCE[key]["provinceKeywords"]
        if len(keyword) >= 5 and not keyword.startswith(("tinh", "thanhpho"))
    }
    by_name = {name: key for key, name in provinces.items()}
    return {
        "provinces": provinces,
        "successor": {name: successor.get(key) for name, key in by_name.items()},
        "districts": districts,
        "ascii": ascii_names,
    }


@cache
def districts_of(province: str) -> frozenset[str]:
    """The names of a pre-2025 province's districts (district-level towns and cities included)."""
    return frozenset(name for name, units in _gazetteer()["districts"].items() for unit in units if unit[2] == province)


def province_2025(province: str | None) -> str | None:
    """The post-merger (34-unit) province that a pre-2025 province became part of."""
    return _gazetteer()["successor"].get(province) if province else None


def all_provinces() -> list[str]:
    """The 63 pre-2025 province names, as the warehouse spells them."""
    return sorted(_gazetteer()["provinces"].values())


# The 34-unit provinces took effect on 1 July 2025 (ANNOTATION.md §6).
MERGER_DAY = date(2025, 7, 1)

_NAME = r"(?<![\wÀ-ỹ])({names})(?![\wÀ-ỹ])"


@cache
def _patterns() -> dict[str, re.Pattern[str]]:
    gaz = _gazetteer()
    province_names = sorted({s for n in [*gaz["provinces"].values(), *PROVINCE_ALIASES] for s in spellings(n)},
                            key=len, reverse=True)
    district_names = sorted({s for n in gaz["districts"] for s in spellings(n)}, key=len, reverse=True)
    alt_p = "|".join(map(re.escape, province_names))
    alt_d = "|".join(map(re.escape, district_names))
    district_prefix = "|".join(DISTRICT_PREFIXES.values())
    # "TP.Hội An": after an abbreviation's dot the name may follow with no space.
    typed_province = rf"(?:{PROVINCE_PREFIX})(?:(?<=\.)|\s)\s*" + _NAME.format(names=alt_p)
    typed_district = (rf"({district_prefix})(?:(?<=\.)|\s)\s*(?P<described>(?<=huyện )(?:{DISTRICT_DESCRIPTORS})\s+)?"
                      + _NAME.format(names=alt_d))
    return {
        "typed_province": re.compile(letter_gate(PROVINCE_PREFIX.split("|")) + typed_province, re.IGNORECASE),
        "typed_district": re.compile(letter_gate(district_prefix.split("|")) + typed_district, re.IGNORECASE),
        "bare_province": re.compile(letter_gate(province_names) + _NAME.format(names=alt_p)),
        # "huyện Bắc Trà My và Nam Trà My": the type word goes on to the names listed after it.
        "listed_district": re.compile(LIST_JOIN + _NAME.format(names=alt_d)),
        # Words of ASCII letters only, one space apart, from a capitalised one: "Tinh Nam Dinh", "Ha Noi".
        "ascii_run": re.compile(r"(?<![\wÀ-ỹ])[A-Za-z]*[A-Z][A-Za-z]*(?: [A-Za-z]+(?![\wÀ-ỹ]))*(?![\wÀ-ỹ])"),
    }


@cache
def _spelling_index(kind: str) -> dict[str, str]:
    """Lower-cased spelling (either tone placement) → canonical name, for "provinces" or "districts"."""
    gaz = _gazetteer()
    names = gaz["provinces"].values() if kind == "provinces" else gaz["districts"]
    index: dict[str, str] = {}
    for canonical in names:
        for spelling in spellings(canonical):
            index.setdefault(spelling.lower(), canonical)
    if kind == "provinces":
        for alias, canonical in PROVINCE_ALIASES.items():
            for spelling in spellings(alias):
                index.setdefault(spelling.lower(), canonical)
    return index


def _canonical(name: str, kind: str) -> str | None:
    return _spelling_index(kind).get(name.lower())


def canonical_province(name: str | None) -> str | None:
    """The warehouse's spelling of a province name (either tone placement, known aliases), else None."""
    return _canonical(name, "provinces") if name else None


def is_name_part(text: str, start: int, end: int) -> bool:
    """True when a bare match is glued to other Title-case words (a person's or a battle's name)."""
    # (on the same line: a heading's last word "… của Tỉnh Thanh Hóa" above "Thanh Hóa là tỉnh …" is no name's part)
    before = re.search(r"([\wÀ-ỹ]+)[^\S\n]+$", text[max(0, start - 30):start])
    after = re.match(r"[^\S\n]+([\wÀ-ỹ]+)", text[end:end + 30])
    def titled(word: str | None) -> bool:
        return bool(word) and word[0].isupper() and not word.isupper() and word not in FUNCTION_WORDS
    return titled(before.group(1) if before else None) or titled(after.group(1) if after else None)


def district_mentions(text: str) -> list[tuple[int, int, str, str | None]]:
    """Typed district mentions: (start, end, district, its province or None when ambiguous)."""
    return list(_district_mentions(text))


# The places of a page are asked for several times over its text (its province's votes, its acting district, its
# earliest-named province; then each fact's place): found once. Eight texts: a page's body, title and lead.
@lru_cache(maxsize=8)
def _district_mentions(text: str) -> tuple[tuple[int, int, str, str | None], ...]:
    gaz = _gazetteer()
    found = []
    for match in _patterns()["typed_district"].finditer(text):
        prefix, raw = match.group(1).lower().rstrip("."), match.group(3)
        name = _canonical(raw, "districts")
        if name is None:
            continue
        candidates = gaz["districts"][name]
        typed = [c for c in candidates if prefix in c[0].lower() or (prefix in ("tp", "thành phố") and c[0] == "Thành phố")
                 or (prefix == "tx" and c[0] == "Thị xã")]
        if match.group("described") and (not typed or PLURAL_BEFORE.search(text, max(0, match.start() - 12), match.start())):
            continue  # "các huyện miền núi Thanh Hóa": the province's mountain districts, not the city of Thanh Hóa
        provinces = {c[2] for c in (typed or candidates)}
        province = provinces.pop() if len(provinces) == 1 else None
        found.append((match.start(), match.end(), name, province))
        end = match.end()
        while province and (listed := _patterns()["listed_district"].match(text, end)):
            same = [c for c in gaz["districts"].get(_canonical(listed.group(1), "districts") or "", ())
                    if c[2] == province and (not typed or c[0] == typed[0][0])]
            if not same:
                break
            found.append((listed.start(1), listed.end(), _canonical(listed.group(1), "districts"), province))
            end = listed.end()
    return tuple(found)


# The words written right before a province's name: "Kỳ Sơn, tỉnh Nghệ An", "Nam Trà My (Quảng Nam)".
_WORDS_BEFORE_PROVINCE = re.compile(r"((?:[^\W\d_][\w'’]*\s){0,3}[^\W\d_][\w'’]*)(?:\s*,\s*|\s*\(\s*|\s+[-–]\s+)$")


def districts_before_provinces(text: str, provinces: list[tuple[int, int, str]]) -> list[tuple[int, int, str, str]]:
    """(start, end, district, province) for each bare district name written right before a province that has it
    ("Kỳ Sơn, tỉnh Nghệ An 65,94%", "Nam Trà My (Quảng Nam)"); ``provinces`` as ``province_mentions`` gives them."""
    found = []
    for start, _end, province in provinces:
        words = _WORDS_BEFORE_PROVINCE.search(text, max(0, start - 60), start)
        if words is None:
            continue
        names = words.group(1).split()
        for k in range(len(names)):  # the longest name first
            written = " ".join(names[k:])
            name = _canonical(written, "districts")
            if written[0].isupper() and name in districts_of(province) and not canonical_province(name):
                found.append((words.end(1) - len(written), words.end(1), name, province))
                break
    return found


# A commune, village or street named like a province ("UBND xã Hòa Bình", "đường Hà Nội") is not that province.
LOCAL_UNIT_BEFORE = re.compile(r"(?<![\wÀ-ỹ])(?:xã|phường|thị trấn|thôn|ấp|bản|làng|khu phố|tổ dân phố|đường|phố)\s+$",
                               re.I)

# … nor is a school or firm named after one ("Trường cao đẳng Du lịch Sài Gòn vừa phối hợp với Huyện đoàn Tuy An trao 100
# suất quà"): the donor's name, not where the figure is (not a paper's masthead, "Báo Tây Ninh", nor a bank's or hospital's
# branch, "Ngân hàng Chính sách xã hội Quảng Nam", which name their province).
INSTITUTION_BEFORE = re.compile(r"(?-i:Trường(?! hợp)|Công ty|Tập đoàn)\b[^\n,.;:()\d]{0,30}$")


@lru_cache(maxsize=8)
def _province_mentions(text: str) -> tuple[tuple[int, int, str, bool], ...]:
    """(start, end, name, typed) of the province names in ``text``, in order (see ``province_mentions``)."""
    pats = _patterns()
    taken = [(start, end) for start, end, _name, _province in _district_mentions(text)]
    found: list[tuple[int, int, str, bool]] = []
    for match in pats["typed_province"].finditer(text):
        if any(s <= match.start() < e for s, e in taken):
            continue
        name = _canonical(match.group(1), "provinces")
        if name:
            taken.append((match.start(), match.end()))
            found.append((match.start(), match.end(), name, True))
    for match in pats["bare_province"].finditer(text):
        if any(s <= match.start() < e for s, e in taken) or is_name_part(text, match.start(), match.end()) \
                or LOCAL_UNIT_BEFORE.search(text, max(0, match.start() - 15), match.start()) \
                or INSTITUTION_BEFORE.search(text, max(0, match.start() - 45), match.start()):
            continue
        name = _canonical(match.group(1), "provinces")
        if name:
            found.append((match.start(), match.end(), name, False))
    return tuple(sorted(found))


def province_mentions(text: str) -> list[tuple[int, int, str]]:
    """Province names in ``text``, typed ("tỉnh Nam Định") or bare ("Nam Định"), in order: (start, end, name).

    A bare name glued to other Title-case words (a person's or a battle's name) and a name inside a
    typed district mention are left out.
    """
    return [(start, end, name) for start, end, name, _typed in _province_mentions(text)]




def _compared(text: str, mentions: list, i: int) -> bool:
    """True when province mention ``i`` is an item of a list of provinces with their own figures ("TP Hồ Chí Minh 282
    nghìn người, Hà Nội trên 138 nghìn người, Hải Phòng và Cần Thơ đều trên 51 nghìn người")."""
    def figure(k: int) -> bool:  # mention k has its figure right after it, or after the name joined to it
        end = mentions[k][1]
        later = mentions[k + 1] if k + 1 < len(mentions) else None
        return bool(FIGURE_AFTER.match(text, end) or (
            later and LISTED_AFTER.fullmatch(text, end, later[0]) and FIGURE_AFTER.match(text, later[1])))
    near = [k for k in (i - 1, i + 1) if 0 <= k < len(mentions) and abs(mentions[k][0] - mentions[i][0]) < 80]
    return figure(i) and any(figure(k) for k in near)


def province_votes(text: str, weight: int = 1) -> Counter[str]:
    """Weighted votes for the provinces a text names (typed, district-implied, ASCII, bare)."""
    gaz = _gazetteer()
    pats = _patterns()
    votes: Counter[str] = Counter()
    districts = district_mentions(text)
    for _start, _end, _name, province in districts:
        if province:
            votes[province] += WEIGHT_TYPED * weight
    listing_end = -1  # "phối hợp với … các tỉnh Đắk Lắk, Đắk Nông, Tây Ninh": other provinces, listed
    mentions = _province_mentions(text)
    for i, (start, end, name, typed) in enumerate(mentions):
        if OTHER_PROVINCES_BEFORE.search(text, max(0, start - 12), start) or (
                listing_end >= 0 and LISTED_AFTER.fullmatch(text, listing_end, start)):
            listing_end = end
            continue
        if weight == 1 and _compared(text, mentions, i):
            continue
        listing_end = -1
        votes[name] += (WEIGHT_TYPED if typed else WEIGHT_BARE) * weight
    # One to three ASCII words ("Nam Dinh", "Ha Noi") from a capitalised one, inside a run of ASCII words, joined
    # and lower-cased, looked up as keys. Only runs with a capital are read: most syllables are ASCII words.
    ascii_names = gaz["ascii"]
    for run in pats["ascii_run"].finditer(text):
        words = run.group(0).split(" ")
        for i, word in enumerate(words):
            if word[0].isupper():
                key = ""
                for next_word in words[i:i + 3]:
                    key += next_word.lower()
                    name = ascii_names.get(key)
                    if name:
                        votes[name] += WEIGHT_ASCII * weight
    return votes


def place_of(province: str | None, district: str | None = None) -> Place:
    """A Place with its 2025 successor filled in."""
    return Place(province=province, province_2025=province_2025(province), district=district)


def merged_from(province_2025_name: str) -> list[str]:
    """The pre-2025 provinces that make up a 2025 province ("Lâm Đồng" → Bình Thuận, Đắk Nông, Lâm Đồng)."""
    return sorted(name for name, new in _gazetteer()["successor"].items() if new == province_2025_name)


def place_2025(name: str) -> Place:
    """The place a province name means in a text published after the 1 July 2025 merger.

    A name that became a merged 2025 province ("Lâm Đồng" after July 2025) means the new unit: province
    NULL, province_2025 set. A name that disappeared in the merger ("Đắk Nông") still pins the former
    province, and a province left whole by the merger ("Sơn La") is both.
    """
    successor = province_2025(name)
    if successor == name and len(merged_from(name)) > 1:
        return Place(province=None, province_2025=name)
    return Place(province=name, province_2025=successor)


def typed_provinces(text: str) -> set[str]:
    """Provinces ``text`` names with their type ("tỉnh Nghệ An") or through a typed district ("huyện Hải Hậu")."""
    districts = district_mentions(text)
    return ({province for *_span, _name, province in districts if province}
            | {name for *_span, name, typed in _province_mentions(text) if typed})
