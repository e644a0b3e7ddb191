"""Speech cues: the verbs and phrases reporters use to attribute words to a source."""

from __future__ import annotations

import re

from .lexicon import SOCIAL_PLATFORMS

# Verbs of saying and of stance that news uses to introduce quoted words. Past, present and
# -ing forms are generated; irregular forms are listed with the base.
_REGULAR = """add acknowledge admit advise affirm agree allege announce answer argue ask
assert
assure bemoan blast boast brag caution charge chide claim comment complain concede conclude
confirm contend continue counter cry declare decry demand deny describe dismiss echo emphasize
emphasise estimate exclaim explain gush hint insist instruct joke lament marvel mention mock mourn
mull muse note object observe offer opine plead pledge post praise predict proclaim promise
propose protest quip reason recall recount reflect reiterate remark reminisce remind repeat reply
report respond retort reveal scoff scream shoot shout snap sniff state stress suggest summarize
tease testify text thunder tout express riff vent interject crack gripe grumble jab bark talk
denounce condemn lambaste
tweet urge vow wail warn whisper wonder worry
yell acknowledge
concur disagree rail rant recommend relay rebut retweet sigh groan chuckle laugh fume slam
label dub brand
criticize criticise accuse call scold snipe apologize apologise bristle fret caution
lecture pen sneer taunt plead reassure assert""".split()
# Read off the cue words of annotated news (the `cue` field of polnear-train) that were not
# yet cues: "chanted", "elaborated", "emailed", "questioned", "pressed", "assails",
# "remembered", "reacted". Their -ing forms are left out where they are mostly adjectives or
# nouns ("a pressing issue", "questioning", "emailing").
_FROM_DATA = "chant elaborate email question press assail remember react".split()
_NO_ING = frozenset("press question email remember".split())
_REGULAR += _FROM_DATA
_IRREGULAR = {
    "say": ("said", "says", "saying", "say"),
    "tell": ("told", "tells", "telling", "tell"),
    "write": ("wrote", "writes", "writing", "write", "written"),
    "read": ("read", "reads"),
    "speak": ("spoke", "speaks"),
    # '"Mr. Speaker, I rise today," Crockett began': words that open a speech or an answer
    "begin": ("began", "begins"),
}
_DOUBLING = {"admit": "admitt", "quip": "quipp", "snap": "snapp", "rebut": "rebutt",
             "slam": "slamm", "plan": "plann", "commit": "committ", "shoot": "shoot"}


def _forms(base: str) -> list[str]:
    stem = _DOUBLING.get(base, base)
    if base == "shoot":
        return ["shot back", "shoots back", "shooting back"]
    if base.endswith("e"):
        return [base + "d", base + "s", base[:-1] + "ing", base]
    if base.endswith("y") and base[-2] not in "aeiou":
        return [base[:-1] + "ied", base[:-1] + "ies", base + "ing", base]
    if base.endswith(("sh", "ch", "x", "ss")):
        return [base + "ed", base + "es", base + "ing", base]
    return [stem + "ed", base + "s", stem + "ing", base]


# Bare base forms are mostly nouns ("a note", "the state"); only these are kept as verbs.
_BASE_OK = frozenset(("say tell add argue insist warn explain ask predict contend suggest "
                     "write agree").split())


def _all_forms() -> list[str]:
    out: set[str] = set()
    for base in _REGULAR:
        out.update(f for f in _forms(base) if (f != base or base in _BASE_OK) and not (
            base in _NO_ING and f.endswith("ing")))
    for forms in _IRREGULAR.values():
        out.update(forms)
    return sorted(out, key=len, reverse=True)


SPEECH_VERBS = frozenset(_all_forms())
# Phrasal cues: "pointed out", "chimed in", and a question's "wanted to know".
_IRREGULAR_PHRASAL = {"go": ["went", "goes", "going"], "put": ["put", "puts"]}
_PHRASAL = [f"{v} {p}" for b, p in (("point", "out"), ("chime", "in"), ("fire", "back"),
                                      ("weigh", "in"), ("go", "on"), ("sum", "up"), ("put", "it"),
                                      ("want", "to know"))  # 'he wanted to know, "...?"'
            for v in (_IRREGULAR_PHRASAL.get(b) or _forms(b)[:3])]
# Inverted at the start of a sentence: 'Said Dorothy Poynter, who grew up with Ali, "..."'.
_OPENING = [v.capitalize() for v in ("said says added adds wrote writes asked asks noted "
                                     "explained recalled continued replied responded").split()]
# Posting on a platform: 'Poilievre took to Twitter: "..."', 'she took to X to say'.
_TOOK_TO = [f"{v} to {where}" for v in ("took", "takes", "taking")
            for where in (*SOCIAL_PLATFORMS, "social media", "the airwaves")]
_PHRASAL += [f"{v} out" for v in ("lashed", "lashes", "lashing")]
SPEECH_VERBS = SPEECH_VERBS | frozenset(_PHRASAL) | frozenset(_OPENING) | frozenset(_TOOK_TO)
# Verbs that introduce quoted words but are never written before their subject: "said Smith"
# is news style, "called Smith" is not (there Smith is the object).
WEAK_VERBS = frozenset(
    f for b in ("call describe label dub brand criticize criticise accuse praise post offer "
    "mock dismiss blast slam text read report continue answer object begin").split()
    for f in _forms(b) + list(_IRREGULAR.get(b, ()))
)


def _trie_regex(words: frozenset[str]) -> str:
    """One alternation as a prefix tree: much faster to scan than a flat list of 500 verbs."""
    trie: dict = {}
    for w in words:
        node = trie
        for ch in w:
            node = node.setdefault(ch, {})
        node[""] = {}

    def build(node: dict) -> str:
        end = "" in node
        alts = [re.escape(ch) + build(sub) for ch, sub in sorted(node.items()) if ch]
        if not alts:
            return ""
        body = alts[0] if len(alts) == 1 else "(?:" + "|".join(alts) + ")"
        return f"(?:{body})?" if end else body
    return build(trie)


_VERB_ALT = _trie_regex(SPEECH_VERBS)
_FIRST_LETTERS = "".join(sorted({v[0] for v in SPEECH_VERBS}))
# A cue verb as a whole word, optionally followed by a short object ("told reporters"). The
# lookahead for its first letter stops the scan at once at the end of every word and at
# most word starts, before the alternatives are tried one by one (a tenth faster).
CUE_RE = re.compile(rf"\b(?=[{_FIRST_LETTERS}])(?:{_VERB_ALT})\b")
MASK = "\x01"  # stands in for quoted words, so cues and names are read outside quotes only
# ... and this for the title of a work in quotation marks (engine.title_rule): no name or cue is
# read in it either, but it is a noun of the reporter's sentence, not a quote that bounds it.
TITLE = "\x02"


# A masked quote long enough to be worth skipping: a shorter one costs less to scan through
# (CUE_RE's lookahead passes each MASK at once) than a new scan costs to start after it.
_SKIPPED = 64
# A whole run of at least _SKIPPED MASKs (opening with a literal: scanned fast, and the
# shorter runs, most quotes of a page of short ones, are not even looked at).
_LONG_MASKED = re.compile(MASK * _SKIPPED + MASK + "*")


def cue_verbs(masked: str):
    """The matches of CUE_RE in masked text, in order, read only outside long masked quotes.
    The same matches: a cue has no MASK in it, and a word boundary at either end of a
    stretch sees the MASK beside it."""
    pos = 0
    for run in _LONG_MASKED.finditer(masked):
        yield from CUE_RE.finditer(masked, pos, run.start())
        pos = run.end()
    yield from CUE_RE.finditer(masked, pos)


# "according to X", "in the words of X": searched by their literal tails, which the regex
# engine finds much faster than a pattern that opens with a word boundary (and faster still
# one literal at a time than as two alternatives, which it tries at every space).
_ACCORDING = re.compile(r"ccording to\b")
_IN_THE_WORDS = re.compile(r" the words of\b")


def find_according(text: str) -> list[tuple[int, int]]:
    """(start, end) of each "according to" / "in the words of" in text, in order."""
    out = []
    for m in _ACCORDING.finditer(text):
        s = m.start() - 1
        if s < 0 or text[s] not in "Aa" or (s > 0 and text[s - 1].isalnum()):
            continue
        out.append((s, m.end()))
    if " the words of" in text:
        for m in _IN_THE_WORDS.finditer(text):
            s = m.start() - 2
            if s < 0 or text[s:s + 2] not in ("in", "In") or (s > 0 and text[s - 1].isalnum()):
                continue
            out.append((s, m.end()))
        out.sort()
    return out

# Rule response_from: '"Absolutely not," was the response from Coun. Josh Matlow', '"No
# comment," came the reply from the ministry': the quote's source is named after the phrase,
# as after "according to".
# (ordinary spaces only: a pattern opening with plain letters is the fastest to scan for)
_RESPONSE_FROM = re.compile(r"the (?:response|reply|answer|retort|reaction|verdict|message) "
                            r"(?:from|of)\b")
_WAS_CAME = re.compile(r"\b(?:was|came)[ \xa0]*$")


def find_responses(text: str) -> list[tuple[int, int]]:
    """(start, end) of each 'was the response from' / 'came the reply from' in text, in
    order (rule response_from). Examples:
      '"Absolutely not," was the response from Coun. Josh Matlow.' -> one, "was ... from"
      'The response from the ministry was swift.' -> none (no "was"/"came" before it)"""
    out: list[tuple[int, int]] = []
    # (the pattern opens with a literal, which the regex engine skips to fast)
    for m in _RESPONSE_FROM.finditer(text):
        if (w := _WAS_CAME.search(text, max(0, m.start() - 6), m.start())) is not None:
            out.append((w.start(), m.end()))
    return out


# Words that may stand between a subject and its verb: "Pompeo also said", "he has long
# said", "Trump on Friday said", "Reid (D-Nev.) said".
_ADVERBS = frozenset(
    """also then later has had have would will once again repeatedly further simply previously
    recently earlier often publicly privately initially first finally just even reportedly
    apparently flatly quickly immediately long never always still only subsequently separately
    frequently famously angrily bluntly candidly tersely jokingly emphatically already
    ultimately explicitly elsewhere directly been is was were are did does do could can may
    might should today yesterday tonight""".split())
_DAYS = frozenset("monday tuesday wednesday thursday friday saturday sunday".split())
_TIME_NOUNS = frozenset("week month year night morning evening afternoon".split())
_ASCII_LETTERS = frozenset("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ")


def last_word(text: str, lo: int, end: int) -> tuple[int, str] | None:
    r"""(start, word): the last ASCII word, or a short bracket ("(D-Nev.)"), before trailing
    whitespace in text[lo:end], cut at lo; what the pattern (\([^()]{1,30}\)|[A-Za-z]+)\s*$
    finds searching it, read backwards instead of trying every start, as this runs for
    every cue verb (tests/test_extraction_fastpaths.py compares the two)."""
    q = end
    while q > lo and text[q - 1].isspace():
        q -= 1
    if q == lo:
        return None
    c = text[q - 1]
    if c in _ASCII_LETTERS:
        p = q - 1
        while p > lo and text[p - 1] in _ASCII_LETTERS:
            p -= 1
        return p, text[p:q]
    if c == ")":
        j = max(text.rfind("(", lo, q - 1), text.rfind(")", lo, q - 1))
        if j >= lo and text[j] == "(" and 1 <= q - 2 - j <= 30:
            return j, text[j:q]
    return None


# Nouns ending in -ly, never adverbs: "a close Trump ally said", "the family said".
_LY_NOUNS = frozenset("""ally family assembly rally supply monopoly anomaly bully daily weekly
    monthly quarterly homily folly""".split())


def strip_adverbs(text: str, lo: int, end: int) -> int:
    """Where the subject before a verb at `end` ends, once adverbs are skipped (>= lo)."""
    e = end
    while e > lo:
        m = last_word(text, max(lo, e - 34), e)
        if m is None or m[0] == lo:
            return e  # an adverb needs something before it
        start, w = m
        low = w.lower()
        # (A capitalised "May" or "Will" is a name's, "Theresa May said", not an auxiliary's.)
        if w[0] == "(" or low in _ADVERBS and not w[0].isupper() or (
                low.endswith("ly") and w.islower() and len(w) > 3 and low not in _LY_NOUNS):
            e = start
        elif low in _DAYS or low in _TIME_NOUNS:
            e = start
            p = last_word(text, max(lo, e - 10), e)
            if p is not None and p[1].lower() in ("on", "last", "this") and p[0] > lo:
                e = p[0]  # "on Friday", "last week"
        else:
            return e
    return e
