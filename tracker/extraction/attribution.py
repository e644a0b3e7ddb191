"""Who said it: cue verbs and their sources (pronoun and role-noun sources are given people
by resolver.Resolver, in reading order)."""

from __future__ import annotations

import bisect
import functools
import operator
import re
from dataclasses import dataclass

from .cues import MASK, WEAK_VERBS, cue_verbs, find_according, find_responses, strip_adverbs
from .lexicon import (
    CAPITAL_ROLES,
    DATES,
    DEMONYMS,
    FEMALE_ROLE_NOUNS,
    MALE_ROLE_NOUNS,
    MONTH_ABBREVIATIONS,
    PASSIVE_ADDRESSEE_VERBS,
    PASSIVE_CHARGE_VERBS,
    PERSON_ROLE_NOUNS,
    PLACES,
    POSITION_NOUNS,
    ROLE_ABBREVIATIONS,
    SPEAKS_FOR_NOUNS,
    STOP,
    TITLE_WORDS,
)
from .names import NameMention, is_agency, is_role_plural
from .resolver import REGION_AFTER, Resolver
from .subjects import Who, from_name, main_subject
from .text import ABBREVIATIONS, is_word_char
from .types import ORGANISATION, PERSON, START

_PRONOUN_END = re.compile(r"(?<![\w'’])(he|she|they|it|we|i|you)$", re.I)
_PRONOUNS = frozenset("he she they it we i you".split())
_PRONOUN_START = re.compile(r"(he|she|they|it|we)\b", re.I)
_DETS = (r"(?i:the|a|an|one|another|his|her|its|their|my|your|our|this|that|these|those|some|"
         r"many|several|"
         r"two|three|four|five|most|other|both|each|every)|[A-Z][\w.]*(?:['’]s|s['’])")
# A noun phrase ending at the verb: "the chief U.S. diplomat", "one former senior official".
_FUNC = (r"(?!(?:for|to|that|in|on|at|with|by|from|and|or|but|as|is|was|are|were|has|had|"
         r"have|be|been|who|which|said|says|told|when|after|before|if|than|into|about|over|"
         r"not|it|he|she|they|will|would|could|can|should|did|does|do)\b)")
# Rule ballot_campaign: a ballot measure's side is one word of a noun phrase ("the No on 5
# campaign", "the Yes on Measure J coalition", "Yes on 1 committee"), its "on" no
# preposition: '"...," the No on 5 campaign said.' -> No on 5 campaign.
_BALLOT_SIDE = (r"(?:Yes|No)[ \xa0]+on[ \xa0]+(?:(?:Prop\.?|Proposition|Measure|Question|"
                r"Amendment|Issue|Initiative)[ \xa0]+)?[\w-]+")
_NPW = rf"(?:{_BALLOT_SIDE}|{_FUNC}[\w.'’-]+)"
# (its head may be a role written in capitals: "the longtime CEO", "the two-time MVP")
_NP_END = re.compile(
    rf"(?<![\w'’])(?:{_DETS})\s+(?:{_NPW}\s+){{0,6}}?(?:{_FUNC}[\w.'’-]*[a-z][\w'’-]*|"
    r"C[EFO]O|MVP)$")
_NP_START = re.compile(
    rf"(?:{_DETS})\s+(?:{_NPW}\s+){{0,5}}?{_FUNC}[\w'’-]*[a-z](?:[\w'’-]*)(?=\s*(?:[,.;:\n]|$|"
    r"\s+(?:who|of|for|at|in|on|with|from|to|and)\b))")
_BARE_NP = re.compile(r"^(?:[A-Za-z][\w.'’-]*\s+){0,3}[a-z][\w'’-]*s$")  # "Republican leaders"
_DESCRIPTOR = re.compile(r"(?:(?:the\s+)?(?:[a-z0-9][\w'’-]*|[A-Z][\w.'’-]*)[ \xa0]){1,6}")
_APPOSITIVE_NAME = re.compile(r"(?:[ \xa0]+[a-z][\w-]*){0,3},[ \xa0]+")
# ', James B. Comey' after a role, which may end in a short place: 'his best friend at Lehigh'.
_COMMA_NAME = re.compile(r"(?:[ \xa0]+(?:at|of|in|from|for)(?:[ \xa0]+[\w.'’-]+){1,4}?)?,[ \xa0]+")
# "the Chancellor of the Exchequer" at the end of a subject (rule capitalised_title)
_THE_END = re.compile(r"(?<![\w'’])[Tt]he[ \xa0]+[A-Z][\w.'’-]*"
                      r"(?:[ \xa0]+(?:of[ \xa0]+(?:the[ \xa0]+)?)?[A-Z][\w.'’-]*)*$")
_CAP_END = re.compile(r"(?<![\w'’])[A-Z][a-z][\w-]*(?:[ \xa0][A-Z][\w-]+){0,2}$")
# Sources that are not people but still name who speaks: "the statement", "the report".
SOURCE_NOUNS = frozenset("""statement report document campaign group committee editorial motion
petition affidavit declaration submission
board letter ad advertisement poll study survey website site memo release filing complaint lawsuit
indictment ruling order decision account post tweet message email note book article paper
newspaper magazine network station agency department ministry office administration government
council party union organization organisation association coalition company firm team
source sources officials aides advisers critics supporters analysts experts family
families majority accused
airline carrier retailer insurer automaker bank city province hospital university school
commission authority service police court tribunal institute foundation charity utility
bureau resolution prosecution defence defense
military army navy embassy consulate media warning advisory bulletin jury panel""".split())
_INDEFINITE = re.compile(r"^(?:a|an|one|another|some|many|several|two|three|four|five|most|"
                         r"other|both|each|every)\b", re.I)
_INDEFINITE_BEFORE = re.compile(r"(?<![\w'’])(?:[Aa]n?|[Aa]nother|[Oo]ne)[ \xa0]+$")


def indefinite_description(masked: str, start: int) -> int:
    """Rule indefinite_description: a capitalised description read as a source ("New
    Hampshire Republican") after "a", "an", "another" or "one" is someone unnamed of that
    kind, not the person last described so: the source is the description with its article
    (its speaker the description, as named_group gives it). Returns where the article
    starts, or -1. Examples:
      '"...," another New Hampshire Republican added.' -> 'another New Hampshire Republican'
      '"...," a South Carolina Republican said.' -> 'a South Carolina Republican'
      '"...," the New York Republican said.' -> -1 (the one described before)"""
    m = _INDEFINITE_BEFORE.search(masked, max(0, start - 9), start)
    return m.start() if m is not None else -1




@dataclass(slots=True)
class Cue:
    start: int
    end: int
    verb: str
    who: Who
    inverted: bool = False




def _plausible_name(words: str) -> bool:
    """A capitalised word the name finder left out ("Paris, who ..., said") - but not a
    sentence opener, a day or a demonym."""
    first = words.split()[0]
    return not (first in STOP or first in DATES or first in DEMONYMS or words in PLACES
                and " " in words)


_ANOTHER = re.compile(r"(?:[Aa]nother|a third|a fourth)(?=[ \xa0]*(?:[.,;!?\n]|$))")


def another_speaker(masked: str, a: int) -> Who | None:
    """Rule another_speaker: "another" (or "a third") alone as a cue's subject is one more of
    the people just quoted, unnamed: the quote is kept, with no one named. Examples:
      '"Who approved this?" wrote another.' -> "another"
      '"We are still here," said a third.' -> "a third"
      '"...," said another voter.' -> None (a noun phrase, read as such)"""
    m = _ANOTHER.match(masked, a)
    return None if m is None else Who(a, m.end(), m.group(), rule="another_speaker")


_CONJUNCTION = re.compile(r"(?:But|And|So|Yet|Still|Now|Then)[ \xa0]+")


# A party and state label after a name: "Sen. Claire McCaskill (D-Mo.), who ..., said".
_PAREN_AFTER = re.compile(r"[ \xa0]*\([^()]{1,20}\)")
_PAREN_BEFORE = re.compile(r"[ \xa0]*\([^()]{1,20}\)$")


def _after_paren(masked: str, pos: int, hi: int) -> int:
    m = _PAREN_AFTER.match(masked, pos, hi)
    return m.end() if m else pos


def before_paren(masked: str, lo: int, pos: int) -> int:
    if pos < 1 or masked[pos - 1] not in ")\n":
        return pos  # no bracket can end there: spare the search of every start
    m = _PAREN_BEFORE.search(masked, max(lo, pos - 24), pos)
    return m.start() if m else pos


def subject_before(masked: str, lo: int, v: int, names_by_end: dict[int, NameMention],
                   names_by_start: dict[int, NameMention], e: int | None = None) -> Who | None:
    """The source written just before a cue verb at v (clause starts at lo); `e`, if given,
    is strip_adverbs(masked, lo, v), where that source ends."""
    who = _subject_before(masked, lo, v, names_by_end, names_by_start, e)
    if who is None and (r := relative_clause(masked, lo, v)) is not None:
        who = _subject_before(masked, lo, r, names_by_end, names_by_start)
        if who is not None and not who.rule:
            who.rule = "relative_clause"
    if who is None:
        who = unclosed_apposition(masked, lo, v, names_by_start)
    if who is None and (who := relative_who(masked, lo, v, names_by_end)) is not None:
        return who
    if who is None and (r := relative_which(masked, lo, v)) >= 0:
        if (who := body_which(masked, lo, r, names_by_end)) is not None:
            return who
        who = _subject_before(masked, lo, r, names_by_end, names_by_start)
        if who is None or who.entity >= 0 or not who.text.lower().startswith("the "):
            return None  # (only a document the article brought up: "the resolution which")
        who.rule = who.rule or "relative_which"
    return who


_WHICH_BEFORE = re.compile(r"[ \xa0]+(?:which|that)[ \xa0]+$")


# A role noun and "of" or "for" right before a person's name: "a spokesman for", "the family
# of", "lawyers for the family of" (rule agent_of).
# (a role noun after up to two lower-case words, then its preposition: rules agent_of and
# spokesperson_for read one with their own prepositions)
_ROLE_THEN = r"(?:[a-z][\w-]*[ \xa0]+){0,2}?([A-Za-z][a-z-]*)[ \xa0]+"
_AGENT_OF = re.compile(r"(?<![\w'’])((?:[Tt]he|[Aa]n?|[Oo]ne|[Tt]wo|[Tt]hree)[ \xa0]+)?"
                       + _ROLE_THEN
                       + r"(?:of|for)[ \xa0]+(?:the[ \xa0]+family[ \xa0]+of[ \xa0]+)?$")


def agent_of(masked: str, lo: int, nm: NameMention, e: int) -> Who | None:
    """Rule agent_of: a person's name after a role noun and "of" or "for" names whom the
    source speaks for or belongs to, not the source: the source is the one so described,
    whom the article does not name. Examples:
      'A spokesman for John Smith said the claim was "false."' -> spokesman for John Smith
      'The family of Tyre Nichols said they were "devastated."' -> family of Tyre Nichols
      'Lawyers for John Smith said ...' -> Lawyers for John Smith
      'George Zornick of The Nation wrote' -> None (no role noun before "of": rule
       affiliated_person)"""
    if not masked[max(lo, nm.start - 5):nm.start].rstrip(" \xa0").endswith(("of", "for")):
        return None  # (a plain test first: this is asked of every name before a cue)
    m = _AGENT_OF.search(masked, max(lo, nm.start - 60), nm.start)
    if m is None:
        return None
    head = m.group(2).lower()
    if head not in PERSON_ROLE_NOUNS and head[:-1] not in PERSON_ROLE_NOUNS and \
            head not in SOURCE_NOUNS:
        return None
    s = m.start(1) if m.group(1) else m.start(2)
    who = Who(s, e, masked[s:e])
    who.rule = "agent_of"
    return who


def relative_which(masked: str, lo: int, v: int) -> int:
    """Rule relative_which: a cue verb right after "which" or "that" ("the resolution which
    said") has for its source the noun phrase before the relative pronoun, when that is a
    definite one ("the ..."): a document the article brought up, which speaks for its
    author (rule document_author). Returns where "which" stands, or -1. Examples:
      'The council approved a resolution. It voted for the resolution which said the city
       "condemns anti-Muslim rhetoric."' -> the resolution (the council's)
      'Sanders is releasing a new ad that urges voters to "send a message"' -> (an
       indefinite phrase: not this rule; the sentence's subject, Sanders)
      'Smith said that "..."' -> -1 ("that" opens the reported clause: no cue after it)"""
    tail = masked[max(lo, v - 8):v].rstrip(" \xa0")
    if not tail.endswith(("which", "that")):
        return -1  # (a plain test first: this is asked of every cue with no source)
    m = _WHICH_BEFORE.search(masked, max(lo, v - 8), v)
    return m.start() if m is not None and m.start() > lo else -1


def body_which(masked: str, lo: int, r: int, names_by_end: dict[int, NameMention]
               ) -> Who | None:
    """Rule body_which: a cue verb after ", which" (r: where "which" stands) right after a
    body's name has that body for its source, as "who" after a person's name has that person
    (rule relative_who), however the sentence opens. Examples:
      'CBC News reached out to the Prime Minister's Office, which said the remark was "taken
       out of context."' -> Prime Minister's Office
      'The figure came from the Fraser Institute, which said it was "conservative."'
          -> Fraser Institute
      'Smith cited the report, which said it was "grim."' -> None (no body named)
      'It quoted the Globe and Mail which said' -> None (no comma: a restrictive clause)"""
    if not masked.startswith("which", r + 1):
        return None
    e = r
    while e > lo and masked[e - 1] in " \xa0":
        e -= 1
    if e <= lo or masked[e - 1] != ",":
        return None
    return body_source(names_by_end.get(e - 1), "body_which")


def body_source(body: NameMention | None, rule: str) -> Who | None:
    """The source a body's name (not a possessive) gives, decided by the rule named; None
    when it names no body (rules body_which and body_in_place)."""
    if body is None or body.kind != ORGANISATION or body.possessive:
        return None
    who = from_name(body)
    who.rule = rule
    return who


_APPOSITION_OPEN = re.compile(r",[ \xa0]+(?:the|a|an)[ \xa0]")


def unclosed_apposition(masked: str, lo: int, v: int, names_by_start: dict[int, NameMention]
                        ) -> Who | None:
    """Rule unclosed_apposition: a clause opening with a person's name and a description
    after a comma that no second comma closes ("Nate Silver, the polling guru who founded
    fivethirtyeight.com tweeted") has that person for the subject of its verb, as with the
    comma written. Examples:
      '"...," Nate Silver, the polling guru who founded fivethirtyeight.com tweeted.'
          -> Nate Silver
      'Jo Smith, a nurse at the hospital for 20 years said "..."' -> Jo Smith
      'Jo Smith, the nurse, and her lawyer said' -> None (a second comma: the rules before
       read it)"""
    a = lo
    while a < v and masked[a] in " \t\xa0,—–-\x01(":
        a += 1
    nm = names_by_start.get(a)
    if nm is None or nm.kind != PERSON or nm.possessive or len(nm.name) < 2 and not nm.titled:
        return None
    if _APPOSITION_OPEN.match(masked, nm.end) is None or \
            masked.find(",", nm.end + 1, v) >= 0 or v - nm.end > 150:
        return None
    who = from_name(nm)
    who.rule = "unclosed_apposition"
    return who


_RELATIVE = re.compile(r"[ \xa0]+who[ \xa0]+(?:[a-z][\w'’-]*[ \xa0,]+){1,10}$")
_WHO_CUE = re.compile(r"(?:,|[ \xa0]?[—–]|[ \xa0]-)[ \xa0]*who(?:[ \xa0]+(?:also|has|had|have|"
                      r"later|then|once|previously|earlier|recently|repeatedly|publicly))*"
                      r"[ \xa0]+$")


def relative_who(masked: str, lo: int, v: int, names_by_end: dict[int, NameMention]
                 ) -> Who | None:
    """Rule relative_who: a cue verb opening a relative clause after a person's name and a
    comma or a dash ("..., Andrew Bates, who said") has that person for its source. Examples:
      'a statement by deputy press secretary Andrew Bates, who said the figures were
       "accurate."' -> Andrew Bates
      'Trump, who once called climate change "a hoax," said ...' -> Trump (for "called")
      'Sen. Mike Lee (R-Utah) — who has called the bill "a Trojan horse" — voted no.'
          -> Mike Lee
      'the report, which said' -> None (not "who": rule relative_which)"""
    a = max(lo, v - 40)
    if masked.find("who", a, v) < 0:
        return None  # (a plain search first: this is asked of every cue with no source)
    m = _WHO_CUE.search(masked, a, v)
    if m is None:
        return None
    nm = names_by_end.get(m.start()) or names_by_end.get(before_paren(masked, lo, m.start()))
    if nm is None or nm.kind != PERSON or nm.possessive:
        return None
    who = from_name(nm)
    who.rule = "relative_who"
    return who


def relative_clause(masked: str, lo: int, v: int) -> int | None:
    """Rule relative_clause: a source with a relative clause and no commas around it ("an
    official who spoke on condition of anonymity said") is the noun phrase before "who";
    returns where it ends. Examples:
      'a White House official who spoke anonymously to discuss strategy said'
          -> 'a White House official'
      'a senior aide who was not authorized to speak publicly said' -> 'a senior aide'
      'Smith, who lost in 2015, said' -> None (the commas: the appositive rules read it)
      'West, a supporter who has vociferously criticized' -> None (the cue verb is the
       relative clause's own)"""
    a = max(lo, v - 120)
    if masked.find("who", a, v) < 0:
        return None  # (a plain search first: this is asked of every cue with no source)
    m = _RELATIVE.search(masked, a, v)
    if m is None or m.start() <= lo:
        return None
    words = m.group().replace(",", " ").split()[1:]
    if all(w in _AUXILIARIES or w.endswith("ly") for w in words):
        return None  # "a supporter who has vociferously criticized": the cue is the clause's
    return m.start()


_AUXILIARIES = frozenset(("has have had is was were are be been being also not never "
                          "often later since then once just").split())


def appositive_comma(masked: str, lo: int, hi: int) -> int:
    """The last comma in masked[lo:hi] that can open an appositive: not one inside a number
    (rule number_comma). Examples:
      'The Ontario Medical Association, which represents the province's 43,000 physicians,'
          -> the comma after "Association", not the one of "43,000"
      'Smith, 67, said' -> the comma after "Smith" (the number stands alone)"""
    k = masked.rfind(",", lo, hi)
    while k > lo and masked[k - 1].isdigit() and masked[k + 1:k + 2].isdigit():
        k = masked.rfind(",", lo, k)
    return k


_MODIFIED_NAME = re.compile(r"the(?:[ \xa0]+[a-z][a-z-]+){1,2}[ \xa0]+")


def modified_name(masked: str, a: int, names_by_start: dict[int, NameMention]
                  ) -> NameMention | None:
    """Rule modified_name: an appositive that is "the", one or two lower-case words and a
    person's name (masked[a:] onward) names the subject, as columns bring in the dead and the
    well known. Examples:
      '"...," my first editor, the late Bill Fox, told me in 1986.' -> Bill Fox
      'Her lawyer, the veteran Marie Henein, said' -> Marie Henein
      'His critics, the people of Ontario, said' -> None (no person's name)"""
    m = _MODIFIED_NAME.match(masked, a)
    nm = names_by_start.get(m.end()) if m is not None else None
    if nm is None or nm.kind != PERSON:
        return None
    return nm


def named_body_apposition(masked: str, prev: int, a: int, e: int,
                          names_by_start: dict[int, NameMention],
                          names_by_end: dict[int, NameMention]) -> Who | None:
    """Rule named_body_apposition: a subject in common nouns ("The union", "The teachers'
    union") with a body's name in apposition after it, "the" and the name (masked[a:e]), is
    that body, as a person's name in apposition is that person. Examples:
      'The union, the Ontario Nurses' Association, called the offer "insulting."'
        -> Ontario Nurses' Association
      'The teachers' union, the Fédération autonome de l'enseignement, said' -> the Fédération
      'John Smith, the Assembly of First Nations, said' -> not this rule (a name before the
        comma: no noun the body renames)
      'The union, the nurses, said' -> None (no body's name)"""
    if masked[a:a + 4] not in ("the ", "The ") or names_by_end.get(prev) is not None:
        return None
    body = names_by_start.get(a + 4)
    if body is None or body.kind != ORGANISATION or body.possessive or \
            _after_paren(masked, body.end, e) != e:
        return None
    who = from_name(body)
    who.start, who.rule = a, "named_body_apposition"
    return who


def named_apposition(masked: str, a: int, e: int, names_by_end: dict[int, NameMention]
                     ) -> Who | None:
    """Rule named_apposition: an appositive that describes someone and ends "named" and a
    person's name (masked[a:e]) gives the subject that name, as features introduce people.
    Examples:
      'The governor's chief of staff, a wiry man named Tom Hoffman, put it bluntly: "..."'
          -> Tom Hoffman, role "a wiry man"
      'The chief of staff, a man he trusted, said' -> None (no name)"""
    nm = names_by_end.get(e)
    if nm is None or nm.kind != PERSON or nm.possessive or nm.start - 6 < a or \
            masked[nm.start - 6:nm.start] != "named ":
        return None
    who = from_name(nm)
    who.role = masked[a:nm.start - 6].strip() or None
    who.rule = "named_apposition"
    return who


# A person's place of work after the name in an appositive: " of the ", " at ", " with "
_AFFILIATION_TAIL = re.compile(r"[ \xa0]+(?:of|at|with)[ \xa0]+(?:the[ \xa0]+)?\Z")


def role_apposition(masked: str, a: int, e: int, names_by_end: dict[int, NameMention]
                    ) -> Who | None:
    """Rule role_apposition: an appositive (masked[a:e]) of a few words that ends with a role
    noun and a person's name gives the subject that person, not the owner or employer named
    before the role. Examples:
      'Her guest, former Trump attorney Alina Habba, agreed: "..."' -> Alina Habba
      'The host, Fox News anchor Laura Ingraham, said' -> Laura Ingraham
      'His spokesman, Biden aide Andrew Bates, said' -> Andrew Bates
      'The company, which hired Trump, said' -> None (no role before the name)
    One role noun in lower case will do, and the person may be placed at a body after the
    name, as analysis and podcasts bring in their guests:
      'Her guest, economist Trevor Tombe of the University of Calgary, said' -> Trevor Tombe
      'His spokesperson, lawyer Jane Smith, said' -> Jane Smith
      'The union, Unifor, said' -> None (no person named)"""
    while e > a and masked[e - 1].isspace():
        e -= 1
    nm = names_by_end.get(e)
    if nm is not None and nm.kind == ORGANISATION and \
            (tail := _AFFILIATION_TAIL.search(masked, a, nm.start)) is not None:
        nm = names_by_end.get(tail.start())  # "economist Trevor Tombe of the University of ..."
    if nm is None or nm.kind != PERSON or nm.possessive or nm.start <= a:
        return None
    words = masked[a:nm.start].split()
    if not (2 <= len(words) <= 6 or (len(words) == 1 and words[0].islower())) or \
            words[-1] not in PERSON_ROLE_NOUNS:
        return None
    who = from_name(nm)
    who.role = " ".join(words)
    who.rule = "role_apposition"
    return who


def first_of_list(masked: str, lo: int, nm: NameMention,
                  names_by_end: dict[int, NameMention]) -> NameMention:
    """Rule first_of_list: of a list of names as the subject ("A, B and C said"), the first
    named speaks for them, as of two ("A and B wrote"); `nm` is the one before "and". A name
    after a preposition is a place or an employer, no part of the list. Examples:
      'former Presidents Bush, Clinton and Obama called the attack "a disgrace."' -> Bush
      'Smith, Jones and Brown wrote' -> Smith
      'In Washington, Clinton and Obama said' -> Clinton (Washington after "In")"""
    while nm.start - 2 > lo and masked[nm.start - 2:nm.start] == ", " and \
            (prev := names_by_end.get(nm.start - 2)) is not None and prev.kind == nm.kind and \
            not prev.possessive and \
            _AFTER_PREPOSITION.search(masked, max(lo, prev.start - 12), prev.start) is None:
        nm = prev
    return nm


def _subject_before(masked: str, lo: int, v: int, names_by_end: dict[int, NameMention],
                    names_by_start: dict[int, NameMention], e: int | None = None) -> Who | None:
    if e is None:
        e = strip_adverbs(masked, lo, v)
    while e > lo and masked[e - 1].isspace():
        e -= 1
    if e <= lo:
        return None
    role = None
    if masked[e - 1] in _DASHES and (who := dash_apposition(masked, lo, e, names_by_start)):
        return who
    if masked[e - 1] == ",":
        a = lo
        while a < e and masked[a] in " \t\xa0,—–-\x01(":
            a += 1
        if (cj := _CONJUNCTION.match(masked, a)) is not None:
            a = cj.end()  # "But Tom Fitton, the president of Judicial Watch, ..., said"
        nm = names_by_start.get(a)
        if nm is not None and not nm.possessive and \
                masked[_after_paren(masked, nm.end, e):][:1] == ",":
            who = from_name(nm)  # "Cecelia Purner, 67, a retired ..., Pa., said"
            who.role = masked[nm.end + 1:e - 1].strip() or None
            return who
        inner_end = e - 1
        prev = appositive_comma(masked, lo, inner_end)
        if prev < 0:
            return None
        a = prev + 1
        while a < inner_end and masked[a].isspace():
            a += 1
        modified = None if a in names_by_start else modified_name(masked, a, names_by_start)
        nm = names_by_start.get(a) or modified
        if nm is None and (who := named_body_apposition(masked, prev, a, inner_end, names_by_start,
                                                        names_by_end)) is not None:
            return who
        if nm is not None and _after_paren(masked, nm.end, inner_end) == inner_end and \
                not nm.possessive:
            if modified is not None:
                who = from_name(nm)  # the mention opens with its modifier: "the late X"
                who.start, who.rule = a, "modified_name"
                return who
            town = names_by_end.get(prev)
            if town is not None and person_after_place(masked, prev, nm):
                who = from_name(nm)  # "The mayor of Ste-Marie, Gaétan Vachon, said"
                who.rule = "person_after_place"
                return who
            if town is not None and (who := place_of_source(masked, lo, town)) is not None:
                return who  # "A man in Surrey, B.C., told": the region is no source either
            return from_name(nm)  # "a spokeswoman, Anna Richardson White, said"
        if (who := named_apposition(masked, a, inner_end, names_by_end)) is not None or \
                (who := role_apposition(masked, a, inner_end, names_by_end)) is not None:
            return who
        role = masked[a:inner_end].strip()
        if not role or len(role.split()) > 25:
            return None
        e = prev
        while e > lo and masked[e - 1].isspace():
            e -= 1
    nm = names_by_end.get(e) or names_by_end.get(before_paren(masked, lo, e))
    if nm is not None and nm.kind == PERSON and (who := agent_of(masked, lo, nm, e)) is not None:
        return who  # "a spokesman for John Smith said": the spokesman, not Smith
    if nm is not None and masked[nm.start - 4:nm.start] in _AFFILIATION_ENDS and \
            (person := affiliated_person(masked, lo, nm, names_by_end)):
        who = from_name(person)  # "George Zornick of The Nation wrote": Zornick, not the Nation
        who.rule = "affiliated_person"
        return who
    if nm is not None and nm.kind == ORGANISATION and not role:
        # "Sam Lau, the communications director for the Iowa Democratic Party said": the
        # appositive was never closed; the person opening the clause is the source.
        a = lo
        while a < e and masked[a] in " \t\xa0,—–-\x01(":
            a += 1
        first = names_by_start.get(a)
        if first is not None and first.kind == PERSON and masked[first.end:first.end + 1] == ",":
            who = from_name(first)
            who.role = masked[first.end + 1:e].strip() or None
            return who
    if nm is not None and (r := received_by(masked, lo, nm.start)) >= 0:
        return _subject_before(masked, lo, r, names_by_end, names_by_start)
    if nm is not None and masked[nm.start - 1:nm.start] in (" ", "\xa0") and \
            ((who := body_in_place(masked, nm.start, names_by_end)) is not None or
             (who := place_of_source(masked, lo, nm)) is not None):
        return who
    if nm is not None and not nm.possessive:
        first = names_by_end.get(nm.start - 5)
        listed = False
        if first is not None and masked[nm.start - 5:nm.start] == " and " and \
                first.kind == nm.kind:
            # "Edward-Isaac Dovere and Gabriel Debenedetti wrote": the first named
            nm = first_of_list(masked, lo, first, names_by_end)
            listed = nm is not first
        who = from_name(nm)
        if listed:
            who.rule = "first_of_list"
        if role:
            who.role = role
            who.end = v
        return who
    lo = max(lo, e - 80)  # a noun phrase subject is a few words long
    text = masked[lo:e]
    parts = text.rsplit(None, 1)
    last = parts[-1] if parts else ""
    if last == "police":
        if (m := _OF_POLICE.search(masked, lo, e)) is not None and (
                (nm := names_by_end.get(m.start())) is not None or  # "X of the Toronto police"
                (nm := names_by_end.get(lo + len(text.rstrip()) - len(" police"))) is not None and
                " of " in nm.text) and nm.kind == PERSON:  # one run: "X of Toronto police"
            who = from_name(nm)  # rule member_of_force: "Sgt. Marco Ricciardi of Toronto
            who.rule = "member_of_force"  # police said" is the officer, not the force
            return who
        return police_source(masked, lo, e)
    if last.lower() in _PRONOUNS:
        pm = _PRONOUN_END.search(text, len(text) - len(last) - 1)
        if pm:
            return Who(lo + pm.start(), e, pm.group(1))
    if last[:1].isupper() and is_role_plural(last):
        if not text[:len(text) - len(last)].strip(" ,—-"):
            return Who(e - len(last), e, last)  # rule role_plural: "Aides said", no one named
        return None
    if " of " in text and (who := dated_document(masked, lo, e)) is not None:
        return who
    if last[:1].isupper() and last not in CAPITAL_ROLES:  # (rule capital_role: below)
        t = _THE_END.search(text)
        if t and is_title(text[t.start() + 4:]):
            # Rule capitalised_title: "the Chancellor said", "The Prime Minister said:" (as
            # Commonwealth news writes titles) is a title like "the chancellor", never a
            # person called "Chancellor"; rule titled_person then finds whom it names.
            return Who(lo + t.start(), e, masked[lo + t.start():e])
        cm = _CAP_END.search(text)
        if cm and _plausible_name(cm.group()):
            s = lo + cm.start()
            if (who := body_in_place(masked, s, names_by_end)) is not None:
                return who  # "The Indian Embassy in Washington said"
            if (who := person_placed(masked, lo, s)) is not None:
                return who  # "Officials in Ottawa say": a place the name finder left out
            return Who(s, e, masked[s:e], kind=PERSON)
        if (fp := _ROLE_FROM_PLACE.search(text)) and fp.group(2).lower() in PERSON_ROLE_NOUNS:
            # Rule role_from_place: "the Democrat from Ohio said" is a role noun with where
            # the person is from, not a place speaking (role_head reads its head).
            who = Who(lo + fp.start(1), e, masked[lo + fp.start(1):e])
            who.rule = "role_from_place"
            return who
        return None
    # Only a role or a source noun can end a noun-phrase subject: "the chief U.S. diplomat",
    # or a role or a source with its complement: "the former secretary of state", "the
    # statement of claim" (a civil suit's pleading).
    if ("familiar" in text or "close to" in text) and \
            (who := familiar_with(masked, lo, e)) is not None:
        return who
    if (who := modified_head(masked, lo, e)) is not None:
        return who
    head = last.lower()
    if head not in PERSON_ROLE_NOUNS and (i := text.rfind(" of ")) > 0:
        j = text.rfind(" ", 0, i) + 1
        if (text[j:i] in PERSON_ROLE_NOUNS or text[j:i] in SOURCE_NOUNS) and \
                _OF_TAIL.fullmatch(text, i):
            head = text[j:i]
    if head in PERSON_ROLE_NOUNS or head in SOURCE_NOUNS or age_noun(head) or \
            head[:-1] in PERSON_ROLE_NOUNS:
        nm2 = _NP_END.search(text)
        if nm2 and (doc := addressed_document(masked, lo, lo + nm2.start())) is not None:
            return doc  # "Sanders' email to his supporters notes"
    if head in POSITION_NOUNS and (nm2 := _NP_END.search(text)) is not None and \
            played_position(last, text[nm2.start():].split()[1:-1]):
        return Who(lo + nm2.start(), e, masked[lo + nm2.start():e], role=role)  # "the veteran
        # forward said", "the Chicago Sky forward said" (rules played_position, team_position)
    if head in PERSON_ROLE_NOUNS or head in SOURCE_NOUNS or age_noun(head):
        nm2 = _NP_END.search(text)
        if nm2:
            s = relative_that(masked, lo + nm2.start(), e)
            return Who(s, e, masked[s:e], role=role)
    if (head[:-1] in PERSON_ROLE_NOUNS or head in SOURCE_NOUNS) and \
            (bare := plural_after_break(text)) is not None:  # "Republican leaders"
        who = Who(e - len(bare), e, bare)
        if len(bare) < len(text.strip()):
            who.rule = "plural_after_break"
        return who
    return None


# A subject opening its clause: a role or source noun, then where it is or whom it
# represents ("The union representing 3,000 workers at the smelter", "Nurses at the hospital").
_MODIFIED_HEAD = re.compile(
    r"[ \t\xa0\x01(]*((?:(?:[Tt]he|[Aa]n?|[Oo]ne|[Tt]wo|[Tt]hree|[Ss]everal|[Ss]ome|[Mm]any)"
    r"[ \xa0]+)?(?:[a-z][\w-]*[ \xa0]+){0,2}?([A-Za-z][a-z-]*)[ \xa0]+"
    r"(?:at|in|from|representing|inside)[ \xa0]+(?:[\w'’.$-]+|\d{1,3}(?:,\d{3})+)"
    r"(?:[ \xa0]+(?:[\w'’.$-]+|\d{1,3}(?:,\d{3})+)){0,6})")


def modified_head(masked: str, lo: int, e: int) -> Who | None:
    """Rule modified_head: a subject that opens its clause with a role or source noun and
    says where it is or whom it represents ("at", "in", "from", "representing") is that
    unnamed source, not the place or the people it names last. Examples:
      'The union representing 3,000 workers at the smelter said' -> the union ...
      'Nurses at the hospital said' -> Nurses at the hospital (not "the hospital")
      'The smelter at the edge of town said' -> None (a smelter is no source)
      'He told them at the meeting that' -> None (not a noun phrase)"""
    m = _MODIFIED_HEAD.fullmatch(masked, lo, e)
    if m is None:
        return None
    head = m.group(2).lower()
    if head not in PERSON_ROLE_NOUNS and head not in SOURCE_NOUNS and \
            head[:-1] not in PERSON_ROLE_NOUNS:
        return None
    who = Who(m.start(1), e, masked[m.start(1):e])
    who.rule = "modified_head"
    return who


def plural_after_break(text: str) -> str | None:
    """Rule plural_after_break: a bare plural subject ("city officials", "Republican
    leaders") may open a clause after a colon or a semicolon as well as a sentence; the
    unnamed group is the source, not someone named before the colon. `text` ends at the
    verb; the plural is what follows the last colon or semicolon, else the whole. Examples:
      'That is false: city officials' -> 'city officials'
      'The vote failed; Republican leaders' -> 'Republican leaders'
      'That is false: the claim of city officials' -> None (no bare plural)"""
    clause = text[max(text.rfind(":"), text.rfind(";")) + 1:].strip()
    return clause if _BARE_NP.match(clause) else None


# A source described by what it knows: "one person familiar with the president's thinking",
# "people close to the senator", "a source familiar with the talks".
_FAMILIAR = re.compile(r"(?<![\w'’])((?:[Aa]n?|[Oo]ne|[Tt]wo|[Tt]hree|[Ss]everal|[Tt]he)[ \xa0]+)?"
                       r"(?:[a-z][\w-]*[ \xa0]+){0,2}?([A-Za-z][\w-]*)[ \xa0]+"
                       r"(?:familiar[ \xa0]+with|close[ \xa0]+to)[ \xa0]+"
                       r"(?:[\w'’.-]+[ \xa0]+){0,5}[\w'’.-]+$")


def familiar_with(masked: str, lo: int, e: int) -> Who | None:
    """Rule familiar_with: a person or a source described as "familiar with" or "close to"
    something, then the cue, is an unnamed source (as US political news attributes what it
    may not name), not the thing it is familiar with. Examples:
      '"He's furious," one person familiar with the president's thinking said.'
          -> one person familiar with the president's thinking (no one named)
      'People close to the senator said he was "done."' -> People close to the senator
      'the plan familiar with it said' -> None (a plan is no source)"""
    m = _FAMILIAR.search(masked, lo, e)
    if m is None:
        return None
    head = m.group(2).lower()
    if head not in ("person", "people") and head not in SOURCE_NOUNS and \
            head not in PERSON_ROLE_NOUNS and head[:-1] not in PERSON_ROLE_NOUNS:
        return None
    s = m.start(1) if m.group(1) else m.start(2)
    who = Who(s, e, masked[s:e])
    who.rule = "familiar_with"
    return who


# A person described by a role noun, then where they live or come from: "a woman in",
# "one voter from", "a longtime resident of" is left out (a person of an organisation).
# (where: a preposition of place, and "Toronto to" of "from Toronto to Montreal")
_PLACE_TAIL = (r"[ \xa0]+(?:in|from|near|outside|across|of)[ \xa0]+"
               r"(?:[A-Z][\w.'’-]*[ \xa0]+(?:[A-Z][\w.'’-]*[ \xa0]+)*to[ \xa0]+)?$")
_PERSON_IN = re.compile(r"(?<![\w'’])((?:[Aa]n?|[Oo]ne|[Aa]nother|[Tt]he)[ \xa0]+"
                        r"(?:[a-z][\w-]*[ \xa0]+){0,3}?([a-z][\w-]*))" + _PLACE_TAIL)
# People named by a plural role, with no article: "officials in Ottawa", "mayors from Toronto
# to Montreal", "residents of Halifax".
_PEOPLE_IN = re.compile(r"(?<![\w'’])(([A-Za-z][a-z-]*s))" + _PLACE_TAIL)


def place_of_source(masked: str, lo: int, nm: NameMention) -> Who | None:
    """Rule place_of_source: a name after "in", "from", "near" or "outside" that follows a
    person described by a role noun ("a woman in Worcester, Massachusetts, told him", "a
    voter from Brampton said") is where that person lives, not the source: the source is the
    person so described, whom the article does not name. Only a name with no title and no
    known sex can be a place. Examples:
      'A woman in Worcester, Massachusetts, told him she worries he is "too nice."'
          -> a woman (no speaker named; not Worcester)
      '"It is far too late," a voter from Brampton, Ontario, said.' -> a voter
      'A man in Surrey, B.C., told CBC News the fire was "the worst."' -> a man (not B.C.)
      'A spokesman from Ontario Power Generation said' -> None (an organisation speaks through
       its spokesman: the name is the source)
      'A lawyer in Sen. Smith's office said' -> None (a titled name is a person)
      'Officials in Ottawa say the plan is "dead on arrival."' -> officials (not Ottawa)
      'Mayors from Toronto to Montreal say they have "run out of room."' -> mayors
      'Residents of Halifax said the storm was "terrifying."' -> residents
      'A friend of Smith said he was "devastated."' -> a friend (not Smith)"""
    if nm.kind != PERSON or nm.titled or nm.gender is not None or nm.possessive or \
            not masked[max(lo, nm.start - 9):nm.start].rstrip(" \xa0").endswith(
                ("in", "from", "near", "outside", "across", "of", "to")):
        return None  # (a plain test first: this is asked of every name before a cue)
    return person_placed(masked, lo, nm.start)


def body_in_place(masked: str, start: int, names_by_end: dict[int, NameMention]) -> Who | None:
    """Rule body_in_place: a place after "in" that follows a named body is where the body
    sits, not the source: the body speaks. `start`: where the place's name starts. Examples:
      'The Indian Embassy in Washington said it was "in touch with the family."'
          -> Indian Embassy (not Washington)
      'The Chinese Consulate in San Francisco said' -> Chinese Consulate
      'Officials in Ottawa say' -> None (no body named: rule place_of_source)
      'A spokesman in Sen. Smith's office said' -> None"""
    if masked[start - 4:start] not in (" in ", "\xa0in "):
        return None
    return body_source(names_by_end.get(start - 4), "body_in_place")


def person_after_place(masked: str, comma: int, nm: NameMention) -> bool:
    """Rule person_after_place: after "the mayor of Ste-Marie," a name of two words or more
    that is no region is the person so described, in apposition, not the place's region
    (rule place_of_source). Examples:
      'The mayor of Ste-Marie, Gaétan Vachon, said' -> True (Gaétan Vachon)
      'A man in Surrey, B.C., told' -> False (a region: the man is unnamed)
      'A voter from Brampton, Ontario, said' -> False"""
    return nm.kind == PERSON and len(nm.name) > 1 and REGION_AFTER.match(masked, comma) is None


def person_placed(masked: str, lo: int, start: int) -> Who | None:
    """Rule place_of_source, for a place at `start` (a name, or a capitalised word the name
    finder left out: "Officials in Ottawa say"): the people described before it."""
    m = _PERSON_IN.search(masked, max(lo, start - 60), start)
    if m is None or m.group(2) not in PERSON_ROLE_NOUNS:
        m = _PEOPLE_IN.search(masked, max(lo, start - 60), start)
        if m is None or m.group(2)[:-1].lower() not in PERSON_ROLE_NOUNS and \
                m.group(2).lower() not in SOURCE_NOUNS:
            return None
    who = Who(m.start(1), m.end(1), m.group(1))
    who.rule = "place_of_source"
    return who


_RELATIVE_THAT = re.compile(r"(?:that|which)[ \xa0]+(?=(?:the|a|an|his|her|its|their)[ \xa0])",
                            re.I)


def relative_that(masked: str, s: int, e: int) -> int:
    """Rule relative_that: a source noun phrase found opening with "that" or "which" and a
    determiner ("a trend that the foundation predicts will continue") starts at the
    determiner: "that" is the relative pronoun, not a demonstrative. Returns where the
    phrase starts. Examples:
      'a trend that the foundation predicts' -> "the foundation" (then rule
       named_group_before: the National Golf Foundation)
      'a plan which the company says will work' -> "the company"
      'That official said' -> unchanged (no determiner after it: a demonstrative)"""
    m = _RELATIVE_THAT.match(masked, s, e)
    return m.end() if m is not None else s


_DOCUMENT_TO = re.compile(r"([a-z][\w-]*)[ \xa0]+to[ \xa0]+$")


def addressed_document(masked: str, lo: int, s: int) -> Who | None:
    """Rule addressed_document: the people a document was sent to ("an email to his
    supporters", "a letter to lawmakers") are not the source of its cue verb; the document
    is, and speaks for its author (rule document_author). `s` is where the noun phrase
    before the cue starts; returns the document's noun phrase, or None when no document
    is addressed just before it. Examples:
      'Sanders' fundraising email to his supporters notes that "..."'
          -> Sanders' fundraising email (not his supporters)
      'Her letter to the city's councillors says the plan is "..."' -> Her letter
      'The mayor's aides say "..."' -> None (no document addressed)"""
    m = _DOCUMENT_TO.search(masked, max(lo, s - 40), s)
    if m is None or m.group(1) not in DOCUMENT_NOUNS:
        return None
    np = _NP_END.search(masked, max(lo, m.end(1) - 80), m.end(1))
    if np is None:
        return None
    who = Who(np.start(), np.end(), np.group())
    who.rule = "addressed_document"
    return who


# Participles of getting hold of a document, not of writing it: "obtained by CNN".
_RECEIVED = r"(?:obtained|seen|reviewed|acquired|viewed|examined|received)"
_RECEIVED_BY = re.compile(rf"(?<![\w'’]){_RECEIVED}[ \xa0]+by[ \xa0]+(?:[Tt]he[ \xa0]+)?$")


def received_by(masked: str, lo: int, start: int) -> int:
    """Rule received_by: a name after "obtained by", "seen by", "reviewed by" is whoever got
    hold of a document (a newsroom, an investigator), not the subject of the cue verb that
    follows; the subject is the noun phrase before the participle, and this returns where it
    ends (-1 when the name is not so introduced). Examples:
      'A memo obtained by CNN says that "..."' -> the memo (no named author: no speaker)
      'A letter from the American Legion obtained by The Associated Press warns that "..."'
          -> American Legion
      'A statement released by the White House said "..."' -> -1 (the White House wrote it)"""
    a = max(lo, start - 24)
    if masked.find("by", a, start) < 0:
        return -1  # (a plain search first: this is asked of every name before a cue)
    m = _RECEIVED_BY.search(masked, a, start)
    return m.start() if m is not None else -1


_DASHES = frozenset("—–-")
_DASH_OPEN = re.compile(r"(?:[ \xa0]+(?:--?|[—–])|[—–])[ \xa0]*")


def dash_apposition(masked: str, lo: int, e: int, names_by_start: dict[int, NameMention]
                    ) -> Who | None:
    """Rule dash_apposition: a person named between two dashes after a description is the
    source of the cue after the second dash, as with commas ("a spokeswoman, Anna White,
    said"). Examples:
      'A former Republican presidential candidate -- John McCain, who lost in 2008 -- said'
          -> John McCain
      'Her lawyer — Marie Henein — said' -> Marie Henein
      'The party — which lost in 2015 — said' -> None (no person between the dashes)"""
    k = e - 1
    while k > lo and masked[k - 1] in _DASHES:
        k -= 1
    for m in _DASH_OPEN.finditer(masked, max(lo, k - 300), k):
        nm = names_by_start.get(m.end())
        if nm is not None and nm.kind == PERSON and not nm.possessive and m.start() > lo:
            who = from_name(nm)
            who.rule = "dash_apposition"
            return who
    return None


_POLICE_BEFORE = re.compile(r"((?:[A-Z][\w.'’-]*[ \xa0]+){0,3})(?:(?:provincial|city|local|state|"
                            r"military|federal|transit)[ \xa0]+)?police$")
_POLICE_NAMED = re.compile(r"(?:[A-Z][\w.'’-]*[ \xa0]+){1,4}Police(?:[ \xa0]+(?:Service|"
                           r"Department|Force))?\b")


# Rule member_of_force: a person "of" a police force before the cue ("Staff Sgt. Marco
# Ricciardi of Toronto police said") speaks, not the force. Examples:
#   'Staff Sgt. Marco Ricciardi of Toronto police said' -> Marco Ricciardi
#   'Toronto police said' -> Toronto police (rule police_source)
_OF_POLICE = re.compile(r"[ \xa0]+of[ \xa0]+(?:the[ \xa0]+)?(?:[A-Z][\w.'’-]*[ \xa0]+){0,3}"
                        r"(?:(?:provincial|city|local|state|military|federal|transit)[ \xa0]+)?"
                        r"police[ \xa0]*$")


def police_source(masked: str, lo: int, e: int) -> Who | None:
    """Rule police_source: "police said" is a source, the police force: with the place
    before it ("Toronto police said" -> Toronto police), else the force the article named
    ("the Toronto Police Service" ... "police said" -> Toronto Police Service), else "police"
    unresolved, so that the quote is still kept. Examples:
      'Toronto police said' -> Toronto police; 'Provincial police said' -> police
      'The Toronto Police Service arrested two men. "...," police said.'
          -> Toronto Police Service"""
    m = _POLICE_BEFORE.search(masked, max(lo, e - 60), e)
    if m is None:
        return None
    words = m.group(1).split()
    while words and words[0] in STOP:
        words.pop(0)
    s = m.start(1) if words else m.start()
    who = Who(s, e, masked[s:e], kind=ORGANISATION)
    who.rule = "police_source"
    if not words:
        named = None
        for n in _POLICE_NAMED.finditer(masked, max(0, s - 3000), s):
            named = n
        if named is not None:
            parts = named.group().split()
            while parts and parts[0] in STOP:
                parts.pop(0)
            if len(parts) > 1:
                who.text = " ".join(parts)
    return who


# A role noun, then "from" and a capitalised place of one to three words: "the Democrat from
# Ohio", "the senator from New York" (rule role_from_place).
_ROLE_FROM_PLACE = re.compile(r"(?<![\w'’])((?:[Tt]he|[Aa]n?)[ \xa0]+(?:[a-z][\w-]*[ \xa0]+){0,2}?"
                              r"([A-Za-z][\w-]*)[ \xa0]+from[ \xa0]+[A-Z][\w.'’-]*"
                              r"(?:[ \xa0][A-Z][\w.'’-]*){0,2})$")
# " of Sept. 3", " of March 4, 2025", " of Tuesday": the date of a document.
_OF_DATE = re.compile(r" of[ \xa0]+([A-Z][a-z]+)\.?(?:[ \xa0]+\d{1,2})?(?:,[ \xa0]*\d{4})?"
                      r"[ \xa0]*$")


def dated_document(masked: str, lo: int, e: int) -> Who | None:
    """Rule dated_document: a document noun with its date ("Your editorial of Sept. 3",
    "the report of March 4") is a document as a source, the date its complement. Examples:
      'Your editorial of Sept. 3 calls the bike lanes "a war on cars."' -> "Your editorial"
      'The report of March 4 says ...' -> "The report"
      'The secretary of State says ...' -> None ("State" is no date)"""
    text = masked[lo:e]
    m = _OF_DATE.search(text)
    if m is None or (m.group(1) not in DATES and m.group(1) not in MONTH_ABBREVIATIONS):
        return None
    head = text[:m.start()].rsplit(None, 1)[-1:]
    if not head or head[0].lower() not in SOURCE_NOUNS or \
            (np := _NP_END.search(text, 0, m.start())) is None:
        return None
    a, b = lo + np.start(), lo + m.start()  # the document without its date
    return Who(a, b, masked[a:b], rule="dated_document")


_OF_TAIL = re.compile(r" of[ \xa0]+(?:the[ \xa0]+)?[a-z][\w-]*")  # " of state", " of the party"


def role_head(words: list[str]) -> int:
    """Rule role_of: the index of the head noun of a described source, which a complement
    with "of" may follow, or "from" and a place (rule role_from_place). Examples:
      'the former secretary of state' -> 2 (secretary)
      'the chief of staff' -> 1 (chief)
      'the democrat from new york' -> 1 (democrat)
      'the rookie defenceman' -> 2 (the last word, as without a complement)"""
    n = len(words)
    for k in range(max(1, n - 4), n - 1):  # (a place is one to three words)
        if words[k] == "from" and words[k - 1] in PERSON_ROLE_NOUNS:
            return k - 1
    if n >= 3 and words[-2] == "of" and words[-3] in PERSON_ROLE_NOUNS:
        return n - 3
    if n >= 4 and words[-3] == "of" and words[-2] == "the" and words[-4] in PERSON_ROLE_NOUNS:
        return n - 4
    return n - 1


_AFTER_PREPOSITION = re.compile(r"\b(?:at|of|in|from|for|on|with|near|outside)[ \xa0]+"
                                r"(?:[Tt]he[ \xa0]+)?$")
# A person's employer or home after the name: "George Zornick of The Nation", "Archbishop Aris
# Shirvanian of the Armenian Patriarchate", "Larry O'Connor on Hot Air".
_AFFILIATION_ENDS = frozenset([" of ", " at ", " on ", "for ", "ith ", "rom ", "the ", "The "])
_AFFILIATION = re.compile(r"[ \xa0]+(?:of|at|from|with|for|on)[ \xa0]+(?:[Tt]he[ \xa0]+)?$")
# A role in apposition between a person and the affiliation: ", editor at large", ", a
# senior fellow" (lower-case words only).
_ROLE_BEFORE = re.compile(r",[ \xa0]+(?:[a-z][\w'’-]*[ \xa0]+){0,5}[a-z][\w'’-]*$")


def affiliated_person(masked: str, lo: int, nm: NameMention,
                      names_by_end: dict[int, NameMention]) -> NameMention | None:
    """Rule affiliated_person: a name right before the cue that only says where the person
    named just before it works or writes is not the source; that person is. Examples:
      'George Zornick of The Nation wrote, "..."' -> George Zornick (not The Nation)
      'as Archbishop Aris Shirvanian of the Armenian Patriarchate of Jerusalem told the
          Associated Press, "..."' -> Aris Shirvanian
      'the pollster Frank Luntz with the Republican Main Street Partnership said' -> Frank Luntz
      'J.J. Goldberg, editor at large of The Forward, a New York newspaper, wrote, "..."'
          -> J.J. Goldberg (a role in apposition between)
    The person must be named in full or with a title, and not as a possessive ("Trump's
    campaign of ..."); None when the name before the cue is not such an affiliation."""
    m = _AFFILIATION.search(masked, max(lo, nm.start - 12), nm.start)
    if m is None:
        return None
    p = names_by_end.get(m.start())
    if p is None and (r := _ROLE_BEFORE.search(masked, max(lo, m.start() - 60),
                                                m.start())) is not None:
        p = names_by_end.get(r.start())  # 'J.J. Goldberg, editor at large of The Forward'
    if p is None or p.kind != PERSON or p.possessive or not (len(p.name) >= 2 or p.titled):
        return None
    return p


# A role noun with an article, then the one it speaks for: "a spokesperson for ", "an aide to
# the ", "a lawyer for " (never "a voter from": a voter speaks for no one).
_SPEAKS_FOR = re.compile(r"[\s,—–-]*(?:an?|the|one|another)[ \xa0]+" + _ROLE_THEN
                         + r"(?:for|to|with|from)[ \xa0]+(?:the[ \xa0]+)?")


def spokesperson_for(words: str) -> int:
    """Rule spokesperson_for: an unnamed person who speaks for someone ("a spokesperson for",
    "an aide to") is the source, described with the one spoken for; the quote is not the
    principal's own words. Returns where the one spoken for begins in `words`, or -1. Read
    between a quote and its cue, it links the quote to that cue (before, the quote had no cue,
    and a short one was dropped); read after an inverted cue, the source is the whole
    description (before, "a spokesperson" alone). The description keeps the principal's name
    ("spokesperson for Health Minister Mark Holland"), as "a Freedom Partners official" does.
    Examples:
      '"We are on track," a spokesperson for Health Minister Mark Holland said.'
          -> a spokesperson for Health Minister Mark Holland
      '"No," said a spokesperson for the Prime Minister's Office.'
          -> a spokesperson for the Prime Minister's Office
      '"No," a spokesperson for the city said in an email.' -> a spokesperson for the city
      '"No," said a spokesman for Exxon, Mike Jones.' -> Mike Jones (named after all)
      '"No," a voter from Brampton said.' -> -1 (a voter speaks for no one)
      '"No," a day before Smith said.' -> -1 (no role noun)"""
    m = _SPEAKS_FOR.match(words)
    return m.end() if m is not None and m.group(1) in SPEAKS_FOR_NOUNS else -1


def subject_after(masked: str, v_end: int, names_by_start: dict[int, NameMention],
                  starts: list[int]) -> Who | None:
    """The source written after an inverted cue: '"...," said U.S. Ambassador Nikki Haley'.
    `starts` is sorted(names_by_start): the names of the source are found by bisecting it."""
    a = v_end
    n = len(masked)
    while a < n and masked[a] in " \xa0":  # "writes\xa0Nate Silver"
        a += 1
    if (k := spokesperson_for(masked[a:a + 80])) > 0 and \
            (nm := names_by_start.get(a + k)) is not None and not nm.possessive:
        # 'said a spokesperson for the Prime Minister's Office' - unless the spokesperson is
        # named after it: 'said a spokesman for Exxon, Mike Jones'
        nxt = _COMMA_NAME.match(masked, nm.end)
        named = names_by_start.get(nxt.end()) if nxt else None
        if named is not None and named.kind == PERSON:
            return from_name(named)
        return Who(a, nm.end, masked[a:nm.end], kind=PERSON, rule="spokesperson_for")
    doc = _DOCUMENT_BY.match(masked, a)
    if doc is not None:
        # "according to a court document filed by state attorney Dave Aronberg"
        by = subject_after(masked, doc.end(), names_by_start, starts)
        if by is not None and by.entity >= 0:
            return by
    # The source runs to the next comma or full stop: "said Latino Decisions researcher Sylvia
    # Manzano, who ..." - its person is the last name in it; an organisation only if alone.
    d = _DESCRIPTOR.match(masked, a)
    stop = d.end() if d and d.end() > a else a
    stop = source_stop(masked, a, stop)  # 'said campaign manager Jon Kohan. Ayotte called ...'
    # Its names: one at a, at stop, or opening a word after spaces that follow a word begun
    # at or after a - in order, each starting after the one before ends.
    get = names_by_start.get
    nm = get(a)
    found: list[NameMention] = [] if nm is None else [nm]
    first = a  # where the first word begins
    while first < stop and masked[first] in " \xa0":
        first += 1
    k = bisect.bisect_right(starts, first)
    while k < len(starts) and starts[k] < stop:
        p = starts[k]
        k += 1
        if masked[p - 1] in " \xa0":
            nm = names_by_start[p]
            if not found or nm.start >= found[-1].end:
                found.append(nm)
    nm = get(stop)
    if nm is not None and (not found or nm.start >= found[-1].end):
        found.append(nm)
    # A name after a preposition is a place or an employer: 'his best friend at Lehigh'.
    # (none stands before a name at a: the search is spared for the name opening the source)
    # So is the region after such a place (rule region_after_place): 'said a voter from
    # Worcester, Mass.' is the voter, not "Mass"; 'a farmer near Red Deer, Alta.'.
    people = []
    placed = -1  # where the last name read as a place or employer ends
    for n in found:
        if n.start > a and (_AFTER_PREPOSITION.search(masked, max(a, n.start - 10), n.start)
                            or placed >= 0 and masked[placed:n.start] in (", ", ",\xa0")
                            and REGION_AFTER.match(masked, placed)):
            placed = n.end
        elif n.kind == PERSON and not n.possessive:
            people.append(n)
    if people and not _modifier(masked, a, people[-1]):
        return from_name(people[-1])
    if found and (who := definite_organisation(masked, a, found[0])) is not None:
        return who
    owner = bool(found) and found[0].start == a and found[0].possessive and \
        owned_person(masked, found[0])
    if owner and (who := owner_apposition(masked, found[0], names_by_start)) is not None:
        return who
    if found and found[0].start == a and not owner and not _modifier(masked, a, found[0]):
        nxt = _APPOSITIVE_NAME.match(masked, found[0].end)
        if nxt and names_by_start.get(nxt.end()) is not None and \
                names_by_start[nxt.end()].kind == PERSON and \
                _ORG_ENDS.match(masked, names_by_start[nxt.end()].end):
            # "said Acme's chief, Jo Smith." - not 'according to GMA News, Salceda said'
            return from_name(names_by_start[nxt.end()])
        return from_name(found[0])
    m = _PRONOUN_START.match(masked, a)
    if m:
        return Who(a, m.end(), m.group(1))
    if (who := another_speaker(masked, a)) is not None:
        return who
    m = _NP_START.match(masked, a)
    if m:
        # "said the bureau's director, James B. Comey,": the name in apposition is the source;
        # a state or province after a place is the place's region (rule region_after_place:
        # "said a voter from Worcester, Mass.", "a farmer near Red Deer, Alta.").
        nxt = _COMMA_NAME.match(masked, m.end())
        nm = names_by_start.get(nxt.end()) if nxt else None
        if nm is not None and nm.kind == PERSON and \
                not REGION_AFTER.match(masked, masked.find(",", nxt.start(), nxt.end())):
            return from_name(nm)
    if m and len(m.group().split()) <= 8:
        return Who(a, m.end(), m.group())
    return None


_ORG_ENDS = re.compile(r"[ \xa0]*(?:[,.;:!?\n)]|$)")
# After an owner's name: its possessive ending, then a role in lower case and a comma.
_OWNED_ROLE_COMMA = re.compile(r"(?:['’]s?)?(?:[ \xa0]+[a-z][\w-]*){1,4},[ \xa0]+")


_OWNED_WORDS = re.compile(r"(?:['’]s?)?((?:[ \xa0]+[a-z][\w-]*){1,4})")


def owned_person(masked: str, owner: NameMention) -> bool:
    """Feature owned_person: a possessive name followed by a role noun in lower case ("Ford's
    press secretary", "Rubio's deputy campaign manager") describes someone of the owner's,
    never the owner; followed by anything else ("Axelrod's memoir", "Farley's account") the
    owner is the source still. Examples:
      "Ford's press secretary" -> True; "Rubio's deputy campaign manager" -> True
      "Axelrod's memoir" -> False; "Clinton's campaign" -> False
      "Axelrod's memoir about the president" -> False (the role noun is the memoir's topic)"""
    m = _OWNED_WORDS.match(masked, owner.end)
    if m is None:
        return False
    for w in m.group(1).split():
        if w in _OWNED_STOP:
            return False  # "Axelrod's memoir about the president": the role is elsewhere
        if w in PERSON_ROLE_NOUNS:
            return True
    return False


_OWNED_STOP = frozenset("of about on in at for to with by from and or that who said".split())


def owner_apposition(masked: str, owner: NameMention,
                     names_by_start: dict[int, NameMention]) -> Who | None:
    """Rule owner_apposition: after an inverted cue, a possessive name, a role in lower case
    and a comma ("said Rubio's deputy campaign manager, Rich Beeson") describe the person
    named next, who is the source; the owner is whom they work for. Examples:
      '"...," said Rubio's deputy campaign manager, Rich Beeson, who ran the ground game.'
          -> Rich Beeson (not Rubio)
      '"...," said Ford's press secretary, Ivana Yelich.' -> Ivana Yelich
      '"...," said Ford's press secretary.' -> not Ford: the owner is never the source (the
       description is, resolved as a role noun)
      '"...," said Ford's office, Queen's Park.' -> None (a place, not a person)"""
    m = _OWNED_ROLE_COMMA.match(masked, owner.end)
    if m is None:
        return None
    nm = names_by_start.get(m.end())
    if nm is None or nm.kind != PERSON or nm.possessive or _ORG_ENDS.match(masked, nm.end) is None:
        return None
    who = from_name(nm)
    who.rule = "owner_apposition"
    return who


def definite_organisation(masked: str, a: int, nm: NameMention) -> Who | None:
    """Rule definite_organisation: after an inverted cue, "the" and an organisation's name
    that ends the source (a comma, a full stop) name that organisation, not the noun phrase
    "the Ontario Federation" cut at "of". Examples:
      'Fees rose, according to the Ontario Federation of Labour.' -> Ontario Federation of
       Labour
      '"It is a slap in the face," said the Canadian Medical Association.' -> Canadian
       Medical Association
      '"We will win," Trump said, according to The New York Times.' -> New York Times
      '"...," said the Ontario Federation of Labour president Jo Smith.' -> None (the name
       goes on: the person is the source)"""
    if nm.start != a + 4 or nm.kind != ORGANISATION or \
            masked[a:a + 4] not in ("the ", "the\xa0", "The ", "The\xa0"):
        return None
    if _modifier(masked, a, nm) or _ORG_ENDS.match(masked, nm.end) is None:
        return None
    who = from_name(nm)
    who.rule = "definite_organisation"
    return who


_HEAD_AFTER = re.compile(r"(?:[ \xa0]+[a-z][\w-]*){0,2}?[ \xa0]+([a-z][\w-]*)"
                         r"(?=[ \xa0]*(?:[,.;:!?\n(]|$))")


def _modifier(masked: str, a: int, nm: NameMention) -> bool:
    """Rule name_as_modifier: in a description opening with "the", a name followed by the
    description's person noun only qualifies it; the speaker is the person so described.
    Examples:
      'points out the laid-back Cambridge resident.' -> not Cambridge (the resident)
      'said the veteran Liberal MP, adding' -> not Liberal
      'said the Calgary Flames captain.' -> not Calgary Flames
      'said the Flames bench boss.' -> not Flames: up to three words in lower case may
       follow the name, the last of them the person noun"""
    if masked[a:a + 4].lower() != "the ":
        return False
    h = _HEAD_AFTER.match(masked, nm.end)
    return h is not None and h.group(1).lower() in PERSON_ROLE_NOUNS


_DOCUMENT_BY = re.compile(
    r"(?:(?:a|an|the)[ \xa0]+)?(?:[\w'’-]+[ \xa0]+){0,3}?(?:[a-z]+[ \xa0]+(?:filed|written|"
    r"issued|released|signed|sent|published|prepared|authored|posted)[ \xa0]+by|(?:documents?|"
    r"records|e-?mails|letters?|notes|papers|memos?|files|diary|diaries)[ \xa0]+(?:from|by))"
    r"[ \xa0]+")
_LOWER = frozenset("abcdefghijklmnopqrstuvwxyz")
_UPPER = frozenset("ABCDEFGHIJKLMNOPQRSTUVWXYZ")


def source_stop(masked: str, a: int, stop: int) -> int:
    r"""Where a source read from `a` to `stop` ends at a full stop: just after the dot of the
    first match of \b([A-Z]?[a-z]+)\.[ \xa0] in masked[a:stop] whose word is no abbreviation
    ('Jon Kohan. Ayotte' -> after "Kohan."; 'Sen. Tim Scott. He' -> after "Scott."), else
    `stop`. Read back from each dot instead of trying the pattern at every start, as this runs
    for every inverted cue (tests/test_extraction_fastpaths.py compares the two)."""
    dot = masked.find(".", a, stop)
    while dot >= 0:
        # The word the pattern would end at this dot: lower-case letters, perhaps one capital
        # before them, opening at a word boundary at `a` or after; then a space before `stop`.
        p = dot
        while p > a and masked[p - 1] in _LOWER:
            p -= 1
        q = p  # where the lower-case letters start
        if p > a and masked[p - 1] in _UPPER:
            p -= 1
        if q < dot and (p == 0 or not is_word_char(masked[p - 1])) and dot + 1 < stop and \
                masked[dot + 1] in " \xa0" and masked[p:dot].lower() not in ABBREVIATIONS:
            return dot + 1
        dot = masked.find(".", dot + 1, stop)
    return stop


_GROUP_DETERMINERS = frozenset("the this that my your our his her its their".split())


def named_group(who: Who) -> str | None:
    """A source described with a name in it: "a Freedom Partners official", "Mrs. Clinton's
    campaign" -> the description without its determiner, which is as close to a name as the
    article gets."""
    words = who.text.split()
    if len(words) < 2 or not any(w[:1].isupper() for w in words[1:] + [words[0]]) or \
            who.rule == "familiar_with":  # "Sources familiar with the talks": no name
        return None
    if _INDEFINITE.match(who.text) or words[0].lower() in _GROUP_DETERMINERS:
        words = words[1:]  # "Your columnist" opening a sentence names no one
    if not any(w[:1].isupper() and w not in CAPITAL_ROLES for w in words) or \
            is_title(" ".join(words)):  # (rule capital_role: "the longtime CEO" is a role)
        return None  # a title is never a speaker: "the Chancellor of the Exchequer"
    return " ".join(words)


_ABSOLUTE_BEFORE = re.compile(r"(?:\bwith\s+(?:the\s+)?|[,–—][ \xa0]+|\band\s+)$")
_PASSIVE = re.compile(r"\b(?:was|were|been|being)[ \xa0]+$")


def _passive_before(masked: str, v: int) -> bool:
    """Is the verb at v passive ("was asked by")? _PASSIVE over the 8 characters before it,
    tried only when they hold a "w" or a "be" (it runs for every cue verb)."""
    lo = v - 8 if v > 8 else 0
    seg = masked[lo:v]
    return ("w" in seg or "be" in seg) and _PASSIVE.search(masked, lo, v) is not None
_BY = re.compile(r"[ \xa0]+by[ \xa0]+")
# Rule passive_addressee: a verb of speaking to someone, in the passive with no "by", has the
# one spoken to as its subject, not the speaker: no source. Examples:
#   'Trudeau was asked: "Will you resign?"' -> no source (not Trudeau)
#   'Voters were asked: "Do you support the proposal?"' -> no source
#   'Trudeau was asked by a reporter: "..."' -> a reporter (the "by" rule above)
#   'Mr Sunak was asked about it and said: "No."' -> Sunak (the coordinated "said")
# Only where the verb leads straight into the quote: 'Mr. Trump was pressed on why he had
# said ...' still makes him the one the next sentences are about.
_LEAD_IN_QUOTE = re.compile(rf"[ \xa0]*[:,][ \xa0]*{MASK}")
_CHARGED_WITH = re.compile(r"\b(?:was|were|is|are|been|being|be)[ \xa0]+(?:"
                           + "|".join(sorted(PASSIVE_CHARGE_VERBS))
                           + r")[ \xa0]+(?:with|of)[ \xa0]+(?:[\w'’-]+[ \xa0]+){0,3}$")


def passive_charge(masked: str, open_start: int) -> bool:
    """Rule passive_charge: a quote right after a verb of accusing in the passive quotes the
    charge, not the one charged, whom the sentence's subject would otherwise make its
    speaker. Examples:
      'He was charged with "willful retention of national defense information."' -> True
      'She is accused of "gross misconduct in office."' -> True
      'He said he was "not guilty of anything at all."' -> False"""
    lo = max(0, open_start - 60)
    # (a plain search for the verb first: the pattern, opening with a word boundary, is tried
    # at every position of the window, and this is asked of most quotes)
    for verb in PASSIVE_CHARGE_VERBS:
        if masked.find(verb, lo, open_start) >= 0:
            return _CHARGED_WITH.search(masked, lo, open_start) is not None
    return False


# "reports" and "reported" after a quote's own cue: an outlet citing the whole sentence.
REPORT_VERBS = frozenset("reports reported".split())
SENTENCE_END = re.compile(r"[ \xa0]*(?:\.|$)")


def _outlet_after(masked: str, lo: int, v: int, ve: int, by_start: dict[int, NameMention],
                  starts: list[int]) -> Who | None:
    """Rule outlet_after: "reports" after a comma, its source after it and then the end of
    the sentence, is an outlet reporting the whole sentence, not a verb of the name before
    the comma. Examples:
      '"...," said Kristen Day, executive director of Democrats for Life, reports USA
          Today.' -> USA Today reports (Kristen Day said)
      '"...," said Kristen Day, a delegate, reported the Hartford Courant.' -> Hartford Courant
      'Kristen Day, a director, reports that the plan failed.' -> None (Day reports)"""
    if not masked[lo:v].rstrip(" \xa0—–-").endswith(","):
        return None
    who = subject_after(masked, ve, by_start, starts)
    if who is None or who.entity < 0 or not SENTENCE_END.match(masked, who.end):
        return None
    who.rule = "outlet_after"
    return who


_AND_END = re.compile(r"(?<![\w'’])and[ \xa0]*$")
_CLAUSE_BREAK = re.compile(r"[;:]|[ \xa0](?:--?|[—–])[ \xa0]|[—–]")
_BREAK_CHAR = re.compile(r"[;:\-—–]")
_OPENER = re.compile(r"[ \t\xa0]*(?:(?:But|And|So|Yet|Then)[ \xa0]+)?")
_HE_SHE = re.compile(r"(?<![\w'’])(?:[Hh]e|[Ss]he)\b")
_HE_SHE_AFTER_COMMA = re.compile(r"(?<=,[ \xa0])(?:[Hh]e|[Ss]he)\b")
_PAST_IRREGULAR = frozenset("said told wrote spoke".split())
_END = operator.itemgetter(1)
_START = operator.itemgetter(0)
COORDINATED_REACH = 400  # characters before "and" where its subject is looked for
# Words opening a subordinate clause whose own subject a verb after "and" would share: "Gina
# Rodriguez became the victim, after some of her followers attacked ... and questioned".
_SUBORDINATORS = ("after when because while since although though if whether until before "
                  "once unless who whom which whose").split()
# (The word boundary and the lookahead for a first letter first: a quarter faster to scan,
# with the same matches, than the lookbehind alone.)
_SUBORDINATOR = re.compile(r"\b(?=[abiostuwABIOSTUW])(?<![\w'’])(?:" + "|".join(_SUBORDINATORS)
                           + r")\b", re.I)
# Where a subordinating word may start, for the scan of a whole text: a first letter in a
# plain character class (every character _SUBORDINATOR's re.I takes for one), which the
# regular expression engine skips to at once, then the rest of some such word.
SUBORDINATOR_FIRSTS = "abiostuwABIOSTUW\u0130\u0131\u017f"
_SUBORDINATOR_START = re.compile(
    rf"[{SUBORDINATOR_FIRSTS}](?<![\w'’].)(?i:"
    + "|".join(sorted({w[1:] for w in _SUBORDINATORS}, key=len, reverse=True)) + r")\b")


class ClauseMarks:
    """The clause breaks and subordinating words of a text, found once and only if a cue needs
    them: a clause longer than COORDINATED_REACH is looked up by bisection instead of being
    scanned again for every cue in it. Shorter ones (nearly all of news) are scanned."""

    def __init__(self, masked: str) -> None:
        self.masked = masked

    @functools.cached_property
    def breaks(self) -> list[tuple[int, int]]:
        """_CLAUSE_BREAK's matches in the text, as its finditer gives them, but tried only at
        each break character and the one before it, where alone a break can start."""
        out = []
        done = tried = -1  # the last match's end; the last position tried
        for c in self.break_chars:
            for q in (c - 1, c):
                if q >= done and q > tried:
                    tried = q
                    if (m := _CLAUSE_BREAK.match(self.masked, q)) is not None:
                        out.append((q, m.end()))
                        done = m.end()
        return out

    @functools.cached_property
    def subordinators(self) -> list[tuple[int, int]]:
        """_SUBORDINATOR's matches in the text: each is one of _SUBORDINATOR_START's (a
        whole word both), checked where it starts."""
        out = []
        for c in _SUBORDINATOR_START.finditer(self.masked):
            if (m := _SUBORDINATOR.match(self.masked, c.start())) is not None:
                out.append(m.span())
        return out

    @functools.cached_property
    def break_chars(self) -> list[int]:
        """Where each character a clause break holds (";:-—–") stands, in order."""
        return [m.start() for m in _BREAK_CHAR.finditer(self.masked)]

    def clause_start(self, sent_lo: int, hi: int) -> int:
        """Where the clause that ends at `hi` starts: after the last clause break (";", ":",
        a dash) since `sent_lo`, else at `sent_lo`."""
        near = max(sent_lo, hi - COORDINATED_REACH)
        last = None
        # Every break holds one of _BREAK_CHAR and starts at most one character before it,
        # so the scan starts there: a clause without any costs a bisection, not a scan.
        k = bisect.bisect_left(self.break_chars, near)
        if k < len(self.break_chars) and self.break_chars[k] < hi:
            for m in _CLAUSE_BREAK.finditer(self.masked, max(near, self.break_chars[k] - 1), hi):
                last = m
        if last is not None:
            return last.end()
        if near > sent_lo:
            i = bisect.bisect_right(self.breaks, hi, key=_END) - 1
            if i >= 0 and self.breaks[i][0] >= sent_lo:
                return self.breaks[i][1]
        return sent_lo

    def subordinate(self, lo: int, hi: int) -> bool:
        """Whether a subordinating word ("after", "who"...) stands between lo and hi."""
        if hi - lo <= COORDINATED_REACH:
            return _SUBORDINATOR.search(self.masked, lo, hi) is not None
        i = bisect.bisect_left(self.subordinators, (lo,))
        return i < len(self.subordinators) and self.subordinators[i][1] <= hi


def coordinated_verb(masked: str, lo: int, v: int, verb: str, sent_lo: int,
                     names: list[NameMention], reliable, marks: ClauseMarks,
                     e: int | None = None) -> Who | None:
    """Rule coordinated_verb: a cue verb in the past tense right after "and", with no subject
    of its own, shares the subject of the verb before it: the last name or he/she that opens
    a clause of the sentence (at its start or after a comma) and is followed by a verb, else
    the name or he/she opening the sentence. Examples:
      'Eight years ago, he supported Barack Obama over Clinton and said, "..."' -> he
      'Quintanilla seemed taken aback and mentioned that "..."' -> Quintanilla
      'Asked about Perez, Bush thought for a moment and said that "..."' -> Bush
      'But Obama, making it clear ..., stood beside his successor, Prime Minister Hailemariam
       Desalegn, and described the government as "..."' -> Obama (Desalegn is an appositive)
      'the trade deal, which Trump had called a "disaster" and promised to "rip up"' -> None
       (no clause opens with a name)
      'his speeches and promises to shake things up' -> None (not a past tense: a noun)
      'Gina Rodriguez became a target after some followers attacked her Spanish and questioned
       her identity' -> None (the verb shares the subordinate clause's subject)
      'The crowd cheered and Trump said "..."' -> (not this rule: Trump is the subject)"""
    if not (verb.endswith("ed") or verb in _PAST_IRREGULAR):
        return None
    if e is None:  # (`e`, if given, is this already)
        e = strip_adverbs(masked, lo, v)  # "and later said", "and then added"
    if _AND_END.search(masked, max(lo, e - 6), e) is None:
        return None
    and_pos = e - 4
    first = _OPENER.match(masked, marks.clause_start(sent_lo, and_pos)).end()
    # Sources are looked for in the last COORDINATED_REACH characters before "and" (and at
    # the clause's opening): a sentence without end is not read again for every cue in it.
    window = max(first, and_pos - COORDINATED_REACH)
    found = _clause_openers(masked, names, reliable, first, window, and_pos)
    opener = found[0][2] if found and found[0][0] == first else None
    for _, q, who in reversed(found):
        nxt = q
        while nxt < and_pos and masked[nxt] in " \xa0":
            nxt += 1
        if q < nxt < and_pos and masked[nxt].islower():
            # followed by its verb: "Bush thought", ", he looked" - unless a subordinate
            # clause opens after it, whose subject the verb after "and" shares
            return None if marks.subordinate(q, and_pos) else who
    if opener is not None and marks.subordinate(opener.end, and_pos):
        return None
    return opener


def _clause_openers(masked: str, names: list[NameMention], reliable, first: int, lo: int,
                    hi: int) -> list[tuple[int, int, Who]]:
    """(start, end, source) of the reliable, not possessive names and the he/she that open a
    clause before `hi`: at `first` (the clause's opening), or from `lo` on right after a
    comma; in order. Only these can be the subject coordinated_verb looks for, so a sentence
    full of other names and pronouns costs nothing here, nor a clause with no comma."""
    after = max(lo, first + 1)
    # Anything after a comma starts two characters after one at least: the reading starts there.
    comma = masked.find(",", max(0, after - 2), hi)
    found = []
    n = len(names)
    k = bisect.bisect_left(names, first, key=START)
    while k < n and names[k].start == first:
        nm = names[k]
        k += 1
        if not nm.possessive and reliable(nm.entity):
            found.append((nm.start, nm.end, from_name(nm)))
    if comma >= 0:
        k = bisect.bisect_left(names, max(after, comma + 2), key=START)
        while k < n and (nm := names[k]).start < hi:
            k += 1
            if masked[nm.start - 2:nm.start] in (", ", ",\xa0") and not nm.possessive and \
                    reliable(nm.entity):
                found.append((nm.start, nm.end, from_name(nm)))
    if (m := _HE_SHE.match(masked, first, hi)) is not None:
        found.append((m.start(), m.end(), Who(m.start(), m.end(), m.group())))
    if comma >= 0:
        found += [(m.start(), m.end(), Who(m.start(), m.end(), m.group()))
                  for m in _HE_SHE_AFTER_COMMA.finditer(masked, max(after, comma + 2), hi)]
    if len(found) > 1:
        found.sort(key=_START)
    return found


# A verb phrase closing on "to" before a bare cue verb: "was prompted to", "went on to",
# "was quick to", "used the occasion to" (lower-case words only: no comma, no new clause).
_TO_TAIL = re.compile(r"(?:[ \xa0]+(?!(?:that|who|which|and|but|or|because|when|while|if)\b)"
                      r"[a-z][\w'’-]*){1,5}[ \xa0]+to[ \xa0]+")
_TO_PRONOUN = re.compile(r"(?<![\w'’])(?:[Hh]e|[Ss]he)(?=[ \xa0])")
# The bare forms a cue verb takes after "to" ("to say", "to add", "to write").
_BARE_CUES = frozenset(("say tell add argue insist warn explain ask predict contend suggest "
                        "write agree").split())


def infinitive_cue(masked: str, lo: int, v: int, verb: str,
                   names: list[NameMention], reliable) -> Who | None:
    """Rule infinitive_cue: a bare cue verb after "to" ("to say", "to add") has the subject
    of the verb phrase that "to" closes: the nearest name or he/she before it in the clause,
    followed only by a few lower-case words. Examples:
      'Mr. Trump was prompted to say, "So far, I cannot believe it."' -> Mr. Trump
      'Clinton was quick to add: "We will win."' -> Clinton
      'She used the occasion to warn that "..."' -> she (resolved by rule pronoun)
      'Trump, asked about it, was quick to say "..."' -> None (a comma between: the
       subject rules decide)
      'Trump said that to say "..." is wrong' -> None ("that" opens a new clause)"""
    if verb not in _BARE_CUES or masked[max(lo, v - 3):v] != "to ":
        return None
    a = max(lo, v - 60)
    best: Who | None = None
    k = bisect.bisect_left(names, a, key=START)
    while k < len(names) and names[k].start < v:
        nm = names[k]
        k += 1
        if not nm.possessive and reliable(nm.entity) and \
                (t := _TO_TAIL.match(masked, nm.end)) is not None and t.end() == v:
            best = from_name(nm)
    for m in _TO_PRONOUN.finditer(masked, a, v):
        t = _TO_TAIL.match(masked, m.end())
        if t is not None and t.end() == v and (best is None or m.start() > best.start):
            best = Who(m.start(), m.end(), m.group())
    if best is not None and best.entity >= 0:
        best.rule = "infinitive_cue"
    return best


_THAT_AFTER = re.compile(r"[ \xa0]+that\b")


def that_clause(masked: str, ve: int) -> bool:
    """Rule that_clause: a name after a cue verb and "that" is the subject of the reported
    clause, never an inverted source (as in '"...," said Haley'). Examples:
      'Henry Clay's biographers, David and Jeanne Heidler, wrote that Taylor "had a tin ear"'
          -> not Taylor
      'Aides, in a memo, warned that Trump "will lose"' -> not Trump
      '"We will win," said Haley.' -> (not this rule: Haley is the inverted source)"""
    return _THAT_AFTER.match(masked, ve) is not None


# A subordinating word (and at most three words) right before a cue's source: the cue is in
# a clause the sentence reports or sets beside its own ("when Jake Tapper asked").
_REPORTED_BEFORE = re.compile(r"(?<![\w'’])(?:that|when|after|before|while|because|if)"
                              r"[ \xa0]+(?:[\w.'’-]+[ \xa0]+){0,3}$")
_REPORTED_WORDS = re.compile(r"that|when|after|before|while|because|if")


def reported_source(masked: str, start: int) -> bool:
    """Rule reported_source: a person named as the source of a cue inside a subordinate
    clause ("when Jake Tapper asked", "after John Tory said", "that the paper's Robert Costa
    had reported") is someone the sentence reports on, not the speaker the article is
    following: for a later "he said" the person counts as mentioned, not as a speaker
    (Resolver's SPEAKER bonus). The cue keeps its source. Examples:
      'Ryan did not exude confidence when Jake Tapper asked whether ...' -> True for Tapper
          (a following '"...," he said.' is Ryan's)
      'Ford was calm after John Tory said the budget failed.' -> True for Tory
      'Jake Tapper asked whether ...' -> False (the sentence's own cue: Tapper speaks)"""
    lo = max(0, start - 40)
    # (the words alone first, scanned fast: this is asked of every person named as a source)
    return _REPORTED_WORDS.search(masked, lo, start) is not None and \
        _REPORTED_BEFORE.search(masked, lo, start) is not None


def absolute_participle(masked: str, lo: int, v: int, by_end: dict[int, NameMention]
                        ) -> NameMention | None:
    """Rule absolute_participle: a participle cue right after a name that "with", a comma,
    a dash or "and" introduces ("with McCain telling reporters") has that name as its
    subject, adverbs between them skipped; otherwise a participle's subject is the main
    clause's (main_subject). Examples:
      '..., with Senator John McCain telling reporters "..."' -> John McCain
      '... kicked a protester, with Trump reportedly yelling: "..."' -> Trump
      '- Ryan saying he was "..."' -> Ryan
      'Sanders visited NBC to discuss his rival, Hillary Clinton, saying "..."' -> None (a
       comma after the name: the main clause's subject, Sanders, speaks)"""
    e = strip_adverbs(masked, lo, v - 1)
    while e > lo and masked[e - 1] in " \xa0":
        e -= 1  # (an adverb skipped leaves the space after the name: "Trump reportedly")
    nm = by_end.get(e)
    if nm is not None and not nm.possessive and \
            _ABSOLUTE_BEFORE.search(masked, max(0, nm.start - 12), nm.start):
        return nm
    return None


# Rule read_from: whoever reads from a document ('The Crown read from the accused's text
# messages, including one that said: "..."', 'Ms. Chow read aloud from the letter: "..."')
# voices its words; the document's author is their source, never the reader.
_READ_FROM = re.compile(r"[ \xa0]+(?:(?:aloud|out)[ \xa0]+)?from\b")
_READS_FROM = re.compile(r"\breads?" + _READ_FROM.pattern)


def reads_from(masked: str, lo: int, hi: int) -> bool:
    """Rule read_from, for a quote's sentence: does masked[lo:hi] have someone read from a
    document ('Mayor Olivia Chow read aloud from the letter: "..."')? Then its subject is no
    source."""
    # (the word found first: this is asked for every quote, and a pattern opening with \b is
    # tried at every position)
    i = masked.find("read", lo, hi)
    while i >= 0:
        if _READS_FROM.match(masked, i, hi) is not None:
            return True
        i = masked.find("read", i + 4, hi)
    return False


def find_cues(masked: str, clause_start, sentence_start, names: list[NameMention],
              reliable=lambda entity: True, by_start: dict[int, NameMention] | None = None,
              by_end: dict[int, NameMention] | None = None) -> list[Cue]:
    """Every cue verb outside quotes with the source it names; `by_start` and `by_end`, if
    given, are the names by where they start and end (the caller's, built once)."""
    if by_start is None or by_end is None:
        by_start, by_end = {m.start: m for m in names}, {m.end: m for m in names}
    starts = sorted(by_start)
    marks = ClauseMarks(masked)
    out: list[Cue] = []
    for m in cue_verbs(masked):
        v, ve = m.start(), m.end()
        verb = m.group()
        lo = clause_start(v)
        who = None
        inverted = False
        # A participle ("..., saying", "asking the department") has its subject in the main
        # clause, never the noun just before it - unless "with" makes it absolute ("with
        # Senator John McCain telling reporters").
        participle = verb.endswith("ing") if " " not in verb else \
            verb.split()[0].endswith("ing")
        if participle:
            if (nm := absolute_participle(masked, lo, v, by_end)) is not None:
                who = from_name(nm)  # "with McCain telling reporters", "- Ryan saying he was"
            else:
                who = main_subject(masked, sentence_start(v), v, names, reliable)
        elif verb in REPORT_VERBS and (o := _outlet_after(masked, lo, v, ve, by_start, starts)):
            who, inverted = o, True  # '"...," said Kristen Day, ..., reports USA Today.'
        elif _passive_before(masked, v) and (b := _BY.match(masked, ve)):
            who = subject_after(masked, b.end(), by_start, starts)  # "was asked by host Bill Maher"
            inverted = who is not None
        elif verb in PASSIVE_ADDRESSEE_VERBS and _LEAD_IN_QUOTE.match(masked, ve) and \
                _passive_before(masked, v):
            continue  # rule passive_addressee: 'Trudeau was asked: "..."' names no speaker
        elif verb in PASSIVE_CHARGE_VERBS and _passive_before(masked, v):
            continue  # rule passive_charge: 'He was charged with "..."' quotes the charge
        elif verb in ("read", "reads") and _READ_FROM.match(masked, ve):
            continue  # rule read_from: 'The Crown read from the texts: "..."' is the texts'
        elif lo == v or masked[lo:v].isspace():
            pass  # ('"...," said Haley') the rules below read masked[lo:v]: none finds a source
        else:
            e = strip_adverbs(masked, lo, v)  # where a subject would end: read once for both
            who = subject_before(masked, lo, v, by_end, by_start, e)
            if who is None and (who := coordinated_verb(masked, lo, v, verb, sentence_start(v),
                                                         names, reliable, marks, e)) is not None:
                who.rule = "coordinated_verb"
            if who is None:
                who = infinitive_cue(masked, lo, v, verb, names, reliable)
        if who is None and not participle and verb not in WEAK_VERBS and \
                not that_clause(masked, ve):
            before = masked[lo:v].rstrip(" —–-")
            # '"...," said Haley' and the paraphrase form '..., said Grant Green'
            if not before.strip(" ,\x01") or before.endswith((",", "\x01")):
                who = subject_after(masked, ve, by_start, starts)
                inverted = who is not None
        if who is not None:
            out.append(Cue(v, ve, verb, who, inverted))
    according = [Cue(a, b, "according to", who, True) for a, b in find_according(masked)
                 if (who := subject_after(masked, b, by_start, starts)) is not None]
    according += [Cue(a, b, masked[a:b], who, True) for a, b in find_responses(masked)
                  if (who := subject_after(masked, b, by_start, starts)) is not None]
    if according:  # the cue verbs come in order already
        out += according
        out.sort(key=START)
    return out


_GROUP_NOUNS = frozenset(("board campaign group committee newspaper paper network agency "
                          "department ministry union party organization organisation "
                          "company firm coalition association council administration "
                          "airline carrier retailer insurer automaker bank city province "
                          "hospital university school commission authority service "
                          "police court tribunal institute foundation charity utility "
                          "office bureau jury panel").split())


def _named_before(masked: str, w: Who, names: list[NameMention]) -> None:
    """Rule named_group_before: "the board said" after "the Illinois Board of Elections" (or
    "the editorial board writes" after "the Wall Street Journal editorial board"): the group
    as the article named it, if it did so in the last few paragraphs. Examples:
      'The Illinois Board of Elections met on Monday. "...," the board said.'
          -> Illinois Board of Elections
      'The Wall Street Journal editorial board weighed in. "...," the editorial board
          writes.' -> Wall Street Journal editorial board"""
    words = w.text.split()
    if len(words) > 3 or words[0].lower() != "the" or words[-1] not in _GROUP_NOUNS or \
            not w.text[1:].islower():
        return  # "the Trump campaign" names its group already
    head = words[-1]
    lo = max(0, w.start - 3000)
    if head in _AGENCY_NOUNS and named_agency(w, names):  # "the (weather) agency"
        return
    # A match ends in the group noun: read only from a little before its first use.
    seen = [k for k in (masked.find(head, lo, w.start), masked.find(head.capitalize(), lo,
                                                                     w.start)) if k >= 0]
    if not seen:
        return
    # ... or the body's own name opening with its noun: "at the Ministry of Forests" (rule
    # noun_of_name: 'Nobody at the Ministry of Forests would speak. "...," the ministry said.')
    pat = re.compile(rf"(?:[A-Z][\w.'’&-]*[ \xa0]+){{1,5}}(?:[a-z]+[ \xa0]+)?"
                     rf"(?:{head}|{head.capitalize()}\b"
                     rf"(?:[ \xa0]+of(?:[ \xa0]+[A-Z][\w'’-]*)+)?)\b|"
                     rf"\b{head.capitalize()}[ \xa0]+of(?:[ \xa0]+[A-Z][\w'’-]*)+\b")
    found = None
    for m in pat.finditer(masked, max(lo, min(seen) - 300), w.start):
        found = m
    if found is None:
        described_group(masked, w, head, lo)
        return
    named = found.group().split()
    while named and named[0] in STOP:  # "The Illinois Board of Elections met"
        named.pop(0)
    # A capitalised "Of" or "The" inside is a headline in title case, not a name.
    if len(named) > 1 and not any(x in STOP for x in named):
        w.text, w.kind, w.rule = " ".join(named), ORGANISATION, "named_group_before"


_NAME_RUN = r"((?:[A-Z][\w.'’&-]*[ \xa0]+){0,4}[A-Z][\w.'’&-]*)"


@functools.lru_cache(maxsize=64)
def _described_pattern(head: str) -> re.Pattern:
    return re.compile(_NAME_RUN + rf",[ \xa0]+(?:the|a|an)[ \xa0]+(?:[\w'’-]+[ \xa0]+){{0,4}}"
                      rf"{head}(?=[ \xa0]*[,.;)])|\b(?:[Tt]he|[Aa]n?)[ \xa0]+{head}[ \xa0]+"
                      + _NAME_RUN)


_AGENCY_NOUNS = frozenset(("department", "agency", "ministry"))
AGENCY_REACH = 1500  # characters back where the agency is looked for


def named_agency(w: Who, names: list[NameMention]) -> bool:
    """Rule named_agency: "the department said", "the agency said" or "the ministry said"
    after a government body named by its field and its country or province (rules
    national_agency, joined_agency), within AGENCY_REACH characters: the last such body.
    `names`: the article's names, sorted. Examples:
      'Global Affairs Canada said it was "aware of reports." "...," the department said.'
          -> Global Affairs Canada
      'Statistics Canada said 76,000 jobs were added. The agency said the gains were
       "concentrated in part-time work."' -> Statistics Canada
    Rule described_agency, the same with one word describing the noun:
      'Environment Canada has issued a heat warning. "...," the weather agency said.'
          -> Environment Canada
      'The Justice Department said ... "...," the department said.' -> False (rule
       named_group_before reads it)"""
    k = bisect.bisect_left(names, w.start, key=START)
    while k > 0 and names[k - 1].start > w.start - AGENCY_REACH:
        k -= 1
        nm = names[k]
        if nm.kind == ORGANISATION and is_agency(nm.name):
            rule = "named_agency" if w.text.count(" ") == 1 else "described_agency"
            w.text, w.kind, w.rule = " ".join(nm.name), ORGANISATION, rule
            return True
    return False


def described_group(masked: str, w: Who, head: str, lo: int) -> None:
    """Rule described_group: "the airline said" after the article described an organisation
    as one, in an appositive ("Air Canada, the country's largest airline,") or with the noun
    before its name ("the airline WestJet"): that organisation. Examples:
      'Air Canada, the country's largest airline, cancelled flights. "...," the airline
       said.' -> Air Canada
      'Shares of the retailer Hudson's Bay fell. "...," the retailer said.' -> Hudson's Bay
      'Flights were cancelled. "...," the airline said.' -> None (no airline named)
      'In San Francisco, a group dressed in T-shirts marched. "...," the group said.' -> None
       (the appositive must close after its noun)"""
    found = None
    for m in _described_pattern(head).finditer(masked, lo, w.start):
        found = m
    if found is None:
        return
    named = (found.group(1) or found.group(2)).split()
    while named and named[0] in STOP:
        named.pop(0)
    if named and not any(x in STOP for x in named[1:]):
        w.text, w.kind, w.rule = " ".join(named), ORGANISATION, "described_group"


# Documents that speak for their authors: "her statement read", "the lawsuit argues".
DOCUMENT_NOUNS = frozenset("""statement lawsuit suit complaint filing report letter memo
release ruling decision order indictment motion brief affidavit post tweet email note study
survey petition submission editorial judgment opinion verdict declaration proposal plan
resolution warning advisory bulletin""".split())
_POSSESSIVE_DOCUMENT = re.compile(r"(his|her|their|its)[ \xa0]+(?:[\w-]+[ \xa0]+){0,3}?"
                                  r"([a-z][\w-]*)$", re.I)
_INDEFINITE_DOCUMENT = re.compile(r"(?:a|an)[ \xa0]+(?:[\w-]+[ \xa0]+){0,3}?([a-z][\w-]*)$",
                                  re.I)
# Between a quote and its cue's source: a document that source wrote ('"...," a statement
# from Health Canada read.'): rule document_author, the source named after "from" or "by".
DOCUMENT_BEFORE_AUTHOR = re.compile(
    r"[\s,—–-]*(?:a|an|the|its|his|her|their)[ \xa0]+(?:[\w-]+[ \xa0]+){0,2}?(?:"
    + "|".join(sorted(DOCUMENT_NOUNS)) + r")[ \xa0]+(?:from|by)[ \xa0]+(?:the[ \xa0]+)?")
_DEFINITE_DOCUMENT = re.compile(r"(?:the|this|that)[ \xa0]+(?:[\w-]+[ \xa0]+){0,3}?"
                                r"([a-z][\w-]*)$", re.I)


def document_author(masked: str, w: Who, resolver: Resolver) -> int:
    """Rule document_author: a document as the source speaks for whoever the article said
    wrote it. Examples:
      'Minister Anita Anand released a statement. "...," her statement read.' -> Anita Anand
      'The Ontario Federation of Labour filed a lawsuit. "...," the lawsuit argues.'
          -> Ontario Federation of Labour
      'Mark Carney posted on Monday. "...," his post said.' -> Mark Carney
      '"...," said a statement from Health Canada.' -> Health Canada
    "his"/"her" documents belong to the person the pronoun points to; "the" document to the
    first person or organisation of the sentence that brought it up (within 2,000
    characters); -1 when the article names no author."""
    if (a := _INDEFINITE_DOCUMENT.fullmatch(w.text)) is not None:
        # '"...," said a statement from Health Canada': a document brought up just now has
        # only the author named with it.
        if a.group(1).lower() not in DOCUMENT_NOUNS:
            return -1
        return _author_after(masked, w.end, resolver)
    if (owner := owned_document(w, resolver)) >= 0:
        return owner  # "Sanders' fundraising email notes", "Trump's statement said"
    m = _POSSESSIVE_DOCUMENT.fullmatch(w.text)
    if m and m.group(2).lower() in DOCUMENT_NOUNS:
        pro = m.group(1).lower()
        if pro in ("his", "her"):
            return resolver.person(w.start, "m" if pro == "his" else "f")
    elif (m := _DEFINITE_DOCUMENT.fullmatch(w.text)) is None or \
            m.group(1).lower() not in DOCUMENT_NOUNS:
        return -1
    head = m.group(m.lastindex).lower()
    if (own := _author_after(masked, w.end, resolver)) >= 0:
        return own  # "The lawsuit, filed by the Canadian Civil Liberties Association, argues"
    pat = re.compile(rf"\b(?:a|an|the|its|his|her|their|new|[A-Z][\w'’]*['’]s)[ \xa0]+"
                     rf"(?:[\w-]+[ \xa0]+){{0,3}}?{head}s?\b", re.I)
    found = None
    for f in pat.finditer(masked, max(0, w.start - 2000), w.start):
        found = f
    if found is None:
        return -1
    names = resolver.names
    # "a memo by the FDIC's inspector general", "an email sent from Jeremy Boreing"
    if (by := _author_after(masked, found.end(), resolver)) >= 0:
        return by
    # else the nearest before it in its sentence: 'The Times said Cook provided a statement'
    k = bisect.bisect_right(resolver.sent_starts, found.start()) - 1
    lo = resolver.sent_starts[k] if k >= 0 else 0
    j = bisect.bisect_left(names, found.start(), key=START) - 1
    while j >= 0 and names[j].start >= lo:
        nm = names[j]
        j -= 1
        if nm.entity >= 0 and not nm.possessive and _named_in_full(resolver, nm.entity):
            return nm.entity
    return -1


_OWNER_DOCUMENT = re.compile(r"(?:[Tt]he[ \xa0]+)?([A-Z][\w.'’ \xa0-]*?)(?:['’]s|s['’])[ \xa0]+"
                             r"(?:[\w-]+[ \xa0]+){0,3}?([a-z][\w-]*)")


def owned_document(w: Who, resolver: Resolver) -> int:
    """Part of rule document_author: a document owned by a name ("Sanders' fundraising
    email", "Trump's statement") speaks for that person or organisation, when the article
    names them reliably (in full, with a title, or more than once). Examples:
      'Bernie Sanders spoke. "...," Sanders' fundraising email notes.' -> Bernie Sanders
      'Donald Trump spoke. Trump's statement said the plan was "..."' -> Donald Trump
      "Trump's campaign said" -> -1 (a campaign is no document: named_group keeps it)
    An organisation's name after "the" owns its document the same way:
      'The Ohio Supreme Court ruled. "...," the Ohio Supreme Court's opinion said.'
          -> Ohio Supreme Court"""
    m = _OWNER_DOCUMENT.fullmatch(w.text)
    if m is None or m.group(2) not in DOCUMENT_NOUNS:
        return -1
    names = resolver.names
    at = w.start + m.start(1)
    j = bisect.bisect_left(names, at, key=START)
    if j < len(names) and names[j].start == at and names[j].possessive and \
            (at == w.start or names[j].kind == ORGANISATION) and \
            resolver.reliable(names[j].entity):
        return names[j].entity
    return -1


def _named_in_full(resolver: Resolver, entity: int) -> bool:
    """'Anita Anand', 'Ontario Federation of Labour', 'Minister Anand' - not a lone
    capitalised word ('Benghazi') that may be a place."""
    e = resolver.table.entities[entity]
    return len(e.name) >= 2 or e.titled


_DOCUMENT_FROM = re.compile(r",?(?:[ \xa0]+[a-z]+){0,3}?[ \xa0]+(?:by|from)[ \xa0]+"
                            r"(?:(?:the|its|his|her)[ \xa0]+)?")


def _author_after(masked: str, pos: int, resolver: Resolver) -> int:
    """The named author just after a document's words at pos: "a memo by the FDIC's inspector
    general", "an email sent from Jeremy Boreing", "the lawsuit, filed by the Canadian Civil
    Liberties Association,"; -1 when none is named there."""
    by = _DOCUMENT_FROM.match(masked, pos)
    if by is None or _RECEIVED_BY.search(by.group()):
        return -1  # "a memo obtained by CNN": CNN did not write it (rule received_by)
    names = resolver.names
    j = bisect.bisect_left(names, by.end(), key=START)
    if j < len(names) and names[j].start == by.end() and names[j].entity >= 0 and \
            _named_in_full(resolver, names[j].entity):
        return names[j].entity
    return -1


def titled_person(w: Who, resolver: Resolver) -> int:
    """Rule titled_person: a title is never a speaker, but it may point to the person the
    article gave that title. Examples:
      'Jeremy Hunt, the Chancellor of the Exchequer, spoke. "...," said the Chancellor of the
          Exchequer.' -> Jeremy Hunt
      '"...," the Prime Minister told MPs.' (no prime minister named) -> nobody (-1)"""
    words = w.text.split()
    if len(words) < 2 or words[0].lower() != "the" or not is_title(" ".join(words[1:])):
        return -1
    key = " ".join(words[1:]).lower()
    ent = resolver.person(w.start, None, key)
    if ent < 0:
        return -1
    e = resolver.table.entities[ent]
    return ent if e.role and key in e.role.lower() else -1


def is_title(phrase: str) -> bool:
    """'Chancellor of the Exchequer', 'Prime Minister', 'MPP': title words only."""
    words = [x.strip(".,") for x in phrase.split() if x not in ("of", "the", "for", "and")]
    return bool(words) and all(x[:1].isupper() and x in TITLE_WORDS for x in words)


def owned_role(text: str) -> bool:
    """Feature owned_role: a role noun with a possessive owner ("the Prime Minister's
    spokesman", "Ford's press secretary") is someone of the owner's; it names a person only
    when the article gave someone that role ("Ford's press secretary, Ivana Yelich" earlier).
    Examples:
      "The Prime Minister's spokesman" -> True; "the senator's aide" -> True
      "the former senator" -> False
      "Your columnist", "my colleague", "our reporter" -> True: the writer's or the paper's,
      never someone named in the article by that role
      "Her campaign manager", "his spokesman" -> True: someone of hers or his, not she"""
    words = text.split()
    return words[0].lower() in _FIRST_PERSON_OWNERS or \
        any(x.endswith(("'s", "’s", "s'")) for x in words[:-1])


_FIRST_PERSON_OWNERS = frozenset(("my", "your", "our", "his", "her", "their"))


def owned_before(masked: str, pos: int, head: str) -> bool:
    """Rule owned_before: "the spokesman" after the article wrote "the Prime Minister's
    spokesman" (or "his spokesman") within the last 1,500 characters is that unnamed person,
    not the owner nor anyone else nearby, unless a person was given the role. Examples:
      'The Prime Minister's spokesman said Sir Keir Starmer had full confidence. "...," the
          spokesman said.' -> True (no one named: not Starmer)
      'Ford's press secretary, Ivana Yelich, spoke. "...," the press secretary said.' -> True,
          and Ivana Yelich, described so, keeps the quote
      'Mayor Olivia Chow spoke. "...," the mayor said.' -> False"""
    lo = max(0, pos - 1500)
    if masked.find(head, lo, pos) < 0:
        return False  # (a plain search first)
    return re.search(rf"(?:[A-Z][\w.'’-]*['’]s?|\b(?:[Hh]is|[Hh]er|[Tt]heir|[Ii]ts))[ \xa0]+"
                     rf"(?:[a-z][\w-]*[ \xa0]+)?{re.escape(head)}\b", masked[lo:pos]) is not None


def _described_as(masked: str, e, head: str) -> bool:
    """Was the person given this role: in a title ("spokesman Josh Earnest", "campaign
    manager Jeff Weaver") or in an appositive right after a mention ("Ivana Yelich, the
    premier's spokesperson")?"""
    if head in (e.role or "").lower():
        return True
    for m in e.mentions:
        after = masked[m.end:m.end + 60]
        if after[:1] == "," and head in after.split(".", 1)[0].lower():
            return True
        if masked[max(0, m.start - len(head) - 3):m.start].rstrip(" ,\xa0").lower().endswith(head):
            return True  # "campaign manager Jeff Weaver", "the campaign manager, Jeff Weaver"
    return False


def played_position(head: str, inner: list[str]) -> bool:
    """Feature played_position: a player's position is a role noun when a word describes the
    player ("the rookie centre", "the veteran forward", "the Leafs' star defender"); alone
    it is not ("the centre said": an organisation's, left unresolved). Rule team_position:
    a team's name describes the player too ("the Chicago Sky forward", "the Lakers guard")
    when the position is written in lower case, but not a centre or a keeper ("the Toronto
    centre" is a building). Examples:
      ("centre", ["rookie"]) -> True; ("forward", ["veteran"]) -> True
      ("forward", ["Chicago", "Sky"]) -> True; ("guard", ["Lakers"]) -> True
      ("centre", []) -> False; ("mayor", ["rookie"]) -> False (a role noun already)
      ("centre", ["Toronto"]) -> False; ("Guard", ["National"]) -> False"""
    low = head.lower()
    return low in POSITION_NOUNS and (any(x[:1].islower() for x in inner) or (
        head.islower() and low not in _BUILDING_POSITIONS and
        any(x[:1].isupper() for x in inner)))


_BUILDING_POSITIONS = frozenset(("centre", "center", "keeper"))


_AGE = re.compile(r"\d{1,3}-year-old")


def age_noun(head: str) -> bool:
    """Feature age_noun: an age used as a noun ("the 72-year-old said") describes a person
    the article named, as a role noun does. Examples:
      "72-year-old" -> True; "the 34-year-old mother": its head is "mother" (a role noun)
      "year-old" -> False; "72-year-olds" -> False (people, no one named)"""
    return _AGE.fullmatch(head) is not None


def org_pronoun(w: Who, last_org: Who | None) -> int:
    """Rule org_pronoun: "it" as a source ("It said", "it added in a statement") is the
    organisation named as the source of a cue just before (at most 600 characters back):
    a company, a party or an agency speaks for itself in the next sentence. Examples:
      '"...," the Canadian Medical Association wrote in its statement. It added, "We want
       no part in it."' -> Canadian Medical Association
      'Fees rose, the Ontario Federation of Labour said. It said the rise was "a slap in the
       face."' -> Ontario Federation of Labour
      '"...," Smith said. It added, "..."' -> -1 (a person is never "it")
      'The Post reported it in May. ... (900 characters) ... It said "..."' -> -1 (too far)"""
    if last_org is None or w.start - last_org.end > 600:
        return -1
    return last_org.entity


def introduced_unnamed(masked: str, pos: int, head: str, resolver: Resolver) -> bool:
    """Rule introduced_unnamed: a definite role noun ("the official said") refers to the
    unnamed person an indefinite one of the same noun brought in, in its sentence or the two
    before ("a senior official at the department"), not to a named person nearer the top;
    unless a name follows that indefinite one in apposition ("a spokesman, Tim Miller,").
    Examples:
      'Minister Marc Miller said it was fine. I asked a senior official whether it was.
       "Not in any serious way," the official said.' -> True (no one named)
      'A campaign spokesman, Tim Miller, said no. "...," the spokesman said.' -> False
      'Marc Miller, the minister, spoke. "...," the minister said.' -> False (no "a")"""
    if not masked:
        return False
    k = resolver.sentence_of(pos) - 3
    lo = resolver.sent_starts[k] if k >= 0 else 0
    lo = max(lo, pos - 600)  # three sentences, and never more than a paragraph's worth
    for m in _INTRODUCED.finditer(masked, lo, pos):
        words = m.group(1).split()
        if head in words and _LINKS.isdisjoint(words[:words.index(head)]):
            end = m.start(1) + len(" ".join(words[:words.index(head) + 1]))
            if not _APPOSED_NAME.match(masked, end, end + 80):  # (a name is short)
                return True
    return False


# An indefinite article and the four words after it: "a senior official at the", "an aide".
_INTRODUCED = re.compile(r"\b(?:[Aa]n?|[Oo]ne|[Aa]nother)[ \xa0]+((?:[\w'’-]+[ \xa0]+){0,3}"
                         r"[\w'’-]+)")
_LINKS = frozenset("for of to at in on with from by and or as".split())  # "a candidate for
# president" brings in a candidate; "president" there is what the candidate runs for
_APPOSED_NAME = re.compile(r",?[ \xa0]+(?:[A-Z][\w'’.-]*[ \xa0]+)*[A-Z][\w'’-]+,")


CATAPHORA_REACH = 200  # characters after the pronoun where the person it names is looked for


def cataphora(w: Who, resolver: Resolver) -> int:
    """Rule cataphora: "he" or "she" with no one before it to refer to points ahead, to the
    first person named in the next sentence (one in its own is whom it spoke to), within
    CATAPHORA_REACH characters, whose sex does not disagree (as a lede that opens with the
    quote writes it). A role noun does not look ahead ('"...," the premier said. Danielle
    Smith had earlier ...': the premier may be someone else). Examples:
      '"We will stop Brexit," she said. The Liberal Democrat leader, Jo Swinson, was
       speaking in Bournemouth.' -> Jo Swinson
      '"No," he said. Olivia Chow ...' -> -1 (she is a woman)
      '"...," she told Jo Swinson.' -> -1 (no sentence after it)
      '"No," he said. The storm hit at noon.' -> -1 (no one named)
      '"For what?" he said.\n\nRandy Boissonnault resigned.' -> -1 (another paragraph)"""
    names = resolver.names
    table = resolver.table
    here = resolver.sentence_of(w.start)
    gender = "m" if w.text.lower() == "he" else "f"
    k = bisect.bisect_right(names, w.end, key=START)
    while k < len(names) and names[k].start < w.end + CATAPHORA_REACH:
        nm = names[k]
        k += 1
        if nm.entity < 0 or nm.possessive or table.entities[nm.entity].kind != PERSON:
            continue
        if resolver.sentence_of(nm.start) == here:
            continue  # '"...," she told Jo Swinson.': the one spoken to, not ahead
        if resolver.sentence_of(nm.start) > here + 1 or "\n" in resolver.masked[w.end:nm.start]:
            return -1  # (the next paragraph may be about someone else)
        g = table.entities[nm.entity].gender
        return -1 if g and g != gender else nm.entity
    return -1


# "The head of the", "The new president of": a definite role of a body, before its name.
_HEAD_OF = re.compile(r"(?<![\w'’])[Tt]he[ \xa0]+(?:[a-z][\w-]*[ \xa0]+){0,2}?([a-z]+)[ \xa0]+of"
                      r"[ \xa0]+(?:the[ \xa0]+)?$")


def head_of_body(masked: str, start: int) -> int:
    """Where "the <role> of (the)" begins right before an organisation's name at `start`, or
    -1. Examples: 'The head of the |Canadian Association of Petroleum Producers' -> 0;
    'the union's head of the |CLC' -> -1 (an owner's); 'Members of the |Senate' -> -1"""
    if not masked.endswith(("of ", "of the "), max(0, start - 8), start):
        return -1  # (the common case, asked of every body named as a source)
    m = _HEAD_OF.search(masked, max(0, start - 50), start)
    return m.start() if m is not None and (m.group(1) in PERSON_ROLE_NOUNS or
                                           m.group(1) == "head") else -1


def named_next(w: Who, resolver: Resolver) -> int:
    """Rule named_next: "The head of <a body> says ..." with the person named as the subject
    opening the next sentence (as a wire lede names them only then) is that person, not the
    body; with no name there, the body stays the source. Examples:
      'The head of the Canadian Association of Petroleum Producers says the industry needs
       "certainty, not slogans." Lisa Baiton told a conference ...' -> Lisa Baiton
      'The president of the CMA says doctors are "exhausted."' -> -1 (the CMA stays)
      'The head of the CAPP says it needs "certainty." The group met ...' -> -1"""
    names = resolver.names
    here = resolver.sentence_of(w.start)
    k = bisect.bisect_right(names, w.end, key=START)
    while k < len(names) and names[k].start < w.end + CATAPHORA_REACH:
        nm = names[k]
        k += 1
        if resolver.sentence_of(nm.start) == here:
            continue
        if resolver.sentence_of(nm.start) > here + 1 or "\n" in resolver.masked[w.end:nm.start]:
            return -1
        opens = resolver.sent_starts[here]
        if resolver.masked[opens:nm.start].strip() or nm.entity < 0 or nm.possessive or \
                resolver.table.entities[nm.entity].kind != PERSON:
            return -1  # the next sentence must open with the person's name
        return nm.entity
    return -1


_REPLY_VERBS = ("replied", "replies", "answered", "answers", "responded", "responds",
                "retorted", "shot back")
_ASKED = re.compile(r"[ \xa0]asked[ \xa0]+")
_TITLE_RUN = re.compile(r"(?:[A-Z][\w.'’-]*[ \xa0]+){0,4}\Z")


def asked_replied(masked: str, w: Who, verb: str, resolver: Resolver) -> int:
    """Rule asked_replied: "he" or "she" who "replied" (answered, responded) after a sentence
    in which someone "asked" a person named right after the verb is that person, the one
    asked, not the asker (a newsletter, a host or a reporter), within the paragraph and
    ASKED_REACH characters, when the sex does not disagree. Examples:
      'Playbook asked Defence Minister David McGuinty whether it would be met. "Yes. Full
       stop," he replied.' -> David McGuinty
      'Barton asked Andrew Coyne if the Bloc could win. "No," he answered.' -> Andrew Coyne
      'Barton asked Andrew Coyne if the Bloc could win. "No," she replied.' -> -1 (he is a man)
      'Reporters asked about the deal. "No," he replied.' -> -1 (no one named after "asked")"""
    if verb.lower() not in _REPLY_VERBS:
        return -1
    lo = max(masked.rfind("\n", 0, w.start) + 1, w.start - ASKED_REACH)
    k = masked.rfind(" asked", lo, w.start)
    m = _ASKED.match(masked, k) if k >= 0 else None
    if m is None:
        return -1
    names = resolver.names
    i = bisect.bisect_left(names, m.end(), key=operator.attrgetter("start"))
    if i == len(names) or names[i].start > m.end() + 40 or names[i].start >= w.start:
        return -1
    nm = names[i]
    if _TITLE_RUN.match(masked, m.end(), nm.start) is None or nm.possessive or nm.entity < 0:
        return -1
    e = resolver.table.entities[nm.entity]
    gender = "m" if w.text.lower() == "he" else "f"
    if e.kind != PERSON or e.gender and e.gender != gender:
        return -1
    return nm.entity


ASKED_REACH = 400  # characters back from the pronoun to the sentence with "asked"


def resolve(cues: list[Cue], resolver: Resolver, masked: str = "") -> None:
    """Give each cue's pronoun or role-noun source an entity, in reading order."""
    table = resolver.table
    last_org: Who | None = None  # the latest organisation named as a source (org_pronoun)
    for i, c in enumerate(cues):
        if i and (p := cues[i - 1].who).entity >= 0 and \
                table.entities[p.entity].kind == ORGANISATION:
            last_org = p
        w = c.who
        low = w.text.lower()
        # (a pronoun is one word: the three rules below read sources of two words or more)
        if masked and w.entity < 0 and low not in _PRONOUNS:
            ent = document_author(masked, w, resolver)
            document = ent >= 0
            if ent < 0:
                ent = titled_person(w, resolver)
            if ent >= 0:
                w.entity, w.kind = ent, table.entities[ent].kind
                w.rule = "document_author" if document else "titled_person"
                if w.kind == PERSON:
                    resolver.add(w.start, ent)
                continue
            _named_before(masked, w, resolver.names)
        if masked and w.entity >= 0 and table.entities[w.entity].kind == ORGANISATION and \
                (head := head_of_body(masked, w.start)) >= 0 and \
                (ent := named_next(w, resolver)) >= 0:
            w.start, w.text = head, masked[head:w.end]
            w.entity, w.kind, w.rule = ent, PERSON, "named_next"
        if w.entity >= 0:
            if table.entities[w.entity].kind == PERSON:
                resolver.add(w.start, w.entity,
                             speaker=c.inverted or not reported_source(masked, w.start))
                if w.role and table.entities[w.entity].role is None:
                    table.entities[w.entity].role = w.role
            continue
        if low in ("he", "she") and (ent := asked_replied(masked, w, c.verb, resolver)) >= 0:
            w.entity, w.rule = ent, "asked_replied"
        elif low in ("he", "she"):
            w.entity = resolver.person(w.start, "m" if low == "he" else "f")
            w.rule = "pronoun"
            if w.entity < 0 and (ent := cataphora(w, resolver)) >= 0:
                w.entity, w.rule = ent, "cataphora"
        elif low in ("i", "we", "you", "they"):
            continue
        elif low == "it":
            w.kind = ORGANISATION
            if (ent := org_pronoun(w, last_org)) >= 0:
                w.entity, w.rule = ent, "org_pronoun"
            continue
        elif w.rule == "familiar_with":
            continue  # "people close to the senator": unnamed, not the senator
        else:
            words = low.split()
            k = role_head(words)
            head = words[k].strip(".,")
            written = w.text.split()
            inner = written[1:k]
            if w.text[:1].isupper() and (ind := indefinite_description(masked, w.start)) >= 0:
                w.start, w.text = ind, masked[ind:w.end]
                w.kind, w.rule = PERSON, "indefinite_description"
                continue
            if _INDEFINITE.match(low) or (head not in PERSON_ROLE_NOUNS and not (
                    played_position(written[k].strip(".,") if k < len(written) else head,
                                    inner) or
                    age_noun(head))) or (
                    len(words) == 1 and w.text[:1].isupper()):  # "King says": a name
                continue  # "a spokesman", "the statement": no one named
            if head not in POSITION_NOUNS and \
                    any(x[:1].isupper() and table.names_person(x.strip(".,'’s")) for x in inner):
                continue  # "the senior Cruz adviser": someone of Cruz's, not Cruz (but "the
                # Chicago Sky forward" is a player of a team the name finder read as a person)
            if introduced_unnamed(masked, w.start, head, resolver):
                w.rule = "introduced_unnamed"
                continue  # "a senior official ... 'No,' the official said": that unnamed one
            modified = len(inner) > 0
            gender = ("m" if head in MALE_ROLE_NOUNS else "f" if head in FEMALE_ROLE_NOUNS
                      else None)
            w.entity = resolver.person(w.start, gender, ROLE_ABBREVIATIONS.get(head, head) or None)
            if w.rule != "role_from_place":
                w.rule = "described_person" if modified else "role_noun"
            if w.entity >= 0 and (owned_role(w.text) or owned_before(masked, w.start, head)) \
                    and not _described_as(masked, table.entities[w.entity], head):
                w.entity = -1  # "the Prime Minister's spokesman": someone unnamed
        if w.entity >= 0:
            w.kind = PERSON
            resolver.add(w.start, w.entity)
