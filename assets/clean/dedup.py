"""Duplicate articles: exact after normalisation, and near-duplicates by MinHash over word shingles."""

from __future__ import annotations

import hashlib
import re

from datasketch import MinHash, MinHashLSH

NEAR_DUPLICATE_JACCARD = 0.8
NUM_PERM = 64
SHINGLE = 5
_WORD = re.compile(r"[\wÀ-ỹ]+")


def fingerprint(text: str) -> str:
    """Hash of the lower-cased words: equal for copies that differ only in spacing and punctuation."""
    return hashlib.sha256(" ".join(_WORD.findall(text.lower())).encode()).hexdigest()


def minhash(text: str) -> MinHash:
    """MinHash of the text's word 5-shingles (seeded: the same text gives the same signature)."""
    words = _WORD.findall(text.lower())
    shingles = {" ".join(words[i:i + SHINGLE]).encode() for i in range(max(1, len(words) - SHINGLE + 1))}
    signature = MinHash(num_perm=NUM_PERM, seed=1)
    signature.update_batch(list(shingles))
    return signature


def find_duplicates(candidates: list[tuple[str, str]], canonical: list[tuple[str, str]]) -> dict[str, str]:
    """Map each candidate key to the doc_id it duplicates, or leave it out when it is original.

    ``canonical`` are (doc_id, text) already accepted; ``candidates`` are (doc_id, text) in the order
    they should be accepted. A candidate that is not a duplicate becomes canonical for the ones after.
    """
    lsh = MinHashLSH(threshold=NEAR_DUPLICATE_JACCARD, num_perm=NUM_PERM)
    exact: dict[str, str] = {}
    signatures: dict[str, MinHash] = {}

    def accept(doc_id: str, text: str, signature: MinHash) -> None:
        exact.setdefault(fingerprint(text), doc_id)
        if doc_id not in signatures:
            signatures[doc_id] = signature
            lsh.insert(doc_id, signature)

    for doc_id, text in canonical:
        accept(doc_id, text, minhash(text))
    duplicates: dict[str, str] = {}
    for doc_id, text in candidates:
        original = exact.get(fingerprint(text))
        signature = minhash(text)
        if original is None or original == doc_id:
            near = [d for d in lsh.query(signature) if d != doc_id and signatures[d].jaccard(signature) >= NEAR_DUPLICATE_JACCARD]
            original = min(near) if near else None
        if original is not None and original != doc_id:
            duplicates[doc_id] = original
        else:
            accept(doc_id, text, signature)
    return duplicates
