"""Where consistency_findings spends its time: cProfile of the rules over an existing warehouse.

    python bench/profile_findings.py WAREHOUSE [--top 25]

Reads facts_reviewed and the ok documents of WAREHOUSE (read-only; e.g. bench/work/realistic-20000/wh
after `bench/run.py 20000`) and runs ``assets.check.rules.findings`` on them under cProfile, with the
time of each rule and of ``prepare`` apart. Prints the top functions by own and cumulative time.
"""

from __future__ import annotations

import argparse
import cProfile
import io
import os
import pstats
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from assets.check import rules  # noqa: E402
from assets.warehouse import lake  # noqa: E402


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("warehouse")
    parser.add_argument("--top", type=int, default=25)
    args = parser.parse_args()
    con = lake.connect(args.warehouse, read_only=True)
    started = time.monotonic()
    facts = con.execute("select * exclude (review_status, correction_ids) from facts_reviewed").pl()
    docs = con.execute("select doc_id, source_path, text, published_date from documents "
                       "where status = 'ok' order by source_path").pl()
    print(f"read {facts.height} facts, {docs.height} documents in {time.monotonic() - started:.1f} s "
          f"(load {os.getloadavg()[0]:.2f})")
    started = time.monotonic()
    prepared = rules.prepare(facts, docs)
    print(f"prepare {time.monotonic() - started:.1f} s")
    for rule in rules.RULES:
        started = time.monotonic()
        found = rule.find(prepared)
        print(f"  {rule.name}: {found.height} cases in {time.monotonic() - started:.2f} s")
    profile = cProfile.Profile()
    started = time.monotonic()
    profile.enable()
    out = rules.findings(facts, docs)
    profile.disable()
    print(f"findings: {out.height} in {time.monotonic() - started:.1f} s (under cProfile)")
    for order in ("tottime", "cumulative"):
        stream = io.StringIO()
        pstats.Stats(profile, stream=stream).sort_stats(order).print_stats(args.top)
        print(stream.getvalue())


if __name__ == "__main__":
    main()
