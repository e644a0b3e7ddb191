"""Word-level differences between two versions of a statement (pure Python).

Used by the statement page when the linking package offers no diff of its own.
"""

from __future__ import annotations

import re
from difflib import SequenceMatcher

_TOKEN = re.compile(r"\s+|[^\s]+")


def word_diff(base: str, variant: str) -> list[tuple[str, str]]:
    """(op, text) pieces that turn `base` into `variant`; op is equal, insert or delete.

    >>> word_diff("we will enforce sanctions", "we must enforce sanctions")
    [('equal', 'we '), ('delete', 'will'), ('insert', 'must'), ('equal', ' enforce sanctions')]
    """
    a, b = _TOKEN.findall(base), _TOKEN.findall(variant)
    # Compare words case- and punctuation-insensitively; show the variant's own spelling.
    key_a = [re.sub(r"[^\w\s]", "", t.lower()) for t in a]
    key_b = [re.sub(r"[^\w\s]", "", t.lower()) for t in b]
    pieces: list[tuple[str, str]] = []
    matcher = SequenceMatcher(None, key_a, key_b, autojunk=False)
    for op, i1, i2, j1, j2 in matcher.get_opcodes():
        if op == "equal":
            pieces.append(("equal", "".join(b[j1:j2])))
            continue
        if op in ("delete", "replace"):
            pieces.append(("delete", "".join(a[i1:i2])))
        if op in ("insert", "replace"):
            pieces.append(("insert", "".join(b[j1:j2])))
    return [(op, text) for op, text in pieces if text]
