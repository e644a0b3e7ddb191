"""The compare grid: every cell's count and newest quotations, kept up to date incrementally."""

from __future__ import annotations

import datetime
import hashlib
import itertools

import pytest
from django.core.cache import cache

from tracker.models import Quotation, Source, Speaker
from tracker.services.compare_grid import compare_grid

pytestmark = pytest.mark.django_db

_n = itertools.count()


def quote(speaker: Speaker, day: datetime.date | None, topic: str = "tariffs") -> Quotation:
    n = next(_n)
    text = f"We will talk about {topic} again, time {n}"
    source = Source.objects.create(
        text=text, content_hash=hashlib.sha256(text.encode()).hexdigest(), published=day
    )
    return Quotation.objects.create(
        source=source, start=0, end=len(text), text=text, speaker=speaker, published=day
    )


@pytest.fixture
def pair(db) -> list[Speaker]:
    return [
        Speaker.objects.create(name="Busy Bee", slug="busy-bee"),
        Speaker.objects.create(name="Quiet Quinn", slug="quiet-quinn"),
    ]


def cells(rows) -> dict[tuple[str, str], tuple[int, list[int]]]:
    return {
        (row.key, cell["speaker"].slug): (cell["count"], [q.pk for q in cell["quotes"]])
        for row in rows
        for cell in row.cells
    }


def test_a_busy_month_does_not_leave_older_months_without_quotations(pair):
    busy, quiet = pair
    for day in range(1, 29):  # far more than the grid shows in March 2020
        quote(busy, datetime.date(2020, 3, day))
    january = [quote(busy, datetime.date(2020, 1, 5)), quote(busy, datetime.date(2020, 1, 9))]
    quote(quiet, datetime.date(2020, 1, 7))
    quote(quiet, None)
    grid = cells(compare_grid(pair, "tariffs", "month"))
    assert grid[("2020-03-01", "busy-bee")][0] == 28
    assert len(grid[("2020-03-01", "busy-bee")][1]) == 3
    assert grid[("2020-01-01", "busy-bee")] == (2, [january[1].pk, january[0].pk])
    assert grid[("2020-01-01", "quiet-quinn")][0] == 1
    assert grid[("undated", "quiet-quinn")][0] == 1
    assert grid[("2020-03-01", "quiet-quinn")] == (0, [])


def test_a_grid_brought_up_to_date_equals_a_fresh_one(
    pair, django_assert_max_num_queries, new_data
):
    busy, quiet = pair
    for day in (3, 10, 17):
        quote(busy, datetime.date(2021, 6, day))
        quote(quiet, datetime.date(2021, 5, day))
    compare_grid(pair, "tariffs", "week")
    quote(busy, datetime.date(2021, 6, 18))  # joins a week already shown
    quote(quiet, datetime.date(2021, 7, 1))  # a new, newest week
    quote(quiet, datetime.date(2021, 7, 1), topic="weather")  # not about tariffs
    quote(busy, None)
    new_data(appended_only=True)
    with django_assert_max_num_queries(3):  # the generation, the new rows, the quotations shown
        brought_up = cells(compare_grid(pair, "tariffs", "week"))
    cache.clear()
    fresh = cells(compare_grid(pair, "tariffs", "week"))
    assert brought_up == fresh
    assert fresh[("2021-06-14", "busy-bee")][0] == 2
    assert fresh[("undated", "busy-bee")][0] == 1
    assert next(iter(fresh))[0] == "2021-06-28"  # the newest week comes first
