"""Cached results brought up to date with the quotations added since, instead of recomputed.

Ingesting an article moves the data generation on, and every page's cache with it; for results
that read a large part of the store (a busy speaker's history, a common word's ranked matches)
the next view would read all of it again. When nothing but new quotations arrived since (the
generation's `rebuilt` is the same: no editor's change, no relink, no admin edit) the cached
result only needs the new rows. Kept where the benchmarks need it: without it the first view
after a new article takes 0.1-0.5 s at 1M quotations (bench/README.md).

Most results are over quotations; a count of other rows (articles, speakers, statements) works
the same way, since an append-only change only adds rows to those tables too. Ids grow, so
"added since" means "id above the newest one counted". Ids are handed out before commit,
though, so an article committed late can hold ids just below the newest one seen: the ids
counted among the last LOOK_BACK are remembered, and such rows count once, late, never twice.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from django.core.cache import cache
from django.db.models import Max, QuerySet

from tracker.services.generation import Generation

LOOK_BACK = 2000  # ids: about a hundred articles in flight at once
# An article committed in the instant between the two queries of a first computation is
# missed (taken for counted); results expire after this long, whatever happens.
TTL = 600
# A look-back holding fewer counted rows than this is read whole (one query); a fuller one is
# counted first (two queries, but only the new rows reach Python).
COUNT_FIRST = 200


@dataclass(frozen=True)
class Counted[T]:
    value: T
    upto: int  # the newest quotation id counted
    recent: frozenset[int]  # ids above upto - LOOK_BACK that were counted
    generation: int  # the generation it was last brought up to date in


def up_to_date[T](
    key: str,
    generation: Generation,
    rows: QuerySet[Any],
    compute: Callable[[QuerySet[Any]], T],
    add: Callable[[T, list[dict[str, Any]]], T],
    fields: tuple[str, ...],
) -> T:
    """`compute(rows)` over the whole set (quotations, or rows of another table), cached;
    later only `add(value, added)` for the rows added since, each a dict of `fields` and "pk"."""
    key = f"tracker:incremental:{key}:{generation.rebuilt}"
    counted: Counted[T] | None = cache.get(key)
    if counted is not None and counted.generation == generation.value:
        return counted.value
    if counted is None:
        newest = rows.model.objects.aggregate(newest=Max("pk"))["newest"] or 0
        # Over every row (an upper bound on ids would cost PostgreSQL its index-only scans),
        # then the newest ids, to know which rows it counted.
        value = compute(rows)
        recent = frozenset(
            rows.filter(pk__gt=newest - LOOK_BACK).values_list("pk", flat=True)
        )
    else:
        newest = counted.upto
        value, recent = _add_since(counted, rows, add, fields)
    upto = max(newest, *recent) if recent else newest
    recent = frozenset(pk for pk in recent if pk > upto - LOOK_BACK)
    cache.set(key, Counted(value, upto, recent, generation.value), TTL)
    return value


def _add_since[T](
    counted: Counted[T],
    rows: QuerySet[Any],
    add: Callable[[T, list[dict[str, Any]]], T],
    fields: tuple[str, ...],
) -> tuple[T, frozenset[int]]:
    """`counted.value` with the rows added since, and the ids now counted in the look-back.

    Rows are only added while `rebuilt` stays the same, so the look-back below `upto` holds
    exactly the ids counted there unless an article committed late: one count says which, and
    only then are its rows read (reading the whole look-back, up to LOOK_BACK rows, at every
    view cost a few ms of every first view after a new article)."""
    below = rows.filter(pk__gt=counted.upto - LOOK_BACK, pk__lte=counted.upto)
    if len(counted.recent) >= COUNT_FIRST and below.count() == len(counted.recent):
        added = list(rows.filter(pk__gt=counted.upto).values("pk", *fields))
        return add(counted.value, added), counted.recent | {row["pk"] for row in added}
    seen = list(rows.filter(pk__gt=counted.upto - LOOK_BACK).values("pk", *fields))
    value = add(counted.value, [row for row in seen if row["pk"] not in counted.recent])
    return value, frozenset(row["pk"] for row in seen)
