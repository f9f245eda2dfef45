"""Marts on the seeds plus fixtures: exact year-over-year rows, plan attainment, BI access, export, chart."""

import polars as pl
import pytest
import sqlalchemy as sa

from assets.marts.models import MART_KEYS
from assets.warehouse import lake as warehouse
from orchestration.cli import main

YOY = """
    select metric, value, prev_value, abs_change, pct_change, prev_source
    from mart_metric_yoy
    where province = 'Hà Giang' and district is null and period = 'FY' and year = 2024 order by metric
"""


def test_two_consecutive_years_give_exact_yoy_rows(corpus_warehouse, connect):
    con = connect(corpus_warehouse, read_only=True)
    assert con.execute(YOY).fetchall() == [
        ("jobs_created", 13020.0, 12400.0, 620.0, 5.0, "reported"),
        ("labour_export", 2035.0, 1850.0, 185.0, 10.0, "reported"),
        ("poverty_rate", 29.6, 35.1, -5.5, -15.67, "reported"),
        ("poverty_rate_reduction", 5.5, 5.4, 0.1, 1.85, "reported"),
        # Only "bằng 115% so với cùng kỳ" speaks of 2023: 28.750 / 1,15.
        ("social_allowance_recipients", 28750.0, 25000.0, 3750.0, 15.0, "implied"),
        ("vocational_enrolment", 10100.0, 9560.0, 540.0, 5.65, "reported"),
    ]


def test_marts_name_the_files_beside_the_doc_ids(corpus_warehouse, connect):
    con = connect(corpus_warehouse, read_only=True)
    # Every row's files are the files of its documents, and a row several reports give names several.
    mismatched = con.execute("""
        select count(*) from mart_metric_yoy m
        where list_sort(list_distinct(m.source_paths)) <> (
            select list(distinct d.source_path order by d.source_path) from documents d
            where list_contains(m.doc_ids, d.doc_id) and d.status = 'ok')
    """).fetchone()[0]
    assert mismatched == 0
    # … one file to each figure of alternatives, in its order: the chosen value (the first) comes from the first file
    misaligned = con.execute("""
        select count(*) from mart_metric_yoy m
        where len(m.source_paths) <> len(m.alternatives) or m.alternatives[1] <> m.value
            or not exists (select 1 from facts_reviewed f join documents d using (doc_id)
                           where d.source_path = m.source_paths[1] and f.value = m.value and f.metric = m.metric
                             and f.year = m.year and f.period = m.period
                             and f.province_2025 is not distinct from m.province_2025)
    """).fetchone()[0]
    assert misaligned == 0
    assert con.execute("select max(len(source_paths)) from mart_metric_yoy").fetchone()[0] > 1
    assert con.execute("select count(*) from mart_metric_yoy where source_paths_text <> array_to_string(source_paths, ';')"
                       ).fetchone()[0] == 0
    plans = con.execute("""
        select count(*), count(*) filter (where p.target_source_path = t.source_path
                                          and p.actual_source_path is not distinct from a.source_path)
        from mart_plan_attainment p
        join documents t on t.doc_id = p.target_doc_id and t.status = 'ok'
        left join documents a on a.doc_id = p.actual_doc_id and a.status = 'ok'
    """).fetchone()
    assert plans[0] > 0 and plans[0] == plans[1]


def test_province_merged_in_2025_lines_up_under_its_new_name(corpus_warehouse, connect):
    con = connect(corpus_warehouse, read_only=True)
    # Hà Giang joined Tuyên Quang in 2025: its rows carry the new province, pre-2025 name beside it.
    rows = con.execute("select distinct province_2025 from mart_metric_yoy where province = 'Hà Giang'").fetchall()
    assert rows == [("Tuyên Quang",)]
    years = con.execute("select list(distinct year order by year) from mart_province_year "
                        "where province_2025 = 'Tuyên Quang'").fetchone()[0]
    assert years == [2022, 2023, 2024]


def test_plan_attainment_pairs_a_target_with_the_actual(corpus_warehouse, connect):
    con = connect(corpus_warehouse, read_only=True)
    row = con.execute("""
        select target_value, actual_value, attainment_pct, reported_plan_pct from mart_plan_attainment
        where province = 'Hà Giang' and metric = 'jobs_created' and year = 2024
    """).fetchone()
    assert row == (13000.0, 13020.0, 100.15, None)


def test_sqlalchemy_duckdb_engine_reads_every_mart(corpus_warehouse):
    engine = sa.create_engine("duckdb:///:memory:")

    @sa.event.listens_for(engine, "connect")
    def attach(dbapi_connection, _record):
        for statement in warehouse.setup_sql(corpus_warehouse, read_only=True):
            dbapi_connection.execute(statement)

    with engine.connect() as conn:
        for name in MART_KEYS:
            rows = conn.execute(sa.text(f"select * from {name}")).fetchall()
            assert rows, name
        count = conn.execute(sa.text("select count(*) from mart_province_year where jobs_created is not null")).scalar()
        # full-year figures only: a quarter's or a half-year's figure is no year's value
        full_years = conn.execute(sa.text(
            "select count(*) from int_facts_chosen where metric = 'jobs_created' and period = 'FY' "
            "and district is null and province is not null")).scalar()
        partial = conn.execute(sa.text(
            "select count(*) from int_facts_chosen where metric = 'jobs_created' and period <> 'FY' "
            "and district is null and province is not null")).scalar()
        assert count == full_years >= 4 and partial > 0


@pytest.mark.parametrize("fmt", ["parquet", "csv"])
def test_export_writes_every_mart(corpus_warehouse, connect, tmp_path, monkeypatch, fmt):
    monkeypatch.setenv("MOLISA_WAREHOUSE", str(corpus_warehouse))
    assert main(["export", str(tmp_path), "--format", fmt]) == 0
    con = connect(corpus_warehouse, read_only=True)
    for name in MART_KEYS:
        frame = pl.read_parquet(tmp_path / f"{name}.parquet") if fmt == "parquet" else pl.read_csv(tmp_path / f"{name}.csv")
        assert frame.height == con.execute(f"select count(*) from {name}").fetchone()[0]
        assert frame.columns == [c[0] for c in con.execute(f"describe {name}").fetchall()]


def test_export_writes_the_tables_asked_for(corpus_warehouse, connect, tmp_path, monkeypatch, capsys):
    monkeypatch.setenv("MOLISA_WAREHOUSE", str(corpus_warehouse))
    assert main(["export", str(tmp_path), "--format", "csv", "--tables", "facts_reviewed,documents"]) == 0
    assert sorted(p.name for p in tmp_path.iterdir()) == ["documents.csv", "facts_reviewed.csv"]
    con = connect(corpus_warehouse, read_only=True)
    facts = pl.read_csv(tmp_path / "facts_reviewed.csv", infer_schema=False)
    assert facts.columns == [c[0] for c in con.execute("describe facts_reviewed").fetchall()]
    assert facts.height == con.execute("select count(*) from facts_reviewed").fetchone()[0]
    assert facts["fact_id"].to_list() == sorted(facts["fact_id"].to_list())
    # a count is written as a whole number, a rate with its decimals, and each reads back as the warehouse's value
    values = dict(con.execute("select fact_id, value from facts_reviewed").fetchall())
    assert not any(v.endswith(".0") for v in facts["value"].to_list())
    assert all(float(v) == values[f] for f, v in zip(facts["fact_id"], facts["value"], strict=True))
    assert any("." in v for v in facts["value"].to_list()) and any("." not in v for v in facts["value"].to_list())
    documents = pl.read_csv(tmp_path / "documents.csv", infer_schema=False)
    assert documents.height == con.execute("select count(*) from documents").fetchone()[0]
    assert set(documents["text"].drop_nulls()) == {t for (t,) in con.execute("select text from documents").fetchall() if t}
    assert main(["export", str(tmp_path / "x"), "--tables", "marts,fact"]) == 1
    assert "unknown table 'fact'" in capsys.readouterr().err
    assert not (tmp_path / "x").exists()


def test_province_year_mart_attaches_a_chart(corpus_run):
    result, _ = corpus_run
    materialization = next(m for m in result.get_asset_materialization_events()
                           if m.asset_key.path[-1] == "mart_province_year")
    chart = materialization.materialization.metadata["chart"].value
    assert chart.startswith("![provinces over years](data:image/png;base64,") and len(chart) > 5000


def test_two_warehouses_sharing_one_dagster_home_keep_their_marts_apart(tmp_path):
    """A second warehouse (MOLISA_WAREHOUSE elsewhere, the same DAGSTER_HOME) builds its marts, and the first one
    still builds after it: "what changed" is read only from a materialization of the same warehouse."""
    import shutil

    import dagster as dg

    from tests.conftest import SEEDS, run_pipeline

    instance = dg.DagsterInstance.ephemeral()
    first_raw, second_raw = tmp_path / "raw_a", tmp_path / "raw_b"
    shutil.copytree(SEEDS, first_raw)
    second_raw.mkdir()
    shutil.copy(sorted(SEEDS.glob("*.txt"))[0], second_raw)
    assert run_pipeline(first_raw, tmp_path / "wh_a", instance).success
    changed = sorted(first_raw.glob("*.txt"))[1]
    changed.write_text(changed.read_text(encoding="utf-8") + "\nTin thêm.\n", encoding="utf-8")
    assert run_pipeline(first_raw, tmp_path / "wh_a", instance).success  # the first warehouse's marts move on
    second = run_pipeline(second_raw, tmp_path / "wh_b", instance)
    assert second.success, [e.message for e in second.all_events if e.is_failure]
    marts = [m for m in second.get_asset_materialization_events() if m.asset_key.path[-1] == "mart_metric_yoy"]
    assert "since" not in str(marts[0].materialization.metadata.get("what_changed", ""))  # nothing of the first warehouse
    changed.write_text(changed.read_text(encoding="utf-8") + "\nTin nữa.\n", encoding="utf-8")
    again = run_pipeline(first_raw, tmp_path / "wh_a", instance)
    assert again.success, [e.message for e in again.all_events if e.is_failure]


def test_two_figures_of_one_report_are_chosen_for_a_reason_the_mart_states(tmp_path):
    """The larger count of one report (a total holds its parts), the first-stated rate; never the hash order."""
    import dagster as dg

    from assets.warehouse import lake
    from tests.conftest import run_pipeline

    raw = tmp_path / "raw"
    raw.mkdir()
    # invented: a total and a part read as the same measure, and a rate given twice
    (raw / "report.txt").write_text(
        "Tổng kết năm 2023\nNăm 2023, tỉnh Kon Tum đã giải quyết việc làm cho 14.200 người. Trong đó, tạo việc làm mới "
        "đạt 6.100 người.\nTỷ lệ hộ nghèo giảm còn 9,8%. Tỷ lệ hộ nghèo năm 2023 là 10,4%.\n", encoding="utf-8")
    assert run_pipeline(raw, tmp_path / "wh", dg.DagsterInstance.ephemeral()).success
    con = lake.connect(tmp_path / "wh", read_only=True)
    rows = dict(con.execute("select metric, value from int_facts_chosen where year = 2023").fetchall())
    reasons = con.execute("select chosen_because, reports from int_facts_chosen where len(alternatives) > 1 "
                          "order by metric").fetchall()
    assert rows["jobs_created"] == 14200 and rows["poverty_rate"] == 9.8
    assert [r[1] for r in reasons] == [1, 1]  # one document gives both figures
    assert [r[0] for r in reasons] == [
        "the report gives two counts; the largest is shown (a total holds its parts; check which the report means): "
        "14.200 over 6.100 in report.txt",
        "the report gives two values; the one stated first is shown (check which the report means): 9,8 over 10,4 in "
        "report.txt"]


def _jobs_chosen(tmp_path, report: str) -> tuple[float, str]:
    """(value, chosen_because) of the 2023 jobs figure the marts show for one invented report."""
    import dagster as dg

    from assets.warehouse import lake
    from tests.conftest import run_pipeline

    raw = tmp_path / "raw"
    raw.mkdir(exist_ok=True)
    (raw / "report.txt").write_text(report, encoding="utf-8")
    assert run_pipeline(raw, tmp_path / "wh", dg.DagsterInstance.ephemeral()).success
    con = lake.connect(tmp_path / "wh", read_only=True)
    return con.execute("select value, chosen_because from int_facts_chosen where metric = 'jobs_created' "
                       "and year = 2023").fetchone()


def test_a_rounding_of_a_reports_figure_gives_way_to_the_exact_one(tmp_path):
    """A headline's rounding ("gần 24.000") beside the body's exact count (23.415): the mart shows the exact one, even
    though smaller, and says why; two counts that do not round each other still show the larger."""
    # invented
    value, reason = _jobs_chosen(tmp_path, "Hà Tĩnh: gần 24.000 lao động được giải quyết việc làm năm 2023\nNăm 2023, "
                                           "tỉnh Hà Tĩnh đã giải quyết việc làm cho 23.415 lao động, đạt 104% kế hoạch.\n")
    assert value == 23415
    assert reason == ("the report gives a figure and a rounding of it (a headline's, most often); the exact one is "
                      "shown: 23.415 over 24.000 in report.txt")
    # two counts with no approximator are no rounding of each other, however round: the larger, as before
    value, reason = _jobs_chosen(tmp_path, "Tổng kết năm 2023\nNăm 2023, tỉnh Hà Tĩnh đã giải quyết việc làm cho 30.000 "
                                           "lao động. Số lao động có việc làm mới là 29.000 người.\n")
    assert value == 30000 and reason.startswith("the report gives two counts; the largest is shown")


def test_plan_attainment_takes_the_plan_stated_beside_a_result(corpus_warehouse, connect):
    """"đạt 100,5% kế hoạch (kế hoạch 33.000 người)": the plan figure a report gave with its result is a target too,
    met by that very result."""
    con = connect(corpus_warehouse, read_only=True)
    expected = con.execute("select count(*) from stg_facts where qualifier in ('actual', 'estimate') "
                           "and plan_value is not null").fetchone()[0]
    rows = con.execute("""
        select p.target_value, p.actual_value, p.attainment_pct, f.plan_value, f.value, p.actual_doc_id = p.target_doc_id
        from mart_plan_attainment p join stg_facts f on f.fact_id = p.target_fact_id
        where p.target_stated = 'with_actual'
    """).fetchall()
    assert expected > 0 and len(rows) == expected
    for target, actual, attainment, plan_value, value, same_doc in rows:
        assert (target, actual, same_doc) == (plan_value, value, True)
        assert attainment == round(value * 100 / plan_value, 2)
    stated = con.execute("select list(distinct target_stated order by target_stated) from mart_plan_attainment").fetchone()[0]
    assert stated == ["target", "with_actual"]


def test_marts_are_stored_tables_that_replace_the_views_of_earlier_versions(tmp_path):
    """A mart is a warehouse table its asset writes (BI tools read stored rows); a warehouse whose mart is still the
    view an earlier version made gets the table in its place, with the rows the view gave; a rerun with nothing
    changed writes no snapshot, and one edited figure reaches the stored mart."""
    import shutil

    import dagster as dg

    from assets.marts.models import mart_sql
    from tests.conftest import ARTICLES, SEEDS, run_pipeline

    raw, wh = tmp_path / "raw", tmp_path / "wh"
    shutil.copytree(SEEDS, raw)
    for fixture in ARTICLES.glob("ha_giang_*.txt"):  # two years of one province: a year-over-year row
        shutil.copy(fixture, raw)
    instance = dg.DagsterInstance.ephemeral()
    assert run_pipeline(raw, wh, instance).success
    con = warehouse.connect(wh)
    tables = {r[0] for r in con.execute("select table_name from duckdb_tables() where database_name = 'wh'").fetchall()}
    assert set(MART_KEYS) <= tables
    rows = con.execute("select * from mart_metric_yoy order by all").fetchall()
    assert rows
    # the warehouse as an earlier version left it: the mart a view over the facts
    with warehouse.transaction(con, "an earlier version's view", {"asset": "test"}):
        con.execute("drop table mart_metric_yoy")
        con.execute(f"create view mart_metric_yoy as {mart_sql('mart_metric_yoy')}")
    con.close()
    assert run_pipeline(raw, wh, dg.DagsterInstance.ephemeral()).success
    con = warehouse.connect(wh, read_only=True)
    assert not con.execute("select 1 from duckdb_views() where view_name = 'mart_metric_yoy'").fetchall()
    assert con.execute("select * from mart_metric_yoy order by all").fetchall() == rows
    snapshot = warehouse.current_snapshot(con)
    con.close()
    assert run_pipeline(raw, wh, instance).success
    con = warehouse.connect(wh, read_only=True)
    assert warehouse.current_snapshot(con) == snapshot, "nothing changed: no mart is written again"
    con.close()
    edited = next(p for p in sorted(raw.glob("*.txt")) if "13.020" in p.read_text(encoding="utf-8"))
    edited.write_text(edited.read_text(encoding="utf-8").replace("13.020", "13.021"), encoding="utf-8")
    result = run_pipeline(raw, wh, instance)
    assert result.success
    con = warehouse.connect(wh, read_only=True)
    assert con.execute("select value from mart_metric_yoy where province = 'Hà Giang' and metric = 'jobs_created' "
                       "and year = 2024 and period = 'FY' and district is null").fetchall() == [(13021.0,)]
    mart = next(m for m in result.get_asset_materialization_events() if m.asset_key.path[-1] == "mart_metric_yoy")
    what = mart.materialization.metadata["what_changed"].value
    # the edited page's rows: its new doc_id in each, the new figure in one
    assert what.startswith("0 inserted, 0 deleted, ") and "(value, " in what and "in warehouse snapshot" in what



def test_two_sums_of_money_of_one_report_are_called_amounts(corpus_warehouse, connect):
    """The mart's reason names what it compared: two sums of money are amounts, not counts."""
    con = connect(corpus_warehouse, read_only=True)
    reasons = [r[0] for r in con.execute("select chosen_because from mart_metric_yoy where unit = 'vnd' "
                                         "and chosen_because like 'the report gives%'").fetchall()]
    assert reasons and all(r.startswith("the report gives two amounts") for r in reasons), reasons
