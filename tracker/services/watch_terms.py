"""What a watch asks for, what a new quotation offers, and whether they meet (no Django here).

A watch is found through one *anchor*: the most selective thing it needs (a statement, a
speaker, a word of its topic, an outlet). A new quotation offers every anchor it could
satisfy, so matching an article is one indexed lookup of those anchors followed by the full
check of the few watches found; its cost follows the article, not the number of watches.

Words match the way a reader expects of a topic: case-insensitive, at the start of a word,
plural and -ed/-ing endings ignored ("sanctions" finds "sanction", "sanctioned"). Words of
fewer than PREFIX letters must match whole.

A talking point's phrase is different: its words must appear together, whole, after the
normalisation the talking-point finder uses (tracker.linking.phrases.said_words), so a watch
finds the phrase exactly where the talking point's page would.
"""

from __future__ import annotations

import hashlib
import re
import unicodedata
from dataclasses import dataclass, field
from datetime import date
from functools import cached_property

from tracker.linking.phrases import contains, said_words

PREFIX = 4
MAX_WORDS = 10
_WORD = re.compile(r"\w+")
_ENDINGS = ("ing", "ed", "es", "s")


def _fold(text: str) -> str:
    return unicodedata.normalize("NFKC", text).casefold()


def stem(word: str) -> str:
    """`sanctions` -> `sanction`, `talked` -> `talk`; short words stay whole."""
    for ending in _ENDINGS:
        if word.endswith(ending) and len(word) - len(ending) >= PREFIX:
            return word[: -len(ending)]
    return word


def topic_words(query: str) -> list[str]:
    """The stems a topic query asks for, in order, without repeats."""
    stems: list[str] = []
    for word in _WORD.findall(_fold(query)):
        s = stem(word)
        if s not in stems:
            stems.append(s)
    return stems[:MAX_WORDS]


def anchor_key(anchor: str) -> int:
    """The anchor as a signed 64-bit number: what the database indexes and compares (cheaper
    than text under a locale's collation). A collision only adds a candidate, which the full
    check then drops."""
    digest = hashlib.blake2b(anchor.encode(), digest_size=8).digest()
    return int.from_bytes(digest, "big", signed=True)


def word_key(word: str) -> str:
    return word[:PREFIX] if len(word) >= PREFIX else word


def normalise_outlet(outlet: str) -> str:
    return " ".join(_fold(outlet).split())


def _word_matches(wanted: str, token: str) -> bool:
    return token == wanted if len(wanted) < PREFIX else token.startswith(wanted)


@dataclass(frozen=True, eq=False)
class Offer:
    """What one new quotation can satisfy."""

    speaker_id: int | None
    statement_id: int | None
    outlet: str  # normalised
    published: date | None
    tokens: frozenset[str]
    text: str = field(default="", repr=False)

    @classmethod
    def of(
        cls,
        text: str,
        speaker_id: int | None,
        statement_id: int | None,
        outlet: str,
        published: date | None,
    ) -> Offer:
        return cls(
            speaker_id,
            statement_id,
            normalise_outlet(outlet),
            published,
            frozenset(_WORD.findall(_fold(text))),
            text,
        )

    @cached_property
    def words(self) -> tuple[str, ...]:
        """The quotation's words for phrases: worked out only if a phrase watch asks."""
        return said_words(self.text)

    @cached_property
    def anchors(self) -> frozenset[str]:
        """Every anchor a watch this quotation meets could be filed under."""
        found = {"word:" + word_key(t) for t in self.tokens}
        if self.speaker_id is not None:
            found.add(f"speaker:{self.speaker_id}")
        if self.statement_id is not None:
            found.add(f"statement:{self.statement_id}")
        if self.outlet:
            found.add(f"outlet:{self.outlet}")
        return frozenset(found)


@dataclass(frozen=True)
class Want:
    """Everything a watch requires of a quotation; empty fields require nothing."""

    speaker_id: int | None = None
    statement_id: int | None = None
    outlet: str = ""  # normalised
    words: tuple[str, ...] = ()
    start: date | None = None
    end: date | None = None
    phrase: tuple[str, ...] = ()  # a talking point's words, together and whole

    def anchor(self) -> str:
        """The one key this watch is filed under: the most selective thing it needs."""
        if self.statement_id is not None:
            return f"statement:{self.statement_id}"
        if self.speaker_id is not None:
            return f"speaker:{self.speaker_id}"
        if self.words:
            return f"word:{word_key(max(self.words, key=len))}"
        if self.outlet:
            return f"outlet:{self.outlet}"
        raise ValueError("A watch needs a statement, a speaker, words or an outlet.")

    def matches(self, offer: Offer) -> bool:
        if self.statement_id is not None and offer.statement_id != self.statement_id:
            return False
        if self.speaker_id is not None and offer.speaker_id != self.speaker_id:
            return False
        if self.outlet and offer.outlet != self.outlet:
            return False
        if self.start and (offer.published is None or offer.published < self.start):
            return False
        if self.end and (offer.published is None or offer.published > self.end):
            return False
        if self.phrase and not contains(offer.words, self.phrase):
            return False
        return all(any(_word_matches(w, t) for t in offer.tokens) for w in self.words)


_SENTENCE_END = re.compile(r"[.!?][\"'”’)]*\s+|\n\s*\n")
MAX_CONTEXT = 300


def sentence_around(text: str, start: int, end: int) -> tuple[str, str, str]:
    """(before, quotation, after): the quotation with the rest of its sentence around it.

    >>> sentence_around('Hi. He said "no" today. Bye.', 12, 16)
    ('He said ', '"no"', ' today.')
    """
    begin = max(0, start - MAX_CONTEXT)
    for match in _SENTENCE_END.finditer(text, begin, start):
        begin = match.end()
    found = _SENTENCE_END.search(text, end, min(len(text), end + MAX_CONTEXT))
    stop = (
        found.start() + 1
        if found and text[found.start()] in ".!?"
        else (found.start() if found else min(len(text), end + MAX_CONTEXT))
    )
    return text[begin:start].lstrip(), text[start:end], text[end:stop].rstrip()
