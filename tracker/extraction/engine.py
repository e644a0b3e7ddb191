"""extract(): find quotations and attribute each to its speaker.

The pipeline, each step linear in the article's length:
1. marks.find_spans: quotation spans, paragraph by paragraph (multi-paragraph quotes chained);
2. the quoted words are masked, so that names and cues are read in the reporter's text only;
3. names.find_names + EntityTable: people and organisations, short forms resolved;
4. attribution.find_cues: every speech verb with its source, pronouns and role nouns resolved
   left to right (Resolver);
5. speakers.attribute: each span gets a speaker from the cue after it, before it, a lead-in,
   a signature, its sentence's subject, or the speaker carried over from before;
6. spans nobody says (short scare quotes, titles of shows and books) are dropped here.
"""

from __future__ import annotations

import bisect
import datetime
import re

from .attribution import Cue, Resolver, find_cues, named_group, resolve
from .marks import Span, find_spans
from .names import EntityTable, find_names
from .speakers import MASK, Decision, attribute
from .subjects import is_subject_position, role_between
from .text import count_words, paragraphs, sentence_ends
from .types import ORGANISATION, PERSON, Entity, Extraction, Mention, Quote


def _split(s: str) -> list[str]:
    return s.split()


_TITLE_NOUNS = re.compile(
    r"\b(?:book|books|film|movie|show|song|album|titled|entitled|headlined|headline|series|"
    r"program|programme|column|essay|op-ed|play|musical|documentary|episode|novel|memoir|poem|"
    r"hashtag|slogan|magazine|newspaper|podcast|video|ad|advertisement|banner|sign|signs|"
    r"shirt|shirts|hat|hats|poster|track|single|chapter|section|segment|sketch|cover)"
    r"\W{0,3}$", re.I)
_SHOW_BEFORE = re.compile(
    r"(?:\b(?:on|in|starred in|appearance on|interview with|host of|anchor of|show|book|film|"
    r"movie|series|titled|entitled|edits|hosts|and)|[A-Z][A-Za-z]*['’]s)\s*$")
_SHOW_AFTER = re.compile(r"[ \xa0]+(?:star|stars|host|hosts|actor|actress|creator|co-star|"
                         r"producer|cast|episode|fame|writer|director|anchor)\b")
_SMALL_WORDS = frozenset(_split("a an the of and or in on to for at with by from is are be as "
                                "vs but it"))
_WORD = re.compile(r"[A-Za-z][\w'’-]*")


def _title_case(inner: str) -> bool:
    """'Good Morning America', 'The Art of the Deal': every main word capitalised."""
    inner = inner.rstrip(" ,.")  # American style puts the comma inside: "Guardians of ...,"
    if len(inner) > 120 or inner[-1:] in "!?":
        return False
    words = _WORD.findall(inner)
    main = [w for w in words if w.lower() not in _SMALL_WORDS]
    return bool(main) and len(words) <= 10 and all(w[0].isupper() for w in main)


_INTRODUCED = re.compile(r",[ \xa0]+(?:a|an|the)[ \xa0]+[a-z]")
_NUMERIC = re.compile(r"^[\d\s.,:/#@-]+$")


def _mask(text: str, spans: list[Span]) -> str:
    parts: list[str] = []
    pos = 0
    for s in spans:
        if s.open_start < pos:
            continue
        parts.append(text[pos:s.open_start])
        parts.append(MASK * (s.close_end - s.open_start))
        pos = s.close_end
    parts.append(text[pos:])
    return "".join(parts)


def _sentence_starts(text: str, masked: str, paras: list[tuple[int, int]],
                     spans: list[Span]) -> list[int]:
    starts: list[int] = []
    for ps, pe in paras:
        starts.append(ps)
        starts.extend(sentence_ends(masked, ps, pe))
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
    paras = paragraphs(text)
    spans = find_spans(text, paras)
    masked = _mask(text, spans)
    sent_starts = _sentence_starts(text, masked, paras, spans)
    names = find_names(masked, 0, len(masked))
    table = EntityTable()
    table.build(names)
    extra = table.surname_mentions(masked, names)
    if extra:
        names = sorted(names + extra, key=lambda m: m.start)
    closes = sorted(s.close_end for s in spans)

    def sent_lo(pos: int) -> int:
        return sent_starts[bisect.bisect_right(sent_starts, pos) - 1] if sent_starts else 0

    def clause_start(pos: int) -> int:
        lo = sent_lo(pos)
        k = bisect.bisect_right(closes, pos) - 1
        if k >= 0 and closes[k] > lo:
            lo = closes[k]
        semi = masked.rfind(";", lo, pos)
        return semi + 1 if semi >= 0 else lo

    subject_starts = {m.start for m in names if is_subject_position(masked, sent_lo(m.start), m)}
    for m in names:
        # "like Gary Clyde Hufbauer, a senior fellow at ...,": a source introduced in full with
        # a description is about to be quoted, wherever the name stands.
        if len(m.name) >= 2 and m.kind == PERSON and _INTRODUCED.match(masked, m.end):
            subject_starts.add(m.start)
    for a, b in zip(names, names[1:], strict=False):
        # "And Clinton campaign Chairman John Podesta offered": the subject is Podesta.
        if a.start in subject_starts and b.kind == PERSON and role_between(masked, a.end, b.start):
            subject_starts.discard(a.start)
            subject_starts.add(b.start)
    cues = find_cues(masked, clause_start, sent_lo, names, table.reliable)
    resolver = Resolver(table, names, sent_starts, subject_starts)
    resolve(cues, resolver, masked)
    decisions = attribute(text, masked, spans, cues, sent_starts, paras, names, resolver)
    quotes = tuple(q for q in (_quote(text, d, table) for d in decisions) if q is not None)
    return Extraction(quotes=quotes, entities=_entities(table, cues, quotes))


def _quote(text: str, d: Decision, table: EntityTable) -> Quote | None:
    s = d.span
    inner = text[s.start:s.end]
    words = count_words(inner)
    if words == 0 or _NUMERIC.match(inner):
        return None
    who = d.who
    before = text[max(0, s.open_start - 40):s.open_start]
    if d.how in ("", "subject") and _TITLE_NOUNS.search(before):
        return None  # the title of a book, film or show
    if _title_case(inner) and (_SHOW_BEFORE.search(before) or
                               _SHOW_AFTER.match(text, s.close_end)):
        return None  # 'told ABC's "Good Morning America"', 'starred in "Parks and Recreation"'
    if who is None:
        if words <= 4 or not s.closed and not (s.continued or s.continues):
            return None  # a scare quote or a stray mark, with no one to say it
        if _TITLE_NOUNS.search(before):
            return None
        confidence = 0.35
    else:
        confidence = {"tail": 0.9, "head": 0.85, "chain": 0.8, "split": 0.8,
                      "previous": 0.7, "subject": 0.55}.get(d.how, 0.5)
        if d.how in ("subject",) and words <= 2:
            confidence = 0.45
    speaker = kind = role = None
    if who is not None and who.entity >= 0:
        e = table.entities[who.entity]
        speaker, kind, role = e.display, e.kind, who.role or e.role
    elif who is not None and who.kind == PERSON and who.text[:1].isupper():
        speaker, kind = who.text, PERSON  # a name the article never spells out in full
    elif who is not None and (group := named_group(who)) is not None:
        speaker, kind, role = group, who.kind, who.role
    elif who is not None:
        kind = who.kind
        role = who.role
        if who.entity < 0 and who.text.lower() in ("he", "she"):
            confidence = min(confidence, 0.5)
    partial = not _starts_sentence(text, s) and words <= 12
    return Quote(start=s.start, end=s.end, text=inner, partial=partial, cue=d.cue,
                 speaker=speaker, speaker_mention=who.text if who else None,
                 mention_start=who.start if who else None,
                 mention_end=who.end if who else None,
                 speaker_role=role, speaker_kind=kind, confidence=confidence)


def _starts_sentence(text: str, s: Span) -> bool:
    before = text[max(0, s.open_start - 3):s.open_start].rstrip()
    return not before or before[-1] in ".!?:\n"


def _entities(table: EntityTable, cues: list[Cue], quotes: tuple[Quote, ...]) -> tuple[Entity, ...]:
    extra: dict[int, list[Mention]] = {}
    for c in cues:
        w = c.who
        if w.entity >= 0 and w.text.lower() in ("he", "she") or (
                w.entity >= 0 and w.text[:1].islower()):
            extra.setdefault(w.entity, []).append(Mention(w.start, w.end, w.text))
    speakers = {q.speaker for q in quotes if q.speaker}
    out = []
    for i, e in enumerate(table.entities):
        named = e.display in speakers
        if not (len(e.name) >= 2 or named or any(m.titled for m in e.mentions)):
            continue
        if e.kind == ORGANISATION and len(e.name) == 1 and not named:
            continue
        mentions = {(m.start, m.end): Mention(m.start, m.end, m.text) for m in e.mentions}
        for m in extra.get(i, []):
            mentions.setdefault((m.start, m.end), m)
        out.append(Entity(name=e.display, kind=e.kind, role=e.role,
                          mentions=tuple(sorted(mentions.values(), key=lambda m: m.start))))
    return tuple(out)

