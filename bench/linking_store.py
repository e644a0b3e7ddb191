"""A synthetic quote store of any size, made the way bench_linking's variants are made.

Base statements are drawn from a word-level Markov chain trained on the polnear articles (so
vocabulary and common phrases behave like news text); each is quoted once or several times, as
variants, by later articles of 20 quotations.
"""

from __future__ import annotations

import itertools
import json
import random
import re
from collections import defaultdict
from collections.abc import Iterator
from dataclasses import dataclass

from linking_variants import POLNEAR, real_quotes, variant

_WORD = re.compile(r"\S+")
ARTICLE_SIZE = 20


@dataclass(frozen=True, slots=True)
class StoredQuote:
    text: str
    speaker: int
    source: int
    truth: int


class Chain:
    """Word Markov chain (order 1) over the articles' sentences. Order 2 copies long runs of
    the articles verbatim, which makes unrelated synthetic statements share whole phrases."""

    def __init__(self, seed: int = 11) -> None:
        self.rng = random.Random(seed)
        self.next: dict[str, list[str]] = defaultdict(list)
        self.starts: list[str] = []
        with POLNEAR.open(encoding="utf-8") as lines:
            for line in lines:
                for para in json.loads(line)["text"].split("\n"):
                    words = _WORD.findall(para)
                    if len(words) < 3:
                        continue
                    self.starts.append(words[0])
                    for a, b in zip(words, words[1:], strict=False):
                        self.next[a].append(b)
        self.lengths = [len(text.split()) for text, _, _ in real_quotes(min_words=3)]

    def sentence(self) -> str:
        rng = self.rng
        size = rng.choice(self.lengths)
        word = rng.choice(self.starts)
        words = [word]
        while len(words) < size:
            options = self.next.get(word)
            word = rng.choice(options) if options else rng.choice(self.starts)
            words.append(word)
        return " ".join(words)


def _copies(rng: random.Random) -> int:
    """How many times a statement is quoted: mostly once, sometimes by many outlets."""
    r = rng.random()
    if r < 0.45:
        return 1
    if r < 0.75:
        return 2
    if r < 0.92:
        return rng.randint(3, 5)
    return rng.randint(6, 15)


def synthetic_quotes(n: int, seed: int = 5, chain: Chain | None = None) -> list[StoredQuote]:
    """`n` quotations in ingestion order, each knowing the statement it reports."""
    rng = random.Random(seed)
    chain = chain or Chain(seed)
    speakers = max(10, n // 200)
    # Zipf: the most quoted speaker has about a tenth of the quotes, as in news.
    cum = list(itertools.accumulate(1 / (k + 1) for k in range(speakers)))
    events: list[tuple[float, str, int, int]] = []  # (time, text, speaker, truth)
    truth = 0
    while len(events) < n:
        base = chain.sentence()
        speaker = rng.choices(range(speakers), cum_weights=cum)[0]
        when = rng.random()
        for copy in range(_copies(rng)):
            text = base if copy == 0 else variant(base, rng)[1]
            events.append((when + copy * rng.random() * 0.01, text, speaker, truth))
        truth += 1
    events = sorted(events[:n])
    return [
        StoredQuote(text, speaker, i // ARTICLE_SIZE, truth)
        for i, (_, text, speaker, truth) in enumerate(events)
    ]


def new_article(
    store: list[StoredQuote], chain: Chain, rng: random.Random
) -> Iterator[tuple[str, int]]:
    """One more article: half new statements, half variants of stored ones."""
    for i in range(ARTICLE_SIZE):
        if i % 2:
            old = rng.choice(store)
            yield variant(old.text, rng)[1], old.speaker
        else:
            yield chain.sentence(), rng.randrange(10)
