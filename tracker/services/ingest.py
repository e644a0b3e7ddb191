"""Store articles: validate, date, de-duplicate, extract and link, all or nothing per article."""

from __future__ import annotations

import hashlib
import logging
import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path

from django.conf import settings
from django.db import IntegrityError, transaction

from tracker.models import Source
from tracker.services.articles import (
    SUPPORTED_SUFFIXES,
    ArticleError,
    ArticleInput,
    Record,
    check_text,
    dateline_date,
    parse_date,
    records_from_bytes,
)
from tracker.services.pipeline import process_source
from tracker.services.watch_tasks import after_ingest

INGESTED, DUPLICATE, FAILED = "ingested", "duplicate", "failed"
logger = logging.getLogger(__name__)


@dataclass(frozen=True)
class Outcome:
    status: str  # INGESTED, DUPLICATE or FAILED
    where: str
    message: str
    source: Source | None = None
    quotations: int = 0


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


def _existing(text_hash: str, url: str | None) -> Source | None:
    source = Source.objects.filter(content_hash=text_hash).first()
    if source is None and url:
        source = Source.objects.filter(url=url).first()
    return source


def ingest_article(article: ArticleInput) -> Outcome:
    """Store one article with its quotations, or nothing at all."""
    where = article.origin or "article"
    try:
        text = check_text(article.text, where, settings.MAX_ARTICLE_BYTES)
        published = parse_date(article.date, where)
        date_origin = Source.DateOrigin.METADATA if published else Source.DateOrigin.NONE
        if published is None and (published := dateline_date(text)):
            date_origin = Source.DateOrigin.DATELINE
    except ArticleError as exc:
        return Outcome(FAILED, where, str(exc))

    text_hash = content_hash(text)
    url = (article.url or "").strip() or None
    if existing := _existing(text_hash, url):
        return Outcome(DUPLICATE, where, f"{where}: already ingested as “{existing}”.", existing)

    try:
        with transaction.atomic():
            source = Source.objects.create(
                title=(article.title or _default_title(text))[:500],
                outlet=article.outlet[:200],
                url=url,
                published=published,
                date_origin=date_origin,
                text=text,
                content_hash=text_hash,
                origin=where[:300],
            )
            result = process_source(source)
            after_ingest(source)  # alerts for followers, once this commits
    except IntegrityError:
        # Another process stored the same article between our check and our insert.
        existing = _existing(text_hash, url)
        return Outcome(DUPLICATE, where, f"{where}: already ingested.", existing)
    except Exception:
        logger.exception("Processing %s failed", where)
        return Outcome(FAILED, where, f"{where}: processing failed; nothing was stored.")
    return Outcome(
        INGESTED, where, f"{where}: {result.created} quotations.", source, result.created
    )


def ingest_records(records: Iterable[Record], *, strict: bool = False) -> Report:
    """Ingest each record on its own, or (strict) all of them or none."""
    report = Report()
    if not strict:
        for record in records:
            report.outcomes.append(_ingest_record(record))
        return report
    try:
        with transaction.atomic():
            for record in records:
                outcome = _ingest_record(record)
                report.outcomes.append(outcome)
                if outcome.status == FAILED:
                    raise StrictModeAbort
    except StrictModeAbort:
        failed = report.outcomes[-1]
        report.outcomes = [
            Outcome(FAILED, failed.where, f"{failed.message} Nothing was stored (strict mode).")
        ]
    return report


def _ingest_record(record: Record) -> Outcome:
    if record.error or record.article is None:
        return Outcome(FAILED, record.where, record.error or f"{record.where}: unreadable.")
    return ingest_article(record.article)


def _too_large(name: str) -> Record:
    return Record(
        name, error=f"{name} is larger than the {settings.MAX_UPLOAD_BYTES:,} byte limit."
    )


def records_from_upload(name: str, size: int, read: Callable[[], bytes]) -> list[Record]:
    """Records of an uploaded file; an oversized one is refused before it is read."""
    if size > settings.MAX_UPLOAD_BYTES:
        return [_too_large(name)]
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
