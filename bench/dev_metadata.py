"""Document province and publication date on a folder of annotated articles (default ../shared/dev).

Expected province: the one province of a file's gold facts (files whose facts span several provinces,
news digests, are listed apart: their pages name no single province). Expected date: the publication
date the page prints, read by hand (EXPECTED_DATES below; NULL where the page prints none), or for a
folder of collected pages the date its ``manifest.jsonl`` gives ("date": "YYYY-MM-DD", "YYYY-MM" or
"YYYY", compared to that precision; pages without one are not scored on date). Addresses come from ``docs/sources.csv``. Usage:
    .venv/bin/python -m bench.dev_metadata [DEV_DIR]
"""

from __future__ import annotations

import json
import sys
from collections import Counter, defaultdict
from datetime import date
from pathlib import Path

from assets.clean.document import clean_document
from assets.raw.sources import read_sources

# The dates ../shared/dev/docs print as their publication date (None: the page prints none).
EXPECTED_DATES = {
    "001": None, "002": None, "003": None, "004": date(2022, 12, 1), "005": date(2022, 12, 1),
    "006": date(2018, 7, 1), "007": date(2022, 9, 19), "008": date(2017, 5, 24), "009": date(2021, 1, 13),
    "010": date(2018, 6, 26), "011": date(2023, 6, 7), "012": None, "013": None, "014": date(2023, 12, 1),
    "015": None, "016": date(2017, 10, 11), "017": date(2023, 2, 21), "018": date(2016, 12, 14),
    "019": date(2019, 8, 2), "020": date(2017, 12, 29), "021": date(2022, 1, 20), "022": date(2020, 6, 25),
}


def main(dev: Path) -> int:
    provinces: dict[str, set] = defaultdict(set)
    for line in (dev / "gold.jsonl").read_text(encoding="utf-8").splitlines():
        fact = json.loads(line)
        provinces[fact["file"]].add(fact["province"])
    tally: dict[str, Counter] = {"province": Counter(), "date": Counter()}
    manifest = dev / "manifest.jsonl"
    page_dates = {m["file"]: m.get("date") or m.get("published") for m in map(json.loads, manifest.read_text(encoding="utf-8").splitlines())
              } if manifest.is_file() else None
    urls = read_sources(dev / "docs").urls
    for path in sorted((dev / "docs").glob("*.txt")):
        doc = clean_document(path.read_bytes(), path.name, listed_url=urls.get(path.name))
        gold = provinces[path.name]
        # A Ministry article: its document province is NULL whatever provinces its sentences name.
        want_province = None if doc.org_level == "ministry" and None in gold else (
            next(iter(gold)) if len(gold) == 1 else "(several)")
        ok_p = want_province == "(several)" or doc.province == want_province
        if page_dates is None:
            want_date = EXPECTED_DATES.get(path.name[:3], "?")
            ok_d = doc.published_date == want_date
        else:
            want_date = page_dates.get(path.name)
            ok_d = not want_date or f"{doc.published_date}".startswith(want_date)
        tally["province"][ok_p] += 1
        if page_dates is None or want_date:  # collected pages are scored on date where the page prints one
            tally["date"][ok_d] += 1
        mark = "ok " if ok_p and ok_d else "BAD"
        print(f"{mark} {path.name:44} province {doc.province!s:18} (gold {want_province!s:18}) "
              f"date {doc.published_date!s:10} (page {want_date!s:10}) site {doc.site}")
    print("; ".join(f"{what} right for {t[True]} of {t[True] + t[False]} documents" for what, t in tally.items()))
    return 0 if not (tally["province"][False] or tally["date"][False]) else 1


if __name__ == "__main__":
    sys.exit(main(Path(sys.argv[1]) if len(sys.argv) > 1 else Path(__file__).resolve().parents[2] / "shared" / "dev"))
