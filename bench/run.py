"""Benchmark: full run, no-op rerun and two 1 %-change reruns of `molisa run` on generated corpora.

    python bench/run.py [--mode realistic|template] [N ...]   (default: realistic 1000 10000; `make bench`)

For each N: wall time, documents per second and peak RSS of the whole process tree (`molisa run`
and its cleaning/extraction workers, sampled every 0.1 s with psutil) of each run, the 1-minute load
average when it ended (the machine is shared: a figure means little without it), and the "floor"
measured in the same process on the same files: read + decode + NFC + find every number with one
regex, one process (and, beside it, the same with the product's number reader, find_quantities). The full run's step and phase timings (from its
Dagster log: "documents: clean 12.3 s", step durations) are printed with their ratio to the floor.
In template mode, precision and recall of the final warehouse against the facts the generator
planted; realistic pages plant none. Prints a table and writes bench/results/bench-<time>.json.
"""

from __future__ import annotations

import argparse
import contextlib
import json
import os
import re
import shutil
import subprocess
import sys
import time
import unicodedata
from pathlib import Path

import psutil

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from assets.extract.numbers import find_quantities  # noqa: E402
from bench.make_corpus import make_corpus, make_realistic_corpus  # noqa: E402
from orchestration.evaluate import LOOSE, STRICT, score, warehouse_facts  # noqa: E402

MOLISA = str(Path(sys.executable).parent / "molisa")
WORK = ROOT / "bench" / "work"
RESULTS = ROOT / "bench" / "results"
# Lines of the run's Dagster log that time something: phases logged by the assets ("facts: extract 24.1 s")
# and Dagster's own step durations ('Finished execution of step "documents" in 20.3s.').
PHASE_LINE = re.compile(r"- (?P<label>[a-z_]+: [a-z][a-z ]*?) (?P<s>\d+(?:\.\d+)?) s$", re.MULTILINE)
STEP_LINE = re.compile(r'Finished execution of step "(?P<step>[^"]+)" in (?P<d>[0-9hms.]+)\.$', re.MULTILINE)
DURATION_PART = re.compile(r"(\d+(?:\.\d+)?)(ms|h|m|s)")  # Dagster's format: "999ms", "2.93s", "1m1s", "1h1m"
UNIT_SECONDS = {"ms": 0.001, "s": 1, "m": 60, "h": 3600}


def load() -> float:
    """The 1-minute load average (as `uptime` shows it)."""
    return round(os.getloadavg()[0], 2)


# Every number as a reader first sees it: digits with their thousands and decimal separators.
NUMBER = re.compile(r"\d+(?:[.,]\d+)*")


def floor(raw_dir: Path) -> dict:
    """The least any run must do, in one process: read, decode, NFC and find every number of every file
    (one regex, as the issue measured it: ``seconds``), and the same with the product's number reader
    (assets.extract.numbers.find_quantities: units, ranges, approximators) in place of the regex
    (``reader_seconds``)."""
    texts, started = [], time.monotonic()
    for path in sorted(raw_dir.glob("*.txt")):
        texts.append(unicodedata.normalize("NFC", path.read_bytes().decode("utf-8", errors="replace")))
    reading = time.monotonic() - started
    numbers = sum(len(NUMBER.findall(text)) for text in texts)
    plain = time.monotonic() - started
    reader_started = time.monotonic()
    quantities = sum(len(find_quantities(text)) for text in texts)
    return {"seconds": round(plain, 2), "read_decode_nfc_seconds": round(reading, 2), "numbers": numbers,
            "reader_seconds": round(reading + time.monotonic() - reader_started, 2), "quantities": quantities,
            "load": load()}


def timings(log: str) -> dict[str, float]:
    """Seconds of each logged phase and Dagster step ("step documents") in a run's log (DEBUG level:
    Dagster logs step durations as DEBUG events)."""
    out = {m["label"]: float(m["s"]) for m in PHASE_LINE.finditer(log)}
    for m in STEP_LINE.finditer(log):
        out[f"step {m['step']}"] = round(sum(float(n) * UNIT_SECONDS[u] for n, u in DURATION_PART.findall(m["d"])), 2)
    return out


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
        proc = subprocess.Popen([MOLISA, "run", "--log-level", "DEBUG"], env=env, stdout=out, stderr=subprocess.STDOUT)
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
    summary = [line for line in text.splitlines() if line.startswith("molisa: run ")]
    return {"seconds": round(wall, 2), "peak_rss_mb": round(peak / 2**20, 1), "load": load(),
            "summary": (summary or text.strip().splitlines())[-1], "timings": timings(text)}


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


BIG_NUMBER = re.compile(r"(?<![\d.,])\d{1,3}(?:\.\d{3})+(?![\d,])")


def change_one_percent_realistic(work: Path) -> int:
    """Raise the first thousands-dotted number of 1 % of the readable pages by one (no truth to keep)."""
    changed = 0
    for path in sorted((work / "raw").glob("*.txt"))[:: 100]:
        try:
            text = path.read_text(encoding="utf-8")
        except UnicodeDecodeError:
            continue
        match = BIG_NUMBER.search(text)
        if not match:
            continue
        new = f"{int(match.group().replace('.', '')) + 1:,}".replace(",", ".")
        path.write_text(text[:match.start()] + new + text[match.end():], encoding="utf-8")
        changed += 1
    return changed


PHASES = ("full", "noop", "change_1pct", "change_1pct_again")


def bench(n: int, mode: str) -> dict:
    work = WORK / f"{mode}-{n}"
    shutil.rmtree(work, ignore_errors=True)
    (work / "home").mkdir(parents=True)
    truth = make_corpus(n, work) if mode == "template" else []
    origin = make_realistic_corpus(n, work) if mode == "realistic" else "templates"
    sizes = [p.stat().st_size for p in (work / "raw").glob("*.txt")]
    row: dict = {"documents": n, "mode": mode, "origin": origin, "mean_bytes": round(sum(sizes) / len(sizes)),
                 "planted_facts": len(truth), "floor": floor(work / "raw")}
    for phase in ("full", "noop"):
        row[phase] = timed_run(work)
    row["changed_files"] = change_one_percent(work, truth) if truth else change_one_percent_realistic(work)
    row["change_1pct"] = timed_run(work)
    # The next small change: the steady state (the serving file's spare, written by the run before, brought up to date in
    # place instead of a copy of the served file; the findings and context of a run that re-checked part).
    row["changed_files_again"] = change_one_percent(work, truth) if truth else change_one_percent_realistic(work)
    row["change_1pct_again"] = timed_run(work)
    for phase in PHASES:
        row[phase]["docs_per_second"] = round(n / row[phase]["seconds"], 1)
        row[phase]["vs_floor"] = round(row[phase]["seconds"] / row["floor"]["seconds"], 1)
        row[phase]["vs_reader_floor"] = round(row[phase]["seconds"] / row["floor"]["reader_seconds"], 1)
    row["full"]["timings_vs_floor"] = {k: round(v / row["floor"]["seconds"], 1)
                                       for k, v in row["full"]["timings"].items()}
    if truth:
        facts = warehouse_facts(str(work / "wh"))
        for name, fields in (("loose", LOOSE), ("strict", STRICT)):
            overall = score(facts, truth, fields)["overall"]
            row[f"precision_{name}"] = round(overall["precision"], 4)
            row[f"recall_{name}"] = round(overall["recall"], 4)
    row["change_vs_full"] = round(row["change_1pct"]["seconds"] / row["full"]["seconds"], 3)
    row["change_again_vs_full"] = round(row["change_1pct_again"]["seconds"] / row["full"]["seconds"], 3)
    return row


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("sizes", type=int, nargs="*", default=[1000, 10000])
    parser.add_argument("--mode", choices=["realistic", "template"], default="realistic",
                        help="realistic: real-length pages from ../shared/dev/docs and the seeds; "
                             "template: short articles with planted facts (precision, recall)")
    args = parser.parse_args()
    rows = []
    header = f"{'N':>7} {'run / phase':<28} {'seconds':>8} {'x floor':>8} {'docs/s':>8} {'peak MB':>8} {'load':>6}"
    print(header)
    for n in args.sizes:
        row = bench(n, args.mode)
        rows.append(row)
        f = row["floor"]
        print(f"{n:>7} {'floor (one process)':<28} {f['seconds']:>8} {1.0:>8} {round(n / f['seconds'], 1):>8} "
              f"{'':>8} {f['load']:>6}")
        print(f"{n:>7} {'  of which read+decode+NFC':<28} {f['read_decode_nfc_seconds']:>8}")
        print(f"{n:>7} {'  with the number reader':<28} {f['reader_seconds']:>8} "
              f"{round(f['reader_seconds'] / f['seconds'], 1):>8}")
        for phase in PHASES:
            r = row[phase]
            print(f"{n:>7} {phase:<28} {r['seconds']:>8} {r['vs_floor']:>8} {r['docs_per_second']:>8} "
                  f"{r['peak_rss_mb']:>8} {r['load']:>6}")
            for label, seconds in r["timings"].items():
                print(f"{n:>7} {'  ' + label:<28} {seconds:>8} " + (f"{r['timings_vs_floor'][label]:>8}"
                                                                     if phase == "full" else ""))
        quality = (f"precision {row['precision_strict']} recall {row['recall_strict']} (every field); "
                   if "precision_strict" in row else f"{args.mode} pages, {row['mean_bytes']} bytes on average, "
                                                     f"{f['numbers']} numbers; ")
        print(f"{n:>7} {quality}1% change / full = {row['change_vs_full']}, the next 1% change / full = "
              f"{row['change_again_vs_full']}", flush=True)
    RESULTS.mkdir(parents=True, exist_ok=True)
    out = RESULTS / f"bench-{time.strftime('%Y%m%dT%H%M%S')}.json"
    out.write_text(json.dumps(rows, indent=2, ensure_ascii=False), encoding="utf-8")
    print(f"written {out.relative_to(ROOT)}")


if __name__ == "__main__":
    main()
