"""Duplicate articles: exact after normalisation, and near-duplicates by MinHash over word shingles."""

from __future__ import annotations

import hashlib
import re
import zlib
from dataclasses import dataclass
from functools import cache, cached_property
from typing import TYPE_CHECKING

import numpy as np

if TYPE_CHECKING:
    from datasketch import LeanMinHash, MinHash
# datasketch is imported where a signature is made: its package imports scipy (about a second), which a run with
# nothing new to read, and every CLI command, would pay for nothing.

NEAR_DUPLICATE_JACCARD = 0.8
NUM_PERM = 64
# 8 bands of 8 rows: two documents share a band with probability ≥ 0.9 at Jaccard 0.8 (the
# MinHash check that follows keeps only those truly at 0.8 or more).
BANDS, BAND_ROWS = 8, 8
SHINGLE = 5
SCHEME = "affine32"  # datasketch's hashing scheme, named so stored signatures load back the same
_WORD = re.compile(r"[\wÀ-ỹ]+")
_FIGURE = re.compile(r"\d+(?:[.,]\d+)*")


def words(text: str) -> list[str]:
    """The lower-cased words of ``text``: what the fingerprint and the MinHash read (found once for both)."""
    return _WORD.findall(text.lower())


def fingerprint(text: str) -> str:
    """Hash of the lower-cased words: equal for copies that differ only in spacing and punctuation."""
    return _fingerprint_of(words(text))


def _fingerprint_of(found: list[str]) -> str:
    return hashlib.sha256(" ".join(found).encode()).hexdigest()


def figures(text: str) -> str:
    """Hash of the numbers the text prints, in order: a near-copy whose figures differ (a corrected
    republication, another year's report on the same template) is another report, not a duplicate."""
    return hashlib.sha256(" ".join(_FIGURE.findall(text)).encode()).hexdigest()[:16]


@cache
def _permutations() -> tuple:
    from datasketch import MinHash

    return MinHash(num_perm=NUM_PERM, seed=1, scheme=SCHEME).permutations


def minhash(text: str) -> MinHash:
    """MinHash of the text's word 5-shingles (seeded: the same text gives the same signature).

    Shingles are hashed with CRC-32 (C speed, stable across runs and machines, unlike ``hash``), and the
    permutations are made once: together a third of the default's cost per document.
    """
    return _minhash_of(words(text))


def _minhash_of(found: list[str]) -> MinHash:
    # zip of the shifted word lists gives every run of SHINGLE words (a shorter text is one shingle);
    # each distinct shingle is encoded once.
    runs = zip(*(found[k:] for k in range(SHINGLE)), strict=False) if len(found) >= SHINGLE else [found]
    shingles = [shingle.encode() for shingle in set(map(" ".join, runs))]
    from datasketch import MinHash

    signature = MinHash(num_perm=NUM_PERM, seed=1, scheme=SCHEME, hashfunc=zlib.crc32, permutations=_permutations())
    signature.update_batch(shingles)
    return signature


@dataclass(frozen=True)
class Signature:
    """What duplicate detection needs of a document, storable in the warehouse.

    ``minhash`` holds the hash values as the bytes of a uint64 array: a run keeps one per new document, and 64
    Python ints in a tuple took ten times the memory (0.2 GB more at 100,000 pages)."""

    doc_id: str
    fingerprint: str
    minhash: bytes
    figures: str | None = None  # None: stored by a version that did not record them (any figures match)

    @classmethod
    def of(cls, doc_id: str, text: str) -> Signature:
        found = words(text)
        return cls(doc_id, _fingerprint_of(found), np.asarray(_minhash_of(found).hashvalues, dtype=np.uint64).tobytes(),
                   figures(text))

    @classmethod
    def stored(cls, doc_id: str, fingerprint: str, values: list[int], figures: str | None = None) -> Signature:
        """The signature as the warehouse keeps it (``duplicate_signatures.minhash``, a list of integers)."""
        return cls(doc_id, fingerprint, np.asarray(values, dtype=np.uint64).tobytes(), figures)

    @property
    def values(self) -> np.ndarray:
        return np.frombuffer(self.minhash, dtype=np.uint64)

    @cached_property  # read by the duplicate search, the neighbour query and the stored row
    def bands(self) -> list[str]:
        """LSH band keys: documents sharing one are the candidates compared with this one."""
        values = self.values
        return [f"{b}:" + hashlib.blake2b(values[b * BAND_ROWS:(b + 1) * BAND_ROWS].tobytes(), digest_size=8).hexdigest()
                for b in range(BANDS)]

    def as_minhash(self) -> LeanMinHash:
        # Lean: a MinHash rebuilt from stored values would recompute its permutations (~0.1 ms each).
        from datasketch import LeanMinHash

        return LeanMinHash(seed=1, hashvalues=self.values, scheme=SCHEME)


def _same_figures(a: str | None, b: str | None) -> bool:
    """Whether two near-copies print the same figures (unknown for a signature stored without them)."""
    return a is None or b is None or a == b


def find_duplicates(candidates: list[Signature], canonical: list[Signature]) -> dict[str, str]:
    """Map each candidate doc_id to the doc_id it duplicates, or leave it out when it is original.

    ``canonical`` are the signatures already accepted; ``candidates`` come in the order they should be
    accepted. A candidate that is not a duplicate becomes canonical for the ones after.
    """
    # The same band keys the warehouse stores, so the stored neighbours and this pass agree.
    by_band: dict[str, list[str]] = {}
    exact: dict[str, str] = {}
    signatures: dict[str, LeanMinHash] = {}
    printed: dict[str, str | None] = {}

    def accept(sig: Signature, hashed: LeanMinHash) -> None:
        exact.setdefault(sig.fingerprint, sig.doc_id)
        if sig.doc_id not in signatures:
            signatures[sig.doc_id] = hashed
            printed[sig.doc_id] = sig.figures
            for band in sig.bands:
                by_band.setdefault(band, []).append(sig.doc_id)

    for sig in canonical:
        accept(sig, sig.as_minhash())
    duplicates: dict[str, str] = {}
    for sig in candidates:
        original = exact.get(sig.fingerprint)
        hashed = sig.as_minhash()
        if original is None or original == sig.doc_id:
            shared = {d for band in sig.bands for d in by_band.get(band, ())}
            near = [d for d in shared if d != sig.doc_id and _same_figures(printed[d], sig.figures)
                    and signatures[d].jaccard(hashed) >= NEAR_DUPLICATE_JACCARD]
            original = min(near) if near else None
        if original is not None and original != sig.doc_id:
            duplicates[sig.doc_id] = original
        else:
            accept(sig, hashed)
    return duplicates
