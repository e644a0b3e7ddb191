"""Real `manage.py worker` processes against the test database (committed data).

- a job enqueued with the database backend is run by a worker;
- a worker killed in the middle of a unit: another picks the unit up and finishes it, with
  nothing stored or counted twice;
- (PostgreSQL) several workers in parallel give the same sources, quotations, speakers and
  statements as a serial ingest of the same records.
"""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest
from django.core.management import call_command
from django.db import connection

from tests.conftest import REPO, SHARED_DATA, database_url
from tracker.models import (
    Alert,
    IngestJob,
    JobUnit,
    Quotation,
    Source,
    Speaker,
    SpeakerAlias,
    Watch,
)
from tracker.services import jobs, watches
from tracker.services.articles import records_from_bytes
from tracker.services.speakers import get_or_create_speaker

pytestmark = pytest.mark.django_db(transaction=True)
DATABASE_BACKEND = {"default": {"BACKEND": "django_tasks_db.DatabaseBackend"}}


def _worker(*extra: str, stale: int = 60, stdout=subprocess.DEVNULL) -> subprocess.Popen:
    env = {
        **os.environ,
        "DATABASE_URL": database_url(),
        "DEBUG": "True",
        "SECRET_KEY": "test-only-secret-key",
        "TASKS_BACKEND": "database",
        "JOB_STALE_SECONDS": str(stale),
        "WORKER_HOUSEKEEPING_SECONDS": "0.5",
    }
    return subprocess.Popen(
        [
            sys.executable,
            "manage.py",
            "worker",
            "--no-startup-delay",
            "--interval",
            "0.1",
            "--verbosity",
            "0",
            *extra,
        ],
        cwd=REPO,
        env=env,
        stdout=stdout,
        stderr=subprocess.PIPE,
    )


def _wait(proc: subprocess.Popen, timeout: float = 240) -> None:
    _, err = proc.communicate(timeout=timeout)
    assert proc.returncode == 0, err.decode()[-3000:]


def _articles(n: int, offset: int = 0) -> bytes:
    lines = (SHARED_DATA / "polnear-train.jsonl").read_text(encoding="utf-8").splitlines()
    return ("\n".join(lines[offset : offset + n]) + "\n").encode()


def _shared_quote_articles(n: int) -> bytes:
    """n articles that all quote the same words of the same new speaker."""
    quote = "We will never accept a deal that leaves our farmers behind"
    rows = [
        {
            "text": f"Report {i} from the capital. “{quote},” said Senator Tilda Marchbanks "
            f"on day {i}. Markets moved {i} points.",
            "title": f"Marchbanks {i}",
            "outlet": f"Outlet {i % 3}",
            "date": f"2018-08-{1 + i % 28:02d}",
        }
        for i in range(n)
    ]
    return ("\n".join(json.dumps(r) for r in rows) + "\n").encode()


def test_a_worker_runs_an_enqueued_job(settings):
    settings.TASKS = DATABASE_BACKEND
    settings.JOB_UNIT_SIZE = 5
    records = list(records_from_bytes("train.jsonl", _articles(12)))
    job = jobs.start_ingest("train", groups=[records])
    assert job.units.count() == 3 and Source.objects.count() == 0
    _wait(_worker("--batch"))
    job.refresh_from_db()
    assert job.status == IngestJob.Status.DONE, job.error
    assert job.summary == "12 ingested, 0 duplicates, 0 failed"
    assert Source.objects.count() == 12 == job.articles.count()


def test_the_worker_that_ingests_an_article_also_emails_its_alert(settings, django_user_model):
    """An alert reaches the email backend (the console, in the worker's output) within the
    worker run that ingested the article: matching and delivery are tasks it runs next."""
    settings.TASKS = DATABASE_BACKEND
    rita = django_user_model.objects.create_user("rita", email="rita@example.org")
    marchbanks = get_or_create_speaker("Tilda Marchbanks")
    watches.follow(rita, watches.Target(Watch.Kind.SPEAKER, speaker=marchbanks), by_email=True)
    records = list(records_from_bytes("marchbanks.jsonl", _shared_quote_articles(1)))
    jobs.start_ingest("marchbanks", groups=[records])
    worker = _worker("--batch", stdout=subprocess.PIPE)
    out, err = worker.communicate(timeout=240)
    assert worker.returncode == 0, err.decode()[-3000:]
    alert = Alert.objects.get(user=rita)
    assert alert.emailed_at is not None and alert.source.title == "Marchbanks 0"
    assert b"To: rita@example.org" in out and b"Tilda Marchbanks" in out


def test_a_killed_workers_unit_is_finished_by_another_without_duplicates(settings):
    settings.TASKS = DATABASE_BACKEND
    settings.JOB_UNIT_SIZE = 1000
    records = list(records_from_bytes("train.jsonl", _articles(60, offset=100)))
    job = jobs.start_ingest("train", groups=[records])
    unit = job.units.get()
    first = _worker(stale=2)
    deadline = time.monotonic() + 120
    while JobUnit.objects.get(pk=unit.pk).position < 5:
        assert time.monotonic() < deadline and first.poll() is None, "the worker never started"
        time.sleep(0.05)
    first.send_signal(signal.SIGKILL)
    first.wait()
    done_before = JobUnit.objects.get(pk=unit.pk).position
    assert 5 <= done_before < 60
    time.sleep(2.5)  # the unit goes stale
    _wait(_worker("--batch", stale=2))
    unit.refresh_from_db()
    job.refresh_from_db()
    assert job.status == IngestJob.Status.DONE, job.error
    assert (unit.position, unit.ingested, unit.duplicates, unit.failed) == (60, 60, 0, 0)
    assert unit.attempts == 2
    assert Source.objects.count() == 60 == job.articles.count()


def _snapshot() -> dict:
    """What an ingest produced, independent of ids and order."""
    sources = dict(Source.objects.values_list("pk", "content_hash"))
    quotes = Quotation.objects.values_list(
        "source_id", "start", "end", "speaker__name", "statement_id"
    )
    groups: dict[int, set] = {}
    rows = set()
    for source, start, end, speaker, statement in quotes:
        key = (sources[source], start, end)
        rows.add((*key, speaker))
        if statement is not None:
            groups.setdefault(statement, set()).add(key)
    return {
        "sources": set(sources.values()),
        "quotations": rows,
        "speakers": sorted(Speaker.objects.values_list("name", flat=True)),
        "aliases": sorted(SpeakerAlias.objects.values_list("normalised", "speaker__name")),
        "statements": {frozenset(g) for g in groups.values()},
    }


@pytest.mark.skipif(
    connection.vendor != "postgresql",
    reason="several writers at once need PostgreSQL (SQLite has a single writer)",
)
def test_parallel_workers_match_a_serial_ingest(settings, tmp_path: Path):
    data = _shared_quote_articles(24) + _articles(60, offset=300)
    path = tmp_path / "batch.jsonl"
    path.write_bytes(data)

    with open(os.devnull, "w") as quiet:
        call_command("ingest", str(path), stdout=quiet, stderr=quiet)
    serial = _snapshot()
    call_command("flush", "--no-input", verbosity=0)

    settings.TASKS = DATABASE_BACKEND
    settings.JOB_UNIT_SIZE = 3
    records = list(records_from_bytes(str(path), data))
    # Interleave the shared-quote articles so several workers store them at the same time.
    job = jobs.start_ingest("parallel", groups=[records])
    workers = [_worker("--batch") for _ in range(4)]
    for proc in workers:
        _wait(proc)
    job.refresh_from_db()
    assert job.status == IngestJob.Status.DONE, job.error
    parallel = _snapshot()

    assert Speaker.objects.filter(name="Tilda Marchbanks").count() == 1
    shared = Quotation.objects.filter(text__startswith="We will never accept a deal")
    assert shared.count() == 24 and shared.values("statement").distinct().count() == 1
    for key in ("sources", "quotations", "speakers", "aliases", "statements"):
        assert parallel[key] == serial[key], key


@pytest.mark.skipif(
    connection.vendor != "postgresql", reason="the store lock is a PostgreSQL advisory lock"
)
def test_ingest_waits_while_relink_holds_the_store_lock():
    import threading

    from django.db import connections

    from tracker.services import locks
    from tracker.services.ingest import ingest_records

    records = list(records_from_bytes("train.jsonl", _articles(2, offset=500)))
    held, release, done = threading.Event(), threading.Event(), threading.Event()

    def relink_like() -> None:
        try:
            with locks.exclusive_store():
                held.set()
                release.wait(30)
        finally:
            connections.close_all()

    def ingest() -> None:
        try:
            ingest_records(records)
            done.set()
        finally:
            connections.close_all()

    holder = threading.Thread(target=relink_like)
    holder.start()
    assert held.wait(30)
    writer = threading.Thread(target=ingest)
    writer.start()
    time.sleep(2)
    assert not done.is_set() and Source.objects.count() == 0  # waiting on the lock
    release.set()
    writer.join(60)
    holder.join(60)
    assert done.is_set() and Source.objects.count() == 2
