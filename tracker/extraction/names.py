"""Names of people and organisations: finding them, reading titles, resolving short forms."""

from __future__ import annotations

import bisect
import functools
import itertools
import re
from collections import defaultdict
from dataclasses import dataclass, field

from .lexicon import (
    BREAKERS,
    CONNECTIVES,
    DATES,
    DEMONYMS,
    FEMALE_NAMES,
    FEMALE_ROLE_NOUNS,
    FEMALE_TITLES,
    GIVEN_DEMONYMS,
    GIVEN_TITLE_WORDS,
    GROUPS,
    MALE_NAMES,
    MALE_ROLE_NOUNS,
    MALE_TITLES,
    MONTH_ABBREVIATIONS,
    ORG_WORDS,
    PARTY_WORDS,
    PEERAGES,
    PERSON_ROLE_NOUNS,
    PLACES,
    POST_NOMINALS,
    ROLE_ABBREVIATIONS,
    SPEAKS_FOR_NOUNS,
    STOP,
    THINGS,
    TITLE_WORDS,
)
from .text import platform_x, platform_x_noun
from .types import ORGANISATION, PERSON

# A word: letters (any script), inner apostrophes, hyphens and dots ("U.S.", "O'Brien").
_TOKEN = re.compile(r"[^\W\d_][\w'’.\-]*")
# Titles that only ever stand before a person's name.
PERSON_TITLES = frozenset(("Mr Mrs Ms Dr Sen Rep Gov Senator Representative Governor "
                                 "President Secretary Chairman Chairwoman Ambassador Mayor "
                                 "Congressman Congresswoman Minister Judge Justice Lt Gen Col "
                                 "Capt Sgt Adm Maj Cmdr General Admiral Colonel Captain "
                                 "Lieutenant Sergeant Director Spokesman "
                                 "Spokeswoman Spokesperson Premier Treasurer Chancellor "
                                 "Commissioner Coun Councillor Councilor Const Constable Cpl "
                                 "Corporal Supt Superintendent Insp Inspector Leader "
                                 "Chief Attorney Sheriff CEO CFO COO").split())
_NUMERALS = frozenset("II III IV V VI".split())
# (Shri, Smt and Shrimati are the Indian ones: "Shri Amit Shah", "Smt Nirmala Sitharaman".)
HONORIFICS = frozenset("Mr Mrs Ms Miss Mx Dr Messrs Mme Mlle Shri Smt Shrimati".split())
# Rule dutch_particles: "van den", "ter", "van 't", "in 't" join a Dutch family name to its
# given name ("Jan van den Berg", "Sophie in 't Veld"); "in" only before "'t" (`_in_t`).
_JOINERS = frozenset(
    "de da del der di du van von bin ibn al el la le of for den ter het 't ’t".split()
)


# A family name that opens in lower case (rules elided_particle, hyphened_article).
_LOWER_FAMILY = re.compile(r"(?:[ae]l-|d['’])[A-ZÀ-ÖØ-Þ][\w-]*")


def elided_particle(tok: str) -> bool:
    """Rule elided_particle: a family name opening with a French particle elided in lower
    case ("d'Entremont", "d'Amours") goes on the run of the given name before it, as
    "al-Awlaki" does (rule hyphened_article). Examples:
      "d'Entremont" -> True ('Conservative MP Chris d'Entremont said' is Chris d'Entremont)
      "d'Auteuil" -> True; "D'Amico" -> False (a capital: read as any other word)
      "don't" -> False; "d'" -> False"""
    return tok[:1] == "d" and tok[1:2] in ("'", "’") and tok[2:3].isupper()


# A run of capitalised words, possibly joined by particles: "Secretary of State Mike Pompeo".
# It starts at a capital not preceded by a word character, an apostrophe, a dot or a hyphen;
# that test comes after the capital so that the scan skips straight from capital to capital
# (a pattern opening with a lookbehind is tried at every position: twice as slow).
_UPPER = "A-ZÀ-ÖØ-ÞĀĂĄĆĈĊČĎĐĒĖĘĚĜĞĠĢĤĦĨĪĮİĴĶĹĻĽŁŃŅŇŌŐŒŔŖŘŚŜŞŠŢŤŦŨŪŬŮŰŲŴŶŸŹŻŽ"
_PARTICLES = (
    "de|da|del|der|di|du|van|von|bin|ibn|al|el|la|le|of|for|den|ter|het|['’]t|in[ \xa0]['’]t"
)
# "of the" joins too, read as part of a name only after a title or an organisation word
# (rule title_of_office: "Chancellor of the Exchequer Rachel Reeves", "Bank of the West").
# An Arabic family name may carry its article joined by a hyphen: "Anwar al-Awlaki" (rule
# hyphened_article).
_RUN = re.compile(rf"[{_UPPER}](?<![\w'’.\-][{_UPPER}])[\w'’.\-]*"
                  rf"(?:[ \xa0](?:(?:of[ \xa0]the|{_PARTICLES})[ \xa0])*(?:[ae]l-|d['’])?[{_UPPER}]"
                  rf"[\w'’.\-]*)*")


@dataclass(slots=True)
class NameMention:
    start: int
    end: int
    text: str  # the whole capitalised sequence, titles included
    name: tuple[str, ...]  # the name proper: ("Mike", "Pompeo")
    kind: str  # PERSON or ORGANISATION
    role: str | None = None  # the title part: "U.S. Secretary of State"
    titled: bool = False
    gender: str | None = None  # "m", "f" or None
    possessive: bool = False
    entity: int = -1  # index into EntityTable.entities
    described: str | None = None  # a lower-case role just before: "leader" Kim Jong Un


def _clean(tok: str) -> tuple[str, bool]:
    """Strip a sentence-final dot and a possessive ending; say whether it was possessive."""
    possessive = False
    if tok[-1] in "'’" and len(tok) > 2:
        tok, possessive = tok[:-1], True
    elif tok[-1] == "s" and tok[-2:-1] in ("'", "’") and len(tok) > 3:
        tok, possessive = tok[:-2], True
    if tok.endswith(".") and not _keeps_dot(tok):
        tok = tok[:-1]
    return tok, possessive


def _keeps_dot(tok: str) -> bool:
    core = tok.rstrip(".")
    return len(core) == 1 or "." in core or core in _ABBREVIATED


# Titles written abbreviated with a dot ("Sen.", "Gov.") and a company's ending ("Rogers
# Communications Inc.", "Loblaw Companies Ltd.": the name ends after the dot, where a cue
# after it looks for it); "State." ends a sentence.
_ABBREVIATED = frozenset(("Mr Mrs Ms Dr Sen Rep Gov Gen Lt Col Sgt Capt Prof Rev Hon Jr "
                          "Sr St Adm Cmdr Maj Gens Sens Reps Govs Messrs Mt Ft Pres Supt "
                          "Coun Cpl Const Insp Det Inc Ltd Corp Co").split())


def _is_cap(tok: str) -> bool:
    return tok[:1].isupper()


def _bare(tok: str) -> str:
    return tok.rstrip(".")


# A sentence adverb ("Recently", "Similarly"), not a name ending the same way ("Kelly",
# "Beverly", "Emily"): seven letters or more, not -lly or -rly unless -ally or -arly.
_ADVERB = re.compile(r"[A-Z][a-z]{3,}(?:ally|arly|[a-km-qs-z]ly)")


def find_names(text: str, start: int, end: int) -> list[NameMention]:
    """Capitalised sequences in text[start:end] that read as people or organisations."""
    out: list[NameMention] = []
    skip = start  # the end of a French body's name (rule french_body): its words are read
    for run in _RUN.finditer(text, start, end):
        rtext = run.group()
        base, after = run.span()
        if base < skip:
            continue  # "du Québec" in "Centrale des syndicats du Québec"
        if rtext[:3] == "X. " and platform_x(text, base + 1):
            rtext, base = rtext[3:], base + 3  # "wrote on X. Crockett said": no initial
        if rtext[:4] == "Bill" and bill_number(rtext, text[after:after + 6]):
            continue
        if text[base - 5:base] == " and " and (j := joined_agency(text, start, base, rtext)) >= 0:
            while out and out[-1].start >= j:
                out.pop()  # "Fisheries", a person before: a field of the agency's name
            stop = base + len(rtext) - (rtext[-1] == "." and rtext.count(".") == 1)
            body = text[j:stop]
            out.append(NameMention(j, stop, body, tuple(body.split()), ORGANISATION))
            continue
        place = None  # the place of two halves that opens this run (rule joined_place)
        if text[base - 5:base] == " and " and (cut := joined_place(text, start, base, rtext)):
            if out and out[-1].end == base - 5 and len(out[-1].name) == 1:
                out.pop()  # "Newfoundland": the first half of the place, no one
            first = _JOINED_PLACES[rtext[:cut].strip().rstrip(".,;:")]
            place = text[base - 5 - len(first):base + cut].strip().rstrip(".,;:")
            rtext, base = rtext[cut:], base + cut
            if not rtext:
                continue
        if text[after:after + 3] == " & " and (amp := ampersand_company(text, after + 3, end)):
            # rule ampersand_company: "Procter & Gamble"; a run may hold the end of the
            # sentence before ("in Laval. Seven & i Holdings"): that part is read alone
            k = rtext.rfind(". ") + 2
            if k > 1:
                out.extend(find_names(text, base, base + k - 1))
            else:
                k = 0
            stop = amp - (text[amp - 1] == "." and text.count(".", base + k, amp) == 1)
            body = text[base + k:stop]
            out.append(NameMention(base + k, stop, body, tuple(body.split()), ORGANISATION))
            skip = stop
            continue
        parsed, adverb, superlative = _run_reading(rtext)
        if not parsed:
            continue  # the common case: "The", "He", "But" opening a sentence
        if rtext[-2:] in (" X", "X") and parsed[-1][3] == ("X",) and \
                platform_x_noun(text, after):
            parsed = parsed[:-1]  # "One X user wrote": the platform
            if not parsed:
                continue
        if newsletter_label(rtext, text, after):
            continue  # "Programming note:": a newsletter's label (rule newsletter_label)
        if adverb and text[after:after + 1] == ",":
            continue  # "Recently, he said": an adverb opening the sentence, not a name
        if superlative and text[max(start, base - 4):base] == "the ":
            continue  # "the West": a superlative or a region, not a person
        if parsed[0][0] == 5 and run.group().startswith("Will ") and \
                modal_given_name(text, start, base, after):
            lo, hi, kind, name, role, gender, poss, mtext = parsed[0]
            parsed = ((0, hi, kind, ("Will", *name), role, gender or "m", poss,
                       "Will " + mtext), *parsed[1:])
        for lo, hi, kind, name, role, gender, poss, mtext in parsed:
            if party_tag(mtext) or month_date(mtext, text, base + hi):
                continue
            if kind == PERSON and lo == 0 and len(name) >= 3 and \
                    _ENVOY_TO.search(text, max(start, base - 24), base) and \
                    (k := envoy_place(name, mtext)) > 0:
                # rule envoy_to_place: "Ambassador to the United Nations Linda ..."
                cut = len(" ".join(name[:k])) + 1
                lo, name, mtext, role = lo + cut, name[k:], mtext[cut:], " ".join(name[:k])
            m_lo = base + lo
            if place and lo == 0 and role:
                # rule joined_place: "Newfoundland and Labrador Premier Tony Wakeham"
                role, mtext, m_lo = f"{place} {role}", f"{place} {mtext}", base - len(place) - 1
            m = NameMention(m_lo, base + hi, mtext, name, kind, role, role is not None,
                            gender, poss)
            if mtext[mtext.rfind(" ") + 1:] in _NUMBERED and \
                    (num := _NUMBER_AFTER.match(text, m.end)):
                out.extend(numbered_body(text, m, num.end()))
                continue
            if name[-1] in _FRENCH_HEADS and hi == len(rtext) and \
                    (tail := french_body(text, base + hi, end)) > 0:
                body = text[m.start:tail]  # rule french_body
                out.append(NameMention(m.start, tail, body, tuple(body.split()), ORGANISATION))
                skip = tail
                break
            if kind == PERSON and lo == 0 and base > start + 1 and text[base - 1] == " ":
                lo_w = base - 20 if base - 20 > start else start
                w = text[max(lo_w, text.rfind(" ", lo_w, base - 1) + 1):base - 1]
                if w in PERSON_ROLE_NOUNS:
                    m.described = w  # "leader Kim"
                    if m.gender is None:
                        m.gender = _DESCRIBED_GENDER.get(w)
                    if w in _FAMILY_KIN and out and kin_family_name(text, out[-1], m, w):
                        m.name = (*name, out[-1].name[-1])  # "Gordie Howe's son Mark"
            out.append(m)
    return out


_AMP_TAIL = re.compile(rf"(?:[a-z][ \xa0])?[{_UPPER}][\w.\-]*(?:[ \xa0][{_UPPER}][\w.\-]*)*"
                       rf"(?![\w'’])")


def ampersand_company(text: str, pos: int, end: int) -> int:
    """Rule ampersand_company: capitalised words joined by "&" are one firm's name (news
    joins people with "and"): where the name after the "&" ends, or 0. `pos` is just after
    "& ". Examples:
      "Procter & |Gamble said" -> after "Gamble"
      "Seven & |i Holdings said" -> after "Holdings" (one small letter may open the part)
      "Johnson & |Johnson's vaccine" -> 0 (a possessive: the names are read as usual)
      "rock & |roll" -> 0"""
    m = _AMP_TAIL.match(text, pos, end)
    return m.end() if m is not None else 0


# The first word of a body's name in French, which capitalises only that word (rule
# french_body): "Fédération autonome de l'enseignement", "Centrale des syndicats du Québec".
_FRENCH_HEADS = frozenset("""Fédération Confédération Centrale Union Ordre Regroupement
    Syndicat Société Régie Association Alliance Conseil Collège Commission Institut Mouvement
    Chambre Front Office Bureau Coalition Comité Corporation Centre Caisse Fondation
    Collectif""".split())
_FRENCH_LINKS = frozenset("de des du et aux la le les".split())  # ("pour", "en": English too)
_FRENCH_WORD = re.compile(r"[ \xa0]+((?:[ldLD]['’])?[^\W\d_][\w'’-]*)")
_FRENCH_ADJECTIVE = re.compile(r"[a-zà-ÿœ-]*(?:aux|als?|ales?|elles?|els?|ives?|ifs?|iques?|aires?|"
                               r"ées?|és|oises?|ais|aises?|ains?|aines?|iens?|iennes?|oles?|"
                               r"eurs?|ieux|ières?|iers?|ales|ux)")


def french_body(text: str, pos: int, end: int) -> int:
    """Rule french_body: the name of a body in French goes on, in lower case, after its
    first word (one of _FRENCH_HEADS) through French words joined by "de", "des", "du", "et"
    or an elided "l'" or "d'": where it ends, or 0 when no French follows. At most two
    adjectives before the first joining word and one after a noun. Examples:
      "Fédération| autonome de l'enseignement said" -> after "enseignement"
      "Confédération| des syndicats nationaux said" -> after "nationaux"
      "Centrale| des syndicats du Québec said" -> after "Québec"
      "Union| des producteurs agricoles (UPA)" -> after "agricoles"
      "Union| said the offer was low" -> 0 (English: no French word joins)
      "Office| in Ottawa" -> 0"""
    good = 0  # where the name may end
    linked = False  # a joining word has come
    free = 2  # adjectives still allowed before the first joining word
    noun = False  # the word before is a noun after a joining word (an adjective may follow)
    prev_link = False
    for _ in range(12):  # a name is a dozen words at most: the scan stays short
        m = _FRENCH_WORD.match(text, pos, end)
        if m is None:
            break
        w = m.group(1)
        if w in _FRENCH_LINKS:
            linked, noun = True, False
        elif w[:2].lower() in ("l'", "l’", "d'", "d’") and len(w) > 2:
            linked, noun, good = True, True, m.end()
        elif linked and (w[0].isupper() or prev_link):
            noun, good = True, m.end()
        elif linked and noun and w.islower() and _FRENCH_ADJECTIVE.fullmatch(w):
            noun, good = False, m.end()  # "syndicats nationaux"
        elif not linked and free and w.islower() and (
                _FRENCH_ADJECTIVE.fullmatch(w) or w in ("autonome", "autonomes")):
            free -= 1  # "Fédération autonome de", "Conseil national des"
        else:
            break
        prev_link = w in _FRENCH_LINKS
        pos = m.end()
    return good if linked else 0


# Bodies known by a number after their name: "CUPE Local 79", "Unifor Local 444", "Grand
# Council Treaty 3" (rule numbered_body).
_NUMBERED = frozenset("Local Treaty Lodge Branch Chapter".split())
_NUMBER_AFTER = re.compile(r"[ \xa0]+\d{1,5}")  # (and after "Bill": rule bill_number)


def numbered_body(text: str, m: NameMention, end: int) -> list[NameMention]:
    """Rule numbered_body: a run ending on "Local", "Treaty", "Lodge", "Branch" or "Chapter"
    and a number is an organisation with its number ("CUPE Local 79 said", which was a person
    "CUPE Local" and no source), and a person before "of" in the run is one of its own
    ("Dave Cassidy of Unifor Local 444 said": Cassidy, of Unifor Local 444; rule
    affiliated_person then makes him the source). `end`: where the number ends. Examples:
      "CUPE Local 79" -> [CUPE Local 79 (organisation)]
      "Dave Cassidy of Unifor Local 444" -> [Dave Cassidy (person), Unifor Local 444]"""
    k = m.text.find(" of ")
    if k < 0 or m.kind != PERSON:
        body = text[m.start:end]
        return [NameMention(m.start, end, body, tuple(body.split()), ORGANISATION)]
    body = text[m.start + k + 4:end]
    return [NameMention(m.start, m.start + k, m.text[:k], m.name, m.kind, m.role, m.titled,
                        m.gender),
            NameMention(m.start + k + 4, end, body, tuple(body.split()), ORGANISATION)]


_BILL_NUMBER = re.compile(r"Bill(?:[ \xa0]+(?:[A-Z]-)?\d+[A-Z]?)?$")


def bill_number(run: str, after: str) -> bool:
    """Rule bill_number: "Bill" with a bill's number is a piece of legislation, not a man
    called Bill. Examples:
      ("Bill C-2", ", the Strong Borders Act") -> True
      ("Bill", " 96 limits the use of English") -> True (the number is no part of the run)
      ("Bill Blair", " said") -> False"""
    m = _BILL_NUMBER.match(run)
    return m is not None and (m.end() > 4 or _NUMBER_AFTER.match(after) is not None)


_CUE_AFTER = re.compile(r"(?:,|[ \xa0]+(?:said|says|told|tells|added|adds|wrote|writes|asked|"
                        r"explained|noted|replied|recalled)\b)")
_CUE_BEFORE = re.compile(r"(?:[,\"”'’]|\b(?:said|says|added|wrote|asked|told))[ \xa0]*$")


def modal_given_name(text: str, start: int, base: int, after: int) -> bool:
    """Rule modal_given_name: "Will" opening a capitalised run is read as the auxiliary of a
    question ("Will Trump run?"), unless the run stands where a source does: after a quote's
    comma or an inverted cue, or before a cue or a comma. There it is the given name.
    Examples:
      '"I am so happy," Will Smith said.' -> Will Smith
      '"We will see," said Will Hurd, a Texas congressman.' -> Will Hurd
      'Will Trump Win the Nomination' -> no (a headline's question)"""
    return _CUE_AFTER.match(text, after) is not None or \
        _CUE_BEFORE.search(text, max(start, base - 12), base) is not None


# A newsletter's label word: "Programming note:", "Housekeeping update:".
_LABEL_AFTER = re.compile(r"[ \xa0]+(?:note|notes|update|alert|reminder):")


def newsletter_label(run: str, text: str, after: int) -> bool:
    """Rule newsletter_label: one capitalised word before "note:", "update:" or "alert:"
    labels a newsletter's item, not a person of that family name. Examples:
      ('Programming', 'Programming note: no post Friday.') -> True
      ('Housekeeping', 'Housekeeping update: the podcast is back.') -> True
      ('Smith', 'Smith noted: "We won."') -> False (a verb, not the label)
      ('Jane Smith', 'Jane Smith note: ...') -> False (two words: a name)"""
    return " " not in run and _LABEL_AFTER.match(text, after) is not None


# A newsletter's label opening a paragraph, up to its colon: "Programming note:".
_LABEL = re.compile(r"[A-Z][\w'’]*[ \xa0]+(?:note|notes|update|alert|reminder)[ \xa0]*$")


def label_colon(text: str, start: int, colon: int) -> bool:
    """Rule newsletter_label, for colons: the colon of a newsletter's label that opens the
    paragraph is no lead-in; the paragraph's next colon may be. Examples:
      ('Programming note: no post Friday.', 0, 16) -> True
      ("Editor's note: this post was updated.", 0, 13) -> True
      ('Sen. Chris Murphy: "No."', 0, 17) -> False"""
    return _LABEL.match(text, start, colon) is not None


# A day after an abbreviated month: ". 6", " 20", ". 25,".
_DAY_AFTER = re.compile(r"\.?[ \xa0]\d{1,2}(?!\d)")


def month_date(mtext: str, text: str, end: int) -> bool:
    """Rule month_date: an abbreviated month before a day is a date, though "Jan" is a given
    name too (the name ends at `end`, before any dot). Examples:
      ('Jan', 'pardon the Jan. 6 defendants') -> True
      ('Jan', 'WASHINGTON, Jan 20 (Reuters)') -> True
      ('Jan', 'Jan Schakowsky said') -> False (a name follows)
      ('Jan', 'said Jan, 19.') -> False (a comma: the person's age)"""
    return mtext in MONTH_ABBREVIATIONS and _DAY_AFTER.match(text, end) is not None


def clear_caches() -> None:
    """Empty the bounded name caches (for memory measurements)."""
    _run_reading.cache_clear()
    _read.cache_clear()
    name_key.cache_clear()


_Parsed = tuple[int, int, str, tuple[str, ...], "str | None", "str | None", bool, str]


@functools.lru_cache(maxsize=16384)
def _run_reading(word: str) -> tuple[tuple[_Parsed, ...], bool, bool]:
    """How a run of capitalised words reads before the text around it is looked at: its
    names (_parse_run), none for a word that never names anyone ("The", "He" and "But"
    opening a sentence, dates, "Aides say", "The Latest:"); whether it is a sentence adverb
    when a comma follows ("Recently, he said"); whether it is a superlative or a region
    after "the" ("the West"). Cached: news repeats the same names and openers over and over."""
    if word in STOP or word in DATES:
        return (), False, False
    if is_role_plural(word):
        return (), False, False  # "Aides say", "Advisers said": people, but no one named
    superlative = word.endswith("est")
    if superlative and word.startswith("The ") and word.count(" ") == 1:
        return (), False, False  # "The Latest:"
    return _parse_run(word), (word.endswith("ly") and _ADVERB.fullmatch(word) is not None
                              or word in CONNECTIVES), \
        superlative


def _parse_run(run: str) -> tuple[_Parsed, ...]:
    """The names in one run of capitalised words (a match of _RUN), offsets relative to the
    run, each with its text."""
    out: list[_Parsed] = []
    group: list[tuple[int, int, str]] = []

    def flush(possessive: bool) -> None:
        if group:
            read = _read(tuple([g[2] for g in group]))
            if read is not None:
                lo, hi, kind, name, role, gender = read
                a, b = group[lo][0], group[hi - 1][1]
                out.append((a, b, kind, name, role, gender, possessive and hi == len(group),
                            run[a:b]))
            group.clear()

    # Each word of a run is one _TOKEN, one space or no-break space after the one before:
    # split, not searched for (this runs for every new run of every article).
    end = -1
    for raw in run.split():
        s = end + 1
        end = s + len(raw)
        # (_clean only for a word ending as a possessive or with a dot: most end otherwise)
        tok, poss = _clean(raw) if raw[-1] in "'’s." else (raw, False)
        if group and tok in BREAKERS and tok not in _JOINERS:
            flush(False)  # "in Washington D.C. He recalled", "Hillary Releasing Her Goldman"
            continue
        # (_is_cap and _bare inline: this runs for every word of every run)
        if (tok[:1].isupper() or group and (
                tok[2:3] == "-" and tok[:2] in ("al", "el") and tok[3:4].isupper() or
                elided_particle(tok))) and ((bare := tok.rstrip(".")) not in DATES or
                                  _month_family_name(group, tok)):
            if group or bare not in STOP:
                group.append((s, s + len(tok), tok))
        elif group and tok in ("for", "of") and len(group) == 1 and \
                group[0][2].lower() in SPEAKS_FOR_NOUNS:
            # Rule speaks_for_opening: "Lawyers for John Smith said", a sentence's capitalised
            # first word: the role is no part of a name; the name after it is one.
            group.clear()
        elif group and (
            tok in _JOINERS or tok == "the" and _office_of(group) or _in_t(tok, run, end)
        ):
            group.append((s, s + len(tok), tok))
        else:
            flush(False)
        if poss and _titled_office(group, run, end):
            group[-1] = (s, end, raw)  # rule titled_office: "Prime Minister's Office"
            continue
        if poss and group and group[-1][0] == s and _members_body(raw, run, end):
            group[-1] = (s, end, raw)  # rule members_body: "Teachers' Federation"
            continue
        # A possessive ("Trump's") or a sentence-final dot ends the sequence (the dot _clean
        # took off: it keeps no other).
        if poss or len(tok) < len(raw):
            flush(poss)
    flush(False)
    return tuple(out)


# Rule described_gender: a gendered role noun just before a name gives the person's gender
# ("his late son Beau Biden", "her husband Frank", "actress Jamie Lee Curtis").
_DESCRIBED_GENDER = {w: "m" for w in MALE_ROLE_NOUNS} | {w: "f" for w in FEMALE_ROLE_NOUNS}


def _described_given_name(ws: tuple[str, ...]) -> int:
    """Rule role_before_given_name: in a run of capitalised words, a role noun (any of
    PERSON_ROLE_NOUNS, capitalised as in a headline or opening a sentence) right before a
    known given name and a family name ends a description of that person. Returns the index
    of the given name (the last such role counts), or -1. Examples:
      ("Benghazi", "Widow", "Dorothy", "Woods") -> 2: Dorothy Woods, role "Benghazi Widow"
      ("Gold", "Star", "Mother", "Karen", "Vaughn") -> 3
      ("Historian", "Jean-François", "Lisée") -> 1: the historian Jean-François Lisée
      ("Analyst", "Nick", "Agostino") -> 1
      ("Windsor", "MPP", "Lisa", "Gretzky") -> 2: role "Windsor MPP"
      ("Elder", "Mary", "Jane", "Kakegamic") -> 1: a First Nation's elder
      ("Defenceman", "Quinn", "Hughes") -> 1: a role opening the run, then two words, reads
          so whatever the given name (the sentence's first word: "Defenceman Quinn Hughes,
          who had two assists, agreed.")
      ("Economist", "Dale", "Beugin") -> 1: a role noun that also names a magazine, then a
          person's two names (a body's words after it keep the run a body: "Economist
          Intelligence Unit")
      ("Filmmaker", "Alanis", "Obomsawin") -> 1: "-is" and "-us" end given names, no verb
      ("Star", "Wars", "Day") -> -1 (not a name: a thing or an organisation's word ends it)
      ("Woman", "Steps", "Forward") -> -1 (a headline's verb, not a given name)
      ("Navy", "SEAL", "Ty", "Woods") -> -1 ("SEAL" is no role word here)
      ("Mary", "Jo", "White") -> -1 (no role word)
    Rule title_before_given_name, the same for a title word after an office's own words:
      ("Federal", "Reserve", "Chair", "Jerome", "Powell") -> 3: role "Federal Reserve Chair"
      ("County", "Clerk", "Dana", "DeBeauvoir") -> 2
      ("Senate", "President", "Pro", "Tem", "Greg", "Treat") -> 4
    Rule local_office_title: an American county's, city's or district's title ends the
    office's words; the two words after it are the person, whatever the given name:
      ("Cochise", "County", "Supervisor", "Peggy", "Judd") -> 3
      ("County", "Commissioner", "Rhonda", "Hill") -> 2
      ("County", "Commissioner", "Human", "Services") -> -1 (an organisation's word)"""
    for j in range(len(ws) - 3, -1, -1):
        if (ws[j].lower() in PERSON_ROLE_NOUNS or _bare(ws[j]) in TITLE_WORDS) and \
                is_given_name(ws[j + 1]) and ws[j + 2][:1].isupper():
            return j + 1
    j = len(ws) - 3
    if j >= 1 and ws[j - 1] in _OFFICE_PLACES and _bare(ws[j]) in TITLE_WORDS and \
            all(w[:1].isupper() and w[1:].islower() and w.isalpha() and _bare(w) not in TITLE_WORDS
                and w not in ORG_WORDS and w not in THINGS for w in ws[j + 1:]) and \
            ws[j + 1] not in PLACES:
        return j + 1
    if len(ws) == 3 and ws[0].lower() in PERSON_ROLE_NOUNS and ws[0] not in TITLE_WORDS and \
            ws[1][:1].isupper() and ws[2][:1].isupper() and ws[0].lower() != ws[0] and \
            ORG_WORDS.isdisjoint(ws[1:]) and ws[2] not in THINGS and ws[2] not in PLACES and \
            ws[2] not in DATES and not ws[2].isupper() and \
            (not ws[1].endswith(("s", "ed", "ing")) or ws[1].endswith(("is", "us"))):
        # ("Woman Steps Forward": a headline's verb; "Alanis", "Marcus": given names, as no
        # verb ends so. "Economist" is a magazine too, but not before two more names.)
        return 1
    return -1


# Titles that are family names too (rule title_family_name, EntityTable.surname_mentions).
_TITLE_FAMILY_NAMES = frozenset("King Bishop Pope Judge Marshal Major Dean Lord".split())


def relative_named(e: EntityRecord, m: NameMention) -> bool:
    """Rule relative_named: a person brought in as someone's relative ("whose mother Morgan
    Harris") is not the one a bare family name they share refers to, when someone else of
    that name is: news tells relatives apart by their given names. False (no penalty) when
    the short form carries the same relative's word ("mother Harris"). Examples:
      'Cambria Harris, whose mother Morgan Harris was killed, said she was relieved. "...,"
       Harris said.' -> Cambria Harris
      'Joe Biden spoke of his late son Beau Biden. "...," Biden said.' -> Joe Biden
      'Morgan Harris ... her mother Harris said' -> no penalty ("mother" names her so)"""
    return not e.described.isdisjoint(_RELATIVES) and m.described not in e.described


# Rule kin_role: a family role word alone and capitalised ("Mother pleads for help finding
# son", "Widow recalls ...": a headline's subject) is a role noun, never a name; not "Son",
# a family name ("Masayoshi Son"), nor "Sister" and "Brother", titles of the religious.
_KIN_ROLES = frozenset("father mother daughter wife husband mom dad widow widower".split())
# (and the relatives a name may be brought in as: rule relative_named)
_RELATIVES = _KIN_ROLES | frozenset("son brother sister grandmother grandfather aunt uncle "
                                    "cousin niece nephew".split())


# The relatives who mostly bear the family's name (rule kin_family_name).
_FAMILY_KIN = frozenset("son daughter brother sister father mother wife husband".split())


def kin_family_name(text: str, owner: NameMention, m: NameMention, kin: str) -> bool:
    """Rule kin_family_name: a relative brought in by the given name alone right after a
    full name in the possessive and the kin word bears that family's name: the name is the
    given name and the family name. Examples:
      "Gordie Howe's son Mark said" -> Mark Howe
      "Donald Trump's daughter Ivanka said" -> Ivanka Trump
      "Howe's son Mark" -> False (no full name: the family name may be a first mention's)
      "Gordie Howe's son Mark Howe" -> False (a full name of its own)"""
    return owner.possessive and owner.kind == PERSON and len(owner.name) > 1 and \
        len(m.name) == 1 and is_given_name(m.name[0]) and \
        text[owner.end:m.start] in (f"'s {kin} ", f"’s {kin} ")


_MONTH_NAMES = frozenset("May June April August".split())


def _month_family_name(group: list[tuple[int, int, str]], tok: str) -> bool:
    """Rule month_family_name: a month that is also a family name, right after a known given
    name, ends that name instead of reading as a date. Examples:
      "Prime Minister Theresa May said" -> Theresa May; "Elizabeth May" -> Elizabeth May
      "the vote in May" -> a month (no given name before it)
      "Friday May 5" -> a date (Friday is no given name)"""
    return bool(group) and _bare(tok) in _MONTH_NAMES and is_given_name(group[-1][2])


def _office_of(group: list[tuple[int, int, str]]) -> bool:
    """A lower-case "the" after "of" continues a name only when a title or an organisation
    word stands before the "of" (rule title_of_office): "Chancellor of the Exchequer",
    "Department of the Interior"; not "Members of the Senate", "John Smith of the Heritage
    Foundation" (the person, then the organisation)."""
    return len(group) >= 2 and group[-1][2] == "of" and (
        _bare(group[-2][2]) in TITLE_WORDS or _bare(group[-2][2]) in ORG_WORDS)


_OFFICE_AFTER = re.compile(r"[ \xa0]+Office\b")


def _titled_office(group: list[tuple[int, int, str]], run: str, end: int) -> bool:
    """Rule titled_office: a title's office is an organisation named with the possessive
    ("the Prime Minister's Office said"), not a body called "Office" owned by someone.
    Examples:
      "The Prime Minister's Office said" -> the organisation "Prime Minister's Office"
      "The Mayor's Office said" -> "Mayor's Office"
      "Trump's Office of ..." -> no: a person's name is no title
      "the Maricopa County Sheriff's Office said" -> "Maricopa County Sheriff's Office" (the
       title last, a place before it: an American county's or district's office)"""
    return bool(group) and (all(_bare(g[2]) in TITLE_WORDS for g in group) or
                            len(group) >= 2 and group[-2][2] in _OFFICE_PLACES and
                            _bare(group[-1][2]) in TITLE_WORDS) and \
        _OFFICE_AFTER.match(run, end) is not None


_NEXT_WORD = re.compile(r"[ \xa0]+([A-Z][\w.'’-]*)")


def _members_body(raw: str, run: str, end: int) -> bool:
    """Rule members_body: a plural possessive followed by an organisation word names the
    body of those members ("the Elementary Teachers' Federation of Ontario said", "the
    Consumers' Association of Canada"), not an organisation owned by someone. Examples:
      "Teachers' Federation" -> one organisation
      "Canadian Taxpayers' Federation" -> one organisation
      "the Smiths' Association" -> one organisation (its word decides, as it is written)
      "Ontario's Federation" -> no (a singular possessive: an owner)
      "Teachers' strike" -> no (no organisation word after it)"""
    if raw[-1] not in "'’" or raw[-2:-1] != "s":
        return False
    m = _NEXT_WORD.match(run, end)
    return m is not None and _bare(m.group(1)) in ORG_WORDS


# The places an American office belongs to, written between its place name and its title:
# "Maricopa County Sheriff's Office", "Manhattan District Attorney's Office".
_OFFICE_PLACES = frozenset("County District City State Parish".split())


def _in_t(tok: str, run: str, end: int) -> bool:
    """Rule dutch_particles: "in" joins a name only as the "in 't" of a Dutch family name
    ("Sophie in 't Veld"), never as the preposition ("Trump in Iowa").

    >>> _in_t("in", "Sophie in 't Veld", 9), _in_t("in", "Trump in Iowa", 8)
    (True, False)
    """
    return tok == "in" and run[end + 1 : end + 3] in ("'t", "’t")


@functools.lru_cache(maxsize=16384)
def _read(words: tuple[str, ...]) -> tuple[int, int, str, tuple[str, ...], str | None,
                                          str | None] | None:
    """How a capitalised sequence reads: (first, end) word index of the mention, kind, name,
    role and gender; None for places, groups and sentence openers. Cached: news repeats names."""
    lo, hi = 0, len(words)
    while hi > lo and words[hi - 1] in _JOINERS:
        hi -= 1
    while lo < hi and (words[lo] in _JOINERS or _bare(words[lo]) in STOP):
        lo += 1
    if lo >= hi:
        return None
    span_hi = hi
    for j in range(lo + 1, hi - 1):
        # "Paul D. Ryan of Wisconsin", "Joel Pollak of Breitbart California": a person's "of"
        # introduces where they are from, not more name; titles and organisations keep theirs
        # ("Secretary of State", "Bank of America"). The mention still covers the whole run.
        if words[j] not in ("of", "for") or _bare(words[j - 1]) in ORG_WORDS or \
                words[j - 1] in PEERAGES:
            continue
        place = words[hi - 1] in PLACES or words[hi - 1] in DEMONYMS
        # Rule given_name_title: a title word right after a known given name is a family name
        # ("Chief Wilfred King of the Gull Bay First Nation" is Wilfred King, "Martin Luther
        # King of the SCLC" is Martin Luther King), so what follows "of" is where they are from
        # (the given name is read among the three words before the title word, no further).
        if place or (_bare(words[j - 1]) not in TITLE_WORDS and words[j - 1] not in DEMONYMS) \
                or any(is_given_name(w) for w in words[max(lo, j - 4):j - 1]):
            hi = j
            break
    ws = words[lo:hi]
    if len(ws) == 1 and is_role_plural(ws[0]):
        return None  # rule role_plural: "Monday. Prosecutors said"
    if len(ws) > 1 and ws[0].isupper() and all(w.isupper() for w in ws) and \
            sum(len(w) for w in ws) > 6:
        return None  # "FULL TEXT", "BREAKING NEWS": a heading, not a name
    if 3 <= len(ws) <= 5 and ws[0] in PEERAGES and ws[1] == "of":
        # Rule peerage: "the Duke of Sussex said" names a person by a title of a place,
        # which is the name the article uses. Examples:
        #   "Duke of Sussex" -> the person "Duke of Sussex" (not "Duke", not the place)
        #   "Prince of Wales", "Duchess of Cambridge", "Archbishop of Canterbury"
        return lo, span_hi, PERSON, ws, None, _gender(ws[:1], ())
    if len(ws) >= 3 and (g := _described_given_name(ws)) > 0:
        # Rule role_before_given_name: "Benghazi Widow Dorothy Woods" is Dorothy Woods.
        name = _without_suffix(ws[g:])
        return lo, span_hi, PERSON, name, " ".join(ws[:g]), _gender(ws[:g], name)
    for j in range(len(ws) - 2, 0, -1):
        # "Committee Chairman Rep. Jason Chaffetz": a person's title after an organisation.
        if _bare(ws[j]) in PERSON_TITLES and ws[j + 1] == "of" and j + 3 < len(ws) and \
                (i := title_of_office(ws, j + 2)) > 0 and \
                not any(_bare(w) in ORG_WORDS for w in ws[i:]):
            # rule title_of_office after an organisation: "White House Chief of Staff John
            # Kelly" is John Kelly
            name = ws[i:]
            return lo, span_hi, PERSON, name, " ".join(ws[:i]), _gender(ws[:i], name)
        if _bare(ws[j]) in PERSON_TITLES and not any(_bare(w) in ORG_WORDS for w in ws[j + 1:]):
            read = _read(ws[j + 1:])
            if read is None or read[2] != PERSON or read[0] != 0:
                break
            name, role = read[3], " ".join(ws[:j + 1]) + (f" {read[4]}" if read[4] else "")
            return lo, span_hi, PERSON, name, role, read[5] or _gender(ws[:j + 1], name)
    k = 0
    # (rule plural_title: a title in the plural opens a list of names, "Justices B R Gavai and
    # K V Viswanathan", "Senators John Smith and ...": the first name is a name, not the title)
    while k < len(ws) - 1 and (_bare(ws[k]) in TITLE_WORDS or hyphened_title(ws[k])
                               or ws[k] in DEMONYMS
                               or k == 0 and ws[0][-1:] == "s" and ws[0][:-1] in PERSON_TITLES
                               or ws[k] in _JOINERS or ws[k] in PARTY_WORDS
                               and party_label(ws, k)
                               or ws[k] == "the"):
        k += 1
        if _bare(ws[k - 1]) in HONORIFICS:
            break  # "Mr. Singer": after an honorific comes the name, whatever it looks like
    if k and ws[k - 1] in ("of", "the"):
        # Rule title_of_office: the role is still open ("Leader of the"): what it is of
        # belongs to it, and the name starts at the first known given name after that.
        k = title_of_office(ws, k)
        if k < 0:
            return None  # "the Leader of the Opposition said": a title, no one named
    elif k and ("of" in ws[:k] or "for" in ws[:k]) and not is_given_name(ws[k]):
        # The same rule where the office's own words read as titles ("Undersecretary for
        # Political Affairs Wendy Sherman"): the name starts at a known given name.
        k = next((i for i in range(k + 1, len(ws) - 1) if is_given_name(ws[i])), k)
    if k and k == len(ws) - 1 and (ws[k - 1] in GIVEN_DEMONYMS or
                                   ws[k - 1] in GIVEN_TITLE_WORDS and
                                   (k == 1 or _bare(ws[k - 2]) in HONORIFICS | PERSON_TITLES)):
        # rule demonym_given_name: "German Ortega", "Rep. Virginia Foxx" are names; so are a
        # title that is also a given name and a family name alone after it ("Dean Baker",
        # "Major Garrett", and after a person's title "Rep. Dean Phillips"), as news writes
        # such titles with a full name ("Dean Martha Minow")
        k -= 1
    if k and len(ws) - k >= 2 and all(w in PLACES for w in ws[:k]) and \
            not any(is_given_name(w) or _bare(w) in TITLE_WORDS for w in ws[k:]):
        # Rule place_first_body: a place, then two words or more with no given name and no
        # title among them, is a body named with its province or state first ("Ontario
        # Power Generation", "Manitoba Keewatinowi Okimakanak"), not a person of that place
        # ("Wisconsin Trump", "Texas Ted Cruz", "Ohio Gov. John Kasich" stay people).
        return lo, hi, ORGANISATION, ws, None, None
    name = _without_suffix(ws[k:])
    if len(name) == 1 and name[0].lower() in ROLE_ABBREVIATIONS:
        return None  # rule role_abbreviation: "the PM", "His Honour" are role nouns
    if len(ws) == 1 and ws[0].lower() in _KIN_ROLES:
        return None  # rule kin_role: "Mother pleads for help" (a headline) names no one
    if not ORG_WORDS.isdisjoint([_bare(w) for w in ws[k:]]) and \
            not surname_org_word(name) or (
            len(name) == 1 and name[0].isupper() and 2 <= len(name[0]) <= 5):
        return lo, hi, ORGANISATION, ws, None, None
    if acronym_firm(ws, k):
        return lo, hi, ORGANISATION, ws, None, None  # "TD Economics", "MP Materials"
    if ws == ("Crown",):
        # Rule the_crown: in Commonwealth courts "the Crown argued" is the prosecution (and
        # "the Crown" alone the state), a body; "Crown" opens titles only before a name
        # ("Crown Prince Mohammed", "Crown prosecutor Jane Doe").
        return lo, hi, ORGANISATION, ws, None, None
    if national_agency(ws):
        return lo, hi, ORGANISATION, ws, None, None  # "Health Canada", "Health P.E.I."
    if len(name) > 1 and _bare(name[-1]) in TITLE_WORDS and (
            name[0] in PLACES or name[0] in DEMONYMS or ws[0] in DEMONYMS or
            name[-2] in PLACES):
        # "the South Carolina Republican", "the New York Democrat" (a place of two words):
        # a description, read as a role noun
        return None
    first_name = len(name) > 1 and is_given_name(name[0])
    last = name[-2] if len(name) > 2 and name[-1] in _NUMERALS else name[-1]
    if len(name) > 1 and _bare(last) in THINGS and not first_name and not k:
        return None  # "Cold War", "World War II", "Warsaw Pact", "Saturday Night Live"
    if len(name) == 1 and k and _bare(name[0]) in THINGS and all(w in DEMONYMS for w in ws[:k]):
        # Rule compass_place: a compass word (read as a demonym, "South Korean") before one
        # word of a place or thing is no role: "the South Lawn", "North Station", "the East
        # Room" name places, never a person called Lawn.
        return None
    if len(name) == 1 and "-" in name[0] and (
            (tail := name[0].rsplit("-", 1)[-1]) in DEMONYMS or tail in GROUPS
            or tail[:-1] in DEMONYMS):
        return None  # "African-American", "Mexican-Americans": groups
    if not first_name and (name[-1] in PLACES or " ".join(name) in PLACES or name[-1] in DEMONYMS
                           or (len(name) == 1 and name[0] in GROUPS)):
        return None  # but "David French", "Paris Hilton" are people
    if len(name) == 1 and name[0].isupper() and len(name[0]) > 5:
        return None  # a dateline or shouted word: "COLUMBIA, S.C."
    if len(name) == 1 and not (k and _bare(ws[k - 1]) in HONORIFICS) and (
            name[0] in TITLE_WORDS or _bare(name[0]) in TITLE_WORDS):
        return None
    role = " ".join(ws[:k]) or None
    return lo, span_hi, PERSON, name, role, _gender(ws[:k], name)


# Canada's provinces and territories as agencies are named after them ("Health P.E.I.",
# "Nova Scotia Health"): one list for both readings of rule national_agency.
_PROVINCES = frozenset(("Ontario", "Quebec", "Québec", "Manitoba", "Saskatchewan", "Alberta",
                        "Nova Scotia", "New Brunswick", "B.C.", "BC", "P.E.I.", "PEI",
                        "Nunavut", "Yukon"))
# Rule national_agency: a government body named by its field and its country or province
# ("Health Canada", "Global Affairs Canada", "Sport England", "Health P.E.I."), not a place.
_AGENCY_COUNTRIES = frozenset("Canada Australia England Scotland Wales Ireland UK".split()) | {
    p for p in _PROVINCES if " " not in p}
_AGENCY_SECTORS = frozenset("""Health Transport Environment Parks Fisheries Immigration
    Elections Statistics Employment Infrastructure Veterans Sport Tourism Screen Universities
    Historic Heritage Finance Justice Agriculture Innovation Housing Energy Export Trade
    Revenue Water Affairs Service Services""".split())
# A province's own agency named with the province first ("Ontario Health", "Manitoba Hydro").
_PROVINCE_FIRST = frozenset("Health Hydro".split())


# The fields a bank's or a firm's arm is named for after the firm's letters ("TD Economics").
_FIRM_FIELDS = frozenset("""Economics Securities Materials Capital Markets Wealth Insurance
    Investments Research Asset Energy""".split())


def acronym_firm(ws: tuple[str, ...], k: int) -> bool:
    """Rule acronym_firm: letters that also read as a title after a name ("TD", "MP") and one
    word of a firm's field after them are a company, not a title and a family name. `ws` is
    the run's words, `k` where the name after the title would start. Examples:
      ("TD", "Economics") -> True (TD Economics, the bank's economists)
      ("MP", "Materials") -> True
      ("MP", "Jenny", "Kwan") -> False (a name after the title)
      ("TD", "Doherty") -> False (a family name, no field)"""
    return k == 1 and len(ws) == 2 and ws[0].isupper() and 2 <= len(ws[0]) <= 4 and \
        ws[1] in _FIRM_FIELDS


# Places named by two halves joined with "and": the second half -> the first.
_JOINED_PLACES = {"Labrador": "Newfoundland", "Tobago": "Trinidad", "Herzegovina": "Bosnia",
                  "Barbuda": "Antigua", "Nevis": "Kitts", "Caicos": "Turks",
                  "Miquelon": "Pierre", "Príncipe": "Tomé", "Grenadines": "Vincent"}


def joined_place(text: str, start: int, base: int, run: str) -> int:
    """Rule joined_place: a province or country named by two halves joined with "and" is one
    place, and the title after it is of that place, not a person named after its first half.
    `run` (at `base`, right after " and ") opens with the second half. Returns the length of
    the second half and the space after it in `run`, or 0.
    Examples:
      "Newfoundland and |Labrador Premier Tony Wakeham said" -> 9 (the role is "Newfoundland
        and Labrador Premier", "Newfoundland" no one)
      "Trinidad and |Tobago Prime Minister Kamla Persad-Bissessar" -> 7
      "in Bosnia and |Herzegovina." -> 12 (the place alone: no name in the run)
      "Smith and |Labrador Premier" -> 0 (the halves must go together)"""
    head = run.split(" ", 1)[0]
    first = _JOINED_PLACES.get(head.rstrip(".,;:"))
    lo = base - 5 - len(first or "")
    if first is None or lo < start or text[lo:base - 5] != first or \
            lo > start and (text[lo - 1].isalnum() or text[lo - 1] in "'’"):
        return 0
    return min(len(head) + 1, len(run))


# The fields before "and" in a department's name: "Immigration, Refugees and ".
_FIELD = r"[A-Z][\w'’-]*(?:[ \xa0][A-Z][\w'’-]*){0,2}"
# (the test of the character before comes after the capital, as in _RUN: faster)
_FIELDS_BEFORE = re.compile(rf"(?:{_FIELD},[ \xa0]){{0,3}}{_FIELD}[ \xa0]and[ \xa0]$")
_FIELD_OPENS = re.compile(r"[\w'’.-]")


def joined_agency(text: str, start: int, base: int, run: str) -> int:
    """Rule joined_agency: a federal department named by fields joined by "and" (and commas)
    before its country, as Canada names them, is one organisation. `run` (at `base`, right
    after " and ") is the last field and the country. Returns where the name begins, or -1.
    Examples:
      "Fisheries and |Oceans Canada said" -> 0 (Fisheries and Oceans Canada)
      "Immigration, Refugees and |Citizenship Canada" -> 0
      "Crown-Indigenous Relations and |Northern Affairs Canada" -> 0
      "the United States and |Atlantic Canada" -> -1 (a region: "Atlantic" is no field)
      "Britain and |Canada" -> -1 (a country alone)
      "John Smith and |Global Affairs Canada" -> -1 (a person's given name)"""
    words = run.rstrip(".").split()
    if len(words) < 2 or words[-1] not in _AGENCY_COUNTRIES or \
            len(words) == 2 and words[0] in _AGENCY_SECTORS:
        return -1  # "John Smith and Health Canada": an agency of its own after "and"
    field_word = words[-2]
    if not (field_word in _AGENCY_SECTORS or field_word.endswith(("s", "ment", "ship", "tion"))):
        return -1
    lo = max(start, base - 80)  # four fields of a word or two each
    if (k := text.rfind(".", lo, base)) >= 0 and not text[k - 1:k].isupper():
        lo = k + 1  # (not over a sentence's end)
    m = _FIELDS_BEFORE.search(text, lo, base)
    while m is not None and m.start() > 0 and _FIELD_OPENS.match(text, m.start() - 1):
        m = _FIELDS_BEFORE.search(text, m.start() + 1, base)  # "McKenna": from a word's start
    if m is None:
        return -1
    fields = m.group()[:-5].replace(",", " ").split()
    if any(f in PLACES or f in DEMONYMS or f in STOP or is_given_name(f) for f in fields):
        return -1
    return m.start()


def is_agency(name: tuple[str, ...]) -> bool:
    """A government body's name as rules national_agency and joined_agency read it:
    ("Health", "Canada") -> True; ("Fisheries", "and", "Oceans", "Canada") -> True;
    ("Canada", "Post") -> False"""
    return national_agency(name) or len(name) >= 4 and name[-1] in _AGENCY_COUNTRIES and \
        "and" in name


# Words that make a run an organisation ("Fox News", "The Hill", "Court") but are family
# names too.
_SURNAME_ORG_WORDS = frozenset("Fox Hill Church Court".split())


def surname_org_word(name: tuple[str, ...]) -> bool:
    """Rule surname_org_word: a known given name and one family name that is also an
    organisation's word is a person. Examples:
      ("Bill", "Fox") -> True; ("Liam", "Fox") -> True; ("Anita", "Hill") -> True
      ("Fox", "News") -> False; ("Capitol", "Hill") -> False (no given name)
      ("Bill", "Fox", "News") -> False (a third word: the run is the network's)"""
    return len(name) == 2 and name[1] in _SURNAME_ORG_WORDS and is_given_name(name[0])


def national_agency(ws: tuple[str, ...]) -> bool:
    """Rule national_agency: a government body named by its field, perhaps with a word before
    it, and its country or province, or a province's own named with the province first; no
    place and no person. Examples:
      ("Health", "Canada") -> True; ("Statistics", "Canada") -> True
      ("Global", "Affairs", "Canada") -> True; ("Public", "Health", "Ontario") -> True
      ("Health", "P.E.I.") -> True; ("Tourism", "Saskatchewan") -> True
      ("Nova", "Scotia", "Health") -> True; ("Manitoba", "Hydro") -> True
      ("Upper", "Canada") -> False (no field); ("Canada",) -> False
      ("John", "Health", "Canada") -> False (a person's given name before it)"""
    if 2 <= len(ws) <= 4 and ws[-1] in _AGENCY_COUNTRIES and ws[-2] in _AGENCY_SECTORS:
        return not any(is_given_name(w) for w in ws[:-2])
    return len(ws) in (2, 3) and ws[-1] in _PROVINCE_FIRST and " ".join(ws[:-1]) in _PROVINCES


def party_label(ws: tuple[str, ...], k: int) -> bool:
    """Rule party_label: a party's words at ws[k] (with a place's or a people's name among
    them) are part of a title when a title word follows them. Examples:
      ("Sinn", "Féin", "TD", "Pearse", "Doherty"), 0 -> True
      ("Bloc", "Québécois", "MP", "Alexis", "Brunelle-Duceppe"), 0 -> True
      ("Coalition", "Avenir", "Québec", "MNA", "Youri", "Chassin"), 0 -> True
      ("Progressive", "Conservative", "MLA", "Glen", "Savoie"), 0 -> True
      ("United", "Conservative", "MLA", "Scott", "Sinclair"), 0 -> True
      ("United", "States", "Senator", "Tim", "Kaine"), 0 -> False ("States" is no party's)
      ("Liberal", "MP"), 0 -> True ("one Liberal MP": a role, no one named)
      ("Coalition", "Avenir", "Québec"), 0 -> False (the party itself)
      ("Conservative", "Case"), 0 -> False (no title word)"""
    j = k + 1
    while j < len(ws) and (ws[j] in PARTY_WORDS or ws[j] in DEMONYMS):
        j += 1
    return j < len(ws) and _bare(ws[j]) in TITLE_WORDS


def party_tag(mtext: str) -> bool:
    """Rule party_tag: the party and state US news writes after a lawmaker's name (AP's
    "Rep. Don Bacon, R-Neb., said", The Hill's "(R-Utah)", state houses' "R-Fort Worth") is
    no one's name. Examples: "R-Fort Worth" -> True; "D-N.Y" -> True; "I-Ariz" -> True;
    "Jean-Pierre" -> False; "R-" -> False"""
    return mtext[1:2] == "-" and mtext[:1] in "RDI" and mtext[2:3].isupper()


def hyphened_title(tok: str) -> bool:
    """Rule hyphened_title: titles joined by a hyphen, as Canadian news writes military and
    police ranks, are one title. Examples: "Lt.-Gen." -> True; "Maj.-Gen." -> True;
    "Vice-Admiral" -> True; "Lt.-Col." -> True; "Jean-Yves" -> False"""
    return "-" in tok and all(_bare(p) in TITLE_WORDS for p in tok.split("-"))


def _without_suffix(name: tuple[str, ...]) -> tuple[str, ...]:
    """A name without the dot of "Jr." or "Sr." and without a post-nominal (rule
    post_nominal: "Tom Little KC" is Tom Little)."""
    if "Jr." in name or "Sr." in name:
        name = tuple(_bare(w) if w in ("Jr.", "Sr.") else w for w in name)
    if len(name) >= 3 and name[-1] in POST_NOMINALS:
        name = name[:-1]
    return name


def is_role_plural(word: str) -> bool:
    """Rule role_plural: a capitalised plural of a role noun opening a sentence names a
    group, never one person ("Prosecutors said", "Aides say", "Lawyers for the family").
    Examples: "Prosecutors" -> True; "Aides" -> True; "Prosecutor" -> False; "Reeves" ->
    False (a reeve heads a township, but Reeves is a family name)."""
    return len(word) > 3 and word[-1] == "s" and word[:-1].lower() in PERSON_ROLE_NOUNS and \
        word[:-1].lower() not in _SURNAME_ROLES


# Role nouns whose capitalised plural is a family name.
_SURNAME_ROLES = frozenset(("reeve",))


# Given names that are also months or their abbreviations (rule given_name_alone).
_NOT_ALONE = DATES | MONTH_ABBREVIATIONS


def is_given_name(word: str) -> bool:
    """A known given name as written: "Rachel", "Pierre"."""
    return word in MALE_NAMES or word in FEMALE_NAMES


_ENVOY_TO = re.compile(r"(?:[Aa]mbassador|[Ee]nvoy|[Cc]onsul)[ \xa0]+to[ \xa0]+(?:the[ \xa0]+)?$")


def envoy_place(name: tuple[str, ...], mtext: str) -> int:
    """Rule envoy_to_place: after "ambassador to" or "envoy to" a run of capitals starts with
    the country or body the envoy is sent to; the person's name starts at the first known
    given name after it, or else after its first word. The number of the place's words (0:
    the run is not read so). Examples:
      ("United", "Nations", "Linda", "Thomas-Greenfield") -> 2 (Linda Thomas-Greenfield)
      ("Israel", "Mike", "Huckabee") -> 1 (Mike Huckabee)
      ("Japan", "Rahm", "Emanuel") -> 1 (Rahm Emanuel)"""
    if tuple(mtext.split(" ")) != name:
        return 0  # (a run the reader rewrote: an honorific, a suffix; left as it is)
    for i in range(1, len(name) - 1):
        if is_given_name(name[i]):
            return i
    return 1


def title_of_office(ws: tuple[str, ...], k: int) -> int:
    """Rule title_of_office: in a title that names what it is of ("Chancellor of the
    Exchequer", "Leader of the Opposition", "Governor of the Bank of England"), the words
    after "of" belong to the role, and the person's name starts at the first known given
    name with a family name after it; with no known given name, what the title is of is one
    word (with its own "of": "Bank of England") and the name follows it. -1: no name at all.
    `k` is where the role's title words stopped (the first word after "of"). Examples:
      "Chancellor of the Exchequer Rachel Reeves" -> Rachel Reeves, role "Chancellor of
          the Exchequer"
      "Leader of the Opposition Pierre Poilievre" -> Pierre Poilievre
      "Governor of the Bank of England Andrew Bailey" -> Andrew Bailey
      "Secretary of the Treasury Mnuchin" -> Mnuchin
      "Minister of Health Sylvia Jones" -> Sylvia Jones ("Sylvia": no known given name)
      "House of Commons Speaker Francis Scarpaleggia" -> Francis Scarpaleggia (a title word
          after what the office is of is the title's, not the name's)
      "Leader of the Opposition" -> -1 (a title, no name)"""
    for i in range(k + 1, len(ws) - 1):
        if is_given_name(ws[i]):
            return i
    p = k + 1
    while p + 1 < len(ws) and ws[p] in ("of", "the"):
        p += 1 if ws[p + 1] in ("of", "the") else 2
    while p + 1 < len(ws) and _bare(ws[p]) in TITLE_WORDS:
        p += 1
    return p if p < len(ws) else -1


def _gender(titles: tuple[str, ...], name: tuple[str, ...]) -> str | None:
    for t in titles:
        if t in MALE_TITLES or _bare(t) in MALE_TITLES:
            return "m"
        if t in FEMALE_TITLES or _bare(t) in FEMALE_TITLES:
            return "f"
    if len(name) >= 2:
        if name[0] in MALE_NAMES:
            return "m"
        if name[0] in FEMALE_NAMES:
            return "f"
    return None


def norm_token(tok: str) -> str:
    return tok.lower().replace("’", "'").rstrip(".")


# Short forms that are never an organisation's own: "Jewish" of "Jewish National Fund",
# "Canada" of "Canada Post" (rule org_short_form).
_DEMONYM_KEYS = frozenset(norm_token(w) for w in DEMONYMS | PLACES | set(
    "Jewish Muslim Christian Catholic Evangelical Protestant Mormon Hindu Sikh Islamic "
    "Arab".split()))


@functools.lru_cache(maxsize=16384)
def name_key(name: tuple[str, ...]) -> tuple[str, ...]:
    """The normalised name, the key names are matched by ("Mike", "Pompeo") -> ("mike",
    "pompeo"). Cached: news repeats names, within an article and across articles."""
    return tuple([norm_token(t) for t in name])


_GENERATIONAL = frozenset(("ii", "iii", "iv"))


def family_key(key: tuple[str, ...]) -> tuple[str, ...]:
    """Rule generational_suffix: a name key without the numeral after its family name, which
    a short form leaves out ("Jr." and "Sr." stay: 'Mr. Trump' after 'Donald Trump Jr.' is
    most often his father). Examples:
      ("joe", "manchin", "iii") -> ("joe", "manchin") ('Manchin said' is he)
      ("robert", "f", "kennedy", "jr") -> ("robert", "f", "kennedy", "jr")
      ("trump", "iii") -> ("trump", "iii") (a family name and the numeral alone: kept)"""
    return key[:-1] if len(key) >= 3 and key[-1] in _GENERATIONAL else key


_NO_WORDS: frozenset[str] = frozenset()


@dataclass(slots=True)
class EntityRecord:
    name: tuple[str, ...]
    kind: str
    role: str | None = None
    gender: str | None = None
    mentions: list[NameMention] = field(default_factory=list)
    starts: list[int] = field(default_factory=list)  # mention starts, sorted
    # role words seen before the name (a set of its own once there is one: few have any)
    described: set[str] | frozenset[str] = _NO_WORDS
    titled: bool = False
    # the name as shown, joined once (it is read for every quote the entity says): set by
    # rename() when a fuller name comes
    display: str = field(default="", init=False, compare=False)

    def __post_init__(self) -> None:
        self.display = " ".join(self.name)

    def rename(self, name: tuple[str, ...]) -> None:
        self.name, self.display = name, " ".join(name)

    def add(self, m: NameMention) -> None:
        self.mentions.append(m)
        starts = self.starts
        if not starts or starts[-1] < m.start:
            starts.append(m.start)  # (mentions mostly come in order)
        else:
            bisect.insort(starts, m.start)
        if m.described:
            self.described = self.described | {m.described}
        if m.titled:
            self.titled = True


def same_person(a: tuple[str, ...], b: tuple[str, ...]) -> bool:
    """Two full names of one article (name keys) are one person's when they have the same
    family name (the last word) and the same given name, or the same initial where either
    given name has one or two letters, or by rule compound_family_name. Examples:
      "John Smith" and "John Q. Smith", "J. Smith", "Jo Smith" -> the same person
      "John Smith" and "Jane Smith", "John Jones", "K. Smith" -> two people"""
    return a[-1] == b[-1] and (a[0] == b[0] or a[0][0] == b[0][0]
                               and (len(a[0]) <= 2 or len(b[0]) <= 2)) \
        or _compound_family(a, b)


# Rule many_share_a_word: the people and organisations sharing one word of a name that a new
# name is matched against are the last _MANY the article introduced. News never names so many
# Smiths or Johns in one article; a page of thousands would otherwise match each new one
# against all the others (quadratic: 2,000 "... Smith" took 1.9 s for 100 KB).
_MANY = 64
# Past EntityTable.scan people sharing a word, a name is looked up instead of matched
# against each of them: a full name by its words (_file), a short form by group
# (_best_group) among the _WALK mentions before it (_named_last). The same people either
# way (a test checks it).
_WALK = 64


@dataclass(slots=True)
class _ShortForms:
    """The short forms of one article being resolved (EntityTable.build): its mentions,
    whether in text order (_named_last reads them back only then; asked once, if ever), and
    the people a one-word short form may name for each window of the last _MANY sharing it,
    by rank: with it last, with it first (_best_group)."""
    mentions: list[NameMention]
    in_order: bool | None = None
    groups: dict[tuple[str, int, str | None], tuple[set[int], set[int]]] = field(
        default_factory=dict)
    starts: list[int] | None = None  # the mentions' starts, made once if in order

    def ordered(self) -> bool:
        if self.in_order is None:
            ms = self.mentions
            self.in_order = all(a.start < b.start for a, b in zip(ms, ms[1:], strict=False))
        return self.in_order

    def count_before(self, pos: int) -> int:
        """How many of the mentions (in order) start before pos: a bisection of plain numbers,
        four times as fast as one that reads each mention's start."""
        if self.starts is None:
            self.starts = [m.start for m in self.mentions]
        return bisect.bisect_left(self.starts, pos)


def _compound_family(a: tuple[str, ...], b: tuple[str, ...]) -> bool:
    """Rule compound_family_name: a two-word name that ends a longer full name of the same
    article is that person's family name of two words, written without the given name.
    Examples:
      "Michelle Rempel Garner" ... "Rempel Garner said" -> Michelle Rempel Garner
      "Debbie Wasserman Schultz" ... "Wasserman Schultz" -> the same person
      "Jason Van Dyke" ... "Van Dyke" -> the same person
      "George W. Bush" ... "W. Bush" -> no: an initial is not a family name
      "Mario Vargas Llosa", "Andrés Manuel López Obrador" -> no, for now: the given name
        must be a known one (the lists are English-leaning) and the full name three words
      "10 Offensive Things Donald Trump" ... "Donald Trump" -> no: "Donald" is a given name
      "Kill Trayvon Martin", "Old San Juan" -> no: the longer name must open with a known
        given name (a headline's or a place's words before a name are not one)"""
    short, full = (a, b) if len(a) < len(b) else (b, a)
    return len(short) == 2 and len(full) == 3 and full[1:] == short and len(short[0]) > 2 \
        and _given(full[0]) and not _given(short[0])


def _given(key: str) -> bool:
    """Is a name key a known given name ("debbie", "mario")?"""
    return is_given_name(key.capitalize())


class EntityTable:
    """People and organisations of one article; short forms are resolved to full names."""

    scan = 16  # up to how many people sharing a word a name is matched against one by one

    def __init__(self) -> None:
        self.entities: list[EntityRecord] = []
        self._keys: list[tuple[str, ...]] = []  # normalised name of each entity
        self._by_token: dict[str, list[int]] = {}  # any name token -> entities
        self._called: defaultdict[tuple[str, ...], set[int]] = defaultdict(set)  # short
        # form -> the entities it named so far
        self._org_of: dict[tuple[str, ...], int] = {}  # an organisation's key -> its entity
        # People named with two words or more, of a family name shared by more than `scan`:
        # (family name, "word", a word before it), (family name, "initial" or "short", the
        # given name's initial) -> their positions in _by_token[family], ascending.
        self._people: dict[tuple[str, str, str], list[int]] = {}
        self._filed: set[str] = set()  # the family names of _people
        self._names_person: dict[str, bool] = {}  # names_person's answers, once built

    def build(self, mentions: list[NameMention]) -> None:
        # Full names first, so that "Pompeo" in a headline still finds "Mike Pompeo" below.
        for m in mentions:
            if m.kind == PERSON and len(m.name) >= 2:
                m.entity = self._add_full(m)
        for m in mentions:
            if m.kind == ORGANISATION:
                m.entity = self._add_org(m)
        short = _ShortForms(mentions)
        for m in mentions:
            if m.entity < 0:
                m.entity = self._resolve_short(m, short)
        for e in self.entities:
            if e.role is not None and e.gender is not None:
                continue  # nothing left to fill
            for m in e.mentions:
                if e.role is None and m.role:
                    e.role = m.role
                if e.gender is None and m.gender:
                    e.gender = m.gender

    def _new(self, m: NameMention, key: tuple[str, ...]) -> int:
        e = EntityRecord(m.name, m.kind, m.role, m.gender)
        e.add(m)
        self.entities.append(e)
        self._keys.append(key)
        self._names_person.clear()
        i = len(self.entities) - 1
        by_token = self._by_token
        for t in set(key) if len(key) > 1 else key:
            if (same := by_token.get(t)) is None:
                by_token[t] = [i]  # (no empty list made for a word seen before)
            else:
                same.append(i)
        return i

    def _file(self, key: tuple[str, ...], at: int) -> None:
        """File a person named `key` (two words or more) at its position `at` among those
        sharing its family name (_by_token[family]: the family name, its last word, never
        changes) under each word before the family name, and under the initial of its given
        name, once for all and once for a given name of one or two letters. A name that
        grows is filed again under its new words; the lists of the words it no longer opens
        with keep it (_add_full checks every person it finds)."""
        family, given = key[-1], key[0]
        kinds = [(family, "word", w) for w in key[:-1]] + [(family, "initial", given[0])]
        if len(given) <= 2:
            kinds.append((family, "short", given[0]))
        people = self._people
        for kind in kinds:
            positions = people.get(kind)
            if positions is None:
                people[kind] = [at]
            elif positions[-1] < at:
                positions.append(at)  # (the common case: a new person, filed last)
            elif (j := bisect.bisect_left(positions, at)) == len(positions) or \
                    positions[j] != at:
                positions.insert(j, at)

    def _sharing(self, token: str) -> list[int]:
        """The entities whose name holds `token`, at most the last _MANY introduced (not to
        be changed: the table's own list while no longer)."""
        sharing = self._by_token.get(token, [])
        return sharing if len(sharing) <= _MANY else sharing[-_MANY:]

    def _add_full(self, m: NameMention) -> int:
        """A name of two words or more is the first person (same_person) among the last _MANY
        sharing its family name (rule many_share_a_word, in the order they came to share it),
        or someone new. Past `scan`, those who may be are found by their words (_file), not by
        reading the _MANY: the ones with a word of it before the family name (its given
        name; "Rempel" of "Michelle Rempel Garner", rule compound_family_name), or the same
        initial where either given name has one or two letters."""
        key = name_key(m.name)
        family = key[-1]
        sharing = self._by_token.get(family, [])
        if len(sharing) <= self.scan:  # (fewer than _MANY)
            near = range(len(sharing))
        else:
            given, lo = key[0], len(sharing) - _MANY
            if family not in self._filed:
                self._filed.add(family)
                for at, i in enumerate(sharing):
                    if self.entities[i].kind == PERSON and len(ek := self._keys[i]) >= 2 \
                            and ek[-1] == family:
                        self._file(ek, at)
            # The words a person it may be has before the family name: its given name, and
            # for a name of two or three words the others too (rule compound_family_name:
            # "Rempel" of "Michelle Rempel Garner"); a name of four words or more is one
            # person's only with the same given name or initial ("Aaron A. B. Cuban": the
            # middle initials are shared by thousands of people, who are no match).
            found: set[int] = set()
            before = key[:-1] if len(key) <= 3 else key[:1]
            for kind in [(family, "word", w) for w in before] + [
                    (family, "initial" if len(given) <= 2 else "short", given[0])]:
                positions = self._people.get(kind, [])
                found.update(positions[bisect.bisect_left(positions, lo):])
            near = sorted(found)
        for at in near:
            i = sharing[at]
            e, ek = self.entities[i], self._keys[i]
            if e.kind != PERSON or len(ek) < 2 or not same_person(ek, key):
                continue
            if len(key) > len(ek):
                e.rename(m.name)
                self._keys[i] = key
                self._names_person.clear()
                for t in set(key):
                    if i not in self._by_token.setdefault(t, []):
                        self._by_token[t].append(i)
                if family in self._filed:
                    self._file(key, at)
            e.add(m)
            return i
        if len(key) == 2 and m.name[0] in GIVEN_TITLE_WORDS:
            # "Dean Amar" after "Vikram Amar, dean of the law school": the title and the
            # family name of someone named before (see demonym_given_name in _read)
            for at in reversed(near):
                i = sharing[at]
                if self.entities[i].kind == PERSON and len(self._keys[i]) >= 2:
                    self.entities[i].add(m)
                    return i
        i = self._new(m, key)
        if family in self._filed:
            self._file(key, len(sharing) - 1)  # (the table's own list: it was there before)
        return i

    def _add_org(self, m: NameMention) -> int:
        key = name_key(m.name)
        i = self._org_of.get(key)
        if i is not None:
            self.entities[i].add(m)
            return i
        i = self._org_of[key] = self._new(m, key)
        return i

    def _resolve_short(self, m: NameMention, short: _ShortForms) -> int:
        """A one-word name (or one with a title): 'Pompeo', 'Mr Pompeo', 'Ma', 'Kim', one of
        `short.mentions`."""
        key = name_key(m.name)
        n = len(key)
        best, best_score = -1, None
        # The entities sharing its last or first token (each listed once per token; the best
        # score below is a strict minimum ending in i, so their order does not matter).
        found = self._sharing(key[-1])
        if n > 1:
            found = set(found) | set(self._sharing(key[0]))
        elif len(found) > self.scan and m.described is None and \
                (i := self._named_last(m, key[0], short)) is not None:
            found, best = (), i  # the least score, found without scoring them all
        called = self._called.get(key, ())
        for i in found:
            e, ek = self.entities[i], self._keys[i]
            if e.kind != PERSON or n > len(ek):
                continue
            if m.gender and e.gender and m.gender != e.gender:
                continue  # "Mrs. Clinton" is not Bill Clinton, "Mr. Clinton" not Hillary
            if ek[-n:] == key or family_key(ek)[-n:] == key:
                rank = 0  # family name last: "Pompeo" of "Mike Pompeo", "Manchin" of "Joe
                # Manchin III" (rule generational_suffix)
            elif ek[:n] == key:
                rank = 1  # family name first ("Ma" of "Ma Zhaoxu"), or a first name
            else:
                continue
            # The same role word first ("leader Kim" is the one called "leader Kim Jong Un"),
            # then, for a family name written last, the person already called by it (rule
            # established_short_form: "Fiorina" stays Carly Fiorina after "her husband, Frank
            # Fiorina"), then the nearest earlier mention ("Kim" after "Kim Yong Chol": a
            # family name written first is shared by many), then a later one.
            same_role = m.described is not None and m.described in e.described
            new_to_it = rank == 0 and i not in called
            k = bisect.bisect_left(e.starts, m.start)
            dist = m.start - e.starts[k - 1] if k else 10**9 + e.starts[0]
            score = (rank, not same_role, new_to_it, relative_named(e, m), dist, i)
            if best_score is None or score < best_score:
                best, best_score = i, score
        if best < 0 and n == 1:
            best = self._org_short_form(key)
        if best >= 0:
            self.entities[best].add(m)
            self._called[key].add(best)
            return best
        return self._new(m, key)

    def _best_group(self, token: str, gender: str | None, short: _ShortForms) -> set[int]:
        """The people a one-word short form with no role word before it may name whose
        score (_resolve_short) is best but for the distance: those with it last (the ones
        already called by it if any), else those with it first. The people sharing the word
        are sorted into these groups once for each window of the last _MANY (`short`)."""
        sharing = self._by_token.get(token, [])
        g = short.groups.get((token, len(sharing), gender))
        if g is None:
            g = short.groups[token, len(sharing), gender] = (set(), set())
            for i in sharing[-_MANY:]:
                e, ek = self.entities[i], self._keys[i]
                if e.kind != PERSON or gender and e.gender and gender != e.gender:
                    continue
                if family_key(ek)[-1] == token:
                    g[0].add(i)
                elif ek[0] == token:
                    g[1].add(i)
        last, first = g
        if not last:
            return first
        called = self._called.get((token,))
        return (called & last if called else None) or last

    def _named_last(self, m: NameMention, token: str, short: _ShortForms) -> int | None:
        """For a one-word short form `token` with no role word before it, the person of its
        best group (_best_group) named last among the _WALK mentions before it (the winner of
        a page of 'Smith' quotes): the nearest earlier mention, so the least score in
        _resolve_short; -1 for no group; None if not found so: the score decides."""
        if not short.ordered():
            return None
        group = self._best_group(token, m.gender, short)
        if not group:
            return -1
        index = short.count_before(m.start)
        for j in range(index - 1, max(index - 1 - _WALK, -1), -1):
            near = short.mentions[j]
            if near.entity in group:
                # (unless set before the build and left: an entity lists its mentions' starts)
                starts = self.entities[near.entity].starts
                k = bisect.bisect_left(starts, near.start)
                return near.entity if k < len(starts) and starts[k] == near.start else None
        return None

    def _org_short_form(self, key: tuple[str, ...]) -> int:
        """Rule org_short_form: a one-word name that no person of the article carries, and
        that opens the name of an organisation the article gives in full, is that
        organisation: never a person a pronoun may point to. Examples:
          'Compaq Computer ... a deal with Compaq ... "...," she said' -> Compaq is the
            company, so "she" is not Compaq
          'Hillary Clinton ... the Clinton Foundation ... Clinton said' -> Clinton is the
            person (a person who carries the word comes first)
          'the Jewish National Fund ... many Jewish leaders' -> Jewish is a demonym"""
        if key[0] in _DEMONYM_KEYS:
            return -1  # "Jewish" of "Jewish National Fund" is an adjective, not its name
        for i in self._sharing(key[0]):
            ek = self._keys[i]
            if self.entities[i].kind == ORGANISATION and len(ek) >= 2 and ek[0] == key[0]:
                return i
        return -1

    def surname_mentions(self, text: str, mentions: list[NameMention]) -> list[NameMention]:
        """Mentions of people whose family name reads as a place or nationality ("Mark
        Cuban" ... "Cuban said") or as a title (rule title_family_name: "Chief Wilfred King"
        ... "King said", "Sarah Bishop" ... "Bishop said"; not "the King said"), or opens in
        lower case (rules elided_particle, hyphened_article: "Chris d'Entremont" ...
        "d'Entremont said"), which the name finder leaves out on their own. Rule
        one_bare_word: each bare word goes to one person, the one of that family named in
        full nearest before it (before any of them, the first named), as a short form does.
        (It went to every person of the family: thousands of people called "... Cuban" in
        one text made each "Cuban" a mention of each, quadratic time.)"""
        family: dict[str, list[int]] = {}  # such a family name -> its people
        for i, e in enumerate(self.entities):
            last = e.name[-1]
            if e.kind == PERSON and len(e.name) >= 2 and (
                    last in DEMONYMS or last in PLACES or last in GROUPS or
                    last in _TITLE_FAMILY_NAMES or last[:1].islower()):
                # (lower case: "d'Entremont", "al-Awlaki", which no run opens with)
                family.setdefault(last, []).append(i)
        if not family:
            return []
        # Where a name already stands: a position is covered when the mentions starting at or
        # before it reach past it (the furthest end of those, kept as they come by start; a
        # set of every covered character was made here before).
        by_start = sorted((m.start, m.end) for m in mentions)
        starts_at = [a for a, _ in by_start]
        reach = list(itertools.accumulate((b for _, b in by_start), max))
        extra: list[NameMention] = []
        # The families in lower case are found by one scan for them all (a scan for each, of
        # thousands of "al-..." families in one text, was quadratic time).
        lower: dict[str, list[re.Match]] = {last: [] for last in family if last[:1].islower()}
        if lower:
            for m in _LOWER_FAMILY.finditer(text):
                if m.group() in lower and (m.start() == 0 or not (
                        text[m.start() - 1].isalnum() or text[m.start() - 1] in "_'’.-")):
                    lower[m.group()].append(m)
        for last, people in family.items():
            named = sorted((m.start, i) for i in people for m in self.entities[i].mentions
                           if len(m.name) >= 2)
            starts = [s for s, _ in named]
            # The name, then the character before it (a pattern opening with a literal is
            # scanned fast; one opening with a lookbehind is tried at every position).
            pat = rf"{re.escape(last)}(?<![\w'’.-].{{{len(last)}}})\b"
            for m in lower[last] if last in lower else re.finditer(pat, text):
                if (c := bisect.bisect_right(starts_at, m.start()) - 1) >= 0 and \
                        reach[c] > m.start():
                    continue  # within a name found before
                if last in _TITLE_FAMILY_NAMES and \
                        text[max(0, m.start() - 4):m.start()] in ("the ", "The "):
                    continue  # rule title_family_name: "the King" is the title
                k = bisect.bisect_right(starts, m.start()) - 1
                i = named[k if k >= 0 else 0][1]
                e = self.entities[i]
                poss = text[m.end():m.end() + 2] in ("'s", "’s")
                nm = NameMention(m.start(), m.end(), last, (last,), PERSON,
                                 gender=e.gender, possessive=poss, entity=i)
                e.add(nm)
                extra.append(nm)
        return extra

    def names_person(self, word: str) -> bool:
        """Is `word` part of the full name of a person of this article ("Cruz" after "Ted
        Cruz")? Asked for every quote once the table is built: each word's answer is kept
        (thousands of organisations sharing a word were read again for every quote)."""
        token = norm_token(word)
        if (known := self._names_person.get(token)) is None:
            known = self._names_person[token] = any(
                self.entities[i].kind == PERSON and len(self.entities[i].name) >= 2
                for i in self._by_token.get(token, ()))
        return known

    def reliable(self, idx: int) -> bool:
        """Named in full, with a title, or more than once: not a capitalised sentence opener.
        Rule given_name_alone: a person known by a given name alone is reliable though named
        once, as features and local news write family members and passers-by. Examples:
          'Her grandson, Tony, 19, disagrees. "It's still a good street," he said.' -> Tony
          'a 52-year-old Salem, N.H., resident named Caroline. "He truly cares," she said.'
           -> Caroline
          'Imagine the headline: "..."' -> "Imagine" is no given name: not reliable
          'CORRECTION (Jan. 12): ... He called it "rushed."' -> "Jan" is a month here"""
        if idx < 0:
            return False
        e = self.entities[idx]
        return len(e.name) >= 2 or len(e.mentions) >= 2 or e.titled or \
            e.kind == PERSON and is_given_name(e.name[0]) and e.name[0] not in _NOT_ALONE

    def gender(self, idx: int) -> str | None:
        return self.entities[idx].gender
