"""The metric catalogue (CONTRACT §5) as data: one row per metric code.

``kinds``: the quantity nouns it counts (see ``numbers.NOUNS``; "percent" for rates).
``cues``: phrases that name it, searched before the number in its clause, then in its statement.
``after``: phrases that name it right after the quantity noun ("18 cơ sở vi phạm").
``context``: a topic that must be named in the same sentence, paragraph or the title.
``excludes``: a phrase between the cue and the quantity, or after the quantity up to the next one, that
rules it out (a subset or a narrower indicator: "hộ cận nghèo", "cai nghiện tại cộng đồng").
``fallback_after``: phrases right after the quantity noun that name the metric only when no other
metric is named ("55 căn nhà tình nghĩa": housing, unless "xây mới" or "sửa chữa" says which).
Adding a metric means adding a row here (and to CONTRACT §5 first).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import cache, cached_property

from assets.gates import letter_gate

# The Covid-19 support measures, by the year they paid out in (the year of an undated page that names one).
COVID_MEASURES = {
    2020: r"42/NQ-CP|15/2020/QĐ-TTg|Nghị quyết (?:số )?42\b(?!\s*-\s*NQ)",
    2021: r"68/NQ-CP|116/NQ-CP|126/NQ-CP|23/2021/QĐ-TTg|33/2021/QĐ-TTg|Nghị quyết (?:số )?(?:68|116)\b(?!\s*-\s*NQ)",
    2022: r"08/2022/QĐ-TTg",
}
# Money and people paid for something else on a Covid-era page: gifts, birthday gifts, unemployment insurance, charity.
# (Not the support paid from the unemployment insurance fund, "hỗ trợ … từ Quỹ bảo hiểm thất nghiệp": Nghị quyết 116's.)
FROM_THE_FUND = r"(?<!quỹ bảo hiểm )(?<!qũy bảo hiểm )"
# (an event's cost: "Tổng kinh phí tổ chức khoảng …"; a Tết's care: "Tổng kinh phí chăm lo Tết Nguyên đán 2022 là …")
# (nor money owed: "tổng số tiền nợ BHXH phải tính lãi … khoảng 20.682 tỷ đồng")
NOT_COVID_MONEY = rf"\bquà\b|mừng thọ|{FROM_THE_FUND}thất nghiệp|từ thiện|kinh phí tổ chức|chăm lo tết|\bnợ\b|chậm đóng"
# A measure names the topic as surely as the word does.
# (rent support under Quyết định 08/2022 is no Covid payment unless its page ties it to Covid-19: ruling 144)
COVID = r"covid|đại dịch|dịch bệnh|" + "|".join(alt for year, alt in COVID_MEASURES.items() if year < 2022)
# A match starts with a digit or "N"/"n" ("theo nghị quyết số 42 của Chính phủ"): the engine skips every other position.
COVID_MEASURE_YEARS = re.compile(r"(?=[\dNn])(?:" + "|".join(f"(?P<y{year}>{alt})" for year, alt in COVID_MEASURES.items())
                                 + ")", re.I)
MERITORIOUS = r"người có công|tình nghĩa|thương binh|liệt sĩ|liệt sỹ|gia đình chính sách|đền ơn,?\s*đáp nghĩa"
# Countries workers go to under contract: "đi làm việc tại Nhật Bản" is labour export as "ở nước ngoài" is.
COUNTRIES = (r"Hàn Quốc|Nhật Bản|Đài Loan|Malaysia|Ma-lai-xi-a|Trung Đông|Ả Rập Xê Út|Ả-rập Xê-út|Đức|Úc|Singapore"
             r"|Hungary|Rumani|Romania|Séc|Israel|Ba Lan|Nga")
# Workers who left their jobs: no jobs made (the jobs metric's exclusion, and a statement's in facts.py)
JOBS_LOST = r"\b(?:thôi việc|mất việc|nghỉ việc)\b"
# Residents who fled, or were brought back: "đưa được 41/50 học viên cai nghiện ma túy trốn trại, quay trở lại cơ sở"
# … or rioted, or were hurt: "hơn 300 học viên đang lao động tại khu B bất ngờ la hét, kích động học viên các lớp trốn
# trại", "làm 12 học viên bị thương, trong đó có 3 học viên bị gãy tay" (an incident's count, no centre's residents)
ESCAPED = re.compile(r"\btrốn\b|\bquay (?:trở )?lại (?:cơ sở|trung tâm|trại)\b|\bgây rối\b|\bbị (?:thương|gãy)\b", re.I)
# "Cơ sở điều trị nghiện" is what rehabilitation centres are called since 2021 (not methadone clinics).
# … and withdrawal ("điều trị cắt cơn tại Trung tâm").
DRUG = r"cai nghiện|cơ sở điều trị nghiện(?!\s+(?:ma túy\s+)?bằng)|cắt cơn"
# Houses for poor households are no houses for people with meritorious service (ANNOTATION.md §1).
# "cho gia đình người có công thuộc hộ nghèo": a meritorious family that is also poor is still meritorious.
# (nor state-owned flats sold or let: "bàn giao 52 căn hộ thuộc sở hữu nhà nước … theo hình thức bán hoặc cho thuê")
# (… nor a solidarity house, "nhà đại đoàn kết", unless it is said to be for meritorious families: "bàn giao 2 nhà đại
# đoàn kết … cho các gia đình chính sách")
POOR_HOUSES = (r"cho (?:các )?(?:hộ|người) (?:cận )?nghèo|(?<!thuộc )(?<!thuộc diện )hộ nghèo"
               r"|nhà đại đoàn kết(?![^.;\d]{0,50}(?:người có công|liệt sĩ|liệt sỹ|thương binh|gia đình chính sách))"
               # (… or for families in hardship, no meritorious one named: ruling 90)
               r"|cho (?:các )?(?:hộ dân|hộ gia đình|gia đình) có hoàn cảnh (?:đặc biệt |rất )?khó khăn"
               # (a charity house, "nhà tình thương", unless it is said to be a meritorious family's)
               r"|nhà tình thương(?![^.;\d]{0,30}(?:người có công|liệt sĩ|liệt sỹ|thương binh|chính sách))"
               r"|sở hữu nhà nước|hình thức (?:bán|cho thuê|thuê mua)")
# Families helped to build or mend their houses: "14 gia đình người có công được hỗ trợ 100 triệu đồng từ quỹ … để xây
# mới, sửa chữa nhà ở", "hỗ trợ 85 hộ gia đình người có công với cách mạng sửa chữa và xây dựng nhà ở" (the count of
# households is the count of houses)
# A building that is no home: "nhà vệ sinh", "nhà văn hóa", "nhà bếp".
NOT_A_HOME = r"(?!\s+(?:vệ sinh|văn hóa|văn hoá|bếp|tắm|kho|bia|máy|trẻ|xưởng|ăn|học)\b)"
HOUSED_AFTER = (r"(?:hộ\s+)?(?:gia đình\s+)?(?:người có công|chính sách)\b(?:[^.;\d]{0,40}?\bđược hỗ trợ\b(?:[^.;\d]{0,20}?[\d.,]+\s*"
                r"(?:triệu|tỷ|tỉ)?\s*đồng)?[^.;\d]{0,60}?\bđể|(?:\s+với cách mạng)?(?:\s+được(?:\s+hỗ trợ)?)?)"
                r"\s+(?:xây mới|xây dựng(?: mới| lại)?|sửa chữa|làm|cải thiện)"
                r"(?:\s*(?:,|và|hoặc)\s*(?:sửa chữa|xây mới|xây dựng))?\s+nhà\b" + NOT_A_HOME)
# The short forms, the group named before or in the context: "1.200 hộ người có công được hỗ trợ xây nhà và 500 hộ được
# hỗ trợ sửa nhà"; the sum for each may stand between ("được hỗ trợ 44 triệu đồng/hộ xây nhà")
_SHORT_HELPED = (r"(?:(?:người có công|chính sách)(?:\s+với cách mạng)?\s+)?được(?:\s+hỗ trợ)?"
                 r"(?:\s+[\d.,]+\s*(?:triệu|tỷ|tỉ)\s*đồng\s*/\s*(?:hộ|căn|nhà))?(?:\s+để)?\s+")
SHORT_BUILT = _SHORT_HELPED + r"xây\s+nhà\b" + NOT_A_HOME
SHORT_REPAIRED = _SHORT_HELPED + r"s[ửữ]a\s+nhà\b"
# Whom a count of houses was for, read from the words right after it (else before it): people with
# meritorious service, or the poor and several programmes at once ("… căn nhà cho các hộ thuộc 3 chương
# trình: …", the 2025 campaign against temporary houses), which are no meritorious_* houses.
HOUSES_FOR = re.compile(
    # "xóa 217/217 căn nhà tạm, nhà dột nát": the temporary-house campaign is for every group (ANNOTATION.md §1)
    rf"(?P<merit>{MERITORIOUS})|(?P<other>{POOR_HOUSES}|\b\d+\s+chương trình|\bcác chương trình|nhà tạm|nhà dột nát)",
    re.I)
# Rehabilitation at home or in the community is no admission to, or stay in, a centre.
COMMUNITY_REHAB = (r"tại gia đình|tại cộng đồng|và cộng đồng|dựa vào cộng đồng|thay thế|methadone|hết thời hạn|trở về|sau cai"
                   r"|tái nghiện"
                   r"|tái hòa nhập|xác định tình trạng nghiện|thanh lý hợp đồng")
# Subsets of the poor that are not the province's poor (ANNOTATION.md §7); not "số hộ nghèo tại các huyện, thành
# phố, gồm: …", which opens a list of each district's figure.
# "tỷ lệ nghèo chung" counts poor and near-poor together where its sentence says so (multidimensional, "bao gồm … cận
# nghèo") or gives the poor's own rate beside it; beside a group's rate ("trong đó … đồng bào …") it is the overall rate.
NOT_BOTH_GROUPS = (r"(?![^.;]*?(?:đa chiều|(?:bao gồm|gồm|tính cả|\()[^.;)]*cận nghèo|t[ỷỉ] lệ hộ cận nghèo"
                   r"|t[ỷỉ] lệ hộ nghèo(?! (?:đồng bào|dân tộc|DTTS|của (?:các )?(?:xã|huyện)))))")
# The poor and near-poor of one group, named with a whole whose parts they are: "tổng số hộ nghèo, hộ cận nghèo dân tộc
# thiểu số … là 5.840 hộ (trong đó có 3.969 hộ nghèo, 1.871 hộ cận nghèo)"
# Households that are meritorious families: "81 hộ nghèo là người có công", "16.000 hộ nghèo có thành viên thuộc đối tượng chính
# sách người có công"
MERITORIOUS_MEMBERS = r"(?:là|thuộc)\s+(?:hộ\s+|gia đình\s+|(?:diện\s+)?đối tượng\s+)?(?:chính sách\s+)?(?:người có công|chính sách)"
ONE_GROUPS_HOUSEHOLDS = r"dân tộc thiểu số|DTTS|đồng bào|" + MERITORIOUS_MEMBERS
SUBSET_OF_POOR = (r"cận nghèo|tham gia|dân tộc thiểu số|DTTS|đồng bào|thiếu hụt|được hỗ trợ|sinh kế|mưu sinh|vay vốn|được vay|"
                  r"khu vực|vùng|(?:các xã|các huyện)(?!\s*(?:,|và)\s*(?:thị xã|thành phố|thị trấn|phường))(?![^.;:\d]{0,30}:)(?!$)"
                  # (not a list of names after them: "Các huyện có tỷ lệ hộ nghèo cao là Minh Long 28,5%, …")
                  r"(?![^.;:\d]{0,60}\b(?:là|gồm)\s+(?:(?:huyện|thị xã|thành phố|quận)\s+)?(?-i:[A-ZĐ]))|dao động|xã đặc biệt"
                  # (villages, not "nông thôn mới" nor "cơ bản", "văn bản")
                  r"|(?<!nông )\bthôn\b|(?<!cơ )(?<!văn )\bbản\b|miền núi|huyện nghèo"
                  # the poor of one policy group ("5.238 hộ nghèo thuộc diện bảo trợ xã hội", "81 hộ nghèo là người có công")
                  r"|thuộc diện (?:bảo trợ xã hội|BTXH|chính sách)|" + MERITORIOUS_MEMBERS +
                  # the poor able to work ("7.114 hộ nghèo còn sức lao động, chiếm tỉ lệ 2,8%")
                  r"|(?:còn|có) (?:khả năng|sức) lao động" +
                  # one people's poor households ("hộ Khmer nghèo là 4.140 hộ")
                  r"|(?:hộ|người|đồng bào|dân tộc) (?:đồng bào |người |dân tộc )?(?:Khmer|Khơ[- ]?me|Chăm|H['’‘ʼ]?Mông|Mông|Dao|Tày|Nùng|Ê Đê"
                  r"|Gia Rai|Ba Na|Xơ Đăng|Hoa|Mường|Cơ Ho|K['’‘ʼ]?Ho|Thái(?! Nguyên| Bình))\b")

# Support only asked for ("718 đối tượng … đề nghị hỗ trợ do bị ảnh hưởng bởi đại dịch Covid-19, với số tiền trên 1,2
# tỷ đồng"): neither paid nor approved.
# (… and asked of a higher body: "đề nghị Bộ …, Bộ Tài chính đề xuất Thủ tướng Chính phủ tiếp tục hỗ trợ … gạo để … hỗ trợ
# cho gần 218.000 người")
# Around a rehabilitation centre, people neither in it nor taken in: those who finished, fled or never came back, the staff,
# and places to come ("cấp giấy chứng nhận cho hơn 18.200 người hoàn thành cai nghiện", "35 lao động hợp đồng", "nâng mức
# tiếp nhận … lên 650 – 700 học viên").
# (the staff only as what the number counts: not "trung tâm có 103 cán bộ trông coi 517 học viên")
NOT_IN_REHAB = (r"hoàn thành (?:cai nghiện|điều trị)|giấy chứng nhận|\btrốn\b|chưa (?:trở lại|quay lại|trở về)"
                r"|^(?:khoảng |gần |hơn |trên )?[\d.,]+\s+(?:cán bộ|viên chức|chiến sĩ|(?:người )?lao động hợp đồng)"
                r"|nâng (?:mức|sức|quy mô)")
PROPOSED = re.compile(r"\bđề nghị (?:được )?(?:hỗ trợ|chi trả|phê duyệt)|\bđề xuất (?:hỗ trợ|chi trả)"
                      r"|\b(?:đề nghị|đề xuất|kiến nghị)\s+(?:Bộ|Chính phủ|Thủ tướng|Trung ương|UBND|Ủy ban)\b[^.;]{0,100}?\bhỗ trợ\b",
                      re.I)
# Lists drawn up of those entitled (ruling 73): "các huyện … đã rà soát, lập danh sách đối tượng … thuộc diện được nhận hỗ
# trợ với 438.623 người, kinh phí hơn 370,6 tỷ đồng": a need, nothing paid yet.
LISTED_ENTITLED = re.compile(r"\blập danh sách\b[^.;]{0,80}?\bthuộc diện\b", re.I)
# Another rate named after the poverty rate's words, nearer the figure: "…, tỷ lệ trẻ em có hoàn cảnh đặc biệt khó khăn
# giảm 0,15%" in a list that named "tỷ lệ hộ nghèo" before.
OTHER_RATE = r"|\bt[ỷỉ] lệ (?:trẻ em|lao động|thất nghiệp|học sinh|bao phủ|tham gia|dân số|người)\b"


@dataclass(frozen=True)
class Metric:
    code: str
    unit: str
    kinds: tuple[str, ...]
    cues: tuple[str, ...] = ()
    after: tuple[str, ...] = ()
    context: str | None = None
    excludes: str | None = None
    fallback_after: tuple[str, ...] = ()
    near_topic: bool = False  # the topic must be named near the figure (sentence, paragraph, heading), not only in the title
    sentence_topic: bool = False  # the topic must be named in the figure's own sentence
    self_named: tuple[str, ...] = ()  # kinds whose noun names the metric with no cue ("120 suất học bổng")
    # the exclusions (True), or these words, hold for a part ("…, trong đó …", "… (trong đó …)") of the whole named before
    # it: an allowance counted inside people with meritorious service is theirs, the poor counted inside ethnic-minority
    # households are theirs (not for every metric: "485 lao động đăng ký …, trong đó 351 lao động đã xuất cảnh" are
    # departures)
    whole_excludes: bool | str = False
    main: bool = field(default=False)  # a column of mart_province_year

    # Compiled once per metric: asked for every quantity of a document.
    @cached_property
    def cue_pattern(self) -> re.Pattern[str] | None:
        return _alternation(self.cues)

    @cached_property
    def after_pattern(self) -> re.Pattern[str] | None:
        return _alternation(self.after, anchored=True)

    @cached_property
    def fallback_after_pattern(self) -> re.Pattern[str] | None:
        return _alternation(self.fallback_after, anchored=True)

    @cached_property
    def context_pattern(self) -> re.Pattern[str] | None:
        return _compiled(self.context)

    @cached_property
    def excludes_pattern(self) -> re.Pattern[str] | None:
        return _compiled(self.excludes)

    @cached_property
    def whole_excludes_pattern(self) -> re.Pattern[str] | None:
        if self.whole_excludes is True:
            return self.excludes_pattern
        return _compiled(self.whole_excludes or None)


@cache
def _compiled(pattern: str | None) -> re.Pattern[str] | None:
    return re.compile(pattern, re.IGNORECASE) if pattern else None


@cache
def _alternation(phrases: tuple[str, ...], anchored: bool = False) -> re.Pattern[str] | None:
    if not phrases:
        return None
    # Longest phrase first; a look-around ("(?<!sở )xây dựng") does not make a phrase longer.
    alt = "|".join(sorted(phrases, key=lambda phrase: len(re.sub(r"\(\?<?[!=][^)]*\)", "", phrase)), reverse=True))
    # After the noun, a few words may stand between ("4.000 người được tuyển chọn đi làm việc ở nước ngoài").
    # No digits and no conjunction between: "215 nhà và sửa chữa 342 nhà" names 215 by the cue before it.
    prefix = r"\s*(?:(?!(?:và|hoặc)\s)[^\W\d_]+\s+){0,5}?" if anchored else letter_gate(phrases) + r"(?<![\wÀ-ỹ])"
    # Used with .match(text, pos): "^" would not anchor at pos.
    return re.compile(rf"{prefix}(?:{alt})(?![\wÀ-ỹ])", re.IGNORECASE)


CATALOGUE: tuple[Metric, ...] = (
    Metric("jobs_created", "persons", ("persons", "jobs"), self_named=("jobs",),
           # "giải quyết cho 54.000 lượt người có việc làm": placing people in jobs.
           cues=("giải quyết việc làm", r"tạo (?:được )?(?:nhiều )?việc làm", "việc làm mới", "giải quyết, tạo việc làm",
                 # (… and "đã giúp cho 27.500 lao động có việc làm": helped into jobs)
                 r"(?:giải quyết|giúp)(?= cho (?:khoảng |gần |hơn |trên )?[\d.,]+ (?:lượt )?(?:người|lao động) có việc làm)",
                 # "giới thiệu được 2.885 lao động có việc làm": referrals that ended in a job here (not "giới thiệu
                 # việc làm cho 5.000 lượt", referrals alone, nor a job found abroad)
                 r"giới thiệu(?= (?:được |cho )?(?:khoảng |gần |hơn |trên )?[\d.,]+ (?:lượt )?(?:người lao động|người"
                 r"|lao động) có việc làm(?! (?:tại|ở) (?:nước ngoài|[A-ZĐ])))",
                 "có việc làm mới", "có việc làm tăng thêm", "tìm được việc làm", "bố trí việc làm",
                 "GQVL",  # reports' shorthand: "GQVL cho 1.250 lao động"
                 # "số người được giải quyết việc làm và xuất khẩu lao động … là 5.722 người": jobs, export included
                 "giải quyết việc làm và xuất khẩu lao động"),
           # "52,1 triệu người có việc làm" is the employed population: only "có việc làm mới" names new jobs.
           after=("được giải quyết việc làm", "được tạo việc làm", "có việc làm mới", "được tạo việc làm mới",
                  "đã có việc làm", "tìm được việc làm"),
           # Jobs made with loans ("… cho 1.000 lao động bằng nguồn vốn vay Quỹ quốc gia") are a loan programme's.
           # (nor those who left their jobs: "tiếp nhận thông báo cho 4.319 người lao động thôi việc")
           excludes=r"(?:trong diện|thuộc|của) hộ (?:cận )?nghèo|dân tộc thiểu số|lao động nông thôn|vốn vay|cho vay|" + JOBS_LOST,
           main=True),
    Metric("labour_export", "persons", ("persons",),
           cues=("xuất khẩu lao động", "xuất khẩu LĐ", "đi làm việc ở nước ngoài", "đi làm việc tại nước ngoài",
                 # (not those it befell: "đi làm việc nước ngoài bỏ trốn, cư trú bất hợp pháp là 230 người")
                 r"đi làm việc nước ngoài(?![^.;,\d]{0,25}\b(?:bị|gặp|bỏ trốn|trốn|về nước|trở về|về|cư trú|tử vong|chết|mất tích)\b)",
                 "đi làm việc có thời hạn ở nước ngoài", "lao động ngoài nước", "XKLĐ", "xuất cảnh",
                 r"xuất khẩu(?=\s+(?:được\s+)?(?:khoảng\s+|gần\s+|hơn\s+|trên\s+)?[\d.,]+\s+(?:(?:nghìn|ngàn)\s+)?"
                 r"(?:lao động|người|LĐ\b))",
                 "tham gia xuất khẩu", "xuất khẩu ra nước ngoài", "xuất khẩu nước ngoài", "lao động xuất khẩu",
                 # the licensed companies' supply abroad: "Riêng trong tháng 11, các doanh nghiệp đã cung ứng được 10.120 lao
                 # động" (not a job centre's "cung ứng 500 lao động cho các doanh nghiệp")
                 r"doanh nghiệp (?:đã )?cung ứng(?: được)?(?=\s+(?:khoảng |gần |hơn |trên )?[\d.,]+\s+(?:lao động|người)\b"
                 r"(?![^.;]{0,20}\bcho\b))",
                 # jobs split by where: "ngoài tỉnh 16.332/ 21.700 người, ngoài nước 65/ 600 người"
                 r"(?<![\wÀ-ỹ])ngoài nước(?=\s*:?\s*(?:khoảng |gần |hơn |trên )?[\d.,]+\s*(?:/\s*[\d.,]+\s*)?(?:lao động|người)\b)"),
           after=("đi làm việc ở nước ngoài", "đi làm việc tại nước ngoài", "đi làm việc nước ngoài", "đi làm việc có thời hạn ở nước ngoài",
                  "đi xuất khẩu lao động", "đi làm việc ở ngoài nước", "xuất cảnh", "đi xuất cảnh", "đi XKLĐ",
                  # "… và 22 lao động đi xuất khẩu nước ngoài" (not those it befell: "… bị lừa đảo", "… hết hạn hợp đồng trở về")
                  r"đi xuất khẩu (?:ra )?nước ngoài(?![^.;,\d]{0,25}\b(?:bị|gặp|bỏ trốn|trốn|về nước|trở về|hết hạn|cư trú|tử vong"
                  r"|chết|mất tích)\b)",
                  # "trong đó 683 người xuất khẩu lao động (ngoài thị trường Lào) đạt 56,92% …" (not those it befell:
                  # "27 người xuất khẩu lao động bị lừa đảo", "… của huyện bỏ trốn")
                  r"xuất khẩu lao động(?![^.;,\d]{0,25}\b(?:bị|gặp|bỏ trốn|trốn|về nước|cư trú|tử vong|chết|mất tích)\b)",
                  "đi làm việc có thời hạn tại nước ngoài", "làm việc ở nước ngoài", "làm việc tại nước ngoài",
                  r"làm việc có thời hạn (?:ở|tại) nước ngoài",
                  # "Đã đưa gần 57 nghìn lao động Việt ra nước ngoài trong 7 tháng đầu năm" (not a trip)
                  r"(?<!trốn )(?<!biên )(?:Việt Nam |Việt )?(?:đi )?ra nước ngoài(?!\s*(?:du lịch|học|công tác|tham quan|chữa bệnh|thăm|định cư"
                  r"|kết hôn|trái phép|về))",
                  # "đưa 900 lao động đi học tập và làm việc có thời hạn ở nước ngoài": work-study abroad
                  r"đi học tập và làm việc(?: có thời hạn)? (?:ở|tại) nước ngoài",
                  "ra nước ngoài làm việc", "sang làm việc tại nước ngoài",
                  # headlines drop the preposition: "Gần 66.000 người đi làm việc nước ngoài", "Đưa trên 17.000 lao động
                  # đi nước ngoài" (not a trip: "đi nước ngoài du lịch, học tập")
                  r"đi làm việc nước ngoài(?!\s*về)",
                  r"đi nước ngoài(?!\s*(?:du lịch|học|công tác|tham quan|chữa bệnh|thăm|định cư|kết hôn|trái phép|về))",
                  # "147 lao động xuất khẩu làm việc ở nước ngoài", "147 lao động đi làm việc ở các quốc gia như …"
                  r"xuất khẩu (?:lao động )?(?:làm việc )?(?:ở|tại) nước ngoài",
                  r"đi (?:làm việc|lao động) (?:ở|tại) các (?:quốc gia|nước)\b",
                  # "130.000 lao động được đưa đi các nước", "… được đưa sang các nước, vùng lãnh thổ"
                  r"(?:được )?đưa (?:đi|sang) (?:làm việc (?:ở|tại) )?các (?:quốc gia|nước)\b",
                  r"được giải quyết việc làm (?:thông )?qua (?:hình thức )?(?:đi )?xuất khẩu lao động",
                  r"đi lao động (?:có thời hạn )?(?:ở |tại )?nước ngoài", "đi lao động ngoài nước",
                  # "271 lao động được tuyển chọn xuất khẩu"; "trong đó 25 người xuất khẩu lao động"
                  r"(?:được )?tuyển chọn (?:đi )?xuất khẩu(?: lao động)?(?! về| vay| bỏ| đang)",
                  r"(?<=người )xuất khẩu lao động(?=\s*(?:[,;.)]|$))",  # not "… về nước", "… vay vốn", "… bỏ trốn"
                  # "102 lao động đi làm việc thời vụ tại thành phố Iksan (tỉnh Jeollabuk, Hàn Quốc)": a country named
                  rf"(?:đi|sang) (?:làm việc|lao động)(?: thời vụ| có thời hạn)? (?:tại|ở) "
                  rf"(?:(?:thành phố|tỉnh|bang)\s+[^,.;()]{{1,30}}\([^()]{{0,30}}?)?"
                  rf"(?:{COUNTRIES})\b(?!\s+(?-i:[A-ZĐĂÂÊÔƠƯ]))"),  # not "Đức Trọng", a district
           # "đi xuất khẩu lao động và làm việc tại các công ty … ngoài tỉnh là gần 8.900 người": both together
           # … nor those working abroad now, a stock ("Toàn huyện hiện có gần 800 lao động làm việc ở nước ngoài")
           excludes=r"diện (?:hộ )?nghèo|thuộc hộ (?:cận )?nghèo|dân tộc thiểu số|\bhiện (?:có|còn|đang)\b|\bđang (?:làm việc|lao động|học)\b"
                    r"|(?:và|,)\s*(?:đi\s+)?làm việc (?:tại|ở|cho)\s+(?:các\s+)?(?:công ty|doanh nghiệp|khu công nghiệp"
                    r"|tỉnh|thành phố)"
                    r"|ngoài tỉnh|tỉnh ngoài"  # "…, cung ứng lao động tỉnh ngoài 1.141 người"
                    r"|khám sức khỏe|thăm thân|định cư|về nước"  # health checks, visits, returnees: no departures
                    r"|\bvay\b|tư vấn|đăng ký|trước khi"  # loans, counselling, registrations, training before: no departures
                    # the costs of going paid for some ("hỗ trợ một số chi phí đi làm việc ở nước ngoài cho 207 người"): help
                    r"|hỗ trợ (?:một số |các )?chi phí"
                    # one programme's departures, a narrower channel (ruling 124) or its running total (ruling 107)
                    r"|theo chương trình\b"
                    # people hired at home and abroad together: "được tuyển dụng trong nước và ngoài nước 3.202 người"
                    r"|(?:tuyển dụng|làm việc|việc làm)\s+(?:ở\s+|tại\s+)?trong nước và (?:ngoài nước|nước ngoài)",
           main=True),
    Metric("vocational_enrolment", "persons", ("persons",),
           cues=("tuyển sinh", "dạy nghề", "đào tạo nghề", "học nghề", "đào tạo nghề nghiệp", "đào tạo cho",
                 r"lớp (?:dạy |học |đào tạo )?nghề",  # "tổ chức 33 lớp nghề cho khoảng 1.100 lao động"
                 r"đào tạo(?:,| và) truyền nghề",
                 # "Các cơ sở giáo dục nghề nghiệp đã tuyển mới và đào tạo 53.793 người" (not a company's hires)
                 r"(?:giáo dục nghề nghiệp|GDNN|dạy nghề|đào tạo nghề)[^.;\d]{0,30}tuyển mới(?: và đào tạo)?",
                 # … and "đào tạo N lao động" in a sentence on vocational education ("Trong lĩnh vực giáo dục nghề nghiệp,
                 # tỉnh … đã đào tạo ước đạt 14.500 lao động")
                 r"(?:giáo dục nghề nghiệp|GDNN|đào tạo nghề)[^.;\d]{0,60}?\bđào tạo(?= (?:được |ước đạt |đạt |khoảng |gần "
                 r"|hơn |trên )*[\d.,]+ (?:lao động|người|học viên)\b)"),
           # ("… thu hút khoảng 14.500 lao động tham gia giáo dục nghề nghiệp")
           after=("được học nghề", "được đào tạo nghề", "học nghề", "được tuyển sinh",
                  r"tham gia (?:học nghề|giáo dục nghề nghiệp|đào tạo nghề)"),
           # Training of rural or ethnic-minority labour only is a narrower group (ANNOTATION.md §1).
           # … and so is training paid for by a support scheme ("hỗ trợ học nghề 138 lao động thất nghiệp").
           # So is the rural scheme by its decree ("theo Quyết định 1956"), and training to go abroad ("đang được đào tạo
           # nghề để xuất khẩu lao động").
           excludes=DRUG + r"|người nghiện|sau cai|lao động nông thôn|dân tộc thiểu số|DTTS|thất nghiệp|hỗ trợ (?:học nghề|đào tạo)|tốt nghiệp"
                    r"|sau (?:khi )?học nghề|bị ảnh hưởng"  # "cho các hộ dân vùng bị ảnh hưởng sự cố môi trường biển"
                    r"|(?:Quyết định|Đề án)(?: số)? 1956|để (?:đi )?(?:xuất khẩu lao động|làm việc ở nước ngoài)"
                    # … and so is training for the poor ("563 đối tượng khác thuộc hộ nghèo, cận nghèo"), and those who
                    # registered for it ("1.789 người … đăng ký đào tạo"), and workers retrained by their employers
                    # ("đào tạo lại cho 7.825 lao động đang làm việc tại các doanh nghiệp")
                    r"|thuộc (?:các )?hộ (?:nghèo|cận nghèo)|đăng ký|đào tạo lại",
           main=True),
    Metric("trained_labour_rate", "percent", ("percent",),
           cues=("tỷ lệ lao động qua đào tạo", "lao động qua đào tạo", "tỉ lệ lao động qua đào tạo",
                 # ("tỉ lệ LĐ được đào tạo chiếm 40%": "LĐ" for "lao động", as reports abbreviate it)
                 r"t[ỷỉ] lệ (?:lao động|LĐ) (?:đang làm việc )?(?:đã )?(?:được|qua) đào tạo",
                 # ("tỷ lệ lao động có chuyên môn của tỉnh đạt gần 64%"; not "… có chuyên môn phù hợp với vị trí việc làm
                 # tại các doanh nghiệp FDI")
                 r"t[ỷỉ] lệ lao động có (?:trình độ )?chuyên môn(?: kỹ thuật|(?= (?:của|toàn|trên|đạt|là|lên|tăng|chiếm)\b))"),
           # … and a sector's rate ("làm việc trong các lĩnh vực du lịch, công nghiệp … đạt 66%", "ngành nghề cung ứng cho
           # khu công nghiệp") is a narrower group
           # (the rate of those trained in a trade is a narrower one; not "Kết quả đào tạo nghề … góp phần nâng tỷ lệ …")
           excludes=r"bằng cấp|chứng chỉ|văn bằng|(?:qua|được|đã) đào tạo nghề|trong (?:các )?(?:lĩnh vực|ngành)\b(?! kinh tế)"
                    # (nor the share of trainees who found work: "lao động qua đào tạo có việc làm, tự tạo việc làm đạt 85%")
                    r"|cung ứng cho|\bcó việc làm\b",
           main=True),
    # The rate of a region or of rural areas is not the place's rate (urban or overall).
    # ("…; thất nghiệp thành thị còn dưới 3%": the urban rate named without "tỷ lệ", a list's item)
    Metric("unemployment_rate", "percent", ("percent",), cues=(r"t[ỷỉ] lệ (?:lao động )?thất nghiệp",
                                                               r"(?<=[;,]\s)thất nghiệp (?:ở |khu vực )?thành thị",
                                                               # "…, thất nghiệp giảm còn 2,6%": a list's item, "tỷ lệ" unsaid
                                                               r"(?<=[;,]\s)thất nghiệp(?= (?:giảm |chỉ )?(?:xuống )?còn\b)"),
           # Youth ("của thanh niên (15-24 tuổi)") and rural rates are narrower groups.
           # … and one group's ("ở nhóm có trình độ “cao đẳng chuyên nghiệp” (8,36%)")
           excludes=r"nông thôn|thanh niên|(?:khu vực|vùng|miền)\s+(?:miền núi|núi|trung du|Tây Nguyên|Đông Nam Bộ|Đông Bắc|Tây Bắc"
                    r"|(?:Bắc |Nam )?Trung Bộ|duyên hải|đồng bằng)|\bnhóm\b|trình độ", main=True),
    Metric("poverty_rate", "percent", ("percent",), cues=(r"t[ỷỉ] lệ (?:số )?hộ nghèo",
                                                          # "tỷ lệ nghèo chung toàn tỉnh sẽ còn khoảng 2,74%" (not beside
                                                          # the near-poor or the poor's own rate: then poor + near-poor)
                                                          r"t[ỷỉ] lệ nghèo chung" + NOT_BOTH_GROUPS,
                                                          # "số hộ nghèo ở Quảng Trị giảm xuống còn 9,77%": the rate
                                                          # ("…; giảm hộ nghèo còn 1,52%", "hộ nghèo bình quân giảm còn dưới 1%")
                                                          r"(?<![\wÀ-ỹ])(?:số\s+)?hộ nghèo(?=(?:\s+(?:của|ở|tại|toàn)\s+[^.;,%\d]{1,30}?)?"
                                                          r"\s+(?:bình quân\s+)?(?:(?:sẽ|đã)\s+)?(?:còn\s+)?(?:giảm\s+)?(?:xuống\s+)?còn"
                                                          r"\s*(?:(?:khoảng|gần|hơn|dưới)\s+)?[\d,]+\s*%(?!\s*so với))"),
           excludes=SUBSET_OF_POOR + OTHER_RATE, main=True),
    # "giảm thêm tối thiểu 4% tỷ lệ hộ nghèo", "tỷ lệ giảm nghèo ước đạt 2%"
    Metric("poverty_rate_reduction", "pp", ("percent",), cues=("tỷ lệ hộ nghèo", "tỉ lệ hộ nghèo", r"t[ỷỉ] lệ nghèo chung" + NOT_BOTH_GROUPS,
                                                          # not "tỷ lệ giảm nghèo vượt kế hoạch … đạt 167%"
                                                          r"t[ỷỉ] lệ giảm nghèo(?![^,;.]{0,40}kế hoạch)"),
           after=(r"t[ỷỉ] lệ hộ nghèo",),
           excludes=SUBSET_OF_POOR + OTHER_RATE),
    # "3.746/4.341 hộ đã khởi công xây dựng": households whose houses were built, not the poor.
    Metric("poor_households", "households", ("households",), cues=("hộ nghèo",), after=("nghèo",),
           # ("hỗ trợ 800 hộ nghèo phát triển sản xuất": households helped; "… được phê duyệt thực hiện xây nhà ở là 1.537
           # hộ": households given houses)
           excludes=r"cận nghèo|thoát nghèo|vượt (?:qua )?ngưỡng nghèo|tái nghèo|phát sinh|khởi công|xây dựng|xây mới|sửa chữa"
                    r"|\b(?:xây|làm|sửa)\s+nhà\b|\bnhà ở\b"
                    r"|\b(?:hỗ trợ|giúp đỡ|giúp|trợ giúp)(?:\s+(?:cho|thêm))?\s*$"
                    # households given something: "phân bổ quà tết cho 4.375 hộ nghèo (đạt 100%)"
                    r"|\b(?:quà|tặng|trao)\b[^.;\d]{0,25}\bcho\s*$|" + SUBSET_OF_POOR,
           whole_excludes=ONE_GROUPS_HOUSEHOLDS, main=True),
    # "tổng số hộ nghèo và hộ cận nghèo là 19.767 hộ" counts both groups together.
    # ("… 3.465 hộ nghèo, …; cận nghèo còn 6.628 hộ": the group named without "hộ", a stock list's next item; not "hộ nghèo
    # dân tộc Khmer 5.394 hộ và cận nghèo là 10.181 hộ", where the first item's narrowing carries on, nor households
    # helped, "tặng quà cho 5.200 hộ nghèo; cận nghèo 3.100 hộ": a stock's words, "còn", "là", "chiếm …", tell it)
    Metric("near_poor_households", "households", ("households",), cues=("hộ cận nghèo", r"(?<=;\s)cận nghèo(?=\s+(?:còn|là|có)\b|\s+[\d.,]+\s+hộ\s*(?:,\s*chiếm|\())"),
           after=("cận nghèo",),
           # "1.726 hộ nghèo rơi vào cận nghèo": households that moved into the group, not how many are in it
           excludes=r"hộ nghèo(?: đa chiều)?\s*(?:và|,)\s*(?:hộ\s+)?cận nghèo|được hỗ trợ|sinh kế|mưu sinh|vay vốn|được vay"
                    r"|rơi vào|phát sinh|tái cận nghèo|thoát (?:khỏi )?cận nghèo"
                    r"|dân tộc thiểu số|DTTS|đồng bào"  # one group's near-poor (ANNOTATION.md §7)
                    r"|" + MERITORIOUS_MEMBERS,
           whole_excludes=ONE_GROUPS_HOUSEHOLDS),
    Metric("social_allowance_recipients", "persons", ("persons",),
           cues=("trợ cấp xã hội", "trợ cấp hàng tháng", "trợ cấp xã hội hàng tháng", "trợ cấp xã hội hằng tháng",
                 # "Công tác bảo trợ xã hội được triển khai thường xuyên, trong đó đã chi trả trợ cấp cho 143.582 đối tượng"
                 # (not one-off aid: "… chi trả trợ cấp cho 520 người bị thiệt hại do bão")
                 r"bảo trợ xã hội\b[^.;\d]{0,80}?\bchi trả trợ cấp(?= cho (?:khoảng |gần |hơn |trên )?[\d.]+ (?:đối tượng|người)\b"
                 r"(?!.{0,30}(?:đột xuất|\bbị\b|thuộc hộ|hoàn cảnh|thiệt hại|\bdịp\b)))"),
           # "cấp quà cho 4.000 đối tượng bảo trợ xã hội" counts gift receivers, not allowance recipients.
           # not "được trợ cấp xã hội đột xuất" (one-off emergency aid)
           after=("hưởng trợ cấp xã hội", "hưởng trợ cấp hàng tháng", "hưởng trợ cấp hằng tháng",
                  r"được trợ cấp xã hội(?! đột xuất)", "được trợ cấp hàng tháng", "được trợ cấp hằng tháng",
                  r"hưởng (?:các )?(?:chế độ|chính sách) (?:bảo trợ|trợ giúp|trợ cấp) xã hội",
                  # "38.872 người thuộc đối tượng bảo trợ xã hội hưởng chính sách trợ giúp xã hội thường xuyên"
                  r"thuộc (?:diện |đối tượng )?bảo trợ xã hội (?:đang |được )?hưởng",
                  r"(?:được|hưởng) trợ cấp (?:thường xuyên )?tại cộng đồng",  # "25,6 nghìn đối tượng được trợ cấp tại …"
                  # "5.401 người được nhận trợ giúp xã hội thường xuyên", "5,4 nghìn người nhận trợ cấp xã hội thường xuyên"
                  r"(?:được\s+)?nhận (?:trợ cấp|trợ giúp) xã hội (?:hằng tháng|hàng tháng|thường xuyên)"),
           # "700 đối tượng chính sách đang hưởng trợ cấp hằng tháng": people with meritorious service, not social
           # protection
           # … and the people who get some other service: "cấp thẻ bảo hiểm y tế cho N người hưởng chế độ bảo trợ xã hội"
           # (not the department's name, "Sở Lao động – Thương binh và Xã hội")
           excludes=r"đối tượng chính sách|người có công|thương binh(?!\s*(?:và|&)\s*xã hội)|liệt sĩ|ưu đãi|bảo hiểm y tế|BHYT|\bgạo\b|\bquà\b|mai táng"
                    r"|tiền điện|trợ giúp pháp lý|covid", whole_excludes=True, main=True),
    # (a house for each household or family it was for: "154 hộ người có công được hỗ trợ xây dựng lại nhà ở")
    Metric("meritorious_houses_built", "houses", ("houses", "households", "families"),
           # "phối hợp Sở Xây dựng" names an office, not building.
           cues=(r"(?<!sở )(?<!bộ )xây dựng", "xây mới", "xây dựng mới", "bàn giao mới", "khởi công xây mới", "cất mới", "xây tặng",
                 r"xây(?=\s+\d)",  # "trao biểu trưng xây 2 căn nhà tình nghĩa"
                 # a house handed over is a new one: "trao tặng cho tỉnh 4 ngôi nhà tình nghĩa", "khánh thành 2 nhà tình nghĩa"
                 # (not after a verb that says what was done, "sửa chữa, nâng cấp và trao tặng 15 nhà", nor a total split
                 # into built and mended after it, "trao tặng 20 nhà tình nghĩa …, trong đó xây mới 12 nhà")
                 "cất", "bàn giao",
                 r"(?<!và )(?:trao tặng|khánh thành)(?![^.;]{0,80}\b(?:sửa chữa|xây mới|làm mới)\b)"),
           after=("xây mới", "được xây mới", "xây dựng mới", "làm mới", "cất mới",
                  # "154 hộ người có công được hỗ trợ xây dựng lại nhà ở" (built only, not "xây mới, sửa chữa")
                  r"(?:hộ\s+|gia đình\s+)?(?:người có công|chính sách)(?:\s+với cách mạng)?\s+được\s+(?:hỗ trợ\s+)?"
                  r"(?:xây mới|xây dựng(?: mới| lại)?)\s+nhà" + NOT_A_HOME + r"(?![^.;\d]{0,20}\bs[ửữ]a chữa)",
                  SHORT_BUILT),
           context=MERITORIOUS, excludes=POOR_HOUSES),
    Metric("meritorious_houses_repaired", "houses", ("houses", "households", "families"), cues=("s[ửữ]a chữa", "sửa chữa, nâng cấp"),
           after=("s[ửữ]a chữa", "được s[ửữ]a chữa", SHORT_REPAIRED), context=MERITORIOUS, excludes=POOR_HOUSES),
    # "hỗ trợ xây mới và sửa chữa nhà ở cho 2.903 hộ gia đình người có công": a house per household.
    Metric("meritorious_housing", "houses", ("houses", "households", "families"),
           cues=(r"(?:xây (?:dựng|mới|tặng)(?: mới)?|bàn giao)(?:,| và| hoặc)? s[ửữ]a chữa",  # "sữa chữa": a common typo
                 "hỗ trợ nhà ở", "hỗ trợ về nhà ở", "xây mới, sửa chữa nhà", "xây dựng mới và sửa chữa",
                 # "hỗ trợ cải thiện nhà ở cho 50 hộ người có công": built or mended
                 "cải thiện nhà ở",
                 r"nhà (?:ở )?tình nghĩa"),
           # … and houses whose owners are named after them: "Trong đó, 25 căn thuộc hộ người có công, 49 căn hộ nghèo"
           # … or split in brackets into built and mended: "1.065 ngôi nhà (515 nhà xây mới, 550 nhà sửa chữa)"
           after=(HOUSED_AFTER, r"(?:nhà\s+)?(?:thuộc|của)\s+(?:các\s+)?(?:hộ|gia đình)\s+(?:người có công|chính sách)\b",
                  r"\s*\(\s*[\d.]+\s+(?:căn\s+|ngôi\s+)?nhà\s+xây(?:\s+dựng)?(?:\s+mới)?\s*[,;]\s*[\d.]+\s+(?:căn\s+|ngôi\s+)?nhà"
                  r"\s+sửa chữa"),
           fallback_after=("nhà tình nghĩa", "tình nghĩa", "nhà ở cho người có công", "nhà cho người có công"),
           context=MERITORIOUS, excludes=POOR_HOUSES, main=True),
    Metric("meritorious_housing_amount", "vnd", ("vnd",), cues=("kinh phí", "tổng kinh phí", "số tiền", "tổng hỗ trợ"),
           # "hỗ trợ 1 tỷ đồng để xây dựng mới và sửa chữa 20 nhà Tình nghĩa", "hỗ trợ 1 tỷ đồng làm nhà Tình nghĩa"
           # (only when no other measure's words name the money: the fund's "vận động được 500 triệu đồng để …")
           fallback_after=(r"(?:để\s+)?(?:xây dựng(?: mới)?|xây mới|xây tặng|làm|sửa chữa)(?:\s+(?:và|,)\s+sửa chữa)?"
                           r"(?:\s+[\d.]+)?\s+(?:căn\s+)?nhà (?:ở\s+)?(?:tình nghĩa|cho người có công)",
                           # "phân bổ 268 tỷ 641 triệu đồng hỗ trợ người có công với cách mạng về nhà ở"; a district's share
                           # of it, the houses counted after ("được phân bổ 22 tỷ 591 triệu đồng hỗ trợ xây dựng và sửa
                           # chữa 900 nhà")
                           r"hỗ trợ (?:hộ\s+)?người có công(?: với cách mạng)? về nhà ở",
                           r"(?:hỗ trợ\s+)?(?:xây dựng|xây mới)(?:\s+(?:và|,)\s+sửa chữa)\s+[\d.]+\s+(?:căn\s+|ngôi\s+)?nhà\b"
                           r"(?![^.;\d]{0,40}(?:nghèo|đại đoàn kết|tình thương))"),
           # not "nhà nghỉ", "nhà hàng"; houses named in the money's sentence: "chi trả trợ cấp … với tổng
           # kinh phí 460 tỷ" after a sentence on houses paid for allowances
           # … or houses counted in the sentence: "hỗ trợ xây mới cho 30 nhà, …, tổng hỗ trợ 1,5 tỷ đồng"
           context=r"nhà tình nghĩa|nhà ở|nhà cho|căn nhà|ngôi nhà|\d\s+(?:căn\s+|ngôi\s+)?nhà\b", sentence_topic=True,
           # (houses for the poor or for ethnic-minority people: "hỗ trợ … nhà ở, nước sinh hoạt cho đồng bào với kinh phí …")
           excludes=POOR_HOUSES + r"|đồng bào|dân tộc thiểu số"),
    Metric("meritorious_convalescence", "persons", ("persons",), cues=("điều dưỡng",),
           after=("điều dưỡng", "đi điều dưỡng", r"đi tham quan,? điều dưỡng", r"(?:về|đi) nghỉ dưỡng"),
           # a union's or the elderly's holiday ("cho 120 người lao động … đi nghỉ dưỡng") is no convalescence, nor are
           # the invalids a centre looks after for good ("Trung tâm Điều dưỡng thương binh … đang nuôi dưỡng 65 thương binh",
           # "Khu Điều dưỡng thương binh … hiện có 94 thương binh … đang được chăm sóc", "Trung tâm … đang chăm sóc 11
           # người có công")
           excludes=r"người lao động|đoàn viên|công đoàn|người cao tuổi|hưu trí|nuôi dưỡng|hiện (?:có|đang)|đang chăm sóc"),
    Metric("gratitude_fund_amount", "vnd", ("vnd",),
           cues=(r"quỹ\W{0,2}đền ơn,?\s*đáp nghĩa", "vận động", "đóng góp", "ủng hộ", "tiếp nhận"),
           # A named donor's gift ("ông Nguyễn Xuân Thành … ủng hộ 5,5 tỷ đồng") is part of what the fund raised.
           # … nor is money raised for another fund ("Vận động Quỹ Bảo trợ trẻ em 1,99 tỷ đồng" after the fund's own item)
           context=r"đền ơn,?\s*đáp nghĩa", excludes=r"(?:\bông|\bbà|tập đoàn|công ty|ngân hàng)(?:\s+(?-i:[a-zđ])\S*){0,3}\s+(?-i:[A-ZĐ])"
                                                   r"|\bq(?:uỹ|ũy)\s+(?:bảo trợ trẻ em|vì người nghèo|khuyến học|phòng,? chống thiên tai)"),
    Metric("covid_support_recipients", "persons", ("persons",),
           cues=("hỗ trợ", "chi trả", "nhận hỗ trợ", "chi cho", "phê duyệt",
                 # people counted with the money they received: "Toàn huyện có 13.894 người nghèo, người cận nghèo được
                 # nhận với tổng số tiền hơn 10 tỷ đồng", "đối tượng bảo trợ xã hội có 3.102 người với tổng số tiền …"
                 r"\bcó(?=\s+(?:hơn |gần |trên |khoảng )?[\d.,]+\s+(?:người|đối tượng|lao động)\b"
                 r"(?:(?!không|trùng|nộp|hoàn|thu hồi|hỗ trợ)[^.;\d]){0,50}?"
                 r"(?:được nhận\s*)?,?\s*với (?:tổng )?(?:số tiền|kinh phí)\s+(?:hơn |gần |trên |khoảng )?\d)"),
           # "Có tổng số 106.775 người, được nhận hỗ trợ …"
           # "17.379 người được nhận tiền hỗ trợ theo Nghị quyết 42", "27.000 người được nhận được tiền hỗ trợ"
           after=("được hỗ trợ", "thuộc diện được hỗ trợ", r",\s*được (?:nhận )?hỗ trợ",
                  r"(?<!chưa )(?<!không )(?:đã )?(?:được )?nhận (?:được )?(?:tiền )?hỗ trợ",
                  # "206.780 người lao động và người sử dụng lao động đã nhận được hỗ trợ"
                  r"và (?:người )?sử dụng lao động[^.;\d]{0,40}?(?:nhận|được|phê duyệt)(?: được)? hỗ trợ",
                  # "24.246 người được hưởng trợ cấp theo gói hỗ trợ …", "24.000 đối tượng bị ảnh hưởng bởi dịch bệnh
                  # Covid-19 được chi trả trợ cấp" (not other allowances: "được hưởng trợ cấp thất nghiệp")
                  r"(?:bị ảnh hưởng (?:bởi|do|của) (?:đại )?dịch(?: bệnh)? Covid-19\s*)?(?:đã )?được (?:hưởng|chi trả)"
                  r" (?:tiền )?(?:trợ cấp|hỗ trợ)(?!\s+(?:thất nghiệp|bảo hiểm thất nghiệp|BHTN|học nghề|xã hội|thường xuyên"
                  r"|hàng tháng|hằng tháng|một lần|mai táng|ưu đãi))",
                  # "44.109 đối tượng được thụ hưởng Nghị quyết 42": the people a measure paid
                  r"(?:đã )?được thụ hưởng (?:theo )?(?:Nghị quyết|Quyết định|chính sách|gói)"),
           # "có 259 người đủ điều kiện được hỗ trợ, … Sau khi phê duyệt … sẽ chi trả": eligible, not yet paid
           # … nor the workers of employers whose contributions were cut ("giảm mức đóng … cho 603 đơn vị sử dụng lao động
           # tương ứng với 35.501 lao động"): the employers' support
           excludes=r"đủ điều kiện (?:được |để )?(?:nhận )?hỗ trợ|sử dụng lao động tương ứng|" + NOT_COVID_MONEY, context=COVID,
           main=True),
    Metric("covid_support_amount", "vnd", ("vnd",), cues=("kinh phí", "tổng kinh phí", "số tiền", "hỗ trợ", "chi trả"),
           # "UBND tỉnh trích 12 tỷ đồng hỗ trợ 8.000 người bán vé số dạo": the money, then what it is for
           after=(r"(?:để\s+)?(?:chi\s+)?hỗ trợ\b(?!\s+(?:xây|sửa|làm nhà|nhà|học bổng|quà))",),
           excludes=NOT_COVID_MONEY, context=COVID),
    Metric("children_gifted", "children", ("children", "gifts"), cues=("tặng quà", "quà", "trao quà", "tặng", r"trao(?!\s+đổi)(?=[^.;]{0,40}\b(?:quà|gói|suất|phần|xe đạp|dụng cụ học tập)\b)"),
           context=r"trẻ em|\btrẻ\b|thiếu nhi|học sinh|các em|cháu",
           # "220 trẻ em có hoàn cảnh đặc biệt đã được nhận quà": the children named before their gifts.
           after=("đã được nhận quà", "được nhận quà", "đã nhận quà", "nhận quà", "được tặng quà", "đã được tặng quà",
                  # "gần 2.500 trẻ em đến từ các xã, phường … được trao tặng những phần quà xuân"
                  r"[^.;\d]{0,80}?\bđược trao tặng (?:những |các )?(?:phần |suất )?quà",
                  # "28 trẻ khuyết tật, mồ côi được nhận quà": the children's groups between
                  r"[^.;\d]{0,40}?\b(?:đã )?được nhận quà"),
           excludes=r"\bcho (các |những )?(đối tượng|người|gia đình|hộ|thương binh|cựu|thân nhân|cán bộ|đơn vị)"),
    # "trao học bổng cho 120 học sinh": the pupils count the scholarships.
    # "Lễ trao học bổng “Em không phải bỏ học” tặng 322 học sinh": the pupils the scholarships were given to.
    Metric("scholarships", "items", ("scholarships", "children"),
           cues=("học bổng", r"\b(?:trao|cấp)\s+học bổng(?:(?!\bvà\b)[^.;\d]){0,60}?\btặng"), self_named=("scholarships",),
           # "110 em nhận học bổng trị giá 3 triệu đồng/suất", "120 em có hoàn cảnh khó khăn đã được trao học bổng"
           after=(r"(?:đã )?(?:được )?nhận học bổng", r"[^.;,\d]{0,90}?\b(?:đã )?được (?:trao|tặng|cấp) học bổng"),
           excludes=r"đủ điều kiện"),  # "85 học sinh đủ điều kiện nhận học bổng": the eligible
    Metric("inspection_rounds", "rounds", ("rounds",), cues=("kiểm tra", "thanh tra")),
    Metric("establishments_inspected", "establishments", ("establishments",), cues=("kiểm tra", "thanh tra")),
    # An enterprise found violating, warned or fined is an establishment too (there is no enterprise code for them).
    # (not "lập biên bản xử phạt hành chính 19 doanh nghiệp vi phạm": those fined)
    Metric("establishments_violating", "establishments", ("establishments", "enterprises"), cues=("phát hiện",),
           after=("vi phạm", "có vi phạm"), excludes=r"xử phạt|nhắc nhở|cảnh cáo"),
    Metric("establishments_warned", "establishments", ("establishments", "enterprises"), cues=("nhắc nhở", "cảnh cáo")),
    # (not "kiến nghị … thu hồi giấy phép … của 5 công ty": licences withdrawn)
    Metric("establishments_fined", "establishments", ("establishments", "enterprises"),
           cues=("xử phạt", "phạt", "xử lý vi phạm hành chính"),
           # "Cả 3 công ty đều bị UBND TP. Đà Nẵng xử phạt": the enterprises named before their fine
           after=(r"(?:đều\s+)?bị\s+(?:(?:[^.;,\d]|(?<=[A-Z])\.){0,40}?\s)?xử phạt",),
           # (nor those that paid: "13/42 đơn vị bị xử phạt hành chính đã nộp phạt")
           excludes=r"thu hồi giấy phép|rút giấy phép|nộp phạt"),
    Metric("fine_amount", "vnd", ("vnd",), cues=("phạt tiền", "xử phạt", "tiền phạt", "phạt vi phạm hành chính", "bị phạt",
                                                 "xử lý vi phạm hành chính",
                                                 # "xử phạt Công ty … với mức phạt 75 triệu đồng", "Công ty … nhận mức phạt …"
                                                 r"(?<=với )mức phạt", r"(?<=nhận )mức phạt"),
           excludes=r"đóng phạt|nộp phạt|đã nộp|thu nộp|nộp ngân sách|nộp tiền"),  # fines paid are not imposed
    # ("Chiến dịch thanh tra … tiến hành tại 150 doanh nghiệp": where an inspection was carried out)
    Metric("enterprises_inspected", "enterprises", ("enterprises",),
           cues=("kiểm tra", "thanh tra", "giám sát", "tiến hành tại"), context=r"thanh tra|kiểm tra|giám sát",
           excludes=r"thu hồi giấy phép|rút giấy phép"),
    # Admissions are people taken in ("tiếp nhận (mới)", "đưa … vào cơ sở"). People treated ("tổ chức cai nghiện
    # cho 883 người", "1.100 trường hợp được cai nghiện", "đang tổ chức tiếp nhận và cai nghiện cho 249 học viên")
    # are counted as residents, as the seeds' gold codes "cho 413 đối tượng cai nghiện" and the annotators of
    # real pages code "cai nghiện cho N người" (lead ruling 12).
    Metric("drug_rehab_residents", "persons", ("persons",),
           # ("tiếp nhận điều trị cai nghiện … là 650 người": taken in for treatment, admissions)
           cues=("quản lý", "nuôi dưỡng", r"(?<!tiếp nhận )điều trị", r"(?<!tiếp nhận )chữa trị", "đang cai nghiện", "chăm sóc",
                 r"đang (?:tổ chức )?tiếp nhận", "tổ chức cai nghiện", r"cai nghiện(?: ma túy)? cho",
                 # addicts counted where they are: "người nghiện ở ngoài xã hội gần 1.900 người, cơ sở cai nghiện gần 500 người"
                 # (a list item: not "đưa đi cai nghiện tại cơ sở cai nghiện 280 người", admissions)
                 r"(?<=[,;:] )(?:tại |ở |trong )?(?:các )?cơ sở cai nghiện(?: ma túy)?(?= (?:khoảng |gần |hơn |trên )?[\d.,]+ (?:người|học viên))",
                 # … "ngoài xã hội là 539 người, cai nghiện bắt buộc 160 người, …": those in compulsory treatment now
                 # (… or in a centre of their own will: "…; cai nghiện tự nguyện tại các cơ sở là 1.500 lượt người")
                 r"(?<=[,;:] )(?:đang )?cai nghiện (?:bắt buộc|tự nguyện tại (?:các )?(?:cơ sở|trung tâm)(?: cai nghiện)?)"
                 r"(?:\s+là)?(?= (?:khoảng |gần |hơn |trên )?[\d.,]+ (?:lượt )?(?:người|học viên))",
                 # a centre's count of its residents: "cơ sở này có tới trên 800 học viên, thì nay còn 360 học viên"
                 r"\b(?:có(?: tới)?|còn)(?= (?:khoảng |gần |hơn |trên )?[\d.,]+ học viên\b)"),
           # not "… được đưa vào cai nghiện": people taken in
           # ("79 người đang có mặt tại trung tâm cai nghiện": there now)
           # (nor "vận động 918 người đi cai nghiện": going in)
           after=(rf"(?<!đưa vào )(?<!đưa đi )(?<!đưa vào cơ sở )(?<!\sđi )(?:{DRUG})", "đang cai nghiện", "đang chữa trị",
                  "đang điều trị", r"(?:đang )?có mặt (?:tại|ở) (?:các )?(?:trung tâm|cơ sở)(?: cai nghiện)?"), context=DRUG,
           # "tiếp nhận và tổ chức cai nghiện cho 249 học viên" is who is treated there: residents
           # (files for those to be sent, "lập hồ sơ …", not the residents "quản lý, cai nghiện theo hồ sơ")
           # (nor drug users the police keep track of: "người sử dụng trái phép chất ma túy đang được quản lý là 328 người")
           excludes=r"(?<!đang )(?<!tổ chức )tiếp nhận(?!\s*(?:và|,)\s*(?:tổ chức\s+)?cai nghiện)|(?<!theo )hồ sơ|quy mô|công suất"
                    r"|sức chứa|sử dụng trái phép|người sử dụng (?:chất )?ma túy|giam giữ|trại giam|tạm giữ"
                    # a clinic's patients ("số bệnh nhân tham gia điều trị là 896 người" after methadone), not residents
                    r"|bệnh nhân|bỏ điều trị|" + NOT_IN_REHAB + "|" + COMMUNITY_REHAB,
           near_topic=True),
    Metric("drug_rehab_admissions", "persons", ("persons",),
           # "Chỉ tính riêng năm 2015, trung tâm nhận 21 học viên": a centre taking people in
           cues=("tiếp nhận", "tiếp nhận mới", "đưa", r"(?:trung tâm|cơ sở)[^.;,\d]{0,30}?\bnhận(?= (?:mới |thêm )?\S*\s*[\d.]+ học viên)"),
           after=(DRUG,), context=DRUG,
           excludes=COMMUNITY_REHAB + r"|đang (?:tổ chức )?tiếp nhận|" + NOT_IN_REHAB, near_topic=True),
)

BY_CODE = {metric.code: metric for metric in CATALOGUE}
METRIC_CODES = tuple(BY_CODE)
UNITS = tuple(sorted({metric.unit for metric in CATALOGUE}))
MAIN_METRICS = tuple(metric.code for metric in CATALOGUE if metric.main)

# Qualifier cues. Targets: a clause or sentence that plans rather than reports.
# (not the results of the targets: "Các chỉ tiêu chưa đạt gồm tạo việc làm tăng thêm được 6.000 người/…")
TARGET_CLAUSE = re.compile(r"(?<!vượt )(?<!hoàn thành )(?<!đạt )(?<!so với )(?<!bằng )\bchỉ tiêu\b"
                           r"(?!\s+(?:chưa |không |đều |đã )?(?:đạt|hoàn thành|vượt)\b)|\bkế hoạch (năm \d{4} )?(là|giao)\b"
                           r"|(?<!với )(?<!thực hiện )\bkế hoạch (?:năm \d{4}\s*)?:", re.I)  # "(kế hoạch năm 2021: 28.000 người; …)"
# A plan revised after it was told: "kế hoạch đặt ra là 130.000 lao động, tuy nhiên đã được điều chỉnh xuống 70.000 lao động"
PLAN_REVISED_BEFORE = re.compile(r"\bđiều chỉnh\s+(?:(?:giảm\s+|tăng\s+)?(?:xuống|lên)\s+)?(?:còn\s+)?"
                                 r"(?:khoảng\s+|gần\s+|hơn\s+|trên\s+)?$", re.I)
# A statement or clause opening on the year's plan, then what it sets: "Theo Sở …, kế hoạch năm nay tỉnh tạo việc làm mới cho
# 20.000 người, trong đó đưa 1.700 người đi xuất khẩu lao động" (matched from the statement's or the clause's start; not
# once a result is told: "Kế hoạch năm 2023 đã hoàn thành, …")
PLAN_STATEMENT_OPENING = re.compile(r"^\W*(?:(?:năm (?:19|20)\d\d|còn|riêng|về)\s*,?\s*)?kế hoạch\s+(?:năm nay|năm (?:19|20)\d\d"
                                    r"|của (?:tỉnh|huyện|thành phố|ngành))\b(?:(?!\b(?:đã|đạt|được|thực hiện được|kết quả)\b)"
                                    r"[^.;\d])*$", re.I)
# A plan's figure named by its work: "Năm 2020, kế hoạch giải quyết việc làm là 30.000 lao động" (not what a result was
# measured against: "đạt 101% kế hoạch năm nay là …", "hoàn thành kế hoạch …"; searched in the text before the figure)
PLAN_OF_WORK_BEFORE = re.compile(r"(?<!đạt )(?<!vượt )(?<!với )(?<!bằng )(?<!thành )(?<!% )\bkế hoạch\s+(?:năm \d{4}\s+)?"
                                 r"(?:[^\W\d_]+\s+){1,8}?là\s+(?:khoảng\s+|gần\s+|hơn\s+|trên\s+)?$", re.I)
# "Năm 2024, kế hoạch được Bộ LĐ-TB&XH đặt ra là đưa từ 125.000 lao động …" (not "so với kế hoạch đặt ra là …"): the
# figures of its statement until the result is told ("…, tuy nhiên đến nay mới đạt 1.200 người")
PLAN_SET_OUT = re.compile(r"(?<!với )(?<!vượt )(?<!xa )\bkế hoạch(?: năm \d{4})?(?: được [^.;,\d]{1,40}?)? (?:đề|đặt) ra là\b",
                          re.I)
RESULT_TOLD = re.compile(r"\b(?:tuy nhiên|nhưng|song|kết quả|thực tế|đã|mới đạt|đến nay|hiện nay|hoàn thành|được)\b", re.I)
# A sentence opening on a plan, after a lead-in too: "Được biết, theo kế hoạch được phê duyệt, năm 2025, …", "Theo đề án, …"
# (its figures are targets unless it goes on to the plan's result: "đã", "đạt")
PLAN_OPENING = re.compile(r"\W*(?:(?:được biết|theo đó|bên cạnh đó|ngoài ra),?\s*)?(?:năm \d{4},?\s*)?theo (?:kế hoạch|đề án)\b"
                          r"|\W*(?:(?:được biết|theo đó|bên cạnh đó|ngoài ra),?\s*)kế hoạch\b[^;.]{0,120}\b(?:phê duyệt|được duyệt)",
                          re.I)
RESULT_VERB = re.compile(r"\b(?:đã|đạt|hoàn thành)\b", re.I)
# A plan heading its list: "Kế hoạch năm 2025 giao: tuyển sinh …; giải quyết việc làm …"
PLAN_HEADING = re.compile(r"^\W*kế hoạch(?: năm \d{4})?(?: (?:được |tỉnh |Bộ )?giao)?\s*:", re.I)
TARGET_WORDS = re.compile(
    # "định hướng" aims ("Định hướng năm 2025: …"), not as the cause of a result ("Nhờ định hướng rõ ràng, năm 2018 … đã")
    # nor as guidance given to people ("Định hướng cho người lao động học nghề, tìm việc làm")
    # ("với sự nỗ lực phấn đấu của toàn ngành, … đã hoàn thành …": the effort, no goal)
    r"\b((?<!nỗ lực )(?<!sự )phấn đấu(?! của)|mục tiêu(?! quốc gia)|dự kiến|sẽ|"
    r"(?<!nhờ )(?<!nhờ có )định hướng(?!\s+cho\s+(?:người|lao động|học sinh|thanh niên|các em|đoàn viên|hội viên))|"
    r"thời gian tới|phương hướng|được giao|"
    # "kỳ vọng đưa tỷ lệ … xuống còn 2,24%": a verb aiming at a result (not "vượt kỳ vọng", "đặt nhiều kỳ vọng vào …")
    r"(?<!vượt )(?<!như )(?<!đúng )(?<!ngoài )(?<!sự )kỳ vọng(?= (?:(?:trong )?năm \d{4},? )?(?:sẽ )?(?:đưa|giảm|đạt|giải quyết|tạo|nâng|hoàn thành|đào tạo"
    r"|tuyển sinh)\b)|"
    r"(?<!không )(?<!còn )(?<!cần )(?<!nào )phải|"  # not "không (còn/cần) phải", "không để … nào phải …"
    r"giao chỉ tiêu|kế hoạch đề ra là|đặt mục tiêu|đặt chỉ tiêu|đề ra (?:một số |các |những )?chỉ tiêu)\b"

    # A plan approved "cho N người" has not happened yet.
    # "Theo kế hoạch, …", "Năm 2025, theo kế hoạch …" open a plan; "21 cơ sở/25 cơ sở theo kế hoạch" only compares
    # with one. "Chỉ tiêu năm 2025: …" lists targets.
    r"|^\W*kế hoạch\b[^;.]{0,120}\b(phê duyệt|được duyệt)|^\W*(?:năm \d{4},?\s*)?theo kế hoạch\b"
    # "Về chỉ tiêu Quốc hội, Chính phủ giao trong năm 2024, …" (not "Về các chỉ tiêu chủ yếu, năm 2023 đã …": results)
    r"|^\W*chỉ tiêu\b|^\W*về\s+(?:các\s+)?chỉ tiêu\b[^.;]{0,60}?\b(?:được\s+)?giao\b"
    # "Các chỉ tiêu về an sinh xã hội … trong Nghị quyết 2020-2025, cụ thể là: …" heads a list of targets
    # (not results: "… đều đạt …:"; but "Các chỉ tiêu cần đạt được …:" aim)
    r"|^\W*(?:các|những) chỉ tiêu\b(?:(?!(?<!cần )(?<!phải )(?:đạt|vượt)|kết quả|hoàn thành|thực hiện được)[^.;:]){0,150}:"
    r"|" + PLAN_HEADING.pattern, re.I
)
# … and a sentence opening on a plan; a plan's opening carries on through its paragraph only to sentences naming no
# year of their own (see facts._qualifier): "Theo đề án, đến năm 2025 … Năm 2023, tỷ lệ hộ nghèo … là 3,6%" reports.
TARGET_SENTENCE = re.compile(r"^(?:" + PLAN_OPENING.pattern + r")|" + TARGET_WORDS.pattern, re.I)
# "Dịp này, huyện trao 10 suất quà …": what the reported event did.
PAST_MARKERS = re.compile(r"\b(đã|được|đạt được|ghi nhận|dịp này|tại (?:buổi )?lễ)\b", re.I)
# A breakdown of the total before it ("249 học viên, gồm 247 ... và 2 ..."); "riêng" singles out a place or
# period of its own and is no marker.
# A bracket after a total ("20.000 người (Cao đẳng: 2000 người; …)") and a list "như: Nhật Bản (191 người)" detail it too.
BREAKDOWN = re.compile(r"\b(trong đó|gồm|bao gồm|trong tổng số|trong số|phân theo|chia theo|trong tỉnh|ngoài tỉnh"
                       r"|trong nước|các thị trường)\b|\bnhư\s*:|\(", re.I)
