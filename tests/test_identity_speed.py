"""Linear time in the identity layer: deciding the speakers of four times an adversarial
article takes at most six times as long (the bound and the method of
tests/test_extraction_speed.py: minimum of interleaved CPU-time runs).

The rules that read the whole article for a name (`written_in_text`, `regnal_title`,
`outlet_in_text`, `short_form_in_article`, `title_of_a_work`, `known_only_as`) and the gate's
checks of a quote's line were once asked again for every quote: 4,000 quotes of "Mr. Smith" in
one sentence took 190 s for 208 KB (quadratic), and 8,000 quotes each by another bare name
in one line 39 s for 224 KB. They now read a name's neighbourhood once per article. The
article's full names are gathered by family name (`_full_names`): 4,000 people took 2.5 s.
"""

from __future__ import annotations

import itertools
import string
import sys
from pathlib import Path

import pytest

from tracker.extraction import extract
from tracker.identity import article, gate, names
from tracker.identity.article import decide_article

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "bench"))
from bench_extraction import adversarial_inputs  # noqa: E402
from growth import GROWTH, best_times, cpu_seconds  # noqa: E402


def _many_names(n: int) -> str:
    """n quotes in one line, each by another bare family name (each left open for review)."""
    letters = string.ascii_lowercase
    names = ("K" + "".join(t) + "son" for t in itertools.product(letters, repeat=3))
    return " ".join(f'"It is fine," said {name}.' for name in itertools.islice(names, n))


def _many_people(n: int) -> str:
    """n quotes in one line, each by another person named in full ("John Kaabson"): the
    article's full names were once matched each against all the others (quadratic)."""
    letters = string.ascii_lowercase
    names = ("John K" + "".join(t) + "son" for t in itertools.product(letters, repeat=3))
    return " ".join(f'"It is fine," said {name}.' for name in itertools.islice(names, n))


def _inputs(scale: float) -> dict[str, str]:
    texts = {k: v for k, v in adversarial_inputs(scale).items() if not k.startswith("1 MB")}
    texts["a bare name per quote, one line"] = _many_names(int(2000 * scale))
    texts["a full name per quote, one line"] = _many_people(int(4000 * scale))
    return texts


SMALL, LARGE = _inputs(0.05), _inputs(0.2)


def _forget() -> None:
    """Clear what the identity layer remembers of articles and names: each run decides the
    article afresh (the per-article memory would otherwise answer a repeated run at once)."""
    for module in (article, gate, names):
        for value in vars(module).values():
            if callable(getattr(value, "cache_clear", None)):
                value.cache_clear()


def _best(extraction, text: str) -> float:
    _forget()
    return cpu_seconds(lambda: decide_article(extraction.quotes, extraction.entities, text))


@pytest.fixture(autouse=True)
def _windows_at_any_size(monkeypatch):
    # Articles up to article._WHOLE characters are read whole, once per name: bounded, but it
    # would hide the windows at the small sizes this test can afford.
    monkeypatch.setattr(article, "_WHOLE", 0)


@pytest.mark.parametrize("label", list(SMALL))
def test_four_times_the_article_takes_at_most_six_times_as_long_to_decide(label):
    small, large = SMALL[label], LARGE[label]
    assert len(large) >= 3.9 * len(small)
    xs, xl = extract(small), extract(large)
    decide_article(xs.quotes, xs.entities, small)  # warm the caches and compiled patterns
    limit = GROWTH * len(large) / len(small)
    a, b, ratio = best_times(lambda: _best(xs, small), lambda: _best(xl, large), limit)
    assert ratio <= limit, (label, a, b)
