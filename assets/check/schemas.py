"""pandera (polars) models of the warehouse tables: the single source of truth for their columns."""

from __future__ import annotations

import dagster as dg
import pandera.polars as pa
import polars as pl

from assets.extract.catalogue import METRIC_CODES, UNITS
from assets.extract.periods import PERIOD_CODES
from assets.places import all_provinces

PERIODS = list(PERIOD_CODES)


class Documents(pa.DataFrameModel):
    """One row per input file after cleaning."""

    doc_id: str = pa.Field(str_matches=r"^[0-9a-f]{64}$", description="sha256 of the raw bytes")
    source_path: str = pa.Field(unique=True, description="path under MOLISA_RAW_DIR")
    status: str = pa.Field(isin=["ok", "duplicate", "quarantined"])
    quarantine_reason: str = pa.Field(nullable=True, description="why the file was not read, and what to do")
    duplicate_of: str = pa.Field(nullable=True, description="doc_id of the document this one repeats")
    encoding_detected: str = pa.Field(nullable=True)
    title: str = pa.Field(nullable=True)
    published_date: pl.Date = pa.Field(nullable=True)
    org_name: str = pa.Field(nullable=True)
    org_level: str = pa.Field(nullable=True, isin=["ministry", "province", "district"])
    province: str = pa.Field(nullable=True, isin=all_provinces(), description="pre-2025 province")
    province_2025: str = pa.Field(nullable=True, description="province after the 2025 merger")
    district: str = pa.Field(nullable=True)
    author: str = pa.Field(nullable=True)
    text: str = pa.Field(nullable=True, description="cleaned body, NFC, chrome removed")
    text_chars: pl.Int32 = pa.Field(nullable=True, ge=0)
    clean_version: str
    source_url: str = pa.Field(nullable=True, description="the page's canonical/og:url address, else its sources.csv line")
    site: str = pa.Field(nullable=True, description="publishing site: host of source_url, else the page's masthead")
    listed_url: str = pa.Field(nullable=True, description="the address sources.csv lists for the file")

    @pa.dataframe_check
    def status_fields_agree(cls, data) -> pl.LazyFrame:
        """ok rows have text; quarantined rows have a reason; duplicates name their original."""
        return data.lazyframe.select(
            pl.when(pl.col("status") == "ok").then(pl.col("text").is_not_null())
            .when(pl.col("status") == "quarantined").then(pl.col("quarantine_reason").is_not_null())
            .otherwise(pl.col("duplicate_of").is_not_null())
        )

    class Config:
        strict = True
        coerce = True


class Facts(pa.DataFrameModel):
    """One row per statistical claim."""

    fact_id: str = pa.Field(unique=True)
    doc_id: str = pa.Field(str_matches=r"^[0-9a-f]{64}$")
    metric: str = pa.Field(isin=list(METRIC_CODES), description="metric code, CONTRACT §5")
    value: float = pa.Field(ge=0, description="value in base units (persons, đồng, percent …)")
    value_max: float = pa.Field(nullable=True, ge=0, description="upper bound of a range")
    unit: str = pa.Field(isin=list(UNITS))
    qualifier: str = pa.Field(isin=["actual", "target", "estimate"])
    year: pl.Int32 = pa.Field(nullable=True, ge=1990, le=2100)
    period: str = pa.Field(nullable=True, isin=PERIODS)
    province: str = pa.Field(nullable=True, isin=all_provinces())
    province_2025: str = pa.Field(nullable=True)
    district: str = pa.Field(nullable=True)
    plan_pct: float = pa.Field(nullable=True, ge=0, le=1000)
    plan_value: float = pa.Field(nullable=True, ge=0)
    yoy_pct: float = pa.Field(nullable=True, ge=0, le=1000)
    evidence: str = pa.Field(str_length={"min_value": 1}, description="exact substring of documents.text")
    span_start: pl.Int32 = pa.Field(ge=0)
    span_end: pl.Int32 = pa.Field(ge=0)
    extractor_version: str

    @pa.dataframe_check
    def percent_in_range(cls, data) -> pl.LazyFrame:
        """Percentages and percentage points lie between 0 and 1000."""
        return data.lazyframe.select(~pl.col("unit").is_in(["percent", "pp"]) | (pl.col("value") <= 1000))

    @pa.dataframe_check
    def span_is_ordered(cls, data) -> pl.LazyFrame:
        """The evidence span ends after it starts and has the evidence's length."""
        return data.lazyframe.select(
            (pl.col("span_end") > pl.col("span_start"))
            & (pl.col("span_end") - pl.col("span_start") == pl.col("evidence").str.len_chars())
        )

    class Config:
        strict = True
        coerce = True


class ConsistencyFindings(pa.DataFrameModel):
    """One row per failed consistency rule."""

    finding_id: str = pa.Field(unique=True)
    rule: str
    severity: str = pa.Field(isin=["warn", "error"])
    doc_id: str = pa.Field(nullable=True)
    fact_ids: pl.List(pl.String) = pa.Field(nullable=True)
    expected: float = pa.Field(nullable=True)
    observed: float = pa.Field(nullable=True)
    message: str

    class Config:
        strict = True
        coerce = True


def column_schema(model: type[pa.DataFrameModel]) -> dg.TableSchema:
    """The Dagster column schema of a table, from its pandera model."""
    schema = model.to_schema()
    return dg.TableSchema(
        columns=[
            dg.TableColumn(
                name=name,
                type=str(column.dtype),
                description=column.description,
                constraints=dg.TableColumnConstraints(nullable=column.nullable, unique=column.unique),
            )
            for name, column in schema.columns.items()
        ]
    )


def evidence_mismatches(facts: pl.DataFrame, docs: pl.DataFrame) -> pl.DataFrame:
    """Facts whose evidence is not the text slice [span_start, span_end) of their document."""
    texts = docs.filter(pl.col("status") == "ok").select("doc_id", "text").unique("doc_id")
    joined = facts.join(texts, on="doc_id", how="left")
    return joined.filter(
        pl.col("text").is_null()
        | (pl.col("text").str.slice(pl.col("span_start"), pl.col("span_end") - pl.col("span_start"))
           != pl.col("evidence"))
    ).select("fact_id", "doc_id", "evidence", "span_start", "span_end")


class FactsReviewed(Facts):
    """The facts with the analysts' corrections applied: what the marts and consistency rules read."""

    review_status: str = pa.Field(isin=["extracted", "corrected", "added"],
                                  description="extracted as is, corrected by an analyst, or added by one")
    correction_ids: pl.List(pl.String) = pa.Field(description="corrections_log ids of the lines applied to the fact")


class CorrectionsLog(pa.DataFrameModel):
    """One row per line of the corrections file: what it asked and whether it applied."""

    correction_id: str = pa.Field(unique=True, description="stable hash of what the line does")
    line_no: pl.Int32 = pa.Field(ge=0, description="line in the corrections file (0: the whole file)")
    action: str = pa.Field(nullable=True, description="reject, fix or add (as written)")
    source: str = pa.Field(nullable=True, description="source_path or doc_id of the document")
    metric: str = pa.Field(nullable=True)
    evidence: str = pa.Field(nullable=True, description="the text that picks out the fact")
    field: str = pa.Field(nullable=True, description="for fix: the column changed")
    value: str = pa.Field(nullable=True, description="for fix: the new value; for add: value;field=value…")
    applied: bool = pa.Field(description="false when the line could not apply")
    fact_id: str = pa.Field(nullable=True, description="the fact the line touched")
    problem: str = pa.Field(nullable=True, description="why the line could not apply")
    note: str = pa.Field(nullable=True)
    author: str = pa.Field(nullable=True)

    @pa.dataframe_check
    def applied_or_explained(cls, data) -> pl.LazyFrame:
        """A line either applied or says why not."""
        return data.lazyframe.select(pl.col("applied") ^ pl.col("problem").is_not_null())

    class Config:
        strict = True
        coerce = True
