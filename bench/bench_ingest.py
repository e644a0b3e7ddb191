"""End-to-end ingest speed against extraction alone, with 1, 2 and 4 workers (PostgreSQL).

In one run, on the same file (default: the 840 PolNeAR train articles):

* `extract()` alone, in process: articles per second (the baseline; measured before and after
  the rest, the mean is used, since the machine is shared);
* the whole commands: `manage.py extract_quotes FILE -o OUT` and `manage.py ingest FILE` into a
  fresh database (migrated beforehand), wall time of each and their ratio;
* queries per article of an in-process ingest (every statement sent, counted by a wrapper);
* workers: a fresh database, one job of all the articles, then N `manage.py worker --batch`
  processes; articles per second from the workers' start to the job's end, per worker, and
  the speed-up over one worker;
* optionally (--profile, alone) a worker's per-article cost: CPU time of the process and of
  its PostgreSQL backend, lock waits, commits, a sampled CPU profile;
* optionally (--pages) the page mix's latency while 2 workers ingest: p50/p95/p99 of the home
  page, the article list, a speaker page and a statement page, fetched in a loop over HTTP
  from a gunicorn on loopback.

Usage:
    .venv/bin/python bench/bench_ingest.py
    .venv/bin/python bench/bench_ingest.py --workers 1,2 --data ../shared/data/polnear-train.jsonl
    .venv/bin/python bench/bench_ingest.py --pages          # and page latency during ingest
    .venv/bin/python bench/bench_ingest.py --pages-only
    .venv/bin/python bench/bench_ingest.py --profile        # a worker's per-article cost
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import statistics
import subprocess
import sys
import threading
import time
import urllib.request
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))
DEFAULT_DATA = REPO.parent / "shared" / "data" / "polnear-train.jsonl"
DEFAULT_DB = "postgres://postgres@127.0.0.1:5432/h14_bench"


def _env(url: str, **extra: str) -> dict[str, str]:
    return {
        **os.environ,
        "DATABASE_URL": url,
        "DEBUG": "True",
        "SECRET_KEY": os.environ.get("SECRET_KEY", "bench-only-secret-key"),
        "TASKS_BACKEND": "database",
        **extra,
    }


def _fresh_database(url: str) -> None:
    import psycopg

    name = url.rsplit("/", 1)[1]
    admin = url.rsplit("/", 1)[0] + "/postgres"
    with psycopg.connect(admin, autocommit=True) as conn:
        conn.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
        conn.execute(f'CREATE DATABASE "{name}"')
    _manage(url, "migrate", "--verbosity", "0")


def _manage(url: str, *args: str, **env: str) -> float:
    started = time.perf_counter()
    subprocess.run(
        [sys.executable, "manage.py", *args],
        cwd=REPO,
        env=_env(url, **env),
        check=True,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    return time.perf_counter() - started


def _extract_rate(texts: list[tuple[str, str | None]]) -> float:
    from tracker.extraction import extract
    from tracker.services.articles import parse_date

    started = time.perf_counter()
    for text, date in texts:
        extract(text, parse_date(date))
    return len(texts) / (time.perf_counter() - started)


def _load(path: Path) -> list[tuple[str, str | None]]:
    rows = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line]
    return [(row["text"], row.get("date")) for row in rows]


def _queries_per_article(path: Path) -> tuple[float, float]:
    """An in-process ingest into the (fresh) database: statements per article (COPYs, which
    bypass Django's cursor wrappers, counted too), articles/s."""
    from django.db import connection

    from tracker.bulk import postgresql
    from tracker.services.ingest import ingest_records, records_from_path

    records = records_from_path(path)
    count = 0

    def counting(execute, sql, params, many, context):
        nonlocal count
        count += 1
        return execute(sql, params, many, context)

    copy = postgresql.insert

    def copying(*args, **kwargs):
        nonlocal count
        count += 1
        return copy(*args, **kwargs)

    postgresql.insert = copying
    try:
        with connection.execute_wrapper(counting):
            started = time.perf_counter()
            report = ingest_records(records)
            seconds = time.perf_counter() - started
    finally:
        postgresql.insert = copy
    n = len(records)
    print(f"  in-process ingest: {report.summary()}")
    return count / n, n / seconds


def _spawn_workers(url: str, n: int) -> list[subprocess.Popen]:
    """N `manage.py worker --batch` processes: each exits when the queue is empty."""
    command = [sys.executable, "manage.py", "worker", "--batch", "--no-startup-delay"]
    command += ["--interval", "0.05", "--verbosity", "0"]
    return [
        subprocess.Popen(
            command, cwd=REPO, env=_env(url), stdout=subprocess.DEVNULL, stderr=subprocess.PIPE
        )
        for _ in range(n)
    ]


def _children_cpu() -> float:
    """CPU seconds (user + system) of the child processes waited for so far."""
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    return usage.ru_utime + usage.ru_stime


# pg_locks of an advisory lock: (classid, objid, objsubid); two-int keys have objsubid 2
# (tracker.services.locks: (0x5154, 1) the store lock, (0x5154, 2) the link lock), one-bigint
# keys (the name locks) objsubid 1.
_LOCK_KINDS = {(0x5154, 1, 2): "store lock", (0x5154, 2, 2): "link lock", (0x5154, 3, 2): "names"}


class _LockSampler(threading.Thread):
    """Every `interval` seconds, the sessions of the database waiting for a lock, by lock:
    summed, an estimate of the time workers spent waiting (sampled, so +- a sample each)."""

    def __init__(self, url: str, interval: float = 0.01) -> None:
        super().__init__(daemon=True)
        self.url, self.interval = url, interval
        self.waits: dict[str, float] = {}
        self.done = threading.Event()

    def run(self) -> None:
        import psycopg

        sql = (
            "SELECT l.locktype, l.classid, l.objid, l.objsubid FROM pg_locks l"
            " JOIN pg_stat_activity a ON a.pid = l.pid"
            " WHERE NOT l.granted AND a.datname = current_database()"
        )
        with psycopg.connect(self.url, autocommit=True) as conn:
            while not self.done.wait(self.interval):
                for locktype, classid, objid, objsubid in conn.execute(sql):
                    if locktype == "advisory":
                        kind = _LOCK_KINDS.get((classid, objid, objsubid), "name locks")
                    else:
                        kind = f"rows ({locktype})"
                    self.waits[kind] = self.waits.get(kind, 0.0) + self.interval

    def stop(self) -> dict[str, float]:
        self.done.set()
        self.join()
        return self.waits


def _workers_run(url: str, path: Path, workers: int, unit_size: int) -> tuple[float, str]:
    """Fresh data, one job, N batch workers: articles per second from the first unit taken
    to the job's end (and counting the workers' start-up), the workers' CPU time per article
    (process time, start-up included: a figure the machine's load barely moves), and the
    time they waited for locks per article (`_LockSampler`)."""
    from django.core.management import call_command

    from tracker.models import IngestJob
    from tracker.services import jobs
    from tracker.services.ingest import records_from_path

    call_command("flush", "--no-input", verbosity=0)
    from django.conf import settings

    settings.JOB_UNIT_SIZE = unit_size
    records = records_from_path(path)
    job = jobs.start_ingest(f"bench {workers}", groups=[records])
    started, cpu = time.perf_counter(), _children_cpu()
    sampler = _LockSampler(url)
    sampler.start()
    procs = _spawn_workers(url, workers)
    for proc in procs:
        _, err = proc.communicate()
        if proc.returncode:
            raise SystemExit(err.decode()[-2000:])
    seconds = time.perf_counter() - started
    waits = sampler.stop()
    cpu = _children_cpu() - cpu
    job = IngestJob.objects.get(pk=job.pk)
    working = (job.finished_at - job.started_at).total_seconds()
    summary = (
        f"{job.summary}; {len(records) / seconds:.0f} articles/s counting start-up;"
        f" workers' CPU {1000 * cpu / len(records):.1f} ms/article with start-up;"
        f" waiting for locks {1000 * sum(waits.values()) / len(records):.1f} ms/article"
        + "".join(f", {k} {1000 * v / len(records):.1f}" for k, v in sorted(waits.items()))
    )
    return len(records) / working, summary


def _profile(path: Path, unit_size: int, top: int = 25) -> None:
    """A worker's per-article cost, in process: the job's units run one by one as a worker
    runs them (jobs.run_unit), with the process CPU time and the PostgreSQL backend's CPU
    time per article, the time spent waiting for and holding the ingest locks, commits per
    article, and a CPU-time sampling profile (SIGPROF every 2 ms of CPU) of the tracker
    functions on the main thread (inclusive shares)."""
    import collections
    import signal

    from django.conf import settings
    from django.core.management import call_command
    from django.db import connection

    from tracker.models import JobUnit
    from tracker.services import ingest, jobs, locks
    from tracker.services.ingest import records_from_path

    call_command("flush", "--no-input", verbosity=0)
    settings.JOB_UNIT_SIZE = unit_size
    records = records_from_path(path)
    job = jobs.start_ingest("bench profile", groups=[records])
    units = list(JobUnit.objects.filter(job=job).order_by("index").values_list("pk", flat=True))
    spent = collections.Counter()
    held_from: list[float] = []

    def timed(owner, name: str, key: str, after=None) -> None:
        original = getattr(owner, name)

        def wrapper(*args, **kwargs):
            started = time.perf_counter()
            try:
                return original(*args, **kwargs)
            finally:
                spent[key] += time.perf_counter() - started
                if after:
                    after()

        setattr(owner, name, wrapper)

    def linked() -> None:
        held_from.append(time.perf_counter())

    def stored() -> None:
        if held_from:
            spent["holding the link lock to the commit"] += time.perf_counter() - held_from.pop()

    timed(locks, "lock_article", "waiting for the name locks")
    timed(locks, "lock_linking", "waiting for the link lock", after=linked)
    timed(ingest, "_store", "storing (the batch transaction)", after=stored)

    def one_value(sql: str):
        with connection.cursor() as cursor:
            cursor.execute(sql)
            return cursor.fetchone()[0]

    backend = one_value("SELECT pg_backend_pid()")

    def backend_cpu() -> float:
        fields = Path(f"/proc/{backend}/stat").read_text().rsplit(")", 1)[1].split()
        return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")

    commits = "SELECT xact_commit FROM pg_stat_database WHERE datname = current_database()"
    stacks = collections.Counter()

    def sample(signum, frame) -> None:
        names, seen = [], set()
        while frame is not None:
            code = frame.f_code
            if "/tracker/" in code.co_filename:
                name = f"{code.co_filename.rsplit('/tracker/', 1)[1]}:{code.co_name}"
                if name not in seen:
                    seen.add(name)
                    names.append(name)
            frame = frame.f_back
        stacks[tuple(names)] += 1

    x0, b0 = one_value(commits), backend_cpu()
    w0, c0 = time.perf_counter(), time.process_time()
    signal.signal(signal.SIGPROF, sample)
    signal.setitimer(signal.ITIMER_PROF, 0.002, 0.002)
    for pk in units:
        jobs.run_unit(pk)
    signal.setitimer(signal.ITIMER_PROF, 0, 0)
    wall, cpu = time.perf_counter() - w0, time.process_time() - c0
    n = len(records)
    print(
        f"profile, {n} articles in {len(units)} units run in process: {n / wall:.0f} articles/s;"
        f" process CPU {1000 * cpu / n:.1f} ms/article, PostgreSQL backend CPU"
        f" {1000 * (backend_cpu() - b0) / n:.1f} ms/article;"
        f" commits {(one_value(commits) - x0) / n:.2f}/article"
    )
    for key, seconds in spent.items():
        print(f"  {key}: {1000 * seconds / n:.1f} ms/article (wall)")
    print(f"  stored rows digest: {_stored_digest()} (the same input gives the same digest)")
    total = sum(stacks.values())
    inclusive = collections.Counter()
    for names, count in stacks.items():
        for name in names:
            inclusive[name] += count
    print(f"  CPU samples on the main thread: {total}; inclusive shares:")
    for name, count in inclusive.most_common(top):
        print(f"  {100 * count / total:5.1f}% {name}")


# What ingest stores, for `_stored_digest`. Times are left out (they differ per run), and the
# ids of aliases: an article's aliases are written in the order of a set of strings, which
# changes with each process's string hashing.
DIGESTED = [
    "tracker_source",
    "tracker_quotation",
    "tracker_speaker",
    "tracker_speakeralias",
    "tracker_speakerrole",
    "tracker_statement",
    "tracker_statementkey",
    "tracker_sourcesketch",
    "tracker_story",
    "tracker_talkingpoint",
    "tracker_talkingpointuse",
]


def _stored_digest() -> str:
    """A digest of every row ingest stored (sources, quotations, speakers, aliases, roles,
    statements and their keys, stories and sketches, talking points), to compare two trees'
    ingest of the same articles into fresh databases."""
    import hashlib

    from django.db import connection

    total = hashlib.sha256()
    with connection.cursor() as cursor:
        for table in DIGESTED:
            cursor.execute(
                "SELECT column_name FROM information_schema.columns WHERE table_name = %s"
                " AND data_type NOT LIKE 'timestamp%%' ORDER BY column_name",
                [table],
            )
            columns = [
                c for (c,) in cursor.fetchall() if (table, c) != ("tracker_speakeralias", "id")
            ]
            names = ", ".join(connection.ops.quote_name(c) for c in columns)
            cursor.execute(f"SELECT {names} FROM {table}")
            rows = sorted(repr(row) for row in cursor.fetchall())
            total.update(f"{table}:{len(rows)}\n".encode())
            total.update("\n".join(rows).encode())
    return total.hexdigest()[:16]


def _worker_startup(url: str) -> float:
    """A batch worker on an empty queue: the fixed cost included in each worker run (the
    tasks the in-process ingest left, alert matching, are cleared first)."""
    from django_tasks_db.models import DBTaskResult

    DBTaskResult.objects.all().delete()
    return _manage(url, "worker", "--batch", "--no-startup-delay", "--verbosity", "0")


def _pages_during_ingest(url: str, path: Path, seconds: float = 20) -> None:
    """p50/p95/p99 of a page mix over HTTP while 2 workers ingest, against the same mix idle."""
    import socket

    from django.core.management import call_command

    from tracker.models import Source, Speaker, Statement
    from tracker.services import jobs
    from tracker.services.ingest import records_from_path

    call_command("flush", "--no-input", verbosity=0)
    half = records_from_path(path)
    first, rest = half[: len(half) // 2], half[len(half) // 2 :]
    from tracker.services.ingest import ingest_records

    ingest_records(first)
    speaker = Speaker.objects.order_by("-pk").first()
    statement = Statement.objects.order_by("-quotation_count").first()
    source = Source.objects.first()
    paths = [
        "/",
        "/sources/",
        f"/speakers/{speaker.slug}/",
        f"/statements/{statement.pk}/",
        f"/sources/{source.pk}/",
    ]
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    server = subprocess.Popen(
        [
            str(Path(sys.executable).parent / "gunicorn"),
            "tracker.wsgi",
            "-w",
            "2",
            "-b",
            f"127.0.0.1:{port}",
            "--log-level",
            "warning",
        ],
        cwd=REPO,
        env=_env(url, DEBUG="False", DJANGO_SETTINGS_MODULE="bench.pages_settings"),
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    try:
        for _ in range(100):
            try:
                urllib.request.urlopen(f"http://127.0.0.1:{port}/", timeout=2).read()
                break
            except OSError:
                time.sleep(0.2)

        def measure(duration: float) -> list[float]:
            times: list[float] = []
            end = time.perf_counter() + duration
            i = 0
            while time.perf_counter() < end:
                started = time.perf_counter()
                urllib.request.urlopen(f"http://127.0.0.1:{port}{paths[i % len(paths)]}").read()
                times.append((time.perf_counter() - started) * 1000)
                i += 1
            return times

        def show(label: str, times: list[float]) -> None:
            q = statistics.quantiles(times, n=100)
            print(
                f"  {label}: {len(times)} requests, p50 {q[49]:.1f} ms, p95 {q[94]:.1f} ms,"
                f" p99 {q[98]:.1f} ms"
            )

        show("pages idle", measure(seconds / 2))
        from django.conf import settings

        settings.JOB_UNIT_SIZE = 20
        jobs.start_ingest("bench pages", groups=[rest])
        procs = _spawn_workers(url, 2)
        time.sleep(1.5)  # workers up and storing
        busy: list[float] = []
        thread = threading.Thread(target=lambda: busy.extend(measure(seconds)))
        thread.start()
        thread.join()
        running = sum(p.poll() is None for p in procs)
        for proc in procs:
            proc.communicate()
        show(f"pages during ingest ({running} of 2 workers still running at the end)", busy)
    finally:
        server.terminate()
        server.wait()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--data", type=Path, default=DEFAULT_DATA)
    parser.add_argument("--database-url", default=os.environ.get("BENCH_DATABASE_URL", DEFAULT_DB))
    parser.add_argument("--workers", default="1,2,4")
    parser.add_argument("--unit-size", type=int, default=20)
    parser.add_argument("--pages", action="store_true", help="also page latency during ingest")
    parser.add_argument("--pages-only", action="store_true", help="only page latency")
    parser.add_argument(
        "--workers-only",
        action="store_true",
        help="only the worker runs (with their CPU and lock waits per article)",
    )
    parser.add_argument(
        "--profile",
        action="store_true",
        help="only a worker's per-article cost, in process: CPU, lock waits, sampled profile",
    )
    args = parser.parse_args()
    url = args.database_url
    os.environ.update(_env(url))
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "tracker.settings")
    import django

    texts = _load(args.data)
    print(f"{len(texts)} articles from {args.data.name}; database {url}")
    with open("/proc/loadavg") as f:
        print(f"load average at start: {f.read().split()[:3]} on {os.cpu_count()} cores")
    django.setup()
    if args.profile:
        _fresh_database(url)
        _profile(args.data, args.unit_size)
        with open("/proc/loadavg") as f:
            print(f"load average at end: {f.read().split()[:3]}")
        return
    if args.pages_only:
        _fresh_database(url)
        _pages_during_ingest(url, args.data)
        return
    if args.workers_only:
        _fresh_database(url)
        rates = {}
        for n in [int(w) for w in args.workers.split(",")]:
            rates[n], summary = _workers_run(url, args.data, n, args.unit_size)
            print(f"{n} worker(s): {rates[n]:.0f} articles/s ({summary})")
            if n != 1 and 1 in rates:
                print(f"  {rates[n] / rates[1]:.2f}x one worker")
        with open("/proc/loadavg") as f:
            print(f"load average at end: {f.read().split()[:3]}")
        return
    before = _extract_rate(texts)
    print(f"extract() alone: {before:.0f} articles/s")

    out = Path("/tmp") / f"bench-ingest-{os.getpid()}.jsonl"
    extract_s = _manage(url, "extract_quotes", str(args.data), "-o", str(out))
    out.unlink(missing_ok=True)
    _fresh_database(url)
    ingest_s = _manage(url, "ingest", str(args.data))
    print(
        f"whole commands: extract_quotes {extract_s:.1f} s, ingest {ingest_s:.1f} s into a fresh"
        f" database: ingest at {extract_s / ingest_s:.2f}x the speed of extract_quotes"
        f" (target >= 0.20)"
    )

    _fresh_database(url)
    from django.db import connections

    connections.close_all()
    per_article, rate = _queries_per_article(args.data)
    print(f"queries per article: {per_article:.2f} (in-process ingest at {rate:.0f} articles/s)")

    startup = _worker_startup(url)
    print(f"worker start-up on an empty queue: {startup:.1f} s (not counted below)")
    rates = {}
    for n in [int(w) for w in args.workers.split(",")]:
        rates[n], summary = _workers_run(url, args.data, n, args.unit_size)
        print(f"{n} worker(s): {rates[n]:.0f} articles/s ({summary})")
    after = _extract_rate(texts)
    baseline = (before + after) / 2
    print(f"extract() alone again: {after:.0f} articles/s; baseline {baseline:.0f}")
    one = rates.get(1)
    for n, r in rates.items():
        ratio = f", {r / one:.2f}x one worker" if one else ""
        print(
            f"  {n} worker(s): {r / baseline:.2f} of extract() alone, {r / n:.0f} per worker{ratio}"
        )
    if args.pages:
        _pages_during_ingest(url, args.data)
    with open("/proc/loadavg") as f:
        print(f"load average at end: {f.read().split()[:3]}")


if __name__ == "__main__":
    main()
