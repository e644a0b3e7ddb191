"""The speed paths of the extractor give what the plainer code they replace gave.

Each fast path (issue 11's speed pass) is compared here with the pattern or the code it
replaced, on seeded random texts built from the characters and words that decide the result,
and on the examples that motivated it. `bench/bench_extraction.py --digest` checks the whole
output on the training articles (byte-identical before and after each step).
"""

from __future__ import annotations

import bisect
import dataclasses
import random
import re

import pytest

from tracker.extraction import (
    attribution,
    boilerplate,
    cues,
    engine,
    marks,
    names,
    subjects,
    text,
    types,
)
from tracker.extraction.attribution import _PAREN_BEFORE, _PASSIVE, _passive_before, before_paren
from tracker.extraction.text import ABBREVIATIONS

N = 4000  # random cases per test: a few hundred milliseconds each


def _texts(seed: int, alphabet: list[str], longest: int):
    rng = random.Random(seed)
    for _ in range(N):
        yield "".join(rng.choice(alphabet) for _ in range(rng.randint(0, longest)))


def _bounds(seed: int, t: str):
    rng = random.Random(seed + len(t))
    lo = rng.randint(0, len(t))
    return lo, rng.randint(lo, len(t))


_LAST_WORD = re.compile(r"(\([^()]{1,30}\)|[A-Za-z]+)\s*$")


def test_last_word_reads_as_the_pattern_did():
    alphabet = list("ab Zé()( \n\t\xa0.,\x01-") + ["said", " (D-Nev.)", "(R)", "  ",
                                                    "(" + "x" * 29 + ")", "(" + "x" * 31 + ")"]
    for i, t in enumerate(_texts(1, alphabet, 12)):
        lo, end = _bounds(i, t)
        m = _LAST_WORD.search(t, lo, end)
        assert cues.last_word(t, lo, end) == (None if m is None else (m.start(), m.group(1)))


@pytest.mark.parametrize(("before", "found"), [
    ("Pompeo also ", (7, "also")), ("Reid (D-Nev.) ", (5, "(D-Nev.)")),
    ("she said\n", (4, "said")), ("said (", None), ("x" * 40, (0, "x" * 40))])
def test_last_word_examples(before, found):
    m = _LAST_WORD.search(before, 0, len(before))
    assert cues.last_word(before, 0, len(before)) == found == (
        None if m is None else (m.start(), m.group(1)))


def test_title_noun_before_is_the_pattern():
    alphabet = list("ab -,.\"“\n\t\xa0_1é") + engine._TITLE_NOUN_WORDS + [
        "BOOK", "Op-Ed", "op-", "ſhow", "\u212aey", "facebook"]
    for t in _texts(2, alphabet, 8):
        assert engine._title_noun_before(t) == (engine._TITLE_NOUNS.search(t) is not None)


def test_paragraphs_are_the_non_blank_lines():
    line = re.compile(r"[^\n]+")
    for t in _texts(3, list("ab \n\r\t\x0b\x1c\u2028\xa0."), 20):
        assert text.paragraphs(t) == [(m.start(), m.end()) for m in line.finditer(t)
                                      if m.group().strip()]


def _title_case_before(inner: str) -> bool:
    """engine._title_case as it was: every word found, then read."""
    inner = inner.rstrip(" ,.")
    if len(inner) > 120 or inner[-1:] in "!?":
        return False
    words = re.findall(r"[A-Za-z][\w'’-]*", inner)
    if len(words) > 10:
        return False
    main = False
    for w in words:
        if w.lower() not in engine._SMALL_WORDS:
            if not w[0].isupper():
                return False
            main = True
    return main


def test_title_case_stops_early_with_the_same_answer():
    alphabet = ["The", "Art", "of", "the", "Deal", "and", "x", " ", ",", ".", "!"]
    for t in _texts(4, alphabet, 30):
        assert engine._title_case(t) == _title_case_before(t)
    # _LOWER_MAIN: a lower-case word where a word surely starts, small words in any case, and
    # what starts a word elsewhere ("3rd", "-is") or joins one ("it's", "ſ", "\u212a")
    alphabet = ["The", "Art", "of", "IT", "AnD", "fine", "is", "x", "3", "-", "'", "’", "_",
                "é", "ſ", "\u212a", " ", " ", ",", "."]
    for t in _texts(41, alphabet, 12):
        assert engine._title_case(t) == _title_case_before(t)


def test_according_to_is_found_as_by_one_pattern():
    both = re.compile(r"ccording to\b| the words of\b")
    alphabet = ["according to", "According to", "in the words of", "In the words of", "x",
                " ", "a", "in", "\n", "saccording to"]
    for t in _texts(5, alphabet, 8):
        old = []
        for m in both.finditer(t):
            s = m.start() - (1 if m.group()[0] == "c" else 2)
            if m.group()[0] == "c":
                ok = s >= 0 and t[s] in "Aa" and not (s > 0 and t[s - 1].isalnum())
            else:
                ok = s >= 0 and t[s:s + 2] in ("in", "In") and not (s > 0 and t[s - 1].isalnum())
            if ok:
                old.append((s, m.end()))
        assert cues.find_according(t) == old


def test_cue_verbs_are_the_matches_of_the_plain_pattern():
    plain = re.compile(rf"\b(?:{cues._VERB_ALT})\b")
    alphabet = ["said", "says", "told", "pointed out", "took to Twitter", "state", "x", " ",
                cues.MASK, cues.MASK * 3, cues.MASK * 70, "\n", ",", "S", "unsaid", "said2"]
    for t in _texts(6, alphabet, 12):
        spans = [m.span() for m in plain.finditer(t)]
        assert [m.span() for m in cues.cue_verbs(t)] == spans
        assert [m.span() for m in cues.CUE_RE.finditer(t)] == spans


def test_passive_and_bracket_tests_agree_with_their_patterns():
    alphabet = ["was", "were", "been", "being", " ", "\xa0", "\n", "x", "(D-Nev.)", ")", "("]
    for i, t in enumerate(_texts(7, alphabet, 8)):
        lo, v = _bounds(i, t)
        assert _passive_before(t, v) == (_PASSIVE.search(t, max(0, v - 8), v) is not None)
        m = _PAREN_BEFORE.search(t, max(lo, v - 24), v)
        assert before_paren(t, lo, v) == (m.start() if m else v)


def test_role_gap_and_description_prechecks_change_no_answer():
    gap = ["spokesman", "campaign", "manager", "of", "state", " ", "\xa0", ",", ".", "X"]
    for i, t in enumerate(_texts(8, gap, 8)):
        a, b = _bounds(i, t)
        m = subjects._ROLE_GAP.fullmatch(t, a, b)
        expected = m is not None and (m.group(1) in subjects.PERSON_ROLE_NOUNS or
                                      subjects.agent_noun(m.group(1)))
        assert subjects.role_between(t, a, b) == expected
    words = ["The", "Washington", "Post", "columnist", "In", "his", ",", " ", "76-year-old"]
    for t in _texts(9, words, 6):
        nm = names.NameMention(len(t) + 1, len(t) + 5, "Ruth", ("Ruth",), types.PERSON)
        masked = t + " Ruth said"
        prefix = masked[0:nm.start].strip()
        expected = masked[max(0, nm.start - 3):nm.start].rstrip().endswith(",") or (
            nm.start <= 45 and (not prefix or prefix in subjects._SUBJECT_LEAD or (
                bool(subjects._DESCRIBED.fullmatch(prefix)) and
                prefix.split(None, 1)[0] not in subjects._PREPOSITIONS)))
        assert subjects.is_subject_position(masked, 0, nm) == expected


def test_boilerplate_first_letters_cover_every_rule():
    """Each rule is tried only on paragraphs opening with one of its letters: no other first
    character lets it match its examples."""
    examples = {
        "advertisement": ["Story continues below advertisement", "advertisement",
                          "continue reading below", "skip advertisement"],
        "read_more": ["READ MORE: x", "Related: x", "Also read: x", "SEE ALSO: x", "MORE: x"],
        "video": ["WATCH: x", "Listen | x", "VIDEO - x", "Photos: x", "GALLERY: x"],
        "call_to_action": ["Sign up for x", "SIGN UP", "Subscribe to x", "Click here",
                           "Follow us", "Like us on", "Get the latest", "Download the app",
                           "Have a news tip"],
        "sponsor": ["This story is sponsored by x", "Sponsored content", "Paid post"],
        "byline": ["By Andrew Coyne", "BY Jane Smith", "Written by Ann Lee", "Story by Jo Li"],
        "link_list": ["Trending Now", "Most Popular", "Latest News", "Recommended for you",
                      "You may also like", "Editor's Picks"],
    }
    for name, lines in examples.items():
        pat = boilerplate.BOILERPLATE_RULES[name]
        for line in lines:
            assert boilerplate.boilerplate_rule(line) == name
            for cp in range(0x3000):
                if pat.match(chr(cp) + line[1:]):
                    assert chr(cp) in boilerplate._FIRST_LETTERS[name], (name, chr(cp))


def test_fast_constructors_make_the_same_objects():
    q = types.new_quote(1, 2, "a", True, "said", "X", "he", 3, 4, "r", types.PERSON, 0.5)
    assert q == types.Quote(start=1, end=2, text="a", partial=True, cue="said", speaker="X",
                            speaker_mention="he", mention_start=3, mention_end=4,
                            speaker_role="r", speaker_kind=types.PERSON, confidence=0.5)
    assert repr(q) == repr(types.Quote(1, 2, "a", True, "said", "X", "he", 3, 4, "r",
                                       types.PERSON, 0.5))
    m = types.new_mention(1, 2, "he")
    assert m == types.Mention(1, 2, "he") and hash(m) == hash(types.Mention(1, 2, "he"))
    e = types.new_entity("A B", types.PERSON, None, (m,))
    assert e == types.Entity("A B", types.PERSON, None, (m,))
    assert [f.name for f in dataclasses.fields(types.Quote)] == list(vars(q))


def test_surname_pattern_finds_what_the_lookbehind_first_one_did():
    for last in ["Cuban", "French", "O'Neil", "St.", "A-B"]:
        alphabet = [last, " ", "x", ".", "-", "'", "\n", last[:2]]
        new = re.compile(rf"{re.escape(last)}(?<![\w'’.-].{{{len(last)}}})\b")
        old = re.compile(rf"(?<![\w'’.-]){re.escape(last)}\b")
        for t in _texts(10, alphabet, 8):
            assert [m.span() for m in new.finditer(t)] == [m.span() for m in old.finditer(t)]


def test_marks_found_once_are_those_found_paragraph_by_paragraph():
    alphabet = list("\"“”'‘’`ab .,\n") + ["''", "'''", "``", "He said, \"", "don't", " 'em"]
    for t in _texts(11, alphabet, 25):
        paras = text.paragraphs(t)
        by_para = []
        for k, (ps, pe) in enumerate(paras):
            by_para.append((k, [m.span() for m in marks._SINGLE.finditer(t, ps, pe)]))
        found_d = list(marks._DOUBLE.finditer(t))
        found_s = list(marks._SINGLE.finditer(t))
        for k, s in by_para:
            ps, pe = paras[k]
            assert [(m.start(), m.end()) for m in found_d if ps <= m.start() < pe] == \
                [(m.start(), m.end()) for m in marks._DOUBLE.finditer(t, ps, pe)]
            assert [m.span() for m in found_s if ps <= m.start() < pe] == s
        # ... and none lies outside a paragraph
        assert all(any(ps <= m.start() < pe for ps, pe in paras) for m in found_d + found_s)


def test_sentence_ends_in_one_scan_are_those_of_each_paragraph():
    alphabet = list("ab. !?\n)") + ["Mr.", "U.S.", " The", " he", "\n\n"]
    for t in _texts(12, alphabet, 25):
        per_para = [e for ps, pe in text.paragraphs(t) for e in text.sentence_ends(t, ps, pe)]
        assert [e for e in text.sentence_ends(t, 0, len(t)) if t[e] != "\n"] == per_para


def _clause_start_scanned(masked: str, sent_lo: int, hi: int) -> int:
    """ClauseMarks.clause_start as it was: the last break found by scanning the whole reach."""
    marks = attribution.ClauseMarks(masked)
    near = max(sent_lo, hi - attribution.COORDINATED_REACH)
    last = None
    for m in attribution._CLAUSE_BREAK.finditer(masked, near, hi):
        last = m
    if last is not None:
        return last.end()
    if near > sent_lo:
        i = bisect.bisect_right(marks.breaks, hi, key=lambda b: b[1]) - 1
        if i >= 0 and marks.breaks[i][0] >= sent_lo:
            return marks.breaks[i][1]
    return sent_lo


def test_clause_start_read_from_the_break_characters_is_the_scan():
    alphabet = list(";:-—– \xa0ax,") + ["--", " - ", " — ", "he said ", "x" * 150]
    for i, t in enumerate(_texts(13, alphabet, 12)):
        lo, hi = _bounds(i, t)
        marks = attribution.ClauseMarks(t)
        assert marks.clause_start(lo, hi) == _clause_start_scanned(t, lo, hi), (t, lo, hi)


def _clause_openers_before(masked, found_names, reliable, first, lo, hi):
    """_clause_openers as it was: every name from `lo` on, and he/she after commas, read in
    turn."""
    after = max(lo, first + 1)
    found = [(nm.start, nm.end, subjects.from_name(nm)) for nm in found_names
             if (nm.start == first or after <= nm.start < hi) and not nm.possessive and
             reliable(nm.entity) and (nm.start == first or
                                      masked[nm.start - 2:nm.start] in (", ", ",\xa0"))]
    m = attribution._HE_SHE.match(masked, first, hi)
    pronouns = ([m] if m is not None else []) + list(
        attribution._HE_SHE_AFTER_COMMA.finditer(masked, after, hi))
    found += [(m.start(), m.end(), subjects.Who(m.start(), m.end(), m.group())) for m in pronouns]
    found.sort(key=lambda f: f[0])
    return found


def test_clause_openers_skipping_to_the_first_comma_find_the_same():
    alphabet = [", ", ",\xa0", ",", " ", "he ", "She ", "Ann ", "Ann's ", "x", "and ", "\xa0"]
    for i, t in enumerate(_texts(14, alphabet, 14)):
        found = [names.NameMention(m.start(), m.end(), m.group(), ("Ann",), types.PERSON,
                                   entity=m.start() % 3, possessive=m.group().endswith("s"))
                 for m in re.finditer(r"Ann(?:'s)?", t)]
        lo, hi = _bounds(i, t)
        first = random.Random(i).randint(0, lo)
        reliable = (lambda entity: entity != 1) if i % 2 else (lambda entity: True)
        assert attribution._clause_openers(t, found, reliable, first, lo, hi) == \
            _clause_openers_before(t, found, reliable, first, lo, hi), (t, first, lo, hi)


def test_clause_breaks_tried_at_their_characters_are_those_of_the_scan():
    alphabet = list(";:-—– \xa0ax\n") + ["--", " - ", " -- ", " — ", " –\xa0"]
    for t in _texts(15, alphabet, 16):
        assert attribution.ClauseMarks(t).breaks == \
            [m.span() for m in attribution._CLAUSE_BREAK.finditer(t)], t


def test_subordinators_found_with_a_first_letter_lookahead_are_the_plain_pattern():
    plain = re.compile(r"(?<![\w'’])(?:after|when|because|while|since|although|though|if|"
                       r"whether|until|before|once|unless|who|whom|which|whose)\b", re.I)
    alphabet = ["after", "When", "WHO", "whom", "ſince", "İf", "ıf", "If", "x", " ", "'", "’",
                "_", "1", "\n", "though", "alth", "e", "\x01", "Because", "while", "since",
                "whether", "until", "before", "ONCE", "unless", "which", "whose", "although"]
    for i, t in enumerate(_texts(16, alphabet, 10)):
        assert attribution.ClauseMarks(t).subordinators == \
            [m.span() for m in plain.finditer(t)], t
        lo, hi = _bounds(i, t)
        assert (attribution._SUBORDINATOR.search(t, lo, hi) is None) == \
            (plain.search(t, lo, hi) is None), (t, lo, hi)


def test_subordinator_first_letters_are_every_character_their_pattern_takes():
    firsts = re.compile(r"[abiostuw]", re.I)
    taken = {chr(c) for c in range(0x110000) if firsts.fullmatch(chr(c))}
    assert taken == set(attribution.SUBORDINATOR_FIRSTS)
    assert {w[0] for w in attribution._SUBORDINATORS} == set("abiostuw")


class _ScanningTable(names.EntityTable):
    """The entity table as it was before its lookups (issue 11): a full name is matched,
    and a short form scored, by reading each of the last _MANY entities sharing a word."""

    scan = 10**9  # (never past it: _scored for every short form)

    def _add_full(self, m):
        key = names.name_key(m.name)
        for i in self._sharing(key[-1]):
            e, ek = self.entities[i], self._keys[i]
            if e.kind != types.PERSON or len(ek) < 2:
                continue
            if ek == key or (ek[-1] == key[-1] and (ek[0] == key[0] or ek[0][0] == key[0][0]
                                                    and (len(ek[0]) <= 2 or len(key[0]) <= 2))) \
                    or names._compound_family(ek, key):
                if len(key) > len(ek):
                    e.name, self._keys[i] = m.name, key
                    for t in set(key):
                        if i not in self._by_token.setdefault(t, []):
                            self._by_token[t].append(i)
                e.add(m)
                return i
        return self._new(m, key)



def _mentions(rng: random.Random) -> list:
    """A random article's name mentions: few given and family names (initials, names that
    are both, a name growing longer, names of four words, a family name of two words),
    titles' genders, role words, organisations, now and then one given its entity before (a
    short form's is then left as it is)."""
    given = ["J", "Jo", "John", "Jane", "Kim", "Ma", "Smith", "Michelle", "Rempel"]
    family = ["Smith", "Kim", "Jones", "Ma", "John", "Garner"]
    out, pos = [], 0
    for _ in range(rng.randint(0, 40)):
        r = rng.random()
        if r < 0.45:
            name = (rng.choice(given), *rng.sample(["Q", "Lee", "Rempel"], rng.randint(0, 2)),
                    rng.choice(family))
        elif r < 0.55:
            name = (rng.choice(family), rng.choice(["Bank", "Party"]))
        else:
            name = (rng.choice(family + given),)
        kind = types.ORGANISATION if name[-1] in ("Bank", "Party") else types.PERSON
        start = pos + rng.randint(1, 30)
        m = names.NameMention(start, start + 5, " ".join(name), name, kind,
                              gender=rng.choice([None, None, "m", "f"]),
                              described=rng.choice([None, None, None, "leader"]),
                              entity=0 if rng.random() < 0.03 else -1)  # (set before: kept)
        out.append(m)
        pos = start + 5
    return out


def _table(cls, mentions):
    ms = [dataclasses.replace(m) for m in mentions]
    table = cls()
    table.build(ms)
    return [m.entity for m in ms], [(e.name, e.kind, e.role, e.gender, e.starts, e.described)
                                     for e in table.entities]


@pytest.mark.parametrize(("many", "scan", "walk"),
                         [(64, 16, 64), (3, 0, 2), (2, 0, 1), (5, 2, 3), (4, 1, 0)])
def test_entity_lookups_match_the_scan_of_the_last_many(monkeypatch, many, scan, walk):
    """Full names found by their words, short forms by group and by reading the mentions
    back (_add_full, _file, _best_group, _named_last) join the entities the scan chose; small
    windows, thresholds and walks make every path run."""
    monkeypatch.setattr(names, "_MANY", many)
    monkeypatch.setattr(names.EntityTable, "scan", scan)
    monkeypatch.setattr(names, "_WALK", walk)
    rng = random.Random(12)
    for _ in range(N // 4):
        ms = _mentions(rng)
        assert _table(names.EntityTable, ms) == _table(_ScanningTable, ms)
        shuffled = rng.sample(ms, len(ms))  # out of text order: no reading back
        assert _table(names.EntityTable, shuffled) == _table(_ScanningTable, shuffled)


def test_show_before_letters_cover_every_word_of_its_pattern():
    # _show_before asks _SHOW_BEFORE only when the last letter can end one of its words.
    from tracker.extraction import engine

    words = re.search(r"\\b\(\?:(.*?)\)\|", engine._SHOW_BEFORE.pattern).group(1)
    for word in words.replace("(?:co-)?", "").split("|"):
        assert word[-1] in engine._SHOW_LAST, word
    for before in ('he starred in ', 'told ABC\'s ', 'an interview with ', 'the film ',
                   'he said ', 'Trump says ', 'a book ', 'in the '):
        assert engine._show_before(before) == bool(engine._SHOW_BEFORE.search(before))


def test_named_thing_asks_its_pattern_only_for_its_last_words():
    from tracker.extraction import engine

    for inner in ("the Affordable Care Act", "Clean Air Act.\n", "Make America Great Again",
                  "Bill", "the App, ", "We will act"):
        assert engine._named_thing(inner) == bool(engine._NAMED_THING.search(inner)), inner


_FULL_STOP = re.compile(r"\b([A-Z]?[a-z]+)\.[ \xa0]")


def _source_stop_before(masked: str, a: int, stop: int) -> int:
    """attribution.source_stop as it was: the pattern tried at every start."""
    for fs in _FULL_STOP.finditer(masked, a, stop):
        if fs.group(1).lower() not in ABBREVIATIONS:
            return fs.end(1) + 1
    return stop


def test_source_stop_read_back_from_the_dots_is_the_pattern():
    alphabet = list("abZ. \xa0_1é-,") + ["Sen", "Kohan", "Mr", "U.S.", ". ", "ſ"]
    for i, t in enumerate(_texts(42, alphabet, 12)):
        a, stop = _bounds(i, t)
        assert attribution.source_stop(t, a, stop) == _source_stop_before(t, a, stop), (t, a, stop)
    for t in ("said Jon Kohan. Ayotte", "said Sen. Tim Scott. He", "said Kaaaan Smith. \x01"):
        assert attribution.source_stop(t, 5, len(t)) == _source_stop_before(t, 5, len(t))


def test_a_run_split_at_its_spaces_gives_the_tokens_of_the_pattern():
    """_parse_run splits a run of _RUN instead of searching it for _TOKEN: the same words at
    the same offsets."""
    alphabet = list("Ab É \xa0\t'’.-_1,\n") + ["of", "the", "of the", "de", "Smith", " ", " "]
    for t in _texts(43, alphabet, 14):
        for run in names._RUN.finditer(t):
            words, end = [], -1
            for w in run.group().split():
                words.append((end + 1, w))
                end += 1 + len(w)
            assert words == [(m.start(), m.group()) for m in names._TOKEN.finditer(run.group())]


def test_letter_reference_and_passive_charge_plain_tests_are_their_patterns():
    """letter_reference asks its patterns only after a colon and spaces (or a final line
    break), passive_charge only when its window holds a charge verb: the same answers."""
    alphabet = list("Re: \xa0\n,.\x01") + ["RE", "Letters", "Letter", " to the editor", ", Oct. 9",
                                          "\nRe:", "\nLetter:", ":\n", ": ", "was charged with ",
                                          "is accused of ", "charged", "were", " the ", "x" * 30]

    def letter_plain(t: str, pos: int) -> bool:
        for pat, back in ((engine._LETTER_REF, 8), (engine._LETTERS_HEAD, 45)):
            m = pat.search(t, max(0, pos - back), pos)
            if m is not None and (m.start() == 0 or t[m.start() - 1] == "\n"):
                return True
        return False

    for i, t in enumerate(_texts(44, alphabet, 10)):
        _, pos = _bounds(i, t)
        assert engine.letter_reference(t, pos) == letter_plain(t, pos), (t, pos)
        assert attribution.passive_charge(t, pos) == (attribution._CHARGED_WITH.search(
            t, max(0, pos - 60), pos) is not None), (t, pos)


def test_resolver_window_reads_the_names_and_the_added_references_as_one_list():
    """Resolver keeps the references it adds (resolved pronouns, cue sources) apart from the
    names', so that adding one never shifts all the names after it: its window reads the two
    back as the one sorted list it once inserted into."""
    from tracker.extraction.resolver import Resolver

    rng = random.Random(45)
    for _ in range(N // 8):
        r = Resolver(names.EntityTable(), [], sorted(rng.sample(range(400), 40)), set())
        r.refs = sorted({(p, rng.randint(0, 5), rng.random() < 0.5, False)
                         for p in rng.sample(range(400), rng.randint(0, 60))})
        r._at = [x[0] for x in r.refs]
        one = list(r.refs)  # the old way: every reference in one list, inserted into
        for _ in range(rng.randint(0, 60)):
            pos, ent, spk = rng.randint(0, 400), rng.randint(0, 5), rng.random() < 0.5
            r.add(pos, ent, spk)
            k = bisect.bisect_left([x[0] for x in one], pos)
            if k < len(one) and one[k][0] == pos:
                one[k] = (pos, ent, True, spk)
            else:
                one.insert(k, (pos, ent, True, spk))
            at = rng.randint(0, 401)
            here = r.sentence_of(at)
            i = bisect.bisect_left([x[0] for x in one], at) - 1
            want = []
            for q, e, subj, s in reversed(one[max(0, i - 199):i + 1]):
                if here - r.sentence_of(q) > 6:
                    break
                want.append((here - r.sentence_of(q), e, subj, s))
            assert list(r._window(at)) == want
