"""The compare grid: periods (newest first) by speakers; each cell counts the independent
stories and the outlets in which the speaker said something on the topic in that period, and
shows the statements they repeated most (in the most stories, reprints and repeats inside one
article counting once: tracker.linking.stats) and their longest quotation.

Topic words match through the one matcher (tracker.services.search.match_text): on word
boundaries, with stemming ("immigration" finds "immigrants"; "wall" is not "swallowing").
The tally behind the grid is cached and brought up to date with new quotations only
(tracker.services.incremental), so a new article does not make the next view count every
match of two busy speakers again.
"""

from __future__ import annotations

import hashlib
import heapq
from collections import Counter
from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any

from django.core.cache import cache
from django.db.models import Count, F, Value, Window
from django.db.models.functions import Coalesce, Length, RowNumber, TruncMonth, TruncWeek, TruncYear

from tracker.charts import period_label, period_start
from tracker.linking.stats import story_of
from tracker.models import Quotation, Speaker, Statement
from tracker.services.generation import Generation, current
from tracker.services.incremental import up_to_date
from tracker.services.search import filter_quotations

TRUNC = {"week": TruncWeek, "month": TruncMonth, "year": TruncYear}
MAX_ROWS = 24  # dated periods shown, newest first
REPEATED_SHOWN = 2  # statements said in two or more stories, shown per cell
# Of the statements told in the most stories, these many are read: on a tie the longest shows
# ("You tell me," in two stories gives way to a sentence in two stories).
REPEATED_CANDIDATES = 8
# The fields a new quotation brings to the tally (tracker.services.incremental).
FIELDS = ("published", "speaker_id", "statement_id", "text", "source__story_id", "source_id",
          "source__outlet")


@dataclass
class CompareRow:
    label: str
    key: str
    cells: list[dict[str, Any]]


Cell = tuple[date | None, int]  # (period start, speaker id)


def _add_story(stories: int | set[int] | None, story: int) -> int | set[int]:
    """One story id, until there are two (most statements are told in one story)."""
    if stories is None:
        return story
    if isinstance(stories, int):
        return stories if stories == story else {stories, story}
    stories.add(story)
    return stories


def _story_count(stories: int | set[int]) -> int:
    return 1 if isinstance(stories, int) else len(stories)


@dataclass
class CompareTally:
    """Per cell: its quotations, stories and outlets, the stories each statement is told in
    there, and the longest quotation (length, id)."""

    period: str
    counts: Counter[Cell] = field(default_factory=Counter)
    stories: dict[Cell, set[int]] = field(default_factory=dict)
    outlets: dict[Cell, set[str]] = field(default_factory=dict)
    statements: dict[Cell, dict[int, int | set[int]]] = field(default_factory=dict)
    longest: dict[Cell, tuple[int, int]] = field(default_factory=dict)

    def keep_longest(self, cell: Cell, length: int, pk: int) -> None:
        if (length, pk) > self.longest.get(cell, (-1, 0)):
            self.longest[cell] = (length, pk)

    def told(self, cell: Cell, story: int, outlet: str, statement: int | None) -> None:
        """One story (and its outlet) in which the cell's speaker said `statement`."""
        self.stories.setdefault(cell, set()).add(story)
        if outlet:
            self.outlets.setdefault(cell, set()).add(outlet)
        if statement is not None:
            said = self.statements.setdefault(cell, {})
            said[statement] = _add_story(said.get(statement), story)

    def add(self, rows: list[dict[str, Any]]) -> CompareTally:
        for row in rows:
            cell = (period_start(row["published"], self.period), row["speaker_id"])
            self.counts[cell] += 1
            story = story_of(row["source__story_id"], row["source_id"])
            self.told(cell, story, row["source__outlet"], row["statement_id"])
            self.keep_longest(cell, len(row["text"]), row["pk"])
        return self

    def most_repeated(self, cell: Cell, limit: int = REPEATED_CANDIDATES) -> list[tuple[int, int]]:
        """(statement id, stories in the cell) of the statements told in the most independent
        stories there, two or more, the oldest statement first on a tie."""
        said = self.statements.get(cell)
        if not said:
            return []
        top = heapq.nsmallest(
            limit, ((-_story_count(v), sid) for sid, v in said.items() if not isinstance(v, int))
        )
        return [(sid, -n) for n, sid in top]


def _day(value: date | datetime | None) -> date | None:
    return value.date() if isinstance(value, datetime) else value  # TruncWeek may give one


def _tally(quotations, period: str) -> CompareTally:
    """Three queries: the quotations per cell, the distinct (cell, story, outlet, statement)
    rows, then each cell's longest quotation (a window function ranks them within their
    cell)."""
    tally = CompareTally(period)
    trunc = TRUNC[period]("published")
    by_cell = quotations.annotate(period=trunc).order_by()
    for row in by_cell.values("period", "speaker_id").annotate(n=Count("pk")):
        tally.counts[(_day(row["period"]), row["speaker_id"])] = row["n"]
    # A source with no story yet is a story of its own (story_of: minus its id).
    story = Coalesce("source__story_id", Value(0) - F("source_id"))
    for day, speaker, told_in, outlet, statement in (
        by_cell.annotate(told_in=story)
        .values_list("period", "speaker_id", "told_in", "source__outlet", "statement_id")
        .distinct()
    ):
        tally.told((_day(day), speaker), told_in, outlet, statement)
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
            FIELDS,
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
    statements = Statement.objects.in_bulk(
        [sid for top in repeated.values() for sid, _ in top]
    )
    quotations = Quotation.objects.as_rows().in_bulk(
        [tally.longest[cell][1] for cell in cells if cell in tally.longest]
    )
    rows = []
    for day in shown:
        row = []
        for s in speakers:
            cell = (day, s.pk)
            top = sorted(
                ((statements[sid], n) for sid, n in repeated[cell] if sid in statements),
                key=lambda pair: (-pair[1], -len(pair[0].text.split()), pair[0].pk),
            )[:REPEATED_SHOWN]
            longest = tally.longest.get(cell)
            quotation = quotations.get(longest[1]) if longest else None
            if quotation is not None and any(quotation.statement_id == st.pk for st, _ in top):
                quotation = None  # its statement is shown already, as said most
            row.append(
                {
                    "speaker": s,
                    "count": tally.counts.get(cell, 0),
                    "stories": len(tally.stories.get(cell, ())),
                    "outlets": len(tally.outlets.get(cell, ())),
                    "repeated": [{"statement": st, "stories": n} for st, n in top],
                    "longest": quotation,
                }
            )
        rows.append(
            CompareRow(period_label(day, period), day.isoformat() if day else "undated", row)
        )
    return rows
