"""Line-level removal of site chrome from an article's text, by general signals.

Each line is classified as body or chrome (menus, counters, banners, captions, bylines,
related-news lists, comment forms). The signals are the line's shape, its position, repetition
within the page and a small list of phrases that sites use for their furniture.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass

from assets.clean.dates import is_date_line, labelled_date

# Phrases that open the tail of a page (related news, comments): everything after them is chrome.
TAIL_MARKERS = re.compile(
    r"^(các tin,? (bài viết )?(khác|đã đưa)|tin (liên quan|cùng chuyên mục|khác|mới( nhất| hơn| cập nhật)?|đọc nhiều"
    r"|xem nhiều|cũ hơn|tức liên quan)|(các )?bài (viết )?(liên quan|khác|cùng (chủ đề|chuyên mục))|văn bản mới"
    r"|có thể bạn quan tâm|đọc thêm|tin bài (liên quan|khác)"
    r"|xem thêm|để lại (bình luận|ý kiến)|bình luận|ý kiến bạn đọc|gửi (bình luận|ý kiến)|chia sẻ bài viết"
    r"|thống kê truy cập)\b",
    re.IGNORECASE,
)
# Of those, the related-news headers: a box of headlines that some sites set inside the article.
RELATED_MARKERS = re.compile(r"^(tin (liên quan|cùng chuyên mục)|(các )?bài (viết )?liên quan|tin bài liên quan)\b",
                             re.IGNORECASE)
# A line of prose with a figure this long after such a box is the article again, never a headline.
RESUME_WORDS = 30
# A body line this long ending a sentence starts the article.
ARTICLE_WORDS = 15
# Furniture phrases that are chrome wherever they stand (checked only on short lines).
CHROME_PHRASES = re.compile(
    r"(đăng nhập|đăng ký|trang chủ|quay (về|lại)|scroll to top|lên đầu trang|in bài|gửi email|chia sẻ|share"
    r"|facebook|twitter|zalo|banner|baner|lượt (truy cập|xem)|đang (online|truy cập)|hôm nay|tổng cộng"
    r"|thông báo|liên kết|video|hình ảnh|email của bạn|các trường bắt buộc|tìm kiếm|bản in|phản hồi)",
    re.IGNORECASE,
)
# A label followed by a bare number: visitor counters, view counts (a heading ending "năm 2023" is not one).
COUNTER = re.compile(r"^(?![^\d\n]*\bnăm\s+\d{4}\s*$)[^\d\n]{0,40}?[:\s]\s*[\d.,]+\s*$|^[\d.,\s]+$", re.IGNORECASE)
# A photo caption: "Ảnh: …", "… - Ảnh 1.", "(Ảnh minh họa)".
# (a table cell's closing bar may follow: "… (huyện Lắk) - (Ảnh: Minh Huệ/daklak.gov.vn). |")
# (a full stop after a credit only: "… (ảnh minh họa)." may close a body sentence; "(Ảnh Minh Huệ).", "(Ảnh minh họa:
# N. Thục)." name who took the photo and close a caption)
CAPTION = re.compile(r"^\(?ảnh\s*(\d+\s*)?[:：.]|[-–]\s*ảnh\s*\d*\s*\.?\)?[\s|]*$|\(ảnh(?!\s*minh\s*h(?:ọa|oạ|oa)\b)[^)]{0,40}\)[\s.|]*$"
                     r"|\(ảnh\s*minh\s*h(?:ọa|oạ|oa)\s*:[^)]{1,40}\)[\s.|]*$|\(ảnh[^)]{0,40}\)[\s|]*$", re.IGNORECASE)
# … and a longer one that says so at its end: "Huyện … đã được chi trả … (Trong ảnh: UBND thị trấn … chi trả tiền cho người dân)"
IN_THE_PHOTO = re.compile(r"\(trong ảnh\s*:[^)]{0,100}\)\s*$", re.IGNORECASE)
PHOTO_TITLE = re.compile(r"[-–]\s*ảnh\s*\d+\s*\.?$", re.IGNORECASE)
DATE_LINE = re.compile(
    r"^(\s*(ngày( đăng| cập nhật)?|cập nhật( lúc)?|đăng lúc|thời gian)\s*:?\s*)?([\d:]{4,5}\s*ngày\s*)?"
    r"([\d:]{4,5},?\s*)?((thứ \w+|chủ nhật),?\s*)?\d{1,2}[./-]\d{1,2}[./-]\d{2,4}(\s*[\d:]{4,8})?\s*(\|.*)?$",
    re.IGNORECASE,
)
# Bylines and credits: metadata, not body.
BYLINE = re.compile(
    r"^(tin (và|,) ảnh|tin, ảnh|bài (và|,) ảnh|tác giả|người viết|nguồn|đăng bởi|người đăng|ảnh|tin|bài)\s*:",
    re.IGNORECASE,
)
# Menus and breadcrumbs: short items between separators ("Đăng nhập | Đăng ký").
NAVIGATION = re.compile(r"^[^|»›]{1,40}(\s*[|»›]\s*[^|»›]{1,40})+$")
SENTENCE_END = re.compile(r"[.!?;:…\"”»)]\s*$")
YEAR_ONLY = re.compile(r"\b(19|20)\d\d\b")
# A link card: an address's words or an image's text with the accents stripped ("gan 17 trieu nguoi duoc tao viec lam moi
# trong nam 2018"), then a headline with them ("Năm 2018, trên 1600 người được tạo việc làm"): no prose opens so.
UNACCENTED_OPENING = re.compile(r"^(?:[a-z0-9]+ ){5,}(?=.*[À-ỹ])")
TITLE_REPEATED_WITHIN = 6  # lines


@dataclass(frozen=True)
class Line:
    text: str
    chrome: bool
    reason: str


def _words(line: str) -> int:
    return len(line.split())


def _has_count(line: str) -> bool:
    """A number that is not just a year."""
    return bool(re.search(r"\d", YEAR_ONLY.sub("", line)))


WRAPPED_WIDTH = 50  # characters: a line this long cut mid-sentence is a hard wrap (a print or PDF copy), no heading


def _unwrapped(lines: list[str]) -> list[str]:
    """``lines`` with hard-wrapped prose joined: a long line that ends without a sentence's end, followed by a line
    opening in lower case, is one line of the paragraph ("… 726 người nghiện trong trại tạm giam và 20" + "người đang
    cai nghiện tại Trung tâm …"); cut apart, each half looked like a caption."""
    out: list[str] = []
    for line in lines:
        # (never onto the title, which ends unpunctuated, nor a crawler's stamp: " date 2023-09 …")
        if len(out) > 1 and len(out[-1]) >= WRAPPED_WIDTH and not SENTENCE_END.search(out[-1]) and line[:1].islower() \
                and not is_date_line(line) and not line.startswith("date "):
            out[-1] = f"{out[-1]} {line}"
        else:
            out.append(line)
    return out


def _said_twice(line: str) -> bool:
    """True for a line that is one headline-long phrase (5 to 40 words) printed twice over ("A A"): a link's text then
    its title attribute, as related-news boxes render (before the article's prose, the page's own headline so printed)."""
    half, rest = divmod(len(line) - 1, 2)
    return not rest and 10 <= _words(line) <= 80 and line[:half] == line[half + 1:] and line[half] == " "


def classify_lines(text: str) -> list[Line]:
    """Split ``text`` into stripped non-empty lines, each marked chrome or body with a reason."""
    raw = [" ".join(line.split()) for line in text.split("\n")]
    raw = _unwrapped([line for line in raw if line])
    repeated = {line for line, n in Counter(raw).items() if n > 1 and _words(line) <= 8}
    # A short title printed twice at the top ("Huyện Cư M'gar còn trên 3.700 hộ nghèo", then "Multimedia", then the
    # title again) is the headline, not furniture every page repeats; a section's name printed as breadcrumb and
    # header ("Giảm nghèo bền vững") has no figure.
    first = raw[0] if raw else ""
    if first in repeated and _has_count(first) and raw.index(first, 1) < TITLE_REPEATED_WITHIN:
        repeated.discard(first)
    out: list[Line] = []
    in_tail = False
    related_box = False  # a related-news box may stand inside the body: prose after it resumes the article
    started = False  # the article's prose has begun: only then do related news and comments end it
    for line in raw:
        words = _words(line)
        reason = ""
        if in_tail and related_box and words >= RESUME_WORDS and SENTENCE_END.search(line) and _has_count(line):
            in_tail = False
        if in_tail:
            reason = "after the end of the article"
        elif TAIL_MARKERS.match(line) and words <= 8 and not started:
            reason = "site furniture"  # a sidebar box above the article ("Văn bản mới", "Thống kê truy cập")
        elif TAIL_MARKERS.match(line) and words <= 8:
            in_tail, reason = True, "related news or comments"
            related_box = bool(RELATED_MARKERS.match(line))
        elif line in repeated:
            reason = "repeated site furniture"
        elif started and _said_twice(line):
            reason = "link to another article"  # a link's text then its title: "Năm 2022, … nước ngoài Năm 2022, …"
        elif NAVIGATION.match(line):
            reason = "navigation"
        elif UNACCENTED_OPENING.match(line):
            reason = "link to another article"
        elif COUNTER.match(line) and words <= 8:
            reason = "counter"
        elif BYLINE.match(line) and words <= 25:
            reason = "byline"
        elif DATE_LINE.match(line) or is_date_line(line) or (words <= 12 and labelled_date(line)):
            reason = "date line"
        elif CAPTION.search(line) and words <= 40 or IN_THE_PHOTO.search(line) and words <= 50:
            reason = "photo caption"
        elif out and PHOTO_TITLE.search(out[-1].text) and words <= 30 and not _has_count(line) \
                and not SENTENCE_END.search(line):
            reason = "photo caption"  # "… - Ảnh 1." then the photo's own line: "Lao động … tại huyện Nhà Bè, TP HCM"
        elif words <= 12 and CHROME_PHRASES.search(line):
            reason = "site furniture"
        elif words <= 6 and line.isupper():
            reason = "menu or banner"
        elif not SENTENCE_END.search(line) and words <= 45 and not _has_count(line):
            reason = "caption, heading or byline"
        elif words <= 3 and not _has_count(line):
            reason = "short fragment"
        started = started or (not reason and words >= ARTICLE_WORDS and bool(SENTENCE_END.search(line)))
        out.append(Line(line, bool(reason), reason))
    return out


def body_text(lines: list[Line]) -> str:
    """The body lines joined by newlines."""
    return "\n".join(line.text for line in lines if not line.chrome)
