"""Frozen result types of the quote extractor (pure Python, no Django)."""

from __future__ import annotations

from dataclasses import dataclass, field
from operator import attrgetter

PERSON = "person"
ORGANISATION = "organisation"
# The sort and bisect key of everything with a start offset (spans, names, cues, mentions).
START = attrgetter("start")


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


# The extractor builds thousands of these per article. A frozen dataclass's generated __init__
# sets each field through object.__setattr__ (frozen instances refuse plain assignment); these
# fill the new instance's __dict__ directly instead, which is all that does: the same object
# (equal, same hash and repr), at half the cost. All fields, in order, positional
# (tests/test_extraction_speed.py checks each against its class).
_new = object.__new__


def new_mention(start: int, end: int, text: str) -> Mention:
    m = _new(Mention)
    d = m.__dict__
    d["start"], d["end"], d["text"] = start, end, text
    return m


def new_entity(name: str, kind: str, role: str | None, mentions: tuple[Mention, ...]) -> Entity:
    e = _new(Entity)
    d = e.__dict__
    d["name"], d["kind"], d["role"], d["mentions"] = name, kind, role, mentions
    return e


def new_quote(start: int, end: int, text: str, partial: bool, cue: str | None,
              speaker: str | None, speaker_mention: str | None, mention_start: int | None,
              mention_end: int | None, speaker_role: str | None, speaker_kind: str | None,
              confidence: float) -> Quote:
    q = _new(Quote)
    d = q.__dict__
    d["start"], d["end"], d["text"], d["partial"], d["cue"], d["speaker"] = \
        start, end, text, partial, cue, speaker
    d["speaker_mention"], d["mention_start"], d["mention_end"] = \
        speaker_mention, mention_start, mention_end
    d["speaker_role"], d["speaker_kind"], d["confidence"] = speaker_role, speaker_kind, confidence
    return q
