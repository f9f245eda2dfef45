"""The consistency rules of CONTRACT §6, as data: one row per rule (name, severity, predicate).

Every rule compares facts of the same place (province and district), year, period and qualifier;
the in-document rules also of the same document, and violations_eq_warnings_plus_fines of one
inspection campaign. Before the rules run, ``prepare`` adds to each fact where it sits (paragraph,
sentence, the sentence's text) and the interval its printed number allows (``assets.check.printed``),
so every tolerance is the rounding of the digits the article printed.

Each predicate takes the prepared facts and returns the failing cases: doc_id, fact_ids, expected,
observed and message (one sentence: which numbers disagree, where, what to check). ``findings``
writes out the cases of every rule that has one, with a stable finding_id. ``CONSISTENCY`` turns every
rule into a pandera dataframe-level check over the facts (a fact fails a rule when one of its cases
names it), for validating prepared facts elsewhere; ``findings`` does not go through it, since a rule
fails exactly when it has a case (and pandera's failure report of every finding cost seconds).
How consistency_findings re-checks only what a change can affect: ``assets.check.incremental``.
"""

from __future__ import annotations

import hashlib
from bisect import bisect_left
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from itertools import groupby
from operator import itemgetter

import pandera.polars as pa
import polars as pl
from pandera.api.polars.types import PolarsData

from assets.check.printed import half_unit, locate
from assets.readable import readable

PLACE = ["province", "district"]
SCOPE = [*PLACE, "year", "period", "qualifier"]
INSPECTION = ["establishments_violating", "establishments_warned", "establishments_fined"]
CASE_SCHEMA = {"doc_id": pl.String, "fact_ids": pl.List(pl.String), "expected": pl.Float64,
               "observed": pl.Float64, "message": pl.String}
EPS = 1e-9


def _place(row: dict) -> str:
    if row.get("district"):
        return f"{row['district']} ({row['province']})" if row.get("province") else row["district"]
    return row.get("province") or "nationwide or unknown place"


def _scope(row: dict) -> str:
    qualifier = "" if row.get("qualifier") == "actual" else f" {row.get('qualifier')}"
    return f"{_place(row)}, {row.get('period') or '?'} {row.get('year') or '?'}{qualifier}"


def _quotes(rows: list[dict]) -> str:
    seen: list[str] = []
    for row in sorted(rows, key=lambda r: (r["sent_no"], r["span_start"])):
        if row["sentence"] not in seen:
            seen.append(row["sentence"])
    return " … ".join(f"“{s}”" for s in seen)


def _case(rows: list[dict], expected: float | None, observed: float | None, what: str, check: str,
          doc_row: dict | None = None) -> dict:
    """One failing case over ``rows`` (facts of one document): the message names the file and sentences."""
    doc = doc_row or rows[0]
    return {"doc_id": doc["doc_id"], "fact_ids": [r["fact_id"] for r in rows], "expected": expected,
            "observed": observed,
            "message": f"{doc['source_path']}: {what} in {_quotes(rows)}; check {check}."}


def _cases(cases: list[dict]) -> pl.DataFrame:
    # Column by column: a frame from row dicts costs ten times more with the list column.
    return pl.DataFrame({name: [case[name] for case in cases] for name in CASE_SCHEMA}, schema=CASE_SCHEMA)


def _overlap(low_a: float, high_a: float, low_b: float, high_b: float) -> bool:
    return low_a <= high_b + EPS and low_b <= high_a + EPS


def violations_eq_warnings_plus_fines(facts: pl.DataFrame) -> pl.DataFrame:
    """Violating = warned + fined within one inspection campaign: the counts of one paragraph in the
    same or consecutive sentences, same place, period and qualifier, no count named twice (a second
    "phát hiện N cơ sở vi phạm" opens the next campaign)."""
    parts = facts.filter(pl.col("metric").is_in(INSPECTION)).sort("doc_id", "span_start")
    cases = []
    campaigns: list[dict[str, dict]] = []
    for row in parts.iter_rows(named=True):
        current = campaigns[-1] if campaigns else None
        last = max(current.values(), key=lambda r: r["span_start"]) if current else None
        joins = (current is not None and row["metric"] not in current and last["doc_id"] == row["doc_id"]
                 and last["para_no"] == row["para_no"] and row["sent_no"] - last["sent_no"] <= 1
                 and all(last[k] == row[k] for k in SCOPE))
        if joins:
            current[row["metric"]] = row
        else:
            campaigns.append({row["metric"]: row})
    for campaign in campaigns:
        if len(campaign) < 3:
            continue
        v, w, f = (campaign[m] for m in INSPECTION)
        # "nhắc nhở 18 cơ sở, xử phạt 5 cơ sở" of 18 violating: the fined are among the warned, not a mistake.
        if w["value"] == v["value"] or f["value"] == v["value"]:
            continue
        if _overlap(v["low"], v["high"], w["low"] + f["low"], w["high"] + f["high"]):
            continue
        total = w["value"] + f["value"]
        cases.append(_case(
            [v, w, f], total, v["value"],
            f"{readable(v['value'])} establishments found violating but {readable(w['value'])} warned + "
            f"{readable(f['value'])} fined = {readable(total)} ({_scope(v)})",
            "which of the three counts the article misprints, or whether the campaign had another outcome"))
    return _cases(cases)


def ratio_matches_percent(facts: pl.DataFrame) -> pl.DataFrame:
    """value / plan_value × 100 = the percent of plan, whether the plan is written "N/M", "so với chỉ tiêu
    M", in brackets ("đạt 107,5% (chỉ tiêu 2.000 người)") or as the target beside it in a table row;
    within the printed rounding of both."""
    rows = facts.filter(pl.col("plan_value").is_not_null() & (pl.col("plan_value") > 0)
                        & pl.coalesce("plan_pct", "plan_pct_text").is_not_null()).with_columns(
        pl.lit(None, dtype=pl.String).alias("target_id"))
    # A flattened table row or list item: "Xuất khẩu lao động: chỉ tiêu 2.000 người, thực hiện 2.150 người
    # (đạt 107,5%)": the plan is the one target of the same metric, place and year in the same paragraph.
    keys = ["doc_id", "para_no", "metric", *PLACE, "year"]
    targets = facts.filter(pl.col("qualifier") == "target").filter(pl.len().over(keys) == 1).select(
        *keys, pl.col("value").alias("target_value"), pl.col("fact_id").alias("target_id"))
    rowed = facts.filter(pl.col("plan_value").is_null() & (pl.col("qualifier") != "target")
                         & pl.coalesce("plan_pct", "plan_pct_text").is_not_null()).join(
        targets, on=keys, nulls_equal=True).filter(pl.col("target_value") > 0).with_columns(
        pl.col("target_value").alias("plan_value")).drop("target_value")
    cases = []
    for row in pl.concat([rows, rowed.select(rows.columns)]).iter_rows(named=True):
        pct = row["plan_pct"] if row["plan_pct"] is not None else row["plan_pct_text"]
        tol = half_unit(pct)
        low, high = row["low"] / row["plan_value"] * 100, row["high"] / row["plan_value"] * 100
        if _overlap(low, high, pct - tol, pct + tol):
            continue
        ratio = row["value"] / row["plan_value"] * 100
        case = _case(
            [row], ratio, pct,
            f"{row['metric']} {readable(row['value'])} of a plan of {readable(row['plan_value'])} is {readable(ratio)}% "
            f"but the text says {readable(pct)}% ({_scope(row)})",
            "the done figure, the plan figure and the percent against the source report")
        cases.append(case | ({"fact_ids": [row["fact_id"], row["target_id"]]} if row["target_id"] else {}))
    return _cases(cases)


def rate_change_matches(facts: pl.DataFrame) -> pl.DataFrame:
    """Poverty rate at the end of last year − at the end of this one = the reduction in points, for the
    same document, place, year and qualifier, wherever in the report the three are printed. A finding
    only when no before/after pair of that scope agrees with the reduction."""
    rates = facts.filter((pl.col("metric") == "poverty_rate") & (pl.col("qualifier") != "target"))
    cuts = facts.filter((pl.col("metric") == "poverty_rate_reduction") & (pl.col("qualifier") != "target")
                        & pl.col("value_max").is_null())
    keys = ["doc_id", *PLACE]
    after = rates.select(*keys, "year", "period", "qualifier", pl.struct(pl.all()).alias("a"))
    before = rates.filter(pl.col("period") == "FY").select(
        *keys, (pl.col("year") + 1).alias("year"), pl.struct(pl.all()).alias("b"))
    joined = cuts.select(*keys, "year", "period", "qualifier", "fact_id", pl.struct(pl.all()).alias("c")).join(
        after, on=[*keys, "year", "period", "qualifier"], nulls_equal=True).join(
        before, on=[*keys, "year"], nulls_equal=True)
    cases = []
    for group in joined.partition_by("fact_id", as_dict=False) if joined.height else []:
        triples = [(r["b"], r["a"], r["c"]) for r in group.iter_rows(named=True)]
        if any(_overlap(b["low"] - a["high"], b["high"] - a["low"], c["low"], c["high"]) for b, a, c in triples):
            continue
        b, a, c = min(triples, key=lambda t: abs(t[0]["value"] - t[1]["value"] - t[2]["value"]))
        diff = b["value"] - a["value"]
        cases.append(_case(
            [b, a, c], diff, c["value"],
            f"the poverty rate fell from {readable(b['value'])}% to {readable(a['value'])}% ({readable(diff)} points) "
            f"but the text says it fell {readable(c['value'])} points ({_scope(c)})",
            "the two rates and the reduction against the source report"))
    return _cases(cases)


def part_not_exceeding_whole(facts: pl.DataFrame) -> pl.DataFrame:
    """Workers sent abroad never exceed the jobs created of the same document and scope (the largest
    such figure), and in a printed "N/M" that is a part of a whole (not a plan), N ≤ M."""
    keys = ["doc_id", *SCOPE]
    whole = facts.filter(pl.col("metric") == "jobs_created").sort("high", descending=True).unique(
        keys, keep="first", maintain_order=True).select(*keys, pl.struct(pl.all()).alias("w"))
    export = facts.filter(pl.col("metric") == "labour_export").join(whole, on=keys, nulls_equal=True)
    cases = []
    for row in export.iter_rows(named=True):
        w = row.pop("w")
        if row["low"] > w["high"] + EPS:
            cases.append(_case(
                [row, w], w["value"], row["value"],
                f"{readable(row['value'])} workers sent abroad exceed the {readable(w['value'])} jobs created they are "
                f"part of ({_scope(row)})",
                "both figures, and whether the jobs figure is only jobs at home"))
    fractions = facts.filter(pl.col("plan_value").is_not_null() & pl.col("plan_pct").is_null()
                             & ~pl.col("fraction_is_plan") & (pl.col("low") > pl.col("plan_value") + EPS))
    for row in fractions.iter_rows(named=True):
        cases.append(_case(
            [row], row["plan_value"], row["value"],
            f"{row['metric']} {readable(row['value'])}/{readable(row['plan_value'])}: the part is more than the whole "
            f"({_scope(row)})", "the two numbers of the fraction"))
    return _cases(cases)


class _Candidates:
    """Last year's facts of one scope, ordered for the two questions ``yoy_claim_matches_history`` asks of each claim:
    does any agree (sorted by ``high``, with the lowest ``low`` of every suffix), and which is nearest a value (sorted by
    value, then row). A search per claim, not a join of every claim with every candidate: at 100,000 pages a province
    and year held a thousand reports, and the pairs ran to eight million."""

    def __init__(self, rows: list[tuple[int, float, float, float]]):
        by_high = sorted((high, low) for _h, low, high, _value in rows if high > 0)
        self.highs = [high for high, _low in by_high]
        self.lows = [low for _high, low in by_high]
        self.suffix_low = list(self.lows)
        for i in range(len(self.suffix_low) - 2, -1, -1):
            self.suffix_low[i] = min(self.suffix_low[i], self.suffix_low[i + 1])
        by_value = sorted((value, h) for h, _low, _high, value in rows)
        self.values = [value for value, _h in by_value]
        self.rows = [h for _value, h in by_value]

    def any_agrees(self, low: float, high: float, pct: float, tol: float) -> bool:
        """Whether a candidate's interval [p_low, p_high] (p_high > 0) gives ``pct`` ± ``tol``, by the arithmetic of
        ``_overlap``: low / p_high · 100 ≤ pct + tol and pct − tol ≤ high / p_low · 100. The first grows true as p_high
        grows (a non-negative ``low``), the second as p_low falls: so the candidates from the first p_high that passes
        on, and of those the lowest p_low, decide."""
        if low < 0 or high < 0:  # (no count or rate is below zero, but a correction might say so: every one is tried)
            return any(_overlap(low / p_high * 100, high / max(p_low, EPS) * 100, pct - tol, pct + tol)
                       for p_high, p_low in zip(self.highs, self.lows, strict=True))
        first = bisect_left(self.highs, True, key=lambda p_high: low / p_high * 100 <= pct + tol + EPS)
        return first < len(self.highs) and pct - tol <= high / max(self.suffix_low[first], EPS) * 100 + EPS

    def nearest(self, implied: float) -> int | None:
        """The row of the candidate whose value is nearest ``implied`` (of equals, the first row), None without one."""
        at = bisect_left(self.values, implied)
        best: tuple[float, int] | None = None
        for index in (bisect_left(self.values, self.values[at - 1]) if at else None, at if at < len(self.values) else None):
            if index is not None and (best is None or (abs(self.values[index] - implied), self.rows[index]) < best):
                best = (abs(self.values[index] - implied), self.rows[index])
        return best[1] if best else None


def _history_by_scope(history: pl.DataFrame, keys: list[str]) -> dict[tuple, _Candidates]:
    """``_Candidates`` of each scope (the ``keys`` values) of the history rows (_h, _h_low, _h_high, _h_value)."""
    out = {}
    for row in history.group_by(keys, maintain_order=True).agg(
            pl.col("_h"), pl.col("_h_low"), pl.col("_h_high"), pl.col("_h_value")).iter_rows():
        *scope, hs, lows, highs, values = row
        out[tuple(scope)] = _Candidates(list(zip(hs, lows, highs, values, strict=True)))
    return out


def yoy_claim_matches_history(facts: pl.DataFrame) -> pl.DataFrame:
    """A "so với cùng kỳ" percentage agrees with last year's figure: the one printed in brackets after it
    ("tăng 8,4% so với cùng kỳ năm 2023 (39.203 người)"), else any actual fact of the same place,
    metric and period a year earlier, in this document or another (places known). A finding only when
    none of them agrees."""
    keys = [*PLACE, "metric", "period", "year"]
    claims = facts.filter(pl.col("yoy_pct").is_not_null() & (pl.col("yoy_pct") > 0)
                          & (pl.col("qualifier") != "target"))
    if claims.is_empty():
        return _cases([])
    # Lazy, so that only the columns and rows read are copied: the actual facts are most facts.
    actual = facts.lazy().filter(pl.col("qualifier") == "actual").with_row_index("_h")
    # Of last year's facts only what the arithmetic reads, and only in the scopes of claims without a bracketed figure:
    # a claim of a known place reads every report of it, one of no province only its own document's.
    history = actual.select(*keys[:-1], (pl.col("year") + 1).alias("year"), "_h", "doc_id", pl.col("low").alias("_h_low"),
                            pl.col("high").alias("_h_high"), pl.col("value").alias("_h_value"))
    unbracketed = claims.lazy().filter(pl.col("prev_text").is_null())
    placed = _history_by_scope(history.join(unbracketed.filter(pl.col("province").is_not_null()).select(keys).unique(),
                                            on=keys, how="semi", nulls_equal=True).collect(), keys)
    own = _history_by_scope(history.join(unbracketed.filter(pl.col("province").is_null()).select(*keys, "doc_id").unique(),
                                         on=[*keys, "doc_id"], how="semi", nulls_equal=True).collect(), [*keys, "doc_id"])
    kept = []
    for row in claims.select("fact_id", "doc_id", "low", "high", "value", "yoy_pct", "prev_low", "prev_high", "prev_text",
                             *keys).iter_rows(named=True):
        pct = row["yoy_pct"]
        tol = half_unit(pct)
        if row["prev_text"] is not None:
            if not (row["prev_high"] > 0 and _overlap(row["low"] / row["prev_high"] * 100,
                                                      row["high"] / max(row["prev_low"], EPS) * 100, pct - tol, pct + tol)):
                kept.append((row["fact_id"], None))
            continue
        scope = tuple(row[key] for key in keys)
        candidates = placed.get(scope) if row["province"] is not None else own.get((*scope, row["doc_id"]))
        if candidates is None or not candidates.values:
            continue
        if not candidates.any_agrees(row["low"], row["high"], pct, tol):
            kept.append((row["fact_id"], candidates.nearest(row["value"] * 100 / pct)))
    kept = pl.DataFrame(kept, schema={"fact_id": pl.String, "_h": pl.UInt32}, orient="row")
    nearest_rows = actual.filter(pl.col("_h").is_in(kept["_h"].drop_nulls().implode())).select(
        "_h", pl.struct(pl.all().exclude("_h")).alias("h")).collect()
    joined = kept.join(claims, on="fact_id", how="left", maintain_order="left").join(
        nearest_rows, on="_h", how="left", maintain_order="left").drop("_h")
    # Each claim with last year's facts it joined (None when none): plain rows grouped by claim, in
    # order of first appearance (a frame per claim cost a millisecond each).
    groups: dict[str, tuple[dict, list]] = {}
    for row in joined.iter_rows(named=True):
        history_row = row.pop("h")
        groups.setdefault(row["fact_id"], (row, []))[1].append(history_row)
    cases = []
    for claim, joined_history in groups.values():
        tol = half_unit(claim["yoy_pct"])
        if claim["prev_text"] is not None:
            candidates = [({"low": claim["prev_low"], "high": claim["prev_high"], "value": claim["prev_text"]}, None)]
        else:
            candidates = [(h, h) for h in joined_history if h is not None
                          and (h["doc_id"] == claim["doc_id"] or claim["province"] is not None)]
        if not candidates:
            continue
        if any(_overlap(claim["low"] / p["high"] * 100, claim["high"] / max(p["low"], EPS) * 100,
                        claim["yoy_pct"] - tol, claim["yoy_pct"] + tol) for p, _ in candidates if p["high"] > 0):
            continue
        implied = claim["value"] * 100 / claim["yoy_pct"]
        prev, fact = min(candidates, key=lambda c: abs(c[0]["value"] - implied))
        where = "in brackets" if fact is None else (
            "a year earlier in this article" if fact["doc_id"] == claim["doc_id"]
            else f"in {fact['source_path']} (“{fact['sentence']}”)")
        shown = round(implied) if abs(implied) >= 100 else implied
        case = _case(
            [claim] + ([fact] if fact is not None and fact["doc_id"] == claim["doc_id"] else []),
            implied, prev["value"],
            f"{claim['metric']} {readable(claim['value'])} at {readable(claim['yoy_pct'])}% of the same period last year "
            f"implies about {readable(shown)} last year, but {readable(prev['value'])} is reported {where} ({_scope(claim)})",
            "this year's figure, the percentage and last year's figure")
        # Last year's fact in another document is named in the message and among the facts, not quoted twice.
        cases.append(case | ({"fact_ids": [claim["fact_id"], fact["fact_id"]]} if fact is not None else {}))
    return _cases(cases)


# The report of a group sources_agree compares the others with: the latest publication (by date, a page with none
# first; then doc_id). The re-check (``incremental.source_groups``) finds it the same way.
LATEST_REPORT = pl.col("doc_id").sort_by([pl.col("published_date").fill_null(date.min), pl.col("doc_id")]).last()
# The columns sources_agree reads (the re-check hands it only these).
SOURCES_READ = tuple(dict.fromkeys(("doc_id", "fact_id", "value", "low", "high", "source_path", "sentence",
                                    "published_date", *SCOPE, "metric")))


def sources_agree(facts: pl.DataFrame) -> pl.DataFrame:
    """Two documents giving the same place (province known), metric, year, period and qualifier agree
    within the rounding of what each printed ("hơn 106 nghìn" and "106.775" agree). Each document is
    compared with the latest publication of that scope, the one the marts take: one finding per
    document that shares no agreeing value with it, filed under the later publication.

    Against the latest only, not every pair: n reports of one scope give at most n - 1 findings, not
    n²/2 (a corpus with hundreds of reports per province and year would otherwise make millions), and
    each finding says what differs from the figure in use.
    """
    keys = [*SCOPE, "metric"]
    # Only what the comparison and the message read: the pairs hold a row of each of two facts.
    read = [c for c in SOURCES_READ if c in facts.columns]
    # The pairs are made without the quoted sentence and file name (joined back to the few that disagree):
    # a scope with hundreds of reports makes pairs by the hundred thousand.
    quoted = [c for c in ("source_path", "sentence") if c in read]
    compared = [c for c in read if c not in quoted]
    shared = facts.select(compared).filter(pl.col("province").is_not_null()).filter(
        pl.col("doc_id").n_unique().over(keys) > 1)
    shared = shared.with_columns(LATEST_REPORT.over(keys).alias("_latest"))
    pairs = shared.filter(pl.col("doc_id") != pl.col("_latest")).drop("_latest").join(
        shared.filter(pl.col("doc_id") == pl.col("_latest")).drop("_latest"), on=keys, nulls_equal=True, suffix="_b")
    agree = (pl.col("low") <= pl.col("high_b") + EPS) & (pl.col("low_b") <= pl.col("high") + EPS)
    # Document pairs that share no agreeing value; of each, the two closest values.
    disagreeing = pairs.with_columns(agree.any().over(*keys, "doc_id", "doc_id_b").alias("any_agree")).filter(
        ~pl.col("any_agree")).with_columns((pl.col("value") - pl.col("value_b")).abs().alias("gap")).sort(
        "gap", "fact_id", "fact_id_b").unique([*keys, "doc_id", "doc_id_b"], keep="first", maintain_order=True)
    # Only what the message reads.
    quotes = facts.select("fact_id", *quoted)
    disagreeing = disagreeing.join(quotes, on="fact_id", how="left", maintain_order="left").join(
        quotes.rename({c: f"{c}_b" for c in quoted}), left_on="fact_id_b", right_on="fact_id", how="left",
        maintain_order="left")
    # Later and earlier publication of each pair, and its message, column by column (a Python row
    # per case took 0.6 GB and 12 s more at 343,000 cases).
    published = pl.col("published_date").fill_null(date.min)
    published_b = pl.col("published_date_b").fill_null(date.min)
    b_later = (published_b > published) | ((published_b == published) & (pl.col("doc_id_b") >= pl.col("doc_id")))
    sides = [expr for c in ("doc_id", "fact_id", "value", "source_path", "sentence") for expr in (
        pl.when(b_later).then(pl.col(f"{c}_b")).otherwise(pl.col(c)).alias(f"later_{c}"),
        pl.when(b_later).then(pl.col(c)).otherwise(pl.col(f"{c}_b")).alias(f"earlier_{c}"))]
    number = {"return_dtype": pl.String, "skip_nulls": False}
    district = pl.col("district")
    place = pl.when(district.is_not_null()).then(pl.format("{} ({})", district, pl.col("province"))).otherwise(
        pl.col("province"))
    qualifier = pl.when(pl.col("qualifier") == "actual").then(pl.lit("")).otherwise(
        pl.lit(" ") + pl.col("qualifier").fill_null("None"))
    scope = pl.format("{}, {} {}{}", place, pl.col("period").fill_null("?"),
                      pl.col("year").cast(pl.String).fill_null("?"), qualifier)
    cases = disagreeing.select(*sides, scope.alias("scope"), "metric").select(
        pl.col("later_doc_id").alias("doc_id"),
        pl.concat_list("later_fact_id", "earlier_fact_id").alias("fact_ids"),
        pl.col("earlier_value").alias("expected"), pl.col("later_value").alias("observed"),
        pl.format("{}: {} is {} for {} in “{}” but {} gives {} in “{}”; check which report is right (unless a "
                  "correction says otherwise, the marts take an actual over an estimate, then the later publication; "
                  "mart_metric_yoy.chosen_because says which they took; this finding is filed under {}).",
                  "later_source_path", "metric", pl.col("later_value").map_elements(readable, **number), "scope",
                  pl.col("later_sentence").fill_null("None"), "earlier_source_path",
                  pl.col("earlier_value").map_elements(readable, **number), pl.col("earlier_sentence").fill_null("None"),
                  "later_source_path").alias("message"))
    return cases.cast(CASE_SCHEMA) if cases.height else pl.DataFrame(schema=CASE_SCHEMA)


@dataclass(frozen=True)
class Rule:
    name: str
    severity: str
    description: str
    find: Callable[[pl.DataFrame], pl.DataFrame]


RULES: tuple[Rule, ...] = (
    Rule("violations_eq_warnings_plus_fines", "warn",
         "establishments found violating = warned + fined, within one inspection campaign (one statement or "
         "consecutive sentences of one paragraph), same place, period and qualifier",
         violations_eq_warnings_plus_fines),
    Rule("ratio_matches_percent", "warn",
         "value / plan value × 100 equals the percent of plan printed with it (N/M, so với chỉ tiêu M, "
         "a plan in brackets), within printed rounding", ratio_matches_percent),
    Rule("rate_change_matches", "warn",
         "poverty rate before − after = the reduction in points, within rounding, for one report, place and year",
         rate_change_matches),
    Rule("part_not_exceeding_whole", "warn",
         "workers sent abroad ≤ jobs created for the same report, place, period and qualifier; N ≤ M in a "
         "“N/M” part of a whole", part_not_exceeding_whole),
    Rule("yoy_claim_matches_history", "warn",
         "a “so với cùng kỳ” percentage agrees with last year's figure: printed beside it, elsewhere in the "
         "article, or in another report on the same place", yoy_claim_matches_history),
    Rule("sources_agree", "warn",
         "two documents on the same place, metric, year, period and qualifier give the same value within "
         "printed rounding", sources_agree),
)
BY_NAME = {rule.name: rule for rule in RULES}


LOCATED_SCHEMA = {
    "para_no": pl.Int64, "sent_no": pl.Int64, "sentence": pl.String, "low": pl.Float64, "high": pl.Float64,
    "plan_pct_text": pl.Float64, "prev_text": pl.Float64, "prev_low": pl.Float64, "prev_high": pl.Float64,
    "fraction_is_plan": pl.Boolean}
# What ``locate`` reads of a fact (besides its document's text): a fact with the same values of these
# in the same text is located the same.
LOCATE_INPUTS = ["doc_id", "span_start", "span_end", "evidence", "value", "value_max", "plan_value", "plan_pct",
                 "yoy_pct"]


def locate_rows(rows: list[dict], texts: dict[str, str | None]) -> pl.DataFrame:
    """``locate`` over fact rows (``LOCATE_INPUTS``, grouped by doc_id), one row of ``LOCATED_SCHEMA`` each."""
    located = []
    for doc_id, group in groupby(rows, key=itemgetter("doc_id")):
        located.extend(locate(texts.get(doc_id), list(group)))
    return pl.DataFrame([x.as_row() for x in located], schema=LOCATED_SCHEMA, orient="row")


def prepare(facts: pl.DataFrame, sources: pl.DataFrame | None = None,
            locator: Callable[[pl.DataFrame, dict[str, str | None]], pl.DataFrame] | None = None) -> pl.DataFrame:
    """The facts with what the rules read from the text: para_no, sent_no, sentence, low, high (the
    interval of the printed value), plan_pct_text, prev_text/prev_low/prev_high, fraction_is_plan, and
    the document's source_path and published_date. ``sources`` holds doc_id, source_path and, where
    known, text and published_date; without it the doc_id names the document and each fact is read
    from its evidence alone. ``locator`` (sorted facts, texts) → the located columns, row for row:
    by default ``locate_rows`` of every fact; the asset passes one that reuses earlier results."""
    sources = sources if sources is not None else facts.select("doc_id").unique().with_columns(
        pl.col("doc_id").alias("source_path"))
    docs = sources.unique("doc_id", keep="first")
    texts = dict(zip(docs["doc_id"], docs["text"], strict=True)) if "text" in docs.columns else {}
    dated = docs.select("doc_id", "source_path", *(["published_date"] if "published_date" in docs.columns else []))
    if "published_date" not in dated.columns:
        dated = dated.with_columns(pl.lit(None, dtype=pl.Date).alias("published_date"))
    facts = facts.sort("doc_id", "span_start", "fact_id")
    extra = (locator(facts, texts) if locator is not None
             else locate_rows(facts.select(LOCATE_INPUTS).to_dicts(), texts))
    return pl.concat([facts, extra], how="horizontal").join(dated, on="doc_id", how="left").with_columns(
        pl.coalesce("source_path", "doc_id").alias("source_path"))


def _fact_passes(rule: Rule, found: pl.DataFrame | None = None) -> Callable[[PolarsData], pl.LazyFrame]:
    """The rule as a pandera check: one boolean per fact, false where a failing case names the fact.
    ``found``: the rule's cases when already computed, so a run applies each rule once."""
    def check(data: PolarsData) -> pl.LazyFrame:
        facts = data.lazyframe.collect()
        cases = found if found is not None else rule.find(facts)
        named = cases["fact_ids"].explode().drop_nulls().to_list()
        return facts.lazy().select(~pl.col("fact_id").is_in(named))
    return check


def consistency_schema(found: dict[str, pl.DataFrame] | None = None) -> pa.DataFrameSchema:
    """Every rule as a pandera dataframe check over the prepared facts."""
    return pa.DataFrameSchema(name="facts_consistency", checks=[
        pa.Check(_fact_passes(rule, (found or {}).get(rule.name)), name=rule.name, error=rule.name)
        for rule in RULES])


CONSISTENCY = consistency_schema()


def broken_rules(prepared: pl.DataFrame, schema: pa.DataFrameSchema = CONSISTENCY) -> list[Rule]:
    """The rules the prepared facts break, by validating them against ``schema``."""
    try:
        schema.validate(prepared, lazy=True)
    except pa.errors.SchemaErrors as exc:
        failed = set(exc.failure_cases["check_number"].to_list())
        return [rule for number, rule in enumerate(RULES) if number in failed]
    return []


FINDING_SCHEMA = {"finding_id": pl.String, "rule": pl.String, "severity": pl.String, **CASE_SCHEMA}


def findings(facts: pl.DataFrame, sources: pl.DataFrame | None = None) -> pl.DataFrame:
    """One row per failing case of every broken rule, with a stable finding_id.

    ``sources`` (doc_id, source_path, and where known text and published_date) names each document
    and quotes its sentences in the messages; without it, the doc_id and the evidence.
    """
    if facts.height == 0:
        return pl.DataFrame(schema=FINDING_SCHEMA)
    return findings_of(prepare(facts, sources))


def findings_of(prepared: pl.DataFrame) -> pl.DataFrame:
    """``findings`` of facts already prepared."""
    return finding_rows({rule.name: rule.find(prepared) for rule in RULES})


def finding_rows(cases: dict[str, pl.DataFrame]) -> pl.DataFrame:
    """The failing cases of each rule (a rule breaks when it has one) as findings: rule, severity and a
    stable finding_id; one finding per id (the first), sorted by it."""
    frames = [cases[rule.name].select(pl.lit(rule.name).alias("rule"), pl.lit(rule.severity).alias("severity"),
                                      *CASE_SCHEMA)
              for rule in RULES if rule.name in cases and cases[rule.name].height]
    out = pl.concat(frames) if frames else pl.DataFrame(
        schema={k: v for k, v in FINDING_SCHEMA.items() if k != "finding_id"})
    # sha256 for ids stable across polars versions (Expr.hash is not); one per finding, not per fact.
    ids = [hashlib.sha256(f"{r}|{','.join(sorted(f))}".encode()).hexdigest()[:24]
           for r, f in zip(out["rule"].to_list(), out["fact_ids"].to_list(), strict=True)]
    return out.with_columns(pl.Series("finding_id", ids, dtype=pl.String)).unique("finding_id", keep="first").select(
        *FINDING_SCHEMA).sort("finding_id")
