"""Extraction cost per document on one core, for one or more source trees (to compare before and after).

Each tree is a checkout of the project (e.g. `git worktree add /tmp/old <commit>`); the dev corpus is
cleaned once per tree and extracted once to warm up, then measured with the period cache cleared (a real
run reads each document once). Usage:
    .venv/bin/python bench/extract_cost.py [--rounds N] TREE [TREE ...]
    .venv/bin/python bench/extract_cost.py --instructions TREE [TREE ...]
Time: 15 passes per tree, the trees interleaved for N rounds (a, b, a, b, …); a summary gives each tree's
best of all rounds and median of the rounds' medians. CPU time on a shared virtual machine moves with load
by ±30 %, more than most changes, so ``--instructions`` counts the machine instructions of one pass with
valgrind's callgrind instead (about 90 s per tree, the same count on every run).
"""

from __future__ import annotations

import re
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

DEV = Path(__file__).resolve().parents[2] / "shared" / "dev" / "docs"
# Runs inside the tree's own interpreter path, so each tree's code is measured.
SETUP = """
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
def one_pass():
    if hasattr(periods.find_period, 'cache_clear'):
        periods.find_period.cache_clear()
    for d in docs:
        extract_facts(d)
"""
TIMED = SETUP + """
times = []
for _ in range(15):
    t = time.process_time()
    one_pass()
    times.append((time.process_time() - t) / len(docs) * 1000)
times.sort()
print(f"{times[0]:.3f} {times[len(times) // 2]:.3f} {len(docs)}")
"""
# callgrind counts only inside builtin ``eval``: the one pass, not the imports and cleaning before it.
COUNTED = SETUP + """
eval("one_pass()")
print(len(docs))
"""


def timed(trees: list[str], rounds: int) -> None:
    found: dict[str, list[tuple[float, float]]] = {tree: [] for tree in trees}
    for round_ in range(1, rounds + 1):
        for tree in trees:
            out = subprocess.run([sys.executable, "-c", TIMED, tree, str(DEV)], check=True,
                                 capture_output=True, text=True).stdout.split()
            best, median = float(out[0]), float(out[1])
            found[tree].append((best, median))
            print(f"round {round_} {tree}: best {best:.2f} median {median:.2f} ms per document (CPU, one core)")
    if rounds > 1:
        for tree, results in found.items():
            medians = sorted(median for _best, median in results)
            print(f"{tree}: best of {rounds} rounds {min(best for best, _m in results):.2f}, "
                  f"median of medians {medians[len(medians) // 2]:.2f} ms per document")


def counted(trees: list[str]) -> None:
    if shutil.which("valgrind") is None:
        sys.exit("--instructions needs valgrind (apt-get install valgrind)")
    with tempfile.TemporaryDirectory() as tmp:
        for tree in trees:
            out = Path(tmp) / "callgrind.out"
            run = subprocess.run(
                ["valgrind", "--tool=callgrind", f"--callgrind-out-file={out}", "--collect-atstart=no",
                 "--toggle-collect=builtin_eval", sys.executable, "-c", COUNTED, tree, str(DEV)],
                check=True, capture_output=True, text=True)
            instructions = int(re.search(r"Collected : (\d+)", run.stderr).group(1))
            n = int(run.stdout.split()[-1])
            print(f"{tree}: {instructions / n / 1e6:.2f} million instructions per document "
                  f"({instructions:,} for one pass over {n} documents)")


def main(args: list[str]) -> None:
    if args[:1] == ["--instructions"]:
        counted(args[1:] or ["."])
        return
    rounds = 1
    if args[:1] == ["--rounds"]:
        rounds, args = int(args[1]), args[2:]
    timed(args or ["."], rounds)


if __name__ == "__main__":
    main(sys.argv[1:])
