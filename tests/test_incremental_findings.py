"""consistency_findings after a change re-checks only the scopes of changed facts, and its findings are
row for row those of a full recompute: on realistic pages (bench/make_corpus.py, many reports per
province and year, so every rule has findings and sources_agree crosses documents) read by the real
cleaner and extractor, and through the pipeline on a real warehouse."""

from __future__ import annotations

import random
import re
import shutil
from pathlib import Path

import dagster as dg
import duckdb
import polars as pl
import pytest

from assets.check import incremental, rules
from assets.clean.document import clean_document
from assets.extract.asset import FACT_SCHEMA, extract_rows
from assets.warehouse import lake
from bench.make_corpus import DEV_DOCS, make_realistic_corpus
from tests.conftest import run_pipeline

pytestmark = pytest.mark.skipif(not DEV_DOCS.exists(), reason="needs the dev corpus in ../shared/dev/docs")
BIG_NUMBER = re.compile(r"(?<![\d.,])\d{1,3}(?:\.\d{3})+(?![\d,])")


@pytest.fixture(scope="module")
def pages(tmp_path_factory) -> Path:
    base = tmp_path_factory.mktemp("pages")
    make_realistic_corpus(160, base)
    return base / "raw"


@pytest.fixture(scope="module")
def read(pages) -> tuple[pl.DataFrame, pl.DataFrame]:
    """The facts and ok documents of the pages (cleaned and extracted as the pipeline does)."""
    rows = []
    for path in sorted(pages.glob("*.txt")):
        doc = clean_document(path.read_bytes(), path.name)
        if doc.status == "ok":
            rows.append({"doc_id": path.stem, "source_path": path.name, "text": doc.text,
                         "published_date": doc.published_date, "province": doc.province, "district": doc.district,
                         "province_2025": doc.province_2025})
    docs = pl.DataFrame(rows)
    facts = pl.DataFrame(extract_rows(docs.to_dicts()), schema=FACT_SCHEMA)
    return facts, docs.select("doc_id", "source_path", "text", "published_date")


def edited(facts: pl.DataFrame, docs: pl.DataFrame, rng: random.Random) -> tuple[pl.DataFrame, pl.DataFrame]:
    """A few documents gone, facts of others with another value, year or place, others re-dated or renamed."""
    ids = sorted(docs["doc_id"].to_list())
    gone, changed, dated = rng.sample(ids, 3), rng.sample(ids, 4), rng.sample(ids, 2)
    mine = pl.col("doc_id").is_in(changed) & (pl.col("span_start") % 2 == 0)
    facts = facts.filter(~pl.col("doc_id").is_in(gone)).with_columns(
        pl.when(mine).then(pl.col("value") * 1.5 + 1).otherwise(pl.col("value")).alias("value"),
        pl.when(mine & (pl.col("span_start") % 3 == 0)).then(pl.col("year") + 1).otherwise(pl.col("year")).alias("year"),
        pl.when(mine & (pl.col("span_start") % 5 == 0)).then(pl.lit(None)).otherwise(pl.col("province")).alias("province"))
    docs = docs.with_columns(
        pl.when(pl.col("doc_id").is_in(dated)).then(pl.col("published_date").dt.offset_by("400d"))
        .otherwise(pl.col("published_date")).alias("published_date"),
        pl.when(pl.col("doc_id") == dated[0]).then(pl.lit("renamed.txt")).otherwise(pl.col("source_path")).alias("source_path"))
    return facts, docs


def test_update_is_the_full_recompute_after_each_edit(read):
    facts, docs = read
    prepared = rules.prepare(facts, docs)
    found = rules.findings_of(prepared)
    assert set(found["rule"]) == {rule.name for rule in rules.RULES}, "every rule must have findings to test"
    rng = random.Random(3)
    for _ in range(4):
        facts, docs = edited(facts, docs, rng)
        again = rules.prepare(facts, docs)
        full = rules.findings_of(again)
        updated = incremental.update_findings(prepared, found, again)
        assert updated is not None
        assert updated.equals(full)
        assert not updated.equals(found), "the edits changed no finding"
        prepared, found = again, full
    # Nothing changed: the findings as they were, no rule run.
    assert incremental.update_findings(prepared, found, prepared).equals(found)


def _change_files(raw: Path) -> None:
    """One number raised in three pages, one page removed, one page copied under a new name."""
    files = sorted(raw.glob("*.txt"))
    edited_files = 0
    for path in files[5::37]:
        text = path.read_text(encoding="utf-8", errors="replace")
        if match := BIG_NUMBER.search(text):
            new = f"{int(match.group().replace('.', '')) + 7:,}".replace(",", ".")
            path.write_text(text[:match.start()] + new + text[match.end():], encoding="utf-8")
            edited_files += 1
    assert edited_files >= 3
    files[11].unlink()
    text = files[20].read_text(encoding="utf-8", errors="replace")
    (raw / "zz_new.txt").write_text(text.replace("2023", "2022").replace("2024", "2023"), encoding="utf-8")


def _full_recompute(con) -> tuple[pl.DataFrame, pl.DataFrame]:
    facts = con.execute("select * exclude (review_status, correction_ids) from facts_reviewed").pl()
    docs = con.execute("select doc_id, source_path, text, published_date from documents "
                       "where status = 'ok' order by source_path").pl()
    return rules.findings(facts, docs), rules.prepare(facts, docs)


def _run_change_and_rerun(pages: Path, tmp_path: Path, between=None) -> tuple[dg.DagsterInstance, Path]:
    """The pages run once, edited (``between(warehouse)`` done first, when given) and run again in one instance."""
    raw = tmp_path / "raw"
    shutil.copytree(pages, raw)
    instance = dg.DagsterInstance.ephemeral()
    wh = tmp_path / "warehouse"
    assert run_pipeline(raw, wh, instance=instance).success
    if between is not None:
        between(wh)
    _change_files(raw)
    assert run_pipeline(raw, wh, instance=instance).success
    return instance, wh


def _stored_and_recomputed(wh: Path) -> tuple[pl.DataFrame, pl.DataFrame, set, pl.DataFrame, pl.DataFrame]:
    """consistency_findings and findings_context as stored (the context without its text key and version), the context's
    code versions, and the findings and prepared facts a full recompute gives."""
    con = lake.connect(wh, read_only=True)
    try:
        table = con.execute("select * from consistency_findings order by finding_id").pl()
        versions = {r[0] for r in con.execute(f"select distinct {incremental.VERSION_KEY} "
                                              f"from {incremental.CONTEXT_TABLE}").fetchall()}
        context = con.execute(f"select * exclude ({incremental.TEXT_KEY}, {incremental.VERSION_KEY}) "
                              f"from {incremental.CONTEXT_TABLE} order by fact_id").pl()
        full, prepared = _full_recompute(con)
    finally:
        con.close()
    return table, context, versions, full, prepared


def _facts_checked(instance: dg.DagsterInstance) -> str:
    event = instance.get_latest_materialization_event(dg.AssetKey("consistency_findings"))
    return event.asset_materialization.metadata["facts_checked"].value


def test_pipeline_rerun_after_a_change_rechecks_only_changed_scopes(pages, tmp_path):
    instance, wh = _run_change_and_rerun(pages, tmp_path)
    assert _facts_checked(instance).startswith("only the facts changed")
    table, context, _versions, full, prepared = _stored_and_recomputed(wh)
    assert table.height > 0
    assert table.equals(full.cast(table.schema))
    # The context holds every column the rules read, as prepare gives them.
    assert context.columns == prepared.columns
    assert context.equals(prepared.sort("fact_id").cast(context.schema))
    # The texts of the documents written since a snapshot come from the files written since, the others from the table:
    # the same texts either way.
    con = lake.connect(wh, read_only=True)
    try:
        wanted = con.execute(f"select doc_id, any_value({incremental.TEXT_KEY_SQL}) as {incremental.TEXT_KEY}, "
                             "any_value(text) as text from documents where status = 'ok' group by 1").pl()
        # (the snapshot before the rerun's documents step wrote)
        last = lake.current_snapshot(con)
        first_run = con.execute("select max(snapshot_id) - 1 from snapshots() where commit_message like 'documents run%'"
                                ).fetchone()[0]
        changed = con.execute(f"select count(distinct doc_id) from table_changes('documents', {first_run + 1}, {last}) "
                              "where change_type = 'insert'").fetchone()[0]
        assert changed > 0
        expected = dict(wanted.select("doc_id", "text").iter_rows())
        written = incremental._texts_written_since(con, wanted, first_run)
        assert 0 < len(written) < len(expected)
        assert all(expected[doc_id] == text for doc_id, text in written.items())
        assert incremental._texts_of(con, wanted, since=first_run) == expected
        assert incremental._texts_of(con, wanted) == expected
    finally:
        con.close()


def test_a_context_of_another_code_version_is_written_anew(pages, tmp_path):
    """After a change to the rules' code every context row is stale: the step checks all facts, and the context it
    leaves is the new code's, row for row (none of the old rows stays)."""
    def earlier_code(wh: Path) -> None:
        con = lake.connect(wh)
        with lake.transaction(con, "the context of an earlier code version", {"asset": "test"}):
            con.execute(f"update {incremental.CONTEXT_TABLE} set {incremental.VERSION_KEY} = 'earlier-code'")
        con.close()

    instance, wh = _run_change_and_rerun(pages, tmp_path, earlier_code)
    assert _facts_checked(instance).startswith("all facts")
    table, context, versions, full, prepared = _stored_and_recomputed(wh)
    assert versions == {incremental.RULES_VERSION}
    assert context.equals(prepared.sort("fact_id").cast(context.schema))
    assert table.height > 0 and table.equals(full.cast(table.schema))


def test_the_text_key_follows_every_input_of_the_text():
    """The same bytes under another name (an .html file is read as HTML), another cleaning version or another sources.csv
    address can clean to another text: each gives another key."""
    rows = [("d1", "a.txt", "clean-1", None), ("d1", "a.html", "clean-1", None), ("d1", "a.txt", "clean-2", None),
            ("d1", "a.txt", "clean-1", "https://example.vn/a"), ("d2", "a.txt", "clean-1", None)]
    con = duckdb.connect()
    values = ", ".join(f"('{d}', '{p}', '{v}', {repr(u) if u else 'null'})" for d, p, v, u in rows)
    keys = con.execute(f"select {incremental.TEXT_KEY_SQL} from (values {values}) t (doc_id, source_path, clean_version, "
                       "listed_url)").fetchall()
    assert len(set(keys)) == len(rows)
