"""Find quotation spans: which marks open, which close, and what lies between them.

Works paragraph by paragraph (one line each), so a stray mark can at worst swallow the rest of
its own paragraph, never the rest of the article.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from .text import count_words, paragraphs
from .types import START

# Double marks. Runs of apostrophes come first: the New York Times writes '' for both the
# opening and the closing mark, and ''' is a nested single mark next to a double one.
# (Written to start with one character class, which the regex engine scans fast.)
_DOUBLE = re.compile(r"[\"“”„«»'`](?:(?<=')'{1,2}|(?<=`)`|(?<=[\"“”„«»]))")
# Single marks, leaving out apostrophes inside words ("don't", "Trump’s") at the scan.
_SINGLE = re.compile(r"[‘’'](?:(?<!\w.)|(?!\w))")

OPEN_ONLY = frozenset("“„«`")
CLOSE_ONLY = frozenset("”»")
# Characters after which a mark reads as opening ("He said, \"...", "(\"...", "—\"...").
# Rule elided_letter: an apostrophe standing for left-out letters inside a run of words is no
# quotation mark, straight or curly. Double marks never pair with a lone apostrophe, so inside
# "Lyin' Ted" nothing closes early; single-quoted text ('Lyin' Ted is a liar') needs these:
# - ELIDED_START: a word whose first letters are left out ('em, 'n', 'til, 'cause) does not
#   open a quote ('90s, a decade, is left out where marks are read);
# - "rock 'n' roll": the two marks around a lone n, with spaces outside, are neither;
# - ELIDED_END: a word whose last letter is left out (lyin', goin', nothin', ol') closes a
#   single quote only when no other closing mark follows, as a plural possessive does
#   ("voters' choice").
_ELIDED_START = re.compile(r"(?:n|em|til|bout|cause|tis|twas)\b")
_ELIDED_END = re.compile(r"(?:\b[A-Za-z]+in|\bol)$", re.I)
_OPEN_BEFORE = frozenset(" \t\xa0([{—–-/:;,\u2009\u200a")
# Characters before which a mark reads as closing ("...\"." "...\")").
_CLOSE_AFTER = frozenset(" \t\xa0.,;:!?)]}—–-/\u2009\u200a…*")
_QUOTE_CHARS = frozenset("\"“”„«»‘’'`")


@dataclass(slots=True)
class Mark:
    start: int
    end: int
    char: str
    can_open: bool
    can_close: bool


@dataclass(slots=True)
class Span:
    """Quoted words text[start:end]; the marks themselves lie outside."""

    start: int
    end: int
    open_start: int  # where the opening mark begins
    close_end: int  # just after the closing mark (== end when unclosed)
    para: int  # index into the paragraph list
    closed: bool = True
    single: bool = False  # single quotation marks
    continued: bool = False  # quote runs on into the next paragraph
    continues: bool = False  # quote carries on from the previous paragraph
    chain: int = -1  # spans of one multi-paragraph quote share this id


def _context(text: str, s: int, e: int, ps: int, pe: int) -> tuple[bool, bool]:
    before = text[s - 1] if s > ps else " "
    after = text[e] if e < pe else " "
    can_open = (before in _OPEN_BEFORE or before in _QUOTE_CHARS) and not after.isspace()
    can_close = not before.isspace() and (after in _CLOSE_AFTER or after in _QUOTE_CHARS)
    return can_open, can_close


def _double_marks(text: str, ps: int, pe: int, found: list[re.Match] | None = None) -> list[Mark]:
    """The double marks of paragraph text[ps:pe]; `found`: _DOUBLE's matches in it."""
    out: list[Mark] = []
    for m in _DOUBLE.finditer(text, ps, pe) if found is None else found:
        (s, e), ch = m.span(), m.group()
        if ch == "'''":
            # A nested single mark shares the run: keep the two apostrophes on the outer side.
            o, c = _context(text, s, e, ps, pe)
            if c and not o:
                s = s + 1
            else:
                e = e - 1
            ch = "''"
        # _context(text, s, e, ps, pe), inline: this runs for every mark
        before = text[s - 1] if s > ps else " "
        after = text[e] if e < pe else " "
        can_open = (before in _OPEN_BEFORE or before in _QUOTE_CHARS) and not after.isspace()
        can_close = not before.isspace() and (after in _CLOSE_AFTER or after in _QUOTE_CHARS)
        first = ch[0]
        # A curly mark used the wrong way round only when the spaces insist: a closer typed
        # as “ ("...done“ he said") or an opener typed as ” (' ”We are"); '...,”Clinton' with
        # no space is still a closer.
        if first in OPEN_ONLY:
            if not (can_close and not can_open and after.isspace()):
                can_open, can_close = True, False
        elif first in CLOSE_ONLY and not (can_open and not can_close and before.isspace()):
            can_open, can_close = False, True
        out.append(Mark(s, e, ch, can_open, can_close))
    return out


def _pair(marks: list[Mark], text: str) -> list[tuple[Mark, Mark | None]]:
    """Pair opening and closing marks left to right; returns (open, close or None)."""
    pairs: list[tuple[Mark, Mark | None]] = []
    cur: Mark | None = None
    for m in marks:
        if cur is None:
            if m.can_open or not m.can_close:
                cur = m
            # else: a stray closing mark, ignored
            continue
        if m.can_close or not m.can_open:
            pairs.append((cur, m))
            cur = None
        elif m.char in OPEN_ONLY and cur.char in OPEN_ONLY:
            cur = m  # two curly openers: the first one was stray
        elif text[m.start - 2:m.start].rstrip() and text[m.start - 2] in ",.?!":
            # '"Yes, "' : a closer typed with a space before it.
            pairs.append((cur, m))
            cur = None
        else:
            cur = m
    if cur is not None:
        pairs.append((cur, None))
    return pairs


# Rule single_style: an article with no double mark at all quotes in single marks (British
# and Australian style), so a single-quoted word or two is a quote there as a double-quoted
# one is elsewhere ("Mr Butler said the changes were 'overdue'", "described the report as
# 'deeply troubling'"), if it opens in lower case or closes a sentence inside the marks ('We've
# delivered.', 'No!'): a capitalised word or two is a title ("Bradley Cooper upset 'American
# Sniper' fans", "Cruz lobs 'Hail Carly' pass"). Where double
# marks are used, single-quoted text needs three words (headline style: 'red line').
SINGLE_MIN_WORDS = 3
SINGLE_STYLE_MIN_WORDS = 1
_SENTENCE_CLOSE = frozenset(".!?,")


def _single_spans(text: str, ps: int, pe: int, taken: list[tuple[int, int]],
                  found: list[re.Match] | None = None, min_words: int = SINGLE_MIN_WORDS,
                  ) -> list[Span]:
    """Single-quoted text outside double quotes, `min_words` words or more (three: headline
    style; see single_style); `found`: _SINGLE's matches in text[ps:pe]."""
    marks: list[Mark] = []
    t = 0  # taken spans are sorted: walk them alongside the marks
    for m in _SINGLE.finditer(text, ps, pe) if found is None else found:
        s = m.start()
        while t < len(taken) and taken[t][1] <= s:
            t += 1
        if t < len(taken) and taken[t][0] <= s:
            continue
        before = text[s - 1] if s > ps else " "
        after = text[s + 1] if s + 1 < pe else " "
        if before.isalnum() and after.isalnum():
            continue  # an apostrophe: don't, Trump's, O'Brien
        if _ELIDED_START.match(text, s + 1, pe) and not before.isalnum():
            continue  # elided_letter: 'em, 'n', 'til
        if before == "n" and text[s - 2:s - 1] in "'’‘" and text[s - 3:s - 2].isspace():
            continue  # elided_letter: the closing mark of "rock 'n' roll"
        o, c = _context(text, s, s + 1, ps, pe)
        if m.group() == "‘":
            o, c = o or not c, False
        if o and after.isdigit():
            continue  # '90s
        marks.append(Mark(s, s + 1, m.group(), o, c))
    out: list[Span] = []
    i = 0
    while i < len(marks):
        op = marks[i]
        if not op.can_open:
            i += 1
            continue
        for j in range(i + 1, min(len(marks), i + 6)):
            cl = marks[j]
            if not cl.can_close:
                continue
            inner = text[op.end:cl.start]
            elided = _ELIDED_END.search(text, max(op.end, cl.start - 20), cl.start)
            if (text[cl.start - 1] in "sS" or elided) and \
                    not inner.rstrip().endswith(tuple(".,!?")):
                # "voters' choice": a plural possessive, and "lyin' Ted" (elided_letter),
                # unless nothing else closes
                nxt = marks[j + 1] if j + 1 < len(marks) else None
                if nxt is not None and nxt.can_close and not nxt.can_open:
                    continue
            n = count_words(inner)
            if (n >= SINGLE_MIN_WORDS or n >= min_words and (
                    inner[:1].islower() or inner[-1:] in _SENTENCE_CLOSE)) and n <= 60:
                out.append(Span(op.end, cl.start, op.start, cl.end, -1, single=True))
                i = j
            break
        i += 1
    return out


_CUE_VERB = r"(?:said|says|added|adds|told|wrote|writes)"
_UNCLOSED_CUT = re.compile(
    rf",[ \xa0]+(?:{_CUE_VERB}[ \xa0]+(?:[A-Z]|the |a |an )|(?:he|she|[A-Z][\w.'’-]*"
    rf"(?:[ \xa0][A-Z][\w.'’-]*){{0,3}})[ \xa0]+{_CUE_VERB}[ \xa0]*[.,])")


def find_spans(text: str, paras: list[tuple[int, int]] | None = None) -> list[Span]:
    """All quotation spans of the text, in order."""
    if paras is None:
        paras = paragraphs(text)
    spans: list[Span] = []
    # Both kinds of marks are found in one scan of the whole text each, then dealt out to
    # the paragraphs (the same matches: no mark is a line break, none lies between
    # paragraphs, and the patterns look no further than the characters beside a mark).
    dm, sm = list(_DOUBLE.finditer(text)), list(_SINGLE.finditer(text))
    min_single = SINGLE_MIN_WORDS if dm else SINGLE_STYLE_MIN_WORDS  # rule single_style
    i = j = 0
    for k, (ps, pe) in enumerate(paras):
        doubles: list[Span] = []
        while i < len(dm) and dm[i].start() < ps:  # (none, for the paragraphs of the text)
            i += 1
        i0 = i
        while i < len(dm) and dm[i].start() < pe:
            i += 1
        marks = _double_marks(text, ps, pe, dm[i0:i]) if i > i0 else []
        for op, cl in _pair(marks, text) if marks else ():
            if cl is None:
                end = pe
                while end > op.end and text[end - 1].isspace():
                    end -= 1
                cut = _UNCLOSED_CUT.search(text, op.end, end)
                if cut is not None and count_words(text[op.end:cut.start()]) >= 2:
                    # '"We will win, said Cruz.': the closing mark was left out before the cue.
                    doubles.append(Span(op.end, cut.start() + 1, op.start, cut.start() + 1, k))
                elif end > op.end:
                    doubles.append(Span(op.end, end, op.start, end, k, closed=False))
            elif cl.start > op.end:
                doubles.append(Span(op.end, cl.start, op.start, cl.end, k))
        while j < len(sm) and sm[j].start() < ps:
            j += 1
        j0 = j
        while j < len(sm) and sm[j].start() < pe:
            j += 1
        singles = _single_spans(text, ps, pe, [(s.open_start, s.close_end) for s in doubles],
                                sm[j0:j], min_single) if j > j0 else []
        for s in singles:
            s.para = k
        # Each list is in order already; only a paragraph with both needs sorting.
        spans.extend(sorted(doubles + singles, key=START) if singles and doubles else
                     doubles or singles)
    _link_paragraphs(text, spans, paras)
    return spans


def _link_paragraphs(text: str, spans: list[Span], paras: list[tuple[int, int]]) -> None:
    """Mark quotes that run over several paragraphs (no closing mark, next one reopens)."""
    first_in_para: dict[int, Span] = {}
    for s in spans:
        first_in_para.setdefault(s.para, s)
    chain = 0
    for s in spans:
        if s.closed or s.single:
            continue
        nxt = first_in_para.get(s.para + 1)
        if nxt is not None and nxt.open_start == paras[s.para + 1][0] and not nxt.single:
            s.continued = True
            nxt.continues = True
    by_para = {s.para: s for s in spans if s.continues}
    for s in spans:
        if s.continues and s.chain < 0:
            continue
        if s.continued:
            if s.chain < 0:
                s.chain = chain
                chain += 1
            cur = s
            while cur.continued and cur.para + 1 in by_para:
                nxt = by_para[cur.para + 1]
                if nxt.chain == s.chain:
                    break
                nxt.chain = s.chain
                cur = nxt
