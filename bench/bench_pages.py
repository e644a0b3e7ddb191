"""Dashboard page latency and throughput at scale (PostgreSQL).

Loads N generated quotations (default 1M: ~50k articles, 5k speakers with a Zipf-like activity
curve, so a few speakers are very busy) into a scratch database, then measures:

* server-side latency (in-process Django client, full middleware: the first view with an empty
  cache, repeat views p50/p95, the first view after each of five new articles) of the home
  page, the speaker list, the busiest speaker's page, a statement page, search for
  "sanctions", compare of the two busiest speakers on "sanctions", and a minimal baseline
  view rendering 50 rows of the same table filtered by speaker (defined in
  bench/pages_urls.py only, never in the product);
* requests per second of the speaker page and the baseline under gunicorn (2 workers) with wrk
  on loopback.

Usage (PostgreSQL on 127.0.0.1, trust auth):
    .venv/bin/python bench/bench_pages.py                     # 1M quotations, fresh database
    .venv/bin/python bench/bench_pages.py --quotations 100000
    .venv/bin/python bench/bench_pages.py --reuse             # skip loading, measure again
"""

from __future__ import annotations

import argparse
import os
import random
import shutil
import socket
import statistics
import subprocess
import sys
import time
from datetime import date, timedelta
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]


def _words(text: str) -> list[str]:
    return text.split()


sys.path.insert(0, str(REPO))

FIRST = _words(
    "Mike Nikki Wang Kang Angela Emmanuel Justin Olaf Ursula Antonio Jens Rishi Keir Boris "
    "Liz Joe Kamala Xi Li Vladimir Sergei Narendra Fumio Yoon Moon Shinzo Jacinda Anthony "
    "Scott Pedro Giorgia Mark Viktor Recep Benjamin Mohammed Cyril Luiz Gustavo Javier "
    "Claudia Andres Dilma Ashraf Imran Shehbaz Sheikh Jacob Kevin Nancy Chuck Mitch Hakeem "
    "Ron Gavin Kathy Greg"
)
LAST = _words(
    "Pompeo Haley Yi Kyung Merkel Macron Trudeau Scholz Leyen Guterres Stoltenberg Sunak "
    "Starmer Johnson Truss Biden Harris Jinping Qiang Putin Lavrov Modi Kishida Suk Jae Abe "
    "Ardern Blinken Morrison Sanchez Meloni Rutte Orban Erdogan Netanyahu Salman Ramaphosa "
    "Lula Petro Milei Sheinbaum Obrador Rousseff Ghani Khan Sharif Hasina Zuma McCarthy "
    "Pelosi Schumer McConnell Jeffries DeSantis Newsom Hochul Abbott Smith Jones Brown "
    "Garcia Miller Davis Wilson Moore Taylor Thomas White Martin Clark Lewis Walker Hall "
    "Young Allen King Wright"
)
OUTLETS = [
    f"{city} {kind}"
    for city in (
        "Capital",
        "Metro",
        "Harbor",
        "Valley",
        "Northern",
        "Coastal",
        "National",
        "Evening",
    )
    for kind in ("Post", "Herald", "Times", "Wire", "Daily")
]
WORDS = _words(
    "we will not accept the the the a to of and in that is for on with as this our people "
    "government country economy security policy talks agreement pressure support future "
    "peace trade nuclear deal border tax jobs growth market energy climate health plan "
    "reform budget vote law court election party leader minister president council union "
    "partners allies cooperation dialogue progress commitment responsibility stability "
    "crisis war ceasefire aid investment inflation rates workers families schools police "
    "justice rights freedom democracy values interests threat response strategy decision "
    "action time now today never always must should can continue remain believe expect hope "
    "want need know"
)
TOPICS = ["sanctions", "tariffs", "denuclearization", "immigration", "inflation", "ceasefire"]


def sentence(rng: random.Random) -> str:
    words = rng.choices(WORDS, k=rng.randint(10, 28))
    if rng.random() < 0.12:
        words.insert(rng.randrange(len(words)), rng.choice(TOPICS))
    return (" ".join(words)).capitalize() + "."


def admin_dsn(dbname: str = "postgres") -> str:
    return f"host=127.0.0.1 port=5432 user=postgres dbname={dbname}"


def create_database(name: str) -> None:
    import psycopg

    with psycopg.connect(admin_dsn(), autocommit=True) as conn:
        conn.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
        conn.execute(f'CREATE DATABASE "{name}"')



def load(n_quotes: int, seed: int = 7) -> dict[str, object]:
    """Generate and COPY speakers, sources, statements and quotations; return what we made."""
    from django.db import connection
    from scratch_db import insert_rows

    from tracker.identity.names import parse_name
    from tracker.linking.normalise import normalise_text
    from tracker.models import Quotation, Source, Speaker, Statement

    rng = random.Random(seed)
    n_speakers = max(50, n_quotes // 200)
    n_sources = max(100, n_quotes // 20)
    n_statements = max(50, n_quotes // 20)
    t0 = time.perf_counter()

    names, slugs = [], []
    for i in range(n_speakers):
        name = f"{FIRST[i % len(FIRST)]} {LAST[(i // len(FIRST)) % len(LAST)]}"
        if i >= len(FIRST) * len(LAST):
            name += f" {i}"
        names.append(name)
        slugs.append(f"{name.lower().replace(' ', '-')}-{i}")
    family = [parse_name(name).family_key for name in names]
    # Zipf-like activity: speaker k gets weight 1/(k+1); a few speakers dominate.
    weights = [1 / (k + 1) for k in range(n_speakers)]

    pool = [sentence(rng) for _ in range(min(200_000, n_quotes // 5 + 1000))]
    statement_texts = [sentence(rng) for _ in range(n_statements)]
    statement_owner = rng.choices(range(n_speakers), weights=weights, k=n_statements)
    start_day = date(2015, 1, 1)

    with connection.cursor() as cur:
        cur.execute("DROP INDEX IF EXISTS quote_search_tsv_idx")  # rebuilt after the load
        insert_rows(
            cur,
            Speaker,
            ["id", "name", "slug", "kind", "role", "created_at", "version", "family_key"],
            (
                (i + 1, names[i], slugs[i], "person", "Official", "2015-01-01", 1, family[i])
                for i in range(n_speakers)
            ),
        )
        insert_rows(
            cur,
            Statement,
            ["id", "text", "normalised", "kind", "quotation_count", "has_conflict"]
            + ["created_at", "updated_at"],
            (
                (
                    i + 1,
                    text,
                    normalise_text(text),
                    "talking_point" if i % 3 == 0 else "utterance",
                    0,
                    False,
                    "2015-01-01",
                    "2015-01-01",
                )
                for i, text in enumerate(statement_texts)
            ),
        )

        sources, quotes = [], []
        qid = 0
        per_source = n_quotes // n_sources
        for s in range(n_sources):
            day = None if rng.random() < 0.01 else start_day + timedelta(days=rng.randrange(3650))
            parts, text_len = [], 0
            for _ in range(per_source if s < n_sources - 1 else n_quotes - qid):
                qid += 1
                if rng.random() < 0.3:
                    st = rng.randrange(n_statements)
                    speaker = (
                        statement_owner[st]
                        if rng.random() < 0.9
                        else rng.choices(range(n_speakers), weights=weights)[0]
                    )
                    text, statement = statement_texts[st], st + 1
                else:
                    speaker = rng.choices(range(n_speakers), weights=weights)[0]
                    text, statement = rng.choice(pool), None
                lead = f'{names[speaker]} said: "'
                start = text_len + len(lead)
                parts.append(f'{lead}{text}"\n\n')
                text_len += len(parts[-1])
                quotes.append(
                    (
                        qid,
                        s + 1,
                        start,
                        start + len(text),
                        text,
                        speaker + 1,
                        names[speaker],
                        "said",
                        round(rng.uniform(0.4, 1.0), 2),
                        False,
                        day,
                        statement,
                    )
                )
            sources.append(
                (
                    s + 1,
                    f"Article {s + 1}",
                    OUTLETS[s % len(OUTLETS)],
                    day,
                    "metadata" if day else "none",
                    "".join(parts),
                    f"{s + 1:064x}",
                    "bench",
                    "2024-01-01T00:00:00Z",
                    "",
                    1,
                )
            )
        insert_rows(
            cur,
            Source,
            ["id", "title", "outlet", "published", "date_origin", "text", "content_hash"]
            + ["origin", "ingested_at", "extractor_version", "version"],
            sources,
        )
        insert_rows(
            cur,
            Quotation,
            ["id", "source_id", "start", "end", "text", "speaker_id", "speaker_mention", "cue"]
            + ["confidence", "is_partial", "published", "statement_id", "attribution_status"]
            + ["span_edited", "not_a_quote", "statement_locked", "version", "created_at"],
            ((*row, "auto", False, False, False, 1, "2024-01-01T00:00:00Z") for row in quotes),
        )
        cur.execute(
            """UPDATE tracker_statement s SET quotation_count = a.n, first_date = a.f,
               last_date = a.l, has_conflict = a.speakers > 1
               FROM (SELECT statement_id, count(*) n, min(published) f, max(published) l,
                            count(DISTINCT speaker_id) speakers
                     FROM tracker_quotation WHERE statement_id IS NOT NULL
                     GROUP BY statement_id) a WHERE a.statement_id = s.id"""
        )
        for table in (
            "tracker_speaker",
            "tracker_statement",
            "tracker_source",
            "tracker_quotation",
        ):
            cur.execute(
                f"SELECT setval(pg_get_serial_sequence('{table}', 'id'), "
                f"(SELECT max(id) FROM {table}))"
            )
        cur.execute("CREATE INDEX quote_search_tsv_idx ON tracker_quotation USING GIN (search_tsv)")
        cur.execute("VACUUM ANALYZE")  # Django connections autocommit, so VACUUM may run
    return {
        "seconds": time.perf_counter() - t0,
        "speakers": n_speakers,
        "sources": n_sources,
        "statements": n_statements,
        "quotations": n_quotes,
    }


def percentile(values: list[float], p: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(p / 100 * (len(ordered) - 1)))]


def reader_client():
    """A test client logged in as a reader (no editing rights), and its session cookie."""
    from django.conf import settings
    from django.contrib.auth.models import User
    from django.test import Client

    user, _ = User.objects.get_or_create(username="bench-reader")
    client = Client()
    client.force_login(user)
    name = settings.SESSION_COOKIE_NAME
    return client, f"{name}={client.cookies[name].value}"


NEW_ARTICLE_ORIGIN = "bench_pages new article"


def new_article(rng: random.Random, busiest: list[str]) -> None:
    """One more article of 20 quotations through the real ingest pipeline (extraction,
    speakers, linking): what moves the data generation on. Half its quotes are by the two
    busiest speakers, so their pages have new rows to add."""
    from tracker.services.articles import ArticleInput
    from tracker.services.ingest import ingest_article

    names = [*busiest, *(f"{rng.choice(FIRST)} {rng.choice(LAST)}" for _ in range(8))]
    paragraphs = [f'{rng.choice(names)} said: "{sentence(rng)}"' for _ in range(20)]
    outcome = ingest_article(
        ArticleInput(
            text="\n\n".join(paragraphs),
            title="A new article",
            outlet=rng.choice(OUTLETS),
            date=date(2024, 12, 1) + timedelta(days=rng.randrange(30)),
            origin=NEW_ARTICLE_ORIGIN,
        )
    )
    assert outcome.status == "ingested", outcome


class Ingester:
    """New articles ingested by another process, as the worker does in production: the page
    views measured here then pay for what a web process pays for, not for the ingest's own
    garbage (a full collection of this process's heap takes 60 ms of CPU on the bench
    machine, and the ingest pipeline's objects trigger them). The other process is this
    script with --ingest-for, reading one line per article to ingest."""

    def __init__(self, seed: int, busiest: list[str]) -> None:
        self.process = subprocess.Popen(
            [sys.executable, __file__, "--ingest-for", "|".join(busiest), "--seed", str(seed)],
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            text=True,
            env=os.environ,
        )

    def add(self) -> None:
        """One more article, committed (and the data generation moved on) when it returns."""
        assert self.process.stdin is not None and self.process.stdout is not None
        self.process.stdin.write("article\n")
        self.process.stdin.flush()
        answer = self.process.stdout.readline()
        assert answer == "ingested\n", f"the ingesting process answered {answer!r}"

    def close(self) -> None:
        if self.process.stdin is not None:
            self.process.stdin.close()
        self.process.wait(timeout=30)


def serve_ingest(busiest: list[str], seed: int) -> None:
    """The other process of Ingester: one new article per line read."""
    rng = random.Random(seed)
    for _ in sys.stdin:
        new_article(rng, busiest)
        print("ingested", flush=True)


def remove_new_articles() -> None:
    """Back to the loaded data, for the next --reuse run (every loaded speaker is quoted)."""
    from tracker.models import Source, Speaker

    Source.objects.filter(origin=NEW_ARTICLE_ORIGIN).delete()
    Speaker.objects.filter(quotations=None).delete()


def measure_latency(
    urls: dict[str, str], repeat: int, client, ingester: Ingester, fresh: int = 20
) -> dict[str, dict[str, float]]:
    """Per URL: the first view with an empty cache, repeat views (p50/p95), and the first
    view after each of `fresh` new articles (median, p95 and worst)."""
    from django.core.cache import cache

    results = {}
    for name, url in urls.items():
        cache.clear()
        t = time.perf_counter()
        response = client.get(url)
        cold = (time.perf_counter() - t) * 1000
        assert response.status_code == 200, (url, response.status_code)
        for _ in range(3):
            client.get(url)
        times = []
        for _ in range(repeat):
            t = time.perf_counter()
            client.get(url)
            times.append((time.perf_counter() - t) * 1000)
        after = []
        for _ in range(fresh):
            ingester.add()
            t = time.perf_counter()
            client.get(url)
            after.append((time.perf_counter() - t) * 1000)
        results[name] = {
            "cold": cold,
            "p50": statistics.median(times),
            "p95": percentile(times, 95),
            "max": max(times),
            "new_p50": statistics.median(after),
            "new_p95": percentile(after, 95),
            "new_max": max(after),
        }
    return results


def measure_throughput(
    urls: dict[str, tuple[str, str | None]], env: dict[str, str], seconds: int, rounds: int
) -> dict[str, list[float]]:
    wrk = shutil.which("wrk")
    if not wrk:
        return {}
    with socket.socket() as probe:  # a free loopback port
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    server = subprocess.Popen(
        [
            sys.executable,
            "-m",
            "gunicorn",
            "--workers",
            "2",
            "--bind",
            f"127.0.0.1:{port}",
            "--chdir",
            str(REPO),
            "--log-level",
            "warning",
            "tracker.wsgi:application",
        ],
        env=env,
        cwd=REPO,
    )
    try:
        time.sleep(3)
        for url, header in urls.values():  # warm every worker's caches
            extra = ["-H", header] if header else []
            target = f"http://127.0.0.1:{port}{url}"
            subprocess.run([wrk, "-t1", "-c8", "-d3s", *extra, target], capture_output=True)
        # The machine is shared: alternate the URLs over several rounds and keep every figure,
        # so a burst of someone else's work does not land on one URL only.
        runs: dict[str, list[float]] = {name: [] for name in urls}
        for _ in range(rounds):
            for name, (url, header) in urls.items():
                extra = ["-H", header] if header else []
                target = f"http://127.0.0.1:{port}{url}"
                out = subprocess.run(
                    [wrk, "-t2", "-c16", f"-d{seconds}s", *extra, target],
                    capture_output=True,
                    text=True,
                    check=True,
                ).stdout
                line = next(x for x in out.splitlines() if x.startswith("Requests/sec"))
                non2xx = [x for x in out.splitlines() if "Non-2xx" in x]
                assert not non2xx, (name, non2xx)
                runs[name].append(float(line.split()[1]))
        return runs
    finally:
        server.terminate()
        server.wait(timeout=10)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--quotations", type=int, default=1_000_000)
    parser.add_argument("--database", default="bench_pages")
    parser.add_argument("--reuse", action="store_true", help="measure the existing database")
    parser.add_argument("--repeat", type=int, default=100)
    parser.add_argument("--seconds", type=int, default=10, help="wrk duration per run")
    parser.add_argument("--rounds", type=int, default=3, help="alternating wrk rounds")
    parser.add_argument(
        "--fresh", type=int, default=20, help="new articles per page (first views after one)"
    )
    parser.add_argument("--latency-only", action="store_true", help="no throughput runs")
    parser.add_argument("--ingest-for", help=argparse.SUPPRESS)  # the Ingester's process
    parser.add_argument("--seed", type=int, default=0, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.ingest_for:
        import django

        django.setup()
        serve_ingest(args.ingest_for.split("|"), args.seed)
        return

    env = {
        **os.environ,
        "DATABASE_URL": f"postgres://postgres@127.0.0.1:5432/{args.database}",
        "DJANGO_SETTINGS_MODULE": "bench.pages_settings",
        "DEBUG": "False",
        "PYTHONPATH": str(REPO),
    }
    os.environ.update(env)
    if not args.reuse:
        create_database(args.database)
    import django

    django.setup()
    from django.core.management import call_command
    from django.db.models import Count

    from tracker.models import Quotation, Speaker, Statement

    call_command("migrate", verbosity=0)  # idempotent; brings a reused database up to date
    if not args.reuse:
        made = load(args.quotations)
        print(f"loaded {made}", flush=True)
    total = Quotation.objects.count()
    busiest = list(
        Speaker.objects.annotate(n=Count("quotations")).order_by("-n").values("slug", "n")[:2]
    )
    statement = Statement.objects.order_by("-quotation_count").first()
    print(
        f"{total} quotations; busiest speakers {busiest}; "
        f"statement {statement.pk} x{statement.quotation_count}",
        flush=True,
    )
    top, second = busiest[0]["slug"], busiest[1]["slug"]
    urls = {
        "home": "/",
        "speaker list": "/speakers/",
        "speaker page (busiest)": f"/speakers/{top}/",
        "speaker page, by month": f"/speakers/{top}/?group=month",
        "statement page (largest)": f"/statements/{statement.pk}/",
        "search 'sanctions' (totals, facets, chart)": "/quotations/?q=sanctions",
        'search "we will" -sanctions, by date': "/quotations/?q=%22we+will%22+-sanctions&sort=date",
        "compare top 2 on 'sanctions'": f"/compare/?speaker={top}&speaker={second}&q=sanctions",
        "baseline: 50 rows by speaker": f"/bench/baseline/{top}/",
    }
    from django.test import Client

    reader, session_cookie = reader_client()
    names = list(Speaker.objects.filter(slug__in=[top, second]).values_list("name", flat=True))
    # New articles unlike any stored before, ingested by another process.
    ingester = Ingester(time.time_ns() % 2**32, names)
    for how, client in (
        ("anonymous (page cache)", Client()),
        ("logged in as a reader (no page cache)", reader),
    ):
        latency = measure_latency(urls, args.repeat, client, ingester, args.fresh)
        print(f"\n## Latency, {total:,} quotations, {how}, {args.repeat} requests each")
        print(
            "| page | empty cache (ms) | repeat p50 (ms) | repeat p95 (ms) |"
            f" after each of {args.fresh} new articles, median / p95 / worst (ms) |"
            "\n| --- | ---: | ---: | ---: | ---: |"
        )
        for name, r in latency.items():
            print(
                f"| {name} | {r['cold']:.1f} | {r['p50']:.1f} | {r['p95']:.1f} |"
                f" {r['new_p50']:.1f} / {r['new_p95']:.1f} / {r['new_max']:.1f} |"
            )
    ingester.close()
    remove_new_articles()
    if args.latency_only:
        return
    rates = measure_throughput(
        {
            "speaker page": (urls["speaker page (busiest)"], None),
            # Cookies other than a session or messages still get the anonymous page cache.
            "speaker page, CSRF cookie": (urls["speaker page (busiest)"], "Cookie: csrftoken=x"),
            # A session opts out of it: the reader body and aggregate caches only.
            "speaker page, logged-in reader": (
                urls["speaker page (busiest)"],
                f"Cookie: {session_cookie}",
            ),
            "baseline": (urls["baseline: 50 rows by speaker"], None),
            # The same visitor on the baseline: its template runs the same context processors.
            "baseline, logged-in reader": (
                urls["baseline: 50 rows by speaker"],
                f"Cookie: {session_cookie}",
            ),
        },
        env,
        args.seconds,
        args.rounds,
    )
    if rates:
        print(f"\n## Throughput (gunicorn --workers 2, wrk -t2 -c16, {args.rounds} rounds)")
        median = {name: statistics.median(values) for name, values in rates.items()}
        for name, values in rates.items():
            runs = ", ".join(f"{v:.0f}" for v in values)
            print(f"- {name}: median {median[name]:.0f} req/s (runs: {runs})")
        for name in ("speaker page", "speaker page, CSRF cookie", "speaker page, logged-in reader"):
            print(f"- ratio {name} / baseline: {median[name] / median['baseline']:.2f}")
        reader = median["speaker page, logged-in reader"] / median["baseline, logged-in reader"]
        print(f"- ratio, both as the logged-in reader: {reader:.2f}")
    else:
        print("wrk not found: apt-get install -y wrk")


if __name__ == "__main__":
    main()
