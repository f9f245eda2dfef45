"""mart_metric_yoy after a small change is worked out again only for the keys whose facts changed (and the same keys a
year on), and what it stores is row for row the full query's: on realistic pages (many reports per province and year,
neighbouring years) read by the real pipeline into a real warehouse, after pages edited, removed and added, and after an
analyst's correction."""

from __future__ import annotations

import csv
from pathlib import Path

import dagster as dg
import polars as pl
import pytest

from assets.marts.models import MART_KEYS, mart_sql
from assets.warehouse import lake
from bench.make_corpus import DEV_DOCS, make_realistic_corpus
from tests.conftest import run_pipeline
from tests.test_incremental_findings import _change_files

pytestmark = pytest.mark.skipif(not DEV_DOCS.exists(), reason="needs the dev corpus in ../shared/dev/docs")
MART = "mart_metric_yoy"


def _stored_and_full(wh: Path) -> tuple[pl.DataFrame, pl.DataFrame]:
    """The stored mart and the full query over every fact, in one order."""
    order = ", ".join(MART_KEYS[MART])
    con = lake.connect(wh, read_only=True)
    try:
        stored = con.execute(f"select * from {MART} order by {order}").pl()
        full = con.execute(f"select * from ({mart_sql(MART)}) order by {order}").pl()
    finally:
        con.close()
    return stored, full


def _how(instance: dg.DagsterInstance) -> tuple[str, int]:
    """How the last materialization worked the mart out, and how many of its rows it changed."""
    meta = instance.get_latest_materialization_event(dg.AssetKey(MART)).asset_materialization.metadata
    return meta["worked_out"].value, sum(meta[f"rows_{kind}"].value for kind in ("inserted", "deleted", "updated"))


def test_a_small_change_updates_the_touched_keys_as_the_full_query_would(tmp_path):
    make_realistic_corpus(160, tmp_path)
    raw, wh, corrections = tmp_path / "raw", tmp_path / "warehouse", tmp_path / "corrections.csv"
    instance = dg.DagsterInstance.ephemeral()
    assert run_pipeline(raw, wh, instance=instance, corrections=corrections).success
    assert _how(instance)[0].startswith("from every fact")
    stored, full = _stored_and_full(wh)
    assert stored.height > 100 and stored.equals(full)

    # Pages edited (a number raised), one removed, one copied a year earlier: values, reports and neighbouring years move.
    _change_files(raw)
    assert run_pipeline(raw, wh, instance=instance, corrections=corrections).success
    how, changed = _how(instance)
    assert how.startswith("for the keys"), how
    assert changed > 0
    stored, full = _stored_and_full(wh)
    assert stored.equals(full)

    # An analyst's correction changes facts_reviewed alone: a chosen figure rejected, so another report or none shows.
    con = lake.connect(wh, read_only=True)
    row = con.execute("select d.source_path, f.metric, f.evidence from facts_reviewed f join documents d using (doc_id) "
                      f"join {MART} m on m.metric = f.metric and m.year = f.year and m.period = f.period "
                      "and m.province is not distinct from f.province and m.district is not distinct from f.district "
                      "where m.reports > 1 and list_contains(m.doc_ids, f.doc_id) and f.qualifier = 'actual' "
                      "order by d.source_path, f.span_start limit 1").fetchone()
    con.close()
    with corrections.open("w", encoding="utf-8", newline="") as handle:
        writer = csv.writer(handle)
        writer.writerow(["action", "source", "metric", "evidence", "field", "value", "note", "author"])
        writer.writerow(["reject", row[0], row[1], row[2], "", "", "test", "test"])
    assert run_pipeline(raw, wh, instance=instance, corrections=corrections).success
    how, changed = _how(instance)
    assert how.startswith("for the keys"), how
    assert changed > 0
    stored, full = _stored_and_full(wh)
    assert stored.equals(full)
