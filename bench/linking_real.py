"""Linking on real news: the polnear-train articles through extraction, stories and the Linker.

What a user sees after ingesting the 840 articles, without a database: each article's quotes
as the extractor finds them, linked in file order (the order `ingest` takes them). Speakers
are keyed by surname, about as the tracker's alias resolution joins "Trump" and "Donald Trump".

A hand-judged sample of quotation pairs (`real_judgements.json`) says which pairs report the
same utterance. It holds only article ids, character offsets and judgements, never text:

    {"pairs": [["<article id>:<start>-<end>", "<article id>:<start>-<end>", true], ...]}

Run as a script to print clusters for judging: `python bench/linking_real.py --sample 60`.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import random
import sys
from collections import defaultdict
from dataclasses import dataclass
from pathlib import Path

BENCH = Path(__file__).resolve().parent
sys.path[:0] = [str(BENCH.parent), str(BENCH)]

from linking_variants import POLNEAR  # noqa: E402

JUDGEMENTS = BENCH / "real_judgements.json"


@dataclass(frozen=True, slots=True)
class RealQuote:
    ref: str  # "<article id>:<start>-<end>"
    text: str
    speaker: str | None
    article: int
    published: dt.date | None


def _speaker_key(name: str | None) -> str | None:
    return name.split()[-1].lower() if name else None


def real_quotes(path: Path = POLNEAR) -> list[RealQuote]:
    from tracker.extraction import extract

    out = []
    with path.open(encoding="utf-8") as lines:
        for n, line in enumerate(lines):
            article = json.loads(line)
            day = dt.date.fromisoformat(article["date"]) if article.get("date") else None
            for q in extract(article["text"], day).quotes:
                out.append(
                    RealQuote(
                        f"{article['id']}:{q.start}-{q.end}",
                        q.text,
                        q.speaker,
                        n,
                        day,
                    )
                )
    return out


def link(quotes: list[RealQuote]) -> list[int]:
    """Statement id of each quote, linked in order as ingestion links them."""
    import inspect
    import itertools

    from tracker.linking.grouping import Index, Item, Linker

    dated = "published" in inspect.signature(Item.build).parameters  # older code: no dates
    counter = itertools.count(1)
    linker = Linker(Index(record_postings=False), lambda: next(counter))
    speakers: dict[str, int] = {}
    out = []
    for i, q in enumerate(quotes):
        key = _speaker_key(q.speaker)
        speaker = speakers.setdefault(key, len(speakers)) if key else None
        extra = {"published": q.published} if dated else {}
        out.append(linker.link(Item.build(i, q.text, speaker, q.article, **extra)))
    return out


def clusters(quotes: list[RealQuote], predicted: list[int]) -> list[list[int]]:
    """Statements of two or more quotations, as lists of quote indexes."""
    members: dict[int, list[int]] = defaultdict(list)
    for i, sid in enumerate(predicted):
        members[sid].append(i)
    return [m for m in members.values() if len(m) > 1]


def load_judgements(path: Path = JUDGEMENTS) -> dict[frozenset[str], bool]:
    data = json.loads(path.read_text(encoding="utf-8"))
    return {frozenset((a, b)): same for a, b, same in data["pairs"]}


def real_check(path: Path = JUDGEMENTS) -> dict:
    """Precision of the linked clusters on the hand-judged sample: a cluster is clean when
    every judged pair in it is the same utterance; pair precision over judged pairs."""
    judged = load_judgements(path)
    quotes = real_quotes()
    predicted = clusters(quotes, link(quotes))
    refs = [q.ref for q in quotes]
    clean = dirty = linked_same = linked_other = 0
    for members in predicted:
        seen = [
            judged[pair]
            for i, a in enumerate(members)
            for b in members[i + 1 :]
            if (pair := frozenset((refs[a], refs[b]))) in judged
        ]
        if not seen:
            continue
        linked_same += sum(seen)
        linked_other += len(seen) - sum(seen)
        if all(seen):
            clean += 1
        else:
            dirty += 1
    same_pairs = sum(judged.values())
    return {
        "judged_pairs": len(judged),
        "clusters_with_judged_pairs": clean + dirty,
        "cluster_precision": round(clean / (clean + dirty), 4) if clean + dirty else None,
        "pair_precision": round(linked_same / (linked_same + linked_other), 4)
        if linked_same + linked_other
        else None,
        "pair_recall": round(linked_same / same_pairs, 4) if same_pairs else None,
        "statements_of_2_or_more": len(predicted),
    }


def _print_sample(size: int, seed: int) -> None:
    """Clusters to judge, with every pair of members not judged yet."""
    quotes = real_quotes()
    predicted = clusters(quotes, link(quotes))
    judged = load_judgements() if JUDGEMENTS.exists() else {}
    rng = random.Random(seed)
    for members in rng.sample(predicted, min(size, len(predicted))):
        pairs = [
            (quotes[a].ref, quotes[b].ref)
            for i, a in enumerate(members)
            for b in members[i + 1 :]
            if frozenset((quotes[a].ref, quotes[b].ref)) not in judged
        ]
        if not pairs:
            continue
        print("=" * 40)
        for i in members:
            q = quotes[i]
            print(f"  {q.ref} [{q.speaker} {q.published}] {q.text[:160]!r}")
        print("PAIRS", json.dumps(pairs))


if __name__ == "__main__":
    parser = argparse.ArgumentParser()
    parser.add_argument("--sample", type=int, default=60)
    parser.add_argument("--seed", type=int, default=13)
    args = parser.parse_args()
    _print_sample(args.sample, args.seed)
