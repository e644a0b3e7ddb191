"""Names of people and organisations: finding them, reading titles, resolving short forms."""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from .lexicon import (
    DATES,
    DEMONYMS,
    FEMALE_NAMES,
    FEMALE_TITLES,
    MALE_NAMES,
    MALE_TITLES,
    ORG_WORDS,
    PLACES,
    STOP,
    TITLE_WORDS,
)
from .types import ORGANISATION, PERSON


def _split(s: str) -> list[str]:
    return s.split()

# A word: letters (any script), inner apostrophes, hyphens and dots ("U.S.", "O'Brien").
_TOKEN = re.compile(r"[^\W\d_][\w'’.\-]*")
_JOINERS = frozenset(_split("de da del der di du van von bin ibn al el la le of for"))
_POSSESSIVE = re.compile(r"['’]s?$")


@dataclass
class NameMention:
    start: int
    end: int
    text: str  # the whole capitalised sequence, titles included
    name: tuple[str, ...]  # the name proper: ("Mike", "Pompeo")
    kind: str  # PERSON or ORGANISATION
    role: str | None = None  # the title part: "U.S. Secretary of State"
    titled: bool = False
    gender: str | None = None  # "m", "f" or None
    possessive: bool = False
    entity: int = -1  # index into EntityTable.entities


def _clean(tok: str) -> tuple[str, bool]:
    """Strip a sentence-final dot and a possessive ending; say whether it was possessive."""
    possessive = False
    m = _POSSESSIVE.search(tok)
    if m and len(tok) > 2:
        tok, possessive = tok[: m.start()], True
    if tok.endswith(".") and not _keeps_dot(tok):
        tok = tok[:-1]
    return tok, possessive


def _keeps_dot(tok: str) -> bool:
    core = tok.rstrip(".")
    return (len(core) == 1 or "." in core or core in TITLE_WORDS or core in ("Jr", "Sr", "St"))


def _is_cap(tok: str) -> bool:
    return tok[:1].isupper()


def _bare(tok: str) -> str:
    return tok.rstrip(".")


def find_names(text: str, start: int, end: int) -> list[NameMention]:
    """Capitalised sequences in text[start:end] that read as people or organisations."""
    out: list[NameMention] = []
    group: list[tuple[int, int, str]] = []
    prev_end = -1

    def flush() -> None:
        if group:
            m = _classify(text, group)
            if m is not None:
                out.append(m)
            group.clear()

    for m in _TOKEN.finditer(text, start, end):
        raw = m.group()
        tok, poss = _clean(raw)
        s, e = m.start(), m.start() + len(tok)
        gap = text[prev_end:s] if prev_end >= 0 else ""
        if group and gap not in (" ", "\xa0"):
            flush()
        if _is_cap(tok) and _bare(tok) not in DATES:
            if not group and _bare(tok) in STOP:
                prev_end = -1
                continue
            group.append((s, e, tok))
        elif group and tok in _JOINERS:
            group.append((s, e, tok))
        else:
            flush()
        prev_end = e if not poss else -1
        if poss or raw.endswith((".", ",")) and not _keeps_dot(raw):
            if poss and group:
                group[-1] = group[-1]  # possessor ends its sequence
                _mark_possessive(group)
            flush()
            prev_end = -1
    flush()
    return out


_POSS_FLAG: set[int] = set()


def _mark_possessive(group: list[tuple[int, int, str]]) -> None:
    _POSS_FLAG.add(group[-1][0])


def _classify(text: str, group: list[tuple[int, int, str]]) -> NameMention | None:
    while group and group[-1][2] in _JOINERS:
        group.pop()
    while group and (group[0][2] in _JOINERS or _bare(group[0][2]) in STOP):
        group.pop(0)
    if not group:
        return None
    possessive = group[-1][0] in _POSS_FLAG
    _POSS_FLAG.discard(group[-1][0])
    words = [g[2] for g in group]
    k = 0
    while k < len(words) - 1 and (_bare(words[k]) in TITLE_WORDS or words[k] in DEMONYMS
                                  or words[k] in _JOINERS):
        k += 1
    name = tuple(_bare(w) if w in ("Jr.", "Sr.") else w for w in words[k:])
    start, end = group[0][0], group[-1][1]
    full = text[start:end]
    if any(_bare(w) in ORG_WORDS for w in words[k:]) or (
            len(name) == 1 and name[0].isupper() and 2 <= len(name[0]) <= 5):
        return NameMention(start, end, full, tuple(words), ORGANISATION, possessive=possessive)
    if name[-1] in PLACES or " ".join(name) in PLACES or name[-1] in DEMONYMS:
        return None
    if len(name) == 1 and name[0].isupper() and len(name[0]) > 5:
        return None  # a dateline or shouted word: "COLUMBIA, S.C."
    if len(name) == 1 and (name[0] in TITLE_WORDS or _bare(name[0]) in TITLE_WORDS):
        return None
    role = " ".join(words[:k]) or None
    gender = _gender(words[:k], name)
    return NameMention(start, end, full, name, PERSON, role=role, titled=k > 0,
                       gender=gender, possessive=possessive)


def _gender(titles: list[str], name: tuple[str, ...]) -> str | None:
    for t in titles:
        if t in MALE_TITLES or _bare(t) in MALE_TITLES:
            return "m"
        if t in FEMALE_TITLES or _bare(t) in FEMALE_TITLES:
            return "f"
    if len(name) >= 2:
        if name[0] in MALE_NAMES:
            return "m"
        if name[0] in FEMALE_NAMES:
            return "f"
    return None


def norm_token(tok: str) -> str:
    return tok.lower().replace("’", "'").rstrip(".")


@dataclass
class EntityRecord:
    name: tuple[str, ...]
    kind: str
    role: str | None = None
    gender: str | None = None
    mentions: list[NameMention] = field(default_factory=list)

    @property
    def display(self) -> str:
        return " ".join(self.name)


class EntityTable:
    """People and organisations of one article; short forms are resolved to full names."""

    def __init__(self) -> None:
        self.entities: list[EntityRecord] = []

    def build(self, mentions: list[NameMention]) -> None:
        # Full names first, so that "Pompeo" in a headline still finds "Mike Pompeo" below.
        for m in mentions:
            if m.kind == PERSON and len(m.name) >= 2:
                m.entity = self._add_full(m)
        for m in mentions:
            if m.kind == ORGANISATION:
                m.entity = self._add_org(m)
        for m in mentions:
            if m.entity < 0:
                m.entity = self._resolve_short(m, mentions)
        for e in self.entities:
            for m in e.mentions:
                if e.role is None and m.role:
                    e.role = m.role
                if e.gender is None and m.gender:
                    e.gender = m.gender

    def _new(self, m: NameMention) -> int:
        self.entities.append(EntityRecord(m.name, m.kind, m.role, m.gender, [m]))
        return len(self.entities) - 1

    def _add_full(self, m: NameMention) -> int:
        key = [norm_token(t) for t in m.name]
        for i, e in enumerate(self.entities):
            if e.kind != PERSON or len(e.name) < 2:
                continue
            ek = [norm_token(t) for t in e.name]
            if ek == key or (ek[-1] == key[-1] and (ek[0] == key[0] or ek[0][0] == key[0][0]
                                                    and (len(ek[0]) <= 2 or len(key[0]) <= 2))):
                if len(m.name) > len(e.name):
                    e.name = m.name
                e.mentions.append(m)
                return i
        return self._new(m)

    def _add_org(self, m: NameMention) -> int:
        key = tuple(norm_token(t) for t in m.name)
        for i, e in enumerate(self.entities):
            if e.kind == ORGANISATION and tuple(norm_token(t) for t in e.name) == key:
                e.mentions.append(m)
                return i
        return self._new(m)

    def _resolve_short(self, m: NameMention, mentions: list[NameMention]) -> int:
        """A one-word name (or one with a title): 'Pompeo', 'Mr Pompeo', 'Ma', 'Kim'."""
        key = [norm_token(t) for t in m.name]
        best, best_score = -1, None
        for i, e in enumerate(self.entities):
            if e.kind != PERSON:
                continue
            ek = [norm_token(t) for t in e.name]
            if len(key) > len(ek):
                continue
            if ek[-len(key):] == key:
                rank = 0  # family name last: "Pompeo" of "Mike Pompeo"
            elif ek[:len(key)] == key:
                rank = 1  # family name first ("Ma" of "Ma Zhaoxu"), or a first name
            else:
                continue
            # The nearest earlier mention wins ("Kim" after "Kim Jong Un"), then any later one.
            before = [x.start for x in e.mentions if x.start < m.start]
            dist = m.start - max(before) if before else 10**9 + min(x.start for x in e.mentions)
            score = (rank, dist)
            if best_score is None or score < best_score:
                best, best_score = i, score
        if best >= 0:
            self.entities[best].mentions.append(m)
            return best
        for i, e in enumerate(self.entities):
            if [norm_token(t) for t in e.name] == key:
                e.mentions.append(m)
                return i
        return self._new(m)

    def gender(self, idx: int) -> str | None:
        return self.entities[idx].gender
