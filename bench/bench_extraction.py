"""Benchmark the quote extractor over the PolNeAR training articles, in one process.

    .venv/bin/python bench/bench_extraction.py [--data PATH] [--repeat N] [--against REPO]
                                               [--only TEXT] [--digest] [--stages]

Prints characters and articles per second for extract(), the same for a bare regex scan of
quotation marks over the same text (the floor no extractor can beat), their ratio, MB/s on
adversarial inputs (adversarial_inputs(): each must stay linear and above 1 MB/s), and peak
traced memory after 200 articles and after all of them (it must not grow with the count).
No Django needed.

--against REPO (another checkout, e.g. /work/main) loads that checkout's extractor beside this
one and times both on the same workloads in one process, interleaved article by article
(--repeat rounds, CPU time), and prints the median ratio over rounds: a speed change measured
against a baseline of the same run, which a busy shared machine slows alike. --only TEXT
times only the workloads whose label holds TEXT ("waited", "train").

--stages prints the CPU time of each step of extract_with_features (each of its top-level
statements, timed in a copy of it rebuilt with a clock read before each) on the train
articles and each adversarial input (--only TEXT: those whose label holds TEXT), with its
share and its microseconds per quote: where a speed pass should look, without a profiler's
overhead on the many small calls.

--digest prints only a SHA-256 of extract()'s whole output (every field of every quote and
entity, as repr) on the articles, the seeds next to them and the adversarial inputs at a
quarter size: run it in two checkouts to check that a speed change changed no output.
"""

from __future__ import annotations

import argparse
import gc
import hashlib
import importlib.util
import itertools
import json
import os
import platform
import re
import resource
import statistics
import sys
import time
import tracemalloc
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))

from tracker.extraction import EXTRACTOR_VERSION, extract  # noqa: E402
from tracker.extraction.names import clear_caches  # noqa: E402

DEFAULT_DATA = REPO.parent / "shared" / "data" / "polnear-train.jsonl"
MARKS = re.compile(r"''|``|[\"“”„«»‘’']")


def cpu_model() -> str:
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                return line.split(":", 1)[1].strip() or "unnamed CPU"
    except OSError:
        pass
    return platform.processor() or "unknown CPU"


def timed(fn, texts: list[str], repeat: int) -> tuple[float, float]:
    """Best wall-clock and CPU seconds of `repeat` passes of fn over all texts."""
    best_wall = best_cpu = float("inf")
    for _ in range(repeat):
        w, c = time.perf_counter(), time.process_time()
        for t in texts:
            fn(t)
        best_wall = min(best_wall, time.perf_counter() - w)
        best_cpu = min(best_cpu, time.process_time() - c)
    return best_wall, best_cpu


def scan_marks(text: str) -> int:
    return sum(1 for _ in MARKS.finditer(text))


def memory_after(texts: list[str], checkpoints: list[int]) -> dict[int, tuple[int, int]]:
    """(retained, peak) traced bytes at each checkpoint count of articles; results are dropped
    as they come, as a batch job writes them out. The name caches are emptied after every
    article here (their bounded size is measured apart, by cache_footprint), so what is left
    is what leaks; the peak is reset at each checkpoint: the peak of the articles since the
    previous one."""
    out = {}
    clear_caches()
    gc.collect()
    tracemalloc.start()
    for i, t in enumerate(texts, 1):
        extract(t)
        clear_caches()
        if i in checkpoints:
            gc.collect()
            out[i] = tracemalloc.get_traced_memory()
            tracemalloc.reset_peak()
    tracemalloc.stop()
    return out


def cache_footprint(texts: list[str]) -> int:
    """Traced bytes held by the name caches once filled by all the articles (bounded)."""
    clear_caches()
    gc.collect()
    tracemalloc.start()
    for t in texts:
        extract(t)
    gc.collect()
    full = tracemalloc.get_traced_memory()[0]
    clear_caches()
    gc.collect()
    empty = tracemalloc.get_traced_memory()[0]
    tracemalloc.stop()
    return full - empty


def adversarial_inputs(scale: float = 1.0) -> dict[str, str]:
    """Inputs built to make a careless extractor quadratic: one endless sentence full of quotes
    and cues, one of coordinated cues ("he waited and said"), a megabyte of 'He said'
    sentences (a cue every 29 characters), a megabyte of unbalanced quotation marks, a
    megabyte of colon lead-ins in one first paragraph, 100,000 capitalised words (names
    everywhere, no cue), 20,000 people of one family name, 20,000 of one given name, 20,000
    of a family name that is a nationality and 20,000 families in lower case ("d'...")."""
    n = max(1, int(scale * 1e6))
    return {
        "smith x 4000 (one sentence)":
            '"It is fine," said Mr. Smith of the Department, and ' * max(1, int(scale * 4000)),
        '1 MB of "He said" sentences': ("He said the plan would work. " * (n // 29 + 1))[:n],
        "1 MB of unbalanced marks": ('He said "this and that. ' * (n // 24 + 1))[:n],
        # A cue after "and" in a sentence without end: its subject is looked for before the
        # "and" (rule coordinated_verb), which once read the whole sentence for each cue.
        '"he waited and said" x 34000 (one sentence)':
            'he waited and said "yes" and ' * max(1, int(scale * 34_000)),
        # A first paragraph full of quotes after colon lead-ins: the headline rule read the
        # whole first paragraph again for each of them.
        "colon lead-ins x 16000 (one paragraph)":
            'the Ontario Federation of Labour was firm in its reply: "No." '
            * max(1, int(scale * 16_000)),
        "100k capitalised words": " ".join(
            f"{chr(65 + i % 26)}{'abcdefgh'[i % 8]}{'rstuvw'[i % 6]}son"
            for i in range(max(1, int(scale * 100_000)))),
        # Thousands of people of one family, or of one given name, each quoted, each followed
        # by a quote of the bare name: every new name was matched against all the others.
        "20000 Smiths (one family)": " ".join(
            f'"It is fine," said {word} Smith. "Yes," Smith said.'
            for word in _words(max(1, int(scale * 20_000)))),
        "20000 Johns (one given name)": " ".join(
            f'"It is fine," said John {word}. "Yes," John said.'
            for word in _words(max(1, int(scale * 20_000)))),
        # ... and of a family name that is also a nationality ("Mark Cuban"): each bare
        # "Cuban" was given to every one of them (rule one_bare_word).
        "20000 Cubans (a nationality)": " ".join(
            f'"It is fine," said {person} Cuban. "Yes," Cuban said.'
            for person in _people(max(1, int(scale * 20_000)))),
        # ... and of 20,000 families whose names open in lower case ("Chris d'Entremont"):
        # each was once looked for over the whole text (rule elided_particle).
        "20000 d'families (lower case)": " ".join(
            f'"It is fine," said John d\'{word}. "Yes," d\'{word} said.'
            for word in _words(max(1, int(scale * 20_000)))),
    }


def _people(n: int) -> list[str]:
    """n distinct people's given names and initials that read as names: "Aaron A. A.", ..."""
    from tracker.extraction.lexicon import FEMALE_NAMES, MALE_NAMES

    given = sorted(MALE_NAMES | FEMALE_NAMES)
    initials = itertools.product("ABCDEFGHIJKLMNOPQRSTUVWXYZ", repeat=2)
    pairs = itertools.product(initials, given)
    return [f"{g} {a}. {b}." for (a, b), g in itertools.islice(pairs, n)]


def _words(n: int) -> list[str]:
    """n distinct capitalised words that read as names: "Kaaaan", "Kaaaban", ..."""
    tails = itertools.product("abcdefghijklmnopqrstuvwxyz", repeat=4)
    return ["K" + "".join(tail) + "an" for tail in itertools.islice(tails, n)]


def adversarial(scan_cpu_per_mb: float, repeat: int) -> None:
    """MB/s (CPU time, best of `repeat`) of extract() on each adversarial input, and how many
    times the bare mark scan of the train articles (per MB, measured in the same run) it costs."""
    print(f"\n{'adversarial input':32}{'MB':>6}{'MB/s':>8}{'x scan':>8}")
    for label, text in adversarial_inputs().items():
        mb = len(text.encode("utf-8")) / 1e6
        _, cpu = timed(extract, [text], repeat)
        print(f"{label:32}{mb:6.2f}{mb / cpu:8.2f}{cpu / mb / scan_cpu_per_mb:8.0f}")


def digest(texts: list[str], data: Path) -> str:
    """SHA-256 of repr(extract(t)) for the articles, the seeds beside them and the
    adversarial inputs at a quarter size, one line each."""
    seeds = data.with_name("seeds.jsonl")
    if seeds.exists():
        with seeds.open(encoding="utf-8") as fh:
            texts = texts + [json.loads(line)["text"] for line in fh if line.strip()]
    texts = texts + list(adversarial_inputs(0.25).values())
    h = hashlib.sha256()
    for t in texts:
        h.update(repr(extract(t)).encode("utf-8") + b"\n")
    return f"{len(texts)} texts, sha256 {h.hexdigest()}"


def load_extractor(repo: Path):
    """The extraction package of another checkout, imported as `baseline_extraction`."""
    pkg = repo / "tracker" / "extraction"
    spec = importlib.util.spec_from_file_location(
        "baseline_extraction", pkg / "__init__.py", submodule_search_locations=[str(pkg)])
    if spec is None or spec.loader is None:
        raise SystemExit(f"no extractor at {pkg}")
    mod = importlib.util.module_from_spec(spec)
    sys.modules["baseline_extraction"] = mod
    spec.loader.exec_module(mod)
    return mod


def grows_linearly(fn, label: str) -> bool:
    """Does `fn` take at most 3x the time on twice the input (1/128 and 1/64 of the
    adversarial input `label`)? An older extractor may be quadratic on an input added after
    it (1.17.0 on the Cubans: minutes and all the memory at 1 MB), which compare skips."""
    small, large = adversarial_inputs(1 / 128)[label], adversarial_inputs(1 / 64)[label]
    times = []
    for text in (small, large):
        best = float("inf")
        for _ in range(3):
            c = time.process_time()
            fn(text)
            best = min(best, time.process_time() - c)
        times.append(best)
    return times[1] <= 3 * max(times[0], 1e-3)


def compare(base, texts: list[str], repeat: int, only: str = "") -> None:
    """CPU seconds of the baseline's extract() and of this one on the train articles and on
    each adversarial input, interleaved finely so that a busy machine slows both alike: for
    the articles, each article is run by both in turn (the order flipping every article and
    round), summed per round; for an adversarial input, one run of each in turn per round.
    Prints MB/s of each (CPU time, all rounds) and the median over rounds of the ratio
    this / baseline (below 1: this one is faster)."""
    work = {"train articles": texts} | {k: [v] for k, v in adversarial_inputs().items()}
    work = {k: v for k, v in work.items() if only in k}
    fns = (base.extract, extract)
    for t in texts:  # warm both name caches
        fns[0](t)
        fns[1](t)
    print(f"\nagainst extractor {base.EXTRACTOR_VERSION} (same process, interleaved, "
          f"{repeat} rounds, CPU time)")
    print(f"{'workload':32}{'MB':>6}{'base MB/s':>11}{'this MB/s':>11}{'this/base':>11}")
    for label, items in work.items():
        mb = sum(len(t.encode("utf-8")) for t in items) / 1e6
        if label != "train articles" and not grows_linearly(base.extract, label):
            print(f"{label:32}{mb:6.2f}   baseline grows faster than its input: not run")
            continue
        totals, ratios = [0.0, 0.0], []
        for r in range(repeat):
            acc = [0.0, 0.0]
            for i, t in enumerate(items):
                for k in ((0, 1) if (i + r) % 2 == 0 else (1, 0)):
                    c = time.process_time()
                    fns[k](t)
                    acc[k] += time.process_time() - c
            ratios.append(acc[1] / acc[0])
            totals = [totals[0] + acc[0], totals[1] + acc[1]]
        print(f"{label:32}{mb:6.2f}{mb * repeat / totals[0]:11.2f}"
              f"{mb * repeat / totals[1]:11.2f}{statistics.median(ratios):11.3f}")


def staged_extractor(engine):
    """extract_with_features of the module `engine`, rebuilt (from its source, by the ast)
    with a CPU clock read before each of its top-level statements, and the CPU seconds
    spent from each statement to the next, keyed by its line: (fn, seconds). The time from
    the last statement read to the caller reading the clock again (`fn` ends with it) goes
    to that statement: for the return, building the result and freeing the article's
    objects. The caller pauses the collector, as the decorator left out here does."""
    import ast
    import inspect

    tree = ast.parse(inspect.getsource(engine))
    fn = next(n for n in tree.body
              if isinstance(n, ast.FunctionDef) and n.name == "extract_with_features")
    body = fn.body
    first = 1 if isinstance(body[0], ast.Expr) and isinstance(body[0].value, ast.Constant) \
        else 0  # the docstring
    fn.body = body[:first]
    for stmt in body[first:]:
        fn.body += [ast.parse(f"_bench_stage({stmt.lineno})").body[0], stmt]
    fn.decorator_list = []
    module = ast.fix_missing_locations(ast.Module(body=[fn], type_ignores=[]))
    seconds: dict[int, float] = {}
    state = [0, 0.0]  # the statement running, the clock when it began

    def stage(line: int) -> None:
        now = time.process_time()
        seconds[state[0]] = seconds.get(state[0], 0.0) + now - state[1]
        state[0], state[1] = line, now

    namespace = dict(vars(engine), _bench_stage=stage)
    exec(compile(module, engine.__file__, "exec"), namespace)
    staged = namespace["extract_with_features"]

    def run(text: str):
        state[0], state[1] = 0, time.process_time()
        out = staged(text)
        stage(0)
        return out

    return run, seconds


def stages(texts_by_label: dict[str, list[str]], repeat: int) -> None:
    """CPU seconds of each step of extract_with_features (each top-level statement, by its
    first line) on each workload, best of `repeat` passes by total, the collector paused as
    extract() pauses it, with the share of the total and the microseconds per quote found."""
    import inspect

    from tracker.extraction import engine
    from tracker.gc_pause import collector_paused

    run, seconds = staged_extractor(engine)
    lines = inspect.getsource(engine).splitlines()
    for label, items in texts_by_label.items():
        mb = sum(len(t.encode("utf-8")) for t in items) / 1e6
        best: dict[int, float] | None = None
        quotes = 0
        for _ in range(repeat):
            seconds.clear()
            clear_caches()
            with collector_paused():
                quotes = sum(len(run(t)[0].quotes) for t in items)
            seconds.pop(0, None)  # (the clock's first read: no statement)
            if best is None or sum(seconds.values()) < sum(best.values()):
                best = dict(seconds)
        total = sum(best.values())
        per = quotes >= 100  # (per quote only where quotes make the work)
        print(f"\n{label}: {mb:.2f} MB, {quotes} quotes, {total:.3f} s CPU in the steps "
              f"({mb / total:.2f} MB/s" + (f", {total / quotes * 1e6:.1f} us a quote)" if per
                                           else ")"))
        for line, sec in sorted(best.items()):
            if sec >= 0.005 * total:
                each = f"{sec / quotes * 1e6:6.2f} us/quote" if per else ""
                print(f"  {sec:7.3f} s {100 * sec / total:5.1f}% {each:>15}  line {line}: "
                      f"{lines[line - 1].strip()[:58]}")


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--data", type=Path, default=DEFAULT_DATA)
    ap.add_argument("--repeat", type=int, default=3, help="passes; the best one is reported")
    ap.add_argument("--against", type=Path, metavar="REPO",
                    help="also time the extractor of this checkout, alternating with this one")
    ap.add_argument("--only", default="", metavar="TEXT",
                    help="with --against or --stages: only the workloads whose label holds TEXT")
    ap.add_argument("--stages", action="store_true",
                    help="CPU time of each step of the extractor on each workload (--only)")
    ap.add_argument("--digest", action="store_true",
                    help="print a digest of the output instead of timing (identity checks)")
    args = ap.parse_args(argv)
    if not args.data.exists():
        print(f"no data at {args.data}: nothing to benchmark", file=sys.stderr)
        return 1
    with args.data.open(encoding="utf-8") as fh:
        texts = [json.loads(line)["text"] for line in fh if line.strip()]
    if args.digest:
        print(f"extractor {EXTRACTOR_VERSION}: {digest(texts, args.data)}")
        return 0
    chars = sum(len(t) for t in texts)
    mbytes = sum(len(t.encode("utf-8")) for t in texts) / 1e6
    print(f"extractor {EXTRACTOR_VERSION}; Python {platform.python_version()}; {cpu_model()}; "
          f"{os.cpu_count()} CPUs; load average {os.getloadavg()[0]:.2f}")
    print(f"{len(texts)} articles, {chars:,} characters, {mbytes:.2f} MB UTF-8")

    if args.stages:
        work = {"train articles": texts} | {k: [v] for k, v in adversarial_inputs().items()}
        stages({k: v for k, v in work.items() if args.only in k}, args.repeat)
        return 0
    if args.against:
        compare(load_extractor(args.against), texts, args.repeat, args.only)
        return 0
    ex_wall, ex_cpu = timed(extract, texts, args.repeat)
    sc_wall, sc_cpu = timed(scan_marks, texts, args.repeat)
    print(f"\n{'':22}{'chars/s':>12}{'MB/s':>8}{'articles/s':>12}   (wall clock; CPU time)")
    for label, wall, cpu in (("extract()", ex_wall, ex_cpu), ("bare mark scan", sc_wall, sc_cpu)):
        print(f"{label:22}{chars / wall:12,.0f}{mbytes / wall:8.2f}{len(texts) / wall:12,.0f}"
              f"   ({chars / cpu:,.0f} chars/s CPU)")
    print(f"extract() is {ex_wall / sc_wall:.0f}x the bare scan (wall), "
          f"{ex_cpu / sc_cpu:.0f}x (CPU)")

    adversarial(sc_cpu / mbytes, args.repeat)

    marks = [200, len(texts)] if len(texts) > 200 else [len(texts)]
    mem = memory_after(texts, marks)
    print()
    for n, (cur, peak) in mem.items():
        print(f"after {n:4d} articles: retained {cur / 1e6:.3f} MB, "
              f"peak since last checkpoint {peak / 1e6:.2f} MB")
    if len(mem) == 2:
        (a, pa), (b, pb) = mem.values()
        # The peak follows the longest article in the window, not the number of articles.
        verdict = "flat" if b <= a + 0.1e6 and pb <= pa * 2 + 0.5e6 else "GROWING"
        print(f"200 -> {len(texts)} articles: retained {b / max(a, 1):.2f}x, "
              f"peak {pb / max(pa, 1):.2f}x ({verdict})")
    print(f"name caches when full (bounded, 3 x 16384 entries): "
          f"{cache_footprint(texts) / 1e6:.1f} MB")
    rss = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1e3
    print(f"max resident set size of the process: {rss:.0f} MB")
    return 0


if __name__ == "__main__":
    sys.exit(main())
