"""Source -> quotations: run the extractor, resolve speakers, store, link.

Re-running keeps every human decision: quotations an editor confirmed, corrected, re-spanned,
flagged as not a quote or linked by hand stay exactly as they are, and a newly extracted quote
that overlaps one of them is dropped instead of duplicating it.
"""

from __future__ import annotations

from dataclasses import dataclass

from django.db import transaction
from django.db.models import Q

from tracker.extraction import EXTRACTOR_VERSION, extract
from tracker.extraction.types import Quote
from tracker.models import Quotation, QuotationSuccessor, Rebuild, Source, Speaker
from tracker.services import linking
from tracker.services.speakers import get_or_create_speaker, resolve_entities

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


FILLED = ["text", "speaker", "speaker_mention", "cue", "confidence", "is_partial", "published"]


def _fill(row: Quotation, quote: Quote, speakers: dict[str, Speaker], source: Source) -> Quotation:
    row.start, row.end, row.text = quote.start, quote.end, quote.text
    row.speaker = _speaker_for(quote, speakers)
    row.speaker_mention = (quote.speaker_mention or "")[:300]
    row.cue = (quote.cue or "")[:100]
    row.confidence = quote.confidence
    row.is_partial = quote.partial
    row.published = source.published
    return row


def _replace(gone: list[Quotation], created: list[Quotation]) -> None:
    """Delete the quotations no longer found; each one's page (and the pages that already
    led to it) redirects to the new quotation overlapping it most, if there is one."""
    if not gone:
        return
    successors = []
    for old in gone:
        overlap = [
            (min(old.end, new.end) - max(old.start, new.start), new)
            for new in created
            if new.start < old.end and old.start < new.end
        ]
        if overlap:
            new = max(overlap, key=lambda pair: (pair[0], -pair[1].pk))[1]
            successors.append(QuotationSuccessor(old_id=old.pk, successor=new))
            QuotationSuccessor.objects.filter(successor_id=old.pk).update(successor=new)
    Quotation.objects.filter(pk__in=[q.pk for q in gone]).delete()
    QuotationSuccessor.objects.bulk_create(
        successors, update_conflicts=True, unique_fields=["old_id"], update_fields=["successor"]
    )


@transaction.atomic
def process_source(source: Source) -> PipelineResult:
    """Extract, attribute and link the quotations of one source (idempotent)."""
    extraction = extract(source.text, source.published)
    speaking = {quote.speaker for quote in extraction.quotes if quote.speaker}
    speakers = resolve_entities(extraction.entities, speaking)

    kept = list(source.quotations.filter(HUMAN_DECISION).values_list("start", "end"))
    stale = {(q.start, q.end): q for q in source.quotations.exclude(HUMAN_DECISION)}
    touched_statements = {q.statement_id for q in stale.values() if q.statement_id}
    found = [q for q in extraction.quotes if q.end > q.start and not _overlaps(q, kept)]

    # A quote found at the same span keeps its row, and so its id, page and citations.
    updated = []
    for quote in found:
        row = stale.pop((quote.start, quote.end), None)
        if row is not None:
            _fill(row, quote, speakers, source)
            updated.append(row)
    Quotation.objects.bulk_update(updated, FILLED)
    same = {(row.start, row.end) for row in updated}
    created = Quotation.objects.bulk_create(
        [
            _fill(Quotation(source=source), quote, speakers, source)
            for quote in found
            if (quote.start, quote.end) not in same
        ]
    )
    _replace(list(stale.values()), created)
    if stale or updated:
        # Quotations went away or changed: results cached from additions alone start afresh.
        Rebuild.objects.create(kind=Rebuild.Kind.REPROCESS, summary={"source": source.pk})

    if touched_statements:
        linking.refresh_statements(touched_statements)
    linking.link_quotations(created)

    if source.extractor_version != EXTRACTOR_VERSION:
        source.extractor_version = EXTRACTOR_VERSION
        source.save(update_fields=["extractor_version"])
    return PipelineResult(created=len(created), kept=len(kept))
