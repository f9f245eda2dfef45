"""Where cleaning and extraction spend their time: cProfile of both, per function, in one process.

    python bench/profile_text.py [N] [--top 15] [--mode realistic|template]     (default: 500 realistic pages)

Generates N pages (bench/make_corpus.py) under bench/work/profile-<mode>-N, then runs the cleaning
(assets.clean.asset.clean_rows) and the extraction (assets.extract.asset.extract_rows) of the
`documents` and `facts` assets on them in this process, without Dagster or the warehouse, each under
cProfile. Prints the wall time of each and the top functions by own time (tottime) and by cumulative
time, with the 1-minute load average (the machine is shared). Writes the .prof files next to the corpus
(open them with `python -m pstats` or snakeviz).
"""

from __future__ import annotations

import argparse
import cProfile
import hashlib
import io
import os
import pstats
import shutil
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from assets.clean.asset import clean_rows  # noqa: E402
from assets.extract.asset import extract_rows  # noqa: E402
from bench.make_corpus import make_corpus, make_realistic_corpus  # noqa: E402

WORK = ROOT / "bench" / "work"


def raw_rows(raw_dir: Path) -> list[dict]:
    """The rows the raw_documents asset hands to cleaning: path, sha256 id, bytes, no read error."""
    rows = []
    for path in sorted(raw_dir.glob("*.txt")):
        content = path.read_bytes()
        rows.append({"source_path": path.name, "doc_id": hashlib.sha256(content).hexdigest(), "content": content,
                     "read_error": None, "listed_url": None})
    return rows


def profiled(label: str, fn, items: list, out: Path, top: int) -> list:
    """``fn(items)`` under cProfile; prints the wall time and the top functions, saves ``out``."""
    profile = cProfile.Profile()
    started = time.monotonic()
    result = profile.runcall(fn, items)
    wall = time.monotonic() - started
    profile.dump_stats(out)
    print(f"\n== {label}: {len(items)} items in {wall:.2f} s under cProfile (load {os.getloadavg()[0]:.2f}) ==")
    for key in ("tottime", "cumulative"):
        buffer = io.StringIO()
        stats = pstats.Stats(profile, stream=buffer).strip_dirs().sort_stats(key)
        stats.print_stats(top)
        lines = buffer.getvalue().splitlines()
        start = next(i for i, line in enumerate(lines) if line.lstrip().startswith("ncalls"))
        print(f"-- by {key} --")
        print("\n".join(lines[start:start + top + 1]))
    return result


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("n", type=int, nargs="?", default=500)
    parser.add_argument("--top", type=int, default=15)
    parser.add_argument("--mode", choices=["realistic", "template"], default="realistic")
    args = parser.parse_args()
    work = WORK / f"profile-{args.mode}-{args.n}"
    shutil.rmtree(work, ignore_errors=True)
    origin = make_realistic_corpus(args.n, work) if args.mode == "realistic" else (make_corpus(args.n, work), "templates")[1]
    rows = raw_rows(work / "raw")
    print(f"{len(rows)} {args.mode} pages ({sum(len(r['content']) for r in rows) / len(rows):.0f} bytes on average) "
          f"from {origin}")
    cleaned = profiled("cleaning (clean_rows)", clean_rows, rows, work / "clean.prof", args.top)
    docs = [row for row in cleaned if row["status"] == "ok"]
    facts = profiled("extraction (extract_rows)", extract_rows, docs, work / "extract.prof", args.top)
    print(f"\n{len(docs)} ok documents, {len(facts)} facts")


if __name__ == "__main__":
    main()
