"""``sources.csv`` at the top of the raw folder: the web address each saved file was taken from.

One line per file, ``path,url`` (a header line ``path,url`` is optional). A bad line (a path with no
file behind it, an address that is not an http(s) address, a path listed twice) is reported with its
line number and skipped; the other lines still count and the run goes on.
"""

from __future__ import annotations

import csv
import io
from dataclasses import dataclass
from pathlib import Path, PurePosixPath

from assets.clean.sites import is_web_address

SOURCES_FILE = "sources.csv"


@dataclass(frozen=True)
class Sources:
    """Addresses by source_path (relative to the raw folder), and one message per bad line."""

    urls: dict[str, str]
    problems: list[str]


def _normal_path(path: str) -> str:
    """A listed path as the scan spells it: POSIX separators, no leading "./"."""
    return str(PurePosixPath(path.strip().replace("\\", "/")))


def parse_sources(text: str, exists, file_label: str = SOURCES_FILE) -> Sources:
    """Read the lines of a sources file; ``exists(path)`` says whether a listed file is in the folder."""
    urls: dict[str, str] = {}
    first_line: dict[str, int] = {}
    problems: list[str] = []
    for line_no, row in enumerate(csv.reader(io.StringIO(text)), start=1):
        if not row or not "".join(row).strip() or row[0].lstrip().startswith("#"):
            continue
        if line_no == 1 and [cell.strip().lower() for cell in row[:2]] == ["path", "url"]:
            continue
        where = f"{file_label} line {line_no}"
        if len(row) < 2 or not row[0].strip():
            problems.append(f"{where}: expected 'path,url', found {','.join(row)!r}; line skipped")
            continue
        path, url = _normal_path(row[0]), row[1].strip()
        if path in first_line:
            problems.append(f"{where}: {path} is listed again (first on line {first_line[path]}); "
                            "this line is skipped, keep one line per file")
            continue
        first_line[path] = line_no
        if not exists(path):
            problems.append(f"{where}: {path} is not a file in the raw folder; line skipped (fix the path "
                            "or remove the line)")
            continue
        if not is_web_address(url):
            problems.append(f"{where}: {url!r} is not a web address (http:// or https:// and a host); "
                            "line skipped")
            continue
        urls[path] = url
    return Sources(urls, problems)


def read_sources(raw_dir: Path) -> Sources:
    """The raw folder's sources file; no file means no addresses and no problems."""
    path = raw_dir / SOURCES_FILE
    if not path.is_file():
        return Sources({}, [])
    try:
        text = path.read_bytes().decode("utf-8-sig", errors="replace")
    except OSError as exc:
        return Sources({}, [f"{SOURCES_FILE}: cannot be read ({exc.strerror}); no source addresses used"])
    root = raw_dir.resolve()

    def exists(relative: str) -> bool:
        target = (raw_dir / relative).resolve()
        return target.is_relative_to(root) and target.is_file()

    return parse_sources(text, exists)
