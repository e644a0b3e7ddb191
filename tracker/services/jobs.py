"""Background jobs: heavy work split into units that task workers run (`tracker.tasks`).

A job's records are stored with it, in units of `JOB_UNIT_SIZE`; each unit is one task, so
several workers on several machines share a batch. A unit counts each record in the same
transaction that stores its article, so a unit whose worker died (no heartbeat for
`JOB_STALE_SECONDS`) is handed to another worker (`recover_stale_units`) and goes on from
the last committed record: nothing is stored or counted twice.
"""

from __future__ import annotations

import datetime as dt
import itertools
import logging
import re
import threading
from collections import Counter
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass

from django.conf import settings
from django.db import connection, transaction
from django.db.models import F, Sum
from django.template.defaultfilters import pluralize
from django.utils import timezone

from tracker.bulk import backend
from tracker.models import IngestJob, JobArticle, JobFailure, JobFile, JobUnit
from tracker.services import locks
from tracker.services.articles import (
    ArticleError,
    ArticleInput,
    Record,
    check_field,
    check_fields,
    records_from_bytes,
)
from tracker.services.ingest import (
    DUPLICATE,
    FAILED,
    INGESTED,
    Outcome,
    ingest_article,
    ingest_records,
    too_large,
)

logger = logging.getLogger(__name__)
HEARTBEAT_SECONDS = 10


# --- records <-> JSON -------------------------------------------------------------------------


def record_to_json(record: Record) -> dict:
    data: dict = {"where": record.where}
    if record.warning:
        data["warning"] = record.warning
    if record.error or record.article is None:
        data["error"] = record.error or f"{record.where}: unreadable."
        return data
    a = record.article
    try:
        # Checked before the record is stored in its unit: PostgreSQL's JSON cannot hold a NUL
        # or a lone surrogate, and the record's failure must name its file, line and field.
        check_fields(a, record.where)
        check_field(a.text or "", record.where, "text")
    except ArticleError as err:
        data["error"] = str(err)
        return data
    data["article"] = {
        "text": a.text,
        "title": a.title,
        "outlet": a.outlet,
        "url": a.url,
        "date": a.date if a.date is None or isinstance(a.date, str) else a.date.isoformat(),
        "origin": a.origin,
    }
    return data


def record_from_json(data: dict) -> Record:
    if "article" in data:
        article = ArticleInput(**data["article"])
        return Record(data["where"], article=article, warning=data.get("warning", ""))
    return Record(data["where"], error=data.get("error"))


_WHERE = re.compile(r"^(?P<file>.*?):(?P<line>\d+)$")
_FIELD = re.compile(r'"(?P<field>\w+)" field|the (?P<date>date) |the row has (?P<row>more fields)')


def failure_row(job: IngestJob, outcome: Outcome) -> JobFailure:
    """A failure with its file, line and field picked out of the record's place and message."""
    file, line = outcome.where, None
    if match := _WHERE.match(outcome.where):
        file, line = match["file"], int(match["line"])
    field = ""
    if match := _FIELD.search(outcome.message):
        field = match["field"] or match["date"] or ("(row)" if match["row"] else "")
    return JobFailure(
        job=job,
        where=outcome.where[:400],
        file=file[:300],
        line=line,
        field=field,
        message=outcome.message,
    )


# --- making jobs ------------------------------------------------------------------------------


def _enqueue_unit(unit: JobUnit) -> None:
    """The database backend stores the task in the current transaction, so a worker finds
    it once the unit it names is committed too; the immediate backend (tests, scripts) runs
    it here and now."""
    from tracker.tasks import run_unit

    _record_task(unit.pk, run_unit.enqueue(unit.pk))


def _record_task(unit_id: int, result) -> None:
    JobUnit.objects.filter(pk=unit_id, task_id="").update(task_id=str(result.id)[:64])


def add_units(job: IngestJob, groups: Iterable[Iterable[Record]]) -> int:
    """Store each group of records as units of at most JOB_UNIT_SIZE (a group is one file in
    strict mode, kept whole so it stays all or nothing) and enqueue them; returns the count."""
    strict = job.options.get("strict")
    units: list[JobUnit] = []
    for group in groups:
        records = [record_to_json(record) for record in group]
        size = len(records) if strict else settings.JOB_UNIT_SIZE
        for batch in itertools.batched(records, max(size, 1)):
            units.append(JobUnit(job=job, index=len(units), records=list(batch), size=len(batch)))
    total = sum(unit.size for unit in units)
    with transaction.atomic():
        JobUnit.objects.bulk_create(units)
        IngestJob.objects.filter(pk=job.pk).update(total=total, prepared=True)
        for unit in JobUnit.objects.filter(job=job).only("pk"):
            _enqueue_unit(unit)
    job.total, job.prepared = total, True
    return total


@dataclass(frozen=True)
class Upload:
    name: str
    size: int
    data: bytes | None  # None: refused as too large, never read


@transaction.atomic
def start_ingest(
    label: str,
    *,
    groups: Iterable[Iterable[Record]] | None = None,
    uploads: Iterable[Upload] = (),
    strict: bool = False,
    user=None,
) -> IngestJob:
    """A job over records already read (pasted text; the command line, a group per file), or
    over uploaded files that a worker reads, so the web request answers at once."""
    job = IngestJob.objects.create(
        kind=IngestJob.Kind.INGEST, label=label[:300], options={"strict": strict}, created_by=user
    )
    if groups is not None:
        add_units(job, groups)
        return job
    refused = []
    for upload in uploads:
        if upload.data is None:
            refused.append(too_large(upload.name))
        else:
            JobFile.objects.create(job=job, name=upload.name[:300], data=upload.data)
    job.options["refused"] = [record_to_json(r) for r in refused]
    job.save(update_fields=["options"])
    _enqueue_unit(JobUnit.objects.create(job=job, index=0, size=0))
    return job


def _single(kind: str, label: str, options: dict, user=None) -> IngestJob:
    with transaction.atomic():
        job = IngestJob.objects.create(
            kind=kind,
            label=label[:300],
            options=options,
            created_by=user,
            prepared=True,
            total=1,
        )
        _enqueue_unit(JobUnit.objects.create(job=job, index=0, size=1))
    return job


def start_fetch(url: str, user=None) -> IngestJob:
    return _single(IngestJob.Kind.FETCH, url, {"url": url}, user)


def start_relink(user=None) -> IngestJob:
    return _single(IngestJob.Kind.RELINK, "Rebuild every statement", {}, user)


def start_reprocess(source_ids: list[int] | None = None, *, relink: bool = False, user=None):
    label = "Extract every article again"
    if source_ids is not None:
        label = f"Extract {len(source_ids)} article{pluralize(len(source_ids))} again"
    return _single(IngestJob.Kind.REPROCESS, label, {"sources": source_ids, "relink": relink}, user)


# --- running units ----------------------------------------------------------------------------


def _bookkeeping(job: IngestJob, unit_id: int):
    """Count outcomes into the unit and keep new articles and failures, in the transaction
    that settles them (two to four queries for a whole batch)."""

    def record(outcomes: list[Outcome]) -> None:
        counts = Counter(o.status for o in outcomes)
        JobUnit.objects.filter(pk=unit_id).update(
            position=F("position") + len(outcomes),
            ingested=F("ingested") + counts[INGESTED],
            duplicates=F("duplicates") + counts[DUPLICATE],
            failed=F("failed") + counts[FAILED],
            heartbeat_at=timezone.now(),
        )
        backend().create(
            JobArticle,
            [
                JobArticle(
                    job=job, source=o.source, quotations=o.quotations, warning=o.warning[:500]
                )
                for o in outcomes
                if o.status == INGESTED and o.source is not None
            ],
        )
        JobFailure.objects.bulk_create(failure_row(job, o) for o in outcomes if o.status == FAILED)

    return record


@contextmanager
def heartbeat(unit_id: int) -> Iterator[None]:
    """Tell other workers this unit is alive while a long step (relink) runs."""
    stop = threading.Event()

    def beat() -> None:
        try:
            while not stop.wait(HEARTBEAT_SECONDS):
                JobUnit.objects.filter(pk=unit_id, status=JobUnit.Status.RUNNING).update(
                    heartbeat_at=timezone.now()
                )
        except Exception:  # a missed beat only risks the unit being run again
            logger.exception("Heartbeat of job unit %s failed", unit_id)
        finally:
            connection.close()

    thread = threading.Thread(target=beat, daemon=True, name=f"heartbeat-{unit_id}")
    thread.start()
    try:
        yield
    finally:
        stop.set()
        thread.join()


def run_unit(unit_id: int) -> dict:
    """Run one unit (the task body); safe to run again after a crash."""
    claimed = (
        JobUnit.objects.filter(pk=unit_id)
        .exclude(status=JobUnit.Status.DONE)
        .update(
            status=JobUnit.Status.RUNNING, heartbeat_at=timezone.now(), attempts=F("attempts") + 1
        )
    )
    if not claimed:
        return {"unit": unit_id, "skipped": "already done"}
    unit = JobUnit.objects.select_related("job").get(pk=unit_id)
    job = unit.job
    IngestJob.objects.filter(pk=job.pk, status=IngestJob.Status.QUEUED).update(
        status=IngestJob.Status.RUNNING, started_at=timezone.now()
    )
    try:
        with heartbeat(unit_id):
            _RUNNERS[job.kind](job, unit)
    except Exception as exc:
        logger.exception("Job %s unit %s failed", job.pk, unit_id)
        message = _failure_message(exc)
        JobUnit.objects.filter(pk=unit_id).update(status=JobUnit.Status.FAILED)
        IngestJob.objects.filter(pk=job.pk).update(error=message[:2000])
        _finish_if_complete(job.pk)
        raise
    JobUnit.objects.filter(pk=unit_id).update(
        status=JobUnit.Status.DONE, records=[], heartbeat_at=timezone.now()
    )
    _finish_if_complete(job.pk)
    return {"unit": unit_id}


def _failure_message(exc: Exception) -> str:
    if locks.is_transient(exc):
        return (
            "The database stayed busy (deadlocks or lock waits) through every retry; run the "
            "job again when the load is lower."
        )
    return f"The job stopped: {type(exc).__name__}: {exc}"


def _run_ingest(job: IngestJob, unit: JobUnit) -> None:
    if not job.prepared:
        _prepare(job)
        return
    records = [record_from_json(r) for r in unit.records[unit.position :]]
    bookkeeping = _bookkeeping(job, unit.pk)
    if job.options.get("strict"):
        report = ingest_records(records, strict=True, bookkeeping=bookkeeping)
        if report.count(FAILED) and not report.count(INGESTED):
            # The batch rolled back, counts too: count the failure and skip the rest.
            with transaction.atomic():
                failure_row(job, report.outcomes[-1]).save()
                JobUnit.objects.filter(pk=unit.pk).update(
                    position=unit.size, failed=F("failed") + 1, ingested=0, duplicates=0
                )
        return
    ingest_records(records, bookkeeping=bookkeeping)


def _prepare(job: IngestJob) -> None:
    """Read the uploaded files into units (the first unit of an upload job), then let the
    files go. One transaction: a worker dying here leaves the job to be prepared again."""
    with transaction.atomic():
        files = list(JobFile.objects.filter(job=job).order_by("pk"))
        JobUnit.objects.filter(job=job, index=0, size=0).delete()
        groups: list[Iterable[Record]] = [
            [record_from_json(r) for r in job.options.get("refused", [])]
        ]
        groups += [records_from_bytes(f.name, bytes(f.data)) for f in files]
        add_units(job, groups)
        JobFile.objects.filter(job=job).delete()


def _run_fetch(job: IngestJob, unit: JobUnit) -> None:
    from tracker.services.fetch import fetch_article

    url = job.options["url"]
    bookkeeping = _bookkeeping(job, unit.pk)
    try:
        article = fetch_article(url)
    except ArticleError as exc:
        with transaction.atomic():
            bookkeeping([Outcome(FAILED, url, str(exc))])
        return
    ingest_article(article, bookkeeping)


def _run_relink(job: IngestJob, unit: JobUnit) -> None:
    from tracker.services.linking import relink_all

    with locks.exclusive_store():
        result = locks.retrying(lambda: relink_all(progress=False))
    _done_one(
        job,
        unit,
        (
            f"Linked {result.quotations} quotations into {result.statements} statements "
            f"({result.talking_points} talking points, {result.conflicts} attribution conflicts)."
        ),
    )


def _run_reprocess(job: IngestJob, unit: JobUnit) -> None:
    from tracker.models import Source
    from tracker.services.reprocess import reprocess

    ids = job.options.get("sources")
    sources = Source.objects.order_by("pk")
    if ids is not None:
        sources = sources.filter(pk__in=ids)
    with locks.exclusive_store():
        result = reprocess(sources.iterator(chunk_size=100), relink=job.options.get("relink"))
    _done_one(
        job,
        unit,
        (
            f"Reprocessed {result.sources} articles: {result.created} quotations extracted, "
            f"{result.kept} kept as editors decided."
        ),
    )


def _done_one(job: IngestJob, unit: JobUnit, summary: str) -> None:
    with transaction.atomic():
        JobUnit.objects.filter(pk=unit.pk).update(position=1, ingested=1)
        IngestJob.objects.filter(pk=job.pk).update(summary=summary)


_RUNNERS = {
    IngestJob.Kind.INGEST: _run_ingest,
    IngestJob.Kind.FETCH: _run_fetch,
    IngestJob.Kind.RELINK: _run_relink,
    IngestJob.Kind.REPROCESS: _run_reprocess,
}


def _finish_if_complete(job_id: int) -> None:
    with transaction.atomic():
        job = IngestJob.objects.get(pk=job_id)
        if not job.prepared or job.finished_at:
            return
        statuses = set(JobUnit.objects.filter(job_id=job_id).values_list("status", flat=True))
        if statuses - {JobUnit.Status.DONE, JobUnit.Status.FAILED}:
            return
        progress = job_progress(job)
        failed = JobUnit.Status.FAILED in statuses
        summary = job.summary or progress.summary()
        updated = IngestJob.objects.filter(pk=job_id, finished_at=None).update(
            status=IngestJob.Status.FAILED if failed else IngestJob.Status.DONE,
            finished_at=timezone.now(),
            summary=summary,
        )
        if updated:
            from tracker.signals import job_finished

            transaction.on_commit(lambda: job_finished.send(sender=IngestJob, job_id=job_id))


# --- progress -------------------------------------------------------------------------------


@dataclass(frozen=True)
class Progress:
    total: int
    done: int
    ingested: int
    duplicates: int
    failed: int
    kind: str

    finished: bool = False

    @property
    def percent(self) -> int:
        if not self.total:
            return 100 if self.finished else 0
        return min(100, round(100 * self.done / self.total))

    def summary(self) -> str:
        if self.kind != IngestJob.Kind.INGEST and self.kind != IngestJob.Kind.FETCH:
            return ""
        return f"{self.ingested} ingested, {self.duplicates} duplicates, {self.failed} failed"


_SUMS = {
    "done": Sum("units__position"),
    "ingested": Sum("units__ingested"),
    "duplicates": Sum("units__duplicates"),
    "failed": Sum("units__failed"),
}


def recent_jobs(limit: int = 50) -> list[tuple[IngestJob, Progress]]:
    """The newest jobs with their progress, in one query."""
    newest = IngestJob.objects.order_by("-created_at", "-id").annotate(**_SUMS)[:limit]
    return [(job, _progress(job, vars(job))) for job in newest]


def job_progress(job: IngestJob) -> Progress:
    return _progress(job, IngestJob.objects.filter(pk=job.pk).aggregate(**_SUMS))


def _progress(job: IngestJob, sums: dict) -> Progress:
    return Progress(
        total=job.total,
        done=sums["done"] or 0,
        ingested=sums["ingested"] or 0,
        duplicates=sums["duplicates"] or 0,
        failed=sums["failed"] or 0,
        kind=job.kind,
        finished=job.finished_at is not None,
    )


# --- recovery -------------------------------------------------------------------------------


def recover_stale_units(now: dt.datetime | None = None) -> list[int]:
    """Units whose worker stopped reporting go back in the queue (one worker wins each)."""
    now = now or timezone.now()
    cutoff = now - dt.timedelta(seconds=settings.JOB_STALE_SECONDS)
    recovered = []
    stale = JobUnit.objects.filter(status=JobUnit.Status.RUNNING, heartbeat_at__lt=cutoff)
    for unit in stale.only("pk", "heartbeat_at"):
        with transaction.atomic():
            won = JobUnit.objects.filter(
                pk=unit.pk, status=JobUnit.Status.RUNNING, heartbeat_at=unit.heartbeat_at
            ).update(status=JobUnit.Status.QUEUED, task_id="")
            if won:
                logger.warning("Job unit %s lost its worker; queued again", unit.pk)
                _enqueue_unit(unit)
                recovered.append(unit.pk)
    return recovered
