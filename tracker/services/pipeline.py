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
from tracker.extraction.types import Extraction, Quote
from tracker.models import Quotation, Rebuild, Source
from tracker.services import linking, locks
from tracker.services.speakers import Attribution, lookup_keys, resolve_article
from tracker.signals import quotations_stored

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
    quotation_ids: tuple[int, ...] = ()


def announce_quotations(source_id: int, quotation_ids: tuple[int, ...]) -> None:
    """Once the transaction storing them commits, tell `quotations_stored` receivers (alert
    matching, for one) which quotations an article brought."""
    if quotation_ids:
        transaction.on_commit(
            lambda: quotations_stored.send(
                sender=Source, source_id=source_id, quotation_ids=quotation_ids
            )
        )


def article_lock_ids(extraction: Extraction) -> list[int]:
    """The advisory locks storing this extraction takes first (tracker.services.locks): one
    per speaker name it may create."""
    speaking = {quote.speaker for quote in extraction.quotes if quote.speaker}
    return sorted({locks.name_lock_id(key) for name in speaking for key in lookup_keys(name)})


def _overlaps(quote: Quote, spans: list[tuple[int, int]]) -> bool:
    return any(quote.start < end and start < quote.end for start, end in spans)


def _rows(source: Source, extraction: Extraction, kept: list[tuple[int, int]]) -> list[Quotation]:
    """The quotations to store, each with its speaker decided (`speakers.resolve_article`:
    all of one article's mentions at once)."""
    quotes = [q for q in extraction.quotes if q.end > q.start and not _overlaps(q, kept)]
    attributions: list[Attribution] = resolve_article(
        quotes, extraction.entities, source.text, source.published
    )
    return [
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


def store_extractions(batch: list[tuple[Source, Extraction]]) -> list[tuple[int, ...]]:
    """Quotations, speakers and statement links of sources stored in this transaction (new,
    so nothing of theirs is stored yet), in a few bulk queries for the whole batch: speakers
    resolved at once, quotations inserted at once, linked against one read of the index.
    Returns each source's new quotation ids."""
    per_source = [_rows(source, ext, []) for source, ext in batch]
    # Taken before the quotations get their ids: workers then commit quotation ids in
    # increasing order, which cached pages rely on (they catch up from the newest id they
    # saw, tracker.services.incremental), and link one at a time.
    locks.lock_linking()
    created = Quotation.objects.bulk_create([q for rows in per_source for q in rows])
    linking.link_quotations(created, new_sources=True)
    return [tuple(q.pk for q in rows) for rows in per_source]


@transaction.atomic
def process_source(source: Source) -> PipelineResult:
    """Extract, attribute and link the quotations of one source again (idempotent)."""
    extraction = extract(source.text, source.published)
    kept = list(source.quotations.filter(HUMAN_DECISION).values_list("start", "end"))
    rows = _rows(source, extraction, kept)
    stale = source.quotations.exclude(HUMAN_DECISION)
    touched_statements = set(stale.exclude(statement=None).values_list("statement_id", flat=True))
    if stale.delete()[0]:
        # Quotations went away: results cached from additions alone must start afresh.
        Rebuild.objects.create(kind=Rebuild.Kind.REPROCESS, summary={"source": source.pk})

    created = Quotation.objects.bulk_create(rows)
    if touched_statements:
        linking.refresh_statements(touched_statements)
    linking.link_quotations(created)

    if source.extractor_version != EXTRACTOR_VERSION:
        source.extractor_version = EXTRACTOR_VERSION
        source.save(update_fields=["extractor_version"])
    return PipelineResult(
        created=len(created), kept=len(kept), quotation_ids=tuple(q.pk for q in created)
    )
