"""The serving asset: after the marts, one plain DuckDB file of the whole warehouse state for BI tools."""

from pathlib import Path

import dagster as dg
import polars as pl

from assets.check.asset import consistency_findings
from assets.check.schemas import ConsistencyFindings, Documents, Facts, FactsReviewed, column_schema
from assets.clean.asset import documents
from assets.extract.asset import facts
from assets.marts.asset import DESCRIPTIONS as MART_DESCRIPTIONS
from assets.marts.asset import mart_assets
from assets.marts.models import MART_KEYS
from assets.marts.schemas import MART_SCHEMAS
from assets.metrics import metric_names
from assets.review.asset import reviewed
from assets.warehouse import serving
from assets.warehouse.resources import WarehouseResource

CODE_VERSION = "serving-5"

# What the serving file holds, in this order: the one list to edit. facts_reviewed is what analysts
# rely on (corrections applied); the extracted facts stay beside it. documents keeps its cleaned text: the facts' evidence spans point into it, and analysts read the
# surrounding sentences in their dashboards (raw bytes, raw_documents, stay out). The marts are the tables their assets
# stored: mart_province_year copied whole (it is small), the others updated by key after a small change.
SERVED_TABLES = (*MART_KEYS, "documents", "facts", "facts_reviewed", "consistency_findings")
METRIC_NAMES_TABLE = "metric_names"  # every metric code with its Vietnamese and English names and unit, beside them


# What each served table holds, in a line: its COMMENT in the file (the columns' come from the pandera models).
ABOUT = {
    **{name: text.split(" Query it as ")[0] for name, text in MART_DESCRIPTIONS.items()},
    "documents": "One row per input file: its cleaned text (the facts' evidence spans point into it), its status (ok, "
                 "quarantined, duplicate), place, publication date and the versions that read it.",
    "facts": "One row per figure the extractor read from a document: metric code, value, unit, qualifier (actual, target, "
             "estimate), year, period, place, and the evidence span in the document's text.",
    "facts_reviewed": "The facts analysts rely on: the extracted facts with the analysts' corrections applied "
                      "(review_status: extracted, corrected or added).",
    "consistency_findings": "Figures that do not add up: one row per failed consistency rule, with the document and "
                            "facts involved, the expected and observed numbers and a sentence saying what is wrong.",
}
MODELS = {"documents": Documents, "facts": Facts, "facts_reviewed": FactsReviewed,
          "consistency_findings": ConsistencyFindings, **MART_SCHEMAS}
METRIC_NAMES_NOTES = ("Every metric code with its Vietnamese and English names and its unit.", {
    "code": "The metric code, as in the metric column of the other tables", "name_vi": "The metric's name in Vietnamese",
    "name_en": "The metric's name in English", "unit": "The unit its values are in"})


def table_notes() -> dict[str, tuple[str, dict[str, str]]]:
    """The description of each served table and of its columns (from the pandera models, units named)."""
    notes = {}
    for name in SERVED_TABLES:
        columns = {c.name: c.description for c in column_schema(MODELS[name]).columns if c.description}
        notes[name] = (ABOUT[name], columns)
    return {**notes, METRIC_NAMES_TABLE: METRIC_NAMES_NOTES}


def metric_names_frame() -> pl.DataFrame:
    """The metric codes' names as a table: code, name_vi, name_en, unit (the codes of the catalogue)."""
    names = metric_names().values()
    return pl.DataFrame({"code": [n.code for n in names], "name_vi": [n.vi for n in names],
                         "name_en": [n.en for n in names], "unit": [n.unit for n in names]})


@dg.asset(
    deps=[documents, facts, reviewed, consistency_findings, *mart_assets],
    group_name="serve",
    kinds={"duckdb"},
    owners=["team:molisa-facts"],
    code_version=CODE_VERSION,
    description="serving.duckdb in the warehouse folder: a plain DuckDB file (no extension needed, opens in "
                "DuckDB 1.0 and later; tested with 1.4 and 1.5) with the marts, facts_reviewed, facts, findings and "
                "documents of one complete warehouse snapshot (facts and findings with their document's source_path), plus metric_names (each metric code's Vietnamese and "
                "English name and unit) and serving_info (run, snapshot, time, code versions). Brought up to the newest "
                "snapshot after each run: the changed rows are replaced in the spare of two files that take turns (a copy of "
                "the served one when a reader holds the spare; written anew when much changed), which is then served at "
                "once, so a reader sees the old file or the new one.",
)
def serving_database(context: dg.AssetExecutionContext, warehouse: WarehouseResource) -> dg.MaterializeResult:
    info = serving.publish(Path(warehouse.path), SERVED_TABLES, context.run.run_id, CODE_VERSION,
                           log=context.log.info, lookups={METRIC_NAMES_TABLE: metric_names_frame()},
                           notes=table_notes())
    return dg.MaterializeResult(
        metadata={
            "path": dg.MetadataValue.path(str(info.path)),
            # Text, not a number: the UI would draw a snapshot id as a trend.
            "warehouse_snapshot": dg.MetadataValue.text(str(info.warehouse_snapshot)),
            "written_by_run": dg.MetadataValue.dagster_run(info.run_id),
            "size_bytes": dg.MetadataValue.int(info.size_bytes),
            "rows": dg.MetadataValue.json(info.rows),
            "reused": info.reused,
        },
        data_version=dg.DataVersion(f"{info.warehouse_snapshot}-{CODE_VERSION}"),
    )
