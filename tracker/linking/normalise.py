"""Quote text -> comparable tokens, each remembering where it came from in the original.

Two outlets print the same words differently: curly or straight quotes, "fully-verified" or
"fully verified", "denuclearisation" or "denuclearization", "2 million" or "two million".
Normalised tokens erase those differences; the spans keep the original for display.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from functools import lru_cache

from tracker.linking.numbers import NUMBER_WORDS, merge_numbers

# A token of the original text: an editor's [bracketed insertion] (dropped: outlets add them
# to clarify), a number (with thousands separators or decimals), a dotted acronym ("U.S."),
# a word with inner apostrophes ("don't"), or a sign that reads as a word.
_TOKEN = re.compile(
    r"\[[^\]\n]{0,80}\]"
    r"|\d+(?:[.,]\d+)*(?:st|nd|rd|th)?"
    r"|(?:[^\W\d_]\.){2,}"
    r"|[^\W_]+(?:['’‘`][^\W_]+)*"
    r"|[%&]"
)
_APOSTROPHES = re.compile(r"['’‘`.]")
# Contractions spelled out: "we're" and "we are" are the same words.
_CONTRACTION = re.compile(r"(?<=\w)(n't|'re|'ve|'ll|'m|'d)$")
_CONTRACTED = {"n't": " not", "'re": " are", "'ve": " have", "'ll": " will", "'m": " am",
               "'d": " would"}
_IRREGULAR = {"can't": "can not", "cannot": "can not", "won't": "will not",
              "shan't": "shall not", "ain't": "is not"}

# British -> American spellings that no suffix rule covers.
SPELLINGS = {
    "programme": "program", "programmes": "programs", "grey": "gray", "greys": "grays",
    "tyre": "tire", "tyres": "tires", "kerb": "curb", "cheque": "check", "cheques": "checks",
    "plough": "plow", "sceptical": "skeptical", "sceptic": "skeptic", "sceptics": "skeptics",
    "aluminium": "aluminum", "defence": "defense", "defences": "defenses", "offence": "offense",
    "offences": "offenses", "licence": "license", "licences": "licenses", "pretence": "pretense",
    "manoeuvre": "maneuver", "manoeuvres": "maneuvers", "paediatric": "pediatric",
    "foetus": "fetus", "oestrogen": "estrogen", "anaemia": "anemia", "encyclopaedia":
    "encyclopedia", "jewellery": "jewelry", "marvellous": "marvelous", "enrol": "enroll",
    "fulfil": "fulfill", "instalment": "installment", "skilful": "skillful", "wilful": "willful",
    "gaol": "jail", "storey": "story", "storeys": "stories", "whilst": "while", "amongst":
    "among", "mum": "mom", "analogue": "analog",
    "catalogue": "catalog", "dialogue": "dialog", "monologue": "monolog", "prologue": "prolog",
    "epilogue": "epilog", "ageing": "aging", "judgement": "judgment", "acknowledgement":
    "acknowledgment", "draught": "draft", "pyjamas": "pajamas", "moustache": "mustache",
}
# Doubled l before a suffix in British English ("travelled", "cancelling").
_DOUBLE_L = re.compile(
    r"^(travel|cancel|model|label|fuel|signal|counsel|level|channel|total|equal|dial|"
    r"marshal|quarrel|rival|tunnel|funnel|shovel|jewel|duel|panel|pedal|libel|excel)l"
    r"(ed|ing|er|ers|or|ors)$"
)
# -ise/-isation/-yse -> -ize/-ization/-yze. Applied to every long enough word: "advise" becoming
# "advize" is harmless because both sides are normalised the same way.
_ISE = re.compile(r"^(\w{3,}?)is(e|es|ed|ing|ation|ations|er|ers)$")
_YSE = re.compile(r"^(\w{2,}?)ys(e|es|ed|ing|er|ers)$")
# -our -> -or ("honour", "favourite", "labourer"); short words like "four" and "your" keep it.
_OUR = re.compile(r"^(\w{2,}?)our(s|ed|ing|ite|ites|able|ably|er|ers|ful|less|ism|ist)?$")
_OUR_KEEP = {
    "flour", "flours", "scour", "scours", "scoured", "detour", "detours", "devour", "devours",
    "devoured", "contour", "contours", "tour", "tours", "yours", "hours", "pours", "fours",
}
# -tre/-bre -> -ter/-ber ("centre", "fibre"); -re words like "genre" are not in these endings.
_TRE = re.compile(r"^(\w{2,}?)(t|b)re(s|d)?$")


@lru_cache(maxsize=200_000)
def spelling(word: str) -> str:
    """One lower-case word in American spelling (the canonical form for comparisons)."""
    if word in SPELLINGS:
        return SPELLINGS[word]
    if not word.isalpha() or len(word) < 5:
        return word
    if m := _DOUBLE_L.match(word):
        return m[1] + m[2]
    if (m := _OUR.match(word)) and word not in _OUR_KEEP:
        return m[1] + "or" + (m[2] or "")
    if m := _ISE.match(word):
        return m[1] + "iz" + m[2]
    if m := _YSE.match(word):
        return m[1] + "yz" + m[2]
    if m := _TRE.match(word):
        return m[1] + m[2] + "er" + (m[3] or "")
    return word


@lru_cache(maxsize=200_000)
def _word(raw: str) -> str:
    if raw == "%":
        return "percent"
    if raw == "&":
        return "and"
    if raw[0] == "[":
        return ""
    word = unicodedata.normalize("NFKC", raw).casefold()
    if word[0].isdigit():
        return word.replace(",", "")
    word = word.replace("’", "'").replace("‘", "'").replace("`", "'")
    if word in _IRREGULAR:
        return _IRREGULAR[word]
    word = _CONTRACTION.sub(lambda m: _CONTRACTED[m[1]], word)
    return " ".join(spelling(part) for part in _APOSTROPHES.sub("", word).split())


@dataclass(frozen=True, slots=True)
class Normalised:
    """Comparable tokens of a text and, for each, its (start, end) in the original."""

    tokens: tuple[str, ...]
    spans: tuple[tuple[int, int], ...]

    @property
    def text(self) -> str:
        return " ".join(self.tokens)

    def __len__(self) -> int:
        return len(self.tokens)


def normalise(text: str) -> Normalised:
    """Tokens in a form that makes outlets' printing differences vanish.

    >>> normalise("“Final, fully-verified denuclearisation”").text
    'final fully verified denuclearization'
    """
    words: list[str] = []
    spans: list[tuple[int, int]] = []
    for m in _TOKEN.finditer(text):
        word = _word(m.group())
        if not word:
            continue
        if word == "cent" and words and words[-1] == "per":
            # "per cent" and "percent" are one word.
            words[-1] = "percent"
            spans[-1] = (spans[-1][0], m.end())
            continue
        for part in word.split():
            words.append(part)
            spans.append(m.span())
    tokens, spans = merge_numbers(words, spans)
    return Normalised(tuple(tokens), tuple(spans))


_DIGIT = re.compile(r"\d")


@lru_cache(maxsize=20_000)  # a few batches of new quotes
def tokens(text: str) -> tuple[str, ...]:
    """normalise(text).tokens, faster: spans are only worked out when numbers need merging.
    Cached: ingest works a new quote's tokens out before its transaction (pipeline.prepare),
    so linking it, one worker at a time, finds them ready."""
    words = " ".join(map(_word, _TOKEN.findall(text))).split()
    if "cent" in words:
        return normalise(text).tokens
    if _DIGIT.search(text) or not NUMBER_WORDS.isdisjoint(words):
        words = merge_numbers(words, [(0, 0)] * len(words))[0]
    return tuple(words)


def normalise_text(text: str) -> str:
    """The normalised tokens joined by spaces."""
    return normalise(text).text
