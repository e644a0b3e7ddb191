"""Ranked search (PostgreSQL): a cached ranking brought up to date with new quotations only."""

from __future__ import annotations

import datetime
import hashlib
import itertools

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse

from tracker.models import Quotation, Source, Speaker
from tracker.services import ranked_search
from tracker.services.generation import current
from tracker.services.ranked_search import ranked_page, ranking
from tracker.services.search import filter_quotations

pytestmark = [
    pytest.mark.django_db,
    pytest.mark.skipif(
        connection.vendor != "postgresql", reason="ranked search is PostgreSQL full-text search"
    ),
]

_n = itertools.count()


@pytest.fixture(autouse=True)
def _generations(new_data):
    global moved
    moved = new_data


def quote(text: str, day: datetime.date | None = datetime.date(2018, 8, 4)) -> Quotation:
    n = next(_n)
    source = Source.objects.create(
        text=f"{text} {n}", content_hash=hashlib.sha256(f"{text}{n}".encode()).hexdigest()
    )
    speaker, _ = Speaker.objects.get_or_create(name="Rae Rank", slug="rae-rank")
    made = Quotation.objects.create(
        source=source, start=0, end=len(text), text=text, speaker=speaker, published=day
    )
    moved(appended_only=True)  # committed as ingestion commits one
    return made


def texts(n: int) -> list[str]:
    """Quotes that mention sanctions once, twice or three times: ranks tie and differ."""
    return [" ".join(["sanctions"] * (1 + i % 3) + ["on", "oil", f"shipment{i}"]) for i in range(n)]


def every_match_ranked() -> list[int]:
    return list(filter_quotations(q="sanctions", rank=True).values_list("pk", flat=True))


def cached_order() -> list[int]:
    ranked = ranking(filter_quotations(q="sanctions", rank=True), "sanctions", current())
    return [pk for _, _, pk in ranked.best]


def test_new_quotations_are_merged_into_the_cached_ranking_exactly(db):
    for i, text in enumerate(texts(12)):
        quote(text, datetime.date(2018, 1, 1 + i) if i % 4 else None)
    assert cached_order() == every_match_ranked()
    for i, text in enumerate(texts(7)):
        quote(text, datetime.date(2017, 6, 1 + i))  # older articles, ingested later
    quote("nothing to see here")
    with CaptureQueriesContext(connection) as queries:
        order = cached_order()
    assert order == every_match_ranked() and len(order) == 19
    # Only the quotations added since were ranked: the query is bounded by id.
    assert any('"tracker_quotation"."id" >' in q["sql"] for q in queries.captured_queries)


def test_an_editors_change_ranks_everything_again(db):
    first = [quote(text) for text in texts(3)]
    cached_order()
    Quotation.objects.filter(pk=first[0].pk).update(text="no longer about that")
    assert first[0].pk in cached_order()  # the cache does not know yet
    moved()  # the editor's change commits
    assert cached_order() == every_match_ranked() and first[0].pk not in cached_order()


def test_pages_past_the_cached_depth_are_ranked_by_the_database(db, monkeypatch):
    monkeypatch.setattr(ranked_search, "DEPTH", 4)
    for text in texts(9):
        quote(text)
    matches = filter_quotations(q="sanctions", rank=True)
    pages = [ranked_page(matches, "sanctions", current(), page, 2) for page in range(1, 6)]
    assert [q.pk for rows, _ in pages for q in rows] == every_match_ranked()
    assert [more for _, more in pages] == [True, True, True, True, False]


def test_search_page_shows_a_quotation_added_after_the_ranking_was_cached(client, db):
    for text in texts(5):
        quote(text)
    url = reverse("quotation-list")
    assert "shipment99" not in client.get(url, {"q": "sanctions"}).text
    quote("sanctions sanctions sanctions sanctions on oil shipment99")
    body = client.get(url, {"q": "sanctions"}).text
    assert "shipment99" in body
    assert body.index("shipment99") < body.index("shipment0")  # the best match comes first
