"""Source -> quotations: run the extractor, resolve speakers, store, link.

Re-running keeps every human decision: quotations an editor confirmed, corrected, re-spanned,
flagged as not a quote or linked by hand stay exactly as they are, and a newly extracted quote
that overlaps one of them is dropped instead of duplicating it.
"""

from __future__ import annotations

import bisect
import dataclasses
from dataclasses import dataclass

from django.db import transaction

from tracker.bulk import backend
from tracker.extraction import EXTRACTOR_VERSION, extract
from tracker.extraction.types import Extraction, Quote
from tracker.identity import Decision, decide_article
from tracker.linking.keys import shingle_keys
from tracker.linking.normalise import tokens
from tracker.linking.stories import shingles as story_shingles
from tracker.models import Quotation, QuotationSuccessor, Source, Speaker, Statement
from tracker.services import linking, locks
from tracker.services.generation import bump, writes
from tracker.services.speakers import SpeakerBook, resolve_article
from tracker.services.stories import assign_stories, assign_story
from tracker.signals import quotations_stored


@dataclass(frozen=True)
class PipelineResult:
    created: int
    kept: int  # quotations with a human decision, left untouched
    quotation_ids: tuple[int, ...] = ()


def announce_quotations(stored: dict[int, tuple[int, ...]]) -> None:
    """Once the transaction storing them commits, tell `quotations_stored` receivers (alert
    matching, for one) which quotations each article brought: one signal for a whole batch,
    so a receiver enqueues one task per batch, not one per article (each enqueue is a commit
    of its own)."""
    stored = {source_id: ids for source_id, ids in stored.items() if ids}
    if stored:
        transaction.on_commit(lambda: quotations_stored.send(sender=Source, stored=stored))


# A "name" longer than the column is an extraction accident: leave the quote unattributed.
MAX_NAME = Speaker._meta.get_field("name").max_length


def storable(extraction: Extraction) -> Extraction:
    """The extraction with over-long speaker names dropped (their quotes stay, unattributed),
    so a 300-character "name" cannot fail the whole article at INSERT."""
    if all(len(q.speaker or "") <= MAX_NAME for q in extraction.quotes):
        return extraction
    quotes = tuple(
        q if len(q.speaker or "") <= MAX_NAME else dataclasses.replace(q, speaker=None)
        for q in extraction.quotes
    )
    entities = tuple(e for e in extraction.entities if len(e.name) <= MAX_NAME)
    return dataclasses.replace(extraction, quotes=quotes, entities=entities)


@dataclass(frozen=True)
class Prepared:
    """What storing a new article needs that no database read can change, worked out before
    its transaction (ingest does it in the thread that extracts), so the transaction, and the
    locks it holds while other workers wait, only reads and writes."""

    extraction: Extraction  # storable
    shingles: set[int]  # tracker.linking.stories.shingles of the text
    decisions: list[Decision]  # decide_article of the quotes stored (`_storing`)

    @property
    def quotations(self) -> int:
        """How many quotations storing the article makes (one per decision)."""
        return len(self.decisions)


def _storing(extraction: Extraction, kept: list[tuple[int, int]]) -> list[Quote]:
    """The quotes of an extraction that get a row: not empty, not overlapping a kept one."""
    return [q for q in extraction.quotes if q.end > q.start and not _overlaps(q, kept)]


def prepare(text: str, extraction: Extraction) -> Prepared:
    """`Prepared` for a new article (pure: no database)."""
    extraction = storable(extraction)
    quotes = _storing(extraction, [])
    for quote in quotes:
        shingle_keys(tokens(quote.text))  # both cached, for linking (linking.grouping)
    return Prepared(
        extraction,
        story_shingles(text),
        decide_article(quotes, extraction.entities, text),
    )


def _overlaps(quote: Quote, spans: list[tuple[int, int]]) -> bool:
    return any(quote.start < end and start < quote.end for start, end in spans)


def _rows(
    source: Source,
    extraction: Extraction,
    kept: list[tuple[int, int]],
    same_place: dict[tuple[int, int, str], int] | None = None,
    book: SpeakerBook | None = None,
    decisions: list[Decision] | None = None,
) -> list[Quotation]:
    """The quotations to store, each with its speaker decided (`speakers.SpeakerBook`: all of
    one article's mentions at once; a batch's `book`, saved by the caller, or the article's
    own)."""
    same_place = same_place or {}
    quotes = _storing(extraction, kept)
    if book is None:
        attributions = resolve_article(quotes, extraction.entities, source.text, source.published)
    else:
        attributions = book.resolve(
            quotes, extraction.entities, source.text, source.published, decisions
        )
    new = _NewRows(Quotation)
    return [
        new(
            {"source": source, "speaker": who.speaker},
            start=quote.start,
            end=quote.end,
            text=quote.text,
            speaker_description=who.description,
            speaker_ambiguous=who.ambiguous,
            speaker_mention=(quote.speaker_mention or "")[:300],
            cue=(quote.cue or "")[:100],
            confidence=quote.confidence,
            is_partial=quote.partial,
            published=source.published,
            statement_id=same_place.get((quote.start, quote.end, quote.text)),
        )
        for quote, who in zip(quotes, attributions, strict=True)
    ]


class _NewRows:
    """New instances of a model, made as `Model(**values)` makes them but several times
    faster (an article's quotations are a tenth of a worker's model objects): each field's
    default is worked out once per maker, not once per row (a callable default such as
    `created_at`'s `timezone.now` gives every row of the maker the same value), and the
    row goes through the model's positional constructor. `related`: foreign keys given as
    objects (cached on the instance, their ids taken if saved, as `Model(speaker=...)`
    does; `bulk.bind_related` takes them later if not)."""

    def __init__(self, model) -> None:
        self.model = model
        fields = model._meta.concrete_fields
        self.position = {f.attname: i for i, f in enumerate(fields)}
        self.defaults = [f.get_default() for f in fields]
        if any(isinstance(d, (list, dict, set)) for d in self.defaults):
            raise ValueError(f"{model.__name__}: a mutable default would be shared by rows")
        self.foreign = {f.name: (f.attname, f) for f in fields if f.is_relation}

    def __call__(self, related: dict, **values):
        row = self.defaults.copy()
        for name, value in values.items():
            row[self.position[name]] = value
        for name, obj in related.items():
            row[self.position[self.foreign[name][0]]] = None if obj is None else obj.pk
        instance = self.model(*row)
        for name, obj in related.items():
            self.foreign[name][1].set_cached_value(instance, obj)
        return instance


def store_extractions(batch: list[tuple[Source, Prepared]]) -> list[tuple[int, ...]]:
    """Quotations, speakers and statement links of sources stored in this transaction (new,
    so nothing of theirs is stored yet), in a few bulk queries for the whole batch: speakers
    resolved at once, quotations inserted at once, linked against one read of the index.
    Returns each source's new quotation ids.

    Locks (tracker.services.locks), each held to the commit: the caller holds the store lock
    (shared). Speakers are decided from a read, without a lock; only the names the batch
    creates are locked (`SpeakerBook.lock_keys`), and if another worker stored one of them
    (or a person of the same family) meanwhile, the batch is decided again under those
    locks. A batch that finds every speaker it names ("Trump", in nearly all of them) waits
    for nobody there. Then the link lock: stories, the role counts (relative updates), the
    quotation inserts, linking and the commit take turns, so a reprint finds its original's
    story and two workers storing the same quote make one statement."""
    per_source, book = _speakers(batch)
    locks.lock_linking()
    # Before linking: statements count the stories they are told in.
    assign_stories([source for source, _ in batch], [p.shingles for _, p in batch])
    book.save_counts()
    # Under the link lock before the quotations get their ids: workers then commit quotation
    # ids in increasing order, which cached pages rely on (they catch up from the newest id
    # they saw, tracker.services.incremental), and link one at a time.
    # Ids first, rows once linked: each quotation is written once, with its statement.
    created = [q for rows in per_source for q in rows]
    backend().reserve_ids(Quotation, created)
    linking.link_quotations(created, new_sources=True, unsaved=True)
    bump(appended_only=True)  # once this transaction commits: new quotations only
    return [tuple(q.pk for q in rows) for rows in per_source]


def _speakers(batch: list[tuple[Source, Prepared]]) -> tuple[list[list[Quotation]], SpeakerBook]:
    """The batch's quotation rows with their speakers decided, article by article in the
    batch's order, from one read of the speakers the batch may name; the new speakers,
    aliases and roles inserted under the locks of their names (`SpeakerBook.lock_keys`),
    decided again if another worker stored one meanwhile (`SpeakerBook.stale`)."""
    taken: dict[str, bool] = {}  # lock key -> held exclusively
    while True:
        book = SpeakerBook([(p.extraction.quotes, p.extraction.entities) for _, p in batch])
        per_source = [
            _rows(source, p.extraction, [], book=book, decisions=p.decisions) for source, p in batch
        ]
        wanted = {
            key: exclusive
            for key, exclusive in book.lock_keys().items()
            if key not in taken or (exclusive and not taken[key])
        }
        if not wanted:  # decided under every lock it needs
            break
        locks.lock_article(
            [locks.name_lock_id(key) for key, exclusive in wanted.items() if exclusive],
            shared=[locks.name_lock_id(key) for key, exclusive in wanted.items() if not exclusive],
        )
        taken |= wanted
        if not book.stale():
            break
    book.save_new()
    return per_source, book


FILLED = [
    "text",
    "speaker",
    "speaker_description",
    "speaker_ambiguous",
    "speaker_mention",
    "cue",
    "confidence",
    "is_partial",
    "published",
]


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


@writes(appended_only=True)
def process_source(source: Source) -> PipelineResult:
    """Extract, attribute and link the quotations of one source again (idempotent)."""
    extraction = storable(extract(source.text, source.published))
    assign_story(source)

    kept = list(source.quotations.human_decided().values_list("start", "end"))
    stale = {(q.start, q.end): q for q in source.quotations.undecided()}
    old_links = [(q.start, q.end, q.statement_id) for q in stale.values() if q.statement_id]

    # A quote found at the same span keeps its row, and so its id, page, citations and
    # statement (and the statement its id).
    updated, fresh = [], []
    for row in _rows(source, extraction, kept):
        same = stale.pop((row.start, row.end), None)
        if same is None:
            fresh.append(row)
            continue
        for name in FILLED:
            setattr(same, name, getattr(row, name))
        updated.append(same)
    Quotation.objects.bulk_update(updated, FILLED)
    created = Quotation.objects.bulk_create(fresh)
    # What went away leads to the quotation now at its place, new or kept.
    _replace(list(stale.values()), created + updated)
    if stale or updated:
        bump()  # quotations went away or changed: results cached from additions start afresh

    # Linked before the old statements are recounted: those left empty go, and their URLs
    # lead to the statement the same words joined now.
    linking.link_quotations(created, {sid for _, _, sid in old_links})
    if old_links:
        linking.refresh_statements({sid for _, _, sid in old_links})
        _redirect_emptied(old_links, created + updated)

    if source.extractor_version != EXTRACTOR_VERSION:
        source.extractor_version = EXTRACTOR_VERSION
        source.save(update_fields=["extractor_version"])
    return PipelineResult(
        created=len(created), kept=len(kept), quotation_ids=tuple(q.pk for q in created)
    )
