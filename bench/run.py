"""Benchmark: full run, no-op rerun and 1 %-change rerun of `molisa run` on generated corpora.

    python bench/run.py [N ...]        (default: 1000 10000; `make bench`)

For each N: wall time, documents per second and peak RSS of the whole process tree (`molisa run`
and its cleaning/extraction workers, sampled every 0.1 s with psutil) of each phase, plus precision and recall of the final warehouse against the facts
the generator planted. Prints a table and writes bench/results/bench-<time>.json.
"""

from __future__ import annotations

import contextlib
import json
import os
import shutil
import subprocess
import sys
import time
from pathlib import Path

import psutil

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from bench.make_corpus import make_corpus  # noqa: E402
from orchestration.evaluate import LOOSE, STRICT, score, warehouse_facts  # noqa: E402

MOLISA = str(Path(sys.executable).parent / "molisa")
WORK = ROOT / "bench" / "work"
RESULTS = ROOT / "bench" / "results"


def tree_rss(process: psutil.Process) -> int:
    """Resident bytes of a process and all its descendants now."""
    total = 0
    for proc in [process, *process.children(recursive=True)]:
        with contextlib.suppress(psutil.NoSuchProcess):  # a worker may end between listing and reading
            total += proc.memory_info().rss
    return total


def timed_run(work: Path) -> dict:
    """One `molisa run`: wall seconds and peak RSS of its process tree in MB."""
    env = {**os.environ, "MOLISA_RAW_DIR": str(work / "raw"), "MOLISA_WAREHOUSE": str(work / "wh"),
           "DAGSTER_HOME": str(work / "home")}
    log = work / "run.log"
    started = time.monotonic()
    with open(log, "w") as out:
        proc = subprocess.Popen([MOLISA, "run", "--log-level", "WARNING"], env=env, stdout=out, stderr=subprocess.STDOUT)
        watched, peak = psutil.Process(proc.pid), 0
        while proc.poll() is None:
            try:
                peak = max(peak, tree_rss(watched))
            except psutil.NoSuchProcess:
                break
            time.sleep(0.1)
    wall = time.monotonic() - started
    text = log.read_text(encoding="utf-8")
    if proc.returncode != 0:
        raise SystemExit(f"bench: molisa run failed in {work}:\n{text[-2000:]}")
    return {"seconds": round(wall, 2), "peak_rss_mb": round(peak / 2**20, 1), "summary": text.strip().splitlines()[-1]}


def change_one_percent(work: Path, truth: list[dict]) -> int:
    """Raise the first planted value of 1 % of the documents by one, in the file and in the truth."""
    by_file: dict[str, list[dict]] = {}
    for fact in truth:
        by_file.setdefault(fact["file"], []).append(fact)
    files = sorted(by_file)[:: 100]
    for name in files:
        fact = next(f for f in by_file[name] if f["unit"] != "percent")
        path = work / "raw" / name
        old = f"{fact['value']:,}".replace(",", ".")
        new_value = fact["value"] + 1
        path.write_text(path.read_text(encoding="utf-8").replace(f" {old} ", f" {new_value:,} ".replace(",", "."), 1),
                        encoding="utf-8")
        fact["value"] = new_value
    return len(files)


def bench(n: int) -> dict:
    work = WORK / str(n)
    shutil.rmtree(work, ignore_errors=True)
    (work / "home").mkdir(parents=True)
    truth = make_corpus(n, work)
    row: dict = {"documents": n, "planted_facts": len(truth)}
    for phase in ("full", "noop"):
        row[phase] = timed_run(work)
    row["changed_files"] = change_one_percent(work, truth)
    row["change_1pct"] = timed_run(work)
    for phase in ("full", "noop", "change_1pct"):
        row[phase]["docs_per_second"] = round(n / row[phase]["seconds"], 1)
    facts = warehouse_facts(str(work / "wh"))
    for name, fields in (("loose", LOOSE), ("strict", STRICT)):
        overall = score(facts, truth, fields)["overall"]
        row[f"precision_{name}"], row[f"recall_{name}"] = round(overall["precision"], 4), round(overall["recall"], 4)
    row["change_vs_full"] = round(row["change_1pct"]["seconds"] / row["full"]["seconds"], 3)
    return row


def main() -> None:
    sizes = [int(a) for a in sys.argv[1:]] or [1000, 10000]
    rows = []
    header = f"{'N':>7} {'phase':<12} {'seconds':>8} {'docs/s':>8} {'peak MB':>8}"
    print(header)
    for n in sizes:
        row = bench(n)
        rows.append(row)
        for phase in ("full", "noop", "change_1pct"):
            r = row[phase]
            print(f"{n:>7} {phase:<12} {r['seconds']:>8} {r['docs_per_second']:>8} {r['peak_rss_mb']:>8}")
        print(f"{n:>7} precision {row['precision_strict']} recall {row['recall_strict']} (every field); "
              f"1% change / full = {row['change_vs_full']}", flush=True)
    RESULTS.mkdir(parents=True, exist_ok=True)
    out = RESULTS / f"bench-{time.strftime('%Y%m%dT%H%M%S')}.json"
    out.write_text(json.dumps(rows, indent=2, ensure_ascii=False), encoding="utf-8")
    print(f"written {out.relative_to(ROOT)}")


if __name__ == "__main__":
    main()
