"""Analysts' corrections (CONTRACT §4a): read the CSV, find each line's fact, apply it.

Pure functions, no Dagster and no warehouse: ``read_corrections`` turns the file into one
``Correction`` per line (or a problem for a line that cannot be read), ``apply_corrections`` turns the
extracted facts into the reviewed facts and one log row per line. A correction names its fact by
document, metric and a piece of the evidence text, never by fact_id or position, so it keeps working
when the extractor changes as long as the text still holds that evidence.
How a line finds its fact: assets/review/matching.py.
"""

from __future__ import annotations

import csv
import difflib
import hashlib
import re
from dataclasses import dataclass, field
from pathlib import Path

import polars as pl

from assets.extract.catalogue import BY_CODE, METRIC_CODES, UNITS
from assets.extract.facts import fact_id as make_fact_id
from assets.places import all_provinces, province_2025
from assets.review.matching import find_fact, normalize_text

COLUMNS = ("action", "source", "metric", "evidence", "field", "value", "note", "author")
ACTIONS = ("reject", "fix", "add")
ADDED_VERSION = "correction"
# Columns of facts an analyst may set; the others (ids, evidence, span, version) follow from the text.
NUMBER_FIELDS = ("value", "value_max", "plan_pct", "plan_value", "yoy_pct")
EDITABLE = ("metric", "value", "value_max", "unit", "qualifier", "year", "period", "province",
            "province_2025", "district", "plan_pct", "plan_value", "yoy_pct")
QUALIFIERS = ("actual", "target", "estimate")
LOG_SCHEMA = {
    "correction_id": pl.String, "line_no": pl.Int32, "action": pl.String, "source": pl.String,
    "metric": pl.String, "evidence": pl.String, "field": pl.String, "value": pl.String,
    "applied": pl.Boolean, "fact_id": pl.String, "problem": pl.String, "note": pl.String, "author": pl.String,
}
REVIEW_COLUMNS = {"review_status": pl.String, "correction_ids": pl.List(pl.String)}


@dataclass(frozen=True)
class Correction:
    """One line of the corrections file, its cells trimmed (evidence also NFC, single spaces)."""

    line_no: int
    action: str = ""
    source: str = ""
    metric: str = ""
    evidence: str = ""
    field: str = ""
    value: str = ""
    note: str = ""
    author: str = ""
    correction_id: str = ""
    problem: str | None = None  # set when the line itself cannot be read


@dataclass
class Outcome:
    """What became of one correction: the fact it touched, or why it could not apply."""

    correction: Correction
    fact_id: str | None = None
    problem: str | None = None
    changes: dict = field(default_factory=dict)


def correction_id(cells: dict[str, str], repeat: int = 0) -> str:
    """Stable id of a line: the hash of what it does (not its position, note or author), so moving a
    line or editing its note keeps its id; a repeated line gets its own id."""
    key = "|".join(cells.get(name, "") for name in COLUMNS[:6]) + (f"|{repeat}" if repeat else "")
    return hashlib.sha256(key.encode("utf-8")).hexdigest()[:16]


def _split(line: str, delimiter: str) -> list[str]:
    """The cells of one physical line; csv.Error on a malformed line (e.g. an unclosed quote)."""
    rows = list(csv.reader([line], delimiter=delimiter, strict=True))
    return rows[0] if rows else []


def parse_corrections(text: str) -> list[Correction]:
    """Every line of a corrections file, in order. One correction per physical line, so a malformed
    line costs only itself. A first line naming the columns (action, source, metric …) is the header and may
    reorder them; lines that are empty, only commas, or start with ``#`` are skipped."""
    lines = text.lstrip("\ufeff").splitlines()
    first = next((line for line in lines if line.strip() and not line.lstrip().startswith("#")), "")
    # Spreadsheets in a Vietnamese locale save with ";" between cells.
    delimiter = ";" if first.count(";") > first.count(",") else ","
    columns, out, seen = list(COLUMNS), [], {}

    def unique_id(cells: dict[str, str]) -> str:
        base = correction_id(cells)
        seen[base] = seen.get(base, 0) + 1
        return correction_id(cells, seen[base] - 1)

    for line_no, line in enumerate(lines, start=1):
        if not line.strip() or line.lstrip().startswith("#"):
            continue
        try:
            cells = [cell.strip() for cell in _split(line, delimiter)]
        except csv.Error as exc:
            out.append(Correction(line_no, correction_id=unique_id({"action": line}), problem=(
                f"malformed CSV line: {exc}; put a value that holds a comma or a quote inside double quotes, "
                "quotes doubled")))
            continue
        if not any(cells):
            continue
        if line == first and {"action", "source", "metric"} <= {cell.lower() for cell in cells}:
            header = [cell.lower() for cell in cells]
            unknown = [name for name in header if name not in COLUMNS]
            missing = [name for name in COLUMNS[:6] if name not in header]
            if unknown or missing:
                out.append(Correction(line_no, correction_id=unique_id({"action": line}), problem=(
                    "unknown field: the header " + "; ".join(
                        ([f"has unknown columns {', '.join(unknown)}"] if unknown else [])
                        + ([f"lacks {', '.join(missing)}"] if missing else []))
                    + f"; the columns are {', '.join(COLUMNS)}")))
            columns = header
            continue
        if len(cells) > len(columns) and any(cells[len(columns):]):
            out.append(Correction(line_no, correction_id=unique_id({"action": line}), problem=(
                f"malformed CSV line: {len(cells)} cells but {len(columns)} columns; put a value that holds "
                f"a '{delimiter}' inside double quotes")))
            continue
        values = {name: cell for name, cell in zip(columns, cells, strict=False) if name in COLUMNS}
        values["action"] = values.get("action", "").lower()
        values["field"] = values.get("field", "").lower()
        values["evidence"] = normalize_text(values.get("evidence", ""))
        out.append(Correction(line_no, **{name: values.get(name, "") for name in COLUMNS},
                              correction_id=unique_id(values)))
    return out


def read_corrections(path: Path, data: bytes | None = None) -> list[Correction]:
    """The corrections file at ``path`` (its bytes ``data`` when the caller read them already: what was hashed is what is
    read); a missing file means no correction. A line that is not UTF-8 (a file saved in a Windows code page) is a
    problem of its own, on its line; the other lines apply."""
    if data is None:
        if not path.exists():
            return []
        data = path.read_bytes()
    texts, problems = [], []
    # (line by line: a UTF-8 file's lines decode as the whole file would, "\n" never being part of another character)
    for line_no, raw in enumerate(data.split(b"\n"), start=1):
        try:
            texts.append(raw.decode("utf-8"))
        except UnicodeDecodeError as exc:
            texts.append("")  # (kept as an empty line: the lines after it keep their numbers)
            problems.append(Correction(line_no, correction_id=correction_id({"action": "encoding", "source": str(line_no)}),
                                       problem=f"malformed CSV line: not UTF-8 (byte {exc.start + 1} of the line); save "
                                               f"{path.name} as “CSV UTF-8”"))
    return sorted(parse_corrections("\n".join(texts)) + problems, key=lambda line: line.line_no)


def parse_number(text: str) -> float:
    """A number as an analyst types it: 17335, 17.335 (Vietnamese thousands), 49,53 or 49.53."""
    cleaned = text.replace(" ", "").replace("\u00a0", "")
    if re.fullmatch(r"\d{1,3}(\.\d{3})+", cleaned):
        cleaned = cleaned.replace(".", "")
    elif re.fullmatch(r"\d{1,3}(\.\d{3})+,\d+", cleaned):
        cleaned = cleaned.replace(".", "").replace(",", ".")
    elif "," in cleaned and "." not in cleaned:
        cleaned = cleaned.replace(",", ".")
    return float(cleaned)


def _suggest_metric(value: str) -> str:
    """Where to look for the right metric code: the codes of the same family ("meritorious_…") and the list with their
    names. One "closest" code would mislead: "meritorious_gifts" is not "meritorious_housing", the catalogue has no
    code for gifts to people with meritorious service."""
    family = [code for code in METRIC_CODES if code.split("_")[0] == value.split("_")[0]]
    known = f" (codes starting '{value.split('_')[0]}_': {', '.join(family)})" if family else _suggest(value, METRIC_CODES)
    return f"{known} — every code with its name: assets/metric_names.csv"


def _suggest(value: str, allowed: list[str] | tuple[str, ...]) -> str:
    close = difflib.get_close_matches(value, list(allowed), n=1, cutoff=0.6)
    return f" (did you mean '{close[0]}'?)" if close else ""


def parse_field(name: str, raw: str) -> object:
    """The typed value of one column of facts, or ValueError with a message naming what is allowed."""
    raw = raw.strip()
    if name not in EDITABLE:
        raise KeyError(name)
    if raw == "" or raw.lower() == "null":
        if name in ("metric", "value", "unit", "qualifier"):
            raise ValueError(f"{name} cannot be empty")
        return None
    if name in NUMBER_FIELDS:
        try:
            number = parse_number(raw)
        except ValueError:
            raise ValueError(f"{name} '{raw}' is not a number") from None
        if number < 0 or (name in ("plan_pct", "yoy_pct") and number > 1000):
            raise ValueError(f"{name} {raw} is out of range")
        return number
    if name == "year":
        if not re.fullmatch(r"\d{4}", raw) or not 1990 <= int(raw) <= 2100:
            raise ValueError(f"year '{raw}' is not a year between 1990 and 2100")
        return int(raw)
    from assets.check.schemas import PERIODS  # here, not at the top: it loads pandera and Dagster

    allowed = {"metric": METRIC_CODES, "unit": UNITS, "qualifier": QUALIFIERS, "period": PERIODS,
               "province": all_provinces(),
               "province_2025": sorted({p for p in map(province_2025, all_provinces()) if p})}.get(name)
    if allowed is not None and raw not in allowed:
        shown = "" if len(allowed) > 30 else f"; one of {', '.join(allowed)}"
        raise ValueError(f"{name} '{raw}' is not allowed{_suggest(raw, allowed)}{shown}")
    return raw


def _with_derived(changes: dict) -> dict:
    """Fields that follow from a changed one unless the analyst set them too: a metric's unit, a
    province's 2025 successor."""
    out = dict(changes)
    if "metric" in changes and "unit" not in changes:
        out["unit"] = BY_CODE[changes["metric"]].unit
    if "province" in changes and "province_2025" not in changes:
        out["province_2025"] = province_2025(changes["province"])
    return out


def source_key(source: str) -> str:
    """The file or doc_id a line's source names, written as documents.source_path writes paths ("./a\\b.txt" → "a/b.txt")."""
    return source.replace("\\", "/").removeprefix("./")


def _document(source: str, by_path: dict[str, dict], by_id: dict[str, dict]) -> tuple[dict | None, str | None]:
    key = source_key(source)
    doc = by_path.get(key) or by_id.get(key.lower())
    if doc is None:
        return None, f"no such document: '{source}' is neither a file under MOLISA_RAW_DIR nor a doc_id{_suggest(key, list(by_path))}"
    if doc["status"] == "quarantined":
        return None, f"no such document: {doc['source_path']} is quarantined ({doc['quarantine_reason']}), so it has no facts"
    if doc["status"] == "duplicate":
        original = next((d["source_path"] for d in by_id.values() if d["doc_id"] == doc["duplicate_of"]), doc["duplicate_of"])
        return None, f"no such document: {doc['source_path']} is a duplicate of {original}; correct the facts of {original}"
    return doc, None


def parse_added(raw: str) -> dict:
    """The fields of an added fact: "17335;year=2023;period=FY" (the value first, then field=value)."""
    parts = [part.strip() for part in raw.split(";") if part.strip()]
    if not parts:
        raise ValueError("value is empty; give the value, then field=value pairs separated by ';'")
    fields: dict = {}
    for number, part in enumerate(parts):
        name, sep, text = part.partition("=")
        if not sep and number == 0:
            name, text = "value", part
        elif not sep:
            raise ValueError(f"'{part}' is not field=value")
        fields[name.strip().lower()] = text.strip()
    if "value" not in fields:
        raise ValueError("the value of the new fact is missing")
    return {name: parse_field(name, text) for name, text in fields.items()}


def _apply_one(c: Outcome, doc: dict, facts_of: dict, rows: dict, added: dict, rejected: dict) -> None:
    """Resolve and apply one correction in place (rows: fact_id → reviewed row)."""
    corr = c.correction
    text = doc["text"] or ""
    if corr.action == "add":
        try:
            values = parse_added(corr.value)
        except KeyError as exc:
            c.problem = f"unknown field: {exc.args[0]} is not a column of facts one can set ({', '.join(EDITABLE)})"
            return
        except ValueError as exc:
            c.problem = f"bad value: {exc}"
            return
        start = text.find(corr.evidence)
        if start < 0:
            c.problem = "evidence not found: the document's text does not contain this evidence"
            return
        end = start + len(corr.evidence)
        new_id = make_fact_id(doc["doc_id"], start, end, corr.metric)
        if new_id in rows or new_id in rejected:
            c.problem = f"bad value: the extractor already has this fact ({new_id}); use fix to change it"
            return
        row = {"fact_id": new_id, "doc_id": doc["doc_id"], "metric": corr.metric, "value_max": None,
               "unit": BY_CODE[corr.metric].unit, "qualifier": "actual", "year": None, "period": None,
               "province": doc["province"], "province_2025": doc["province_2025"], "district": doc["district"],
               "plan_pct": None, "plan_value": None, "yoy_pct": None, "evidence": corr.evidence,
               "span_start": start, "span_end": end, "extractor_version": ADDED_VERSION,
               "review_status": "added", "correction_ids": [corr.correction_id]}
        row.update(_with_derived(values))
        added[new_id] = row
        rows[new_id] = row
        c.fact_id, c.changes = new_id, values
        return
    if corr.action == "reject" and (corr.field or corr.value):
        c.problem = (f"unknown field: a reject takes no field or value (found '{corr.field or corr.value}'); "
                     "if the evidence holds a comma, put it inside double quotes")
        return
    fact, problem = find_fact(text, facts_of.get((doc["doc_id"], corr.metric), []), corr.evidence)
    if fact is None:
        c.problem = problem
        return
    c.fact_id = fact["fact_id"]
    if fact["fact_id"] in rejected:
        c.problem = f"the fact was rejected by line {rejected[fact['fact_id']]}"
        return
    row = rows[fact["fact_id"]]
    if corr.action == "reject":
        rejected[fact["fact_id"]] = corr.line_no
        del rows[fact["fact_id"]]
        return
    if not corr.field:
        c.problem = "unknown field: the field column is empty; name the column of facts to fix"
        return
    try:
        value = parse_field(corr.field, corr.value)
    except KeyError:
        c.problem = (f"unknown field: '{corr.field}' is not a column of facts one can fix"
                     f"{_suggest(corr.field, EDITABLE)}; one of {', '.join(EDITABLE)}")
        return
    except ValueError as exc:
        c.problem = f"bad value: {exc}"
        return
    c.changes = _with_derived({corr.field: value})
    row.update(c.changes)
    row["review_status"] = "corrected"
    row["correction_ids"] = [*row["correction_ids"], corr.correction_id]


def apply_corrections(facts: pl.DataFrame, documents: pl.DataFrame,
                      corrections: list[Correction]) -> tuple[pl.DataFrame, pl.DataFrame]:
    """(facts_reviewed, corrections_log) from the extracted facts, the documents and the corrections.

    ``documents`` needs doc_id, source_path, status, quarantine_reason, duplicate_of, province,
    province_2025, district and text (text only for the documents the corrections name). Lines apply
    in file order; a line that cannot apply is logged with its problem and changes nothing.
    """
    docs = documents.to_dicts()
    by_path = {d["source_path"]: d for d in docs}
    by_id = {d["doc_id"]: d for d in sorted(docs, key=lambda d: d["status"] == "ok")}
    named = {doc["doc_id"] for c in corrections if (doc := _document(c.source, by_path, by_id)[0])}
    facts_of: dict[tuple[str, str], list[dict]] = {}
    for fact in facts.filter(pl.col("doc_id").is_in(list(named))).to_dicts():
        facts_of.setdefault((fact["doc_id"], fact["metric"]), []).append(fact)
    # Only the rows the corrections touch are copied out of polars; the rest stay as they are.
    rows = {f["fact_id"]: {**f, "review_status": "extracted", "correction_ids": []}
            for group in facts_of.values() for f in group}
    touched_before = dict(rows)
    added: dict[str, dict] = {}
    rejected: dict[str, int] = {}
    outcomes = []
    for corr in corrections:
        outcome = Outcome(corr, problem=corr.problem)
        outcomes.append(outcome)
        if outcome.problem:
            continue
        if corr.action not in ACTIONS:
            outcome.problem = f"bad value: action '{corr.action}' is not one of {', '.join(ACTIONS)}"
            continue
        doc, outcome.problem = _document(corr.source, by_path, by_id)
        if doc is None:
            continue
        if corr.metric not in METRIC_CODES:
            outcome.problem = f"bad value: metric '{corr.metric}' is not a metric code (CONTRACT §5){_suggest_metric(corr.metric)}"
            continue
        if not corr.evidence:
            outcome.problem = "evidence not found: the evidence column is empty"
            continue
        _apply_one(outcome, doc, facts_of, rows, added, rejected)
    changed = [row for fid, row in rows.items() if fid not in added and row["review_status"] != "extracted"]
    untouched = facts.filter(~pl.col("fact_id").is_in(list(touched_before))).with_columns(
        pl.lit("extracted").alias("review_status"), pl.lit([], dtype=pl.List(pl.String)).alias("correction_ids"))
    kept_same = [row for fid, row in rows.items() if fid in touched_before and row["review_status"] == "extracted"]
    schema = {**facts.schema, **REVIEW_COLUMNS}
    reviewed = pl.concat([
        untouched,
        pl.DataFrame(kept_same + changed + list(added.values()), schema=schema),
    ]).sort("doc_id", "span_start", "fact_id")
    log = pl.DataFrame([{
        "correction_id": o.correction.correction_id, "line_no": o.correction.line_no,
        "action": o.correction.action or None, "source": o.correction.source or None,
        "metric": o.correction.metric or None, "evidence": o.correction.evidence or None,
        "field": o.correction.field or None, "value": o.correction.value or None,
        "applied": o.problem is None, "fact_id": o.fact_id, "problem": o.problem,
        "note": o.correction.note or None, "author": o.correction.author or None,
    } for o in outcomes], schema=LOG_SCHEMA)
    return reviewed, log
