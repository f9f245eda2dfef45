"""Real materializations over a temporary raw folder: reruns, incremental changes, time travel."""

import shutil
from pathlib import Path

import dagster as dg
import pytest

from assets.warehouse import lake as warehouse
from tests.conftest import SEEDS, run_pipeline


@pytest.fixture
def workdir(tmp_path: Path) -> tuple[Path, Path]:
    raw = tmp_path / "raw"
    shutil.copytree(SEEDS, raw)
    return raw, tmp_path / "warehouse"


def facts_of(path: Path, snapshot: int | None = None) -> dict[str, tuple]:
    con = warehouse.connect(path, read_only=True, snapshot=snapshot)
    try:
        return {r[0]: r[1:] for r in con.execute("select fact_id, doc_id, metric, value from facts").fetchall()}
    finally:
        con.close()


def snapshot_of(path: Path) -> int:
    con = warehouse.connect(path, read_only=True)
    try:
        return warehouse.current_snapshot(con)
    finally:
        con.close()


def test_rerun_changes_nothing_and_one_edit_touches_one_document(workdir):
    raw, wh = workdir
    assert run_pipeline(raw, wh).success
    first, snap = facts_of(wh), snapshot_of(wh)
    assert run_pipeline(raw, wh).success
    assert facts_of(wh) == first
    assert snapshot_of(wh) == snap, "a no-op rerun must not write a snapshot"

    edited = raw / "000_84b3097514212185.txt"
    edited.write_text(edited.read_text(encoding="utf-8").replace("17.335", "17.336"), encoding="utf-8")
    assert run_pipeline(raw, wh).success
    after = facts_of(wh)
    changed_docs = {v[0] for k, v in first.items() if k not in after} | {v[0] for k, v in after.items() if k not in first}
    assert len(changed_docs) == 2  # the old doc_id retired, the new one added
    assert sorted(v[2] for v in after.values() if v[1] == "jobs_created" and v[2] in (17335, 17336)) == [17336]
    untouched = {k: v for k, v in first.items() if v[0] not in changed_docs}
    assert all(after[k] == v for k, v in untouched.items())
    old = facts_of(wh, snapshot=snap)
    assert any(v[1] == "jobs_created" and v[2] == 17335 for v in old.values()), "time travel returns the old value"


def test_deleted_file_leaves_the_current_version(workdir):
    raw, wh = workdir
    assert run_pipeline(raw, wh).success
    (raw / "001_639c909b7a326c80.txt").unlink()
    assert run_pipeline(raw, wh).success
    con = warehouse.connect(wh, read_only=True)
    try:
        metrics = {r[0] for r in con.execute("select metric from facts").fetchall()}
        docs = con.execute("select count(*) from documents").fetchone()[0]
    finally:
        con.close()
    assert "covid_support_amount" in metrics  # 004 still has one
    assert docs == 4


def test_schema_checks_and_rules_pass_on_seeds(seed_warehouse, connect):
    con = connect(seed_warehouse, read_only=True)
    assert con.execute("select count(*) from consistency_findings").fetchone()[0] == 0
    assert con.execute("select count(*) from documents where status = 'ok'").fetchone()[0] == 5


def test_yoy_mart_implies_previous_value_from_so_voi_cung_ky(seed_warehouse, connect):
    con = connect(seed_warehouse, read_only=True)
    row = con.execute(
        "select value, prev_value, abs_change, pct_change, prev_source from mart_metric_yoy "
        "where metric = 'drug_rehab_admissions'"
    ).fetchone()
    assert row == (125.0, 105.04, 19.96, 19.0, "implied")
    # … a part of the year only: in mart_metric_yoy with its period, not in the yearly table
    assert con.execute("select count(*) from mart_province_year where province = 'Nam Định' and year = 2024").fetchone()[0] == 0


def test_schema_checks_after_a_small_change_check_the_rows_written_since_and_keys_over_all(workdir):
    """After a passing check, a run validates only the rows written since (and every key over the whole table): one
    edited page's facts, not all; a bad row written since, or a key repeated, fails the check all the same."""
    raw, wh = workdir
    instance = dg.DagsterInstance.ephemeral()

    def facts_check(result, asset: str = "facts") -> dg.AssetCheckEvaluation:
        return next(e for e in result.get_asset_check_evaluations()
                    if e.asset_key.to_user_string() == asset and e.check_name == "schema_valid")

    first = facts_check(run_pipeline(raw, wh, instance))
    total = len(facts_of(wh))
    assert first.passed and first.metadata["rows_checked"].value == total and "rows_in_table" not in first.metadata
    edited = raw / "000_84b3097514212185.txt"
    edited.write_text(edited.read_text(encoding="utf-8").replace("17.335", "17.336"), encoding="utf-8")
    result = run_pipeline(raw, wh, instance)
    second, documents = facts_check(result), facts_check(result, "documents")
    assert second.passed and second.metadata["rows_in_table"].value == len(facts_of(wh))
    assert 0 < second.metadata["rows_checked"].value < total
    assert documents.passed and documents.metadata["rows_checked"].value == 1  # the edited page's new version
    # A row of no metric code, and a fact_id twice, written into the warehouse beside the pipeline's own writes.
    con = warehouse.connect(wh)
    with warehouse.transaction(con, "test: bad rows", {"asset": "test"}):
        con.execute("insert into facts select * replace ('not_a_metric' as metric, fact_id || 'x' as fact_id) "
                    "from facts limit 1")
        con.execute("insert into facts select * from facts where fact_id = (select min(fact_id) from facts)")
    con.close()
    edited.write_text(edited.read_text(encoding="utf-8").replace("17.336", "17.337"), encoding="utf-8")
    third = facts_check(run_pipeline(raw, wh, instance))
    cases = third.metadata["failure_cases"].value.records
    assert not third.passed and third.metadata["rows_checked"].value < third.metadata["rows_in_table"].value
    assert any("not_a_metric" in str(r.data) for r in cases) and any("fact_id is unique" in str(r.data) for r in cases)
