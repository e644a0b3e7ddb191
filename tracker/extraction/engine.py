"""extract(): find quotations and attribute each to its speaker.

The pipeline, each step linear in the article's length:
1. marks.find_spans: quotation spans, paragraph by paragraph (multi-paragraph quotes chained);
   step titles (title_rule) then takes out the titles of works, pieces cited, plans and
   nicknames, from the text alone, before anything is attributed;
2. the quoted words are masked (MASK), so that names and cues are read in the reporter's text
   only, and the titles too (TITLE): a noun of the sentence, not a quote that bounds a clause;
3. names.find_names + EntityTable: people and organisations, short forms resolved;
4. attribution.find_cues: every speech verb with its source, pronouns and role nouns resolved
   left to right (Resolver);
5. speakers.attribute: each span gets a speaker from the cue after it, before it, a lead-in,
   a signature, its sentence's subject, or the speaker carried over from before;
6. spans nobody says (short scare quotes, a title after a title noun that no cue claims:
   'the "ArriveCAN" app') are dropped here.
"""

from __future__ import annotations

import bisect
import datetime
import functools
import itertools
import re

from tracker.gc_pause import collector_paused

from .attribution import Cue, Resolver, find_cues, named_group, resolve
from .boilerplate import boilerplate_paragraphs, caption_parts, subhead_spans
from .confidence import Model, shipped, shipped_pronouns
from .cues import TITLE
from .lexicon import TITLE_WORDS
from .marks import Span, find_spans
from .names import EntityTable, NameMention, find_names, is_given_name
from .speakers import MASK, WINDOW, Decision, attribute
from .subjects import is_subject_position, is_subordinate_subject, role_between
from .text import count_words, is_word_char, paragraphs, sentence_ends
from .types import (
    ORGANISATION,
    PERSON,
    START,
    Entity,
    Extraction,
    Mention,
    Quote,
    new_entity,
    new_mention,
    new_quote,
)

_TITLE_NOUN_WORDS = """book books film movie show song album titled entitled headlined
headline series program programme column essay op-ed play musical documentary episode novel
memoir poem hashtag slogan magazine newspaper podcast video ad advertisement banner sign signs
shirt shirts hat hats poster track single chapter section segment sketch cover app apps bill
legislation game website blog newsletter report study act law""".split()
_TITLE_NOUNS = re.compile(rf"\b(?:{'|'.join(_TITLE_NOUN_WORDS)})\W{{0,3}}$", re.I)
# The last word _TITLE_NOUNS can end on, in lower case ("op-ed" ends on "ed").
_TITLE_NOUN_LAST = frozenset(w.rsplit("-", 1)[-1] for w in _TITLE_NOUN_WORDS)


def _title_noun_before(before: str) -> bool:
    """Does `before` end in a title noun ('the book "', 'her op-ed, "')? What
    _TITLE_NOUNS.search(before) says, asked only when the last word could be one (it runs
    twice for every quote): a match ends on a word in _TITLE_NOUN_LAST (any case), then at
    most three other characters and a final line break."""
    k = len(before)
    while k > 0 and not is_word_char(before[k - 1]):
        k -= 1
    if k == 0 or len(before) - k > 4:
        return False
    p = k - 1
    while p > 0 and is_word_char(before[p - 1]):
        p -= 1
    word = before[p:k]
    if word.isascii() and word.lower() not in _TITLE_NOUN_LAST:
        return False
    return _TITLE_NOUNS.search(before) is not None
def work_title(masked: str, m: NameMention) -> bool:
    """Rule work_title: a capitalised name right after a title noun is the title of a book,
    film, app, bill or show, never a person (so never a pronoun's referent). Examples:
      'Schlafly's final book, The Conservative Case for Trump, was released' -> True
      'her memoir The Light We Carry' -> True; 'the app Signal Messenger' -> True
      'In the book, Byrne writes' -> False (one word, no "The": a surname)
      'The author of the book, Mitchell Zuckoff, said' -> False (after a comma, only "The"
      opens a title)
      'the film star Tom Hanks' -> False (a known first name); 'the show Bill Maher hosts' ->
      False ("show", "report", "column": nouns of places and people too)"""
    k = m.start
    if k == 0 or masked[k - 1] not in " \xa0" or m.gender or m.titled:
        return False  # "Mike Pence", "Sen. Tim Kaine": people, whatever stands before
    seg = masked[max(0, k - 30):k].rstrip(" \xa0")
    the = seg[-4:].lower() in (" the", "\xa0the")
    if the:
        seg = seg[:-4].rstrip(" \xa0")
    if seg.endswith(","):
        if not the:
            return False  # after a comma only "The" opens a title
        seg = seg[:-1]
    if not seg or seg[-1] not in _WORK_LAST:
        return False
    # One word is a surname ("In the book Byrne writes") unless "The" opens the title.
    return seg.rsplit(None, 1)[-1] in _WORK_NOUNS and (len(m.name) >= 2 or the)


_WORK_NOUNS = frozenset(("book novel memoir film movie documentary album song app podcast "
                               "musical titled entitled").split())
_WORK_LAST = frozenset(w[-1] for w in _WORK_NOUNS)


def _work_noun_ends(masked: str) -> list[int]:
    """Where each work noun ends (sorted), found by plain string search: faster than one
    regular expression tried at every position of the article."""
    ends = []
    for noun in _WORK_NOUNS:
        i = masked.find(noun)
        while i >= 0:
            e = i + len(noun)
            if (i == 0 or not masked[i - 1].isalnum()) and not masked[e:e + 1].isalnum():
                ends.append(e)
            i = masked.find(noun, e)
    ends.sort()
    return ends


def _near_before(ends: list[int], pos: int, span: int) -> bool:
    """Does one of the sorted positions `ends` lie in [pos - span, pos)?"""
    k = bisect.bisect_left(ends, pos - span)
    return k < len(ends) and ends[k] < pos


# A title-case quotation right after these is the title of a show or work: 'starred in',
# 'told ABC's', 'Fox News' "Hannity"' (a name's plural possessive), 'listeners of "The Joe
# Rogan Experience"'.
_SHOW_BEFORE = re.compile(
    r"(?:\b(?:on|[Ii]n|starred in|appearance on|interview with|host of|anchor of|show|book|film|"
    r"movie|series|titled|entitled|edits|hosts|and|(?:co-)?author of|authored|creator of|"
    r"editor of|director of|producer of|listeners of|viewers of|readers of)|"
    r"[A-Z][A-Za-z]*(?:['’]s|s['’]))\s*$")
# ... or a channel's, network's, paper's ('Fox News channel's "Sunday Morning Futures"'),
# tried only when the text before the quote has a possessive (_SHOW_BEFORE runs for every
# title-case quote).
_MEDIA_OWNER = re.compile(r"(?:channel|network|station|broadcaster|newspaper|magazine|paper|"
                          r"show|podcast)['’]s\s*$")


_PERFORMED = re.compile(r"\b(?:sing|sings|sang|sung|singing|perform|performs|performed|"
                        r"performing|hum|hummed|humming|recite|recited|reciting)[ \xa0]*$")


# Rule made_title: see made_title().
_MADE = re.compile(r"\b(?:wrote|co-wrote|penned|composed|recorded|directed|co-directed)[ \xa0]*$")


def made_title(before: str) -> bool:
    """Rule made_title: a title-case quotation right after a verb of making a song, book or
    piece (no comma or colon between) is the title of what was made, not words said (asked
    only for title-case quotes; "published" and "released" are left out: a paper quotes the
    words a body published). Examples:
      'Dolly Parton, who wrote "I Will Always Love You" in 1973' -> True
      'the lyricist who penned "Blowin' in the Wind"' -> True
      'she recorded "Jolene" in one take' -> True
      'Sarah Polley, who wrote and directed "Women Talking," told the CBC' -> True
      'Trump wrote, "Make America Great Again!"' -> False (a comma: the words written)
      'he wrote: "We Will Win"' -> False"""
    return before.rstrip()[-1:] in "ed" and _MADE.search(before) is not None


def performed_title(before: str) -> bool:
    """Rule performed_title: a title-case quotation right after a verb of performing is the
    title of a song, poem or piece, not words said (asked only for title-case quotes).
    Examples:
      'fans gathered in Kingston to sing "Bobcaygeon" and "Ahead by a Century"' -> True
      'the choir performed "O Canada" in both languages' -> True
      'the crowd sang along: "We Are the Champions"' -> False (a colon: lines sung)"""
    return before.rstrip()[-1:] in "gsdmde" and _PERFORMED.search(before) is not None


_IN_OPENING = re.compile(r"(?:^|[.!?][\"”’']?[ \xa0]+|\n)In[ \xa0]+$")


def opening_title(before: str, inner: str) -> bool:
    """Rule opening_title: a title-case quotation after "In" opening a sentence and closed by
    its comma ("In "The Road to Serfdom," Hayek warned") is the title of the work the
    sentence goes on to quote, not words said (asked only for title-case quotes). Examples:
      'In "The Road to Serfdom," Friedrich Hayek warned that ...' -> True
      'In "A Promised Land," Obama wrote ...' -> True
      'He said in "a very real sense" it was over' -> False (not opening its sentence)"""
    return inner[-1:] == "," and before[-3:].lstrip()[:2] == "In" and \
        _IN_OPENING.search(before) is not None


# The last letters the words of _SHOW_BEFORE end on (before the final spaces).
_SHOW_LAST = frozenset("nhfwkmesd'’")


def _show_before(before: str) -> bool:
    """_SHOW_BEFORE.search(before), asked only when the last character before the final
    spaces can end one of its words (a pattern opening with an alternation is tried at
    every position)."""
    return before.rstrip()[-1:] in _SHOW_LAST and _SHOW_BEFORE.search(before) is not None


# The last characters media_title's words end on (before a comma and the final spaces).
_MEDIA_LAST = frozenset("tyemrlkwsdf")
_MEDIA_TITLE = re.compile(r"\b(?:(?:podcast|documentary|episode|program|programme|memoir|"
                          r"autobiography|novel|album|sitcom|book|show|series|film|movie)"
                          r"[ \xa0]*,|podcast|documentary|episode|program|programme|memoir|"
                          r"autobiography|novel|album|sitcom|told|hosts of)[ \xa0]*$")


def media_title(before: str) -> bool:
    """Rule media_title: a title-case quotation right after the noun of a broadcast or a
    book, a comma between them or not, or right after "told" names the programme or the
    work, not words anyone said (the title-case test is the caller's). Examples:
      'Weiner said in May on the podcast ' -> True ("Here's the Thing")
      'she wrote in her memoir, ' -> True ("Tough Choices")
      'The Huffington Post spoke with Teachout on its politics podcast, ' -> True
      'Fiorina told ' -> True ("Fox and Friends"); 'Mr. Trump told the MSNBC hosts of ' -> True
      'In the book, he told reporters, ' -> False; 'Trump said ' -> False"""
    b = before.rstrip(" \xa0")
    last = b[:-1].rstrip(" \xa0")[-1:] if b[-1:] == "," else b[-1:]
    return last in _MEDIA_LAST and _MEDIA_TITLE.search(before) is not None


# Rule dated_citation: see dated_citation().
_DATED = re.compile(r"[ \xa0]*\((?:[^()\n,]{0,40}[ \xa0])?(?:1[89]|20)\d\d\)")


def dated_citation(text: str, close_end: int) -> bool:
    """Rule dated_citation: a quotation followed at once by a year in brackets is a poster,
    slogan or work being dated; speech is dated in words ("in 2015", "on Tuesday"). A comma
    in the brackets makes a citation of a source ("(Smith, 2012)"): not this rule. Examples:
      '"No special rights for foreigners!" (2015).' -> True
      '"We Swiss are ..." (St. Gallen general election poster 2003)' -> True
      '"Jaws" (1975) made him famous' -> True
      '"It was a mistake," he said (2015)' -> False (not right after the mark)
      '"Rates will rise" (Smith, 2012)' -> False"""
    return text.find("(", close_end, close_end + 3) >= 0 and \
        _DATED.match(text, close_end) is not None


# Rule dated_piece: see dated_piece().
_PIECE_DATE = re.compile(
    r"[ \xa0]*(\([ \xa0]*(?:[A-Z][\w.-]*(?:[ \xa0]+[A-Z][\w.-]*){0,2},[ \xa0]*)?)?"
    r"(?:Jan|Feb|March|April|May|June|July|Aug|Sept?|Oct|Nov|Dec)[a-z]*\.?[ \xa0]+\d{1,2}"
    r"(?:,[ \xa0]+(?:1[89]|20)\d\d)?\)")


def dated_piece(text: str, s: Span) -> bool:
    """Rule dated_piece: a quotation with the day it was published in brackets, right
    after it or closing the brackets it opens, is the headline of a piece cited (as
    letters and columns answering each other cite them), not anyone's words. Examples:
      'Kelly Cryderman's column ("Alberta has heard this before," Jan. 28) misses' -> True
      'Your editorial "Ottawa must act" (Feb. 3) is wrong.' -> True
      'Your editorial "Ottawa must act" (Opinion, Feb. 3) is wrong.' -> True
      '"We will act," she said (Feb. 3).' -> False (not right after the mark)
      'He said ("We will act") on Jan. 28)' -> False"""
    m = _PIECE_DATE.match(text, s.close_end)
    return m is not None and (m.group(1) is not None or text[s.open_start - 1:s.open_start] == "(")


# Rule letter_reference: see letter_reference().
_NICK_BEFORE = re.compile(r"(?:(?<![\w'’.-])([A-Z][\w'’.-]*)[ \xa0])?(?<![\w'’.-])([A-Z][\w'’-]*)"
                          r"[ \xa0]$")
_NICK_INNER = re.compile(r"[A-Z][\w'’.-]*(?:[ \xa0][A-Z][\w'’.-]*){0,2}")
_NICK_AFTER = re.compile(r"[ \xa0][A-Z][\w'’-]*[a-z]")


def nickname(text: str, s: Span) -> bool:
    """Rule nickname: a capitalised word or three quoted between a given name (a known one,
    or any after a title) and a family name is what the person is called, not a quotation.
    Examples:
      'Rep. Jesús "Chuy" García, D-Ill., said' -> True ("Chuy")
      'Sen. Mitch "Cocaine Mitch" McConnell' -> True
      'George "Jay" Keyworth' -> True
      'Biden told Fox "No" Sunday' -> False ("Fox": no given name)
      'John said "Never again." Then' -> False (a full stop closes the quote)"""
    # (cheap tests first: most quotes end on a punctuation mark inside the marks)
    return s.closed and text[s.end - 1:s.end].isalpha() and s.close_end - s.open_start <= 30 \
        and _NICK_INNER.fullmatch(text, s.start, s.end) is not None and \
        _NICK_AFTER.match(text, s.close_end) is not None and \
        (m := _NICK_BEFORE.search(text, max(0, s.open_start - 20), s.open_start)) is not None \
        and (is_given_name(m.group(2)) or m.group(1) is not None and
             m.group(1).rstrip(".") in TITLE_WORDS)


_LETTER_REF = re.compile(r"R[Ee][ \xa0]*:[ \xa0]*$")
# The heading of a letters page with the headline of a letter: "Letters to the editor, Oct. 9:"
_LETTERS_HEAD = re.compile(r"(?:Letters?|LETTERS?)(?:[ \xa0]+(?:to|TO)[ \xa0]+(?:the|THE)[ \xa0]+"
                           r"(?:editor|Editor|EDITOR))?(?:,[^:\n]{1,20})?[ \xa0]*:[ \xa0]*$")


def letter_reference(text: str, open_start: int) -> bool:
    """Rule letter_reference: a quotation right after "Re:" opening a paragraph is the
    headline of the article a letter to the editor answers, not anyone's words. Examples:
      'Re: "Ottawa's housing plan falls short" (Editorial, March 4). I could not agree
       more.' -> True
      'RE: "Council votes to close library"' -> True
      'Mayor Jane Re: "We will rebuild."' -> False (not at a paragraph's start)
    And the headline of a letter after the heading of a letters page:
      'Letters to the editor, Oct. 9: "Canada should not be anyone's 51st state"' -> True
      'Letter: "Bike lanes are here to stay"' -> True"""
    # Both end on a colon and spaces (or a line break: their $): a plain test first, as this
    # is asked of every quote and the patterns are tried at each position of their windows.
    seg = text[max(0, open_start - 45):open_start]
    if not (seg[:-1] if seg[-1:] == "\n" else seg).rstrip(" \xa0").endswith(":"):
        return False
    for pat, back in ((_LETTER_REF, 8), (_LETTERS_HEAD, 45)):
        m = pat.search(text, max(0, open_start - back), open_start)
        if m is not None and (m.start() == 0 or text[m.start() - 1] == "\n"):
            return True
    return False


# Rule byline_title: see byline_title().
_BYLINE = re.compile(r"[ \xa0]+by[ \xa0]+[A-Z][\w.'’-]*(?:[ \xa0]+[A-Z][\w.'’-]*){0,5}[ \xa0]*"
                     r"(?:[,:;.]|http|$)", re.M)


def byline_title(text: str, s: Span) -> bool:
    """Rule byline_title: a quotation closing on a comma and followed by "by" and a name,
    then a comma, a colon or a stop, is the headline or title of a piece cited with its
    author ('"Sam Mendes leaves 'Chocolate Factory'," by Times' Michael Paulson: ...',
    'One of his recent reads, "This Kind of War," by T.R. Fehrenbach, about the Korean
    War'). Examples:
      '"An NYPD sketch artist gets a gallery show," by Hyperallergic's Carey Dunne:' -> True
      '"The Trumps: Three Generations That Built an Empire," by Gwenda Blair, Donald' -> True
      'a string of "utterances, largely unprompted and undeserved," by Trump last week
       stood' -> False (the name goes on into the sentence: an agent)
      '"hit piece" by The New York Times.' -> False (no comma: a passive's agent)"""
    return text[s.end - 1:s.end] == "," and text.startswith("by", s.close_end + 1) and \
        _BYLINE.match(text, s.close_end) is not None


# Rule appositive_title: see appositive_title().
_APPOSITIVE_VERB = re.compile(r"[ \xa0]+(?:is|was|are|were|has|had|will|would|became|remains|"
                              r"sold|airs|aired|opens|opened|runs|ran|premiered|debuted)\b")


def appositive_title(text: str, s: Span, inner: str) -> bool:
    """Rule appositive_title: a title-case quotation set off by commas after a noun and
    followed at once by its sentence's verb is the name of the thing the noun is (a cover
    story, a book, a report, a bill), not words said: the sentence goes on about it (asked
    only for title-case quotes). Examples:
      'The Walrus's cover story this month, "The End of the Cottage," is about' -> True
      'Her second novel, "The Quiet Season," was shortlisted' -> True
      'The committee's report, "Broken Promises," will be tabled' -> True
      '"We Will Win," is what he said' -> False (no comma before the mark: the quote opens)
      'in a psychology class, "Perceptions 301," because' -> False (no verb follows)
      'She said, "Absolutely Not," and left' -> False"""
    return inner[-1:] == "," and text[max(0, s.open_start - 2):s.open_start].rstrip(" \xa0")[-1:] \
        == "," and _APPOSITIVE_VERB.match(text, s.close_end) is not None


# ... and the things a title-case name after it names: 'the "Star Power" award', 'a "Make
# America Great Again" hat', 'the "Three Amigos" summit' (not a slogan or a movement: 'a "Stop
# Trump" movement' quotes the words its people say).
# (either case of the first letter: a title-case headline writes '"Broad City" Star Asked';
# a show's people with "co-" too: '"Schitt's Creek" co-creator Dan Levy')
_SHOW_AFTER = re.compile(r"[ \xa0]+(?:(?:[Cc]o-)?(?:[Ss]tars?|[Hh]osts?|[Cc]reator|[Pp]roducer|"
                         r"[Ww]riter|[Aa]nchor)|[Aa]ctor|[Aa]ctress|[Ss]howrunner|[Cc]ast|"
                         r"[Ee]pisode|[Ff]ame|[Dd]irector|[Aa]wards?|[Pp]rize|[Hh]ats?|[Cc]aps?|[Ss]igns?|"
                         r"[Bb]anner|[Ss]ummit|[Rr]ally|[Tt]our|[Ii]nitiative)\b")
_SMALL_WORDS = frozenset(("a an the of and or in on to for at with by from is are be as "
                                "vs but it").split())
_WORD = re.compile(r"[A-Za-z][\w'’-]*")
# A main word in lower case where a word of _WORD surely starts (after no letter, digit,
# apostrophe or hyphen): any one makes a quote no title, and most quotes have one, which this
# finds faster than _title_case's loop reads the words before it.
_LOWER_MAIN = re.compile(rf"(?<![\w'’-])(?!(?ai:{'|'.join(sorted(_SMALL_WORDS))})(?![\w'’-]))[a-z]")


def _title_case(inner: str) -> bool:
    """'Good Morning America', 'The Art of the Deal': every main word capitalised."""
    inner = inner.rstrip(" ,.")  # American style puts the comma inside: "Guardians of ...,"
    if len(inner) > 120 or inner[-1:] in "!?":
        return False
    # A quote opening on a main word in lower case (a partial quote: a fifth of news quotes)
    # is answered by that word alone.
    if "a" <= inner[:1] <= "z" and _WORD.match(inner).group().lower() not in _SMALL_WORDS:
        return False
    if " " not in inner:
        if _WORD.fullmatch(inner) is not None:  # one word ("Yes"): a main one, capitalised
            return inner.lower() not in _SMALL_WORDS and inner[0].isupper()
    elif _LOWER_MAIN.search(inner) is not None:
        return False
    main = False
    for n, m in enumerate(_WORD.finditer(inner)):
        # stops at the first main word in lower case, as most quotes have one
        if n == 10:
            return False  # more than ten words
        w = m.group()
        if w.lower() not in _SMALL_WORDS:
            if not w[0].isupper():
                return False
            main = True
    return main


# Rule named_thing: a title-case quote ending in one of these names a law, plan or programme,
# not words anyone said: 'Bill C-11, the "Online Streaming Act"', 'the "Clean Air Strategy"'.
_NAMED_LAST = tuple("Act Bill Code Strategy Plan Program Programme Agreement Accord Treaty "
                    "Charter App Fund Protocol Convention Amendment PAC".split())
_NAMED_THING = re.compile(rf"\b(?:{'|'.join(_NAMED_LAST)})[ ,.]*$")


def _named_thing(inner: str) -> bool:
    """_NAMED_THING.search(inner), asked only when inner ends in one of its words (its $ may
    stand before a final line break)."""
    t = inner[:-1] if inner[-1:] == "\n" else inner
    return t.rstrip(" ,.").endswith(_NAMED_LAST) and _NAMED_THING.search(inner) is not None


# Rule named_plan: "the", capitalised words (two at least) and a lower-case noun of a plan
# or programme make the name a government or campaign gives its plan, not words anyone said:
# 'calls it "the Build Canada plan."', 'the "Made in Ontario strategy"'; a main word in lower
# case before the noun makes a description ('"the worst plan ever"').
_NAMED_PLAN = re.compile(r"(?:[Tt]he[ \xa0]+)?[A-Z][\w'’-]*(?:[ \xa0]+(?:[A-Z][\w'’-]*|in|of|"
                         r"for|the|and|to))*[ \xa0]+(?:plan|strategy|program|programme|"
                         r"initiative|agenda|act|fund|accord|framework)[ ,.]*")


def named_plan(inner: str) -> bool:
    """Rule named_plan (see _NAMED_PLAN). Examples:
      'the Build Canada plan.' -> True
      'Made in Ontario strategy' -> True
      'the worst plan ever' -> False
      'The plan is dead.' -> False
      'the Trump plan' -> False (one name: whose plan it is, as a speaker may say)"""
    return inner[:1].isalpha() and _NAMED_PLAN.fullmatch(inner) is not None and \
        sum(w[:1].isupper() and w.lower() != "the" for w in inner.split()) >= 2


_TITLE_AFTER = re.compile(r"[ \xa0]+(?:app|film|movie|book|show|bill|act|program|programme|"
                          r"podcast|series|album|song|documentary|website|hashtag|campaign)\b")
_INTRODUCED = re.compile(r",[ \xa0]+(?:a|an|the)[ \xa0]+[a-z]")
_NUMERIC = re.compile(r"^[\d\s.,:/#@-]+$")


def title_rule(text: str, s: Span, cased: set[int] | None = None) -> str | None:
    """Step titles: the named rule by which a quotation is the title or name of a work, a
    piece cited, a plan or a person's nickname, not anyone's words (None: by none). Asked of
    every span before attribution, from the text alone, so that a title is neither a quote
    nor a boundary of the clauses around it: 'Dolly Parton, who wrote "I Will Always Love
    You" in 1973, told Rolling Stone that the song "came from a real place."' is Parton's
    (the title no longer cuts 'who wrote' off 'told'). Examples (see each rule):
      '"No to Free Lawyers" (2016)' -> dated_citation
      '"This Kind of War," by T.R. Fehrenbach, about' -> byline_title
      'Re: "Ottawa's housing plan falls short"' -> letter_reference
      'Rep. Jesús "Chuy" García' -> nickname
      'Your editorial "Ottawa must act" (Feb. 3)' -> dated_piece
      'calls it "the Build Canada plan."' -> named_plan
      'starred in "Parks and Recreation"' -> show_before
      'she wrote in her memoir, "Tough Choices"' -> media_title
      'to sing "Bobcaygeon"' -> performed_title
      'who wrote "I Will Always Love You"' -> made_title
      'In "The Road to Serfdom," Hayek warned' -> opening_title
      '"Broad City" star' -> show_after
      'the "Online Streaming Act"' -> named_thing
      'Fox News channel's "Sunday Morning Futures"' -> media_owner
      'The Walrus's cover story, "The End of the Cottage," is about' -> appositive_title
    A span in title case that is no title is added to `cased` (by its open_start), so that
    its features need not read its words again (_quote)."""
    if dated_citation(text, s.close_end):
        return "dated_citation"
    if byline_title(text, s):
        return "byline_title"
    if letter_reference(text, s.open_start):
        return "letter_reference"
    if nickname(text, s):
        return "nickname"
    if dated_piece(text, s):
        return "dated_piece"
    inner = text[s.start:s.end]
    titled = _title_case(inner)
    if not titled:
        return "named_plan" if named_plan(inner) and count_words(inner) <= 8 else None
    if cased is not None:
        cased.add(s.open_start)
    before = text[max(0, s.open_start - 40):s.open_start]
    if _show_before(before):
        return "show_before"
    if media_title(before):
        return "media_title"
    if performed_title(before):
        return "performed_title"
    if made_title(before):
        return "made_title"
    if opening_title(before, inner):
        return "opening_title"
    if _SHOW_AFTER.match(text, s.close_end):
        return "show_after"
    if _named_thing(inner):
        return "named_thing"
    if "s" in before[-12:] and _MEDIA_OWNER.search(before):
        return "media_owner"
    if appositive_title(text, s, inner):
        return "appositive_title"
    return None


def split_titles(text: str, spans: list[Span]) -> tuple[list[Span], list[Span], set[int]]:
    """Step titles (title_rule): the spans that may be quotes, the titles, and where the
    quotes in title case open."""
    quotes: list[Span] = []
    titles: list[Span] = []
    cased: set[int] = set()
    for s in spans:
        (titles if title_rule(text, s, cased) is not None else quotes).append(s)
    return quotes, titles, cased


def _mask(text: str, spans: list[Span], titles: list[Span] = ()) -> str:
    """The text with each quote's words and marks masked (MASK) and each title's (TITLE)."""
    parts: list[str] = []
    pos = 0
    if titles:
        marked = sorted([(s, MASK) for s in spans] + [(s, TITLE) for s in titles],
                        key=lambda x: x[0].open_start)
    else:
        marked = [(s, MASK) for s in spans]
    for s, ch in marked:
        if s.open_start < pos:
            continue
        parts.append(text[pos:s.open_start])
        parts.append(ch * (s.close_end - s.open_start))
        pos = s.close_end
    parts.append(text[pos:])
    return "".join(parts)


# A dateline: a place in capitals, perhaps a state or a date after a comma and an agency in
# brackets, then a dash ("WASHINGTON (AP) — ", "NASHUA, N.H. - ", "TORONTO — ").
_DATELINE = re.compile(r"[A-Z][A-Z.'’-]+(?:[ \xa0][A-Z][A-Z.'’-]+)*(?:,[ \xa0][A-Z][\w.]*"
                       r"(?:[ \xa0][A-Z\d][\w.]*)*)?(?:[ \xa0]\([A-Za-z. ]{1,30}\))?[ \xa0]*"
                       r"(?:--?|[—–])[ \xa0]*(?=[A-Z\"“'‘\x01])")


def dateline_end(masked: str, ps: int) -> int:
    """Rule dateline: a paragraph opening with a dateline ("WASHINGTON (AP) — Donald Trump
    defended his plan, saying ...") starts its first sentence after the dash, so that the
    sentence's subject is found there (a participle's, a partial quote's). Returns where the
    sentence starts, or -1. Examples:
      'WASHINGTON (AP) — Donald Trump defended ...' -> after the dash
      'PHILADELPHIA, July 25 (UPI) — The Democratic National Committee ...' -> after the dash
      'NASHUA, N.H. - At the moment ...' -> after the dash
      'NATO - the alliance - said ...' -> -1 (a lower-case word after the dash)"""
    m = _DATELINE.match(masked, ps)
    return m.end() if m is not None else -1


def _sentence_starts(text: str, masked: str, paras: list[tuple[int, int]],
                     spans: list[Span]) -> list[int]:
    starts = [ps for ps, _ in paras]
    for ps, _ in paras:  # (a capital letter first: most paragraphs are spared the pattern)
        if "A" <= masked[ps] <= "Z" and masked[ps + 1:ps + 2].isupper() and \
                (d := dateline_end(masked, ps)) > 0:
            starts.append(d)
    # The sentence ends of every paragraph in one scan: a stop at the end of a paragraph
    # (before its line break) ends nothing there, and no stop stands outside a paragraph.
    starts += [e for e in sentence_ends(masked, 0, len(masked)) if masked[e] != "\n"]
    for s in spans:
        # '"It is over." Then he left.' - a quote ending its own sentence.
        if s.closed and text[s.end - 1:s.end] in ".!?":
            nxt = text[s.close_end:s.close_end + 2].lstrip()
            if nxt[:1].isupper() or nxt[:1] in "\"“'‘":
                starts.append(s.close_end)
    return sorted(set(starts))


def extract(text: str, date: datetime.date | None = None) -> Extraction:
    """Quotations in a news article, each with its speaker, and the people and organisations
    the article names. `date` is accepted for the caller's convenience; not used yet."""
    return extract_with_features(text, date)[0]


# An article's spans, names, cues, decisions and quotes (about ten objects a quote) live until
# extract() returns, and make no reference cycles: the collector would walk them again and
# again and free nothing (a quarter of the CPU time of 20,000 quotes in one article).
@collector_paused()
def extract_with_features(text: str, date: datetime.date | None = None,
                          model: Model | None = None, pronoun_model: Model | None = None,
                          trace: dict | None = None,
                          ) -> tuple[Extraction, list[tuple[str, ...]]]:
    """extract(), and for each quote the named features its confidence was computed from.
    `model` (confidence) and `pronoun_model` (the Resolver's candidate scorer) default to
    the shipped weights; `trace`, if given, receives the Resolver's candidates of every
    pronoun or role noun ("candidates": position -> [(entity, features)]) and the entity
    names ("names"), for fitting the pronoun model."""
    model = model or shipped()
    pronoun_model = pronoun_model or shipped_pronouns()
    paras = paragraphs(text)
    spans = find_spans(text, paras)
    if (subheads := subhead_spans(text, paras, spans)):
        spans = [s for i, s in enumerate(spans) if i not in subheads]
    # step titles: a work's title is masked apart, before names, cues and speakers are read
    spans, titles, cased = split_titles(text, spans)
    blank = boilerplate_paragraphs(text, paras)
    masked = _mask(text, spans, titles)
    if blank:  # 'Story continues below advertisement', 'READ MORE: ...': no quote, no name
        spans = [s for s in spans if s.para not in blank]
        parts, pos = [], 0
        for k in sorted(blank):
            ps, pe = paras[k]
            if (cap := caption_parts(text, ps, pe)) is not None:
                # rule photo_caption: the caption's words name people; label and credit go
                a, b = cap
                parts += [masked[pos:ps], " " * (a - ps), masked[a:b], " " * (pe - b)]
            else:
                parts += [masked[pos:ps], " " * (pe - ps)]
            pos = pe
        masked = "".join(parts) + masked[pos:]
    sent_starts = _sentence_starts(text, masked, paras, spans)
    names = find_names(masked, 0, len(masked))
    works = _work_noun_ends(masked)
    if works:  # (work_title asked only of names a work noun stands just before)
        names = [m for m in names if not (_near_before(works, m.start, 30) and
                                          work_title(masked, m))]
    table = EntityTable()
    table.build(names)
    extra = table.surname_mentions(masked, names)
    if extra:
        names = sorted(names + extra, key=START)
    closes = sorted(s.close_end for s in spans)

    def sent_lo(pos: int) -> int:
        lo = sent_starts[bisect.bisect_right(sent_starts, pos) - 1] if sent_starts else 0
        # bounded work per cue, however long the sentence
        return lo if lo > pos - WINDOW else pos - WINDOW

    def clause_start(pos: int) -> int:
        lo = sent_starts[bisect.bisect_right(sent_starts, pos) - 1] if sent_starts else 0
        if lo < pos - WINDOW:  # sent_lo(pos), inline: this runs for every cue verb
            lo = pos - WINDOW
        k = bisect.bisect_right(closes, pos) - 1
        if k >= 0 and closes[k] > lo:
            lo = closes[k]
        semi = masked.rfind(";", lo, pos)
        return semi + 1 if semi >= 0 else lo

    subject_starts = set()
    subordinate: dict[int, int] = {}  # sentence start -> a subordinate clause's subject
    for m in names:  # sent_lo inline (it runs for every name)
        p = m.start
        lo = sent_starts[bisect.bisect_right(sent_starts, p) - 1] if sent_starts else 0
        if is_subject_position(masked, lo if lo > p - WINDOW else p - WINDOW, m):
            subject_starts.add(p)
        elif p - lo < 16 and is_subordinate_subject(masked, lo, p):
            subordinate[lo] = p
    if subordinate:  # rule subordinate_subject: only where the main clause names no subject
        for p in subject_starts:
            subordinate.pop(sent_starts[bisect.bisect_right(sent_starts, p) - 1], None)
        subject_starts.update(subordinate.values())
    for m in names:
        # "like Gary Clyde Hufbauer, a senior fellow at ...,": a source introduced in full with
        # a description is about to be quoted, wherever the name stands.
        if masked[m.end:m.end + 1] == "," and len(m.name) >= 2 and m.kind == PERSON and \
                _INTRODUCED.match(masked, m.end):
            subject_starts.add(m.start)
    for a, b in itertools.pairwise(names):
        # "And Clinton campaign Chairman John Podesta offered": the subject is Podesta.
        if a.start in subject_starts and b.kind == PERSON and role_between(masked, a.end, b.start):
            subject_starts.discard(a.start)
            subject_starts.add(b.start)
    # The names by where they start and end, built once for the cues and the speakers.
    by_start, by_end = {m.start: m for m in names}, {m.end: m for m in names}
    cues = find_cues(masked, clause_start, sent_lo, names, table.reliable, by_start, by_end)
    resolver = Resolver(table, names, sent_starts, subject_starts, pronoun_model, masked)
    resolver.trace = trace is not None
    resolve(cues, resolver, masked)
    decisions = attribute(text, masked, spans, cues, sent_starts, paras, names, resolver,
                          by_start, by_end)
    if trace is not None:
        trace["candidates"] = resolver.log
        trace["names"] = [e.display for e in table.entities]
    persons = sum(1 for e in table.entities if e.kind == PERSON and len(e.name) >= 2)
    kept: list[Quote] = []
    features: list[tuple[str, ...]] = []
    probs: dict[tuple[str, ...], float] = {}  # the model's probability of each feature set
    for d in decisions:  # (a plain loop: no generator to resume for every quote)
        w = d.who
        cands = resolver.count_candidates(w.start, "m" if w.text in ("he", "He") else "f") \
            if w is not None and w.entity >= 0 and w.text.lower() in ("he", "she") else 0
        if (x := _quote(text, d, table, persons, model, probs, cased, cands)) is not None:
            kept.append(x[0])
            features.append(x[1])
    quotes = tuple(kept)
    return Extraction(quotes=quotes, entities=_entities(table, cues, quotes)), features


def _quote(text: str, d: Decision, table: EntityTable, persons: int, model: Model,
           probs: dict[tuple[str, ...], float], cased: set[int], cands: int = 0,
           ) -> tuple[Quote, tuple[str, ...]] | None:
    """The quote a decision makes (None: no quote); `probs` caches model.prob by features
    (few distinct sets: the same ones come again and again)."""
    s = d.span
    inner = text[s.start:s.end]
    words = count_words(inner)
    if words == 0 or not inner[0].isalpha() and _NUMERIC.match(inner):
        return None
    # (titles of works were taken out before attribution: title_rule)
    who = d.who
    before = text[max(0, s.open_start - 40):s.open_start]
    if d.how in ("", "subject") and (_title_noun_before(before) or (
            words <= 3 and _TITLE_AFTER.match(text, s.close_end))):
        return None  # the title of a book, film, show or app: 'the "ArriveCAN" app'
    titled = s.open_start in cased  # (_title_case, read by title_rule)
    if who is None:
        if words <= 4 or not s.closed and not (s.continued or s.continues):
            return None  # a scare quote or a stray mark, with no one to say it
        if _title_noun_before(before):
            return None
    speaker = kind = role = None
    source = "none"
    salience = 0
    if who is not None and who.entity >= 0:
        e = table.entities[who.entity]
        speaker, kind, role = e.display, e.kind, who.role or e.role
        salience = len(e.mentions)
        low = who.text.lower()
        source = ("pronoun" if low in ("he", "she") else "role" if who.text[:1].islower()
                  else "org" if e.kind == ORGANISATION
                  else "fullname" if len(e.name) >= 2 else "surname")
    elif who is not None and who.kind == PERSON and who.text[:1].isupper():
        speaker, kind = who.text, PERSON  # a name the article never spells out in full
        source = "unlisted"
    elif who is not None and (group := named_group(who)) is not None:
        speaker, kind, role = group, who.kind, who.role
        source = "group"
    elif who is not None:
        kind = who.kind
        role = who.role
        source = "unresolved"
    partial = not _starts_sentence(text, s) and words <= 12
    feats = quote_features(text, d, source, salience, words, partial, persons, titled, cands)
    if (p := probs.get(feats)) is None:
        p = probs[feats] = model.prob(feats)
    return new_quote(s.start, s.end, inner, partial, d.cue, speaker,
                     who.text if who else None, who.start if who else None,
                     who.end if who else None, role, kind, p), feats


_SAID = frozenset("said says say told tells added adds wrote writes".split())


class _Buckets:
    """A count as a feature: `name<=b` for the first bound b >= n, `name>last` above them all
    ('words<=4', 'dist>200'). The labels are made once, and a table indexed by n (n >= 0)
    gives one, since this runs several times for every quote."""

    def __init__(self, name: str, bounds: tuple[int, ...]) -> None:
        self.over = f"{name}>{bounds[-1]}"
        self.table = tuple(f"{name}<={next(b for b in bounds if n <= b)}"
                           for n in range(bounds[-1] + 1))

    def label(self, n: int) -> str:
        return self.table[n] if n < len(self.table) else self.over


# (bound methods: called at half the cost of an instance with __call__)
_WORDS_BUCKET = _Buckets("words", (2, 4, 8, 16, 40)).label
_PERSONS_BUCKET = _Buckets("persons", (1, 3, 6)).label
_SALIENCE_BUCKET = _Buckets("salience", (1, 2, 4, 9)).label
_DIST_BUCKET = _Buckets("dist", (3, 20, 60, 200)).label
_CANDS_BUCKET = _Buckets("pronoun|cands", (1, 3)).label


def quote_features(text: str, d: Decision, source: str, salience: int, words: int,
                   partial: bool, persons: int, titled: bool, cands: int = 0,
                   ) -> tuple[str, ...]:
    """The named features the confidence model weighs (confidence.py):

    how=...       the rule that chose the speaker: tail ('"...," she said'), head ('She said
                  "..."'), chain (a quote running over paragraphs), split ('"One," he said.
                  "Two."'), previous (a paragraph continuing the last speaker), subject (the
                  subject of a partial quote's sentence), none (nobody found);
    src=...       what the source is: fullname ('Mike Pompeo'), surname ('Pompeo' resolved to
                  a full name), pronoun ('he' resolved), role ('the secretary' resolved), org,
                  unlisted (a name never given in full), group ('a Clinton aide'), unresolved
                  ('a spokesman', 'they'), none;
    how|src       their combination; cue=... the cue's kind (said, colon, signature, according,
                  other, none); words=... the quote's length; partial, unclosed, chain, single
                  (single marks), para0 (the first paragraph, often a headline), titlecase;
    dist=...      characters between the quote and the source mention, and whether the mention
                  is after it (after) or in another paragraph (otherpara);
    salience=...  how often the speaker is mentioned; persons=... how many people the article
                  names in full (more candidates, more room for a wrong one);
    pronoun|persons=...  the two together for a pronoun's source: "he said" is resolved less
                  surely among seven people than among two (long features hold many; pooled
                  over outlets, a "he said" step of 0.90 held 84% right in the New York Times);
    unresolved_pronoun  its source is "he" or "she" and no person was found for it (capped:
                  confidence.py, rule unresolved_pronoun);
    pronoun|cands=...  how many people the pronoun may point to in its own window (six
                  sentences back, gender not disagreeing: Resolver.count_candidates): one, up
                  to three, more (pooled, "he said" is right 92% of the time with one
                  candidate and 86% with four or more);
    rule=...      the named rule that found or resolved the source: pronoun, role_noun ('the
                  senator', 'the leader of the government'), described_person ('the rookie
                  defenceman', 'the former secretary of state'), document_author ('her
                  statement read'), titled_person ('said the Chancellor of the Exchequer'),
                  affiliated_person ('George Zornick of The Nation wrote'), named_group_before
                  ('the board said' after 'the Illinois Board of Elections'), own_lead_in
                  ('... - Carl Bialik: "..."'), dash_apposition ('A former candidate --
                  John McCain, who lost in 2008 -- said'), introduced_speaker (a quote
                  paragraph after one that introduces a person), continued_report (a quote
                  in a sentence naming no one continues the paragraph's last source),
                  unlisted_verb ('"...," an angry Hollande retaliated.'), described_group
                  ('the airline said' after 'Air Canada, the country's largest airline'),
                  police_source ('Toronto police said'), coordinated_verb ('... and said'),
                  subordinate_cue, infinitive_cue ('Trump was prompted to say'),
                  org_pronoun ('It added' after an organisation spoke),
                  definite_organisation ('according to the Ontario Federation of Labour'),
                  colon_lead_in ('the Daily News focuses on the spree: "..."'),
                  relative_cue (a cue in a closed relative clause: the earlier cue's),
                  qa_answer ('Q: Why now?' then 'A: "..."': the interviewee),
                  wire_report ('According to Reuters, Mr Albanese told ...': Albanese).
    """
    s = d.span
    f = [*_opening(d.how, source, d.cue), _WORDS_BUCKET(words), _PERSONS_BUCKET(persons)]
    if source != "none":
        f.append(_SALIENCE_BUCKET(salience))
    if source == "pronoun":
        f.append("pronoun|" + _PERSONS_BUCKET(persons))
        f.append(_CANDS_BUCKET(cands))
    elif source == "unresolved" and d.who.text.lower() in ("he", "she"):
        f.append("unresolved_pronoun")
    if partial:
        f.append("partial")
    if not s.closed:
        f.append("unclosed")
    if s.chain >= 0:
        f.append("chain")
    if s.single:
        f.append("single")
    if s.para == 0:
        f.append("para0")
    if titled:
        f.append("titlecase")
    who = d.who
    if who is not None:
        if who.rule:
            f.append(f"rule={who.rule}")
        after = who.start >= s.close_end
        gap = who.start - s.close_end if after else s.open_start - who.end
        f.append(_DIST_BUCKET(max(0, gap)))
        if after:
            f.append("after")
        lo, hi = (s.close_end, who.start) if after else (who.end, s.open_start)
        if gap > 0 and text.find("\n", lo, hi) >= 0:
            f.append("otherpara")
    return tuple(f)


@functools.lru_cache(maxsize=1024)
def _opening(how: str, source: str, cue: str | None) -> tuple[str, str, str, str]:
    """The features every quote has: _named(how, source) and _cue_feature(cue), in one
    call (few combinations)."""
    return (*_named(how, source), _cue_feature(cue))


@functools.lru_cache(maxsize=1024)
def _named(how: str, source: str) -> tuple[str, str, str]:
    """how=..., src=... and how|src=... (few combinations, each spelled once)."""
    how = how or "none"
    return f"how={how}", f"src={source}", f"how|src={how}|{source}"


@functools.lru_cache(maxsize=1024)
def _cue_feature(cue: str | None) -> str:
    """cue=...: the kind of a cue (cues are the cue words and phrases, a bounded set)."""
    cue = cue or ""
    kind = ("none" if not cue else "colon" if cue == ":" else "signature" if cue == "-"
            else "according" if cue == "according to"
            else "said" if cue.split()[0].lower() in _SAID else "other")
    return f"cue={kind}"


def _starts_sentence(text: str, s: Span) -> bool:
    before = text[max(0, s.open_start - 3):s.open_start].rstrip()
    return not before or before[-1] in ".!?:\n"


def _entities(table: EntityTable, cues: list[Cue], quotes: tuple[Quote, ...]) -> tuple[Entity, ...]:
    extra: dict[int, list[Mention]] = {}
    for c in cues:
        w = c.who
        if w.entity >= 0 and (w.text[:1].islower() or w.text.lower() in ("he", "she")):
            extra.setdefault(w.entity, []).append(new_mention(w.start, w.end, w.text))
    speakers = {q.speaker for q in quotes if q.speaker}
    out = []
    for i, e in enumerate(table.entities):
        display = e.display  # (joined on each read: once here)
        named = display in speakers
        full = len(e.name) >= 2
        if not (full or named or e.titled):  # e.titled: any of its mentions has a title
            continue
        if e.kind == ORGANISATION and not full and not named:
            continue
        ms = e.mentions
        if i not in extra:
            # Mentions in order, each after the one before (nearly always): as they are.
            prev = -1
            for m in ms:
                if m.start <= prev:
                    break
                prev = m.start
            else:
                out.append(new_entity(display, e.kind, e.role, tuple(
                    [new_mention(m.start, m.end, m.text) for m in ms])))
                continue
        mentions = {(m.start, m.end): new_mention(m.start, m.end, m.text) for m in ms}
        for m in extra.get(i, ()):
            mentions.setdefault((m.start, m.end), m)
        out.append(new_entity(display, e.kind, e.role,
                              tuple(sorted(mentions.values(), key=START))))
    return tuple(out)

