"""Facts against a gold file in the seeds_gold.jsonl format: precision, recall, F1, misses, false facts."""

from __future__ import annotations

import json
import sys
from pathlib import Path

LOOSE = ("file", "metric", "value")
STRICT = ("file", "metric", "value", "value_max", "unit", "qualifier", "year", "period", "province", "district",
          "plan_pct", "plan_value", "yoy_pct")
# Attributes judged on the facts whose (file, metric, value) is in the gold.
ATTRIBUTES = ("value_max", "unit", "qualifier", "year", "period", "province", "district", "plan_pct", "plan_value",
              "yoy_pct")


def _norm(value):
    if isinstance(value, float) and value.is_integer():
        return int(value)
    return round(value, 6) if isinstance(value, float) else value


def key(row: dict, fields: tuple[str, ...]) -> tuple:
    return tuple(_norm(row.get(field)) for field in fields)


def rates(right: int, predicted: int, gold: int) -> dict:
    """Precision, recall and F1 of ``right`` claims among ``predicted`` against ``gold`` (nothing claimed: 1.0), with the
    three counts, so that scores of several sets can be added up."""
    precision = right / predicted if predicted else 1.0
    recall = right / gold if gold else 1.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return {"precision": precision, "recall": recall, "f1": f1, "right": right, "predicted": predicted, "gold": gold}


def score(predicted: list[dict], gold: list[dict], fields: tuple[str, ...] = LOOSE,
          files: set[str] | None = None) -> dict:
    """Set-based scores over the given fields (a claim stated twice counts once).

    Only facts of the files the gold annotates are judged: a warehouse may hold other documents. ``files`` names
    them when some were annotated with no fact (a gold file cannot list those); by default, the files of its lines.
    """
    files = files if files is not None else {r["file"] for r in gold}
    pred = {key(r, fields) for r in predicted if r["file"] in files}
    truth = {key(r, fields) for r in gold}
    hits = pred & truth

    def prf(p: set, t: set, h: set) -> dict:
        return rates(len(h), len(p), len(t))

    metric_at = fields.index("metric")
    per_metric = {
        m: prf({k for k in pred if k[metric_at] == m}, {k for k in truth if k[metric_at] == m},
               {k for k in hits if k[metric_at] == m})
        for m in sorted({k[metric_at] for k in pred | truth})
    }
    return {"overall": prf(pred, truth, hits), "per_metric": per_metric,
            "misses": sorted(truth - pred, key=str), "false": sorted(pred - truth, key=str), "fields": fields,
            **attribute_accuracy(predicted, gold, files)}


def attribute_accuracy(predicted: list[dict], gold: list[dict], files: set[str] | None = None) -> dict:
    """Share of matched claims (same file, metric, value) whose predicted attributes equal the gold's.

    A claim stated twice may have several gold lines and several predicted facts: the pair that agrees
    on most attributes is judged. Returns ``attributes`` (name → accuracy) and ``attribute_errors``
    (one line per disagreement: the claim, the attribute, gold value, predicted value).
    """
    files = files if files is not None else {r["file"] for r in gold}
    by_claim: dict[tuple, list[dict]] = {}
    for row in predicted:
        if row["file"] in files:
            by_claim.setdefault(key(row, LOOSE), []).append(row)
    gold_by_claim: dict[tuple, list[dict]] = {}
    for row in gold:
        gold_by_claim.setdefault(key(row, LOOSE), []).append(row)
    right = dict.fromkeys(ATTRIBUTES, 0)
    errors: list[tuple] = []
    matched = 0
    for claim, truths in gold_by_claim.items():
        candidates = by_claim.get(claim)
        if not candidates:
            continue
        matched += 1
        pairs = [(t, p) for t in truths for p in candidates]
        best_t, best_p = max(pairs, key=lambda tp: sum(_norm(tp[0].get(a)) == _norm(tp[1].get(a)) for a in ATTRIBUTES))
        for attribute in ATTRIBUTES:
            if _norm(best_t.get(attribute)) == _norm(best_p.get(attribute)):
                right[attribute] += 1
            else:
                errors.append((claim, attribute, _norm(best_t.get(attribute)), _norm(best_p.get(attribute))))
    accuracy = {a: (right[a] / matched if matched else 1.0) for a in ATTRIBUTES}
    return {"attributes": accuracy, "attribute_errors": sorted(errors, key=str), "matched": matched}


def warehouse_facts(warehouse_path: str) -> list[dict]:
    """Facts with the file name of their (first) document, as in the gold format."""
    from assets.warehouse import lake as warehouse

    con = warehouse.connect(warehouse_path, read_only=True)
    try:
        return con.execute(
            """
            select regexp_extract(d.source_path, '[^/]+$') as file, f.*
            from facts f
            join (select distinct on (doc_id) doc_id, source_path from documents where status = 'ok'
                  order by doc_id, source_path) d using (doc_id)
            """
        ).pl().to_dicts()
    finally:
        con.close()


def report(result: dict) -> str:
    o = result["overall"]
    lines = [f"fields: {', '.join(result['fields'])}",
             f"overall: precision {o['precision']:.3f} recall {o['recall']:.3f} f1 {o['f1']:.3f} "
             f"({o['predicted']} predicted, {o['gold']} gold)", "per metric:"]
    for metric, s in result["per_metric"].items():
        lines.append(f"  {metric:32s} p {s['precision']:.2f} r {s['recall']:.2f} f1 {s['f1']:.2f} "
                     f"({s['predicted']}/{s['gold']})")
    if "attributes" in result:
        lines.append(f"attributes on {result['matched']} matched claims: "
                     + ", ".join(f"{a} {v:.2f}" for a, v in result["attributes"].items()))
    lines += ["misses:"] + [f"  {m}" for m in result["misses"]]
    lines += ["false facts:"] + [f"  {f}" for f in result["false"]]
    if result.get("attribute_errors"):
        lines += ["attribute errors (claim, attribute, gold, predicted):"]
        lines += [f"  {e}" for e in result["attribute_errors"]]
    return "\n".join(lines)


class GoldError(ValueError):
    """A gold file that cannot be read; the message names the file and the line."""


def load_gold(path: Path) -> list[dict]:
    """Gold lines in the seeds_gold.jsonl format; GoldError names a missing file or the first bad line."""
    try:
        text = path.read_text(encoding="utf-8")
    except OSError as exc:
        raise GoldError(f"cannot read the gold file {path}: {exc.strerror}") from None
    lines = []
    for number, line in enumerate(text.splitlines(), start=1):
        if not line.strip():
            continue
        try:
            row = json.loads(line)
        except json.JSONDecodeError as exc:
            raise GoldError(f"{path} line {number}: not a JSON object ({exc.msg}, column {exc.colno})") from None
        if not isinstance(row, dict) or not {"file", "metric", "value"} <= set(row):
            raise GoldError(f"{path} line {number}: a gold line needs at least file, metric and value")
        lines.append(row)
    return lines


def evaluate_file(gold_path: Path, warehouse_path: str, strict: bool = False) -> int:
    gold = load_gold(gold_path)
    predicted = warehouse_facts(warehouse_path)
    print("molisa eval: scoring table facts, the extractor's output (corrections are not applied)", file=sys.stderr)
    if not {row["file"] for row in predicted} & {row["file"] for row in gold}:
        print(f"molisa eval: none of the {len({row['file'] for row in gold})} documents of {gold_path} is in the "
              f"warehouse {warehouse_path}; run `molisa run` on their folder first", file=sys.stderr)
    print(report(score(predicted, gold, STRICT if strict else LOOSE)))
    return 0
