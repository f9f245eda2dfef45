"""The raw folder as a manifest: which document files exist, their size, time and content hash."""

from __future__ import annotations

import hashlib
import os
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

DOCUMENT_SUFFIXES = (".txt", ".html", ".htm")
DEFAULT_MAX_BYTES = 20 * 1024 * 1024  # MOLISA_MAX_BYTES unset: larger files are quarantined unread


@dataclass(frozen=True)
class RawFile:
    source_path: str  # relative to the raw folder, POSIX separators
    size_bytes: int
    modified_at: datetime | None
    error: str | None = None  # why the bytes cannot be taken (the document is quarantined)


def scan(raw_dir: Path, max_bytes: int) -> list[RawFile]:
    """Every document file under ``raw_dir`` (recursively), sorted by path.

    Symlinks that lead outside ``raw_dir`` are listed with an error and never read; directories
    named like documents are skipped; files over ``max_bytes`` are listed with an error.
    os.scandir rather than os.walk + Path: a 100,000-file folder is listed in a fraction of the time.
    """
    root = raw_dir.resolve()
    found: list[RawFile] = []
    folders = [(str(root), "")]
    while folders:
        folder, prefix = folders.pop()
        with os.scandir(folder) as entries:
            for entry in entries:
                relative = prefix + entry.name
                if entry.is_dir(follow_symlinks=False):
                    folders.append((entry.path, relative + "/"))
                elif entry.name.lower().endswith(DOCUMENT_SUFFIXES):
                    listed = _listed(entry, relative, root, max_bytes)
                    if listed:
                        found.append(listed)
    return sorted(found, key=lambda f: f.source_path)


def _listed(entry: os.DirEntry, relative: str, root: Path, max_bytes: int) -> RawFile | None:
    if entry.is_symlink() and not Path(entry.path).resolve().is_relative_to(root):
        return RawFile(relative, 0, None, "is a symbolic link to a file outside MOLISA_RAW_DIR "
                       "and was not followed; copy the file into the folder instead")
    try:
        stat = entry.stat()
    except OSError as exc:
        return RawFile(relative, 0, None, f"cannot be read ({exc.strerror}); check that it exists")
    if not entry.is_file():
        return None
    modified = datetime.fromtimestamp(stat.st_mtime, tz=UTC)
    error = None
    if stat.st_size > max_bytes:
        error = (f"is {_size(stat.st_size)}, over the {_size(max_bytes)} limit; split it or raise MOLISA_MAX_BYTES")
    elif not os.access(entry.path, os.R_OK):
        error = "cannot be read (permission denied); give the pipeline read access to it"
    return RawFile(relative, stat.st_size, modified, error)


def read_bytes(raw_dir: Path, item: RawFile) -> tuple[str, bytes | None, str | None]:
    """(doc_id, content, error) of a listed file; doc_id is the sha256 of the bytes.

    A file that cannot be read gets the sha256 of its path as doc_id, so it still has a row.
    """
    if item.error is None:
        try:
            data = (raw_dir / item.source_path).read_bytes()
            return hashlib.sha256(data).hexdigest(), data, None
        except OSError as exc:
            error = f"cannot be read ({exc.strerror}); check its permissions"
    else:
        error = item.error
    return hashlib.sha256(f"unreadable:{item.source_path}".encode()).hexdigest(), None, error


def _size(n: int) -> str:
    """A file size for a message: megabytes from 1 MB up, bytes below ("1,500 bytes", not "0.0 MB")."""
    return f"{n / 2**20:.1f} MB" if n >= 2**20 else f"{n:,} bytes"
