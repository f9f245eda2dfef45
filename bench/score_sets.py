"""Score the extraction on several annotated sets at once, one process, no Dagster run.

    PYTHONPATH=. .venv/bin/python bench/score_sets.py /tmp/set128 /tmp/set129 … [--errors] [--snapshot OUT.jsonl]

Each set folder holds ``docs/`` (pages and sources.csv) and ``gold.jsonl``. Prints per set and in total the
loose (file, metric, value) and strict (every field) precision, recall and F1 over every page of the set (a fact
read on a page annotated with none is false); ``--errors`` adds each set's
missed and false claims and the attribute disagreements; ``--snapshot`` writes every predicted fact, so two
code versions can be diffed.
"""

from __future__ import annotations

import argparse
import json
from pathlib import Path

from assets.extract.facts import extract_facts
from bench.extract_dev import contexts
from orchestration.evaluate import LOOSE, STRICT, load_gold, rates, score


def _prf(right: int, predicted: int, gold: int) -> str:
    r = rates(right, predicted, gold)
    return f"{r['precision']:.3f} / {r['recall']:.3f} / {r['f1']:.3f}"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("sets", type=Path, nargs="+")
    parser.add_argument("--errors", action="store_true")
    parser.add_argument("--snapshot", type=Path)
    args = parser.parse_args()
    totals = {"loose": [0, 0, 0], "strict": [0, 0, 0]}
    snapshot = []
    print(f"{'set':28} {'loose P / R / F1':24} {'strict P / R / F1':24}")
    for folder in args.sets:
        prefix = folder.name + "/"
        docs = contexts(folder / "docs")
        predicted = [{"file": name, **fact.as_row()} for name, ctx in docs.items() for fact in extract_facts(ctx)]
        snapshot += [{**row, "file": prefix + row["file"]} for row in predicted]
        gold = load_gold(folder / "gold.jsonl")
        # Every page of the set was annotated, those with no fact too: a fact read on one of them is false.
        annotated = {path.name for path in (folder / "docs").iterdir() if path.suffix in (".txt", ".html", ".htm")}
        results = {name: score(predicted, gold, fields, annotated) for name, fields in (("loose", LOOSE), ("strict", STRICT))}
        line = f"{folder.name:28}"
        for name, result in results.items():
            counts = tuple(result["overall"][k] for k in ("right", "predicted", "gold"))
            totals[name] = [t + c for t, c in zip(totals[name], counts, strict=True)]
            line += f" {_prf(*counts):24}"
        print(line)
        if args.errors:
            result = results["loose"]
            for claim in result["misses"]:
                print("   miss ", claim)
            for claim in result["false"]:
                print("   false", claim)
            for error in result["attribute_errors"]:
                print("   attr ", error)
    print(f"{'total':28} {_prf(*totals['loose']):24} {_prf(*totals['strict']):24}")
    print("counts (right, predicted, gold): loose {} strict {}".format(*(tuple(totals[k]) for k in ("loose", "strict"))))
    if args.snapshot:
        args.snapshot.write_text("".join(json.dumps(r, ensure_ascii=False, default=str) + "\n" for r in snapshot))


if __name__ == "__main__":
    main()
