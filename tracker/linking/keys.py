"""Candidate keys: hashed word 3-shingles of normalised tokens, stable across processes.

A statement is found again through any three consecutive words it shares with a new quote.
Shingles made only of function words ("it is a") would find everything, so they are skipped;
the document-frequency cap (see grouping.KEY_CAP) drops the remaining common ones.
"""

from __future__ import annotations

from functools import lru_cache
from hashlib import blake2b

SHINGLE = 3

_STOPWORDS = """a an the and or but if of to in on at by for with from as into onto about over under
    than then that this these those there here it its it's is are was were be been being am do
    does did done have has had having i me my we us our you your he him his she her they them
    their what which who whom whose when where why how not no nor so too very can could will
    would shall should may might must just also only all any both each few more most other
    some such own same up down out off again further once s t dont im were youre thats 1 2 3
    going go get got say said says let lets would've i'm we're they're"""
STOPWORDS = frozenset(_STOPWORDS.split())


@lru_cache(maxsize=500_000)
def word_hash(token: str) -> int:
    """A stable 64-bit hash, odd for content words and even for stopwords."""
    h = int.from_bytes(blake2b(token.encode(), digest_size=8).digest(), "little")
    return h & ~1 if token in STOPWORDS else h | 1


def shingle_keys(tokens: tuple[str, ...] | list[str]) -> list[int]:
    """Distinct keys of every 3-word window that has at least one content word, in order.
    Cached by token tuple: ingest works a new quote's keys out before its transaction
    (pipeline.prepare), so linking it, one worker at a time, finds them ready."""
    if len(tokens) < SHINGLE:
        return []
    if isinstance(tokens, tuple):
        return list(_tuple_keys(tokens))
    return _keys(tokens)


@lru_cache(maxsize=20_000)  # a few batches of new quotes
def _tuple_keys(tokens: tuple[str, ...]) -> tuple[int, ...]:
    return tuple(_keys(tokens))


def _keys(tokens: tuple[str, ...] | list[str]) -> list[int]:
    hashes = [word_hash(t) for t in tokens]
    # CPython hashes a tuple of ints the same way in every process (only str hashing is
    # salted), and in C: several times faster than mixing in Python. A test pins the values.
    keys = [
        hash(window)
        for window in zip(hashes, hashes[1:], hashes[2:], strict=False)
        # Stopword hashes are even (see word_hash): skip windows of stopwords only.
        if (window[0] | window[1] | window[2]) & 1
    ]
    return list(dict.fromkeys(keys))


def content_words(tokens: tuple[str, ...] | list[str]) -> int:
    return len(tokens) - sum(map(STOPWORDS.__contains__, tokens))
