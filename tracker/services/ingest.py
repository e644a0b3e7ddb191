"""Store articles: validate, date, de-duplicate, extract and link, all or nothing per article."""

from __future__ import annotations

import dataclasses
import datetime as dt
import gc
import hashlib
import logging
import re
import threading
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import ThreadPoolExecutor
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path

from django.conf import settings
from django.db import IntegrityError, OperationalError, transaction
from django.db.models import Q

from tracker.bulk import backend
from tracker.extraction import EXTRACTOR_VERSION, extract
from tracker.extraction.types import Extraction
from tracker.models import Source
from tracker.services import locks
from tracker.services.articles import (
    SUPPORTED_SUFFIXES,
    ArticleError,
    ArticleInput,
    Record,
    check_date_range,
    check_fields,
    check_text,
    dateline_date,
    parse_date,
    records_from_bytes,
)
from tracker.services.pipeline import (
    Prepared,
    announce_quotations,
    prepare,
    store_extractions,
)

INGESTED, DUPLICATE, FAILED = "ingested", "duplicate", "failed"
logger = logging.getLogger(__name__)


@dataclass(frozen=True)
class Outcome:
    status: str  # INGESTED, DUPLICATE or FAILED
    where: str
    message: str
    source: Source | None = None
    quotations: int = 0
    warning: str = ""  # stored, but the input needed a guess (an encoding, say)


@dataclass
class Report:
    outcomes: list[Outcome] = field(default_factory=list)

    def count(self, status: str) -> int:
        return sum(1 for o in self.outcomes if o.status == status)

    @property
    def failures(self) -> list[Outcome]:
        return [o for o in self.outcomes if o.status == FAILED]

    def summary(self) -> str:
        return (
            f"{self.count(INGESTED)} ingested, {self.count(DUPLICATE)} duplicates, "
            f"{self.count(FAILED)} failed"
        )


class StrictModeAbort(Exception):
    """Raised inside the batch transaction so --strict rolls back the whole file."""


def content_hash(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


# "date 2018-08-04 SINGAPORE - " or "WASHINGTON, Aug. 4 (Reuters) - " opening the first line
_DATELINE_LEAD = re.compile(
    r"^(?:date\s+\S+\s+)?"
    r"(?:[A-Z][A-Z .'-]+(?:,\s*[A-Z][a-z]+\.?\s+\d{1,2}(?:,\s*\d{4})?)?\s*"
    r"(?:\([A-Za-z .]+\)\s*)?[-–—]\s+)?"
)


def _default_title(text: str) -> str:
    """The first line when it reads like a headline, else the first words of the article."""
    first = text.split("\n", 1)[0].strip()
    if len(first) <= 150 and not first.endswith((".", '"', "”")):
        return first
    words = _DATELINE_LEAD.sub("", first, count=1).split()
    return " ".join(words[:12]) + ("…" if len(words) > 12 else "")


# Called inside the transaction that settles these outcomes (a job counts them there).
Bookkeeping = Callable[[list[Outcome]], None]


def date_bounds() -> tuple[dt.date, dt.date]:
    """The plausible publication dates: 1800 to next year unless the settings widen it."""
    last_year = settings.DATE_MAX_YEAR or dt.date.today().year + 1
    return dt.date(settings.DATE_MIN_YEAR, 1, 1), dt.date(last_year, 12, 31)


@dataclass
class _Ready:
    """An article that passed the checks and was extracted, waiting to be stored."""

    where: str
    article: ArticleInput
    text: str
    text_hash: str
    url: str | None
    published: object
    date_origin: str
    extraction: Extraction
    outcome: Outcome | None = None
    prepared: Prepared | None = None  # with the extraction, before any transaction


def _check(record: Record) -> _Ready | Outcome:
    where = record.where
    if record.error or record.article is None:
        return Outcome(FAILED, where, record.error or f"{where}: unreadable.")
    article = record.article
    where = article.origin or where or "article"
    try:
        check_fields(article, where)
        text = check_text(article.text, where, settings.MAX_ARTICLE_BYTES)
        published = parse_date(article.date, where)
        if published is not None:
            check_date_range(published, where, *date_bounds())
        date_origin = Source.DateOrigin.METADATA if published else Source.DateOrigin.NONE
        if published is None and (published := dateline_date(text)):
            date_origin = Source.DateOrigin.DATELINE
            first, last = date_bounds()
            if not first <= published <= last:  # an implausible dateline: leave it undated
                published, date_origin = None, Source.DateOrigin.NONE
    except ArticleError as exc:
        return Outcome(FAILED, where, str(exc))
    url = (article.url or "").strip() or None
    return _Ready(where, article, text, content_hash(text), url, published, date_origin, None)


def _known(ready: list[_Ready]) -> dict[str, Source]:
    """Stored sources with any of these hashes or URLs, by hash and by URL (one query)."""
    hashes = [r.text_hash for r in ready]
    urls = [r.url for r in ready if r.url]
    found: dict[str, Source] = {}
    query = Q(content_hash__in=hashes) | Q(url__in=urls) if urls else Q(content_hash__in=hashes)
    for source in Source.objects.filter(query).only("pk", "title", "content_hash", "url"):
        found[source.content_hash] = source
        if source.url:
            found[source.url] = source
    return found


def _prepare(records: list[Record], seen: dict[str, str] | None = None) -> list[_Ready | Outcome]:
    """Check and de-duplicate, against the store (one query) and against the records met so
    far (`seen`: hashes and URLs of this run), before any transaction."""
    checked = [_check(record) for record in records]
    ready = [c for c in checked if isinstance(c, _Ready)]
    known = _known(ready) if ready else {}
    seen = {} if seen is None else seen
    for item in ready:
        existing = known.get(item.text_hash) or (known.get(item.url) if item.url else None)
        if existing is not None:
            item.outcome = Outcome(
                DUPLICATE, item.where, f"{item.where}: already ingested as “{existing}”.", existing
            )
            continue
        first = seen.get(item.text_hash) or (seen.get(item.url) if item.url else None)
        if first is not None:
            item.outcome = Outcome(
                DUPLICATE, item.where, f"{item.where}: the same article as {first}."
            )
            continue
        seen[item.text_hash] = item.where
        if item.url:
            seen[item.url] = item.where
    return checked


def _extract(checked: list[_Ready | Outcome]) -> list[_Ready | Outcome]:
    """Extract the quotations of the articles to store, and work out what storing them needs
    that no database read changes (`pipeline.prepare`): pure CPU, no database, no lock (so it
    may run in a thread while the previous batch is written, and none of it runs while
    other workers wait for this one's locks)."""
    for item in checked:
        if not isinstance(item, _Ready) or item.outcome is not None:
            continue
        try:
            item.extraction = extract(item.text, item.published)
            item.prepared = prepare(item.text, item.extraction)
        except Exception:
            logger.exception("Extracting %s failed", item.where)
            item.outcome = Outcome(
                FAILED, item.where, f"{item.where}: extraction failed; nothing was stored."
            )
    return checked


def _store(checked: list[_Ready | Outcome], bookkeeping: Bookkeeping | None) -> list[Outcome]:
    """One transaction: every checked article of the batch with its quotations, speakers and
    statement links, and the bookkeeping of every outcome. Raises on any database error."""
    todo = [c for c in checked if isinstance(c, _Ready) and c.outcome is None]
    with transaction.atomic():
        if todo:
            locks.lock_store()
            sources = backend().create(
                Source,
                [
                    Source(
                        title=(item.article.title or _default_title(item.text))[:500],
                        outlet=item.article.outlet[:200],
                        url=item.url,
                        published=item.published,
                        date_origin=item.date_origin,
                        text=item.text,
                        content_hash=item.text_hash,
                        origin=item.where[:300],
                        extractor_version=EXTRACTOR_VERSION,
                    )
                    for item in todo
                ],
            )
            for item, source in zip(todo, sources, strict=True):
                n = item.prepared.quotations
                item.outcome = Outcome(
                    INGESTED, item.where, f"{item.where}: {n} quotations.", source, n
                )
        outcomes = [c.outcome if isinstance(c, _Ready) else c for c in checked]
        # Counted before the locks other workers wait for are taken (same transaction).
        if bookkeeping is not None:
            bookkeeping(outcomes)
        if todo:
            stored = store_extractions(
                [(source, item.prepared) for source, item in zip(sources, todo, strict=True)]
            )
            if [len(ids) for ids in stored] != [item.prepared.quotations for item in todo]:
                raise AssertionError("stored another number of quotations than prepared")
            announce_quotations(
                {source.pk: ids for source, ids in zip(sources, stored, strict=True)}
            )
    return outcomes


def ingest_batch(records: list[Record], bookkeeping: Bookkeeping | None = None) -> list[Outcome]:
    """Store a batch of records, each article all or nothing, in one transaction when all
    goes well (a few dozen queries for the whole batch).

    A deadlock or busy database is retried with backoff; if the batch still fails, or an
    article in it breaks a constraint (another worker stored it meanwhile), each record is
    stored on its own, so one bad article costs only itself. A record that keeps failing is
    reported, and the batch goes on.
    """
    noting = _noting(records, bookkeeping)
    return _noted(records, _commit(records, _extract(_prepare(records)), noting))


def _noting(records: list[Record], bookkeeping: Bookkeeping | None) -> Bookkeeping | None:
    """The bookkeeping, told each record's reading warning too (a job page shows them)."""
    if bookkeeping is None:
        return None

    def record(outcomes: list[Outcome]) -> None:
        bookkeeping(_noted(records, outcomes) if len(outcomes) == len(records) else outcomes)

    return record


def _noted(records: list[Record], outcomes: list[Outcome]) -> list[Outcome]:
    """Each record's reading warning (an encoding guess) carried onto its outcome."""
    return [
        dataclasses.replace(outcome, warning=record.warning) if record.warning else outcome
        for record, outcome in zip(records, outcomes, strict=True)
    ]


def _commit(
    records: list[Record], checked: list[_Ready | Outcome], bookkeeping: Bookkeeping | None
) -> list[Outcome]:
    for attempt in range(locks.ATTEMPTS):
        _reset(checked)
        try:
            return _store(checked, bookkeeping)
        except OperationalError as exc:
            if not locks.is_transient(exc):
                logger.exception("Storing %s failed", records[0].where)
                break
            if len(records) > 1 and attempt >= 1:
                break
            locks.backoff(attempt)
        except IntegrityError:
            if len(records) == 1:
                return _after_conflict(records[0], checked, bookkeeping, attempt)
            break
        except Exception:
            logger.exception("Processing %s failed", records[0].where)
            break
    else:
        return [_fail(records[0], checked, bookkeeping, busy=True)]
    if len(records) > 1:
        return [o for record in records for o in ingest_batch([record], bookkeeping)]
    return [_fail(records[0], checked, bookkeeping, busy=False)]


def _reset(checked: list[_Ready | Outcome]) -> None:
    """Forget the outcomes of an attempt that rolled back (duplicates and failures found
    before the transaction stay)."""
    for c in checked:
        if isinstance(c, _Ready) and c.outcome is not None and c.outcome.status == INGESTED:
            c.outcome = None


def _after_conflict(record, checked, bookkeeping, attempt) -> list[Outcome]:
    """Another worker stored the same article (or, rarely, the same new speaker) between our
    check and our insert: a duplicate, or try again."""
    item = checked[0]
    if isinstance(item, _Ready) and (
        existing := _known([item]).get(item.text_hash) or _known([item]).get(item.url or "")
    ):
        item.outcome = Outcome(DUPLICATE, item.where, f"{item.where}: already ingested.", existing)
        return _store(checked, bookkeeping)
    locks.backoff(attempt)
    return (
        ingest_batch([record], bookkeeping)
        if attempt < 2
        else [_fail(record, checked, bookkeeping, busy=False)]
    )


def _fail(record: Record, checked, bookkeeping, *, busy: bool) -> Outcome:
    item = checked[0]
    where = item.where
    if busy:
        message = (
            f"{where}: the database stayed busy (deadlocks or lock waits) through "
            f"{locks.ATTEMPTS} attempts; nothing was stored. Ingest it again later."
        )
    else:
        message = f"{where}: processing failed; nothing was stored."
    outcome = Outcome(FAILED, where, message)
    if bookkeeping is not None:
        locks.retrying(lambda: _in_transaction(bookkeeping, [outcome]))
    return outcome


def _in_transaction(bookkeeping: Bookkeeping, outcomes: list[Outcome]) -> None:
    with transaction.atomic():
        bookkeeping(outcomes)


def ingest_article(article: ArticleInput, bookkeeping: Bookkeeping | None = None) -> Outcome:
    """Store one article with its quotations, or nothing at all (see `ingest_batch`)."""
    return ingest_batch([Record(article.origin or "article", article=article)], bookkeeping)[0]


def _batches(records: Iterable[Record]) -> Iterator[list[Record]]:
    batch: list[Record] = []
    for record in records:
        batch.append(record)
        if len(batch) >= settings.INGEST_BATCH:
            yield batch
            batch = []
    if batch:
        yield batch


def _pipelined(records: Iterable[Record], bookkeeping: Bookkeeping | None) -> list[Outcome]:
    """Batches stored in order, the next batch's extraction running in a thread while this
    one is written (the database wait releases the interpreter lock, so both make progress)."""
    outcomes: list[Outcome] = []
    seen: dict[str, str] = {}
    with ThreadPoolExecutor(max_workers=1, thread_name_prefix="extract") as pool:
        pending = None
        for batch in _batches(records):
            checked = _prepare(batch, seen)
            future = pool.submit(_extract, checked)
            if pending is not None:
                outcomes += _settle(pending, bookkeeping)
            pending = (batch, future)
        if pending is not None:
            outcomes += _settle(pending, bookkeeping)
    return outcomes


def _settle(pending: tuple, bookkeeping: Bookkeeping | None) -> list[Outcome]:
    """Commit a batch whose extraction ran in the background; its outcomes with warnings."""
    records, extracted = pending
    return _noted(records, _commit(records, extracted.result(), _noting(records, bookkeeping)))


# Objects made before the cyclic garbage collector looks at its youngest generation, while
# an ingest runs (CPython's default is 2,000).
INGEST_GC_THRESHOLD = 50_000
_spacing = threading.Lock()
_spaced: list[tuple[int, ...]] = []  # the thresholds to restore, one per ingest running


@contextmanager
def _collector_spaced() -> Iterator[None]:
    """Ingest allocates hundreds of thousands of short-lived objects (quotes, decisions,
    rows, query parameters) and frees them by reference counting; at CPython's default the
    cyclic collector ran about 270 times for the 840 PolNeAR articles, scanning the same
    long-lived caches each time (0.9 ms of CPU per article, about 6% of a worker's). Spaced
    out while any ingest of the process runs, then set back."""
    with _spacing:
        _spaced.append(gc.get_threshold())
        if len(_spaced) == 1:
            first, *rest = gc.get_threshold()
            gc.set_threshold(max(first, INGEST_GC_THRESHOLD), *rest)
    try:
        yield
    finally:
        with _spacing:
            before = _spaced.pop()
            if not _spaced:
                gc.set_threshold(*before)


def ingest_records(
    records: Iterable[Record], *, strict: bool = False, bookkeeping: Bookkeeping | None = None
) -> Report:
    """Ingest each record on its own, or (strict) all of them or none."""
    with _collector_spaced():
        return _ingest_records(records, strict=strict, bookkeeping=bookkeeping)


def _ingest_records(
    records: Iterable[Record], *, strict: bool, bookkeeping: Bookkeeping | None
) -> Report:
    report = Report()
    if not strict:
        report.outcomes = _pipelined(records, bookkeeping)
        return report
    try:
        with transaction.atomic():
            for record in records:
                outcome = ingest_batch([record], bookkeeping)[0]
                report.outcomes.append(outcome)
                if outcome.status == FAILED:
                    raise StrictModeAbort
    except StrictModeAbort:
        failed = report.outcomes[-1]
        report.outcomes = [
            Outcome(FAILED, failed.where, f"{failed.message} Nothing was stored (strict mode).")
        ]
    return report


def too_large(name: str) -> Record:
    return Record(
        name, error=f"{name} is larger than the {settings.MAX_UPLOAD_BYTES:,} byte limit."
    )


def records_from_upload(name: str, size: int, read: Callable[[], bytes]) -> list[Record]:
    """Records of an uploaded file; an oversized one is refused before it is read."""
    if size > settings.MAX_UPLOAD_BYTES:
        return [too_large(name)]
    return list(records_from_bytes(name, read()))


def iter_paths(paths: Iterable[str | Path]) -> Iterable[Path]:
    """Files as given, and the supported files inside folders, in a stable order."""
    for raw in paths:
        path = Path(raw)
        if path.is_dir():
            yield from sorted(
                p for p in path.rglob("*") if p.is_file() and p.suffix.lower() in SUPPORTED_SUFFIXES
            )
        else:
            yield path


def records_from_path(path: Path) -> list[Record]:
    name = str(path)
    if not path.is_file():
        return [Record(name, error=f"{name}: no such file.")]
    return records_from_upload(name, path.stat().st_size, path.read_bytes)
