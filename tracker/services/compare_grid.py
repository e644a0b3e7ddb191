"""The compare grid: periods (newest first) by speakers, each cell a count and the newest
quotations of that speaker in that period.

The tally behind it is cached and brought up to date with new quotations only
(tracker.services.incremental), so a new article does not make the next view count every
match of two busy speakers again.
"""

from __future__ import annotations

import hashlib
from collections import Counter
from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any

from django.core.cache import cache
from django.db.models import Count, F, Window
from django.db.models.functions import RowNumber, TruncMonth, TruncWeek, TruncYear

from tracker.models import Quotation, Speaker
from tracker.services.generation import Generation, current
from tracker.services.incremental import up_to_date
from tracker.services.search import filter_quotations
from tracker.services.timelines import period_label, period_start

TRUNC = {"week": TruncWeek, "month": TruncMonth, "year": TruncYear}
PER_CELL = 3  # quotations shown in a cell
MAX_ROWS = 24  # dated periods shown, newest first


@dataclass
class CompareRow:
    label: str
    key: str
    cells: list[dict[str, Any]]


Cell = tuple[date | None, int]  # (period start, speaker id)


@dataclass
class CompareTally:
    """Counts and the newest PER_CELL quotations, as (published ordinal, id), of every cell."""

    period: str
    counts: Counter[Cell] = field(default_factory=Counter)
    newest: dict[Cell, list[tuple[int, int]]] = field(default_factory=dict)

    def keep(self, cell: Cell, day: date | None, pk: int) -> None:
        sample = self.newest.setdefault(cell, [])
        sample.append((day.toordinal() if day else 0, pk))
        sample.sort(reverse=True)
        del sample[PER_CELL:]

    def add(self, rows: list[dict[str, Any]]) -> CompareTally:
        for row in rows:
            cell = (period_start(row["published"], self.period), row["speaker_id"])
            self.counts[cell] += 1
            self.keep(cell, row["published"], row["pk"])
        return self


def _day(value: date | datetime | None) -> date | None:
    return value.date() if isinstance(value, datetime) else value  # TruncWeek may give one


def _tally(quotations, period: str) -> CompareTally:
    """Two queries: the counts per cell, then the newest quotations of each cell (a window
    function numbers them within their cell)."""
    tally = CompareTally(period)
    trunc = TRUNC[period]("published")
    for row in (
        quotations.annotate(period=trunc).values("period", "speaker_id").annotate(n=Count("pk"))
    ).order_by():
        tally.counts[(_day(row["period"]), row["speaker_id"])] = row["n"]
    newest = (
        quotations.annotate(
            period=trunc,
            nth=Window(
                RowNumber(),
                partition_by=[F("speaker_id"), trunc],
                order_by=[F("published").desc(), F("pk").desc()],
            ),
        )
        .filter(nth__lte=PER_CELL)
        .values_list("period", "speaker_id", "published", "pk")
        .order_by()
    )
    for day, speaker, published, pk in newest:
        tally.keep((_day(day), speaker), published, pk)
    return tally


def compare_grid(
    speakers: list[Speaker], q: str, period: str, generation: Generation | None = None
) -> list[CompareRow]:
    """Rows of periods (newest first, undated last), one cell per speaker: count and samples;
    cached for the data generation, built from the (incremental) tally on a miss."""
    generation = generation or current()
    ids = ",".join(f"{s.pk}.{s.created_at.timestamp()}" for s in speakers)
    key = "compare:" + hashlib.sha256(f"{ids}:{period}:{q}".encode()).hexdigest()
    rows = cache.get(f"tracker:{key}", version=generation.value)
    if rows is None:
        tally = up_to_date(
            key,
            generation,
            filter_quotations(q=q, speakers=speakers),
            lambda quotations: _tally(quotations, period),
            CompareTally.add,
            ("published", "speaker_id"),
        )
        rows = _rows(speakers, period, tally)
        cache.set(f"tracker:{key}", rows, 3600, version=generation.value)
    return rows


def _rows(speakers: list[Speaker], period: str, tally: CompareTally) -> list[CompareRow]:
    periods = {day for day, _ in tally.counts}
    shown: list[date | None] = sorted((p for p in periods if p is not None), reverse=True)
    shown = shown[:MAX_ROWS] + ([None] if None in periods else [])
    cells = [(day, s.pk) for day in shown for s in speakers]
    wanted = [pk for cell in cells for _, pk in tally.newest.get(cell, [])]
    quotations = Quotation.objects.select_related("source").in_bulk(wanted)
    return [
        CompareRow(
            period_label(day, period),
            day.isoformat() if day else "undated",
            [
                {
                    "speaker": s,
                    "count": tally.counts.get((day, s.pk), 0),
                    "quotes": [
                        quotations[pk]
                        for _, pk in tally.newest.get((day, s.pk), [])
                        if pk in quotations
                    ],
                }
                for s in speakers
            ],
        )
        for day in shown
    ]
