"""Peak memory of each step of one `molisa run`: where a run's peak RSS comes from.

    python bench/step_memory.py WORK [molisa run options]      (WORK holds raw/, and gets wh/ and home/)

Runs `molisa run --log-level DEBUG` on WORK/raw into WORK/wh (a fresh warehouse when WORK/wh is absent:
a full run), samples the resident memory of its process tree every 0.2 s (as bench/run.py does) and
files each sample under the Dagster step running then (the last "Started execution of step" line of the
run's log). Prints, per step, the peak of the tree, of the `molisa` process alone, what the `molisa`
process held when the step started (what earlier steps left behind) and the number of processes; the log is WORK/step_memory.log. The corpus comes from bench/make_corpus.py (e.g. the one
bench/run.py leaves under bench/work/realistic-N).
"""

from __future__ import annotations

import os
import re
import subprocess
import sys
import time
from pathlib import Path

import psutil

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from bench.run import MOLISA, tree_rss  # noqa: E402

STARTED = re.compile(rb'Started execution of step "([^"]+)"')


def main() -> None:
    work = Path(sys.argv[1]).resolve()
    (work / "home").mkdir(parents=True, exist_ok=True)
    env = {**os.environ, "MOLISA_RAW_DIR": str(work / "raw"), "MOLISA_WAREHOUSE": str(work / "wh"),
           "DAGSTER_HOME": str(work / "home")}
    log = work / "step_memory.log"
    peaks: dict[str, tuple[int, int, int]] = {}  # step → (tree, molisa process, processes)
    started_at: dict[str, int] = {}  # step → the molisa process's resident memory at its first sample
    step = "start"
    started = time.monotonic()
    with open(log, "wb") as out, open(log, "rb") as written:
        proc = subprocess.Popen([MOLISA, "run", "--log-level", "DEBUG", *sys.argv[2:]], env=env, stdout=out,
                                stderr=subprocess.STDOUT)
        watched = psutil.Process(proc.pid)
        while proc.poll() is None:
            names = STARTED.findall(written.read())  # only what the run wrote since the last sample
            step = names[-1].decode() if names else step
            try:
                own, processes, total = watched.memory_info().rss, 1 + len(watched.children(recursive=True)), \
                    tree_rss(watched)
            except psutil.NoSuchProcess:
                break
            started_at.setdefault(step, own)
            old = peaks.get(step, (0, 0, 0))
            peaks[step] = (max(old[0], total), max(old[1], own), max(old[2], processes))
            time.sleep(0.2)
    print(f"molisa run exited {proc.returncode} after {time.monotonic() - started:.1f} s (log: {log})")
    print(f"{'step':<28} {'tree MB':>8} {'molisa MB':>10} {'at start MB':>12} {'processes':>10}")
    for name, (tree_peak, own_peak, count) in peaks.items():
        print(f"{name:<28} {tree_peak / 2**20:>8.0f} {own_peak / 2**20:>10.0f} {started_at[name] / 2**20:>12.0f} {count:>10}")


if __name__ == "__main__":
    main()
