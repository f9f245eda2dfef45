"""The review site (`molisa review`): static HTML pages, one per document, every fact on its evidence.

``segments`` cuts a text at every evidence boundary so overlapping and nested spans render as flat,
non-overlapping pieces that each know the facts covering them; ``document_pages`` gathers what a page
shows from warehouse frames; ``write_site`` renders the Jinja2 templates (autoescaped: every piece of
document text is escaped) into a folder that opens from disk, no server.
"""

from __future__ import annotations

import hashlib
import re
import shutil
from dataclasses import dataclass, field
from pathlib import Path

import duckdb
import jinja2
import polars as pl

from assets.metrics import metric_names
from assets.readable import readable
from assets.review.matching import correction_line, picking_evidence

TEMPLATES = Path(__file__).resolve().parent / "templates"
METRIC_NAMES = metric_names()
ATTRIBUTES = ("metric", "value", "value_max", "unit", "qualifier", "year", "period", "province", "province_2025",
              "district", "plan_pct", "plan_value", "yoy_pct")


@dataclass(frozen=True)
class Segment:
    """A piece of text [start, end) and the facts whose evidence covers all of it (none: plain text)."""

    start: int
    end: int
    text: str
    fact_ids: tuple[str, ...]
    starts: tuple[str, ...] = ()  # facts whose evidence begins here (their metric label goes here)


def segments(text: str, spans: list[tuple[str, int, int]]) -> list[Segment]:
    """The text cut at every span boundary; spans are (fact_id, start, end) and may overlap or nest."""
    cuts = sorted({0, len(text), *(s for _, s, _ in spans), *(e for _, _, e in spans)})
    out = []
    for start, end in zip(cuts, cuts[1:], strict=False):
        if start >= end:
            continue
        covering = tuple(fid for fid, s, e in spans if s <= start and end <= e)
        beginning = tuple(fid for fid, s, _ in spans if s == start)
        out.append(Segment(start, end, text[start:end], covering, beginning))
    return out


def page_name(source_path: str) -> str:
    """The file name of a document's page: readable, and unique by a hash of its path."""
    stem = re.sub(r"[^A-Za-z0-9_.-]+", "_", Path(source_path).stem)[:60]
    return f"{stem}-{hashlib.sha256(source_path.encode()).hexdigest()[:8]}.html"


def fmt(value: object) -> str:
    """A value as a person reads it (``assets.readable``): 17335 → 17 335, 49.53 → 49.53, None → empty."""
    if value is None:
        return ""
    return readable(value) if isinstance(value, float) else str(value)


@dataclass
class FactView:
    """One fact as its page shows it."""

    row: dict
    status: str  # extracted | corrected | added | rejected
    label: str
    name: str = ""  # the measure in words, Vietnamese and English (the label is the code a correction line names)
    findings: list[dict] = field(default_factory=list)
    corrections: list[dict] = field(default_factory=list)
    reject_line: str | None = None
    fix_line: str | None = None
    why_no_line: str | None = None
    in_marts: str = ""  # whether the marts show this figure, and if not which one they show and why

    @property
    def fact_id(self) -> str:
        return self.row["fact_id"]

    def attributes(self) -> list[tuple[str, str]]:
        return [(name, fmt(self.row.get(name))) for name in ATTRIBUTES if self.row.get(name) is not None]

    def tooltip(self) -> str:
        return f"{self.label} ({self.status}): " + ", ".join(f"{k}={v}" for k, v in self.attributes()[1:])


@dataclass
class DocPage:
    """One document's page: its row, text segments, facts, findings and corrections."""

    doc: dict
    name: str
    segments: list[Segment]
    facts: list[FactView]
    findings: list[dict]
    corrections: list[dict]
    duplicate_of: dict | None = None

    @property
    def counted_facts(self) -> int:
        return sum(1 for f in self.facts if f.status != "rejected")


MART_KEY = ("province_2025", "province", "district", "metric", "period", "year")


def in_marts(row: dict, status: str, chosen: dict[tuple, dict]) -> str:
    """What the marts make of fact ``row`` (``chosen``: int_facts_chosen rows by their key): shown, or which figure
    they show instead and why, or why it is in no year-over-year row."""
    if status == "rejected":
        return "in the marts: no (rejected by a correction)"
    if row.get("qualifier") not in ("actual", "estimate") or row.get("year") is None or row.get("period") is None:
        return ("in the marts: only mart_plan_attainment, if it is a target stated as a figure (the year-over-year "
                "marts hold actuals and estimates with a year and a period)")
    pick = chosen.get(tuple(row.get(k) for k in MART_KEY))
    if pick is None:
        return "in the marts: not yet (the marts were built before this fact)"
    if pick["fact_id"] == row["fact_id"]:
        return f"in the marts: shown — {pick['chosen_because']}"
    if pick["value"] == row["value"]:
        return f"in the marts: the same figure, taken from {pick['source_path']} — {pick['chosen_because']}"
    return (f"in the marts: not shown; {fmt(pick['value'])} from {pick['source_path']} is — "
            f"{pick['chosen_because']}")


def _fact_views(doc: dict, facts: list[dict], rejected: list[dict], findings: list[dict],
                log_by_fact: dict[str, list[dict]], chosen: dict[tuple, dict] | None = None) -> list[FactView]:
    text = doc.get("text") or ""
    views = []
    by_metric: dict[str, list[dict]] = {}
    for row in facts + rejected:
        by_metric.setdefault(row["metric"], []).append(row)
    for row, status in [*((r, r["review_status"]) for r in facts), *((r, "rejected") for r in rejected)]:
        named = METRIC_NAMES.get(row["metric"])
        view = FactView(row, status, row["metric"], f"{named.vi} — {named.en}" if named else "",
                        findings=[f for f in findings if row["fact_id"] in (f["fact_ids"] or [])],
                        corrections=log_by_fact.get(row["fact_id"], []),
                        in_marts=in_marts(row, status, chosen) if chosen is not None else "")
        if status != "rejected":
            key = picking_evidence(text, row, by_metric[row["metric"]])
            if key is None:
                view.why_no_line = (f"the same words are the evidence of another {row['metric']} fact too, "
                                    "so no correction line can pick this one out; report it to the extractor's "
                                    "maintainers")
            elif status == "added":
                view.why_no_line = "added by a correction: edit or delete that line of the corrections file"
            else:
                view.reject_line = correction_line("reject", doc["source_path"], row["metric"], key)
                view.fix_line = correction_line("fix", doc["source_path"], row["metric"], key, "province",
                                                row.get("province") or "")
        views.append(view)
    return sorted(views, key=lambda v: (v.row["span_start"], v.row["span_end"], v.fact_id))


def document_pages(documents: pl.DataFrame, facts: pl.DataFrame, extracted: pl.DataFrame,
                   findings: pl.DataFrame, log: pl.DataFrame, chosen: pl.DataFrame | None = None) -> list[DocPage]:
    """The pages of every document, in source_path order.

    ``facts`` is facts_reviewed; ``extracted`` the facts table (its rows missing from facts_reviewed
    are the rejected ones, shown struck out); ``log`` is corrections_log; ``chosen`` int_facts_chosen (what the
    marts show), None when the marts are not built.
    """
    picks = None if chosen is None else {tuple(r[k] for k in MART_KEY): r for r in chosen.to_dicts()}
    facts_by_doc: dict[str, list[dict]] = {}
    for row in facts.sort("span_start").to_dicts():
        facts_by_doc.setdefault(row["doc_id"], []).append(row)
    rejected_by_doc: dict[str, list[dict]] = {}
    for row in extracted.join(facts.select("fact_id"), on="fact_id", how="anti").to_dicts():
        rejected_by_doc.setdefault(row["doc_id"], []).append(row)
    findings_by_doc: dict[str, list[dict]] = {}
    for row in findings.sort("rule").to_dicts():
        findings_by_doc.setdefault(row["doc_id"], []).append(row)
    log_rows = log.sort("line_no").to_dicts()
    log_by_fact: dict[str, list[dict]] = {}
    for row in log_rows:
        if row["fact_id"]:
            log_by_fact.setdefault(row["fact_id"], []).append(row)
    # Columns a newer documents table may have; absent ones read as unknown.
    docs = [{"source_url": None, "site": None, "org_name": None, **d} for d in documents.sort("source_path").to_dicts()]
    by_id = {d["doc_id"]: d for d in docs if d["status"] == "ok"}
    pages = []
    for doc in docs:
        name = page_name(doc["source_path"])
        facts_here = facts_by_doc.get(doc["doc_id"], []) if doc["status"] == "ok" else []
        rejected = rejected_by_doc.get(doc["doc_id"], []) if doc["status"] == "ok" else []
        found = findings_by_doc.get(doc["doc_id"], []) if doc["status"] == "ok" else []
        views = _fact_views(doc, facts_here, rejected, found, log_by_fact, picks)
        spans = [(v.fact_id, v.row["span_start"], v.row["span_end"]) for v in views]
        corrections = [row for row in log_rows if row["source"] in (doc["source_path"], doc["doc_id"])]
        pages.append(DocPage(doc, name, segments(doc.get("text") or "", spans), views, found, corrections))
    names = {d["doc_id"]: page_name(d["source_path"]) for d in docs if d["status"] == "ok"}
    for page in pages:
        original = page.doc.get("duplicate_of")
        if original in by_id:
            page.duplicate_of = {"source_path": by_id[original]["source_path"], "name": names[original]}
    return pages


def environment() -> jinja2.Environment:
    """Jinja2 over assets/review/templates, autoescaping everything (document text is untrusted)."""
    env = jinja2.Environment(loader=jinja2.FileSystemLoader(TEMPLATES), autoescape=True,
                             undefined=jinja2.StrictUndefined, trim_blocks=True, lstrip_blocks=True)
    env.filters["fmt"] = fmt
    return env


def write_site(out_dir: Path, pages: list[DocPage], log: pl.DataFrame, info: dict) -> Path:
    """Render the index and every document page into ``out_dir`` (replacing an older site there);
    returns the index file."""
    env = environment()
    docs_dir = out_dir / "docs"
    if docs_dir.exists():
        shutil.rmtree(docs_dir)
    docs_dir.mkdir(parents=True)
    shutil.copyfile(TEMPLATES / "style.css", out_dir / "style.css")
    shutil.copyfile(TEMPLATES / "review.js", out_dir / "review.js")
    not_applied = log.filter(~pl.col("applied")).sort("line_no").to_dicts()
    page_tpl = env.get_template("document.html.j2")
    for page in pages:
        by_id = {v.fact_id: v for v in page.facts}
        (docs_dir / page.name).write_text(page_tpl.render(page=page, facts_by_id=by_id, info=info),
                                          encoding="utf-8")
    index = out_dir / "index.html"
    index.write_text(env.get_template("index.html.j2").render(
        pages=pages, not_applied=not_applied, applied=log.filter(pl.col("applied")).height, info=info),
        encoding="utf-8")
    return index


def build_site(con, out_dir: Path, info: dict) -> tuple[Path, int]:
    """Read the warehouse (an open connection, any snapshot) and write the site; (index, pages)."""
    import datetime as dt

    documents = con.execute("select * exclude (clean_version) from documents").pl()
    reviewed = con.execute("select * from facts_reviewed").pl()
    extracted = con.execute("select * from facts").pl()
    findings = con.execute("select * from consistency_findings").pl()
    log = con.execute("select * from corrections_log").pl()
    try:  # the marts' view exists once they were built
        chosen = con.execute("select fact_id, value, source_path, chosen_because, " + ", ".join(MART_KEY)
                             + " from int_facts_chosen").pl()
    except duckdb.CatalogException:
        chosen = None
    pages = document_pages(documents, reviewed, extracted, findings, log, chosen)
    info = {"built": dt.datetime.now().astimezone().strftime("%Y-%m-%d %H:%M"), "at": None, **info}
    return write_site(out_dir, pages, log, info), len(pages)
