"""Small text helpers: paragraphs, sentence ends and words, all by str offsets."""

from __future__ import annotations

import re

# A paragraph is one line: news texts put each paragraph on its own line, and the gold cuts
# every quote at line breaks, so nothing here ever spans a newline.

# Words that end with a full stop without ending a sentence.
ABBREVIATIONS = frozenset(
    """mr mrs ms dr sen rep gov lt gen adm col sgt capt prof rev hon st jr sr messrs mt ft
    jan feb mar apr aug sept sep oct nov dec no vs etc inc corp co ltd dept univ
    ave blvd gens reps sens govs pres supt cmdr cpl pvt maj atty const cst coun insp det""".split()
)

# Sentence end: ., ! or ? (possibly doubled, possibly followed by a closing bracket) and then
# whitespace. Whether it is a real end is decided by is_sentence_end().
# (One stop, then more: a pattern opening with a character class is scanned twice as fast.)
_END = re.compile(r"[.!?][.!?]*[)\]]?(?=\s)")
_LETTERS_DOT = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ."


def _word_before(text: str, lo: int, dot: int) -> str | None:
    """The word (letters and dots, from a letter) ending at `dot`, read back no further than
    lo: what the pattern ([A-Za-z][A-Za-z.]*)$ finds searching text[lo:dot], whose $ may
    also stand before a final line break - read backwards instead of trying every start,
    as this runs for every full stop (str.rstrip does the reading). "Mr" before "Mr.", "U.S"
    before "U.S.", None after a space."""
    end = dot - 1 if dot > lo and text[dot - 1] == "\n" else dot
    seg = text[lo:end]
    return seg[len(seg.rstrip(_LETTERS_DOT)):].lstrip(".") or None


def is_word_char(c: str) -> bool:
    return c.isalnum() or c == "_"  # the regular expressions' \w


def paragraphs(text: str) -> list[tuple[int, int]]:
    """(start, end) of every line that is not all whitespace."""
    out = []
    pos = 0
    for line in text.split("\n"):
        end = pos + len(line)
        if line and not line.isspace():
            out.append((pos, end))
        pos = end + 1
    return out


def is_sentence_end(text: str, dot: int, after: int) -> bool:
    """Is the stop at text[dot] (ending at `after`) the end of a sentence?"""
    nxt = text[after:after + 3].lstrip()
    if nxt[:1].islower():
        return False  # "Harry M. Reid (D-Nev.) said", "4 p.m. on Friday"
    return text[dot] in "!?" or _full_stop_ends(text, dot, after)


def _full_stop_ends(text: str, dot: int, after: int) -> bool:
    """is_sentence_end for a full stop before no lower-case word."""
    word = _word_before(text, max(0, dot - 20), dot)
    if word:
        low = word.lower().rstrip(".")
        if low == "no":
            return not number_no(text, after)
        if low in ABBREVIATIONS:
            return False
        # Initials and dotted acronyms: "P.", "U.S.", "D.C." - a sentence rarely ends on them,
        # and when it does the next word is usually lower risk than a wrong split.
        if len(word) == 1 and word.isupper():
            return platform_x(text, dot)
        if "." in word and word.replace(".", "").isupper() and len(word.replace(".", "")) <= 3:
            nxt = text[after:after + 3].lstrip()
            return bool(nxt) and nxt[0] in "\"“'‘" or _next_is_function_word(text, after)
    return True


def number_no(text: str, after: int) -> bool:
    """Rule number_no: "No." is the abbreviation of "number" only before a figure ("the No. 2
    Democrat"); otherwise the word "no" ends its sentence ("The senator voted no. Sen. Rand
    Paul spoke first."). `after` is just past the stop. Examples:
      'the No. 2 Republican' -> True (no sentence end)
      'voted no. Sen. Rand Paul spoke' -> False (the sentence ends)"""
    return text[after:after + 4].lstrip()[:1].isdigit()


def platform_x(text: str, dot: int) -> bool:
    """Rule platform_x: a capital X after "on" ("wrote on X.", "posted on X.") is the name of
    the platform once called Twitter, not an initial: its stop ends the sentence. Examples:
      'Donalds wrote on X. Crockett said' -> True
      'Malcolm X. Jones said' -> False (an initial); 'Plan X. The' -> False"""
    # (the opening "on X" compared only at offset 4: text[:dot] would copy the whole text
    # before every initial)
    return text[max(0, dot - 5):dot] in (" on X", "\non X") or dot == 4 and text[:4] == "on X"


_PLATFORM_NOUN = re.compile(r"[ \xa0]+(?:users?|posts?|accounts?|feed|thread)\b")


def platform_x_noun(text: str, end: int) -> bool:
    """Rule platform_x, before a noun: "X" alone before "user", "post" or "account" ("One X
    user wrote", "in an X post") is the platform, no one's name. Examples:
      'One X user wrote' -> True; 'in an X post' -> True
      'Malcolm X said' -> False (the X ends a longer name, read apart from this)"""
    return _PLATFORM_NOUN.match(text, end) is not None


_FUNCTION_START = re.compile(r"\s*(?:The|He|She|They|It|But|And|In|A|An|This|That|We|I)\b")


def _next_is_function_word(text: str, pos: int) -> bool:
    return bool(_FUNCTION_START.match(text, pos))


def sentence_ends(text: str, start: int, end: int) -> list[int]:
    """Offsets just after each sentence-ending stop in text[start:end]."""
    out = []
    for m in _END.finditer(text, start, end):
        dot, after = m.span()
        # is_sentence_end's first test inline (it runs for every stop): a stop before a
        # lower-case word ends no sentence.
        if not text[after:after + 3].lstrip()[:1].islower() and \
                (text[dot] in "!?" or _full_stop_ends(text, dot, after)):
            out.append(after)
    return out


_WORDS = re.compile(r"[\w'’-]+")


def count_words(s: str) -> int:
    return len(_WORDS.findall(s))
