"""Names with structure: role, given, middle names and initials, family name, suffix.

News writes a person's name with whatever stands before it: "FBI Director James B. Comey Jr.",
"Texas Sen. Ted Cruz", "Trump spokeswoman Hope Hicks". `parse_name` keeps the name and moves
the rest to the role. Korean and Chinese names are written family name first ("Kim Jong Un",
"Ma Zhaoxu"); they are read that way when the name calls for it.

`nameparser` (PyPI, 2.6.0) was considered and left out: it reads a fixed list of honorifics,
not news roles built from places and organisations ("Atlantic City Mayor", "Trump
spokeswoman"), and takes the first word as the given name ("Kim Jong Un"); the rules needed
here are few and live in this module, with the extractor's own word lists.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, replace
from functools import lru_cache

from tracker.extraction.lexicon import (
    DEMONYMS,
    FEMALE_NAMES,
    GIVEN_DEMONYMS,
    GIVEN_TITLE_WORDS,
    MALE_NAMES,
    PEERAGES,
    PERSON_ROLE_NOUNS,
    STOP,
    TITLE_WORDS,
)
from tracker.extraction.names import hyphened_title

# Written before a name but never a role on their own.
HONORIFICS = frozenset(
    "mr mrs ms miss mx dr sir dame hon messrs mme mlle majesty highness excellency "
    "holiness".split()
)
# Abbreviated titles: alone an honorific ("Sen. Cruz"); with a place a role ("Texas Sen.").
ABBREVIATED_TITLES = {
    "sen": "Senator",
    "sens": "Senators",
    "rep": "Representative",
    "reps": "Representatives",
    "gov": "Governor",
    "lt": "Lieutenant",
    "gen": "General",
    "adm": "Admiral",
    "col": "Colonel",
    "sgt": "Sergeant",
    "capt": "Captain",
    "prof": "Professor",
    "rev": "Reverend",
    # More of the abbreviations news style writes before a name ("Pres. Obama").
    "pres": "President",
    "amb": "Ambassador",
    "atty": "Attorney",
    "maj": "Major",
    "cmdr": "Commander",
    "cpl": "Corporal",
    "pvt": "Private",
    "det": "Detective",
    "supt": "Superintendent",
    "coun": "Councillor",
    "const": "Constable",
    "insp": "Inspector",
}
# Words of a role that do not make one by themselves ("Former Trump", "Top Clinton").
ROLE_MODIFIERS = frozenset(
    """former top senior acting vice deputy assistant chief executive republican democratic
    democrat independent libertarian gop presidential federal national state special
    political campaign policy legal economic foreign interior homeland security health
    majority minority crown supreme under press""".split()
)
SUFFIXES = frozenset("jr jr. sr sr. ii iii iv".split())
PARTICLES = frozenset(
    "de da del della der di du van von bin ibn al el la le dos das st st. ste ste.".split()
) | frozenset(("den", "ter", "het", "'t", "’t", "in 't", "in ’t"))  # rule dutch_particles
# Occupations written before a name like a title: "Comedian Sarah Silverman".
OCCUPATIONS = frozenset(
    """comedian entrepreneur filmmaker musician novelist historian consultant scientist
    physician doctor nurse pilot chef designer artist photographer investor banker
    philanthropist televangelist evangelist preacher talk-show radio""".split()
)
# Titles that are part of a name with one word after them: "Pope Francis", "King Abdullah".
REGNAL_TITLES = frozenset(
    "pope king queen prince princess sheikh emir sultan ayatollah cardinal dalai".split()
)
_ARABIC_ARTICLE = re.compile(r"^[ae]l[- ](?=\w)", re.I)
# Rule `saint_family_name`: "St-Onge", "St. Onge", "Saint-Onge"; "Ste-Marie", "Sainte-Marie".
_SAINT = re.compile(r"^(?:saint|sainte|st|ste)(?:\.?[ \xa0]+|\.?-|\.)(?=\w)", re.I)
# Family words written before a nickname: "Grandpa Bern" is no person called Grandpa.
KINSHIP = frozenset("grandpa grandma granny gramps uncle aunt auntie".split())

EAST_ASIAN_FAMILIES = frozenset(
    """wang li zhang liu chen yang huang zhao wu zhou xu sun ma zhu hu guo lin luo gao zheng
    liang xie tang han feng deng cao peng zeng xiao tian dong pan yuan cai jiang yu du ye
    cheng wei su lu ding ren shen yao jin fu zhong xi qian dai fan fang shi hou kong lei bai
    meng qin yan kim lee park choi jung kang cho yoon jang lim oh seo shin kwon hwang ahn
    yoo hong jeon ko moon son bae baek heo nam ri pak roh chung ban
    mao tsai lai hsieh chiang chang tseng hsu kuo wong leung chan lau cheung tse yip lam
    tan teo goh ong koh chua ng
    nguyen tran pham hoang phan vu vo bui ngo duong hun""".split()
)
_PINYIN = re.compile(
    r"(?:(?:zh|ch|sh|[bpmfdtnlgkhjqxrzcsyw])?"
    r"(?:iang|iong|uang|ang|eng|ing|ong|ian|iao|uai|uan|ai|ao|an|ei|en|er|ia|ie|in|iu|ou|"
    r"ua|uo|ue|ui|un|a|e|i|o|u))+"
)
_ACRONYM = re.compile(r"^[A-Z]{2,}$")
_INITIAL = re.compile(r"^(?:[A-Z]\.)+$")  # "A.", "H.W."
_GERUND = re.compile(r"^[A-Z][a-z]+ing$")
_HYPHEN_ADJECTIVE = re.compile(r".+-(?:area|based|born|bred|backed|owned|run|led)$", re.I)
_POSSESSIVE = re.compile(r"['’]s$")
ROLE_HEADS = frozenset(w.lower().rstrip(".") for w in TITLE_WORDS) - ROLE_MODIFIERS - HONORIFICS
ROLE_HEADS = ROLE_HEADS - frozenset(ABBREVIATED_TITLES) | PERSON_ROLE_NOUNS
_LOWER_TITLE_WORDS = frozenset(w.lower().rstrip(".") for w in TITLE_WORDS)
_DEMONYMS = frozenset(w.lower() for w in DEMONYMS)
# Prepositions the extractor's stop list lacks: "About Barack Obama" (a heading) is Barack
# Obama, not a person called About.
PREPOSITIONS = frozenset(
    """about above along amid amidst around behind below beneath beside besides between
    beyond near inside outside toward towards upon via versus vs""".split()
)
_STOP = frozenset(w.lower() for w in STOP) | PREPOSITIONS
_FIRST_NAMES = frozenset(w.lower() for w in MALE_NAMES | FEMALE_NAMES)


# Pure functions of one string, called for every name of every article many times over:
# remembered (names repeat), which keeps identity decisions cheap at ingest.
_REMEMBER = 65_536


@lru_cache(maxsize=_REMEMBER)
def fold(text: str) -> str:
    """Lower case without accents or punctuation, for comparing names.

    >>> fold("Jae-in O’Rourke")
    'jaein orourke'
    """
    text = unicodedata.normalize("NFKD", text)
    text = "".join(ch for ch in text if not unicodedata.combining(ch)).lower()
    return " ".join("".join(ch for ch in word if ch.isalnum()) for word in text.split()).strip()


@dataclass(frozen=True)
class ParsedName:
    """A mention split into its parts. `given` is empty for a bare name ("Clinton")."""

    written: str
    role: str = ""
    given: str = ""
    middle: tuple[str, ...] = ()
    family: str = ""
    suffix: str = ""
    eastern: bool = False  # family name first: "Kim Jong Un"

    @property
    def is_bare(self) -> bool:
        """One word only: "Clinton", "Donald". Never bound across articles."""
        return not self.given

    @property
    def name(self) -> str:
        """The name as a person is called, without the role.

        >>> parse_name("FBI Director James B. Comey Jr.").name
        'James B. Comey Jr.'
        >>> parse_name("Kim Jong Un").name
        'Kim Jong Un'
        """
        if self.eastern:
            return " ".join(p for p in (self.family, self.given) if p)
        parts = [self.given, *self.middle, self.family]
        name = " ".join(p for p in parts if p)
        return f"{name} {self.suffix}" if self.suffix else name

    @property
    def family_key(self) -> str:
        """The family name as people are looked up by: "al-Assad" and "Assad", "el-Sisi" and
        "Sisi" are one family name with its Arabic article or without it; rule
        `saint_family_name`: a family name of a saint is one however the saint is written
        (Canadian news writes "St-Onge", "St. Onge" and "Saint-Onge" for one minister).

        >>> [parse_name(n).family_key for n in ("Bashar al-Assad", "Pascale St-Onge",
        ...  "Pascale St. Onge", "Pascale Saint-Onge", "Gabriel Ste-Marie",
        ...  "Buffy Sainte-Marie", "Stanley Steele")]
        ['assad', 'saintonge', 'saintonge', 'saintonge', 'saintmarie', 'saintmarie', 'steele']
        """
        family = _ARABIC_ARTICLE.sub("", self.family)
        if (saint := _SAINT.match(family)) is not None:
            return "saint" + fold(family[saint.end():]).replace(" ", "")
        return fold(family)

    @property
    def given_key(self) -> str:
        return fold(self.given).replace(" ", "")


def is_first_name(word: str) -> bool:
    """A common given name ("Bill", "Ted", "Donald"): never taken for a family name alone.

    >>> [is_first_name(w) for w in ("Bill", "ted", "Obama")]
    [True, True, False]
    """
    return fold(word) in _FIRST_NAMES


def gender_of_name(name: ParsedName) -> str | None:
    """ "m" or "f" when the given name is a common man's or woman's name, else None.

    >>> gender_of_name(parse_name("Hillary Clinton")), gender_of_name(parse_name("Kim Jong Un"))
    ('f', None)
    """
    if name.given in MALE_NAMES:
        return "m"
    if name.given in FEMALE_NAMES:
        return "f"
    return None


def _bare_word(token: str) -> str:
    return token.rstrip(".,;:").lower()


def is_role_word(token: str) -> bool:
    """A word that belongs to a role or description written before the name; titles joined
    by a hyphen, as Canadian news writes ranks, are one (rule `hyphened_title` of the name
    reader).

    >>> [parse_name(n).name for n in ("Lt.-Gen. Mike Wright", "Det.-Sgt. Ryan Kim",
    ...  "Vice-Chief Aly Bear", "Jean-Yves Duclos")]
    ['Mike Wright', 'Ryan Kim', 'Aly Bear', 'Jean-Yves Duclos']
    """
    bare = _bare_word(token)
    if bare in PARTICLES or _INITIAL.match(token):
        return False
    return (
        bare in _LOWER_TITLE_WORDS
        or bare in KINSHIP
        or (bare.endswith("s") and bare[:-1] in _LOWER_TITLE_WORDS)  # "Senators Rubio"
        or bare in ABBREVIATED_TITLES
        or bare in PERSON_ROLE_NOUNS
        or bare in OCCUPATIONS
        or bare in _DEMONYMS
        or bare in _STOP
        or token[:1].islower()
        or bool(_ACRONYM.match(token.rstrip(".,")))
        or bool(_GERUND.match(token))
        or bool(_HYPHEN_ADJECTIVE.match(token))
        or hyphened_title(token)  # "Lt.-Gen. Mike Wright", "Det.-Sgt. Ryan Kim"
    )


def _given_al(tokens: list[str]) -> bool:
    """ "Al Gore", "Al Franken": a capital "Al" before one plain word is a given name (the
    Arabic article is written "al-Assad", "al Baghdadi")."""
    return len(tokens) == 2 and tokens[0] == "Al" and "-" not in tokens[1]


def _is_eastern(tokens: list[str]) -> bool:
    """Family name first: a Korean or Chinese family name followed by a given name in one
    or two syllabic parts ("Kim Jong Un", "Kang Kyung-wha", "Xi Jinping", "Lu Kang")."""
    if len(tokens) not in (2, 3) or fold(tokens[0]) not in EAST_ASIAN_FAMILIES:
        return False
    rest = tokens[1:]
    if len(rest) == 2:
        return fold(rest[0]) not in _FIRST_NAMES and all(
            len(t) <= 5 and t[:1].isupper() and t[1:].islower() for t in rest
        )
    given = rest[0]
    if "-" in given and given.count("-") == 1:
        return all(len(p) <= 5 for p in given.split("-"))
    return bool(_PINYIN.fullmatch(given.lower())) and fold(given) not in _FIRST_NAMES


def given_title_word(tokens: list[str], i: int) -> bool:
    """Rule `given_title_word`: a word of `GIVEN_TITLE_WORDS` directly before the family name,
    first or after a lower-case description, is the given name ("Dean Baker", "economist Dean
    Baker", "Will Estrada"); after a capitalised title it is the title ("Law School Dean
    Chemerinsky"); "Judge" is always a title ("Judge Curiel").

    >>> given_title_word(["economist", "Dean", "Baker"], 1)
    True
    >>> given_title_word(["Law", "School", "Dean", "Chemerinsky"], 2)
    False
    >>> given_title_word(["Judge", "Curiel"], 0)
    False

    Rule `demonym_given_name`: a demonym that is also a given name, before the family name
    alone, is the given name whatever stands before it.

    >>> given_title_word(["Rep.", "Virginia", "Foxx"], 1), given_title_word(["German", "Ortega"], 0)
    (True, True)
    >>> given_title_word(["German", "Chancellor", "Merkel"], 0)
    False
    """
    if i != len(tokens) - 2:
        return False
    if tokens[i] in GIVEN_DEMONYMS:  # rule demonym_given_name: "German Ortega"
        return True
    if tokens[i] not in GIVEN_TITLE_WORDS:
        return False
    return i == 0 or tokens[i - 1][:1].islower()


@lru_cache(maxsize=_REMEMBER)
def parse_name(text: str) -> ParsedName:
    """Split a mention into role, given name, middle names, family name and suffix.

    >>> p = parse_name("FBI Director James B. Comey Jr")
    >>> (p.role, p.given, p.middle, p.family, p.suffix)
    ('FBI Director', 'James', ('B.',), 'Comey', 'Jr')
    >>> p = parse_name("Atlantic City Mayor Don Guardian")
    >>> (p.role, p.name)
    ('Atlantic City Mayor', 'Don Guardian')
    >>> p = parse_name("Kim Yong Chol")
    >>> (p.family, p.given, p.eastern)
    ('Kim', 'Yong Chol', True)
    >>> parse_name("Bill de Blasio").family
    'de Blasio'
    >>> parse_name("Mr. Pompeo").is_bare
    True
    >>> parse_name("Pope Francis").name, parse_name("Queen Elizabeth II").name
    ('Pope Francis', 'Queen Elizabeth II')
    >>> parse_name("De Blasio").family_key == parse_name("Bill de Blasio").family_key
    True
    >>> parse_name("About Barack Obama").name
    'Barack Obama'
    >>> parse_name("Senators Rubio").is_bare, parse_name("Pres. Obama").is_bare
    (True, True)
    >>> parse_name("Al Gore").given, parse_name("al-Assad").is_bare
    ('Al', True)
    >>> parse_name("Duke of Sussex").name, parse_name("Duke of Sussex").is_bare
    ('Duke of Sussex', False)
    >>> p = parse_name("Minister of the Environment Steven Guilbeault")
    >>> (p.role, p.name)
    ('Minister of the Environment', 'Steven Guilbeault')
    """
    written = " ".join(text.split())
    tokens = [t.rstrip(",;:") for t in written.split()]
    tokens = _dutch_in_t([t for t in tokens if t])
    if tokens:
        tokens[-1] = _POSSESSIVE.sub("", tokens[-1])
    suffix = ""
    if len(tokens) > 1 and tokens[-1].lower() in SUFFIXES:
        suffix = tokens.pop()
    if (head := _affiliated(tokens)) is not None:
        return replace(head, written=written)
    # The role ends at the last role word that leaves a name after it.
    cut = 0
    for i, token in enumerate(tokens[:-1]):
        if is_role_word(token) and not given_title_word(tokens, i):
            cut = i + 1
    if cut and tokens[cut - 1].lower() in ("of", "the", "for") and len(tokens) - cut >= 3:
        # Rule title_of_office: what a title is of belongs to the role, up to a known given
        # name ("Minister of the Environment Steven Guilbeault", "Governor of Texas Greg
        # Abbott"); with none known the words stay the name ("the sister of Kim Jong Un").
        cut = next((i for i in range(cut + 1, len(tokens) - 1) if is_first_name(tokens[i])),
                   cut)
    role, tokens = " ".join(tokens[:cut]), tokens[cut:]
    if not tokens:
        return ParsedName(written, role=role)
    if len(tokens) == 1 and cut and _bare_word(role.split()[-1]) in REGNAL_TITLES:
        # "Pope Francis" is a full name; the title before it stays the role.
        title = role.split()[-1]
        return ParsedName(written, role=" ".join(role.split()[:-1]), given=title,
                          family=tokens[0], suffix=suffix)  # "Queen Elizabeth II"
    if len(tokens) == 1 and cut >= 2 and role.split()[-1] == "of" and \
            role.split()[-2] in PEERAGES:
        # Rule peerage: "Duke of Sussex" is a full name (a title of a place), not a bare
        # family name "Sussex"; "Duchess of Sussex" is someone else.
        return ParsedName(written, role=" ".join(role.split()[:-2]), given=role.split()[-2],
                          middle=("of",), family=tokens[0])
    if len(tokens) == 1 or (tokens[0].lower() in PARTICLES and not _given_al(tokens)):
        # "Clinton", or a family name with its particle: "De Blasio", "Van Hollen"
        return ParsedName(written, role=role, family=" ".join(tokens), suffix=suffix)
    if _is_eastern(tokens):
        return ParsedName(
            written, role=role, given=" ".join(tokens[1:]), family=tokens[0], eastern=True
        )
    # Particles stay with the family name: "de Blasio", "van Hollen", "bin Salman".
    start = len(tokens) - 1
    while start > 1 and tokens[start - 1].lower() in PARTICLES:  # "St." too: "Louis St. Laurent"
        start -= 1
    return ParsedName(
        written,
        role=role,
        given=tokens[0],
        middle=tuple(tokens[1:start]),
        family=" ".join(tokens[start:]),
        suffix=suffix,
    )


def _dutch_in_t(tokens: list[str]) -> list[str]:
    """Rule `dutch_particles`: "in 't" is one particle of a Dutch family name, never a
    preposition in a role ("Sophie in 't Veld" is Sophie of the family "in 't Veld").

    >>> p = parse_name("Sophie in 't Veld")
    >>> (p.given, p.family), parse_name("In 't Veld").family_key == p.family_key
    (('Sophie', "in 't Veld"), True)
    >>> parse_name("Jan van den Berg").family, parse_name("Gerard ter Borch").family
    ('van den Berg', 'ter Borch')
    """
    if "'t" not in tokens and "’t" not in tokens:
        return tokens
    out: list[str] = []
    for token in tokens:
        if token in ("'t", "’t") and out and out[-1] in ("in", "In"):
            out[-1] = f"in {token}"
        else:
            out.append(token)
    return out


def _affiliated(tokens: list[str]) -> ParsedName | None:
    """Rule `of_affiliation`: a full name, then "of" and the body or place the person is
    of, is that person ("Grand Chief Alvin Fiddler of Nishnawbe Aski Nation", "Analyst
    Nick Agostino of Laurentian Bank Securities"), never a person named after the body
    ("Nishnawbe Aski Nation"). A title of something before a name is a role, not this
    ("Minister of the Environment Steven Guilbeault", "Duke of Sussex"); None then.

    >>> parse_name("Grand Chief Alvin Fiddler of Nishnawbe Aski Nation").name
    'Alvin Fiddler'
    >>> parse_name("Elder Mary Jane Kakegamic of Sandy Lake First Nation").name
    'Mary Jane Kakegamic'
    >>> parse_name("Bank of Canada Governor Tiff Macklem").name
    'Tiff Macklem'
    """
    at = next((i for i, t in enumerate(tokens) if t == "of"), 0)
    if at < 2 or at == len(tokens) - 1 or not tokens[at - 1][:1].isupper():
        return None
    if _bare_word(tokens[at - 1]) in ROLE_HEADS:
        return None  # "Mary Queen of Scots", "Chief Justice of Canada"
    head = parse_name(" ".join(tokens[:at]))
    return None if head.is_bare else head


def double_family_name(parsed: ParsedName) -> str | None:
    """Rule `double_family_name`: the two family names a full name ends with, as news
    writes the person without the given name ("Michelle Rempel Garner" is "Rempel Garner",
    "Andrés Manuel López Obrador" is "López Obrador", "Paul St-Pierre Plamondon" is
    "St-Pierre Plamondon", "Marjorie Taylor Greene" is "Taylor Greene"), so the store finds
    the person under them; None when the word before the family name is an initial or a
    given name ("James B. Comey", "John David Rainey"), or there is none.

    >>> [double_family_name(parse_name(n)) for n in ("Michelle Rempel Garner",
    ...  "Andrés Manuel López Obrador", "Paul St-Pierre Plamondon", "John David Rainey",
    ...  "James B. Comey", "Xi Jinping", "Bill de Blasio")]
    ['Rempel Garner', 'López Obrador', 'St-Pierre Plamondon', None, None, None, None]
    """
    if parsed.eastern or not parsed.given or not parsed.middle or " " in parsed.family:
        return None
    word = parsed.middle[-1]
    if len(fold(word)) < 2 or "." in word or not word[:1].isupper():
        return None
    if is_first_name(word) or word.lower() in PARTICLES:
        return None
    return f"{word} {parsed.family}"


def _initial_fits(a: str, b: str) -> bool:
    """Two given or middle names that can be the same: equal, or one an initial of the other."""
    a, b = fold(a).replace(" ", ""), fold(b).replace(" ", "")
    if not a or not b:
        return True
    if len(a) == 1 or len(b) == 1:
        return a[0] == b[0]
    return a == b


def same_person(a: ParsedName, b: ParsedName) -> bool:
    """Two full names of one person: the same family and given name, middle names and
    suffixes that do not disagree. Bare names never match here.

    >>> same_person(parse_name("Hillary Rodham Clinton"), parse_name("Hillary Clinton"))
    True
    >>> same_person(parse_name("James B. Comey Jr"), parse_name("FBI Director James Comey"))
    True
    >>> same_person(parse_name("George H. W. Bush"), parse_name("George W. Bush"))
    False
    >>> same_person(parse_name("Bill Clinton"), parse_name("Hillary Clinton"))
    False
    >>> same_person(parse_name("Kim Jong Un"), parse_name("Kim Jong-un"))
    True
    """
    if a.is_bare or b.is_bare or a.family_key != b.family_key or not a.family_key:
        return False
    if a.eastern or b.eastern:
        return a.given_key == b.given_key
    if not _initial_fits(a.given, b.given):
        return False
    if len(fold(a.given)) == 1 and len(fold(b.given)) == 1 and not (a.middle and b.middle):
        return False  # "J. Smith" and "J. Smith" may be anyone
    if a.middle and b.middle and not _initial_fits(a.middle[0], b.middle[0]):
        return False
    sa, sb = fold(a.suffix), fold(b.suffix)
    return not (sa and sb and sa != sb)


# Words that open a clause or a phrase about the occasion, never a role.
_CLAUSE_OPENERS = frozenset("""in on at during after before while when speaking writing
    asked addressing according with without by from""".split())


def is_role(text: str) -> bool:
    """A role names an office or a job, not only an honorific or a modifier.

    >>> [is_role(r) for r in ("FBI Director", "Mr.", "Former", "Texas Sen.", "58")]
    [True, False, False, True, False]
    >>> is_role("in his final speech as prime minister")
    False
    >>> is_role("Tabled by Conservative MP Michael Chong"), is_role("Appointed by Trump")
    (False, False)
    """
    # "Lt.-Gen.", "Det.-Sgt.": a rank joined by a hyphen reads as its last title
    words = [_bare_word(w.rsplit("-", 1)[-1] if hyphened_title(w) else w) for w in text.split()]
    if not words or len(words) > 10 or any(w in {"who", "which", "that"} for w in words):
        return False
    if words[0] in _CLAUSE_OPENERS:
        return False  # "in his final speech as prime minister": a clause, not a role
    if len(words) > 1 and words[1] == "by" and words[0].endswith("ed"):
        return False  # "tabled by Conservative MP Michael Chong": a clause, not a role
    if words[-1] in ABBREVIATED_TITLES:
        # "Sen." is an honorific; "Texas Sen." and "Lt.-Gen." are roles
        return len(words) > 1 or hyphened_title(text.split()[-1])
    return any(w in ROLE_HEADS for w in words)


_ROLE_LEAD = re.compile(
    r"^(?:\d{1,3},[ ]+|\([^()]{1,20}\),?[ ]+|[RDI]-[A-Z][\w. ]{1,18},[ ]+|(?:[A-Z]{2,}[ ]+){2,}"
    r"|(?:[Tt]hen|[Nn]ow)[ ]+)+"
)


def clean_role(text: str) -> str:
    """The role as shown on a speaker page, or "" when it is no role.

    >>> clean_role("Texas Sen.")
    'Texas Senator'
    >>> clean_role("Mr.")
    ''
    >>> clean_role("who supported Sen. Ted Cruz in the primary")
    ''
    >>> clean_role("Speaker of the House Rep."), clean_role("Oklahoma Lt. Gov.")
    ('Speaker of the House', 'Oklahoma Lieutenant Governor')
    >>> clean_role("Majesty Queen")
    'Queen'

    Rule role_lead: what stands before the role in the apposition is not part of it: an age,
    a party and state, in brackets or not, a headline in capitals, "then" or "now".

    >>> clean_role("39, a Lebanese man visiting Nice")
    'A Lebanese man visiting Nice'
    >>> clean_role("(R-Texas), also a GOP presidential hopeful")
    'Also a GOP presidential hopeful'
    >>> clean_role("KILLED IN DEADLY ISTANBUL EXPLOSION Turkish President")
    'Turkish President'
    >>> clean_role("then the secretary of state"), clean_role("CNN President")
    ('The secretary of state', 'CNN President')
    >>> clean_role("R-Ohio, the chairman of the House Judiciary Committee")
    'The chairman of the House Judiciary Committee'

    Rule trailing_honorific: a full role, then the person's own title or honorific before
    the name ("Speaker of the House Rep. Paul Ryan", "Chief Coroner Dr. Dirk Huyer"): that
    title is no part of the role.

    >>> clean_role("Chief Coroner Dr."), clean_role("Speaker of the House Rep.")
    ('Chief Coroner', 'Speaker of the House')
    >>> clean_role("Lt.-Gen."), clean_role("RCMP Det.-Sgt.")
    ('Lieutenant-General', 'RCMP Detective-Sergeant')
    """
    text = _ROLE_LEAD.sub("", " ".join(text.split())).strip(" ,;:")
    if not is_role(text):
        return ""
    words = text.split()
    while words and _bare_word(words[0]) in HONORIFICS:
        words.pop(0)
    if len(words) > 2 and _bare_word(words[-1]) in ABBREVIATED_TITLES and \
            _bare_word(words[-2]) not in ABBREVIATED_TITLES and is_role(" ".join(words[:-1])):
        words.pop()  # rule trailing_honorific (above): "Speaker of the House Rep."
    while len(words) > 1 and _bare_word(words[-1]) in HONORIFICS and is_role(" ".join(words[:-1])):
        words.pop()  # rule trailing_honorific: "Chief Coroner Dr."
    words = [_spelled_title(w) for w in words]
    role = " ".join(words)
    return role[:1].upper() + role[1:]


def _spelled_title(word: str) -> str:
    """An abbreviated title spelled out, each part of a hyphened one too ("Lt.-Gen." is
    "Lieutenant-General")."""
    if hyphened_title(word):
        return "-".join(ABBREVIATED_TITLES.get(_bare_word(p), p) for p in word.split("-"))
    return ABBREVIATED_TITLES.get(_bare_word(word), word)


def _letters_without_accents(text: str) -> str:
    text = unicodedata.normalize("NFKD", text)
    return "".join(ch for ch in text if not unicodedata.combining(ch))


def accented_spelling(stored: str, written: str) -> str | None:
    """Rule `accented_spelling`: the spelling a person's name keeps when articles write it
    both ways: the one with the accents. News in English often drops them ("Felipe
    Calderon", "Enrique Pena Nieto"); the name a researcher cites keeps them. Returns
    `written` when it is `stored` letter for letter but for more accents, else None.

    >>> accented_spelling("Felipe Calderon", "Felipe Calderón")
    'Felipe Calderón'
    >>> accented_spelling("Enrique Peña Nieto", "Enrique Pena Nieto") is None
    True
    >>> accented_spelling("Jose Antonio Vargas", "José Antonio Vargas Jr.") is None
    True
    >>> accented_spelling("Marcel Lazar Lehel", "Marcel Lazăr Lehel")
    'Marcel Lazăr Lehel'
    """
    written = " ".join(written.split())
    if written == stored or _letters_without_accents(written) != _letters_without_accents(stored):
        return None
    accents = sum(1 for ch in written if not ch.isascii())
    return written if accents > sum(1 for ch in stored if not ch.isascii()) else None
