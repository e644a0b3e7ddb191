"""Subjects of sentences and clauses: who a verb, a participle or a partial quote belongs to
when no cue names its source directly."""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass

from .cues import TITLE
from .lexicon import PASSIVE_ADDRESSEE_VERBS, PERSON_ROLE_NOUNS
from .names import NameMention
from .types import PERSON, START


@dataclass(slots=True)
class Who:
    """A resolved source: the mention as written and the entity it names (if any)."""

    start: int
    end: int
    text: str
    entity: int = -1  # EntityTable index
    kind: str | None = None
    role: str | None = None
    rule: str = ""  # the named rule that found or resolved it, when not a plain name


def from_name(nm: NameMention) -> Who:
    return Who(nm.start, nm.end, nm.text, nm.entity, nm.kind, nm.role)


_LEAD_PRONOUN = re.compile(r"[ \t\xa0]*(?:(?:But|And|So|Then|Still|Later|Now),?[ \xa0]+)?"
                           r"(He|She|he|she)\b")


def main_subject(masked: str, lo: int, v: int, names: list[NameMention],
                  reliable) -> Who | None:
    """The subject at the start of the sentence: 'Trump ..., saying' / 'He ..., adding'.
    Capitalised openers named once ("Weighing in on ..., Huckabee agreed") are skipped."""
    m = _LEAD_PRONOUN.match(masked, lo)
    if m and m.end() <= v:
        return Who(m.start(1), m.end(1), m.group(1))
    k = bisect.bisect_left(names, lo, key=START)
    while k < len(names) and names[k].start < min(v, lo + 80):
        nm = names[k]
        k += 1
        if nm.possessive:
            continue  # "Schilling's son, Grant, defended his father, saying"
        if object_of_preposition(masked[lo:nm.start].rstrip()):
            continue  # "Trump responded on Truth Social, calling"
        if is_subject_position(masked, lo, nm):
            if k < len(names) and names[k].start < v and names[k].kind == PERSON and \
                    role_between(masked, nm.end, names[k].start):
                nm = names[k]  # "Obama spokesman Josh Earnest ..., saying"
            if reliable(nm.entity):
                return from_name(nm)
            continue
        if in_opening_phrase(masked, lo, nm, names, k):
            continue
        break
    # 'At the time, she released a statement saying': an opening phrase before the subject.
    # "he" and "she" are always subjects, and no name opens the sentence.
    m = _ANY_PRONOUN.search(masked, lo, v)
    if m and m.start() - lo <= 80:
        return Who(m.start(), m.end(), m.group())
    return None


_ANY_PRONOUN = re.compile(r"(?<![\w'’])(?:[Hh]e|[Ss]he)\b")


# ... and the auxiliary opening a question: "Was Szlachta satisfied with Rubio's response?"
_SUBJECT_LEAD = frozenset(("The But And So Then Now Still Yet Also Later Meanwhile However "
                                 "Was Is Did Does Has Had Will Would Could Can").split())


def is_subject_position(masked: str, lo: int, m: NameMention) -> bool:
    """Does the name open its sentence or clause ("On Friday, Pompeo said")?"""
    s = m.start
    if masked[s - 3 if s - 3 > lo else lo:s].rstrip().endswith(","):
        return True
    if s - lo > 45:
        return False
    prefix = masked[lo:s].strip()
    if prefix[:1] == TITLE and not (prefix := title_description(prefix)):
        return False
    # "The Washington Post columnist Ruth Marcus wrote": a description before the name.
    if not prefix or prefix in _SUBJECT_LEAD:
        return True
    if one_told(prefix):
        return False
    if not prefix[0].isalnum():
        return False  # ('"...," said Smith') what follows reads a word or a number first
    # ... but a name inside an opening phrase is not: "In his first YouTube videos, Santilli".
    # (No description has a comma in it.)
    return prefix.split(None, 1)[0] not in _PREPOSITIONS and "," not in prefix and \
        _DESCRIBED.fullmatch(prefix) is not None and not as_role(prefix)


def title_description(prefix: str) -> str:
    """Rule title_description: the title of a work (masked as TITLE) opening the words
    before a name is part of the name's description, as the name of a show or a book is in
    '"Broad City" star Arturo Castro', so the name may still be the sentence's subject: the
    description without the title ("" when nothing else describes the name). Examples:
      '"Orange is the New Black" star' (Selenis Leyva opened up about being called a "real
       woman") -> 'star'
      '"Hannity" host' (Sean Hannity said) -> 'host'
      '"Hannity"' (Sean Hannity) -> '' (no description: a title and a name side by side)"""
    return prefix.lstrip(TITLE + " \xa0")


# Rule subordinate_subject: the words that open a clause before the sentence's main one.
_SUBORDINATORS = frozenset("When After Before While Since Although Though Because If Once Until "
                           "Whenever Unless".split())


def is_subordinate_subject(masked: str, lo: int, start: int) -> bool:
    """Rule subordinate_subject: a name (at start) right after a subordinator that opens its
    sentence ("When Donald Trump held rallies ...") is the subject of that clause, and so who
    a later "he" most likely means, unless the main clause names its own subject (the engine
    keeps the subordinate one only then). Examples:
      'When Donald Trump held rallies, protesters came.' -> True (Trump)
      'After Nega helped found the movement, he explained' -> True (Nega)
      'When Mr. Trump tried to defend it, Mr. Kasich differed.' -> True, but Kasich, the main
       clause's subject, is the sentence's subject and Trump is dropped
      'Protesters came when Trump held rallies.' -> False (not the sentence's opening)"""
    return masked[lo:start].strip() in _SUBORDINATORS


_PREPOSITION_END = frozenset("on at in to from with for by of about against".split())


def object_of_preposition(prefix: str) -> bool:
    """Rule object_of_preposition: a name right after a lower-case preposition is its
    object, never the subject of its sentence (whose own name may be one a capitalised
    opener could be). Examples:
      'Trump responded on' (Truth Social, calling ...) -> True
      'The head of' (Fox News said) -> True
      'The Washington Post columnist' (Ruth Marcus wrote) -> False
      'Trump responded at the' (White House, calling ...) -> False (tried: the training
       articles' transcripts then went to a wrong speaker with more confidence)"""
    return prefix[prefix.rfind(" ") + 1:] in _PREPOSITION_END


def one_told(prefix: str) -> bool:
    """Rule one_told: a name right after a verb of telling is the one told, not the subject
    of the sentence, though the words before it read like a description. Examples:
      "Sources told" (CBC News that the deal was "very close") -> True
      "Officials warned" (Ottawa that ...) -> True
      "The Washington Post columnist" (Ruth Marcus) -> False"""
    return prefix.rsplit(None, 1)[-1] in PASSIVE_ADDRESSEE_VERBS


_AS_ROLE = re.compile(r"As[ \xa0]+(?:the|a|an)(?:[ \xa0]|$)")


def as_role(phrase: str) -> bool:
    """Rule as_role: a sentence opening on "As the", "As a" ("As the LinkedIn chief executive,
    Jeff Weiner, put it") names a role the subject holds; a name in it is not the subject
    ("As for Trump, he said" is: the topic). Examples:
      "As the LinkedIn chief executive" -> True; "As a senator from Illinois" -> True
      "As for" -> False"""
    return _AS_ROLE.match(phrase) is not None


def in_opening_phrase(masked: str, lo: int, nm: NameMention, names: list[NameMention],
                      k: int) -> bool:
    """Is nm inside an opening phrase that a comma closes before the next name ("In his first
    YouTube videos, Santilli ...")? Then the subject may still follow."""
    first = masked[lo:nm.start].lstrip().split(None, 1)
    # A preposition or a participle opens it: "In his first videos", "Speaking to MSNBC".
    return bool(first) and (first[0] in _PREPOSITIONS or first[0].endswith("ing") or
                            past_participle_opening(first) or
                            as_role(masked[lo:nm.start].lstrip())) and \
        k < len(names) and "," in masked[nm.end:names[k].start]


_PAST_PARTICIPLE = re.compile(r"[A-Z][a-z]+ed")


def past_participle_opening(words: list[str]) -> bool:
    """Rule past_participle_opening: a sentence opening on a past participle and a word in
    lower case ("Horrified at the prospect of Trump becoming president, Ramos believes",
    "Asked about Clinton's plan, Trump said") opens a phrase that a comma closes; a name in
    it is not the subject, which follows the comma. `words` is the sentence's first word and
    the rest. Examples:
      ["Horrified", "at the prospect of"] -> True; ["Asked", "about the plan of"] -> True
      ["Jared", "Kushner and"] -> False (a given name: the next word is capitalised)
      ["Ted", "and"] -> False (too short for a participle)"""
    return len(words) == 2 and len(words[0]) >= 5 and \
        _PAST_PARTICIPLE.fullmatch(words[0]) is not None and words[1][:1].islower()


_PREPOSITIONS = frozenset(("In At On During From With For Under Like Over Through Across "
                           "Among Without Despite Until Inside Outside Near Here There By").split())


_ROLE_GAP = re.compile(r"[ \xa0]+(?:[a-z][\w-]*[ \xa0]+){0,3}?([a-z][\w-]*)"
                       r"(?:[ \xa0]+of[ \xa0]+(?:the[ \xa0]+)?[a-z][\w-]*)?[ \xa0]+")


def role_between(masked: str, a: int, b: int) -> bool:
    """Is masked[a:b] a lower-case role ending in a person noun (' campaign manager '), as
    between the two names of "Former Obama spokesman Robert Gibbs"?"""
    if masked.find(",", a, b) >= 0 or masked.find(".", a, b) >= 0:
        return False  # a role has neither: spare the pattern a long gap
    m = _ROLE_GAP.fullmatch(masked, a, b)
    return m is not None and (m.group(1) in PERSON_ROLE_NOUNS or agent_noun(m.group(1)))


_AGENT = re.compile(r"[a-z]{3,}(?:ist|ian|ant|eer|tor|sor)")


def agent_noun(word: str) -> bool:
    """Feature agent_noun: a lower-case word with the ending of a noun for a person who does
    something (-ist, -ian, -ant, -eer, -tor, -sor), read as a role when it stands between a
    name and a person's full name, where an adjective would be rare. Examples:
      'Obama consultant Cornell Belcher' -> consultant: Belcher is the subject
      'Sanders strategist Tad Devine', 'Ford lobbyist Amin Massoudi' -> roles
      'Trump and former President Bill Clinton' -> former is no role (not such an ending)"""
    return _AGENT.fullmatch(word) is not None


_DESCRIBED = re.compile(r"(?:(?:The|the|A|An|Former|former)\s+)?(?:[A-Z][\w.'’&-]*\s+){0,4}"
                        r"(?:[a-z][\w-]*\s+){0,2}[a-z][\w-]*|"
                        # "The Blaze's Matt Walsh", "76-year-old Morton Blackwell"
                        r"(?:The\s+)?(?:[A-Z][\w.&-]*\s+){0,3}[A-Z][\w.&-]*['’]s|\d+-year-old")
