"""Speakers named around a quote rather than in its sentence: a name and a colon, a
signature line under the quote, a headline's subject."""

from __future__ import annotations

import bisect
import re

from .attribution import before_paren
from .cues import TITLE
from .lexicon import PASSIVE_ADDRESSEE_VERBS, SOCIAL_PLATFORMS
from .marks import Span
from .names import PERSON_TITLES, NameMention, label_colon
from .subjects import Who, from_name
from .types import PERSON, START


def lead_in_name(masked: str, s: Span, by_end: dict[int, NameMention]) -> Who | None:
    """A name and a colon right before the quote: 'Philip Bump: "Two weeks ago ..."', and
    with a party label or a state in brackets between them, as in a list of reactions
    ('- Sen. Elizabeth Warren (D-Mass.): "..."', rule bracket_lead_in)."""
    e = s.open_start
    while e > 0 and masked[e - 1] in " \t\xa0":
        e -= 1
    if e == 0 or masked[e - 1] != ":":
        return None
    k = e - 1
    if (p := _ON_PLATFORM.search(masked, max(0, k - 40), k)) is not None:
        k = p.start()  # rule platform_lead_in: 'Elon Musk, on X: "Shameful."'
    nm = by_end.get(k) or by_end.get(before_paren(masked, max(0, k - 40), k))
    if nm is None or nm.possessive or _slug(masked, nm) or addressee(masked, nm):
        return None
    who = from_name(nm)
    if k < e - 1:
        who.rule = "platform_lead_in"
    return who


# Rule platform_lead_in: in a list of reactions, where the words were posted comes between
# the name and the colon: '• Elon Musk, on X:', '- Sen. Ted Cruz, in a post on Truth Social:'.
_ON_PLATFORM = re.compile(r",[ \xa0]+(?:in[ \xa0]+a[ \xa0]+post[ \xa0]+)?on[ \xa0]+(?:"
                          + "|".join(re.escape(p) for p in SOCIAL_PLATFORMS) + r")$")


_ADDRESSEE = re.compile(r"\b(?:to|with|told|tells|telling|asked|asks|for)[ \xa0]+(?:(?:the|a|an)"
                        r"[ \xa0]+)?(?:[A-Za-z][\w'’.-]*[ \xa0]+){0,3}$")


def addressee(masked: str, nm: NameMention) -> bool:
    """Feature addressee: a name after "to", "with" or "told" before a colon is who was
    spoken to, not the speaker; the sentence's subject is. Examples:
      'Jeb Bush explained the problem to the Dutch newspaper NRC Handelsblad: "..."'
          -> True (Bush speaks, via the sentence subject)
      'Ford told CityNews reporter Jane Lee: "..."' -> True
      'In a post, Singh wrote - Jagmeet Singh: "..."' -> False"""
    return _ADDRESSEE.search(masked, max(0, nm.start - 60), nm.start) is not None


def _slug(masked: str, nm: NameMention) -> bool:
    """'The Latest:', 'The Upshot:': a one-word column name, not a person."""
    return len(nm.name) == 1 and masked[max(0, nm.start - 4):nm.start] in ("The ", "the ")


def signature(masked: str, s: Span, paras: list[tuple[int, int]],
              by_start: dict[int, NameMention]) -> Who | None:
    """A quote closing its paragraph, signed in the next one: '- Hillary Clinton'; or signed
    on its own line (rule inline_signature)."""
    if s.para >= 0 and (who := inline_signature(masked, s, paras[s.para], by_start)):
        return who
    if s.para + 1 >= len(paras) or not _TRAILER.fullmatch(masked, s.close_end, paras[s.para][1]):
        return None
    m = _SIGNATURE.match(masked, paras[s.para + 1][0])
    if m is not None and dash_subhead(masked, paras[s.para + 1]):
        return None
    nm = by_start.get(m.end()) if m else None
    if nm is None and m is not None:
        if (who := dash_signature(masked, m.end(), paras[s.para + 1][1], by_start)):
            return who
        if (nm := by_start.get(past_titles(masked, m.end(), paras[s.para + 1][1]))) is not None \
                and nm.kind == PERSON and not nm.possessive:
            who = from_name(nm)
            who.rule = "titled_signature"
            return who
        return None
    return from_name(nm) if nm is not None and nm.kind == PERSON else None


_TITLE_WORD = re.compile(r"([A-Za-z]+)\.?[ \xa0]+")


def past_titles(masked: str, a: int, end: int) -> int:
    """Rule titled_signature: a signature's titles, capitalised or not, and "former" before
    them ("— Former president Donald Trump, in a speech in Milwaukee"), lead to the name.
    Examples:
      '— Former president Donald Trump, in a speech' -> the offset of "Donald"
      '— Sen. Rick Scott' -> the offset of "Rick"
      '— Anti-war protesters' -> a (no title)"""
    for _ in range(4):
        m = _TITLE_WORD.match(masked, a, end)
        if m is None or (w := m.group(1).capitalize()) != "Former" and w not in PERSON_TITLES:
            break
        a = m.end()
    return a


_INLINE_DASH = re.compile(r"[ \t\xa0.,]*(?:[—–―]|[ \t\xa0]-)[ \t\xa0]*")
# After the name: its party or handle in brackets, then the end of the line, a comma or the
# occasion ("to reporters", "on X", "in a speech").
_SIGNED_TAIL = re.compile(r"[ \xa0]*(?:\([^()\n]{1,40}\)[ \xa0]*)?(?:$|[,.;]|(?:to|on|in|at|"
                          r"during|via|after|speaking|writing)\b)")


def inline_signature(masked: str, s: Span, para: tuple[int, int],
                     by_start: dict[int, NameMention]) -> Who | None:
    """Rule inline_signature: a quotation opening its line (or after a label and a colon, as
    "QUOTE OF THE DAY:") and signed after a dash on the same line is the signer's.
    Examples:
      'QUOTE OF THE DAY: "I'm not going to be the 50th vote." — Sen. Joe Manchin (D-W.Va.) to
       reporters' -> Joe Manchin
      '"We will win." — Donald Trump, in a speech' -> Donald Trump
      'He called it "a joke" — Biden's words' -> None (the quote does not open its line, and
       a possessive signs nothing)"""
    ps, pe = para
    b = s.open_start
    while b > ps and masked[b - 1] in " \t\xa0":
        b -= 1
    if b > ps and masked[b - 1] != ":" or not s.closed:
        return None
    m = _INLINE_DASH.match(masked, s.close_end, pe)
    if m is None:
        return None
    nm = by_start.get(m.end()) or by_start.get(past_titles(masked, m.end(), pe))
    if nm is None or nm.kind != PERSON or nm.possessive or \
            _SIGNED_TAIL.match(masked, nm.end, pe) is None:
        return None
    who = from_name(nm)
    who.rule = "inline_signature"
    return who


# A signature's words: capitalised, up to a comma, a full stop or the end of the line.
_SIGNED = re.compile(r"[A-Z][\w.'’-]*(?:[ \xa0][A-Z][\w.'’-]*){0,4}(?=[ \xa0]*(?:[,;(\n]|\.?$|"
                     r"\.[ \xa0]))")


def dash_signature(masked: str, a: int, end: int, by_start: dict[int, NameMention]
                   ) -> Who | None:
    """Rule dash_signature: a signature line whose dash is written against the name
    ("-Michelle Marks, Philadelphia.", "-President Obama, tweeting after the speech."), where
    the name finder, reading "-Michelle" as the end of a hyphenated word, has found only the
    last name, or a title before it: the person the line's capitalised words end on.
    Examples:
      '"..."\n\n-Michelle Marks, Philadelphia.' -> Michelle Marks
      '"..."\n\n-President Obama, tweeting after Clinton's speech.' -> President Obama
      '"..."\n\n-Anti-war protesters outside the hall.' -> None (no person's name ends the
       capitalised words)"""
    run = _SIGNED.match(masked, a, end)
    if run is None:
        return None
    p = run.end()
    k = a
    while k < p:  # the person the capitalised words end on
        nm = by_start.get(k)
        if nm is not None and nm.end == p and nm.kind == PERSON and not nm.possessive:
            # A given name the finder missed makes a fuller name than the entity's: the
            # words as written then ("Michelle Marks", not "Marks"); a title keeps the person.
            titles = all(w.rstrip(".") in PERSON_TITLES for w in masked[a:k].split())
            return Who(a, p, masked[a:p], nm.entity if titles else -1, PERSON, nm.role,
                       rule="dash_signature")
        k = masked.find(" ", k, p)
        if k < 0:
            break
        k += 1
    return None


_OWNED_WORDS = re.compile(r"(?:['’]s|['’])[ \xa0]+(?:[a-z]+[ \xa0]+){0,2}(?:response|reply|answer|"
                          r"retort|words|message|verdict|reaction|"
                          r"comment|remark|claim|assertion|warning|promise|insistence|line|argument|pledge|boast)"
                          r"(?:[ \xa0]+(?:was|is))?"
                          # rule titled_claim: the work it was made in, 'claim in
                          # "Survival," that'
                          rf"(?:[ \xa0]+in[ \xa0]+{TITLE}+,?)?"
                          # the clause a noun of saying takes: "comment that residents"
                          r"(?:[ \xa0]+that(?:[ \xa0]+[A-Za-z][\w'’-]*){0,6}[ \xa0]*|"
                          r"[ \xa0]*[:,]?[ \xa0]*)$")


# 'Trump's "woman's card" remark': a possessive, the quotation, then a noun of saying.
_OWNER_BEFORE = re.compile(r"(?:['’]s|['’])[ \xa0]*$")
_SAYING_AFTER = re.compile(r"[ \xa0]+(?:remarks?|comments?|quips?|claims?|pledges?|promises?|"
                           r"vows?|warnings?|jabs?|boasts?|assertions?|retort|reply|response|"
                           r"tweets?)\b")


def owned_words(masked: str, s: Span, by_end: dict[int, NameMention]) -> Who | None:
    """Rule owned_words: a quotation right after a person's or organisation's "response
    was:", "reply:", "words," ("Clinton's response was: "...?"", "in Forbes' words, "..."")
    is that owner's. Examples:
      'Clinton's response was: "Is Dalton Brody off Conn or Wisconsin?"' -> Clinton
      'In Forbes' words, "they are the most entrepreneurial cities"' -> Forbes
      'Councillor Mike Colle's comment that residents "will get used to it"' -> Mike Colle
      'Poilievre's line that "the Liberals broke it" is borrowed' -> Poilievre
          (a noun of saying with its "that" clause, up to six words of it before the quote)
      'Margaret Atwood's claim in "Survival," that the central symbol for Canada is
       "undoubtedly Survival, la Survivance,"' -> Margaret Atwood (rule titled_claim: the
       work the claim was made in, a title masked before attribution, between the noun and
       its clause)
      'The response was: "No."' -> None (no owner named)
    And the noun of saying after the quotation, the owner's possessive right before it:
      'Donald Trump's "woman's card" remark' -> Donald Trump
      'Poilievre's "axe the tax" slogan' -> None (a slogan is no remark)"""
    a = max(0, s.open_start - 90)
    if masked.find("’", a, s.open_start) < 0 and masked.find("'", a, s.open_start) < 0:
        return None  # (no possessive: the pattern is spared for nearly every quote)
    m = _OWNED_WORDS.search(masked, a, s.open_start)
    if m is None:
        m = _OWNER_BEFORE.search(masked, s.open_start - 4, s.open_start)
        if m is None or not _SAYING_AFTER.match(masked, s.close_end):
            return None
    nm = by_end.get(m.start())
    if nm is None or not nm.possessive:
        return None
    who = from_name(nm)
    who.rule = "owned_words"
    return who


_SIGNATURE = re.compile(r"[ \t\xa0]*[-—–―][ \t\xa0]*")
_DASH_CLOSE = re.compile(r"[-—–―][ \t\xa0.]*$")


def dash_subhead(masked: str, para: tuple[int, int]) -> bool:
    """Rule dash_subhead: a line between two dashes ("– Ready to quiz Trump –.", the
    sub-heads of wire copy) heads the next section; it signs nothing, though it opens with a
    dash as a signature does. Examples:
      '– Ready to quiz Trump –.' -> True (no speaker "Ready" for the quote above it)
      '– Country less safe –' -> True
      '- Hillary Clinton' -> False (a signature)"""
    ps, pe = para
    return _DASH_CLOSE.search(masked, max(ps + 1, pe - 4), pe) is not None


_HEADLINE_VERB = re.compile(r"[ \xa0]+(?:Says|Tells|Warns|Claims|Insists|Admits|Declares|"
                            r"Vows|Promises|Slams|Blasts|Praises)\b")


HEADLINE_REACH = 400


_PASSIVE_ADDRESSEE_END = re.compile(r"\b(?:was|were|is|are|been|being)[ \xa0]+(?:"
                                    + "|".join(sorted(PASSIVE_ADDRESSEE_VERBS))
                                    + r")[ \xa0]*$")


# A sentence ending between a name and the colon: a lower-case word (no abbreviation such as
# "Gov." or "p.m.") or a number and its full stop, then the next sentence's capital or quote.
_SENTENCE_BREAK = re.compile(r"(?<![\w.])(?:[a-z]{2,}|\d+)[.!?][ \xa0]+[A-Z\"“]")


# An indefinite article before a capitalised word: a party's or a people's adjective, no one
# a headline names ("a Conservative government", "an Alberta rancher").
_INDEFINITE_END = re.compile(r"(?<![\w'’])(?:[Aa]n?)[ \xa0]+$")


def prose_before_colon(masked: str, name_end: int, colon: int) -> bool:
    """Rule prose_colon: a headline is one line, so the person it names stands in the colon's
    own sentence; a name in an earlier sentence of a first paragraph of prose names no one for
    a quote after a later colon. Examples:
      'Kevin Lee opened his shop in 2019. "Worst timing," he says. His partner, Mina Cho,
       disagrees: "We learned it properly."' -> True for Kevin Lee (Mina Cho by her cue)
      'In a Scarborough hall, Vik Sharma watches. "Too early," he says. At 10:14, Nita
       Patel walks in.' -> True for Scarborough and Vik Sharma (the colon is a clock's)
      'Johnson said no. Thomas Massie was less coy: "..."' -> True for Johnson (Massie
       by his own sentence)
      'Trump Attacks Gov. Jerry Brown: "..."' -> False ("Gov." is no sentence's end)
      'Ted Cruz: "We will win"' -> False"""
    return _SENTENCE_BREAK.search(masked, name_end, colon) is not None


def headline(masked: str, s: Span, para: tuple[int, int],
             names: list[NameMention]) -> Who | None:
    """The speaker of a quote in a headline: the person named before its colon ('Ted Cruz:
    "..."', 'Trump Praises Boyle: "..."'), or before a capitalised speech verb ('"...,"
    Howard Dean Tells Convention')."""
    ps, pe = para
    # A headline is a line, not a page: only its first HEADLINE_REACH characters are read,
    # so that a first paragraph full of quotes is not read again for each of them.
    pe = min(pe, ps + HEADLINE_REACH)
    colon = masked.find(":", ps, min(s.open_start, pe))
    if colon >= 0 and label_colon(masked, ps, colon):
        colon = masked.find(":", colon + 1, min(s.open_start, pe))  # "Programming note:"
    if colon >= 0 and _PASSIVE_ADDRESSEE_END.search(masked, max(ps, colon - 30), colon):
        return None  # rule passive_addressee: 'Trudeau was asked: "Will you resign?"'
    k = bisect.bisect_left(names, ps, key=START)
    while k < len(names) and names[k].start < pe:
        nm = names[k]
        k += 1
        if nm.kind != PERSON or nm.possessive or _slug(masked, nm):
            continue
        if colon >= 0 and nm.end <= colon:
            if prose_before_colon(masked, nm.end, colon) or _INDEFINITE_END.search(
                    masked, max(ps, nm.start - 4), nm.start):
                continue  # (rule prose_colon; 'if a Conservative government did this:')
            return from_name(nm)
        if colon >= 0 and nm.end <= s.open_start and \
                masked[colon + 1:nm.start].strip(" \xa0") == "":
            return from_name(nm)  # "The Latest: Trump delivers defense of 'New York values'"
        if nm.start >= s.close_end and _HEADLINE_VERB.match(masked, nm.end):
            return from_name(nm)
        v = _HEADLINE_VERB.search(masked, nm.start, nm.end)
        if nm.start >= s.close_end and v is not None and " " in nm.text[:v.start() - nm.start]:
            # Title case runs the name into the verb: "Howard Dean Tells Democratic Convention".
            return Who(nm.start, v.start(), masked[nm.start:v.start()], kind=PERSON)
    return None


_TRAILER = re.compile(r"[ .\xa0]*")
