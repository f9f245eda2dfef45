"""pandera (polars) models of the warehouse tables: the single source of truth for their columns."""

from __future__ import annotations

import dagster as dg
import pandera.polars as pa
import polars as pl

from assets.extract.catalogue import METRIC_CODES, UNITS
from assets.extract.periods import PERIOD_CODES
from assets.places import all_provinces

PERIODS = list(PERIOD_CODES)


class RawDocuments(pa.DataFrameModel):
    """One row per input file, as read: its exact bytes, so every snapshot can be rebuilt."""

    doc_id: str = pa.Field(description="Identifier of the file's bytes (their SHA-256, in hexadecimal): the "
                                       "same bytes under two names have the same doc_id")
    source_path: str = pa.Field(unique=True, description="The file's path under the input folder (MOLISA_RAW_DIR)")
    size_bytes: pl.Int64 = pa.Field(ge=0, description="Size of the file", metadata={"unit": "bytes"})
    modified_at: pl.Datetime(time_zone="UTC") = pa.Field(nullable=True, description="When the file last changed on disk (UTC)")
    content: pl.Binary = pa.Field(nullable=True, description="The file's exact bytes (empty when it could not be read)")
    read_error: str = pa.Field(nullable=True, description="Why the file could not be read (too large, a link out "
                                                          "of the folder, no permission); empty when it was read")
    listed_url: str = pa.Field(nullable=True, description="The web address sources.csv gives for the file")

    class Config:
        strict = True
        coerce = True


class Documents(pa.DataFrameModel):
    """One row per input file after cleaning."""

    doc_id: str = pa.Field(str_matches=r"^[0-9a-f]{64}$", description="Identifier of the file's bytes (their "
                                                                       "SHA-256); links to facts.doc_id")
    source_path: str = pa.Field(unique=True, description="The file's path under the input folder (MOLISA_RAW_DIR)")
    status: str = pa.Field(isin=["ok", "duplicate", "quarantined"],
                           description="ok: read and used; duplicate: repeats another document (see duplicate_of); "
                                       "quarantined: not usable (see quarantine_reason)")
    quarantine_reason: str = pa.Field(nullable=True, description="Why the file was not read, and what to do about it")
    duplicate_of: str = pa.Field(nullable=True, description="doc_id of the document this one repeats")
    encoding_detected: str = pa.Field(nullable=True, description="The character encoding the bytes were read in "
                                                                 "(utf-8, windows-1258, TCVN3 …)")
    title: str = pa.Field(nullable=True, description="The article's headline")
    published_date: pl.Date = pa.Field(nullable=True, description="Publication date printed on the page")
    org_name: str = pa.Field(nullable=True, description="The office that issued the report (Sở / Phòng LĐ-TB&XH, Ministry)")
    org_level: str = pa.Field(nullable=True, isin=["ministry", "province", "district"],
                              description="Level of the issuing office: ministry, province or district")
    province: str = pa.Field(nullable=True, isin=all_provinces(),
                             description="Province the article is about, as the 63 provinces were before the 2025 merger")
    province_2025: str = pa.Field(nullable=True, description="Province the article is about, as the 34 provinces "
                                                             "are after the 2025 merger")
    district: str = pa.Field(nullable=True, description="District the article is about, when it is a district's report")
    author: str = pa.Field(nullable=True, description="Byline")
    text: str = pa.Field(nullable=True, description="The cleaned article text (Unicode NFC, site menus and "
                                                    "counters removed); facts.evidence is a part of it")
    text_chars: pl.Int32 = pa.Field(nullable=True, ge=0, description="Length of text", metadata={"unit": "characters"})
    clean_version: str = pa.Field(description="Version of the cleaning code that produced the row")
    source_url: str = pa.Field(nullable=True, description="The page's web address: its own canonical address, "
                                                          "else the one sources.csv lists")
    site: str = pa.Field(nullable=True, description="Publishing site: host of source_url, else the page's masthead")
    listed_url: str = pa.Field(nullable=True, description="The address sources.csv lists for the file")

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

    fact_id: str = pa.Field(unique=True, description="Identifier of the claim: the same document and claim keep "
                                                     "the same id in every run")
    doc_id: str = pa.Field(str_matches=r"^[0-9a-f]{64}$", description="The document the claim is in (documents.doc_id)")
    metric: str = pa.Field(isin=list(METRIC_CODES), description="What is counted: a metric code such as "
                                                                 "jobs_created or poverty_rate")
    value: float = pa.Field(ge=0, description="The figure in base units: persons, households, đồng (not "
                                              "millions), percent as a number (49.53)",
                            metadata={"unit": "given in the unit column"})
    value_max: float = pa.Field(nullable=True, ge=0, description="Upper end of a range (\"64-65%\": 65); empty "
                                                                 "for a single figure", metadata={"unit": "given in the unit column"})
    unit: str = pa.Field(isin=list(UNITS), description="Unit of value: persons, households, houses, vnd (đồng), "
                                                       "percent, pp (percentage points) …")
    qualifier: str = pa.Field(isin=["actual", "target", "estimate"],
                              description="actual: achieved; target: planned; estimate: an estimate (\"ước đạt\")")
    year: pl.Int32 = pa.Field(nullable=True, ge=1990, le=2100, description="Year the figure is for")
    period: str = pa.Field(nullable=True, isin=PERIODS,
                           description="Part of the year: FY whole year, H1/H2 half, Q1–Q4 quarter, 9M first nine "
                                       "months, M1–M12 one month, 2M/4M/5M/7M/8M/10M/11M the first n months "
                                       "together")
    province: str = pa.Field(nullable=True, isin=all_provinces(), description="Province, as before the 2025 merger")
    province_2025: str = pa.Field(nullable=True, description="Province after the 2025 merger")
    district: str = pa.Field(nullable=True, description="District, for a district's figure; empty for the province")
    plan_pct: float = pa.Field(nullable=True, ge=0, le=1000, description="Share of the plan achieved, as the "
                                                                         "report gives it", metadata={"unit": "percent"})
    plan_value: float = pa.Field(nullable=True, ge=0, description="The plan's figure (\"782/1.956 căn\": 1,956)",
                                 metadata={"unit": "given in the unit column"})
    yoy_pct: float = pa.Field(nullable=True, ge=0, le=1000, description="The figure as a percentage of the same "
                                                                        "period a year earlier (\"tăng 12%\": 112)",
                              metadata={"unit": "percent"})
    evidence: str = pa.Field(str_length={"min_value": 1}, description="The words of the article the figure "
                                                                      "comes from, exactly as in documents.text")
    span_start: pl.Int32 = pa.Field(ge=0, description="Where the evidence starts in documents.text",
                                    metadata={"unit": "characters"})
    span_end: pl.Int32 = pa.Field(ge=0, description="Where the evidence ends in documents.text",
                                  metadata={"unit": "characters"})
    extractor_version: str = pa.Field(description="Version of the extraction code that produced the row")

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

    finding_id: str = pa.Field(unique=True, description="Identifier of the finding: the same problem keeps its "
                                                        "id from run to run")
    rule: str = pa.Field(description="The consistency rule that failed (its checks on the asset page explain each)")
    severity: str = pa.Field(isin=["warn", "error"], description="error: the figures cannot all be right; "
                                                                 "warn: worth a look")
    doc_id: str = pa.Field(nullable=True, description="The document the facts are in (empty when they come "
                                                      "from several documents)")
    fact_ids: pl.List(pl.String) = pa.Field(nullable=True, description="The facts involved (facts.fact_id)")
    expected: float = pa.Field(nullable=True, description="The figure the rule expected")
    observed: float = pa.Field(nullable=True, description="The figure found")
    message: str = pa.Field(description="What is wrong, in a sentence a person can act on")

    class Config:
        strict = True
        coerce = True


def column_schema(model: type[pa.DataFrameModel] | pa.DataFrameSchema) -> dg.TableSchema:
    """The Dagster column schema of a table, from its pandera model: type, description (with the unit
    where the field's metadata gives one), nullability and uniqueness."""
    schema = model if isinstance(model, pa.DataFrameSchema) else model.to_schema()
    columns = []
    for name, column in schema.columns.items():
        unit = (column.metadata or {}).get("unit")
        description = column.description or ""
        columns.append(dg.TableColumn(
            name=name,
            type=str(column.dtype),
            description=f"{description} (unit: {unit})" if unit else description,
            constraints=dg.TableColumnConstraints(nullable=column.nullable, unique=column.unique),
            tags={"unit": unit} if unit else None,
        ))
    return dg.TableSchema(columns=columns)


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
    metric: str = pa.Field(nullable=True, description="The metric code the line names")
    evidence: str = pa.Field(nullable=True, description="the text that picks out the fact")
    field: str = pa.Field(nullable=True, description="for fix: the column changed")
    value: str = pa.Field(nullable=True, description="for fix: the new value; for add: value;field=value…")
    applied: bool = pa.Field(description="false when the line could not apply")
    fact_id: str = pa.Field(nullable=True, description="the fact the line touched")
    problem: str = pa.Field(nullable=True, description="why the line could not apply")
    note: str = pa.Field(nullable=True, description="The analyst's note: why the correction was made")
    author: str = pa.Field(nullable=True, description="Who wrote the line")

    @pa.dataframe_check
    def applied_or_explained(cls, data) -> pl.LazyFrame:
        """A line either applied or says why not."""
        return data.lazyframe.select(pl.col("applied") ^ pl.col("problem").is_not_null())

    class Config:
        strict = True
        coerce = True
