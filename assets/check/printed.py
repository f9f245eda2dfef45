"""What the consistency rules read back from the text around each fact, without touching the extractor.

The rules compare numbers "within printed rounding" and within one sentence, paragraph or inspection
campaign, so each fact needs: where it sits (paragraph and sentence number, the sentence itself, from
``facts.span_start`` and ``documents.text``), the interval its printed number allows ("hơn 106 nghìn"
is at least 106,000 and below 107,000; "49,5%" is 49.45 to 49.55), and three things printed next to
it that the facts table does not hold: last year's figure in brackets after a "so với cùng kỳ"
comparison, the percent of a plan given in brackets ("đạt 107,5% (chỉ tiêu 2.000 người)") or right
after the figure in a table row ("thực hiện 2.150 người (đạt 107,5%)"), and
whether its "N/M" is a plan (followed by kế hoạch, chỉ tiêu …) or a part of a whole.
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass

from assets.extract.numbers import APPROXIMATORS, MULTIPLIERS, NUMBER, parse_number
from assets.extract.segment import paragraphs, sentences

ABOVE = {"hơn", "trên", "khoảng trên", "khoảng hơn", "không dưới", "ít nhất", "tối thiểu", "không thấp hơn"}
BELOW = {"gần", "dưới", "khoảng gần", "tối đa", "không quá", "không vượt quá"}
# After a "so với cùng kỳ (năm 2023)" comparison, last year's figure in brackets: "(39.203 người)".
PREV_IN_BRACKETS = re.compile(r"cùng kỳ(?:\s+năm\s+(?:\d{4}|trước|ngoái))?\s*\(\s*(?:là|đạt|với)?\s*", re.IGNORECASE)
# "đạt 107,5%", "vượt 52,6%" in the fact's own words when the plan is in brackets after it.
PLAN_PERCENT = re.compile(rf"\b(?P<verb>đạt|bằng|vượt)\s+(?:khoảng\s+|gần\s+|hơn\s+)?(?P<num>{NUMBER})\s?%"
                          r"(?!\s*so với cùng kỳ)", re.IGNORECASE)
# The same right after the figure, as in a flattened table row: "thực hiện 2.150 người (đạt 107,5%)".
PLAN_PERCENT_AFTER = re.compile(r"\s*[,(]?\s*" + PLAN_PERCENT.pattern, re.IGNORECASE)
FRACTION = re.compile(rf"(?P<num>{NUMBER})\s*/\s*(?P<den>{NUMBER})")
PLAN_WORDS = re.compile(r"kế hoạch|chỉ tiêu|\bKH\b|vượt|được giao|\bgiao\b", re.IGNORECASE)
QUOTE_CHARS = 240
# A printed number as the rounding rules need it: approximator, digits, percent sign or scale word. Our
# own pattern, so that changes to how the extractor scans numbers cannot change what a tolerance reads.
PRINTED = re.compile(rf"(?:(?P<approx>{APPROXIMATORS})\s+)?(?<![\d.,])(?P<num>{NUMBER})(?![\d])"
                     rf"(?:(?P<pct>\s?%)|\s+(?P<mult>{'|'.join(MULTIPLIERS)})(?![\wÀ-ỹ]))?(?!\s*[:/])",
                     re.IGNORECASE)


@dataclass(frozen=True, slots=True)
class Located:
    """A fact's place in its document and what its printed numbers allow (slots: there is one per fact)."""

    para_no: int
    sent_no: int
    sentence: str
    low: float
    high: float
    plan_pct_text: float | None
    prev_text: float | None
    prev_low: float | None
    prev_high: float | None
    fraction_is_plan: bool

    def as_row(self) -> tuple:
        """The fields in order (rules.LOCATED_SCHEMA): a tuple, a third of a dict's memory and pickle."""
        return (self.para_no, self.sent_no, self.sentence, self.low, self.high, self.plan_pct_text, self.prev_text,
                self.prev_low, self.prev_high, self.fraction_is_plan)


def decimals(value: float) -> int:
    """Printed decimals of a stored number (49.53 → 2, 40 → 0)."""
    text = f"{round(value, 6):f}".rstrip("0").rstrip(".")
    return len(text.split(".")[1]) if "." in text else 0


def half_unit(value: float) -> float:
    """Half a unit of the last printed digit: "40%" allows ±0.5, "49,53%" ±0.005."""
    return 0.5 * 10.0 ** -decimals(value)


def _scale(match: re.Match[str]) -> float:
    return MULTIPLIERS.get((match.group("mult") or "").lower(), 1.0)


def interval(match: re.Match[str], value: float, value_max: float | None = None) -> tuple[float, float]:
    """The values a printed quantity allows, from its digits, scale word and approximator.

    A plain whole count ("17.335 người") is exact; a number with decimals ("49,5%") is rounded: half a
    unit either side; one with a scale word ("11,1 nghìn") may also be cut: up to a whole unit above.
    "hơn / trên N"
    reaches up to the next unit of its last non-zero digit, "gần / dưới N" down to it, "khoảng N" both.
    """
    digits = match.group("num")
    scale = _scale(match)
    whole, _, frac = digits.replace(".", "").partition(",")
    unit = scale * 10.0 ** -len(frac)
    significant = len(whole) - len(whole.rstrip("0")) if not frac else 0
    coarse = unit * 10.0 ** significant
    top = value_max if value_max is not None else value
    approx = " ".join((match.group("approx") or "").lower().split())
    if approx in ABOVE:
        return value, top + coarse
    if approx in BELOW:
        return value - coarse, top
    if approx:
        return value - coarse, top + coarse
    if scale == 1.0 and not frac and not match.group("pct"):
        return value, top
    if scale == 1.0:
        return value - unit / 2, top + unit / 2
    # "106 nghìn" for 106.775: a figure in thousands or millions is often cut, not rounded.
    return value - unit / 2, top + unit


def _printed(text: str, value: float, value_max: float | None) -> tuple[float, float]:
    """The interval of the last quantity in ``text`` that reads as ``value``; exact if none does."""
    best = None
    for match in PRINTED.finditer(text):
        try:
            read = parse_number(match.group("num"), _scale(match))
        except ArithmeticError:
            continue
        if abs(read - value) <= 1e-9 * max(1.0, abs(value)):
            best = match
    return interval(best, value, value_max) if best else (value, value_max if value_max is not None else value)


def _sentence_spans(text: str) -> list[tuple[int, int, int]]:
    """(start, end, paragraph number) of every sentence, in order."""
    return [(s.start, s.end, p) for p, para in enumerate(paragraphs(text)) for s in sentences(text, para)]


def _quote(text: str, start: int, end: int, fact_start: int, fact_end: int) -> str:
    """The sentence, cut around the fact when it is long."""
    if end - start <= QUOTE_CHARS:
        return text[start:end].strip()
    left = max(start, fact_start - QUOTE_CHARS // 3)
    right = min(end, max(fact_end, left + QUOTE_CHARS))
    return ("…" if left > start else "") + text[left:right].strip() + ("…" if right < end else "")


def locate(text: str | None, facts: list[dict]) -> list[Located]:
    """``Located`` for each fact row of one document (span_start, span_end, evidence, value, value_max,
    plan_value, plan_pct, yoy_pct), in the same order. Without the text each fact is its own sentence."""
    spans = _sentence_spans(text) if text else []
    starts = [s for s, _, _ in spans]
    out = []
    for fact in facts:
        start, end, evidence = fact["span_start"], fact["span_end"], fact["evidence"] or ""
        index = bisect.bisect_right(starts, start) - 1
        if text and index >= 0:
            s_start, s_end, para = spans[index]
            s_end = max(s_end, end)
            sentence = _quote(text, s_start, s_end, start, end)
            after = text[start:s_end]
        else:
            # Without the text a document reads as one sentence: its evidence is all there is to quote.
            para, sentence, after, index = 0, evidence, evidence, 0
        low, high = _printed(evidence, fact["value"], fact["value_max"])
        following = text[end:end + 60] if text else ""
        out.append(Located(para, index, sentence, low, high, *_plan_percent(fact, evidence, following),
                           *_prev_in_text(fact, after), _fraction_is_plan(fact, evidence, after)))
    return out


def _plan_percent(fact: dict, evidence: str, following: str) -> tuple[float | None]:
    """The percent of a plan the extractor gave no plan_pct: printed beside a bracketed plan in the
    evidence, or right after the figure (a table row). The rules use it only where a plan is known."""
    if fact["plan_pct"] is not None:
        return (None,)
    match = PLAN_PERCENT.search(evidence) if fact["plan_value"] is not None else PLAN_PERCENT_AFTER.match(following)
    if not match:
        return (None,)
    pct = parse_number(match.group("num"))
    return (pct + 100 if match.group("verb").lower() == "vượt" else pct,)


def _prev_in_text(fact: dict, after: str) -> tuple[float | None, float | None, float | None]:
    """Last year's figure printed in brackets after the fact's "so với cùng kỳ", with its interval."""
    if fact["yoy_pct"] is None:
        return None, None, None
    for opening in PREV_IN_BRACKETS.finditer(after):
        match = PRINTED.match(after, opening.end())
        if match and not match.group("pct"):
            value = parse_number(match.group("num"), _scale(match))
            return (value, *interval(match, value))
    return None, None, None


def _fraction_is_plan(fact: dict, evidence: str, after: str) -> bool:
    """Whether an "N/M" reads as done against a plan (kế hoạch, chỉ tiêu, vượt … follow) rather than a
    part of a whole; true when the fact has no printed fraction at all."""
    if fact["plan_value"] is None or not FRACTION.search(evidence):
        return True
    return bool(PLAN_WORDS.search(after))
