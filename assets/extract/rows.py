"""Extraction of document rows, the work the facts asset sends to its worker processes.

Kept apart from the asset module so a worker imports only the extraction stack, not Dagster.
"""

from __future__ import annotations

from assets.extract.facts import DocContext, extract_facts


def extract_rows(docs: list[dict]) -> list[dict]:
    """Facts of each ok document row (doc_id, text, published_date, province, district, province_2025)."""
    return [fact.as_row() for doc in docs for fact in extract_facts(
        DocContext(doc["doc_id"], doc["text"], doc["published_date"], doc["province"], doc["district"],
                   doc["province_2025"]))]
