"""The gate before a speaker row exists: a speaker is a named person or a named organisation.

Each rule is a function with a name; `check_mention` runs them in order and says which one
refused a mention. Refused descriptions ("a State Department official") stay on the quotation
as its unnamed source; refused junk (a headline line, a single common word) leaves nothing.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from functools import lru_cache

from tracker.extraction.lexicon import DATES, DEMONYMS, GROUPS, PLACES, STOP, TITLE_WORDS
from tracker.identity.names import PARTICLES, fold

PERSON, ORGANISATION = "person", "organisation"

PRONOUNS = frozenset(
    "he she they we i you it who him her them us me his hers its their theirs our my your "
    "this that these those someone somebody anyone everyone nobody".split()
)
DETERMINERS = frozenset(
    "a an the some several many one two three few most all another other both each every "
    "no none any such various numerous certain multiple".split()
)
DOCUMENTS = frozenset(
    """poll polls survey surveys report reports memo memos statement statements letter
    letters email emails e-mail tweet tweets account accounts study studies document
    documents filing filings lawsuit complaint indictment ruling order ad ads advert video
    videos book website site release releases transcript transcripts post posts note notes
    analysis data figures record records page message messages interview op-ed
    column article story headline caption sign poster banner petition""".split()
)
# Lower-case heads that make a named owner an organisation: "Trump campaign".
ORGANISATION_HEADS = frozenset("campaign administration government team camp board".split())
COMMON_WORDS = frozenset(
    w.lower()
    for w in (STOP | PLACES | DATES | DEMONYMS | GROUPS | TITLE_WORDS)
    | set(
        """Therefore Moreover Furthermore About None Several Nevertheless Nonetheless Besides
        Overall Ultimately Certainly Clearly Obviously Apparently Actually Basically Ready
        Times Post Journal News Convention Aides Officials Sources Pollsters Analysts Experts
        Critics Advisers Advisors Staffers Lawmakers Leaders Members Residents Protesters
        Government Administration Campaign Committee Congress Senate House Court White Police
        Statement Report Poll Survey Internet Web Media
        Press Everybody Somebody People Folks Anyway Okay Sure Thanks Right Wrong""".split()
    )
)
# Slogans and things named after a person: "Stop Trump", "Trump Train", "Clinton Cash".
SLOGAN_FIRST = frozenset(
    "stop make vote never dump lock feel build join elect defeat draft".split()
)
THING_LAST = frozenset(
    """train act pact war wars plan movement matter matters amendment doctrine cash
    convention debate caucus rule rules""".split()
)
_ACRONYM = re.compile(r"^[A-Z]{2,6}$")
# A line that ends as a sentence does: a full stop, question or exclamation mark or colon,
# before any closing quotation marks. A teaser's trailing ellipsis ("Had ‘The Audacity
# To….’") or a quoted phrase closing the line ("Trump Calls Clinton ‘Crooked’") does not.
_SENTENCE_END = re.compile(r"(?<![.…])[.!?:][\"”’']*\s*$")
_WORD = re.compile(r"[^\W\d_][\w'’\-]*")


@dataclass(frozen=True)
class Verdict:
    """What the gate decided: `rule` is None for a speaker, else the rule that refused."""

    rule: str | None
    unnamed: bool = False  # a description the quotation keeps ("an aide")

    @property
    def accepted(self) -> bool:
        return self.rule is None


def _words(text: str) -> list[str]:
    return _WORD.findall(text)


def is_pronoun(mention: str, kind: str, line: str) -> bool:
    """A pronoun or a possessive phrase: "he", "His wife", "her Twitter account".

    >>> is_pronoun("His wife", PERSON, "")
    True
    >>> is_pronoun("Hisham Melhem", PERSON, "")
    False
    """
    words = mention.split()
    return bool(words) and words[0].lower() in PRONOUNS


def is_headline(mention: str, kind: str, line: str) -> bool:
    """A headline line: Title Case or capitals with no sentence structure (a line that does
    not end as a sentence ends: a teaser's trailing ellipsis or a closing quoted phrase is a
    headline's end).

    >>> is_headline("Clinton Cash Debunks Hillary", PERSON, "Clinton Cash Debunks Hillary")
    True
    >>> is_headline("EDGAR ALLEN POE", PERSON, "TURNS OUT EDGAR ALLEN POE WAS ONTO SOMETHING")
    True
    >>> is_headline("Mike Pompeo", PERSON, "Mike Pompeo said on Friday that talks go on.")
    False
    >>> is_headline("Woman Steps Forward", PERSON,
    ...             "Woman Steps Forward With Bombshell Claim: He Had ‘The Audacity To….’")
    True
    >>> is_headline("Donald Trump", PERSON, "“We Will Make America Great,” Donald Trump Said.")
    False
    """
    words = _words(mention)
    shouting = [w for w in words if len(w) > 4 and w.isupper()]
    if len(shouting) >= 2:
        return True
    return _headline_line(line)


@lru_cache(maxsize=256)
def _headline_line(line: str) -> bool:
    """Title Case with no sentence end: read once per line, whatever its number of names."""
    return not _SENTENCE_END.search(line) and title_case(line)


def title_case(line: str) -> bool:
    """Four words or more, and four in five of them capitalised (short particles aside): how
    a headline is written, whatever ends it.

    >>> title_case("Trump Addresses Munich Attack: ‘This Cannot Continue.’")
    True
    >>> title_case("Mike Pompeo said on Friday that talks go on.")
    False
    """
    line_words = [w for w in _words(line) if len(w) > 3 or w.lower() not in PARTICLES]
    if len(line_words) < 4:
        return False
    capitalised = sum(1 for w in line_words if w[:1].isupper())
    return capitalised / len(line_words) >= 0.8


def is_document(mention: str, kind: str, line: str) -> bool:
    """A document, a poll or an account rather than a speaker: "Quinnipiac poll conducted",
    "the memo" (a capitalised "Washington Post" is an organisation).

    >>> is_document("Quinnipiac poll conducted", ORGANISATION, "")
    True
    >>> is_document("Washington Post", ORGANISATION, "")
    False
    """
    return any(w in DOCUMENTS for w in mention.split() if w[:1].islower())


def is_description(mention: str, kind: str, line: str) -> bool:
    """A description, not a name: led by an article or a quantifier ("an aide", "the
    campaign", "a source familiar"), ending in a lower-case word ("State Department
    official", "Clinton aide"), or a plural of people ("Officials").

    >>> [is_description(m, PERSON, "") for m in ("an aide", "officials",
    ...     "State Department official", "Democrat familiar", "Bill de Blasio")]
    [True, True, True, True, False]
    >>> is_description("Trump campaign", ORGANISATION, "")
    False
    """
    words = mention.split()
    if not words:
        return True
    if words[0].lower() in DETERMINERS or words[0][:1].islower():
        return True
    last = words[-1]
    if last[:1].islower() and last.lower() not in PARTICLES:
        return not (last.lower() in ORGANISATION_HEADS and len(words) > 1)
    return False


# Initials of a kind of body or job, not of one: "a PAC", "the CEO".
GENERIC_ACRONYMS = frozenset("PAC PACs CEO CFO COO NGO NGOs MP MPs VP AG DA PR TV".split())


# Bodies named by one word that is otherwise a common one.
ONE_WORD_BODIES = frozenset({"crown"})


def is_common_word(mention: str, kind: str, line: str) -> bool:
    """A single common word, place or group: "Times", "Therefore", "Japan", "Aides", or the
    initials of a kind of body or job ("PAC", "CEO").

    >>> [is_common_word(m, PERSON, "") for m in ("Times", "Moreover", "Japan", "Pompeo")]
    [True, True, True, False]
    >>> [is_common_word(m, ORGANISATION, "") for m in ("PAC", "GOP", "Purple PAC", "Crown")]
    [True, False, False, False]
    """
    words = _words(mention)
    if len(words) == 1 and words[0] in GENERIC_ACRONYMS:
        return True
    if len(words) != 1 or _ACRONYM.match(words[0]) or not words[0][:1].isupper():
        return False  # "GOP", "NATO": an organisation by its initials; "officials": described
    if kind == ORGANISATION and fold(words[0]) in ONE_WORD_BODIES:
        return False  # "the Crown argued": the prosecution (rule the_crown of the extractor)
    return fold(words[0]) in COMMON_WORDS


PLACE_PREFIXES = frozenset("san santa los las new fort saint st el port mount lake".split())
_PLACES = frozenset(w.lower() for w in PLACES) | {"capitol", "hill", "angeles", "jose"}


def is_place(mention: str, kind: str, line: str) -> bool:
    """A place, not a speaker: "San Jose", "Capitol Hill", "New Hampshire".

    >>> [is_place(m, PERSON, "") for m in ("San Jose", "Capitol Hill", "Jose Antonio Vargas")]
    [True, True, False]
    """
    words = [fold(w) for w in _words(mention)]
    if len(words) < 2:
        return False
    return all(w in _PLACES for w in words) or (
        words[0] in PLACE_PREFIXES and len(words) == 2 and words[1] in _PLACES | {"jose", "diego"}
    )


def is_slogan(mention: str, kind: str, line: str) -> bool:
    """A slogan or a thing named after a person: "Stop Trump", "Trump Train", "Clinton Cash".

    >>> [is_slogan(m, PERSON, "") for m in ("Stop Trump", "Trump Train", "Nathan Deal")]
    [True, True, False]
    """
    words = [fold(w) for w in _words(mention)]
    return len(words) > 1 and (words[0] in SLOGAN_FIRST or words[-1] in THING_LAST)


# What is left of a letter the text's encoding broke twice, beyond ingest's repair
# (`encodings.repair_mojibake`): "Ã" or "Â" before a byte that is no letter, or at the end.
_BROKEN = re.compile(r"[ÃÂ](?=[\x80-\xbf\d\W]|$)")


def is_broken_name(mention: str, kind: str, line: str) -> bool:
    """A name cut at a letter whose encoding is broken beyond repair: "Stefan KÃ" (of
    "Stefan Körner", written "KÃ\x83 rner"), "GÃ1". No researcher can cite it; the
    quotation keeps it as its source's description, for an editor to mend. Accented names
    pass, in any case.

    >>> [is_broken_name(m, PERSON, "") for m in ("Stefan KÃ", "GÃ1", "SarukhÃÂ")]
    [True, True, True]
    >>> [is_broken_name(m, PERSON, "") for m in ("Enrique Peña Nieto", "JOÃO SILVA", "Ângela")]
    [False, False, False]
    """
    return _BROKEN.search(mention) is not None


Rule = Callable[[str, str, str], bool]
# (name, rule, keeps the mention as the quotation's unnamed source)
RULES: tuple[tuple[str, Rule, bool], ...] = (
    ("pronoun", is_pronoun, True),
    ("broken_name", is_broken_name, True),
    ("headline", is_headline, False),
    ("document", is_document, True),
    ("common_word", is_common_word, False),
    ("description", is_description, True),
    ("slogan", is_slogan, False),
    ("place", is_place, False),
)


@lru_cache(maxsize=16_384)  # pure; a name and its line are checked again and again
def check_mention(mention: str, kind: str = PERSON, line: str = "") -> Verdict:
    """Run the rules in order; the first that refuses decides.

    >>> check_mention("a State Department official")
    Verdict(rule='description', unnamed=True)
    >>> check_mention("Mike Pompeo", line="Mike Pompeo said talks go on.")
    Verdict(rule=None, unnamed=False)
    """
    mention = " ".join(mention.split())
    if not any(ch.isalpha() for ch in mention):
        return Verdict("empty")
    for name, rule, unnamed in RULES:
        if rule(mention, kind, line):
            return Verdict(name, unnamed)
    return Verdict(None)
