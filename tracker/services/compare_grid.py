"""The compare grid: periods (newest first) by speakers; each cell counts what the speaker
said on the topic in that period and shows the statement they repeated most (with how often)
and their longest quotation.

Topic words match through the one matcher (tracker.services.search.match_text): on word
boundaries, with stemming ("immigration" finds "immigrants"; "wall" is not "swallowing").
The tally behind the grid is cached and brought up to date with new quotations only
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
from django.db.models.functions import Length, RowNumber, TruncMonth, TruncWeek, TruncYear

from tracker.models import Quotation, Speaker, Statement
from tracker.services.generation import Generation, current
from tracker.services.incremental import up_to_date
from tracker.services.search import filter_quotations
from tracker.services.timelines import period_label, period_start

TRUNC = {"week": TruncWeek, "month": TruncMonth, "year": TruncYear}
MAX_ROWS = 24  # dated periods shown, newest first


@dataclass
class CompareRow:
    label: str
    key: str
    cells: list[dict[str, Any]]


Cell = tuple[date | None, int]  # (period start, speaker id)


@dataclass
class CompareTally:
    """Per cell: the count, quotations per statement, and the longest quotation
    (length, id)."""

    period: str
    counts: Counter[Cell] = field(default_factory=Counter)
    statements: dict[Cell, Counter[int]] = field(default_factory=dict)
    longest: dict[Cell, tuple[int, int]] = field(default_factory=dict)

    def keep_longest(self, cell: Cell, length: int, pk: int) -> None:
        if (length, pk) > self.longest.get(cell, (-1, 0)):
            self.longest[cell] = (length, pk)

    def add(self, rows: list[dict[str, Any]]) -> CompareTally:
        for row in rows:
            cell = (period_start(row["published"], self.period), row["speaker_id"])
            self.counts[cell] += 1
            if row["statement_id"] is not None:
                self.statements.setdefault(cell, Counter())[row["statement_id"]] += 1
            self.keep_longest(cell, len(row["text"]), row["pk"])
        return self

    def most_repeated(self, cell: Cell) -> tuple[int, int] | None:
        """(statement id, quotations in the cell) of the statement said most often there."""
        counted = self.statements.get(cell)
        if not counted:
            return None
        sid, n = min(counted.items(), key=lambda item: (-item[1], item[0]))
        return (sid, n) if n > 1 else None


def _day(value: date | datetime | None) -> date | None:
    return value.date() if isinstance(value, datetime) else value  # TruncWeek may give one


def _tally(quotations, period: str) -> CompareTally:
    """Three grouped queries: the counts per cell, the statements per cell, then each cell's
    longest quotation (a window function ranks them within their cell)."""
    tally = CompareTally(period)
    trunc = TRUNC[period]("published")
    by_cell = quotations.annotate(period=trunc).order_by()
    for row in by_cell.values("period", "speaker_id").annotate(n=Count("pk")):
        tally.counts[(_day(row["period"]), row["speaker_id"])] = row["n"]
    for row in (
        by_cell.exclude(statement=None)
        .values("period", "speaker_id", "statement_id")
        .annotate(n=Count("pk"))
    ):
        cell = (_day(row["period"]), row["speaker_id"])
        tally.statements.setdefault(cell, Counter())[row["statement_id"]] = row["n"]
    longest = (
        quotations.annotate(
            period=trunc,
            length=Length("text"),
            nth=Window(
                RowNumber(),
                partition_by=[F("speaker_id"), trunc],
                order_by=[Length("text").desc(), F("pk").desc()],
            ),
        )
        .filter(nth=1)
        .values_list("period", "speaker_id", "length", "pk")
        .order_by()
    )
    for day, speaker, length, pk in longest:
        tally.keep_longest((_day(day), speaker), length, pk)
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
            ("published", "speaker_id", "statement_id", "text"),
        )
        rows = _rows(speakers, period, tally)
        cache.set(f"tracker:{key}", rows, 3600, version=generation.value)
    return rows


def _rows(speakers: list[Speaker], period: str, tally: CompareTally) -> list[CompareRow]:
    periods = {day for day, _ in tally.counts}
    shown: list[date | None] = sorted((p for p in periods if p is not None), reverse=True)
    shown = shown[:MAX_ROWS] + ([None] if None in periods else [])
    cells = [(day, s.pk) for day in shown for s in speakers]
    repeated = {cell: tally.most_repeated(cell) for cell in cells}
    statements = Statement.objects.in_bulk([r[0] for r in repeated.values() if r])
    quotations = Quotation.objects.select_related("source").in_bulk(
        [tally.longest[cell][1] for cell in cells if cell in tally.longest]
    )
    rows = []
    for day in shown:
        row = []
        for s in speakers:
            cell = (day, s.pk)
            top = repeated[cell]
            longest = tally.longest.get(cell)
            row.append(
                {
                    "speaker": s,
                    "count": tally.counts.get(cell, 0),
                    "repeated": statements.get(top[0]) if top else None,
                    "repeated_n": top[1] if top else 0,
                    "longest": quotations.get(longest[1]) if longest else None,
                }
            )
        rows.append(
            CompareRow(period_label(day, period), day.isoformat() if day else "undated", row)
        )
    return rows
