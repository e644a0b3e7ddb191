"""Resolve the people and organisations an article names to canonical Speaker rows.

Within an article the extractor already groups "Mike Pompeo", "Pompeo", "Mr Pompeo" and "he"
into one entity. Across articles a speaker is reused only on an exact normalised name or a
known alias, so two people who share a family name (Kim Jong Un, Kim Yong Chol) stay apart.
"""

from __future__ import annotations

from dataclasses import dataclass

from django.db.models import Q
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
    """Record another name for a speaker (an editor's correction), unless it is taken or is
    not a name at all; a speaker's own name (`canonical`) is always recorded."""
    key = normalise_name(alias)
    if not key or not (canonical or looks_like_name(alias.strip())):
        return
    if not SpeakerAlias.objects.filter(normalised=key).exists():
        SpeakerAlias.objects.create(speaker=speaker, alias=alias.strip(), normalised=key)


def get_or_create_speaker(name: str, kind: str = Speaker.Kind.PERSON, role: str = "") -> Speaker:
    """The speaker a name resolves to, made (with its name as an alias) if there is none."""
    return resolve_many([SpeakerRequest(0, name, kind, role or "")])[(0, name)]


def resolve_entities(entities: tuple[Entity, ...], speaking: set[str]) -> dict[str, Speaker]:
    """Map the entities that are quoted (by name, as the extractor resolves quotes to them)
    to Speaker rows; people an article only mentions get no speaker page."""
    requests = [
        SpeakerRequest(
            0, e.name, e.kind, e.role or "", tuple(m.text for m in e.mentions if len(m.text) <= 200)
        )
        for e in entities
        if e.name in speaking
    ]
    return {name: speaker for (_, name), speaker in resolve_many(requests).items()}


# --- Batched resolution (ingest) -------------------------------------------------------------


@dataclass(frozen=True)
class SpeakerRequest:
    """A name to resolve, in the order the per-article rules would meet it: an article's
    quoted entities (with their mentions, recorded as aliases), then the quote speakers no
    entity covered."""

    article: int  # index of the article in the batch
    name: str
    kind: str
    role: str
    mentions: tuple[str, ...] = ()


def speaker_requests(article: int, entities, quotes) -> list[SpeakerRequest]:
    """What `resolve_entities` and the pipeline's per-quote fallback ask for, in order."""
    speaking = {quote.speaker for quote in quotes if quote.speaker}
    requests = [
        SpeakerRequest(
            article,
            entity.name,
            entity.kind,
            entity.role or "",
            tuple(m.text for m in entity.mentions if len(m.text) <= 200),
        )
        for entity in entities
        if entity.name in speaking
    ]
    covered = {r.name for r in requests}
    for quote in quotes:
        if quote.speaker and quote.speaker not in covered:
            covered.add(quote.speaker)
            requests.append(
                SpeakerRequest(
                    article,
                    quote.speaker,
                    quote.speaker_kind or Speaker.Kind.PERSON,
                    quote.speaker_role or "",
                )
            )
    return requests


def resolve_many(requests: list[SpeakerRequest]) -> dict[tuple[int, str], Speaker]:
    """Resolve a batch's speaker names, in order, in a few queries: one read of every alias
    the batch could match, one of the slugs new speakers could take, and bulk inserts.
    Returns {(article, name): Speaker}. The matching rules live here:

    - a name finds the speaker of its first lookup key (`lookup_keys`) that is a known alias;
    - else a new speaker is made, with its own name recorded as an alias (always, even when it
      reads as a description: "Trump campaign"), and the slug `unique_slug` would give it;
    - a found speaker without a role takes the one given;
    - each mention that looks like a name (`looks_like_name`) and is no one's alias yet
      becomes an alias of the speaker.
    """
    wanted: set[str] = set()
    for r in requests:
        wanted.update(lookup_keys(r.name))
        wanted.add(normalise_name(r.name))
        wanted.update(normalise_name(m) for m in r.mentions)
    wanted.discard("")
    known: dict[str, Speaker] = {}
    keys = sorted(wanted)
    for i in range(0, len(keys), 500):
        for alias in SpeakerAlias.objects.select_related("speaker").filter(
            normalised__in=keys[i : i + 500]
        ):
            known[alias.normalised] = alias.speaker

    new_speakers: list[Speaker] = []
    new_aliases: list[SpeakerAlias] = []
    role_updates: dict[int, Speaker] = {}

    def add(speaker: Speaker, alias: str, canonical: bool = False) -> None:
        key = normalise_name(alias)
        if not key or not (canonical or looks_like_name(alias.strip())) or key in known:
            return
        known[key] = speaker
        new_aliases.append(SpeakerAlias(speaker=speaker, alias=alias.strip(), normalised=key))

    resolved: dict[tuple[int, str], Speaker] = {}
    for r in requests:
        speaker = next((known[k] for k in lookup_keys(r.name) if k in known), None)
        if speaker is None:
            speaker = Speaker(name=r.name.strip(), kind=r.kind, role=r.role or "")
            new_speakers.append(speaker)
            add(speaker, r.name, canonical=True)
        elif r.role and not speaker.role:
            speaker.role = r.role
            if speaker.pk:
                role_updates[speaker.pk] = speaker
        resolved[(r.article, r.name)] = speaker
        for mention in r.mentions:
            add(speaker, mention)

    if new_speakers:
        _assign_slugs(new_speakers)
        Speaker.objects.bulk_create(new_speakers)
    for alias in new_aliases:
        alias.speaker_id = alias.speaker.pk
    # Another worker may have taken a mention's alias meanwhile: theirs stands, as it would
    # had they been first in a serial run.
    SpeakerAlias.objects.bulk_create(new_aliases, ignore_conflicts=True)
    for speaker in role_updates.values():
        Speaker.objects.filter(pk=speaker.pk, role="").update(role=speaker.role)
    return resolved


def _assign_slugs(speakers: list[Speaker]) -> None:
    """The slug `unique_slug` would give each, taking the earlier ones of the batch into
    account; one query for the slugs already taken."""
    bases = [slugify(s.name)[:200] or "speaker" for s in speakers]
    taken: set[str] = set()
    distinct = sorted(set(bases))
    for i in range(0, len(distinct), 100):
        query = Q()
        for base in distinct[i : i + 100]:
            query |= Q(slug=base) | Q(slug__startswith=f"{base}-")
        taken.update(Speaker.objects.filter(query).values_list("slug", flat=True))
    for speaker, base in zip(speakers, bases, strict=True):
        slug, n = base, 1
        while slug in taken:
            n += 1
            slug = f"{base}-{n}"
        taken.add(slug)
        speaker.slug = slug
