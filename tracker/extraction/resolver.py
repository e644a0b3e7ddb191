"""Resolver: the person a pronoun ("he", "she") or a role noun ("the senator") refers to."""

from __future__ import annotations

import bisect
import re

from .confidence import Model
from .lexicon import PLACES
from .names import EntityRecord, EntityTable, NameMention
from .types import PERSON

# Pronoun salience, in sentences of distance: a person named as a subject, and above all as
# the source of a cue, is what "he" or "she" most often points back to in news copy.
NOT_SUBJECT = 2.0
UNKNOWN_GENDER = 0.2
SPEAKER = 1.0


def _bucket(n: int, top: int) -> str:
    return str(n) if n < top else f"{top}+"


def candidate_features(d: int, rank: int, subj: bool, spk: bool, ever_subj: bool,
                       ever_spk: bool, gender: str | None, cand_gender: str | None,
                       role_match: bool, mentions: int, full: bool, latest_speaker: bool,
                       distance_best: bool = False) -> tuple[str, ...]:
    """Named features of one candidate person for a pronoun or role noun (a model fitted by
    evaluate_quotes --fit-pronouns and saved as tracker/extraction/pronouns.json weighs them
    and the highest-scoring candidate wins; none is shipped, see Resolver):

    sdist=N      sentences back to the candidate's latest mention (0 = the same sentence);
    rank=N       how many other people were mentioned since (0 = the nearest person);
    subject      its latest mention is a subject ("Ford said", "Ford, the premier, ...");
    speaker      its latest mention is the source of a cue;
    ever_subject / ever_speaker   so within the window (up to 6 sentences back);
    latest_speaker   it is the source of the most recent cue: a quote paragraph with no cue
                 continues the last speaker, and "he said" most often means him too;
    gender=match / gender=unknown   the pronoun's gender agrees / the person's is not known
                 (a disagreeing person is never a candidate);
    role         a role noun matching the person's title ("the premier" -> Premier Ford);
    mentions=N   salience: how often the article names the person; fullname: named in full;
    distance_best   the person the hand-set score picks (sentences back, +2 if not a
                 subject, -1 if a speaker, -2 for a matching role; ties to the earlier
                 person of a sentence).
    Examples: in 'Doug Ford spoke on Monday. Olivia Chow listened. "We will build it," he
    said.' Ford is the only candidate (Chow disagrees in gender), with sdist=2 rank=0 subject
    gender=match distance_best; in 'Premier Doug Ford met Mayor John Tory on Monday. Tory
    said the plan was fine. "We will build it," he said.' Tory (sdist=1 rank=0
    latest_speaker distance_best) is chosen over Ford (sdist=2 rank=1).
    """
    f = [f"sdist={_bucket(d, 4)}", f"rank={_bucket(rank, 3)}", f"mentions={_bucket(mentions, 4)}"]
    flags = ((subj, "subject"), (spk, "speaker"), (ever_subj, "ever_subject"),
             (ever_spk, "ever_speaker"), (latest_speaker, "latest_speaker"),
             (role_match, "role"), (full, "fullname"), (distance_best, "distance_best"))
    f += [name for on, name in flags if on]
    if gender:
        f.append("gender=match" if cand_gender else "gender=unknown")
    return tuple(f)


_LOCATIVE = re.compile(r"(?<![\w'’])(?:in|at|near|outside|across|into|throughout|around|"
                       r"In|At|Near|Outside|Across)[ \xa0]+(?:the[ \xa0]+)?$")


# A state, province or country after a name and a comma, ending there: "Clarkston, Ga.",
# "Brampton, Ontario," - not "Cruz, Texas Sen. ..." (a list of people) nor "Texas's".
_REGION_ABBREVIATIONS = """Ala. Ariz. Ark. Calif. Colo. Conn. Del. Fla. Ga. Ill. Ind. Kan. Ky. La.
Md. Mass. Mich. Minn. Mo. Mont. Neb. Nev. N.H. N.J. N.M. N.Y. N.C. N.D. Okla. Ore. Pa. R.I.
S.C. S.D. Tenn. Vt. Va. Wash. W.Va. Wis. Wyo. Ont. Que. Alta. Sask. B.C. N.S. N.B. P.E.I.
Nfld.""".split()
_REGIONS_OF_WORDS = """New York|New Jersey|New Mexico|New Hampshire|North Carolina|South Carolina|
North Dakota|South Dakota|West Virginia|Rhode Island|Nova Scotia|New Brunswick|British Columbia|
Prince Edward Island|Newfoundland and Labrador|Northwest Territories""".replace("\n", "")
REGION_AFTER = re.compile(
    r",[ \xa0]+(?:(?:" + "|".join(re.escape(a) for a in _REGION_ABBREVIATIONS) +
    r")(?=[ \xa0\n,;:)]|$)|(?:" + "|".join(sorted(p for p in PLACES if p.isalpha())) + "|" +
    _REGIONS_OF_WORDS + r")(?=[ \xa0]*(?:[,;:)\n]|\.(?:[ \xa0\n]|$)|$)))")


def is_place(masked: str, e: EntityRecord) -> bool:
    """Rule place_not_person: "he" and "she" (and "the senator") need a person, and a name
    that the article only ever writes after "in", "at", "near", "outside"... is a place or a
    venue however it reads, never a referent. Only names with no title and no known gender
    qualify. Examples:
      'After his rally in San Jose, California the GOP candidate ...' -> San Jose is a place
      'The crowd at Madison Square Garden cheered.' -> Madison Square Garden is a place
      'Mark Cuban spoke in Dallas. Cuban said ...' -> Cuban is not (named as a subject too)
    Rule place_with_region too: a name written once with its state or province after a
    comma is a town, however else the article writes it:
      'Syrians find a home in Clarkston, Ga. ... Clarkston became his home.' -> a place"""
    if e.kind != PERSON or e.titled or e.gender is not None or not e.mentions:
        return False
    if any(REGION_AFTER.match(masked, m.end) for m in e.mentions):
        return True  # 'in Clarkston, Ga.', 'Brampton, Ontario,': a town and its region
    return all(_LOCATIVE.search(masked, max(0, m.start - 16), m.start) is not None
               for m in e.mentions)


# A finite verb right after a sentence's first word: an auxiliary, or a verb of speaking,
# arriving or meeting.
_OPENING_VERB = re.compile(r"[ \xa0]+(?:is|was|has|had|will|spoke|speaks|arrived|arrives|"
                           r"met|meets|took|takes|told|tells)\b")


def opening_subject(masked: str, m: NameMention) -> bool:
    """Rule opening_subject: a family name alone, named once with no title, is still a
    person "he" or "she" may mean when it opens a sentence as the subject of a finite verb
    ("Carney is speaking now"), as live blogs and briefs name the famous. Examples:
      'Carney is speaking now in Windsor. "We will protect workers," he says.' -> Carney
      'Specifically, he said ...' -> False (no verb after the word)
      'Ottawa is ...' -> (a place: rule place_not_person still keeps it out)"""
    return len(m.name) == 1 and not m.possessive and \
        _OPENING_VERB.match(masked, m.end) is not None


class Resolver:
    """Resolves pronouns and role nouns to the person most likely meant, left to right.

    Candidates are the people referred to in the last six sentences (gender must not
    disagree); each gets candidate_features and, with a model (fitted on annotated news by
    evaluate_quotes --fit-pronouns), the most probable wins; without one (the default: a
    fitted model scored no better), the hand-set distance score decides."""

    def __init__(self, table: EntityTable, names: list[NameMention], sent_starts: list[int],
                 subject_starts: set[int], model: Model | None = None,
                 masked: str = "") -> None:
        self.model = model
        self.trace = False  # keep the candidates of every reference in self.log
        self.log: dict[int, list[tuple[int, tuple[str, ...]]]] = {}  # pos -> candidates
        self.table = table
        self.names = names
        self.sent_starts = sent_starts
        # (position, entity, is_subject, is_speaker) of every person reference so far: the
        # names (sorted once), and apart from them the pronouns and sources added since, in
        # their own sorted list, so that adding one never shifts all the names after it (a
        # page of thousands of "he said" after as many names took quadratic time).
        self.refs: list[tuple[int, int, bool, bool]] = []
        self.added: list[tuple[int, int, bool, bool]] = []
        self._added_at: list[int] = []
        self.masked = masked  # the article as names and cues are read (see is_place)
        self._places: dict[int, bool] = {}  # entity -> is_place, worked out when first met
        # Single capitalised words named once ("Specifically", "Outside") are not people.
        # Rule possessive_opener: a possessive name opening its sentence ("Heather Stefanson's
        # critics say she is too cautious") is the person the sentence is about, whom a later
        # "she" may mean, though not the subject (the critics are); other possessives ("met
        # Trump's aides") are not referents.
        entities = table.entities
        opens = set(sent_starts)
        for m in names:
            if (not m.possessive or m.start in opens) and m.entity >= 0 and \
                    entities[m.entity].kind == PERSON and (
                        table.reliable(m.entity) or
                        m.start in opens and opening_subject(masked, m)):
                self.refs.append((m.start, m.entity,
                                  m.start in subject_starts and not m.possessive, False))
        self.refs.sort()
        self._at = [r[0] for r in self.refs]  # their positions, bisected as plain numbers

    def reliable(self, entity: int) -> bool:
        return self.table.reliable(entity)

    def placed(self, entity: int) -> bool:
        """Is the entity a place (is_place), not a person a pronoun may point to?"""
        p = self._places.get(entity)
        if p is None:
            p = self._places[entity] = bool(self.masked) and \
                is_place(self.masked, self.table.entities[entity])
        return p

    def sentence_of(self, pos: int) -> int:
        return bisect.bisect_right(self.sent_starts, pos)

    def add(self, pos: int, entity: int, speaker: bool = True) -> None:
        """A resolved pronoun, or a name used as the source of a cue."""
        ref = (pos, entity, True, speaker)
        k = bisect.bisect_left(self._at, pos)
        if k < len(self._at) and self._at[k] == pos:
            self.refs[k] = ref  # a name's
            return
        at = self._added_at
        if not at or at[-1] < pos:
            self.added.append(ref)  # (nearly always: cues are resolved in reading order)
            at.append(pos)
            return
        k = bisect.bisect_left(at, pos)  # (a source before the last one added: near it)
        if k < len(at) and at[k] == pos:
            self.added[k] = ref
        else:
            self.added.insert(k, ref)
            at.insert(k, pos)

    def person(self, pos: int, gender: str | None, role: str | None = None) -> int:
        """The person a pronoun (or a role noun) at pos most likely refers to, or -1."""
        if self.model is not None:
            return self._scored(pos, gender, role)
        if self.trace:
            self.log[pos] = self.candidates(pos, gender, role)
        return self._by_distance(pos, gender, role)

    def candidates(self, pos: int, gender: str | None,
                   role: str | None = None) -> list[tuple[int, tuple[str, ...]]]:
        """(entity, features) of every person a reference at pos may point to."""
        latest_spk = -1
        found: dict[int, list] = {}  # entity -> [d, rank, subj, spk, ever_subj, ever_spk]
        order: list[int] = []
        for d, ent, subj, spk in self._window(pos):
            if spk and latest_spk < 0:
                latest_spk = ent
            c = found.get(ent)
            if c is None:
                g = self.table.entities[ent].gender
                if gender and g and g != gender or self.placed(ent):
                    found[ent] = []
                    continue
                found[ent] = [d, len(order), subj, spk, subj, spk]
                order.append(ent)
            elif c:
                c[4] = c[4] or subj
                c[5] = c[5] or spk
        heuristic = self._by_distance(pos, gender, role, learn=False)
        out = []
        for ent in order:
            d, rank, subj, spk, ever_subj, ever_spk = found[ent]
            e = self.table.entities[ent]
            role_match = bool(role and e.role and role.lower() in e.role.lower())
            out.append((ent, candidate_features(
                d, rank, subj, spk, ever_subj, ever_spk, gender, e.gender, role_match,
                len(e.mentions), len(e.name) >= 2, ent == latest_spk, ent == heuristic)))
        return out

    def _scored(self, pos: int, gender: str | None, role: str | None) -> int:
        cands = self.candidates(pos, gender, role)
        self.log[pos] = cands
        best, best_p = -1, -1.0
        for ent, feats in cands:
            p = self.model.prob(feats)
            if p > best_p:
                best, best_p = ent, p
        self._learn_gender(best, gender)
        return best

    def _window(self, pos: int):
        """(sentences back, entity, subject, speaker) of the references before pos, nearest
        first: at most six sentences and 200 references back, whatever the text."""
        refs, at, added, added_at = self.refs, self._at, self.added, self._added_at
        # The two lists read back together, by position (no position is in both).
        i = bisect.bisect_left(at, pos) - 1
        j = bisect.bisect_left(added_at, pos) - 1 if added_at else -1
        if i < 0 and j < 0:
            return  # (no one named before: "He said" with no name in the article)
        sent_starts = self.sent_starts
        here = bisect.bisect_right(sent_starts, pos)  # (sentence_of, inline: per reference)
        for _ in range(200):
            if j < 0 or i >= 0 and at[i] > added_at[j]:
                if i < 0:
                    return
                q, ent, subj, spk = refs[i]
                i -= 1
            else:
                q, ent, subj, spk = added[j]
                j -= 1
            d = here - bisect.bisect_right(sent_starts, q)
            if d > 6:
                return
            yield d, ent, subj, spk

    def _learn_gender(self, best: int, gender: str | None) -> None:
        if best >= 0 and gender and self.table.entities[best].gender is None:
            self.table.entities[best].gender = gender  # "Ebeling said ... she said"

    def count_candidates(self, pos: int, gender: str | None) -> int:
        """Feature pronoun|cands: how many people a pronoun at pos may point to - those
        referred to in its window (six sentences back) whose gender does not disagree and
        who are no place. "He said" after one man is sure; after four, less so (and the
        more people, the more often the annotators' own resolution differs). Examples:
          'Doug Ford spoke. Olivia Chow listened. "...," he said.' -> 1 (Chow disagrees)
          'Ford met John Tory. Tory said it was fine. "...," he said.' -> 2"""
        seen: set[int] = set()
        n = 0
        for _, ent, _, _ in self._window(pos):
            if ent in seen:
                continue
            seen.add(ent)
            g = self.table.entities[ent].gender
            if not (gender and g and g != gender) and not self.placed(ent):
                n += 1
        return n

    def _by_distance(self, pos: int, gender: str | None, role: str | None = None,
                     learn: bool = True) -> int:
        # Ties within one sentence go to the earlier person: the main clause's subject ("Mr.
        # Nevins said he pursued it because Mr. Lynch agreed") before a subordinate one.
        best, best_score, best_d = -1, 99.0, -1
        nearest: dict[int, int] = {}  # entity -> sentences back to its nearest reference
        for d, ent, subj, spk in self._window(pos):
            # Each person is scored by their nearest reference, and also by a subject
            # reference in that same sentence (rule subject_in_sentence): in 'Carson turned
            # the story back on the Post, pointing out that the paper's Robert Costa had
            # reported that the Carson campaign was coming apart. "...," he said.' Carson is
            # the sentence's subject, though "the Carson campaign" names him last.
            if ent not in nearest:
                nearest[ent] = d
            elif not (subj and nearest[ent] == d):
                continue
            e = self.table.entities[ent]
            g = e.gender
            if gender and g and g != gender:
                continue
            score = d + (0.0 if subj else NOT_SUBJECT) - (SPEAKER if spk else 0.0)
            if gender and not g:
                score += UNKNOWN_GENDER
            if role and e.role and role.lower() in e.role.lower():
                score -= 2.0
            # A place is never the referent (is_place); checked only for a would-be winner,
            # almost always a person with a known gender or title (no text to read then).
            if (score < best_score or score == best_score and d == best_d) and \
                    not self.placed(ent):
                best, best_score, best_d = ent, score, d
        if learn:
            self._learn_gender(best, gender)
        return best
