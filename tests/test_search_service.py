"""Search and timeline helpers: paging order with undated rows, fuzzy speaker lookup."""

from __future__ import annotations

import datetime
import hashlib

import pytest

from tracker.models import Quotation, Source, Speaker, SpeakerAlias
from tracker.services.search import filter_quotations, timeline_page
from tracker.services.speakers import rank_speakers

pytestmark = pytest.mark.django_db


def _quote(speaker: Speaker, i: int, day: datetime.date | None) -> Quotation:
    text = f'"Line {i}," she said.'
    source = Source.objects.create(
        text=text, content_hash=hashlib.sha256(text.encode()).hexdigest(), published=day
    )
    return Quotation.objects.create(
        source=source,
        start=1,
        end=len(f"Line {i}") + 1,
        text=f"Line {i}",
        speaker=speaker,
        published=day,
    )


def test_timeline_pages_run_newest_first_with_undated_last_across_page_breaks(db):
    speaker = Speaker.objects.create(name="Pat Page", slug="pat-page")
    dated = [
        _quote(speaker, i, datetime.date(2021, 1, 1) + datetime.timedelta(i)) for i in range(7)
    ]
    undated = [_quote(speaker, 100 + i, None) for i in range(4)]
    qs = filter_quotations(speaker=speaker)
    seen = []
    for page in range(1, 5):
        rows, more = timeline_page(qs, page, 3)
        seen += rows
        if not more:
            break
    assert seen == dated[::-1] + undated[::-1]
    assert page == 4
    assert timeline_page(qs, 9, 3) == ([], False)


def test_find_speakers_tolerates_typos_and_matches_aliases(db):
    pompeo = Speaker.objects.create(name="Mike Pompeo", slug="mike-pompeo")
    kang = Speaker.objects.create(name="Kang Kyung-wha", slug="kang-kyung-wha")
    SpeakerAlias.objects.create(speaker=kang, alias="Foreign Minister Kang")
    assert rank_speakers("Pompio")[0] == pompeo.pk
    assert rank_speakers("foreign minister")[0] == kang.pk
    assert rank_speakers("") == []


def test_word_search_needs_every_word(db):
    speaker = Speaker.objects.create(name="Sam", slug="sam")
    _quote(speaker, 1, None)
    Quotation.objects.filter(speaker=speaker).update(text="sanctions will stay")
    assert filter_quotations(q="sanctions stay").count() == 1
    assert filter_quotations(q="sanctions lifted").count() == 0
