"""Alert matching benchmark: one new article against 1,000 users x 5 watches.

    .venv/bin/python bench/bench_alerts.py                       # PostgreSQL (scratch db)
    .venv/bin/python bench/bench_alerts.py --db sqlite --users 1000 --background 100000

Loads `--background` older quotations (matching must never read them), `--users` users with
5 watches each (speakers with and without a topic, statements, saved searches, outlets; one
speaker watch in five without a topic is a talking point instead: 4% of all watches) and
one new 20-quotation article whose speakers, statements and words some watches meet. Times
(median of --runs):

- match: tracker.services.watch_matching.match_source, the work after each ingest commit;
- baseline: reading the article's quotations alone (the least any matcher must do), measured
  in the same run, so the ratio says what the watches add on this noisy machine;
- naive: every watch read and checked against the article (what the anchor index avoids).

Runs on a scratch database (`bench_alerts` on PostgreSQL, /tmp/bench_alerts.sqlite3).
"""

from __future__ import annotations

import argparse
import json
import os
import random
import statistics
import sys
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path[:0] = [str(REPO), str(REPO / "bench")]

from scratch_db import setup_scratch  # noqa: E402 (after the path)

VOCABULARY = 20_000  # distinct words, drawn with Zipf-like frequencies as in news text


def vocabulary(rng: random.Random) -> list[str]:
    letters = "abcdefghijklmnopqrstuvwxyz"
    words: set[str] = set()
    while len(words) < VOCABULARY:
        words.add("".join(rng.choice(letters) for _ in range(rng.randint(3, 10))))
    ranked = sorted(words)
    rng.shuffle(ranked)  # a word's rank has nothing to do with its spelling
    return ranked


def word(rng: random.Random, words: list[str]) -> str:
    """Rank r drawn with probability about 1/r (Zipf), like words in news text."""
    return words[min(int(rng.paretovariate(1.0)) - 1, len(words) - 1)]


def sentence(rng: random.Random, words: list[str], n: int = 14) -> str:
    return " ".join(word(rng, words) for _ in range(n)).capitalize()


def topic(rng: random.Random, words: list[str]) -> str:
    """Two words of the kind people follow: neither stop words nor hapaxes (ranks 50-5,000)."""
    return " ".join(rng.choice(words[50:5000]) for _ in range(2))


def load(users: int, background: int, rng: random.Random) -> int:
    """Store everything; return the new article's id."""
    import datetime as dt

    from django.contrib.auth.models import User

    from tracker.linking.phrases import said_words
    from tracker.models import Quotation, Source, Speaker, Statement, Watch
    from tracker.services.watch_terms import Want, anchor_key, normalise_outlet, topic_words

    words = vocabulary(rng)
    outlets = [f"Outlet {i}" for i in range(60)]
    speakers = Speaker.objects.bulk_create(
        Speaker(name=f"Speaker {i}", slug=f"speaker-{i}") for i in range(3000)
    )
    statements = Statement.objects.bulk_create(
        Statement(text=sentence(rng, words), quotation_count=2) for _ in range(20000)
    )
    day = dt.date(2018, 1, 1)
    batch = 5000
    for start in range(0, background, batch):
        n = min(batch, background - start)
        sources = Source.objects.bulk_create(
            Source(
                title=f"Story {start + i}",
                outlet=rng.choice(outlets),
                published=day + dt.timedelta(days=(start + i) % 700),
                text="x",
                content_hash=f"bg-{start + i}",
            )
            for i in range(0, n, 10)
        )
        Quotation.objects.bulk_create(
            Quotation(
                source=sources[i // 10],
                start=0,
                end=1,
                text=sentence(rng, words),
                speaker=rng.choice(speakers),
                statement=rng.choice(statements) if i % 3 == 0 else None,
                published=sources[i // 10].published,
            )
            for i in range(n)
        )
    people = User.objects.bulk_create(User(username=f"user{i}") for i in range(users))
    watches = []
    # Its own generator, so the other watches and the article stay those of earlier runs.
    points = random.Random(1515)
    for user in people:
        for k in range(5):
            kind = ("speaker", "speaker", "statement", "search", "outlet")[k]
            speaker = rng.choice(speakers) if kind == "speaker" else None
            statement = rng.choice(statements) if kind == "statement" else None
            query = topic(rng, words) if kind == "search" or k == 1 else ""
            outlet = rng.choice(outlets) if kind == "outlet" else ""
            phrase = ""
            if k == 0 and points.random() < 0.2:
                kind, phrase = "talking_point", " ".join(said_words(topic(points, words)))
            want = Want(
                speaker_id=speaker.pk if speaker else None,
                statement_id=statement.pk if statement else None,
                outlet=normalise_outlet(outlet),
                words=tuple(topic_words(query)),
                phrase=tuple(phrase.split()),
            )
            watches.append(
                Watch(
                    user=user,
                    kind=kind,
                    speaker=speaker,
                    statement=statement,
                    outlet=outlet,
                    query=query,
                    phrase=phrase,
                    label=kind,
                    anchor=anchor_key(want.anchor()),
                    signature=f"{user.pk}-{k}",
                )
            )
    Watch.objects.bulk_create(watches, batch_size=5000)
    article = Source.objects.create(
        title="New story",
        outlet=outlets[0],
        published=day + dt.timedelta(days=800),
        text="x",
        content_hash="new",
    )
    Quotation.objects.bulk_create(
        Quotation(
            source=article,
            start=0,
            end=1,
            text=sentence(rng, words, 25),
            speaker=rng.choice(speakers),
            statement=rng.choice(statements),
            published=article.published,
        )
        for _ in range(20)
    )
    return article.pk


def timed(fn, runs: int) -> tuple[float, float]:
    """Median wall and CPU (this process) milliseconds of fn. On a shared machine the wall
    time carries the wait for a core; the CPU time is what the matching itself costs here."""
    wall, cpu = [], []
    for _ in range(runs):
        started, started_cpu = time.perf_counter(), time.process_time()
        fn()
        wall.append(time.perf_counter() - started)
        cpu.append(time.process_time() - started_cpu)
    return statistics.median(wall) * 1000, statistics.median(cpu) * 1000


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--db", choices=["postgresql", "sqlite"], default="postgresql")
    parser.add_argument("--pg-url", default="postgres://postgres@127.0.0.1:5432/postgres")
    parser.add_argument("--users", type=int, default=1000)
    parser.add_argument("--background", type=int, default=200_000)
    parser.add_argument("--runs", type=int, default=50)
    parser.add_argument(
        "--keep", action="store_true", help="time again on the data a previous run loaded"
    )
    args = parser.parse_args()
    setup_scratch("bench_alerts", args.db, args.pg_url, args.keep)

    from django.db import connection

    from tracker.models import Quotation, Source, Watch
    from tracker.services.watch_matching import (
        WATCH_FIELDS,
        match_offers,
        match_source,
        offers_of_source,
    )

    rng = random.Random(15)
    started = time.perf_counter()
    kept = Source.objects.filter(content_hash="new").values_list("pk", flat=True).first()
    article = kept if args.keep and kept else load(args.users, args.background, rng)
    with connection.cursor() as cursor:
        if connection.vendor == "postgresql":
            cursor.execute("ANALYZE")
    load_s = time.perf_counter() - started

    def baseline() -> None:
        list(Quotation.objects.filter(source_id=article).values_list("id", "text"))

    def naive() -> None:
        match_offers(offers_of_source(article), list(Watch.objects.values(*WATCH_FIELDS)))

    hits = match_source(article)
    assert sum(map(len, hits.values())) == len(
        match_offers(offers_of_source(article), list(Watch.objects.values(*WATCH_FIELDS)))
    ), "the anchored match must find exactly what checking every watch finds"
    for fn in (baseline, lambda: match_source(article), naive):
        fn()  # warm caches and connections
    base, base_cpu = timed(baseline, args.runs)
    match, match_cpu = timed(lambda: match_source(article), args.runs)
    slow, _ = timed(naive, max(5, args.runs // 5))
    load_average = os.getloadavg()[0]
    print(
        json.dumps(
            {
                "db": connection.vendor,
                "users": args.users,
                "watches": Watch.objects.count(),
                "background_quotations": Quotation.objects.count() - 20,
                "reused_data": bool(args.keep and kept),
                "article_quotations": 20,
                "users_alerted": len(hits),
                "load_s": round(load_s, 1),
                "load_average_1min": round(load_average, 1),
                "baseline_ms": round(base, 2),
                "match_ms": round(match, 2),
                "match_over_baseline": round(match / base, 2),
                "baseline_cpu_ms": round(base_cpu, 2),
                "match_cpu_ms": round(match_cpu, 2),
                "naive_ms": round(slow, 2),
                "naive_over_match": round(slow / match, 1),
                "target": "match_ms < 20 on PostgreSQL",
            },
            indent=2,
        )
    )


if __name__ == "__main__":
    main()
