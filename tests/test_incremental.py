"""Cached results brought up to date with new quotations only, counted once each."""

from __future__ import annotations

import hashlib
import itertools

import pytest

from tracker.models import Quotation, Source
from tracker.services.generation import current
from tracker.services.incremental import up_to_date

pytestmark = pytest.mark.django_db

_n = itertools.count()
computed: list[int] = []


@pytest.fixture(autouse=True)
def _generations(new_data):
    global moved
    moved = new_data


def quote(pk: int | None = None) -> Quotation:
    """A new quotation, committed as ingestion commits one (the generation moves on)."""
    n = next(_n)
    digest = hashlib.sha256(b"%d" % n).hexdigest()
    source = Source.objects.create(text=f"a {n}", content_hash=digest)
    made = Quotation.objects.create(pk=pk, source=source, start=0, end=4, text=f"line {n}")
    moved(appended_only=True)
    return made


def count(quotations) -> int:
    computed.append(1)
    return quotations.count()


def counted() -> int:
    def add(n: int, rows: list) -> int:
        return n + len(rows)

    return up_to_date("test-count", current(), Quotation.objects.all(), count, add, ())


def test_new_quotations_are_added_to_the_cached_result_without_recomputing(db, look_back):
    computed.clear()
    for _ in range(3):
        quote()
    assert counted() == 3
    quote()
    quote()
    assert counted() == 5 and counted() == 5
    assert len(computed) == 1


@pytest.fixture(params=["read whole", "counted first"])
def look_back(request, monkeypatch):
    """Both ways of finding late rows: reading the look-back, or counting it first."""
    from tracker.services import incremental

    monkeypatch.setattr(incremental, "COUNT_FIRST", 10**9 if request.param == "read whole" else 0)
    return request.param


def test_a_quotation_committed_late_below_the_newest_id_counts_once(db, look_back):
    first = quote()
    quote(pk=first.pk + 10)
    assert counted() == 2
    quote(pk=first.pk + 5)  # an article whose ids were handed out earlier commits now
    quote(pk=first.pk + 11)
    assert counted() == 4 and counted() == 4
    quote(pk=first.pk + 12)
    assert counted() == 5


def test_an_editors_change_computes_everything_again(db):
    computed.clear()
    quote()
    counted()
    moved()  # an editor's change: more than new quotations
    counted()
    assert len(computed) == 2


def test_store_counts_follow_new_articles_and_start_afresh_after_a_rebuild(db):
    from tracker.models import Speaker
    from tracker.services.timelines import store_count

    def counts() -> tuple[int, int]:
        return store_count(Source, current()), store_count(Speaker, current())

    quote()
    Speaker.objects.create(name="Ann Lee", slug="ann-lee")
    moved(appended_only=True)
    assert counts() == (1, 1)
    quote()
    Speaker.objects.create(name="Bo Li", slug="bo-li")
    moved(appended_only=True)
    assert counts() == (2, 2)  # brought up to date with the rows added
    Speaker.objects.filter(slug="ann-lee").delete()
    Source.objects.order_by("pk").first().delete()
    moved()  # removing rows is a rebuild: counted afresh
    assert counts() == (1, 1)
