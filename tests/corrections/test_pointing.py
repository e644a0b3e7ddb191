"""Corrections by pointing: a selection becomes a quotation or a span (quote marks snapped),
statements are found as the editor types."""

from __future__ import annotations

import pytest
from django.test import Client
from django.urls import reverse

from tracker.linking.grouping import FULL_MARK
from tracker.models import Correction, Quotation, Source, Statement, StatementKey
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


# Undoing a quotation marked by selection ------------------------------------------------------

SAID = "The talks will resume next week in Geneva with both delegations present."


def _select(client, source, words: str):
    """POST a selection of `words` (with a space and the quote marks around it), as the reader's
    selection panel does; the created quotation and its audit row."""
    start = source.text.index(words)
    url = reverse("quotation-create", args=[source.pk])
    response = client.post(url, {"start": start - 2, "end": start + len(words) + 1, "snap": "1"})
    assert response.status_code == 302
    quotation = Quotation.objects.get(source=source, text=words)
    row = Correction.objects.get(action=Correction.Action.CREATE_QUOTE, target_id=quotation.pk)
    return quotation, row


def _undo_from_reader(client, source, quotation):
    """The reader offers the undo on the quotation's card; press it as a browser would."""
    reader = source.get_absolute_url()
    page = client.get(reader).content.decode()
    row = Correction.objects.get(action=Correction.Action.CREATE_QUOTE, target_id=quotation.pk)
    assert f'action="{reverse("correction-undo", args=[row.pk])}"' in page
    assert "Undo: remove this quotation" in page
    return client.post(reverse("correction-undo", args=[row.pk]), {"next": reader})


def _consistent():
    """Every statement counts exactly its live members, and none is empty."""
    for statement in Statement.objects.all():
        live = Quotation.objects.live().filter(statement=statement).count()
        assert statement.quotation_count == live > 0, statement.pk
    keyed = set(
        StatementKey.objects.exclude(statement_id__lt=0).values_list("statement_id", flat=True)
    )
    assert keyed <= set(Statement.objects.values_list("pk", flat=True)) | {FULL_MARK}


@pytest.fixture
def two_reports(world):
    a = Source.objects.create(title="Talks", text=f'Officials said: "{SAID}"', content_hash="c")
    b = Source.objects.create(
        title="Talks 2", text=f'A diplomat: "{SAID}" Then silence.', content_hash="d"
    )
    return a, b


def test_undo_removes_a_quotation_marked_by_selection_and_the_statement_it_started(
    two_reports, editor_client
):
    source, _ = two_reports
    before = Quotation.objects.count(), Statement.objects.count()
    quotation, row = _select(editor_client, source, SAID)
    assert row.payload == {"source_id": source.pk, "statement_id": quotation.statement_id}
    assert quotation.statement_id is not None  # linking started a statement for it
    statement_id = quotation.statement_id

    response = _undo_from_reader(editor_client, source, quotation)
    assert response.status_code == 302 and response.url == source.get_absolute_url()
    assert not Quotation.objects.filter(pk=quotation.pk).exists()
    assert not Statement.objects.filter(pk=statement_id).exists()
    assert not StatementKey.objects.filter(statement_id=statement_id).exists()
    assert (Quotation.objects.count(), Statement.objects.count()) == before
    _consistent()
    row.refresh_from_db()
    assert row.undone_by.action == Correction.Action.UNDO
    page = editor_client.get(source.get_absolute_url()).content.decode()
    assert "Removed the quotation" in page and "Undo: remove this quotation" not in page
    # Its page is gone, and the review queue no longer asks who said it.
    assert editor_client.get(reverse("quotation-detail", args=[quotation.pk])).status_code == 404
    assert (
        f'id="ri-{quotation.pk}"' not in editor_client.get(reverse("review-queue")).content.decode()
    )


def test_undo_of_a_second_report_leaves_the_statement_with_the_first(two_reports, editor_client):
    first_source, second_source = two_reports
    first, _ = _select(editor_client, first_source, SAID)
    second, _ = _select(editor_client, second_source, SAID)
    assert second.statement_id == first.statement_id  # the same words joined one statement
    statement = Statement.objects.get(pk=first.statement_id)
    assert statement.quotation_count == 2 and statement.story_count == 2

    _undo_from_reader(editor_client, second_source, second)
    statement.refresh_from_db()
    assert (statement.quotation_count, statement.story_count) == (1, 1)
    assert list(statement.quotations.values_list("pk", flat=True)) == [first.pk]
    _consistent()


def test_a_marked_quotation_changed_since_is_removed_only_after_that_change_is_undone(
    two_reports, editor_client, world
):
    source, _ = two_reports
    quotation, row = _select(editor_client, source, SAID)
    url = reverse("quotation-reattribute", args=[quotation.pk])
    editor_client.post(url, {"version": quotation.version, "speaker": world.haley.pk})
    later = Correction.objects.get(action=Correction.Action.REATTRIBUTE, target_id=quotation.pk)

    refused = editor_client.post(reverse("correction-undo", args=[row.pk]))
    assert refused.status_code == 409 and "undo the later changes first" in refused.content.decode()
    assert Quotation.objects.filter(pk=quotation.pk).exists()

    editor_client.post(reverse("correction-undo", args=[later.pk]))
    editor_client.post(reverse("correction-undo", args=[row.pk]))
    assert not Quotation.objects.filter(pk=quotation.pk).exists()
    _consistent()


def test_a_marked_quotation_changed_through_its_statement_is_not_removed(
    two_reports, editor_client, world
):
    """A statement-wide reattribution or merge writes its row on another record; the
    quotation's own state still tells that it changed."""
    source, _ = two_reports
    quotation, row = _select(editor_client, source, SAID)
    undo_url = reverse("correction-undo", args=[row.pk])
    # Attributed along with its statement (the row is on another quotation).
    Quotation.objects.filter(pk=quotation.pk).update(speaker=world.haley)
    assert editor_client.post(undo_url).status_code == 409
    Quotation.objects.filter(pk=quotation.pk).update(speaker=None)
    # Its statement merged into another: that merge is undone first.
    merge = reverse("statement-merge", args=[world.statement.pk])
    editor_client.post(merge, {"other": quotation.statement_id})
    merged = Correction.objects.get(action=Correction.Action.MERGE_STATEMENTS)
    assert editor_client.post(undo_url).status_code == 409
    editor_client.post(reverse("correction-undo", args=[merged.pk]))
    assert editor_client.post(undo_url).status_code == 302
    assert not Quotation.objects.filter(pk=quotation.pk).exists()
    _consistent()


def test_the_audit_log_tells_the_marking_and_its_undo_in_words(two_reports, editor_client):
    source, _ = two_reports
    quotation, row = _select(editor_client, source, SAID)
    changes = reverse("correction-list")
    page = editor_client.get(changes).content.decode()
    assert "as a quotation by selecting it in the article" in page
    # From the audit log, undo swaps the row's own controls (htmx) and stays on the page.
    response = editor_client.post(
        reverse("correction-undo", args=[row.pk]), {"next": changes}, HTTP_HX_REQUEST="true"
    )
    assert response.status_code == 200 and "undone" in response.content.decode()
    page = editor_client.get(changes).content.decode()
    assert "as a quotation: it is removed" in page
    assert "“The talks will resume next week in Geneva" in page and "(since removed)" in page
    # No link to the history of a quotation that is no more.
    assert reverse("quotation-history", args=[quotation.pk]) not in page
    # The action filter knows it.
    filtered = editor_client.get(changes, {"action": "create_quote"}).content.decode()
    assert "by selecting it in the article" in filtered


def test_readers_see_no_undo_and_cannot_remove_a_marked_quotation(
    two_reports, editor_client, client, reader
):
    source, _ = two_reports
    quotation, row = _select(editor_client, source, SAID)
    client.force_login(reader)
    assert (
        "Undo: remove this quotation" not in client.get(source.get_absolute_url()).content.decode()
    )
    assert client.post(reverse("correction-undo", args=[row.pk])).status_code == 403
    assert Quotation.objects.filter(pk=quotation.pk).exists()
