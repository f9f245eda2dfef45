"""Vietnamese numbers in running text: "17.335", "49,53%", "115.751,95 triệu đồng", "782/1.956", "64-65%".

Pure functions; ``find_quantities`` returns every number that reads as a quantity, with its unit
noun, and leaves out dates, document numbers, years, durations and ordinals.
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass
from decimal import Decimal

# "17.335", "1.729.500.000", "115.751,95", "49,53", "05", "2"
# … and a rate with a decimal point, English style ("2.2%", "10.25 %"): a dot before one or two digits is no
# thousands separator.
# … and a decimal comma typed with a space after it before a rate or a multiple ("25, 42%", "5, 7 tỷ đồng"): not a
# list, which would not put a unit on its last item only.
# (not after a date, a month or a year: "ngày 30/6, 12 tỷ đồng …", "Tháng 9, 15% lao động …")
SPACED_DECIMAL = r", \d{1,2}(?=\s?%|\s+(?:tỷ|tỉ|triệu)(?![\wÀ-ỹ]))"
_NOT_A_DATE = r"(?<![/-])(?<!tháng )(?<!quý )(?<!ngày )(?<!năm )"
NUMBER = (rf"\d{{1,3}}(?:\.\d{{3}})+(?:,\d+)?|\d{{1,2}}\.\d{{1,2}}(?=\s?%)|{_NOT_A_DATE}\d{{1,3}}{SPACED_DECIMAL}"
          r"|\d+(?:,\d+)?")
# NUMBER not preceded by a digit, dot or comma, written so that every branch starts with a digit (the
# check on the character before comes after the first digit): the regex engine then skips to the next
# digit instead of trying the whole pattern at every character. Same matches as
# rf"(?<![\d.,])(?:{NUMBER})" (tests/test_fast_paths.py).
NUMBER_START = (r"\d(?<![\d.,]\d)\d{0,2}(?:\.\d{3})+(?:,\d+)?|\d(?<![\d.,]\d)\d?\.\d{1,2}(?=\s?%)"
                # (the date check after the first digit too: a branch opening on a look-behind would cost the scan)
                rf"|\d(?<![\d.,/-]\d)(?<!tháng \d)(?<!quý \d)(?<!ngày \d)(?<!năm \d)\d{{0,2}}{SPACED_DECIMAL}"
                r"|\d(?<![\d.,]\d)\d*(?:,\d+)?")
DECIMAL_POINT = re.compile(r"\d{1,2}\.\d{1,2}")
# "36 nghìn tỷ đồng": a thousand billion, written as two multiples
MULTIPLIERS = {"nghìn tỷ": 1e12, "ngàn tỷ": 1e12, "nghìn tỉ": 1e12, "ngàn tỉ": 1e12,
               "nghìn": 1e3, "ngàn": 1e3, "triệu": 1e6, "tỷ": 1e9, "tỉ": 1e9}
APPROXIMATORS = (r"ít nhất (?:là|hơn|trên)|tối thiểu (?:là|hơn|trên)|khoảng trên|khoảng gần|khoảng hơn|ước đạt|ước tính|ước khoảng|ít nhất|tối thiểu|tối đa|không quá|"
                 r"không vượt quá|không dưới|không thấp hơn|xấp xỉ|dưới|hơn|trên|gần|khoảng|ước")
# ("xấp xỉ 1.000 hộ": approximately, as "khoảng" is; lead ruling 2)
ESTIMATE_WORDS = re.compile(r"\b(ước|khoảng|xấp xỉ)\b", re.IGNORECASE)

# Quantity nouns after the number, longest first; each names the kind of thing counted.
NOUNS: dict[str, str] = {
    "lượt người lao động": "persons", "lượt người": "persons", "lượt lao động": "persons",
    "người lao động": "persons", "lao động": "persons", "người có công": "persons", "NCC": "persons", "người": "persons", "LĐ": "persons",
    "đối tượng": "persons", "học viên": "persons", "trường hợp": "persons", "lượt đối tượng": "persons",
    "lượt trường hợp": "persons", "lượt học viên": "persons", "bác": "persons", "cụ": "persons", "bác sĩ": "staff",  # "121 bác về nghỉ dưỡng": the elderly veterans
    # "điều dưỡng cho 5,7 nghìn thương binh, bệnh binh và thân nhân liệt sĩ"
    "thương binh": "persons", "bệnh binh": "persons", "thân nhân liệt sĩ": "persons",
    "đoàn viên": "persons",  # "chi hỗ trợ khẩn cấp cho hơn 193 nghìn đoàn viên, người lao động"
    "trẻ em": "children", "cháu": "children", "em": "children", "học sinh": "children",
    # "28 trẻ khuyết tật, mồ côi được nhận quà", "tặng quà cho gần 2.500 thiếu nhi", "cho 600 con công nhân"
    "trẻ": "children", "thiếu nhi": "children", "con công nhân": "children",
    "suất học bổng": "scholarships", "học bổng": "scholarships",
    "suất hỗ trợ học tập": "scholarships",  # "trao 50 suất hỗ trợ học tập (mỗi suất 1 triệu đồng)": grants for study
    "suất quà": "gifts", "phần quà": "gifts", "xuất quà": "gifts", "suất": "gifts", "phần": "gifts",
    # what children are given, one each (GIFT_ITEMS): "trao tặng 150 xe đạp cho học sinh", "350 bộ dụng cụ học tập"
    "chiếc xe đạp": "gifts", "xe đạp": "gifts", "bộ dụng cụ học tập": "gifts",
    # portions that are no gift to a child: "1.000 suất thuốc bổ", "500 suất ăn"
    "suất thuốc bổ": "supplies", "suất thuốc": "supplies", "suất ăn": "supplies",
    "hộ gia đình": "households", "hộ": "households",
    "gia đình": "families",  # counted only as whose houses were built or mended (not as poor households)
    "căn nhà": "houses", "ngôi nhà": "houses", "căn": "houses", "nhà": "houses",
    # buildings that are no home: "làm mới và sửa chữa 09 nhà bia ghi danh liệt sĩ", "12 nhà văn hóa"
    "nhà bia": "buildings", "nhà văn hóa": "buildings", "nhà văn hoá": "buildings", "nhà vệ sinh": "buildings",
    "cơ sở": "establishments",
    # "thanh tra … đối với 33 đơn vị, trong đó xử lý vi phạm hành chính 4 đơn vị": employers inspected (not "15 đơn vị
    # hành chính", "12 đơn vị cấp xã": communes)
    "đơn vị": "establishments", "đơn vị hành chính": "units", "đơn vị cấp xã": "units", "đơn vị cấp huyện": "units",
    "doanh nghiệp": "enterprises", "DN": "enterprises", "công ty": "enterprises",
    "lượt kiểm tra": "rounds", "đợt kiểm tra": "rounds", "cuộc kiểm tra": "rounds",
    "lượt thanh tra": "rounds", "đợt thanh tra": "rounds", "cuộc thanh tra": "rounds",
    "cuộc": "rounds", "đợt": "rounds",
    "quyết định thanh tra chuyên ngành": "rounds",  # "ban hành 333 quyết định thanh tra chuyên ngành": an inspection each
    "đồng": "vnd",
    "việc làm mới": "jobs", "việc làm tăng thêm": "jobs",  # "phấn đấu có 30.000 việc làm tăng thêm"
    # new positions a city counts beside the people it placed: "12.491 chỗ việc làm mới được tạo ra" (not a job fair's
    # "6.000 chỗ làm", vacancies)
    "chỗ việc làm mới": "jobs",
    # … and the bare positions after their name ("số chỗ việc làm mới tạo ra là 72.470 chỗ", "tạo mới 8.328 chỗ làm"):
    # jobs only where new positions are named before them (``NEW_POSITIONS_BEFORE``), else slots no metric counts
    "chỗ": "slots", "chỗ làm": "slots", "chỗ làm việc": "slots",
    # … and bare "việc làm" ("giải quyết 16.000 việc làm"): jobs only right after the verb that makes them (not a job
    # fair's "cung cấp 2.000 việc làm", vacancies)
    "việc làm": "slots",
}
NEW_POSITIONS_BEFORE = re.compile(r"(?:\bchỗ việc làm mới\b|\btạo (?:mới|thêm)\b)[^.;\d]{0,40}$", re.I)
# … and bare "việc làm" right after the verb that makes them: "giải quyết 16.000 việc làm", "tạo 500 việc làm" (not "tạo
# ra 113.331 chỗ làm mới" beside the people placed: positions, the old reading)
JOBS_MADE_BEFORE = re.compile(r"\b(?:giải quyết|tạo)(?: được| ra| thêm| mới)?\s+(?:khoảng |gần |hơn |trên )?$", re.I)
# Things given to children, one each, counted like gift parcels (but not beside them: facts.py)
GIFT_ITEMS = frozenset({"chiếc xe đạp", "xe đạp", "bộ dụng cụ học tập"})
_NOUN_ALT = "|".join(re.escape(n) for n in sorted(NOUNS, key=len, reverse=True))
_MULT_ALT = "|".join(sorted(MULTIPLIERS, key=len, reverse=True))
_NOUN_KIND = {noun.lower(): kind for noun, kind in NOUNS.items()}
# The smaller multiples after a first one ("25 tỷ 344 triệu", "15 tỷ 3 triệu 500 nghìn"), one named group per branch
# of QUANTITY.
_REST = r"(?P<rest{n}>(?:\s+\d{{1,3}}(?:,\d+)?\s+(?:triệu|nghìn|ngàn)(?![\wÀ-ỹ])){{0,2}})"
REST_PART = re.compile(r"(\d{1,3}(?:,\d+)?)\s+(triệu|nghìn|ngàn)", re.I)
_REST_MULT, _REST_BILLION = _REST.format(n=""), _REST.format(n="2")

# The approximator before a number is looked up after the match ("hơn 2.000"): as an optional prefix of
# QUANTITY it would be tried at every character of the text, which cost more than half the scan.
APPROX_BEFORE = re.compile(rf"(?<![\wÀ-ỹ])(?:{APPROXIMATORS})\s+$", re.IGNORECASE)
COMPARATIVE_BEFORE = re.compile(r"(?<![\wÀ-ỹ])(?:cao|thấp|nhiều|ít) hơn", re.IGNORECASE)
QUANTITY = re.compile(
    rf"(?P<num>{NUMBER_START})"
    rf"(?:\s*/\s*(?P<den>{NUMBER})(?![\d/]))?"
    # "từ 2%-3%", "từ 1% đến 1,5%": a range of rates may give its first end its own sign.
    rf"(?:(?P<pct1>\s?%(?=\s*(?:[-–]|đến|tới)\s*(?:{NUMBER})\s?%))?"
    rf"\s*(?:[-–]|đến|tới)\s*(?:(?:{APPROXIMATORS})\s+)?(?P<num2>{NUMBER})(?!\s*/))?"
    # "(2.438hộ)": a noun glued to its number is still its noun.
    # "giảm 0,4 điểm phần trăm": points of a rate are a percent figure too.
    # "25 tỷ 344 triệu đồng": a smaller multiple may follow the first.
    # A noun on the next line is not the number's ("… - 1" ending a photo's line, "Người lao động đến …" under it).
    rf"(?:(?P<pct>\s?%|\s+điểm\s+(?:phần trăm|%))|(?:\s+(?P<mult>{_MULT_ALT}){_REST_MULT}\s+|[^\S\n]*)"
    rf"(?P<noun>{_NOUN_ALT})(?![\wÀ-ỹ])"
    # "21 cơ sở/25 cơ sở theo kế hoạch": the plan after a slash, with the noun again.
    # … or without it, before a bracket or a share: "xuất khẩu lao động: 320 người/200 (đạt 150% …)"
    rf"(?:\s*/\s*(?P<den_after>{NUMBER})(?:\s+(?P=noun)(?![\wÀ-ỹ])|(?=\s*[(,;]|\s*\.(?!\d)|\s+(?:đạt|bằng|vượt)\b)))?"
    # "chi trả hỗ trợ hơn 3.000 tỷ": billions with no noun are đồng.
    rf"|\s+(?P<billion>(?:nghìn |ngàn )?(?:tỷ|tỉ)){_REST_BILLION}(?![\wÀ-ỹ])(?!\s+(?:{_NOUN_ALT})))",
    re.IGNORECASE,
)
# "tăng từ 68% đến 70,5%" (a decrease "giảm từ 3,2% - 2,1%" is told by its falling ends: "giảm từ 1% đến 1,5%" is a
# range of the reduction).
CHANGE_FROM_BEFORE = re.compile(r"(?<![\wÀ-ỹ])tăng(?:\s+lên)?\s+từ\s*$", re.I)
# Numbers that are never quantities: dates, times, document numbers ("22/2013/QĐ-TTg", "1490/KH-UBND").
DATE_OR_ID = re.compile(
    r"(?=[\dnh])(?:"  # a match starts with a digit, "ngày" or "hôm": the engine skips every other position
    r"\d{1,2}\s*[/.-]\s*\d{1,2}\s*[/.-]\s*\d{2,4}|\d{1,2}/\d{1,2}(?=\s*[-–]\s*\d{1,2}/)"
    r"|\d(?<![\d.,]\d)\d*(?:/\d+)*/[A-ZĐa-zđ][\wĐđ&-]*|\d{1,2}:\d{2}|(?:ngày|hôm)\s+\d{1,2}/\d{1,2})"
)
# Words that make the number an identifier or an ordinal, not a count ("tổng số 9.274 hộ", "trong số 3,3 triệu
# người" are counts).
# A plan figure in brackets beside a result ("đạt 115,5% kế hoạch (kế hoạch 20.000 người)"); not "theo kế hoạch 15 cuộc",
# "ban hành kế hoạch 20 cuộc", "thấp hơn kế hoạch 350 người" (scheduled, issued, a gap).
PLAN_BRACKET = re.compile(r"\(\s*kế hoạch\s*$", re.I)
PRECEDING_EXCLUSIONS = re.compile(
    r"(năm|tháng|ngày|quý|(?<!tổng )(?<!trong )số|lần thứ|thứ|khóa|khoá|điều|khoản|nghị định|quyết định|nghị quyết|kế hoạch|"
    r"chương trình|dự án|tiểu dự án|nhóm|giai đoạn|kỷ niệm)\s*$",
    re.IGNORECASE,
)


@dataclass(frozen=True)
class Quantity:
    """A number read from the text with what it counts."""

    start: int
    end: int
    value: float
    value_max: float | None
    denominator: float | None
    kind: str  # a NOUNS kind, or "percent"
    noun: str | None
    approximate: bool
    estimate: bool


def parse_number(text: str, scale: float = 1.0) -> float:
    """ "17.335" → 17335, "49,53" → 49.53, "115.751,95" → 115751.95, "05" → 5; times ``scale`` exactly
    ("68,6" tỷ → 68600000000, not 68599999999.99999); "25, 42" → 25.42."""
    return float(Decimal(text.replace(".", "").replace(", ", ",").replace(",", ".")) * Decimal(str(scale)))


def _decimal_point(number: str) -> str:
    """ "2.2" (of "2.2%") → "2,2": a dot before one or two digits of a rate is a decimal point; others unchanged."""
    return number.replace(".", ",") if DECIMAL_POINT.fullmatch(number) else number


def find_quantities(text: str) -> list[Quantity]:
    """Every quantity in ``text`` with its offsets; dates, ids, years and ordinals are left out."""
    blocked = [(m.start(), m.end()) for m in DATE_OR_ID.finditer(text)]  # in order, not overlapping
    found: list[Quantity] = []
    pos = 0
    while (match := QUANTITY.search(text, pos)) is not None:
        pos = match.end()
        if match.group("pct1") and (parse_number(match.group("num2")) <= parse_number(match.group("num"))
                                    or CHANGE_FROM_BEFORE.search(text, max(0, match.start() - 20), match.start())):
            # "giảm từ 3,2% - 2,1%", "tăng từ 68% đến 70,5%": not a range but a rate before and after; read the
            # first alone, then the second.
            match = QUANTITY.match(text[:match.end("pct1")], match.start())
            pos = match.end()
        num_start = match.start("num")
        i = bisect.bisect_right(blocked, (num_start, len(text))) - 1
        if i >= 0 and blocked[i][0] <= num_start < blocked[i][1]:
            continue
        approx_match = APPROX_BEFORE.search(text, max(0, num_start - 30), num_start)
        if approx_match and COMPARATIVE_BEFORE.search(text, max(0, approx_match.start() - 6), approx_match.start() + 4):
            approx_match = None  # "thấp hơn 1,8 điểm phần trăm so với …": a comparison's "hơn", not "more than"
        start = approx_match.start() if approx_match else num_start
        # The word before a number or its approximator ("năm 2019", "số 12", "giai đoạn ước đạt 205.000"); a period's
        # "năm"/"tháng" before an estimate's verb dates what follows ("6 tháng đầu năm ước đạt 1,53%").
        excluded = PRECEDING_EXCLUSIONS.search(text[max(0, start - 20):start])
        if excluded and excluded.group(1).lower() in ("năm", "tháng") and approx_match \
                and approx_match.group(0).lower().startswith("ước"):
            excluded = None
        if excluded and not (excluded.group(1).lower() == "kế hoạch" and (match.group("pct") or (
                match.group("noun") and PLAN_BRACKET.search(text, max(0, start - 20), start)))) \
                and not (excluded.group(1).lower() in ("chương trình", "dự án") and match.group("mult")
                         and (match.group("noun") or "").lower() == "đồng"):
            # but "(kế hoạch 2,75%)" is the rate planned, "(kế hoạch 20.000 người)" the count planned, and "dư nợ chương
            # trình 1.009 tỉ đồng" a sum of money (no programme is numbered in billions)
            continue
        if match.group("num2") and match.group("den"):
            continue
        scale = MULTIPLIERS.get((match.group("mult") or match.group("billion") or "").lower(), 1.0)
        noun = match.group("noun") or ("đồng" if match.group("billion") else None)
        kind = "percent" if match.group("pct") else _NOUN_KIND[noun.lower()]
        if kind == "slots" and (NEW_POSITIONS_BEFORE.search(text, max(0, match.start() - 60), match.start()) or (
                noun.lower() == "việc làm" and JOBS_MADE_BEFORE.search(text, max(0, match.start() - 30), match.start()))):
            kind = "jobs"
        number = match.group("num")
        if kind not in ("percent", "vnd") and not match.group("mult") and re.fullmatch(r"\d{1,3},\d{3}", number):
            number = number.replace(",", ".")  # "21,700 người": a thousands comma (English style), not a decimal
        elif kind == "percent":
            number = _decimal_point(number)
        value = parse_number(number, scale)
        # "15 tỷ 3 triệu 500 nghìn đồng": each smaller multiple after the first, while they keep getting smaller
        smallest = scale
        for part in REST_PART.finditer(match.group("rest") or match.group("rest2") or ""):
            part_scale = MULTIPLIERS[part.group(2).lower()]
            if part_scale >= smallest:
                break
            value += parse_number(part.group(1), part_scale)
            smallest = part_scale
        value_max = parse_number(_decimal_point(match.group("num2")), scale) if match.group("num2") else None
        if value_max is not None and value_max < value:  # "còn khoảng 8,58-8,38%": a range written high to low
            value, value_max = value_max, value
        den = match.group("den") or match.group("den_after")
        # "1,99/1,5 tỷ đồng": the multiple after both numbers is the plan's too (not "320 người/200", whose noun it is)
        denominator = parse_number(den, scale if match.group("den") else 1.0) if den else None
        approx = approx_match.group(0).strip().lower() if approx_match else ""
        found.append(
            Quantity(
                start=start,
                end=match.end(),
                value=value,
                value_max=value_max,
                denominator=denominator,
                kind=kind,
                noun=noun,
                approximate=bool(approx),
                estimate=bool(ESTIMATE_WORDS.search(approx)),
            )
        )
    if "số" in text:
        found = _labelled_counts(text, found, blocked)
    if "xuống" in text or "còn" in text:
        found = _rates_before_their_fall(text, found)
    return found


# A rate written without its percent sign before the rate it fell to, which has one: "từ 27,81 đầu năm 2016 xuống còn
# 11,8% cuối năm 2019" (the sign is the second rate's for both).
RATE_BEFORE_ITS_FALL = re.compile(r"(?=[tT])\btừ\s+(?:mức\s+)?(?P<num>\d{1,2},\d{1,2})(?![\d.,]|\s*%)"
                                  r"(?=\s*(?:\(?\s*(?:vào\s+)?(?:đầu\s+|cuối\s+|hết\s+)?năm\s+(?:19|20)\d\d\s*\)?\s*,?\s*)?"
                                  r"(?:giảm\s+)?(?:xuống|còn)\s*(?:còn\s*)?(?:mức\s*)?\d{1,2}(?:,\d{1,2})?\s*%)", re.I)


def _rates_before_their_fall(text: str, found: list[Quantity]) -> list[Quantity]:
    """``found`` with the rates ``RATE_BEFORE_ITS_FALL`` reads added, in order of offset."""
    return _with_added(found, [Quantity(start=m.start("num"), end=m.end("num"), value=parse_number(m.group("num")),
                                        value_max=None, denominator=None, kind="percent", noun=None, approximate=False,
                                        estimate=False)
                               for m in RATE_BEFORE_ITS_FALL.finditer(text)])


# A count after its label and a colon, with no noun of its own ("Tổng số hộ cận nghèo: 18.160; Tỷ lệ: 6,10%"), as
# decisions and tables print them: the label's noun is the unit.
LABELLED_COUNT = re.compile(rf"(?=[tsTS])\b(?:tổng\s+)?số\s+(?P<noun>hộ|người|lao động)\b[^:\d.;]{{0,40}}:\s*(?P<num>{NUMBER_START})"
                            rf"(?![\d.,]|\s*(?:%|{_MULT_ALT}|{_NOUN_ALT})(?![\wÀ-ỹ]))", re.I)


# … or right after "số hộ (cận) nghèo", before a bracket or the clause's end: "số hộ cận nghèo 1.491 (tương đương 20,74%)"
LABELLED_HOUSEHOLDS = re.compile(rf"(?=[sS])\bsố\s+(?P<noun>hộ)\s+(?:cận\s+)?nghèo\s+(?!(?:19|20)\d\d\b)(?P<num>{NUMBER_START})"
                                 r"(?=\s*[(,;]|\.(?!\d))",
                                 re.I)


def _labelled_counts(text: str, found: list[Quantity], blocked: list[tuple[int, int]]) -> list[Quantity]:
    """``found`` with the labelled counts that have no noun added, in order of offset."""
    matches = [*LABELLED_COUNT.finditer(text), *(LABELLED_HOUSEHOLDS.finditer(text) if "nghèo" in text else ())]
    return _with_added(found, [
        Quantity(start=m.start("num"), end=m.end("num"), value=parse_number(m.group("num")), value_max=None,
                 denominator=None, kind=_NOUN_KIND[m.group("noun").lower()], noun=m.group("noun"), approximate=False,
                 estimate=False)
        for m in matches if not any(s <= m.start("num") < e for s, e in blocked)])


def _with_added(found: list[Quantity], extra: list[Quantity]) -> list[Quantity]:
    """``found`` with the quantities of ``extra`` that start where none of ``found`` does, in order of offset."""
    taken = {q.start for q in found}
    added = [q for q in extra if q.start not in taken]
    return sorted(found + added, key=lambda q: q.start) if added else found
