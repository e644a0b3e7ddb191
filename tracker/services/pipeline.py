"""Source -> quotations: run the extractor, resolve speakers, store, link.

Re-running keeps every human decision: quotations an editor confirmed, corrected, re-spanned,
flagged as not a quote or linked by hand stay exactly as they are, and a newly extracted quote
that overlaps one of them is dropped instead of duplicating it.
"""

from __future__ import annotations

from dataclasses import dataclass

from django.db import transaction

from tracker.extraction import EXTRACTOR_VERSION, extract
from tracker.extraction.types import Extraction, Quote
from tracker.models import Quotation, QuotationSuccessor, Source, Speaker
from tracker.services import linking, locks
from tracker.services.generation import bump, writes
from tracker.services.speakers import lookup_keys, resolve_many, speaker_requests
from tracker.signals import quotations_stored


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


def _rows(
    source: Source,
    extraction: Extraction,
    speakers: dict[tuple[int, str], Speaker],
    article: int,
    kept: list[tuple[int, int]],
) -> list[Quotation]:
    return [
        Quotation(
            source=source,
            start=quote.start,
            end=quote.end,
            text=quote.text,
            speaker=speakers.get((article, quote.speaker)) if quote.speaker else None,
            speaker_mention=(quote.speaker_mention or "")[:300],
            cue=(quote.cue or "")[:100],
            confidence=quote.confidence,
            is_partial=quote.partial,
            published=source.published,
        )
        for quote in extraction.quotes
        if quote.end > quote.start and not _overlaps(quote, kept)
    ]


def store_extractions(batch: list[tuple[Source, Extraction]]) -> list[tuple[int, ...]]:
    """Quotations, speakers and statement links of sources stored in this transaction (new,
    so nothing of theirs is stored yet), in a few bulk queries for the whole batch: speakers
    resolved at once, quotations inserted at once, linked against one read of the index.
    Returns each source's new quotation ids."""
    requests = [
        r
        for i, (_, extraction) in enumerate(batch)
        for r in speaker_requests(i, extraction.entities, extraction.quotes)
    ]
    speakers = resolve_many(requests)
    per_source = [_rows(source, ext, speakers, i, []) for i, (source, ext) in enumerate(batch)]
    # Taken before the quotations get their ids: workers then commit quotation ids in
    # increasing order, which cached pages rely on (they catch up from the newest id they
    # saw, tracker.services.incremental), and link one at a time.
    locks.lock_linking()
    created = Quotation.objects.bulk_create([q for rows in per_source for q in rows])
    linking.link_quotations(created, new_sources=True)
    bump(appended_only=True)  # once this transaction commits: new quotations only
    return [tuple(q.pk for q in rows) for rows in per_source]


FILLED = ["text", "speaker", "speaker_mention", "cue", "confidence", "is_partial", "published"]


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


@writes(appended_only=True)
def process_source(source: Source) -> PipelineResult:
    """Extract, attribute and link the quotations of one source again (idempotent)."""
    extraction = extract(source.text, source.published)
    speakers = resolve_many(speaker_requests(0, extraction.entities, extraction.quotes))

    kept = list(source.quotations.human_decided().values_list("start", "end"))
    stale = {(q.start, q.end): q for q in source.quotations.undecided()}
    touched_statements = {q.statement_id for q in stale.values() if q.statement_id}

    # A quote found at the same span keeps its row, and so its id, page and citations.
    updated, fresh = [], []
    for row in _rows(source, extraction, speakers, 0, kept):
        same = stale.pop((row.start, row.end), None)
        if same is None:
            fresh.append(row)
            continue
        for name in FILLED:
            setattr(same, name, getattr(row, name))
        updated.append(same)
    Quotation.objects.bulk_update(updated, FILLED)
    created = Quotation.objects.bulk_create(fresh)
    _replace(list(stale.values()), created)
    if stale or updated:
        bump()  # quotations went away or changed: results cached from additions start afresh

    if touched_statements:
        linking.refresh_statements(touched_statements)
    linking.link_quotations(created)

    if source.extractor_version != EXTRACTOR_VERSION:
        source.extractor_version = EXTRACTOR_VERSION
        source.save(update_fields=["extractor_version"])
    return PipelineResult(
        created=len(created), kept=len(kept), quotation_ids=tuple(q.pk for q in created)
    )
