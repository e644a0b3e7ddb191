"""Verification: do two normalised quotes report the same words, or share a talking point?"""

from __future__ import annotations

from difflib import SequenceMatcher

from rapidfuzz import fuzz

from tracker.linking.keys import content_words

# Similarity (0-100) over normalised words for the same words with small edits (a word inserted
# or dropped, an ellipsis, a bracketed clarification) ...
SAME_MIN = 85.0
# ... and for the shorter quote found inside the longer one (a partial quote).
PARTIAL_MIN = 90.0
# Compare whole texts only when their lengths are this close; otherwise look for a sub-span.
WHOLE_LENGTH_RATIO = 0.7
# Fewer words than this and a partial quote is too generic to link outside its own article.
SHORT = 3
# Partial quotes shorter than this link across articles only for the same speaker.
SPEAKER_BOUND = 8
# A talking point: at least this many consecutive words in common, this many of them content.
PHRASE_MIN = 6
PHRASE_CONTENT_MIN = 4


def _contains(short: tuple[str, ...], long: tuple[str, ...]) -> bool:
    n = len(short)
    first = short[0]
    return any(
        long[i] == first and long[i : i + n] == short for i in range(len(long) - n + 1)
    )


# Words that turn a sentence into its opposite (normalising spells out "can't" as "can not").
NEGATIONS = frozenset({"not", "no", "never", "nothing", "none", "nobody", "nor", "neither"})


def _polarity(words: tuple[str, ...]) -> int:
    return sum(map(NEGATIONS.__contains__, words)) % 2


def utterance_score(a: tuple[str, ...], b: tuple[str, ...]) -> float:
    """0-100: how surely `a` and `b` report the same utterance (one may be a part of the other).

    Returns 0 below the thresholds, so any positive score is a match.
    """
    if not a or not b:
        return 0.0
    short, long = (a, b) if len(a) <= len(b) else (b, a)
    if len(short) < SHORT:
        return 100.0 if _contains(short, long) else 0.0
    # Word-level similarity: an inserted or dropped word costs one word, whatever its length.
    # "This has nothing to do with Islam" is not "This has everything to do with Islam".
    if len(short) >= WHOLE_LENGTH_RATIO * len(long):
        score = fuzz.ratio(short, long, score_cutoff=SAME_MIN)
        # Polarity only for a match: rarer than a verification, and the dearer test.
        if score and _polarity(short) == _polarity(long):
            return score
    return fuzz.partial_ratio(short, long, score_cutoff=PARTIAL_MIN)


def is_partial(a: tuple[str, ...], b: tuple[str, ...]) -> bool:
    """Is the shorter of the two clearly a part rather than a whole-text variant?"""
    short, long = sorted((len(a), len(b)))
    return short < WHOLE_LENGTH_RATIO * long


def shared_phrase(a: tuple[str, ...], b: tuple[str, ...]) -> tuple[int, int] | None:
    """(start, end) in `b` of the longest run of words `a` also has, if it is a talking point."""
    if len(a) < PHRASE_MIN or len(b) < PHRASE_MIN:
        return None
    m = SequenceMatcher(None, a, b, autojunk=False).find_longest_match(0, len(a), 0, len(b))
    if m.size < PHRASE_MIN:
        return None
    phrase = b[m.b : m.b + m.size]
    if content_words(phrase) < PHRASE_CONTENT_MIN:
        return None
    return m.b, m.b + m.size
