"""What the Dagster UI shows an analyst: column schemas from the pandera models, mart lineage, readable
previews, what each materialization changed, the chart."""

from __future__ import annotations

import shutil

import dagster as dg
import polars as pl
import pytest

from assets.describe import TABLE_KEYS, format_cell, key_changes
from assets.extract.catalogue import CATALOGUE, MAIN_METRICS
from assets.marts.chart import chart_frame, consecutive_runs, province_year_chart
from assets.marts.schemas import MART_SCHEMAS
from assets.metrics import metric_names
from tests.conftest import ROOT, SEEDS, run_pipeline

# Assets that are files rather than warehouse tables.
NOT_TABLES = {"corrections_file", "serving_database"}
PERTURBED = ROOT / "tests" / "fixtures" / "perturbed"


def asset_nodes():
    from orchestration.definitions import defs

    graph = defs.resolve_asset_graph()
    return {key.to_user_string(): graph.get(key) for key in graph.get_all_asset_keys()}


def test_every_table_asset_declares_its_columns_with_descriptions():
    nodes = asset_nodes()
    tables = {name: node for name, node in nodes.items() if name not in NOT_TABLES}
    assert {"raw_documents", "documents", "facts", "consistency_findings", *MART_SCHEMAS} <= set(tables)
    for name, node in tables.items():
        schema = node.metadata.get("dagster/column_schema")
        assert schema is not None, f"{name} declares no column schema"
        assert schema.columns, name
        missing = [column.name for column in schema.columns if not (column.description or "").strip()]
        assert not missing, f"{name}: columns without a description: {missing}"
        assert node.metadata.get("dagster/table_name") == name
        assert (node.description or "").strip(), f"{name} has no description"
        assert "§" not in node.description and "CONTRACT" not in node.description, name


def test_units_reach_the_column_descriptions():
    facts = {c.name: c for c in asset_nodes()["facts"].metadata["dagster/column_schema"].columns}
    assert "(unit: percent)" in facts["plan_pct"].description
    assert facts["plan_pct"].tags == {"unit": "percent"}
    year = {c.name: c for c in asset_nodes()["mart_province_year"].metadata["dagster/column_schema"].columns}
    assert "Giải quyết việc làm" in year["jobs_created"].description
    assert "(unit: persons)" in year["jobs_created"].description


def test_groups_read_in_pipeline_order():
    nodes = asset_nodes()
    order = [nodes[name].group_name for name in ("raw_documents", "documents", "facts", "consistency_findings",
                                                 "mart_province_year")]
    assert order == sorted(order), order  # the UI lists groups alphabetically
    groups = [node.group_name for node in nodes.values()]
    assert all(groups.count(group) >= 2 for group in set(groups)), groups


def test_mart_lineage_names_real_fact_columns():
    from assets.check.schemas import Facts

    fact_columns = set(Facts.to_schema().columns)
    for name in MART_SCHEMAS:
        lineage = asset_nodes()[name].metadata["dagster/column_lineage"]
        assert lineage.deps_by_column, name
        for column, deps in lineage.deps_by_column.items():
            for dep in deps:
                assert dep.column_name in fact_columns, (name, column, dep.column_name)


def test_mart_models_have_the_columns_of_their_views(seed_warehouse, connect):
    con = connect(seed_warehouse)
    for name, schema in MART_SCHEMAS.items():
        view = [row[0] for row in con.execute(f"describe {name}").fetchall()]
        model = list((schema if hasattr(schema, "columns") else schema.to_schema()).columns)
        assert view == model, name


def test_every_metric_has_a_vietnamese_and_an_english_name():
    names = metric_names()
    for metric in CATALOGUE:
        assert names[metric.code].vi != metric.code and names[metric.code].en != metric.code, metric.code


@pytest.mark.parametrize(("column", "value", "shown"), [
    ("value", 1.25e9, "1,250,000,000"),
    ("value", 11237.0, "11,237"),
    ("value", 49.53, "49.53"),
    ("value", None, None),
    ("value", float("nan"), None),
    ("year", 2024, "2024"),
    ("size_bytes", 4327, "4,327"),
    ("fact_ids", ["a", "b"], "a; b"),
    ("applied", True, "yes"),
])
def test_preview_cells_read_like_numbers(column, value, shown):
    assert format_cell(column, value) == shown


def test_finding_messages_are_never_cut_but_evidence_is():
    long = "Tỷ lệ hộ nghèo " * 30
    assert format_cell("message", long) == long
    assert len(format_cell("evidence", long)) == 100


def test_key_changes_tells_updates_from_rewrites():
    before = pl.DataFrame({"fact_id": ["a", "b", "c"], "value": [1.0, 2.0, 3.0], "year": [2020, 2020, 2020]})
    after = pl.DataFrame({"fact_id": ["a", "b", "d"], "value": [1.0, 5.0, 4.0], "year": [2020, 2020, 2021]})
    changes = key_changes(before, after, "fact_id")
    assert (changes["inserted"], changes["deleted"], changes["updated"]) == (1, 1, 1)
    assert changes["changed_columns"] == {"value": 1}
    assert changes["updated_keys"] == ["b"]


def test_consecutive_years_only_are_joined():
    assert consecutive_runs([2022, 2019, 2020]) == [[2019, 2020], [2022]]


def test_chart_draws_province_wide_figures_only():
    frame = pl.DataFrame({"province": ["Hà Giang", "Hà Giang", None], "district": [None, "Vị Xuyên", None],
                          "year": [2023, 2024, 2024], "jobs_created": [12400.0, 300.0, 5.0]})
    assert chart_frame(frame, ["jobs_created"])["value"].to_list() == [12400.0]
    two_years = pl.DataFrame({"province": ["Hà Giang", "Hà Giang"], "year": [2023, 2024],
                              "jobs_created": [12400.0, 13020.0]})
    chart = province_year_chart(two_years, list(MAIN_METRICS))
    assert chart is not None and chart.startswith("![")


def _materialization(instance: dg.DagsterInstance, asset: str, run_id: str) -> dg.AssetMaterialization:
    records = instance.fetch_materializations(dg.AssetKey(asset), limit=10).records
    return next(r.asset_materialization for r in records if r.run_id == run_id)


def test_each_materialization_says_what_changed(tmp_path):
    """One seed, then the same seed with one number edited plus an article that breaks a rule, then
    that article removed: updates, new findings (with a run tag) and resolved findings are reported."""
    raw, warehouse = tmp_path / "raw", tmp_path / "warehouse"
    raw.mkdir()
    seed = raw / "seed.txt"
    shutil.copy(SEEDS / "002_808781c3624d5653.txt", seed)
    with dg.instance_for_test() as instance:
        first = run_pipeline(raw, warehouse, instance=instance)
        assert first.success
        facts = _materialization(instance, "facts", first.run_id).metadata
        assert facts["rows_inserted"].value == facts["dagster/row_count"].value > 0
        assert facts["rows_updated"].value == 0

        text = seed.read_text(encoding="utf-8")
        assert "tiếp nhận mới 125 người" in text
        seed.write_text(text.replace("tiếp nhận mới 125 người", "tiếp nhận mới 135 người"), encoding="utf-8")
        shutil.copy(PERTURBED / "ratio.txt", raw / "ratio.txt")
        second = run_pipeline(raw, warehouse, instance=instance)
        assert second.success
        facts = _materialization(instance, "facts", second.run_id).metadata
        assert facts["rows_updated"].value == 1
        assert facts["rows_deleted"].value == 0
        assert facts["rows_inserted"].value > 0  # the new article's facts
        assert "1 updated (value, evidence)" in facts["what_changed"].value
        findings = _materialization(instance, "consistency_findings", second.run_id)
        new = findings.metadata["findings_new"].value
        assert new > 0
        assert instance.get_run_by_id(second.run_id).tags["molisa/new_findings"] == str(new)
        shown = findings.metadata["new_findings"].value.records
        assert all(r.data["source_file"] == "ratio.txt" for r in shown)

        (raw / "ratio.txt").unlink()
        third = run_pipeline(raw, warehouse, instance=instance)
        assert third.success
        findings = _materialization(instance, "consistency_findings", third.run_id).metadata
        assert findings["findings_resolved"].value == new
        assert findings["findings_new"].value == 0
        assert "molisa/new_findings" not in instance.get_run_by_id(third.run_id).tags
        documents = _materialization(instance, "documents", third.run_id).metadata
        assert documents["rows_deleted"].value == 1


def test_table_keys_are_model_columns():
    from assets.check import schemas

    models = {"raw_documents": schemas.RawDocuments, "documents": schemas.Documents, "facts": schemas.Facts,
              "consistency_findings": schemas.ConsistencyFindings}
    for table, model in models.items():
        assert TABLE_KEYS[table] in model.to_schema().columns
