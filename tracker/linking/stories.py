"""Stories: near-duplicate articles (a wire story under several outlets, a reprint, an update).

An article is a set of hashed word 5-shingles of its normalised text. Its sketch is the
bottom-k MinHash of that set (the SKETCH smallest shingle hashes); two articles that share most
of their text share most of their sketch, so stored sketches are an index: an article looks up
the articles posted under its sketch hashes, and only those that share at least SKETCH_MIN of
them are verified on their whole shingle sets. Linear in the article's length.
"""

from __future__ import annotations

import heapq
import re

from tracker.linking.keys import word_hash

SHINGLE = 5
SKETCH = 32  # hashes kept per article (bottom-k MinHash)
SKETCH_MIN = 4  # sketch hashes two articles must share to be compared
# Same story: the shorter article's shingles mostly found in the longer one (an updated or
# cut version, a reprint with another headline and footer) ...
CONTAINMENT_MIN = 0.6
# ... and the two not wildly different in size (a digest quoting a paragraph is not a reprint).
SIZE_RATIO_MIN = 0.25
MIN_SHINGLES = 20  # shorter texts are never grouped: too little to tell a reprint
# Words for shingling: a reprint keeps the words, so plain lower-cased words do (the quote
# normaliser is five times slower and gains nothing here). A word is a run of letters and
# digits: `\w` without the underscore, which `shingles` turns into a space first (a plain
# `\w+` is found faster than the class "[^\W_]+", with the same words).
_WORD = re.compile(r"\w+")


def shingles(text: str) -> set[int]:
    """Hashed word 5-shingles of the lower-cased words (stable across processes).

    >>> shingles("one_two three four five") == shingles("One two, three four five.")
    True
    """
    hashes = list(map(word_hash, _WORD.findall(text.lower().replace("_", " "))))
    if len(hashes) < SHINGLE:
        return set()
    return set(map(hash, zip(*(hashes[i:] for i in range(SHINGLE)), strict=False)))


def sketch(shingle_set: set[int]) -> list[int]:
    """The bottom-k MinHash sketch: the SKETCH smallest shingle hashes, ascending. Empty for
    a text too short to be told a reprint."""
    if len(shingle_set) < MIN_SHINGLES:
        return []
    return heapq.nsmallest(SKETCH, shingle_set)


def containment(a: set[int], b: set[int]) -> float:
    """The share of the smaller set found in the larger one (0 if either is empty)."""
    small, large = (a, b) if len(a) <= len(b) else (b, a)
    if not small:
        return 0.0
    return len(small & large) / len(small)


def same_story(a: set[int], b: set[int]) -> bool:
    """Do two articles' shingle sets tell the same story (reprint, copy, updated version)?"""
    if len(a) < MIN_SHINGLES or len(b) < MIN_SHINGLES:
        return False
    small, large = sorted((len(a), len(b)))
    return small >= SIZE_RATIO_MIN * large and containment(a, b) >= CONTAINMENT_MIN


def candidates(own: list[int], posted: list[tuple[int, int]]) -> list[int]:
    """Articles worth verifying: those sharing at least SKETCH_MIN sketch hashes with `own`,
    given (hash, article) postings; the most shared first, then the oldest."""
    mine = set(own)
    shared: dict[int, int] = {}
    for h, article in posted:
        if h in mine:
            shared[article] = shared.get(article, 0) + 1
    return [a for a, n in sorted(shared.items(), key=lambda kv: (-kv[1], kv[0])) if n >= SKETCH_MIN]
