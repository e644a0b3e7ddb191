"""Decide who each quotation of one article is attributed to, before anything is stored.

Every speaker the extractor found passes the gate (`gate.check_mention`) and is parsed
(`names.parse_name`). A full name is a named speaker. A bare name ("Clinton", "Donald") is
resolved only to a full name the same article gives; with none, or with two people it could
be ("Bill Clinton", "Hillary Clinton"), it stays ambiguous and no speaker is guessed.
"""

from __future__ import annotations

import bisect
import re
from collections import Counter
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, replace
from functools import cached_property, lru_cache, wraps

from tracker.extraction.lexicon import (
    DATES,
    DEMONYMS,
    FEMALE_NAMES,
    FEMALE_TITLES,
    GROUPS,
    MALE_NAMES,
    MALE_TITLES,
    ORG_WORDS,
    PERSON_ROLE_NOUNS,
    PLACES,
    STOP,
    TITLE_WORDS,
)
from tracker.extraction.types import Entity, Quote
from tracker.identity.gate import (
    COMMON_WORDS,
    ORGANISATION,
    ORGANISATION_HEADS,
    PERSON,
    check_mention,
    is_common_word,
    title_case,
)
from tracker.identity.names import (
    ABBREVIATED_TITLES,
    GIVEN_TITLE_WORDS,
    HONORIFICS,
    PARTICLES,
    REGNAL_TITLES,
    SUFFIXES,
    ParsedName,
    clean_role,
    fold,
    gender_of_name,
    is_first_name,
    is_role,
    is_role_word,
    parse_name,
    same_person,
)

NAMED, UNNAMED, AMBIGUOUS, NONE = "named", "unnamed", "ambiguous", "none"
# A person the article names by a first name only, on purpose (`known_only_as`).
KNOWN_ONLY_AS = "known_only_as"


@dataclass(frozen=True)
class Decision:
    """What one quotation's speaker is.

    status NAMED: `name` (a person's ParsedName or an organisation's name) with `role`;
    UNNAMED: `description` is the source as written ("a State Department official");
    AMBIGUOUS: `description` is the bare name ("Clinton"), for an editor to decide;
    NONE: no speaker (`rule` says which gate rule refused it, if any).
    """

    status: str
    kind: str = PERSON
    name: str = ""
    parsed: ParsedName | None = None
    role: str = ""
    description: str = ""
    rule: str | None = None
    gender: str | None = None  # of an ambiguous bare name's mention: "Mr. Trump" is "m"
    # (an ambiguous bare name's `role` is its mention's title: "Lord Justice" of "Lord
    # Justice Singh", read by the store's rule `bench_title`)


def _line_at(text: str, position: int | None) -> str:
    """The line of `text` holding `position`: the same string object for every quote of the
    line, so the gate's checks of it, remembered by line, read a long line once."""
    if position is None or not 0 <= position <= len(text):
        return ""
    starts, lines = _lines(text)
    return lines[bisect.bisect_right(starts, position) - 1]


@lru_cache(maxsize=4)
def _lines(text: str) -> tuple[list[int], list[str]]:
    """The article's lines and where each starts: split once per article."""
    lines = text.split("\n")
    starts, at = [], 0
    for line in lines:
        starts.append(at)
        at += len(line) + 1
    return starts, lines


class FullNames(list):
    """An article's full names (`_full_names`), indexed by the keys the rules look them up by,
    so that each quotation's decision reads the names it needs, not all of them (an article
    of thousands of people named in full and as often by a bare name stays linear)."""

    @cached_property
    def by_family(self) -> dict[str, list[ParsedName]]:
        return _grouped(self, lambda p: (p.family_key,))

    @cached_property
    def by_family_gender(self) -> dict[tuple[str, str | None], list[ParsedName]]:
        """By family and the gender of the given name ("Donald Trump": ("trump", "m"))."""
        return _grouped(self, lambda p: ((p.family_key, gender_of_name(p)),))

    @cached_property
    def by_given(self) -> dict[str, list[ParsedName]]:
        """Given names written in one word ("Donald"), of names not written family first."""
        return _grouped(self, lambda p: () if p.eastern else (p.given_key,))

    @cached_property
    def all_given(self) -> dict[str, list[ParsedName]]:
        """Given names of all the names, those written family first too (`_why_open`)."""
        return _grouped(self, lambda p: (p.given_key,))

    @cached_property
    def by_middle(self) -> dict[str, list[ParsedName]]:
        """Each folded middle name ("rodham"), once per name."""
        return _grouped(self, lambda p: dict.fromkeys(fold(m) for m in p.middle))

    @cached_property
    def parts(self) -> Counter[str]:
        """How many of the names give each given or family name, as written."""
        return Counter(part for p in self for part in {p.given, p.family} if part)

    @cached_property
    def by_written(self) -> dict[str, list[ParsedName]]:
        return _grouped(self, lambda p: (p.written,))


def _grouped(names, keys) -> dict[str, list[ParsedName]]:
    out: dict[str, list[ParsedName]] = {}
    for p in names:
        for key in keys(p):
            out.setdefault(key, []).append(p)
    return out


def _indexed(full: Sequence[ParsedName]) -> FullNames:
    return full if isinstance(full, FullNames) else FullNames(full)


# Rule many_of_one_family: a new full name is matched against the last _MANY people of its
# family the article named (news never names so many; an article of thousands of Smiths
# would otherwise match each against all the others).
_MANY = 64


def _full_names(quotes: Sequence[Quote], entities: Sequence[Entity]) -> FullNames:
    """The full names of people the article gives, one per person (the fullest form)."""
    found = FullNames()
    of_family: dict[str, list[int]] = {}  # family key -> where in found (same_person needs one)
    candidates = [e.name for e in entities if e.kind == PERSON or _titled_person(e.name)]
    candidates += [q.speaker for q in quotes if q.speaker and q.speaker_kind != ORGANISATION]
    # Each name once (a speaker is named by every quote of theirs): the same names come out.
    for written in dict.fromkeys(candidates):
        if not check_mention(written, PERSON).accepted:
            continue
        parsed = parse_name(written)
        if parsed.is_bare:
            continue
        family = of_family.setdefault(parsed.family_key, [])
        for i in family[-_MANY:]:
            known = found[i]
            if same_person(known, parsed):
                if len(parsed.middle) > len(known.middle):
                    found[i] = parsed
                break
        else:
            family.append(len(found))
            found.append(parsed)
    return found


def _titled_person(written: str) -> bool:
    """Rule: a role and a common given name make a person, whatever kind the extractor gave
    ("City Council Speaker Melissa Mark-Viverito", "Atlantic City Mayor Don Guardian").

    >>> _titled_person("City Council Speaker Melissa Mark-Viverito")
    True
    >>> _titled_person("City Council"), _titled_person("Goldman Sachs")
    (False, False)
    """
    parsed = parse_name(written)
    return bool(parsed.role) and is_role(parsed.role) and is_first_name(parsed.given)


_MALE = frozenset(w.lower().rstrip(".") for w in MALE_TITLES) | {"he", "him", "his"}
_FEMALE = frozenset(w.lower().rstrip(".") for w in FEMALE_TITLES) | {"she", "her", "hers"}


def _gender_of_mention(*written: str) -> str | None:
    """ "Mr. Trump" and "he" are a man, "Ms. Trump" and "she" a woman."""
    for text in written:
        first = text.split()[0].lower().rstrip(".") if text.split() else ""
        if first in _MALE:
            return "m"
        if first in _FEMALE:
            return "f"
    return None


def place_as_family_name(parsed: ParsedName) -> bool:
    """Rule `place_as_family_name`: a "full name" that ends in a place and starts with no
    given name is a body named for its country or region ("Global Affairs Canada",
    "Crown-Indigenous Relations Canada", "United States"), not a person; a given name makes
    a person ("Tim Houston", "Jim Jordan", "Jack London").

    >>> [place_as_family_name(parse_name(n)) for n in ("Global Affairs Canada",
    ...  "United States", "Tim Houston", "Jim Jordan", "France Gélinas")]
    [True, True, False, False, False]
    """
    if parsed.is_bare or parsed.eastern or is_first_name(parsed.given):
        return False
    return parsed.family in PLACES


def honorific_person(written: str, mention: str) -> bool:
    """Rule `honorific_person`: a bare name the article writes with a person's honorific,
    title of address or pronoun ("Mr. Legault", "Dr. Tam", "Ms Wong", "he") is a person, so
    it is never read as a one-word body or outlet (rules `short_form_in_article`,
    `fuller_mention`, `outlet_in_text`, `body_in_text`), even where the text seems to say
    so: in '"On ne lâchera pas," said Mr. Legault, which translates to ...' the "which" is
    the quote's, not Legault's. The name stays a bare name, for the article or the store.

    >>> honorific_person("Legault", "Mr. Legault"), honorific_person("Tam", "Dr. Tam")
    (True, True)
    >>> honorific_person("Verizon", "Verizon"), honorific_person("Unifor", "it")
    (False, False)
    """
    if _gender_of_mention(written, mention):
        return True
    words = mention.split()
    return bool(words) and words[0].lower().rstrip(".") in HONORIFICS


def _mention_title(mention: str, bare: ParsedName) -> str:
    """The title the mention writes before a bare name ("President" of "President Obama"
    where the extractor's speaker is "Obama"); "" for an honorific or a pronoun.

    >>> obama = parse_name("Obama")
    >>> _mention_title("President Obama", obama), _mention_title("he", obama)
    ('President', '')
    """
    written = parse_name(mention) if mention else None
    if written is None or written.family_key != bare.family_key:
        return ""
    return clean_role(written.role)


def _resolve_bare(
    bare: ParsedName, full: list[ParsedName], gender: str | None = None
) -> ParsedName | None:
    """The one full name of the article a bare name can stand for: by family name
    ("Clinton"), else by given name ("Donald"). Of two people of one family, the honorific
    or pronoun decides ("Mr. Trump" is Donald Trump beside Ivanka Trump), else nobody."""
    key, full = bare.family_key, _indexed(full)
    by_family = full.by_family.get(key, [])
    if len(by_family) > 1 and gender:
        by_family = full.by_family_gender.get((key, gender), [])
    if by_family:
        return by_family[0] if len(by_family) == 1 else None
    by_given = full.by_given.get(key.replace(" ", ""), [])
    return by_given[0] if len(by_given) == 1 else None


def _first_family_name(bare: ParsedName, full: list[ParsedName]) -> ParsedName | None:
    """Rule `first_family_name`: the one full name of the article whose middle name the bare
    name is, as with two family names ("Acosta" for "Melba Acosta Febo", "Rodham" for
    "Hillary Rodham Clinton"); never a first name ("Paul" of "John Paul Jones").

    >>> _first_family_name(parse_name("Acosta"), [parse_name("Melba Acosta Febo")]).name
    'Melba Acosta Febo'
    >>> _first_family_name(parse_name("Paul"), [parse_name("John Paul Jones")]) is None
    True
    """
    if is_first_name(bare.family):
        return None
    key = bare.family_key
    by_middle = _indexed(full).by_middle.get(key, []) if len(key) > 1 else []
    return by_middle[0] if len(by_middle) == 1 else None


# Why a bare name stays open in its article: the article names nobody it can be (only then
# may the store decide: `family.bind_family_name`), or several people it can be.
NAMES_NOBODY, NAMES_SEVERAL = "bare_name", "several_in_article"


def _why_open(bare: ParsedName, full: list[ParsedName]) -> str:
    key, full = bare.family_key, _indexed(full)
    if key in full.by_family or key.replace(" ", "") in full.all_given:
        return NAMES_SEVERAL
    return NAMES_NOBODY


@lru_cache(maxsize=4)
def _article_memo(text: str) -> dict:
    """What the rules below worked out for one article's text (the last few articles)."""
    return {}


def per_article[A, R](rule: Callable[[A, str], R]) -> Callable[[A, str], R]:
    """A rule of (a name, the article's text) that reads the whole text, remembered per
    article: every quote that names "Smith" asks it again, and 4,000 quotes in one sentence
    would read the text 4,000 times (quadratic); now once per name and article."""

    @wraps(rule)
    def remembered(arg: A, text: str) -> R:
        memo = _article_memo(text)
        key = (rule, arg)
        if key not in memo:
            memo[key] = rule(arg, text)
        return memo[key]

    return remembered


_TOKEN = re.compile(r"\w+")
# Characters a rule's pattern reads on either side of the name it looks for: the rules below
# look only there, so over all of an article's names they read it a bounded number of times.
_REACH = 200
# An article this short is read whole: one scan in C costs less than indexing its words, and
# each name is still read once per article (`per_article`).
_WHOLE = 20_000


@lru_cache(maxsize=4)
def _token_starts(text: str) -> dict[str, list[int]]:
    """Where each run of word characters starts in the article: read once per article."""
    starts: dict[str, list[int]] = {}
    for m in _TOKEN.finditer(text):
        starts.setdefault(m.group(), []).append(m.start())
    return starts


def _near(word: str, text: str) -> list[tuple[int, int]]:
    """The stretches of `text` within _REACH characters of where it writes the rarest word of
    `word`, merged, in order. A pattern holding `word` finds in them what it finds in the
    whole text (its matches are shorter than _REACH on either side of the name).

    >>> text = "x" * 30_000 + " Pope Francis said. " + "y" * 600 + " Francis again."
    >>> [(lo - 30_000, hi - 30_000) for lo, hi in _near("Francis", text)]
    [(-201, 213), (414, 635)]
    """
    if len(text) <= _WHOLE:
        return [(0, len(text))]
    # Where the rarest of its words is written: every occurrence of `word` holds them all, and
    # a word many names share ("Smith") would bring back the whole article for each of them.
    starts = _token_starts(text)
    places = min((starts.get(part, ()) for part in _TOKEN.findall(word)), key=len, default=())
    stretches: list[tuple[int, int]] = []
    for at in places:
        lo = max(0, at - len(word) - _REACH)
        hi = min(len(text), at + len(word) + _REACH)
        if stretches and lo <= stretches[-1][1]:
            stretches[-1] = (stretches[-1][0], hi)
        else:
            stretches.append((lo, hi))
    return stretches


def _matches_near(pattern: str, word: str, text: str) -> Iterator[re.Match]:
    """re.finditer(pattern, text), read only near `word` (`_near`)."""
    compiled = re.compile(pattern)
    for lo, hi in _near(word, text):
        yield from compiled.finditer(text, lo, hi)


@per_article
def _regnal_name(bare: ParsedName, text: str) -> ParsedName | None:
    """"Francis" where the article writes "Pope Francis": a title that is part of the name,
    with its numeral ("Queen Elizabeth II")."""
    titles = "|".join(sorted(REGNAL_TITLES))
    pattern = rf"\b(?i:{titles})\s+{re.escape(bare.family)}\b(?:\s+[IVX]{{1,5}}\b)?"
    found = {
        parse_name(m.group(0)).name: m.group(0) for m in _matches_near(pattern, bare.family, text)
    }
    return parse_name(next(iter(found.values()))) if len(found) == 1 else None


def _mention_names(mention: str, written: str, kind: str, line: str) -> bool:
    """The mention as written is a name the gate accepts, where the extractor's speaker
    was refused ("Mr. Trump" for "Stop Trump").

    >>> _mention_names("Mr. Trump", "Stop Trump", PERSON, "")
    True
    >>> _mention_names("he", "Trump Train", PERSON, "")
    False
    """
    if not mention or fold(mention) == fold(written) or not mention[:1].isupper():
        return False
    return check_mention(mention, kind, line).accepted


# A nickname in quotation marks written inside a name: John “Tig” Tiegen, Thomas "Tip" O'Neill.
_NICKNAME = r"(?: [“\"‘'][^\W\d_][\w.-]{0,15}[”\"’'])"


@per_article
def _written_full_name(bare: ParsedName, text: str) -> ParsedName | None:
    """Rule `written_in_text`: the one full name the article writes for a bare name, with a
    common given name before it, when the extractor found no such person ("Rachel Maddow"
    in the text, "Maddow" as the speaker).

    >>> _written_full_name(parse_name("Maddow"), "MSNBC host Rachel Maddow asked.").name
    'Rachel Maddow'
    >>> _written_full_name(parse_name("Bush"), "Jeb Bush and George Bush") is None
    True

    A nickname in quotation marks between the given and the family name, as news writes
    it, is left out of the name ("John “Tig” Tiegen" is John Tiegen):

    >>> _written_full_name(parse_name("Tiegen"), "Marine John “Tig” Tiegen found it.").name
    'John Tiegen'
    """
    if not bare.family or is_first_name(bare.family):
        return None
    pattern = (
        rf"\b([A-Z][^\W\d_]*(?:Ã.[a-z]*)?)( [A-Z]\.)?{_NICKNAME}? ({re.escape(bare.family)})\b"
    )
    found = set()
    for m in _matches_near(pattern, bare.family, text):
        given = _repaired(m.group(1))
        if given and (
            is_first_name(given)
            or given in GIVEN_TITLE_WORDS
            or given != m.group(1)
            or month_given_name(text, m.start(1), given)
        ):
            found.add(parse_name(f"{given}{m.group(2) or ''} {m.group(3)}").name)
    return parse_name(found.pop()) if len(found) == 1 else None


# Months that are also given names, and the words that make them a date before a name
# ("In April Smith said", "since May Jones took over").
_MONTH_NAMES = frozenset("April May June August".split())
_BEFORE_A_DATE = frozenset(
    "in on since by until till through from of to last next this that early late mid each "
    "every before after during".split()
)
_WORD_BEFORE = re.compile(r"([\w-]+)[^\w\n]*$")


def month_given_name(text: str, at: int, word: str) -> bool:
    """Rule `month_given_name` (of `written_in_text`): a month that is also a given name
    ("April", "May", "June", "August") before the family name is the given name, unless the
    word before it makes it a date.

    >>> month_given_name("Spokeswoman April Mellody said", 12, "April")
    True
    >>> month_given_name("In April Mellody said", 3, "April")
    False
    >>> month_given_name("March Mellody", 0, "March")
    False
    """
    if word not in _MONTH_NAMES:
        return False
    before = _WORD_BEFORE.search(text, max(0, at - 40), at)
    return before is None or before.group(1).lower() not in _BEFORE_A_DATE



def _repaired(word: str) -> str:
    """A word whose UTF-8 letters were read as Windows-1252 ("TomÃ¡s"), repaired ("Tomás");
    any other word as it is, or "" when it is not a word.

    >>> _repaired("TomÃ¡s"), _repaired("Rachel"), _repaired("Ã¡")
    ('Tomás', 'Rachel', '')
    """
    if "Ã" in word:
        try:
            word = word.encode("cp1252").decode("utf-8")
        except UnicodeError:
            return ""
    return word if word.isalpha() and word[:1].isupper() else ""


_LOWER_WORD = re.compile(r"(?<![\w'’-])[a-z][a-z'’-]*")


@lru_cache(maxsize=8)
def _lower_words(text: str) -> frozenset[str]:
    """The words an article writes in lower case somewhere (an article's own dictionary)."""
    return frozenset(_LOWER_WORD.findall(text))


def _phrase_words(written: str, text: str) -> list[int]:
    """Where the capitalised words of a mention are words the article writes in lower case
    elsewhere ("Steps", "Forward"), leaving out given names and particles."""
    lower = _lower_words(text)
    return [
        i
        for i, word in enumerate(written.split())
        if len(word) > 2
        and word[:1].isupper()
        and word.lower() in lower
        and not is_first_name(word)
        and word.lower() not in PARTICLES
    ]


def headline_phrase(written: str, text: str) -> tuple[str, str] | None:
    """Rule `headline_phrase`: a person mention with two or more capitalised words that the
    article writes in lower case elsewhere is a headline or a phrase, not a name ("Woman
    Steps Forward", "Conservative Case" of "The Conservative Case for Trump"). Its leading
    name, if any, is the speaker ("Selenis Leyva Got Real About Being Called" is Selenis
    Leyva, "Hillary Just Insulted" is Hillary): returns (leading name or "", rule).

    >>> text = "A woman steps forward. The case is conservative. She got real about it."
    >>> headline_phrase("Woman Steps Forward", text)
    ('', 'headline_phrase')
    >>> headline_phrase("Selenis Leyva Got Real About Being Called", text + " being called")
    ('Selenis Leyva', 'headline_name')
    >>> headline_phrase("Mark Price", "the price of oil; mark my words") is None
    True
    >>> headline_phrase("Washington Political Editor Matthew Boyle", "a political editor") is None
    True
    """
    found = [i for i in _phrase_words(written, text) if not is_role_word(written.split()[i])]
    if len(found) < 2:
        return None
    return _leading_name(written, found[0])


def _leading_name(written: str, first_phrase_word: int) -> tuple[str, str]:
    leading = " ".join(w for w in written.split()[:first_phrase_word] if not is_role_word(w))
    return (leading, "headline_name") if leading else ("", "headline_phrase")


def headline_line_name(
    written: str, position: int | None, text: str, full: Sequence[ParsedName]
) -> str | None:
    r"""Rule `headline_line_name`: a mention of three words or more at `position` on the
    article's first line, when that line is written as a headline (`gate.title_case`) and the
    mention's last word is nowhere in the article below it, keeps only its leading words that
    are names the article gives; "" if none leads it. None: the rule does not apply
    ("McCain Challenger Kelli Ward" ends in a name the article writes again: a role before a
    name).

    >>> text = "Trump Addresses Munich Attack: ‘This Cannot Continue.’\n\nDonald Trump said."
    >>> full = [parse_name("Donald Trump")]
    >>> headline_line_name("Trump Addresses Munich Attack", 0, text, full)
    'Trump'
    >>> text = "Washington Post Assembles ‘A Sizable Army’ Of Reporters\n\nDonald Trump said."
    >>> headline_line_name("Washington Post Assembles", 0, text, full)
    ''
    >>> text = "Donald Trump Jr. Speaks Out On Guns Today\n\nDonald Trump said."
    >>> headline_line_name("Donald Trump Jr.", 0, text, full) is None
    True
    >>> text = "McCain Challenger Kelli Ward: Impeach AG Lynch\n\nDr. Kelli Ward said."
    >>> full = [parse_name("McCain Challenger Kelli Ward"), parse_name("John McCain")]
    >>> headline_line_name("McCain Challenger Kelli Ward", 0, text, full) is None
    True
    >>> text = "A body line.\nTrump Addresses Crowd At A Rally In Ohio"
    >>> headline_line_name("Trump Addresses Crowd", 13, text, full) is None
    True
    """
    words = written.split()
    if len(words) < 3 or position is None:
        return None
    end, below = _headline(text)
    if position >= end or set(_TOKEN.findall(words[-1])) <= below:
        return None
    # The article's names, but for the mention itself read as one.
    full = _indexed(full)
    own = Counter(
        part for p in full.by_written.get(written, ()) for part in {p.given, p.family} if part
    )
    leading = []
    for word in words:
        if full.parts[word] <= own[word] and not (leading and word.lower() in SUFFIXES):
            break
        leading.append(word)
    return None if len(leading) == len(words) else " ".join(leading)


@lru_cache(maxsize=8)
def _headline(text: str) -> tuple[int, frozenset[str]]:
    """Where the article's first line ends, if it is written as a headline (else -1), and
    the words of the text below it: read once per article, whatever its number of quotes."""
    start = len(text) - len(text.lstrip())
    end = text.find("\n", start)
    end = len(text) if end < 0 else end
    if not title_case(text[start:end]):
        return -1, frozenset()
    return end, frozenset(_TOKEN.findall(text, end))


def headline_leading(written: str, text: str) -> tuple[str, str]:
    """Rule `headline_name` for a mention the gate refused as a headline line: the name
    before the first word the article writes in lower case is the speaker ("Hillary Just
    Insulted The Benghazi Victims" is Hillary), or nobody ("Woman Steps Forward With
    Bombshell Claim": "woman" is a lower-case word of the article).

    >>> headline_leading("Hillary Just Insulted", "Hillary has just spoken.")
    ('Hillary', 'headline_name')
    >>> headline_leading("Woman Steps Forward", "A woman said so.")
    ('', 'headline')
    """
    words = written.split()
    found = _phrase_words(written, text)
    if not found or found[0] == 0 or found[0] >= len(words):
        return "", "headline"
    leading, rule = _leading_name(written, found[0])
    return (leading, rule) if leading else ("", "headline")


# Nouns of a person or a document that a name can stand before as a modifier.
_MODIFIED_HEADS = frozenset(w for w in PERSON_ROLE_NOUNS if w.isalpha() and w.islower()) | {
    "poll", "polls", "survey", "surveys", "study", "aides", "veterans", "supporters",
    "officials", "staffer", "staffers", "loyalist", "loyalists", "ally", "allies", "backer",
    "backers", "donor", "donors", "surrogate", "surrogates", "insider", "insiders", "critic",
    "critics", "advisers", "advisors", "voters", "operatives", "strategists",
}  # fmt: skip
_INDEFINITE = re.compile(
    r"(?<![\w-])(?:a|an|the|one|another|some|several|many|two|three|four|five)\s+"
    r"(?:[\w’'-]+\s+){0,2}$",
    re.IGNORECASE,
)
_HEAD_AFTER = re.compile(r"\s+([a-z]+)\b")


def name_as_modifier(quote: Quote, text: str) -> str | None:
    """Rule `name_as_modifier`: the name the extractor took the speaker from stands, in the
    text, as a modifier inside a description of someone else ("said a 2008 Clinton
    veteran", "according to an Associated Press-GfK poll", "the LinkedIn chief executive"):
    the quotation's source is that description, not the named person ("Clinton said",
    "the Chicago Tribune reports" are not). Returns the description, or None.

    >>> text = "“She cut it,” said a 2008 Clinton veteran. Clinton said no."
    >>> q = Quote(0, 1, "x", False, "said", "Hillary Clinton", "Clinton", 26, 33)
    >>> name_as_modifier(q, text)
    'a 2008 Clinton veteran'
    >>> name_as_modifier(Quote(0, 1, "x", False, "said", "Hillary Clinton", "Clinton", 43,
    ...                        50), text) is None
    True
    """
    start, end = quote.mention_start, quote.mention_end
    if start is None or end is None or not 0 <= start < end <= len(text):
        return None
    head = _HEAD_AFTER.match(text, end, min(end + 40, len(text)))
    if head is None or head.group(1) not in _MODIFIED_HEADS:
        return None
    before = _INDEFINITE.search(text, max(0, start - 40), start)
    if before is None:
        return None
    return " ".join((before.group(0) + text[start : head.end()]).split())


# Rule described_member: one member of a party or a camp, told by place or kind.
_MEMBER_NOUNS = frozenset(
    "Democrat Republican Independent Libertarian Conservative Progressive Liberal".split()
)
_SOME = re.compile(
    r"(?<![\w-])(?:a|an|one|another|some|a\s+fellow|a\s+longtime|a\s+prominent)\s+$",
    re.IGNORECASE,
)


def described_member(quote: Quote, text: str) -> str | None:
    """Rule `described_member`: a mention that names a member of a party only by place or
    kind, after an indefinite word, is a description, not a name ("added a New Hampshire
    Democrat", "said one Iowa Republican"): returns it, or None. "The Vermont Democrat" may
    be someone the article named, so it is left to the rules of names.

    >>> text = "“It is close,” said one New Hampshire Democrat. The Vermont Democrat agreed."
    >>> q = Quote(0, 1, "x", False, "said", "New Hampshire Democrat", "New Hampshire Democrat",
    ...           24, 46)
    >>> described_member(q, text)
    'one New Hampshire Democrat'
    >>> described_member(replace(q, mention_start=52, mention_end=68), text) is None
    True
    """
    start, end = quote.mention_start, quote.mention_end
    if start is None or end is None or not 0 <= start < end <= len(text):
        return None
    words = text[start:end].split()
    if len(words) < 2 or words[-1] not in _MEMBER_NOUNS:
        return None
    before = _SOME.search(text, max(0, start - 20), start)
    if before is None:
        return None
    return " ".join((before.group(0) + text[start:end]).split())


# Words never the short form of an organisation's name ("Democrat" of "Iowa Democrat").
_NOT_SHORT = frozenset(
    w.lower() for w in STOP | DATES | DEMONYMS | GROUPS | TITLE_WORDS | PLACES
) | frozenset(w.lower() for w in PERSON_ROLE_NOUNS)
_LEADING_SKIP = frozenset(w.lower() for w in STOP | DATES)
_ORG_WORDS = frozenset(w.lower() for w in ORG_WORDS)
_TITLES = frozenset(w.lower().rstrip(".") for w in TITLE_WORDS) | HONORIFICS | frozenset(
    ABBREVIATED_TITLES
)


@per_article
def short_form_in_article(word: str, text: str) -> str | None:
    """Rule `short_form_in_article`: a single word that is the last word of one organisation
    name the article writes in full is that organisation ("Post" where the article writes
    "The Washington Post", "Legion" for "The American Legion", "Edition" for "Vermont
    Edition"). Only for a word that is an organisation's word or that the article writes in
    lower case ("post", "edition"): a family name is not ("McDonough" is never "Denis
    McDonough" here; rule `written_in_text` decides people). Returns the full name or None.

    >>> short_form_in_article("Post", "Bezos owns The Washington Post. The Post said so.")
    'Washington Post'
    >>> short_form_in_article("Times", "The New York Times and the Los Angeles Times")
    >>> short_form_in_article("Democrat", "Iowa Democrat Tom Smith")
    >>> short_form_in_article("Berman", "Judge Berman said. He was berman")
    >>> short_form_in_article("Times", "The New York Times wrote in February.\\n\\nThe Times said.")
    'New York Times'
    >>> short_form_in_article("Post", "Enter The Washington Post. The Post said so.")
    'Washington Post'
    """
    key = word.lower()
    if fold(word) in _NOT_SHORT or is_first_name(word) or not word[:1].isupper():
        return None
    if not (key in _ORG_WORDS or fold(word) in COMMON_WORDS or key in _lower_words(text)):
        return None
    pattern = rf"(?<![\w’'-])((?:[A-Z][\w.&’'-]*[ \t\xa0]+){{1,3}}){re.escape(word)}(?![\w-])"
    found = set()
    for match in _matches_near(pattern, word, text):
        words = match.group(0).split()
        # The name starts after an article or a sentence's end inside the match: "Enter The
        # Washington Post" is The Washington Post, "February. The Times" is The Times.
        for i in range(len(words) - 1, -1, -1):
            if words[i].lower() == "the":
                words = words[i:]
                break
            if i < len(words) - 1 and words[i].endswith(".") and len(words[i]) > 4:
                words = words[i + 1 :]  # "February." (not "U.S.", "St.", "Feb.")
                break
        while words and words[0].lower() in _LEADING_SKIP:
            words.pop(0)  # "The", "According"
        if len(words) < 2 or is_first_name(words[0]):
            continue
        name = " ".join(words)
        if any(w.lower().rstrip(".") in _TITLES for w in words[:-1]):
            continue  # "Judge Berman": a title and a name
        if not check_mention(name, ORGANISATION).accepted:
            continue
        found.add(name)
    return found.pop() if len(found) == 1 else None


_OUTLET_NOUNS = (
    "newspaper|paper|site|website|magazine|agency|network|outlet|blog|publisher|"
    "publication|broadcaster|tabloid|daily|journal"
)
_CAMEL = re.compile(
    r"^(?!Mc|Mac|De|Di|Da|Du|La|Le|Van|Von|O['’])[A-Z][a-z]+[A-Z]|^[A-Z]{2,}[a-z]{2,}"
)


@per_article
def outlet_in_text(word: str, text: str) -> bool:
    """Rule `outlet_in_text`: a single word the article writes as a news outlet or another
    body, not as a person: after an outlet noun ("the Israeli newspaper Haaretz", "the tech
    news site Pando"), before one ("Forbes magazine"), with one in apposition ("Xinhua, the
    official Chinese news agency"), as "according to The Blaze" or "The Blaze reported", or
    in capitals inside the word as brands write ("HuffPo", "ProPublica", "AZCentral"; not
    "McDonough", "DeSantis").

    >>> [outlet_in_text(w, "According to The Blaze, HuffPo and the newspaper Haaretz.")
    ...  for w in ("Blaze", "HuffPo", "Haaretz", "McDonough")]
    [True, True, True, False]
    >>> outlet_in_text("Texan", "“No,” the Texan said.")
    False
    >>> outlet_in_text("Jewish", "in the Forward, a Jewish newspaper")
    False
    """
    if is_first_name(word) or fold(word) in _NOT_SHORT:
        return False
    if _CAMEL.match(word):
        return True
    w = re.escape(word)
    patterns = (
        rf"\b(?:{_OUTLET_NOUNS})\s+{w}\b",
        rf"(?<!\ba )(?<!\ban )\b{w}\s+(?:magazine|newspaper|news agency)\b",
        rf"\b{w},\s+(?:the|a|an)\s+[^,.;]{{0,40}}?\b(?:{_OUTLET_NOUNS})\b",
        rf"\b(?:[Aa]ccording to|per)\s+[Tt]he\s+{w}\b",
        rf"\b[Tt]he\s+{w}\s+(?:reported|reports|wrote|writes|published|obtained)\b",
    )
    return any(next(_matches_near(p, word, text), None) for p in patterns)


# The head nouns of a company, union, agency or other body in apposition ("Metrolinx, the
# provincial transit agency,"; "Unifor, Canada's largest private-sector union,"): the
# outlets' nouns and more.
_BODY_NOUNS = _OUTLET_NOUNS + (
    "|company|firm|corporation|retailer|grocer|chain|carrier|airline|railway|bank|lender|"
    "insurer|utility|operator|manufacturer|maker|automaker|giant|conglomerate|startup|union|"
    "regulator|watchdog|authority|charity|nonprofit|non-profit|organization|organisation|"
    "association|coalition|federation|think tank|brand|provider|developer|pollster|party"
)
# What only a body has: "Verizon and its workforce", "Metrolinx, which runs GO Transit",
# "Verizon executives", "Loblaw's shareholders".
_BODY_PARTS = "executives|employees|shareholders|customers|subscribers|stores|shares|stock"


@per_article
def body_in_text(word: str, text: str) -> bool:
    """Rule `body_in_text`: a single word the article writes as a company, union, agency or
    another body, not as a person, so a quote it says is the body's own and goes to a row of
    that name: with "its" ("Verizon and its workforce"), "which" ("Metrolinx, which runs GO
    Transit"), what only a body has ("Verizon executives", "Loblaw's shareholders"), or a body
    noun in apposition ("Unifor, Canada's largest private-sector union,"). A person's name is
    none of these ("Smith, a union leader"; "Smith, who").

    >>> [body_in_text(w, "Verizon and its workers. Metrolinx, which runs GO Transit. Loblaw "
    ...  "stores. Unifor, Canada's largest private-sector union, said. Smith, a union leader, "
    ...  "and Jones, who ran it.") for w in ("Verizon", "Metrolinx", "Loblaw", "Unifor",
    ...  "Smith", "Jones")]
    [True, True, True, True, False, False]
    >>> body_in_text("Telus", "Telus, the telecom company based in Vancouver, said")
    True
    """
    if is_first_name(word) or fold(word) in _NOT_SHORT:
        return False
    w = re.escape(word)
    owner = r"(?:the|a|an|[A-Z][\w.’'-]*['’]s)"
    patterns = (
        rf"\b{w}\s+(?:and|or)\s+its\b",
        rf"\b{w},\s+which\b",
        rf"\b{w}(?:['’]s)?\s+(?:{_BODY_PARTS})\b",
        rf"\b{w},\s+{owner}\s+(?:[\w’'-]+\s+){{0,5}}?(?:{_BODY_NOUNS})"
        rf"(?=\s*[,.;)]|\s+(?:that|which|based|headquartered|in|with|for)\b)",
    )
    return any(next(_matches_near(p, word, text), None) for p in patterns)


@per_article
def according_to_body(word: str, text: str) -> bool:
    """Rule `according_to_body`: a single word the article cites as "according to X," with no
    article, no given name and no title anywhere, is a body (an outlet, a pollster, a data
    firm, an agency: "according to Variety,", "according to Nielsen.", "according to
    Gallup"), not a person: news names a person it cites in full, or with a title, first.
    The call site asks only for a word the article gives nobody's full name for.

    >>> according_to_body("Variety", "According to Variety, Trump brought ratings.")
    True
    >>> according_to_body("Kasich", "According to Kasich, it works. Gov. Kasich said.")
    False
    >>> according_to_body("Nielsen", "according to Nielsen data")  # a modifier, not cited
    False
    """
    if is_first_name(word) or fold(word) in _NOT_SHORT:
        return False
    w = re.escape(word)
    cited = rf"\b[Aa]ccording to {w}(?=\s*[,.;:)]|\s*$)"
    if next(_matches_near(cited, word, text), None) is None:
        return False
    before = rf"\b([A-Z][\w’'-]*)\.?\s+{w}\b"
    return not any(
        m.group(1).lower() in _TITLES for m in _matches_near(before, word, text)
    )


_JOINERS = frozenset("of for and on in the &".split())


def fuller_mention(written: str, mention: str, full: list[ParsedName]) -> str | None:
    """Rule `fuller_mention`: the extractor's one-word speaker is the last word of the
    capitalised name it found written in the text ("Legion" where the text says "American
    Legion", "Edition" for "Vermont Edition"): that name is the speaker, a body. Not a
    person's name: the word is no given name nor the family name of a person the article
    names in full, and the name has no title or given name in it ("Sen. Cruz", "Wasserman
    Schultz" beside "Debbie Wasserman Schultz", "Hillary Clinton" stay people). Returns the
    name, or None.

    >>> fuller_mention("Legion", "the American Legion", [])
    'American Legion'
    >>> fuller_mention("Edition", "Vermont Edition", [])
    'Vermont Edition'
    >>> fuller_mention("Schultz", "Wasserman Schultz", [parse_name("Debbie Wasserman Schultz")])
    >>> fuller_mention("Cruz", "Sen. Cruz", []), fuller_mention("Clinton", "Hillary Clinton", [])
    (None, None)
    >>> fuller_mention("Nakagawa", "Shoichi Nakagawa", []) is None
    True
    """
    words = mention.split()
    while words and words[0].lower() in {"the", "a", "an"}:
        words.pop(0)
    if len(words) < 2 or " " in written or words[-1] != written or is_first_name(written):
        return None
    if fold(written) in _indexed(full).by_family or is_first_name(words[0]):
        return None
    for w in words:
        if w.lower() not in _JOINERS and not w[:1].isupper():
            return None
        if w.lower().rstrip(".") in _TITLES or w.endswith("."):
            return None
    if not all(_plain_word(w) for w in words[:-1]):
        return None  # "Shoichi Nakagawa": a given name before the family name
    name = " ".join(words)
    return name if check_mention(name, ORGANISATION).accepted else None


def _plain_word(word: str) -> bool:
    """A word of a body's name that is no name: a place, people, group or common word
    ("American", "Vermont", "Democratic"), an organisation's word or a gerund ("Founding")."""
    return (
        word.lower() in _JOINERS
        or fold(word) in COMMON_WORDS
        or word.lower() in _ORG_WORDS
        or word.endswith("ing")
    )


def family_name_common_word(word: str, full: list[ParsedName]) -> ParsedName | None:
    """Rule `family_name_common_word`: a single common word that is the family name of the
    one person its article names in full is that person ("King" where the article writes
    "New York Congressman Pete King", "Rice" for "Susan Rice"); otherwise it stays a common
    word.

    >>> family_name_common_word("King", [parse_name("Pete King")]).name
    'Pete King'
    >>> family_name_common_word("King", [parse_name("Pete King"), parse_name("Steve King")])
    >>> family_name_common_word("Times", [parse_name("Pete King")])
    """
    found = _indexed(full).by_family.get(fold(word), [])
    return found[0] if len(found) == 1 else None


def initials_and_word(parsed: ParsedName) -> bool:
    """Rule `initials_and_word`: initials before one capitalised common or organisation word
    are a body's name, not a role and a bare name ("USA Today", "CBS News", "NBC News"); a
    title after the initials is a role ("FBI Director Comey").

    >>> [initials_and_word(parse_name(n)) for n in ("USA Today", "CBS News", "FBI Director")]
    [True, True, False]
    >>> initials_and_word(parse_name("GOP Cruz"))
    False
    """
    role = parsed.role.split()
    if not parsed.is_bare or not role or not all(_INITIALS.match(w) for w in role):
        return False
    word = parsed.family
    if not word[:1].isupper() or fold(word) in _TITLES or " " in word:
        return False
    return word in ORG_WORDS or fold(word) in COMMON_WORDS


_INITIALS = re.compile(r"^[A-Z][A-Z.&]{1,5}$")


@per_article
def title_of_a_work(written: str, text: str) -> bool:
    """Rule `title_of_a_work`: a name that the article writes only inside a title in Title
    Case, "The <name> <of/for/...> <Capital>", is a book's, a film's or a show's title, not
    a person ("The Conservative Case for Trump", "The Art of the Deal"); a person is written
    outside one at least once, and a body is written "the Orlando Sentinel reported".

    >>> title_of_a_work("Conservative Case", "Her book, The Conservative Case for Trump.")
    True
    >>> title_of_a_work("Bernie Sanders", "the Bernie Sanders campaign. The Bernie Sanders of")
    False
    >>> title_of_a_work("Orlando Sentinel", "The Orlando Sentinel reported.")
    False
    """
    if len(written.split()) < 2:
        return False
    seen = False
    for start, end in (
        found for lo, hi in _near(written, text) for found in _occurrences(written, text, lo, hi)
    ):
        seen = True
        before = text[max(0, start - 4) : start]
        after = _TITLE_GOES_ON.match(text, end)
        if before != "The " or after is None:
            return False
    return seen


def _in_word(text: str, i: int) -> bool:
    """Whether text[i] is a word character (as \\w in a regular expression) or a hyphen."""
    return 0 <= i < len(text) and (text[i].isalnum() or text[i] in "_-")


def _occurrences(written: str, text: str, lo: int = 0, hi: int | None = None):
    r"""(start, end) of each time the text writes `written` as whole words (no word character
    or hyphen touching it), left to right without overlaps: what re.finditer gives for
    `(?<![\w-])written(?![\w-])`, by plain substring search (a pattern opening with a
    lookbehind is tried at every position of the text).

    >>> list(_occurrences("Ann Lee", "Ann Lee, Ann Leeds, -Ann Lee and Ann Lee"))
    [(0, 7), (33, 40)]
    """
    hi = len(text) if hi is None else hi
    start = text.find(written, lo, hi)
    while start >= 0:
        end = start + len(written)
        if _in_word(text, start - 1) or _in_word(text, end):
            start = text.find(written, start + 1, hi)
            continue
        yield start, end
        start = text.find(written, end, hi)


_TITLE_GOES_ON = re.compile(r"\s+(?:of|for|on|in|against|and|from|to|with|at)\s+(?:the\s+)?[A-Z]")


# "the base chief known as Bob", "a nurse who gave only her first name, Maria": an article
# that says it withholds the family name. The description before it: up to four words
# after an article or a possessive.
_KNOWN_AS = (
    r"(?:(?i:the|a|an|his|her|their|its)\s+((?:[\w'’-]+\s+){{0,3}}?[a-z][\w'’-]*),?\s+)?"
    r"(?:(?:known|identified|named)\s+(?:only\s+)?(?:as|by\s+(?:his|her)\s+first\s+name,?)"
    r"|who\s+(?:gave|would\s+give|gives)\s+only\s+(?:his|her)\s+first\s+name,?)"
    r"\s+(?:“|\")?{name}\b"
)


@per_article
def known_only_as(bare: ParsedName, text: str) -> tuple[str, str] | None:
    """Rule `known_only_as`: a first name that the article says stands for one person whose
    family name it withholds is that person, named as the article names them, with the
    description it gives as the role: (name, role); without a description, nobody. Such a
    row is found again only under the same name and description (`known_label`), never by
    the first name alone. Examples:

    >>> known_only_as(parse_name("Bob"), 'said the base chief known as Bob, speaking '
    ...               'publicly for the first time.')
    ('Bob', 'Base chief')
    >>> known_only_as(parse_name("Maria"), 'A nurse who gave only her first name, Maria, said')
    ('Maria', 'Nurse')
    >>> known_only_as(parse_name("Bob"), 'Bob agreed to talk on the condition that his last '
    ...               'name not be used.') is None  # no description to tell him by
    True
    >>> known_only_as(parse_name("Bob"), 'Bob said the plan was bad.') is None
    True
    >>> known_only_as(parse_name("Clinton"), 'a man known as Clinton') is None  # not a first name
    True
    """
    if not text or bare.given or not bare.family or not is_first_name(bare.family):
        return None
    found = next(_matches_near(_KNOWN_AS.format(name=re.escape(bare.family)), bare.family, text),
                 None)
    role = clean_role(found.group(1)) if found is not None and found.group(1) else ""
    return (bare.family, role) if role else None


# "his wife, Jane,", "Sanders’ son, David", "her 14-year-old daughter Aubrey": a first name in
# apposition to a kinship noun, after a possessive pronoun or a possessive name (group 1 or
# 2); up to two lower-case words between ("his late wife", "her 14-year-old son"). The name
# stands alone: a capitalised word after it would make a full name the extractor reads.
_KIN_GENDER = {
    **dict.fromkeys("wife mother daughter sister mom mum grandmother granddaughter".split(), "f"),
    **dict.fromkeys("husband father son brother dad grandfather grandson".split(), "m"),
}
_RELATIVE = (
    r"(?:\b(?i:(his|her))|\b([A-Z][\w-]+)(?:['’]s|['’]))\s+(?:[a-z0-9][\w-]*\s+){{0,2}}?"
    r"({kin}),?\s+{name}\b(?![\w'’-]|\s+[A-Z])"
)
# How far before "his wife, Jane" the person "his" stands for is looked for.
_POSSESSOR_REACH = 400
_CAPITALISED = re.compile(r"\b[A-Z][\w'’-]+")


@per_article
def _relative_of(bare: ParsedName, text: str) -> tuple[str, tuple[str, ...]] | None:
    """Where the article writes a first name as somebody's relative (`relative_first_name`):
    the possessor's gender ("m" for "his", "f" for "her", "" for a name) and the words that
    may name the possessor, nearest first (the possessive name alone, or the capitalised words
    before the pronoun); None unless the article writes it so once, or the same way."""
    if not text or bare.given or not is_first_name(bare.family):
        return None
    found = set()
    pattern = _RELATIVE.format(kin="|".join(_KIN_GENDER), name=re.escape(bare.family))
    for m in _matches_near(pattern, bare.family, text):
        named = "m" if bare.family in MALE_NAMES else "f" if bare.family in FEMALE_NAMES else None
        if named and named != _KIN_GENDER[m.group(3)]:
            continue  # "his wife, John": not this name
        if m.group(2):
            found.add(("", (m.group(2),)))
        else:
            before = text[max(0, m.start() - _POSSESSOR_REACH) : m.start()]
            words = tuple(w.group() for w in _CAPITALISED.finditer(before))[::-1]
            found.add(("m" if m.group(1).lower() == "his" else "f", words))
    return found.pop() if len(found) == 1 else None


def relative_first_name(bare: ParsedName, text: str, full: list[ParsedName]) -> ParsedName | None:
    """Rule `relative_first_name`: a first name the article gives as a named person's
    relative ("his wife, Jane", "Her father, Brad, 39,") is that person's family's: Jane
    Sanders, Brad Pelletier. The possessor is the name before "'s" ("Sanders’ son, David"), or,
    for "his"/"her", the nearest name before it that is one person of the article of that
    gender (its family named in full: "Sanders" of Bernie Sanders, "Pelletier" of Aubrey
    Pelletier); a name of two people ("Clinton") or of nobody named leaves it open.

    >>> full = [parse_name("Bernie Sanders"), parse_name("Aubrey Pelletier")]
    >>> relative_first_name(parse_name("Jane"), "Sanders spoke. On CNN, his wife, Jane, "
    ...                     "called for it.", full).name
    'Jane Sanders'
    >>> relative_first_name(parse_name("Brad"), "Aubrey Pelletier hoisted a sign. Her father, "
    ...                     "Brad, 39, worried.", full).name
    'Brad Pelletier'
    >>> relative_first_name(parse_name("David"), "Sanders’ son, David, said so.", full).name
    'David Sanders'
    >>> relative_first_name(parse_name("Jane"), "Jane said so.", full) is None
    True
    >>> relative_first_name(parse_name("Jane"), "Hillary Clinton came. His wife, Jane, "
    ...                     "said so.", [parse_name("Hillary Clinton")]) is None  # not "his"
    True
    >>> relative_first_name(parse_name("John"), "Sanders spoke. His wife, John, said so.",
    ...                     full) is None  # a man's name is nobody's wife
    True
    """
    found = _relative_of(bare, text)
    if found is None:
        return None
    gender, words = found
    by_family = _indexed(full).by_family
    for word in words:
        people = by_family.get(parse_name(word).family_key, [])
        if gender:
            people = [p for p in people if gender_of_name(p) in (None, gender)]
        if len(people) > 1:
            return None
        if people:
            return parse_name(f"{bare.family} {people[0].family}")
        if not gender:  # "Pelletier's daughter": the name the article writes
            return None if is_first_name(word) else parse_name(f"{bare.family} {word}")
    return None


def known_label(name: str, role: str) -> str:
    """The alias a `known_only_as` person is found again by: 'Bob (Base chief)'."""
    return f"{name} ({role})"


def decide_quote(quote: Quote, full: list[ParsedName], text: str = "") -> Decision:
    """The decision for one quotation, given the article's full names."""
    written = " ".join((quote.speaker or "").split())
    mention = " ".join((quote.speaker_mention or "").split())
    if not written:
        # Rule `unresolved_description`: a source the extractor found but tied to no one
        # ("the family said", "the premier said" where no premier is named) stays on the
        # quotation as its description; a pronoun or a document with no author is nothing.
        if mention and check_mention(mention, PERSON).rule in ("description", "document"):
            return Decision(UNNAMED, quote.speaker_kind or PERSON, description=mention,
                            rule="unresolved_description")
        return Decision(NONE)
    kind = quote.speaker_kind or PERSON
    if written.split()[-1] in ORGANISATION_HEADS:
        kind = ORGANISATION  # "Mexican government", "Trump campaign"
    if described := name_as_modifier(quote, text):
        return Decision(UNNAMED, kind, description=described, rule="name_as_modifier")
    if described := described_member(quote, text):
        return Decision(UNNAMED, PERSON, description=described, rule="described_member")
    line = _line_at(text, quote.mention_start)
    verdict = check_mention(written, kind, line)
    if not verdict.accepted:
        if verdict.unnamed:
            return Decision(UNNAMED, kind, description=mention or written, rule=verdict.rule)
        if _mention_names(mention, written, kind, line):
            # Rule `mention_as_written`: the extractor tied "Mr. Trump" to a slogan entity
            # ("Trump Train"); the name the article wrote decides.
            decided = decide_quote(replace(quote, speaker=mention), full, text)
            return replace(decided, rule="mention_as_written") if decided.name else decided
        if verdict.rule == "common_word":
            if person := family_name_common_word(written, full):
                role = clean_role(person.role)
                return Decision(NAMED, PERSON, name=person.name, parsed=person, role=role,
                                rule="family_name_common_word")
            if org := short_form_in_article(written, text):
                return Decision(NAMED, ORGANISATION, name=org, rule="short_form_in_article")
            if org := fuller_mention(written, mention, full):
                return Decision(NAMED, ORGANISATION, name=org, rule="fuller_mention")
        if verdict.rule == "headline" and kind == PERSON:
            leading, rule = headline_leading(written, text)
            if leading:
                # the line is the headline already read: decide the name on its own
                alone = replace(quote, speaker=leading, speaker_mention=leading,
                                mention_start=None, mention_end=None)
                decided = decide_quote(alone, full, text)
                return replace(decided, rule=rule) if decided.name else decided
        return Decision(NONE, kind, rule=verdict.rule)
    if (leading := headline_line_name(written, quote.mention_start, text, full)) is not None:
        if not leading:
            return Decision(NONE, kind, rule="headline_line_name")
        alone = replace(quote, speaker=leading, speaker_mention=leading, speaker_kind=PERSON,
                        mention_start=None, mention_end=None)
        decided = decide_quote(alone, full, text)
        return replace(decided, rule="headline_line_name") if decided.name else decided
    if kind == ORGANISATION:
        return Decision(NAMED, kind, name=written, role=clean_role(quote.speaker_role or ""))
    if (phrase := headline_phrase(written, text)) is not None:
        leading, rule = phrase
        if not leading:
            return Decision(NONE, kind, rule=rule)
        decided = decide_quote(replace(quote, speaker=leading, speaker_mention=leading), full, text)
        return replace(decided, rule=rule) if decided.name else decided
    if title_of_a_work(written, text):
        return Decision(NONE, kind, rule="title_of_a_work")
    parsed = parse_name(written)
    if initials_and_word(parsed):
        return Decision(NAMED, ORGANISATION, name=written, rule="initials_and_word")
    role = clean_role(parsed.role) or clean_role(quote.speaker_role or "")
    if parsed.is_bare and is_common_word(parsed.family, kind, ""):
        # "Iowa Democrat" reads as role + "Democrat": a description, not a name
        return Decision(UNNAMED, kind, description=mention or written, rule="description")
    if parsed.is_bare:
        gender = _gender_of_mention(written, mention)
        open_why = _why_open(parsed, full)
        resolved, rule = _resolve_bare(parsed, full, gender), "same_article"
        if resolved is None:
            resolved, rule = _regnal_name(parsed, text), "regnal_title"
        if resolved is None and open_why == NAMES_NOBODY:
            resolved, rule = _first_family_name(parsed, full), "first_family_name"
        if resolved is None and open_why == NAMES_NOBODY:
            resolved, rule = _written_full_name(parsed, text), "written_in_text"
        if resolved is None and open_why == NAMES_NOBODY:
            resolved, rule = relative_first_name(parsed, text, full), "relative_first_name"
        if (
            resolved is None
            and open_why == NAMES_NOBODY
            and " " not in written
            and not honorific_person(written, mention)
        ):
            if org := short_form_in_article(written, text):
                return Decision(NAMED, ORGANISATION, name=org, rule="short_form_in_article")
            if org := fuller_mention(written, mention, full):
                return Decision(NAMED, ORGANISATION, name=org, rule="fuller_mention")
            if outlet_in_text(written, text):
                return Decision(NAMED, ORGANISATION, name=written, rule="outlet_in_text")
            if body_in_text(written, text):
                return Decision(NAMED, ORGANISATION, name=written, rule="body_in_text")
            if according_to_body(written, text):
                return Decision(NAMED, ORGANISATION, name=written, rule="according_to_body")
        if (
            resolved is None
            and open_why == NAMES_NOBODY
            and kind == PERSON
            and (known := known_only_as(parsed, text)) is not None
        ):
            name, described = known
            return Decision(
                NAMED, PERSON, name=name, parsed=parsed, role=role or described, rule=KNOWN_ONLY_AS
            )
        if resolved is None:
            if parsed.family_key in _indexed(full).by_middle:
                open_why = NAMES_SEVERAL  # the middle name of several people
            return Decision(
                AMBIGUOUS, kind, description=parsed.family,
                role=role or _mention_title(mention, parsed), rule=open_why, gender=gender,
            )
        parsed = resolved
        role = role or clean_role(parsed.role)
        return Decision(NAMED, kind, name=parsed.name, parsed=parsed, role=role, rule=rule)
    if kind == PERSON and place_as_family_name(parsed):
        return Decision(NAMED, ORGANISATION, name=parsed.name, rule="place_as_family_name")
    return Decision(NAMED, kind, name=parsed.name, parsed=parsed, role=role)


def decide_article(
    quotes: Sequence[Quote], entities: Sequence[Entity], text: str = ""
) -> list[Decision]:
    """One decision per quotation, in order.

    >>> from tracker.extraction.types import Quote
    >>> q = lambda who: Quote(0, 1, "x", False, "said", who, speaker_kind="person")
    >>> [d.name or d.status for d in decide_article(
    ...     [q("FBI Director James Comey"), q("Comey"), q("Murphy"), q("an aide")], ())]
    ['James Comey', 'James Comey', 'ambiguous', 'unnamed']
    """
    full = _full_names(quotes, entities)
    return [decide_quote(quote, full, text) for quote in quotes]

