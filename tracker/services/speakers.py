"""Resolve the people and organisations an article names to canonical Speaker rows.

Within an article the extractor already groups "Mike Pompeo", "Pompeo", "Mr Pompeo" and "he"
into one entity. Across articles a speaker is reused only on an exact normalised name or a
known alias, so two people who share a family name (Kim Jong Un, Kim Yong Chol) stay apart.
"""

from __future__ import annotations

from django.utils.text import slugify

from tracker.extraction.types import Entity
from tracker.models import Speaker, SpeakerAlias
from tracker.names import normalise_name

# Lower-case words that may stand inside a name ("Ursula von der Leyen").
_NAME_PARTICLES = frozenset("de da del der di du la le van von bin al and of for the".split())
_PRONOUNS = frozenset("he she they it we i you who his her their its this that".split())


def looks_like_name(text: str) -> bool:
    """A proper name, not a pronoun or a role noun ("he", "the chief U.S. diplomat")."""
    words = text.split()
    if not words or len(words) > 8 or not words[0][:1].isupper():
        return False
    if len(words) == 1 and words[0].lower() in _PRONOUNS:
        return False
    return all(w[:1].isupper() or w.lower() in _NAME_PARTICLES for w in words)


def unique_slug(name: str) -> str:
    base = slugify(name)[:200] or "speaker"
    slug, n = base, 1
    while Speaker.objects.filter(slug=slug).exists():
        n += 1
        slug = f"{base}-{n}"
    return slug


def lookup_keys(name: str) -> list[str]:
    """The normalised name, then the same without middle initials ("Donald J. Trump").

    Initials are dropped only to look up, never to register: "George W. Bush" still gets
    a speaker of his own when only "George H. W. Bush" is known.
    """
    key = normalise_name(name)
    words = key.split()
    loose = " ".join(w for i, w in enumerate(words) if len(w) > 1 or i in (0, len(words) - 1))
    return [k for k in dict.fromkeys([key, loose]) if k]


def find_speaker(name: str) -> Speaker | None:
    for key in lookup_keys(name):
        alias = SpeakerAlias.objects.select_related("speaker").filter(normalised=key).first()
        if alias:
            return alias.speaker
    return None


def add_alias(speaker: Speaker, alias: str, *, canonical: bool = False) -> None:
    """Record another name for a speaker, unless it is taken or is not a name at all.

    A speaker's own name is always recorded, even when it reads as a description
    ("Trump campaign"), so the next article finds the same speaker.
    """
    key = normalise_name(alias)
    if not key or not (canonical or looks_like_name(alias.strip())):
        return
    if not SpeakerAlias.objects.filter(normalised=key).exists():
        SpeakerAlias.objects.create(speaker=speaker, alias=alias.strip(), normalised=key)


def get_or_create_speaker(name: str, kind: str = Speaker.Kind.PERSON, role: str = "") -> Speaker:
    speaker = find_speaker(name)
    if speaker is None:
        speaker = Speaker.objects.create(
            name=name.strip(), slug=unique_slug(name), kind=kind, role=role or ""
        )
        add_alias(speaker, name, canonical=True)
    elif role and not speaker.role:
        speaker.role = role
        speaker.save(update_fields=["role"])
    return speaker


def resolve_entities(entities: tuple[Entity, ...], speaking: set[str]) -> dict[str, Speaker]:
    """Map the entities that are quoted (by name, as the extractor resolves quotes to them)
    to Speaker rows; people an article only mentions get no speaker page."""
    resolved: dict[str, Speaker] = {}
    for entity in entities:
        if entity.name not in speaking:
            continue
        speaker = get_or_create_speaker(entity.name, entity.kind, entity.role or "")
        resolved[entity.name] = speaker
        for mention in entity.mentions:
            if len(mention.text) <= 200:
                add_alias(speaker, mention.text)
    return resolved
