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


def find_speaker(name: str) -> Speaker | None:
    key = normalise_name(name)
    if not key:
        return None
    alias = SpeakerAlias.objects.select_related("speaker").filter(normalised=key).first()
    return alias.speaker if alias else None


def add_alias(speaker: Speaker, alias: str) -> None:
    """Record another name for a speaker, unless it is taken or is not a name at all."""
    key = normalise_name(alias)
    if not key or not looks_like_name(alias.strip()):
        return
    if not SpeakerAlias.objects.filter(normalised=key).exists():
        SpeakerAlias.objects.create(speaker=speaker, alias=alias.strip(), normalised=key)


def get_or_create_speaker(name: str, kind: str = Speaker.Kind.PERSON, role: str = "") -> Speaker:
    speaker = find_speaker(name)
    if speaker is None:
        speaker = Speaker.objects.create(
            name=name.strip(), slug=unique_slug(name), kind=kind, role=role or ""
        )
        add_alias(speaker, name)
    elif role and not speaker.role:
        speaker.role = role
        speaker.save(update_fields=["role"])
    return speaker


def resolve_entities(entities: tuple[Entity, ...]) -> dict[str, Speaker]:
    """Map each entity's name (as the extractor resolves quotes to it) to its Speaker."""
    resolved: dict[str, Speaker] = {}
    for entity in entities:
        speaker = get_or_create_speaker(entity.name, entity.kind, entity.role or "")
        resolved[entity.name] = speaker
        for mention in entity.mentions:
            if len(mention.text) <= 200:
                add_alias(speaker, mention.text)
    return resolved
