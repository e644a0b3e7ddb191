"""Statement linking benchmark: pair precision/recall, relink time, incremental latency.

    .venv/bin/python bench/bench_linking.py                      # everything, 100k and 1M
    .venv/bin/python bench/bench_linking.py --sizes 10000 --db sqlite
    .venv/bin/python bench/bench_linking.py --quality-only

Quality runs the pure linker on real polnear quotes plus generated variants and hard
negatives; the real-news check links the quotes the extractor finds in polnear-train and scores
the statements on a hand-judged sample of pairs (bench/real_judgements.json: ids only).
Scale runs each (database, size) in a child process on a fresh database
(/tmp/bench_linking.sqlite3, or PostgreSQL database `bench_linking` at --pg-url; another name
with BENCH_SCRATCH=name). --reuse keeps the unlinked store as a template and starts each run
from a copy; BENCH_PROFILE=dir writes cProfile stats of the relink and of each article there.
"""

from __future__ import annotations

import argparse
import collections
import hashlib
import itertools
import json
import os
import resource
import statistics
import subprocess
import sys
import time
from math import comb
from pathlib import Path

BENCH = Path(__file__).resolve().parent
REPO = BENCH.parent
sys.path[:0] = [str(REPO), str(BENCH)]


# The scratch database (several people benchmarking on one server each name their own).
SCRATCH = os.environ.get("BENCH_SCRATCH", "bench_linking")


def pair_scores(predicted: list[int], truth: list[int]) -> tuple[float, float]:
    """Pair precision and recall of a clustering against the true one."""
    both = sum(comb(n, 2) for n in collections.Counter(zip(predicted, truth, strict=True)).values())
    said = sum(comb(n, 2) for n in collections.Counter(predicted).values())
    real = sum(comb(n, 2) for n in collections.Counter(truth).values())
    return both / said if said else 1.0, both / real if real else 1.0


def quality(seed: int = 7) -> dict:
    from linking_variants import quality_set

    from tracker.linking.grouping import Index, Item, Linker

    quotes = quality_set(seed)
    counter = itertools.count(1)
    linker = Linker(Index(record_postings=False), lambda: next(counter))
    speakers: dict[str | None, int] = {}
    started = time.perf_counter()
    predicted = []
    for i, q in enumerate(quotes):
        speaker = speakers.setdefault(q.speaker, len(speakers)) if q.speaker else None
        predicted.append(linker.link(Item.build(i, q.text, speaker, q.source)))
    seconds = time.perf_counter() - started
    precision, recall = pair_scores(predicted, [q.truth for q in quotes])
    # Per kind of variant: linked with the real quote it varies; negatives: kept apart from it.
    home = {q.truth: p for q, p in zip(quotes, predicted, strict=True) if q.kind == "real"}
    kinds: dict[str, list[int]] = collections.defaultdict(lambda: [0, 0])
    apart = [0, 0]
    for q, p in zip(quotes, predicted, strict=True):
        if q.kind == "negative":
            apart[0] += p != home.get(q.of)
            apart[1] += 1
        elif q.kind != "real":
            kinds[q.kind][0] += p == home.get(q.truth)
            kinds[q.kind][1] += 1
    return {
        "seed": seed,
        "quotes": len(quotes),
        "linked_with_their_original": {
            kind: f"{hit}/{n} = {hit / n:.3f}" for kind, (hit, n) in sorted(kinds.items())
        },
        "hard_negatives_kept_apart": f"{apart[0]}/{apart[1]} = {apart[0] / apart[1]:.3f}",
        "statements_true": len({q.truth for q in quotes}),
        "statements_found": len(set(predicted)),
        "pair_precision": round(precision, 4),
        "pair_recall": round(recall, 4),
        "seconds": round(seconds, 2),
    }


def real_check() -> dict:
    """Cluster precision on the hand-judged polnear-train sample (bench/linking_real.py)."""
    from linking_real import real_check as check

    return check()


def naive_cost(sample: int = 1500) -> dict:
    """All-pairs rapidfuzz on a sample, per pair, and extrapolated to 1M quotations."""
    from linking_variants import real_quotes
    from rapidfuzz import fuzz, process

    from tracker.linking.normalise import normalise_text

    texts = [normalise_text(text) for text, _, _ in real_quotes()[:sample]]
    pairs = sample * (sample - 1) / 2
    out = {"sample": sample}
    for name, scorer in (
        ("token_set_ratio", fuzz.token_set_ratio),
        ("partial_ratio", fuzz.partial_ratio),
    ):
        started = time.perf_counter()
        for text in texts:  # one query against all others, in rapidfuzz's C++ loop
            process.extract(text, texts, scorer=scorer, score_cutoff=90, limit=None)
        per_pair = (time.perf_counter() - started) / (sample * sample)
        out[name] = {
            "us_per_pair": round(per_pair * 1e6, 3),
            "days_at_1M": round(per_pair * 1e12 / 2 / 86400, 1),
            "sample_all_pairs_s": round(per_pair * pairs, 2),
        }
    return out


# Scale: one child process per (database, size) --------------------------------------------


def _setup_django(db: str, pg_url: str) -> None:
    from scratch_db import setup_scratch

    setup_scratch(SCRATCH, db, pg_url)


def _quotes(size: int, reuse: bool):
    """The synthetic store's quotes and the chain that made them (its random state where the
    store left it, for the new articles); with `reuse`, kept in /tmp between runs."""
    import pickle

    from linking_store import Chain, synthetic_quotes

    chain = Chain()
    path = Path(f"/tmp/{SCRATCH}_quotes_{size}.pickle")
    if reuse and path.exists():
        with path.open("rb") as f:
            quotes, state = pickle.load(f)
        chain.rng.setstate(state)
        return quotes, chain
    quotes = synthetic_quotes(size, chain=chain)
    if reuse:
        with path.open("wb") as f:
            pickle.dump((quotes, chain.rng.getstate()), f, protocol=pickle.HIGHEST_PROTOCOL)
    return quotes, chain


def _store(quotes) -> list[int]:
    """Insert speakers, sources and quotations with raw SQL; returns quotation ids in order."""
    import datetime as dt

    from django.db import connection
    from django.utils import timezone
    from scratch_db import insert_rows

    from tracker.models import Quotation, Source, Speaker

    now = timezone.now()
    day0 = dt.date(2016, 1, 1)
    n_sources = quotes[-1].source + 1
    n_speakers = max(q.speaker for q in quotes) + 1
    with connection.cursor() as cursor:
        insert_rows(
            cursor,
            Speaker,
            ["id", "name", "slug", "kind", "role", "created_at", "version"],
            (
                (i + 1, f"Speaker {i}", f"speaker-{i}", "person", "", now, 1)
                for i in range(n_speakers)
            ),
        )
        insert_rows(
            cursor,
            Source,
            [
                "id",
                "title",
                "outlet",
                "published",
                "date_origin",
                "text",
                "content_hash",
                "origin",
                "ingested_at",
                "extractor_version",
                "version",
            ],
            (
                (
                    i + 1,
                    f"Article {i}",
                    "Bench",
                    day0 + dt.timedelta(days=i * 730 // n_sources),
                    "metadata",
                    "synthetic",
                    f"bench-{i}",
                    "bench",
                    now,
                    "",
                    1,
                )
                for i in range(n_sources)
            ),
        )
        insert_rows(
            cursor,
            Quotation,
            [
                "id",
                "source_id",
                "start",
                "end",
                "text",
                "speaker_id",
                "speaker_mention",
                "cue",
                "confidence",
                "is_partial",
                "published",
                "attribution_status",
                "span_edited",
                "not_a_quote",
                "statement_locked",
                "version",
                "created_at",
            ],
            (
                (
                    i + 1,
                    q.source + 1,
                    0,
                    len(q.text) or 1,
                    q.text,
                    q.speaker + 1,
                    "",
                    "",
                    1.0,
                    False,
                    day0 + dt.timedelta(days=q.source * 730 // n_sources),
                    "auto",
                    False,
                    False,
                    False,
                    1,
                    now,
                )
                for i, q in enumerate(quotes)
            ),
        )
        if connection.vendor == "postgresql":
            for model in (Speaker, Source, Quotation):
                table = model._meta.db_table
                cursor.execute(
                    f"SELECT setval(pg_get_serial_sequence('{table}', 'id'),"
                    f" (SELECT MAX(id) FROM {table}))"
                )
                cursor.execute(f"ANALYZE {table}")
    return list(range(1, len(quotes) + 1))


def _profiled(path: str | None, function, *args, **kwargs):
    """function(*args, **kwargs), under cProfile with its stats written to `path` if given."""
    if not path:
        return function(*args, **kwargs)
    import cProfile

    profiler = cProfile.Profile()
    try:
        return profiler.runcall(function, *args, **kwargs)
    finally:
        profiler.dump_stats(path)


def _rusage_cpu(usage) -> float:
    return usage.ru_utime + usage.ru_stime


def _server_cpu() -> float:
    """CPU seconds used so far by this connection's PostgreSQL backend, if it runs on this
    host (/proc); 0.0 otherwise (SQLite, a remote server)."""
    from django.db import connection

    if connection.vendor != "postgresql":
        return 0.0
    connection.ensure_connection()
    try:
        stat = Path(f"/proc/{connection.connection.info.backend_pid}/stat").read_text()
    except OSError:
        return 0.0
    fields = stat.rsplit(")", 1)[1].split()
    # utime and stime, fields 14 and 15 of proc(5) (the 12th and 13th after the name).
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


def scale_child(db: str, size: int, pg_url: str, articles: int, reuse: bool = False) -> dict:
    """One (database, size): a fresh store, its relink, then new articles linked one by one.
    With `reuse`, the store (nothing linked yet) is made once and kept as a template
    database, and each run starts from a copy of it: the same rows, written the same way."""
    import random

    from scratch_db import clone_scratch, keep_as_template, setup_scratch

    started = time.perf_counter()
    quotes, chain = _quotes(size, reuse)
    generated = time.perf_counter() - started
    template = f"{SCRATCH}_store_{size}"
    started = time.perf_counter()
    cloned = reuse and clone_scratch(SCRATCH, template, db, pg_url)
    setup_scratch(SCRATCH, db, pg_url, keep=cloned)
    from django.db import connection, transaction
    from linking_store import new_article

    from tracker.linking.keys import shingle_keys
    from tracker.linking.normalise import tokens
    from tracker.models import Quotation, Source, Statement
    from tracker.services.linking import link_quotations, relink_all

    if not cloned:
        with transaction.atomic():
            _store(quotes)
        if reuse:
            keep_as_template(SCRATCH, template, db, pg_url)
    ids = list(range(1, len(quotes) + 1))
    stored = time.perf_counter() - started
    profile = os.environ.get("BENCH_PROFILE")  # a directory: cProfile stats of both parts
    server = _server_cpu()
    helper = resource.getrusage(resource.RUSAGE_CHILDREN)
    cpu, wall = time.process_time(), time.perf_counter()
    result = _profiled(
        profile and f"{profile}/relink_{db}_{size}.prof",
        relink_all,
        progress=sys.stderr.isatty(),  # commits: the time includes it
    )
    cpu, wall = time.process_time() - cpu, time.perf_counter() - wall
    helper = _rusage_cpu(resource.getrusage(resource.RUSAGE_CHILDREN)) - _rusage_cpu(helper)
    server = server and _server_cpu() - server
    if connection.vendor == "postgresql":
        # What autovacuum does after a bulk change: without it index-only scans of the key
        # table still visit the heap.
        with connection.cursor() as cursor:
            cursor.execute("VACUUM ANALYZE")
    statement_of = dict(Quotation.objects.values_list("pk", "statement_id").iterator(50_000))
    # Same statements, same members, same texts: a change that should not alter results
    # must leave this unchanged.
    digest = hashlib.sha1(repr(sorted(statement_of.items())).encode())
    for row in (
        Statement.objects.order_by("pk")
        .values_list("pk", "text", "kind", "quotation_count", "story_count", "has_conflict")
        .iterator(50_000)
    ):
        digest.update(repr(row).encode())
    precision, recall = pair_scores([statement_of[i] for i in ids], [q.truth for q in quotes])

    rng = random.Random(3)
    latencies = []
    linked = 0
    links: list[list[int | None]] = []  # the statement of each new quotation
    for a in range(articles):
        with transaction.atomic():
            source = Source.objects.create(text=f"new {a}", content_hash=f"new-{a}")
            rows = Quotation.objects.bulk_create(
                Quotation(source=source, start=i, end=i + 1, text=text, speaker_id=speaker + 1)
                for i, (text, speaker) in enumerate(new_article(quotes, chain, rng))
            )
            if not os.environ.get("BENCH_ARTICLE_COLD"):
                # Ingestion works each quote's tokens and keys out before its transaction
                # (services/pipeline.prepare, in the thread that extracts), so linking finds
                # them cached. BENCH_ARTICLE_COLD=1 times them inside (what the bench did).
                for q in rows:
                    shingle_keys(tokens(q.text))
            began = time.perf_counter()
            # As ingestion calls it (services/pipeline.py): the source is new in this
            # transaction, so none of its quotations is linked yet and that is not looked up.
            # BENCH_ARTICLE_LOOKUP=1 looks it up anyway (what the bench timed before).
            _profiled(
                profile and f"{profile}/article_{db}_{size}_{a}.prof",
                link_quotations,
                rows,
                new_sources=not os.environ.get("BENCH_ARTICLE_LOOKUP"),
            )
            latencies.append((time.perf_counter() - began) * 1000)
            linked += sum(1 for q in rows if q.statement_id)
            links.append([q.statement_id for q in rows])
    latencies.sort()
    return {
        "db": db,
        "quotations": size,
        "generate_s": round(generated, 1),
        "store_s": round(stored, 1),
        "store_reused": bool(cloned),
        "relink_s": round(wall, 1),
        "relink_write_s": round(result.write_seconds, 1),
        "relink_cpu_s": round(cpu, 1),  # this process only (not the PostgreSQL server)
        # The normalising helper process, and the PostgreSQL backend (0 if not on this host).
        "relink_helper_cpu_s": round(helper, 1),
        "relink_server_cpu_s": round(server, 1),
        "relink_us_per_quote": round(wall / size * 1e6, 1),
        "statements": result.statements,
        "talking_points": result.talking_points,
        "pair_precision": round(precision, 4),
        "pair_recall": round(recall, 4),
        "result_digest": digest.hexdigest()[:16],
        "article_ms_median": round(statistics.median(latencies), 1),
        "article_ms_p90": round(latencies[int(len(latencies) * 0.9) - 1], 1),
        "article_ms_p95": round(latencies[int(len(latencies) * 0.95) - 1], 1),
        "article_ms_max": round(latencies[-1], 1),
        "article_quotes_linked": linked,
        "article_digest": hashlib.sha1(repr(links).encode()).hexdigest()[:16],
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--sizes", default="100000,1000000")
    parser.add_argument("--db", default="sqlite,postgresql")
    parser.add_argument("--pg-url", default="postgres://postgres@127.0.0.1:5432/test")
    parser.add_argument("--articles", type=int, default=20, help="new articles timed")
    parser.add_argument("--quality-only", action="store_true")
    parser.add_argument("--seed", type=int, default=7, help="variants of the quality set")
    parser.add_argument("--skip-quality", action="store_true")
    parser.add_argument(
        "--reuse",
        action="store_true",
        help="keep the unlinked store as a template database (and the quotes in /tmp) and"
        " start each run from a copy of it instead of building it again",
    )
    parser.add_argument("--child", help=argparse.SUPPRESS)
    args = parser.parse_args()

    if args.child:
        db, size = args.child.split(":")
        row = scale_child(db, int(size), args.pg_url, args.articles, args.reuse)
        print(json.dumps(row))
        return

    report: dict = {"cpu": _cpu(), "cores": os.cpu_count()}
    if not args.skip_quality:
        report["quality"] = quality(args.seed)
        report["real_news"] = real_check()
        report["naive_all_pairs"] = naive_cost()
        print(json.dumps(report, indent=1), flush=True)
    if args.quality_only:
        return
    report["scale"] = []
    for db in args.db.split(","):
        db = "postgresql" if db.startswith("postg") else "sqlite"
        for size in (int(s) for s in args.sizes.split(",")):
            child = subprocess.run(
                [
                    sys.executable,
                    __file__,
                    "--child",
                    f"{db}:{size}",
                    "--pg-url",
                    args.pg_url,
                    "--articles",
                    str(args.articles),
                    *(["--reuse"] if args.reuse else []),
                ],
                capture_output=True,
                text=True,
                check=False,
            )
            if child.returncode:
                print(child.stderr[-3000:], file=sys.stderr)
                continue
            row = json.loads(child.stdout.strip().splitlines()[-1])
            report["scale"].append(row)
            print(json.dumps(row), flush=True)
    _growth(report["scale"])
    print(json.dumps(report, indent=1))


def _growth(rows: list[dict]) -> None:
    """Relink cost per quotation, largest size against smallest, per database."""
    by_db = collections.defaultdict(list)
    for row in rows:
        by_db[row["db"]].append(row)
    for db, runs in by_db.items():
        runs.sort(key=lambda r: r["quotations"])
        if len(runs) > 1:
            small, large = runs[0], runs[-1]
            print(
                f"{db}: {large['quotations'] // small['quotations']}x the quotations took "
                f"{large['relink_s'] / small['relink_s']:.1f}x the relink time"
            )


def _cpu() -> str:
    for line in Path("/proc/cpuinfo").read_text().splitlines():
        if line.startswith("model name"):
            return line.split(":", 1)[1].strip()
    return "unknown"


if __name__ == "__main__":
    main()
