"""Linear time on any input: four times an adversarial input at most six times its time.

Timings are the best of several interleaved runs (tests/growth.py), so a loaded machine does
not make the test flaky. A linear extractor gives 4x; a quadratic rescan (one per quote over its
whole sentence, as speakers._outer_report and _head_cue once did) gives 3.5x or more per
doubling, 12x or more here. The sizes are four times apart, not two, because a shared machine's
noise must not be read as growth. The bound is the issue's "2x input at most 2.5x time" taken over a
longer stretch: both allow time to grow as size to the power 1.3 at most (6 = 4 ** 1.29).
"""

from __future__ import annotations

import gc
import sys
from pathlib import Path

import pytest

from tracker.extraction import engine, extract
from tracker.extraction.speakers import WINDOW

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "bench"))
from bench_extraction import adversarial_inputs  # noqa: E402
from growth import GROWTH, best_times, cpu_seconds  # noqa: E402

SMALL = adversarial_inputs(0.05)
LARGE = adversarial_inputs(0.2)


@pytest.mark.parametrize("label", list(SMALL))
def test_four_times_the_input_takes_at_most_six_times_as_long(label):
    small, large = SMALL[label], LARGE[label]
    assert len(large) >= 3.9 * len(small)
    extract(small)  # warm the caches and compiled patterns
    limit = GROWTH * len(large) / len(small)
    a, b, ratio = best_times(
        lambda: cpu_seconds(lambda: extract(small)),
        lambda: cpu_seconds(lambda: extract(large)),
        limit,
        runs=7,
    )
    assert ratio <= limit, (label, a, b)


def test_a_quote_in_an_endless_sentence_still_gets_its_cue():
    text = '"It is fine," said Mr. Smith of the Department, and ' * (WINDOW // 10)
    quotes = extract(text).quotes
    assert len(quotes) == WINDOW // 10
    assert {q.speaker for q in quotes} == {"Smith"}


@pytest.mark.parametrize(("text", "lo", "word"), [
    ("Mr. Smith", 0, "Mr"), ("the U.S. said", 0, "U.S"), ("it ends. Then", 0, "ends"),
    ("word .", 0, None), ("..ab.", 0, "ab"), ("abcdef.", 3, "def"), ("Dr\n.", 0, "Dr"),
    ("x1y.", 0, "y"), ("a.", 1, None),
])
def test_word_before_a_full_stop_reads_as_the_pattern_did(text, lo, word):
    """text._word_before (read backwards, for speed) finds what ([A-Za-z][A-Za-z.]*)$ found
    searching text[lo:dot] for the last full stop."""
    import re

    from tracker.extraction.text import _word_before

    dot = text.rindex(".")
    m = re.compile(r"([A-Za-z][A-Za-z.]*)$").search(text, lo, dot)
    assert _word_before(text, lo, dot) == (m.group(1) if m else None) == word


def test_extraction_pauses_the_collector_and_sets_it_back(monkeypatch):
    """The cyclic collector is off while an article is extracted, and as it was afterwards:
    on again, off if it was off, on again after a failure."""
    seen = []
    real = engine.find_spans

    def spy(*args):
        seen.append(gc.isenabled())
        return real(*args)

    monkeypatch.setattr(engine, "find_spans", spy)
    assert gc.isenabled()
    extract('"It is fine," said John Smith.')
    assert seen == [False] and gc.isenabled()
    gc.disable()
    try:
        extract('"It is fine," said John Smith.')
        assert not gc.isenabled()
    finally:
        gc.enable()

    def fail(*args):
        raise RuntimeError("stop")

    monkeypatch.setattr(engine, "find_spans", fail)
    with pytest.raises(RuntimeError):
        extract('"It is fine," said John Smith.')
    assert gc.isenabled()


def test_extraction_leaves_no_cyclic_garbage():
    """Pausing the collector frees nothing later than before: an extraction makes no
    reference cycles, all it leaves is freed as soon as it is dropped."""
    texts = list(SMALL.values()) + [
        p.read_text(encoding="utf-8")
        for p in sorted((Path(__file__).resolve().parents[1] / "sample_articles").glob("*.txt"))]
    gc.collect()
    gc.disable()  # (else a collection between two articles could free a cycle unseen)
    try:
        for t in texts:
            extract(t)
        assert gc.collect() == 0
    finally:
        gc.enable()


def test_the_staged_extractor_of_the_bench_extracts_as_extract_does():
    """bench_extraction.py --stages times a copy of extract_with_features rebuilt with a clock
    read before each step: the same result, and each step's time under its line."""
    from bench_extraction import staged_extractor

    run, seconds = staged_extractor(engine)
    for t in ('"It is fine," said John Smith. "Yes," Smith said.',
              SMALL["20000 Smiths (one family)"]):
        seconds.clear()
        assert run(t)[0] == extract(t)
        assert len(seconds) > 10 and all(s >= 0 for s in seconds.values())
