"""The first view after a new article, two checkouts side by side on one bench_pages database.

The machine's speed moves between runs, so a before/after of the pages' latency is taken here
in one run: each round measures OLD_TREE, then NEW_TREE, each in its own process importing its
own code, on the database `bench_pages.py` loaded. Per page and tree: 3 warm-up views, then
`--fresh` times a new article (ingested by a second process of that tree, as the worker does)
and the page's first view after it; median and p95 of wall time, median of this process's CPU.

Usage (after `bench_pages.py` has loaded the database; the new articles are removed at the end
of each measurement):
    .venv/bin/python bench/ab_latency.py OLD_TREE NEW_TREE [--rounds 2] [--fresh 12]
    git worktree add /tmp/before 72dff45 && .venv/bin/python bench/ab_latency.py /tmp/before .
"""

from __future__ import annotations

import argparse
import os
import random
import statistics
import subprocess
import sys
import time
from pathlib import Path

PAGES = ("home", "speakers", "speaker", "by-month", "statement", "search", "phrase", "compare")


def _setup(tree: str, database: str) -> None:
    sys.path.insert(0, str(Path(tree).resolve()))
    os.environ.update(
        {
            "DATABASE_URL": f"postgres://postgres@127.0.0.1:5432/{database}",
            "DJANGO_SETTINGS_MODULE": "bench.pages_settings",
            "DEBUG": "False",
            "SECRET_KEY": "bench-only-secret-key-not-for-production-use-0123456789",
        }
    )
    import django

    django.setup()


def ingest(tree: str, database: str, names: list[str]) -> None:
    """The second process: one new article per line read, through the tree's own pipeline."""
    _setup(tree, database)
    from bench.bench_pages import new_article

    rng = random.Random(11)
    for _ in sys.stdin:
        new_article(rng, names)
        print("ingested", flush=True)


def measure(tree: str, database: str, who: str, fresh: int) -> None:
    """One tree, one kind of visitor: prints a line of page=median/p95/cpu (ms)."""
    _setup(tree, database)
    from django.db.models import Count
    from django.test import Client

    from bench.bench_pages import percentile, reader_client, remove_new_articles
    from tracker.models import Speaker, Statement

    top, second = Speaker.objects.annotate(n=Count("quotations")).order_by("-n").values("slug")[:2]
    names = list(
        Speaker.objects.filter(slug__in=[top["slug"], second["slug"]]).values_list(
            "name", flat=True
        )
    )
    statement = Statement.objects.order_by("-quotation_count").first().pk
    top, second = top["slug"], second["slug"]
    urls = dict(
        zip(
            PAGES,
            (
                "/",
                "/speakers/",
                f"/speakers/{top}/",
                f"/speakers/{top}/?group=month",
                f"/statements/{statement}/",
                "/quotations/?q=sanctions",
                "/quotations/?q=%22we+will%22+-sanctions&sort=date",
                f"/compare/?speaker={top}&speaker={second}&q=sanctions",
            ),
            strict=True,
        )
    )
    client = reader_client()[0] if who == "reader" else Client()
    worker = subprocess.Popen(
        [
            sys.executable,
            __file__,
            "--ingest",
            tree,
            "--database",
            database,
            "--names",
            "|".join(names),
        ],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
    )
    out = []
    try:
        for name, url in urls.items():
            for _ in range(3):
                client.get(url)
            wall, cpu = [], []
            for _ in range(fresh):
                worker.stdin.write("article\n")
                worker.stdin.flush()
                assert worker.stdout.readline() == "ingested\n"
                t, c = time.perf_counter(), time.process_time()
                assert client.get(url).status_code == 200, url
                wall.append((time.perf_counter() - t) * 1000)
                cpu.append((time.process_time() - c) * 1000)
            out.append(
                f"{name}={statistics.median(wall):.0f}/{percentile(wall, 95):.0f}"
                f"/{statistics.median(cpu):.0f}"
            )
    finally:
        worker.stdin.close()
        worker.wait(timeout=30)
        remove_new_articles()
    print(f"{who} {tree}: " + " ".join(out), flush=True)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("trees", nargs="*", help="OLD_TREE NEW_TREE")
    parser.add_argument("--database", default="bench_pages")
    parser.add_argument("--rounds", type=int, default=2)
    parser.add_argument("--fresh", type=int, default=12, help="new articles per page")
    parser.add_argument("--who", default="anon,reader")
    parser.add_argument("--ingest", help=argparse.SUPPRESS)
    parser.add_argument("--measure", help=argparse.SUPPRESS)
    parser.add_argument("--names", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.ingest:
        return ingest(args.ingest, args.database, args.names.split("|"))
    if args.measure:
        who, tree = args.measure.split(":", 1)
        return measure(tree, args.database, who, args.fresh)
    print("page=median/p95 wall ms/median CPU ms of the first view after each new article")
    print(f"load average at start: {os.getloadavg()}")
    for who in args.who.split(","):
        for _ in range(args.rounds):
            for tree in args.trees:
                subprocess.run(
                    [
                        sys.executable,
                        __file__,
                        "--measure",
                        f"{who}:{tree}",
                        "--database",
                        args.database,
                        "--fresh",
                        str(args.fresh),
                    ],
                    check=True,
                )
    print(f"load average at end: {os.getloadavg()}")


if __name__ == "__main__":
    main()
