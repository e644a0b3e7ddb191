"""Speaker rows: the one place that finds, creates and names them.

`resolve_article` takes every quotation of one article at once (so ingest can batch it):
`tracker.identity.decide_article` decides, without the database, who each quotation's speaker
is; here each named speaker is found or created. Across articles a person is found on the
structure of their name (same family and given name, no disagreeing middle initial or
suffix), an organisation on its name or an alias. Bare names never reach this far: the
article resolves them or they stay ambiguous on the quotation.

`find_speaker` (exact identity of a typed name) and `rank_speakers` (search and autocomplete)
are the only speaker finders; `add_alias` is the only alias creator.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from django.core.cache import cache
from django.utils.text import slugify

from tracker.extraction.types import Entity, Quote
from tracker.identity import check_mention, decide_article, parse_name, same_person
from tracker.identity.article import AMBIGUOUS, NAMED, UNNAMED, Decision
from tracker.identity.names import ParsedName, clean_role, fold
from tracker.identity.ranking import rank_names
from tracker.models import Correction, Speaker, SpeakerAlias, SpeakerRedirect, SpeakerRole
from tracker.names import normalise_name
from tracker.services.generation import current

PERSON = Speaker.Kind.PERSON


def unique_slug(name: str) -> str:
    """A free address: not another speaker's, nor one a merged speaker left behind."""
    base = slugify(name)[:200] or "speaker"
    slug, n = base, 1
    while (
        Speaker.objects.filter(slug=slug).exists()
        or SpeakerRedirect.objects.filter(old_slug=slug).exists()
    ):
        n += 1
        slug = f"{base}-{n}"
    return slug


def lookup_keys(name: str) -> list[str]:
    """The keys a name is found by: its normalised form and, for a person's full name, its
    family name. Workers lock these (tracker.services.locks) before they may create it."""
    parsed = parse_name(name)
    keys = [normalise_name(name)]
    if not parsed.is_bare:
        keys.append("family:" + parsed.family_key)
    return [k for k in dict.fromkeys(keys) if k]


def _by_alias(name: str, kind: str) -> Speaker | None:
    """An alias written exactly so; a one-word alias finds only an organisation."""
    key = normalise_name(name)
    if not key:
        return None
    alias = SpeakerAlias.objects.select_related("speaker").filter(normalised=key).first()
    if alias is None:
        return None
    if alias.speaker.kind == PERSON and " " not in key:
        return None  # "Clinton" or "Donald" is nobody in particular across articles
    return alias.speaker


def _by_structure(parsed: ParsedName) -> Speaker | None:
    """A person whose name (or a full alias) is the same person's name, registry rows first."""
    candidates = Speaker.objects.filter(family_key=parsed.family_key, kind=PERSON).order_by(
        "-registered", "pk"
    )
    for speaker in candidates.prefetch_related("aliases"):
        names = [speaker.name, *(a.alias for a in speaker.aliases.all())]
        if any(same_person(parse_name(n), parsed) for n in names):
            return speaker
    return None


def find_speaker(name: str, kind: str = PERSON, *, typed: bool = False) -> Speaker | None:
    """The speaker a full name or organisation name is, if one is stored.

    People: an exact full alias, else the same structure ("Hillary Rodham Clinton" finds
    Hillary Clinton). A bare name finds nobody, unless an editor `typed` it: then the one
    speaker holding it as an alias (the editor sees whom it found, and can undo).
    """
    if found := _by_alias(name, kind):
        return found
    parsed = parse_name(name)
    if kind == PERSON and not parsed.is_bare:
        return _by_structure(parsed)
    if typed:
        alias = SpeakerAlias.objects.filter(normalised=normalise_name(name)).first()
        return alias.speaker if alias else None
    return None


def refresh_family_key(speaker_id: int) -> None:
    """After a rename or a change of kind: the key people are looked up by."""
    speaker = Speaker.objects.filter(pk=speaker_id).only("name", "kind").first()
    if speaker is not None:
        key = parse_name(speaker.name).family_key if speaker.kind == PERSON else ""
        Speaker.objects.filter(pk=speaker_id).update(family_key=key[:200])


def add_alias(speaker: Speaker, alias: str, *, by_editor: bool = False) -> SpeakerAlias | None:
    """Record a name a speaker was really called; return the new row, if any.

    A person's alias is the name without its role ("FBI Director James Comey" gives
    "James Comey"); bare names and descriptions are not recorded. What an editor or the
    registry gives (`by_editor`) is recorded as written. A name another speaker holds is not
    recorded twice.
    """
    text = " ".join(alias.split())
    if not by_editor:
        if speaker.kind == PERSON:
            parsed = parse_name(text)
            if not check_mention(text).accepted or (
                parsed.is_bare and not _own_part(speaker, parsed.family)
            ):
                return None
            text = parsed.name
        elif not check_mention(text, speaker.kind).accepted:
            return None
    key = normalise_name(text)
    if not key or len(text) > 200 or SpeakerAlias.objects.filter(normalised=key).exists():
        return None
    return SpeakerAlias.objects.create(speaker=speaker, alias=text, normalised=key)


def _own_part(speaker: Speaker, word: str) -> bool:
    """A bare name that is the speaker's own family or given name ("Pompeo", "Mike")."""
    own = parse_name(speaker.name)
    return bool(word) and fold(word) in {own.family_key, fold(own.given)}


def create_speaker(name: str, kind: str = PERSON, role: str = "", **fields) -> Speaker:
    """A new speaker row with its name as its first alias."""
    name = " ".join(name.split())
    family = parse_name(name).family_key if kind == PERSON else ""
    speaker = Speaker.objects.create(
        name=name, slug=unique_slug(name), kind=kind, role=role, family_key=family, **fields
    )
    add_alias(speaker, name, by_editor=True)
    return speaker


def same_role(speaker: Speaker, title: str) -> SpeakerRole | None:
    """The speaker's role written the same way but for case and dots ("U.S."/"US")."""
    key = fold(title)
    return next((r for r in speaker.roles.all() if fold(r.title) == key), None)


def record_role(speaker: Speaker, title: str, day: dt.date | None) -> None:
    """A role an article gave the speaker, dated by the article; the latest is current."""
    title = clean_role(title)
    if not title:
        return
    role = same_role(speaker, title)
    if role is None:
        role = SpeakerRole.objects.create(
            speaker=speaker, title=title, first_date=day, last_date=day
        )
    else:
        role.articles += 1
        if day and (role.first_date is None or day < role.first_date):
            role.first_date = day
        if day and (role.last_date is None or day > role.last_date):
            role.last_date = day
        role.save(update_fields=["articles", "first_date", "last_date"])
    latest = speaker.roles.first()
    if latest and speaker.role != latest.title and (not speaker.role or day):
        edited = Correction.objects.filter(
            target_type="speaker", target_id=speaker.pk, action="edit_role", undone_by=None
        ).exists()
        if not edited:  # a role an editor set stays the current one
            speaker.role = latest.title
            speaker.save(update_fields=["role"])


def get_or_create_speaker(name: str, kind: str = PERSON, role: str = "") -> Speaker:
    """The speaker a full name is, created if none is stored (editors, the registry, tests)."""
    speaker = find_speaker(name, kind) or create_speaker(name, kind)
    if role:
        record_role(speaker, role, None)
    return speaker


@dataclass(frozen=True)
class Attribution:
    """What is stored on one quotation about its speaker."""

    speaker: Speaker | None
    description: str = ""
    ambiguous: bool = False


def _speaker_for(decision: Decision, day: dt.date | None, seen: dict) -> Speaker:
    key = (decision.kind, decision.name)
    speaker = seen.get(key)
    if speaker is None:
        speaker = find_speaker(decision.name, decision.kind)
        if speaker is None:
            speaker = create_speaker(decision.name, decision.kind)
        elif decision.parsed is not None:
            add_alias(speaker, decision.name)
        seen[key] = speaker
    if decision.role:
        record_role(speaker, decision.role, day)
    return speaker


def resolve_article(
    quotes: tuple[Quote, ...] | list[Quote],
    entities: tuple[Entity, ...],
    text: str,
    day: dt.date | None,
) -> list[Attribution]:
    """One attribution per quote of an article, creating only the speakers it names."""
    seen: dict = {}
    roles_done: set = set()
    aliased: set = set()
    mentions = {e.name: [m.text for m in e.mentions] for e in entities}
    out = []
    for quote, decision in zip(quotes, decide_article(quotes, entities, text), strict=True):
        if decision.status == NAMED:
            once = (decision.kind, decision.name, decision.role)
            plain = decision if once not in roles_done else _without_role(decision)
            roles_done.add(once)
            speaker = _speaker_for(plain, day, seen)
            out.append(Attribution(speaker))
            if decision.kind == PERSON and (speaker.pk, quote.speaker) not in aliased:
                # Names the article called this person: "Pompeo", "Mr Pompeo", not "he".
                aliased.add((speaker.pk, quote.speaker))
                for written in {quote.speaker or "", *mentions.get(quote.speaker, [])}:
                    if len(written) <= 200:
                        add_alias(speaker, written)
        elif decision.status == UNNAMED:
            out.append(Attribution(None, decision.description[:300]))
        elif decision.status == AMBIGUOUS:
            out.append(Attribution(None, decision.description[:300], ambiguous=True))
        else:
            out.append(Attribution(None))
    return out


def _without_role(decision: Decision) -> Decision:
    return Decision(decision.status, decision.kind, decision.name, decision.parsed)


# Finding speakers by a typed query -----------------------------------------------------------


def speaker_names() -> list[tuple[int, str]]:
    """(speaker id, name or alias): what `rank_speakers` ranks and the review queue marks in
    an article's text; cached for the data generation."""
    version = current().value
    names = cache.get("tracker:speaker-names", version=version)
    if names is None:
        names = list(Speaker.objects.values_list("pk", "name"))
        names += list(SpeakerAlias.objects.values_list("speaker_id", "alias"))
        cache.set("tracker:speaker-names", names, 600, version=version)
    return names


def rank_speakers(query: str, limit: int = 20, exclude: int | None = None) -> list[int]:
    """Speaker ids for a typed query: exact and prefix matches of any name part first, then
    fuzzy ones (typos: "Pompio"), each weighted by how often the speaker is quoted."""
    from tracker.services.timelines import activity  # timelines ranks with this finder

    if not query.strip():
        return []
    counts = {pk: n for pk, (n, _, _) in activity().speakers.items()}
    ranked = rank_names(query, speaker_names(), counts, limit=limit + 1)
    return [pk for pk in ranked if pk != exclude][:limit]


def ranked_speakers(query: str, limit: int = 8, exclude: int | None = None) -> list[Speaker]:
    """The Speaker rows of `rank_speakers`, in order."""
    ids = rank_speakers(query, limit, exclude)
    found = Speaker.objects.in_bulk(ids)
    return [found[pk] for pk in ids if pk in found]
