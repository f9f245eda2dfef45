"""pandera models of the marts: the columns the Dagster UI shows for each mart, their descriptions and
units, and where each column comes from in the facts (``metadata={"from": [...]}``: column lineage).

tests/test_ui_metadata.py checks that each model has exactly the columns of its SQL view.
"""

from __future__ import annotations

import dagster as dg
import pandera.polars as pa
import polars as pl

from assets.extract.catalogue import MAIN_METRICS
from assets.metrics import metric_names

UNIT_COLUMN = "given in the unit column"
# The place columns, described once for the three marts.
PROVINCE_2025 = "Province after the 2025 merger; empty for a nationwide figure or an article that names no province"
PROVINCE = ("Province as before the 2025 merger; empty for a nationwide figure, an article that names none, or a "
            "merged province's figure")


def _from(*columns: str, unit: str | None = None) -> dict:
    return {"from": list(columns), **({"unit": unit} if unit else {})}


class MartMetricYoy(pa.DataFrameModel):
    """One row per province_2025, province, district, metric, period and year."""

    province_2025: str = pa.Field(nullable=True, description=PROVINCE_2025,
                                  metadata=_from("province_2025"))
    province: str = pa.Field(nullable=True, description=PROVINCE, metadata=_from("province"))
    district: str = pa.Field(nullable=True, description="District; empty for a province-wide figure",
                             metadata=_from("district"))
    metric: str = pa.Field(description="Metric code (jobs_created, poverty_rate …)", metadata=_from("metric"))
    unit: str = pa.Field(description="Unit of the values", metadata=_from("unit"))
    period: str = pa.Field(description="Part of the year (FY, H1, Q1, 9M …)", metadata=_from("period"))
    year: pl.Int32 = pa.Field(description="Year", metadata=_from("year"))
    value: float = pa.Field(description="The figure reported for this period (an actual beats an estimate, then "
                                        "the latest article)", metadata=_from("value", unit=UNIT_COLUMN))
    chosen_because: str = pa.Field(nullable=True, description="Why this report's figure was taken when several "
                                                              "give one (a correction, an actual over an estimate, "
                                                              "the latest article)", metadata=_from("qualifier", "doc_id"))
    prev_value: float = pa.Field(nullable=True, description="The figure for the same period a year earlier",
                                 metadata=_from("value", "yoy_pct", unit=UNIT_COLUMN))
    abs_change: float = pa.Field(nullable=True, description="value minus prev_value, in the unit column: for a "
                                                            "rate (percent) a change in percentage points",
                                 metadata=_from("value", "yoy_pct", unit=UNIT_COLUMN))
    pct_change: float = pa.Field(nullable=True, description="Relative change against prev_value, in percent "
                                                            "((value − prev_value) / prev_value × 100); for a rate this "
                                                            "is not the change in points (see abs_change)",
                                 metadata=_from("value", "yoy_pct", unit="percent"))
    prev_source: str = pa.Field(nullable=True, description="reported: last year's figure is in an article; "
                                                           "implied: worked out from a “so với cùng kỳ” percentage",
                                metadata=_from("value", "yoy_pct"))
    prev_qualifier: str = pa.Field(nullable=True, description="actual or estimate: what last year's reported figure "
                                                              "was (a change from an estimate is only as good as the "
                                                              "estimate); empty when none was reported",
                                   metadata=_from("qualifier"))
    qualifier: str = pa.Field(description="actual or estimate", metadata=_from("qualifier"))
    reports: pl.Int64 = pa.Field(description="How many documents reported a figure for this row (one article may "
                                             "state it twice: see alternatives)",
                                 metadata=_from("doc_id", unit="documents"))
    alternatives: pl.List(pl.Float64) = pa.Field(description="Every figure reported for this row (the chosen one "
                                                             "among them)", metadata=_from("value", unit=UNIT_COLUMN))
    doc_ids: pl.List(pl.String) = pa.Field(description="The documents that reported it (documents.doc_id)",
                                           metadata=_from("doc_id"))
    source_paths: pl.List(pl.String) = pa.Field(description="The file each figure of alternatives came from "
                                                            "(documents.source_path), in the same order: a file twice "
                                                            "when one article states two figures", metadata=_from("doc_id"))
    period_start: pl.Date = pa.Field(nullable=True, description="First day of the period (a time axis for BI tools)",
                                     metadata=_from("year", "period"))
    period_end: pl.Date = pa.Field(nullable=True, description="Last day of the period", metadata=_from("year", "period"))
    alternatives_text: str = pa.Field(nullable=True, description="alternatives as text, joined with ;",
                                      metadata=_from("value"))
    doc_ids_text: str = pa.Field(nullable=True, description="doc_ids as text, joined with ;", metadata=_from("doc_id"))
    source_paths_text: str = pa.Field(nullable=True, description="source_paths as text, joined with ;",
                                      metadata=_from("doc_id"))


class MartPlanAttainment(pa.DataFrameModel):
    """One row per target: a target fact, or the plan figure a result was stated beside."""

    target_fact_id: str = pa.Field(unique=True, description="The target's fact (facts.fact_id): the target's own, or the "
                                                            "result's the plan was stated beside", metadata=_from("fact_id"))
    target_stated: str = pa.Field(isin=["target", "with_actual"],
                                  description="target: a target of its own (\"phấn đấu giải quyết việc làm cho 33.000 "
                                              "người\"), against the year's actual; with_actual: the plan a report "
                                              "gave beside its result (\"đạt 100,5% kế hoạch (kế hoạch 33.000 "
                                              "người)\"), against that result", metadata=_from("qualifier", "plan_value"))
    province_2025: str = pa.Field(nullable=True, description=PROVINCE_2025,
                                  metadata=_from("province_2025"))
    province: str = pa.Field(nullable=True, description=PROVINCE, metadata=_from("province"))
    district: str = pa.Field(nullable=True, description="District; empty for a province-wide target",
                             metadata=_from("district"))
    metric: str = pa.Field(description="Metric code", metadata=_from("metric"))
    unit: str = pa.Field(description="Unit of the values", metadata=_from("unit"))
    year: pl.Int32 = pa.Field(nullable=True, description="Year of the target", metadata=_from("year"))
    target_period: str = pa.Field(nullable=True, description="Period the target is for", metadata=_from("period"))
    target_value: float = pa.Field(description="The target", metadata=_from("value", "plan_value", unit=UNIT_COLUMN))
    target_value_max: float = pa.Field(nullable=True, description="Upper end of a target range",
                                       metadata=_from("value_max", unit=UNIT_COLUMN))
    actual_value: float = pa.Field(nullable=True, description="What was achieved that year (empty: nothing reported)",
                                   metadata=_from("value", unit=UNIT_COLUMN))
    actual_period: str = pa.Field(nullable=True, description="Period of the actual (the whole year where reported)",
                                  metadata=_from("period"))
    actual_qualifier: str = pa.Field(nullable=True, description="actual or estimate", metadata=_from("qualifier"))
    attainment_pct: float = pa.Field(nullable=True, description="actual_value as a share of target_value",
                                     metadata=_from("value", unit="percent"))
    reported_plan_pct: float = pa.Field(nullable=True, description="The share of the plan the report itself gave",
                                        metadata=_from("plan_pct", unit="percent"))
    target_doc_id: str = pa.Field(description="The document with the target", metadata=_from("doc_id"))
    actual_doc_id: str = pa.Field(nullable=True, description="The document with the actual", metadata=_from("doc_id"))
    target_source_path: str = pa.Field(description="The file of the document with the target (documents.source_path)",
                                       metadata=_from("doc_id"))
    actual_source_path: str = pa.Field(nullable=True, description="The file of the document with the actual",
                                       metadata=_from("doc_id"))
    period_start: pl.Date = pa.Field(nullable=True, description="First day of the target's period (a time axis "
                                                                "for BI tools)", metadata=_from("year", "period"))
    period_end: pl.Date = pa.Field(nullable=True, description="Last day of the target's period",
                                   metadata=_from("year", "period"))


def province_year_schema() -> pa.DataFrameSchema:
    """mart_province_year: province, year and one column per main metric, named in the catalogue's words."""
    names = metric_names()
    key = {
        "province_2025": pa.Column(str, nullable=True, description=PROVINCE_2025,
                                   metadata=_from("province_2025")),
        "province": pa.Column(str, nullable=True, description=PROVINCE,
                              metadata=_from("province")),
        "year": pa.Column(pl.Int32, description="Year", metadata=_from("year")),
        "chosen_because": pa.Column(str, nullable=True, metadata=_from("qualifier", "doc_id"),
                                    description="For each metric that several reports give, which one was taken and why"),
    }
    metrics = {
        code: pa.Column(float, nullable=True, metadata=_from("value", unit=names[code].unit_words),
                        description=f"{names[code].vi} — {names[code].en}: the province-wide figure for the whole "
                                    "year (empty when only part of the year was reported; see mart_metric_yoy)")
        for code in MAIN_METRICS
    }
    dates = {
        "period_start": pa.Column(pl.Date, nullable=True, description="1 January of the year (a time axis for BI tools)",
                                  metadata=_from("year")),
        "period_end": pa.Column(pl.Date, nullable=True, description="31 December of the year", metadata=_from("year")),
    }
    return pa.DataFrameSchema({**key, **metrics, **dates}, name="mart_province_year")


MART_SCHEMAS: dict[str, type[pa.DataFrameModel] | pa.DataFrameSchema] = {
    "mart_metric_yoy": MartMetricYoy,
    "mart_plan_attainment": MartPlanAttainment,
    "mart_province_year": province_year_schema(),
}


def column_lineage(schema: type[pa.DataFrameModel] | pa.DataFrameSchema, upstream: dg.AssetKey | str) -> dg.TableColumnLineage:
    """Each mart column's source columns in ``upstream`` (the facts the marts read)."""
    columns = (schema if isinstance(schema, pa.DataFrameSchema) else schema.to_schema()).columns
    return dg.TableColumnLineage(deps_by_column={
        name: [dg.TableColumnDep(asset_key=upstream, column_name=source) for source in column.metadata["from"]]
        for name, column in columns.items() if (column.metadata or {}).get("from")
    })
