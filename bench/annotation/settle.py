"""Settle two annotators' files of one set into a gold file.

    python3 bench/annotation/settle.py SET/ann_a.jsonl SET/ann_b.jsonl            # report
    python3 bench/annotation/settle.py SET/ann_a.jsonl SET/ann_b.jsonl --keep "a3 b1 c5=b" --out SET/gold.jsonl

Claims are (file, metric, value). The report numbers the claims only A made (a1, a2, …), only B made (b1, …)
and the claims both made whose other fields differ (c1, …), each with its evidence. ``--keep`` names the
lead's decisions: a disputed claim to keep, and ``cN=b`` to take B's fields for a shared claim (A's are taken
otherwise). Shared claims are always kept. Standard library only: it runs before the project is installed.
"""

from __future__ import annotations

import argparse
import json
from pathlib import Path

FIELDS = ("unit", "qualifier", "year", "period", "province", "district", "plan_pct", "plan_value", "yoy_pct")


def _claim(row: dict) -> tuple:
    value = row["value"]
    return row["file"], row["metric"], int(value) if isinstance(value, float) and value.is_integer() else value


def _load(path: Path) -> dict[tuple, dict]:
    """Claim → first line of the file that states it (a claim annotated twice counts once)."""
    out: dict[tuple, dict] = {}
    for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        if line.strip():
            try:
                row = json.loads(line)
            except json.JSONDecodeError as error:
                raise SystemExit(f"{path}:{number}: not JSON ({error})") from None
            out.setdefault(_claim(row), row)
    return out


def settle(a: dict[tuple, dict], b: dict[tuple, dict]) -> tuple[dict, dict, dict]:
    """(only A's lines, only B's lines, the shared claims whose fields differ), each numbered from 1 in claim order."""
    only_a = {f"a{i}": a[c] for i, c in enumerate(sorted(set(a) - set(b), key=str), 1)}
    only_b = {f"b{i}": b[c] for i, c in enumerate(sorted(set(b) - set(a), key=str), 1)}
    differ = [c for c in sorted(set(a) & set(b), key=str) if any(a[c].get(f) != b[c].get(f) for f in FIELDS)]
    return only_a, only_b, {f"c{i}": c for i, c in enumerate(differ, 1)}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("a", type=Path)
    parser.add_argument("b", type=Path)
    parser.add_argument("--keep", default="", help="decisions: a3 b1 c5=b …")
    parser.add_argument("--out", type=Path)
    args = parser.parse_args()
    a, b = _load(args.a), _load(args.b)
    only_a, only_b, differ = settle(a, b)
    if not args.out:
        print(f"A {len(a)} claims, B {len(b)}, shared {len(set(a) & set(b))}")
        for label, row in [*only_a.items(), *only_b.items()]:
            fields = " ".join(f"{f}={row.get(f)}" for f in FIELDS if row.get(f) is not None)
            print(f"{label:5} {row['file']} {row['metric']} {row['value']} {fields}\n      « {row.get('evidence')} »")
        for label, claim in differ.items():
            ra, rb = a[claim], b[claim]
            diffs = " ".join(f"{f}: {ra.get(f)} | {rb.get(f)}" for f in FIELDS if ra.get(f) != rb.get(f))
            print(f"{label:5} {ra['file']} {ra['metric']} {ra['value']}  {diffs}\n      « {ra.get('evidence')} »")
        return
    decisions = dict(d.split("=", 1) if "=" in d else (d, "") for d in args.keep.split())
    unknown = set(decisions) - set(only_a) - set(only_b) - set(differ)
    if unknown:
        raise SystemExit(f"--keep names no such claim: {' '.join(sorted(unknown))}")
    take_b = {claim for label, claim in differ.items() if decisions.get(label) == "b"}  # "c5=b": B's fields
    shared = [b[c] if c in take_b else a[c] for c in set(a) & set(b)]
    kept = [*shared, *(row for label, row in {**only_a, **only_b}.items() if label in decisions)]
    kept.sort(key=lambda r: (r["file"], str(_claim(r))))
    args.out.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in kept), encoding="utf-8")
    print(f"{args.out}: {len(kept)} claims ({len(shared)} shared, {len(kept) - len(shared)} kept of the disputed)")


if __name__ == "__main__":
    main()
