"""Near-duplicates: the same text run again, a wire copy. A text's MinHash
over its word shingles falls in one bucket per band, as in datasketch's
``MinHashLSH`` (whose banding this is): two texts sharing a bucket are
near-duplicate candidates. The buckets are text, so that the store can index
them (``store/story_index.py``)."""

from __future__ import annotations

import functools
import re

from datasketch import MinHash, MinHashLSH

DUPLICATE_JACCARD = 0.8
"""Estimated Jaccard of 5-word shingles above which two texts are duplicates."""
SHINGLE_WORDS = 5
NUM_PERM = 64  # MinHash permutations: error ~ 1/sqrt(64) = 0.125 on Jaccard
WORD = re.compile(r"[A-Za-z][A-Za-z'\-]+")
"""A word, as shingles and story profiles (:mod:`.cluster`) read a text."""


@functools.cache
def _bands() -> list[tuple[int, int]]:
    """(start, end) of each MinHash band: datasketch's banding for the threshold."""
    lsh = MinHashLSH(threshold=DUPLICATE_JACCARD, num_perm=NUM_PERM)
    return [(start, end) for start, end in lsh.hashranges]


def text_buckets(text: str) -> list[str]:
    """The LSH bucket of a text in each band: band number and the band's hashes."""
    minhash = MinHash(num_perm=NUM_PERM, seed=1)
    minhash.update_batch(list(_shingles(text)))
    values = minhash.hashvalues
    return [
        f"{band}:{bytes(values[start:end].byteswap().data).hex()}"
        for band, (start, end) in enumerate(_bands())
    ]


def _shingles(text: str) -> set[bytes]:
    """Word n-gram shingles of a text, for MinHash."""
    words = [w.lower() for w in WORD.findall(text)]
    if len(words) < SHINGLE_WORDS:
        return {" ".join(words).encode("utf-8")}
    return {
        " ".join(words[i : i + SHINGLE_WORDS]).encode("utf-8")
        for i in range(len(words) - SHINGLE_WORDS + 1)
    }
