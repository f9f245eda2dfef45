"""Statistical claims of one cleaned document: typed, placed, dated and traced to their evidence."""

from __future__ import annotations

import hashlib
import re
from dataclasses import dataclass, replace
from datetime import date

from assets.extract.catalogue import (
    BREAKDOWN,
    CATALOGUE,
    PAST_MARKERS,
    PLAN_PCT,
    SHARE_NOUN,
    TARGET_CLAUSE,
    TARGET_SENTENCE,
    YOY_PCT,
    Metric,
)
from assets.extract.numbers import ESTIMATE_WORDS, Quantity, find_quantities
from assets.extract.periods import Period, find_period, resolve
from assets.extract.segment import Span, clauses, enclosing, paragraphs, sentences, statements
from assets.places import district_mentions, place_of, province_votes

EXTRACTOR_VERSION = "extract-2"

POVERTY_FAMILY = ("poverty_rate", "poverty_rate_reduction")
# Distances added when the cue is outside the number's clause.
IN_STATEMENT, IN_SENTENCE = 1000, 2000
FROM_BEFORE = re.compile(r"\btừ\s*$", re.I)
TO_AFTER = re.compile(r"^\s*(xuống|lên|tăng lên|giảm xuống)\b", re.I)
TO_BEFORE = re.compile(r"\b(xuống|còn)\s*(còn\s*)?(mức\s*)?$", re.I)
DECREASE_BEFORE = re.compile(r"\bgiảm\b(?!.*\b(còn|xuống)\b)", re.I)


@dataclass(frozen=True)
class DocContext:
    """What a document says about all its facts: where and when, by default."""

    doc_id: str
    text: str
    published_date: date | None = None
    province: str | None = None
    district: str | None = None


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


def _nearest_cue(pattern: re.Pattern[str] | None, text: str, start: int, end: int, target: int) -> tuple[int, int] | None:
    """(distance, cue start) of the last cue match in text[start:end] before ``target``."""
    if pattern is None:
        return None
    last = None
    for match in pattern.finditer(text, start, end):
        last = match
    return (max(0, target - last.end()), last.start()) if last else None


def _context_level(metric: Metric, text: str, scopes: list[Span]) -> int | None:
    pattern = metric.context_pattern
    if pattern is None:
        return 0
    return next((level for level, span in enumerate(scopes) if pattern.search(span.of(text))), None)


def choose_metric(q: Quantity, text: str, clause: Span, statement: Span, sentence: Span, paragraph: Span,
                  window: Span | None = None, title: Span | None = None) -> tuple[Metric, int] | None:
    """The catalogue metric that names quantity ``q``, with the start of its cue (for the evidence).

    Ranking: a naming phrase right after the noun ("18 cơ sở vi phạm"), then the nearest cue before
    the number (its clause, then its statement, then its sentence), then the narrowest scope that
    names the metric's topic (Covid-19, people with meritorious service, drug rehabilitation), the
    document's title being the widest. ``window`` runs from the quantity to the next one: where an
    exclusion ("hộ cận nghèo" for poor households) is looked for.
    """
    scopes = [clause, statement, sentence, paragraph, *([title] if title else [])]
    window = window or clause
    best: tuple[tuple, Metric, int] | None = None
    for metric in CATALOGUE:
        if q.kind not in metric.kinds:
            continue
        if metric.excludes and metric.excludes_pattern.search(window.of(text)):
            continue
        level = _context_level(metric, text, scopes)
        if level is None:
            continue
        after = metric.after_pattern
        after_hit = bool(after and after.match(text, q.end, clause.end))
        cue = _nearest_cue(metric.cue_pattern, text, clause.start, q.end, q.start)
        if cue is None:
            found = _nearest_cue(metric.cue_pattern, text, statement.start, clause.start, q.start)
            cue = (IN_STATEMENT + found[0], q.start) if found else None
        if cue is None and metric.code in POVERTY_FAMILY + ("poor_households", "near_poor_households"):
            found = _nearest_cue(metric.cue_pattern, text, sentence.start, statement.start, q.start)
            cue = (IN_SENTENCE + found[0], q.start) if found else None
        if cue is None and not metric.cues:
            cue = (0, q.start)
        if cue is None and not after_hit:
            continue
        # Ties go to the longer cue ("xây dựng và sửa chữa" over "sửa chữa"), which starts earlier.
        score = (0 if after_hit else 1, cue[0] if cue else IN_SENTENCE * 2, level, cue[1] if cue else q.start)
        if best is None or score < best[0]:
            best = (score, metric, cue[1] if cue else q.start)
    return (best[1], best[2]) if best else None


def _poverty_metric(q: Quantity, text: str, clause: Span) -> str:
    before = text[clause.start:q.start]
    if TO_BEFORE.search(before) or (FROM_BEFORE.search(before) and TO_AFTER.match(text[q.end:clause.end])):
        return "poverty_rate"
    if DECREASE_BEFORE.search(before):
        return "poverty_rate_reduction"
    return "poverty_rate"


def _qualifier(q: Quantity, text: str, clause: Span, sentence: Span, paragraph: Span) -> str:
    clause_text = text[clause.start:clause.end]
    if TARGET_CLAUSE.search(clause_text):
        return "target"
    if TARGET_SENTENCE.search(text[sentence.start:q.start]):
        return "target"
    earlier = text[paragraph.start:sentence.start]
    if TARGET_SENTENCE.search(earlier) and not PAST_MARKERS.search(sentence.of(text)):
        return "target"
    if q.estimate or ESTIMATE_WORDS.search(text[clause.start:q.start]):
        return "estimate"
    return "actual"


def _place(ctx: DocContext, clause_text: str) -> tuple[str | None, str | None]:
    """Province and district: the clause's own place where it names one, else the document's.

    A clause naming only the document's own province ("huyện X, tỉnh Y") keeps the document's district.
    """
    for _s, _e, district, province in district_mentions(clause_text):
        if province:
            return province, district
    votes = province_votes(clause_text)
    typed = [name for name, weight in votes.items() if weight >= 3]
    if typed and typed[0] != ctx.province:
        return typed[0], None
    return ctx.province, ctx.district


def extract_facts(ctx: DocContext) -> list[Fact]:
    """Every catalogue fact in a cleaned document's text (the first line is its title)."""
    text = ctx.text
    quantities = find_quantities(text)
    paras = paragraphs(text)
    doc_period = find_period(paras[0].of(text)) if paras else None
    fallback_year = ctx.published_date.year if ctx.published_date else None
    facts: list[Fact] = []
    for para in paras:
        if not any(para.contains(q.start) for q in quantities):  # no number, no fact: skip the parsing
            continue
        para_period = find_period(para.of(text))
        for sent in sentences(text, para):
            if not any(sent.contains(q.start) for q in quantities):
                continue
            sent_period = find_period(sent.of(text))
            for stmt in statements(text, sent):
                in_stmt = [q for q in quantities if stmt.contains(q.start)]
                if in_stmt:
                    facts.extend(_statement_facts(
                        ctx, in_stmt, stmt, sent, para, paras[0],
                        [find_period(stmt.of(text)), sent_period, para_period, doc_period], fallback_year))
    return _deduplicate(facts)


def _statement_facts(ctx: DocContext, qs: list[Quantity], stmt: Span, sent: Span, para: Span, title: Span,
                     periods: list[Period | None], fallback_year: int | None) -> list[Fact]:
    text = ctx.text
    clause_spans = clauses(text, stmt)
    out: list[Fact] = []
    for i, q in enumerate(qs):
        clause = enclosing(clause_spans, q.start) or stmt
        window = Span(q.start, min(clause.end, qs[i + 1].start if i + 1 < len(qs) else clause.end))
        after = text[q.end:stmt.end]
        if q.kind == "percent" and out and (PLAN_PCT.match(after) or YOY_PCT.match(after)):
            out[-1] = _attach_percent(out[-1], q, text, after, clause)
            continue
        if q.kind == "percent" and (PLAN_PCT.match(after) or YOY_PCT.match(after) or SHARE_NOUN.match(after)):
            continue
        chosen = choose_metric(q, text, clause, stmt, sent, para, window, title)
        if chosen is None:
            continue
        metric, cue_start = chosen
        code = _poverty_metric(q, text, clause) if metric.code in POVERTY_FAMILY else metric.code
        unit = "pp" if code == "poverty_rate_reduction" else metric.unit
        if any(f.metric == code and BREAKDOWN.search(text[f.span_end:q.start]) for f in out):
            continue
        period = resolve(periods, fallback_year)
        year = period.year
        if FROM_BEFORE.search(text[clause.start:q.start]) and TO_AFTER.match(text[q.end:clause.end]):
            year, period = (year - 1 if year else None), Period(year - 1 if year else None, "FY")
        province, district = _place(ctx, clause.of(text))
        start = cue_start if clause.contains(cue_start) else q.start
        out.append(Fact(
            fact_id=fact_id(ctx.doc_id, start, q.end, code),
            doc_id=ctx.doc_id, metric=code, value=q.value, value_max=q.value_max, unit=unit,
            qualifier=_qualifier(q, text, clause, sent, para),
            year=year, period=period.period,
            province=province, province_2025=place_of(province).province_2025, district=district,
            plan_pct=None, plan_value=q.denominator, yoy_pct=None,
            evidence=text[start:q.end], span_start=start, span_end=q.end,
        ))
    return out


def _attach_percent(fact: Fact, q: Quantity, text: str, after: str, clause: Span) -> Fact:
    """Fold "đạt 40% kế hoạch" / "bằng 119% so với cùng kỳ" into the fact they qualify."""
    if PLAN_PCT.match(after):
        changed = replace(fact, plan_pct=q.value)
    else:
        before = text[clause.start:q.start].lower()
        yoy = 100 + q.value if "tăng" in before else 100 - q.value if "giảm" in before else q.value
        changed = replace(fact, yoy_pct=yoy)
    end = max(fact.span_end, q.end + len(re.match(r"\s*[^,;.()]*", after).group(0).rstrip()))
    evidence = text[fact.span_start:end]
    return replace(changed, span_end=end, evidence=evidence,
                   fact_id=fact_id(fact.doc_id, fact.span_start, end, fact.metric))


def _preference(fact: Fact) -> tuple[bool, int]:
    """An actual over an estimate, then the statement that says more (plan or year-on-year figures)."""
    said = sum(v is not None for v in (fact.plan_pct, fact.plan_value, fact.yoy_pct))
    return fact.qualifier == "actual", said


def _deduplicate(facts: list[Fact]) -> list[Fact]:
    """The same claim stated twice (headline and body) is kept once, the fuller statement of it."""
    kept: dict[tuple, Fact] = {}
    for fact in facts:
        key = (fact.metric, fact.value, fact.value_max, fact.year, fact.period, fact.province, fact.district)
        current = kept.get(key)
        if current is None or _preference(fact) > _preference(current):
            kept[key] = fact
    return sorted(kept.values(), key=lambda f: (f.span_start, f.metric))
