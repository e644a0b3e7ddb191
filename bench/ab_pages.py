"""Interleaved A/B throughput of two checkouts on one loaded database (bench_pages.py --reuse).

Both run under gunicorn (2 workers each) at once; every URL is measured alternately against
each, so a burst of other work on a shared machine lands on both alike. Compare the ratios.

Usage: .venv/bin/python bench/ab_pages.py OLD_TREE NEW_TREE [--database bench_pages] [--rounds 3]
(each tree an exported checkout, e.g. `git archive main | tar -x -C /tmp/old`).
"""

import argparse
import os
import socket
import statistics
import subprocess
import sys
import time

parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
parser.add_argument("old")
parser.add_argument("new")
parser.add_argument("--database", default="bench_pages")
parser.add_argument("--rounds", type=int, default=3)
parser.add_argument("--speaker", default="mike-pompeo-0", help="the busiest speaker's slug")
args = parser.parse_args()
DB = args.database
env_base = {
    **os.environ,
    "DATABASE_URL": f"postgres://postgres@127.0.0.1:5432/{DB}",
    "DJANGO_SETTINGS_MODULE": "bench.pages_settings",
    "DEBUG": "False",
}


def port():
    s = socket.socket()
    s.bind(("127.0.0.1", 0))
    p = s.getsockname()[1]
    s.close()
    return p


trees = {"old": args.old, "new": args.new}
servers, ports = {}, {}
for name, tree in trees.items():
    ports[name] = port()
    servers[name] = subprocess.Popen(
        [
            sys.executable,
            "-m",
            "gunicorn",
            "--workers",
            "2",
            "--bind",
            f"127.0.0.1:{ports[name]}",
            "--chdir",
            tree,
            "--log-level",
            "warning",
            "tracker.wsgi:application",
        ],
        env={**env_base, "PYTHONPATH": tree},
        cwd=tree,
    )
# a reader session, made with new's code (the session table is shared)
cookie = (
    subprocess.run(
        [
            sys.executable,
            "-c",
            "import django; django.setup(); from bench.bench_pages import reader_client; "
            "print(reader_client()[1])",
        ],
        env={**env_base, "PYTHONPATH": args.new},
        cwd=args.new,
        capture_output=True,
        text=True,
    )
    .stdout.strip()
    .splitlines()[-1]
)
time.sleep(4)
page, base = f"/speakers/{args.speaker}/", f"/bench/baseline/{args.speaker}/"
urls = {
    "speaker page": (page, None),
    "speaker page, reader": (page, f"Cookie: {cookie}"),
    "baseline": (base, None),
    "baseline, reader": (base, f"Cookie: {cookie}"),
}


def wrk(name, url, header, seconds):
    extra = ["-H", header] if header else []
    out = subprocess.run(
        ["wrk", "-t2", "-c16", f"-d{seconds}s", *extra, f"http://127.0.0.1:{ports[name]}{url}"],
        capture_output=True,
        text=True,
    ).stdout
    assert "Non-2xx" not in out, out
    line = next(x for x in out.splitlines() if x.startswith("Requests/sec"))
    return float(line.split()[1])


try:
    for name in trees:
        for url, header in urls.values():
            wrk(name, url, header, 2)
    runs = {(n, u): [] for n in trees for u in urls}
    for r in range(args.rounds):
        for u, (url, header) in urls.items():
            for n in trees if r % 2 == 0 else reversed(list(trees)):
                runs[(n, u)].append(wrk(n, url, header, 4))
    med = {k: statistics.median(v) for k, v in runs.items()}
    for k, v in runs.items():
        print(f"{k[0]:9} {k[1]:22} median {med[k]:7.1f}  runs {', '.join(f'{x:.0f}' for x in v)}")
    for n in trees:
        anonymous = med[(n, "speaker page")] / med[(n, "baseline")]
        reader = med[(n, "speaker page, reader")] / med[(n, "baseline, reader")]
        print(f"{n}: anonymous speaker / baseline {anonymous:.2f}; reader / reader's {reader:.2f}")
    for u in urls:
        print(f"new / old, {u}: {med[('new', u)] / med[('old', u)]:.2f}")
finally:
    for s in servers.values():
        s.terminate()
