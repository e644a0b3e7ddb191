"""What a search adds up to: how many quotations and stories match, who says it, which
outlets report it, and how many stories a week or month carry it (the attention chart).

Every count is a sum, so the tally is cached and brought up to date with the quotations of new
articles only (tracker.services.incremental), like the speaker pages: a common word matches
tens of thousands of quotations at 1M, and a new article should not mean counting them again.
Stories are counted per day: an article has one date, so its quotations on that day count
it once, and the stories of a week or a month are the sum of their days.
"""

from __future__ import annotations

import hashlib
from collections import Counter, defaultdict
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date
from typing import Any

from django.db.models import Count, QuerySet

from tracker.charts import VolumeChart, fill_periods, period_start, volume_chart
from tracker.models import Quotation, Speaker
from tracker.services.generation import Generation
from tracker.services.incremental import up_to_date
from tracker.services.timelines import day_ordinal

FACETS = 8  # speakers and outlets listed
WEEKS_AT_MOST = 40  # a longer span is charted by month


@dataclass
class SearchTally:
    """The counts of a search, pickled into the cache after every update. Days are ordinals
    (0: undated): a common word is quoted on thousands of days, and pickling a date object
    costs fifty times an int (6 ms against 0.1 ms for ten years of days)."""

    total: int = 0
    speakers: Counter[int | None] = field(default_factory=Counter)
    outlets: Counter[str] = field(default_factory=Counter)
    stories: Counter[int] = field(default_factory=Counter)  # per day, by ordinal

    def add(self, rows: list[dict[str, Any]]) -> SearchTally:
        sources: dict[int, set[int]] = defaultdict(set)
        for row in rows:
            self.total += 1
            self.speakers[row["speaker_id"]] += 1
            self.outlets[row["source__outlet"]] += 1
            sources[day_ordinal(row["published"])].add(row["source_id"])
        for day, ids in sources.items():
            self.stories[day] += len(ids)
        return self


def _tally(quotations: QuerySet[Quotation]) -> SearchTally:
    """Three grouped counts over the matches; no row leaves the database."""
    tally = SearchTally()
    quotations = quotations.order_by()
    for speaker_id, n in quotations.values_list("speaker_id").annotate(n=Count("pk")):
        tally.speakers[speaker_id] = n
        tally.total += n
    for outlet, n in quotations.values_list("source__outlet").annotate(n=Count("pk")):
        tally.outlets[outlet] += n
    for day, n in quotations.values_list("published").annotate(n=Count("source_id", distinct=True)):
        tally.stories[day_ordinal(day)] = n
    return tally


@dataclass(frozen=True)
class Facet:
    label: str
    value: str  # what the filter takes (a speaker's slug, an outlet's name)
    count: int


@dataclass(frozen=True)
class SearchSummary:
    total: int
    stories: int
    speakers: list[Facet]
    outlets: list[Facet]
    unit: str  # "week" or "month"
    series: list[tuple[date, int]]
    chart: VolumeChart | None


def chart_unit(first: int, last: int, asked: str = "") -> str:
    """Weeks for a span (day ordinals) of up to WEEKS_AT_MOST weeks, else months."""
    if asked in ("week", "month"):
        return asked
    if first and last - first <= WEEKS_AT_MOST * 7:
        return "week"
    return "month"


_PERIODS: dict[str, dict[int, date]] = {"week": {}, "month": {}}


def per_period(stories: dict[int, int], unit: str) -> Counter[date]:
    """Stories per day (ordinals) summed by week or month. The period of each day is
    remembered: a search's tally holds thousands of days, and a date object made per day
    cost more than the rest of the summary."""
    periods = _PERIODS[unit]
    if len(periods) > 100_000:  # bounded: centuries of days
        periods.clear()
    out: Counter[date] = Counter()
    for day, n in stories.items():
        if day and n:
            period = periods.get(day)
            if period is None:
                period = periods[day] = period_start(date.fromordinal(day), unit)
            out[period] += n
    return out


def search_summary(
    quotations: QuerySet[Quotation],
    search: str,
    generation: Generation,
    link: Callable[[date, str], str],
    unit: str = "",
    label: str = "Stories quoting it",
) -> SearchSummary:
    """The totals, facets and attention chart of `quotations` (a filtered, unordered search;
    `search` names the query and filters). `link(period_start, unit)` is each bar's URL."""
    key = "search-tally:" + hashlib.sha256(search.encode()).hexdigest()
    tally = up_to_date(
        key,
        generation,
        quotations,
        _tally,
        SearchTally.add,
        ("speaker_id", "source__outlet", "published", "source_id"),
    )
    # One more than shown: the unnamed (None) may be among the most quoted.
    top = [(pk, n) for pk, n in tally.speakers.most_common(FACETS + 1) if pk is not None]
    top = top[:FACETS]
    names = Speaker.objects.in_bulk([pk for pk, _ in top])
    speakers = [Facet(names[pk].name, names[pk].slug, n) for pk, n in top if pk in names]
    outlets = [Facet(n, n, c) for n, c in tally.outlets.most_common(FACETS + 1) if n][:FACETS]
    dated = [day for day, n in tally.stories.items() if day and n]
    unit = chart_unit(min(dated, default=0), max(dated, default=0), unit)
    series = fill_periods(per_period(tally.stories, unit), unit)
    chart = volume_chart(series, label, unit=unit, link=lambda d: link(d, unit), noun="stories")
    return SearchSummary(
        total=tally.total,
        stories=sum(tally.stories.values()),
        speakers=speakers,
        outlets=outlets,
        unit=unit,
        series=series,
        chart=chart,
    )
