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
from tracker.models import Quotation, Rebuild, Source
from tracker.services import linking
from tracker.services.speakers import resolve_article

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


def _overlaps(quote: Quote, spans: list[tuple[int, int]]) -> bool:
    return any(quote.start < end and start < quote.end for start, end in spans)


@transaction.atomic
def process_source(source: Source) -> PipelineResult:
    """Extract, attribute and link the quotations of one source (idempotent)."""
    extraction = extract(source.text, source.published)
    kept = list(source.quotations.filter(HUMAN_DECISION).values_list("start", "end"))
    quotes = [
        quote
        for quote in extraction.quotes
        if quote.end > quote.start and not _overlaps(quote, kept)
    ]
    attributions = resolve_article(quotes, extraction.entities, source.text, source.published)

    stale = source.quotations.exclude(HUMAN_DECISION)
    touched_statements = set(stale.exclude(statement=None).values_list("statement_id", flat=True))
    if stale.delete()[0]:
        # Quotations went away: results cached from additions alone must start afresh.
        Rebuild.objects.create(kind=Rebuild.Kind.REPROCESS, summary={"source": source.pk})

    rows = [
        Quotation(
            source=source,
            start=quote.start,
            end=quote.end,
            text=quote.text,
            speaker=who.speaker,
            speaker_description=who.description,
            speaker_ambiguous=who.ambiguous,
            speaker_mention=(quote.speaker_mention or "")[:300],
            cue=(quote.cue or "")[:100],
            confidence=quote.confidence,
            is_partial=quote.partial,
            published=source.published,
        )
        for quote, who in zip(quotes, attributions, strict=True)
    ]
    created = Quotation.objects.bulk_create(rows)
    if touched_statements:
        linking.refresh_statements(touched_statements)
    linking.link_quotations(created)

    if source.extractor_version != EXTRACTOR_VERSION:
        source.extractor_version = EXTRACTOR_VERSION
        source.save(update_fields=["extractor_version"])
    return PipelineResult(created=len(created), kept=len(kept))
