"""Clean, extract and check a folder of articles in one process and print every consistency finding.

    .venv/bin/python -m bench.findings_dev ../shared/dev/perturbed [--each] [--expected ../shared/dev/perturbed/expected.jsonl]

With ``--expected`` (one JSON object per line: file, rule) it also scores the findings: each expected
file found by its rule, and every other finding (another rule, another file) counted as a false alarm.
The rules run exactly as in the pipeline (``assets.check.rules.findings``) without a Dagster run, and
without the near-duplicate step (the pipeline keeps one of two copies that differ in one number;
``--each`` checks every file alone, as when each perturbed copy replaces its original).
"""

from __future__ import annotations

import argparse
import json
from pathlib import Path

import polars as pl

from assets.check.rules import findings
from assets.clean.document import clean_document
from assets.extract.asset import FACT_SCHEMA, extract_rows
from assets.raw.sources import read_sources


def documents(folder: Path) -> pl.DataFrame:
    """The ok documents under ``folder`` as rows of the documents table (doc_id is the file name)."""
    urls = read_sources(folder).urls
    rows = []
    for path in sorted(p for p in folder.rglob("*") if p.suffix in (".txt", ".html", ".htm")):
        relative = path.relative_to(folder).as_posix()
        doc = clean_document(path.read_bytes(), relative, listed_url=urls.get(relative))
        if doc.status == "ok":
            rows.append({"doc_id": relative, "source_path": relative, "text": doc.text,
                         "published_date": doc.published_date, "province": doc.province, "district": doc.district,
                         "province_2025": doc.province_2025})
    return pl.DataFrame(rows)


def folder_findings(folder: Path) -> pl.DataFrame:
    """Every finding of the rules over the facts extracted from ``folder``."""
    docs = documents(folder)
    facts = pl.DataFrame(extract_rows(docs.to_dicts()), schema=FACT_SCHEMA)
    return findings(facts, docs.select("doc_id", "source_path", "text", "published_date"))


def each_file_findings(folder: Path) -> pl.DataFrame:
    """The findings of every file checked alone, as if each were the only document of its run."""
    docs = documents(folder)
    frames = []
    for doc in docs.iter_slices(1):
        facts = pl.DataFrame(extract_rows(doc.to_dicts()), schema=FACT_SCHEMA)
        frames.append(findings(facts, doc.select("doc_id", "source_path", "text", "published_date")))
    return pl.concat(frames)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("folder", type=Path)
    parser.add_argument("--expected", type=Path)
    parser.add_argument("--each", action="store_true", help="check every file on its own (no cross-document rule)")
    args = parser.parse_args()
    found = each_file_findings(args.folder) if args.each else folder_findings(args.folder)
    for row in found.sort("doc_id", "rule").iter_rows(named=True):
        print(f"[{row['rule']}] {row['message']}\n")
    if args.expected:
        expected = [json.loads(line) for line in args.expected.read_text(encoding="utf-8").splitlines() if line.strip()]
        want = {(e["file"], e["rule"]) for e in expected}
        got = {(r["doc_id"], r["rule"]) for r in found.iter_rows(named=True)}
        print(f"found {len(want & got)} of {len(want)} by the right rule; "
              f"{sum(1 for r in found.iter_rows(named=True) if (r['doc_id'], r['rule']) not in want)} other findings")
        for miss in sorted(want - got):
            print("  missed:", *miss)
    else:
        print(f"{found.height} findings")


if __name__ == "__main__":
    main()
