"""materialize.row_changes: the rows a table gains and loses, every column compared, lists and nulls included."""

from __future__ import annotations

import polars as pl

from assets.materialize import row_changes

SCHEMA = {"finding_id": pl.String, "value": pl.Float64, "fact_ids": pl.List(pl.String), "message": pl.String}


def _frame(rows: list[tuple]) -> pl.DataFrame:
    return pl.DataFrame(rows, schema=SCHEMA, orient="row")


def test_only_the_rows_that_differ_in_some_column_come_out():
    old = _frame([("a", 1.0, ["f1"], "same"), ("b", None, [], "same"), ("c", 3.0, None, "old text"),
                  ("d", 4.0, ["f1", "f2"], "same")])
    new = _frame([("a", 1.0, ["f1"], "same"), ("b", None, [], "same"), ("c", 3.0, None, "new text"),
                  ("d", 4.0, ["f2", "f1"], "same"), ("e", 5.0, ["f5"], "added")])
    gone, came = row_changes(old, new)
    assert gone["finding_id"].to_list() == ["c", "d"]  # a changed message; a list in another order
    assert came["finding_id"].to_list() == ["c", "d", "e"]
    assert came.schema == new.schema and gone.schema == new.schema


def test_an_empty_list_a_null_list_and_a_list_of_one_empty_string_differ():
    old = _frame([("a", 1.0, [], "m"), ("b", 1.0, None, "m"), ("c", 1.0, [""], "m")])
    new = _frame([("a", 1.0, None, "m"), ("b", 1.0, [""], "m"), ("c", 1.0, [], "m")])
    gone, came = row_changes(old, new)
    assert sorted(gone["finding_id"]) == sorted(came["finding_id"]) == ["a", "b", "c"]


def test_a_first_run_and_an_unchanged_table():
    rows = _frame([("a", 1.0, ["f1"], "m")])
    gone, came = row_changes(rows.clear(), rows)
    assert gone.height == 0 and came.equals(rows)
    assert [frame.height for frame in row_changes(rows, rows)] == [0, 0]
