"""Frozen result types of the quote extractor (pure Python, no Django)."""

from __future__ import annotations

from dataclasses import dataclass, field

PERSON = "person"
ORGANISATION = "organisation"


@dataclass(frozen=True)
class Mention:
    """One place an entity is named or referred to: text[start:end]."""

    start: int
    end: int
    text: str


@dataclass(frozen=True)
class Entity:
    """A person or organisation named in the article, with every mention of it."""

    name: str  # fullest form seen in the article ("Mike Pompeo")
    kind: str  # PERSON or ORGANISATION
    role: str | None = None  # "U.S. Secretary of State"
    mentions: tuple[Mention, ...] = field(default=())


@dataclass(frozen=True)
class Quote:
    """A quotation: text[start:end] is the quoted words, without the quotation marks."""

    start: int
    end: int
    text: str
    partial: bool  # a few quoted words inside the reporter's own sentence
    cue: str | None  # "said", "told reporters", "according to", ":" ...
    speaker: str | None  # resolved name ("Mike Pompeo") or None when unattributed
    speaker_mention: str | None = None  # as written: "he", "the chief U.S. diplomat"
    mention_start: int | None = None
    mention_end: int | None = None
    speaker_role: str | None = None
    speaker_kind: str | None = None  # PERSON or ORGANISATION
    confidence: float = 1.0


@dataclass(frozen=True)
class Extraction:
    quotes: tuple[Quote, ...]
    entities: tuple[Entity, ...]
