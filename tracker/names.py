"""Name normalisation shared by speaker resolution, aliases and search (pure Python)."""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

# Honorifics dropped from aliases: "Mr Pompeo" and "Pompeo" are the same key.
HONORIFICS = frozenset(
    "mr mrs ms miss mx dr sen rep gov lt gen adm col sgt capt prof rev hon sir dame".split()
)
_POSSESSIVE = re.compile(r"['’]s\b")
_NON_WORD = re.compile(r"[^\w\s]")


@lru_cache(maxsize=65_536)  # pure; names repeat across an ingest
def normalise_name(name: str) -> str:
    """Lower-cased, accent-free, punctuation-free name without honorifics.

    >>> normalise_name("Mr. Kang Kyung-wha")
    'kang kyung wha'
    """
    text = unicodedata.normalize("NFKD", name)
    text = "".join(ch for ch in text if not unicodedata.combining(ch)).lower()
    text = _NON_WORD.sub(" ", _POSSESSIVE.sub("", text))
    words = text.split()
    while len(words) > 1 and words[0] in HONORIFICS:
        words.pop(0)
    return " ".join(words)
