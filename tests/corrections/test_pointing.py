"""Corrections by pointing: a selection becomes a quotation or a span (quote marks snapped),
statements are found as the editor types."""

from __future__ import annotations

from django.test import Client
from django.urls import reverse

from tracker.models import Correction, Quotation
from tracker.services.spans import snap


def test_snap_leaves_out_white_space_and_quote_marks():
    text = "He said “ we will win, ” loudly."
    start, end = snap(text, 7, 24)
    assert text[start:end] == "we will win,"
    assert snap("abc", 1, 1) == (1, 1)


def test_a_selection_becomes_a_new_quotation_that_asks_for_a_speaker(world, editor_client):
    text = world.source_a.text
    start = text.index("Nikki Haley agreed") - 1  # a space before: snapped away
    end = start + len(" Nikki Haley agreed.") + 1
    url = reverse("quotation-create", args=[world.source_a.pk])
    response = editor_client.post(url, {"start": start, "end": end})
    created = Quotation.objects.get(text="Nikki Haley agreed.")
    assert response.status_code == 302 and response.url.endswith(f"#qd{created.pk}")
    assert created.span_edited and created.speaker is None
    assert Correction.objects.filter(action="create_quote", target_id=created.pk).exists()
    # It waits in the review queue for a speaker.
    assert f'id="ri-{created.pk}"' in editor_client.get(reverse("review-queue")).content.decode()


def test_a_selection_over_an_existing_quotation_is_refused(world, editor_client):
    url = reverse("quotation-create", args=[world.source_a.pk])
    before = Quotation.objects.count()
    editor_client.post(url, {"start": world.quote_a.start + 2, "end": world.quote_a.end})
    assert Quotation.objects.count() == before
    page = editor_client.get(world.source_a.get_absolute_url()).content.decode()
    assert "already a quotation" in page


def test_readers_cannot_create_quotations(world, client, reader):
    url = reverse("quotation-create", args=[world.source_a.pk])
    assert client.post(url, {"start": 0, "end": 4}).status_code == 403
    client.force_login(reader)
    assert client.post(url, {"start": 0, "end": 4}).status_code == 403
    assert not Correction.objects.exists()


def test_a_span_from_a_selection_is_snapped(world, editor_client):
    text = world.source_a.text
    start = text.index('"Sanctions stay,"')
    url = reverse("quotation-span", args=[world.quote_he.pk])
    editor_client.post(url, {"version": 1, "start": start - 1, "end": start + 18, "snap": "1"})
    world.quote_he.refresh_from_db()
    assert world.quote_he.text == "Sanctions stay,"


def test_the_statement_picker_finds_statements_by_words_or_number(world, editor_client):
    url = reverse("statement-autocomplete")
    html = editor_client.get(url, {"q": "pressure"}).content.decode()
    assert f'name="statement" value="{world.statement.pk}"' in html
    html = editor_client.get(url, {"q": str(world.statement.pk), "field": "other"}).content.decode()
    assert f'name="other" value="{world.statement.pk}"' in html
    html = editor_client.get(url, {"q": "pressure", "exclude": world.statement.pk}).content.decode()
    assert "No statement has these words" in html
    assert Client().get(url, {"q": "pressure"}).status_code == 302  # editors only
