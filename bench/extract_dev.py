"""Clean and extract a folder of articles in one process, score against a gold file, time extraction.

    .venv/bin/python bench/extract_dev.py ../shared/dev/docs ../shared/dev/gold.jsonl [--repeat 20]

Prints the `molisa eval` report (loose fields plus attribute accuracy) and the extraction cost in CPU
milliseconds per document on one core (best and median of ``--repeat`` passes over the folder), so a
rule change is scored and costed without a Dagster run.
"""

from __future__ import annotations

import argparse
import statistics
import time
from pathlib import Path

from assets.clean.document import clean_document
from assets.extract.facts import DocContext, extract_facts
from assets.extract.periods import find_period
from assets.raw.sources import read_sources
from orchestration.evaluate import load_gold, report, score


def contexts(folder: Path) -> dict[str, DocContext]:
    """File name → extraction context of each ok document under ``folder`` (addresses from its sources.csv)."""
    out = {}
    urls = read_sources(folder).urls
    for path in sorted(p for p in folder.rglob("*") if p.suffix in (".txt", ".html", ".htm")):
        relative = path.relative_to(folder).as_posix()
        doc = clean_document(path.read_bytes(), relative, listed_url=urls.get(relative))
        if doc.status == "ok":
            out[path.name] = DocContext(path.name, doc.text, doc.published_date, doc.province, doc.district)
    return out


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("folder", type=Path)
    parser.add_argument("gold", type=Path)
    parser.add_argument("--repeat", type=int, default=5)
    parser.add_argument("--strict", action="store_true")
    args = parser.parse_args()
    docs = contexts(args.folder)
    predicted = [{"file": name, **fact.as_row()} for name, ctx in docs.items() for fact in extract_facts(ctx)]
    from orchestration.evaluate import LOOSE, STRICT
    print(report(score(predicted, load_gold(args.gold), STRICT if args.strict else LOOSE)))
    timings = []
    for _ in range(args.repeat):
        find_period.cache_clear()  # each pass pays the first reading, as a run does
        started = time.process_time()  # CPU time: steadier than wall time on a shared machine
        for ctx in docs.values():
            extract_facts(ctx)
        timings.append((time.process_time() - started) / len(docs) * 1000)
    print(f"extraction: {min(timings):.2f} ms CPU per document at best, {statistics.median(timings):.2f} median "
          f"({args.repeat} passes, {len(docs)} documents, one core)")


if __name__ == "__main__":
    main()
