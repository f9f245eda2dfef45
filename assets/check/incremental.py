"""consistency_findings after a small change: re-check only what the changed facts can affect.

The rules read the prepared facts (``rules.prepare``: the facts with where each sits in its text and
the interval its printed number allows). The step keeps them in the warehouse table
``findings_context`` (one row per fact, plus a key of its document's text: ``TEXT_KEY_SQL``), written in the same
snapshot as the findings. The next run

1. prepares the facts again, locating in the text only the facts whose inputs (document text, span,
   evidence, values) are not in the context already: ``cached_locator``;
2. compares the new prepared rows with the context: a row that is in one and not the other (every
   column compared) is a change;
3. re-checks only the scopes those changed rows (before and after) belong to: the in-document rules
   on the documents they are in, yoy_claim_matches_history on the claims of their place, metric,
   period and year or the year after (last year's figure may be theirs), sources_agree on the groups
   of their place, year, period, qualifier and metric, whole when the group's latest report changed or
   another is the latest now, else only the changed documents' pairs with the latest (``source_groups``):
   ``recheck``;
4. keeps every earlier finding whose scope no changed row touched, and replaces the others with the
   new cases: ``findings_delta`` gives the rows to delete and insert, reading whole earlier findings only for the
   touched scopes.

Each rule's cases depend only on the facts of its scope (a document, a claim's place and years, a
source group), so the result is the full recompute's, row for row (``tests/test_incremental_findings.py``
checks it against ``rules.findings`` on a real warehouse). The step falls back to the full recompute
when the context is not the one its last run wrote (another code version of the rules, the locator
or the number reader, a table changed by someone else, no earlier run in this Dagster instance).
"""

from __future__ import annotations

import hashlib
import re
from collections.abc import Callable
from itertools import groupby
from operator import itemgetter
from pathlib import Path

import duckdb
import polars as pl

from assets.check import rules
from assets.check.rules import LOCATE_INPUTS, LOCATED_SCHEMA, RULES, SCOPE, locate
from assets.materialize import row_changes
from assets.parallel import BATCH, map_chunks, release
from assets.reuse import input_snapshots
from assets.warehouse import lake

# The code the prepared facts and the findings follow from: a change to any of these files makes the
# context stale (its rows would no longer be what ``prepare`` gives), so the next run recomputes all.
_SOURCES = ["check/rules.py", "check/printed.py", "check/incremental.py", "extract/numbers.py", "extract/segment.py",
            "readable.py"]
RULES_VERSION = hashlib.sha256(b"".join(
    (Path(__file__).resolve().parents[1] / name).read_bytes() for name in _SOURCES)).hexdigest()[:16]
CONTEXT_TABLE = "findings_context"
LOCATE_MS = 0.25  # one document's facts located on one core, in ms (bench/profile_findings.py): when workers pay off
# The materialization metadata entry that says which context a run left: code version and the
# snapshots that last changed the findings and the context (``state``).
STATE_KEY = "findings_state"
TEXT_KEY = "text_md5"
# What a document's text follows from: its bytes (doc_id), its file's name (an .html file is read as HTML), the cleaning
# code and the sources.csv address it was cleaned with (the documents step cleans a file again when one of them changes),
# hashed. Not the text itself: an md5 of every text read 260 MB and took 3 s of a small change's run at 100,000 pages. (So
# a change to the cleaning must change CLEAN_VERSION, as it must for the documents step to clean again.)
TEXT_KEY_SQL = "md5(concat_ws('|', doc_id, source_path, clean_version, coalesce(listed_url, '')))"
VERSION_KEY = "context_version"
PER_DOCUMENT = ("violations_eq_warnings_plus_fines", "ratio_matches_percent", "rate_change_matches",
                "part_not_exceeding_whole")
YOY_KEY = ["province", "district", "metric", "period", "year"]
SOURCE_KEY = [*SCOPE, "metric"]
# What the re-check reads of the old context: each fact's place, metric, period, year and qualifier, its document and
# that document's date (which report was the latest of a source group).
PLACED = ["fact_id", *dict.fromkeys([*YOY_KEY, *SOURCE_KEY, "doc_id", "published_date"])]
assert set(PER_DOCUMENT) | {"yoy_claim_matches_history", "sources_agree"} == {rule.name for rule in RULES}, \
    "a new rule needs its scope here"


def state(con: duckdb.DuckDBPyConnection) -> str:
    """What a run that trusts the context must find: the rules' code version and the warehouse
    snapshots that last wrote consistency_findings and findings_context (so a write by anything else,
    or a rebuilt warehouse, makes the next run check all facts)."""
    return f"{RULES_VERSION}; {input_snapshots(con, ['consistency_findings', CONTEXT_TABLE])}"


def _locate_documents(groups: list[tuple[str | None, list[dict]]]) -> list[dict]:
    """``locate`` of each (text, fact rows) group: a worker's share (a top-level function, picklable)."""
    return [x.as_row() for text, rows in groups for x in locate(text, rows)]


def locate_all(rows: list[dict], texts: dict[str, str | None], log: Callable[[str], None] | None = None,
               done_before: int = 0, total: int | None = None) -> pl.DataFrame:
    """``rules.locate_rows`` spread over the cores, one document's facts together (same rows, same order).
    Progress counts documents from ``done_before`` out of ``total`` when ``rows`` are one batch of more."""
    groups = [(texts.get(doc_id), list(group)) for doc_id, group in groupby(rows, key=itemgetter("doc_id"))]
    located = map_chunks(_locate_documents, groups, log, "located", done_before, total, item_ms=LOCATE_MS) if groups else []
    return pl.DataFrame(located, schema=LOCATED_SCHEMA, orient="row")


def context_snapshot(current_state: str) -> int | None:
    """The warehouse snapshot that last wrote findings_context, read from a ``state`` string (None when none did)."""
    found = re.search(rf"\b{CONTEXT_TABLE}@(\d+)", current_state)
    return int(found.group(1)) if found else None


def _texts_written_since(con: duckdb.DuckDBPyConnection, wanted: pl.DataFrame, since: int) -> dict[str, str]:
    """doc_id → text of the ok documents of ``wanted`` (doc_id, ``TEXT_KEY``) written after snapshot ``since`` with the
    text key wanted, read from the files written since (DuckLake's change feed; {} when a snapshot since expired)."""
    con.register("wanted_texts", wanted.select("doc_id", TEXT_KEY))
    try:
        return dict(con.execute(
            f"select c.doc_id, any_value(c.text) from (select doc_id, text, {TEXT_KEY_SQL} as {TEXT_KEY} from "
            f"{lake.ALIAS}.table_changes('documents', {int(since) + 1}, {int(lake.current_snapshot(con))}) "
            "where change_type in ('insert', 'update_postimage') and status = 'ok') c "
            f"semi join wanted_texts w on w.doc_id = c.doc_id and w.{TEXT_KEY} = c.{TEXT_KEY} group by 1"
        ).fetchall())  # noqa: S608 (fixed names, snapshot ids are integers)
    except duckdb.Error:
        return {}
    finally:
        con.unregister("wanted_texts")


def _texts_of(con: duckdb.DuckDBPyConnection, wanted: pl.DataFrame, since: int | None = None) -> dict[str, str]:
    """doc_id → text of the ok documents of ``wanted`` (doc_id, ``TEXT_KEY``): those written after snapshot ``since``
    from the files written since (``_texts_written_since``; the whole table's text column read for a small change's
    thousand pages took 2 s at 100,000 pages), the others (a fact changed in a text that did not) from the table."""
    if wanted.is_empty():
        return {}
    texts = _texts_written_since(con, wanted, since) if since is not None else {}
    rest = wanted.filter(~pl.col("doc_id").is_in(list(texts))) if texts else wanted
    if rest.height:
        # A registered frame, not a list parameter: "in (select unnest(?))" took seconds.
        con.register("wanted_texts", rest.select("doc_id"))
        try:
            texts |= dict(con.execute("select d.doc_id, any_value(d.text) from documents d semi join wanted_texts w "
                                      "on w.doc_id = d.doc_id where d.status = 'ok' group by 1").fetchall())
        finally:
            con.unregister("wanted_texts")
    return texts


def cached_locator(con: duckdb.DuckDBPyConnection, text_keys: pl.DataFrame, cache: pl.DataFrame | None,
                   log: Callable[[str], None] | None = None, since: int | None = None
                   ) -> Callable[[pl.DataFrame, dict], pl.DataFrame]:
    """A ``prepare`` locator that takes a fact's located columns from ``cache`` (rows of
    ``LOCATE_INPUTS``, ``text_md5`` and the located columns) when the same inputs in the same text were
    located before, and locates the others, reading from ``documents`` only their texts.
    ``text_keys``: doc_id → text_md5 of the documents the rules read; ``since``: the snapshot that wrote the context, when
    the run trusts it (the texts of documents written after it are read from the files written since)."""
    key = [*LOCATE_INPUTS, TEXT_KEY]

    def locator(facts: pl.DataFrame, _texts: dict) -> pl.DataFrame:
        keyed = facts.select(LOCATE_INPUTS).with_row_index("_i").join(
            text_keys, on="doc_id", how="left", maintain_order="left")
        if cache is not None and cache.height:
            located = cache.select(*key, *LOCATED_SCHEMA)
            # (one row per inputs, as the join needs; made unique only when some repeat: ``unique`` copies every row,
            # 0.4 GB at 100,000 pages, where the select shares the context's columns)
            if located.select(key).is_duplicated().any():
                located = located.unique(key, keep="first")
            keyed = keyed.join(located, on=key, how="left", nulls_equal=True, maintain_order="left")
        else:
            keyed = keyed.with_columns(*(pl.lit(None, dtype=kind).alias(name) for name, kind in LOCATED_SCHEMA.items()))
        done = keyed.filter(pl.col("para_no").is_not_null())
        todo = keyed.filter(pl.col("para_no").is_null())
        if log:
            log(f"consistency_findings: {done.height} facts located before, {todo.height} to locate")
        if not todo.height:
            return done.sort("_i").select(*LOCATED_SCHEMA)
        # A batch of documents' texts at a time (assets.parallel.BATCH): the 85,000 texts of 100,000 pages
        # held at once took 0.6 GB more.
        doc_ids = todo["doc_id"].unique(maintain_order=True)
        fresh = []
        for start in range(0, len(doc_ids), BATCH):
            part = todo.filter(pl.col("doc_id").is_in(doc_ids.slice(start, BATCH).implode()))
            texts = _texts_of(con, part.filter(pl.col(TEXT_KEY).is_not_null()).unique("doc_id").select("doc_id", TEXT_KEY),
                              since)
            located = locate_all(part.select(LOCATE_INPUTS).to_dicts(), texts, log, start, len(doc_ids))
            fresh.append(pl.concat([part.select("_i"), located], how="horizontal"))
        release()
        fresh = pl.concat(fresh)
        return pl.concat([done.select("_i", *LOCATED_SCHEMA), fresh]).sort("_i").select(*LOCATED_SCHEMA)

    return locator


def _rows_with_key(prepared: pl.DataFrame, keys: pl.DataFrame) -> pl.DataFrame:
    """The rows of ``prepared`` whose key columns (those of ``keys``) are among ``keys``, in order."""
    return prepared.join(keys.unique(), on=keys.columns, how="semi", nulls_equal=True, maintain_order="left")


def touched(changed: pl.DataFrame) -> tuple[list[str], pl.DataFrame, pl.DataFrame]:
    """The scopes changed rows belong to: their documents, the yoy keys (their place, metric, period
    and year, and the year after: claims whose last year they are), the source groups (province known)."""
    docs = changed["doc_id"].unique().to_list()
    yoy = pl.concat([changed.select(YOY_KEY), changed.select(*YOY_KEY[:-1], pl.col("year") + 1)]).unique()
    sources = changed.filter(pl.col("province").is_not_null()).select(SOURCE_KEY).unique()
    return docs, yoy, sources


def _latest_reports(facts: pl.DataFrame, groups: pl.DataFrame) -> pl.DataFrame:
    """The document sources_agree compares the others with in each of ``groups`` (``SOURCE_KEY`` rows): the latest
    publication, as the rule orders them (date, then doc_id); a group with no fact in ``facts`` has none."""
    return facts.lazy().select(*SOURCE_KEY, "doc_id", "published_date").join(
        groups.lazy(), on=SOURCE_KEY, how="semi", nulls_equal=True).group_by(SOURCE_KEY).agg(
        rules.LATEST_REPORT.alias("_latest")).collect()


def source_groups(old_prepared: pl.DataFrame, prepared: pl.DataFrame, changed: pl.DataFrame, sources: pl.DataFrame
                  ) -> tuple[pl.DataFrame, pl.DataFrame, pl.DataFrame]:
    """How much of each touched source group (``sources``) sources_agree must decide again. Its findings pair each
    document with the group's latest publication, so a group whose latest report is the same before and after, with
    the same facts, keeps every pair but those of the documents whose facts changed; else the whole group goes again.
    Returns (groups to re-check whole; (group, doc_id) of the documents to re-check with the latest report, the
    latest included; (group, doc_id) of the changed documents of those groups, whose earlier findings go)."""
    keys = SOURCE_KEY
    latest = sources.join(_latest_reports(old_prepared, sources), on=keys, how="left", nulls_equal=True).join(
        _latest_reports(prepared, sources), on=keys, how="left", nulls_equal=True, suffix="_now")
    moved = changed.filter(pl.col("province").is_not_null()).select(*keys, "doc_id").unique()
    # The latest report itself changed, or another one is the latest now: every pair of the group changes.
    latest_moved = moved.join(latest, on=keys, nulls_equal=True).filter(
        (pl.col("doc_id") == pl.col("_latest")) | (pl.col("doc_id") == pl.col("_latest_now"))).select(keys)
    whole = pl.concat([latest.filter(~pl.col("_latest").eq_missing(pl.col("_latest_now"))).select(keys),
                       latest_moved]).unique()
    part = latest.join(whole, on=keys, how="anti", nulls_equal=True)
    changed_docs = moved.join(part.select(keys), on=keys, how="semi", nulls_equal=True)
    with_latest = pl.concat([changed_docs, part.select(*keys, pl.col("_latest_now").alias("doc_id"))]).unique()
    return whole, with_latest, changed_docs


def recheck(prepared: pl.DataFrame, docs: list[str], yoy: pl.DataFrame, sources: pl.DataFrame,
            source_pairs: pl.DataFrame | None = None) -> dict[str, pl.DataFrame]:
    """Every rule's cases over the touched scopes only: the same cases the rule gives over all facts
    for those scopes, and none for the others. sources_agree: the groups ``sources`` whole, and of the groups in
    ``source_pairs`` (``source_groups``) the listed documents with their latest report."""
    in_docs = prepared.filter(pl.col("doc_id").is_in(pl.Series(docs, dtype=pl.String).implode()))
    cases = {rule.name: rule.find(in_docs) for rule in RULES if rule.name in PER_DOCUMENT}
    # The claims of the touched keys, judged over all facts (the rule reads only the rows and columns it needs: a copy
    # of the facts near them took more memory than the claims elsewhere take time).
    claims = _rows_with_key(prepared.select("fact_id", *YOY_KEY), yoy)["fact_id"]
    found = rules.BY_NAME["yoy_claim_matches_history"].find(prepared)
    cases["yoy_claim_matches_history"] = found.filter(pl.col("fact_ids").list.first().is_in(claims.implode()))
    read = [c for c in rules.SOURCES_READ if c in prepared.columns]
    narrow = prepared.select(read)
    scoped = _rows_with_key(narrow, sources)
    if source_pairs is not None and source_pairs.height:
        scoped = pl.concat([scoped, _rows_with_key(narrow, source_pairs)])
    cases["sources_agree"] = rules.BY_NAME["sources_agree"].find(scoped)
    return cases


# What the re-check reads of each earlier finding to know whether a touched scope owns it (the whole rows, with their
# messages, are read only for the findings it owns: 400,000 findings held twice took 0.9 GB at 100,000 pages).
# (finding_id, rule, doc_id, first_fact: the first of its fact_ids), read from the table or from findings rows.
# (… and second_fact: the earlier report's fact of a sources_agree finding)
OWNERS_SQL = ("select finding_id, rule, doc_id, fact_ids[1] as first_fact, fact_ids[2] as second_fact "
              "from consistency_findings")


def owners(findings: pl.DataFrame) -> pl.DataFrame:
    """What ``OWNERS_SQL`` reads of the table, of findings rows."""
    return findings.select("finding_id", "rule", "doc_id", pl.col("fact_ids").list.first().alias("first_fact"),
                           pl.col("fact_ids").list.get(1, null_on_oob=True).alias("second_fact"))


def _owned(old_owners: pl.DataFrame, old_prepared: pl.DataFrame, docs: list[str], yoy: pl.DataFrame,
           sources: pl.DataFrame, changed_docs: pl.DataFrame | None = None) -> pl.Series:
    """Which earlier findings (their ``OWNERS_SQL`` columns) belong to a touched scope (so the re-check decides them
    again): those of the in-document rules by their document, the others by their first fact (the claim, the later
    report) as the old context placed it."""
    def fact_in(keys: pl.DataFrame, which: str = "first_fact") -> pl.Series:
        ids = old_prepared.join(keys, on=keys.columns, how="semi", nulls_equal=True)["fact_id"]
        return old_owners[which].is_in(ids.implode())

    rule = old_owners["rule"]
    # (a sources_agree finding of a group re-checked in part is the changed document's pair with the latest report:
    # its earlier fact is that document's)
    in_part = fact_in(changed_docs, "second_fact") if changed_docs is not None and changed_docs.height else False
    return ((rule.is_in(list(PER_DOCUMENT)) & old_owners["doc_id"].is_in(pl.Series(docs, dtype=pl.String).implode()))
            | ((rule == "yoy_claim_matches_history") & fact_in(yoy))
            | ((rule == "sources_agree") & (fact_in(sources) | in_part)))


def findings_delta(old_prepared: pl.DataFrame, old_owners: pl.DataFrame, prepared: pl.DataFrame,
                   changes: tuple[pl.DataFrame, pl.DataFrame],
                   rows_of: Callable[[pl.Series], pl.DataFrame]) -> tuple[pl.DataFrame, pl.DataFrame] | None:
    """What turns the findings of ``old_prepared`` (its ``PLACED`` columns will do) into those of ``prepared``: (earlier
    finding rows to delete, finding rows to insert), from a re-check of the scopes ``changes``
    (``row_changes(old_prepared, prepared)``) touch.
    ``old_owners``: the earlier findings' ``OWNERS_SQL`` columns; ``rows_of(finding_ids)``: those earlier findings' whole
    rows. None when the earlier state cannot be trusted (a fact id twice, a finding whose first fact is not in the
    old context): then only the full recompute will do."""
    if prepared["fact_id"].is_duplicated().any() or old_prepared["fact_id"].is_duplicated().any():
        return None
    if not old_owners["first_fact"].is_in(old_prepared["fact_id"].implode()).all():
        return None
    gone, came = changes
    if gone.height == 0 and came.height == 0:
        return rows_of(pl.Series([], dtype=pl.String)), rules.finding_rows({})
    changed = pl.concat([gone.select(PLACED), came.select(PLACED)])
    docs, yoy, sources = touched(changed)
    whole, with_latest, changed_docs = source_groups(old_prepared, prepared, changed, sources)
    fresh = rules.finding_rows(recheck(prepared, docs, yoy, whole, with_latest))
    owned = old_owners.filter(_owned(old_owners, old_prepared, docs, yoy, whole, changed_docs))["finding_id"]
    # Only the findings the re-check owns or gives can change: compared as whole rows, the others stay.
    before = rows_of(pl.concat([owned, fresh["finding_id"]]).unique())
    after = pl.concat([before.filter(~pl.col("finding_id").is_in(owned.implode())).select(fresh.columns)
                       .cast(fresh.schema), fresh]).unique("finding_id", keep="last")
    return row_changes(before, after)


def update_findings(old_prepared: pl.DataFrame, old_findings: pl.DataFrame, prepared: pl.DataFrame,
                    changes: tuple[pl.DataFrame, pl.DataFrame] | None = None) -> pl.DataFrame | None:
    """The findings of ``prepared``, from those of ``old_prepared`` (``old_findings``) and ``findings_delta``
    (``changes``: ``row_changes(old_prepared, prepared)`` when the caller has it); None when only the full
    recompute will do."""
    delta = findings_delta(old_prepared, owners(old_findings), prepared, changes or row_changes(old_prepared, prepared),
                           lambda ids: old_findings.filter(pl.col("finding_id").is_in(ids.implode())))
    if delta is None:
        return None
    gone, came = delta
    kept = old_findings.filter(~pl.col("finding_id").is_in(gone["finding_id"].implode()))
    return pl.concat([kept.select(came.columns).cast(came.schema), came]).sort("finding_id")
