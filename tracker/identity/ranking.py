"""Rank speaker names for a typed query (autocomplete, speaker search, pickers).

Tiers, best first: the whole name; the name starting with the query; a name part equal to
the query; a name part starting with it; then fuzzy matches (typos). Inside a tier the most
quoted speaker comes first. "haley" puts Haley Morris before Bradley Cranston; "kang" puts
Kang Kyung Wha before Lu Kang.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping

from rapidfuzz import fuzz, process

from tracker.identity.names import fold

FUZZY_CUTOFF = 75
FUZZY = 4


def _tier(query: str, name: str) -> int | None:
    if name == query:
        return 0
    if name.startswith(query):
        return 1
    parts = name.split()
    words = query.split()
    if all(w in parts for w in words):
        return 2
    if all(any(p.startswith(w) for p in parts) for w in words):
        return 3
    return None


def rank_names(
    query: str,
    names: Iterable[tuple[int, str]],
    counts: Mapping[int, int],
    limit: int = 20,
) -> list[int]:
    """Ids of `names` ((id, name or alias) pairs) best matching `query`, best first.

    >>> names = [(1, "Bradley Cranston"), (2, "Haley Morris"), (3, "Charles Barkley"),
    ...          (4, "Lu Kang"), (5, "Kang Kyung Wha")]
    >>> rank_names("haley", names, {1: 50, 2: 3, 3: 40})[:1]
    [2]
    >>> rank_names("kang", names, {4: 30, 5: 10})[:2]
    [5, 4]
    >>> rank_names("Cranstn", names, {})
    [1]
    """
    q = fold(query)
    if not q:
        return []
    best: dict[int, int] = {}
    folded: dict[str, list[int]] = {}
    for pk, name in names:
        key = fold(name)
        tier = _tier(q, key)
        if tier is not None:
            best[pk] = min(tier, best.get(pk, tier))
        folded.setdefault(key, []).append(pk)
    if len(best) < limit:
        for key, _, _ in process.extract(
            q, list(folded), scorer=fuzz.WRatio, limit=limit * 3, score_cutoff=FUZZY_CUTOFF
        ):
            for pk in folded[key]:
                best.setdefault(pk, FUZZY)
    order = sorted(best, key=lambda pk: (best[pk], -counts.get(pk, 0), pk))
    return order[:limit]
