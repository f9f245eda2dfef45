"""The consistency rules of CONTRACT §6, as data: one row per rule (name, severity, predicate).

Each predicate is a polars function that takes the facts table and returns the failing cases with
the columns doc_id, fact_ids, expected, observed, message. ``CONSISTENCY`` turns every rule into a
pandera dataframe-level check over the facts (a fact fails a rule when one of its cases names it);
``findings`` validates the facts against it and writes out the cases of the rules that failed.
"""

from __future__ import annotations

import hashlib
from collections.abc import Callable
from dataclasses import dataclass

import pandera.polars as pa
import polars as pl
from pandera.api.polars.types import PolarsData

FINDING_COLUMNS = ["doc_id", "fact_ids", "expected", "observed", "message"]


def _decimals(col: str) -> pl.Expr:
    """Printed decimals of a number (49.53 → 2, 40 → 0), read back from the stored float."""
    text = pl.col(col).round(6).cast(pl.String).str.replace(r"\.?0+$", "")
    return pl.when(text.str.contains(r"\.")).then(text.str.split(".").list.last().str.len_chars()).otherwise(0)


def _tolerance(col: str) -> pl.Expr:
    """Half a unit of the last printed digit: "40%" allows ±0.5, "49,53%" ±0.005."""
    return 0.5 * pl.lit(10.0).pow(-_decimals(col).cast(pl.Float64))


def _fmt(expr: pl.Expr) -> pl.Expr:
    return expr.round(2).cast(pl.String).str.replace(r"\.0$", "")


def violations_eq_warnings_plus_fines(facts: pl.DataFrame) -> pl.DataFrame:
    keys = ["doc_id", "year", "period", "district"]
    parts = facts.filter(pl.col("metric").is_in(
        ["establishments_violating", "establishments_warned", "establishments_fined"]))
    wide = parts.group_by([*keys, "metric"]).agg(pl.col("value").first(), pl.col("fact_id").first()).pivot(
        on="metric", index=keys, values=["value", "fact_id"])
    needed = ["value_establishments_violating", "value_establishments_warned", "value_establishments_fined"]
    if not all(c in wide.columns for c in needed):
        return pl.DataFrame(schema=dict.fromkeys(FINDING_COLUMNS, pl.String))
    return wide.drop_nulls(needed).filter(
        pl.col(needed[0]) != pl.col(needed[1]) + pl.col(needed[2])
    ).select(
        "doc_id",
        pl.concat_list("fact_id_establishments_violating", "fact_id_establishments_warned",
                       "fact_id_establishments_fined").alias("fact_ids"),
        (pl.col(needed[1]) + pl.col(needed[2])).alias("expected"),
        pl.col(needed[0]).alias("observed"),
        pl.format("{} cơ sở vi phạm but {} nhắc nhở + {} xử phạt = {}", _fmt(pl.col(needed[0])),
                  _fmt(pl.col(needed[1])), _fmt(pl.col(needed[2])),
                  _fmt(pl.col(needed[1]) + pl.col(needed[2]))).alias("message"),
    )


def ratio_matches_percent(facts: pl.DataFrame) -> pl.DataFrame:
    ratio = pl.col("value") / pl.col("plan_value") * 100
    return facts.filter(
        pl.col("plan_value").is_not_null() & pl.col("plan_pct").is_not_null() & (pl.col("plan_value") > 0)
        & ((ratio - pl.col("plan_pct")).abs() > _tolerance("plan_pct") + 1e-9)
    ).select(
        "doc_id", pl.concat_list("fact_id").alias("fact_ids"), ratio.alias("expected"), pl.col("plan_pct").alias("observed"),
        pl.format("{}: {}/{} is {}% but the text says {}%", "metric", _fmt(pl.col("value")),
                  _fmt(pl.col("plan_value")), _fmt(ratio), _fmt(pl.col("plan_pct"))).alias("message"),
    )


def rate_change_matches(facts: pl.DataFrame) -> pl.DataFrame:
    rates = facts.filter((pl.col("metric") == "poverty_rate") & (pl.col("qualifier") == "actual"))
    after = rates.select("doc_id", "district", "year", pl.col("value").alias("after"), pl.col("fact_id").alias("f_after"))
    before = rates.select("doc_id", "district", (pl.col("year") + 1).alias("year"), pl.col("value").alias("before"),
                          pl.col("fact_id").alias("f_before"))
    cut = facts.filter((pl.col("metric") == "poverty_rate_reduction") & (pl.col("qualifier") == "actual")
                       & pl.col("value_max").is_null()).select(
        "doc_id", "district", "year", pl.col("value").alias("cut"), pl.col("fact_id").alias("f_cut"))
    joined = after.join(before, on=["doc_id", "district", "year"], nulls_equal=True).join(
        cut, on=["doc_id", "district", "year"], nulls_equal=True)
    tolerance = _tolerance("before") + _tolerance("after") + _tolerance("cut")
    diff = pl.col("before") - pl.col("after")
    return joined.filter((diff - pl.col("cut")).abs() > tolerance + 1e-9).select(
        "doc_id", pl.concat_list("f_before", "f_after", "f_cut").alias("fact_ids"), diff.alias("expected"),
        pl.col("cut").alias("observed"),
        pl.format("poverty rate fell from {}% to {}% ({} points) but the text says it fell {} points",
                  _fmt(pl.col("before")), _fmt(pl.col("after")), _fmt(diff), _fmt(pl.col("cut"))).alias("message"),
    )


def part_not_exceeding_whole(facts: pl.DataFrame) -> pl.DataFrame:
    keys = ["doc_id", "year", "period", "province", "district", "qualifier"]
    whole = facts.filter(pl.col("metric") == "jobs_created").group_by(keys).agg(
        pl.col("value").max().alias("whole"), pl.col("fact_id").first().alias("f_whole"))
    part = facts.filter(pl.col("metric") == "labour_export").select(*keys, pl.col("value").alias("part"),
                                                                    pl.col("fact_id").alias("f_part"))
    export = part.join(whole, on=keys, nulls_equal=True).filter(pl.col("part") > pl.col("whole")).select(
        "doc_id", pl.concat_list("f_part", "f_whole").alias("fact_ids"), pl.col("whole").alias("expected"),
        pl.col("part").alias("observed"),
        pl.format("{} workers sent abroad exceed the {} jobs created they are part of", _fmt(pl.col("part")),
                  _fmt(pl.col("whole"))).alias("message"),
    )
    fraction = facts.filter(pl.col("plan_value").is_not_null() & pl.col("plan_pct").is_null()
                            & (pl.col("value") > pl.col("plan_value"))).select(
        "doc_id", pl.concat_list("fact_id").alias("fact_ids"), pl.col("plan_value").alias("expected"),
        pl.col("value").alias("observed"),
        pl.format("{}: {} of {} is more than the whole", "metric", _fmt(pl.col("value")),
                  _fmt(pl.col("plan_value"))).alias("message"),
    )
    return pl.concat([export, fraction], how="vertical_relaxed")


def yoy_claim_matches_history(facts: pl.DataFrame) -> pl.DataFrame:
    keys = ["province", "district", "metric", "period", "year"]
    claims = facts.filter(pl.col("yoy_pct").is_not_null() & (pl.col("yoy_pct") > 0) & pl.col("province").is_not_null())
    history = facts.filter(pl.col("qualifier") == "actual").select(
        *keys[:-1], (pl.col("year") + 1).alias("year"), pl.col("value").alias("prev"),
        pl.col("fact_id").alias("f_prev"), pl.col("doc_id").alias("prev_doc"))
    joined = claims.join(history, on=keys, nulls_equal=True).filter(pl.col("prev_doc") != pl.col("doc_id"))
    implied = pl.col("value") * 100 / pl.col("yoy_pct")
    low = pl.col("value") * 100 / (pl.col("yoy_pct") + _tolerance("yoy_pct"))
    high = pl.col("value") * 100 / (pl.col("yoy_pct") - _tolerance("yoy_pct"))
    return joined.filter((pl.col("prev") < low - 0.5) | (pl.col("prev") > high + 0.5)).select(
        "doc_id", pl.concat_list("fact_id", "f_prev").alias("fact_ids"), implied.alias("expected"),
        pl.col("prev").alias("observed"),
        pl.format("{} {} is {}% of the same period last year, implying {}, but last year's report says {}",
                  "metric", _fmt(pl.col("value")), _fmt(pl.col("yoy_pct")), _fmt(implied), _fmt(pl.col("prev")))
        .alias("message"),
    )


@dataclass(frozen=True)
class Rule:
    name: str
    severity: str
    description: str
    find: Callable[[pl.DataFrame], pl.DataFrame]


RULES: tuple[Rule, ...] = (
    Rule("violations_eq_warnings_plus_fines", "warn",
         "establishments_violating = establishments_warned + establishments_fined in the same report",
         violations_eq_warnings_plus_fines),
    Rule("ratio_matches_percent", "warn", "value / plan_value × 100 equals plan_pct within printed rounding",
         ratio_matches_percent),
    Rule("rate_change_matches", "warn", "poverty rate before − after = poverty_rate_reduction, within rounding",
         rate_change_matches),
    Rule("part_not_exceeding_whole", "warn", "labour_export ≤ jobs_created; N ≤ M in “N/M” counts",
         part_not_exceeding_whole),
    Rule("yoy_claim_matches_history", "warn",
         "a “so với cùng kỳ” percentage agrees with the previous year's fact in the warehouse",
         yoy_claim_matches_history),
)
BY_NAME = {rule.name: rule for rule in RULES}


def _fact_passes(rule: Rule) -> Callable[[PolarsData], pl.LazyFrame]:
    """The rule as a pandera check: one boolean per fact, false where a failing case names the fact."""
    def check(data: PolarsData) -> pl.LazyFrame:
        facts = data.lazyframe.collect()
        named = rule.find(facts)["fact_ids"].explode().drop_nulls().to_list()
        return facts.lazy().select(~pl.col("fact_id").is_in(named))
    return check


CONSISTENCY = pa.DataFrameSchema(
    name="facts_consistency",
    checks=[pa.Check(_fact_passes(rule), name=rule.name, error=rule.name) for rule in RULES],
)


def broken_rules(facts: pl.DataFrame) -> list[Rule]:
    """The rules the facts break, by validating them against ``CONSISTENCY``."""
    try:
        CONSISTENCY.validate(facts, lazy=True)
    except pa.errors.SchemaErrors as exc:
        failed = set(exc.failure_cases["check_number"].to_list())
        return [rule for number, rule in enumerate(RULES) if number in failed]
    return []


def _with_sources(found: pl.DataFrame, facts: pl.DataFrame, sources: pl.DataFrame | None) -> pl.DataFrame:
    """Prefix each message with its document's file and follow it with the sentences it rests on."""
    quoted = found.select("finding_id", pl.col("fact_ids").alias("fact_id")).explode("fact_id").join(
        facts.select("fact_id", "evidence"), on="fact_id", how="left").group_by("finding_id", maintain_order=True).agg(
        pl.format("“{}”", "evidence").unique(maintain_order=True).str.join(", ").alias("quotes"))
    out = found.join(quoted, on="finding_id", how="left")
    if sources is not None:
        out = out.join(sources.select("doc_id", "source_path").unique("doc_id"), on="doc_id", how="left")
    else:
        out = out.with_columns(pl.col("doc_id").alias("source_path"))
    return out.with_columns(pl.format("{}: {} — {}", "source_path", "message", "quotes").alias("message")).drop(
        "quotes", "source_path")


def findings(facts: pl.DataFrame, sources: pl.DataFrame | None = None) -> pl.DataFrame:
    """One row per failing case of every broken rule, with a stable finding_id.

    ``sources`` (doc_id, source_path) names each document in the messages; without it, its doc_id.
    """
    frames = []
    for rule in broken_rules(facts):
        found = rule.find(facts)
        if found.height:
            frames.append(found.select(
                pl.lit(rule.name).alias("rule"), pl.lit(rule.severity).alias("severity"),
                pl.col("doc_id").cast(pl.String), pl.col("fact_ids").cast(pl.List(pl.String)),
                pl.col("expected").cast(pl.Float64), pl.col("observed").cast(pl.Float64),
                pl.col("message").cast(pl.String)))
    schema = {"rule": pl.String, "severity": pl.String, "doc_id": pl.String, "fact_ids": pl.List(pl.String),
              "expected": pl.Float64, "observed": pl.Float64, "message": pl.String}
    out = pl.concat(frames) if frames else pl.DataFrame(schema=schema)
    # sha256 for ids stable across polars versions (Expr.hash is not); one per finding, not per fact.
    ids = [hashlib.sha256(f"{r}|{','.join(sorted(f))}".encode()).hexdigest()[:24]
           for r, f in zip(out["rule"].to_list(), out["fact_ids"].to_list(), strict=True)]
    out = out.with_columns(pl.Series("finding_id", ids, dtype=pl.String)).unique("finding_id", keep="first")
    return _with_sources(out, facts, sources).select(
        "finding_id", "rule", "severity", "doc_id", "fact_ids", "expected", "observed", "message"
    ).sort("finding_id")
