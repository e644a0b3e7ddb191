"""Background jobs: units, progress, failures with file/line/field, resuming after a crash."""

from __future__ import annotations

import datetime as dt
import json

import pytest
from django.core.management import call_command
from django.urls import reverse
from django.utils import timezone

from tests.conftest import SAMPLE_DIR
from tracker.models import IngestJob, JobFailure, JobUnit, Quotation, Source, Statement
from tracker.services import jobs
from tracker.services.articles import Record, records_from_bytes
from tracker.signals import job_finished, quotations_stored

pytestmark = pytest.mark.django_db


def _jsonl(n: int, bad_lines: tuple[int, ...] = ()) -> bytes:
    lines = []
    for i in range(1, n + 1):
        if i in bad_lines:
            lines.append('{"title": "no text here"}')
        else:
            text = f'Minister {i} spoke. "We will build {i} bridges this year," Kim Jong Un said.'
            lines.append(
                json.dumps({"text": text, "title": f"Story {i}", "date": f"2018-08-0{1 + i % 9}"})
            )
    return ("\n".join(lines) + "\n").encode()


def test_a_batch_is_split_into_units_and_counted(settings):
    settings.JOB_UNIT_SIZE = 4
    records = list(records_from_bytes("feed.jsonl", _jsonl(10, bad_lines=(3, 7))))
    job = jobs.start_ingest("feed.jsonl", groups=[records])
    job.refresh_from_db()
    assert job.units.count() == 3
    assert job.status == IngestJob.Status.DONE and job.finished_at
    progress = jobs.job_progress(job)
    assert (progress.total, progress.done, progress.percent) == (10, 10, 100)
    assert (progress.ingested, progress.duplicates, progress.failed) == (8, 0, 2)
    assert job.summary == "8 ingested, 0 duplicates, 2 failed"
    failures = list(JobFailure.objects.filter(job=job).values_list("file", "line", "field"))
    assert failures == [("feed.jsonl", 3, "text"), ("feed.jsonl", 7, "text")]
    assert job.articles.count() == 8 == Source.objects.count()


def test_a_unit_picked_up_again_after_its_worker_died_stores_nothing_twice(settings):
    """The worker died after storing 3 of 6 records: a new worker goes on from the 4th."""
    settings.JOB_UNIT_SIZE = 50
    records = list(records_from_bytes("feed.jsonl", _jsonl(6)))
    job = IngestJob.objects.create(kind=IngestJob.Kind.INGEST, prepared=True, total=6)
    unit = JobUnit.objects.create(
        job=job, index=0, size=6, records=[jobs.record_to_json(r) for r in records]
    )
    # What the dead worker committed: the first three articles, counted with them.
    from tracker.services.ingest import ingest_records

    ingest_records(records[:3], bookkeeping=jobs._bookkeeping(job, unit.pk))
    JobUnit.objects.filter(pk=unit.pk).update(
        status=JobUnit.Status.RUNNING, heartbeat_at=timezone.now() - dt.timedelta(minutes=5)
    )
    assert jobs.recover_stale_units() == [unit.pk]
    job.refresh_from_db()
    unit.refresh_from_db()
    assert job.status == IngestJob.Status.DONE
    assert (unit.position, unit.ingested, unit.duplicates, unit.attempts) == (6, 6, 0, 1)
    assert Source.objects.count() == 6 and job.articles.count() == 6
    # A fresh heartbeat is left alone.
    JobUnit.objects.filter(pk=unit.pk).update(
        status=JobUnit.Status.RUNNING, heartbeat_at=timezone.now()
    )
    assert jobs.recover_stale_units() == []


def test_running_a_finished_unit_again_does_nothing():
    records = list(records_from_bytes("a.jsonl", _jsonl(2)))
    job = jobs.start_ingest("a", groups=[records])
    unit = job.units.get()
    assert jobs.run_unit(unit.pk) == {"unit": unit.pk, "skipped": "already done"}
    assert Source.objects.count() == 2


def test_strict_file_is_all_or_nothing_and_the_failure_is_reported():
    good = list(records_from_bytes("good.jsonl", _jsonl(3)))
    bad = list(records_from_bytes("bad.jsonl", _jsonl(3, bad_lines=(2,))))
    job = jobs.start_ingest("two files", groups=[good, bad], strict=True)
    job.refresh_from_db()
    assert Source.objects.count() == 3
    assert job.summary == "3 ingested, 0 duplicates, 1 failed"
    failure = JobFailure.objects.get(job=job)
    assert (failure.file, failure.line, failure.field) == ("bad.jsonl", 2, "text")
    assert "strict mode" in failure.message


def test_uploaded_files_are_read_by_the_worker_and_then_dropped():
    job = jobs.start_ingest(
        "up", uploads=[jobs.Upload("a.jsonl", 10, _jsonl(3)), jobs.Upload("huge.txt", 10**9, None)]
    )
    job.refresh_from_db()
    assert job.files.count() == 0
    assert job.summary == "3 ingested, 0 duplicates, 1 failed"
    assert "larger than" in JobFailure.objects.get(job=job).message


def test_hooks_fire_after_commit_with_the_new_quotation_ids(django_capture_on_commit_callbacks):
    seen, finished = [], []

    def on_stored(sender, stored, **kwargs):
        seen.extend(stored.items())

    def on_finished(sender, job_id, **kwargs):
        finished.append(job_id)

    quotations_stored.connect(on_stored)
    job_finished.connect(on_finished)
    try:
        with django_capture_on_commit_callbacks(execute=True):
            job = jobs.start_ingest("a", groups=[list(records_from_bytes("a.jsonl", _jsonl(2)))])
    finally:
        quotations_stored.disconnect(on_stored)
        job_finished.disconnect(on_finished)
    assert finished == [job.pk]
    assert {s for s, _ in seen} == set(Source.objects.values_list("pk", flat=True))
    ids = sorted(q for _, qs in seen for q in qs)
    assert ids == sorted(Quotation.objects.values_list("pk", flat=True)) and ids


def test_relink_job(founding_articles):
    before = sorted(Quotation.objects.values_list("text", "statement__text"))
    job = jobs.start_relink()
    job.refresh_from_db()
    assert job.status == IngestJob.Status.DONE and job.summary.startswith("Linked ")
    assert sorted(Quotation.objects.values_list("text", "statement__text")) == before


def test_reprocess_job(founding_articles):
    # (One rebuild per test: on PostgreSQL a rebuild's temporary tables go at commit.)
    job = jobs.start_reprocess(relink=True)
    job.refresh_from_db()
    assert job.status == IngestJob.Status.DONE and "Reprocessed 2 articles" in job.summary
    assert Statement.objects.exists()


def test_ingest_command_background_enqueues_a_job(capsys):
    call_command("ingest", str(SAMPLE_DIR), "--background")
    out = capsys.readouterr().out
    job = IngestJob.objects.get()
    assert f"Job {job.pk} queued" in out and "/jobs/" in out
    assert job.status == IngestJob.Status.DONE and Source.objects.count() == 2


# --- pages -------------------------------------------------------------------------------


def test_job_pages_are_for_editors_only(client, reader):
    job = IngestJob.objects.create(kind=IngestJob.Kind.INGEST)
    assert client.get(reverse("job-detail", args=[job.pk])).status_code == 302
    client.force_login(reader)
    assert client.get(reverse("job-detail", args=[job.pk])).status_code == 403
    assert client.post(reverse("job-start"), {"action": "relink"}).status_code == 403


def test_job_page_polls_until_done_and_pages_failures_first(editor_client, settings):
    settings.JOB_UNIT_SIZE = 100
    records = [
        Record(f"bad.jsonl:{i}", error=f"bad.jsonl:{i}: not valid JSON (x).") for i in range(1, 61)
    ]
    records += list(records_from_bytes("good.jsonl", _jsonl(2)))
    job = IngestJob.objects.create(kind=IngestJob.Kind.INGEST, prepared=True, total=62)
    unit = JobUnit.objects.create(
        job=job, index=0, size=62, records=[jobs.record_to_json(r) for r in records]
    )
    url = reverse("job-detail", args=[job.pk])
    body = editor_client.get(url).content.decode()
    assert 'hx-trigger="every 1s"' in body and "0 of 62 records" in body
    jobs.run_unit(unit.pk)
    r = editor_client.get(reverse("job-progress", args=[job.pk]), headers={"HX-Request": "true"})
    assert r.status_code == 286  # htmx stops polling
    body = r.content.decode()
    assert "hx-trigger" not in body and "<html" not in body
    assert body.index("Failed (60)") < body.index("New articles (2)")
    assert body.count("not valid JSON") == 50 and "page 1 of 2" in body
    body = editor_client.get(url + "?failures=2").content.decode()
    assert body.count("not valid JSON") == 10
    assert editor_client.get(url + "?failures=zero").status_code == 400


def test_editor_starts_a_relink_from_the_jobs_page(editor_client, founding_articles):
    r = editor_client.post(reverse("job-start"), {"action": "relink"})
    job = IngestJob.objects.get()
    assert r.status_code == 302 and r.url == job.get_absolute_url()
    assert "Linked " in editor_client.get(r.url).content.decode()
    assert editor_client.post(reverse("job-start"), {"action": "drop"}).status_code == 400
    assert "Rebuild every statement" in editor_client.get(reverse("job-list")).content.decode()


def test_deadlocks_are_retried_then_reported_clearly(monkeypatch):
    from django.db import OperationalError

    from tracker.services import ingest, locks

    monkeypatch.setattr(locks, "backoff", lambda attempt: None)
    calls = []

    def deadlock_once():
        calls.append(1)
        if len(calls) == 1:
            raise OperationalError("deadlock detected")

    monkeypatch.setattr(locks, "lock_linking", deadlock_once)
    records = list(records_from_bytes("a.jsonl", _jsonl(1)))
    assert ingest.ingest_records(records).summary() == "1 ingested, 0 duplicates, 0 failed"

    def always():
        raise OperationalError("deadlock detected")

    monkeypatch.setattr(locks, "lock_linking", always)
    job = jobs.start_ingest("b", groups=[list(records_from_bytes("b.jsonl", _jsonl(2)))[1:]])
    failure = JobFailure.objects.get(job=job)
    assert (failure.file, failure.line) == ("b.jsonl", 2)
    assert "stayed busy" in failure.message and "nothing was stored" in failure.message
