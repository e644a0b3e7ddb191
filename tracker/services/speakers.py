"""Speaker rows: the one place that finds, creates and names them.

`resolve_article` takes every quotation of one article at once (so ingest can batch it):
`tracker.identity.decide_article` decides, without the database, who each quotation's speaker
is; here each named speaker is found or created. Across articles a person is found on the
structure of their name (same family and given name, no disagreeing middle initial or
suffix), an organisation on its name or an alias. A bare name is resolved by its article;
one the article leaves open with nobody of that family in it goes to rule
`one_of_the_family` (`family_member`; tracker.identity.family), which binds it only to the
store's one, or clearly dominant, person of that family, and keeps the bare name as the
quotation's description; otherwise it stays ambiguous on the quotation.

`find_speaker` (exact identity of a typed name), `family_member` (a bare family name) and
`rank_speakers` (search and autocomplete) are the only speaker finders; `add_alias` is the
only alias creator.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from dataclasses import dataclass

from django.core.cache import cache
from django.db import connection
from django.db.models import Case, Count, F, Q, When
from django.utils.text import slugify

from tracker.bulk import backend
from tracker.extraction.types import Entity, Quote
from tracker.identity import check_mention, decide_article, parse_name, same_person
from tracker.identity.article import (
    AMBIGUOUS,
    KNOWN_ONLY_AS,
    NAMED,
    NAMES_NOBODY,
    UNNAMED,
    Decision,
    known_label,
)
from tracker.identity.family import Member, bind_family_name
from tracker.identity.names import (
    ParsedName,
    accented_spelling,
    clean_role,
    double_family_name,
    fold,
)
from tracker.identity.ranking import rank_names
from tracker.models import (
    Correction,
    Quotation,
    Speaker,
    SpeakerAlias,
    SpeakerRedirect,
    SpeakerRole,
)
from tracker.names import normalise_name
from tracker.services.generation import current

PERSON = Speaker.Kind.PERSON


def _slug_base(name: str) -> str:
    return slugify(name)[:200] or "speaker"


def unique_slug(name: str) -> str:
    """A free address: not another speaker's, nor one a merged speaker left behind."""
    base = _slug_base(name)
    slug, n = base, 1
    while (
        Speaker.objects.filter(slug=slug).exists()
        or SpeakerRedirect.objects.filter(old_slug=slug).exists()
    ):
        n += 1
        slug = f"{base}-{n}"
    return slug


def name_lock_keys(name: str, kind: str = PERSON) -> dict[str, bool]:
    """Rule `name_locks`: the locks a worker takes to create this name (a new speaker, or a
    person's new alias), key -> exclusive: its normalised form and, for a person's full
    name, its family narrowed to the given name's initial (`same_person` matches only
    names whose given names begin alike), with the whole family shared; the whole family
    exclusive if the name has no given name to narrow by. So "Ivanka Trump" and "Donald J.
    Trump" may be created at once, "Donald Trump" and "Donald J. Trump" not.

    >>> name_lock_keys("Donald J. Trump")
    {'donald j trump': True, 'family:trump:d': True, 'family:trump': False}
    >>> name_lock_keys("Trump campaign", "organisation")
    {'trump campaign': True}
    """
    keys = {normalise_name(name): True}
    parsed = parse_name(name)
    if kind == PERSON and not parsed.is_bare and parsed.family_key:
        family = "family:" + parsed.family_key
        if initial := parsed.given_key[:1]:
            keys[f"{family}:{initial}"] = True
            keys.setdefault(family, False)
        else:
            keys[family] = True
    return {k: exclusive for k, exclusive in keys.items() if k}


def alias_finds(speaker: Speaker, key: str) -> bool:
    """Rule: an alias written exactly so finds its speaker, but a one-word alias finds only
    an organisation ("Clinton" or "Donald" is nobody in particular across articles)."""
    return not (speaker.kind == PERSON and " " not in key)


def same_structure(parsed: ParsedName, candidates: Iterable[tuple[Speaker, list[str]]]):
    """Rule: the first candidate (registry rows first, then oldest) whose name or a full
    alias is the same person's name as `parsed`."""
    for speaker, names in candidates:
        if any(same_person(parse_name(n), parsed) for n in names):
            return speaker
    return None


def _by_structure(parsed: ParsedName) -> Speaker | None:
    candidates = Speaker.objects.filter(family_key=parsed.family_key, kind=PERSON).order_by(
        "-registered", "pk"
    )
    return same_structure(
        parsed,
        (
            (speaker, [speaker.name, *(a.alias for a in speaker.aliases.all())])
            for speaker in candidates.prefetch_related("aliases")
        ),
    )


def find_speaker(name: str, kind: str = PERSON, *, typed: bool = False) -> Speaker | None:
    """The speaker a full name or organisation name is, if one is stored.

    People: an exact full alias, else the same structure ("Hillary Rodham Clinton" finds
    Hillary Clinton). A bare name finds nobody, unless an editor `typed` it: then the one
    speaker holding it as an alias (the editor sees whom it found, and can undo).
    """
    key = normalise_name(name)
    alias = key and SpeakerAlias.objects.select_related("speaker").filter(normalised=key).first()
    if alias and alias_finds(alias.speaker, key):
        return alias.speaker
    parsed = parse_name(name)
    if kind == PERSON and not parsed.is_bare:
        return _by_structure(parsed)
    return alias.speaker if typed and alias else None


def quoted_in_full(families: Iterable[str]) -> dict[int, int]:
    """Speaker id -> the articles that attribute a quotation to that person under a full
    name, for the people of these families: the evidence of `family.bind_family_name` (a
    quotation it bound keeps the bare name as its description and is not counted)."""
    rows = (
        Quotation.objects.filter(
            speaker__family_key__any_of=families, speaker__kind=PERSON, speaker_description=""
        )
        .values("speaker_id")
        .annotate(n=Count("source_id", distinct=True))
    )
    return {row["speaker_id"]: row["n"] for row in rows}


def family_member(
    bare: str, *, gender: str | None = None, text: str = "", title: str = ""
) -> Speaker | None:
    """Rule `one_of_the_family` (tracker.identity.family): the stored person a bare family
    name is, when its article names nobody of that family ("Obama" -> Barack Obama)."""
    key = parse_name(bare).family_key
    people = list(Speaker.objects.filter(family_key=key, kind=PERSON).order_by("-registered", "pk"))
    return _family_verdict(
        bare, people, quoted_in_full([key]), gender, text, lambda sp: sp.pk, title
    )


def _family_verdict(bare, people, quoted, gender, text, key, title="") -> Speaker | None:
    """The pure rule over stored people and their counts (`quoted`, by `key(speaker)`)."""
    members = [Member(sp.name, quoted.get(key(sp), 0), sp.role) for sp in people]
    verdict = bind_family_name(bare, members, gender=gender, text=text, title=title)
    return people[verdict.index] if verdict.index is not None else None


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
    text = alias_text(speaker, alias, by_editor)
    key = normalise_name(text or "")
    if not key or SpeakerAlias.objects.filter(normalised=key).exists():
        return None
    return SpeakerAlias.objects.create(speaker=speaker, alias=text, normalised=key)


def alias_text(speaker: Speaker, alias: str, by_editor: bool = False) -> str | None:
    """Rule: the alias to record for a name the speaker was called, or None (see add_alias)."""
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
    return text if len(text) <= 200 else None


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
        one_more_article(role, day)
        role.save(update_fields=["articles", "first_date", "last_date"])
    latest = speaker.roles.first()
    if takes_role(speaker, latest, day) and not _role_edited([speaker.pk]):
        speaker.role = latest.title
        speaker.save(update_fields=["role"])


def one_more_article(role: SpeakerRole, day: dt.date | None) -> None:
    """Rule: a role given again by an article dated `day` widens its dates."""
    role.articles += 1
    if day and (role.first_date is None or day < role.first_date):
        role.first_date = day
    if day and (role.last_date is None or day > role.last_date):
        role.last_date = day


def takes_role(speaker: Speaker, latest: SpeakerRole | None, day: dt.date | None) -> bool:
    """Rule: the latest role becomes the current one when it differs and the speaker has
    none or the article is dated (an editor's role stays: see `_role_edited`)."""
    return bool(latest and speaker.role != latest.title and (not speaker.role or day))


def _role_edited(speaker_ids: Iterable[int]) -> set[int]:
    """The speakers whose current role an editor set (it stays the current one)."""
    return set(
        Correction.objects.filter(
            target_type="speaker",
            target_id__any_of=speaker_ids,
            action=Correction.Action.EDIT_ROLE,
            undone_by=None,
        ).values_list("target_id", flat=True)
    )


def _name_edited(speaker_id: int) -> bool:
    """Whether an editor renamed the speaker (the name then stays as they wrote it)."""
    return Correction.objects.filter(
        target_type="speaker",
        target_id=speaker_id,
        action=Correction.Action.EDIT_NAME,
        undone_by=None,
    ).exists()


def get_or_create_speaker(name: str, kind: str = PERSON, role: str = "") -> Speaker:
    """The speaker a full name is, created if none is stored (the tests build stores with it)."""
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


class SpeakerBook:
    """The speakers a batch of articles may name, read in five queries, and what the batch
    adds to them, written in bulk by `save()`: ingest resolves 20 articles' speakers in a
    handful of queries instead of several per speaker. It applies the same rules as the
    one-off finders above (`alias_finds`, `same_structure`, `alias_text`, `one_more_article`,
    `takes_role`); a speaker created by one article is found by the next ones.

    The names of the articles given to `__init__` are read at once; any other name met later
    (a regnal "Pope Francis" read off the text) is read when it is met, so the book always
    knows what the database knows. A bare name its article leaves open goes to the rule
    `one_of_the_family` as `family_member` applies it, with the batch's earlier articles
    counted as if they were stored.
    """

    def __init__(self, articles: Iterable[tuple[Iterable[Quote], Iterable[Entity]]]) -> None:
        # Keyed by id(speaker): one object per speaker, stored or new (new ones have no pk).
        self.owner: dict[str, Speaker] = {}  # alias key -> speaker
        self.names: dict[int, list[str]] = {}  # a person's name and aliases
        self.family: dict[str, list[Speaker]] = {}  # family key -> people, registry first
        # family key -> given name key -> where in self.family its people have a name (or an
        # alias) so given: `find` weighs only those who can be the same person.
        self._given: dict[str, dict[str, list[int]]] = {}
        self._place: dict[int, int] = {}  # id(person) -> where in its family
        self.roles: dict[int, list[SpeakerRole]] = {}
        self.edited_role: set[int] = set()
        self.quoted: dict[int, int] = {}  # articles quoting a person under a full name
        self._stored: dict[int, Speaker] = {}  # pk -> the one object
        self._keys: set[str] = set()
        self._families: set[str] = set()
        self._uncounted: set[str] = set()  # families read whose articles are not counted yet
        self._alias_ids: set[int] = set()  # the stored aliases read (`stale`)
        self._role_ids: set[int] = set()  # the stored roles read
        self.new_speakers: list[Speaker] = []
        self.new_aliases: list[SpeakerAlias] = []
        self.new_roles: list[SpeakerRole] = []
        # Stored rows changed, written relatively (`save_counts`), so two workers touching
        # the same speaker need no lock on it: role pk -> [articles added, first, last day].
        self.role_counts: dict[int, list] = {}
        # Stored speakers whose current role the batch may change: pk -> given by a dated
        # article (else by undated ones only: taken only by a speaker with no role).
        self.role_settle: dict[int, bool] = {}
        self.respelled: dict[int, str] = {}  # stored person pk -> accented name (`respell`)
        keys: set[str] = set()
        families: set[str] = set()
        written: set[str] = set()  # each name once: "Trump" is written hundreds of times
        for quotes, entities in articles:
            written.update(q.speaker for q in quotes if q.speaker)
            for entity in entities:
                written.add(entity.name)
                written.update(m.text for m in entity.mentions)
        for name in written:
            _lookups(name, keys, families)
        self._load(keys, families)
        self._known_names = written  # names whose keys and family are read (`_know`)

    def _know(self, name: str) -> None:
        """Read what a name met after `__init__` may be stored under (once per name: the
        book resolves "Trump" hundreds of times a batch, and a second read finds nothing
        new to read)."""
        if name in self._known_names:
            return
        self._known_names.add(name)
        keys: set[str] = set()
        families: set[str] = set()
        _lookups(name, keys, families)
        self._load(keys, families)

    def _load(self, keys: set[str], families: set[str]) -> None:
        """Read the aliases and people of the keys and families not read yet (four queries)."""
        keys, families = keys - self._keys - {""}, families - self._families
        if not keys and not families:
            return
        self._keys |= keys
        self._families |= families
        fresh: list[Speaker] = []

        def one(speaker: Speaker) -> Speaker:
            if speaker.pk not in self._stored:
                self._stored[speaker.pk] = speaker
                fresh.append(speaker)
            return self._stored[speaker.pk]

        # Rows as tuples, a Speaker built once per speaker (not one per alias row read).
        if keys:
            fields = [f.attname for f in Speaker._meta.concrete_fields]
            aliases = SpeakerAlias.objects.filter(normalised__any_of=keys).values_list(
                "pk", "normalised", *(f"speaker__{name}" for name in fields)
            )
            for pk, normalised, *values in aliases:
                self._alias_ids.add(pk)
                speaker = self._stored.get(values[0]) or one(
                    Speaker.from_db(aliases.db, fields, values)
                )
                self.owner.setdefault(normalised, speaker)
        if families:
            people = list(
                Speaker.objects.filter(family_key__any_of=families, kind=PERSON).order_by(
                    "-registered", "pk"
                )
            )
            held: dict[int, list[str]] = {person.pk: [] for person in people}
            rows = SpeakerAlias.objects.filter(speaker_id__any_of=held).order_by("alias")
            for pk, speaker_id, alias in rows.values_list("pk", "speaker_id", "alias"):
                self._alias_ids.add(pk)
                held[speaker_id].append(alias)
            for person in people:
                speaker = one(person)
                if id(speaker) not in self.names:
                    self.names[id(speaker)] = [person.name, *held[person.pk]]
                    self._join_family(speaker, person.family_key)
            # Their articles are counted only if a bare name asks (`family_member`): the count
            # reads every quotation of the family, which grows with the store.
            self._uncounted |= families
        if fresh:
            by_pk = {speaker.pk: speaker for speaker in fresh}
            for speaker in fresh:
                self.roles[id(speaker)] = []
            for role in SpeakerRole.objects.filter(speaker_id__any_of=by_pk):
                self._role_ids.add(role.pk)
                self.roles[id(by_pk[role.speaker_id])].append(role)
            self.edited_role |= _role_edited(by_pk)

    # Finding and creating, as find_speaker / create_speaker / add_alias / record_role do.

    def find(self, name: str, kind: str) -> Speaker | None:
        self._know(name)
        key = normalise_name(name)
        found = self.owner.get(key) if key else None
        if found is not None and alias_finds(found, key):
            return found
        parsed = parse_name(name)
        if kind == PERSON and not parsed.is_bare:
            found = same_structure(
                parsed, ((sp, self.names[id(sp)]) for sp in self._may_be(parsed))
            )
            return found or self._under_double_family_name(parsed)
        return None

    def _under_double_family_name(self, parsed: ParsedName) -> Speaker | None:
        """Rule `double_family_name`, the other way: "Michelle Rempel Garner" is the person
        stored as "Rempel Garner" (an article named her so before any gave her in full),
        unless that row already holds someone else's full name ("Anna Rempel Garner")."""
        double = double_family_name(parsed)
        key = normalise_name(double or "")
        other = self.owner.get(key) if key else None
        if other is None or other.kind != PERSON or normalise_name(other.name) != key:
            return None
        for name in self.names.get(id(other), ()):
            known = parse_name(name)
            if normalise_name(name) != key and not known.is_bare and not same_person(
                known, parsed
            ):
                return None
        return other

    def _join_family(self, speaker: Speaker, family: str) -> None:
        people = self.family.setdefault(family, [])
        self._place[id(speaker)] = len(people)
        people.append(speaker)
        for name in self.names[id(speaker)]:
            self._index_name(speaker, name)

    def _index_name(self, speaker: Speaker, name: str) -> None:
        parsed = parse_name(name)
        if not parsed.is_bare and parsed.family_key == speaker.family_key:
            given = self._given.setdefault(speaker.family_key, {})
            given.setdefault(parsed.given_key, []).append(self._place[id(speaker)])

    def _may_be(self, parsed: ParsedName) -> list[Speaker]:
        """The people of the name's family, in the family's order, who have a name the same
        person's can be (`same_person`): the same given name, its initial or none (or, for an
        initial, all of them): one family of thousands stays linear to resolve."""
        people = self.family.get(parsed.family_key, [])
        given, index = parsed.given_key, self._given.get(parsed.family_key, {})
        if len(given) < 2 and not parsed.eastern:
            return people
        keys = (given,) if parsed.eastern else (given, given[0], "")
        places = sorted({place for key in keys for place in index.get(key, ())})
        return [people[place] for place in places]

    def family_member(self, decision: Decision, text: str) -> Speaker | None:
        """As `family_member` above, from what the book holds."""
        bare = decision.description
        self._know(bare)
        family = parse_name(bare).family_key
        if family in self._uncounted:
            self._uncounted.discard(family)
            for pk, n in quoted_in_full([family]).items():
                if pk in self._stored:
                    key = id(self._stored[pk])
                    self.quoted[key] = self.quoted.get(key, 0) + n
        people = self.family.get(family, [])
        return _family_verdict(
            bare, people, self.quoted, decision.gender, text, id, decision.role
        )

    def create(self, name: str, kind: str) -> Speaker:
        name = " ".join(name.split())
        family = parse_name(name).family_key[:200] if kind == PERSON else ""
        speaker = Speaker(name=name, kind=kind, family_key=family)
        self.new_speakers.append(speaker)
        self.roles[id(speaker)] = []
        if kind == PERSON:
            self.names[id(speaker)] = []
            self._join_family(speaker, family)
        self.alias(speaker, name, by_editor=True)
        if kind == PERSON and (double := double_family_name(parse_name(name))):
            self.alias(speaker, double, by_editor=True)  # "Rempel Garner" finds her
        return speaker

    def alias(self, speaker: Speaker, written: str, by_editor: bool = False) -> None:
        self._know(written)
        text = alias_text(speaker, written, by_editor)
        key = normalise_name(text or "")
        if not key or key in self.owner:
            return
        self.owner[key] = speaker
        if id(speaker) in self.names:
            self.names[id(speaker)].append(text)
            self._index_name(speaker, text)
        self.new_aliases.append(SpeakerAlias(speaker=speaker, alias=text, normalised=key))

    def respell(self, speaker: Speaker, written: str) -> None:
        """Rule `accented_spelling` (tracker.identity.names): a person found under a name
        written without its accents takes the accented spelling ("Felipe Calderon" becomes
        "Felipe Calderón"), unless an editor or the registry named them."""
        better = accented_spelling(speaker.name, written)
        if better is None or speaker.registered:
            return
        if speaker.pk is not None:
            if _name_edited(speaker.pk):
                return
            self.respelled[speaker.pk] = better
        speaker.name = better

    def role(self, speaker: Speaker, title: str, day: dt.date | None) -> None:
        title = clean_role(title)
        if not title:
            return
        roles = self.roles[id(speaker)]
        role = next((r for r in roles if fold(r.title) == fold(title)), None)
        if role is None:
            role = SpeakerRole(speaker=speaker, title=title, first_date=day, last_date=day)
            roles.append(role)
            self.new_roles.append(role)
        else:
            one_more_article(role, day)
            if role.pk is not None:
                added = self.role_counts.setdefault(role.pk, [0, day, day])
                added[0] += 1
                if day:
                    added[1] = min(added[1] or day, day)
                    added[2] = max(added[2] or day, day)
        roles.sort(key=_role_order)
        latest = roles[0]
        if speaker.pk is not None and speaker.pk not in self.edited_role:
            # Decided again from the stored roles once they are counted (`save_counts`).
            self.role_settle[speaker.pk] = self.role_settle.get(speaker.pk, False) or bool(day)
        if takes_role(speaker, latest, day) and speaker.pk not in self.edited_role:
            speaker.role = latest.title

    def speaker(self, decision: Decision, day: dt.date | None, seen: dict) -> Speaker:
        key = (decision.kind, decision.name)
        speaker = seen.get(key)
        if speaker is None and decision.rule == KNOWN_ONLY_AS:
            # "the base chief known as Bob": found by name and description, never by "Bob"
            label = known_label(decision.name, decision.role)
            speaker = seen[key] = self.find(label, decision.kind) or self.create(
                decision.name, decision.kind
            )
            self.alias(speaker, label, by_editor=True)
        if speaker is None:
            speaker = self.find(decision.name, decision.kind)
            if speaker is None:
                speaker = self.create(decision.name, decision.kind)
            elif decision.parsed is not None:
                self.respell(speaker, decision.name)
                self.alias(speaker, decision.name)
            seen[key] = speaker
        if decision.role:
            self.role(speaker, decision.role, day)
        return speaker

    def resolve(
        self,
        quotes: tuple[Quote, ...] | list[Quote],
        entities: tuple[Entity, ...],
        text: str,
        day: dt.date | None,
        decisions: list[Decision] | None = None,
    ) -> list[Attribution]:
        """One attribution per quote of an article, creating only the speakers it names.
        `decisions`: `decide_article(quotes, entities, text)`, if worked out already (ingest
        does it before its transaction: it needs no database)."""
        if decisions is None:
            decisions = decide_article(quotes, entities, text)
        seen: dict = {}
        roles_done: set = set()
        aliased: set = set()
        mentions = {e.name: [m.text for m in e.mentions] for e in entities}
        out = []
        for quote, decision in zip(quotes, decisions, strict=True):
            if decision.status == NAMED:
                once = (decision.kind, decision.name, decision.role)
                plain = decision if once not in roles_done else _without_role(decision)
                roles_done.add(once)
                speaker = self.speaker(plain, day, seen)
                out.append(Attribution(speaker))
                if decision.kind == PERSON and (id(speaker), quote.speaker) not in aliased:
                    # Names the article called this person: "Pompeo", "Mr Pompeo", not "he".
                    aliased.add((id(speaker), quote.speaker))
                    for written in {quote.speaker or "", *mentions.get(quote.speaker, [])}:
                        if len(written) <= 200:
                            self.alias(speaker, written)
            elif decision.status == UNNAMED:
                out.append(Attribution(None, decision.description[:300]))
            elif decision.status == AMBIGUOUS:
                member = None
                if decision.rule == NAMES_NOBODY and decision.kind == PERSON:
                    member = self.family_member(decision, text)
                if member is not None:  # the bare name stays as its description
                    out.append(Attribution(member, decision.description[:300]))
                else:
                    out.append(Attribution(None, decision.description[:300], ambiguous=True))
            else:
                out.append(Attribution(None))
        # One more article for each person it quotes under a full name, as if stored before
        # the batch's next article is decided.
        for key in {id(a.speaker) for a in out if a.speaker is not None and not a.description}:
            self.quoted[key] = self.quoted.get(key, 0) + 1
        return out

    def save(self) -> None:
        """Write what the batch added (`save_new`, then `save_counts`). Call inside the
        storing transaction."""
        self.save_new()
        self.save_counts()

    def lock_keys(self) -> dict[str, bool]:
        """The names the batch creates, as lock keys (tracker.services.locks) -> exclusive:
        a new speaker's name and slug, a new alias (`name_lock_keys`), a new role of a
        stored speaker. A batch that creates nothing needs no lock: what it found by reading
        stays true (nothing is deleted)."""
        keys: dict[str, bool] = {}

        def add(key: str, exclusive: bool = True) -> None:
            keys[key] = keys.get(key, False) or exclusive

        for speaker in self.new_speakers:
            for key, exclusive in name_lock_keys(speaker.name, speaker.kind).items():
                add(key, exclusive)
            add("slug:" + _slug_base(speaker.name))
        for alias in self.new_aliases:
            for key, exclusive in name_lock_keys(alias.alias, alias.speaker.kind).items():
                add(key, exclusive)
            add(alias.normalised)
        for role in self.new_roles:
            if role.speaker.pk is not None:
                add(f"role:{role.speaker.pk}:{fold(role.title)}")
        return keys

    def stale(self) -> bool:
        """Whether another writer stored, since the book read them, an alias, a person or a
        role that the names it creates depend on (called once their locks are held: then a
        fresh read sees every other writer's). If so, decide the batch again."""
        keys = {a.normalised for a in self.new_aliases}
        families = {k.split(":")[1] for k in self.lock_keys() if k.startswith("family:")}
        if keys or families:
            found = SpeakerAlias.objects.filter(
                Q(normalised__any_of=keys)
                | Q(speaker__family_key__any_of=families, speaker__kind=PERSON)
            ).values_list("pk", flat=True)
            if not set(found) <= self._alias_ids:
                return True
        if families:
            people = Speaker.objects.filter(family_key__any_of=families, kind=PERSON)
            if not set(people.values_list("pk", flat=True)) <= self._stored.keys():
                return True
        speakers = {r.speaker.pk for r in self.new_roles if r.speaker.pk is not None}
        if speakers:
            roles = SpeakerRole.objects.filter(speaker_id__any_of=speakers)
            if not set(roles.values_list("pk", flat=True)) <= self._role_ids:
                return True
        return False

    def save_new(self) -> None:
        """Insert the new speakers (with free slugs), aliases and roles: under the locks of
        `lock_keys`."""
        if self.new_speakers:
            slugs = _free_slugs([sp.name for sp in self.new_speakers])
            for speaker, slug in zip(self.new_speakers, slugs, strict=True):
                speaker.slug = slug
            backend().create(Speaker, self.new_speakers)
        backend().create(SpeakerAlias, self.new_aliases)
        backend().create(SpeakerRole, self.new_roles)
        self.new_speakers, self.new_aliases, self.new_roles = [], [], []

    def save_counts(self) -> None:
        """Count the batch's articles into the stored roles (relative updates: articles + n,
        the dates widened), then give each stored speaker whose roles it touched the current
        role rule `takes_role` gives from the stored roles: the latest, after a dated
        article or for a speaker with none. Row updates: ingest calls it where workers take
        turns anyway (under the link lock), so no worker waits on another's rows."""
        for pk, name in sorted(self.respelled.items()):
            Speaker.objects.filter(pk=pk).update(name=name, version=F("version") + 1)
        self.respelled = {}
        if self.role_counts:
            _add_role_articles(self.role_counts)
        if self.role_settle:
            latest: dict[int, tuple[str, str]] = {}
            rows = SpeakerRole.objects.filter(speaker_id__any_of=self.role_settle)
            for pk, title, current in rows.values_list("speaker_id", "title", "speaker__role"):
                latest.setdefault(pk, (title, current))  # SpeakerRole's order: latest first
            changed = [
                Speaker(pk=pk, role=title)
                for pk, (title, current) in latest.items()
                if title != current and (self.role_settle[pk] or not current)
            ]
            if changed:
                Speaker.objects.bulk_update(changed, ["role"])
        self.role_counts, self.role_settle = {}, {}


def _add_role_articles(counts: dict[int, list]) -> None:
    """Rule `one_more_article` applied relatively to stored roles: role pk -> [articles,
    first day, last day] added (one statement on PostgreSQL)."""
    if connection.vendor == "postgresql":
        table = connection.ops.quote_name(SpeakerRole._meta.db_table)
        pks = sorted(counts)
        with connection.cursor() as cursor:
            cursor.execute(
                f"UPDATE {table} AS r SET articles = r.articles + v.n,"
                " first_date = LEAST(r.first_date, v.f), last_date = GREATEST(r.last_date, v.l)"
                " FROM unnest(%s::bigint[], %s::int[], %s::date[], %s::date[]) AS v(id, n, f, l)"
                " WHERE r.id = v.id",
                [pks, *([counts[pk][i] for pk in pks] for i in range(3))],
            )
        return
    for pk, (n, first, last) in sorted(counts.items()):
        values: dict = {"articles": F("articles") + n}
        if first:
            values["first_date"] = Case(
                When(Q(first_date=None) | Q(first_date__gt=first), then=first),
                default=F("first_date"),
            )
        if last:
            values["last_date"] = Case(
                When(Q(last_date=None) | Q(last_date__lt=last), then=last),
                default=F("last_date"),
            )
        SpeakerRole.objects.filter(pk=pk).update(**values)


def _lookups(name: str, keys: set[str], families: set[str]) -> None:
    """Add the alias keys a written name may be stored under, and its family if it is a full
    name, to `keys` and `families`."""
    parsed = parse_name(name)
    keys.update((normalise_name(name), normalise_name(parsed.name)))
    if double := double_family_name(parsed):  # the alias `SpeakerBook.create` records
        keys.add(normalise_name(double))
    if parsed.family_key:  # a bare one too: rule `one_of_the_family` reads its people
        families.add(parsed.family_key)


def _role_order(role: SpeakerRole) -> tuple:
    """SpeakerRole's ordering in Python: the latest last date first (undated last), then the
    title."""
    last = role.last_date
    return (last is None, -last.toordinal() if last else 0, role.title)


SLUG_TRIES = 9


def _free_slugs(names: list[str]) -> list[str]:
    """A free address for each new name, as `unique_slug` gives, in two queries: the base
    slug or base-2 ... base-9; past those, unique_slug's own search."""
    bases = [_slug_base(name) for name in names]
    tries = {
        base if n == 1 else f"{base}-{n}" for base in bases for n in range(1, SLUG_TRIES + 1)
    }
    q = connection.ops.quote_name
    taken: set[str] = set()
    with connection.cursor() as cursor:  # raw, one array parameter: hundreds of candidates
        for table, column in ((Speaker, "slug"), (SpeakerRedirect, "old_slug")):
            sql = f"SELECT {column} FROM {q(table._meta.db_table)} WHERE {column} {{match}}"
            taken.update(slug for (slug,) in backend().select_in(cursor, sql, sorted(tries)))
    out = []
    for base in bases:
        free = (base if n == 1 else f"{base}-{n}" for n in range(1, SLUG_TRIES + 1))
        slug = next((c for c in free if c not in taken), None) or _unique_past(base, taken)
        taken.add(slug)
        out.append(slug)
    return out


def _unique_past(base: str, taken: set[str]) -> str:
    n = SLUG_TRIES
    while True:
        n += 1
        slug = f"{base}-{n}"
        if slug not in taken and unique_slug(slug) == slug:
            return slug


def resolve_article(
    quotes: tuple[Quote, ...] | list[Quote],
    entities: tuple[Entity, ...],
    text: str,
    day: dt.date | None,
) -> list[Attribution]:
    """One article's attributions, its new speakers written at once (`SpeakerBook`)."""
    book = SpeakerBook([(quotes, entities)])
    out = book.resolve(quotes, entities, text, day)
    book.save()
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
