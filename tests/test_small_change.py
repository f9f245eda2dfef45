"""After a small change, facts_reviewed takes over only the changed facts (when no correction names their documents) and
mart_metric_yoy is worked out again only for the keys whose facts changed (and the same keys a year on); what each
stores is row for row what a full recompute gives: on realistic pages (many reports per province and year, neighbouring
years) read by the real pipeline into a real warehouse, after pages edited, removed and added, after an analyst's
correction, and after pages changed that no correction names."""

from __future__ import annotations

import csv
from pathlib import Path

import dagster as dg
import polars as pl
import pytest

from assets.marts import incremental
from assets.marts.models import MART_KEYS, mart_sql
from assets.review.corrections import apply_corrections, read_corrections
from assets.warehouse import lake
from bench.make_corpus import DEV_DOCS, make_realistic_corpus
from tests.conftest import run_pipeline
from tests.test_incremental_findings import BIG_NUMBER, _change_files

pytestmark = pytest.mark.skipif(not DEV_DOCS.exists(), reason="needs the dev corpus in ../shared/dev/docs")
MART = "mart_metric_yoy"
MARTS = ("mart_metric_yoy", "mart_plan_attainment")  # the marts worked out by key after a small change


def _stored_and_full(wh: Path, mart: str = MART) -> tuple[pl.DataFrame, pl.DataFrame]:
    """The stored mart and the full query over every fact, in one order."""
    order = ", ".join(MART_KEYS[mart])
    con = lake.connect(wh, read_only=True)
    try:
        stored = con.execute(f"select * from {mart} order by {order}").pl()
        full = con.execute(f"select * from ({mart_sql(mart)}) order by {order}").pl()
    finally:
        con.close()
    return stored, full


def _marts_as_full(wh: Path) -> bool:
    """Whether each mart worked out by key stores what the full query gives."""
    return all(stored.equals(full) for stored, full in (_stored_and_full(wh, mart) for mart in MARTS))


def _reviewed_as_recomputed(wh: Path, corrections: Path) -> bool:
    """Whether stored facts_reviewed is what applying the corrections file to every fact gives."""
    con = lake.connect(wh, read_only=True)
    try:
        stored = con.execute("select * from facts_reviewed order by fact_id").pl()
        docs = con.execute("select doc_id, source_path, status, quarantine_reason, duplicate_of, province, province_2025, "
                           "district, text from documents").pl()
        full = apply_corrections(con.execute("select * from facts").pl(), docs, read_corrections(corrections))[0]
    finally:
        con.close()
    return stored.equals(full.sort("fact_id").select(stored.columns).cast(stored.schema))


def _corrected(instance: dg.DagsterInstance) -> str:
    meta = instance.get_latest_materialization_event(dg.AssetKey("facts_reviewed")).asset_materialization.metadata
    return meta["facts_corrected"].value


def _rerun_as_recomputed(raw: Path, wh: Path, instance: dg.DagsterInstance, corrections: Path, corrected: str) -> None:
    """Run the pipeline again: facts_reviewed corrected as ``corrected`` says, each mart worked out by key, and all of them
    what a full recompute gives."""
    assert run_pipeline(raw, wh, instance=instance, corrections=corrections).success
    assert _corrected(instance).startswith(corrected)
    assert _reviewed_as_recomputed(wh, corrections)
    hows = [_how(instance, mart)[0] for mart in MARTS]
    assert all(how.startswith("for the keys") for how in hows), hows
    assert _marts_as_full(wh)


def _how(instance: dg.DagsterInstance, mart: str = MART) -> tuple[str, int]:
    """How the last materialization worked the mart out, and how many of its rows it changed."""
    meta = instance.get_latest_materialization_event(dg.AssetKey(mart)).asset_materialization.metadata
    return meta["worked_out"].value, sum(meta[f"rows_{kind}"].value for kind in ("inserted", "deleted", "updated"))


def test_a_small_change_updates_the_touched_keys_as_the_full_query_would(tmp_path, monkeypatch):
    # (160 pages: a change touches more than a fifth of a mart's keys, where the full query is run instead)
    monkeypatch.setattr(incremental, "MAX_TOUCHED", 1.0)
    make_realistic_corpus(160, tmp_path)
    raw, wh, corrections = tmp_path / "raw", tmp_path / "warehouse", tmp_path / "corrections.csv"
    instance = dg.DagsterInstance.ephemeral()
    assert run_pipeline(raw, wh, instance=instance, corrections=corrections).success
    assert _how(instance)[0].startswith("from every fact")
    stored, full = _stored_and_full(wh)
    assert stored.height > 100 and _marts_as_full(wh)

    # Pages edited (a number raised), one removed, one copied a year earlier: values, reports and neighbouring years move.
    _change_files(raw)
    _rerun_as_recomputed(raw, wh, instance, corrections, "only the facts changed")
    assert _how(instance)[1] > 0

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
    _rerun_as_recomputed(raw, wh, instance, corrections, "every fact")
    assert _how(instance)[1] > 0

    # Pages changed again, none the correction names: its rejection stands, the other facts are taken over.
    def raise_a_number(path: Path) -> bool:
        text = path.read_text(encoding="utf-8")
        if path.name == row[0] or not (match := BIG_NUMBER.search(text)):
            return False
        raised = f"{int(match.group().replace('.', '')) + 9:,}".replace(",", ".")
        path.write_text(text[:match.start()] + raised + text[match.end():], encoding="utf-8")
        return True
    assert sum(raise_a_number(path) for path in sorted(raw.glob("*.txt"))[-12:]) >= 3
    _rerun_as_recomputed(raw, wh, instance, corrections, "only the facts changed")

    # A line that cannot apply says why in words that may name other files ("did you mean …"): with one in the file, a
    # change corrects every fact again, so the log says what a full run would.
    with corrections.open("a", encoding="utf-8", newline="") as handle:
        csv.writer(handle).writerow(["reject", "bao-cao-chua-co.txt", row[1], row[2], "", "", "test", "test"])
    assert run_pipeline(raw, wh, instance=instance, corrections=corrections).success
    assert any(raise_a_number(path) for path in sorted(raw.glob("*.txt"))[-12:])
    assert run_pipeline(raw, wh, instance=instance, corrections=corrections).success
    assert _corrected(instance).startswith("every fact")
    assert _reviewed_as_recomputed(wh, corrections)
