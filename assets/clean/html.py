"""Saved web pages: the main article text and its metadata, through trafilatura."""

from __future__ import annotations

import re
from dataclasses import dataclass

import trafilatura

_HTML_START = re.compile(r"^\s*(<!--.*?-->\s*)*<(!doctype html|html|head|body|meta|div|article)\b", re.I | re.S)


@dataclass(frozen=True)
class HtmlArticle:
    text: str
    title: str | None
    date: str | None
    author: str | None
    sitename: str | None
    url: str | None = None  # the page's own canonical or og:url address


def looks_like_html(text: str, source_path: str) -> bool:
    """True for .html/.htm files and for text files whose first tag is an HTML document tag."""
    return source_path.lower().endswith((".html", ".htm")) or bool(_HTML_START.match(text[:2000]))


def extract_article(html: str) -> HtmlArticle | None:
    """The article's main text (paragraphs on their own lines) and metadata; None if no article."""
    doc = trafilatura.bare_extraction(
        html, with_metadata=True, include_comments=False, include_tables=True, favor_precision=True,
        deduplicate=False, as_dict=False,
    )
    if doc is None or not (doc.text or "").strip():
        return None
    return HtmlArticle(text=doc.text, title=doc.title, date=doc.date, author=doc.author, sitename=doc.sitename,
                       url=doc.url)
