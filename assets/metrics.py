"""Names an analyst reads for the metric codes of the catalogue: Vietnamese, English, and the unit.

The codes and units are the catalogue's (``assets/extract/catalogue.py``); the names are data in
``metric_names.csv`` beside this module (tests/test_ui_metadata.py fails on a code without a name).
"""

from __future__ import annotations

import csv
from dataclasses import dataclass
from functools import cache
from pathlib import Path

from assets.extract.catalogue import CATALOGUE

NAMES_FILE = Path(__file__).with_name("metric_names.csv")
# How a unit code reads on an axis or in a column description.
UNIT_WORDS = {
    "persons": "persons", "households": "households", "houses": "houses", "vnd": "đồng", "percent": "%",
    "pp": "percentage points", "children": "children", "items": "items", "rounds": "rounds",
    "establishments": "establishments", "enterprises": "enterprises",
}


@dataclass(frozen=True)
class MetricName:
    code: str
    vi: str
    en: str
    unit: str

    @property
    def unit_words(self) -> str:
        return UNIT_WORDS.get(self.unit, self.unit)

    @property
    def is_count(self) -> bool:
        """Counts and amounts start from zero on a chart; rates are read around their values."""
        return self.unit not in ("percent", "pp")

    def label(self) -> str:
        """"Giải quyết việc làm — Jobs created (persons)"."""
        return f"{self.vi} — {self.en} ({self.unit_words})"


@cache
def metric_names() -> dict[str, MetricName]:
    """Every catalogue code with its names and unit (a code missing from the file keeps its code as name)."""
    with NAMES_FILE.open(encoding="utf-8", newline="") as handle:
        rows = {row["code"]: row for row in csv.DictReader(handle)}
    return {m.code: MetricName(m.code, rows.get(m.code, {}).get("name_vi") or m.code,
                               rows.get(m.code, {}).get("name_en") or m.code, m.unit) for m in CATALOGUE}
