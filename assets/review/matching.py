"""How a correction line finds its fact, and the line that finds a given fact (for the review site).

Light on imports on purpose: `molisa review` loads this, not the extractor or the gazetteer.

Matching rule: the evidence given must lie inside the fact's evidence span. When it lies inside several
facts of the metric whose spans are nested (“giảm từ 14,8%” inside “giảm từ 14,8% xuống còn 6,9%”), the
innermost one is meant; when two spans of the same length hold it, the line is ambiguous.
"""

from __future__ import annotations

import csv
import io
import re
import unicodedata


def normalize_text(text: str) -> str:
    """NFC with whitespace runs as one space: how the cleaned document text is stored."""
    return re.sub(r"\s+", " ", unicodedata.normalize("NFC", text)).strip()


def find_fact(text: str, facts: list[dict], evidence: str) -> tuple[dict | None, str | None]:
    """The fact (of one document and metric) whose evidence span holds ``evidence``, or why none does."""
    starts, at = [], text.find(evidence)
    while at >= 0:
        starts.append(at)
        at = text.find(evidence, at + 1)
    if not starts:
        return None, "evidence not found: the document's text does not contain this evidence"
    holders = [f for f in facts if any(f["span_start"] <= s and s + len(evidence) <= f["span_end"] for s in starts)]
    if not holders:
        return None, "evidence not found: the text has it, but no fact of this metric has it in its evidence"
    shortest = min(f["span_end"] - f["span_start"] for f in holders)
    inner = [f for f in holders if f["span_end"] - f["span_start"] == shortest]
    if len(inner) > 1:
        where = ", ".join(f"{f['value']:g} at character {f['span_start']}" for f in inner)
        return None, f"matches two facts: {len(inner)} facts of this metric hold this evidence ({where}); quote more of the sentence"
    return inner[0], None


def correction_line(action: str, source: str, metric: str, evidence: str, field_name: str = "", value: str = "") -> str:
    """The CSV line an analyst pastes into the corrections file (quoted as a spreadsheet would)."""
    buffer = io.StringIO()
    csv.writer(buffer, lineterminator="").writerow([action, source, metric, evidence, field_name, value, "", ""])
    return buffer.getvalue()


def picking_evidence(text: str, fact: dict, same_metric: list[dict]) -> str | None:
    """The shortest text to put in a correction's evidence column that picks out ``fact`` among the
    facts of its metric in the document: its whole evidence if that is unambiguous, else a tail or head
    of it; None when no part of its evidence tells it apart (the same words are another fact too)."""
    evidence = fact["evidence"]
    candidates = [evidence] + [evidence[i:] for i in range(1, len(evidence))] + [evidence[:j] for j in range(len(evidence) - 1, 0, -1)]
    for candidate in candidates:
        if candidate.strip() != candidate or not candidate:
            continue
        found, _ = find_fact(text, same_metric, candidate)
        if found is not None and found["fact_id"] == fact["fact_id"]:
            return candidate
    return None
