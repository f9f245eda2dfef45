"""One raw file in, one cleaned document (or a quarantine reason) out."""

from __future__ import annotations

from dataclasses import asdict, dataclass

from assets.clean.chrome import body_text, classify_lines
from assets.clean.decode import DecodeError, decode, vietnamese_share
from assets.clean.html import extract_article, looks_like_html
from assets.clean.metadata import document_metadata, is_headline_and_lead

MIN_BODY_CHARS = 40  # one short sentence: a news brief still carries a fact
MIN_VIETNAMESE_SHARE = 0.05


@dataclass(frozen=True)
class CleanedDocument:
    status: str
    quarantine_reason: str | None
    encoding_detected: str | None
    title: str | None = None
    published_date: object = None
    author: str | None = None
    org_name: str | None = None
    org_level: str | None = None
    province: str | None = None
    province_2025: str | None = None
    district: str | None = None
    source_url: str | None = None
    site: str | None = None
    text: str | None = None
    text_chars: int | None = None

    def as_row(self) -> dict:
        return asdict(self)


def quarantined(reason: str, encoding: str | None = None) -> CleanedDocument:
    return CleanedDocument(status="quarantined", quarantine_reason=reason, encoding_detected=encoding)


def clean_document(data: bytes | None, source_path: str, read_error: str | None = None,
                   listed_url: str | None = None) -> CleanedDocument:
    """Decode, extract the article, drop chrome and read metadata; quarantine what cannot be read.

    ``text`` is the title line followed by the body lines; every quarantine reason names the file,
    the problem and what to do. ``listed_url`` is the file's address from sources.csv, used when the
    page does not give its own.
    """
    if read_error:
        return quarantined(f"{source_path}: {read_error}")
    if not data or not data.strip():
        return quarantined(f"{source_path}: the file is empty; replace it with the article or delete it")
    try:
        decoded = decode(data)
    except DecodeError as exc:
        return quarantined(f"{source_path}: the file {exc}; save the article as text or HTML")
    html_meta: dict = {}
    page = decoded.text
    if looks_like_html(page, source_path):
        article = extract_article(page)
        if article is None:
            return quarantined(f"{source_path}: the HTML page holds no article text; save the article page itself",
                               decoded.encoding)
        page = article.text
        html_meta = {"title": article.title, "date": article.date, "author": article.author,
                     "url": article.url, "sitename": article.sitename}
    lines = classify_lines(page)
    meta = document_metadata(lines, html_meta, listed_url)
    body = body_text(lines)
    if meta.title:
        body_lines = [line for line in body.split("\n") if line.rstrip(" .") != meta.title]
        body = "\n".join([meta.title, *body_lines])
    if len(body) - len(meta.title or "") < MIN_BODY_CHARS and not (meta.title and is_headline_and_lead(meta.title)):
        return quarantined(f"{source_path}: no article text is left once site chrome is removed; "
                           "check that the file is an article and not a menu or index page", decoded.encoding)
    share = vietnamese_share(body)
    if share < MIN_VIETNAMESE_SHARE:
        return quarantined(f"{source_path}: the text is not Vietnamese ({share:.0%} Vietnamese letters); "
                           "only Vietnamese reports are read", decoded.encoding)
    return CleanedDocument(
        status="ok",
        quarantine_reason=None,
        encoding_detected=decoded.encoding,
        title=meta.title,
        published_date=meta.published_date,
        author=meta.author,
        org_name=meta.org_name,
        org_level=meta.org_level,
        province=meta.province,
        province_2025=meta.province_2025,
        district=meta.district,
        source_url=meta.source_url,
        site=meta.site,
        text=body,
        text_chars=len(body),
    )
