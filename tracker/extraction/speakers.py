"""Which speaker each quotation gets: the cue after it or before it, a name and a colon, a
signature line, the sentence's subject, or the speaker carried over from before."""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass, replace

from .attribution import (
    DOCUMENT_BEFORE_AUTHOR,
    REPORT_VERBS,
    SENTENCE_END,
    Cue,
    Resolver,
    passive_charge,
    reads_from,
    spokesperson_for,
)
from .cues import MASK
from .headings import headline, inline_signature, lead_in_name, owned_words, signature
from .lexicon import PERSON_ROLE_NOUNS, WIRE_SERVICES
from .marks import Span
from .names import NameMention, is_role_plural
from .subjects import Who, in_opening_phrase, is_subject_position, role_between
from .types import ORGANISATION, PERSON, START

# No sentence of news runs longer: everything read around a quote (its sentence, the cues and
# names before and after it) is cut to this many characters either side, so that the work per
# quote is bounded and any input, however long its sentences, runs in linear time.
WINDOW = 1000



# Words that may describe a speaker between a quote and the name: ', super PAC spokeswoman'.
_DESCRIPTION = re.compile(
    r"[\s,—–-]*(?:(?!(?:of|while|and|but|to|in|on|for|with|as|that|when|after|before|because|"
    r"if|at|by|from|than|is|was|are|were|has|had|have|said|says)\b)[A-Za-z][\w.'’-]*[ \xa0]){1,6}$")
_LINKED = re.compile(r"[\s,]*(?:and|or|but|as well as)?[\s,]*")


def question_then_answer(text: str, a: Span) -> bool:
    """Rule question_then_answer: a quoted question right before another quote is asked of
    the one who answers, so it does not share the answer's tail cue, as exchanges at
    hearings and trials are written. Examples:
      'Wade asked the witness, "Did you see him?" "No," she answered.' -> "Did you see him?"
          is not hers (its own cue, "asked", reads it)
      'Guns are "a crisis" and "stunt growth," Dean said' -> False (linked: both Dean's)"""
    return text[a.end - 1:a.end] == "?"


_QUESTION_END = re.compile(r"[^.!?\n]{0,200}\?")


def question_to_you(text: str, masked: str, c: Cue, s: Span, hi: int) -> bool:
    """Rule question_to_you: a cue whose source is "you", in a sentence that ends with a
    question mark, is an interviewer's question to the one interviewed: the quotation in it
    is no one's words by that cue (a short one is then a scare quote or a label). Examples:
      'What do you say to people who call you a "parachute candidate"?' -> True
      'Did you tell him the plan was "dead on arrival"?' -> True
      'As you said, "we will win."' -> False (no question)
      'You have said it is "on the brink." What do you mean?' -> False (the quote ends the
          statement; the question is the next sentence)
      'Why did he say "never"?' -> False (the source is named)"""
    return c.who.text.lower() == "you" and text[s.end - 1:s.end] not in (".", "!") and \
        _QUESTION_END.match(masked, s.close_end, hi) is not None


@dataclass(slots=True)
class Decision:
    span: Span
    who: Who | None = None
    cue: str | None = None
    how: str = ""  # "tail", "head", "chain", "split", "previous", "subject", "charge", ""


def attribute(text: str, masked: str, spans: list[Span], cues: list[Cue],
              sent_starts: list[int], paras: list[tuple[int, int]],
              names: list[NameMention], resolver: Resolver,
              by_start: dict[int, NameMention] | None = None,
              by_end: dict[int, NameMention] | None = None) -> list[Decision]:
    """A decision for every span: who said it, by which cue, and by which rule; `by_start`
    and `by_end` as find_cues takes them."""
    cue_pos = [c.start for c in cues]
    # The cues an outlet may report a whole sentence by, picked once for all the quotes (most
    # articles have none): _outer_report reads no other.
    reports = [c for c in cues if c.verb in REPORT_VERBS or c.verb == "according to"]
    report_pos = [c.start for c in reports]
    if by_start is None or by_end is None:
        by_start, by_end = {m.start: m for m in names}, {m.end: m for m in names}
    out: list[Decision] = []
    bounds = []
    highs: list[int] = []
    tails: list[Cue | None] = []
    n, n_sent = len(text), len(sent_starts)
    for s in spans:
        o, c = s.open_start, s.close_end
        k = bisect.bisect_right(sent_starts, o) - 1
        lo = sent_starts[k] if k >= 0 else 0
        ps, pe = paras[s.para] if s.para >= 0 else (0, n)
        # (max and min of lo and hi, written out: this runs for every quote)
        if lo < ps:
            lo = ps
        if lo < o - WINDOW:
            lo = o - WINDOW
        k2 = bisect.bisect_right(sent_starts, c)
        hi = sent_starts[k2] if k2 < n_sent else n
        if hi > pe:
            hi = pe
        if hi > c + WINDOW:
            hi = c + WINDOW
        bounds.append(lo)
        highs.append(hi)
        tc = _tail_cue(masked, s, hi, cues, cue_pos)
        if tc is not None and (_new_sentence(text, masked, s, tc) or cue_with_own_quote(
                text, masked, s, tc, _last_cue(cues, ps, o, any_source=True))):
            tc = None
        tails.append(tc)
    # 'Guns are "a crisis" and "stunt growth," Dean said': linked quotes share the tail cue,
    # but not a question and its answer (rule question_then_answer).
    for i in range(len(spans) - 2, -1, -1):
        a, b = spans[i], spans[i + 1]
        if tails[i] is None and tails[i + 1] is not None and a.para == b.para and \
                _LINKED.fullmatch(masked, a.close_end, b.open_start) and \
                not question_then_answer(text, a):
            tails[i] = tails[i + 1]
    for s, lo, hi, tail_cue in zip(spans, bounds, highs, tails, strict=True):
        d = Decision(s)
        starts_sentence = _only_before(masked, lo, s.open_start, _OPENING_CHARS)
        head_cue = _head_cue(masked, lo, s, cues, cue_pos)
        if head_cue is not None and question_to_you(text, masked, head_cue, s, hi):
            head_cue = None  # 'What do you say to people who call you a "..."?'
        if tail_cue is not None and head_cue is not None and cue_of_next_quote(masked, tail_cue):
            tail_cue = None  # 'Clinton responds with, "Why now?" Mills writes back, "..."'
        # A cue right before the quote ('that Judge Mosman called "distasteful," Santilli
        # expressed ...') holds it more tightly than one after it.
        adjacent = head_cue is not None and not starts_sentence and \
            _ADJACENT.fullmatch(masked, head_cue.end, s.open_start) is not None
        found = passive_by(masked, s, by_start) if not starts_sentence else \
            unlisted_verb(text, masked, s, by_start, resolver) if tail_cue is None else None
        if found is not None:  # 'was called "..." by Joshua Hendrick'; '"...," Smith scoffed.'
            d.who, d.cue, d.how = found[0], found[1], "tail"
        elif tail_cue is not None and not adjacent and (
                starts_sentence or text[s.end - 1:s.end] in ",?!—-" or head_cue is None):
            d.who, d.cue, d.how = tail_cue.who, tail_cue.verb, "tail"
        elif passive_charge(masked, s.open_start):
            d.how = "charge"  # 'He was charged with "..."': the charge, no one's words
        elif (head_cue is None or head_cue.verb == ":") and \
                (who := topic_lead_in(masked, lo, s, names)) is not None:
            d.who, d.cue, d.how = who, ":", "head"  # 'Rick Tocchet on the loss: "..."'
        elif head_cue is not None and ":" in masked[max(0, s.open_start - 3):s.open_start] \
                and (nm := own_lead_in(masked, s, head_cue, by_end)):
            d.who, d.cue, d.how = nm, ":", "head"  # 'Pollsters agree - Carl Bialik: "..."'
        elif head_cue is not None:
            d.who, d.cue, d.how = head_cue.who, head_cue.verb, "head"
        elif (nm := lead_in_name(masked, s, by_end)) is not None and (
                s.para < 0 or inline_signature(masked, s, paras[s.para], by_start) is None):
            # 'Pew Research: "All the samples ..."' - but 'CLAIM: "..." — Rep. Elise
            # Stefanik' is signed (rule inline_signature): the label names no one
            d.who, d.cue, d.how = nm, ":", "head"
        elif (nm := signature(masked, s, paras, by_start)) is not None:
            d.who, d.cue, d.how = nm, "-", "tail"  # '"...."\n\n- Hillary Clinton'
        elif (who := owned_words(masked, s, by_end)) is not None:
            d.who, d.cue, d.how = who, ":", "head"  # 'Clinton's response was: "..."'
        elif (who := _colon_paragraph(masked, s, paras, sent_starts, names, resolver)):
            d.who, d.cue, d.how = who, ":", "head"  # 'Trump issued a statement:\n\n"..."'
        elif (who := qa_answer(masked, s, paras, resolver)) is not None:
            d.who, d.cue, d.how = who, ":", "head"  # 'Q: Why now?\nA: "Because ..."'
        elif not starts_sentence and not reads_from(masked, lo, s.open_start):
            who = _sentence_subject(masked, lo, s.open_start, names, resolver)
            if who is not None and appositive_quote(masked, who, s):
                pass  # 'The Ontario Science Centre, "temporarily closed" since 2024, may'
            elif who is not None:
                d.who, d.how = who, "subject"
            elif (who := colon_lead_in(masked, lo, s, names, resolver)) is not None:
                d.who, d.cue, d.how = who, ":", "head"
        if s.para == 0 and (d.how in ("", "subject") or d.cue == ":" and (
                d.who is None or d.who.rule not in ("own_lead_in", "topic_lead_in"))) and \
                (who := headline(masked, s, paras[0], names)) is not None:
            d.who, d.cue, d.how = who, ":", "head"  # 'Milbank: Republicans "Waving ..."'
        if d.who is not None and reports and (
                outer := _outer_report(text, masked, s, hi, reports, report_pos, resolver)):
            d.who, d.cue = outer.who, outer.verb  # '"...," said Day, reports USA Today.'
        out.append(d)
    _inherit(text, masked, out, paras, cues, sent_starts, names, resolver)
    return out


# '"...," an angry Hollande retaliated.': after the quote and its comma, a name (with at
# most an article and two lower-case words before it) and one verb closing the clause.
_BEFORE_NAME = re.compile(r"[ \xa0]*,?[ \xa0]+(?:(?:an?|the)[ \xa0]+(?:[a-z][\w-]*[ \xa0]+){0,2})?")
_CLAUSE_VERB = re.compile(r"[ \xa0]+([a-z]{3,}(?:ed|s))(?=[ \xa0]*[.,;:!?]|[ \xa0]+(?:on|in|at|to|"
                          r"during|after|before|later|back|again|then|from|with|as|when|while)\b)")
_NOT_SPEECH = frozenset(("was has is does goes gets lies sits uses needed used lived "
                               "died added noted").split())


# A verb of naming in the passive right before the quote: 'has been called "...'.
_PASSIVE_NAMING = re.compile(
    r"\b(?:is|are|was|were|been|being|be)[ \xa0]+(?:(?:also|often|widely|once|since|even|"
    r"publicly)[ \xa0]+)?(called|described[ \xa0]+as|dubbed|labell?ed(?:[ \xa0]+as)?|"
    r"branded(?:[ \xa0]+as)?|hailed[ \xa0]+as|denounced[ \xa0]+as|derided[ \xa0]+as|"
    r"characteri[sz]ed[ \xa0]+as|termed|deemed)[ \xa0]*$")
_BY = re.compile(r",?[ \xa0]+by[ \xa0]+")


def passive_by(masked: str, s: Span, by_start: dict[int, NameMention]) -> tuple[Who, str] | None:
    """Rule passive_by: a verb of naming in the passive before a quote, and "by" and a name
    right after it: the words are that person's. Examples:
      'The plan was described as "a disaster" by Sen. Chuck Schumer.' -> Chuck Schumer
      'It has been called "strategic ambiguity" by Joshua Hendrick, a professor' -> Hendrick
      'The bill has been called "a giveaway" by critics.' -> None (no one named)
      'The deal was called "historic" in the House.' -> None"""
    by = _BY.match(masked, s.close_end)
    if by is None or (nm := by_start.get(by.end())) is None or nm.possessive:
        return None
    verb = _PASSIVE_NAMING.search(masked, max(0, s.open_start - 60), s.open_start)
    if verb is None:
        return None
    return replace(_who(nm), rule="passive_by"), verb.group(1).split()[0]


def unlisted_verb(text: str, masked: str, s: Span, by_start: dict[int, NameMention],
                  resolver: Resolver) -> tuple[Who, str] | None:
    """Rule unlisted_verb: a quotation opening its sentence and closed by a comma (or ? or
    !), then a person's name and a single verb ending the clause, is that person's, whatever
    the verb: news writes speech this way with verbs no list holds. Examples:
      '"France will always be France," an angry Hollande retaliated.' -> Hollande
      '"We are not done," Singh retaliated on Tuesday.' -> Singh
      '"We are not done," she retaliated.' -> the woman the pronoun refers to (rule pronoun)
      '"No," Smith's lawyer retaliated.' -> None (a possessive: the lawyer, not Smith)
      '"Jobs," Ford is fond of repeating.' -> None (not one verb closing the clause)"""
    if not s.closed or text[s.end - 1:s.end] not in ",?!" and \
            masked[s.close_end:s.close_end + 1] != ",":
        return None
    m = _BEFORE_NAME.match(masked, s.close_end)
    if m is None:
        return None
    a = m.end()
    nm = by_start.get(a)
    pronoun = masked[a:a + 4].rstrip() if nm is None else ""
    if pronoun not in ("he", "she") and (nm is None or nm.kind != PERSON or nm.possessive):
        return None
    v = _CLAUSE_VERB.match(masked, a + len(pronoun) if pronoun else nm.end)
    if v is None or v.group(1) in _NOT_SPEECH:
        return None
    if pronoun:
        ent = resolver.person(a, "m" if pronoun == "he" else "f")
        who = Who(a, a + len(pronoun), pronoun, ent, PERSON if ent >= 0 else None)
        who.rule = "pronoun"
    else:
        who = _who(nm)
        who.rule = "unlisted_verb"
    return who, v.group(1)


_SEGMENT_START = frozenset("-—–:.!?\n")


def own_lead_in(masked: str, s: Span, head_cue: Cue, by_end: dict[int, NameMention]
                ) -> Who | None:
    """Rule own_lead_in: a person's name and a colon opening their own segment (after a dash,
    a colon or a full stop) introduce the quote, whatever cue stands earlier in the sentence.
    Examples (a headline too):
      'Nate Silver agrees with the others - Carl Bialik: "Keep on contacting voters late."'
          -> Carl Bialik (not Nate Silver)
      'Voters were split, Tom Berg said - Anna Lee: "We cannot wait any longer."' -> Anna Lee
      'Trump told Fox News: "..."' -> None (the cue's object, not a lead-in: the cue decides)"""
    who = lead_in_name(masked, s, by_end)
    if who is None or who.kind != PERSON or who.start < head_cue.end:
        return None
    k = who.start
    while k > 0 and masked[k - 1] in " \t\xa0":
        k -= 1
    if k > 0 and masked[k - 1] not in _SEGMENT_START:
        return None
    who.rule = "own_lead_in"
    return who


def _who(nm: NameMention) -> Who:
    return Who(nm.start, nm.end, nm.text, nm.entity, nm.kind, nm.role)


def _colon_paragraph(masked: str, s: Span, paras: list[tuple[int, int]],
                     sent_starts: list[int], names: list[NameMention],
                     resolver: Resolver) -> Who | None:
    """A quote opening the paragraph after one that ends with a colon: the subject of that
    lead-in sentence ('Donald Trump issued the following statement:') is the speaker."""
    if s.para < 1 or s.open_start != paras[s.para][0]:
        return None
    ps, pe = paras[s.para - 1]
    e = pe
    while e > ps and masked[e - 1] in " \t\xa0\r\n":
        e -= 1
    if e <= ps or masked[e - 1] != ":" or MASK in masked[max(ps, e - 3):e]:
        return None
    k = bisect.bisect_right(sent_starts, e - 1) - 1
    lo = max(ps, sent_starts[k] if k >= 0 else ps)
    who = _sentence_subject(masked, lo, e, names, resolver)
    if who is not None and who.entity >= 0:
        return who
    # 'When Wallace died, President Clinton released the following statement:' - a person
    # opening a clause, else the first person named ('In response, nominee Donald Trump').
    k = bisect.bisect_left(names, lo, key=START)
    first = None
    while k < len(names) and names[k].start < e:
        nm = names[k]
        k += 1
        if nm.kind == PERSON and not nm.possessive and resolver.reliable(nm.entity):
            if is_subject_position(masked, lo, nm) and nm.start > lo:
                return _who(nm)
            first = first or nm
    return _who(first) if first is not None else None




_LEAD_IN_THE = re.compile(r"(?:[Tt]he[ \xa0]+)$")
_LEAD_IN_VERB = re.compile(r"[ \xa0]+(?:[a-z]+ly[ \xa0]+)?(?:[a-z]{2,}(?:s|ed)|is|are|were|had)\b")


def colon_lead_in(masked: str, lo: int, s: Span, names: list[NameMention],
                  resolver: Resolver) -> Who | None:
    """Rule colon_lead_in: a quote right after a colon that ends a lead-in sentence with no
    cue is the words of the organisation that sentence is about: the first one named at a
    clause opening ("the" allowed) and followed by its verb. People are found by the subject
    rules already; this rule is for bodies and outlets. Examples:
      'In an attempt to make its point, the Daily News focuses on the shooting: "..."'
          -> Daily News
      'As if addressing the magnate, the Illinois Board of Elections was conclusive in its
       findings: "Further discussion is unnecessary."' -> Illinois Board of Elections
      'The plan has one flaw: "It costs too much."' -> None (no organisation named)
      'Critics of the Daily News say: "..."' -> None (after "of": not the subject)
    Or a he/she opening the lead-in's main clause ('But back home, he returned to his
    familiar lines: "..."'), resolved by rule pronoun."""
    e = s.open_start
    while e > lo and masked[e - 1] in " \t\xa0":
        e -= 1
    if e <= lo or masked[e - 1] != ":":
        return None
    k = bisect.bisect_left(names, lo, key=START)
    while k < len(names) and names[k].start < e - 1:
        nm = names[k]
        k += 1
        if nm.kind != ORGANISATION or nm.possessive or not resolver.reliable(nm.entity):
            continue
        a = nm.start
        t = _LEAD_IN_THE.search(masked, max(lo, a - 4), a)
        if t is not None:
            a = t.start()
        before = masked[max(lo, a - 3):a].rstrip(" \xa0")
        if (a > lo + 3 and not before.endswith(",")) or \
                _LEAD_IN_VERB.match(masked, nm.end) is None:
            return None  # only the subject of the lead-in, at its opening, names it
        who = _who(nm)
        who.rule = "colon_lead_in"
        return who
    # 'But back on American soil, he returned to his familiar lines: "..."'
    m = _LEAD_IN_PRONOUN.search(masked, lo, e - 1)
    if m is not None and _LEAD_IN_VERB.match(masked, m.end(1)) is not None:
        g = "m" if m.group(1) == "he" else "f"
        ent = resolver.person(m.start(1), g)
        return Who(m.start(1), m.end(1), m.group(1), ent, PERSON if ent >= 0 else None,
                   rule="pronoun")
    return None


_TOPIC_ON = re.compile(r"(?:[ \xa0]+on|(,)[ \xa0]+(?:speaking[ \xa0]+(?:in|at|to|on|from|during|"
                       r"after|before|outside|with|about)|asked[ \xa0]+(?:about|whether|if|why|"
                       r"how|what|when)))[ \xa0]+[^.!?:;\n]{1,60}:[ \xa0]*$")
_TOPIC_OPENING = 40  # characters of role words a person's name may open after


def topic_lead_in(masked: str, lo: int, s: Span, names: list[NameMention]) -> Who | None:
    """Rule topic_lead_in: a sentence that is only a person's name, "on" and a topic, then a
    colon, introduces that person's words, as sports and column round-ups write. Examples:
      'Canucks head coach Rick Tocchet on his team's effort: "We were soft."'
          -> Rick Tocchet
      'Carney on the tariffs: "We will respond."' -> Carney
      'The latest poll on the race: "..."' -> None (no person)
      'Ford said on Monday: "..."' -> None (a verb: the cue rules read it)
    Rule participle_lead_in, the same with "speaking" and where or to whom, or "asked" and
    about what, after a comma, as live blogs and round-ups write:
      'Vice President Kamala Harris, speaking in Atlanta: "We are not going back."'
          -> Kamala Harris
      'House Speaker Mike Johnson, asked about the deadline: "We will meet it."'
          -> Mike Johnson"""
    e = s.open_start
    m = _TOPIC_ON.search(masked, max(lo, e - 70), e)
    if m is None:
        return None
    k = bisect.bisect_left(names, m.start(), key=START) - 1
    if k < 0 or names[k].end != m.start() or names[k].start < lo or \
            names[k].start - lo > _TOPIC_OPENING:
        return None
    nm = names[k]
    if nm.kind != PERSON or nm.possessive or MASK in masked[lo:nm.start] or \
            any(w.endswith(("ed", "s")) and w.islower() and w not in PERSON_ROLE_NOUNS
                for w in masked[lo:nm.start].split()):
        return None
    who = _who(nm)
    who.rule = "participle_lead_in" if m.group(1) else "topic_lead_in"
    return who


_ANSWER = re.compile(r"A[:.][ \xa0]*")
_QUESTION = re.compile(r"[ \t\xa0]*Q[:.][ \xa0]")


def qa_answer(masked: str, s: Span, paras: list[tuple[int, int]], resolver: Resolver
              ) -> Who | None:
    """Rule qa_answer: in a question-and-answer interview, a quote opening an answer ("A:")
    right after a question ("Q:") is the words of the person interviewed: the person the
    article is about at that point (as a pronoun would be resolved). Examples:
      'We spoke to Finance Minister Jim Chalmers.\nQ: Why now?\nA: "Because ..."'
          -> Jim Chalmers
      'A: "..."' with no question before -> None"""
    if s.para < 1:
        return None
    ps = paras[s.para][0]
    m = _ANSWER.match(masked, ps)
    if m is None or m.end() != s.open_start or \
            _QUESTION.match(masked, paras[s.para - 1][0]) is None:
        return None
    ent = resolver.person(paras[s.para - 1][0], None)  # (named before the question)
    if ent < 0:
        return None
    return Who(ps, ps + 1, masked[ps], ent, PERSON, rule="qa_answer")


_LEAD_IN_PRONOUN = re.compile(r",[ \xa0]+(he|she)\b")


def _outer_report(text: str, masked: str, s: Span, hi: int, reports: list[Cue],
                  report_pos: list[int], resolver: Resolver) -> Cue | None:
    """A news outlet reporting the whole sentence at its end ('..., the Chicago Tribune
    reports.', 'Trump said he was "happy to see" it, according to The New York Times.'): the
    source the article cites for the quote; not one closing a sentence of its own after the
    quote's full stop (rule according_to_own_clause). `reports`: the article's cues of
    "reports", "reported" and "according to" (picked by attribute), `report_pos` their
    starts."""
    nxt = masked.find(MASK, s.close_end, hi)  # a cue past the next quote reports that one
    if nxt >= 0:
        hi = nxt
    j = bisect.bisect_left(report_pos, s.close_end)
    while j < len(reports) and reports[j].start < hi:
        c = reports[j]
        j += 1
        if c.who.entity >= 0 and outlet(c.who, resolver) and \
                SENTENCE_END.match(masked, c.end if not c.inverted else c.who.end):
            if _new_sentence(text, masked, s, c):
                return None
            return c
    return None


def outlet(who: Who, resolver: Resolver) -> bool:
    """Feature outlet: the source of "reports" closing a sentence is a news outlet when it is
    an organisation, or a name of two words or more that is no one's: no title, no known
    gender ("USA Today", "the Washington Examiner" read like a name). Examples:
      '"...," said Kristen Day, an activist, reports USA Today.' -> USA Today reports it
      '"...," Richards said, the Chicago Tribune reported.' -> the Chicago Tribune
      '"...," Day said, Senator John Smith reported.' -> not an outlet (titled, a man)"""
    if who.kind == ORGANISATION:
        return True
    e = resolver.table.entities[who.entity]
    return e.gender is None and not e.titled and len(e.name) >= 2


# Rule demonstrative_that: "that" pointing back at the quote, with at most a short phrase of
# time or place and the sentence's end after it, opens no reported clause: '"Pay attention to
# what they do." Bill Graham told me that in 1986.' -> Bill Graham; '"We will not back down."
# Ford said that on Tuesday.' -> Ford; but 'Ford said that in 2015 Ottawa erred.' -> a clause.
_DEMONSTRATIVE = (r"(?![ \xa0]*[.;!?]|[ \xa0]+(?:in|on|at|to|about|during|after|before|last|"
                  r"again|once|back|often|twice|then|yesterday|recently|earlier|later|publicly|"
                  r"privately|repeatedly)(?:[ \xa0]+(?:[a-z]+|\d{1,4}|[A-Z][a-z]+)){0,3}"
                  r"[ \xa0]*[.;!?])")


# A verb with its own reported clause, or a colon leading into the next quote ("Mr. Zahed
# said: ...").
_COMPLEMENT = re.compile(rf"[ \xa0]+(?:that{_DEMONSTRATIVE}|he|she|it|they|we|I|you|there|his|her|"
                         r"their)\b|"
                         r"[ \xa0]*:|"
                         # 'Nowak said doctors were "..."': a subject and its verb
                         r"[ \xa0]+(?:the[ \xa0]+)?[a-z]+[ \xa0]+(?:was|were|is|are|had|has|"
                         r"have|would|will|could|should)\b|"
                         # 'Fawcett told CKLQ that he ...': the one told, then the clause
                         r"[ \xa0]+(?:reporters|me|us|him|her|them|[A-Z][\w.'’-]*(?:[ \xa0]+"
                         r"[A-Z][\w.'’-]*){0,2})[ \xa0]+(?:that" + _DEMONSTRATIVE +
                         r"|he|she|it|they|we|I)\b")


def _new_sentence(text: str, masked: str, s: Span, c: Cue) -> bool:
    """'"... in his campaign." Kasich said he would have fired him': a quote that ends its
    sentence with a full stop is not attributed by a verb with its own reported clause; nor
    by a verb of response (rule response_after_quote). The clause may follow the one told:
    '... "at the end of its useful life." Mayor Jeff Fawcett told CKLQ that he supports a
    new build.' -> not Fawcett's."""
    return s.closed and text[s.end - 1:s.end] == "." and (
        not c.inverted and (_COMPLEMENT.match(masked, c.end) is not None
                            or c.verb in _RESPONSE_VERBS)
        or c.verb == "according to" and _OWN_CLAUSE.search(masked, s.close_end, c.start))


# The rest of a cue's sentence up to a quotation, no sentence's end between (bounded).
_OWN_QUOTE = re.compile(rf"[^.!?\n{MASK}]{{0,150}}{MASK}")


def cue_with_own_quote(text: str, masked: str, s: Span, c: Cue, before: Cue | None) -> bool:
    """Rule cue_with_own_quote: a cue written subject first whose own sentence goes on to a
    quotation ("Scott Aitchison called the agency "..."") is that quotation's; a quote that
    ended its sentence before it, after a cue of another source in its paragraph (`before`),
    is not its. Examples:
      '"For too long, ...," Robertson said. "That era is over." Conservative housing critic
       Scott Aitchison called the agency "another layer of bureaucracy."' -> "That era is
       over." is Robertson's (rule split), not Aitchison's
      '"One," Tripp said. "Two." South Carolina, he said, was "where ..."' -> False (the
          same source: the cue after may be the quote's too)
      '"We will win." Ford said it in Vaughan.' -> False (no quotation after the cue)"""
    return before is not None and (before.who.entity < 0 or before.who.entity != c.who.entity) \
        and not c.inverted and s.closed and text[s.end - 1:s.end] == "." and \
        _OWN_QUOTE.match(masked, c.end) is not None


# Rule according_to_own_clause: "according to" closing a sentence of its own after a quote
# that ended with a full stop cites that sentence's figures, not the quote: 'Whiteside says
# the crisis is "far from over." More than 2,000 people died last year, according to the BC
# Coroners Service.' -> Whiteside.
_OWN_CLAUSE = re.compile(r"[A-Za-z]{2,}[ \xa0]+[a-z]")


# Rule response_after_quote: after a quote that ends its own sentence, a new sentence whose
# subject agrees, disagrees or replies is a response to those words, not their source.
# Examples:
#   'Rick Tocchet said the team was flat. "We were soft." Defenceman Quinn Hughes, who had
#    two assists, agreed.' -> Rick Tocchet, not Hughes
#   '"I'm leaving." Fraser replied that he would stay.' -> not Fraser
#   '"You ruined it, huh?" he responded.' -> he (after "?" or "!" the cue may go on the
#    sentence)
#   '"We were soft," Hughes agreed.' -> Hughes (the comma ties the quote to its cue)
_RESPONSE_VERBS = frozenset("""agreed agrees disagreed disagrees concurred concurs replied
    replies responded responds countered counters retorted""".split())


def _tail_cue(masked: str, s: Span, hi: int, cues: list[Cue], cue_pos: list[int]) -> Cue | None:
    c = _tail_cue_near(masked, s, hi, cues, cue_pos)
    if c is not None:
        # '"...," Sanders said, according to CNN': the outer source is the one cited.
        k = bisect.bisect_right(cue_pos, c.start)
        if k < len(cues) and cues[k].verb == "according to" and cues[k].start < hi and \
                MASK not in masked[c.end:cues[k].start] and (
                    cues[k].start - c.end < 40 or SENTENCE_END.match(masked, cues[k].who.end)):
            if cues[k].who.entity < 0 <= c.who.entity and unnamed_person(cues[k].who.text):
                return Cue(c.start, c.end, c.verb, replace(c.who, rule="anonymous_relay"),
                           c.inverted)
            return cues[k]  # '..." Salceda said in a bill ..., according to the Philippine Star.'
    return c


def _relayed_cue(c: Cue, cues: list[Cue], k: int, end: int) -> Cue | None:
    """Rule anonymous_relay before the quote: an unnamed source relaying the words of a named
    person ("Two people familiar with the matter said Attorney General William Barr had told
    Trump ...", "Trump, according to a person present, told aides ...") leaves the quote with
    that person, as it does after the quote; a named outer source is still the one cited.
    Examples:
      'Two people familiar with the matter said William Barr had told Trump the department
       had found "no evidence of widespread fraud."' -> William Barr
      'Trump, according to a person present, told aides soldiers were "suckers."' -> Trump
      'According to ProPublica, Clinton praised her as "brilliant."' -> ProPublica (named)
      'Aides said the president told them it was "a mess."' -> Aides (no one named inside)"""
    if c.who.entity >= 0 or not unnamed_person(c.who.text):
        return None
    for i in range(k, end):
        inner = cues[i]
        if inner.verb in _OUTER and inner.verb != "according to" and inner.who.entity >= 0 \
                and inner.who.kind == PERSON:
            return Cue(inner.start, inner.end, inner.verb,
                       replace(inner.who, rule="anonymous_relay"), inner.inverted)
    return None


def unnamed_person(text: str) -> bool:
    """Rule anonymous_relay: '"...," Jeffries said, according to a person in the room' - an
    unnamed person relaying a named speaker's words leaves the quote with the speaker; a
    named source or a document is the one cited, as above. Examples:
      'a person in the room' -> True ('Jeffries said, according to ...' -> Jeffries)
      'two Republican aides' -> True
      'a transcript' -> False ('Meadows said ..., according to a transcript' -> the
          transcript, as the annotation has it)
      'The New York Times' -> False (a name: the outlet cited)"""
    for w in text.lower().split()[:4]:
        if w in ("person", "people", "source", "sources") or w in PERSON_ROLE_NOUNS or \
                w[:-1] in PERSON_ROLE_NOUNS:
            return True
    return False


def _tail_cue_near(masked: str, s: Span, hi: int, cues: list[Cue],
                   cue_pos: list[int]) -> Cue | None:
    j = bisect.bisect_left(cue_pos, s.close_end)
    while j < len(cues) and cues[j].start < hi:
        c = cues[j]
        j += 1
        first = c.start if c.inverted else min(c.who.start, c.start)
        if first - s.close_end >= 100 and not _BLANK_GAP.fullmatch(masked, s.close_end, first):
            break  # too far to be this quote's cue (read without copying the text between)
        gap = masked[s.close_end:first]
        # Only punctuation, or a short description before the name ("super PAC spokeswoman").
        if gap.rstrip(" \xa0").endswith(",") and MASK not in gap and len(gap) < 100 and (
                c.who.entity >= 0 or not c.inverted):
            return c  # '"This will be a challenge" for Clinton, said Kunin.'
        # '"... right now," as Cruz said on Monday': "as" only links the quote to its cue.
        linked = gap.strip(" \t\xa0,—–-:(")
        if linked in ("", "as") or (
                len(gap) < 60 and _DESCRIPTION.match(gap) and c.who.entity >= 0):
            return c
        if linked == "as the" and c.who.kind == ORGANISATION:
            # rule as_the_body: so does "as the" before a body's name ('"a war on
            # landlords," as the Ontario Landlords Association calls it')
            return Cue(c.start, c.end, c.verb, replace(c.who, rule=c.who.rule or "as_the_body"),
                       c.inverted)
        if len(gap) < 60 and c.who.entity >= 0 and role_of_description(gap):
            # '"...," former chief of staff Mark Meadows said.' (rule role_of_description)
            return Cue(c.start, c.end, c.verb,
                       replace(c.who, rule=c.who.rule or "role_of_description"), c.inverted)
        if len(gap) < 60 and c.who.entity >= 0 and c.who.kind == PERSON and \
                (rest := joint_title(gap)) != gap and (not rest or _DESCRIPTION.match(rest)):
            return Cue(c.start, c.end, c.verb, replace(c.who, rule=c.who.rule or "joint_title"),
                       c.inverted)
        if len(gap) < 60 and c.who.entity >= 0 and not c.inverted and \
                DOCUMENT_BEFORE_AUTHOR.fullmatch(gap):  # '"...," a statement from X read.'
            return Cue(c.start, c.end, c.verb,
                       replace(c.who, rule=c.who.rule or "document_author"), c.inverted)
        if len(gap) < 80 and c.who.entity >= 0 and c.who.kind == PERSON and \
                organisation_role(gap):  # (a copy: the cue may be another quote's too)
            return Cue(c.start, c.end, c.verb,
                       replace(c.who, rule=c.who.rule or "organisation_role"), c.inverted)
        if len(gap) < 80 and not c.inverted and spokesperson_for(gap) == len(gap):
            # the description from its article to the one spoken for: 'a spokesperson for
            # Health Minister Mark Holland' (rule spokesperson_for)
            a = s.close_end + len(gap) - len(gap.lstrip(" \t\n\xa0,—–-"))
            who = Who(a, c.who.end, masked[a:c.who.end], kind=PERSON, rule="spokesperson_for")
            return Cue(c.start, c.end, c.verb, who, c.inverted)
        break
    return None


# A role noun and its complement with "of": "chief of staff", "secretary of the Army".
_ROLE_OF = re.compile(r"([a-z][\w-]*)[ \xa0]+of[ \xa0]+(?:the[ \xa0]+)?(?=[A-Za-z])")


def role_of_description(gap: str) -> bool:
    """Rule role_of_description: between a quote and the name of its speaker, a role whose
    noun takes a complement with "of" describes the speaker as a plain description does
    (the description may not hold "of" otherwise: '"...," because of Smith'). Examples:
      '"...," former chief of staff Mark Meadows said.' -> Mark Meadows
      '"...," Trump's former secretary of state Rex Tillerson said.' -> Rex Tillerson
      '"...," director of national intelligence Avril Haines told senators.' -> Avril Haines
      '"...," because of Smith said.' -> False ("because" is no role noun)"""
    m = _ROLE_OF.search(gap)
    return m is not None and m.group(1) in PERSON_ROLE_NOUNS and \
        _DESCRIPTION.match(gap[:m.end(1)] + " " + gap[m.end():]) is not None


_JOINT_TITLE = re.compile(r"[\s,—–-]*([a-z][\w-]*)[ \xa0]+and[ \xa0]+")


def joint_title(gap: str) -> str:
    """Rule joint_title: two roles joined by "and" between a quote and its speaker's name
    ("president and CEO", "founder and chief executive") are one person's title, as one role
    is; returns the gap from the second role on (the gap itself when it is no such title).
    Examples:
      '"Our people delivered," president and CEO Rich Kruger said.' -> Rich Kruger
      '"...," founder and chief executive Tobi Lutke said.' -> Tobi Lutke
      '"...," voters and Smith said.' -> (the gap itself: "voters" is a role of many)"""
    m = _JOINT_TITLE.match(gap)
    return gap[m.end():] if m is not None and m.group(1) in PERSON_ROLE_NOUNS else gap


# An organisation's name in title case (its small words and a figure allowed: "Fight for
# $15", "Center for American Progress") and a role in lower case ending on a role noun.
_ORG_ROLE = re.compile(r"[\s,—–-]*[A-Z][\w.'’&-]*(?:[ \xa0]+(?:(?:of|for|on|and|the|in|to)"
                       r"[ \xa0]+)*(?:[A-Z][\w.'’&-]*|\$?\d[\d,.]*))*"
                       r"((?:[ \xa0]+[a-z][\w-]*){1,3})[ \xa0]+")


def organisation_role(gap: str) -> bool:
    """Rule organisation_role: between a quote and the name of its speaker, the speaker's
    organisation, written with its small words ("for", "of", "on"), and a role noun describe
    the speaker, as a plain description does ("super PAC spokeswoman"). Examples:
      '"...," Fight for $15 organizing director Kendall Fells told Fox News.' -> Kendall Fells
      '"...," Center for American Progress president Neera Tanden said.' -> Neera Tanden
      '"...," Council on Foreign Relations president Richard Haass wrote.' -> Richard Haass
      '"...," for Clinton and for the party, Smith said.' -> (the comma decides, not this)
      '"...," Friends of the Earth members and Smith said.' -> False ("and" is no role)"""
    m = _ORG_ROLE.fullmatch(gap)
    return m is not None and m.group(1).split()[-1] in PERSON_ROLE_NOUNS


_NEXT_QUOTE = re.compile(rf"(?:[ \xa0]+[a-z]+){{0,2}}[ \xa0]*[,:][ \xa0]*{MASK}")


def cue_of_next_quote(masked: str, c: Cue) -> bool:
    """Rule cue_of_next_quote: a cue written subject first ("Mills then writes back", "Trump
    said") and followed by a comma or a colon and another quotation introduces that one;
    the quotation before it, which has a cue of its own earlier in its sentence, is not its.
    Examples:
      'Clinton responds to Mills with, "Why now?" Mills then writes back, "You look cute."'
          -> "Why now?" is Clinton's
      'After Scalia said they might do better at "less advanced schools," Trump said: "I
       don't like what he said."' -> "less advanced schools" is Scalia's
      '"Yes," he said, "we will."' -> (no cue before "Yes": not this rule; he said both)"""
    return not c.inverted and c.who.end <= c.start and _NEXT_QUOTE.match(masked, c.end) is not None


_BLANK_GAP = re.compile(r"[ \t\xa0,—–:(-]*(?:as)?[ \t\xa0,—–:(-]*")


def _head_cue(masked: str, lo: int, s: Span, cues: list[Cue],
              cue_pos: list[int]) -> Cue | None:
    """The cue before a quote in its sentence. With several, reported speech nests ("Israel
    said Clinton called on members to be ...", "According to ProPublica, Clinton praised her
    ..."): the outer reporting verb names the source."""
    j = bisect.bisect_left(cue_pos, lo)
    end = bisect.bisect_left(cue_pos, s.open_start)
    if end <= j:
        return None
    # ... unless another quotation stands between: 'Cruz said he'd make sand "glow in the
    # dark," and Trump vowed to "bomb the hell" out of them' - so only cues after the last
    # quotation before this one can be outer (found by looking back to it, not from lo).
    last = masked.rfind(MASK, lo, s.open_start)
    skipped = False
    earlier = None  # the cue of the quote before, in this sentence (rule cue_of_earlier_quote)
    for k in range(max(j, bisect.bisect_left(cue_pos, last + 1)), end):
        c = cues[k]
        if c.verb in _OUTER and c.end > last and earlier is None and last >= lo and \
                cue_of_earlier_quote(masked, last + 1, c):
            earlier = c
            continue
        if c.verb in _PARTICIPLES and earlier is not None and \
                _PARTICIPLE_AFTER.fullmatch(masked, earlier.end, c.start):
            # '"...," Lewandowski added, saying it should be "up to the prosecutor"': the
            # participle goes on with the earlier quote's speaker
            return Cue(c.start, c.end, c.verb, replace(earlier.who, rule="participle_report"),
                       c.inverted)
        if c.verb in _OUTER and c.end > last:
            if k + 1 < end and subordinate_cue(masked, lo, c, cues[k + 1]):
                skipped = True
                continue
            if c.verb == "according to" and wire_report(c):
                # rule wire_report: 'According to the Canadian Press, the premier said he
                # would "not back down."' -> the premier (the agency only reports it)
                inner = next((cues[i] for i in range(k + 1, end)
                              if cues[i].verb in _OUTER and cues[i].verb != "according to"), None)
                if inner is not None:
                    return Cue(inner.start, inner.end, inner.verb,
                               replace(inner.who, rule=inner.who.rule or "wire_report"),
                               inner.inverted)
            if (relay := _relayed_cue(c, cues, k + 1, end)) is not None:
                return relay
            if c.verb in _PARTICIPLES and k + 1 < end:
                # rule participle_report: 'Conway defended him, saying he had offered
                # "alternative facts."' -> Conway, not "he" in what she reported
                c = Cue(c.start, c.end, c.verb,
                        replace(c.who, rule=c.who.rule or "participle_report"), c.inverted)
            return _by_subordinate_cue(c) if skipped else c
    k = end - 1
    first = max(j, bisect.bisect_left(cue_pos, last + 1))
    while k > first and relative_cue(masked, cues[k], s.open_start):
        k -= 1
    c = cues[k]
    if k < end - 1:  # a copy: the cue itself may be another quote's too
        c = Cue(c.start, c.end, c.verb, replace(c.who, rule=c.who.rule or "relative_cue"),
                c.inverted)
    return _by_subordinate_cue(c) if skipped else c


# Between a cue and a participle that goes on with its subject: '... added, saying'.
_PARTICIPLE_AFTER = re.compile(r"[^\x01.;]{0,60},[ \xa0]*")


def cue_of_earlier_quote(masked: str, close_end: int, c: Cue) -> bool:
    """Rule cue_of_earlier_quote: a cue right after an earlier quote of the sentence (ending
    at `close_end`) is that quote's, never the outer reporting verb of a later one, whose own
    cue is the nearer. Examples:
      '"We will not be intimidated," Alvin Bragg said in a statement after Trump warned of
       "death & destruction."' -> "said" is the first quote's: the second is Trump's
      'Comey cannot say that "from his perspective," Lewandowski added, saying it should
       be "up to the prosecutor."' -> True: "saying" goes on with Lewandowski
      'Cruz said he'd make sand "glow," and Trump vowed to "bomb" them' -> False (the cue
       comes before the first quote)"""
    first = c.start if c.inverted else min(c.who.start, c.start)
    gap = masked[close_end:first]
    return MASK not in gap and (gap.strip(" \t\xa0,—–-:(") == "" or len(gap) < 60 and
                                _DESCRIPTION.match(gap) is not None and c.who.entity >= 0)


_RELATIVE_OPEN = re.compile(r",[ \xa0]+(?:(?:of|in|for|to|by)[ \xa0]+)?(?:which|whom)[ \xa0]+"
                            r"(?:[\w.'’-]+[ \xa0]+){0,4}$")


def wire_report(c: Cue) -> bool:
    """Is the source of an "according to" cue a news agency (rule wire_report)? Examples:
      'According to the Canadian Press, the premier said ...' -> True
      'According to GMA News, Salceda said ...' -> False (an outlet that is no agency: the
          annotation takes the outlet as the source there)"""
    t = c.who.text
    if t[:4] in ("the ", "The "):
        t = t[4:]
    return t in WIRE_SERVICES


def relative_cue(masked: str, c: Cue, pos: int) -> bool:
    """Rule relative_cue: a cue inside a relative clause ("..., which the Tax Foundation
    estimates would cost $170 billion, ...") qualifies a noun of the sentence; when an
    earlier cue stands in the sentence, that one is the quote's. Examples:
      'Rubio was asked by moderator Gerard Baker whether the credits, which the Tax
       Foundation estimates would cost $170 billion, would risk "adding another
       entitlement."' -> Gerard Baker (not the Tax Foundation)
      'Ford said the tunnel, which Metrolinx estimates will cost $8 billion, is "a done
       deal."' -> Ford
      'The Tax Foundation estimates the credits would risk "adding another entitlement."'
          -> the Tax Foundation (no relative clause)
      'Sanders, both of which Mrs. Clinton praised on Tuesday "for challenging us."'
          -> Mrs. Clinton (the clause holds the quote: no comma closes it before)
    `pos` is where the quote opens: the relative clause must close (a comma) before it."""
    if c.inverted or masked.find(",", c.end, min(pos, c.end + 300)) < 0:
        return False  # (a relative clause closes within a few words: bounded work)
    a = min(c.start, c.who.start)
    return _RELATIVE_OPEN.search(masked, max(0, a - 60), a) is not None


def _by_subordinate_cue(c: Cue) -> Cue:
    """The main clause's cue, its source marked as chosen by rule subordinate_cue (a copy:
    the cue itself may be another quote's too)."""
    return Cue(c.start, c.end, c.verb, replace(c.who, rule=c.who.rule or "subordinate_cue"),
               c.inverted)


def subordinate_cue(masked: str, lo: int, c: Cue, nxt: Cue) -> bool:
    """Rule subordinate_cue: a cue inside the subordinate clause that opens the sentence
    ("While not everything Trump says is true, ...") is not the outer reporting verb when the
    main clause after the comma has its own cue: that one names the source. Examples:
      'While not everything Trump says is true, Jamieson said Trump is "telling ..."'
          -> Jamieson (not Trump)
      'As Trump said in 2015, the wall "will be beautiful"' -> Trump (no other cue)
      'Israel said Clinton called on members to be "..."' -> Israel (no subordinate clause)"""
    if _SUBORDINATE.match(masked, lo) is None:
        return False
    comma = masked.find(",", c.end, nxt.start)
    return comma >= 0 and min(nxt.start, nxt.who.start) > comma


# ("according to" is one cue: the split of the words alone would never match it)
_PARTICIPLES = frozenset(("saying", "adding"))
_OUTER = frozenset("said says told tells wrote writes added adds".split()) | _PARTICIPLES | {
    "according to"}


_PRONOUN_AT = re.compile(r"\s*(?:But |And |So )?(He|She)\b")


_APPOSITIVE_OPEN = re.compile(r"[ \xa0]*,[ \xa0]*")


def appositive_quote(masked: str, who: Who, s: Span) -> bool:
    """Rule appositive_quote: a quotation opening an apposition right after the subject
    ("The Ontario Science Centre, "temporarily closed" since June 2024, may not reopen")
    describes the subject before its verb comes; the subject has said nothing yet, and no
    one else is named. Examples:
      'The Ontario Science Centre, "temporarily closed" since 2024, may close' -> True
      'Trump, in "a very big speech," said' -> False (words come before the quote)
      'Rubio bemoaned the "Obama doctrine."' -> False"""
    return _APPOSITIVE_OPEN.fullmatch(masked, who.end, s.open_start) is not None


def _sentence_subject(masked: str, lo: int, pos: int, names: list[NameMention],
                      resolver: Resolver) -> Who | None:
    """The subject of the sentence a partial quote sits in ('Rubio bemoaned ... "...").'"""
    m = _PRONOUN_AT.match(masked, lo)
    if m and m.end() <= pos:
        g = "m" if m.group(1) == "He" else "f"
        ent = resolver.person(m.start(1), g)
        return Who(m.start(1), m.end(1), m.group(1), ent, PERSON if ent >= 0 else None)
    k = bisect.bisect_left(names, lo, key=START)
    while k < len(names) and names[k].start < pos:
        nm = names[k]
        k += 1
        if nm.possessive or not resolver.reliable(nm.entity):
            continue
        if _SUBORDINATE.fullmatch(masked, lo, nm.start):
            # 'While Mr. Ryan laid out a vision for "...", Ben Carson ...': the subordinate
            # clause's subject, unless the main clause has begun before the quote.
            return _main_clause(masked, nm.end, pos, names, k, resolver) or _who(nm)
        if not is_subject_position(masked, lo, nm):
            if in_opening_phrase(masked, lo, nm, names, k):
                continue
            break
        if k < len(names) and names[k].start < pos and names[k].kind == PERSON and \
                role_between(masked, nm.end, names[k].start):
            nm = names[k]  # "Former Obama spokesman Robert Gibbs": the first name describes
        return _coordinate(masked, nm, pos, names, k, resolver) or _who(nm)
    return None


_COORDINATE = re.compile(r"(?:[,;][ \xa0]+(?:(?:while|whereas|but|and)[ \xa0]+)?|"
                         rf"{MASK}[ \xa0]+(?:while|whereas|but|and)[ \xa0]+)$")


def _coordinate(masked: str, nm: NameMention, pos: int, names: list[NameMention], k: int,
                resolver: Resolver) -> Who | None:
    """A second clause with its own subject before the quote: 'Christie calls him "Mr.
    Trump," while Trump refers to the governor as "Chris."' - the later subject."""
    found = None
    while k < len(names) and names[k].start < pos:
        n = names[k]
        k += 1
        if not n.possessive and resolver.reliable(n.entity) and \
                _COORDINATE.search(masked, max(nm.end, n.start - 12), n.start):
            found = n
    return _who(found) if found is not None else None


_SUBORDINATE = re.compile(r"[ \t\xa0]*(?:(?:But|And)[ \xa0]+)?(?:While|When|Although|Though|"
                          r"After|Before|Because|Since|Once|As|while|when|although|though|"
                          r"after|before|because|since|once|as)[ \xa0]+")
_MAIN_PRONOUN = re.compile(r",[ \xa0]+(he|she)\b")


def _main_clause(masked: str, a: int, pos: int, names: list[NameMention], k: int,
                 resolver: Resolver) -> Who | None:
    """The subject opening the main clause after a subordinate one: ', Clinton seized'."""
    m = _MAIN_PRONOUN.search(masked, a, pos)
    while k < len(names) and names[k].start < pos:
        nm = names[k]
        k += 1
        if m is not None and m.start() < nm.start:
            break
        if masked[nm.start - 2:nm.start] in (", ", ",\xa0") and not nm.possessive and \
                resolver.reliable(nm.entity):
            return _who(nm)
    if m is not None:
        g = "m" if m.group(1) == "he" else "f"
        ent = resolver.person(m.start(1), g)
        return Who(m.start(1), m.end(1), m.group(1), ent, PERSON if ent >= 0 else None)
    return None


def _inherit(text: str, masked: str, out: list[Decision], paras: list[tuple[int, int]],
             cues: list[Cue], sent_starts: list[int], names: list[NameMention],
             resolver: Resolver) -> None:
    # Multi-paragraph quotes: every paragraph gets the speaker named in any of them.
    chains: dict[int, Decision] = {}
    for d in out:
        if d.span.chain >= 0 and d.who is not None and d.how in ("tail", "head"):
            chains.setdefault(d.span.chain, d)
    last: Decision | None = None
    for d in out:
        s = d.span
        if d.how == "charge":
            continue  # rule passive_charge: the charge is no one's words, not even the last
        if d.who is None and s.chain >= 0 and s.chain in chains:
            src = chains[s.chain]
            d.who, d.cue, d.how = src.who, src.cue, "chain"
        if d.who is None and last is not None and last.span.para == s.para and \
                group_subject(text, masked, last.span, s):
            continue  # 'Ford calls it "a game changer." Critics call it "a boondoggle."'
        if d.who is None and (who := that_was(text, masked, s, names)) is not None:
            d.who, d.how = who, "tail"  # '"...." That was Stephen Ellis, speaking Monday.'
        elif d.who is None and last is not None and last.span.para == s.para and \
                (who := interposed_subject(masked, last, s, paras, sent_starts, names, cues,
                                           resolver)) is not None:
            d.who, d.how = who, "previous"  # '"...," Brenda says. Rachel laughs. "..."'
        elif d.who is None and last is not None and last.span.para == s.para and \
                s.open_start - last.span.close_end < 400:
            d.who, d.cue, d.how = last.who, last.cue, "split"  # '"One," he said. "Two."'
        elif d.who is None and _opens_sentence(masked, s, paras) and \
                (c := _last_cue(cues, paras[s.para][0], s.open_start, any_source=True)):
            d.who, d.cue, d.how = c.who, c.verb, "previous"  # 'Bystrom agreed. "..."'
        elif d.who is None and s.open_start == paras[s.para][0] and s.para > 0:
            # A paragraph that opens with a quote and names no one continues the speaker of
            # the paragraphs before: the last quote's speaker or the last source of a cue.
            lo = paras[max(0, s.para - 2)][0]
            recent = _last_cue(cues, lo, s.open_start)
            prev = last if last is not None and last.span.para >= s.para - 2 else None
            if (who := statement_issuer(masked, s, paras, sent_starts, names, cues,
                                        resolver)) is not None or \
                    (who := introduced_speaker(masked, s, paras, sent_starts, names, cues,
                                               resolver, last)) is not None:
                d.who, d.how = who, "previous"
            elif recent is not None and (prev is None or recent.start > prev.span.close_end):
                d.who, d.how = recent.who, "previous"
            elif prev is not None:
                d.who, d.how = prev.who, "previous"
        elif d.who is None and (who := continued_report(text, masked, s, paras, sent_starts,
                                                         names, cues, resolver)) is not None:
            d.who, d.how = who, "previous"
        if d.who is not None:
            last = d


# The words opening a new sentence right after a quote: 'changer." Critics call it', '. But
# critics say'.
_NEXT_OPENING = re.compile(r"[.!?]?[ \t\xa0]+(?:(?:But|And|Yet|Still|Meanwhile|Now),?[ \xa0]+"
                           r"([a-z]+)|([A-Z][a-z]+))\b")


def group_subject(text: str, masked: str, last: Span, s: Span) -> bool:
    """Rule group_subject: a quote after a new sentence opened by a group ("Critics",
    "Opponents", "Economists") right after the last quote is not the last speaker's, though
    no cue of the list names the group. Examples:
      'Ford calls the plan "a game changer." Critics call it "a boondoggle."' -> True
      'Ford calls it "a game changer." But critics call it "a boondoggle."' -> True
      '"One," he said. "Two."' -> False (rule split)
      '"We did everything right," Chiefs quarterback Patrick Mahomes said. "We ..."' -> False
          (the last quote ends no sentence: its cue follows)"""
    m = _NEXT_OPENING.match(masked, last.close_end, s.open_start)
    return m is not None and is_role_plural(m.group(1) or m.group(2)) and \
        masked.find(MASK, m.end(), s.open_start) < 0 and \
        (masked[last.close_end:last.close_end + 1] in ".!?" or text[last.end - 1:last.end] in ".!?")


# After a quote ending its sentence: "That was" (or "That's", "So said") and a name, with at
# most a few words of description before it.
_THAT_WAS = re.compile(r"[ \xa0]+(?:That[ \xa0]+was|That['’]s|That[ \xa0]+is|So[ \xa0]+said)"
                       r"((?:[ \xa0]+(?!(?:what|how|why|when|the[ \xa0]+(?:same|kind|point|"
                       r"idea|message|line|word|case|problem)\b))[\w.'’-]+){1,7}?)[ \xa0]*[,.;]")


def that_was(text: str, masked: str, s: Span, names: list[NameMention]) -> Who | None:
    """Rule that_was: a quote that ends its sentence with no cue, then "That was" (or "That's",
    "So said") and a person, perhaps described, names its speaker, as columns and features
    do. Examples:
      '"There is no such thing as a free lunch." That was Conservative health critic Stephen
       Ellis, speaking to reporters Monday.' -> Stephen Ellis
      '"We will not back down." So said Doug Ford.' -> Doug Ford
      '"We will win." That was the message from the campaign.' -> None (no person)
      '"It is over." That was what everyone thought.' -> None"""
    if not s.closed or text[s.end - 1:s.end] not in ".!?" and \
            masked[s.close_end:s.close_end + 1] != ".":
        return None
    e = s.close_end + (masked[s.close_end:s.close_end + 1] == ".")
    m = _THAT_WAS.match(masked, e)
    if m is None:
        return None
    k = bisect.bisect_left(names, m.start(1), key=START)
    while k < len(names) and names[k].end < m.end(1):
        k += 1  # the name closes the description: "Conservative health critic Stephen Ellis"
    if k >= len(names) or names[k].end != m.end(1) or names[k].kind != PERSON or \
            names[k].possessive:
        return None
    who = _who(names[k])
    who.rule = "that_was"
    return who


_SENTENCE_OPENER = re.compile(r"[ \t\xa0\n]*(?:(?:But|And|So|Yet|Then|Now)[ \xa0]+)?")


def interposed_subject(masked: str, last: Decision, s: Span, paras: list[tuple[int, int]],
                       sent_starts: list[int], names: list[NameMention], cues: list[Cue],
                       resolver: Resolver) -> Who | None:
    """Rule interposed_subject: a quote with no cue opening its sentence, right after a
    sentence with no quotation whose subject is another person, named (not the last
    speaker), and no cue but that person's, is that person's: a scene turns to whoever acts
    before the words. Examples:
      '"I cried the whole way home," Brenda says. Rachel Noseworthy laughs. "She cried the
       whole way there, too."' -> Rachel Noseworthy (not Brenda)
      '"Too early," Vik Sharma says. Nita Patel walks in. Sharma closes the laptop. "We
       won."' -> Sharma
      '"One," Ford said. Ford paused. "Two."' -> None (the last speaker: rule split)
      '"One," Ford said. The plan costs $8 billion. "Two."' -> None (no person acts)
      '"...," said Freddy Ortega. But the oversized Trump face has not hurt interest. "..."'
          -> None (the name must open the sentence: Trump only describes the face)"""
    if not _opens_sentence(masked, s, paras):
        return None
    e = s.open_start
    while e > 0 and masked[e - 1] in " \t\xa0":
        e -= 1
    k = bisect.bisect_left(sent_starts, e) - 1  # the sentence ending right before the quote
    if k < 0 or (lo := sent_starts[k]) < last.span.close_end or MASK in masked[lo:e]:
        return None
    who = _sentence_subject(masked, lo, s.open_start, names, resolver)
    if who is None or who.kind != PERSON or who.entity < 0 or who.text in ("He", "She") or \
            last.who is None or who.entity == last.who.entity or \
            _SENTENCE_OPENER.fullmatch(masked, lo, who.start) is None:
        return None  # (the name opens the sentence: not 'the oversized Trump face', 'it threw
        # Santilli for a loop')
    j = bisect.bisect_left(cues, lo, key=START)
    while j < len(cues) and cues[j].start < e:
        if cues[j].who.entity != who.entity:
            return None  # someone else's words reported between
        j += 1
    who.rule = "interposed_subject"
    return who


def continued_report(text: str, masked: str, s: Span, paras: list[tuple[int, int]],
                     sent_starts: list[int], names: list[NameMention],
                     cues: list[Cue], resolver: Resolver) -> Who | None:
    """Rule continued_report: a quotation inside a sentence that names no one before it, and
    has no cue of its own, continues the person whose words the paragraph was reporting (the
    source of its last cue, at most 400 characters before). Examples:
      'Jahangir said she was angered by the media. Doing so "appeared to be an attempt at
       poisoning the election."' -> Jahangir
      'Smith told the committee the rules were unclear. The changes were "rushed and
       confusing."' -> Smith
      'Smith told the committee the rules were unclear. Jones called them "rushed."' -> None
       (a name before the quote in its sentence: the subject rules decide)
      'Smith said the talks failed. There was no "apology."' -> None (fewer than 3 words)"""
    if len(text[s.start:s.end].split(None, 2)) < 3:
        return None  # "apology", "Lyin' Ted": a scare quote or a nickname is nobody's words
    ps = paras[s.para][0] if s.para >= 0 else 0
    c = _last_cue(cues, max(ps, s.open_start - 400), s.open_start)
    if c is None or c.who.kind != PERSON:
        return None
    k = bisect.bisect_right(sent_starts, s.open_start) - 1
    lo = max(ps, sent_starts[k] if k >= 0 else ps, c.end)
    j = bisect.bisect_left(names, lo, key=START)
    while j < len(names) and names[j].start < s.open_start:
        if resolver.reliable(names[j].entity):
            return None  # ("Doing so" opening the sentence is no one)
        j += 1
    who = Who(c.who.start, c.who.end, c.who.text, c.who.entity, c.who.kind, c.who.role)
    who.rule = "continued_report"
    return who


def introduced_speaker(masked: str, s: Span, paras: list[tuple[int, int]],
                       sent_starts: list[int], names: list[NameMention], cues: list[Cue],
                       resolver: Resolver, last: Decision | None) -> Who | None:
    """Rule introduced_speaker: a paragraph that opens with a quote and names no one, right
    after a paragraph with no quotation and no cue whose sentence has a person as its
    subject, is that person's: news introduces a new voice, then quotes it. Examples:
      '"We will win," said Doug Ford.\n\nBut Jill Andrew, the NDP critic, has doubts.\n\n
       "It is a mess."' -> Jill Andrew (not Doug Ford, the last speaker)
      '"We will win," said Doug Ford.\n\nMary Chen, a nurse, has worked nights for 20
       years.\n\n"We are exhausted."' -> Mary Chen
      '... Mary Chen, 42, lives near the plant. She has worked nights for 20 years.\n\n"We are
       exhausted."' -> Mary Chen (the pronoun, after her full name in that paragraph)
      '"We will win," said Doug Ford.\n\nThe plan would cost $8 billion.\n\n"We stand
       behind it."' -> None (no person opens the paragraph between: the last speaker goes on)"""
    if s.para < 1:
        return None
    qs, qe = paras[s.para]
    k = bisect.bisect_left(names, qs, key=START)
    if k < len(names) and names[k].start < qe:
        return None  # the quote's own paragraph names someone: the cue rules decide
    if (last_sentence := _plain_paragraph_before(masked, s, paras, sent_starts, cues)) is None:
        return None
    lo, pe = last_sentence
    ps = paras[s.para - 1][0]
    who = _sentence_subject(masked, lo, pe, names, resolver)
    if who is None or who.entity < 0 or who.kind != PERSON:
        return None
    if " " not in who.text.strip() and not (who.text in ("He", "She") and any(
            len(m.name) >= 2 for m in resolver.table.entities[who.entity].mentions
            if ps <= m.start < pe)):
        return None  # introduced in full: a full name, or "She" after it in the paragraph
    if last is not None and last.who is not None and last.who.entity == who.entity:
        return None
    who.rule = "introduced_speaker"
    return who


def _plain_paragraph_before(masked: str, s: Span, paras: list[tuple[int, int]],
                            sent_starts: list[int], cues: list[Cue]) -> tuple[int, int] | None:
    """Where the last sentence of the paragraph before the quote's starts and ends, if that
    paragraph has no quotation and no cue (it introduces the voice quoted next)."""
    ps, pe = paras[s.para - 1]
    if MASK in masked[ps:pe]:
        return None
    j = bisect.bisect_left(cues, ps, key=START)
    if j < len(cues) and cues[j].start < pe:
        return None
    k = bisect.bisect_right(sent_starts, pe - 1) - 1
    lo = max(ps, sent_starts[k] if k >= 0 else ps)
    return lo, pe


_ISSUED_STATEMENT = re.compile(r"\b(?:issued|released|put[ \xa0]+out|posted|sent)[ \xa0]+"
                               r"(?:a|an|the|its)[ \xa0]+(?:[\w-]+[ \xa0]+){0,2}?"
                               r"(?:statement|release)\b")


def statement_issuer(masked: str, s: Span, paras: list[tuple[int, int]],
                     sent_starts: list[int], names: list[NameMention], cues: list[Cue],
                     resolver: Resolver) -> Who | None:
    """Rule statement_issuer: a paragraph that opens with a quote and has no cue, right after
    a paragraph with no quotation and no cue whose last sentence says an organisation issued
    a statement, is that statement: the organisation's words. Examples:
      'At Brazile's direction, the DNC issued a statement apologizing to Sanders.\n\n"On
       behalf of everyone at the DNC, we want to offer a deep and sincere apology."' -> DNC
      'Health Canada released a statement on Monday.\n\n"We are reviewing the report."'
          -> Health Canada
      'The DNC met on Monday.\n\n"We want to apologize."' -> None (no statement announced)
      'Doug Ford issued a statement.\n\n"..."' -> None (a person: rule introduced_speaker)"""
    if s.para < 1 or \
            (last_sentence := _plain_paragraph_before(masked, s, paras, sent_starts, cues)) is None:
        return None
    lo, pe = last_sentence
    m = _ISSUED_STATEMENT.search(masked, lo, pe)
    if m is None:
        return None
    k = bisect.bisect_left(names, m.start(), key=START) - 1
    if k < 0 or names[k].start < lo:
        return None
    nm = names[k]
    if nm.kind != ORGANISATION or nm.possessive or \
            _ISSUER_GAP.fullmatch(masked, nm.end, m.start()) is None:
        return None
    who = _who(nm)
    who.rule = "statement_issuer"
    return who


# Between the organisation and its verb: nothing, or when it did so ("on Monday", "later").
_ISSUER_GAP = re.compile(r"[ \xa0]+(?:(?:on[ \xa0]+[A-Z]\w+|later|also|then|quickly)[ \xa0]+)?")


def _last_cue(cues: list[Cue], lo: int, hi: int, any_source: bool = False) -> Cue | None:
    j = bisect.bisect_left(cues, hi, key=START) - 1
    while j >= 0 and cues[j].start >= lo:
        if cues[j].who.entity >= 0 or any_source:
            return cues[j]
        j -= 1
    return None


def _opens_sentence(masked: str, s: Span, paras: list[tuple[int, int]]) -> bool:
    e = s.open_start
    ps = paras[s.para][0]
    while e > ps and masked[e - 1] in " \t\xa0":
        e -= 1
    return e == ps or masked[e - 1] in ".:!?"


_ADJACENT = re.compile(r"[ \xa0]*(?:(?:it|him|her|them|that|as|was|is|were|are|be|:|,)[ \xa0]*)?")
_OPENING_CHARS = frozenset(" \t\xa0—–-(" + MASK)


def _only_before(text: str, lo: int, pos: int, chars: frozenset[str]) -> bool:
    """Is text[lo:pos] made only of `chars`? Looks back at most 300 characters: a longer run
    of spaces and quotations is taken as nothing said before the quote."""
    stop = max(lo, pos - 300)
    while pos > stop:
        if text[pos - 1] not in chars:
            return False
        pos -= 1
    return True
