"""Source -> quotations: run the extractor, resolve speakers, store, link.

Re-running keeps every human decision: quotations an editor confirmed, corrected, re-spanned,
flagged as not a quote or linked by hand stay exactly as they are, and a newly extracted quote
that overlaps one of them is dropped instead of duplicating it.
"""

from __future__ import annotations

import bisect
from dataclasses import dataclass

from django.db import transaction
from django.db.models import Q

from tracker.extraction import EXTRACTOR_VERSION, extract
from tracker.extraction.types import Quote
from tracker.models import Quotation, Rebuild, Source, Speaker, Statement
from tracker.services import linking
from tracker.services.speakers import get_or_create_speaker, resolve_entities
from tracker.services.stories import assign_story

HUMAN_DECISION = (
    ~Q(attribution_status=Quotation.Status.AUTO)
    | Q(span_edited=True)
    | Q(not_a_quote=True)
    | Q(statement_locked=True)
)


@dataclass(frozen=True)
class PipelineResult:
    created: int
    kept: int  # quotations with a human decision, left untouched


def _speaker_for(quote: Quote, speakers: dict[str, Speaker]) -> Speaker | None:
    if not quote.speaker:
        return None
    speaker = speakers.get(quote.speaker)
    if speaker is None:
        speaker = get_or_create_speaker(
            quote.speaker, quote.speaker_kind or Speaker.Kind.PERSON, quote.speaker_role or ""
        )
        speakers[quote.speaker] = speaker
    return speaker


def _overlaps(quote: Quote, spans: list[tuple[int, int]]) -> bool:
    return any(quote.start < end and start < quote.end for start, end in spans)


def _redirect_emptied(old_links: list[tuple[int, int, int]], created: list[Quotation]) -> None:
    """Statements that emptied lead to the statement the quotation at the same place joined
    (the new quotation starting nearest before the old one's end that overlaps it)."""
    olds = {sid for _, _, sid in old_links}
    gone = olds - set(Statement.objects.filter(pk__in=olds).values_list("pk", flat=True))
    linked = sorted((q.start, q.end, q.statement_id) for q in created if q.statement_id)
    starts = [start for start, _, _ in linked]
    successors: dict[int, int] = {}
    for start, end, sid in old_links:
        if sid not in gone or sid in successors:
            continue
        i = bisect.bisect_left(starts, end) - 1  # the last new quotation starting before `end`
        if i >= 0 and linked[i][1] > start:
            successors[sid] = linked[i][2]
    linking.retire_many(successors)


@transaction.atomic
def process_source(source: Source) -> PipelineResult:
    """Extract, attribute and link the quotations of one source (idempotent)."""
    assign_story(source)  # before linking: statements count the stories they are told in
    extraction = extract(source.text, source.published)
    speaking = {quote.speaker for quote in extraction.quotes if quote.speaker}
    speakers = resolve_entities(extraction.entities, speaking)

    kept = list(source.quotations.filter(HUMAN_DECISION).values_list("start", "end"))
    stale = source.quotations.exclude(HUMAN_DECISION)
    linked = list(
        stale.exclude(statement=None).values_list("start", "end", "text", "statement_id")
    )
    old_links = [(start, end, sid) for start, end, _, sid in linked]
    # The same words found at the same place again keep their statement (and its id).
    same_place = {(start, end, text): sid for start, end, text, sid in linked}
    if stale.delete()[0]:
        # Quotations went away: results cached from additions alone must start afresh.
        Rebuild.objects.create(kind=Rebuild.Kind.REPROCESS, summary={"source": source.pk})

    rows = [
        Quotation(
            source=source,
            start=quote.start,
            end=quote.end,
            text=quote.text,
            speaker=_speaker_for(quote, speakers),
            speaker_mention=(quote.speaker_mention or "")[:300],
            cue=(quote.cue or "")[:100],
            confidence=quote.confidence,
            is_partial=quote.partial,
            published=source.published,
            statement_id=same_place.get((quote.start, quote.end, quote.text)),
        )
        for quote in extraction.quotes
        if quote.end > quote.start and not _overlaps(quote, kept)
    ]
    created = Quotation.objects.bulk_create(rows)
    # Linked before the old statements are recounted: a quotation extracted again finds its
    # statement (still posted under its keys) and keeps its id; those left empty go, and
    # their URLs lead to the statement the same words joined now.
    linking.link_quotations(created, {sid for _, _, sid in old_links})
    if old_links:
        linking.refresh_statements({sid for _, _, sid in old_links})
        _redirect_emptied(old_links, created)

    if source.extractor_version != EXTRACTOR_VERSION:
        source.extractor_version = EXTRACTOR_VERSION
        source.save(update_fields=["extractor_version"])
    return PipelineResult(created=len(created), kept=len(kept))
