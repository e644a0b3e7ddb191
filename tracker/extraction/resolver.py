"""Resolver: the person a pronoun ("he", "she") or a role noun ("the senator") refers to."""

from __future__ import annotations

import bisect

from .names import EntityTable, NameMention
from .types import PERSON

# Pronoun salience, in sentences of distance: a person named as a subject, and above all as
# the source of a cue, is what "he" or "she" most often points back to in news copy.
NOT_SUBJECT = 2.0
UNKNOWN_GENDER = 0.2
SPEAKER = 1.0


class Resolver:
    """Resolves pronouns and role nouns to the person most likely meant, left to right."""

    def __init__(self, table: EntityTable, names: list[NameMention], sent_starts: list[int],
                 subject_starts: set[int]) -> None:
        self.table = table
        self.names = names
        self.sent_starts = sent_starts
        # (position, entity, is_subject, is_speaker) of every person reference so far.
        self.refs: list[tuple[int, int, bool, bool]] = []
        # Single capitalised words named once ("Specifically", "Outside") are not people.
        for m in names:
            if not m.possessive and table.reliable(m.entity) and \
                    table.entities[m.entity].kind == PERSON:
                self.refs.append((m.start, m.entity, m.start in subject_starts, False))
        self.refs.sort()

    def reliable(self, entity: int) -> bool:
        return self.table.reliable(entity)

    def sentence_of(self, pos: int) -> int:
        return bisect.bisect_right(self.sent_starts, pos)

    def add(self, pos: int, entity: int, speaker: bool = True) -> None:
        """A resolved pronoun, or a name used as the source of a cue."""
        k = bisect.bisect_left(self.refs, (pos, -1, False, False))
        if k < len(self.refs) and self.refs[k][0] == pos:
            self.refs[k] = (pos, entity, True, speaker)
        else:
            self.refs.insert(k, (pos, entity, True, speaker))

    def person(self, pos: int, gender: str | None, role: str | None = None) -> int:
        """The person a pronoun (or a role noun) at pos most likely refers to, or -1."""
        here = self.sentence_of(pos)
        # Ties within one sentence go to the earlier person: the main clause's subject ("Mr.
        # Nevins said he pursued it because Mr. Lynch agreed") before a subordinate one.
        best, best_score, best_d = -1, 99.0, -1
        seen: set[int] = set()
        i = bisect.bisect_left(self.refs, (pos, -1, False, False)) - 1
        stop = max(-1, i - 200)  # bounded look-back, whatever the text
        while i > stop:
            q, ent, subj, spk = self.refs[i]
            i -= 1
            d = here - self.sentence_of(q)
            if d > 6:
                break
            if ent in seen:
                continue
            seen.add(ent)
            e = self.table.entities[ent]
            g = e.gender
            if gender and g and g != gender:
                continue
            score = d + (0.0 if subj else NOT_SUBJECT) - (SPEAKER if spk else 0.0)
            if gender and not g:
                score += UNKNOWN_GENDER
            if role and e.role and role.lower() in e.role.lower():
                score -= 2.0
            if score < best_score or score == best_score and d == best_d:
                best, best_score, best_d = ent, score, d
        if best >= 0 and gender and self.table.entities[best].gender is None:
            self.table.entities[best].gender = gender  # "Ebeling said ... she said"
        return best
