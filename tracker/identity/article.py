"""Decide who each quotation of one article is attributed to, before anything is stored.

Every speaker the extractor found passes the gate (`gate.check_mention`) and is parsed
(`names.parse_name`). A full name is a named speaker. A bare name ("Clinton", "Donald") is
resolved only to a full name the same article gives; with none, or with two people it could
be ("Bill Clinton", "Hillary Clinton"), it stays ambiguous and no speaker is guessed.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, replace

from tracker.extraction.lexicon import FEMALE_TITLES, MALE_TITLES
from tracker.extraction.types import Entity, Quote
from tracker.identity.gate import (
    ORGANISATION,
    ORGANISATION_HEADS,
    PERSON,
    check_mention,
    is_common_word,
)
from tracker.identity.names import (
    REGNAL_TITLES,
    ParsedName,
    clean_role,
    fold,
    gender_of_name,
    is_first_name,
    is_role,
    parse_name,
    same_person,
)

NAMED, UNNAMED, AMBIGUOUS, NONE = "named", "unnamed", "ambiguous", "none"


@dataclass(frozen=True)
class Decision:
    """What one quotation's speaker is.

    status NAMED: `name` (a person's ParsedName or an organisation's name) with `role`;
    UNNAMED: `description` is the source as written ("a State Department official");
    AMBIGUOUS: `description` is the bare name ("Clinton"), for an editor to decide;
    NONE: no speaker (`rule` says which gate rule refused it, if any).
    """

    status: str
    kind: str = PERSON
    name: str = ""
    parsed: ParsedName | None = None
    role: str = ""
    description: str = ""
    rule: str | None = None
    gender: str | None = None  # of an ambiguous bare name's mention: "Mr. Trump" is "m"


def _line_at(text: str, position: int | None) -> str:
    if position is None or not 0 <= position <= len(text):
        return ""
    start = text.rfind("\n", 0, position) + 1
    end = text.find("\n", position)
    return text[start : end if end >= 0 else len(text)]


def _full_names(quotes: Sequence[Quote], entities: Sequence[Entity]) -> list[ParsedName]:
    """The full names of people the article gives, one per person (the fullest form)."""
    found: list[ParsedName] = []
    candidates = [e.name for e in entities if e.kind == PERSON or _titled_person(e.name)]
    candidates += [q.speaker for q in quotes if q.speaker and q.speaker_kind != ORGANISATION]
    for written in candidates:
        if not check_mention(written, PERSON).accepted:
            continue
        parsed = parse_name(written)
        if parsed.is_bare:
            continue
        for i, known in enumerate(found):
            if same_person(known, parsed):
                if len(parsed.middle) > len(known.middle):
                    found[i] = parsed
                break
        else:
            found.append(parsed)
    return found


def _titled_person(written: str) -> bool:
    """Rule: a role and a common given name make a person, whatever kind the extractor gave
    ("City Council Speaker Melissa Mark-Viverito", "Atlantic City Mayor Don Guardian").

    >>> _titled_person("City Council Speaker Melissa Mark-Viverito")
    True
    >>> _titled_person("City Council"), _titled_person("Goldman Sachs")
    (False, False)
    """
    parsed = parse_name(written)
    return bool(parsed.role) and is_role(parsed.role) and is_first_name(parsed.given)


_MALE = frozenset(w.lower().rstrip(".") for w in MALE_TITLES) | {"he", "him", "his"}
_FEMALE = frozenset(w.lower().rstrip(".") for w in FEMALE_TITLES) | {"she", "her", "hers"}


def _gender_of_mention(*written: str) -> str | None:
    """ "Mr. Trump" and "he" are a man, "Ms. Trump" and "she" a woman."""
    for text in written:
        first = text.split()[0].lower().rstrip(".") if text.split() else ""
        if first in _MALE:
            return "m"
        if first in _FEMALE:
            return "f"
    return None


def _resolve_bare(
    bare: ParsedName, full: list[ParsedName], gender: str | None = None
) -> ParsedName | None:
    """The one full name of the article a bare name can stand for: by family name
    ("Clinton"), else by given name ("Donald"). Of two people of one family, the honorific
    or pronoun decides ("Mr. Trump" is Donald Trump beside Ivanka Trump), else nobody."""
    key = bare.family_key
    by_family = [p for p in full if p.family_key == key]
    if len(by_family) > 1 and gender:
        by_family = [p for p in by_family if gender_of_name(p) == gender]
    if by_family:
        return by_family[0] if len(by_family) == 1 else None
    by_given = [p for p in full if p.given_key == key.replace(" ", "") and not p.eastern]
    return by_given[0] if len(by_given) == 1 else None


def _first_family_name(bare: ParsedName, full: list[ParsedName]) -> ParsedName | None:
    """Rule `first_family_name`: the one full name of the article whose middle name the bare
    name is, as with two family names ("Acosta" for "Melba Acosta Febo", "Rodham" for
    "Hillary Rodham Clinton"); never a first name ("Paul" of "John Paul Jones").

    >>> _first_family_name(parse_name("Acosta"), [parse_name("Melba Acosta Febo")]).name
    'Melba Acosta Febo'
    >>> _first_family_name(parse_name("Paul"), [parse_name("John Paul Jones")]) is None
    True
    """
    if is_first_name(bare.family):
        return None
    key = bare.family_key
    by_middle = [p for p in full if key in {fold(m) for m in p.middle if len(fold(m)) > 1}]
    return by_middle[0] if len(by_middle) == 1 else None


# Why a bare name stays open in its article: the article names nobody it can be (only then
# may the store decide: `family.bind_family_name`), or several people it can be.
NAMES_NOBODY, NAMES_SEVERAL = "bare_name", "several_in_article"


def _why_open(bare: ParsedName, full: list[ParsedName]) -> str:
    key = bare.family_key
    if any(p.family_key == key or p.given_key == key.replace(" ", "") for p in full):
        return NAMES_SEVERAL
    return NAMES_NOBODY


def _regnal_name(bare: ParsedName, text: str) -> ParsedName | None:
    """"Francis" where the article writes "Pope Francis": a title that is part of the name."""
    titles = "|".join(sorted(REGNAL_TITLES))
    pattern = rf"\b(?i:{titles})\s+{re.escape(bare.family)}\b"
    found = {parse_name(m.group(0)).name: m.group(0) for m in re.finditer(pattern, text)}
    return parse_name(next(iter(found.values()))) if len(found) == 1 else None


def _mention_names(mention: str, written: str, kind: str, line: str) -> bool:
    """The mention as written is a name the gate accepts, where the extractor's speaker
    was refused ("Mr. Trump" for "Stop Trump").

    >>> _mention_names("Mr. Trump", "Stop Trump", PERSON, "")
    True
    >>> _mention_names("he", "Trump Train", PERSON, "")
    False
    """
    if not mention or fold(mention) == fold(written) or not mention[:1].isupper():
        return False
    return check_mention(mention, kind, line).accepted


def _written_full_name(bare: ParsedName, text: str) -> ParsedName | None:
    """Rule `written_in_text`: the one full name the article writes for a bare name, with a
    common given name before it, when the extractor found no such person ("Rachel Maddow"
    in the text, "Maddow" as the speaker).

    >>> _written_full_name(parse_name("Maddow"), "MSNBC host Rachel Maddow asked.").name
    'Rachel Maddow'
    >>> _written_full_name(parse_name("Bush"), "Jeb Bush and George Bush") is None
    True
    """
    if not bare.family or is_first_name(bare.family):
        return None
    pattern = rf"\b([A-Z][a-z]+)(?: [A-Z]\.)? {re.escape(bare.family)}\b"
    found = {
        parse_name(m.group(0)).name
        for m in re.finditer(pattern, text)
        if is_first_name(m.group(1))
    }
    return parse_name(found.pop()) if len(found) == 1 else None


def decide_quote(quote: Quote, full: list[ParsedName], text: str = "") -> Decision:
    """The decision for one quotation, given the article's full names."""
    written = " ".join((quote.speaker or "").split())
    mention = " ".join((quote.speaker_mention or "").split())
    if not written:
        return Decision(NONE)
    kind = quote.speaker_kind or PERSON
    if written.split()[-1] in ORGANISATION_HEADS:
        kind = ORGANISATION  # "Mexican government", "Trump campaign"
    line = _line_at(text, quote.mention_start)
    verdict = check_mention(written, kind, line)
    if not verdict.accepted:
        if verdict.unnamed:
            return Decision(UNNAMED, kind, description=mention or written, rule=verdict.rule)
        if _mention_names(mention, written, kind, line):
            # Rule `mention_as_written`: the extractor tied "Mr. Trump" to a slogan entity
            # ("Trump Train"); the name the article wrote decides.
            decided = decide_quote(replace(quote, speaker=mention), full, text)
            return replace(decided, rule="mention_as_written") if decided.name else decided
        return Decision(NONE, kind, rule=verdict.rule)
    if kind == ORGANISATION:
        return Decision(NAMED, kind, name=written, role=clean_role(quote.speaker_role or ""))
    parsed = parse_name(written)
    role = clean_role(parsed.role) or clean_role(quote.speaker_role or "")
    if parsed.is_bare and is_common_word(parsed.family, kind, ""):
        # "Iowa Democrat" reads as role + "Democrat": a description, not a name
        return Decision(UNNAMED, kind, description=mention or written, rule="description")
    if parsed.is_bare:
        gender = _gender_of_mention(written, mention)
        open_why = _why_open(parsed, full)
        resolved, rule = _resolve_bare(parsed, full, gender), "same_article"
        if resolved is None:
            resolved, rule = _regnal_name(parsed, text), "regnal_title"
        if resolved is None and open_why == NAMES_NOBODY:
            resolved, rule = _first_family_name(parsed, full), "first_family_name"
        if resolved is None and open_why == NAMES_NOBODY:
            resolved, rule = _written_full_name(parsed, text), "written_in_text"
        if resolved is None:
            if any(parsed.family_key in {fold(m) for m in p.middle} for p in full):
                open_why = NAMES_SEVERAL  # the middle name of several people
            return Decision(
                AMBIGUOUS, kind, description=parsed.family, rule=open_why, gender=gender
            )
        parsed = resolved
        role = role or clean_role(parsed.role)
        return Decision(NAMED, kind, name=parsed.name, parsed=parsed, role=role, rule=rule)
    return Decision(NAMED, kind, name=parsed.name, parsed=parsed, role=role)


def decide_article(
    quotes: Sequence[Quote], entities: Sequence[Entity], text: str = ""
) -> list[Decision]:
    """One decision per quotation, in order.

    >>> from tracker.extraction.types import Quote
    >>> q = lambda who: Quote(0, 1, "x", False, "said", who, speaker_kind="person")
    >>> [d.name or d.status for d in decide_article(
    ...     [q("FBI Director James Comey"), q("Comey"), q("Murphy"), q("an aide")], ())]
    ['James Comey', 'James Comey', 'ambiguous', 'unnamed']
    """
    full = _full_names(quotes, entities)
    return [decide_quote(quote, full, text) for quote in quotes]


def same_name(a: str, b: str) -> bool:
    """Two written names of one person ("Hillary Rodham Clinton", "Hillary Clinton"), or the
    same organisation name."""
    pa, pb = parse_name(a), parse_name(b)
    return same_person(pa, pb) or (fold(a) == fold(b) and bool(fold(a)))
