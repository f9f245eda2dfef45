"""Statistical claims of one cleaned document: typed, placed, dated and traced to their evidence.

The reading (``reading.py``) gives each sentence the place, period and section in force; each number
is a quantity (``numbers.py``) whose role (``roles.py``) is read before any metric is chosen; levels
get a metric from the catalogue (``catalogue.py``); comparisons and plans fold into the fact they
qualify; parts of a total and changes never become levels.
"""

from __future__ import annotations

import bisect
import hashlib
import re
from collections.abc import Callable
from dataclasses import dataclass, field, replace
from datetime import date
from typing import TypeVar

from assets.extract.catalogue import (
    BREAKDOWN,
    BY_CODE,
    CATALOGUE,
    COUNTRIES,
    COVID_MEASURE_YEARS,
    COVID_MEASURES,
    ESCAPED,
    HOUSED_AFTER,
    HOUSES_FOR,
    JOBS_LOST,
    LISTED_ENTITLED,
    MERITORIOUS,
    NOT_COVID_MONEY,
    PAST_MARKERS,
    PLAN_HEADING,
    PLAN_OF_WORK_BEFORE,
    PLAN_OPENING,
    PLAN_REVISED_BEFORE,
    PLAN_SET_OUT,
    PLAN_STATEMENT_OPENING,
    POOR_HOUSES,
    PROPOSED,
    RESULT_TOLD,
    RESULT_VERB,
    SHORT_BUILT,
    SHORT_REPAIRED,
    SUBSET_OF_POOR,
    TARGET_CLAUSE,
    TARGET_SENTENCE,
    TARGET_WORDS,
    Metric,
)
from assets.extract.numbers import GIFT_ITEMS, MULTIPLIERS, Quantity, find_quantities, parse_number
from assets.extract.periods import (
    MONTH_CODES,
    RUNNING_WORDS,
    Period,
    as_of,
    cumulated,
    end_month,
    festival_year,
    find_period,
    latest_year,
    months_cumulated,
    publication_period,
    resolve,
)
from assets.extract.periods import YEAR_TO_DATE as YTD
from assets.extract.reading import (
    BREAKDOWN_START,
    Reading,
    SentenceReading,
    Where,
    first_place,
    first_place_start,
    last_place_start,
    read_document,
)
from assets.extract.roles import (
    BY_PLAN_AFTER,
    MULTI_YEAR,
    PLAN_AFTER,
    POOR_SHARE_BEFORE,
    PROGRAMME_BEFORE,
    SINGLE_YEAR,
    role_of,
)
from assets.extract.segment import Span, clauses, enclosing, sentences, statements
from assets.places import MERGER_DAY, REGION_DESCRIBES, REGIONS, canonical_province, place_2025, place_of

EXTRACTOR_VERSION = "extract-125"

T = TypeVar("T")
POVERTY_FAMILY = ("poverty_rate", "poverty_rate_reduction")
POVERTY_STATISTICS = (*POVERTY_FAMILY, "poor_households", "near_poor_households")
# Metrics whose cue may stand in an earlier statement of the sentence ("Số hộ nghèo …; trong đó …").
SENTENCE_CUED = POVERTY_STATISTICS
# The metrics that may count each kind of quantity, in catalogue order (ties go to the earlier).
METRICS_OF_KIND: dict[str, tuple[Metric, ...]] = {
    kind: tuple(metric for metric in CATALOGUE if kind in metric.kinds)
    for kind in {kind for metric in CATALOGUE for kind in metric.kinds}
}
# Counts of what stands at a date (stocks); the other counts are of what was done over a period.
CHANGES_OF_A_RATE = ("poverty_rate_reduction",)  # a rate's fall over a period, no level at a time
LEVELS_AT_A_TIME = ("poor_households", "near_poor_households", "social_allowance_recipients", "drug_rehab_residents")
COUNTS_OF_THINGS = ("houses", "persons", "households", "vnd")
RATE_UNITS = ("percent", "pp")
# Distances added when the cue is outside the number's clause.
IN_STATEMENT, IN_SENTENCE = 1000, 2000
# "từ mức 5,2% xuống …", "từ một tỉnh có tỷ lệ hộ nghèo hơn 20% nay giảm còn 8,58%": the level it started from.
_VAGUE_START = r"\btừ (?:một )?(?:tỉnh|huyện|địa phương)\b[^,;.\d]{0,40}$"  # "từ một tỉnh có tỷ lệ …": no level of a known time
FROM_BEFORE = re.compile(r"\btừ\s*(?:mức\s*)?(?:trên\s+|gần\s+|hơn\s+|khoảng\s+)?$|" + _VAGUE_START, re.I)
VAGUE_START = re.compile(_VAGUE_START, re.I)
# "giảm từ 2,71% với 1.496 hộ xuống còn 1,17%": the households beside the rate may stand between.
_SHARE = r"chiếm\s+(?:tỷ lệ\s+|tỉ lệ\s+)?[\d.,]+\s*%"  # "chiếm 10,74%", "chiếm tỷ lệ 12,81%"
# "giảm từ 3.586 hộ, chiếm 10,74% xuống còn 2.900 hộ": the rate of the households may stand between.
# ("giảm từ 3,29% vào đầu năm xuống còn 1,47%": the year's opening level, its year unsaid)
TO_AFTER = re.compile(r"^\s*(?:(?:vào\s+)?(?:(?:cuối\s+|hết\s+|đầu\s+)?năm\s+\d{4}|(?:cuối|đầu)\s+năm)\s*,?\s*)?"
                      rf"(?:,?\s*{_SHARE}\s*,?\s*)?"
                      r"(?:[,(]?\s*(?:với|tương ứng|tương đương)?\s*(?:(?:hơn|gần|trên|khoảng)\s+)?[\d.,]+\s*hộ"
                      r"(?:\s+nghèo)?\s*\)?\s*,?\s*)?"
                      # (… and its year after them: "giảm từ 2,55% (tương đương 10.368 hộ) năm 2021 xuống còn 0,44%")
                      r"(?:\(\s*(?:(?:cuối|hết|đầu)\s+)?năm\s+\d{4}\s*\)\s*|(?:vào\s+)?(?:cuối\s+|hết\s+|đầu\s+)?năm\s+\d{4}\s*,?\s*)?(?:(?:đến |hiện )?nay\s+(?:giảm |tăng )?)?"
                      r"(xuống|lên|tăng lên|giảm xuống|còn|đến(?=\s*[\d,.]+\s*%)|[-–](?=\s*[\d,.]+\s*%))",
                      re.I)
TO_BEFORE = re.compile(r"\b(xuống|còn|lên)\s*(còn\s*)?(mức\s*)?$", re.I)
# "giảm từ 30,23% năm 2023, xuống còn 25,93%" on an undated page: the "to" is the year after the "from".
FROM_YEAR_TO = re.compile(r"\btừ\s+(?:mức\s+)?[\d.,]+\s*%?\s*\(?\s*(?:vào\s+)?(?:cuối\s+|hết\s+)?năm\s+((?:19|20)\d\d)\s*\)?"
                          r"\s*,?\s*(?:giảm\s+|tăng\s+)?(?:xuống|còn|lên)\s*(?:còn\s*)?(?:mức\s*)?$", re.I)
OVER_YEARS_WORDS = re.compile(r"\b(?:sau|qua)\s+\d+\s+năm\b|\btừ năm\s+(?:19|20)\d\d\b|\bđến nay\b", re.I)
A_CHANGE_FROM_YEAR = re.compile(FROM_YEAR_TO.pattern.removesuffix("$") + r"\d", re.I)  # anywhere in a text
# Jobs a loan programme made: the statement opens on it ("Thông qua Quỹ quốc gia về việc làm, … cho 410 dự án vay
# vốn …, giải quyết việc làm cho 620 lao động") or the jobs follow from the loans ("cho vay …, góp phần giải quyết
# việc làm cho 8.300"); not a loan among the year's work ("cho vay vốn 320 dự án, tổ chức 12 phiên giao dịch, …").
LOANS_BEFORE = re.compile(r"^\W*(?:thông qua|từ|nhờ)\b[^;]{0,60}?\b(?:vay vốn|cho vay|vốn vay|Quỹ quốc gia)\b(?![^;]*\b(?:xuất khẩu|"
                          r"nước ngoài|phiên giao dịch|các chương trình|nhiều hình thức)\b)[^;]*$"
                          r"|\b(?:vay vốn|cho vay|vốn vay)\b[^;]*\b(?:qua đó|góp phần|giúp)\b[^;]*$", re.I)
DECREASE_BEFORE = re.compile(r"\bgiảm\b(?!.*\b(còn|xuống)\b)", re.I)
# (a result in brackets: done words and a figure; not a span of months, "trong 3 tháng (từ tháng 4 đến tháng 6/2020)")
FIGURE_BRACKET = re.compile(r"\([^()]*\b(?:đã|được)\b[^()]*\d[^()]*\)")
# A statement of a list that names its own subject before its percent ("…; tỷ lệ dân số nông thôn sử dụng nước sạch đạt
# 99%"): the percent is that subject's, not the rate a statement before named (not "…; năm 2020: 2,8%", "…; trong đó …").
# (nor a place's item of a list: "…; huyện Mường Lát là 12%"; nor a subject that is the rates' own: "…; hộ nghèo chiếm 2,1%",
# "…, năm 2016 tỷ lệ lao động qua đào tạo là 53,75%")
RATES_NOUNS = re.compile(r"nghèo|đào tạo|thất nghiệp|việc làm|lao động", re.I)
OWN_SUBJECT_RATE = re.compile(r"[\s;,]*(?!(?:năm|tháng|quý|trong đó|trong số đó|riêng|còn|và|đến|tính đến|cuối|đầu|hiện|ước|dự kiến"
                              r"|dự tính|phấn đấu|hết|cả năm|tính chung|lũy kế|luỹ kế|kế hoạch|chỉ tiêu|mục tiêu|tăng|giảm|đạt"
                              r"|qua đó|như vậy|trong|tại|ở|với|theo|sau)\b)"
                              # (nor the rate again at another time: "…; ước hết năm 2020 đạt 55,5%")
                              r"(?![^;]*\b(?:huyện|thị xã|thành phố|quận|tỉnh|TP|xã|phường|năm|tháng|quý)\b)"
                              r"[^\W\d_][^;:()%]{6,}?\s(?:đạt|là|chiếm)\s*", re.I)
# "phấn đấu giảm tỷ lệ hộ nghèo toàn tỉnh dưới 10%": the rate brought below a level (the verb before the rate), not a fall
# by it ("tỷ lệ hộ nghèo giảm dưới 1%" may be either: left as a fall).
BROUGHT_BELOW_BEFORE = re.compile(r"\bgiảm\s+t[ỷỉ]\s+lệ\s+(?:hộ\s+)?nghèo\b[^\d%;]{0,50}?$", re.I)
# "giảm từ 68% năm 2015 xuống 60,8% năm 2019": a year beside the value wins.
# "… 2,71% với 1.496 hộ (năm 2016) xuống còn …": the year of a rate may follow its households.
# "… 8,88% (năm 2015)", "… 8,88% (2015)", "…, với 1.496 hộ nghèo cuối năm 2019"; never the next line's
# opening year (a title's figure, then "Năm 2020, …" starting the lead).
# … and "32,21% (đầu năm 2016)": the level the year opened with, the year before's (lead ruling 53).
# … "2,55% (tương đương 10.368 hộ) năm 2021": or after its households in brackets.
YEAR_BESIDE = re.compile(r"(?![^\S\n]*\n)\s*(?:(?:với|,)\s*[\d.,]+\s*hộ(?:\s+nghèo)?\s*"
                         r"|\(\s*(?:(?:tương đương|tương ứng|với)\s+)?(?:(?:hơn|gần|trên|khoảng)\s+)?[\d.,]+\s*hộ(?:\s+nghèo)?\s*\)\s*)?"
                         r"(?:\(\s*)?(?:vào\s+)?"
                         r"(?:cuối\s+|hết\s+|(?P<opening>đầu\s+))?"
                         r"năm\s+(?P<year>(?:19|20)\d\d)\b|\s*\(\s*(?P<bare>(?:19|20)\d\d)\s*\)", re.I)
HOUSEHOLDS_OF_THE_RATE = re.compile(r"\s*\(\s*(?:(?:tương đương|tương ứng|với)\s+)?(?:khoảng |gần |hơn |trên )?")
# A later year a figure came to, after an earlier figure of its statement: "…, đến cuối năm 2020, … còn 8.617 hộ".
# … opening its clause (not a plan's horizon: "Quy hoạch … đến năm 2030", "giai đoạn 2021 đến năm 2025", "có giá trị
# đến năm 2024")
UNTIL_YEAR = re.compile(r"(?:^|[,;]\s*|\bthì\s+)(?:và\s+)?(?:dự kiến\s+|ước\s+)?(?:đến|tới)\s+(?:hết\s+|cuối\s+)?năm\s+((?:19|20)\d\d)\b(?!\s*[-–])", re.I)
# … and of households, after their rate: "… 28.200 hộ, tỉ lệ 8,88% (năm 2015)", "9.318 hộ nghèo, chiếm 3,72% (2022)" (the
# brackets hold only the year: not "tỷ lệ 104% (năm 2022 là 98%)")
YEAR_AFTER_THE_RATE = re.compile(r"\s*(?:nghèo\s*)?,\s*(?:t[ỷỉ] lệ|chiếm(?: t[ỷỉ] lệ)?)\s*[\d.,]+\s*%\s*\(\s*(?:cuối\s+|hết\s+)?"
                                 r"(?:năm\s+)?(?P<year>(?:19|20)\d\d)\s*\)", re.I)
# A number that repeats the metric of the sentence before: "năm 2020 con số này là hơn 78.000 người".
ANAPHORA = re.compile(r"\b(con số này|con số đó|con số tương ứng|các con số này|số này|con số trên)\b", re.I)
# Who is in treatment now, or a centre's capacity, is no admission ("đang quản lý và tổ chức cai nghiện cho 350").
IN_TREATMENT_NOW = re.compile(r"\bđang\b|(?<!thực )(?<!phát )\bhiện (?:nay|có|tại)\b"
                              r"|(?P<capacity>\b(?:quy mô|công suất)\b[^,;.()]{0,30}$)", re.I)
NOW_OPENING = re.compile(r"\W*hiện\b", re.I)  # a statement opening with "Hiện …"
SENT_TO_REHAB = re.compile(r"\bđưa (?:đi|vào)\b[^.;]{0,40}?\bcai nghiện\b[^.;]{0,20}?[\d.,]+\s+(?:người|học viên|đối tượng)\s*:",
                           re.I)
NOW_AFTER = re.compile(r"\s*(?:hiện\s+)?đang\s+(?:cai nghiện|điều trị|chữa trị|được (?:quản lý|cai nghiện|điều trị))\b", re.I)
# A stock now, opening a sentence: "Hiện tổng số người đang quản lý …", "Tổng số học viên hiện đang quản lý …" (not a
# subtotal, "Tổng số người khuyết tật đặc biệt nặng …").
NEW_TOTAL_OPENING = re.compile(r"\W*(?:hiện(?: nay| tại)?,?\s+(?:tổng số|tổng cộng)\b|tổng số\b[^.;\d]{0,40}\b(?:hiện|đang)\b)",
                               re.I)
# Spending on something other than houses, named between the figure before and a sum of money.
OTHER_SPENDING = re.compile(r"\b(?:tặng quà|thăm hỏi|gặp mặt|(?<!được )(?<!hưởng )trợ cấp|sổ tiết kiệm|điều dưỡng|học bổng)\b",
                            re.I)
# "giới thiệu được 2.885 lao động có việc làm": a referral that ended in a job is the job.
JOB_FOUND_AFTER = re.compile(r"(?:\s+(?:được|cho))?\s+(?:khoảng |gần |hơn |trên )?[\d.,]+\s+(?:lượt\s+)?"
                             r"(?:người lao động|người|lao động)\s+có việc làm(?!\s+(?:tại|ở)\s+(?:nước ngoài|[A-ZĐ]))")
# Covid-19 support approved, and paid ("đã nhận được hỗ trợ", "kinh phí chi trả là …").
# (not a plan share's base: "đã chi hỗ trợ cho hơn 201.000 người …, đạt 82% kế hoạch phê duyệt hỗ trợ")
APPROVED = re.compile(r"(?<!kế hoạch )\b(?:được |đã )?phê duyệt\b", re.I)
# "Phê duyệt hỗ trợ xây dựng 853 nhà": the approval itself governs the houses (not "phê duyệt và hỗ trợ kinh phí …").
# … and "huyện Năm Căn được phê duyệt 114 căn, trong đó xây dựng mới 77 căn": the approved houses and their parts
HOUSES_APPROVED = re.compile(r"\b(?:được )?phê duyệt\s+(?:[\d.,]+\s*(?:triệu|tỷ|tỉ)\s*đồng\s+)?(?:hỗ trợ\s+)?(?:(?:xây dựng|xây mới|sửa chữa)(?:\s+mới)?\s*)?(?:cho\s+)?"
                             r"(?:khoảng |gần |hơn |trên )?$", re.I)
# Money allocated, and the houses it is for: "quyết định phân bổ 240 triệu đồng hỗ trợ xây dựng nhà ở đối với 6 hộ …"
ALLOCATED = re.compile(r"\b(?:quyết định|được|vừa|đã)\s+phân bổ\b", re.I)
# … unless the work is told done: "số kinh phí được phân bổ đã hỗ trợ xây dựng 45 nhà", "…, đến nay đã hoàn thành 100%"
DONE_AFTER_ALLOCATION = re.compile(r"\b(?:đã|được)\s+(?:hỗ trợ|xây dựng|sửa chữa|bàn giao)\b|\bhoàn thành\b", re.I)
# … "trong đó đã có 206.072 người được nhận …": those paid of the approved
PAID = re.compile(r"\bđã (?:được )?(?:nhận|chi trả|chi|giải ngân)\b|\bchi trả (?:là|được)\b|\bđược nhận\b", re.I)
# "phê duyệt, chi trả hỗ trợ cho …", "đã phê duyệt chi hỗ trợ cho …" (payment approved: done)
PAID_ANYHOW = re.compile(r"\bchi trả|\bđã (?:được )?nhận|\bgiải ngân|\bphê duyệt chi\b", re.I)
SENTENCE_END = re.compile(r"[.!?](?!\d)|\n")
# Activities whose beneficiaries are no metric's level: counselling, loans, campaigns, job fairs.
OTHER_ACTIVITY = re.compile(
    r"\b(tư vấn|tuyên truyền|giới thiệu|sơ tuyển|cho vay|giải ngân(?!\s+(?:gói|tiền|kinh phí)\b)|vay vốn|vốn vay|tập huấn|phiên giao dịch|"
    r"ngày hội|trợ cấp thất nghiệp|(?<!quỹ )(?<!qũy )bảo hiểm thất nghiệp|khám sức khỏe|khám bệnh|mai táng|trợ giúp khẩn cấp|cứu trợ|đình chỉ"
    r"|(?:trợ cấp|trợ giúp) đột (?:xuất|suất))\b",
    re.I
)
# What a sum of money may pay for; a sum for several of them at once is no one metric's amount.
PURPOSES = re.compile(r"\b(?:(?P<grant>học bổng)|(?P<house>căn nhà|nhà tình nghĩa|nhà đại đoàn kết)|(?P<gift>(?:suất |phần )?quà)"
                      r"|(?P<bike>xe đạp)|(?P<savings>sổ tiết kiệm))\b", re.I)
SUM_OF = re.compile(r"\b(?:kinh phí|trị giá|số tiền)\b", re.I)
# Money handed back or held back is not money paid: "… trùng lắp nên không chi, nộp hoàn ngân sách với số tiền 13 tỷ".
# (not a grant "không hoàn lại", nor a licence withdrawn: "thu hồi giấy phép")
REFUNDED = re.compile(r"\b(?:nộp (?:hoàn|trả|lại)|(?<!không )hoàn trả|(?<!không )hoàn lại|thu hồi(?= (?:lại )?(?:số )?(?:tiền|kinh phí))"
                      r"|không chi(?: trả)?)\b", re.I)
# An approximator, if any, right before the figure the pattern ends at ("hơn 2.000")
_ABOUT = r"(?:hơn\s+|gần\s+|khoảng\s+|trên\s+)?$"
# A figure that is the object of a verb joined by "và" ("… và tổ chức cho 8 người đi Hà Nội"): cues before it name the
# action before, not this one.
JOINED_VERB_BEFORE = re.compile(r"\svà\s+(?:tổ chức|đưa|đón|mời|cử)(?:\s+cho)?\s+" + _ABOUT, re.I)
BACK_TO_THEM = re.compile(r"\s*(?:Đây là|Đó là|Đây đều là|(?:Những|Các) (?:người|lao động|đối tượng|trường hợp|chính sách|khoản)"
                          r"[^.;\d]{0,20}?\b(?:này|trên)\b|Số (?:tiền|người|lao động|kinh phí) (?:này|trên))")
NEW_ITEM_OWN_VERB = re.compile(r"\svà\s+(?:từ|qua|thông qua)\s[^.;\d]{0,60}?\s(?:giải quyết|tạo việc làm cho|thu hút)\s+"
                               + _ABOUT, re.I)
OWN_ACTION_AFTER = re.compile(r"[^,.;\d]{0,30}?\b(?:đi|tham quan|vui|dự|viếng|tham gia)\b", re.I)
NEW_SUBJECT = re.compile(r",\s*(?:toàn tỉnh|cả tỉnh|toàn huyện|toàn thành phố|tỉnh đã|huyện đã)\b", re.I)
ACTIVITIES_THEN_CUE = re.compile(r"(?:(?:tư vấn|giới thiệu|tuyên truyền)(?:\s*,\s*|\s+và\s+))+", re.I)
# "958 người có công cần được hỗ trợ nhà ở": a need, not what was done.
NEED_AFTER = re.compile(r"\W*(?:[^\W\d_]+\s+){0,6}?(cần được|cần|có nhu cầu|chưa được|chưa nhận|đang chờ)\b", re.I)
# A district named after "phối hợp" places a partner, not the subject's work: "huyện A phối hợp Trường … ở huyện B …".
PARTNER_BETWEEN = re.compile(r"\bphối hợp\b", re.I)
# … until the statement moves on to another subject: a comma, a figure, "còn huyện …", "trong khi huyện …"
PARTNER_ENDS = re.compile(r"[;\d]|\b(?:còn|trong khi)\b|,\s*(?:huyện|thị xã|quận|thành phố)\b", re.I)
# (… and the province's sector: "ngành lao động – thương binh và xã hội tỉnh An Giang thực hiện đạt …")
PROVINCE_WIDE = re.compile(r"\b(toàn tỉnh|cả tỉnh|toàn thành phố|của tỉnh|trên địa bàn (?:toàn )?tỉnh)\b|\bngành\b[^.;,\d]{0,50}?\btỉnh (?-i:[A-ZĐ])", re.I)
WHOLE_PROVINCE = re.compile(r"\b(?:toàn|cả) tỉnh\b", re.I)
# A unit named as it was before the 2025 merger: "Huyện Tam Dương (cũ)", "tỉnh Vĩnh Phúc cũ"
FORMER_NAMED = re.compile(r"\(\s*cũ\s*\)|\b(?:tỉnh|huyện|thị xã)\s+(?:(?-i:[A-ZĐ])\S*\s+){1,3}(?:cũ|trước đây)\b", re.I)
VUOT_BEFORE = re.compile(r"\bvượt\s*(?:mức\s*)?$", re.I)
# Not an estimate of another figure's share of the plan: "… cho 50.500 người, ước đạt 99% kế hoạch, trong đó 5.600 …"
YEARS = re.compile(r"\b(?:19|20)\d\d\b")
# The months an estimate names ("ước thực hiện 6 tháng đầu năm, … cho gần 1 nghìn lao động"): no figure of another
ESTIMATED_MONTHS = re.compile(r"\s*(?:thực hiện\s+|tính\s+)?(?:trong\s+)?\d{1,2} tháng(?: đầu năm)?(?: (?:năm )?(?:19|20)\d\d)?\s*,",
                              re.I)
COMPLETED_ASSIGNMENT = re.compile(r"\b(?:hoàn thành|thực hiện|đạt)(?: tốt| xuất sắc| và vượt)?(?: các| nhiều)?"
                                  r" (?:nhiệm vụ|chỉ tiêu)(?: kế hoạch| nhiệm vụ| chỉ tiêu)? (?:được )?giao\b", re.I)
DONE_IN_ITEM = re.compile(r"\b(?:đã|đạt|thực hiện được|hoàn thành)\b", re.I)
# The goal a sentence turns back to, to tell where things stood: "Về mục tiêu này, năm 2020, tỷ lệ lao động qua đào tạo … là 70%"
GOAL_REVISITED = re.compile(r"^\W*(?:về|đối với) (?:các |những )?(?:mục tiêu|chỉ tiêu) (?:này|nay|trên|đó|nêu trên)\s*,", re.I)
DONE_OR_NOW = re.compile(r"\b(?:đã|đến nay|hiện nay|hiện)\b", re.I)
# Goals named as what work serves, not set out: "nâng cao ý thức thực hiện các mục tiêu về giảm nghèo" (a later
# sentence's "Tỷ lệ hộ nghèo năm 2023 … là 6,93%" reports).
GOALS_PURSUED = re.compile(r"\b(?:thực hiện|triển khai|hướng tới|vì) (?:các |những )?mục tiêu\b(?! (?:năm|đến|là|đề ra|đặt ra))",
                           re.I)
# An estimate heading its list: "Cả năm ước đạt: tuyển sinh 12.000 người; XKLĐ 1.500 người".
ESTIMATE_HEADING = re.compile(r"\W*(?:(?:cả |trong )?năm(?: \d{4})?,?\s*)?(?:ước|dự ước|ước tính)(?: thực hiện| đạt)?(?: cả năm)?\s*:",
                              re.I)
# "ước" (estimated), not in a word it is part of: "Quỹ học bổng Thắp sáng ước mơ", "mong ước", "thỏa ước lao động tập thể"
_ESTIMATED = (r"(?<!mong )(?<!khát )(?<!giao )(?<!hiệp )(?<!công )(?<!quy )(?<!điều )(?<!thỏa )(?<!thoả )"
              r"\bước\b(?!\s+(?:mơ|muốn|nguyện|vọng)\b)")
ESTIMATED = re.compile(_ESTIMATED, re.I)
ESTIMATE_STATEMENT = re.compile(rf"(\bdự ước\b|\bước tính\b|{_ESTIMATED})(?!\s*(?:đạt|bằng)\s+(?:khoảng\s+|gần\s+|hơn\s+|trên\s+)?[\d.,]+\s*%"
                                r"\s*(?:so với\s+)?(?:kế hoạch|(?-i:KH)|chỉ tiêu))", re.I)
# A sentence opening on the year's estimate: "Ước cả năm tạo việc làm cho khoảng 1,648 triệu người, …, trong đó …; đưa trên
# 142,8 nghìn người đi làm việc ở nước ngoài …": the parts listed after its "trong đó" are estimates too, item by item.
# (not an item with a time or a result of its own: "…; tỷ lệ hộ nghèo từ 3,1% cuối năm 2023 giảm xuống còn 2,5%", "11 tháng
# đã đào tạo nghề cho 15.000 người")
OWN_TIME_OR_RESULT = re.compile(r"\b(?:19|20)\d\d\b|\btháng\b|\bquý\b|\bđã\b|\btừ\s+(?:mức\s+)?\d", re.I)
ESTIMATE_OPENING = re.compile(r"\W*(?:dự ước|ước tính|ước)(?: thực hiện)?(?: cả năm| năm \d{4}| đến (?:hết|cuối) năm(?: \d{4})?)\b",
                              re.I)
# Children or gifts of many provinces together: "… cho hơn 6.500 trẻ em tại 48 tỉnh, thành phố" (ruling 13)
# "48 tỉnh", "hơn 10 tỉnh", "trên địa bàn 2 tỉnh Đắk Lắk, Đắk Nông"
_PROVINCES_COUNTED = r"\s+(?:địa bàn\s+)?(?:hơn\s+|gần\s+)?(?:\d+|hai|ba)\s+tỉnh\b"
IN_SEVERAL_PROVINCES = re.compile(rf"[^.;\d]{{0,45}}?\b(?:tại|ở|trên|của){_PROVINCES_COUNTED}", re.I)
SPREAD_COUNTS = ("children", "gifts", "scholarships")
# … or in a region: "Trao học bổng cho 97 học sinh hiếu thảo, vượt khó ở Tây Nguyên"
IN_A_REGION = re.compile(r"[^.;\d]{0,45}?\b(?:ở|tại|trên địa bàn)\s+(?:khu vực\s+|vùng\s+|các tỉnh\s+)?" + REGIONS.pattern)
# … or named before them: "Chương trình … kéo dài 3 ngày tại 10 tỉnh trên cả nước đã khép lại, trao tổng cộng 220 suất học bổng"
# … or named in a list: "… 350 trẻ em của tỉnh Bắc Kạn, Kon Tum, Bình Định", "1000 suất quà … ở các tỉnh: Bắc Kạn, Thanh
# Hóa" (two names that are provinces: not "của tỉnh Hà Giang, Giám đốc Sở …")
_NAME_WORDS = r"(?-i:[A-ZĐ])[^\W\d_]*(?:\s+(?-i:[A-ZĐ])[^\W\d_]*)*"
IN_PROVINCES_LISTED = re.compile(r"[^.;\d]{0,80}?\b(?:ở|tại|của|cho)\s+(?:các\s+)?tỉnh(?:,?\s*thành(?:\s+phố)?)?\s*:?\s*"
                                 rf"(?P<first>{_NAME_WORDS})\s*,\s*(?P<second>{_NAME_WORDS})", re.I)
SEVERAL_PROVINCES_BEFORE = re.compile(rf"\b(?:tại|ở|trên){_PROVINCES_COUNTED}", re.I)
# What one of them holds: "mỗi phần quà bao gồm 1 suất quà trị giá 100.000 đồng"
EACH_MADE_OF = re.compile(r"\bmỗi\s+[^\d,;.]{1,20}?\s+(?:bao gồm|gồm|có)\s*$", re.I)
# A figure after a slash that follows a named count: "có 793 hộ nghèo/53.904 hộ, tỷ lệ 1,47%" (not "1.212/1000 lao động", whose
# plan the number reader takes)
OVER_A_NAMED_COUNT = re.compile(r"\d[\d.,]*\s+[^\d/;.]{1,30}?[\wÀ-ỹ]\s*/\s*$")
# "Dự tính đến cuối năm 2016, … 2.430 lao động (đạt 101,25% kế hoạch năm)": a forecast of the result, when it is
# measured against a plan (else "dự tính" is a plan).
FORECAST = re.compile(r"\bdự (?:tính|kiến)\b", re.I)
# Words before a figure that count it from the year's start; "từ đầu tháng 10 (đến nay)" counts from a month's.
COUNTED_FROM_JANUARY = re.compile(r"\b(?:từ đầu năm|l[ũu]y kế|(?:tính )?(?:đến|tới) nay)\b", re.I)
A_MONTH = re.compile(r"\btháng\s+\d", re.I)
FROM_MONTH_START = re.compile(r"\btừ (?:(?:đầu |giữa |ngày \d{1,2}\W+)?tháng\b|ngày \d{1,2}\s*[/.-]\s*\d{1,2})", re.I)
# What a year-end projection names: "đến hết năm 2021", "cuối năm nay", "cả năm"; not a period after it
YEAR_END_AIMED = re.compile(r"\b(?:(?:đến |tới )?(?:hết|cuối) năm|cả năm|năm nay|năm \d{4}"
                            r"|(?:đến|tới|hết|cuối)\s+(?:hết |cuối )?(?:ngày 31/12|tháng 12))\b", re.I)
LATER_PERIOD = re.compile(r"\b(?:năm tới|năm sau|thời gian tới|giai đoạn tới|từ nay đến|theo kế hoạch|quý [1-4I]|tết"
                          r"|tháng (?!12\b)\d{1,2}|(?:\d+|các|những) tháng cuối năm)\b", re.I)
DONE_IN = re.compile(r"\b(?:đã|(?<!sẽ )được)\b", re.I)  # what was done ("sẽ được …" is to come)
DONE_BETWEEN = re.compile(r"\bđã\b", re.I)  # "dự kiến xuất cảnh trong tháng 12, năm 2023 tỉnh đã đưa …": a result
FORECAST_OR_WILL = re.compile(r"\b(?:dự (?:tính|kiến)|sẽ)\b", re.I)
# "…, vượt mục tiêu đề ra": a projection compared with the year's goal (ANNOTATE ruling 38)
PLAN_MET_AFTER = re.compile(r"[^.;]{0,60}?[,(]\s*(?:vượt|đạt)\s+(?:mục tiêu|kế hoạch|chỉ tiêu)\b", re.I)
# The end of a named year ("tỷ lệ hộ nghèo cuối năm 2024 còn 5,86%", "đến hết năm 2024"): on a page published before
# September of that year (ruling 1) or in an earlier year, a level not reached yet.
YEAR_END_NAMED = re.compile(r"\b(?:cuối|hết)\s+năm\s+((?:19|20)\d\d)\b", re.I)
# A poverty rate "theo chuẩn đa chiều" after the plain one, or after the poor and near-poor's "tỷ lệ nghèo đa chiều":
# another measure than the poverty rate (alone, "tỷ lệ hộ nghèo đa chiều" is the poverty rate).
MULTIDIMENSIONAL_RATE = re.compile(r"\bt[ỷỉ] lệ hộ nghèo (?:theo chuẩn )?(?:nghèo )?đa chiều[^.;%]{0,40}$", re.I)
PLAIN_POOR_RATE = re.compile(r"\bt[ỷỉ] lệ hộ nghèo(?! (?:theo chuẩn )?(?:nghèo )?đa chiều)[^.;\d%]{0,40}\d[\d.,]*\s*%", re.I)
POOR_AND_NEAR_POOR_MULTIDIMENSIONAL = re.compile(r"\bt[ỷỉ] lệ nghèo đa chiều\b", re.I)
# The multidimensionally poor as a whole whose part is the poor: "4.127 hộ nghèo đa chiều (chiếm 43,47%), trong đó hộ nghèo là
# 2.829 hộ (chiếm 29,8%)": the poor and near-poor together, as ruling 117 has it for the rate
MULTIDIMENSIONAL_POOR_AFTER = re.compile(r"\s*(?:hộ\s+)?nghèo (?:theo chuẩn )?(?:nghèo )?đa chiều\b", re.I)
MULTIDIMENSIONAL_POOR_BEFORE = re.compile(r"\bhộ nghèo (?:theo chuẩn )?(?:nghèo )?đa chiều\b[^.;\d]{0,25}$", re.I)
POOR_PART_FOLLOWS = re.compile(r"[^.;]{0,60}?\btrong đó,?\s+(?:số\s+)?hộ nghèo\b(?!\s*(?:theo chuẩn\s+)?(?:nghèo\s+)?đa chiều)",
                               re.I)
# The rate a figure is told of, nearest before it ("…, hộ nghèo giảm còn 0,97%" after "tỷ lệ nghèo đa chiều … 3,21%").
POOR_RATE_NAMED = re.compile(r"\bt[ỷỉ] lệ (?:số )?(?:hộ )?nghèo\b|(?<![\wÀ-ỹ])(?<!cận )hộ nghèo\b", re.I)
# The share the households that escaped poverty amount to, whatever it is called (ruling 63: gross, not the rate's fall).
ESCAPED_SHARE_BEFORE = re.compile(r"\bhộ thoát nghèo\b[^.;\d]{0,40}?\b(?:tương đương|tương ứng)(?: với)?[^.;\d]{0,30}$", re.I)
# A market's figure as a list item ("Nhật Bản: 80.010 lao động", "Đài Loan (Trung Quốc): 58.620"): a subset of labour
# export (ANNOTATION.md §7, ruling 80).
MARKET_ITEM_BEFORE = re.compile(rf"\b(?:{COUNTRIES})(?:\s*\([^()]{{1,20}}\))?\s*:\s*(?:khoảng |gần |hơn |trên )?$", re.I)
# The units a sentence before named together, taken up again: "của các địa phương này", "các huyện trên".
THESE_UNITS = re.compile(r"\b(?:các|những)\s+(?:địa phương|huyện|xã|thị xã)\s+(?:này|trên|nói trên)\b", re.I)
# Training by a drug rehabilitation centre ("các cơ sở CNMT tổ chức dạy nghề cho 150 người"), and the count a trained
# labour rate amounts to ("đã qua học nghề (tương đương 6 triệu lao động)"): no vocational enrolment.
REHAB_BODY = re.compile(r"cai nghiện|\bCNMT\b|cắt cơn|người nghiện", re.I)
RATE_EQUIVALENT_BEFORE = re.compile(r"\bđã qua (?:học nghề|đào tạo)[^.;\d]{0,12}\(?\s*(?:tương đương|tương ứng)(?: với)?\s*$", re.I)
# Pupils commended beside the scholarships ("… và khen thưởng 10 em"), and money given to the gratitude fund by one donor
# ("trao tặng 1 tỷ đồng cho Quỹ …": what the fund raised is "vận động", "ủng hộ … được").
COMMENDED_BEFORE = re.compile(r"\bkhen thưởng(?: cho)?\s*$", re.I)
GIVEN_BEFORE = re.compile(r"\btặng\s*(?:số tiền\s*)?$", re.I)
# The labour inspectorate's figures, and the social insurance agency inspecting as the subject of their paragraph (its
# inspections check contributions, not labour law; the inspectorate's own "thanh tra … về lao động, bảo hiểm xã hội"
# stays).
INSPECTIONS = ("inspection_rounds", "establishments_inspected", "enterprises_inspected", "establishments_violating",
               "establishments_warned", "establishments_fined", "fine_amount")
SOCIAL_INSURANCE_INSPECTS = re.compile(r"\b(?:ngành\s+)?(?:BHXH|bảo hiểm xã hội)(?:\s*\(BHXH\))?(?:\s+(?:tỉnh|thành phố|huyện"
                                       r"|Việt Nam)\b[^,.;\d]{0,20}?)?(?:\s+đã)?(?:\s+(?:tổ chức|tiến hành|triển khai|thực hiện"
                                       r"|phối hợp)){0,3}\s+(?:(?:thanh|kiểm)(?:,\s*kiểm)? tra|phát hiện)", re.I)
# … and the agency enforcing its own fines on late contributions
SOCIAL_INSURANCE_ENFORCES = re.compile(r"(?-i:\b(?:BHXH|Bảo hiểm xã hội))\b[^.;\d]{0,30}?\b(?:đã\s+)?(?:ban hành|cưỡng chế"
                                       r"|xử phạt|công khai)\b", re.I)
CONTRIBUTIONS = re.compile(r"\b(?:chậm|nợ|trốn)\s+đóng\b|\bvề\s+đóng\s+(?:BHXH|bảo hiểm)", re.I)
GOAL_WORDS = re.compile(r"\b(?:mục tiêu|phấn đấu|chỉ tiêu năm|kế hoạch năm)\b", re.I)
# "Năm 2014, … đào tạo nghề cho hơn 2.000 người, đạt 77,89% kế hoạch giao" after a goal: a result against its plan.
ATTAINED_AFTER = re.compile(r"[^.;\d]{0,60}?[,(]?\s*(?:đạt|vượt)\s+(?:khoảng\s+|gần\s+|hơn\s+|trên\s+)?[\d.,]+\s*%\s*"
                            r"(?:so với\s+)?(?:kế hoạch|chỉ tiêu)",
                            re.I)
# "126.622/126.989 đối tượng …, đạt 99,7%": the share of the plan figure beside the value.
ATTAINMENT_BEFORE = re.compile(r"[,;]?\s*(?:tức|tức là|và)?\s*(?:mới\s+|chỉ\s+)?(?:đạt|bằng)\s*(?:khoảng\s+|gần\s+|hơn\s+)?$",
                               re.I)
# "… cho 14 nghìn người, đạt 80% kế hoạch năm; trong đó 1,8 nghìn lao động đi … theo hợp đồng, đạt trên 87%": a bare
# share after a part, in a sentence whose total before gave its share of the plan, is the part's share of the plan.
PARALLEL_ATTAINMENT = re.compile(r"(?:(?!t[ỷỉ] lệ)[^.;\d]){0,80}?,\s*(?:ước\s+)?đạt\s+(?:khoảng\s+|gần\s+|hơn\s+|trên\s+)?",
                                 re.I)
# A rate named between a count and a percent: the percent is that rate, no share of the count's plan.
NAMED_RATE = re.compile(r"\bt[ỷỉ] lệ\s+(?:lao động|hộ|thất nghiệp|người|trẻ)", re.I)
# "Giải quyết việc làm cho 1.419 lao động, đạt 118,25%.": a bare share right after a count, ending its clause, is the
# count's share of its plan (what else a count "reaches" a percent of).
BARE_ATTAINMENT = re.compile(r"\s*,\s*(?:ước\s+)?đạt\s+(?:khoảng\s+|gần\s+|hơn\s+|trên\s+)?", re.I)
CLAUSE_END_AFTER = re.compile(r"\s*(?:[.;]|$)")
STOCK_RAISED = re.compile(r"\b(?:nâng|đưa)\b[^.;]{0,60}\blên\b|\btổng số\b", re.I)
OPEN_BRACKET = re.compile(r"\s*\(\s*")
# "15.443 người (đạt 106,5%)": the share of plan in brackets right after a count.
# (words without figures or a new clause may stand longer between: "981 người lao động đi làm việc có thời hạn ở nước ngoài theo hợp đồng
# (đạt 57,71%)")
BRACKETED_ATTAINMENT = re.compile(r"(?:[^()]{0,40}|[^()\d,;]{0,70})\(\s*(?:đạt|bằng)\s*", re.I)
# "… so với cùng kỳ năm 2023 (39.203 người)", "… so với số lao động xuất cảnh của năm 2021 (45.058 lao động)": the
# bracket holds the comparison's own figure.
LAST_YEAR_BRACKET = re.compile(r"so với\s+(?:[^.;()\d]{0,50}?\s)?(?:cùng kỳ(?:\s+năm\s+((?:19|20)\d\d))?"
                               r"|(?:của\s+)?năm\s+((?:19|20)\d\d))\s*\(\s*$", re.I)
# "cả hai chỉ tiêu này mới đạt 92,5% kế hoạch": the percent qualifies the last two facts.
# "Cả hai chỉ tiêu đều …", "Các chỉ tiêu này …"; not "Các địa phương đã …", which starts a figure of its own.
BOTH = re.compile(r"^\W*(?:[\wÀ-ỹ]+\s+){0,3}?(?:(cả hai|hai)\s*(chỉ tiêu|con số|số liệu|đều|này)?"
                  r"|(các)\s*(chỉ tiêu|con số|số liệu|đều|này)|(chỉ tiêu này|con số này))", re.I)
NEW_JOBS = re.compile(r"\bmới\b", re.I)
# Another item of a split of jobs: "tạo thêm việc làm cho 905", "việc làm trong tỉnh 1.200", "làm việc ngoài tỉnh 300".
JOBS_PART = re.compile(r"\b(?:tạo thêm việc làm|việc làm tăng thêm|(?:việc làm|làm việc) (?:trong|ngoài) (?:tỉnh|nước))\b"
                       r"[^.;\d]{0,30}\d", re.I)
SPENT_BEFORE = re.compile(r"\b(?:hỗ trợ|chi trả|chi(?!\s+(?:bộ|nhánh|tiết|hội|đoàn))|trao|tặng|xây dựng|sửa chữa)\b"
                          r"(?:(?!\b(?:được|vận động|đóng góp|ủng hộ|tiếp nhận)\b)[^\d]){0,25}$", re.I)
# A support policy adopted or agreed ("HĐND tỉnh vừa thông qua Nghị quyết …", "đã thống nhất chủ trương hỗ trợ …")
POLICY_ADOPTED = re.compile(r"\b(?:thông qua|ban hành)\s+(?:Nghị quyết|Quyết định|chính sách)\b|\bthống nhất chủ trương\b", re.I)
# A plan issued, then what it sets out: "UBND tỉnh ban hành Kế hoạch số 130/KH-UBND … Theo đó, năm 2020 tuyển sinh …"
# (… or a decision assigning the year's targets: "vừa ký ban hành quyết định về việc giao chỉ tiêu giải quyết việc làm …")
PLAN_ISSUED = re.compile(r"\b(?:ban hành|phê duyệt|thông qua)\s+(?:Kế hoạch|Đề án|Chương trình|Nghị quyết"
                         r"|quyết định\s+(?:về việc\s+)?giao\s+(?:các\s+)?chỉ tiêu)\b", re.I)
THEN_OPENING = re.compile(r"\W*theo đó\b", re.I)
SAME_PERIOD_COMPARED = re.compile(r"\bso với cùng kỳ\b", re.I)
# Social protection named (its allowance's own words), or the meritorious' monthly allowance told in a sentence before
SOCIAL_PROTECTION_NAMED = re.compile(r"\b(?:bảo trợ xã hội|trợ cấp xã hội|trợ giúp xã hội)\b", re.I)
# A count on top of what is done: "… khoảng 500 lao động nữa" (not "nữa" of a later clause: "…, nữa là …")
MORE_STILL_AFTER = re.compile(r"[^.;,\d]{0,25}?\bnữa\b", re.I)
# A mark a count passed, not the count: "vượt mức 100.000 người", "liên tục vượt mốc 115 nghìn người"
MILESTONE_BEFORE = re.compile(r"\bvượt (?:qua )?(?:mức|mốc|ngưỡng|con số)\s*$", re.I)
# The first group gifts are said to go to, when it is no children's: "320 suất quà cho các trường hợp khó khăn", "120 suất
# quà cho bệnh nhân tâm thần", "1.500 suất quà trị giá 450 triệu đồng nhân dịp Tết cho các hoàn cảnh khó khăn", "5 phần quà
# cho 5 nhân viên của trường" (not "cho các em có hoàn cảnh khó khăn", "cho học sinh")
GIFTS_FOR_OTHERS_AFTER = re.compile(
    r"(?:(?!\bcho\b)[^.;]){0,80}?\bcho\s+(?:các\s+|những\s+)?(?:\d[\d.]*\s+)?(?:bệnh nhân|nhân viên|bà con|giáo viên|trường hợp"
    r"|hoàn cảnh|người|hộ|gia đình|đối tượng|cán bộ|công nhân|hội viên|đoàn viên)\b", re.I)
# A bare "suất" for children after parcels given earlier in the sentence: "đoàn đã trao 60 suất quà cho người nghèo; 175
# suất cho học sinh tiểu học và 150 suất cho trẻ em tại làng Ter" (the parcels' list goes on)
GIFTS_GIVEN_BEFORE = re.compile(r"\b(?:trao|tặng)\b[^.;]{0,40}?\b(?:suất|phần) quà\b", re.I)
FOR_CHILDREN_AFTER = re.compile(r"\s+cho\s+(?:các\s+)?(?:em\s+)?(?:học sinh|trẻ em|thiếu nhi|cháu)\b", re.I)
# What a gift count holds, scholarships among it: "14.063 suất quà với tổng trị giá trên 1 tỷ đồng bao gồm: Học bổng, …"
SCHOLARSHIPS_AMONG_GIFTS = re.compile(r"(?:[^.;]|\.(?=\d))*?\b(?:bao gồm|gồm)\s*:?[^.;]{0,40}?\bhọc bổng\b", re.I)
# One group of the people on social allowance, named right after its count: "600 người khuyết tật nặng", "500 người cao
# tuổi", "45 trẻ em mồ côi".
ALLOWANCE_GROUP_AFTER = re.compile(r"\s*(?:(?:người|đối tượng)\s+)?(?:khuyết tật|cao tuổi|tâm thần)\b|\s*trẻ em\b", re.I)
MERITORIOUS_ALLOWANCE = re.compile(r"\b(?:người có công|thân nhân liệt sĩ|thương binh(?!\s*(?:và|&|-|–)\s*xã hội)|đối tượng chính sách)"
                                   r"\b[^.;]{0,80}\btrợ cấp\b", re.I)
# The most a Covid-19 payment gave one person or household (the resolutions' rates ran from 250,000 to 3.71 million
# đồng): an amount up to this, not called a total, is a rate, not what a place paid out.
COVID_RATE_MAX = 5_000_000
# The poor named before the near-poor's cue: both groups counted together ("tổng số hộ nghèo, hộ cận nghèo … là N hộ")
POOR_JOINED_BEFORE = re.compile(r"\bhộ nghèo(?: đa chiều)?\s*(?:,|và|và\s+hộ|,\s*hộ)\s*$", re.I)
# … or the near-poor named right after the poor's cue, the last poor's cue before the figure ("Địa phương có số hộ nghèo,
# cận nghèo cao nhất là: Bắc Trà My 5.089 hộ, …")
NEAR_POOR_JOINED_AFTER = re.compile(r"(?:số\s+)?hộ nghèo(?: đa chiều)?\s*(?:,|và|/|và\s+hộ|,\s*hộ)\s*(?:hộ\s+)?cận nghèo\b",
                                    re.I)
# Workers of one group after the figure: "1.500 lao động thuộc diện hộ gia đình nghèo, cận nghèo", "… thuộc hộ nghèo"
ONE_GROUP_AFTER = re.compile(r"\s*(?:lao động|người|lượt người|học viên)?\s*(?:là\s+)?(?:con em\s+)?(?:của\s+)?thuộc\s+(?:diện\s+)?"
                             r"(?:các\s+)?(?:hộ|gia đình)\s+(?:gia đình\s+)?(?:nghèo|cận nghèo|chính sách|người có công|dân tộc"
                             r"|đồng bào)", re.I)
# … or before it, some levels only: "Trong đó, tuyển sinh trình độ cao đẳng, trung cấp được hơn 70 nghìn người" (not all three)
SOME_LEVELS_BEFORE = re.compile(r"\b(?:trình độ|bậc|hệ)\s+(?:cao đẳng|trung cấp|sơ cấp)(?:\s*(?:,|và)\s*(?:trình độ\s+)?"
                                r"(?:cao đẳng|trung cấp|sơ cấp))?(?!\s*(?:,|và)\s*(?:trình độ\s+)?(?:cao đẳng|trung cấp|sơ cấp))"
                                r"[^.;,\d]{0,20}?\s(?:được|là|đạt|cho)\s+" + _ABOUT, re.I)
# (not every level: "2.092 người trình độ cao đẳng, trung cấp và sơ cấp")
ONE_LEVEL_AFTER = re.compile(r"\s*(?:ở\s+)?(?:trình độ|bậc|hệ)\s+(?:cao đẳng|trung cấp|sơ cấp)"
                             r"(?!\s*(?:,|và)\s*(?:trình độ\s+)?(?:cao đẳng|trung cấp|sơ cấp))", re.I)
# "từ đầu tháng 10 đến nay": the month so far
MONTH_SO_FAR = re.compile(r"\btừ đầu tháng (\d{1,2})\s*,?\s*(?:đến|tới) nay\b", re.I)
# One company as the subject: "Còn Công ty Cổ phần LMK … chỉ bị phạt 27,5 triệu đồng"
ONE_COMPANY = re.compile(r"\b(?:(?-i:Tổng )?(?-i:C)ông ty|(?-i:D)oanh nghiệp)\s+(?:TNHH|CP|Cổ phần|(?-i:[A-ZĐ]))", re.I)
# The reason a fine was imposed: "bị phạt … do …", "Lý do công ty này …".
FINE_REASON_BEFORE = re.compile(r"\b(?:bị phạt|xử phạt)\b[^.]*?\b(?:do|vì)\b|\blý do\b", re.I)
# Items named before again: "cả 3 doanh nghiệp trên", "cả 2 trường hợp này".
BACK_REFERENCE_BEFORE = re.compile(r"(?<!tất )\bcả\s+$", re.I)
BACK_REFERENCE_AFTER = re.compile(r"\s*(?:trên(?!\s+(?:địa bàn|toàn|cả|\d))|nói trên|kể trên|này|đó)\b", re.I)
# The base of a comparison, in brackets: "tăng gần ba lần so với năm 2021 (trên 6.700 lao động)"
COMPARED_BASE_BEFORE = re.compile(r"\bso với (cùng kỳ )?năm ((?:19|20)\d\d)\s*\(\s*(?:khoảng |gần |hơn |trên )?$", re.I)
# … or a bracket that names the base's time before its figure: "bằng 108,23% so với cùng kỳ năm ngoái (9 tháng năm 2022,
# tổng số lao động Việt Nam đi làm việc ở nước ngoài là 103.026 lao động)"
COMPARED_BRACKET_LEAD = re.compile(r"\bso với\b[^.;()]{0,40}?\(\s*(?P<lead>[^()]{0,140})$", re.I)
# (the lead's own time words: nothing else in it may be a figure)
TIME_WORDS = re.compile(r"(?:19|20)\d\d|\b(?:tháng|quý)\s*[\dIV]+|\b\d{1,2}\s+tháng\b", re.I)
# An item labelled with its year: "kế hoạch năm 2021: 28.000 người"
YEAR_ITEM = re.compile(r"\W*(?P<label>[^\W\d_][^\d;:()]{0,30}?)\s+năm\s+(?P<year>(?:19|20)\d\d)\s*:\s*")
# One item of a list of places with their figures in brackets: "; Hà Nội (138 ngàn người".
# … or a district's item with its figure after the name: "; thị xã Ninh Hòa 64 người", "; huyện Lục Yên là 2.113 người"
UNIT_ITEM = re.compile(r"\W*(?:và\s+)?(?:TP\.?|thành phố|thị xã|huyện|quận)\s*(?-i:[A-ZĐ])[^\W\d_]*(?:\s+(?-i:[A-ZĐ])[^\W\d_]*){0,3}"
                       r"\s*(?:\s(?:là|có)\s+|:\s*|\s)(?:khoảng\s+|gần\s+|hơn\s+|trên\s+)?", re.I)
ITEM_ENDS = re.compile(r"\s*(?:[,;.)]|chiếm\b|$)")  # … the item ends at its figure (not "… 12 người bị tai nạn lao động")
LIST_ITEM = re.compile(r"\W*(?:và\s+)?(?P<name>[^\W\d_][^\d;:()]{0,30})\(\s*(?:khoảng|gần|hơn|trên)?\s*$")
# A line opening with a figure, or a verb and a figure ("Trao 25 suất học bổng …"), not a date.
FIGURE_FIRST = re.compile(r"\W*(?:(?!năm|tháng|quý|ngày|đến|tính)[^\W\d_]+\s+){0,2}(?!(?:19|20)\d\d\b)"
                          r"\d[\d.,]*(?![\d.,]*\s*(?:tháng|quý|năm|[/)]|\.\s))", re.I)
# "đặt mục tiêu đưa 1.000 người … nhưng chỉ đạt 395 người": what was reached.
# ("…; lũy kế 8 tháng đạt 3.200 người": the running total after a plan)
ACHIEVED_BEFORE = re.compile(r"\b(?:nhưng|song|tuy nhiên)\s+(?:chỉ\s+|mới\s+)?đạt(?:\s+được)?\s*$"
                             rf"|\b{RUNNING_WORDS}(?:\s+\d+\s+tháng)?\b[^,;.\d]{{0,25}}?\bđạt(?:\s+được)?\s*$", re.I)
# A statement on one of them, its sum what one cost: "Mỗi căn được xây dựng rộng từ 30m2 đến 54 m2, với kinh phí từ 46 triệu
# đến 60 triệu đồng"
EACH_ONE_OPENING = re.compile(r"\W*mỗi\s+(?:căn|ngôi nhà|nhà|suất|phần quà|hộ|người)\b", re.I)
# "mỗi huyện trao 5 suất", "mỗi huyện có 10 học sinh": a count per unit, no total.
PER_UNIT_BEFORE = re.compile(r"\bmỗi\s+(?:huyện|xã|phường|thị trấn|tỉnh|trường|đơn vị|địa phương|thôn|bản|căn|(?:ngôi )?nhà|suất"
                             r"|công ty|doanh nghiệp|cơ sở"
                             r"|hộ|gia đình|người|trường hợp|đối tượng|em|cháu)\b[^,;.\d]{0,30}$"
                             # "có những gia đình có 9-10 người xuất khẩu lao động": some of them, no total
                             r"|\bnhững\s+(?:hộ|gia đình|nhà)\s+có\s+(?:tới\s+|đến\s+)?$"
                             r"|\bmức (?:hỗ trợ|chi)\b[^,;.\d]{0,20}$",  # "mức hỗ trợ là 60 triệu đồng": a rate per unit
                             re.I)
# A job centre whose own results a sentence gives (ruling 119), unless it is only the source ("Theo Trung tâm Dịch vụ
# việc làm tỉnh, năm 2023, toàn tỉnh …").
JOB_CENTRE = re.compile(r"\btrung tâm\s+(?:dịch vụ|giới thiệu|DV)\s*việc làm\b", re.I)
SOURCE_BEFORE = re.compile(r"\b(?:theo|thông tin từ|số liệu (?:của|từ))\b[^,.;:]*$", re.I)
VERB_FIRST = re.compile(r"\W*(?:(?:đã|đang|cũng)\s+)*(?:giải quyết|tư vấn|giới thiệu|đưa|tổ chức|tuyển|kết nối|hỗ trợ)\b", re.I)
AMONG_OPENING = re.compile(r"\W*trong (?:đó|số (?:đó|này))\b", re.I)
WHOLE_AREA = re.compile(r"\b(?:toàn|cả) (?:huyện|thị xã|thành phố|tỉnh)\b", re.I)
# Jobs found through labour export and other channels together: "… qua hình thức xuất khẩu lao động, cung ứng dịch vụ việc
# làm và qua các hình thức khác là 12.400 người".
OTHER_CHANNELS_TOO = re.compile(r"\b(?:và|cùng)\s+(?:qua\s+|thông qua\s+)?(?:các\s+)?(?:hình thức|kênh|nguồn) khác\b", re.I)
# "45.166 hộ nghèo, hộ cận nghèo": both groups counted together.
POOR_AND_NEAR_POOR_AFTER = re.compile(r"\s*nghèo\s*(?:,|và|/)\s*(?:hộ\s+)?cận nghèo", re.I)
WORK_ELSEWHERE_AFTER = re.compile(r"\s*(?:đi\s+)?làm việc\s+(?:ở|tại)?\s*(?:các\s+)?(?:tỉnh ngoài|ngoài tỉnh|tỉnh khác|trong nước)",
                                  re.I)
# "2,93% hộ nghèo, tương đương 815.101 hộ": the share of households that are poor is the poverty rate;
# "có 87% lao động qua đào tạo": the share of workers trained is the trained-labour rate.
RATE_OF_AFTER = (("poverty_rate", re.compile(r"\s*(?:số\s+)?hộ nghèo\s*,?\s*(?:tương đương|tương ứng|với)\b", re.I)),
                 ("trained_labour_rate", re.compile(r"\s*lao động (?:đã )?qua đào tạo\s*(?:[,;.)]|$)", re.I)))
FIRST_BATCH_AFTER = re.compile(r"\s*đầu tiên\b", re.I)
THIS_YEAR_NAMED = re.compile(r"\bnăm nay\b|\bnăm \d{4}\b", re.I)
# Fines proposed to a higher body ("… đề xuất … UBND TP.HCM ban hành 47 quyết định xử phạt …"; a dot not before a space is
# an abbreviation's); "tham mưu … ban hành" alone is how fines imposed are told
FINES_PROPOSED = re.compile(r"\bđề xuất\b(?:[^.;]|\.(?!\s)){0,80}?\bquyết định xử phạt\b", re.I)
# … and fines a team asks a higher body to impose ("Đoàn kiểm tra đã đề nghị UBND quận xử phạt hành chính đối với 8 DN")
# (… "kiến nghị xử phạt 7 doanh nghiệp"; not when a decision follows: "đề nghị xử phạt và … đã ra quyết định xử phạt 5 cơ sở")
FINES_ASKED_OF = re.compile(r"\b(?:đề nghị|đề xuất|kiến nghị)\s+(?:(?:UBND|Ủy ban|Uỷ ban|Chủ tịch|cấp|cơ quan|Thanh tra)\b[^.;\d]{0,60}?\s)?"
                            r"(?:ra quyết định |ban hành quyết định )?xử phạt\b", re.I)
DECIDED = re.compile(r"\bquyết định\b|\bban hành\b", re.I)
# A statement opening on a total it goes on to split: "Trong số 39.553 hộ nghèo có …" (the figure after it, not it),
# and the words of a new level told after the parts.
NEW_LEVEL_WORDS = re.compile(r"\bcòn\b|\btoàn (?:huyện|tỉnh|thành phố)\b|\bđến (?:cuối|hết|nay)\b", re.I)
TOTAL_OPENING = re.compile(r"\W*trong (?:tổng )?số\s+(?:khoảng\s+|gần\s+|hơn\s+|trên\s+)?\d[\d.,]*(?=\s)", re.I)
TOTAL_RESTATED = re.compile(r"\btrong tổng số\s*$", re.I)  # "Trong tổng số gần 1 nghìn lao động …, có …"
LOCAL_JOBS_AFTER = re.compile(r"\s*(?:ở|tại) địa p(?!hương\s*(?:và|,))", re.I)  # (a cut-short page's "tại địa p" too)
# One class opening its clause or opened, before its learners: "Lớp dạy nghề miễn phí cho 58 người", "khai giảng lớp … cho
# 46 học viên" (not "mở 05 lớp", nor "đã mở lớp đào tạo nghề cho 1.200 lao động": classes, a bare noun)
CLASS_SIZE = 100  # learners one class holds at most: more under a bare "lớp" are classes ("khai giảng lớp … cho 2.300 người")
ONE_CLASS_BEFORE = re.compile(r"(?:^\W*|\bkhai giảng\s+|\bmột\s+|\b01\s+)lớp\b(?! học viên)[^\d.;]{0,80}$", re.I)
# … and a class or a few opened, closed or held, before their learners in the statement: "tổ chức bế giảng lớp đào tạo nghề
# … cho 25 học viên", "thành lập lớp dạy nghề đan lục bình do … thu hút được hơn 30 học viên", "tổ chức 2 lớp dạy nghề cho
# 100 lao động" (ruling 158), "mở thêm 2 lớp đào tạo nghề (cho 70 học viên)", "2 lớp … (33 học viên) và thợ nề (30 học
# viên)": a batch, CLASS_SIZE learners a class at most
FEW_CLASSES_BEFORE = re.compile(r"\b(?:khai giảng|bế giảng|mở(?: thêm)?|thành lập|tổ chức(?: được)*)\s+(?:(?P<n>0?[1-5])\s+)?"
                                r"lớp\b(?! học viên)[^.;]{0,160}$", re.I)
# What the sentence before led to: "Qua đó phát hiện 41 DN vi phạm", "Kết quả đã giải quyết …" (not "Kết quả rà soát …")
LED_TO_OPENING = re.compile(r"\W*(?:qua đó|kết quả(?=\s*[,:]|\s+(?:đã|là)\b)|nhờ đó|qua (?:kiểm tra|thanh tra))\b", re.I)
# … and what was done in the same months: "Từ đầu năm đến nay, huyện Tuy An … Cùng thời gian, huyện Sơn Hòa đã …"
SAME_TIME_OPENING = re.compile(r"\W*(?:(?:cũng\s+)?trong\s+)?(?:cùng\s+(?:thời gian|khoảng thời gian|thời điểm)(?:\s+(?:này|đó|trên))?"
                               r"|(?:thời gian|khoảng thời gian)\s+(?:này|đó|trên))\s*,", re.I)
PAST_DONE = re.compile(r"\bđã\b|\bđược\b(?! giao)", re.I)
PURPOSE_OPENING = re.compile(r"\W*(?:để|nhằm)\s+(?:hoàn thành|đạt(?:\s+được)?|thực hiện)\s+(?:(?:các|những)\s+)?(?:chỉ tiêu|mục tiêu|kế hoạch)\b",
                             re.I)  # the goal a sentence's work serves, in its opening clause
# The months compared, another year's (not "cùng thời gian đó": at that time)
SAME_PERIOD = re.compile(r"\bcùng (?:kỳ|kì|thời điểm|giai đoạn)\b|\b(?:cùng )?thời gian này (?:của )?năm\b", re.I)
RESPECTIVE_PLANS_BETWEEN = re.compile(r"\s*\(\s*(?:chỉ tiêu|kế hoạch|KH)(?: giao)?\s+tương ứng(?: là)?\s*:?\s*", re.I)
PARTS_OF_IT = re.compile(r"\btrong (?:đó|số (?:này|đó))\b|\b(?:bao )?gồm\b", re.I)  # a total's parts follow it
TOTAL_WORD = re.compile(r"\btổng (?:kinh phí|số tiền|số kinh phí)\b", re.I)
GROUPS_TOTAL = re.compile(r"\b(?:các|\d+) (?:nhóm )?đối tượng\b|\bcác nhóm\b", re.I)  # a total paid to groups its paragraphs go on to detail
MONEY_OF_THE_HOUSES = re.compile(r"[^.;\d]{0,40}?\bvới\s+(?:tổng\s+)?(?:kinh phí|số tiền)(?:\s+là)?\s*", re.I)
HOUSE_COUNT = re.compile(r"\b\d[\d.,]*\s+(?:căn|ngôi nhà|nhà)\b", re.I)
PAID_SINCE = re.compile(r"\b(?:đã (?:chi trả|chi|hỗ trợ|giải ngân)|đến nay)\b", re.I)  # "… lập danh sách …, đến nay đã chi trả cho …"
# (… also after who tells it: "UBND huyện Thoại Sơn cho biết, năm qua, …")
PAST_YEAR_OPENING = re.compile(r"\W*(?:[^.;\d]{0,120}?\bcho biết,?\s+)?(?:trong )?năm qua\b", re.I)
LIST_JOIN = re.compile(r"[^\d.;()]{0,40}?(?:,|\bvà\b)\s*", re.I)  # "… tiểu học, ", "… THCS và "
# A sentence telling of a day's or some days' event, after a dateline: "BẮC NINH - Từ ngày 20 - 25/10, …", "Sáng 25/7, …"
EVENT_DAYS_OPENING = re.compile(r"\W*(?:[^\W\d_]+(?: [^\W\d_]+){0,3}\s*[-–]\s*)?(?:từ\s+)?(?:(?:sáng|chiều|tối|trưa)\s+)?(?:ngày\s+)?"
                                r"\d{1,2}\s*[/.-]", re.I)
# The list approved ("được phê duyệt", "phê duyệt danh sách và kinh phí hỗ trợ …"), or the money ("phê duyệt kinh phí hỗ
# trợ cho …"); "đã phê duyệt chi hỗ trợ cho N người" is done.
# … or set aside for it: "UBND tỉnh … trích 12 tỷ đồng hỗ trợ 8.000 người bán vé số dạo" (money allotted, not yet paid)
COVID_APPROVED = re.compile(r"\bđược phê duyệt\b|\bphê duyệt (?:danh sách|kinh phí|hỗ trợ)\b|\btrích\b", re.I)
# "209.620 người … được phê duyệt hỗ trợ", "173.000 người thuộc 4 nhóm đối tượng: người có công …, cận nghèo được phê duyệt"
APPROVED_AFTER = re.compile(r"[^.;]{0,160}?\bđược phê duyệt\b", re.I)
# (not lists taken in, "tiếp nhận", nor "ghi nhận", "xác nhận", nor approved to receive: "được phê duyệt nhận tiền hỗ trợ")
PAID_WORDS = re.compile(r"\b(?:chi trả|đã chi|(?<!tiếp )(?<!ghi )(?<!xác )(?<!phê duyệt )nhận|giải ngân|hoàn thành|đã hỗ trợ)\b",
                        re.I)
# What a sentence says was done ("Đến nay, toàn tỉnh đã có 12.000 lao động được hỗ trợ"): no policy's plan
DONE_BEFORE = re.compile(r"\b(?:đã|đến nay|được (?:nhận|hỗ trợ))\b", re.I)
COMMUNES_AFTER = re.compile(r"[^.;\d]{0,80}?\btrên địa bàn (?:xã|phường|thị trấn)\s+(?-i:[A-ZĐ])[^,.;\d]{0,30}?(?:,|\bvà\b)\s*"
                            r"(?:hai |ba |các )?(?:xã|phường|thị trấn)", re.I)
ALL_HOUSEHOLDS_BEFORE = re.compile(r"\btổng số hộ(?: dân| gia đình)?(?:\s+(?:toàn|của|trên|trong)\s(?:(?!nghèo)[^,.;\d]){0,30})?"
                                   r"\s*(?:là|có|:)?\s*$"
                                   r"|\b(?:trên|/)\s*tổng số\s*$",  # "3.654 hộ trên tổng số 484.930 hộ dân, chiếm 0,75%"
                                   re.I)
# Words of what is still to come, or of days within the month: "Sở tiếp tục trao …", "từ ngày 1/7 đến ngày 30/9".
TO_COME = re.compile(r"\b(?:sẽ|tiếp tục|từ nay|dự kiến|phấn đấu)\b|\btừ ngày\b", re.I)
# A sentence opening on a year of its own: "Năm 2024, …", "Riêng năm 2024, …", "Trong năm 2024, …".
YEAR_OPENING = re.compile(r"(?:(?<=[.!?\n])|(?<=[.!?] ))\s*(?:Riêng\s+|Trong\s+|Riêng trong\s+)?[Nn]ăm\s+(?:19|20)\d\d\s*,")
# A rate said to count the near-poor too: "… giảm 6,26%, tương đương với 11.710 hộ nghèo và cận nghèo".
BOTH_GROUPS_BETWEEN = re.compile(r"\btương (?:đương|ứng)(?: với)?\s+[\d.,]+\s+hộ nghèo\s*(?:và|,)\s*(?:hộ\s+)?cận nghèo\b", re.I)
# A clause that goes on naming what a rate counts: "tỷ lệ lao động qua đào tạo có bằng, có chứng chỉ …".
QUALIFYING_CLAUSE = re.compile(r"[\s,]*(?:có|không có|chưa có|được cấp)\s+(?:bằng|chứng chỉ|văn bằng)\b", re.I)
# The near-poor's own figure next, with its own verb: "hộ nghèo giảm còn 0,97% và hộ cận nghèo giảm còn 2,24%" (not
# one rate of both: "2,5% hộ nghèo và cận nghèo").
NEAR_POOR_ITEM_AFTER = re.compile(r"\s*(?:,\s*|;\s*|\s+và\s+)(?:số\s+|t[ỷỉ] lệ\s+)?hộ cận nghèo\s+(?:(?:đã|cũng)\s+)?"
                                  # (or its figure right after: "… là 17.022 hộ và số hộ cận nghèo 18.520 hộ")
                                  r"(?:(?:giảm|còn|là|chiếm|có|tăng)\b|(?:khoảng\s+|gần\s+|hơn\s+|trên\s+)?\d)", re.I)
# What is left: "Nghệ An còn khoảng 2,74% hộ nghèo" (the share of households left poor is the poverty rate), "Hiện còn
# 19 trường hợp …, gồm: TP Ninh Bình còn 05 trường hợp" (people a payment is still owed to).
LEFT_BEFORE = re.compile(r"\bcòn(?:\s+lại)?\s*(?:khoảng|gần|hơn|dưới|trên|chưa đến)?\s*$", re.I)
# ("… còn 0,97% thuộc diện hộ nghèo"; a headline ending on it: "Huyện … vẫn còn 50,84% hộ nghèo")
POOR_ONLY_AFTER = re.compile(r"\s*(?:thuộc diện\s+)?hộ nghèo\b(?!\s*(?:và|,|hoặc)\s*(?:hộ\s+)?cận nghèo)"
                             r"(?=\s*(?:[,.;()\n]|$|(?:giảm|so với|và|toàn|trên|của|theo|vào)\b))", re.I)
# … of the province or district, not a commune's, a town's or an area's ("riêng các huyện miền núi còn 9,8% hộ nghèo")
BARE_COUNT_AFTER = re.compile(r"\s*(?:[;,.)]|và\b|$)")  # "Krông Nô: 2.950 hộ; …" (not "510 hộ thoát nghèo")
RATE_NAMED = re.compile(r"(?P<fall>\bgiảm\s+)?\bt[ỷỉ] lệ hộ nghèo\b", re.I)
ANY_RATE = re.compile(r"(?:\bgiảm\s+)?\bt[ỷỉ] lệ\b", re.I)
LEVEL_ITEM = re.compile(r"\b(?:còn|xuống)\b", re.I)


def _district_listed_rate(text: str, q: Quantity, clause: Span, sr: SentenceReading, mentions: list
                          ) -> tuple[str, bool] | None:
    """(metric, whether a goal) of a district's percent listed in a breakdown after the poverty rate is named, within
    300 characters before its paragraph ("UBND tỉnh vừa giao chỉ tiêu phấn đấu giảm tỷ lệ hộ nghèo năm 2017 cho các
    huyện … Cụ thể, huyện Minh Hóa giảm từ 6,5-7,2%; Tuyên Hóa 4,5-5,0%; …"): the districts' shares of that rate."""
    if q.kind != "percent" or not sr.breakdown or q.start - clause.start >= 60:
        return None
    item = first_place(mentions, clause.start, q.start)
    last_rate = _last_match(ANY_RATE, text, max(0, sr.paragraph.start - 300), q.start) if item and item.district else None
    named = RATE_NAMED.match(text, last_rate.start()) if last_rate else None
    if named is None:  # the rate named last is another ("tỷ lệ lao động qua đào tạo đạt 71%. Trong đó, …")
        return None
    level = LEVEL_ITEM.search(text, clause.start, q.start) is not None  # "huyện Mường Lát còn 32,4%": the rate itself
    return ("poverty_rate_reduction" if named.group("fall") and not level else "poverty_rate",
            bool(GOAL_WORDS.search(text, max(0, named.start() - 60), named.end())))


# The statistics a commune's own count would misstate under its district or province (ruling 61; events it holds, gifts
# handed out, stay facts).
# (and a commune's own Covid-19 payout: "Tại thị trấn Sa Rài, … chi tiền … với tổng số tiền trên 881 triệu đồng")
COMMUNE_STATISTICS = (*POVERTY_STATISTICS, "jobs_created", "trained_labour_rate", "labour_export", "covid_support_recipients",
                      "covid_support_amount")
# A figure said to be a commune's ("tỷ lệ hộ nghèo của xã chỉ còn 4,6%"), and a paragraph about one commune ("Còn tại
# xã Triệu An, huyện Triệu Phong, …"), with the units that place it, until a wider unit is the subject again.
OF_THE_COMMUNE = re.compile(r"\b(?:của|ở|tại|trên địa bàn)\s+(?:xã|phường|thị trấn)\b(?!\s+(?:hội|khó khăn|miền núi|vùng|nghèo|đặc biệt))"
                            r"[^.;,\d]{0,30}$", re.I)
COMMUNE_PARAGRAPH = re.compile(r"\W*(?:[Cc]òn\s+)?(?:[Tt]ại|[Ởở]|[Tt]rên địa bàn)\s+(?:xã|phường|thị trấn)\s+(?-i:[A-ZĐ])[^,.;:\d]*"
                               r"(?:,\s*(?:huyện|thị xã|thành phố|quận|tỉnh)\s+[^,.;:\d]*)*", re.I)
# "Xã Phước Sang, Phú Giáo: …", or a commune or ward as the title's subject: "Phường Hòa Bình trao 939 suất quà Tết …"
COMMUNE_TITLE = re.compile(r"\W*(?:xã|phường|thị trấn)\s+(?-i:[A-ZĐ])[^.:;\n]{0,60}:"
                           r"|\W*(?-i:Xã|Phường|Thị trấn)\s+(?-i:[A-ZĐ])[\w]*(?:\s+(?-i:[A-ZĐ])[\w]*){0,3}\s+(?-i:[a-zđ])", re.I)
# … or a page opening on the commune's own report (in its first OPENING_CHARS characters): "Theo báo cáo của xã, … trên
# địa bàn xã Thăng An, …"
OPENING_CHARS = 600
COMMUNE_REPORT = re.compile(r"\bbáo cáo của (?:UBND\s+|Ủy ban nhân dân\s+)?(?:xã|phường|thị trấn)\b(?!\s+hội)", re.I)
OTHER_UNIT = re.compile(r"\b(?:huyện|thị xã|thành phố|quận|tỉnh)\b", re.I)
# A district's or province's own figure after a commune named as a subject: "cả xã Ea Ning … , tỷ lệ hộ nghèo toàn huyện"
WIDER_UNIT = re.compile(r"\b(?:toàn|cả|của|trên địa bàn) (?:huyện|thị xã|thành phố|tỉnh)\b|\b(?:huyện|tỉnh) (?-i:[A-ZĐ])", re.I)
# A group whose share is poor, not the place's households: "Trong 1.500 hộ được vay vốn, còn 20% …", "đồng bào Mông …"
GROUP_NAMED = re.compile(r"\btrong (?:số )?(?:[\d.,]+ )?hộ\b|\bđồng bào\b|\bdân tộc\b|\btrong đó\b", re.I)
URBAN_BEFORE = re.compile(r"\b(?:thành thị|đô thị)\b[^.;\d]{0,30}$", re.I)
# The whole place's rate after the urban one: "tỷ lệ thất nghiệp ở khu vực đô thị dưới 4%, toàn thành phố dưới 3%"
# (not the country compared with: "… thành thị của tỉnh là 3,5%, thấp hơn cả nước 4,2%")
OVERALL_AFTER = re.compile(r"[^.;\d]{0,12}\b(?:toàn (?:tỉnh|thành phố)|chung)\b[^.;\d%]{0,20}"
                           r"(?:(?:dưới|trên|khoảng|là|ở mức|còn)\s+)?[\d.,]+\s*%", re.I)
# (not "tỷ lệ thất nghiệp của lao động trong độ tuổi ở khu vực thành thị": the urban rate itself)
OVERALL_UNEMPLOYMENT = re.compile(r"\bt[ỷỉ] lệ thất nghiệp (?:chung|(?:của )?(?:lao động |người )?trong độ tuổi)"
                                  r"(?![^.;\d%]{0,30}thành thị)[^.;\d%]{0,40}\d[\d,.]*\s*%", re.I)  # with its own figure
FEMALE_AFTER = re.compile(r"[^\S\n]*(?:là[^\S\n]+)?nữ\b", re.I)
# A figure right after a named commune, ward or town: "xã Ba Cụm Bắc 92 hộ", "thị trấn Tô Hạp (hơn 15,39%)"; or after a bare
# name listed ("2 xã … là Ba Cụm Nam 47 hộ và Sơn Trung 49 hộ") where communes are counted or named before it
_NAME = r"(?:(?-i:[A-ZĐ])[\wÀ-ỹ']*\s+){1,4}(?:\(\s*)?"
# A sentence on some communes, villages or an area: "Tại 24 xã đặc biệt khó khăn, còn hơn 2,5 nghìn hộ nghèo, chiếm tỷ lệ 9,25%"
SOME_COMMUNES_OPENING = re.compile(r"\W*(?:riêng\s+)?(?:tại|ở|đối với|trong)\s+(?:các\s+|những\s+|\d+\s+)(?:xã|phường|thôn|bản|"
                                   r"thôn,\s*bản|vùng|khu vực)\b", re.I)
COMMUNE_ITEM_BEFORE = re.compile(rf"\b(?:xã|phường|thị trấn)\s+{_NAME}(?:là\s+|có\s+|với\s+)?{_ABOUT}", re.I)
LISTED_NAME_BEFORE = re.compile(rf"(?:[,;:]\s*|\bvà\s+|\blà\s+){_NAME}{_ABOUT}", re.I)
COMMUNES_LISTED = re.compile(r"\b(?:(?:\d+|các|những|hai|ba)\s+(?:xã|phường|thị trấn)\b|(?:xã|phường|thị trấn)\s+(?-i:[A-ZĐ]))",
                             re.I)
POOR_HOUSES_RE, MERITORIOUS_RE = re.compile(POOR_HOUSES, re.I), re.compile(MERITORIOUS, re.I)
SIGHTSEEING_AFTER = re.compile(r"\s*(?:đi\s+)?tham quan\b(?!,?\s*(?:và\s+)?điều dưỡng)", re.I)
JOBS_LOST_RE = re.compile(JOBS_LOST, re.I)
# Lending entrusted to the bank (the bank named alone is POLICY_BANK): "… ủy thác qua … cho … vay …, tạo việc làm cho …"
LOANS_ENTRUSTED = re.compile(r"\b(?:ủy thác|uỷ thác)\b(?:[^.]|\.(?=\d))*\bvay\b(?:[^.]|\.(?=\d))*$",
                             re.I)  # (dots inside numbers: "vay 1.800 tỷ đồng, tạo việc làm cho …")
# … or said after the figure: "608 lao động được giải quyết việc làm từ nguồn vốn ngân sách thành phố ủy thác qua Ngân hàng
# Chính sách xã hội", "… cho 500 lao động thông qua vay vốn Quỹ quốc gia về việc làm"
LOANS_AFTER = re.compile(r"[^.;\d]{0,60}?\b(?:từ\s+(?:các\s+)?(?:nguồn\s+)?(?:vốn|quỹ)\b[^.;\d]{0,80}?\b(?:ủy thác|uỷ thác"
                         r"|Ngân hàng Chính sách|NHCSXH|vay)\b|thông qua\s+(?:(?:chương trình|nguồn)\s+)?(?:cho\s+)?vay\b)", re.I)
# An amount for each person or household, not a total: no count before "cho người lao động"
PER_HEAD_AFTER = re.compile(r"[^\d.;]{0,40}?\bcho\s+(?:mỗi\s+|1\s+)?(?:người|lao động|hộ|đối tượng)\b", re.I)
EACH_ONE_BEFORE = re.compile(r"\bmỗi\s+(?!năm\b|tháng\b|đợt\b)[^\d,.;]{1,20}?\s*(?:là\s+|được\s+|từ\s+)?$", re.I)
# Several fined alike: "Cả 3 công ty đều bị … xử phạt với số tiền …" (not a total: "… với tổng số tiền …")
ALL_OF_THEM_FINED = re.compile(r"\bđều\s+bị\b(?:[^.;]|(?<=[A-Z])\.){0,60}?\bphạt\b(?:(?!\btổng\b)[^.;\d]){0,30}$", re.I)
PER_HEAD_MAX = 10e6  # đồng: no province's or district's Covid-19 support adds up to less
# Training and jobs counted together: "tổ chức dạy nghề, giải quyết việc làm cho gần 14.800 LĐ" (not a heading: "Về công tác đào tạo
# nghề, giải quyết việc làm: toàn tỉnh đã giải quyết việc làm cho …")
# Workers one employer keeps on, no jobs created: a person's business or one establishment's ("ông Bùi Hóa … đầu tư thêm
# 6 ha …, giải quyết việc làm cho 10 lao động", "Cơ sở … của hội viên … tạo việc làm thường xuyên cho 40 lao động").
ONE_EMPLOYER_BEFORE = re.compile(r"\b(?:ông|bà)\s+(?-i:[A-ZĐ])(?:(?!cho biết|chia sẻ|phát biểu|khẳng định|nhấn mạnh|báo cáo)[^.;])*?"
                                 r"\b(?:đầu tư|mở rộng|thành lập)\b|\bcơ sở\b[^.;\d]{0,60}\bcủa\s+(?:hội viên|ông|bà|anh|chị)\b",
                                 re.I)
# (with or without "cho": "đào tạo nghề và giải quyết việc làm 7.765 lao động")
TRAINED_AND_PLACED = re.compile(r"\b(?:dạy nghề|đào tạo(?: nghề)?)(?:,| và) giải quyết việc làm\s+(?:cho\s+)?(?:khoảng |gần |hơn |trên )?$", re.I)
# Households moving, no stock: "có 169 hộ cận nghèo trở thành hộ nghèo; 13 hộ tái nghèo" (the figure's own verb, in its clause)
BECAME_AFTER = re.compile(r"[^.;,\d]{0,20}?\b(?:trở thành|rơi (?:vào|xuống)|tái nghèo)\b", re.I)
# One level of training: "tổ chức 219 lớp đào tạo nghề sơ cấp và dưới 3 tháng cho trên 5.000 người" (ruling 83), unless the
# clause names the higher levels too (``HIGHER_LEVELS``)
ELEMENTARY_ONLY_BEFORE = re.compile(r"\bsơ cấp(?: và (?:đào tạo )?dưới 3 tháng)?\s+cho\s+(?:khoảng |gần |hơn |trên )?$", re.I)
HIGHER_LEVELS = re.compile(r"\b(?:cao đẳng|trung cấp)\b", re.I)
# Covid-19 support submitted for approval, and the rest of the list submitted with it: "đã trình UBND tỉnh hỗ trợ 22.175 người
# lao động …, số tiền 22,225 tỷ đồng; 3.445 hộ …" (not "đã trình bày", presented; not once paying is told)
SUBMITTED_BEFORE = re.compile(r"\bđã trình\b(?!\s+bày)[^.;\d]{0,40}\bhỗ trợ\b"
                              r"(?:(?!\bchi trả\b|\bđã chi\b|\bgiải ngân\b|\bđã nhận\b)(?:[^.]|\.(?=\d)))*$", re.I)
# … or waiting for approval, told after the figure with at most an amount between: "hỗ trợ bổ sung 4.056 đối tượng …, hơn 11,1
# tỷ đồng và đang chờ phê duyệt" (not "… 10 tỷ đồng, còn 300 hồ sơ đang chờ phê duyệt": another count)
PENDING_AFTER = re.compile(r"(?:[^.;\d]|[\d.,]+\s*(?:tỷ|tỉ|triệu)\s+đồng)*?\bđang chờ (?:phê duyệt|duyệt)\b", re.I)
# A sentence on one area's poverty: "Tỷ lệ nghèo đa chiều theo khu vực thành thị chiếm 3,29% …, trong đó tỷ lệ hộ nghèo 1,44%
# với 791 hộ" (until it turns to the whole: ``WHOLE_TURNED_TO``)
ONE_AREA_OPENING = re.compile(r"\W*(?:t[ỷỉ] lệ|số)\b[^.;\d]{0,40}?\btheo khu vực (?:thành thị|nông thôn)\b", re.I)
WHOLE_TURNED_TO = re.compile(r"\b(?:toàn tỉnh|cả tỉnh|toàn huyện|tính chung|chung toàn)\b", re.I)
# No unit above a threshold: "toàn huyện không còn xã nào có tỷ lệ hộ nghèo hơn 50%"
NONE_ABOVE_BEFORE = re.compile(r"\bkhông (?:còn )?[^.;,\d]{0,30}?\bnào có\b[^.;,\d]*$", re.I)
# (not "toàn xã hội", the whole society, nor "tất cả xã"; a wider unit after it takes the figure back: ``WIDER_UNIT``)
WHOLE_COMMUNE = re.compile(r"(?<!tất )\b(?:toàn|cả)\s+(?:xã(?!\s+hội)|phường|thị trấn)\b"
                           # … or the commune, unnamed, as a clause's subject: "Tính đến nay, xã chỉ còn 35 hộ nghèo"
                           r"|(?:^|(?<=[,;:.\n]\s)|(?<=\n)|(?<=\snay\s))(?:xã|phường|thị trấn)\s+(?:chỉ\s+|đã\s+|hiện\s+|vẫn\s+)?(?:còn|có)\s", re.I)
AREA_SUBJECT = re.compile(r"\b(?:(?:xã|thị trấn|phường|thôn|bản)\s+(?-i:[A-ZĐ\d])|huyện miền núi|các (?:huyện|xã)\b|vùng (?:đồng bào|cao|sâu|miền núi)"
                          r"|khu vực (?:nông thôn|thành thị|miền núi)|riêng (?:các|những|\d+)\s)", re.I)
# "số lao động qua đào tạo là 4.500 người, chiếm tỷ lệ 68%": the share of the workforce trained
TRAINED_SHARE_BEFORE = re.compile(r"(?:\bsố lao động (?:đã )?qua đào tạo\s+(?:là|đạt)\s+(?:khoảng |gần |hơn |trên )?[\d.,]+\s*"
                                  r"(?:nghìn |ngàn |triệu )?(?:người|lao động)|\bcó\s+(?:khoảng |gần |hơn |trên )?[\d.,]+\s*"
                                  r"(?:nghìn |ngàn |triệu )?(?:người|lao động) (?:đã )?qua đào tạo)\s*,\s*"
                                  r"(?:chiế[mn](?:\s+t[ỷỉ] lệ)?|t[ỷỉ] lệ)\s*$",
                                  re.I)
OTHER_BASE_NAMED = re.compile(r"\s*(?:tổng\s+)?số\s+(?!lao động)|\s*học viên", re.I)  # "chiếm 75% số người được tư vấn"
# "… có tỷ lệ hộ nghèo cao, chiếm 49,98% vào cuối năm 2021": the rate named, then its value
POOR_RATE_SHARE = re.compile(r"\bt[ỷỉ] lệ hộ nghèo(?:\s+[^\W\d_]+){0,2},\s*chiếm(?:\s+t[ỷỉ] lệ)?\s*" + _ABOUT, re.I)
# Money per head, per house, per commune is a rate, not a sum paid: "mức 01 triệu đồng/người", "15 triệu đồng/xã".
PER_UNIT_AFTER = re.compile(r"\s*(?:/\s*|(?:cho\s+)?mỗi\s+|một\s+)(?:người|hộ|suất|căn|nhà|xã|trẻ|em|cháu|đối tượng|lượt|(?:nhân )?khẩu"
                            r"|tháng|ngày|học sinh|trường hợp)\b", re.I)  # "hỗ trợ 1,5 triệu đồng cho mỗi trường hợp"
RESPECTIVELY_FIRST = re.compile(r"lần lượt(?:\s+là)?\s*$", re.I)
RESPECTIVELY_SECOND = re.compile(r"lần lượt(?:\s+là)?\s*[\d.,]+\s*(?:%|hộ)?\s*(?:và|,)\s*$", re.I)
POOR_AND_NEAR_POOR = re.compile(r"nghèo\s+và\s+(?:hộ\s+)?cận nghèo", re.I)
# Districts named as where work was done, not as the subject: "trên địa bàn các huyện Hoằng Hóa, thị xã Nghi Sơn".
# Between a figure and the districts after it: a comma, or where the work was done ("… tại các cơ sở … ở Đạ Huoai").
OWNER_GAP = re.compile(r"[,;]|\b(?:tại|ở|trên địa bàn)\b", re.I)
WHERE_WORK_WAS_DONE = re.compile(r"\b(?:tại|trên địa bàn)\s*(?:các\s+)?$", re.I)
REMAINDER_AFTER = re.compile(r"[^,;.\d]{0,70}?\b(?:qua |bằng )?các hình thức khác\b", re.I)
# A reduction measured from several years back ("năm 2020 còn 16,33%, giảm 24,07% so với cuối năm 2015").
# (a stray "lần" or the measure may stand between: "giảm 16,43% lần so với năm 2011", "giảm 2% hộ nghèo so với năm 2019"; not
# a comparison of the fall, "giảm 1,2% cao hơn so với năm 2022")
COMPARED_YEAR_AFTER = re.compile(r"\s*(?:(?:lần|(?:số )?hộ nghèo)\s+)?so với (?:(?:kết quả |số liệu )?(?:điều tra|rà soát)(?: hộ nghèo)? )?(?:cuối |đầu )?năm ((?:19|20)\d\d)",
                                 re.I)  # (… "so với điều tra hộ nghèo cuối năm 2015")
COMPARED_YEAR_BEFORE = re.compile(r"\bso với (?:cuối |đầu )?năm ((?:19|20)\d\d)\b[^.;]*$", re.I)
# The first recipients named after gifts: children, or adults ("60 phần quà … cho các hộ gia đình khó khăn").
# "tặng 94 suất quà (mỗi suất 500 ngàn đồng) đến các hộ có hoàn cảnh khó khăn": households too.
# (… or given to them, counted: "30 suất quà tặng 30 gia đình chính sách")
# (a count may come first: "30 suất quà, mỗi suất trị giá 500.000 đồng cho 30 hộ gia đình chính sách")
GIFT_RECIPIENTS = re.compile(r"\b(?:cho\s+(?:các\s+|những\s+)?(?:\d[\d.]*\s+)?|(?:đến|tới)\s+(?:các|những)\s+|tặng\s+(?:cho\s+)?(?:\d[\d.]*\s+)?)"
                             r"(?:em|trẻ|học sinh|cháu|thiếu nhi"
                             r"|(?P<adults>hộ|gia đình|người|đối tượng(?! là (?:trẻ|các em|học sinh|thiếu nhi|cháu))|thương binh"
                             # "… cho Mẹ Việt Nam anh hùng Hồ Thị H. và 4 gia đình chính sách"
                             r"|cựu|cán bộ|nạn nhân|(?:bà\s+)?mẹ|bà con|thân nhân|đoàn viên|hội viên|công nhân"
                             r"|thầy|cô giáo|giáo viên|phụ huynh))\b", re.I)  # "53 suất quà cho thầy, cô giáo trong trường"
ADULTS_TOO = re.compile(r"\bvà (?:các |những )?(?:thầy cô|thầy giáo|cô giáo|giáo viên|phụ huynh|cha mẹ|gia đình|hộ|người cao tuổi)\b",
                        re.I)
# A figure of the year itself in a review of several years: "Trong năm qua, …", "…, đạt 104% kế hoạch năm".
THIS_YEAR = re.compile(r"\btrong năm\b(?! qua)|(?<!những )(?<!nhiều )(?<!các )(?<!mấy )\bnăm (?:qua|nay)\b", re.I)
# A statement whose subject is a commune: "Xã A Vao giảm 7,7%", "Hướng Hiệp là xã có hộ nghèo giảm nhiều nhất".
# (after an opening time too: "Năm 2022, xã Nậm Chày giảm được 28 hộ nghèo, tỷ lệ giảm nghèo là 6,59%", "Đến hết năm
# 2023, xã Tản Lĩnh, huyện Ba Vì còn 21 hộ nghèo"), or where it opens: "Tại xã Tân Hòa, đầu năm nay xã còn 32 hộ nghèo"
COMMUNE_SUBJECT = re.compile(r"\W*(?:[^,.;\d]{0,25}?\b[Nn]ăm \d{4},?\s+)?(?:(?:[Tt]ại|[Ởở])\s+)?(?:[Cc]ác\s+)?(?:[Xx]ã|[Tt]hị trấn|[Pp]hường)(?:\s+(?:miền núi|vùng cao|biên giới|ven biển"
                             r"|đặc biệt khó khăn|bãi ngang))?\s+[A-ZĐÀ-Ỹ]|.*?\blà\s+(?:xã|thị trấn|phường)\s+có\b"
                             # "Các xã có tỷ lệ hộ nghèo cao trong huyện là Mỹ An 25,58%": the communes singled out
                             r"|\W*(?:[Cc]ác|[Nn]hững)\s+(?:xã|thị trấn|phường)(?:,\s*(?:thị trấn|phường))?\s+có\s+(?:t[ỷỉ] lệ|số)\b")
SOME_UNITS_SINGLED_OUT = re.compile(r"\W*Riêng\s+(?:(?:đối\s+)?với\s+|ở\s+|tại\s+)?(?:\d+|các|những|hai|ba|bốn|năm)\s+(?:huyện|xã|thôn|bản|địa phương)\b", re.I)
# "Riêng với 4 huyện nghèo, … giảm 5,2%, trong khi … chung toàn tỉnh giảm 1,8%": the sentence returns to the whole.
# "Riêng tại Trung tâm Dịch vụ việc làm thành phố có 18 lao động xuất cảnh …": one body's share of the area's total.
ONE_BODY_SINGLED_OUT = re.compile(r"\W*Riêng\s+(?:(?:đối\s+)?với\s+|ở\s+|tại\s+)?(?-i:Trung tâm|Công ty|Doanh nghiệp|Cơ sở"
                                  r"|Trường|Ngân hàng|Hội)\b", re.I)
BACK_TO_THE_WHOLE = re.compile(r"\b(?:toàn tỉnh|cả tỉnh|chung của tỉnh|toàn huyện|trong khi)\b|;", re.I)
# … and the provinces a national page counts: "Cả nước có 7 tỉnh có tỷ lệ hộ nghèo cao hơn 10%"
RATE_THRESHOLD = re.compile(r"(?:(?<!toàn )\b(?:xã|huyện|thôn|bản|địa phương)|\b\d+\s+(?:tỉnh|tỉnh, thành(?: phố)?|quận, huyện))"
                            r"\s+có\s+t[ỷỉ] lệ[^,;.\d]{0,30}$", re.I)
# … or after a count of units, or communes said to exist, as the subject: "9/9 huyện, thành phố trên địa bàn tỉnh có tỷ lệ hộ
# nghèo dưới 1%", "trong đó có xã tỷ lệ hộ nghèo chiếm trên 40% tổng số hộ"
# (the units themselves have the rate: not "huyện có 4 xã về đích sớm và tỷ lệ hộ nghèo toàn huyện giảm …")
UNITS_WITH_RATE = re.compile(r"\b\d+\s*/\s*\d+\s+(?:xã|phường|thị trấn|huyện|thôn|bản|địa phương)\b"
                             r"(?:\s*,\s*(?:thành phố|thị xã|quận|huyện|phường|thị trấn))*(?:(?!\bvà\b)[^.;,\d]){0,50}?\scó\s+t[ỷỉ] lệ"
                             r"[^,;.\d]{0,30}$"
                             r"|\bcó\s+(?:\d+\s+)?(?:xã|thôn|bản)\s+t[ỷỉ] lệ[^,;.\d]{0,30}$", re.I)
AND_ABOVE = re.compile(r"\s*trở (?:lên|xuống)\b", re.I)  # "từ 10% trở lên"
_THRESHOLDS = "trên|dưới|cao hơn|thấp hơn"
# (after units counted, "từ" is where a fall started unless "trở lên" follows: AND_ABOVE)
# ("có 3 xã tỷ lệ hộ nghèo chiếm hơn 50%": after units counted, "hơn" too)
UNITS_THRESHOLD_WORD = re.compile(rf"\W*(?:{_THRESHOLDS}|hơn)\b", re.I)
# … and an item of such a list opening on its count: "…; 4 xã tỷ lệ hộ nghèo chiếm hơn 42% gồm …"
UNITS_OPENING_RATE = re.compile(r"\W*\d+\s+(?:xã|phường|thị trấn|thôn|bản|địa phương)\s+t[ỷỉ] lệ[^,;.\d]{0,30}$", re.I)
THRESHOLD_WORD = re.compile(rf"\W*(?:{_THRESHOLDS}|từ)\b", re.I)
COMBINED_RATE_AFTER = re.compile(r"[^;.]{0,20}\bđó,?\s+(?:t[ỷỉ] lệ\s+)?hộ nghèo\b[^;.]{0,40}\bhộ cận nghèo", re.I)
# The lead of an undated page opening with the day it tells of: "(NTO) Ngày 28-4-2011, Ủy ban nhân dân tỉnh …".
LEAD_DATE = re.compile(r"\n\s*(?:\([^()\n]{1,30}\)\s*[-–]?\s*)?(?:sáng|chiều|tối)?\s*ngày\s+\d{1,2}\s*[-/.]\s*\d{1,2}"
                       r"\s*[-/.]\s*(20\d\d)\b", re.I)  # not "Ngày 2-9-1945, …" opening a story of history
LEAD_DAY = re.compile(r"\s*(?:\([^()\n]{1,30}\)\s*[-–]?\s*)?(?:sáng|chiều|tối)?\s*ngày\s+(\d{1,2})\s*[-/.]\s*(\d{1,2})"
                      r"(?!\s*[-/.]?\s*\d)", re.I)  # "Ngày 6/8, …": a day of no year
# … or opens a sentence on the same months a year before ("Cùng kỳ, năm 2020, đào tạo nghề 11.302 lao động"): 2021
COMPARED_WITH_YEAR = re.compile(r"(?=[tgbC])(?:(?:tăng|giảm|bằng)\s+[\d.,]+\s*%\s+so với (?:thực hiện |kết quả |cùng kỳ )?năm"
                                r"|(?<![^\n.] )(?-i:C)ùng kỳ,?(?: năm)?) ((?:19|20)\d\d)", re.I)
# (… or another measure: "giữ tỷ lệ thất nghiệp ở mức 2,4% và tỷ lệ sử dụng thời gian lao động ở nông thôn 90%")
NEXT_ACTION = re.compile(r"\svà\s+(?:giảm|tăng|đạt|nâng|đưa|giải quyết|tạo|đào tạo|tuyển sinh|hỗ trợ|xây|sửa|trao|tặng|cho vay"
                         r"|t[ỷỉ] lệ)\b",
                         re.I)
A_YEAR_NAMED = re.compile(r"\b(?:đến|tới|cuối|hết)\s+(?:cuối\s+|hết\s+)?năm ((?:19|20)\d\d)\b", re.I)  # a year a level closes
# Not "từ đầu năm" (the months so far), "(những) tháng đầu năm", "so với đầu năm", "ngay đầu năm".
YEAR_START = re.compile(r"(?<!từ )(?<!tháng )(?<!với )(?<!ngay )\bđầu\s+năm\s+((?:19|20)\d\d|nay)\b", re.I)
# … but a count of households told "tính từ đầu năm" stood at the start: "Tổng số hộ nghèo tính từ đầu năm 2022, trên địa bàn
# tỉnh là 21.989 hộ"
STOCK_AT_YEAR_START = re.compile(r"\btính từ đầu năm ((?:19|20)\d\d)\b[^.;\d]*\blà\s*(?:khoảng |gần |hơn |trên )?$", re.I)
# A later time after a year's start: "Đầu năm 2024, huyện có 2.310 hộ nghèo. Sau một năm …, huyện chỉ còn 1.640 hộ".
LATER_TIME = re.compile(r"\b(?:sau (?:một|hai|ba|nửa|\d+)\s+(?:năm|tháng)|sau nửa năm|cuối năm|đến nay|hiện nay)\b", re.I)
NOW_OR_AFTER = re.compile(r"\b(?:nay|xuống|giảm)\b", re.I)  # "…, đến nay giảm còn 1,65%": no longer the start
AMONG = re.compile(r"\btrong (?:đó|số)\b", re.I)
RESULT_OPENING = re.compile(r"[\s;,]*(?:kết quả|thực tế|đến nay|tính đến|đã)\b", re.I)  # a statement telling a result
PARTS_NAMED = re.compile(r"\b(?:trong (?:đó|số)|bao gồm|gồm)\b", re.I)
PART_DONE = re.compile(r"\b(?:đã|đạt|được|hoàn thành)\b", re.I)  # "… gồm tạo việc làm được 6.000 người/…": results
WHOLE_YEAR = re.compile(r"\bcả năm\b", re.I)  # "Dự ước cả năm …" in a half-year report
YEAR_END = re.compile(r"\b(?:cả năm|hết năm|cuối năm)\b", re.I)  # "…; ước hết năm 2020 đạt 56%": the year's figure
OPENING_MONTHS = re.compile(r"\W*(?:(?:trong|qua|sau|kết thúc)\s|(?=\d{1,2} tháng\b))", re.I)  # … or "9 tháng đầu năm nay, …"
HOUSEHOLDS_LISTED = re.compile(r"\s*nghèo\s*(?:,|và)\s*", re.I)
CHANGE_WORD = re.compile(r"\b(?:giảm|tăng)\b", re.I)  # the comparison's own change, after its base: this year's
SINCE_YEAR_NAMED = re.compile(r"\btừ đầu năm ((?:19|20)\d\d)\s*,?\s*(?:đến|tới) (?:nay|thời điểm (?:này|hiện tại))", re.I)
NOT_COVID_MONEY_RE = re.compile(NOT_COVID_MONEY, re.I)
# Donations to a fund, no payment told between them and the sum: "tỉnh đã nhận đóng góp của 655 tập thể, cá nhân với tổng số tiền và
# hiện vật quy ra trên 21 tỉ đồng" (not money paid from them, "từ nguồn ủng hộ", nor contributions paused, "tạm dừng đóng góp")
DONATED = re.compile(r"(?<!nguồn )(?<!dừng )(?<!vận động )\b(?:đóng góp|quyên góp|ủng hộ)\b", re.I)
PAID_BEFORE = re.compile(r"\b(?:hỗ trợ|chi trả|chi|nhận tiền|giải ngân|trao|thanh toán)\b", re.I)
COVID_PAID_VERB = re.compile(r"\b(?:hỗ trợ|chi trả|chi)\b", re.I)
COMPARED_THEN = re.compile(r"\bso với (?:cuối |hết )?năm ((?:19|20)\d\d)\s*,\s*khi\b", re.I)
DETAILS_OPENING = re.compile(r"\W*(?:cụ thể|theo đó|trong (?:số )?đó)\b", re.I)  # a sentence detailing the one before it
SLASH = re.compile(r"\s*/\s*")  # "13,52%/ 922 hộ": a rate and its count
FROM_TO_BETWEEN = re.compile(r"\s*(?:xuống|lên)(?:\s+(?:còn|mức))?\s*", re.I)
# "2016 - 2020", "giai đoạn năm 2016 đến cuối năm 2019"
YEAR_SPAN = re.compile(r"\b((?:19|20)\d\d)\s*(?:[-–]|\s(?:đến|tới)\s+(?:(?:cuối|hết)\s+)?năm)\s*((?:19|20)\d\d)\b")
# "…, như: TP Hồ Chí Minh 282 ngàn người", "…, tiếp theo là Hà Giang 18,54%"
LIST_OPENING = re.compile(r"[\s,;:–-]*(?:(?:tiếp theo|tiếp đến|kế đến|sau đó)\s+)?(?:(?:như|gồm|là)\s*:?\s*)?", re.I)
ITEM_LINKS = frozenset(["trên", "gần", "hơn", "khoảng", "xấp", "xỉ", "đều"])
# (not many provinces: "Hội nghị trực tuyến với 63 tỉnh, thành", "các tỉnh")
PROVINCE_WORD = re.compile(r"(?<![\wÀ-ỹ])(?<!(?<!\d)\d\d )(?<!(?<!\d)\d )(?<!các )(?<!những )(?:tỉnh|thành phố)(?![\wÀ-ỹ])",
                           re.I)  # (a count of one or two digits: "năm 2023 tỉnh đã …" is the province's own)
REVIEW = re.compile(r"\b(?:tổng kết|sơ kết|nhìn lại|đánh giá kết quả)\b", re.I)
ONE_DONOR_GAVE = re.compile(r"(?-i:\b(?:Công ty|Tập đoàn|Tổng công ty|Ngân hàng|Doanh nghiệp))\b[^.;\d]{0,80}?"
                            r"\b(?:trao|tặng|trao tặng|ủng hộ|hỗ trợ)\s+(?:số tiền\s+|kinh phí\s+)?(?:hơn |gần |trên )?$", re.I)
HELPED_WHOLE = re.compile(r"\bđược\s+(?:hỗ trợ|tặng|trao|xây|vay|nhận|thăm)\b", re.I)
TWO_MONTHS = re.compile(r"\btháng\s+(\d{1,2})\s+và\s+(?:tháng\s+)?\d{1,2}\b(?!\s*(?:tháng|năm)\b)", re.I)
MEASURE_BUDGET_BEFORE = re.compile(r"\bban hành\b[^.;]{0,150}?\b(?:với|có)\s+(?:tổng\s+)?(?:nguồn\s+)?(?:kinh phí|ngân sách|gói)\b"
                                   r"[^.;\d]{0,25}$", re.I)
THERE_ARE_BEFORE = re.compile(r"\bcó\s+(?:khoảng |gần |hơn |trên )?$", re.I)
WORKING_ABROAD_AFTER = re.compile(r"\s*(?:(?:người\s+)?(?:lao động|người)\s+)?(?:Việt Nam\s+)?(?:đang\s+)?làm việc (?:ở|tại)\b", re.I)
# The parts a figure is one of: "trong đó" before it in its sentence, no bracket closed nor statement ended between
PARTS_MARKER = re.compile(r"\btrong đó\b(?=[^.;)]*$)", re.I)
PARTS_FOLLOW = re.compile(r"\b(?:trong đó|bao gồm|trong tổng số|trong số|phân theo)\b", re.I)
# A stock "now" ("Hiện toàn tỉnh có 10.232 hộ nghèo"), and a page on the first half-year
NOW_STOCK = re.compile(r"(?<!thực )(?<!phát )(?<!thể )(?<!xuất )\bhiện\s+(?:nay\s+)?(?:[^.;\d]{0,40}?\s)?(?:có|còn)\b", re.I)
HALF_YEAR_STORY = re.compile(r"\b(?:6|sáu) tháng đầu năm|\bnửa đầu năm|\bsơ kết\b", re.I)
# Households joined to a rate's change: "tỷ lệ hộ nghèo giảm 1,11% với 1.960 hộ"
CHANGE_COUNT_BETWEEN = re.compile(r"\s*,?\s*(?:với|tương ứng(?: với)?|tương đương(?: với)?)\s+(?:khoảng |gần |hơn |trên )?", re.I)
# "…: 13.455 hộ; Tỷ lệ: 4,52%": the rate labelled after a count
RATE_LABEL_BETWEEN = re.compile(r"\s*[;,]\s*t[ỷỉ] lệ\s*:?\s*", re.I)
# A rank after a figure ("71.798 hộ, đứng đầu cả nước và vùng Tây Bắc"): the places it ranks against are no subset.
RANK_FOLLOWS = re.compile(r"\bđứng\s+(?:đầu|thứ|cuối)\b", re.I)
# The words after a change of the number of poor households, up to the next figure.
POOR_CHANGE = re.compile(r"\s*(?:hộ\s+)?nghèo\b(?!\s*,?\s*(?:hộ\s+)?cận nghèo)[^.;\d]{0,60}$", re.I)
# "giảm được 4,44% (số) hộ nghèo": the share of poor households fell by that much.
POOR_AFTER = re.compile(r"\s*(?:số\s+)?hộ nghèo\b(?!\s*(?:và|,)\s*(?:hộ\s+)?cận nghèo)(?![^.;]{0,40}\bso với\b)", re.I)
# ("…, tương đương giảm 0,9% so với năm 2023": the fall named again)
EQUIVALENT_BEFORE = re.compile(r"tương (?:đương|ứng)(?:\s+với)?(?:\s+(?:mức\s+)?giảm)?(?:\s+(?:khoảng|gần|hơn|trên))?\s*$", re.I)
# Between the poor's fall in households, "hộ" alone after a stock of the poor, and the same fall as a share: "còn 8.300 hộ
# nghèo, chiếm tỷ lệ 1,73%; giảm 4.200 hộ, tương đương giảm 0,9%"
POOR_COUNT_FELL = re.compile(r"\s*,?\s*(?:tương (?:đương|ứng)(?:\s+với)?(?:\s+(?:mức\s+)?giảm)?|giảm)\s*", re.I)
# "cho 3 đối tượng bị ảnh hưởng …, bao gồm: …": a small count followed by the list of its groups.
GROUPS_AFTER = re.compile(r"\s*(?:nhóm\s+)?[:(]|(?:[^.;:\d]|-\d+|\d+/){0,160}?(?:\bbao gồm|\bgồm)\s*:?", re.I)


# Shares, bases and groups. "chiếm 6,74% …": a share beside a count.
SHARE_BETWEEN = re.compile(rf"\b{_SHARE}", re.I)
# "chiếm 6,74% so với 176.822 hộ dân số toàn tỉnh": the base of a share, all households.
SHARE_BASE_BEFORE = re.compile(rf"\b{_SHARE}\s*(?:so với|trên)\s+(?:tổng số\s+)?$", re.I)
# "3.652 hộ (chiếm 98,2% tổng số hộ nghèo)": a group of the poor, its share of them.
SHARE_OF_THE_POOR_AFTER = re.compile(r"\s*(?:so với\s+)?(?:tổng\s+)?số\s+hộ nghèo\b", re.I)
NEAR_POOR_RATE = re.compile(r"\bt[ỷỉ] lệ (?:hộ )?(cận )?nghèo\b", re.I)  # the nearest before a rate names it
# "trong số 3,356 triệu người …, có 1,417 triệu người cao tuổi": the total, then its part; "… còn lại là …" a level.
# (… or "trong" alone: "trong 5.500 lao động được tạo việc làm trong quý I, … giải quyết việc làm tăng thêm cho 5.230")
AMONG_TOTAL_BEFORE = re.compile(r"\btrong (?:(?:tổng )?số\s*)?(?:khoảng |gần |hơn |trên )?$", re.I)
LEVEL_WORD = re.compile(r"\bcòn\b", re.I)
# "hỗ trợ nhà ở cho 169 hộ nghèo": households helped, not how many are poor.
# "hỗ trợ 712 suất quà Tết cho 712 hộ nghèo": what was given may be counted too.
# (what was given may be described in brackets: "tặng 20 suất quà (mỗi suất gồm 300 ngàn đồng và …) cho 20 hộ nghèo")
# (… or after another group given to: "trao tặng 72 suất quà cho 2 hộ gia đình chính sách và 70 hộ nghèo")
HELPED_BEFORE = re.compile(r"\b(?:hỗ trợ|trợ giúp|trao|tặng|cho vay|xây dựng|sửa chữa|bàn giao)\b"
                           r"(?:\([^()]{0,200}\)|[^.;]|(?<=\d)\.(?=\d)){0,60}?"
                           r"\bcho\s*(?:[\d.,]+\s[^.;\d]{0,40}?\s+(?:và|,)\s+)?(?:khoảng |gần |hơn |trên )?$"
                           # … told as a passive before the count: "số hộ nghèo được trợ giúp là 51.456 hộ"
                           r"|\bhộ (?:cận )?nghèo\b[^.;\d]{0,40}?\bđược\s+(?:hỗ trợ|trợ giúp|tặng|thăm|nhận(?! diện)|vay|trao)\b"
                           r"[^.;\d]{0,30}?\s(?:là|đạt)\s*:?\s*(?:khoảng |gần |hơn |trên )?$"
                           # … and gifts with no "cho": "Thăm, tặng quà 14 gia đình chính sách và 28 hộ nghèo"
                           r"|\btặng quà\s+(?:[\d.,]+\s[^.;\d]{0,40}?\s+và\s+)?(?:khoảng |gần |hơn |trên )?$"
                           # "hỗ trợ tiền điện 1.686 hộ nghèo", "hỗ trợ gạo cứu đói 19.032 hộ"
                           r"|\bhỗ trợ (?:tiền|gạo)\b[^\d.;,]{0,15}?\s*(?:cho\s+)?(?:khoảng |gần |hơn |trên )?$", re.I)
# Households helped, told after them: "59 hộ nghèo được tặng nhà đại đoàn kết".
# (… the people in them, and a second group, between: "1.171 hộ nghèo với 3.505 nhân khẩu và 2.460 hộ cận nghèo với 9.108
# nhân khẩu được hỗ trợ gạo")
_MEMBERS = r"(?:(?:với|gồm)\s+[\d.,]+\s+(?:nhân khẩu|khẩu|người)\s*)?"
# (… or where they live, "12.000 hộ nghèo trong tỉnh đã được nhận quà Tết"; each of them, "3.000 hộ …, mỗi hộ được hỗ trợ")
HELPED_AFTER = re.compile(rf"\s*(?:(?:thuộc diện\s+)?(?:đặc biệt\s+)?(?:cận )?nghèo\s*)?{_MEMBERS}(?:(?:,|và)\s*[\d.,]+\s+hộ\s+(?:nghèo|cận nghèo)\s*{_MEMBERS})?"
                          r"(?:(?:trong|trên địa bàn|tại|ở)\b[^.;,\d]{0,30}?\s)?(?:,\s*mỗi hộ\s+)?(?:đã\s+)?"
                          # (not "được cấp giấy chứng nhận hộ nghèo", "được nhận diện": the poor recognised)
                          r"được\s+(?:tặng|hỗ trợ|trợ giúp|thăm|nhận(?! diện)|vay|trao|xây|bàn giao|cấp(?! (?:giấy chứng nhận|sổ) hộ nghèo))\b", re.I)
PLACE_HAS_BEFORE = re.compile(r"\b(?:địa bàn|huyện|tỉnh|thành phố|thị xã|toàn xã)\b[^.;\d]{0,30}\bcó\s+(?:khoảng |gần |hơn |trên )?$",
                              re.I)
# A page's naming of the pandemic or of a measure against it: "đại dịch", "dịch bệnh" alone may be another epidemic.
COVID_NAMED = re.compile(r"covid|ncov|corona|sars-cov|" + "|".join(COVID_MEASURES.values()), re.I)
# A stock told before the count: "Đến cuối năm 2024, toàn tỉnh còn 8.120 hộ nghèo, mỗi hộ được hỗ trợ …" (not helped ones).
# (not "còn" meaning "also": "Ngoài ra, còn 350 hộ nghèo được tặng quà")
STOCK_BEFORE = re.compile(r"\b(?:tỉnh|huyện|thành phố|thị xã|xã|hiện|nay|vẫn|chỉ)\s+còn\s+(?:khoảng |gần |hơn |trên )?$", re.I)
# Households a change amounts to: "giảm 0,23% so với năm 2017, với 120 hộ", "giảm 0,16%, tương đương 46 hộ" (not
# "giảm từ 3,8% với 1.496 hộ", nor "(giảm 0,6% …), với 2.980 hộ": the level).
CHANGE_AMOUNTS_TO_BEFORE = re.compile(r"\b(?:giảm|tăng)\s+[\d.,]+\s*%(?:\s*so với[^.;()]{0,30}?)?,\s*(?:với|tương ứng|tương đương)"
                                      r"\s*(?:khoảng |gần |hơn |trên )?$", re.I)
# "2,68% (kế hoạch 2,75%)", "2,68%, thấp hơn chỉ tiêu kế hoạch được giao (2,75%)", "…, kế hoạch là 2,75%"; not an
# overshoot in points ("vượt chỉ tiêu 1,5%"), nor another year's target ("chỉ tiêu năm 2024 là 1,6%": its own line).
_PLAN_NAMED = r"(?:chỉ tiêu|kế hoạch|(?-i:KH))(?:\s+(?:kế hoạch|năm\s+\d{4}|giao|được giao|đề ra|tỉnh giao))*"
RATE_PLAN_BETWEEN = re.compile(rf"[\s,]*(?:(?:(?:thấp|cao) hơn|so với|vượt)\s+{_PLAN_NAMED}\s*\(|\(\s*{_PLAN_NAMED}\s*(?:là\s*)?:?"
                               rf"|{_PLAN_NAMED}\s*(?:là|:))\s*", re.I)
# Loans lent, then the jobs they made: "cho vay 32.592 triệu đồng, thu hút 780 dự án, hỗ trợ tạo việc làm cho 780 lao
# động" (lead ruling 60: a narrower figure); not a whole programme's jobs said to come "thông qua vốn vay" without a sum.
LOAN = re.compile(r"\b(?:cho vay|vay vốn|vốn vay)\b", re.I)
# … not the province's jobs told after them: "tổng dư nợ cho vay … đạt 450 tỷ đồng, tỉnh đã giải quyết việc làm cho 19.400 lao
# động" (the loan book's balance alone is still the loans': "dư nợ chương trình 1.009 tỉ đồng, tạo việc làm cho 25.260 lao động")
LOANS_THEN_THE_WHOLE = re.compile(r"\b(?:toàn |cả )?(?:tỉnh|huyện|thị xã|thành phố|quận)\b", re.I)
# The social policy bank, or its lending, as what made the jobs (ruling 60): "Theo NHCSXH tỉnh …, năm 2013, ngân hàng đã tạo
# việc làm …", "… NHCSXH tỉnh đã đưa nhanh nguồn vốn ưu đãi … Nhờ đó, … 9.426 lao động được tạo việc làm"
# … the bank itself named (not any "nguồn vốn vay" of a jobs total's parts: "… thông qua nguồn vốn vay giải quyết việc
# làm 1.030 lao động, cung ứng 590 lao động, xuất khẩu lao động: 270 người"), for the workers its loans sent abroad
THE_POLICY_BANK = re.compile(r"\bNHCSXH\b|\bNgân hàng (?:Chính sách|CSXH)\b", re.I)
POLICY_BANK = re.compile(THE_POLICY_BANK.pattern + r"|\bnguồn vốn (?:vay|ưu đãi|chính sách|tín dụng)\b"
                         r"|\bvốn tín dụng chính sách\b", re.I)
# … unless the whole area's jobs follow: "NHCSXH tỉnh cho vay 500 tỷ đồng; toàn tỉnh giải quyết việc làm cho 20.000 lao động"
WHOLE_AREA = re.compile(r"\b(?:toàn|cả)\s+(?:tỉnh|huyện|thị xã|thành phố|quận)\b", re.I)
SHARE_OF_THE_TOTAL_AFTER = re.compile(r"[^.;\d]{0,30}?\bchiếm\s+(?:khoảng |gần |hơn |trên )?(?:một nửa|phần lớn|[\d.,]+\s*%)"
                                      r"\s+(?:trong\s+)?tổng số\b", re.I)
COURT_SESSION = re.compile(r"\bphiên (?:họp|tòa|toà)\b", re.I)  # a court's session on sending people to rehabilitation
# Employers that give work, told as they stand now ("Hiện các Khu công nghiệp VSIP … đang tạo việc làm hơn 250.000 lao
# động", "… hơn 70 nhà cung cấp cấp 1, tạo việc làm cho khoảng 80 nghìn người"): people in work, no jobs created in a period
EMPLOYERS = re.compile(r"\b(?:làng nghề|khu công nghiệp|KCN|cụm công nghiệp|nhà cung cấp|nhà máy|doanh nghiệp FDI|hợp tác xã)\b",
                       re.I)
EMPLOYERS_NOW = re.compile(r"\b(?:hiện(?: nay)?|đang)\b", re.I)
LISTED_NEXT = re.compile(r"\s*(?:,|và)\s*\d")  # another count of things listed after it
THIS_RATE_BEFORE = re.compile(r"\bt[ỷỉ] lệ (?:này|nói trên|trên|đó)\b[^.;\d%]{0,50}$", re.I)  # the rate told before it
DOMESTIC_JOBS = re.compile(r"\b(?:việc làm|làm việc)\s+trong nước\b(?!\s*(?:và|,)\s*(?:ngoài nước|nước ngoài))[^.;\d]{0,30}$",
                           re.I)  # ANNOTATION.md ruling 3
BESIDES_BEFORE = re.compile(r"(?:^|[.,;:]\s*|\bđó,?\s+)ngoài\s+(?:khoảng\s+|gần\s+|hơn\s+)?$", re.I)  # not "nước ngoài"
CHANGE_BETWEEN = re.compile(r"\b(?:tăng|giảm)\s+(?:thêm\s+)?[\d.,]+\s*%", re.I)
CHANGE_NAMED_BETWEEN = re.compile(r"\bmức (?:giảm|tăng)\b", re.I)
COMPARED_AFTER = re.compile(r"\s*so với\b", re.I)
ADDITION = re.compile(r"\b(?:ngoài ra|bên cạnh đó|ngoài)\b", re.I)  # "Ngoài ra, …": more, not parts
POOR_FELL_BEFORE = re.compile(r"(?<!cận )(?<!số )\bhộ nghèo\b(?:\s+(?:của|ở|tại|toàn)\s+[^.;,%\d]{1,30}?)?\s+(?:đã\s+)?giảm\s+(?:được\s+)?$"
                              r"|\bgiảm (?:số )?hộ nghèo\b(?:[^.;,\d]|(?:19|20)\d\d){0,40}?\s(?:là|đạt)\s+$", re.I)
NOT_THE_AREAS_POOR = re.compile(SUBSET_OF_POOR + r"|\b(?:xã|phường|thị trấn)\b", re.I)  # a group's or a commune's
HOUSED_AFTER_Q = re.compile(r"\s*" + HOUSED_AFTER, re.I)
SHORT_HOUSED_AFTER = re.compile(rf"\s*(?:{SHORT_BUILT}|{SHORT_REPAIRED})", re.I)
MERITORIOUS_AFTER = re.compile(r"\s*(?:người có công|chính sách)\b", re.I)  # "hỗ trợ 46 gia đình người có công sửa chữa nhà ở"
HOUSE_WORK = re.compile(r"\b(?:xây|sửa chữa|nhà)\b", re.I)
NEEDY_AFTER = re.compile(r"\s*(?:thuộc (?:diện )?)?(?:hộ )?(?:nghèo|cận nghèo|khó khăn|có hoàn cảnh)\b", re.I)  # "169 gia đình nghèo"
HOUSES_FOR_HOUSEHOLDS = re.compile(r"\bnhà(?: ở| tình nghĩa)? (?:cho|đối với)\s*(?:khoảng |gần |hơn |trên )?$", re.I)
BUILT_ONLY = re.compile(r"\b(?:bàn giao|khánh thành|khởi công|xây mới|(?<!sở )(?<!bộ )xây dựng(?: mới)?)\b", re.I)  # not "Sở Xây dựng"
REPAIRED = re.compile(r"\bs[ửữ]a chữa|\bnâng cấp|\bchống dột", re.I)
# The poor and the meritorious named together as whom houses were for (ruling 47)
MIXED_HOUSEHOLDS = re.compile(r"\bhộ (?:cận )?nghèo\s*(?:,|và)\s*(?:hộ\s+)?(?:gia đình chính sách|người có công)"
                              r"|\b(?:gia đình chính sách|người có công)\s*(?:,|và)\s*(?:các\s+)?hộ (?:cận )?nghèo\b", re.I)
MERITORIOUS_HOUSES = ("meritorious_housing", "meritorious_houses_built", "meritorious_houses_repaired")
GROUPS_LISTED = re.compile(r"\b(?:gồm|bao gồm)\b", re.I)  # before the groups helped: a list of them
# An item naming only a year or a year's months before its figure, and nothing after its noun: "Năm 2009, … đưa hơn 10.000
# người nghiện ma túy vào các cơ sở cai nghiện bắt buộc; năm 2010 hơn 10.000 người; năm 2011 hơn 7.700 người"
YEAR_ONLY_ITEM = re.compile(r"\W*(?:năm\s+(?:19|20)\d\d|\d{1,2}\s+tháng\s+(?:đầu\s+)*năm\s+(?:19|20)\d\d)\s*(?:là\s+|có\s+)?"
                            r"(?:hơn\s+|gần\s+|khoảng\s+|trên\s+)?", re.I)
ITEM_ENDS_AFTER = re.compile(r"\s*(?:[;.)…]|$)")
# A statement opening on a running total and going straight to its figure: "lũy kế 8 tháng đạt", "tính chung 6 tháng
# là", "cộng dồn từ đầu năm:"; or on a projection of the whole year or the next: "…; dự kiến cả năm đạt 17.500 người",
# "…; năm 2024 dự kiến 1.300 người", "…; ước hết năm 2020 đạt 56%".
RUNNING_TOTAL = re.compile(rf"\W*(?:{RUNNING_WORDS}(?:\s+(?:\d+ tháng|cả năm|từ đầu năm(?: đến nay)?))?"
                           r"|(?:năm \d{4},?\s+)?(?:dự kiến|ước|ước tính|dự ước)(?:\s+cả năm"
                           r"|\s+(?:(?:đến\s+)?(?:hết|cuối)\s+)?năm \d{4})?)"
                           r"\s*(?:,\s*)?(?:đạt|là|được|:)?(?:\s+(?:khoảng|gần|hơn|trên))?\s*", re.I)
# "114 suất dành cho học sinh THPT": an award of the kind before, for pupils.
BARE_AWARD = re.compile(r"\s+dành\s+cho\s+(?:các\s+em\s+)?(?:học sinh|sinh viên)\b", re.I)
# "…, trong đó 25 người xuất khẩu lao động": the first figure after "trong đó" (no bracket, no other figure).
FIRST_PART = re.compile(r"[^\d();]*?\btrong đó\b[^\d();]*", re.I)
PLAN_NAMES_METRIC = re.compile(r"\s*(?:kế hoạch|chỉ tiêu)\s+(?:xuất khẩu|đưa|giải quyết|tạo|đào tạo|tuyển sinh|XKLĐ)", re.I)
SUBSTITUTION = re.compile(r"\bmethadone\b|\bthuốc thay thế\b|\bđiều trị thay thế\b", re.I)  # substitution therapy is no rehabilitation
AFTER_REHAB_AFTER = re.compile(r"\s*(?:đã\s+)?(?:sau cai|hết thời hạn cai|tái hòa nhập)", re.I)
TAKEN_IN = re.compile(r"\bđã\s+đưa vào\s+(?:cắt cơn|cai nghiện|cơ sở|trung tâm)", re.I)
REHAB_VERB = re.compile(r"\b(?:tiếp nhận|tổ chức cai nghiện|đang cai nghiện|quản lý|đưa)\b", re.I)
CAPACITY = re.compile(r"\b(?:quy mô|công suất|sức chứa|thiết kế|có khả năng|tạo điều kiện)\b", re.I)
SINCE_YEAR_START = re.compile(r"\btừ đầu năm|\bđến nay\b", re.I)
# "hỗ trợ 1,5 triệu đồng cho mỗi trường hợp, gồm 556 lao động …; 34 hộ nghèo": the groups helped, listed.
_IN_SENTENCE = r"(?:[^.]|(?<=\d)\.(?=\d))"  # a thousands point is no sentence's end
# "…, gồm 556 lao động tự do …; 76 trường hợp": the next item of a list (its separator, then its figure).
NEXT_ITEM = re.compile(rf"{_IN_SENTENCE}*[;,]\s*(?:và\s+)?", re.I)
HELPED_LIST = re.compile(rf"\b(?:hỗ trợ|trao|tặng)\b{_IN_SENTENCE}{{0,80}}?\bcho\b{_IN_SENTENCE}{{0,60}}?\b(?:gồm|bao gồm)\s*:?"
                         rf"(?:(?!\b(?:hiện|còn)\b){_IN_SENTENCE})*$", re.I)
# "Trong đó, huyện Bạch Thông 500 lao động", "Ba Bể: 1.000 lao động": a place's name, then its share of the figure before.
PARTS_OPENING = re.compile(r"\W*(?:trong đó|cụ thể)\s*[,:]", re.I)
PLACE_ITEM = re.compile(r"[^\d,;.:]{1,40}?\s*(?::\s*|\s)(?:có\s+|là\s+)?(?:khoảng |gần |hơn |trên )?", re.I)
# "…; tiếp theo là các huyện Nam Trà My, tỉnh Quảng Nam 75,29%; …": a ranked list's next place opens its statement.
NEXT_PLACE_OPENING = re.compile(r"\W*(?:và\s+)?(?:(?:tiếp theo|tiếp đến|kế đến|sau đó|đứng thứ hai|thứ hai)\s+"
                                r"(?:là\s+)?)?(?:các\s+)?", re.I)
# A ranking of places: "Địa phương có tỷ lệ hộ nghèo cao nhất là Mỹ Hưng", "An Nhơn có tỷ lệ hộ nghèo thấp nhất".
RANKED_UNIT = re.compile(r"\b(?:cao|thấp) nhất\s+(?:là\s+|thuộc về\s+|ở\s+|tại\s+)?(?:xã\s+|thị trấn\s+|phường\s+)?"
                         r"(?-i:[A-ZĐ])"
                         r"|(?-i:[A-ZĐ][\wÀ-ỹ]*)\s+có\s+t[ỷỉ] lệ[^.;\d]{0,30}?\b(?:cao|thấp) nhất\b", re.I)
# Rehabilitation at home or in the community counted in a total: "… cho 4.757 người, trong đó 2.710 người cai tại gia đình".
COMMUNITY_PARTS_AFTER = re.compile(r"\s*(?:(?:người|học viên)\s+)?cai(?: nghiện)?\s+(?:tại|ở) (?:gia đình|cộng đồng)"
                                   r"|[^.;]{0,30}?,?\s*(?:trong đó|gồm)\b(?:[^.;]|\.\d){0,40}?\d\s*(?:người|học viên)\s+"
                                   r"cai(?: nghiện)?\s+(?:tại|ở) (?:gia đình|cộng đồng)"
                                   r"|[^.;]{0,30}?,?\s*(?:trong đó|gồm)\s*:?\s*(?:cai(?: nghiện)?\s+)?(?:tại|ở) (?:gia đình|cộng đồng)",
                                   re.I)

# Fund money that is not what the area raised: its balance, one donor's gift (``_not_raised``).
FUND_BALANCE_BEFORE = re.compile(r"\bnâng tổng (?:số )?(?:nguồn )?quỹ\b|\bsố dư\b", re.I)
EXAMPLES_OPENING = re.compile(r"\W*tiêu biểu\b", re.I)
DONOR_OPENING = re.compile(r"\W*(?:ngành|trường|công ty|ngân hàng|tập đoàn|doanh nghiệp|ông|bà|gia đình)\s", re.I)
_REPORTING = r"cho biết|báo cáo|thông tin"
# What the whole area raised, not one donor's gift: "Ông X, Giám đốc Sở cho biết, toàn tỉnh đã vận động …".
RAISED_BY_AREA = re.compile(rf"\b(?:{_REPORTING}|tham mưu)\b"
                            r"|(?:^|[,;:]\s*)(?:năm \d{4},?\s*)?(?:toàn tỉnh|toàn huyện|các cấp)\b", re.I)

# Covid-19 support. "Sáng 12/8, UBND huyện tổ chức trao tiền hỗ trợ …": a day's event, not what was paid so far,
# unless the sentence reports a total ("Ngày 20/9, Sở … cho biết, toàn tỉnh đã chi …").
DAY_EVENT_OPENING = re.compile(r"\W*(?:sáng|chiều|tối|trưa|ngày)\s+(?:nay\s+)?\(?\d{1,2}\s*[/.-]\s*\d{1,2}\b", re.I)
EVENT_VERB = re.compile(r"\b(?:tổ chức|trao|trao tặng|phát)\b", re.I)
REPORTED = re.compile(rf"\b(?:{_REPORTING}|toàn tỉnh|toàn huyện|đến nay|lũy kế|luỹ kế)\b", re.I)
# A package's size ("thông qua gói hỗ trợ 62.000 tỷ đồng", "gói … của Chính phủ"), not "chi trả gói hỗ trợ hơn 1,2 tỷ
# đồng cho 860 người".
PACKAGE_BEFORE = re.compile(r"(?<!chi trả )(?<!giải ngân )(?<!trao )(?<!cấp )(?<!nhận )\bgói(?:\s+hỗ trợ)?\s*"
                            r"(?:khoảng |gần |hơn |trên )?$", re.I)
PACKAGE_AFTER = re.compile(r"\s*(?:đồng\s*)?(?:của|từ)\s+(?:Chính phủ|Trung ương|ngân sách)", re.I)

# Years and periods. "cao gấp gần 1,5 lần so với năm 2011": last year's figure times N.
TIMES_LAST_YEAR = re.compile(r"[^.;,\d]{0,40}?\s*,?\s*(?:và\s+)?(?:cao |tăng |tăng lên |tăng thêm )?gấp\s+(?:gần |hơn |khoảng |trên )?"
                             r"(\d+(?:,\d+)?)\s+lần"
                             r"\s+so với\s+(?:cùng kỳ(?: năm trước| năm (\d{4}))?|năm trước|năm (\d{4}))", re.I)
# "ước đạt 1.207 người, tăng khoảng 3 lần so với kế hoạch năm": the plan's share, N times (as for last year's).
TIMES_PLAN = re.compile(r"[^.;,\d]{0,60}?\s*,?\s*(?:và\s+)?(?:cao |tăng |tăng lên |vượt )?(?:gấp\s+)?(?:gần |hơn |khoảng |trên )?"
                        r"(\d+(?:,\d+)?)\s+lần\s+(?:so với\s+)?(?:kế hoạch|chỉ tiêu|(?-i:KH))\b", re.I)  # "gấp 1,5 lần kế hoạch giao"
# Periods that end late in a year: stated without a year on a January page, the year just ended.
LATE_IN_YEAR = ("Q3", "Q4", "H2", "M7", "M8", "M9", "M10", "M11", "M12", "9M", "10M", "11M", "8M", "7M")
# A poverty review named ("Kết quả rà soát hộ nghèo năm nay, …"): the levels it gives are its year's.
REVIEW_NAMED = re.compile(r"\b(?:rà soát|bình nghị|bình xét|điều tra)\b[^.;\n]{0,40}?\bhộ (?:cận )?nghèo\b", re.I)
# "phê duyệt kết quả bình nghị hộ nghèo, hộ cận nghèo năm 2012" on 8 January 2012: the list for that year.
REVIEW_OF_YEAR = r"\b(?:rà soát|bình nghị|điều tra)\b[^.;\n]{{0,40}}?\bhộ (?:cận )?nghèo\b[^.;\n]{{0,30}}?\bnăm {year}\b"
POVERTY_LEVELS = ("poverty_rate", "poor_households", "near_poor_households")


def _reviewed_year(text: str, published_year: int) -> int | None:
    """The year before ``published_year`` when the page reports its poverty review ("kết quả rà soát hộ nghèo, hộ
    cận nghèo năm 2022" in 2023), else None (an older review named in passing dates nothing)."""
    return published_year - 1 if re.search(REVIEW_OF_YEAR.format(year=published_year - 1), text, re.I) else None


# A share of the plan aimed at, after a figure done: "…, phấn đấu đến cuối năm sẽ đạt 110% kế hoạch năm"
AIMED_BETWEEN = re.compile(r"\b(?:phấn đấu|sẽ|dự kiến)\b", re.I)
# A comparison with the month or quarter just before (ANNOTATION.md §4: yoy_pct compares the same period a year earlier)
MONTH_BEFORE_AFTER = re.compile(r"\s*so với\s+(?:tháng|quý)\s+(?:\d{1,2}\s+|[IV]+\s+)?(?:liền kề|liền trước|trước(?!\s+năm))\b",
                                re.I)
# Work already done in a later year than the page's date (a wrong date, "Tết … năm 2025" in December): not a plan.
DONE_WORDS = re.compile(r"\b(?:đã|đạt|tặng|trao|chi trả)\b", re.I)
GOES_ON = re.compile(r"\b(?:tiếp tục|sẽ|tập trung)\b", re.I)  # "Năm 2022, ngành tiếp tục … đào tạo nghề cho …": a plan
# "giảm 2,2% so với đầu giai đoạn": a reduction over several years.
SINCE_PERIOD_START = re.compile(r"\s*so với (?:thời điểm )?đầu (?:giai đoạn|nhiệm kỳ|chương trình)", re.I)


@dataclass(frozen=True)
class DocContext:
    """What a document says about all its facts: where and when, by default."""

    doc_id: str
    text: str
    published_date: date | None = None
    province: str | None = None
    district: str | None = None
    province_2025: str | None = None


@dataclass(frozen=True)
class Fact:
    fact_id: str
    doc_id: str
    metric: str
    value: float
    value_max: float | None
    unit: str
    qualifier: str
    year: int | None
    period: str | None
    province: str | None
    province_2025: str | None
    district: str | None
    plan_pct: float | None
    plan_value: float | None
    yoy_pct: float | None
    evidence: str
    span_start: int
    span_end: int
    extractor_version: str = EXTRACTOR_VERSION

    def as_row(self) -> dict:
        return dict(self.__dict__)  # every field is a scalar: no need for asdict's deep copy


def fact_id(doc_id: str, start: int, end: int, metric: str) -> str:
    """Stable id: the same document and claim give the same id on every run and machine."""
    return hashlib.sha256(f"{doc_id}|{start}|{end}|{metric}".encode()).hexdigest()[:24]


def _nearest_cue(matches: list[tuple[int, int]], text: str, start: int, end: int, target: int,
                 ends_after: int | None = None) -> tuple[int, int, str] | None:
    """(distance, cue start, cue text) of the last of a sentence's cue ``matches`` in text[start:end] (ending
    after ``ends_after``)."""
    last = None
    for m_start, m_end in matches:
        if m_start >= start and m_end <= end and (ends_after is None or m_end > ends_after):
            last = (m_start, m_end)
    return (max(0, target - last[1]), last[0], text[last[0]:last[1]].lower()) if last else None


def _context_level(metric: Metric, text: str, scopes: list[Span], seen: dict | None = None) -> int | None:
    """The narrowest of ``scopes`` that names the metric's topic (0 for a metric without one); ``seen``
    remembers each (topic, span) answer for the document, as the same scopes are asked about often."""
    pattern = metric.context_pattern
    if pattern is None:
        return 0
    for level, span in enumerate(scopes):
        key = (pattern.pattern, span.start, span.end)
        found = seen.get(key) if seen is not None else None
        if found is None:
            found = bool(pattern.search(text, span.start, span.end))
            if seen is not None:
                seen[key] = found
        if found:
            return level
    return None


@dataclass(frozen=True)
class Choice:
    metric: Metric
    cue_start: int
    cue: str  # the cue phrase that named it, lower-cased ("" for a phrase after the noun)
    own_clause: bool  # the cue is in the quantity's own clause (not inherited from the statement)


LIST_JOINER = re.compile(r",|\svà\s")
NAME_GOES_ON_BEFORE = re.compile(r"[\wÀ-ỹ] $")  # a capital after a word mid-sentence: part of a name
# The verb between a figure and the words after it that name it ("4.420 người được hưởng trợ cấp …"), and a figure's own
# group after it ("8.850 người thuộc đối tượng hộ nghèo").
PREVIOUS_FIGURES_VERB = re.compile(r"\s*(?:(?:đã|đang|được|sẽ)\s+)*(?:hưởng|nhận|có)\s+", re.I)
OWN_GROUP_AFTER = re.compile(r"\s*(?:thuộc|là)\b", re.I)


PLAN_NAME = re.compile(r"\b(?:kế hoạch|chương trình|đề án)\s+(?!năm\b)[^\d.;,:()]{3,80}?\s+(?:năm\s+\d{4}|giai đoạn\s+\d{4}\s*[-–]\s*\d{4})"
                       r"(?=\s*[,:])", re.I)
# A job centre's name ("Trung tâm dạy nghề và giải quyết việc làm huyện Cờ Đỏ", "Trung tâm Dịch vụ việc làm"): the work it
# is named for is no cue of the figures told of it.
# (… or a training centre's: "Trung tâm Dạy nghề người khuyết tật và trẻ mồ côi … đang nuôi dạy miễn phí 105 học viên")
CENTRE_NAME = re.compile(r"\bTrung tâm\s+(?:(?:dạy nghề|giáo dục nghề nghiệp|dịch vụ|giới thiệu|hỗ trợ)(?:[^.;,()\d]){0,30}?"
                         r"\bviệc làm\b|(?:dạy nghề|giáo dục nghề nghiệp)\b)", re.I)
POOR_REVIEW = re.compile(r"\brà soát(?:,?\s+(?:điều tra|phân loại|xác định))?\s+(?:số\s+)?hộ nghèo(?: đa chiều)?\s*(?:,|và)\s*"
                         r"(?:hộ\s+)?cận nghèo\b", re.I)


def _classes_intake(text: str, q: Quantity, clause: Span, stmt: Span) -> bool:
    """Whether learners ``q`` are the intake of one class ("khai giảng lớp cạo mủ cao su cho 46 học viên") or of a few
    named before them in the statement ("tổ chức 2 lớp dạy nghề cho 100 lao động"): ``CLASS_SIZE`` learners a class at
    most, and no share of a plan after them."""
    if q.value > 5 * CLASS_SIZE or ATTAINED_AFTER.match(text, q.end):
        return False
    if q.value <= CLASS_SIZE and ONE_CLASS_BEFORE.search(text[clause.start:q.start]):
        return True
    few = FEW_CLASSES_BEFORE.search(text, stmt.start, q.start) if text.find("lớp", stmt.start, q.start) >= 0 else None
    return few is not None and q.value <= CLASS_SIZE * int(few.group("n") or 1)


def _made_by_the_policy_bank(text: str, sr: SentenceReading, q: Quantity) -> bool:
    """Whether the jobs figure ``q`` counts the jobs the social policy bank's loans made (ruling 60): the bank or its
    lending named before it in its sentence, or in the sentence before one that opens on what it led to ("Nhờ đó, …");
    not the whole area's jobs told after the bank's work."""
    if WHOLE_AREA.search(text, sr.span.start, q.start):
        return False
    if LOANS_ENTRUSTED.search(text, sr.span.start, q.start) or POLICY_BANK.search(text, sr.span.start, q.start):
        return True
    return sr.index_in_paragraph > 0 and LED_TO_OPENING.match(text, sr.span.start) is not None \
        and (earlier := _sentence_before(text, sr)) is not None and POLICY_BANK.search(earlier.of(text)) is not None


def _blanked(text: str, start: int, end: int, spans: list[tuple[int, int]]) -> str:
    """text[start:end] with the given spans in it turned to spaces (offsets kept)."""
    words = text[start:end]
    for s, e in spans:
        if s < end and e > start:
            lo, hi = max(s, start) - start, min(e, end) - start
            words = words[:lo] + " " * (hi - lo) + words[hi:]
    return words


def _part_of_excluded_whole(metric: Metric, text: str, sentence_start: int, at: int) -> bool:
    """Whether the figure at ``at`` is a part ("trong đó …") of a whole its sentence names with words that rule the metric
    out for the parts too (``Metric.whole_excludes``)."""
    pattern = metric.whole_excludes_pattern
    if pattern is None:
        return False
    marker = _last_match(PARTS_MARKER, text, sentence_start, at)
    return marker is not None and pattern.search(text, sentence_start, marker.start()) is not None


def choose_metric(q: Quantity, text: str, clause: Span, statement: Span, sentence: Span, paragraph: Span,
                  window: Span | None = None, topics: list[Span] | None = None,
                  gap_start: int | None = None, seen: dict | None = None) -> Choice | None:
    """The catalogue metric that names quantity ``q``, with its cue (for the evidence and breakdowns).

    Ranking: a naming phrase right after the noun ("18 cơ sở vi phạm"), then the nearest cue before
    the number (its clause, then its statement, then its sentence), then the narrowest scope that
    names the metric's topic (Covid-19, people with meritorious service, drug rehabilitation): the
    section heading, the title and the lead paragraph being the widest. ``window`` runs from the
    quantity to the next one: where an exclusion ("hộ cận nghèo" for poor households) is looked for,
    with the words between the cue and the number. A cue separated from the number by another
    activity ("tư vấn … xuất khẩu lao động cho 3.600 người") does not name it.
    """
    wide = [clause, statement, sentence, paragraph, *(topics or [])]
    near = wide[:5]  # up to the section heading
    # Covid-19 named only in a later sentence of the paragraph ("… hỗ trợ 24 lao động bị ảnh hưởng dịch Covid-19" closing
    # a review of the year's work) names no figure before it: other work is told beside the pandemic's; unless that
    # sentence, the next, turns back to them ("Đây là những người lao động gặp khó khăn do đại dịch Covid-19 …").
    so_far = sentence.end
    if (back := BACK_TO_THEM.match(text, sentence.end, paragraph.end)) is not None:
        so_far = min(paragraph.end, _sentence_end(text, back.end()))
    covid_scopes = [clause, statement, sentence, Span(paragraph.start, so_far), *(topics or [])]
    window = window or clause
    gap_start = statement.start if gap_start is None else gap_start
    best: tuple[tuple, Choice] | None = None
    fallback: Choice | None = None
    nearest_excluded = IN_SENTENCE * 4
    # Not an activity the statement moves on from ("tổ chức 24 phiên giao dịch việc làm, toàn tỉnh giải quyết việc làm
    # cho 20.800 lao động").
    activities = [m for m in OTHER_ACTIVITY.finditer(text, max(gap_start, statement.start), q.start)
                  if not NEW_SUBJECT.search(text, m.end(), q.start)
                  # (not a name: "xử phạt Công ty cổ phần Tư vấn và dịch vụ T. với mức phạt 75 triệu đồng")
                  and not (m.group(1)[0].isupper() and NAME_GOES_ON_BEFORE.search(text, max(0, m.start() - 3), m.start()))]
    activity = bool(activities) and not any(m.group(1) == "giới thiệu" and JOB_FOUND_AFTER.match(text, m.end())
                                            for m in activities)
    # The annual review named by its groups ("Kết quả rà soát hộ nghèo, hộ cận nghèo cuối năm 2022 cho thấy … còn 6.636 hộ
    # nghèo"), a plan named by its work ("Theo kế hoạch đào tạo nghề và giải quyết việc làm năm 2023, … lao động qua đào tạo
    # 14.000 người"), a job centre by its work ("Trung tâm dạy nghề và giải quyết việc làm huyện … thu hút được hơn 30 học
    # viên") name no figure: no cue, no exclusion.
    names = _once(seen, ("names", sentence.start),
                  lambda: [(m.start(), m.end()) for pattern in (POOR_REVIEW, PLAN_NAME, CENTRE_NAME)
                           for m in pattern.finditer(text, sentence.start, sentence.end)])
    before = _blanked(text, max(clause.start, gap_start), q.start, names)  # the words since the previous figure
    joined = JOINED_VERB_BEFORE.search(text, clause.start, q.start) if " và " in before else None
    if joined and not OWN_ACTION_AFTER.match(text, q.end):
        joined = None  # "… cho 200 người có công và tổ chức cho 150 người tại Sầm Sơn": the same action elsewhere
    # "xuất khẩu nước ngoài 95 lao động và từ các chương trình, dự án … giải quyết 1.399 lao động": a new item, its own verb
    own_verb = NEW_ITEM_OWN_VERB.search(text, max(gap_start - 1, 0), q.start) if text.find(" và ", gap_start, q.start) >= 0 \
        else None
    cues_here = seen.setdefault(("cues", sentence.start), {}) if seen is not None else {}
    # Items with no figure listed after a colon ("… cho ba nhóm: người có công; người đang hưởng trợ cấp xã hội; hộ nghèo
    # … với 143.323 người", one statement): groups named, not what the figure counts.
    items_end = text.rfind(";", statement.start, q.start)
    items = (text.rfind(":", statement.start, items_end), items_end) if items_end >= 0 else None
    for metric in METRICS_OF_KIND.get(q.kind, ()):
        after = metric.after_pattern
        # Up to the statement's end: only a phrase that holds a comma itself ("đi tham quan, điều dưỡng")
        # reaches past the clause, as the words before it may not.
        after_match = after.match(text, q.end, statement.end) if after else None
        # (start, end) of each of the metric's cues in the sentence, found once per document and sentence.
        # Most metrics are named nowhere in the sentence: their cue lookups are skipped.
        matches = cues_here.get(metric.code)
        if matches is None:
            pattern = metric.cue_pattern
            matches = cues_here[metric.code] = [(m.start(), m.end()) for m in pattern.finditer(
                text, sentence.start, sentence.end)] if pattern else []
        if items and matches:
            matches = [m for m in matches if not items[0] < m[0] < items[1]]
        if names and matches:
            matches = [m for m in matches if not any(s <= m[0] < e for s, e in names)]
        cue = found = None
        if matches:
            # A cue may start before the clause ("xây mới, sửa chữa 392 căn") as long as it ends inside it.
            cue = _nearest_cue(matches, text, statement.start, q.end, q.start, clause.start)
        cue_at = cue[1] if cue else q.start  # where the cue stands (a cue outside the clause reports the number's start)
        own = cue is not None
        if cue is None and matches:
            found = _nearest_cue(matches, text, statement.start, clause.start, q.start)
            cue = (IN_STATEMENT + found[0], q.start, found[2]) if found else None
            cue_at = found[1] if found else q.start
        if cue is None and matches and metric.code in SENTENCE_CUED:
            found = _nearest_cue(matches, text, sentence.start, statement.start, q.start)
            cue = (IN_SENTENCE + found[0], q.start, found[2]) if found else None
            cue_at = found[1] if found else q.start
        if cue is not None and own_verb is not None and cue_at < own_verb.start():
            cue = None
        if cue is not None and joined is not None and cue_at < joined.start():
            cue = None  # "đưa 260 người … đi điều dưỡng … và tổ chức cho 8 người đi Hà Nội": the new verb's figure
        if cue is not None and own and gap_start > clause.start and cue_at > gap_start \
                and PREVIOUS_FIGURES_VERB.fullmatch(text, gap_start, cue_at) and OWN_GROUP_AFTER.match(text, q.end):
            # "4.420 người được hưởng trợ cấp xã hội … và 8.850 người thuộc đối tượng hộ nghèo": the words after the figure
            # before name it, this one names its own group
            cue = None
        if cue is None and (not metric.cues or q.kind in metric.self_named):
            cue = (0, q.start, "")
        excluded = metric.excludes_pattern
        if cue is not None and not after_match:
            between = text[max(min(cue[1], q.start), gap_start):q.start]
            if cue[1] < gap_start and TO_BEFORE.search(text, gap_start, q.start):
                # the end of a change its cue names before the start ("tỷ lệ lao động qua đào tạo nghề tăng từ 45% … lên 55%")
                between = text[cue[1]:q.start]
            if not own:  # the clause of a cue outside the number's: "Khu vực miền núi có tỷ lệ thất nghiệp …, gần 0,8%"
                cue_clause = enclosing(_once(seen, ("clauses", statement.start), lambda: clauses(text, statement)), cue_at)
                between += " " + (cue_clause.of(text) if cue_clause else "")
                if cue_clause and statement.contains(cue_at) and (QUALIFYING_CLAUSE.match(text, cue_clause.end)
                                                                  or BOTH_GROUPS_BETWEEN.search(text, cue_clause.end, q.start)):
                    # … and the clause after it that qualifies the rate's noun: "tỷ lệ lao động qua đào tạo có bằng, có
                    # chứng chỉ ở địa phương còn thấp, hiện mới đạt khoảng hơn 24,8% (trung bình cả nước là 25%)" (not
                    # words on the place, "của tỉnh, nơi có nhiều lao động nông thôn", nor on the fall, "giảm nhanh,
                    # nhất là ở các huyện miền núi"); or a clause that says the rate counts both groups: "tỷ lệ hộ nghèo
                    # đa chiều … giảm 6,26%, tương đương với 11.710 hộ nghèo và cận nghèo (giảm từ 42,61% …"
                    between += " " + text[cue_clause.end:q.start]
                if cue_at < statement.start:  # named in an earlier statement: "Hộ nghèo là đồng bào dân tộc …; người
                    between += " " + text[sentence.start:statement.start]  # Hoa có 53 hộ": that statement narrows it
            # "tư vấn, giới thiệu và giải quyết việc làm cho 2.390 người": activities listed with the cue, not
            # one that takes it as its object ("tư vấn xuất khẩu lao động cho 3.600 người").
            listed = activity and own and ACTIVITIES_THEN_CUE.fullmatch(text, activities[0].start(), cue_at) \
                and "lượt" not in text[q.start:q.end + 6]  # "… cho 12.300 lượt người": counselling contacts
            if (activity and not listed) or (excluded and (
                    (excluded.search(window.of(text)) and not (NEAR_POOR_ITEM_AFTER.match(text, q.end)
                                                               and not excluded.search(text, statement.start, q.start)))
                    or excluded.search(between) or excluded.search(before))):
                # The metric named nearest but ruled out keeps the number: a farther cue does not take it
                # ("đào tạo nghề cho 200 người, giải quyết việc làm mới cho 400 lao động trong diện hộ nghèo").
                nearest_excluded = min(nearest_excluded, cue[0])
                cue = None
        elif after_match and ((excluded and (excluded.search(text, q.start, max(after_match.end(), window.end))
                                             # not the previous item's words: "16.425 người làm việc ngoài tỉnh và
                                             # 147 lao động xuất khẩu làm việc ở nước ngoài"
                                             or excluded.search(LIST_JOINER.split(before)[-1] if gap_start > clause.start
                                                                else before)))
                              # nor an allowance of the group a whole counts: "… 385.000 hồ sơ người có công …, trong đó
                              # có hơn 45.200 lượt người đang hưởng trợ cấp hàng tháng" (meritorious)
                              or _part_of_excluded_whole(metric, text, sentence.start, q.start)):
            after_match = None
            # nor does a cue of an earlier clause name it ("giảm 2.800 hộ nghèo, trong đó có 1.000 hộ nghèo đồng bào dân
            # tộc thiểu số": a subset of the poor), nor one in its own when the words after the number rule it out ("chỉ
            # còn 11 học viên chưa trở lại cơ sở cai nghiện")
            if not own:
                cue = None
            elif excluded and excluded.search(text, q.start, window.end):
                nearest_excluded = min(nearest_excluded, cue[0])
                cue = None
        fallback_match = (cue is None and not after_match and metric.fallback_after_pattern
                          and metric.fallback_after_pattern.match(text, q.end, clause.end))
        if cue is None and not after_match and not fallback_match:
            continue
        scopes = wide[:3] if metric.sentence_topic else near if metric.near_topic else \
            covid_scopes if metric.code.startswith("covid_") else wide
        level = _context_level(metric, text, scopes, seen)
        if level is None:
            continue
        if fallback_match:
            fallback = fallback or Choice(metric, q.start, "", True)
            continue
        # Within one scope (clause, statement, sentence) the metric whose topic is named nearer wins
        # ("đóng góp ủng hộ quỹ số tiền 1,996 tỷ" in a statement about the fund); ties go to the
        # longer cue ("xây dựng và sửa chữa" over "sửa chữa"), which starts earlier.
        distance = cue[0] if cue else IN_SENTENCE * 2
        # Of two naming phrases after the noun the longer, more specific one wins ("… được giải quyết việc làm
        # qua hình thức xuất khẩu lao động" is labour export).
        score = (0 if after_match else 1, -len(after_match.group(0)) if after_match else 0, distance // IN_STATEMENT,
                 level, distance, cue[1] if cue else q.start)
        choice = Choice(metric, cue[1] if cue else q.start, cue[2] if cue else "", own or bool(after_match))
        if best is None or score < best[0]:
            best = (score, choice)
    if best is not None and best[0][0] == 1 and nearest_excluded < best[0][4]:
        return None
    return best[1] if best else fallback


def _poverty_metric(q: Quantity, text: str, clause: Span, role: str, limit: int) -> str:
    before = text[clause.start:q.start]
    if role == "change":
        return "poverty_rate_reduction"
    if TO_BEFORE.search(before) or (FROM_BEFORE.search(before) and TO_AFTER.match(text[q.end:limit])):
        return "poverty_rate"
    if DECREASE_BEFORE.search(before):
        return "poverty_rate_reduction"
    return "poverty_rate"


def _details_year_to_date(text: str, sr: SentenceReading) -> bool:
    """Whether a breakdown or a result naming no period of its own details a sentence counting the months so far
    ("Từ đầu năm đến nay, toàn tỉnh tạo việc làm mới cho trên 11,1 nghìn lao động. Trong đó, tạo việc làm trong nước
    cho …"; "Từ đầu năm đến nay, … đã kiểm tra … 143 DN. Qua đó phát hiện 41 DN vi phạm"), also from the paragraph
    before when the result, or what was done in the same months ("Cùng thời gian, …"), opens its own ("Từ đầu năm đến
    nay, huyện … giới thiệu việc làm.⏎Kết quả đã giải quyết …")."""
    same_time = SAME_TIME_OPENING.match(text, sr.span.start) is not None
    follows = same_time or LED_TO_OPENING.match(text, sr.span.start)
    if not (sr.breakdown or follows) or find_period(sr.span.of(text)) is not None:
        return False
    if sr.index_in_paragraph == 0 and not follows:
        return False
    before = _sentences_before(text, sr)
    # (the same months as those the paragraph before opened on; what follows from a sentence, as its last one counts)
    return any(YTD.search(sentence.of(text)) for sentence in (before if same_time else before[-1:]))


ALSO_OPENING = re.compile(r"\W*(?:đồng thời|cùng với đó|bên cạnh đó)\s*,", re.I)  # what goes on beside the sentence before
# A sentence that says what the one before means: "Điều này đồng nghĩa với việc …", "Nghĩa là …"
RESTATES_OPENING = re.compile(r"\W*(?:điều (?:này|nay|đó)|việc (?:này|đó))\s+(?:cũng\s+)?(?:đồng nghĩa|có nghĩa)\b|\W*(?:nghĩa là|tức là)\b",
                              re.I)


# A group's rate told as its share: "(tỷ lệ 7,71%)", "chiếm 5,45%" (not a change: "giảm 1,2%")
GROUP_RATE = re.compile(r"\b(?:tỷ lệ|tỉ lệ|chiếm)\s*:?\s*(\d{1,2}(?:,\d{1,2})?)\s?%", re.I)


def _sum_of_two_rates_after(text: str, q: Quantity, end: int) -> bool:
    """True when two groups' rates printed after ``q`` in text[q.end:end] (``GROUP_RATE``) add up to its value (within the
    print's rounding): the rate before them is the two groups' together (the poor's and the near-poor's)."""
    rates = [float(m.group(1).replace(",", ".")) for m in GROUP_RATE.finditer(text, q.end, end)]
    return any(abs(a + b - q.value) <= 0.011 for i, a in enumerate(rates) for b in rates[i + 1:])


def _sentences_before(text: str, sr: SentenceReading) -> list[Span]:
    """The sentences before ``sr``'s in its paragraph; for a paragraph's first, those of the paragraph before."""
    if sr.index_in_paragraph > 0:
        return sentences(text, Span(sr.paragraph.start, sr.span.start))
    if sr.paragraph.start > 0:
        return sentences(text, Span(_previous_paragraph_start(text, sr.paragraph.start), sr.paragraph.start))
    return []


def _sentence_before(text: str, sr: SentenceReading) -> Span | None:
    """The sentence before ``sr``'s: in its paragraph, else the last of the paragraph before."""
    before = _sentences_before(text, sr)
    return before[-1] if before else None


def _goal_revisited(words: str, published: date | None) -> str:
    """``words`` (a sentence up to a figure) without an opening that turns back to a goal ("Về mục tiêu này, …") when the
    sentence tells a year before the publication's, or what was done or stands now: where things stand, no target ("Về mục
    tiêu này, trong năm 2024 cần …" on a 2024 plan still aims)."""
    if published and (opening := GOAL_REVISITED.match(words)) and (
            any(int(year) < published.year for year in YEARS.findall(words, opening.end()))
            or DONE_OR_NOW.search(words, opening.end())):
        return words[opening.end():]
    return words


def _last_match(pattern: re.Pattern[str], text: str, start: int, end: int) -> re.Match[str] | None:
    """The last match of ``pattern`` in text[start:end], or None."""
    matches = list(pattern.finditer(text, start, end))
    return matches[-1] if matches else None


def _once(memo: dict | None, key: tuple, compute: Callable[[], T]) -> T:
    """``compute()``, remembered under ``key`` in the document's ``memo`` (a sentence's answer, asked per figure)."""
    if memo is None:
        return compute()
    if key not in memo:
        memo[key] = compute()
    return memo[key]


def _qualifier(q: Quantity, text: str, clause: Span, stmt: Span, sr: SentenceReading,
               previous: str | None = None, memo: dict | None = None, published: date | None = None,
               report_year: int | None = None) -> str:
    """actual, target or estimate for quantity ``q``; ``report_year`` is the year the page reports on (its publication's,
    else the latest year an undated page names)."""
    sentence = sr.span
    # the goal a sentence opens on, its figure in the opening clause: "Để đạt được kế hoạch tuyển sinh … năm 2022 đạt
    # 2.086.000 người, …"
    purpose = (opening := PURPOSE_OPENING.match(text, sentence.start)) is not None \
        and "," not in text[sentence.start:q.start] and not PAST_DONE.search(text, opening.end(), q.start) \
        and not ATTAINED_AFTER.match(text, q.end)
    if not purpose and text.find("đạt", max(sentence.start, q.start - 40), q.start) >= 0 \
            and ACHIEVED_BEFORE.search(text, max(sentence.start, q.start - 40), q.start):
        return "actual"  # "đặt mục tiêu đưa 1.000 người … nhưng chỉ đạt 395 người": what was reached
    forecast = FORECAST_OR_WILL.search(text, sentence.start, q.start)
    this_year = not GOAL_WORDS.search(text, sentence.start, q.start) \
        and not (report_year and any(int(year) > report_year for year in YEARS.findall(text, sentence.start, q.end + 40)))
    if this_year and forecast and not DONE_BETWEEN.search(text, forecast.end(), q.start) and (
            FORECAST.search(text, sentence.start, q.start) and (
                ATTAINED_AFTER.match(text, q.end) or PLAN_MET_AFTER.match(text, q.end, sentence.end))
            or published and published.month >= 9 and YEAR_END_AIMED.search(text, sentence.start, q.start)
            and not LATER_PERIOD.search(text, sentence.start, q.start) and text.find("hoạch", clause.start, q.start) < 0
            and not any(int(year) > published.year for year in YEARS.findall(text, sentence.start, sentence.end))):
        # "Dự kiến trong năm 2024, … sẽ tạo việc làm cho trên 30.500 lao động, đạt 167% kế hoạch", "dự kiến … còn
        # 0,71% …, vượt mục tiêu đề ra": measured against the year's plan, a projection of the year's result (not
        # "Mục tiêu năm 2024 dự kiến …", nor a year to come); so is "sẽ còn khoảng 2,74%" late in the year it ends
        return "estimate"
    if published and _year_end_to_come(text, sentence, q, published):
        return "target"
    planned = text.find("hoạch", stmt.start, q.start) >= 0  # ("kế hoạch": most figures have none before them)
    if TARGET_CLAUSE.search(text[clause.start:q.start]) or planned and (
            PLAN_OF_WORK_BEFORE.search(text, max(clause.start, q.start - 100), q.start)
            or any(PLAN_STATEMENT_OPENING.match(text[start:q.start]) for start in {stmt.start, clause.start})):
        return "target"
    if previous == "target" and PLAN_REVISED_BEFORE.search(text, max(sentence.start, q.start - 40), q.start):
        return "target"  # "kế hoạch … là 130.000 lao động, tuy nhiên đã được điều chỉnh xuống 70.000 lao động"
    if previous == "target" and (among := PARTS_NAMED.search(text, stmt.start, q.start)) \
            and not PART_DONE.search(text, among.end(), clause.end):
        return "target"  # "đề ra chỉ tiêu giải quyết việc làm mới cho 32.000 lao động, trong đó xuất khẩu 1.300 lao động"
    if (plan := PLAN_SET_OUT.search(text, stmt.start, q.start)) and not RESULT_TOLD.search(text, plan.end(), q.start):
        return "target"
    if purpose:
        return "target"  # "Để hoàn thành chỉ tiêu giải quyết việc làm mới cho trên 2.800 lao động trong năm 2018, huyện …"
    opened = text.rfind("(", sentence.start, q.start)
    if opened > text.rfind(")", sentence.start, q.start) and DONE_BETWEEN.search(text, opened, q.start) \
            and not TARGET_SENTENCE.search(text, opened, q.start) and not ESTIMATE_STATEMENT.search(text, opened, q.start):
        return "actual"  # "… dự kiến tạo việc làm mới cho khoảng 2.800 lao động (6 tháng đầu năm đã tạo … cho 1.400 lao động)"
    if TARGET_SENTENCE.search(COMPLETED_ASSIGNMENT.sub(" ", _goal_revisited(text[sentence.start:q.start], published))) and not (
            # "phấn đấu … 40.000 lao động; kết quả đã giải quyết việc làm cho 38.000 lao động, đạt 95% kế hoạch": the
            # goal's statement is over, this one reports what came of it
            stmt.start > sentence.start and not TARGET_SENTENCE.search(text[stmt.start:q.start])
            and (RESULT_OPENING.match(text, stmt.start) or ATTAINED_AFTER.match(text, q.end))) and not (
            PLAN_OPENING.match(text, sentence.start) and RESULT_VERB.search(text, sentence.start, q.start)) and not (
            # "Kế hoạch năm 2024 giao: tuyển sinh 12.000 người, thực hiện được 12.500 người": the result after the plan
            PLAN_HEADING.match(text[sentence.start:q.start]) and DONE_IN_ITEM.search(text, clause.start, q.start)):
        # not "đã hoàn thành tốt nhiệm vụ được giao, … tạo việc làm mới cho 14.400 lao động", nor "Theo đề án …, năm 2023
        # tỉnh đã đưa 1.520 lao động …": a plan's result
        return "target"
    if RESTATES_OPENING.match(text, sentence.start) and (earlier := _sentence_before(text, sr)) is not None \
            and TARGET_SENTENCE.search(text[earlier.start:earlier.end]):
        return "target"  # "… phấn đấu giảm ít nhất 4% hộ nghèo. Điều này đồng nghĩa với việc giảm … xuống còn 6%": the goal again
    if previous == "target" and ALSO_OPENING.match(text, sentence.start) and not PAST_MARKERS.search(text, sentence.start, q.start):
        return "target"  # "Đến cuối năm 2023, tỷ lệ … là 69,43%. Đồng thời, … đưa 300 lao động đi làm việc ở nước ngoài": aimed too
    if THEN_OPENING.match(text, sentence.start) and PLAN_ISSUED.search(text, max(0, sentence.start - 300), sentence.start) \
            and not PAST_MARKERS.search(text, sentence.start, q.start):
        return "target"  # "… ban hành Kế hoạch số 130/KH-UBND … Theo đó, năm 2020 tuyển sinh 15.000 lao động": the plan's
    goal_before = _once(memo, ("goal before", sentence.start), lambda: bool(TARGET_WORDS.search(
        GOALS_PURSUED.sub(" ", COMPLETED_ASSIGNMENT.sub(" ", text[sr.paragraph.start:sentence.start])))) or (
        # a plan opening a later sentence ("Được biết, theo kế hoạch …") reaches a sentence that names no year of its own
        not YEARS.search(text, sentence.start, sentence.end) and any(
            PLAN_OPENING.match(text, earlier.start) for earlier in sentences(text, Span(sr.paragraph.start, sentence.start)))))
    past = _once(memo, ("past", sentence.start), lambda: bool(PAST_MARKERS.search(sentence.of(text))))
    # A goal stated earlier in the paragraph carries on, unless the figures since were results.
    if goal_before and not past and (previous is None or previous == "target") and not ATTAINED_AFTER.match(text, q.end):
        return "target"
    if sr.breakdown and previous == "target" and not DONE_IN.search(sentence.of(text)):
        return "target"  # "Trong số này, điều dưỡng tại đơn vị là gần 3,1 nghìn người, …" after a plan: the plan's part
    if sr.target_section and not past:
        return "target"
    estimated = ESTIMATE_STATEMENT.search(text, stmt.start, q.start)
    # "ước" of another figure before this one ("… sau học nghề ước đạt 75%, đưa tỷ lệ … lên 52,15%") is not this one's
    # (the months it names are none: "ước thực hiện 6 tháng đầu năm, …")
    if estimated and re.search(r"\d", YEARS.sub("", text[(ESTIMATED_MONTHS.match(text, estimated.end()) or estimated).end():
                                                           q.start])) \
            and not AMONG.search(text, estimated.end(), q.start):  # the parts of an estimated total are estimated
        estimated = None
    words = text[clause.start:q.start]
    # "ước" over the clause; "khoảng" only of the figure it stands before ("cho khoảng 41.250 người và 1.472 người")
    if q.estimate or ESTIMATED.search(words) or re.search(r"\bkhoảng\b", LAST_FIGURE.split(words)[-1], re.I) \
            or estimated or sr.estimated \
            or (stmt.start > sentence.start and ESTIMATE_OPENING.match(text, sentence.start)
                and AMONG.search(text, sentence.start, stmt.start)
                and not OWN_TIME_OR_RESULT.search(text, stmt.start, stmt.end)) \
            or ESTIMATE_HEADING.match(text, sentence.start, q.start):
        return "estimate"
    return "actual"


def _year_end_to_come(text: str, sentence: Span, q: Quantity, published: date) -> bool:
    """True when ``q`` is a level for the end of a year the page, published on ``published``, has not reached (nor
    come near: before September): "cuối năm 2024 còn 5,86%" on a page of February 2024. The year's end named before
    the figure counts, or anywhere in a sentence that names no earlier year ("Tỷ lệ hộ nghèo giảm 3,3%; tỷ lệ hộ nghèo
    cuối năm 2024 còn 5,86%"; not "Năm 2023 giảm 3,3%, cuối năm 2024 còn …")."""
    def to_come(year: int) -> bool:
        return year > published.year or (year == published.year and published.month < 9)

    ends = [(m.start(), int(m.group(1))) for m in YEAR_END_NAMED.finditer(text, sentence.start, sentence.end)]
    if not ends:
        return False
    before = [year for start, year in ends if start < q.start]
    if before:
        return to_come(before[-1])
    return all(to_come(int(year)) for year in YEARS.findall(text, sentence.start, sentence.end))


def _place(ctx: DocContext, text: str, span: Span, sr: SentenceReading,
           mentions: list, national_page: bool = False, at: int | None = None) -> tuple[str | None, str | None, bool] | None:
    """Province, district, and whether the figure (at offset ``at``) is nationwide; None for the figure of districts
    the statement names together before it ("hai huyện Di Linh và Đam Rông có …, lần lượt là 5,2% và 6,1%").

    The statement's own district (the last named before the figure, else the first after it), or the province
    it opens with, wins; then the place in force at the sentence (its own, carried in its paragraph, or its
    section heading's); then the document's. A sentence naming only the document's province keeps the
    document's district unless it speaks of the whole province.
    """
    statement_text = span.of(text)
    lo = bisect.bisect_left(mentions, span.start, key=lambda item: item[0])
    district: Where | None = None
    district_start = span.start
    work_place = False
    for start, where in mentions[lo:]:
        if start >= span.end or (district is not None and at is not None and start >= at):
            break
        owned_after = at is not None and start >= at and not OWNER_GAP.search(text, at, start) \
            and not PROVINCE_WIDE.search(text, span.start, at)
        # … nor the province's figure named after them ("Ngoài các huyện A, B, năm 2023 toàn tỉnh còn 12.480 hộ nghèo")
        owned_before = (at is None or start < at) and not PROVINCE_WIDE.search(text, start, at if at is not None else start)
        if where.joint and district is None and (owned_before or owned_after):
            # Their figure is no one's, named before it or right after it as whose it is ("150 suất quà tết cho trẻ
            # em Bắc Trà My và Nam Trà My"; not "…, cao nhất là hai huyện A và B"); but "kiểm tra … trên địa bàn các
            # huyện A, B và C" is the province's work, done there.
            work_place = work_place or bool(WHERE_WORK_WAS_DONE.search(text, max(span.start, start - 25), start))
            if not work_place:
                return None
        if where.district:
            if district is not None and (partner := PARTNER_BETWEEN.search(text, district_start, start)) \
                    and not PARTNER_ENDS.search(text, partner.end(), start):
                continue  # "huyện Giồng Riềng phối hợp … Trường Trung cấp nghề Tân Hiệp ở huyện Tân Hiệp tổ chức …"
            district, district_start = where, start  # "…; huyện Ninh Hải có …, 10,17% và huyện Thuận Nam có …": the nearer
            if at is None or start >= at:
                break
        elif district is None and where.province and NEXT_PLACE_OPENING.fullmatch(text, span.start, start):
            # a statement opening with a province: "; Hà Nội (138 ngàn người)", "; tiếp theo là Nghệ An 10.500 lao động"
            return where.province, None, False
    if district is not None:
        return district.province, district.district, False
    if at is not None and (country := last_place_start(mentions, span.start, at)) is not None \
            and mentions[bisect.bisect_left(mentions, country, key=lambda item: item[0])][1].national:
        return None, None, True  # "…, tổng kinh phí hỗ trợ của cả nước là gần 36 nghìn tỷ đồng": the country's own
    where: Where | None = sr.place
    if where is None:
        return (None, None, True) if national_page else (ctx.province, ctx.district, False)
    if where.national:
        return None, None, True
    if (where.province == ctx.province and where.district is None and ctx.district
            and not PROVINCE_WIDE.search(statement_text)
            # (a page of the city named like its province: "Sở LĐ-TB&XH tỉnh Nam Định" names the province)
            and not (ctx.district == ctx.province and f"tỉnh {ctx.province}" in statement_text)):
        return ctx.province, ctx.district, False
    if where.district and PROVINCE_WIDE.search(statement_text):
        return where.province, None, False  # "… toàn tỉnh giải quyết việc làm cho …" after a district's sentence
    return where.province, where.district, False


@dataclass
class _DocumentState:
    """What the whole document has said so far, across paragraphs."""

    topics_seen: dict = field(default_factory=dict)  # (topic pattern, span) → named there; also a memo per sentence
    totals_over_years: set = field(default_factory=set)  # values the document states as multi-year totals
    # poverty rates the document shows to be the poor's and near-poor's together (the same in its headline too)
    combined_rates: set = field(default_factory=set)
    part_values: set = field(default_factory=set)  # (metric, value, qualifier, year, province) of the parts it gave
    other_houses: int | None = None  # end of the last count of houses for the poor or several programmes
    reviews_years: bool = False  # the title or lead names a span of several years
    reviews_only_years: bool = False  # … and names no single year ("Giai đoạn 2021-2025, địa phương đã …")
    undated: Period = Period(None, None)  # the period of figures that state none when the page prints no date
    undated_covid: Period = Period(None, None)  # the same for Covid-19 support figures
    # … and the report's day (day, month) its lead opens with ("Ngày 6/8, …"): what figures "so far" count up to
    lead_day: tuple[int, int] | None = None
    # … a page telling only of a support policy adopted, no payment ("HĐND tỉnh vừa thông qua Nghị quyết về chính sách hỗ
    # trợ …" under "Chi 67,5 tỉ đồng hỗ trợ …"): its Covid-19 figures are targets
    policy_only: bool = False
    lead_event: bool = False  # … a day of handing out ("Ngày 23-5, các địa phương … tiến hành cấp phát tiền hỗ trợ …")
    national_page: bool = False  # the page speaks of the country and never names the province its site gave
    one_house: bool = False  # the page tells of one family's house and counts no houses (its money is one house's)
    rural_counts: frozenset = frozenset()  # counts of people the page states in a sentence on training rural workers
    # … and on a provincial paper's report of the Ministry's nationwide conference, the offset up to which figures
    # naming no place are the country's (until the paper turns to its province: "Tại Bà Rịa-Vũng Tàu, năm 2023, …")
    national_until: int = -1
    names_covid: bool = True  # the page names Covid-19 or one of its support measures (else it gives no Covid-19 facts)
    # "Trong 6 tháng đầu năm 2019, …" opening the lead of a report of that year: its results are of those months.
    opening_period: Period | None = None
    opening_so_far: bool = False  # … and of its figures so far ("từ đầu năm đến nay"): the months up to publication


@dataclass
class _ParagraphState:
    """What earlier statements of the paragraph said: totals that later parts detail, the last metric."""

    all_facts: list[Fact]  # the document's facts so far
    first: int  # index in all_facts of the paragraph's first fact
    cues: dict[str, str]  # fact_id → the cue phrase that named it
    kinds: dict[str, str]  # fact_id → the kind of quantity it counted
    markers: list[int] = field(default_factory=list)  # offsets of breakdown markers ("trong đó") after a total
    over_years: bool = False  # a total over several years was stated: "Trong đó …" after it details that total
    over_years_end: int = 0  # the end of the sentence that stated it
    over_years_at: int = -1  # the end of that total's figure
    doc: _DocumentState = field(default_factory=lambda: _DocumentState())
    had_figures: bool = False  # a sentence of the paragraph held a quantity
    last: SentenceReading | None = None  # the paragraph's last sentence read: the place and heading in force at its end

    @property
    def topics_seen(self) -> dict:
        return self.doc.topics_seen

    @property
    def facts(self) -> list[Fact]:
        return self.all_facts[self.first:]

    def replace_last(self, k: int, fact: Fact) -> None:
        self.all_facts[-k] = fact


def extract_facts(ctx: DocContext) -> list[Fact]:
    """Every catalogue fact in a cleaned document's text (the first line is its title)."""
    text = ctx.text
    quantities = find_quantities(text)
    if not quantities:
        return []
    starts = [q.start for q in quantities]
    reading = read_document(text, lambda start, end: _first_at(starts, start, end), ctx.province, ctx.district)
    facts: list[Fact] = []
    state: _ParagraphState | None = None
    paragraph: Span | None = None
    previous_first = 0
    undated, undated_covid = _undated_periods(ctx)
    reviews_years = _reviews_years(reading, text)
    doc = _DocumentState(reviews_years=reviews_years, undated=undated, undated_covid=undated_covid,
                         lead_day=(_lead_day(text, reading.lead) or _lead_day(text, reading.title)) if ctx.published_date is None else None,
                         lead_event=ctx.published_date is None and _lead_event(text, reading),
                         policy_only=_policy_only(text, reading),
                         reviews_only_years=reviews_years and not any(
                             SINGLE_YEAR.search(text, span.start, span.end) for span in (reading.title, reading.lead) if span),
                         national_page=_national_page(ctx, reading),
                         one_house=_one_house(text, quantities), rural_counts=_rural_counts(text, quantities),
                         national_until=_national_conference_until(reading),
                         names_covid=COVID_NAMED.search(text) is not None)
    doc.opening_period, doc.opening_so_far = _opening_period(ctx, reading)
    cut_short = reading.title is not None and BREAKDOWN_START.search(reading.title.of(text)) is not None
    listing = False  # the paragraph before opened a breakdown, or went on with one
    totals: SentenceReading | None = None  # the last sentence of the last paragraph that gave facts
    figures_gave_facts = True  # whether the last paragraph with figures gave facts (not a photo caption's)
    carrying = False  # a breakdown paragraph that names no place of its own takes the totals' place
    for sr in reading.sentences:
        lo, hi = bisect.bisect_left(starts, sr.span.start), bisect.bisect_left(starts, sr.span.end)
        if sr.paragraph != paragraph:
            if state is not None and state.facts:
                previous_first, totals = state.first, state.last
            if state is not None and state.had_figures:
                figures_gave_facts = bool(state.facts)
            carrying = False
            # A one-item-per-line breakdown: after a paragraph opening with "Trong đó", paragraphs that open
            # with a figure ("482.265 người lao động ngừng việc được hỗ trợ …") go on detailing the totals.
            listing = listing and paragraph is not None and FIGURE_FIRST.match(text, sr.span.start) is not None
            over_years = state is not None and state.over_years and sr.breakdown
            paragraph, state = sr.paragraph, _ParagraphState(facts, len(facts), {}, {}, doc=doc)
            # (a paragraph detailing a total over several years, "Cụ thể, …" after "Trong giai đoạn 2021-2025, … 210.000
            # người", details it over those years too)
            state.over_years = over_years
        breakdown = sr.breakdown or (listing and sr.index_in_paragraph == 0)
        if sr.index_in_paragraph == 0:
            listing = breakdown
        state.last = sr
        if lo == hi or sr.narrowed or (cut_short and sr.paragraph == reading.title
                                       and not SAME_PERIOD_COMPARED.search(text, sr.span.start, sr.span.end)):
            # (an item of one area's or group's figures: a subset, ANNOTATION.md §7; a page cut short before its first
            # line, "Trong đó tạo việc làm trong nước cho 7 - 7,5 triệu người, …": the parts of a total it no longer shows,
            # unless compared with the same months a year before, "…; xuất khẩu lao động khoảng 40 nghìn người, bằng 96% so
            # với cùng kỳ": one period's, and a part with a code of its own is a fact, ANNOTATION.md §1)
            continue
        state.had_figures = True
        if breakdown and not state.facts and sr.index_in_paragraph == 0 and previous_first < len(facts):
            state.first = previous_first  # "Cụ thể, …" opening a paragraph details the totals of the one before
            # A photo caption between ("Chi tiền hỗ trợ tại huyện Thới Bình …") is not where the totals were; a new
            # section's paragraph is.
            carrying = not figures_gave_facts and totals is not None and sr.heading == totals.heading
        if carrying:
            carrying = first_place(reading.mentions, sr.span.start, sr.span.end) is None
            sr = replace(sr, place=totals.place) if carrying else sr
        if breakdown and state.facts:
            state.markers.append(sr.span.start)
        for stmt in statements(text, sr.span):
            in_stmt = [q for q in quantities[lo:hi] if stmt.contains(q.start)]
            if in_stmt:
                facts.extend(_statement_facts(ctx, reading, in_stmt, stmt, sr, state))
    headlines = [s.span for s in reading.sentences if s.span.start < (reading.title.end if reading.title else 0)
                 or (s.heading is not None and s.heading.start == s.paragraph.start)]
    if reading.title is not None and reading.document_period is None and len(reading.title.of(text).split()) <= 30:
        facts = _dated_by_body(facts, reading.title)  # a headline, not a lead paragraph standing first
    facts = _rounding_another_figure(facts, headlines, quantities, text)
    if reading.title is not None:
        facts = _title_as_body_says(facts, reading.title)
    facts = _markets_listed(facts, [s.span for s in reading.sentences], text)
    opening = reading.lead or reading.title
    if doc.combined_rates:  # the same rate in a headline is the two groups' too
        facts = [f for f in facts if not (f.metric == "poverty_rate" and f.value in doc.combined_rates)]
    return _deduplicate(_parts_adding_up(facts, text, opening.end if opening else 0), headlines, doc.totals_over_years)


DONE_AFTER_ASKING = re.compile(r"\b(?:đã(?! (?:tiếp nhận|lập|rà soát|tổng hợp|thẩm định)\b)|trao)\b", re.I)  # "Thực hiện đề nghị hỗ trợ của …, đã trao 1.000 suất quà …"
A_WHOLE = re.compile(r"\b(?:toàn tỉnh|toàn huyện|toàn thành phố|tổng số|tổng cộng|tính chung|cả tỉnh)\b", re.I)
# Training for rural workers only ("đào tạo nghề cho lao động nông thôn"), named by a page's title or the sentence before.
RURAL_TRAINING = re.compile(r"\b(?:đào tạo nghề|dạy nghề|học nghề|lớp nghề)\b[^.;\d]{0,60}?\b(?:cho|đối với)\s+"
                            r"(?:người\s+)?lao động nông thôn\b", re.I)


BRACKET_AFTER = re.compile(r"[^.;()\d]{0,40}\((?:[^()]|\([^()]*\))*\)")  # "… tham gia học nghề (DTTS (…) là 2.197; …)"


def _rural_counts(text: str, quantities: list[Quantity]) -> frozenset:
    """The counts of people stated in a sentence on training rural workers ("… đào tạo nghề cho lao động nông thôn …
    kết quả đào tạo được 2.831 người"): the same count elsewhere on the page ("tổ chức 81 lớp với 2.831 người tham
    gia học nghề") is that training too."""
    if "nông thôn" not in text:
        return frozenset()  # (most pages: no pass over their figures)
    counts = set()
    for q in quantities:
        # (in the rural training's own clause; not a round count, which other figures share by chance)
        if q.kind == "persons" and q.value % 100:
            start = max(text.rfind(". ", 0, q.start), text.rfind("\n", 0, q.start), text.rfind(";", 0, q.start)) + 1
            if (rural := _last_match(RURAL_TRAINING, text, start, q.start)) and not A_WHOLE.search(text, rural.end(), q.start):
                counts.add(q.value)
    return frozenset(counts)


def _rural_training(reading: Reading, sr: SentenceReading, text: str, memo: dict) -> bool:
    """Whether a figure is of training rural workers by what came before it: the page's title (unless its sentence
    names a whole: "Toàn tỉnh …", "Tổng số …", "Tính chung …"), or the sentence before when this one opens on its
    figure ("… mở 2 lớp đào tạo nghề cho lao động nông thôn. 70 người lao động ở xã … đã học nghề …"). The figure's
    own sentence is read by the metric's exclusions."""
    if FIGURE_FIRST.match(text, sr.span.start):
        before = sentences(text, Span(sr.paragraph.start, sr.span.start))
        if before and _once(memo, ("rural training", before[-1].start),
                            lambda: bool(RURAL_TRAINING.search(text, before[-1].start, before[-1].end))):
            return True
    # (a title on rural training, not one naming it beside other work: "…: Giáo dục nghề nghiệp vượt kế hoạch, đào
    # tạo nghề cho lao động nông thôn được quan tâm")
    return reading.title is not None and bool(RURAL_TRAINING.search(re.split(r"[,;]", reading.title.of(text))[0])) \
        and not A_WHOLE.search(text, sr.span.start, sr.span.end)


# A later clause opening on a year of its own: "…, năm 2019 là 28.000 lao động", "…, trong khi năm 2019 chỉ …"
# (not a span: "năm 2016 - 2020", "năm 2016 đến nay")
CLAUSE_YEAR_OPENING = re.compile(r"\W*(?:(?:trong khi|còn|riêng|nhưng)\s+)?(?:trong\s+)?năm\s+((?:19|20)\d\d)\b"
                                 r"(?!\s*(?:[-–]|đến|tới|trở))", re.I)


def _clause_year(text: str, clause: Span, stmt: Span, q: Quantity, stmt_period: Period | None) -> Period | None:
    """The year a later clause of a statement names for itself, opening on it, when the statement's period is another
    full year: "Năm 2020, tỉnh giải quyết việc làm cho 30.000 lao động, năm 2019 là 28.000 lao động" (2019); else None."""
    if clause.start <= stmt.start or stmt_period is None or stmt_period.period != "FY" or stmt_period.year is None:
        return None
    opening = CLAUSE_YEAR_OPENING.match(text, clause.start, q.start)
    if opening is None or int(opening.group(1)) == stmt_period.year:
        return None
    return Period(int(opening.group(1)), "FY")


def _own_months(text: str, clause: Span, stmt: Span, q: Quantity, stmt_period: Period | None,
                sentence_period: Period | None) -> Period | None:
    """The months a clause or statement names for itself after a part of the year named around it: "Riêng trong tháng
    10, … 520 lao động …, nâng tổng số 10 tháng lên 7.915 người" (10M), "…, nâng tổng số cả năm lên 29.800 người" and
    "Trong 11 tháng …; dự kiến cả năm đạt 17.500 người", "9 tháng …; ước hết năm 2020 đạt 56%" (FY); else None."""
    own = None
    if clause.start > stmt.start and stmt_period is not None and stmt_period.explicit_sub_year:
        own = find_period(text[clause.start:q.start])
        if own is None and WHOLE_YEAR.search(text, clause.start, q.start):
            own = Period(stmt_period.year, "FY", True)
    elif (stmt_period is None or stmt_period.period == "FY") and sentence_period is not None \
            and sentence_period.explicit_sub_year and YEAR_END.search(text, stmt.start, q.start):
        own = Period((stmt_period and stmt_period.year) or sentence_period.year, "FY", True)
    return own if own is not None and own.explicit_sub_year else None


# … or named right after the figure as whose it is: "giải quyết việc làm trên 113.000 lao động ở khu vực Tây Nguyên".
# (not "… lao động tại các tỉnh Đông Nam Bộ": where the province's workers went)
REGION_AFTER = re.compile(r"\s*(?:ở (?:khu vực|vùng|toàn vùng)|của (?:các tỉnh|khu vực|vùng|toàn vùng))\s+" + REGIONS.pattern)
# … or the region the sentence before named, taken up again: "tỷ lệ thất nghiệp quý này của vùng là 2,67%"
# (as the rate's owner or the clause's subject, not a comparison: "thấp hơn mức trung bình của vùng")
THE_REGION_AGAIN = re.compile(r"\bt[ỷỉ] lệ[^.,;\d]{0,40}\bcủa vùng(?= (?:là|đạt|ở mức|còn))"
                              r"|(?:^|[,;:]\s*)(?:toàn|cả) vùng\b(?!\s+(?:đồng bào|cao|sâu|xa|miền núi|dân tộc|biên giới"
                              r"|khó khăn))", re.I)
# A region as the subject of its sentence: "năm 2016 các tỉnh Tây Nguyên đã …; giải quyết việc làm …", "toàn vùng …".
# (opening its clause: not "Dẫn đầu các tỉnh Tây Nguyên, …", "Cùng với …", "… đi làm việc tại các tỉnh …")
REGION_SUBJECT_BEFORE = re.compile(r"(?:^|[,;:]\s*|\bnăm \d{4},?\s+)(?:các tỉnh|toàn|cả)\s+(?:vùng\s+|khu vực\s+)?$"
                                   r"|\bthì\s+$", re.I)  # "Nếu tính theo 8 vùng kinh tế thì Đồng bằng sông Cửu Long … (2,95%)"


OWN_UNIT_AFTER = re.compile(r"\b(?:của|toàn|cả) (?:tỉnh|huyện|thành phố)\b", re.I)


def _region_figure(text: str, start: int, end: int, regions: list[re.Match[str]], mentions: list,
                   sentence_start: int | None = None) -> bool:
    """True when the last place named in text[start:end] (the figure's clause) is a region ("… như sau: Tây Nguyên
    15,39% với 236.766 hộ"), or the clause names none and its sentence (from ``sentence_start``) has a region for its
    subject before it ("các tỉnh Tây Nguyên đã …; giải quyết việc làm trên 113.000 lao động"): its figures are no
    province's and no country's."""
    last_region = max((m.start() for m in regions if start <= m.start() < end), default=-1)
    if last_region < 0 and sentence_start is not None:
        last_region = max((m.start() for m in regions if sentence_start <= m.start() < start
                           and (REGION_SUBJECT_BEFORE.search(text, max(0, m.start() - 25), m.start())
                                # … or opening the sentence: "Trung du và miền núi phía Bắc có tỷ lệ hộ nghèo …; tổng số hộ …"
                                or not text[sentence_start:m.start()].strip())), default=-1)
    if last_region < 0 or OWN_UNIT_AFTER.search(text, last_region, end):
        return False  # (… "Tây Nguyên là địa bàn khó khăn nhưng …, tỷ lệ hộ nghèo của tỉnh chỉ còn 2,1%": the province's own)
    lo = bisect.bisect_left(mentions, last_region, key=lambda item: item[0])
    return not any(start_ < end for start_, _where in mentions[lo:])


# How long a span has run: "qua 2 năm triển khai", "sau 5 năm thực hiện".
YEARS_GONE_BY = re.compile(r"\b(?:qua|sau)\s+(?:\d+|hai|ba|bốn|năm)\s+năm\b", re.I)


def _span_of_years(text: str, sentence: Span, paragraph: Span, q: Quantity, code: str,
                   published: date | None) -> tuple[int, int] | None:
    """For a poverty level read at the start or end of a span of years named before it in its sentence ("Sau 5 năm
    (2010 – 2015), … còn 4,7%"), or in the sentence before one that details it ("…, giai đoạn 2021 - 2023, huyện đã
    đạt … Cụ thể, số hộ nghèo của huyện đã giảm từ 3.586 hộ … xuống còn 2.900 hộ"): the span's first year and its
    last one reached by the publication; else None."""
    if q.kind != "percent" and code not in POVERTY_LEVELS:
        return None
    start = sentence.start
    if DETAILS_OPENING.match(text, sentence.start):
        before = sentences(text, Span(paragraph.start, sentence.start))
        start = before[-1].start if before else start
    spans = list(YEAR_SPAN.finditer(text, start, q.start))
    if not spans or SINGLE_YEAR.search(text, spans[-1].end(), q.start) \
            or (PROGRAMME_BEFORE.search(text, max(start, spans[-1].start() - 90), spans[-1].start())
                and not YEARS_GONE_BY.search(text, start, spans[-1].start())):
        # a year of its own, or a programme's span ("chuẩn nghèo giai đoạn 2022 - 2025"), unless the years of it gone
        # by are told ("qua 2 năm triển khai thực hiện Chương trình giảm nghèo giai đoạn 2011-2012, … còn 3.615 hộ")
        return None
    first, last_year = int(spans[-1].group(1)), int(spans[-1].group(2))
    return first, min(last_year, published.year) if published else last_year


def _list_item_place(text: str, clause: Span, q: Quantity, mentions: list) -> tuple[str | None, str | None, bool] | None:
    """The place a list item opens with, right before its figure: "…, như: TP Hồ Chí Minh 282 ngàn người, Hà Nội
    trên 138 ngàn người" gives each item its own province."""
    lo = bisect.bisect_left(mentions, clause.start, key=lambda item: item[0])
    if lo < len(mentions) and mentions[lo][0] < q.start and LIST_OPENING.fullmatch(text, clause.start, mentions[lo][0]) \
            and q.start - mentions[lo][0] <= 40 and _item_name(text[mentions[lo][0]:q.start]):
        where = mentions[lo][1]
        return (None, None, True) if where.national else (where.province, where.district, False)
    # "… của Hà Nội là 2,84% và TP. Hồ Chí Minh là 3,11%": the next item after a figure, with its own place
    hi = bisect.bisect_left(mentions, q.start, key=lambda item: item[0]) - 1
    if hi >= 0 and mentions[hi][0] > clause.start and AFTER_A_FIGURE.search(text, max(clause.start, mentions[hi][0] - 8),
                                                                             mentions[hi][0]) \
            and ITEM_VALUE_LINK.fullmatch(text, mentions[hi][0], q.start):
        where = mentions[hi][1]
        return (None, None, True) if where.national else (where.province, where.district, False)
    return None


AFTER_A_FIGURE = re.compile(r"[\d%]\s*(?:,|và|;)\s*$")
ITEM_VALUE_LINK = re.compile(r"[^\d,;()]{2,30}?\s(?:là|:|đạt|có)\s*(?:khoảng |gần |hơn |trên )?", re.I)


def _item_name(words: str) -> bool:
    """True for a list item's name before its figure: Title-case words, then at most an approximator ("Hà Nội
    trên"). By hand: Python's ``re`` has no upper-case class for Vietnamese letters."""
    names = words.split()
    while names and names[-1].lower() in ITEM_LINKS:
        names.pop()
    if len(names) > 2 and " ".join(names[:2]).lower() in ("thị xã", "thành phố"):
        names = names[2:]  # "thị xã Gia Nghĩa: 417 hộ", "huyện Krông Nô 3.169 hộ": the unit's type, then its name
    elif len(names) > 1 and names[0].lower() in ("huyện", "quận", "tp", "tp.", "tx", "tx."):
        names = names[1:]
    # "Hải Phòng và Cần Thơ đều trên 51 nghìn người": two names sharing a figure (the first one's is kept).
    return bool(names) and all(word[0].isupper() or (word == "và" and 0 < i < len(names) - 1)
                               for i, word in enumerate(names))


def _opening_period(ctx: DocContext, reading: Reading) -> tuple[Period | None, bool]:
    """The months a dated report's lead opens with ("Trong 6 tháng đầu năm 2019, Sở …"), when of its year, and
    whether they also date the figures "so far" (``từ đầu năm đến nay``): so when they end the month before the
    publication or in it ("Trong 8 tháng năm 2025, …" on 11 September), which a later sentence of the lead may
    state too; a passing "Trong 6 tháng đầu năm, …" in a December lead dates nothing."""
    if reading.lead is None or ctx.published_date is None:
        return None, False
    # Sentence by sentence (``reading.sentences`` holds only those with figures).
    for sentence in sentences(ctx.text, reading.lead):
        start = sentence.start
        comma = ctx.text.find(",", start, min(reading.lead.end, start + 40))
        if comma < 0 or not OPENING_MONTHS.match(ctx.text, start):  # a lead sentence's first clause, months
            continue  # ("Tính đến ngày 10/10/2021, …" is a cut-off of that statement, no period of the report)
        opening = find_period(ctx.text[start:comma])
        if opening and opening.explicit_sub_year and opening.year in (None, ctx.published_date.year) \
                and not opening.period.startswith("M"):  # months added up, not one month ("Trong tháng 10, …")
            in_season = ctx.published_date.month - 1 <= (months_cumulated(opening.period) or 0) <= ctx.published_date.month
            # (months naming no year, "9 tháng đầu năm nay", are the publication year's only when they end near it)
            if in_season or start == reading.lead.start and opening.year is not None:
                return replace(opening, year=ctx.published_date.year), in_season
    return None, False


def _national_page(ctx: DocContext, reading: Reading) -> bool:
    """True when the text speaks of the country ("cả nước", "Cục Quản lý lao động ngoài nước"), never names the
    province the page was placed in (by its site or address) and never says "tỉnh" or "thành phố" (a provincial
    report speaks of "toàn tỉnh", "Thành phố đã …"): a provincial paper's national story."""
    places = [where for _start, where in reading.mentions]
    return (ctx.province is not None and any(where.national for where in places)
            and all(where.province != ctx.province for where in places) and not PROVINCE_WORD.search(ctx.text))


# The Ministry's nationwide conference, told by a provincial paper: "Bộ LĐ-TB&XH tổ chức hội nghị trực tuyến toàn quốc …"
NATIONAL_CONFERENCE = re.compile(r"\bBộ\s+(?:LĐ-?TB\s*&\s*XH|LĐTBXH|Lao động[^.\n]{0,40}?)\s+(?:đã\s+|vừa\s+)?tổ chức\s+"
                                 r"hội nghị\b[^.\n]{0,60}?\btoàn quốc\b")
# The paper turning to its own province: "Tại Bình Định, …", "toàn tỉnh", "UBND tỉnh", "ngành LĐ-TB&XH tỉnh"
OWN_PROVINCE_WORDS = re.compile(r"\b(?:toàn|của|UBND|Sở|ngành[^.,;\n]{0,20}) tỉnh\b(?!\s+(?-i:[A-ZĐ]))")
LINKED_POINT = re.compile(r"[^.\n]*\b(?:điểm|đầu) cầu\b[^.\n]*", re.I)  # "Đầu cầu tỉnh Quảng Nam do … chủ trì": a guest


def _national_conference_until(reading: Reading) -> int:
    """On a page whose title or lead tells of the Ministry's nationwide conference, the offset of the first province named
    after the lead outside a sentence on the linked points ("Đại biểu dự hội nghị tại điểm cầu Quảng Nam"): the
    figures reported before it, naming no place, are the country's (the conference's report); -1 on other pages."""
    lead, title = reading.lead, reading.title
    if lead is None or not NATIONAL_CONFERENCE.search(reading.text, 0, lead.end) \
            or (title and (named := first_place(reading.mentions, title.start, title.end)) and named.province):  # a title naming
        return -1  # a province ("Quảng Ngãi triển khai nhiệm vụ năm 2024") titles its own news
    points = [m.span() for m in LINKED_POINT.finditer(reading.text, lead.end)]
    named = next((start for start, where in reading.mentions if start >= lead.end and where.province
                  and not any(a <= start < b for a, b in points)), len(reading.text))
    return next((m.start() for m in OWN_PROVINCE_WORDS.finditer(reading.text, lead.end, named)
                 if not any(a <= m.start() < b for a, b in points)), named)


def _undated_periods(ctx: DocContext) -> tuple[Period, Period]:
    """For a page that prints no date, the period of its figures that state none, and of its Covid-19 support
    figures: the year of the day its lead opens with ("Ngày 28-4-2011, …"), else the year after the first year
    it compares a change with ("tăng 2,7% so với năm 2013": 2014), else the latest year it reports on
    (``periods.latest_year``), else the year after a change's starting year ("từ 4,22% năm 2016 xuống …"); for
    Covid-19 support, first the year the measure it names paid out in ("Nghị quyết 42/NQ-CP": 2020). Period FY
    either way: a year's figure, its year maybe unknown (NULL)."""
    if ctx.published_date is not None:
        return Period(None, None), Period(None, None)
    lead = LEAD_DATE.match(ctx.text, ctx.text.find("\n"))  # the first line is the title
    compared = COMPARED_WITH_YEAR.search(ctx.text)
    # Last, the latest year it reports on ("trong năm 2014", "9 tháng đầu năm 2017"), as a reader dates it.
    year = int(lead.group(1)) if lead else int(compared.group(1)) + 1 if compared else (
        latest_year(ctx.text) or festival_year(ctx.text))
    if year is None and not YEAR_SPAN.search(ctx.text) and not OVER_YEARS_WORDS.search(ctx.text) \
            and (start := A_CHANGE_FROM_YEAR.search(ctx.text)):
        # "giảm từ 4,22% năm 2016 xuống còn 3,12%" and no other year: 2017 (not across a span of years, "Giai đoạn
        # 2021-2025, … từ 8,2% năm 2021 xuống còn 3,1%", which may end in any of them)
        year = int(start.group(1)) + 1
    undated = Period(year, "FY")
    measure = COVID_MEASURE_YEARS.search(ctx.text)
    return undated, Period(int(measure.lastgroup[1:]), "FY") if measure else undated


def _lead_day(text: str, lead: Span | None) -> tuple[int, int] | None:
    """(day, month) of the day with no year the ``lead`` paragraph opens with ("Ngày 6/8, Sở … cho biết …"), else None."""
    day = LEAD_DAY.match(text, lead.start) if lead is not None else None
    return (int(day.group(1)), int(day.group(2))) if day and 1 <= int(day.group(2)) <= 12 else None


def _lead_event(text: str, reading: Reading) -> bool:
    """Whether the lead (or a first line that is the lead) opens with the day of an event that hands something out
    ("Ngày 23-5, các địa phương … tiến hành cấp phát tiền hỗ trợ …"), not with a day something was reported on."""
    for span in (reading.lead, reading.title):
        if span is not None and DAY_EVENT_OPENING.match(text, span.start):
            first = sentences(text, span)[0]
            return bool(EVENT_VERB.search(text, first.start, first.end)) and not REPORTED.search(text, first.start, first.end)
    return False


def _policy_only(text: str, reading: Reading) -> bool:
    """Whether the title or lead tells of a support policy adopted or agreed and the page tells of no payment."""
    return any(POLICY_ADOPTED.search(text, span.start, span.end) for span in (reading.title, reading.lead)
               if span is not None) and not PAID_WORDS.search(text, reading.title.end if reading.title else 0)


def _dated_by_body(facts: list[Fact], title: Span) -> list[Fact]:
    """A title that names no period ("Giải quyết việc làm cho hơn 10.000 lao động") speaks of the period of
    the body's first fact of the same metric ("Tính đến tháng 5/2025, … 10.108 lao động"): its year and period."""
    first: dict[tuple[str, str], Fact] = {}  # (a target told first, "… trong đó năm 2022 là 1.000 lao động", dates no result)
    for fact in facts:
        if fact.span_start >= title.end:
            first.setdefault((fact.metric, fact.qualifier), fact)
    return [replace(f, year=first[f.metric, f.qualifier].year, period=first[f.metric, f.qualifier].period)
            if f.span_start < title.end and (f.metric, f.qualifier) in first else f
            for f in facts]


def _first_in_statement(text: str, fact: Fact, sentence_start: int) -> bool:
    """Whether ``fact`` is the first figure of its statement (no number but years before it since the last ";" of its
    sentence): the measure a year-by-year list goes on with, not a part told after it."""
    start = max(sentence_start, text.rfind(";", sentence_start, fact.span_start) + 1)
    return not re.search(r"\d", YEARS.sub("", text[start:fact.span_start]))


def _previous_paragraph_start(text: str, start: int) -> int:
    """Where the paragraph before the one at ``start`` begins (blank lines between skipped)."""
    end = start
    while end > 0 and text[end - 1].isspace():  # (walked back, not a copy of the text before it)
        end -= 1
    return text.rfind("\n", 0, end) + 1


def _first_at(starts: list[int], start: int, end: int) -> int | None:
    i = bisect.bisect_left(starts, start)
    return starts[i] if i < len(starts) and starts[i] < end else None


# How long a course lasts: "2 suất học bổng đặc biệt được đào tạo tại Cộng hòa Liên bang Đức trong 3 năm"
STUDIED_FOR = re.compile(r"\b(?:đào tạo|học|du học)\b[^,.;]*$", re.I)
EVERY_YEAR = re.compile(r"(?:mỗi|hằng|hàng) năm", re.I)  # "hằng năm tỉnh hỗ trợ …": what recurs, no span reviewed


def _reviews_years(reading: Reading, text: str) -> bool:
    """True when the title or the lead paragraph names a span of several years, other than only as a
    programme's name ("Chương trình … giai đoạn 2021-2025"), unless it reviews that programme ("tổng kết …"), as how
    long a course lasts, or as what recurs every year."""
    return any((REVIEW.search(text, span.start, span.end) or
                not PROGRAMME_BEFORE.search(text[max(span.start, m.start() - 90):m.start()]))
               and not (m.group(0).lower().startswith("trong")
                        and STUDIED_FOR.search(text, max(span.start, m.start() - 80), m.start()))
               and not EVERY_YEAR.fullmatch(m.group(0))
               for span in (reading.title, reading.lead) if span is not None
               for m in MULTI_YEAR.finditer(text, span.start, span.end))


def _topics(reading: Reading, sr: SentenceReading) -> list[Span]:
    """Wider scopes that may name a metric's topic: the section heading, the title, the lead paragraph."""
    return [span for span in (sr.heading, reading.title, reading.lead) if span is not None]


def _statement_facts(ctx: DocContext, reading: Reading, qs: list[Quantity], stmt: Span, sr: SentenceReading,
                     state: _ParagraphState) -> list[Fact]:
    text = ctx.text
    clause_spans = clauses(text, stmt)
    out: list[Fact] = []
    # (not a period told in brackets with their own figure: "… dự kiến tạo việc làm mới cho khoảng 2.800 lao động (6 tháng
    # đầu năm đã tạo việc làm mới cho 1.400 lao động)": the bracket's figure finds it in its own clause)
    stmt_period = find_period(FIGURE_BRACKET.sub(lambda m: " " * len(m.group(0)), stmt.of(text)))
    year_to_date = _once(state.topics_seen, ("year to date", sr.span.start),
                         lambda: bool(YTD.search(sr.span.of(text))) or _details_year_to_date(text, sr))
    previous_end = stmt.start
    previous_role: str | None = None
    regions = [m for m in REGIONS.finditer(text, sr.span.start, stmt.end)
               if not REGION_DESCRIBES.search(text, max(sr.span.start, m.start() - 20), m.start())]
    listed_until = -1  # the end of children listed by group after their gifts, counted as the gifts' total
    for i, q in enumerate(qs):
        approved = False  # a Covid-19 support figure read as approved, not paid
        if q.start < listed_until:
            continue
        if text.find("/", q.start - 3, q.start) >= 0 and OVER_A_NAMED_COUNT.search(text, max(0, q.start - 40), q.start):
            continue  # "793 hộ nghèo/53.904 hộ": the base the count is out of, no figure of its own
        if q.kind in SPREAD_COUNTS and (
                (text.find("tỉnh", q.end, q.end + 90) >= 0 and (IN_SEVERAL_PROVINCES.match(text, q.end, stmt.end)
                                                                or _provinces_listed(text, q.end, stmt.end)))
                or SEVERAL_PROVINCES_BEFORE.search(text, sr.span.start, q.start) or IN_A_REGION.match(text, q.end, stmt.end)):
            continue  # "… cho hơn 6.500 trẻ em tại 48 tỉnh, thành phố": several provinces' figure together (ruling 13)
        if text.find("mỗi", max(0, q.start - 40), q.start) >= 0 and EACH_MADE_OF.search(text, max(0, q.start - 40), q.start):
            continue  # "mỗi phần quà bao gồm 1 suất quà trị giá 100.000 đồng": what one of them holds
        clause = enclosing(clause_spans, q.start) or stmt
        window = Span(q.start, min(clause.end, qs[i + 1].start if i + 1 < len(qs) else clause.end))
        # str.find first: a regex search at every quantity cost more than the rest of this loop's checks.
        joined = NEXT_ACTION.search(text, q.end, window.end) if text.find(" và ", q.end, window.end) >= 0 else None
        if joined:  # "… xuống 3,1% và giảm tỷ lệ thiếu việc làm ở khu vực nông thôn …": another action's words
            window = Span(q.start, joined.start())
        parts = PARTS_FOLLOW.search(text, q.end, window.end) or (
            RANK_FOLLOWS.search(text, q.end, window.end) if text.find("đứng", q.end, window.end) >= 0 else None)
        if parts:  # "đạt 67% trong đó có bằng cấp, chứng chỉ 35%": what follows "trong đó" names the parts
            window = Span(q.start, parts.start())
        role = role_of(q, text, clause.start, sr.span.start, stmt.end,
                       ctx.published_date.year if ctx.published_date else None, state.topics_seen, sr.span.end,
                       previous_role)
        # "giảm 612 hộ nghèo, giảm 2,3%", "giảm gần 6,7 nghìn hộ nghèo, tương đương với 1,41%": the rate's reduction.
        fell_at = None
        listed = _district_listed_rate(text, q, clause, sr, reading.mentions)
        poor_reduction = q.kind == "percent" and (
            (listed is not None and listed[0] == "poverty_rate_reduction")
            or (previous_role == "change" and i > 0 and POOR_CHANGE.match(text, qs[i - 1].end, q.start) is not None
                # "giảm 1.432 hộ nghèo (1,95%)": the share the count fell by, in brackets
                and (role == "change" or EQUIVALENT_BEFORE.search(text, max(stmt.start, q.start - 30), q.start)
                     or q.value <= 15 and text[qs[i - 1].end:q.start].rstrip().endswith("(")))
            or (previous_role == "change" and i > 0 and qs[i - 1].kind == "households"
                and (told := (out or state.facts)[-1:]) and told[0].metric in ("poor_households", "poverty_rate")
                and told[0].span_start >= sr.span.start
                and POOR_COUNT_FELL.fullmatch(text, qs[i - 1].end, q.start) is not None)
            or (role == "change" and q.value <= 15 and POOR_AFTER.match(text, q.end) is not None)
            or (q.value <= 15 and (fell_at := _poor_fell_at(text, stmt.start, q)) is not None
                and not _names_poverty_rate(text, stmt, q)))
        if poor_reduction and role == "comparison":
            role = "change"  # "giảm 4.200 hộ nghèo, tương đương giảm 0,9% so với năm 2023": the base of the fall
        if role == "level" and previous_role == "change" and q.kind == "households" \
                and CHANGE_COUNT_BETWEEN.fullmatch(text, qs[i - 1].end, q.start):
            role = "change"  # "tỷ lệ hộ nghèo giảm 1,11% với 1.960 hộ": the households the fall amounts to
        previous_role = role
        gap_start, previous_end = previous_end, q.end
        last = out[-1] if out else None
        marker = BREAKDOWN.search(text, max(gap_start, stmt.start), q.start)
        if marker and (out or state.facts):
            state.markers.append(marker.start())
        if role == "level" and q.kind != "percent" and q.value in state.doc.totals_over_years:
            role = "multi_year"  # "Trong tổng số 37.267 người đã được đào tạo nghề, …": the total over years again
        if role == "level" and state.over_years and stmt_period is None and q.kind != "percent" and (
                sr.breakdown or (sr.span.start <= state.over_years_at < q.start
                                 and PARTS_MARKER.search(text, state.over_years_at, q.start))):
            # "Giai đoạn 2016 - 2020, … 336.000 lao động. Trong đó xuất khẩu lao động trên 50.000"; "Tạo việc làm cho
            # 136.900 lao động, …, bình quân 27.380 người/năm; trong đó, có 1.837 lao động đi làm việc ở nước ngoài"
            role = "multi_year"
        if role == "level" and state.over_years and stmt_period is None and not year_to_date \
                and sr.span.start > state.over_years_end and q.kind not in ("percent", "households") \
                and _span_goes_on(text, sr, state, out):
            # The span carries on through its paragraph (ANNOTATION.md §5): "Giai đoạn 2021 - 2023, … 57.583 lượt lao
            # động được tạo việc làm. Lao động được tạo việc làm trong nước là 56.336 lượt người, …"; not to rates
            # and households, levels at the span's end ("Tỷ lệ lao động qua đào tạo đạt 65,8%").
            state.doc.totals_over_years.add(q.value)
            continue  # (the span's sentence stays where it was: the rest of this sentence goes on with it too)
        if role == "need":
            continue
        if role == "multi_year":
            state.doc.totals_over_years.add(q.value)
            state.over_years = True
            state.over_years_end = sr.span.end
            state.over_years_at = q.end
            continue
        if q.kind != "percent" and any(text.find(word, clause.start, q.start) >= 0 for word in ("mỗi", "mức", "những")) \
                and PER_UNIT_BEFORE.search(text, clause.start, q.start):
            continue
        if q.kind == "vnd" and EACH_ONE_OPENING.match(text, stmt.start):
            continue  # "Mỗi căn … với kinh phí từ 46 triệu đến 60 triệu đồng": one house's cost, no total
        if i > 0 and (FROM_TO_BETWEEN.fullmatch(text, qs[i - 1].end, q.start) or (
                q.kind == qs[i - 1].kind == "households" and HOUSEHOLDS_LISTED.fullmatch(text, qs[i - 1].end, q.start))
                or (qs[i - 1].kind == "percent" and SLASH.fullmatch(text, qs[i - 1].end, q.start))) \
                and not any(f.span_end == qs[i - 1].end for f in out):
            # "… thiếu việc làm ở khu vực nông thôn từ 6,7% xuống 6,1%", "mưu sinh cho 1.365 hộ nghèo, 1.377 hộ cận
            # nghèo", "tỷ lệ hộ nghèo đồng bào DTTS 13,52%/ 922 hộ": the next item of a pair whose first gave no fact
            # gives none
            continue
        if role == "comparison" and q.kind == "percent" and last is not None and last.metric == "poverty_rate" \
                and re.search(r"\bgiảm\s*$", text[clause.start:q.start] if clause.start > last.span_end else ""):
            # "… xuống còn 35,1%, giảm 5,4% so với năm 2022": the reduction in points (of that year, not of several).
            if not _over_years(text, sr.span.start, q, last.year):
                out.append(_reduction(ctx, last, q, text, sr.span.start))
            continue
        if len(out) >= 2 and q.denominator is not None and RESPECTIVE_PLANS_BETWEEN.fullmatch(text, out[-1].span_end, q.start):
            # "… 23.436 lao động, trong đó gồm XKLĐ 546 người (chỉ tiêu tương ứng 20.000/1.700 người)": the two plans, in turn
            out[-2] = replace(out[-2], plan_value=q.value)
            out[-1] = replace(out[-1], plan_value=q.denominator)
            continue
        if q.kind == "percent" and last is not None and last.unit == "percent" and last.plan_value is None \
                and RATE_PLAN_BETWEEN.fullmatch(text, last.span_end, q.start) \
                and all(int(year) == last.year for year in YEARS.findall(text, last.span_end, q.start)):
            # "… giảm còn 2,68%, thấp hơn chỉ tiêu kế hoạch được giao (2,75%)", "2,68% (kế hoạch 2,75%)": the rate planned
            out[-1] = _with_span(replace(last, plan_value=q.value), text, q.end)
            continue
        if role == "plan" and q.kind == "percent" and not (PLAN_AFTER.match(text[q.end:stmt.end])
                                                           or BY_PLAN_AFTER.match(text[q.end:stmt.end])) and (
                last is None or last.plan_pct is not None
                or not re.fullmatch(r"[\s,]*vượt\s*", text[last.span_end:q.start])):
            continue  # "…, xuất khẩu lao động vượt 17%": a bare overshoot qualifies only the figure right before it
        if role == "comparison" and q.kind == "percent" and last is None \
                and re.search(r"\bgiảm\s*(?:được\s*)?$", text[clause.start:q.start]) and _names_poverty_rate(text, stmt, q):
            role = "change"  # "tỷ lệ hộ nghèo … đã giảm 6,32% so với năm 2010": the rate's reduction
        if role == "comparison" and q.kind == "percent" and last is not None and last.metric in POVERTY_STATISTICS \
                and SHARE_BETWEEN.search(text, last.span_end, q.start):
            continue  # "14.176 hộ, chiếm 8,02%, giảm 1,15% so với năm 2018": the share's change, not the count's
        if role == "plan" and q.kind == "percent" and last is not None \
                and AIMED_BETWEEN.search(text, max(last.span_end, stmt.start), q.start):
            continue  # "đã giải quyết việc làm cho trên 33 ngàn lao động, phấn đấu đến cuối năm sẽ đạt 110% kế hoạch năm": aimed at
        if role == "comparison" and q.kind == "percent" and MONTH_BEFORE_AFTER.match(text, q.end):
            continue  # "tăng 32,37% so với tháng 4 liền kề": a change from the month before, no year-on-year one
        if role in ("plan", "comparison") and q.kind == "percent":
            whole = out[-2] if len(out) >= 2 and last is not None else None
            if role == "plan" and whole is not None and whole.metric != last.metric and whole.plan_pct is None \
                    and whole.span_end >= stmt.start and FIRST_PART.fullmatch(text, whole.span_end, last.span_start) \
                    and not re.search(r"[);]", text[last.span_end:q.start]) and not PLAN_NAMES_METRIC.match(text, q.end):
                # "tạo việc làm mới cho 1.025 lao động, trong đó 25 người xuất khẩu lao động, đạt hơn 37% kế hoạch
                # năm": the plan is the whole's, not its part's.
                out[-2] = _attach_percent(whole, q, text, role, clause)
            elif whole is not None and whole.metric != last.metric and whole.span_start >= stmt.start \
                    and getattr(whole, "plan_pct" if role == "plan" else "yoy_pct") is None \
                    and _bracketed_part(text, whole, last, q):
                # "giải quyết việc làm cho 60.893 người (… đi làm việc nước ngoài là 282 người), đạt 121,1% kế hoạch":
                # the share after the brackets is the whole's
                out[-2] = _attach_percent(whole, q, text, role, clause)
            elif last is not None and not (CHANGE_NAMED_BETWEEN.search(text, last.span_end, q.start) or (
                    last.unit in RATE_UNITS and CHANGE_BETWEEN.search(text, last.span_end, q.start))):
                # (not "tỷ lệ … đạt 50,75%, tăng 0,75%, đạt 30% so với kế hoạch", "còn 1.824 hộ nghèo, …, mức giảm tỷ lệ hộ
                # nghèo đạt 97,14% kế hoạch": the plan share of the change)
                out[-1] = _attach_percent(last, q, text, role, clause)
            elif state.facts and BOTH.search(text[stmt.start:q.start]):
                # The statement qualifies facts of an earlier statement of its sentence or paragraph.
                count = 2 if re.search(r"cả hai|hai|các", BOTH.search(text[stmt.start:q.start]).group(0), re.I) else 1
                attribute = "plan_pct" if role == "plan" else "yoy_pct"
                seen: set[str] = set()
                for k in range(1, len(state.facts) + 1):  # the last fact of each of the ``count`` last metrics
                    fact = state.facts[-k]
                    if fact.metric not in seen and len(seen) < count:
                        seen.add(fact.metric)
                        if getattr(fact, attribute) is None:  # a figure's own "bằng 99,7% so với cùng kỳ" stands
                            state.replace_last(k, _attach_percent(fact, q, text, role, clause, extend=False))
            continue
        between_last = text[last.span_end:q.start] if last is not None else ""
        if (q.kind == "percent" and role == "level" and last is not None and len(between_last) <= 80
                and ATTAINMENT_BEFORE.search(between_last)
                # (not a second share, nor a rate named between: "tuyển sinh 24.721/22.321 lao động, đạt 110,7% kế hoạch,
                # góp phần nâng tỷ lệ lao động qua đào tạo đạt 70,28%")
                and last.plan_pct is None and not NAMED_RATE.search(between_last)
                and (last.plan_value is not None or BRACKETED_ATTAINMENT.fullmatch(between_last)
                     or last.unit != "percent" and last.plan_pct is None and BARE_ATTAINMENT.fullmatch(between_last)
                     and CLAUSE_END_AFTER.match(text, q.end)
                     # not a stock raised to a level, whose share follows: "nâng tổng số lao động qua đào tạo lên 1,1 triệu
                     # người, đạt 70,5%"
                     and not STOCK_RAISED.search(text, max(stmt.start, last.span_start - 80), last.span_end))):
            out[-1] = _with_span(replace(last, plan_pct=q.value), text, q.end)
            continue
        if q.kind == "percent" and role == "level" and last is not None and last.plan_value is not None \
                and last.plan_pct is None and OPEN_BRACKET.fullmatch(between_last):
            out[-1] = _with_span(replace(last, plan_pct=q.value), text, q.end)  # "454/1.800 người (25,22%)": its share
            continue
        if q.kind == "percent" and role == "level" and last is not None and last.unit != "percent" \
                and PARALLEL_ATTAINMENT.fullmatch(between_last) \
                and any(f.plan_pct is not None and f.span_start >= sr.span.start and AMONG.search(text, f.span_end, last.span_start)
                        for f in (*state.facts, *out[:-1])):
            out[-1] = _with_span(replace(last, plan_pct=q.value), text, q.end)
            continue
        if role == "plan" and last is not None and q.kind == last_kind(last):
            plan = q.value
            if q.value_max is not None and last.plan_pct:  # a range ("110.000 - 120.000 lao động"): the end the share fits
                plan = min((q.value, q.value_max), key=lambda end: abs(last.value / end * 100 - last.plan_pct))
            out[-1] = _with_span(replace(last, plan_value=plan), text, q.end)
            continue
        if role == "level" and q.kind == "percent" and last is None and state.facts \
                and state.facts[-1].metric == "poor_households" and state.facts[-1].span_end >= sr.span.start \
                and RATE_LABEL_BETWEEN.fullmatch(text, state.facts[-1].span_end, q.start):
            # "Tổng số hộ nghèo: 13.455 hộ; Tỷ lệ: 4,52%": the poverty rate, in the sentence's next statement
            out.append(_derived(ctx, state.facts[-1], "poverty_rate", "percent", q, text))
            continue
        if role == "level" and q.kind == "percent" and last is not None and last.metric == "poor_households" \
                and re.fullmatch(r"\s*(?:nghèo\s*)?\(\s*", text[last.span_end:q.start]):
            role = "share"  # "còn 2.190 hộ nghèo (5,85%)": the poverty rate in brackets
        if role == "share" and q.kind == "percent" and last is not None and last.metric == "poor_households" \
                and SHARE_OF_THE_POOR_AFTER.match(text, q.end):
            out.remove(last)  # "Hộ nghèo theo tiêu chí thu nhập: 3.652 hộ (chiếm 98,2% tổng số hộ nghèo)": a group
            continue
        if role == "share":
            if q.kind == "percent" and last is not None and last.metric == "poor_households" \
                    and not re.match(r"\s*(?:số\s+)?hộ cận nghèo", text[q.end:q.end + 30]) \
                    and not AMONG.search(text, last.span_end, q.start):  # "…, trong đó hộ … 1.720 hộ, tỷ lệ 80%": a group's
                out.append(_derived(ctx, last, "poverty_rate", "percent", q, text))
                continue
            rate_of = _rate_of_share(text, q, clause, stmt, sr.span)
            if q.kind != "percent" or rate_of is None:
                continue
        if role == "change" and not poor_reduction:
            if q.kind == "percent" and last is not None and last.metric in ("poor_households", "poverty_rate") \
                    and first_place(reading.mentions, last.span_end, q.start) is None:  # not another place's
                if _over_years(text, sr.span.start, q, last.year):
                    continue  # "năm 2020 còn 16,33%, giảm 24,07% so với cuối năm 2015": over five years
                out.append(_reduction(ctx, last, q, text, sr.span.start))
                continue
            if (listed := _next_place_fell(ctx, text, q, [*state.facts, *out], sr, reading.mentions)) is not None:
                out.append(listed)  # "…, tỷ lệ hộ nghèo còn 0,2%; Huyện Yên Bình giảm 2,4%": the next place's fall
                continue
            if not (q.kind == "percent" and _names_poverty_rate(text, stmt, q)):
                continue
        if q.kind == "households" and ALL_HOUSEHOLDS_BEFORE.search(text, max(clause.start, q.start - 80), q.start):
            continue  # "Tổng số hộ dân là 435.688 hộ. Số hộ nghèo …": every household, the base of the rates
        if q.kind in ("gifts", "scholarships", "houses") and FIRST_BATCH_AFTER.match(text, q.end):
            continue  # "trao 25 suất quà đầu tiên": the first of the gifts the event gave, a part
        if EVENT_DAYS_OPENING.match(text, sr.span.start) and COMMUNES_AFTER.match(text, q.end, sr.span.end):
            continue  # "… cho 115 thương binh … trên địa bàn xã Lạng Giang và hai phường": named communes' figure
        if _gifts_for_adults(q, text, sr.span.end):
            continue  # "60 phần quà nhu yếu phẩm (gạo, …) cho các hộ gia đình khó khăn": not children's
        if REMAINDER_AFTER.match(text, q.end, window.end):
            continue  # "15.255 người được giải quyết việc làm qua các hình thức khác": the rest of a total, a part
        if q.kind == "persons" and q.value < 10 and GROUPS_AFTER.match(text, q.end, stmt.end):
            continue  # "cho 2 đối tượng: người có công … và …" counts groups, not people
        choice = choose_metric(q, text, clause, stmt, sr.span, sr.paragraph, window, _topics(reading, sr), gap_start,
                               state.topics_seen)
        if poor_reduction:
            choice = Choice(BY_CODE["poverty_rate_reduction"], fell_at if fell_at is not None else q.start, "", True)
        elif role == "share":
            choice = Choice(BY_CODE[rate_of], q.start, "", True)
        elif q.kind in ("percent", "households") and POOR_AND_NEAR_POOR.search(text, stmt.start, q.start):
            # "tỷ lệ hộ nghèo và cận nghèo lần lượt là 4,23% và 7,69%", "số hộ nghèo và hộ cận nghèo lần lượt là
            # 500 hộ và 800 hộ": the first is the poor's, the second the near-poor's.
            subject = POOR_AND_NEAR_POOR.sub("", text[stmt.start:q.start])
            first = RESPECTIVELY_FIRST.search(text, max(stmt.start, q.start - 30), q.start)
            code = "poverty_rate" if q.kind == "percent" else "poor_households"
            if first and not BY_CODE[code].excludes_pattern.search(subject):
                choice = Choice(BY_CODE[code], q.start, "", True)
            elif q.kind == "households" and RESPECTIVELY_SECOND.search(text, max(stmt.start, q.start - 40), q.start):
                choice = Choice(BY_CODE["near_poor_households"], q.start, "", True)
        paid = _paid_for(q, text, last)
        if paid is not None:
            choice = Choice(BY_CODE[paid], last.span_start, "", True)
        before_q = (out or state.facts or [None])[-1]  # the fact before this figure, in this sentence or earlier
        in_sentence = before_q is not None and before_q.span_end >= sr.span.start
        if in_sentence and before_q.metric == "scholarships" and text.endswith("suất", q.start, q.end) \
                and BARE_AWARD.match(text, q.end) and ";" not in text[before_q.span_end:q.start]:
            # "163 suất học bổng cho học sinh THCS, 114 suất dành cho học sinh THPT": the awards go on.
            choice = Choice(BY_CODE["scholarships"], q.start, "", True)
        if in_sentence and before_q.metric == "covid_support_recipients" and q.kind == "persons" \
                and (choice is None or not choice.own_clause) and GROUPS_LISTED.search(text, sr.span.start, before_q.span_start) \
                and NEXT_ITEM.fullmatch(text, before_q.span_end, q.start):
            # "…, gồm 556 lao động tự do …; 76 trường hợp người có công; 996 trường hợp bảo trợ xã hội": the groups go on
            # (not "…; toàn tỉnh ghi nhận 3.200 người mắc Covid-19").
            choice = Choice(BY_CODE["covid_support_recipients"], q.start, "", True)
        if choice is None and listed is not None:
            choice = Choice(BY_CODE[listed[0]], q.start, "", True)
        if choice is None and q.kind == "households" and sr.breakdown \
                and (counted := next((f for f in reversed((*state.facts, *out)) if f.unit == "households"), None)) \
                and counted.metric in ("poor_households", "near_poor_households") \
                and (item := _list_item_place(text, clause, q, reading.mentions)) is not None and item[1] \
                and BARE_COUNT_AFTER.match(text, q.end):
            # "Toàn tỉnh có 27.761 hộ nghèo. Cụ thể, Krông Nô: 3.169 hộ; Đắk Mil: 1.863 hộ": the districts' counts
            choice = Choice(BY_CODE[counted.metric], q.start, "", True)
        if choice is None and in_sentence and q.kind == last_kind(before_q) and before_q.span_end <= stmt.start \
                and YEAR_ONLY_ITEM.fullmatch(text, stmt.start, q.start) and ITEM_ENDS_AFTER.match(text, q.end) \
                and _first_in_statement(text, before_q, sr.span.start) and THIS_YEAR_NAMED.search(text, sr.span.start, before_q.span_start):
            # "Năm 2009, … đưa hơn 10.000 người nghiện ma túy vào các cơ sở cai nghiện bắt buộc; năm 2010 hơn 10.000 người;
            # năm 2011 hơn 7.700 người": the same measure, year by year
            choice = Choice(BY_CODE[before_q.metric], q.start, "", True)
        if choice is None and in_sentence and RUNNING_TOTAL.fullmatch(text, stmt.start, q.start):
            # "… giải quyết việc làm cho 2.130 người, trong đó xuất khẩu lao động 150 người; lũy kế 8 tháng đạt 19.840
            # người": the running total of the measure before it, not of a part
            # (the last figure before it that is no part: "… đạt 63%; ước cả năm đạt 65%" continues the 63%)
            in_this = [f for f in (*state.facts, *out) if f.span_end >= sr.span.start]
            wholes = [f for f in in_this if "trong đó" not in text[sr.span.start:f.span_start].lower()]
            anchor = (wholes or in_this)[-1]
            if q.kind in BY_CODE[anchor.metric].kinds:
                choice = Choice(BY_CODE[anchor.metric], q.start, "", True)
        if choice is None and ANAPHORA.search(text[stmt.start:q.start]) and state.facts:
            previous = BY_CODE[state.facts[-1].metric]
            if q.kind in previous.kinds:
                choice = Choice(previous, q.start, "", True)
        if choice is None and state.facts and PARTS_OPENING.match(text, sr.span.start) \
                and (item_at := last_place_start(reading.mentions, clause.start, q.start)) is not None \
                and q.kind in BY_CODE[state.facts[-1].metric].kinds \
                and PLACE_ITEM.fullmatch(text, item_at, q.start) and re.fullmatch(r"[\s.;,)]*", text[q.end:clause.end]):
            # "… giải quyết việc làm cho 6.000 lao động. Trong đó, huyện Bạch Thông 500 lao động; …": each place's
            # share of the figure before
            choice = Choice(BY_CODE[state.facts[-1].metric], q.start, "", True)
        if choice is None and in_sentence and q.kind in BY_CODE[before_q.metric].kinds \
                and (item_at := first_place_start(reading.mentions, stmt.start, q.start)) is not None \
                and NEXT_PLACE_OPENING.fullmatch(text, stmt.start, item_at) \
                and not any(where.joint for start, where in reading.mentions if item_at <= start < q.start) \
                and PLACE_ITEM.fullmatch(text, last_place_start(reading.mentions, stmt.start, q.start), q.start) \
                and re.fullmatch(r"[\s.;,…]*", text[q.end:stmt.end]):
            # "… huyện Mù Cang Chải, tỉnh Yên Bái có tỷ lệ hộ nghèo cao nhất, 75,4%; tiếp theo là huyện Nam Trà My,
            # tỉnh Quảng Nam 75,29%; huyện Trạm Tấu, tỉnh Yên Bái 72,21%": each place's figure of the same measure
            choice = Choice(BY_CODE[before_q.metric], q.start, "", True)
        previous_fact = (out or state.facts)[-1] if (out or state.facts) else None
        if choice is None and previous_fact is not None and (item := YEAR_ITEM.fullmatch(text, stmt.start, q.start)) \
                and previous_fact.span_end >= sr.span.start and re.search(
                    re.escape(item.group("label")) + r"\s+năm\s+(?:19|20)\d\d\s*:[^;]*$",
                    text[sr.span.start:previous_fact.span_end], re.I):
            # "(kế hoạch năm 2021: 28.000 người; kế hoạch năm 2020: 35.000 người)": the same measure, another year
            choice = Choice(BY_CODE[previous_fact.metric], q.start, "", True)
        if choice is None and previous_fact is not None and previous_fact.district and previous_fact.span_end >= sr.span.start \
                and q.kind in BY_CODE[previous_fact.metric].kinds and UNIT_ITEM.fullmatch(text, stmt.start, q.start) \
                and ITEM_ENDS.match(text, q.end) and first_place(reading.mentions, stmt.start, q.start) is not None:
            # "… gồm: TP. Nha Trang 70 người, chiếm 26,42%; thị xã Ninh Hòa 64 người, …": the districts' list goes on
            choice = Choice(BY_CODE[previous_fact.metric], q.start, "", True)
        if choice is None and q.kind == "percent" and THIS_RATE_BEFORE.search(text, max(sr.span.start, q.start - 70), q.start) \
                and (rate := next((f for f in reversed((*state.facts, *out)) if f.unit == "percent"), None)) is not None \
                and rate.span_start >= sr.paragraph.start:
            # "… còn 12.448 hộ nghèo, chiếm khoảng 2,36% … Mục tiêu đến cuối năm là đưa tỷ lệ này về dưới 2%": the rate just told
            choice = Choice(BY_CODE[rate.metric], q.start, "", True)
        item = LIST_ITEM.match(text, stmt.start, q.start) if choice is None and previous_fact is not None else None
        if item and item.group("name")[0].isupper():
            # "… nhiều nhất là TPHCM (282 ngàn người); Hà Nội (138 ngàn người); …": the list goes on.
            previous = BY_CODE[previous_fact.metric]
            if q.kind in previous.kinds and previous_fact.span_end >= sr.span.start \
                    and re.match(r"\s*\)", text[previous_fact.span_end:previous_fact.span_end + 3]):
                choice = Choice(previous, q.start, "", True)
        if choice is None and q.kind == "gifts" and (q.noun or "").lower() == "suất" and FOR_CHILDREN_AFTER.match(text, q.end) \
                and GIFTS_GIVEN_BEFORE.search(text, sr.span.start, q.start):
            choice = Choice(BY_CODE["children_gifted"], q.start, "", True)  # "…; 175 suất cho học sinh tiểu học": parcels too
        if choice is None or NEED_AFTER.match(text, q.end, window.end):
            continue
        if q.kind == "houses":
            others = _houses_for_others(q, qs[i + 1:], text, stmt)
            if others:
                state.doc.other_houses = q.end
            if others or (others is None and _details_other_houses(q, text, state.doc, state.all_facts)):
                continue
        if q.kind == "vnd" and _money_for_something_else(choice, q, qs[:i], text, clause, last, stmt.start):
            continue
        if q.kind == "vnd" and state.doc.other_houses is not None and sr.span.start <= state.doc.other_houses < q.start \
                and MONEY_OF_THE_HOUSES.fullmatch(text, state.doc.other_houses, q.start):
            continue  # "… sửa chữa 765 căn nhà với tổng kinh phí 53,79 tỷ đồng, trong đó 625 căn cho hộ nghèo …": those houses' cost
        metric = choice.metric
        # The words from the cue to the number: what a part says of itself ("số lao động được tạo việc làm mới là").
        cue_words = text[choice.cue_start:q.start].lower() if choice.own_clause else ""
        state.cues["next"] = cue_words
        code = metric.code if poor_reduction or metric.code not in POVERTY_FAMILY else _poverty_metric(q, text, clause, role, stmt.end)
        if code == "poverty_rate_reduction" and text.startswith("dưới", q.start) \
                and BROUGHT_BELOW_BEFORE.search(text, max(clause.start, q.start - 90), q.start):
            code = "poverty_rate"
        if code == "near_poor_households" and choice.cue_start < q.start \
                and POOR_JOINED_BEFORE.search(text, max(0, choice.cue_start - 30), choice.cue_start):
            continue  # "tổng số hộ nghèo, hộ cận nghèo trên địa bàn là 30.576 hộ": both groups together
        if code == "poor_households" and text.find("cận nghèo", stmt.start, q.start) >= 0 \
                and (joined := _last_match(NEAR_POOR_JOINED_AFTER, text, stmt.start, q.start)) is not None \
                and text.find("hộ nghèo", joined.end(), q.start) < 0 and text.find("nghèo", q.end, q.end + 16) < 0 \
                and text.find("lần lượt", joined.end(), q.start) < 0:  # (not "… lần lượt là 500 hộ và 800 hộ": each its own)
            continue  # "Địa phương có số hộ nghèo, cận nghèo cao nhất là: Bắc Trà My 5.089 hộ, …": both groups together
        if code == "meritorious_housing" and BUILT_ONLY.search(text, clause.start, q.start) \
                and not REPAIRED.search(text, stmt.start, min(stmt.end, q.end + 60)):  # "sửa chữa, chống dột, xây dựng …"
            code = "meritorious_houses_built"  # "bàn giao nhà tình nghĩa cho 2 gia đình liệt sĩ": built, none repaired
            metric = BY_CODE[code]
        if code == "poverty_rate" and text.find("cận nghèo", q.end, sr.span.end) >= 0 \
                and _sum_of_two_rates_after(text, q, sr.span.end):
            state.doc.combined_rates.add(q.value)
            continue  # "tỷ lệ hộ nghèo đa chiều … là 13,16%; … hộ nghèo … (tỷ lệ 7,71%), hộ cận nghèo … (tỷ lệ 5,45%)": both groups
        if MORE_STILL_AFTER.match(text, q.end, stmt.end):
            continue  # "phấn đấu đến cuối năm tạo việc làm mới cho khoảng 500 lao động nữa": what is to come on top
        if MILESTONE_BEFORE.search(text, max(stmt.start, q.start - 30), q.start):
            continue  # "Xuất khẩu lao động của Việt Nam vượt mức 100.000 người": a mark passed, not the count
        if code == "social_allowance_recipients" and ALLOWANCE_GROUP_AFTER.match(text, q.end):
            continue  # "gần 600 người khuyết tật nặng đang hưởng trợ cấp hàng tháng": one group of them, not all
        if code == "social_allowance_recipients" and not SOCIAL_PROTECTION_NAMED.search(text, sr.span.start, sr.span.end) \
                and (before := _sentence_before(text, sr)) is not None \
                and MERITORIOUS_ALLOWANCE.search(text, before.start, before.end):
            continue  # "… 10.300 hồ sơ người có công đang hưởng trợ cấp hàng tháng … Trong 6 tháng đầu năm 2021, tỉnh đã chi
            # trả trợ cấp cho hơn 13.000 đối tượng hưởng trợ cấp hàng tháng": the meritorious' allowance told on
        if code == "covid_support_amount" and q.value <= COVID_RATE_MAX and "tổng" not in text[clause.start:q.start].lower():
            continue  # "hỗ trợ 3 triệu đồng", "cao nhất là 1,5 triệu đồng": what one person or household got, no payout
        if code == "jobs_created" and DOMESTIC_JOBS.search(text, max(stmt.start, q.start - 60), q.start) \
                and not any(f.metric == code and f.value != q.value for f in (*state.all_facts[state.first:], *out)):
            continue  # "giải quyết việc làm trong nước khoảng 1,5 triệu người" with no total: a narrower measure
        if code == "jobs_created" and (loan := _last_match(LOAN, text, sr.span.start, q.start)) is not None \
                and (lent := next((p for p in qs if p.kind == "vnd" and loan.end() <= p.start < q.start), None)) \
                and not LOANS_THEN_THE_WHOLE.search(text, max(sr.span.start, loan.start() - 20), q.start) \
                and first_place(reading.mentions, lent.end, q.start) is None:
            continue  # jobs made by the loans just told, no count of all jobs created
        if BESIDES_BEFORE.search(text, max(sr.span.start, q.start - 30), q.start) \
                and text.find("còn lại", q.end, sr.span.end) >= 0 and _stated_before(code, state, out):
            continue  # "ngoài 30 suất quà được trao trực tiếp …, các phần quà còn lại sẽ do các xã trao": a part
        if (singled := ONE_BODY_SINGLED_OUT.match(text, stmt.start)) \
                and not BACK_TO_THE_WHOLE.search(text, singled.end(), q.start) and _stated_before(code, state, out):
            continue  # "Riêng tại Trung tâm Dịch vụ việc làm … có 18 lao động xuất cảnh": a part of the area's total
        if q.kind in ("households", "families") and code in MERITORIOUS_HOUSES and (
                any(p.kind == "houses" and p.start >= stmt.start for p in qs[:i])
                or not _whose_houses(text, q, stmt.start, stmt.end)):
            continue  # households count as houses only as whom the houses were for: "… nhà ở cho 2.903 hộ", "2.903 hộ
            # người có công được hỗ trợ … để xây mới, sửa chữa nhà ở"; not after the houses themselves ("xây dựng 12 nhà
            # tình nghĩa cho 12 gia đình chính sách")
        if code == "vocational_enrolment" and (REHAB_BODY.search(text, stmt.start, q.start)
                                               or RATE_EQUIVALENT_BEFORE.search(text, stmt.start, q.start)):
            # "Cơ sở đang quản lý, cai nghiện, giáo dục, dạy nghề cho 617 học viên": a rehabilitation centre's residents;
            # "45% lao động … đã qua học nghề (tương đương 6 triệu lao động)": the trained a rate counts, no intake
            continue
        if code == "scholarships" and COMMENDED_BEFORE.search(text, max(stmt.start, q.start - 30), q.start):
            continue  # "trao học bổng cho 1 học viên … và khen thưởng 10 em học viên": those commended
        if code == "gratitude_fund_amount" and GIVEN_BEFORE.search(text, max(stmt.start, q.start - 20), q.start):
            continue  # "đoàn … trao tặng 1 tỷ đồng cho Quỹ Đền ơn đáp nghĩa": one donor's gift to the fund (ruling 23)
        if code == "poverty_rate_reduction" and ESCAPED_SHARE_BEFORE.search(text, sr.span.start, q.start):
            continue  # "có 153 hộ thoát nghèo, tương đương tỷ lệ giảm nghèo ước đạt 2%": the escaped's share (ruling 63)
        if code == "labour_export" and MARKET_ITEM_BEFORE.search(text, max(stmt.start, q.start - 60), q.start) \
                and not ATTAINED_AFTER.match(text, q.end):
            continue  # "… như sau: Nhật Bản: 80.010 lao động (34.523 nữ); Đài Loan (Trung Quốc): 58.620 …": markets, subsets
            # (one with its own plan share is a measure of its own: ruling 19)
        if THESE_UNITS.search(text, stmt.start, q.start):
            continue  # "Tổng số đối tượng được hỗ trợ của các địa phương này là 66.948 người": districts named together (ruling 12)
        if code in INSPECTIONS and SOCIAL_INSURANCE_ENFORCES.search(text, sr.paragraph.start, q.start) \
                and CONTRIBUTIONS.search(text, sr.paragraph.start, sr.span.end):
            continue  # "BHXH TPHCM đã ban hành quyết định cưỡng chế … đối với 44 đơn vị vi phạm … về đóng BHXH": contributions (ruling 128)
        if code in INSPECTIONS and SOCIAL_INSURANCE_INSPECTS.search(text, sr.paragraph.start, q.start):
            continue  # "ngành bảo hiểm xã hội (BHXH) đã thực hiện thanh tra … tại 13.640 đơn vị": contributions, not labour law
        if (q.noun or "").lower() == "đơn vị" and text[max(0, q.start - 8):q.start].rstrip().endswith("gồm"):
            continue  # "đoàn kiểm tra liên ngành gồm 8 đơn vị": the team's members
        if code == "poverty_rate" and MULTIDIMENSIONAL_RATE.search(text, sr.span.start, q.start) and (
                PLAIN_POOR_RATE.search(text, sr.span.start, q.start)
                or POOR_AND_NEAR_POOR_MULTIDIMENSIONAL.search(text, sr.span.start, q.start)):
            continue  # "tỷ lệ hộ nghèo là 14,8%, tỷ lệ hộ nghèo theo chuẩn đa chiều là 49,26%": the other measure (ruling 130)
        if code in ("poor_households", "poverty_rate") and (
                MULTIDIMENSIONAL_POOR_AFTER.match(text, q.end)
                or MULTIDIMENSIONAL_POOR_BEFORE.search(text, max(stmt.start, q.start - 60), q.start)) \
                and POOR_PART_FOLLOWS.match(text, q.end, sr.span.end):
            continue  # "4.127 hộ nghèo đa chiều (chiếm 43,47%), trong đó hộ nghèo là 2.829 hộ": poor and near-poor together
        if code in ("poor_households", "near_poor_households") and sr.index_in_paragraph > 0 \
                and PARTS_OPENING.match(text, sr.span.start) \
                and HELPED_WHOLE.search(sentences(text, Span(sr.paragraph.start, sr.span.start))[-1].of(text)):
            continue  # "… có 880 hộ người có công và hộ nghèo được hỗ trợ xây nhà. Trong đó, … 496 hộ nghèo": households helped
        if (months := TWO_MONTHS.search(text, stmt.start, q.start)) and int(months.group(1)) > 1:
            continue  # "Dự kiến trong tháng 2 và tháng 3/2022 sẽ … cho trên 30.000 lao động": two months no period code names
        if code == "meritorious_housing_amount" and ONE_DONOR_GAVE.search(text, stmt.start, q.start):
            continue  # "Công ty cổ phần … đã trao 100 triệu đồng để hỗ trợ xây dựng nhà tình nghĩa": one donor's gift (ruling 67)
        if code == "children_gifted" and (q.noun or "").lower() in GIFT_ITEMS and (
                any(p.kind == "gifts" and (p.noun or "").lower() not in GIFT_ITEMS and p.start >= sr.span.start
                    for p in qs[:i])
                or LISTED_NEXT.match(text, q.end)):
            # "645 suất quà, 1.510 quyển tập, 14 cặp và 25 chiếc xe đạp": things given beside the parcels counted; "…, 100
            # thùng nước ngọt, 24 xe đạp, 5 máy lọc nước …": one of a list of things
            continue
        if code == "children_gifted" and q.kind == "gifts" and GIFTS_FOR_OTHERS_AFTER.match(text, q.end, stmt.end):
            continue  # "trao 320 suất quà cho các trường hợp khó khăn": gifts to others than children
        if code == "children_gifted" and q.kind == "gifts" and SCHOLARSHIPS_AMONG_GIFTS.match(text, q.end, min(stmt.end, q.end + 160)):
            continue  # "14.063 suất quà … bao gồm: Học bổng, xe đạp, bánh, kẹo": gifts and scholarships in one count (ruling 141)
        if code in ("children_gifted", "scholarships") and q.value == 1:
            continue  # "tặng mỗi cháu … 1 suất quà", "trao 1 suất quà … cho các cháu tại Trung tâm": one parcel, no count of children
        if code.startswith("covid_") and q.kind == "vnd" and MEASURE_BUDGET_BEFORE.search(text, stmt.start, q.start):
            continue  # "Chính phủ đã ban hành Nghị quyết số 42 … với nguồn kinh phí gần 62 nghìn tỷ đồng": a budget set, none paid
        if code == "labour_export" and THERE_ARE_BEFORE.search(text, clause.start, q.start) \
                and WORKING_ABROAD_AFTER.match(text, q.end) and find_period(text[stmt.start:q.start]) is None:
            # "Việt Nam có khoảng 650.000 lao động làm việc ở nước ngoài": those abroad now, no departures (not "7 tháng
            # đầu năm 2022, có hơn 80.000 lao động Việt Nam làm việc ở nước ngoài", the months' departures)
            continue
        if code in POVERTY_FAMILY and (named := _last_match(POOR_RATE_NAMED, text, stmt.start, q.start)) is not None \
                and POOR_AND_NEAR_POOR_MULTIDIMENSIONAL.match(text, named.start()):
            continue  # "…; phấn đấu …, tỷ lệ nghèo đa chiều giảm từ 57,03% …": the poor and near-poor's rate (ruling 26)
        if code in POVERTY_FAMILY and (rates := NEAR_POOR_RATE.findall(text, clause.start, q.start)) and rates[-1]:
            continue  # "tỷ lệ hộ cận nghèo năm 2023 từ 11,29% đã tăng lên 11,96%": the near-poor's rate
        if code in COMMUNE_STATISTICS \
                and (commune := _last_match(WHOLE_COMMUNE, text, sr.span.start, q.start)) is not None \
                and not WIDER_UNIT.search(text, commune.end(), q.start):
            continue  # "Kết quả họp xét năm 2019, toàn xã có 115 hộ nghèo": a commune's figure, no district's or province's
        if code in COMMUNE_STATISTICS and (
                OF_THE_COMMUNE.search(text, max(clause.start, q.start - 60), q.start)
                or ((opener := COMMUNE_PARAGRAPH.match(text, sr.paragraph.start)) is not None
                    and not OTHER_UNIT.search(text, max(sr.span.start, opener.end()), q.start))):
            continue  # "Còn tại xã Triệu An, huyện Triệu Phong, … Riêng trong 7 tháng đầu năm nay, có 20 người xuất cảnh …"
        if code in COMMUNE_STATISTICS and (
                (reading.title is not None and COMMUNE_TITLE.match(text, reading.title.start))
                or COMMUNE_REPORT.search(text, 0, OPENING_CHARS)) \
                and not WIDER_UNIT.search(text, sr.span.start, q.start):
            continue  # a page titled on one commune ("Xã Phước Sang, Phú Giáo: Đến cuối năm 2015 chỉ còn 14 hộ nghèo"): its figures
        if code in POVERTY_STATISTICS and SOME_COMMUNES_OPENING.match(text, sr.span.start) \
                and not WIDER_UNIT.search(text, sr.span.start, q.start):
            continue  # "Tại 24 xã đặc biệt khó khăn, còn hơn 2,5 nghìn hộ nghèo": those communes' figure, a part
        if code in POVERTY_STATISTICS and (COMMUNE_ITEM_BEFORE.search(text, max(sr.span.start, q.start - 50), q.start) or (
                LISTED_NAME_BEFORE.search(text, max(stmt.start, q.start - 40), q.start)
                and COMMUNES_LISTED.search(text, stmt.start, q.start))):
            # "… gồm: Thị trấn Tô Hạp 101 hộ, xã Ba Cụm Bắc 92 hộ", "thị trấn Tô Hạp (hơn 15,39%)", "2 xã … là Ba Cụm Nam 47 hộ
            # và Sơn Trung 49 hộ": a commune's (ruling 61)
            continue
        if code in (*MERITORIOUS_HOUSES, "meritorious_housing_amount") \
                and MIXED_HOUSEHOLDS.search(text, stmt.start, q.start):
            continue  # "hỗ trợ nhà ở cho hộ nghèo, gia đình chính sách, xây dựng hơn 76.550 căn nhà": both groups' (ruling 47)
        if code == "meritorious_housing_amount" and POOR_HOUSES_RE.search(text, sr.span.start, q.start) \
                and not MERITORIOUS_RE.search(text, sr.span.start, q.start):
            continue  # "… 583 căn nhà Đại đoàn kết cho hộ nghèo, cận nghèo, số tiền trên 31,2 tỉ đồng": the poor's houses
        if code in ("labour_export", "jobs_created") and SHARE_OF_THE_TOTAL_AFTER.match(text, q.end, stmt.end):
            continue  # "Nhật Bản … dẫn đầu … với 24.358 người, chiếm hơn một nửa tổng số lao động …": a part of the total
        if code == "drug_rehab_admissions" and COURT_SESSION.search(text, sr.paragraph.start, q.start):
            continue  # "Tại phiên họp, … đề nghị … đưa vào cơ sở cai nghiện với 07 trường hợp": one session's batch
        if code == "jobs_created" and EMPLOYERS_NOW.search(text, sr.span.start, q.start) \
                and EMPLOYERS.search(text, sr.span.start, q.start):
            continue  # "Hiện nay, tỉnh có 125 làng nghề …, tạo việc làm cho gần 60.000 lao động": the work they give now
        if code == "jobs_created" and JOBS_LOST_RE.search(text, stmt.start, q.start):
            continue  # "… thông báo cho người lao động thôi việc … (trong tổng số lao động của 58 doanh nghiệp là 45.735 người)"
        if code == "jobs_created" and (_made_by_the_policy_bank(text, sr, q) or LOANS_AFTER.match(text, q.end, stmt.end)):
            continue  # "… ủy thác qua Ngân hàng Chính sách xã hội cho … vay …, tạo việc làm cho 34.600 lao động" (ruling 60)
        if code == "labour_export" and THE_POLICY_BANK.search(text, sr.span.start, q.start) \
                and not WHOLE_AREA.search(text, sr.span.start, q.start):
            continue  # "Vốn tín dụng từ NHCSXH đã … tạo việc làm cho trên 1,2 triệu lao động, trong đó trên 6 nghìn lao động
            # đi làm việc có thời hạn ở nước ngoài": the bank's borrowers, not the area's workers abroad (ruling 60)
        if code == "covid_support_recipients" and LEFT_BEFORE.search(text, max(clause.start, q.start - 20), q.start):
            continue  # "Hiện còn 19 trường hợp …, gồm: TP Ninh Bình còn 05 trường hợp, …": people still to be paid
        if code == "covid_support_amount" and q.value < PER_HEAD_MAX and PER_HEAD_AFTER.match(text, q.end, stmt.end):
            continue  # "hỗ trợ 300.000 đồng tiền thuê phòng trọ cho người lao động": what each is given
        if code == "fine_amount" and ALL_OF_THEM_FINED.search(text, stmt.start, q.start):
            continue  # "Cả 3 công ty đều bị UBND TP. Đà Nẵng xử phạt với số tiền 180 triệu đồng": each one's fine
        if q.kind == "vnd" and EACH_ONE_BEFORE.search(text, max(clause.start, q.start - 40), q.start):
            continue  # "LĐLĐ tỉnh hỗ trợ mỗi đoàn viên 500 nghìn đồng": the amount for each, no total
        if code == "jobs_created" and ONE_EMPLOYER_BEFORE.search(text, stmt.start, q.start):
            continue  # "Cơ sở chế biến mộc của hội viên … tạo việc làm thường xuyên cho 40 lao động": one employer's workforce
        if code == "jobs_created" and TRAINED_AND_PLACED.search(text, max(stmt.start, q.start - 80), q.start):
            continue  # "tổ chức dạy nghề, giải quyết việc làm cho gần 14.800 LĐ": training and jobs counted together (ruling 30)
        if code in ("poor_households", "near_poor_households") and BECAME_AFTER.match(text, q.end, stmt.end):
            continue  # "có 169 hộ cận nghèo trở thành hộ nghèo; 13 hộ tái nghèo": households moving, no stock
        if code == "vocational_enrolment" and ELEMENTARY_ONLY_BEFORE.search(text, max(clause.start, q.start - 80), q.start) \
                and not HIGHER_LEVELS.search(text, clause.start, q.start):
            continue  # "tổ chức 219 lớp đào tạo nghề sơ cấp và dưới 3 tháng cho trên 5.000 người": one level (ruling 83)
        if code.startswith("covid_") and (SUBMITTED_BEFORE.search(text, sr.span.start, q.start)
                                          or PENDING_AFTER.match(text, q.end, stmt.end)):
            continue  # "đã trình UBND tỉnh hỗ trợ 22.175 người lao động …", "… 4.056 đối tượng …, đang chờ phê duyệt": not yet paid
        if code in POVERTY_STATISTICS and ONE_AREA_OPENING.match(text, sr.span.start) \
                and not WHOLE_TURNED_TO.search(text, sr.span.start, q.start):
            continue  # "Tỷ lệ nghèo đa chiều theo khu vực thành thị …, trong đó tỷ lệ hộ nghèo 1,44% với 791 hộ": the area's figures
        if q.kind == "percent" and NONE_ABOVE_BEFORE.search(text, max(clause.start, q.start - 80), q.start):
            continue  # "không còn xã nào có tỷ lệ hộ nghèo hơn 50%": a threshold no unit reaches
        if code == "unemployment_rate" and URBAN_BEFORE.search(text, max(clause.start, q.start - 60), q.start) and (
                OVERALL_UNEMPLOYMENT.search(text, sr.span.start, sr.span.end) or OVERALL_AFTER.match(text, q.end, sr.span.end)
                # … or given before for the same place ("Tỷ lệ thất nghiệp trong độ tuổi lao động là 3,22%. … Tỷ lệ thất
                # nghiệp ở khu vực thành thị là 4,42%")
                or any(f.metric == code and f.province == (sr.place.province if sr.place else ctx.province)
                       and OVERALL_UNEMPLOYMENT.search(text, max(0, f.span_start - 10), f.span_end + 1)
                       for f in state.all_facts)
                # … or a rate not the urban one earlier in its sentence ("tỷ lệ thất nghiệp toàn tỉnh ở mức 2,05%; thất
                # nghiệp khu vực thành thị còn 3,1%")
                or any(f.metric == code and f.span_start >= sr.span.start
                       and not URBAN_BEFORE.search(text, max(sr.span.start, f.span_end - 60), f.span_end)
                       for f in (*state.all_facts, *out))):
            continue  # the urban rate beside the overall one: the overall one is the rate (ruling 31)
        if q.kind != "percent" and FEMALE_AFTER.match(text, q.end):
            continue  # "111.507 lao động (38.816 lao động nữ)": the women among them, a part
        if code in POVERTY_STATISTICS and ctx.district and RANKED_UNIT.search(text, stmt.start, q.start):
            continue  # on a district's page, "Địa phương có tỷ lệ hộ nghèo cao nhất là Mỹ Hưng …" ranks its communes
        if code.startswith("covid_") and (PACKAGE_BEFORE.search(text, max(clause.start, q.start - 30), q.start) or (
                text.find("gói", max(clause.start, q.start - 30), q.start) >= 0 and PACKAGE_AFTER.match(text, q.end))):
            continue  # "người thụ hưởng gói hỗ trợ 62.000 tỷ đồng": the size of a national package, not a payment
        if code.startswith("covid_") and COMMUNE_SUBJECT.match(text, stmt.start, q.start):
            continue  # "Xã Thạch Đài hiện có 916 người được hưởng chế độ hỗ trợ theo Nghị quyết số 42": a commune's (ruling 61)
        if code in POVERTY_STATISTICS and _statistic_of_a_part(text, q, clause, stmt, sr.span):
            continue
        if code == "poverty_rate" and COMBINED_RATE_AFTER.match(text, q.end, stmt.end):
            continue  # "Tỷ lệ hộ nghèo … là 7,52%, trong đó hộ nghèo chiếm 4,03%, hộ cận nghèo chiếm 3,49%": both groups
        if code in POVERTY_FAMILY and RESPECTIVELY_SECOND.search(text, max(stmt.start, q.start - 40), q.start) \
                and POOR_AND_NEAR_POOR.search(text, stmt.start, q.start):
            continue  # "tỷ lệ hộ nghèo và cận nghèo (lần lượt là 14,23% và 7,69%)": the second is the near-poor rate
        if code == "poor_households" and POOR_AND_NEAR_POOR_AFTER.match(text, q.end):
            continue  # "45.166 hộ nghèo, hộ cận nghèo": both groups together
        if q.kind == "households" and SHARE_BASE_BEFORE.search(text, max(clause.start, q.start - 60), q.start):
            continue  # "chiếm 6,74% so với 176.822 hộ dân số toàn tỉnh": all households, the share's base
        if code.startswith("drug_rehab") and _on_substitution(text, sr.span.start, gap_start, q.start, look_back=True):
            continue  # "gần 300 trường hợp điều trị methadone …, trong đó hơn 200 trường hợp tại Cơ sở …": its parts too
        if code.startswith("drug_rehab") and CAPACITY.search(text, max(stmt.start, gap_start), q.start):
            continue  # "với quy mô tiếp nhận, cai nghiện cho 500 học viên": what a centre can hold
        if code == "inspection_rounds" and q.noun.lower().startswith("quyết định") \
                and any(o is not q and o.kind == "rounds" and not o.noun.lower().startswith("quyết định") for o in qs):
            continue  # "ban hành 25 quyết định thanh tra chuyên ngành, tiến hành 48 cuộc thanh tra": the inspections are counted
        if code == "children_gifted" and q.kind == "children" and PLACE_HAS_BEFORE.search(text, max(stmt.start, q.start - 60),
                                                                                         q.start):
            continue  # "hiện nay, trên địa bàn huyện có 11.868 trẻ em": how many children live there, no gifts
        if code.startswith("covid_") and not state.doc.names_covid:
            continue  # support "do dịch bệnh" on a page that never names Covid-19 nor its measures (ruling 84)
        if code == "meritorious_convalescence" and SIGHTSEEING_AFTER.match(text, q.end):
            continue  # "…, 106 người có công tham quan Thủ đô Hà Nội": a sightseeing trip, no convalescence
        if q.kind == "percent" and not stmt.start <= choice.cue_start < q.start and OWN_SUBJECT_RATE.fullmatch(text, stmt.start, q.start) \
                and not RATES_NOUNS.search(text, stmt.start, q.start):
            continue  # "…; tỷ lệ dân số … sử dụng nước sạch đạt 99%", "…; giải quyết thủ tục hành chính … đạt 38,56%": its own
        if code.startswith("drug_rehab") and ESCAPED.search(text, q.end, min(sr.span.end, qs[i + 1].start) if i + 1 < len(qs)
                                                            else sr.span.end):
            # "đưa được 41/50 học viên cai nghiện ma túy trốn trại, quay trở lại cơ sở": those who fled (told up to the
            # sentence's next figure: "25 học viên Cơ sở … (xã …, huyện …) đã mở cửa sau trốn vào rừng")
            continue
        if code in ("poor_households", "near_poor_households") and (
                HELPED_BEFORE.search(text, stmt.start, q.start) or HELPED_LIST.search(text, sr.span.start, q.start)
                or (HELPED_AFTER.match(text, q.end) and not STOCK_BEFORE.search(text, max(stmt.start, q.start - 12), q.start))
                or CHANGE_AMOUNTS_TO_BEFORE.search(text, max(stmt.start, q.start - 80), q.start)):
            continue  # "hỗ trợ nhà ở cho 169 hộ nghèo": the households helped, not how many are poor
        if out and out[-1].metric == code and i > 0 and qs[i - 1].end == out[-1].span_end \
                and AMONG_TOTAL_BEFORE.search(text, max(stmt.start, out[-1].span_start - 20), out[-1].span_start) \
                and not LEVEL_WORD.search(text, out[-1].span_end, q.start):
            continue  # "trong số 3,356 triệu người đang được trợ cấp …, có 1,417 triệu người cao tuổi": a part
        if code.startswith("drug_rehab_") and COMMUNITY_PARTS_AFTER.match(text, q.end, sr.span.end):
            continue  # "cai nghiện cho 4.757 người, trong đó 2.710 người cai tại gia đình …": rehab at home counted in
        if code == "drug_rehab_residents" and SENT_TO_REHAB.search(text, stmt.start, q.start):
            continue  # "đưa đi cai nghiện 310 người: cai nghiện bắt buộc 250 người, …": the parts of those sent
        if code.startswith("drug_rehab") and AFTER_REHAB_AFTER.match(text, q.end):
            continue  # "phường đang quản lý 21 người sau cai nghiện": people back home after treatment, no residents
        if code == "drug_rehab_residents" and TAKEN_IN.search(text, clause.start, q.start):
            code = "drug_rehab_admissions"  # "đã đưa vào cắt cơn cai nghiện ma túy cho 261 người": taken in over the period
        if code == "drug_rehab_admissions":
            code = _admissions_or_residents(text, q, clause, stmt)
            if code is None:
                continue
            metric = BY_CODE[code]
        if code == "gratitude_fund_amount" and _not_raised(text, q, clause, stmt, sr.span, reading.mentions):
            continue
        if code == "jobs_created" and LOANS_BEFORE.search(text[stmt.start:q.start]):
            continue  # "đã cho 1.133 dự án vay vốn …, giải quyết việc làm cho 1.247 lao động": a loan programme's jobs
        if code == "labour_export" and WORK_ELSEWHERE_AFTER.match(text, q.end):
            continue  # "hơn 5 nghìn lao động đi làm việc ở tỉnh ngoài": in other provinces, not abroad
        # (the statement's subject, or the sentence's for a statement that has none: "…; đã giải quyết việc làm cho …")
        # (… or a part of the sentence's total: "… trung tâm dịch vụ việc làm … giới thiệu việc làm cho 1,7 triệu người;
        # trong đó 425.500 lao động đã có việc làm")
        subject_from = sr.span.start if VERB_FIRST.match(text, stmt.start) or AMONG_OPENING.match(text, stmt.start) \
            else stmt.start
        if code in ("jobs_created", "labour_export") and text.find("việc làm", subject_from, q.start) >= 0 \
                and (centre := _last_match(JOB_CENTRE, text, subject_from, q.start)) is not None \
                and not SOURCE_BEFORE.search(text, max(sr.span.start, centre.start() - 40), centre.start()) \
                and not WHOLE_AREA.search(text, centre.end(), q.start):
            continue  # "… Trung tâm Dịch vụ việc làm đã …; đã giải quyết việc làm cho 3.106 lao động": the centre's (ruling 119)
        if code == "labour_export" and OTHER_CHANNELS_TOO.search(text, max(gap_start, stmt.start), q.start):
            continue  # "… qua hình thức xuất khẩu lao động, cung ứng lao động và các hình thức khác là 12.400 người": several
        unit = "pp" if code == "poverty_rate_reduction" else metric.unit
        # A place named in the statement governs its figures up to the next figure ("…, riêng huyện X giảm 4%").
        # … and past the same count again, its receivers' ("200 suất học bổng tặng 200 trẻ em … tại huyện Vị Xuyên").
        same = i + 1
        while same < len(qs) and (qs[same].value == q.value or text.count("(", q.end, qs[same].start) > text.count(
                ")", q.end, qs[same].start)):  # (… and what a bracket after it says: "(mỗi suất trị giá 1 triệu đồng)")
            same += 1
        place_end = stmt.end if same == len(qs) else (enclosing(clause_spans, qs[same - 1].start) or clause).end
        placed = _list_item_place(text, clause, q, reading.mentions) or _place(
            ctx, text, Span(stmt.start, place_end), sr, reading.mentions,
            state.doc.national_page or q.start < state.doc.national_until, q.start)
        if placed is None:
            continue
        province, district, national = placed
        if _region_figure(text, clause.start, q.start, regions, reading.mentions, sr.span.start) \
                or REGION_AFTER.match(text, q.end) or (THE_REGION_AGAIN.search(text, stmt.start, q.start)
                                                       and first_place(reading.mentions, stmt.start, q.start) is None
                                                       and not PROVINCE_WIDE.search(text, stmt.start, q.start)):
            continue
        prior = out[-1] if out else (state.facts[-1] if state.facts else None)
        qualifier = _qualifier(q, text, clause, stmt, sr, prior.qualifier if prior else None, state.topics_seen,
                               ctx.published_date, ctx.published_date.year if ctx.published_date else state.doc.undated.year)
        if listed is not None and listed[1]:
            qualifier = "target"  # the districts' shares of a goal the province set them
        if code.startswith("meritorious_hous") and qualifier == "actual" and (
                HOUSES_APPROVED.search(text, clause.start, q.start) or (
                    (allocated := ALLOCATED.search(text, sr.span.start, q.start)) is not None
                    and not DONE_AFTER_ALLOCATION.search(text, allocated.end(), stmt.end)) or any(
                    f.qualifier == "target" and f.metric.startswith("meritorious_hous") and f.span_end >= sr.span.start
                    and AMONG.search(text, f.span_end, q.start) for f in (*state.facts, *out))):
            qualifier = "target"  # "Phê duyệt hỗ trợ xây dựng 853 nhà ở người có công": approved, not yet built
        if code == "meritorious_housing_amount" and q.value < ONE_HOUSE_MAX \
                and not GROUPS_HOUSED.search(text, sr.span.start, sr.span.end) and (state.doc.one_house or (
                    # on a page counting houses, a sentence on one of them ("Căn nhà … tổng kinh phí xây dựng 150 triệu
                    # đồng", "căn nhà … với tổng kinh phí 100 triệu đồng được bàn giao cho gia đình ông N")
                    ONE_HOUSE_SUBJECT.search(text, sr.span.start, q.start) and not any(
                        other.kind in ("houses", "families", "households") for other in qs))):
            continue  # "ủng hộ 70 triệu đồng để giúp đỡ gia đình bà N xây dựng căn nhà": one house's cost, no programme's
        if code == "fine_amount" and ONE_COMPANY.search(text, sr.span.start, q.start) \
                and any(f.metric == code and f.value > q.value and "tổng" in text[max(0, f.span_start - 30):f.span_end].lower()
                        for f in (*state.all_facts, *out)):
            continue  # "Còn Công ty … chỉ bị phạt 27,5 triệu đồng" after the total fined: one company's share (ruling 44)
        if code in ("jobs_created", "vocational_enrolment", "labour_export") and ONE_GROUP_AFTER.match(text, q.end):
            continue  # "giải quyết việc làm cho 1.500 lao động thuộc diện hộ gia đình nghèo, cận nghèo": one group's, narrower
        if code == "vocational_enrolment" and (ONE_LEVEL_AFTER.match(text, q.end) or (
                sr.breakdown and SOME_LEVELS_BEFORE.search(text, max(stmt.start, q.start - 80), q.start))):
            # one level of training ("2.092 người trình độ cao đẳng", "19.143 người ở bậc sơ cấp"), or some levels detailing
            # a total ("Trong đó, tuyển sinh trình độ cao đẳng, trung cấp được hơn 70 nghìn người, đạt 14% kế hoạch"):
            # narrower, its own share of plan notwithstanding
            continue
        if code == "labour_export" and text.find("phạt", sr.span.start, q.start) >= 0 \
                and FINE_REASON_BEFORE.search(text, sr.span.start, q.start):
            continue  # "… bị phạt 27,5 triệu đồng do …; ký không đúng mẫu hợp đồng … đối với 1 lao động": the breach's workers
        if BACK_REFERENCE_BEFORE.search(text, max(sr.span.start, q.start - 6), q.start) \
                and BACK_REFERENCE_AFTER.match(text, q.end):
            continue  # "cả 3 doanh nghiệp trên còn bị …": those already counted
        if code == "vocational_enrolment" and _classes_intake(text, q, clause, stmt):
            continue  # "khai giảng lớp cạo mủ cao su cho 46 học viên": one batch of the year's (rulings 99, 158)
        if code == "vocational_enrolment" and (_rural_training(reading, sr, text, state.topics_seen)
                                               or q.value in state.doc.rural_counts):
            # … and so are its parts in the brackets after it ("2.831 người tham gia học nghề (DTTS là 2.197 người; …)")
            if (bracket := BRACKET_AFTER.match(text, q.end, sr.span.end)) is not None:
                listed_until = bracket.end()
            continue  # a page or passage on training rural workers only: a narrower figure (ANNOTATION.md §1)
        if code.startswith("covid_") and (gift := _last_match(NOT_COVID_MONEY_RE, text, stmt.start, q.start)) \
                and not COVID_PAID_VERB.search(text, gift.end(), q.start):
            continue  # "Hội Chữ thập đỏ tỉnh đã trao quà, có 1.800 người được nhận với tổng số tiền …": gifts, not support
        if code == "covid_support_amount" and (donated := _last_match(DONATED, text, stmt.start, q.start)) \
                and not PAID_BEFORE.search(text, donated.end(), q.start):
            continue  # "… tỉnh đã nhận đóng góp của 655 tập thể, cá nhân với tổng số tiền … trên 21 tỉ đồng": a fund's takings
        if code.startswith("covid_") and (asked := PROPOSED.search(text, sr.span.start, q.start)) \
                and not PAID_WORDS.search(text, asked.end(), stmt.end) and not DONE_AFTER_ASKING.search(text, asked.end(), stmt.end):
            continue  # "… 718 đối tượng … đề nghị hỗ trợ do bị ảnh hưởng bởi đại dịch Covid-19, với số tiền …": only asked for
        if q.kind != "percent" and (opening := TOTAL_OPENING.match(text, stmt.start, q.start)) is not None:
            gap = text[opening.end():q.start]
            head = gap[:min((i for i in (gap.find(","), gap.find(" có ")) if i >= 0), default=len(gap))]
            # (not a new level told after the parts: "…, đã có 1.150 hộ thoát nghèo, đến cuối năm toàn huyện còn 3.050")
            if " có " in gap and not NEW_LEVEL_WORDS.search(gap, gap.find(" có ")) \
                    and BY_CODE[code].cue_pattern is not None and BY_CODE[code].cue_pattern.search(head) \
                    and not ATTAINED_AFTER.match(text, q.end):  # (a part with a plan share of its own is one: ruling 19)
                continue  # "Trong số 39.553 hộ nghèo có 9.160 hộ … và 30.393 hộ nghèo thuộc …": parts of the total
        restated = TOTAL_RESTATED.search(text, stmt.start, q.start)
        own_time = find_period(text[sr.span.start:q.start]) if restated or LOCAL_JOBS_AFTER.match(text, q.end) else None
        if restated and own_time is None and any(
                (f.metric, f.value, f.qualifier == "target") == (code, q.value, qualifier == "target") for f in state.all_facts):
            continue  # "Trong tổng số gần 1 nghìn lao động được tạo việc làm mới, có …": the total told before, framing its parts
        if code in ("fine_amount", "establishments_fined") and (
                FINES_PROPOSED.search(text, sr.paragraph.start, q.start)
                or ((asked := _last_match(FINES_ASKED_OF, text, clause.start, q.start))
                    and not DECIDED.search(text, asked.end(), q.start))):
            continue  # "… đề xuất … ban hành 47 quyết định xử phạt …. Tổng số tiền xử phạt hơn 6,7 tỉ đồng": not yet imposed
        if code == "jobs_created" and LOCAL_JOBS_AFTER.match(text, q.end) and any(
                f.metric == code and f.value > q.value and f.qualifier != "target"
                and (own_time is None or own_time.year in (None, f.year)) for f in state.all_facts):
            continue  # "tạo việc làm mới cho gần 770 lao động tại địa phương" after the 1.000 created: the jobs at home, a part
        if code.startswith("covid_") and (listed := LISTED_ENTITLED.search(text, sr.span.start, q.start)) \
                and not PAID_SINCE.search(text, listed.end(), q.start):
            continue  # "… đã rà soát, lập danh sách đối tượng … thuộc diện được nhận hỗ trợ với 438.623 người": a need
        policy = state.doc.policy_only and not DONE_BEFORE.search(text, sr.span.start, q.start)
        if code.startswith("covid_") and (qualifier == "actual" or qualifier == "estimate" and policy) \
                and not PAID_WORDS.search(text, stmt.start, stmt.end) and (
                policy or COVID_APPROVED.search(text, stmt.start, q.start)
                or APPROVED_AFTER.match(text, q.end, qs[i + 1].start if i + 1 < len(qs) else stmt.end)):
            qualifier = "target"  # "tổng số đối tượng được phê duyệt … là 216.238 đối tượng với số tiền 352,3 tỷ": not yet paid
            approved = True
        # A headline's or heading's period that names a goal ("… đặt mục tiêu … năm 2025") dates targets only.
        outer = [sr.section_period if qualifier == "target" or not sr.section_aims else None,
                 reading.document_period if qualifier == "target" or not reading.title_aims else None]
        levels = [_own_months(text, clause, stmt, q, stmt_period, sr.period) or _clause_year(text, clause, stmt, q, stmt_period),
                  stmt_period, sr.period, *outer]
        if ctx.published_date and (since := SINCE_YEAR_NAMED.search(text, sr.span.start, q.start)) \
                and int(since.group(1)) == ctx.published_date.year:
            # "từ đầu năm 2024 tới nay" in September 2024 counts the months so far, not the year 2024 it names
            levels = [None if p is not None and p.period == "FY" and p.year == ctx.published_date.year else p
                      for p in levels]
        if ctx.published_date is None or (ctx.published_date.month == 1 and reading.lead_period is not None
                                          and reading.lead_period.year == ctx.published_date.year - 1):
            # An undated page, or a January page reviewing the year before ("Năm 2014, đã giải quyết việc làm …" on
            # 23 January 2015): its lead paragraph dates it; but a year the lead names beside the day it opens with
            # ("Ngày 1/8, … cuộc thi … năm 2018") leaves figures "từ đầu năm đến nay" to that day (ruling 9).
            # (on an undated page, the year of a goal the lead sets, "mục tiêu … đến hết năm 2012", dates no stock "hiện nay"
            # told before it)
            lead_period = None if ctx.published_date is None and reading.lead_goal_at is not None \
                and q.start < reading.lead_goal_at and qualifier != "target" else reading.lead_period
            if year_to_date and state.doc.lead_day and state.doc.lead_day[1] > 1:
                day = as_of(state.doc.lead_day[1], state.doc.lead_day[0])
                # (also a first line that is the lead itself, "Ngày 26/8, … phiên giao dịch việc làm năm 2014 …", read as
                # the title)
                levels[3:] = [Period(p.year, day, True) if p is not None and not p.explicit_sub_year else p
                              for p in levels[3:]]  # the heading's and the title's
                if lead_period is not None and not lead_period.explicit_sub_year:
                    lead_period = Period(lead_period.year, day, True)
            levels.append(lead_period)
        # A level on a January page is last year's, unless the page names this year ("kết quả bình nghị hộ
        # nghèo năm 2012" on 8 January 2012: the list for 2012).
        level_kind = code in LEVELS_AT_A_TIME or q.kind == "percent"
        # Other levels done that state no period stand at the publication: its months (lead ruling 72), unless the sentence
        # gives a poverty review's result ("Kết quả rà soát hộ nghèo năm nay, toàn tỉnh còn 5.000 hộ nghèo": the year's);
        # a projection ("Dự kiến tỷ lệ hộ nghèo còn 0,71%") is the year's (ruling 1), and a fall of a rate is no level.
        level = level_kind and qualifier == "actual" and code not in CHANGES_OF_A_RATE \
            and all(stated is None for stated in levels) and not (
                ctx.published_date and _once(state.topics_seen, ("reviews its year",), lambda: bool(re.search(
                    REVIEW_OF_YEAR.format(year=ctx.published_date.year), text, re.I)))) \
            and not (ctx.published_date and ctx.published_date.month > 1 and REVIEW_NAMED.search(text, sr.span.start, q.start))
        # Covid-19 support is paid out over months: a figure with no period is what was paid so far.
        # A target aims at the year ("Hiện nay, … sẽ hỗ trợ … dự kiến trên 100 tỉ đồng"), unless it counts the months
        # so far itself ("Thực hiện chỉ tiêu được giao, từ đầu năm đến nay …").
        so_far = (qualifier != "target" or SINCE_YEAR_START.search(text, stmt.start, stmt.end)) and (
            year_to_date or code.startswith("covid_") and not (
                DAY_EVENT_OPENING.match(text, sr.span.start) and EVENT_VERB.search(text, sr.span.start, q.start)
                and not REPORTED.search(text, sr.span.start, q.start)))
        fallback = publication_period(ctx.published_date, so_far, level) if ctx.published_date else (
            state.doc.undated_covid if code.startswith("covid_") else state.doc.undated)
        if so_far and level_kind and ctx.published_date and ctx.published_date.month == 7 \
                and NOW_STOCK.search(text, sr.span.start, q.start) and not HALF_YEAR_STORY.search(text):
            # A stock "hiện có" on a July page is July's (lead ruling 5), H1 only in a half-year story
            fallback = replace(fallback, period="7M")
        if so_far and state.doc.lead_day and state.doc.lead_day[1] > 1 \
                and not (code.startswith("covid_") and state.doc.lead_event):  # a payout's day: its figures (ruling 56)
            # "Ngày 31-5, … Hiện nay, 13 cơ sở … 11.300 học viên" on an undated page: so far, on the day the lead reports
            # (in January, the year-end review's: FY, as publication_period has it)
            fallback = replace(fallback, period=as_of(state.doc.lead_day[1], state.doc.lead_day[0]))
        if state.doc.opening_period is not None and qualifier != "target" \
                and (state.doc.opening_so_far or not year_to_date) and not WHOLE_YEAR.search(sr.span.of(text)):
            # In place of the publication's, for figures that state no period (and those "so far" when the months
            # end near the publication: the lead's "Trong 8 tháng năm 2025, …" on 11 September).
            fallback = state.doc.opening_period
        if code in POVERTY_LEVELS and qualifier != "target" and ctx.published_date and ctx.published_date.month <= 6 \
                and all(stated is None for stated in levels) and not year_to_date \
                and (reviewed := _once(state.topics_seen, ("reviewed year",),
                                       lambda: _reviewed_year(text, ctx.published_date.year))):
            # "kết quả rà soát hộ nghèo năm 2022 cho thấy …" early in 2023: the levels it gives are that review's (not
            # a stock "hiện có", "đến nay")
            fallback = Period(reviewed, "FY")
        # A projection aims at the year it names, as a target does ("Dự kiến trong năm 2024, … trên 30.500 lao động" after
        # "Tính đến tháng 10/2024, …"): not the months reported so far.
        aims = qualifier == "target" or qualifier == "estimate" and bool(FORECAST.search(text, sr.span.start, q.start))
        period = resolve(levels, fallback, target=aims, same_period=SAME_PERIOD.search(text, sr.span.start, stmt.end) is not None)
        if period.period in MONTH_CODES \
                and (since := COUNTED_FROM_JANUARY.search(text, sr.span.start, q.start)) \
                and not FROM_MONTH_START.search(text, sr.span.start, since.end()) \
                and not A_MONTH.search(text, since.end(), q.start):
            # "Từ đầu năm 2024, hơn 23.000 người …" on a page of February's figures, "…, lũy kế từ đầu năm là 520 người":
            # the months so far, not the month (but not "Trong tháng, … 420 lao động" nor "Từ đầu tháng 10 đến nay")
            period = replace(period, period=as_of(int(period.period[1:])))
        if text.find("đầu tháng", sr.span.start, q.start) >= 0 \
                and (month := MONTH_SO_FAR.search(text, sr.span.start, q.start)) is not None and not period.explicit_sub_year \
                and 1 <= int(month.group(1)) <= 12 \
                and (ctx.published_date is None or ctx.published_date.month == int(month.group(1))):
            # "từ đầu tháng 10 đến nay" in October, or on an undated page: the month so far
            period = Period(period.year, f"M{int(month.group(1))}", True)
        year, period_code = period.year, period.period
        if text.find(":", clause.start, q.start) >= 0 and (label := YEAR_ITEM.fullmatch(text, clause.start, q.start)) is not None:
            year, period_code = int(label.group("year")), "FY"  # "(kế hoạch năm 2021: 28.000 người": the year it names
        # "tăng gần ba lần so với năm 2021 (trên 6.700 lao động)": the base of the comparison, that year's own figure
        compared_base = COMPARED_BASE_BEFORE.search(text, max(stmt.start, q.start - 50), q.start) \
            if text.find("(", max(stmt.start, q.start - 12), q.start) >= 0 else None
        if compared_base is not None:
            year, period_code = int(compared_base.group(2)), period_code if compared_base.group(1) else "FY"
        elif text.find("so với", max(stmt.start, q.start - 200), q.start) >= 0 \
                and (lead := COMPARED_BRACKET_LEAD.search(text, max(stmt.start, q.start - 200), q.start)) is not None \
                and not re.search(r"\d", TIME_WORDS.sub("", lead.group("lead"))) \
                and (base_time := find_period(lead.group("lead"))) is not None and base_time.year is not None:
            compared_base = lead  # the base's own figure, of the time its bracket names
            year, period_code, qualifier = base_time.year, base_time.period, "actual"
        stated = next((p for p in levels if p is not None), None)
        if (approved and not any(p is not None and p.explicit_sub_year for p in levels)) \
                or (code.startswith("covid_") and qualifier == "target"):
            # an approval is a target: the year's (lead ruling 36), not the months so far; so is a payout planned by a
            # day ("Dự kiến, huyện sẽ hoàn thành cấp phát … vào giữa tháng 5-2020 với tổng kinh phí hơn 14 tỷ đồng")
            period_code = "FY"
        if stmt_period is None and qualifier != "target" and (detailed := next(
                (f for f in reversed(state.facts) if f.span_start < sr.paragraph.start and f.qualifier != "target"),
                None)) and find_period(sr.span.of(text)) is None:
            # A paragraph detailing the totals of the one before ("Trong đó, … xuất khẩu nước ngoài là 240 người")
            # speaks of their period (the last one's), not of one an earlier paragraph named.
            year, period_code = detailed.year, detailed.period
        # (in the statement, or earlier in a paragraph whose later sentences name no year: "… đến đầu năm 2024, toàn
        # tỉnh còn 21.061 hộ nghèo, hộ cận nghèo. … Trong đó, 10.600 hộ nghèo, …")
        # (a level that states no period has the months to its publication: at the year's start it is the year before's)
        if (period_code == "FY" or level) and level_kind and role == "level" and qualifier != "target" and year is not None \
                and (start := YEAR_START.search(text, stmt.start, q.start)
                     or (q.kind == "households" and STOCK_AT_YEAR_START.search(text, stmt.start, q.start)) or (
                    None if YEARS.search(text, sr.span.start, q.start) else
                    _last_match(YEAR_START, text, sr.paragraph.start, sr.span.start))):
            if later := _last_match(A_YEAR_NAMED, text, start.end(), q.start):
                year, period_code = int(later.group(1)), "FY"  # "nếu như đầu năm 2019, … thì đến cuối năm 2020, toàn tỉnh
                # có 6.965 hộ nghèo"
            elif (start.group(1) == str(year) or start.group(1) == "nay" and (  # "nay": the page's year, not one moved
                    ctx.published_date is None or year == ctx.published_date.year)) \
                    and not NOW_OR_AFTER.search(text, start.end(), q.start) \
                    and not LATER_TIME.search(text, start.end(), q.start):
                year, period_code = year - 1, "FY"  # "Đầu năm 2019, … có 1.329 hộ nghèo, chiếm 4,1%": the level the year
                # 2018 closed with
        if stmt_period is None and qualifier != "target" and ctx.published_date and ctx.published_date.month <= 6 \
                and year == ctx.published_date.year and (PAST_YEAR_OPENING.match(text, sr.span.start) or (
                    # "Cụ thể, đã tổ chức 41 lớp đào tạo nghề, với 1.212 lao động" detailing a paragraph opening on "năm qua"
                    sr.breakdown and sr.index_in_paragraph == 0
                    and PAST_YEAR_OPENING.match(text, _previous_paragraph_start(text, sr.paragraph.start)))) \
                and not THIS_YEAR_NAMED.search(text, sr.span.start, q.start):
            year, period_code = year - 1, "FY"  # "Năm qua, …" on an April page: the year that ended
        if stated is not None and stated.year is None and ctx.published_date and year == ctx.published_date.year and (
                (period_code in LATE_IN_YEAR and ctx.published_date.month == 1)
                or (qualifier == "actual" and (end_month(period_code) or 0) > ctx.published_date.month + 2
                    and not TO_COME.search(sr.span.of(text)))):
            # "Quý IV, …", "Trong tháng 12, …" on a January page: the year just ended; "Trong tháng 11 có 12.491 chỗ việc
            # làm mới …" done on a July page: not this year's November (unless the sentence speaks of what is to come,
            # "Trong tháng 10, Sở tiếp tục trao …", or of days in it, "từ ngày 1/7 đến ngày 30/9")
            year -= 1
        beside = YEAR_BESIDE.match(text, q.end) or (YEAR_AFTER_THE_RATE.match(text, q.end) if q.kind == "households"
                                                     else None)
        earlier = LAST_YEAR_BRACKET.search(text, max(stmt.start, q.start - 60), q.start)
        if earlier and year:
            # "tăng 8,4% so với cùng kỳ năm 2023 (39.203 người)": last year's figure of the same period.
            stated = earlier.group(1) or earlier.group(2)
            year, qualifier = (int(stated) if stated else year - 1), "actual"
        elif beside:
            found = beside.groupdict()
            stated_year = int(found["year"] or found.get("bare")) - bool(found.get("opening"))
            if qualifier == "target" and year and stated_year < year and FROM_BEFORE.search(text[clause.start:q.start]):
                qualifier = "actual"  # "phấn đấu nâng tỷ lệ … từ 55% năm 2016 lên 58,5% năm 2017": where the plan starts
            year, period_code = stated_year, "FY"
        elif i > 0 and qs[i - 1].end >= stmt.start \
                and (until := _last_match(UNTIL_YEAR, text, qs[i - 1].end, q.start)) is not None:
            # "… 57.814 hộ nghèo vào năm 2016, đến cuối năm 2020, số hộ nghèo chỉ còn 8.617 hộ": the year it came to
            year, period_code = int(until.group(1)), "FY"
        elif code in POVERTY_LEVELS and (then := COMPARED_THEN.search(text, sr.span.start, q.start)) \
                and not YEARS.search(text, then.end(), q.start) and not CHANGE_WORD.search(text, then.end(), q.start) \
                and not re.search(r"[,;]", text[then.end():q.start]):  # in the "khi" clause itself
            # "So với cuối năm 2021, khi toàn tỉnh có 9.731 hộ nghèo với tỷ lệ 2,87%, …": the level at that year's end
            year, period_code = int(then.group(1)), "FY"
        elif (span_years := _span_of_years(text, sr.span, sr.paragraph, q, code, ctx.published_date)) is not None:
            # A rate where a span of years began or ended: "giai đoạn 2016 - 2020 … từ 3,7% xuống 3,1%" (from = 2015);
            # a span still running at the publication ends with the months so far (ruling 7: 11M on a November page).
            first, last_year = span_years
            starting = FROM_BEFORE.search(text[clause.start:q.start]) and TO_AFTER.match(text[q.end:stmt.end])
            year, period_code = (first - 1 if starting else last_year), "FY"
            if starting and qualifier == "target":
                qualifier = "actual"  # "… phấn đấu giảm tỷ lệ hộ nghèo từ 5,2% xuống …": where the plan starts
            if not starting and ctx.published_date and last_year == ctx.published_date.year:
                period_code = cumulated(ctx.published_date.month)
        elif (year is None or (ctx.published_date is None and stated is None)) \
                and (start_year := FROM_YEAR_TO.search(text, stmt.start, q.start)) \
                and not MULTI_YEAR.search(text, sr.span.start, q.start):
            year, period_code = int(start_year.group(1)) + 1, "FY"
        elif FROM_BEFORE.search(text[clause.start:q.start]) and TO_AFTER.match(text[q.end:stmt.end]):
            if year is None and VAGUE_START.search(text, clause.start, q.start):
                continue  # "từ một tỉnh có tỷ lệ hộ nghèo hơn 20% nay giảm còn 8,58%" on an undated page: a level of no known year
            # (on an undated page, "giảm từ 1,74% xuống còn 1,09%": the year before an unknown one, unknown too)
            year, period_code = (year - 1 if year is not None else None), "FY"
            if qualifier == "target":
                qualifier = "actual"  # "Năm 2018 … phấn đấu giảm tỷ lệ hộ nghèo từ 3,18% xuống còn 1,7%": where the plan starts
        if q.kind == "households" and out and out[-1].metric == "poverty_rate" \
                and HOUSEHOLDS_OF_THE_RATE.fullmatch(text, out[-1].span_end, q.start):
            # "giảm từ 5,2% (21.400 hộ) xuống còn 1,9% (8.120 hộ)": the households in brackets are of their rate's time
            year, period_code = out[-1].year, out[-1].period
        if code not in LEVELS_AT_A_TIME and q.kind != "percent" and (
                (year is None and state.doc.reviews_years)
                or (state.doc.reviews_only_years and not beside and all(level is None for level in levels)
                    and not year_to_date and not THIS_YEAR.search(text, stmt.start, q.start))):
            # Counts that state no period of their own in a review of several years ("tổng kết … giai đoạn 2016 -
            # 2020"; "Giai đoạn 2021-2025, … Địa phương đã hỗ trợ tạo việc làm cho 43.160 lao động") are its totals.
            continue
        if code == "children_gifted" and q.kind == "children" and out and out[-1].metric == "scholarships" \
                and "quà" not in text[out[-1].span_end:q.start] and not NEXT_ACTION.search(text, out[-1].span_end, q.start):
            continue  # "trao 140 suất học bổng … tặng 140 em, trong đó 110 trẻ em …": the scholarships' holders
        gifts = [f for f in out if f.metric == code and state.kinds.get(f.fact_id) == "gifts"] \
            if code == "children_gifted" and q.kind == "children" else []
        if gifts and not AMONG.search(text, gifts[-1].span_end, q.start) \
                and (listed := _children_listed(text, qs, i, stmt.end)) and sum(c.value for c in listed) == gifts[-1].value:
            listed_until = listed[-1].end  # "332 phần quà cho 143 em tiểu học, 79 em THCS và 110 em THPT": the gifts' total
            continue
        if gifts and not AMONG.search(text, gifts[-1].span_end, q.start):
            for f in gifts:  # "430 phần quà … cho 615 em": the sentence gives the number of children, which wins
                out.remove(f)
        elif compared_base is None and _is_part(text, code, q, out, state, (province, district, national), (qualifier, year, period_code),
                      reading.mentions,
                      stmt_period.period if stmt_period else None) \
                and not (code.startswith("covid_") and _paid_of_approved(text, stmt, q, code, state, out)):
            state.doc.part_values.add((code, q.value, qualifier, year, province))
            continue  # "1.200 suất quà cho học sinh nghèo, trong đó có 400 học sinh khuyết tật": a part
        elif (code, q.value, qualifier, year, province) in state.doc.part_values:
            continue  # "(cai nghiện tự nguyện: 541 người, …)" then "…, hiện đang quản lý 541 người": the part told again
        elif code.startswith("covid_") and qualifier == "actual":
            _paid_of_approved(text, stmt, q, code, state, out)  # "… phê duyệt hỗ trợ 12.000 người … Đến nay, đã chi hỗ trợ 11.500"
        # A cue inside the quantity's own noun ("100 suất học bổng") starts no earlier than the number.
        start = min(choice.cue_start, q.start) if clause.contains(choice.cue_start) else q.start
        if code == "poverty_rate_reduction" and _over_years(text, sr.span.start, q, year):
            base = _compared_base(text, sr.span.start, q)
            if base is None or stmt_period is not None or sr.period is not None:
                continue  # "So với đầu năm 2019, tỷ lệ hộ nghèo giảm được 3,72%" at the end of 2020: over two years
            year, period_code = base + 1, "FY"  # "giảm 1,35% so với cuối năm 2017" in January 2019: 2018's
        if qualifier == "actual" and year and ctx.published_date and (
                year > ctx.published_date.year
                or (year == ctx.published_date.year and ctx.published_date.month == 1 and period_code == "FY"
                    and code not in LEVELS_AT_A_TIME and unit not in RATE_UNITS
                    and GOES_ON.search(text, sr.span.start, q.start) and not PAST_MARKERS.search(sr.span.of(text)))) \
                and not DONE_WORDS.search(text, stmt.start, q.start):
            # (done words of its own statement: not "Năm 2017, Hương Thủy đề ra 13 chỉ tiêu …; trong đó, … sản xuất đạt
            # 14,4%; … tỷ lệ hộ nghèo giảm còn 3,7 %" on 19 December 2016)
            # "năm 2021, giải quyết việc làm cho 6.000 lao động" on 31 December 2020, "Năm 2022, ngành tiếp tục …
            # đào tạo nghề cho 50 nghìn lao động" on 21 January 2022: the year has not happened yet, a plan (a level
            # or rate of the year's review, published in its January, is not)
            qualifier = "target"
        if qualifier == "estimate" and year and ctx.published_date and year > ctx.published_date.year:
            qualifier = "target"  # "ước năm 2023 đạt …" in December 2022: a forecast of a year to come (ruling 1)
        if unit in RATE_UNITS and q.value >= 100:
            continue  # "tỷ lệ hộ nghèo sơ bộ giảm 3.009 hộ (hơn 111%)", "(100%)": a share of the plan, no rate of a population
        province_2025 = place_of(province).province_2025 if province else (None if national else ctx.province_2025)
        if province and not district and ctx.published_date and ctx.published_date >= MERGER_DAY:
            # After the 2025 merger a merged province's name means the new unit (ANNOTATION.md §6).
            merged = place_2025(province)
            province, province_2025 = merged.province, merged.province_2025
            if province and province_2025 != province and first_place(reading.mentions, stmt.start, stmt.end) is None \
                    and not re.search(rf"{re.escape(province)}\s*\(?\s*(?:cũ|trước đây)\b", text) \
                    and not FORMER_NAMED.search(text, sr.paragraph.start, stmt.start) \
                    and (WHOLE_PROVINCE.search(text, stmt.start, q.start) or (
                        prior and prior.province is None and prior.province_2025 == province_2025)):
                # "toàn tỉnh" after the merger is the new province, whatever former one an earlier line named (a
                # caption's "Trung tâm Dịch vụ việc làm Vĩnh Phúc" before "toàn tỉnh giải quyết việc làm cho …"),
                # and so is the paragraph's next figure ("Trong đó, có hơn 5.000 người đi lao động …"), unless the page
                # pins the former one down ("tỉnh Vĩnh Phúc (cũ)")
                province = None
        fact = Fact(
            fact_id=fact_id(ctx.doc_id, start, q.end, code),
            doc_id=ctx.doc_id, metric=code, value=q.value, value_max=q.value_max, unit=unit,
            qualifier=qualifier, year=year, period=period_code,
            province=province, province_2025=province_2025, district=district,
            # (a count of poor households over all households, "4.643/199.765 hộ", is a share of them: no plan)
            plan_pct=None, plan_value=None if code in ("poor_households", "near_poor_households") else q.denominator,
            yoy_pct=None,
            evidence=text[start:q.end], span_start=start, span_end=q.end,
        )
        times = TIMES_LAST_YEAR.match(text, q.end, stmt.end) \
            if unit not in RATE_UNITS and text.find("gấp", q.end, stmt.end) >= 0 else None
        base_year = times and (times.group(2) or times.group(3))
        if times and (base_year is None or (year and int(base_year) == year - 1)):
            # "3,17 tỷ đồng, cao gấp gần 1,5 lần so với năm 2011" in 2012: 150 % of last year's (ANNOTATION.md §4)
            fact = _with_span(replace(fact, yoy_pct=round(parse_number(times.group(1)) * 100, 6)), text, times.end())
        times_plan = TIMES_PLAN.match(text, q.end, stmt.end) if fact.plan_pct is None and "lần" in text[q.end:stmt.end] \
            and q.kind not in ("rounds", "establishments", "enterprises") else None  # "6 đợt, tăng 2 lần": two more?
        if times_plan:
            fact = _with_span(replace(fact, plan_pct=round(parse_number(times_plan.group(1)) * 100, 6)), text, times_plan.end())
        out.append(fact)
        state.cues[fact.fact_id] = cue_words
        state.kinds[fact.fact_id] = q.kind
    return out


# Money goes to the metric whose work it paid for: "xây dựng 12 căn nhà tình nghĩa …, với 480 triệu đồng".
MONEY_FOR = {"meritorious_houses_built": "meritorious_housing_amount", "meritorious_houses_repaired":
             "meritorious_housing_amount", "meritorious_housing": "meritorious_housing_amount",
             "covid_support_recipients": "covid_support_amount", "establishments_fined": "fine_amount"}
PAID_WITH = re.compile(r"[^.;\d]{0,120}?\bvới\s+(?:tổng\s+)?(?:số tiền|kinh phí|trị giá)?\s*(?:là\s+)?(?:trên|gần|hơn|khoảng)?\s*$",
                       re.I)


def _paid_for(q: Quantity, text: str, last: Fact | None) -> str | None:
    """The amount metric of the count just before a sum of money joined to it by "với"."""
    if q.kind != "vnd" or last is None or last.metric not in MONEY_FOR:
        return None
    return MONEY_FOR[last.metric] if PAID_WITH.fullmatch(text, last.span_end, q.start) else None


def _houses_for_others(q: Quantity, later: list[Quantity], text: str, stmt: Span) -> bool | None:
    """Whether a count of houses is for the poor or for several programmes at once (True), for people with
    meritorious service only (False), or does not say (None).

    Whom the houses were for: the beneficiaries named in the words after the count, up to the next count
    of people, households, houses or money in the statement, else the last one named before it.
    """
    end = next((later_q.start for later_q in later if later_q.kind in COUNTS_OF_THINGS), stmt.end)
    named = list(HOUSES_FOR.finditer(text, q.end, min(end, q.end + 120))) or list(
        HOUSES_FOR.finditer(text, stmt.start, q.start))[-1:]
    if not named and (parts := BREAKDOWN.search(text, q.end, stmt.end)) \
            and len(HOUSE_COUNT.findall(text, parts.end(), sentence_end := _sentence_end(text, q.end))) >= 2:
        # "… sửa chữa 765 căn nhà với tổng kinh phí 53,79 tỷ đồng, trong đó, 625 căn cho hộ nghèo …; 140 căn cho người có
        # công …": houses split among groups, the poor among them (not "trong đó 35 căn cho hộ người có công là hộ nghèo")
        split = list(HOUSES_FOR.finditer(text, parts.end(), sentence_end))
        return any(match.group("other") for match in split) and not all(match.group("other") for match in split)
    if not named:
        return None
    # "… 13.666 căn nhà cho người có công, gia đình chính sách, hộ nghèo": several groups at once.
    return any(match.group("other") for match in named)


def _sentence_end(text: str, at: int) -> int:
    """Where the sentence holding offset ``at`` ends (the segmenter's sentences of its line)."""
    line = Span(text.rfind("\n", 0, at) + 1, end if (end := text.find("\n", at)) >= 0 else len(text))
    return (enclosing(sentences(text, line), at) or line).end


def _details_other_houses(q: Quantity, text: str, doc: _DocumentState, facts: list[Fact]) -> bool:
    """True when a count of houses opens a breakdown ("Trong đó xây mới 3.000 căn") of the last count of houses
    for others, with no count of houses kept since."""
    since = doc.other_houses
    return since is not None and BREAKDOWN.search(text, since, q.start) is not None and not any(
        since < fact.span_end < q.start and last_kind(fact) == "houses" for fact in facts)


def _on_substitution(text: str, sentence_start: int, gap_start: int, at: int, look_back: bool = False) -> bool:
    """True when the figure at ``at`` counts substitution therapy: "methadone" named since the figure before it,
    or a part ("trong đó …") of a count that named it, or (``look_back``) named in the sentence before with no figure
    since ("… 17 cơ sở điều trị thay thế … bằng thuốc methadone. Từ đầu năm 2020 đến nay, các cơ sở tiến hành điều trị
    cai nghiện cho hơn 4.900 người"); a rehabilitation verb after the mention ends its reach ("… Methadone cho 210
    người, đồng thời tiếp nhận mới 180 học viên")."""
    mention = next(reversed(list(SUBSTITUTION.finditer(text, sentence_start, at))), None)
    if mention is None and look_back:
        earlier = next(reversed(list(SUBSTITUTION.finditer(text, max(0, sentence_start - 300), sentence_start))), None)
        return earlier is not None and not REHAB_VERB.search(text, earlier.end(), at) \
            and not re.search(r"\d", YEARS.sub("", text[earlier.end():at]))
    if mention is None or REHAB_VERB.search(text, mention.end(), at):
        return False
    return mention.start() >= gap_start or bool(AMONG.search(text, mention.end(), at))


def _money_for_something_else(choice: Choice, q: Quantity, before: list[Quantity], text: str, clause: Span,
                              last: Fact | None, statement_start: int) -> bool:
    """True when a sum of money is not the chosen metric's amount: a rate per head ("01 triệu đồng/người"),
    money for a count of something else before it ("trợ cấp cho 21 trường hợp … với số tiền 11,5 triệu" after
    houses), money spent from the gratitude fund ("Quỹ … hỗ trợ 50 triệu đồng"), money joined by "với" to a
    count that is no fact ("trợ cấp khó khăn cho 253 gia đình với số tiền 276,5 triệu"), or a sum for several
    kinds of help at once ("Tổng kinh phí trao tặng các suất học bổng, 02 căn nhà và quà …"), or money handed
    back ("nộp hoàn ngân sách với số tiền trên 13 tỷ đồng")."""
    code = choice.metric.code
    if PER_UNIT_AFTER.match(text, q.end) and not (
            text.startswith(" cho", q.end) and re.search(r"\btổng\b", text[max(0, q.start - 40):q.start], re.I)):
        return True  # not "với tổng số tiền 1,875 tỷ đồng cho mỗi trường hợp đủ điều kiện"
    counted = next((p for p in reversed(before) if p.kind not in ("vnd", "percent")), None)
    # "nhà ở cho 14 gia đình chính sách với số tiền …" (not the poor's: "nhà ở cho 169 hộ nghèo với số tiền …")
    housed = counted is None or counted.kind == "houses" or counted.kind in ("households", "families") and (
        _whose_houses(text, counted, statement_start)
        or bool(MERITORIOUS_AFTER.match(text, counted.end) and HOUSE_WORK.search(text, counted.end, q.start))) and not (
        (whom := HOUSES_FOR.search(text, counted.start, q.start)) and whom.lastgroup == "other")
    if code == "meritorious_housing_amount" and (not housed
            or OTHER_SPENDING.search(text, before[-1].end if before else statement_start, q.start)):
        return True  # "…, tổ chức gặp mặt thương binh nặng, thăm hỏi tặng quà với số tiền trên 500 triệu đồng"
    if code == "gratitude_fund_amount" and SPENT_BEFORE.search(text, max(clause.start, choice.cue_start), q.start):
        return True
    if code.startswith("covid_") and REFUNDED.search(text, clause.start, q.start):
        return True
    paid_for = SUM_OF.search(text, statement_start, q.start)
    if paid_for and len({m.lastgroup for m in PURPOSES.finditer(text, paid_for.end(), q.start)}) >= 2:
        return True  # "Tổng kinh phí trao tặng các suất học bổng, 02 căn nhà và quà trị giá trên 130 triệu": all of them
    context = choice.metric.context_pattern
    return bool(context and not context.search(text, clause.start, q.start)
                and _paid_for_no_fact(text, before[-1].end if before else statement_start, q.start, last))


def _whose_houses(text: str, count: Quantity, start: int, end: int | None = None) -> bool:
    """Whether a count of households or families (in a statement from ``start`` to ``end``) counts whose houses were
    built or mended: "… nhà ở cho 2.903 hộ", "2.903 hộ người có công được hỗ trợ … để xây mới, sửa chữa nhà ở"; not
    the needy's ("169 gia đình nghèo")."""
    return not NEEDY_AFTER.match(text, count.end) and bool(
        HOUSES_FOR_HOUSEHOLDS.search(text, max(start, count.start - 20), count.start)
        or HOUSED_AFTER_Q.match(text, count.end, len(text) if end is None else end)
        or SHORT_HOUSED_AFTER.match(text, count.end, len(text) if end is None else end))


def _paid_for_no_fact(text: str, start: int, end: int, last: Fact | None) -> bool:
    """True when the money at ``end`` is joined by "với" to a count just before it that gave no fact."""
    # Numbers between the previous quantity and the money that are counts of something else; not years,
    # not names ("Covid-19", "NQ-68", "Nghị quyết 42") or document numbers ("116/NQ-CP"), nor ordinals ("được hỗ trợ đợt 1
    # và đợt 2 với tổng số tiền …", "đã chi hỗ trợ ở giai đoạn 1 với trên 108 tỷ đồng").
    counts = [m for m in re.finditer(r"(?<![\w-])(?<!đợt )(?<!lần )(?<!thứ )(?<!kỳ )(?<!đoạn )(?<!quyết )(?<!định )(?<!NQ )(?<!QĐ )"
                                     r"\d+(?:[.,]\d+)*(?![\d/])", text[start:end])
              if not re.fullmatch(r"(?:19|20)\d\d", m.group(0))]
    if not counts:
        return False
    count_end = start + counts[-1].end()
    return (last is None or last.span_end < count_end) and PAID_WITH.fullmatch(text, count_end, end) is not None


def last_kind(fact: Fact) -> str:
    """The quantity kind of a fact's metric (a plan figure must count the same things)."""
    return BY_CODE[fact.metric].kinds[0] if fact.metric in BY_CODE else ""


def _span_goes_on(text: str, sr: SentenceReading, state: _ParagraphState, out: list[Fact]) -> bool:
    """Whether a sentence after a total over several years in its paragraph goes on with that span: it names no time
    of its own ("năm nay", "năm 2020"), and the time it takes from a sentence before is none, or is the year of a
    level no figure was reported for ("…, hết năm 2019 trên địa bàn huyện không còn hộ chính sách nghèo. Vận động …
    được trên 1,8 tỷ đồng": still the term's), not from a sentence that opens on a year ("Năm 2024, công tác xuất khẩu
    lao động có nhiều khởi sắc. Toàn tỉnh đã đưa …").
    """
    if THIS_YEAR.search(sr.span.of(text)):
        return False
    if sr.period is None:
        return True
    return find_period(sr.span.of(text)) is None and not YEAR_OPENING.search(text, state.over_years_end, sr.span.start) \
        and not any(f.span_start > state.over_years_end for f in (*state.facts, *out))


def _provinces_listed(text: str, start: int, end: int) -> bool:
    """Whether text[start:end] opens on provinces named in a list (IN_PROVINCES_LISTED): "các tỉnh: …", or two known
    provinces after "tỉnh"."""
    listed = IN_PROVINCES_LISTED.match(text, start, end)
    return listed is not None and ("các tỉnh" in listed.group(0).lower()  # (a typo in a name of "các tỉnh: …" is still one)
                                   or all(canonical_province(listed.group(name)) for name in ("first", "second")))


def _stated_before(code: str, state: _ParagraphState, out: list[Fact]) -> bool:
    """True when the document gave a fact of measure ``code`` before (a total a later figure may be part of)."""
    return any(f.metric == code for f in (*state.all_facts, *out))


def _poor_fell_at(text: str, start: int, q: Quantity) -> int | None:
    """Where the words before a percent figure that say the poor households fell by it (the rate's reduction in
    points) begin: "hộ nghèo ở huyện Kông Chro giảm 5,93%", "kết quả giảm hộ nghèo năm 2024 của tỉnh là 2,04%" (not a
    group's, "Hộ nghèo đồng bào DTTS giảm 4,34%", nor a commune's; not the count's own fall, "số hộ nghèo … giảm 14% so
    với đầu năm"); None when they do not."""
    end = q.start
    fell = POOR_FELL_BEFORE.search(text, max(start, end - 70), end)
    return fell.start() if fell is not None and not NOT_THE_AREAS_POOR.search(fell.group(0)) \
        and not COMPARED_AFTER.match(text, q.end) else None


def _rate_of_share(text: str, q: Quantity, clause: Span, stmt: Span, sentence: Span) -> str | None:
    """The rate a share ``q`` is (poverty_rate, trained_labour_rate), or None for a share of something else: the
    share of households poor ("17.200 hộ dân (trong đó hộ nghèo chiếm 63,92%)", "còn khoảng 2,74% hộ nghèo", "tỷ lệ hộ
    nghèo cao, chiếm 49,98%") or of workers trained ("87% lao động qua đào tạo", "số lao động qua đào tạo là 4.500
    người, chiếm tỷ lệ 68%")."""
    named = next((code for code, after in RATE_OF_AFTER if after.match(text[q.end:stmt.end])), None)
    if named:
        return named
    if POOR_SHARE_BEFORE.search(text, max(sentence.start, q.start - 100), q.start) \
            or (LEFT_BEFORE.search(text, clause.start, q.start) and POOR_ONLY_AFTER.match(text, q.end)
                and not AREA_SUBJECT.search(text, stmt.start, q.start) and not GROUP_NAMED.search(text, sentence.start, q.start)) \
            or (POOR_RATE_SHARE.search(text, max(stmt.start, q.start - 80), q.start)
                and not SHARE_OF_THE_POOR_AFTER.match(text, q.end)):
        return "poverty_rate"
    if TRAINED_SHARE_BEFORE.search(text, max(stmt.start, q.start - 80), q.start) and not OTHER_BASE_NAMED.match(text, q.end):
        return "trained_labour_rate"
    return None


def _names_poverty_rate(text: str, stmt: Span, q: Quantity) -> bool:
    """The statement names the poverty rate before the figure, or right after it ("giảm thêm 4% tỷ lệ hộ nghèo")."""
    return bool(re.search(r"t[ỷỉ] lệ (?:hộ nghèo|nghèo chung|giảm nghèo)", text[stmt.start:q.start], re.I) or re.match(
        r"\s*(?:số\s+)?t[ỷỉ] lệ hộ nghèo", text[q.end:q.end + 25], re.I)) and not re.search(
        r"t[ỷỉ] lệ hộ cận nghèo", text[stmt.start:q.start], re.I)


YEAR_ONLY_BRACKET = re.compile(r"\(\s*(?:năm\s+)?(?:19|20)\d\d\s*\)", re.I)
# What gifts are worth, no group of them: "24 suất quà (500 nghìn đồng/suất)", "40 phần quà (trị giá 2,5 triệu đồng)".
VALUE_ONLY_BRACKET = re.compile(r"\(\s*(?:(?:tổng\s+)?(?:trị giá|giá trị)\s+|mỗi\s+(?:suất|phần)\s+)?(?:khoảng\s+|hơn\s+|trên\s+)?"
                                rf"[\d.,]+\s*(?:{'|'.join(MULTIPLIERS)})?\s*đồng(?:\s*/\s*[^\W\d]+)?\s*\)", re.I)


def _bracket_closed_before(text: str, marker: int, end: int) -> bool:
    """Whether a breakdown marker in brackets is none for a figure at ``end`` after the brackets closed: brackets that
    hold only a year ("24,31% (năm 2010) xuống còn 28.200 hộ"), or a later year opening a clause after them ("57.814 hộ
    nghèo (trong đó …) vào năm 2016, đến cuối năm 2020, … còn 8.617 hộ"); a list going on after them keeps it ("420
    người (bắt buộc 300 người), tự nguyện 120 người", "…) tính đến cuối năm 2022, học viên tự nguyện 82 người")."""
    opened = text.rfind("(", 0, marker + 1)
    if opened <= text.rfind(")", 0, marker):
        return False
    closed = text.find(")", marker, end)
    return closed >= 0 and bool(YEAR_ONLY_BRACKET.fullmatch(text, opened, closed + 1) or UNTIL_YEAR.search(text, closed + 1, end)
                                or VALUE_ONLY_BRACKET.fullmatch(text, opened, closed + 1))


def _is_part(text: str, code: str, q: Quantity, out: list[Fact], state: _ParagraphState,
             place: tuple[str | None, str | None], when: tuple, mentions: list, own_period: str | None = None) -> bool:
    """A part of a total of the same metric stated before it in the paragraph ("…, trong đó …").

    A part named with a cue of its own that differs from the total's ("giải quyết việc làm cho 25.500
    lượt người. Trong đó, số lao động được tạo việc làm mới là 10.300 người") is a measure of its own,
    and a district's figure inside a provincial total is a district fact, as is the figure of a period its
    own statement names ("Riêng tháng 11, … 54 người" after the eleven months' total).
    """
    province, district, national = place
    marker = max((m for m in state.markers if m <= q.start and not _bracket_closed_before(text, m, q.start)), default=None)
    if marker is None:
        return False
    # A sentence after the breakdown that opens on a new total ("Hiện tổng số người đang quản lý … là 38.409") is
    # no part of the one before.
    opening = max(text.rfind(". ", marker, q.start), text.rfind("\n", marker, q.start))
    if opening > marker and NEW_TOTAL_OPENING.match(text, opening + 1, q.start):
        return False
    # A part is of the same kind of claim and year as its total (the period may be stated only once).
    def kind(qualifier: str) -> bool:  # a part of a result may be estimated ("khoảng"); a target is no result
        return qualifier == "target"

    totals = [f for f in (*state.facts, *out)
              if _family(f.metric) == _family(code) and f.span_end <= marker
              and (kind(f.qualifier), f.year) == (kind(when[0]), when[1])]
    same = [f for f in totals if f.metric == code]
    if not totals or (same and all(f.value == q.value for f in same)):
        return False  # "Cụ thể, … khoảng 143.000 người …" under a headline of 143.000: the same claim again, told fully
    if ATTAINED_AFTER.match(text, q.end):
        return False  # "…, trong đó … các nước: 2.926 lao động (đạt 243,8% kế hoạch năm)": its own plan, a measure (ruling 26)
    if district and all(f.district != district for f in totals):
        return False
    if district and all(f.district for f in totals) \
            and first_place(mentions, max(f.span_end for f in totals), q.start) is not None:
        return False  # a list of districts' figures: "…, Duyên Hải hỗ trợ 6.233 người (…), thị xã Duyên Hải hỗ trợ 2.525"
    if province and all(f.province != province for f in totals):  # a province's figure in a national total
        return False
    if national and all(f.province for f in totals):  # "(cả nước … là 62%)" beside a province's figure
        return False
    if own_period and all(f.period != own_period for f in totals):
        return False
    own_cue = state.cues.get("next", "")
    # "tạo việc làm mới" inside "giải quyết việc làm" counts new jobs, a measure of its own, unless another jobs
    # part came before it ("trong đó tạo thêm việc làm cho 905, tạo việc làm mới cho 1.048"): an item of the split.
    new_measure = code == "jobs_created" and bool(NEW_JOBS.search(own_cue)) and not any(
        NEW_JOBS.search(state.cues.get(f.fact_id, "")) for f in totals) and not JOBS_PART.search(text, marker, q.start)
    return not new_measure


# A house for one family, named: "bàn giao nhà tình nghĩa cho gia đình bà N", "giúp đỡ gia đình ông N xây dựng …".
ONE_FAMILY_HOUSE = re.compile(r"\bnhà\b[^.;\d]{0,60}?\bcho (?:gia đình |hộ )?(?:ông|bà|cụ|mẹ|anh|chị)\s+(?-i:[A-ZĐ])"
                              r"|\bgiúp (?:đỡ )?(?:gia đình |hộ )?(?:ông|bà|cụ|mẹ|anh|chị)\s+(?-i:[A-ZĐ])[^.;\d]{0,40}?\b(?:xây|sửa)",
                              re.I)
ONE_HOUSE_SUBJECT = re.compile(r"(?<!\d )(?<!các )(?<!những )\b(?:căn|ngôi) nhà\b", re.I)
ONE_HOUSE_MAX = 1e9  # đồng: a sum this large on such a page is a programme's ("… nhà ở cho người có công … 8,5 tỷ đồng")
GROUPS_HOUSED = re.compile(r"\bcác (?:hộ|gia đình)\b|\bcho người có công\b|\btrên địa bàn\b", re.I)


def _one_house(text: str, quantities: list[Quantity]) -> bool:
    """Whether the page tells of one family's house (``ONE_FAMILY_HOUSE``) and counts no houses, nor the families
    or households they were for: the money told is then one house's cost (lead ruling 51), no programme's."""
    return not any(q.kind in ("houses", "families", "households") for q in quantities) \
        and ONE_FAMILY_HOUSE.search(text) is not None


def _paid_of_approved(text: str, stmt: Span, q: Quantity, code: str, state: _ParagraphState, out: list[Fact]) -> bool:
    """Whether a Covid-19 part is what was paid of an approved total ("209.620 người … được phê duyệt hỗ trợ …
    Trong đó, có 206.780 người … đã nhận được hỗ trợ"): then the approved total becomes the target (lead ruling:
    approved counts are targets when the paid count is also given, ANNOTATION.md §3) and the part stays, actual."""
    if not PAID.search(text, stmt.start, min(stmt.end, q.end + 80)):
        return False
    found = False
    for facts in (state.all_facts, out):
        for f in facts:
            # Paid is most of what was approved; a smaller part is a group's share ("Trong đó, 4.100 lao động
            # tự do đã nhận …"), a breakdown.
            if f.metric != code or f.span_end > q.start or f.qualifier != "actual" or q.value < 0.5 * f.value:
                continue
            opening = SENTENCE_END.search(text[:f.span_start][::-1])
            start = f.span_start - opening.start() if opening else 0
            end = SENTENCE_END.search(text, f.span_end)
            end = end.start() if end else len(text)
            # the approval's own words, before its parts in the same sentence ("…, trong đó đã có 206.072 người được nhận")
            end = among.start() if (among := AMONG.search(text, f.span_end, end)) else end
            if APPROVED.search(text, start, end) and not PAID_ANYHOW.search(text, start, end):
                # the approval's other figures with it: "phê duyệt hỗ trợ 7.800 người …, số tiền 14 tỷ đồng"
                for k, g in enumerate(facts):
                    if g.metric.startswith("covid_") and g.qualifier == "actual" and start <= g.span_start < end:
                        facts[k] = replace(g, qualifier="target")
                found = True
    return found


def _admissions_or_residents(text: str, q: Quantity, clause: Span, stmt: Span) -> str | None:
    """What a count of people in drug rehabilitation is: those taken in over the period, those in treatment now
    ("Hiện … đang quản lý và tổ chức cai nghiện cho 350"), or, for a centre's capacity ("có quy mô tổ chức cai
    nghiện cho 500 học viên"), None. "đã tiếp nhận", "đã tổ chức" say what was done."""
    if re.search(r"\bđã\s+(?:tiếp nhận|tổ chức)", text[clause.start:q.start]):
        return "drug_rehab_admissions"
    if NOW_AFTER.match(text, q.end):
        return "drug_rehab_residents"  # "… và 20 người đang cai nghiện tại Trung tâm …": there now
    now = IN_TREATMENT_NOW.search(text, max(clause.start, q.start - 60), q.start) or NOW_OPENING.match(
        text, stmt.start, q.start)
    if now is None:
        return "drug_rehab_admissions"
    return None if now.groupdict().get("capacity") else "drug_rehab_residents"


def _statistic_of_a_part(text: str, q: Quantity, clause: Span, stmt: Span, sentence: Span) -> bool:
    """True when a poverty statistic is of part of the area, not of the area the page speaks of (ANNOTATION.md §7):
    one commune's ("Xã Triệu Nguyên và Ba Lòng có tỉ lệ hộ nghèo giảm …"), a threshold that counts communes ("còn
    4/124 xã có tỷ lệ hộ nghèo trên 20%"), a group of districts singled out ("Riêng 4 huyện nghèo …, tỷ lệ hộ nghèo
    giảm 7,28%")."""
    def past(word: re.Pattern[str]) -> bool:  # a threshold word at or just before the figure
        return bool(word.match(text, q.start) or word.search(text, max(clause.start, q.start - 12), q.start))
    threshold = (RATE_THRESHOLD.search(text, clause.start, q.start) and past(THRESHOLD_WORD)) \
        or ((UNITS_WITH_RATE.search(text, stmt.start, q.start) or UNITS_OPENING_RATE.match(text, stmt.start, q.start))
            and (past(UNITS_THRESHOLD_WORD) or AND_ABOVE.match(text, q.end)))
    singled = SOME_UNITS_SINGLED_OUT.match(text, sentence.start, q.start)
    return bool(COMMUNE_SUBJECT.match(text, stmt.start, q.start) or threshold
                or (singled and not BACK_TO_THE_WHOLE.search(text, singled.end(), q.start)))


def _compared_base(text: str, sentence_start: int, q: Quantity) -> int | None:
    """The year-end a change at ``q`` is measured from ("so với cuối năm 2017": 2017; "so với đầu năm 2019": 2018)."""
    compared = (COMPARED_YEAR_AFTER.match(text, q.end)
                or COMPARED_YEAR_BEFORE.search(text, max(sentence_start, q.start - 120), q.start))
    if compared is None:
        return None
    return _year_closed(compared.group(1), compared.group(0))


def _year_closed(year: str, said: str | None) -> int:
    """The year whose end a point named ``said`` ("đầu năm 2016", "cuối năm 2019") stands at: a year's start is the year
    before's end."""
    return int(year) - (1 if "đầu" in (said or "").lower() else 0)


def _bracketed_part(text: str, whole: Fact, part: Fact, q: Quantity) -> bool:
    """True when ``part`` stands in brackets opened after ``whole`` began, closed before the percent ``q``, with no
    other figure in them before it: "giải quyết việc làm cho 60.893 người (cung ứng lao động đi làm việc nước ngoài là
    282 người), đạt 121,1% kế hoạch (giảm 20,2% so với năm 2019)"."""
    opened = text.rfind("(", whole.span_start, part.span_start)
    return opened > text.rfind(")", whole.span_start, part.span_start) \
        and not any(c.isdigit() for c in text[opened:part.span_start]) \
        and text.find(")", part.span_start, q.start) >= 0


# The levels a fall went between, right after it: "giảm 16,01% (từ 27,81 đầu năm 2016 xuống còn 11,8% cuối năm 2019)".
_SPAN_END = r"\s*%?\s*\(?\s*(?:vào\s+)?(?P<{0}>đầu\s+|cuối\s+|hết\s+)?năm\s+(?P<{1}>(?:19|20)\d\d)"
FELL_BETWEEN_AFTER = re.compile(r"\s*\(?\s*từ\s+(?:mức\s+)?[\d.,]+" + _SPAN_END.format("from_when", "from_year")
                                + r"\s*\)?\s*,?\s*(?:giảm\s+)?(?:xuống|còn)\s*(?:còn\s*)?(?:mức\s*)?[\d.,]+"
                                + _SPAN_END.format("to_when", "to_year"), re.I)


def _over_years(text: str, sentence_start: int, q: Quantity, year: int | None) -> bool:
    """True when the change at ``q``, a change of ``year``, is measured from more than a year before it, or from
    the start of a programme's period ("giảm 2,2% so với đầu giai đoạn"), or between levels told after it more than
    a year apart ("giảm 16,01% (từ 27,81 đầu năm 2016 xuống còn 11,8% cuối năm 2019)"; a year's start is the year
    before's end)."""
    if SINCE_PERIOD_START.match(text, q.end):
        return True
    if (between := FELL_BETWEEN_AFTER.match(text, q.end)) and _year_closed(between["to_year"], between["to_when"]) \
            - _year_closed(between["from_year"], between["from_when"]) > 1:
        return True
    base = _compared_base(text, sentence_start, q) if year else None
    return base is not None and year - base > 1


def _children_listed(text: str, qs: list[Quantity], i: int, end: int) -> list[Quantity]:
    """Children counted group by group from ``qs[i]`` on ("143 em học sinh tiểu học, 79 em học sinh THCS và 110 em học
    sinh THPT"): two or more counts of children joined only by words, commas and "và"; else []."""
    listed = [qs[i]]
    for nxt in qs[i + 1:]:
        if nxt.kind != "children" or nxt.start >= end or not LIST_JOIN.fullmatch(text, listed[-1].end, nxt.start):
            break
        listed.append(nxt)
    return listed if len(listed) > 1 else []


def _gifts_for_adults(q: Quantity, text: str, sentence_end: int) -> bool:
    """True for gifts whose first recipients named after them are households or adults, not children."""
    if q.kind != "gifts":
        return False
    recipients = GIFT_RECIPIENTS.search(text, q.end, min(sentence_end, q.end + 120))
    # … or shared with adults ("250 suất quà cho các em học sinh … và các thầy cô giáo": ruling 40)
    if not recipients:
        return False
    listed_until = min(sentence_end, recipients.end() + 80)  # the list of recipients, up to its clause's end
    stop = re.search(r"[,;.]", text[recipients.end():listed_until])
    return bool(recipients.group("adults") or ADULTS_TOO.search(
        text, recipients.end(), recipients.end() + stop.start() if stop else listed_until))


# A place's name and its fall, opening a list item: "Huyện Yên Bình giảm " (the name read by the gazetteer before it).
PLACE_FELL = re.compile(r"[^\d,;.:()]{1,40}?\s+giảm\s*$", re.I)


def _next_place_fell(ctx: DocContext, text: str, q: Quantity, facts: list[Fact], sr: SentenceReading,
                     mentions: list) -> Fact | None:
    """The poverty rate's reduction of a district that opens the next item of a list of districts' falls and levels
    ("Thành phố A giảm 0,16%, tỷ lệ hộ nghèo còn 0,2%; Huyện B giảm 2,4% (giảm 740 hộ), …"): when the sentence's
    facts so far (the last of ``facts``) end with a level after a reduction, the district named right before ``q``
    falls by ``q``; else None."""
    said = [f for f in facts if f.span_start >= sr.span.start]
    if q.kind != "percent" or not said or said[-1].metric not in ("poor_households", "poverty_rate") \
            or not any(f.metric == "poverty_rate_reduction" for f in said):
        return None
    lo = bisect.bisect_left(mentions, said[-1].span_end, key=lambda item: item[0])
    named = [(at, where) for at, where in mentions[lo:] if at < q.start]
    if len(named) != 1 or not named[0][1].district or not PLACE_FELL.fullmatch(text, named[0][0], q.start):
        return None
    (start, where), fell = named[0], _derived(ctx, said[-1], "poverty_rate_reduction", "pp", q, text)
    return replace(fell, province=where.province or fell.province, district=where.district, span_start=start,
                   evidence=text[start:q.end], fact_id=fact_id(ctx.doc_id, start, q.end, fell.metric))


def _reduction(ctx: DocContext, base: Fact, q: Quantity, text: str, sentence_start: int) -> Fact:
    """The reduction of the poverty rate at ``q`` after the level ``base`` it is measured from or to; a reduction since
    a base year's level ("So với cuối năm 2021, khi toàn tỉnh có … 2,87%, tỷ lệ hộ nghèo đã giảm 0,93%") is the year
    after it."""
    reduction = _derived(ctx, base, "poverty_rate_reduction", "pp", q, text)
    then = COMPARED_THEN.search(text, sentence_start, base.span_start)
    return replace(reduction, year=base.year + 1) if then and base.year == int(then.group(1)) else reduction


def _derived(ctx: DocContext, base: Fact, code: str, unit: str, q: Quantity, text: str) -> Fact:
    """A rate read off a count before it ("26.791 hộ nghèo, chiếm 14,94%"; "(giảm 1,5%)"). The count's own
    approximation is not the rate's: "còn khoảng 23.886 hộ nghèo, chiếm 6,07%" states the rate exactly (an "ước"
    over the statement estimates both)."""
    start = base.span_start
    qualifier = base.qualifier
    sentence_start = max(text.rfind(". ", 0, start), text.rfind("\n", 0, start)) + 1
    if qualifier == "estimate" and not q.estimate and not re.search(r"\bước\b", text[sentence_start:q.start], re.I) \
            and not FORECAST_OR_WILL.search(text, sentence_start, q.start):  # "sẽ còn khoảng 2,74%, giảm 0,68%": projected
        qualifier = "actual"
    return replace(base, fact_id=fact_id(ctx.doc_id, start, q.end, code), metric=code, unit=unit, value=q.value,
                   qualifier=qualifier,
                   value_max=q.value_max, plan_pct=None, plan_value=None, yoy_pct=None,
                   evidence=text[start:q.end], span_end=q.end)


def _with_span(fact: Fact, text: str, end: int) -> Fact:
    end = max(fact.span_end, end)
    return replace(fact, span_end=end, evidence=text[fact.span_start:end],
                   fact_id=fact_id(fact.doc_id, fact.span_start, end, fact.metric))


LAST_FIGURE = re.compile(r"\d[\d.,]*\s*%?")


def _attach_percent(fact: Fact, q: Quantity, text: str, role: str, clause: Span, extend: bool = True) -> Fact:
    """Fold "đạt 40% kế hoạch" / "vượt 14,1% kế hoạch" / "bằng 119% so với cùng kỳ" into the fact they qualify.

    On a rate, "vượt chỉ tiêu 1%" and "tăng 0,5% so với cùng kỳ" are changes in points: nothing to fold.
    """
    # the words since the figure before it: "vượt 58,6% kế hoạch năm và bằng 95% so với cùng kỳ" is 95, not 195
    before = LAST_FIGURE.split(text[clause.start:q.start])[-1]
    after = text[q.end:clause.end]
    is_rate = fact.unit in RATE_UNITS
    if role == "plan":
        if fact.plan_pct is not None:
            return fact  # "vượt 98% kế hoạch tỉnh giao và vượt 75% kế hoạch huyện giao": the first plan named
        overshoot = bool(VUOT_BEFORE.search(before))
        if is_rate and overshoot:
            return fact
        changed = replace(fact, plan_pct=round(100 + q.value, 6) if overshoot else q.value)
    else:
        if is_rate:
            return fact
        lowered = before.lower()
        if re.search(r"\bgấp\b", lowered) and q.value < 20:
            yoy = q.value * 100  # "gấp 2,57% so với cùng kỳ": a multiple written with a percent sign, 2.57 times
        elif re.search(r"\b(tăng|cao hơn|nhiều hơn|vượt)\b", lowered):
            yoy = 100 + q.value
        elif re.search(r"\b(giảm|thấp hơn|ít hơn)\b", lowered):
            yoy = 100 - q.value
        else:
            yoy = q.value
        changed = replace(fact, yoy_pct=round(yoy, 6))
    if not extend:  # the percent stands in another statement: the evidence stays the fact's own
        return changed
    tail = re.match(r"\s*[^,;.()]*", after).group(0).rstrip()
    return _with_span(changed, text, q.end + len(tail))


def _preference(fact: Fact) -> tuple[bool, int]:
    """An actual over an estimate, then the statement that says more (plan or year-on-year figures)."""
    said = sum(v is not None for v in (fact.plan_pct, fact.plan_value, fact.yoy_pct))
    return fact.qualifier == "actual", said


# Metrics that count the same people in two ways: a headline or a part may name one, the body or the
# total the other ("249 học viên được cai nghiện" over "đang tiếp nhận và cai nghiện cho 249 học viên").
FAMILIES = {"drug_rehab_admissions": "drug_rehab", "drug_rehab_residents": "drug_rehab"}


def _family(metric: str) -> str:
    return FAMILIES.get(metric, metric)


def _significant_digits(value: float) -> int:
    digits = f"{value:.6f}".replace(".", "").strip("0")
    return len(digits)


def _rounding_another_figure(facts: list[Fact], headlines: list[Span], quantities: list[Quantity],
                             text: str) -> list[Fact]:
    """Leave out a headline figure that rounds a body figure its metric rules out ("gần 2 triệu hộ nghèo" over
    "tổng số hộ nghèo và hộ cận nghèo … là 1.972.767 hộ"): the headline names loosely a claim that is no fact
    of the metric."""
    def in_headline(start: int) -> bool:
        return any(span.start <= start < span.end for span in headlines)

    body = [q for q in quantities if not in_headline(q.start)]
    body_values = {(_family(f.metric), f.value) for f in facts if not in_headline(f.span_start)}

    def rounds_other(fact: Fact) -> bool:
        kind = "percent" if fact.unit in RATE_UNITS else fact.unit
        excludes = BY_CODE[fact.metric].excludes_pattern
        if any(family == _family(fact.metric) and abs(value - fact.value) <= 0.05 * value
               for family, value in body_values):
            return False  # "còn trên 3.700 hộ nghèo" over "3.704 hộ nghèo … và 3.558 hộ cận nghèo": its own metric's
        for q in body:
            if q.kind == kind and q.value != fact.value and abs(q.value - fact.value) <= 0.05 * q.value \
                    and _significant_digits(fact.value) < _significant_digits(q.value) and excludes is not None \
                    and (_family(fact.metric), q.value) not in body_values:
                sentence_start = text.rfind(".", max(0, q.start - 200), q.start) + 1 or max(0, q.start - 200)
                after = re.match(r"[^,.;]{0,40}", text[q.end:]).group(0)  # "1,97 triệu hộ nghèo và cận nghèo"
                if excludes.search(text, sentence_start, q.start) or excludes.search(after):
                    return True
        return False

    return [f for f in facts if not (in_headline(f.span_start) and rounds_other(f))]


# Workers sent to one country: "222 lao động đi làm việc ở Hàn Quốc"
TO_A_COUNTRY = re.compile(rf"\s*(?:đi|sang) (?:làm việc|lao động)(?: thời vụ| có thời hạn)? (?:tại|ở) ({COUNTRIES})\b", re.I)


def _markets_listed(facts: list[Fact], sentences: list[Span], text: str) -> list[Fact]:
    """Without the labour-export figures of a sentence that lists them country by country ("đã đưa 222 lao động đi làm
    việc ở Hàn Quốc, 377 người đi làm việc tại Đài Loan"): markets, parts of a total the page does not give."""
    countries: dict[Span, set[str]] = {}
    by_market: list[tuple[Fact, Span]] = []
    for fact in facts:
        market = TO_A_COUNTRY.match(text, fact.span_end) if fact.metric == "labour_export" else None
        if market and (sentence := enclosing(sentences, fact.span_start)) is not None:
            countries.setdefault(sentence, set()).add(market.group(1).lower())
            by_market.append((fact, sentence))
    listed = {id(fact) for fact, sentence in by_market if len(countries[sentence]) > 1}
    return [f for f in facts if id(f) not in listed]


def _title_as_body_says(facts: list[Fact], title: Span) -> list[Fact]:
    """The title's figures with the qualifier of the body's claim they restate (ruling 3): "Hơn 1,6 triệu người được tạo
    việc làm mới trong năm 2018" over "Ước cả năm tạo việc làm cho khoảng 1,648 triệu người" is that estimate, unless a
    result of the body is as near."""
    def near(a: Fact, b: Fact) -> bool:
        return a.metric == b.metric and a.year == b.year and abs(a.value - b.value) <= 0.05 * b.value

    body = [f for f in facts if not title.contains(f.span_start)]
    out = []
    for fact in facts:
        if title.contains(fact.span_start) and fact.qualifier == "actual" \
                and {f.qualifier for f in body if near(fact, f)} == {"estimate"}:
            fact = replace(fact, qualifier="estimate")
        out.append(fact)
    return out


MORE_THAN = re.compile(r"\b(?:hơn|trên)\s+\d", re.I)


def _round_unit(value: float) -> float:
    """The unit a round figure is rounded to: 80 → 10, 110.000 → 10.000, 1.250 → 10, 7 → 1."""
    unit = 1.0
    while value >= unit * 10 and value % (unit * 10) == 0:
        unit *= 10
    return unit


def _parts_adding_up(facts: list[Fact], text: str, opening_end: int = 0) -> list[Fact]:
    """Without the facts that detail a total before them in its paragraph and add up to it exactly ("trao học bổng
    cho 120 trẻ em … 10 em nhận học bổng dài hạn …; 110 em nhận học bổng …"): parts, not claims of their own
    (ANNOTATION.md ruling 26 keeps a part with its own share of a plan). Not results that meet a target (another
    qualifier), nor additions to the total ("Ngoài ra, …"). A total in the page's opening (its title and lead, which
    end at ``opening_end``) may be detailed in the paragraphs after it ("trao 250 suất quà" in the lead, then 40, 110,
    60 and 40 handed out in four wards, one paragraph each)."""
    parts: set[int] = set()
    for i, total in enumerate(facts):
        if ADDITION.search(text, total.span_end, facts[i + 1].span_start if i + 1 < len(facts) else total.span_end):
            continue
        # A total said to be "more than" a round figure holds parts a little larger ("hơn 110 nghìn người" over 99.720
        # and 10.866 people paid in two groups, "hơn 80 suất quà" over 47 and 37): up to its next round figure, at most
        # a tenth more.
        ceiling = total.value + min(_round_unit(total.value), total.value / 10) if MORE_THAN.search(total.evidence) \
            else total.value
        run, added = [], 0.0
        for k in range(i + 1, len(facts)):
            part = facts[k]
            if part.metric != total.metric:
                continue  # (another measure told between the parts: "… cho 99.720 người với tổng kinh phí 118 tỷ đồng")
            if _scope_key(part) != _scope_key(total) \
                    or part.plan_pct is not None \
                    or ("\n" in text[total.span_end:part.span_start]
                        and (total.span_start >= opening_end or part.span_start < opening_end)) \
                    or added + part.value > ceiling:
                break
            run.append(k)
            added += part.value
            if added >= total.value:
                if len(run) >= 2:
                    parts.update(run)
                break
    parts |= _groups_paid_of_a_total(facts, text) | _groups_with_no_whole(facts, text)
    return [fact for k, fact in enumerate(facts) if k not in parts]


def _groups_with_no_whole(facts: list[Fact], text: str) -> set[int]:
    """The indexes of Covid-19 recipients when every one of the page's stands beside another group of the same place,
    time and qualifier in its paragraph, the first paragraph paying them one total after them ("… hỗ trợ cho 200 lao
    động, 1.140 người thực hiện cách ly, 602 người điều trị Covid-19, … với tổng kinh phí …"), and none is a total of
    them: groups with no whole, no count of the people paid (ruling 122). One group alone, a list of places, groups each
    paid its own sum, or a total with its parts ("trong đó …"), stay as they are."""
    recipients = [k for k, fact in enumerate(facts) if fact.metric == "covid_support_recipients"]
    lines: dict[int, list[int]] = {}
    for k in recipients:
        lines.setdefault(text.rfind("\n", 0, facts[k].span_start), []).append(k)
    if len(recipients) < 2 or any(len(ks) < 2 or len({_scope_key(facts[k]) for k in ks}) > 1
                                  or any(PARTS_OF_IT.search(text, facts[ks[0]].span_end, facts[k].span_start)
                                         for k in ks[1:]) for ks in lines.values()):
        return set()
    # … and the first of those paragraphs pays them one total ("…, 65 hộ kinh doanh, … với tổng kinh phí … 2,47 tỷ
    # đồng"), not each group its own sum ("187.968 người … kinh phí hỗ trợ hơn 126,5 tỷ đồng; có 2.627 người …")
    first_line = next(iter(lines.values()))
    line_start = text.rfind("\n", 0, facts[first_line[0]].span_start)
    line_end = text.find("\n", facts[first_line[-1]].span_end)
    line_end = len(text) if line_end < 0 else line_end
    paid = [f for f in facts if f.metric == "covid_support_amount" and line_start < f.span_start < line_end]
    if len(paid) != 1 or paid[0].span_start < facts[first_line[-1]].span_end \
            or not TOTAL_WORD.search(text, max(line_start, paid[0].span_start - 40), paid[0].span_end):
        return set()
    return set(recipients)


def _scope_key(fact: Fact) -> tuple:
    """What two facts share when one can be a part of the other: metric, qualifier, time and place."""
    return fact.metric, fact.qualifier, fact.year, fact.period, fact.province, fact.district


def _groups_paid_of_a_total(facts: list[Fact], text: str) -> set[int]:
    """The indexes of Covid-19 amounts that a total paid told before them in other paragraphs contains: two or more
    groups' sums, each smaller, together no more than it ("… đã chi hỗ trợ cho các nhóm đối tượng gần 99 tỷ đồng. … có
    33.130 người thuộc hộ nghèo được hỗ trợ hơn 24,8 tỷ đồng và 32.955 người thuộc hộ cận nghèo nhận được hơn 24,7 tỷ
    đồng"): parts (ruling 34), which the total's words ("gần", "hơn") keep from adding up exactly. Only under a total said
    to be the groups' ("các nhóm đối tượng", "các đối tượng") and of the same place and time."""
    amounts = [k for k, fact in enumerate(facts) if fact.metric == "covid_support_amount"]
    if len(amounts) < 3:
        return set()
    first = facts[amounts[0]]
    line = text.rfind("\n", 0, first.span_start) + 1
    # (… or a total after the groups it was paid to: "… hỗ trợ cho 200 lao động, 1.140 người thực hiện cách ly, … với
    # tổng kinh phí thực hiện lên đến hơn 2,47 tỷ đồng")
    if not GROUPS_TOTAL.search(text, line, first.span_end) and not (
            TOTAL_WORD.search(text, max(line, first.span_start - 40), first.span_end)
            and sum(f.metric == "covid_support_recipients" and line <= f.span_start < first.span_start for f in facts) >= 2):
        return set()
    later = [k for k in amounts[1:] if _scope_key(facts[k]) == _scope_key(first) and facts[k].value != first.value]
    if len(later) >= 2 and all(facts[k].value < first.value for k in later) \
            and sum(facts[k].value for k in later) <= first.value * 1.02:
        return set(later)
    return set()


def _deduplicate(facts: list[Fact], headlines: list[Span] = (), totals_over_years: set = frozenset()) -> list[Fact]:
    """The same claim stated twice (headline and body) is kept once, the fuller statement of it.

    A headline ("Thái Bình: Tiếp nhận mới 187 người cai nghiện") often lacks the period the body gives
    its claim: a headline fact whose metric, value and place a body fact repeats is left out, and so is
    one whose value the body states as a total over several years (``totals_over_years``). What the headline says
    of the claim and the body's mention does not (its district, its plan and year-on-year shares: "Huyện X trao 500
    suất quà …" over "… cho 500 em học sinh", "… 195.558 lao động, vượt 15,71% chỉ tiêu …" over "Trong số 195.558 lao
    động …") goes to the body's fact.
    """
    def in_headline(fact: Fact) -> bool:
        return any(span.start <= fact.span_start < span.end for span in headlines)

    def claim(fact: Fact) -> tuple:
        return _family(fact.metric), fact.value, fact.province

    said = {}  # the headline's attributes of each claim the body repeats
    for fact in facts:
        if in_headline(fact):
            for name in ("district", "plan_pct", "plan_value", "yoy_pct"):
                if getattr(fact, name) is not None:
                    said.setdefault(claim(fact), {}).setdefault(name, getattr(fact, name))
    facts = [replace(f, **{name: value for name, value in said.get(claim(f), {}).items() if getattr(f, name) is None})
             if not in_headline(f) and claim(f) in said else f for f in facts]
    body = {claim(f) for f in facts if not in_headline(f)}
    facts = [f for f in facts if not (in_headline(f) and (claim(f) in body or f.value in totals_over_years))]
    kept: dict[tuple, Fact] = {}
    for fact in facts:
        key = (fact.metric, fact.value, fact.value_max, fact.year, fact.period, fact.province, fact.district)
        current = kept.get(key)
        if current is None or _preference(fact) > _preference(current):
            kept[key] = fact
    return sorted(kept.values(), key=lambda f: (f.span_start, f.metric))


def _not_raised(text: str, q: Quantity, clause: Span, stmt: Span, sentence: Span, mentions: list) -> bool:
    """True for fund money that is not what the area raised: the fund's balance ("nâng tổng số Quỹ … lên trên 800
    triệu") or one donor's gift ("Tiêu biểu như ngành giáo dục ủng hộ 250 triệu", "Ngân hàng … ủng hộ Quỹ 150 triệu"),
    unless the sentence reports the area's total ("Ông X, Giám đốc Sở cho biết, toàn tỉnh đã vận động …")."""
    if FUND_BALANCE_BEFORE.search(text, clause.start, q.start):
        return True
    examples = EXAMPLES_OPENING.match(text, sentence.start) and first_place(mentions, sentence.start, q.start) is None
    return bool((examples or DONOR_OPENING.match(text, stmt.start))
                and not RAISED_BY_AREA.search(text, sentence.start, q.start))
