"""Cleaning of raw rows, the work the documents asset sends to its worker processes.

Kept apart from the asset module so a worker imports only the cleaning stack, not Dagster (a spawned
worker importing the asset module spent about 3 s of CPU on imports, this module about 1 s).
"""

from __future__ import annotations

from assets.clean.dedup import Signature
from assets.clean.document import clean_document

CLEAN_VERSION = "clean-48"


def clean_rows(rows: list[dict]) -> list[dict]:
    """Clean each raw row (source_path, doc_id, content, read_error, listed_url) into a documents row.

    Readable rows also carry their duplicate-detection ``signature`` (computed here, in the worker).
    """
    out = []
    for row in rows:
        cleaned = clean_document(row["content"], row["source_path"], row["read_error"],
                                 row.get("listed_url")).as_row()
        signature = Signature.of(row["doc_id"], cleaned["text"]) if cleaned["status"] == "ok" else None
        out.append({**cleaned, "doc_id": row["doc_id"], "source_path": row["source_path"], "duplicate_of": None,
                    "listed_url": row.get("listed_url"),
                    "clean_version": CLEAN_VERSION, "signature": signature})
    return out
