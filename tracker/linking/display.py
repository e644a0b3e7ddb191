"""How a statement is shown: its fullest variant, each variant's word diff, speaker conflicts."""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from difflib import SequenceMatcher
from typing import Literal

from tracker.linking.normalise import normalise

_WORD = re.compile(r"\S+")

Op = Literal["equal", "insert", "delete", "replace"]


@dataclass(frozen=True, slots=True)
class DiffOp:
    """One step from the display text to a variant.

    `display` holds the display text's words the step covers, `variant` the variant's words.
    equal: same words (maybe printed differently, e.g. another spelling); insert: words only
    the variant has; delete: words the variant left out; replace: words it changed.
    """

    op: Op
    display: str
    variant: str


def _words(text: str) -> tuple[list[str], list[str]]:
    """The original words and, for each, a comparison key ("" for pure punctuation)."""
    words = _WORD.findall(text)
    return words, [" ".join(normalise(word).tokens) for word in words]


def word_diff(variant: str, display: str) -> list[DiffOp]:
    """Word-level diff of one quotation's text against its statement's display text.

    >>> ops = word_diff("fully-verified denuclearisation", "fully verified denuclearization")
    >>> [(d.op, d.variant) for d in ops]
    [('replace', 'fully-verified'), ('equal', 'denuclearisation')]
    """
    shown, shown_keys = _words(display)
    said, said_keys = _words(variant)
    matcher = SequenceMatcher(None, shown_keys, said_keys, autojunk=False)
    ops = []
    for tag, i1, i2, j1, j2 in matcher.get_opcodes():
        ops.append(DiffOp(tag, " ".join(shown[i1:i2]), " ".join(said[j1:j2])))  # type: ignore[arg-type]
    return ops


def fullest(texts: Iterable[str]) -> str | None:
    """The variant with the most words (the first of equals): a statement's display text."""
    best, size = None, -1
    for text in texts:
        n = len(normalise(text))
        if n > size:
            best, size = text, n
    return best
