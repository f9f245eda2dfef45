"""Which source groups consistency_findings re-checks whole after a change, and which only in part (no corpus needed)."""

from datetime import date as day

import polars as pl

from assets.check import incremental


def test_a_source_group_rechecks_whole_only_when_its_latest_report_changes():
    group = {"province": "Lào Cai", "district": None, "year": 2024, "period": "FY", "qualifier": "actual",
             "metric": "jobs_created"}
    before = pl.DataFrame([{**group, "fact_id": f"f{i}", "doc_id": doc, "published_date": published}
                           for i, (doc, published) in enumerate([("a", day(2024, 3, 1)), ("b", day(2024, 6, 1)),
                                                                 ("c", day(2024, 9, 1))])])
    sources = before.select(incremental.SOURCE_KEY).unique()
    # An earlier report (a) changed: only its pair with the latest (c) goes again.
    whole, with_latest, changed = incremental.source_groups(before, before, before.filter(pl.col("doc_id") == "a"), sources)
    assert whole.is_empty()
    assert sorted(with_latest["doc_id"]) == ["a", "c"] and changed["doc_id"].to_list() == ["a"]
    # The latest report changed, or a later one came: the whole group.
    whole, with_latest, _ = incremental.source_groups(before, before, before.filter(pl.col("doc_id") == "c"), sources)
    assert whole.height == 1 and with_latest.is_empty()
    later = pl.concat([before, pl.DataFrame([{**group, "fact_id": "f9", "doc_id": "d", "published_date": day(2024, 12, 1)}],
                                            schema=before.schema)])
    whole, _, _ = incremental.source_groups(before, later, later.filter(pl.col("doc_id") == "d"), sources)
    assert whole.height == 1
