"""Extraction CPU per document on one core, for one or more source trees (to compare before and after).

Each tree is a checkout of the project (e.g. `git worktree add /tmp/old <commit>`); the dev corpus is
cleaned once per tree, then extracted 15 times with the period cache cleared before each pass (a real
run reads each document once). Prints the best and median milliseconds per document. Usage:
    .venv/bin/python bench/extract_cost.py TREE [TREE ...]
Run the trees interleaved (a, b, a, b) on a quiet machine: CPU time still moves with load.
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

DEV = Path(__file__).resolve().parents[2] / "shared" / "dev" / "docs"
# Runs inside the tree's own interpreter path, so each tree's code is measured.
PROGRAM = """
import sys, time
sys.path.insert(0, sys.argv[1])
from pathlib import Path
from assets.clean.document import clean_document
from assets.extract.facts import DocContext, extract_facts
from assets.extract import periods
docs = []
for p in sorted(Path(sys.argv[2]).glob('*.txt')):
    d = clean_document(p.read_bytes(), p.name)
    docs.append(DocContext(p.name, d.text, d.published_date, d.province, d.district))
for d in docs:
    extract_facts(d)
times = []
for _ in range(15):
    if hasattr(periods.find_period, 'cache_clear'):
        periods.find_period.cache_clear()
    t = time.process_time()
    for d in docs:
        extract_facts(d)
    times.append((time.process_time() - t) / len(docs) * 1000)
times.sort()
print(f"{sys.argv[1]}: best {times[0]:.2f} median {times[len(times) // 2]:.2f} ms per document (CPU, one core)")
"""


def main(trees: list[str]) -> None:
    for tree in trees:
        subprocess.run([sys.executable, "-c", PROGRAM, tree, str(DEV)], check=True)


if __name__ == "__main__":
    main(sys.argv[1:] or ["."])
