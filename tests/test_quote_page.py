"""Permanent quote pages: context, citation, JSON with the same fields; ids that survive
`reprocess`, and a replaced quotation's page that redirects to its successor."""

from __future__ import annotations

import json

import pytest
from django.urls import reverse

from tracker.models import Quotation, Source
from tracker.services.pipeline import process_source
from tracker.services.reprocess import reprocess

pytestmark = pytest.mark.django_db


def _pompeo(founding_articles) -> Quotation:
    return Quotation.objects.filter(speaker__slug="mike-pompeo").order_by("pk").first()


def test_a_quote_page_shows_the_sentence_paragraph_speaker_story_and_citation(
    client, founding_articles
):
    quotation = _pompeo(founding_articles)
    response = client.get(reverse("quotation-detail", args=[quotation.pk]))
    body = response.content.decode()
    assert response.status_code == 200
    assert '<span class="sentence">' in body and '<mark class="quoted">' in body
    assert "Mike Pompeo" in body and quotation.source.outlet in body
    assert "Copy citation" in body and 'src="/static/tracker/cite.js"' in body
    assert f"Mike Pompeo, quoted in “{quotation.source}”" in body
    assert f"http://testserver/quotations/{quotation.pk}/" in body
    assert "<script>" not in body and " style=" not in body


def test_the_json_export_holds_the_same_fields(client, founding_articles):
    quotation = _pompeo(founding_articles)
    data = json.loads(client.get(reverse("quotation-json", args=[quotation.pk])).content)
    assert data["id"] == quotation.pk and data["text"] == quotation.text
    assert data["speaker"]["name"] == "Mike Pompeo"
    assert data["article"]["outlet"] == quotation.source.outlet
    assert quotation.text in data["sentence"] and data["sentence"] in data["paragraph"]
    assert data["citation"].startswith("Mike Pompeo, quoted in")
    assert data["url"] == f"http://testserver/quotations/{quotation.pk}/"
    assert {"confidence", "statement", "history", "date"} <= set(data)


def test_quotation_ids_survive_reprocess(founding_articles):
    before = dict(Quotation.objects.values_list("pk", "text"))
    reprocess(Source.objects.order_by("pk"))
    assert dict(Quotation.objects.values_list("pk", "text")) == before


def test_a_replaced_quotation_page_redirects_to_its_successor(client, founding_articles):
    quotation = _pompeo(founding_articles)
    old_pk = quotation.pk
    # As if an older extractor had found a shorter span: reprocessing replaces it.
    Quotation.objects.filter(pk=old_pk).update(end=quotation.end - 3, text=quotation.text[:-3])
    process_source(quotation.source)
    assert not Quotation.objects.filter(pk=old_pk).exists()
    successor = Quotation.objects.get(source=quotation.source, start=quotation.start)
    response = client.get(reverse("quotation-detail", args=[old_pk]))
    assert response.status_code == 301
    assert response.url == reverse("quotation-detail", args=[successor.pk])
    assert client.get(reverse("quotation-json", args=[old_pk])).status_code == 301
    assert client.get(reverse("quotation-detail", args=[999_999])).status_code == 404


def test_the_history_on_a_quote_page_reads_in_words_and_local_time(
    client, founding_articles, editor, settings
):
    import datetime as dt

    from tracker.models import Correction
    from tracker.services.actions import Confirm

    settings.TIME_ZONE = "Asia/Seoul"
    quotation = _pompeo(founding_articles)
    row = Confirm.apply(quotation, seen_version=quotation.version, by=editor)
    when = dt.datetime(2026, 12, 2, 14, 36, tzinfo=dt.UTC)
    Correction.objects.filter(pk=row.pk).update(created_at=when)
    body = client.get(reverse("quotation-detail", args=[quotation.pk])).content.decode()
    assert "2 Dec 2026, 23:36</time> · Speaker confirmed by" in body  # UTC+9
    assert "attribution_status" not in body
