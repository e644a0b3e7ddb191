"""The compare grid: every cell's stories and outlets, the statements said in the most stories
and the longest quotation, kept up to date incrementally; topics matched on word boundaries
with stemming."""

from __future__ import annotations

import datetime
import hashlib
import itertools

import pytest
from django.core.cache import cache

from tracker.models import Quotation, Source, Speaker, Statement, Story
from tracker.services.compare_grid import compare_grid

pytestmark = pytest.mark.django_db

_n = itertools.count()


def quote(
    speaker: Speaker,
    day: datetime.date | None,
    topic: str = "tariffs",
    *,
    source: Source | None = None,
    story: Story | None = None,
    outlet: str = "",
    statement: Statement | None = None,
) -> Quotation:
    """A quotation in an article of its own (or `source`), which is a story of its own (or in
    `story`)."""
    n = next(_n)
    text = f"We will talk about {topic} again, time {n}"
    if source is None:
        source = Source.objects.create(
            text=text, content_hash=hashlib.sha256(text.encode()).hexdigest(), published=day,
            story=story, outlet=outlet,
        )
    return Quotation.objects.create(
        source=source, start=0, end=len(text), text=text, speaker=speaker, published=day,
        statement=statement,
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


def shown(rows) -> dict[tuple[str, str], tuple]:
    """Per cell: (stories, outlets, quotations, [(statement id, stories)], longest id)."""
    return {
        (row.key, cell["speaker"].slug): (
            cell["stories"],
            cell["outlets"],
            cell["count"],
            [(r["statement"].pk, r["stories"]) for r in cell["repeated"]],
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


def test_a_cell_names_the_statements_said_in_the_most_stories(pair):
    busy, _ = pair
    april = datetime.date(2020, 4, 2)
    said = Statement.objects.create(text="We will talk about tariffs", quotation_count=3)
    reprinted = Statement.objects.create(text="Tariffs in a wire story", quotation_count=2)
    in_one_article = Statement.objects.create(text="Tariffs, tariffs", quotation_count=4)
    for day in (2, 3, 4):
        quote(busy, datetime.date(2020, 4, day), statement=said, outlet=f"Outlet {day}")
    # A wire story printed by two outlets, then told again in a story of its own.
    wire = Story.objects.create()
    for outlet in ("AP", "Yahoo"):
        quote(busy, april, statement=reprinted, story=wire, outlet=outlet)
    quote(busy, april, statement=reprinted, outlet="AP")
    # A pull-quote repeating the body four times is one story.
    first = quote(busy, april, statement=in_one_article, outlet="Outlet 2")
    for _ in range(3):
        quote(busy, april, statement=in_one_article, source=first.source)
    [row] = compare_grid(pair, "tariffs", "month")
    stories, outlets, count, repeated, _ = shown([row])[("2020-04-01", "busy-bee")]
    # 3 + 2 + 1 stories, outlets 2, 3, 4, AP and Yahoo, 3 + 3 + 4 quotations.
    assert (stories, outlets, count) == (6, 5, 10)
    assert repeated == [(said.pk, 3), (reprinted.pk, 2)]
    assert row.cells[1]["repeated"] == []


def test_the_cell_page_says_stories_and_outlets(pair, client):
    busy, quiet = pair
    said = Statement.objects.create(text="We will talk about tariffs", quotation_count=2)
    for day in (2, 3):
        quote(busy, datetime.date(2020, 4, day), statement=said, outlet=f"Outlet {day}")
    quote(quiet, datetime.date(2020, 4, 9), outlet="Outlet 2")
    body = client.get("/compare/?speaker=busy-bee&speaker=quiet-quinn&q=tariffs").text
    assert "2 stories, 2 outlets" in body and "1 story, 1 outlet" in body
    assert "Said most, in 2 stories" in body and said.get_absolute_url() in body


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
        brought_up = shown(compare_grid(pair, "tariffs", "week"))
    cache.clear()
    fresh = shown(compare_grid(pair, "tariffs", "week"))
    assert brought_up == fresh
    assert fresh[("2021-06-14", "busy-bee")][:3] == (2, 0, 2)
    assert fresh[("undated", "busy-bee")][:3] == (1, 0, 1)
    assert next(iter(fresh))[0] == "2021-06-28"  # the newest week comes first


def test_new_reprints_and_repeats_are_counted_once_when_brought_up_to_date(pair, new_data):
    busy, _ = pair
    june = datetime.date(2021, 6, 3)
    said = Statement.objects.create(text="We will talk about tariffs", quotation_count=1)
    wire = Story.objects.create()
    first = quote(busy, june, statement=said, story=wire, outlet="AP")
    compare_grid(pair, "tariffs", "month")
    quote(busy, june, statement=said, source=first.source)  # a repeat inside the article
    quote(busy, june, statement=said, story=wire, outlet="Yahoo")  # a reprint
    quote(busy, june, statement=said, outlet="NYT")  # a story of its own
    new_data(appended_only=True)
    brought_up = shown(compare_grid(pair, "tariffs", "month"))
    cache.clear()
    fresh = shown(compare_grid(pair, "tariffs", "month"))
    assert brought_up == fresh
    assert fresh[("2021-06-01", "busy-bee")][:4] == (2, 3, 4, [(said.pk, 2)])


def test_on_a_tie_the_longer_statement_shows_first(pair):
    busy, _ = pair
    fragment = Statement.objects.create(text="You tell me,", quotation_count=2)
    sentence = Statement.objects.create(
        text="We will talk about tariffs with every partner until the deal is fair",
        quotation_count=2,
    )
    for statement in (fragment, sentence, fragment, sentence):
        quote(busy, datetime.date(2020, 4, 2), statement=statement)
    [row] = compare_grid(pair, "tariffs", "month")
    assert [r["statement"] for r in row.cells[0]["repeated"]] == [sentence, fragment]
