"""Ranked search that survives new articles: the order of the best matches is cached and
brought up to date by ranking only the quotations added since (tracker.services.incremental).

PostgreSQL's ts_rank of a quotation depends on that quotation alone, so the ranks of stored
quotations do not move when an article arrives: merging the new matches into the cached order
gives what ranking every match again would (a common word matches tens of thousands of
quotations at 1M; ranking them all takes 0.1-0.5 s, ranking one article's takes milliseconds).
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass
from datetime import date
from typing import Any

from django.db.models import QuerySet

from tracker.models import Quotation
from tracker.services.generation import Generation
from tracker.services.incremental import up_to_date
from tracker.services.search import page_slice

# The best this many matches are kept in order; pages past them are ranked by the database.
DEPTH = 1000

Entry = tuple[float, int | None, int]  # (rank, published as an ordinal, quotation id)


@dataclass(frozen=True)
class Ranking:
    best: list[Entry]  # best first, at most DEPTH
    more: bool  # more matches than `best` holds


def _order(entry: Entry) -> tuple:
    """SQL's ORDER BY rank DESC, published DESC NULLS LAST, id DESC."""
    rank, day, pk = entry
    return (-rank, day is None, -(day or 0), -pk)


def _entry(rank: float, day: date | None, pk: int) -> Entry:
    return rank, day.toordinal() if isinstance(day, date) else None, pk


def _rank_all(quotations: QuerySet[Quotation]) -> Ranking:
    rows = [_entry(*row) for row in quotations.values_list("rank", "published", "pk")[: DEPTH + 1]]
    return Ranking(rows[:DEPTH], len(rows) > DEPTH)


def _merge(ranking: Ranking, added: list[dict[str, Any]]) -> Ranking:
    merged = sorted(
        [*ranking.best, *(_entry(r["rank"], r["published"], r["pk"]) for r in added)], key=_order
    )
    return Ranking(merged[:DEPTH], ranking.more or len(merged) > DEPTH)


def ranking(quotations: QuerySet[Quotation], search: str, generation: Generation) -> Ranking:
    """The ranking of `quotations` (filter_quotations(..., rank=True)); `search` names the
    query and filters that made them."""
    key = "ranking:" + hashlib.sha256(search.encode()).hexdigest()
    return up_to_date(key, generation, quotations, _rank_all, _merge, ("rank", "published"))


def ranked_page(
    quotations: QuerySet[Quotation],
    search: str,
    generation: Generation,
    page: int,
    size: int,
) -> tuple[list[Quotation], bool]:
    """One page of the best matches first, and whether more follow."""
    start = (page - 1) * size
    if start + size > DEPTH:  # deep pages: rare enough to rank in the database each time
        return page_slice(quotations, page, size)
    best = ranking(quotations, search, generation)
    ids = [pk for _, _, pk in best.best[start : start + size]]
    # By id alone: the ranking already applied the words and filters, and asking the
    # database to match them again reads every match (0.2 s for a common word at 1M).
    rows_by_id = Quotation.objects.filter(pk__in=ids)
    rows_by_id.query.select_related = quotations.query.select_related
    by_id = {q.pk: q for q in rows_by_id}
    rows = [by_id[pk] for pk in ids if pk in by_id]
    return rows, start + size < len(best.best) or best.more
