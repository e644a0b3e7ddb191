"""Quotes the way outlets print them: real quotes, their altered variants and hard negatives.

Used by bench_linking.py. Each generated quote carries the id of the utterance it reports
(`truth`), so pair precision and recall can be counted.
"""

from __future__ import annotations

import json
import random
import re
from collections import defaultdict
from dataclasses import dataclass
from pathlib import Path

POLNEAR = Path(__file__).resolve().parents[2] / "shared" / "data" / "polnear-train.jsonl"

US_UK = {
    "organization": "organisation",
    "organize": "organise",
    "realize": "realise",
    "recognize": "recognise",
    "criticize": "criticise",
    "apologize": "apologise",
    "emphasize": "emphasise",
    "authorize": "authorise",
    "legalize": "legalise",
    "prioritize": "prioritise",
    "characterize": "characterise",
    "minimize": "minimise",
    "analyze": "analyse",
    "paralyze": "paralyse",
    "honor": "honour",
    "labor": "labour",
    "favor": "favour",
    "color": "colour",
    "neighbor": "neighbour",
    "behavior": "behaviour",
    "center": "centre",
    "theater": "theatre",
    "defense": "defence",
    "offense": "offence",
    "program": "programme",
    "traveled": "travelled",
    "canceled": "cancelled",
    "denuclearization": "denuclearisation",
    "harbor": "harbour",
    "rumor": "rumour",
}
UK_US = {uk: us for us, uk in US_UK.items()}
NUMBERS = {
    "2": "two",
    "3": "three",
    "4": "four",
    "5": "five",
    "10": "ten",
    "20": "twenty",
    "100": "one hundred",
    "two": "2",
    "three": "3",
    "four": "4",
    "five": "5",
    "ten": "10",
    "million": "million",
    "1": "one",
    "one": "1",
}
INSERTS = ["really", "very", "just", "now", "also", "certainly", "frankly", "all", "still"]
PRONOUNS = {
    "he": "[Trump]",
    "she": "[Clinton]",
    "they": "[the Democrats]",
    "it": "[the bill]",
    "we": "[Republicans]",
    "this": "[the deal]",
    "him": "[Obama]",
    "them": "[the voters]",
}
_WORD = re.compile(r"\S+")


@dataclass(frozen=True, slots=True)
class Quote:
    text: str
    speaker: str | None
    source: int
    truth: int  # the utterance it reports
    kind: str = "real"  # "real", a variant kind, or "negative"
    of: int = -1  # for a negative: the utterance it imitates


def real_quotes(path: Path = POLNEAR, min_words: int = 4) -> list[tuple[str, str | None, str]]:
    """(text, speaker, article id) of every annotated quote of at least `min_words` words."""
    quotes = []
    with path.open(encoding="utf-8") as lines:
        for line in lines:
            article = json.loads(line)
            for q in article["quotes"]:
                if len(q["text"].split()) >= min_words:
                    quotes.append((q["text"].strip(), q["speaker"], article["id"]))
    return quotes


def _speaker_key(name: str | None) -> str | None:
    """polnear names one person "Trump" or "Donald Trump"; the tracker resolves them."""
    return name.split()[-1].lower() if name else None


def distinct(quotes: list[tuple[str, str | None, str]]) -> list[tuple[str, str | None, str]]:
    """Real quotes minus those whose words (normalised) another quote repeats in full: real
    news repeats quotes, and such pairs are the same utterance, not a benchmark negative."""
    from tracker.linking.normalise import tokens

    texts = [" " + " ".join(tokens(text)) + " " for text, _, _ in quotes]
    by_window: dict[str, set[int]] = defaultdict(set)
    for i, text in enumerate(texts):
        words = text.split()
        for j in range(len(words) - 2):
            by_window[" ".join(words[j : j + 3])].add(i)
    kept = []
    for i, text in enumerate(texts):
        words = text.split()
        inside = len(words) < 3 or any(
            j != i and text in texts[j] and (len(texts[j]) > len(text) or j < i)
            for j in by_window[" ".join(words[:3])]
        )
        if not inside:
            text, speaker, article = quotes[i]
            kept.append((text, _speaker_key(speaker), article))
    return kept


def _swap_words(words: list[str], table: dict[str, str], rng: random.Random) -> list[str]:
    out = []
    for w in words:
        core = w.strip(".,;:!?\"'()").lower()
        if core in table and rng.random() < 0.8:
            out.append(w.lower().replace(core, table[core]))
        else:
            out.append(w)
    return out


def variant(text: str, rng: random.Random, kind: str | None = None) -> tuple[str, str]:
    """One way an outlet may print `text`: (kind, new text)."""
    words = _WORD.findall(text)
    kind = kind or rng.choice(
        [
            "truncate",
            "spelling",
            "punctuation",
            "insert",
            "drop",
            "ellipsis",
            "bracket",
            "numbers",
            "same",
        ]
    )
    n = len(words)
    if kind == "truncate" and n >= 8:
        size = rng.randint(max(5, n // 4), max(5, int(n * 0.7)))
        start = rng.randint(0, n - size)
        words = words[start : start + size]
    elif kind == "spelling":
        words = _swap_words(words, {**US_UK, **UK_US}, rng)
    elif kind == "punctuation":
        text = " ".join(words)
        text = text.replace(",", "") if rng.random() < 0.5 else text.replace(" -- ", " — ")
        text = text.replace("'", "’").replace('"', "“")
        text = re.sub(r"(\w) (\w+)$", r"\1-\2", text) if rng.random() < 0.3 else text
        return kind, text.rstrip(".") if rng.random() < 0.5 else text
    elif kind == "insert" and n >= 4:
        words.insert(rng.randint(1, n - 1), rng.choice(INSERTS))
    elif kind == "drop" and n >= 6:
        del words[rng.randint(1, n - 2)]
    elif kind == "ellipsis" and n >= 12:
        start = rng.randint(3, n - 6)
        del words[start : start + rng.randint(2, 3)]
        words.insert(start, "...")
    elif kind == "bracket":
        spots = [i for i, w in enumerate(words) if w.lower() in PRONOUNS]
        if spots:
            i = rng.choice(spots)
            words[i] = PRONOUNS[words[i].lower()]
        else:
            words.insert(rng.randint(0, n), "[sic]")
    elif kind == "numbers":
        words = _swap_words(words, NUMBERS, rng)
    else:
        kind = "same"
    return kind, " ".join(words)


def hard_negative(text: str, vocabulary: list[str], rng: random.Random) -> str:
    """The same speaker on the same topic saying something else: the same sentence frame with
    every third word or so swapped for another word this speaker uses."""
    words = _WORD.findall(text)
    offset = rng.randint(0, 2)
    for i in range(offset, len(words), 3):
        words[i] = rng.choice(vocabulary)
    return " ".join(words)


def quality_set(seed: int = 7, variants_per_quote: float = 1.5) -> list[Quote]:
    """Real quotes (one article each), variants in other articles, and hard negatives."""
    rng = random.Random(seed)
    bases = distinct(real_quotes())
    by_speaker: dict[str | None, list[int]] = defaultdict(list)
    for i, (_, speaker, _) in enumerate(bases):
        by_speaker[speaker].append(i)
    articles: dict[str, int] = {}
    quotes: list[Quote] = []
    next_source = 1_000_000
    for truth, (text, speaker, article) in enumerate(bases):
        source = articles.setdefault(article, len(articles))
        quotes.append(Quote(text, speaker, source, truth))
        for _ in range(int(variants_per_quote + rng.random())):
            next_source += 1
            kind, altered = variant(text, rng)
            quotes.append(Quote(altered, speaker, next_source, truth, kind))
    truth = len(bases)
    for speaker, members in by_speaker.items():
        if speaker is None or len(members) < 2:
            continue
        vocabulary = [w for i in members for w in _WORD.findall(bases[i][0])]
        for i in members[: len(members) // 2]:
            if len(_WORD.findall(bases[i][0])) < 6:
                continue
            next_source += 1
            negative = hard_negative(bases[i][0], vocabulary, rng)
            quotes.append(Quote(negative, speaker, next_source, truth, "negative", i))
            truth += 1
    rng.shuffle(quotes)
    return quotes
