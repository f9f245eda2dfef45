"""Paragraphs, sentences, statements and clauses of a cleaned document, as offset spans.

Vietnamese report prose chains results with ";" and ","; a number's metric is named in its clause
(comma-delimited), its statement (semicolon-delimited) or its sentence. Dots inside numbers
("17.335") and abbreviations ("TP.", "Đ/c") do not end sentences.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

ABBREVIATIONS = ("TP", "Tp", "TX", "ThS", "TS", "PGS", "GS", "Th.S", "Q", "P", "Đ/c", "đ/c", "St", "No")
# … and a full stop typed with no space before the next sentence ("… đi làm việc ở nước ngoài.Ngoài ra, …"): after a word
# of three letters or more (not "Tp.Hà Nội"), before a capital and a lower-case letter (not "TP.HCM").
_SENTENCE_END = re.compile(r"(?<=[.!?…])[\"”»)]*\s+(?=[\"“«(\-–•]?\s*[A-ZĐÀ-Ỹ0-9])|(?<=[a-zà-ỹ]{3}\.)(?=[A-ZĐ][a-zà-ỹ])")
_STATEMENT_END = re.compile(r";\s*")
_CLAUSE_END = re.compile(r",\s+|\s*\(|\)\s*|\s+-\s+|:\s+(?=[A-ZĐÀ-Ỹ])")


@dataclass(frozen=True)
class Span:
    start: int
    end: int

    def of(self, text: str) -> str:
        return text[self.start:self.end]

    def contains(self, pos: int) -> bool:
        return self.start <= pos < self.end


def _split(text: str, start: int, end: int, boundary: re.Pattern[str]) -> list[Span]:
    spans, cursor = [], start
    for match in boundary.finditer(text, start, end):
        if match.start() > cursor:
            spans.append(Span(cursor, match.start()))
        cursor = match.end()
    if cursor < end:
        spans.append(Span(cursor, end))
    return spans


def paragraphs(text: str) -> list[Span]:
    """One span per non-empty line."""
    return _split(text, 0, len(text), re.compile(r"\n+"))


def sentences(text: str, paragraph: Span) -> list[Span]:
    """Sentences of a paragraph; a dot after a known abbreviation does not end one."""
    out: list[Span] = []
    for span in _split(text, paragraph.start, paragraph.end, _SENTENCE_END):
        previous = out[-1] if out else None
        if previous and text[previous.start:previous.end].rstrip(".").split()[-1:] in [[a] for a in ABBREVIATIONS]:
            out[-1] = Span(previous.start, span.end)
        else:
            out.append(span)
    return out


_DIGIT = re.compile(r"\d")


def statements(text: str, sentence: Span) -> list[Span]:
    """Semicolon-delimited parts of a sentence; a list of items with no figure after a colon ("… cho ba nhóm: người có
    công; người đang hưởng trợ cấp xã hội; hộ nghèo và cận nghèo với 143.323 người") stays one statement with the first
    part that has one."""
    spans = _split(text, sentence.start, sentence.end, _STATEMENT_END)
    out: list[Span] = []
    i = 0
    while i < len(spans):
        span, j = spans[i], i
        colon = text.rfind(":", span.start, span.end)
        if colon >= 0 and not _DIGIT.search(text, colon, span.end):
            while j + 1 < len(spans) and not _DIGIT.search(text, spans[j + 1].start, spans[j + 1].end):
                j += 1
            j = j + 1 if j + 1 < len(spans) else i  # the items end on a figure, else they stay apart
        out.append(Span(span.start, spans[j].end))
        i = j + 1
    return out


def clauses(text: str, statement: Span) -> list[Span]:
    """Comma-, parenthesis- and dash-delimited parts of a statement."""
    return _split(text, statement.start, statement.end, _CLAUSE_END)


def enclosing(spans: list[Span], pos: int) -> Span | None:
    """The span that contains ``pos``."""
    return next((span for span in spans if span.contains(pos)), None)
