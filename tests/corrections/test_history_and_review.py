"""History pages with Undo, the review queue and its in-place actions, login and editors."""

from __future__ import annotations

import pytest
from django.contrib.auth.models import User
from django.core.management import CommandError, call_command
from django.urls import reverse

from tracker.models import Correction, Quotation, Speaker
from tracker.services import review
from tracker.services.actions import Confirm, Reattribute

HX = {"HTTP_HX_REQUEST": "true"}


def test_recent_changes_lists_each_change_with_an_undo_button(world, editor, editor_client):
    row = Reattribute.apply(
        world.quote_he, world.haley, seen_version=1, by=editor, reason="heard it"
    )
    html = editor_client.get(reverse("correction-list")).content.decode()
    assert "Reattributed" in html and "Mike Pompeo" in html and "Nikki Haley" in html
    assert "heard it" in html and "edith" in html
    assert reverse("correction-undo", args=[row.pk]) in html


def test_readers_see_history_without_undo_buttons(world, editor, client):
    row = Reattribute.apply(world.quote_he, world.haley, seen_version=1, by=editor)
    response = client.get(reverse("correction-list"))
    assert response.status_code == 200
    assert reverse("correction-undo", args=[row.pk]) not in response.content.decode()


def test_undo_from_history_with_htmx_swaps_the_row_state(world, editor, editor_client):
    row = Reattribute.apply(world.quote_he, world.haley, seen_version=1, by=editor)
    response = editor_client.post(reverse("correction-undo", args=[row.pk]), **HX)
    assert "undone by edith" in response.content.decode()
    world.quote_he.refresh_from_db()
    assert world.quote_he.speaker == world.pompeo


def test_undo_refused_shows_why(world, editor, editor_client):
    row = Reattribute.apply(world.quote_he, world.haley, seen_version=1, by=editor)
    Reattribute.apply(world.quote_he, world.pompeo, seen_version=2, by=editor)
    response = editor_client.post(reverse("correction-undo", args=[row.pk]))
    assert response.status_code == 409
    assert "changed after that correction" in response.content.decode()


def test_undo_is_for_editors_only(world, editor, client, reader):
    row = Reattribute.apply(world.quote_he, world.haley, seen_version=1, by=editor)
    assert client.post(reverse("correction-undo", args=[row.pk])).status_code == 403
    client.force_login(reader)
    assert client.post(reverse("correction-undo", args=[row.pk])).status_code == 403
    assert Correction.objects.count() == 1


def test_quotation_and_speaker_history_show_only_their_changes(world, editor, client):
    Reattribute.apply(world.quote_he, world.haley, seen_version=1, by=editor)
    Confirm.apply(world.quote_a, seen_version=1, by=editor)
    html = client.get(reverse("quotation-history", args=[world.quote_he.pk])).content.decode()
    assert "Reattributed" in html and "Confirmed" not in html
    html = client.get(reverse("speaker-history", args=[world.haley.slug])).content.decode()
    assert "Reattributed" in html and "Confirmed" not in html


def test_history_pages_parse_the_page_number(world, client):
    assert client.get(reverse("correction-list"), {"page": "abc"}).status_code == 400


def test_history_page_queries_do_not_grow_with_rows(
    world, editor, client, django_assert_max_num_queries
):
    for _ in range(10):
        Confirm.apply(world.quote_a, seen_version=world.quote_a.version, by=editor)
        world.quote_a.refresh_from_db()
        Quotation.objects.filter(pk=world.quote_a.pk).update(attribution_status="auto")
    with django_assert_max_num_queries(6):
        client.get(reverse("correction-list"))


def test_queue_puts_unattributed_then_conflicts_then_pronouns_then_low_confidence(world):
    from tracker.models import Statement

    Quotation.objects.filter(pk=world.quote_a.pk).update(speaker=None)
    conflicted = Statement.objects.create(text="x", has_conflict=True)
    Quotation.objects.filter(pk=world.quote_b.pk).update(statement=conflicted, confidence=0.95)
    order = list(review.pending().values_list("pk", flat=True))
    assert order == [world.quote_a.pk, world.quote_b.pk, world.quote_he.pk]
    assert review.pending_count() == 3
    he = Quotation.objects.get(pk=world.quote_he.pk)
    assert review.reasons(he) == ["low confidence (40%)", "speaker written as “he”"]


def test_decided_quotations_leave_the_queue(world, editor):
    assert world.quote_he.pk in review.pending().values_list("pk", flat=True)
    Confirm.apply(world.quote_he, seen_version=1, by=editor)
    assert world.quote_he.pk not in review.pending().values_list("pk", flat=True)


def test_duplicate_speakers_are_suggested_with_the_fuller_name_kept(world, make_speaker):
    short = make_speaker("Pompeo Mike")
    pairs = review.duplicate_speakers()
    assert [(p.keep, p.other) for p in pairs] == [(world.pompeo, short)] or [
        (p.other, p.keep) for p in pairs
    ] == [(world.pompeo, short)]
    assert not any(world.haley in (p.keep, p.other) for p in pairs)


def test_review_page_lists_items_with_count_and_keys(world, editor_client):
    html = editor_client.get(reverse("review-queue")).content.decode()
    assert '<strong class="left-count">1</strong> quotation left' in html
    assert f'id="ri-{world.quote_he.pk}"' in html
    assert 'data-key="c"' in html and 'data-key="x"' in html and 'data-key="e"' in html
    assert "tracker/review.js" in html


def test_review_action_updates_the_queue_in_place(world, editor_client):
    url = reverse("quotation-confirm", args=[world.quote_he.pk])
    response = editor_client.post(url, {"version": 1, "back": "review"}, **HX)
    html = response.content.decode()
    assert "<html" not in html and 'id="review-queue"' in html
    assert '<strong class="left-count">0</strong> quotations left' in html
    assert "Undo" in html


def test_review_queue_is_for_editors(world, client, reader):
    assert client.get(reverse("review-queue")).status_code == 302
    client.force_login(reader)
    assert client.get(reverse("review-queue")).status_code == 403


def test_login_page_logs_an_editor_in(client, editor):
    page = client.get(reverse("login"))
    assert page.status_code == 200 and 'name="password"' in page.content.decode()
    response = client.post(
        reverse("login"), {"username": "edith", "password": "correct-horse-battery"}
    )
    assert response.status_code == 302
    bad = client.post(reverse("login"), {"username": "edith", "password": "nope"})
    assert "do not match" in bad.content.decode()


WALL = "django.contrib.auth.middleware.LoginRequiredMiddleware"


def test_login_required_for_reading_walls_off_pages_but_not_login(world, client, settings):
    settings.MIDDLEWARE = [*settings.MIDDLEWARE, WALL]  # what LOGIN_REQUIRED_FOR_READING adds
    response = client.get(reverse("correction-list"))
    assert response.status_code == 302 and response.url.startswith(reverse("login"))
    assert client.get(reverse("login")).status_code == 200


def test_reading_is_open_by_default(world, client):
    assert client.get(reverse("correction-list")).status_code == 200


def test_createeditor_creates_an_editor_from_the_environment(db, monkeypatch):
    monkeypatch.setenv("EDITOR_PASSWORD", "a-long-demo-passphrase")
    call_command("createeditor", "demo")
    user = User.objects.get(username="demo")
    assert user.check_password("a-long-demo-passphrase")
    assert user.has_perm("tracker.edit_quotations")


def test_createeditor_promotes_an_existing_user(reader):
    call_command("createeditor", "rita")
    assert User.objects.get(username="rita").has_perm("tracker.edit_quotations")


def test_createeditor_refuses_a_weak_or_missing_password(db, monkeypatch):
    monkeypatch.delenv("EDITOR_PASSWORD", raising=False)
    with pytest.raises(CommandError):
        call_command("createeditor", "weak", password="123")
    with pytest.raises(CommandError):
        call_command("createeditor", "nopass")
    assert not User.objects.filter(username__in=["weak", "nopass"]).exists()
    assert Speaker.objects.count() == 0


def test_review_queue_queries_do_not_grow_with_items(
    world, editor_client, make_quote, django_assert_max_num_queries
):
    with django_assert_max_num_queries(20) as few:
        editor_client.get(reverse("review-queue"), HTTP_HX_REQUEST="true")
    for words in ["Mike", "Nikki", "agreed", "he said"]:
        make_quote(world.source_a, words, None)
    with django_assert_max_num_queries(len(few.captured_queries)):
        response = editor_client.get(reverse("review-queue"), HTTP_HX_REQUEST="true")
    assert '<strong class="left-count">5</strong>' in response.content.decode()


def test_review_action_without_javascript_redirects_to_the_queue(world, editor_client):
    url = reverse("quotation-not-a-quote", args=[world.quote_he.pk])
    response = editor_client.post(url, {"version": 1, "value": "1", "back": "review"})
    assert response.status_code == 302 and response.url == reverse("review-queue")


def test_a_stale_review_action_shows_the_conflict_in_the_queue(world, editor_client):
    Quotation.objects.filter(pk=world.quote_he.pk).update(version=5)
    url = reverse("quotation-confirm", args=[world.quote_he.pk])
    html = editor_client.post(url, {"version": 1, "back": "review"}, **HX).content.decode()
    assert 'id="review-queue"' in html and "changed this quotation" in html
    assert Quotation.objects.get(pk=world.quote_he.pk).attribution_status == "auto"


def test_login_wall_still_serves_static_files(client, settings):
    settings.MIDDLEWARE = [*settings.MIDDLEWARE, WALL]
    response = client.get("/static/tracker/review.js")
    assert response.status_code == 200


def test_quotation_history_links_editors_to_the_edit_page(world, editor_client):
    html = editor_client.get(
        reverse("quotation-history", args=[world.quote_he.pk])
    ).content.decode()
    assert reverse("quotation-edit", args=[world.quote_he.pk]) in html
