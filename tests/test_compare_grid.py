"""The compare grid: every cell's count, most repeated statement and longest quotation, kept
up to date incrementally; topics matched on word boundaries with stemming."""

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


def cells(rows) -> dict[tuple[str, str], tuple[int, int | None]]:
    return {
        (row.key, cell["speaker"].slug): (
            cell["count"],
            cell["longest"].pk if cell["longest"] else None,
        )
        for row in rows
        for cell in row.cells
    }


def test_every_cell_counts_and_shows_its_longest_quotation(pair):
    busy, quiet = pair
    for day in range(1, 29):
        quote(busy, datetime.date(2020, 3, day))
    january = [quote(busy, datetime.date(2020, 1, 5)), quote(busy, datetime.date(2020, 1, 9))]
    Quotation.objects.filter(pk=january[0].pk).update(text=january[0].text + " and more tariffs")
    quote(quiet, datetime.date(2020, 1, 7))
    quote(quiet, None)
    grid = cells(compare_grid(pair, "tariffs", "month"))
    assert grid[("2020-03-01", "busy-bee")][0] == 28
    assert grid[("2020-01-01", "busy-bee")] == (2, january[0].pk)
    assert grid[("2020-01-01", "quiet-quinn")][0] == 1
    assert grid[("undated", "quiet-quinn")][0] == 1
    assert grid[("2020-03-01", "quiet-quinn")] == (0, None)


def test_a_cell_names_the_statement_said_most_often_with_its_count(pair):
    from tracker.models import Statement

    busy, _ = pair
    said = Statement.objects.create(text="We will talk about tariffs", quotation_count=3)
    other = Statement.objects.create(text="Tariffs once", quotation_count=1)
    for day, statement in ((2, said), (3, said), (4, said), (5, other)):
        q = quote(busy, datetime.date(2020, 4, day))
        Quotation.objects.filter(pk=q.pk).update(statement=statement)
    [row] = compare_grid(pair, "tariffs", "month")
    cell = row.cells[0]
    assert (cell["count"], cell["repeated"], cell["repeated_n"]) == (4, said, 3)
    assert row.cells[1]["repeated"] is None


def test_topics_match_whole_words_with_stemming(pair):
    busy, quiet = pair
    day = datetime.date(2020, 5, 1)
    immigrants = quote(busy, day, topic="immigrants")
    quote(busy, day, topic="swallowing pride")
    wall = quote(quiet, day, topic="the wall")
    grid = cells(compare_grid(pair, "immigration", "month"))
    assert grid[("2020-05-01", "busy-bee")] == (1, immigrants.pk)
    cache.clear()
    grid = cells(compare_grid(pair, "wall", "month"))
    assert grid[("2020-05-01", "busy-bee")] == (0, None)  # not "swallowing"
    assert grid[("2020-05-01", "quiet-quinn")] == (1, wall.pk)


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
