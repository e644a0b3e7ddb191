"""Query helpers for timelines, volume charts, speaker lists and the home page.

Every function runs a fixed number of queries whatever the data size. Results are cached for
the data generation (tracker.services.generation), so new quotations and editors' changes show
up at once; a busy speaker's tally is brought up to date with new quotations instead of read
again (tracker.services.incremental).
"""

from __future__ import annotations

import hashlib
import heapq
from array import array
from bisect import bisect_left
from collections import Counter, defaultdict
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from datetime import date, timedelta
from operator import neg
from typing import Any

from django.core.cache import cache
from django.db import models
from django.db.models import Count, Max, Min, QuerySet
from django.db.models.functions import TruncMonth

from tracker.charts import (
    fill_months,
    period_end,
    period_label,
    period_start,
    sparkline,
    volume_chart,
)
from tracker.linking.stats import widen
from tracker.models import Quotation, Source, Speaker, Statement
from tracker.services.generation import Generation, current
from tracker.services.incremental import LOOK_BACK, up_to_date
from tracker.services.search import page_slice
from tracker.services.speakers import rank_speakers
from tracker.services.stories import OUTLETS, outlet_counts


@dataclass
class Group:
    label: str
    key: str
    items: list[Quotation] = field(default_factory=list)


def group_quotations(quotations: list[Quotation], grouping: str) -> list[Group]:
    """Consecutive quotations (already sorted by date) grouped by day or month."""
    groups: list[Group] = []
    for quotation in quotations:
        start = period_start(quotation.published, grouping)
        key = start.isoformat() if start else "undated"
        if not groups or groups[-1].key != key:
            groups.append(Group(period_label(start, grouping), key))
        groups[-1].items.append(quotation)
    return groups


class Spans:
    """Per id (of a statement, a speaker): quotations, first and last day (ordinals, 0:
    undated), in parallel arrays sorted by id. A busy speaker has thousands of statements, the
    store thousands of speakers, and the tallies holding them are pickled into the cache at
    every update: arrays pickle as bytes (0.1 ms where a dict of tuples took 4 ms for 8,700
    statements, each way). New rows have the newest ids, so counting one in is nearly always
    an append."""

    __slots__ = ("ids", "counts", "firsts", "lasts")

    def __init__(self) -> None:
        # Ids as 64-bit integers; counts and day ordinals (738,000 in 2021) fit in 32.
        self.ids = array("q")
        self.counts, self.firsts, self.lasts = array("i"), array("i"), array("i")

    def __getstate__(self) -> tuple[array[int], ...]:
        return self.ids, self.counts, self.firsts, self.lasts

    def __setstate__(self, state: tuple[array[int], ...]) -> None:
        self.ids, self.counts, self.firsts, self.lasts = state

    def __contains__(self, sid: int) -> bool:
        return self.get(sid) is not None

    def __eq__(self, other: object) -> bool:
        return isinstance(other, Spans) and self._columns() == other._columns()

    def get(self, sid: int) -> tuple[int, int, int] | None:
        """(quotations, first, last) of `sid`, or None."""
        i = bisect_left(self.ids, sid)
        if i < len(self.ids) and self.ids[i] == sid:
            return self.counts[i], self.firsts[i], self.lasts[i]
        return None

    def put(self, sid: int, n: int, first: int, last: int) -> None:
        i = bisect_left(self.ids, sid)
        if i < len(self.ids) and self.ids[i] == sid:
            self.counts[i], self.firsts[i], self.lasts[i] = n, first, last
            return
        for values, value in zip(self._columns(), (sid, n, first, last), strict=True):
            values.insert(i, value)

    def count_in(self, sid: int, day: date | None) -> None:
        """One more quotation of `sid` on `day`."""
        self.put(sid, *_one_more(self.get(sid), day))

    def items(self) -> Iterator[tuple[int, tuple[int, int, int]]]:
        for sid, n, first, last in zip(*self._columns(), strict=True):
            yield sid, (n, first, last)

    def _columns(self) -> tuple[array[int], ...]:
        return self.ids, self.counts, self.firsts, self.lasts


@dataclass
class SpeakerTally:
    """What a speaker's page sums up, kept so that new quotations can be added to it."""

    monthly: Counter[date] = field(default_factory=Counter)
    count: int = 0
    first: date | None = None
    last: date | None = None
    statements: Spans = field(default_factory=Spans)

    def add(self, rows: list[dict[str, Any]]) -> SpeakerTally:
        for row in rows:
            day, sid = row["published"], row["statement_id"]
            self.count += 1
            if day is not None:
                self.monthly[day.replace(day=1)] += 1
                self.first, self.last = widen(self.first, self.last, day)
            if sid is not None:
                self.statements.count_in(sid, day)
        return self

    def most_repeated(self, limit: int = 8) -> list[tuple[int, int, date | None, date | None]]:
        """(statement, times, first, last) said more than once, most often, then latest first."""
        spans = self.statements
        top = heapq.nsmallest(
            limit,
            (
                (-n, -last, sid, first)
                for sid, n, first, last in zip(*spans._columns(), strict=True)
                if n > 1
            ),
        )
        return [(sid, -n, ordinal_day(first), ordinal_day(-last)) for n, last, sid, first in top]


# The speaker's statements quoted most often, of which those told in the most stories are shown.
REPEATED_CANDIDATES = 40
REPEATED_SHOWN = 8


def day_ordinal(day: date | None) -> int:
    return day.toordinal() if day else 0


def _one_more(span: tuple[int, int, int] | None, day: date | None) -> tuple[int, int, int]:
    """(count, first, last as ordinals) with one more quotation of `day` counted in."""
    n, first, last = span or (0, 0, 0)
    return n + 1, *widen(first, last, day_ordinal(day))


def ordinal_day(ordinal: int) -> date | None:
    return date.fromordinal(ordinal) if ordinal else None


def _tally(quotations: QuerySet[Quotation]) -> SpeakerTally:
    """The whole tally in three aggregate queries (PostgreSQL answers each from
    quote_speaker_stats_idx alone: Count("*"), not Count("pk"))."""
    tally = SpeakerTally()
    for row in (
        quotations.exclude(published=None)
        .annotate(month=TruncMonth("published"))
        .values("month")
        .annotate(n=Count("*"))
        .order_by()
    ):
        month = row["month"]
        tally.monthly[month.date() if hasattr(month, "date") else month] = row["n"]
    span = quotations.aggregate(first=Min("published"), last=Max("published"), n=Count("*"))
    tally.count, tally.first, tally.last = span["n"], span["first"], span["last"]
    for sid, n, first, last in (
        quotations.exclude(statement=None)
        .values("statement_id")
        .annotate(n=Count("*"), first=Min("published"), last=Max("published"))
        .values_list("statement_id", "n", "first", "last")
        .order_by("statement_id")  # so that each put is an append
    ):
        tally.statements.put(sid, n, day_ordinal(first), day_ordinal(last))
    return tally


def _month_links(speaker: Speaker) -> Callable[[date], str]:
    """A bar of the speaker's chart opens their timeline for that month."""
    from django.urls import reverse

    page = reverse("speaker-detail", args=[speaker.slug])  # once, not once per bar
    return lambda month: f"{page}?start={month}&end={period_end(month, 'month')}#timeline-h"


def speaker_stats(speaker: Speaker, generation: Generation | None = None) -> dict[str, Any]:
    """Monthly volume and chart, count, date range and most-repeated statements. The tally is
    cached and brought up to date with new quotations only (a busy speaker has 100k)."""
    quotations = Quotation.objects.live().filter(speaker=speaker)
    tally = up_to_date(
        f"speaker-tally:{speaker.pk}:{speaker.created_at.timestamp()}",
        generation or current(),
        quotations,
        _tally,
        SpeakerTally.add,
        ("published", "statement_id"),
    )
    # Said again in independent stories: a repeat inside one article or a reprint is not.
    repeated = tally.most_repeated(REPEATED_CANDIDATES)
    texts = (
        Statement.objects.filter(story_count__gt=1)
        .annotate(outlet_count=OUTLETS)
        .in_bulk([sid for sid, *_ in repeated])
    )
    repeated = sorted(
        (row for row in repeated if row[0] in texts),
        key=lambda row: (-texts[row[0]].story_count, -day_ordinal(row[3]), row[0]),
    )[:REPEATED_SHOWN]
    series = fill_months(tally.monthly)
    return {
        "monthly": series,
        "chart": volume_chart(
            series, f"Quotations by {speaker} per month", link=_month_links(speaker)
        ),
        "count": tally.count,
        "first": tally.first,
        "last": tally.last,
        "repeated": [
            {"statement_id": sid, "n": n, "first": first, "last": last, "statement": texts[sid]}
            for sid, n, first, last in repeated
        ],
    }


@dataclass
class Activity:
    """How often each speaker is quoted, and when first and last (dates as ordinals, 0:
    undated): the speaker list, the pickers and the home page rank speakers by it."""

    total: int = 0  # every quotation, attributed or not
    speakers: Spans = field(default_factory=Spans)

    def add(self, rows: list[dict[str, Any]]) -> Activity:
        for row in rows:
            self.total += 1
            if (pk := row["speaker_id"]) is not None:
                self.speakers.count_in(pk, row["published"])
        return self

    def ranked(self, limit: int | None = None) -> list[int]:
        """Speaker ids, most quoted first (ties by id); the first `limit` of them if given.
        Sorted as (-count, id) pairs, compared in C: a key function per speaker cost a
        first view of the speaker list several ms at 5,000 speakers."""
        order = zip(map(neg, self.speakers.counts), self.speakers.ids, strict=True)
        best = sorted(order) if limit is None else heapq.nsmallest(limit, order)
        return [pk for _, pk in best]


def _activity(quotations: QuerySet[Quotation]) -> Activity:
    """One aggregate query, which PostgreSQL answers from quote_speaker_stats_idx alone."""
    activity = Activity()
    for pk, n, first, last in (
        quotations.values("speaker_id")
        .annotate(n=Count("*"), first=Min("published"), last=Max("published"))
        .values_list("speaker_id", "n", "first", "last")
        .order_by("speaker_id")  # so that each put is an append
    ):
        activity.total += n
        if pk is not None:
            activity.speakers.put(pk, n, day_ordinal(first), day_ordinal(last))
    return activity


def activity(generation: Generation | None = None) -> Activity:
    """Counted once, then brought up to date with new quotations only."""
    return up_to_date(
        "activity",
        generation or current(),
        Quotation.objects.live(),
        _activity,
        Activity.add,
        ("speaker_id", "published"),
    )


def _with_activity(ids: list[int], counted: Activity) -> list[Speaker]:
    """The speakers of `ids`, in that order, each with n, first and last."""
    speakers = Speaker.objects.in_bulk(ids)
    rows = []
    for pk in ids:
        if (speaker := speakers.get(pk)) is None:
            continue
        n, first, last = counted.speakers.get(pk) or (0, 0, 0)
        speaker.n, speaker.first, speaker.last = n, ordinal_day(first), ordinal_day(last)
        rows.append(speaker)
    return rows


def speaker_rows(q: str, page: int, size: int) -> tuple[list[Speaker], bool]:
    """Speakers for the list: fuzzy matches for q, else the most quoted first (cached).

    Each carries n, first, last and a sparkline; only the shown speakers are fetched.
    """
    generation = current()
    key = f"tracker:speaker-rows:{page}:{size}:" + hashlib.sha256(q.encode()).hexdigest()
    cached = cache.get(key, version=generation.value)
    if cached is not None:
        return cached
    counted = activity(generation)
    if q:
        ids, has_more = [pk for pk in rank_speakers(q) if pk in counted.speakers], False
    else:
        ids, has_more = page_slice(counted.ranked(page * size + 1), page, size)
    rows = _with_activity(ids, counted)
    lines = sparklines(ids, counted, generation)
    for speaker in rows:
        speaker.spark = sparkline(lines.get(speaker.pk, []), f"Monthly quotations by {speaker}")
    cache.set(key, (rows, has_more), 3600, version=generation.value)
    return rows, has_more


SPARK_MONTHS = 24


def _month(day: date) -> int:
    """A month as one number (year * 12 + month - 1), so windows are plain arithmetic."""
    return day.year * 12 + day.month - 1


@dataclass
class Line:
    """One speaker's sparkline, kept up to date like tracker.services.incremental's results:
    quotations per month over the SPARK_MONTHS months ending at `end` (the month of their
    last dated quotation), the `n` of Activity it matches, and the ids it counted above
    `upto` - LOOK_BACK (the store's newest id when last read), so that a quotation committed
    late is counted once, late, never twice."""

    end: int
    counts: list[int]
    n: int
    upto: int
    recent: frozenset[int]

    def count_in(self, day: date | None) -> None:
        if day is None:  # undated: counted by Activity, drawn nowhere
            return
        month = _month(day)
        if month > self.end:  # a later month: the window moves on
            shift = min(month - self.end, SPARK_MONTHS)
            self.counts = [*self.counts[shift:], *[0] * shift]
            self.end = month
        if (i := month - self.end + SPARK_MONTHS - 1) >= 0:
            self.counts[i] += 1

    def drawn(self, first: date | None) -> list[int]:
        """The counts from the month of the speaker's first quotation, if that is later than
        the window's start."""
        if not self.end:  # no dated quotation yet
            return []
        start = self.end - SPARK_MONTHS + 1
        return self.counts[max(0, _month(first) - start) if first else 0 :]


def sparklines(
    speaker_ids: list[int], counted: Activity, generation: Generation
) -> dict[int, list[int]]:
    """Monthly counts per speaker over their last 24 months with data (zeros filled in).

    Each line is cached until an editor's change (`rebuilt`); when new articles quote the
    speaker, only their new quotations are read (one query by id for every such speaker),
    not their months again."""
    keys = {pk: f"tracker:spark:{pk}:{generation.rebuilt}" for pk in speaker_ids}
    found = cache.get_many(list(keys.values()))
    lines = {pk: found[key] for pk, key in keys.items() if key in found and pk in counted.speakers}
    missing = [pk for pk in speaker_ids if pk not in lines and pk in counted.speakers]
    if missing:
        lines.update(_new_lines(missing, counted))
    stale = [pk for pk, line in lines.items() if line.n != counted.speakers.get(pk)[0]]
    if stale:
        _bring_up_to_date([lines[pk] for pk in stale], stale, counted)
    cache.set_many({keys[pk]: lines[pk] for pk in {*missing, *stale}}, 3600)
    return {pk: line.drawn(ordinal_day(counted.speakers.get(pk)[1])) for pk, line in lines.items()}


def _new_lines(speaker_ids: list[int], counted: Activity) -> dict[int, Line]:
    """The lines of speakers not cached: their last months, counted (three queries)."""
    live = Quotation.objects.live()
    newest = Quotation.objects.aggregate(newest=Max("pk"))["newest"] or 0
    ends = {}
    for pk in speaker_ids:
        if last := counted.speakers.get(pk)[2]:
            ends[pk] = _month(date.fromordinal(last))
    months: dict[int, Counter[int]] = defaultdict(Counter)
    if ends:
        start = min(ends.values()) - SPARK_MONTHS + 1
        rows = (
            live.filter(speaker_id__in=list(ends))
            .filter(published__gte=date(start // 12, start % 12 + 1, 1))
            .annotate(month=TruncMonth("published"))
            .values_list("speaker_id", "month")
            .annotate(n=Count("*"))
            .order_by()
        )
        for pk, month, n in rows:
            months[pk][_month(month)] = n
    # Then the newest ids, to know which quotations were counted (as in incremental).
    recent: dict[int, set[int]] = defaultdict(set)
    for qid, pk in live.filter(speaker_id__in=speaker_ids, pk__gt=newest - LOOK_BACK).values_list(
        "pk", "speaker_id"
    ):
        recent[pk].add(qid)
        newest = max(newest, qid)
    return {
        pk: Line(
            end := ends.get(pk, 0),
            [months[pk][month] for month in range(end - SPARK_MONTHS + 1, end + 1)],
            counted.speakers.get(pk)[0],
            newest,
            frozenset(recent[pk]),
        )
        for pk in speaker_ids
    }


def _bring_up_to_date(lines: list[Line], speaker_ids: list[int], counted: Activity) -> None:
    """Count in the quotations added since each line was read: one query by id."""
    since = min(line.upto for line in lines) - LOOK_BACK
    added: dict[int, list[tuple[int, date | None]]] = defaultdict(list)
    for qid, pk, day in (
        Quotation.objects.live()
        .filter(speaker_id__in=speaker_ids, pk__gt=since)
        .values_list("pk", "speaker_id", "published")
    ):
        added[pk].append((qid, day))
    for pk, line in zip(speaker_ids, lines, strict=True):
        rows = [(qid, day) for qid, day in added[pk] if qid > line.upto - LOOK_BACK]
        for qid, day in rows:
            if qid not in line.recent:
                line.count_in(day)
        line.upto = max(line.upto, *(qid for qid, _ in rows)) if rows else line.upto
        line.recent = frozenset(qid for qid, _ in rows if qid > line.upto - LOOK_BACK)
        line.n = counted.speakers.get(pk)[0]


def store_count(model: type[models.Model], generation: Generation) -> int:
    """How many rows `model` has: counted once (a scan of every row), then brought up to date
    with the rows added since, while only new articles arrived (their ingest adds sources,
    speakers and statements; only a change that bumps `rebuilt` removes any)."""
    return up_to_date(
        f"count:{model._meta.label_lower}",
        generation,
        model.objects.all(),
        lambda rows: rows.count(),
        lambda n, added: n + len(added),
        (),
    )


# "Repeated most" on the home page: over the last this many days that have articles.
NEWS_DAYS = {"in the last 7 news days": 7, "in the last 30 news days": 30}
LATEST = 8  # latest articles, by publication date


def home_summary(today: date | None = None, generation: Generation | None = None) -> dict[str, Any]:
    """Counts, the most active speakers and the statements repeated most lately (cached)."""
    generation = generation or current()
    key = f"tracker:home:{today}"
    summary = cache.get(key, version=generation.value)
    if summary is None:
        counted = activity(generation)
        active = _with_activity(counted.ranked(8), counted)
        # The last N days that have articles, not the N days before the newest article: one
        # article dated years after the rest must not empty the lists.
        days = list(
            Source.objects.filter(published__isnull=False)
            .order_by("-published")
            .values_list("published", flat=True)
            .distinct()[: max(NEWS_DAYS.values())]
        )
        anchor = today or (days[0] if days else date.today())
        repeated, by_start = {}, {}
        for label, n in NEWS_DAYS.items():
            since = anchor - timedelta(days=n) if today or not days else days[min(n, len(days)) - 1]
            if since not in by_start:  # a small corpus gives both windows one start
                by_start[since] = list(
                    Statement.objects.filter(last_date__gte=since, story_count__gt=1).order_by(
                        "-story_count", "-last_date"
                    )[:5]
                )
            repeated[label] = by_start[since]
        outlets = outlet_counts(st.pk for shown in repeated.values() for st in shown)
        for shown in repeated.values():
            for statement in shown:
                statement.outlet_count = outlets.get(statement.pk, 0)
        latest = list(
            Source.objects.defer("text")
            .filter(published__isnull=False)
            .order_by("-published", "-id")[:LATEST]
        )
        if len(latest) < LATEST:
            latest += (
                Source.objects.defer("text")
                .filter(published__isnull=True)
                .order_by("-id")[: LATEST - len(latest)]
            )
        summary = {
            "counts": {
                "articles": store_count(Source, generation),
                "quotations": counted.total,
                "speakers": store_count(Speaker, generation),
                "statements": store_count(Statement, generation),
            },
            "active": active,
            "repeated": repeated,
            "anchor": anchor,
            "news_days": NEWS_DAYS,
            "latest": latest,
        }
        cache.set(key, summary, 3600, version=generation.value)
    return summary
