"""The review queue (doubtful quotations first) and look-alike speakers.

A quotation waits for review while no editor has decided on it (status "auto", still a quote)
and something about it is doubtful: no speaker, low confidence, a pronoun or role noun as the
speaker mention ("he", "the top diplomat"), or a statement whose outlets disagree on who said it.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date

from django.db.models import Case, Count, IntegerField, QuerySet, Value, When
from django.utils.html import conditional_escape, format_html
from django.utils.safestring import SafeString, mark_safe
from rapidfuzz import fuzz, process
from rapidfuzz.utils import default_process

from tracker.models import (
    CONFLICT,
    INDIRECT,
    LOW,
    LOW_CONFIDENCE,
    UNATTRIBUTED,
    Quotation,
    Speaker,
    is_indirect_mention,
)
from tracker.services.citations import paragraph_bounds, sentence_bounds
from tracker.services.search import narrow
from tracker.services.speakers import speaker_names

DUPLICATE_SCORE = 90
MAX_SPEAKERS_COMPARED = 1000


def pending() -> QuerySet[Quotation]:
    """Undecided doubtful quotations, most doubtful first."""
    return (
        Quotation.objects.doubtful()
        .annotate(
            doubt=Case(
                When(UNATTRIBUTED, then=Value(0)),
                When(CONFLICT, then=Value(1)),
                When(INDIRECT, then=Value(2)),
                default=Value(3),
                output_field=IntegerField(),
            )
        )
        .order_by("doubt", "confidence", "source_id", "start")
    )


REASONS = {
    "unattributed": UNATTRIBUTED,
    "low": LOW,
    "indirect": INDIRECT,
    "conflict": CONFLICT,
}


def filtered(
    quotations: QuerySet[Quotation],
    *,
    reason: str = "",
    outlet: str = "",
    speaker: Speaker | None = None,
    start: date | None = None,
    end: date | None = None,
) -> QuerySet[Quotation]:
    """The queue narrowed by why it is doubtful, outlet, speaker and date."""
    if reason:
        quotations = quotations.filter(REASONS[reason])
    return narrow(quotations, outlet=outlet, speaker=speaker, start=start, end=end)


MAX_CANDIDATES = 9  # keys 1-9


@dataclass
class Card:
    """One queued quotation as the queue shows it."""

    quotation: Quotation
    reasons: list[str]
    candidates: list[Speaker]  # who else speaks in the article, nearest first: keys 1-9
    context: SafeString  # the sentence around it, candidates' names marked
    siblings: int  # other quotations of its statement (batch confirm)


def _name_pattern(speaker: Speaker) -> str:
    """The full name, or the surname alone ("Pompeo"), as whole words."""
    names = [speaker.name]
    parts = speaker.name.split()
    if len(parts) > 1 and len(parts[-1]) > 2:
        names.append(parts[-1])
    return "|".join(re.escape(n) for n in sorted(names, key=len, reverse=True))


def _context_html(quotation: Quotation, candidates: list[Speaker]) -> SafeString:
    """The sentence(s) around the quotation, escaped, the quote in <q>-like marking and each
    candidate's name marked with its key number."""
    text = quotation.source.text
    lo, hi = paragraph_bounds(text, quotation.start, quotation.end)
    s_lo, s_hi = sentence_bounds(text, quotation.start, quotation.end, lo, hi)
    if s_lo - lo > 2:  # the sentence before too: it often names who "he" is
        s_lo = sentence_bounds(text, s_lo - 2, s_lo - 1, lo, hi)[0]
    # A few hundred characters either side at most, so a card stays compact.
    s_lo = max(s_lo, quotation.start - 400)
    s_hi = min(s_hi, quotation.end + 400)
    marks: list[tuple[int, int, str]] = [(quotation.start, quotation.end, "")]
    for n, speaker in enumerate(candidates, 1):
        pattern = re.compile(rf"\b(?:{_name_pattern(speaker)})\b")
        for m in pattern.finditer(text, s_lo, s_hi):
            if not (quotation.start <= m.start() < quotation.end):
                marks.append((m.start(), m.end(), str(n)))
    pieces, cursor = [], s_lo
    for start, end, key in sorted(marks):
        if start < cursor:
            continue
        pieces.append(conditional_escape(text[cursor:start]))
        if key:
            pieces.append(
                format_html(
                    '<mark class="cand">{}<sup class="key">{}</sup></mark>', text[start:end], key
                )
            )
        else:
            pieces.append(format_html('<span class="quoted">{}</span>', text[start:end]))
        cursor = end
    pieces.append(conditional_escape(text[cursor:s_hi]))
    return mark_safe("".join(str(p) for p in pieces))  # every piece escaped above


_CAPITALISED = re.compile(r"[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*)*")


def _named_in(text: str, lo: int, hi: int, known: dict[str, int]) -> list[tuple[int, int]]:
    """(position, speaker id) of every known name or alias written in text[lo:hi]: runs of
    capitalised words, and every run of consecutive words in them ("Secretary Mike Pompeo"
    holds "Mike Pompeo" and "Pompeo")."""
    found = []
    for run in _CAPITALISED.finditer(text, lo, hi):
        words = list(re.finditer(r"\S+", run.group(0)))
        for i in range(len(words)):
            for j in range(len(words), i, -1):
                name = run.group(0)[words[i].start() : words[j - 1].end()].rstrip(".,").lower()
                if name in known:
                    found.append((run.start() + words[i].start(), known[name]))
                    break
    return found


def cards(quotations: list[Quotation]) -> list[Card]:
    """Cards for a page of the queue: two queries (who speaks in these articles, and the
    names known), plus the cached speaker names. Candidates are the speakers named near the
    quotation first, then the article's other speakers, nearest first."""
    sources = {q.source_id for q in quotations}
    spoken: dict[int, list[tuple[int, int]]] = {}
    for source_id, speaker_id, start in (
        Quotation.objects.live().filter(source_id__in=sources, speaker__isnull=False)
        .values_list("source_id", "speaker_id", "start")
        .order_by()
    ):
        spoken.setdefault(source_id, []).append((start, speaker_id))
    known = {alias.lower(): pk for pk, alias in speaker_names()}
    named: dict[int, list[tuple[int, int]]] = {}
    for quotation in quotations:
        text = quotation.source.text
        lo = max(0, quotation.start - 600)
        named[quotation.pk] = _named_in(text, lo, min(len(text), quotation.end + 600), known)
    wanted = {pk for rows in spoken.values() for _, pk in rows}
    wanted |= {pk for rows in named.values() for _, pk in rows}
    speakers = Speaker.objects.in_bulk(wanted)
    made = []
    for quotation in quotations:

        def distance(row: tuple[int, int], q: Quotation = quotation) -> int:
            return abs(row[0] - q.start)

        nearest: list[int] = []
        ordered = sorted(named[quotation.pk], key=distance) + sorted(
            spoken.get(quotation.source_id, []), key=distance
        )
        for _, pk in ordered:
            if pk != quotation.speaker_id and pk not in nearest:
                nearest.append(pk)
        candidates = [speakers[pk] for pk in nearest if pk in speakers][:MAX_CANDIDATES]
        statement = quotation.statement
        made.append(
            Card(
                quotation,
                reasons(quotation),
                candidates,
                _context_html(quotation, candidates),
                statement.quotation_count - 1 if statement is not None else 0,
            )
        )
    return made


def queue_outlets(limit: int = 50) -> list[str]:
    """Outlets with quotations waiting, most first: the outlet filter's choices."""
    return [
        outlet
        for outlet in pending()
        .order_by()
        .values_list("source__outlet", flat=True)
        .annotate(n=Count("pk"))
        .order_by("-n")[:limit]
        if outlet
    ]


def pending_count() -> int:
    """How many quotations wait for an editor (shown on the home page)."""
    return pending().count()


def reasons(quotation: Quotation) -> list[str]:
    """Why a queued quotation is doubtful, in words, for its badges."""
    found = []
    if quotation.speaker_id is None and quotation.speaker_ambiguous:
        found.append(f"ambiguous name “{quotation.speaker_description}”")
    elif quotation.speaker_id is None and quotation.speaker_description:
        found.append(f"unnamed source “{quotation.speaker_description}”")
    elif quotation.speaker_id is None:
        found.append("unattributed")
    if quotation.confidence < LOW_CONFIDENCE:
        found.append(f"low confidence ({quotation.confidence:.0%})")
    if is_indirect_mention(quotation.speaker_mention):
        found.append(f"speaker written as “{quotation.speaker_mention}”")
    if quotation.statement_id and quotation.statement.has_conflict:
        found.append("outlets disagree on the speaker")
    return found


@dataclass(frozen=True)
class SpeakerPair:
    keep: Speaker
    other: Speaker
    score: float


def duplicate_speakers(limit: int = 20) -> list[SpeakerPair]:
    """Pairs of speakers whose names look alike ("Pompeo" / "Mike Pompeo"), closest first."""
    speakers = list(Speaker.objects.order_by("-id")[:MAX_SPEAKERS_COMPARED])
    names = [s.name for s in speakers]
    pairs = []
    for i, name in enumerate(names):
        later = names[i + 1 :]
        for _, score, offset in process.extract(
            name,
            later,
            scorer=fuzz.token_set_ratio,
            processor=default_process,
            score_cutoff=DUPLICATE_SCORE,
            limit=None,
        ):
            a, b = speakers[i], speakers[i + 1 + offset]
            # Suggest keeping the fuller name ("Mike Pompeo" over "Pompeo").
            keep, other = (a, b) if len(a.name) >= len(b.name) else (b, a)
            pairs.append(SpeakerPair(keep, other, float(score)))
    pairs.sort(key=lambda p: (-p.score, p.keep.name))
    return pairs[:limit]
