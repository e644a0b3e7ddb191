"""Correction endpoints: editors only, CSRF, htmx partial vs redirect, conflicts, autocomplete."""

from __future__ import annotations

import pytest
from django.test import Client
from django.urls import reverse

from tracker.models import Correction, Quotation, Speaker

HX = {"HTTP_HX_REQUEST": "true"}


def reattribute_url(q: Quotation) -> str:
    return reverse("quotation-reattribute", args=[q.pk])


POSTS = [
    ("quotation-reattribute", lambda w: [w.quote_he.pk], lambda w: {"speaker": w.haley.pk}),
    ("quotation-confirm", lambda w: [w.quote_he.pk], lambda w: {}),
    ("quotation-not-a-quote", lambda w: [w.quote_he.pk], lambda w: {"value": "1"}),
    ("quotation-span", lambda w: [w.quote_he.pk], lambda w: {"start": 0, "end": 4}),
    ("quotation-link", lambda w: [w.quote_a.pk], lambda w: {}),
    ("speaker-update", lambda w: [w.haley.slug], lambda w: {"name": "X"}),
    ("speaker-merge", lambda w: [w.pompeo.slug], lambda w: {"other": w.haley.pk}),
    ("speaker-split", lambda w: [w.pompeo.slug], lambda w: {"alias": 1}),
    ("source-update", lambda w: [w.source_a.pk], lambda w: {"title": "X"}),
    ("statement-merge", lambda w: [w.statement.pk], lambda w: {"other": w.statement.pk}),
]


@pytest.mark.parametrize(("name", "args", "data"), POSTS, ids=[p[0] for p in POSTS])
def test_anonymous_and_non_editor_posts_are_refused_and_change_nothing(
    world, client, reader, name, args, data
):
    url = reverse(name, args=args(world))
    payload = {"version": 1, **data(world)}
    assert client.post(url, payload).status_code == 403
    client.force_login(reader)
    assert client.post(url, payload).status_code == 403
    assert not Correction.objects.exists()
    world.quote_he.refresh_from_db()
    assert world.quote_he.speaker == world.pompeo and not world.quote_he.not_a_quote


def test_a_post_without_csrf_token_is_refused(world, editor):
    client = Client(enforce_csrf_checks=True)
    client.force_login(editor)
    response = client.post(
        reattribute_url(world.quote_he), {"version": 1, "speaker": world.haley.pk}
    )
    assert response.status_code == 403
    assert not Correction.objects.exists()


def test_get_on_a_correction_endpoint_is_not_allowed(world, editor_client):
    assert editor_client.get(reattribute_url(world.quote_he)).status_code == 405


def test_htmx_reattribute_returns_the_control_with_the_new_speaker_and_undo(world, editor_client):
    response = editor_client.post(
        reattribute_url(world.quote_he), {"version": 1, "speaker": world.haley.pk}, **HX
    )
    assert response.status_code == 200
    html = response.content.decode()
    assert "<html" not in html
    assert f'id="qc-{world.quote_he.pk}"' in html and "Nikki Haley" in html
    correction = Correction.objects.get()
    assert reverse("correction-undo", args=[correction.pk]) in html
    world.quote_he.refresh_from_db()
    assert world.quote_he.speaker == world.haley


def test_plain_reattribute_redirects_back_to_the_article(world, editor_client):
    response = editor_client.post(
        reattribute_url(world.quote_he), {"version": 1, "speaker": world.haley.pk}
    )
    assert response.status_code == 302
    assert response.url == world.quote_he.get_reader_url()


def test_redirect_never_goes_to_another_site(world, editor_client):
    response = editor_client.post(
        reattribute_url(world.quote_he),
        {"version": 1, "speaker": world.haley.pk, "next": "https://evil.example/"},
    )
    assert response.url == world.quote_he.get_reader_url()


def test_a_stale_form_shows_the_conflict_and_current_state(world, editor_client):
    Quotation.objects.filter(pk=world.quote_he.pk).update(speaker=world.haley, version=2)
    data = {"version": 1, "value": "1"}
    url = reverse("quotation-not-a-quote", args=[world.quote_he.pk])

    response = editor_client.post(url, data, **HX)
    assert response.status_code == 200
    assert "changed this quotation" in response.content.decode()
    assert "Nikki Haley" in response.content.decode()
    assert 'name="version" value="2"' in response.content.decode()

    assert editor_client.post(url, data).status_code == 409
    world.quote_he.refresh_from_db()
    assert world.quote_he.not_a_quote is False


def test_typing_an_unknown_name_offers_lookalikes_and_create(world, editor_client):
    url = reattribute_url(world.quote_he)
    response = editor_client.post(url, {"version": 1, "name": "Nicky Haley"}, **HX)
    html = response.content.decode()
    assert f'name="speaker" value="{world.haley.pk}"' in html
    assert "New speaker “Nicky Haley”" in html
    assert not Correction.objects.exists()

    editor_client.post(url, {"version": 1, "name": "Nicky Haley", "create": "1"}, **HX)
    world.quote_he.refresh_from_db()
    assert world.quote_he.speaker.name == "Nicky Haley"


def test_typing_a_known_alias_reattributes_to_that_speaker(world, editor_client):
    editor_client.post(reattribute_url(world.quote_he), {"version": 1, "name": "haley"}, **HX)
    world.quote_he.refresh_from_db()
    assert world.quote_he.speaker == world.haley


def test_invalid_input_is_a_400_not_a_500(world, editor_client):
    url = reverse("quotation-span", args=[world.quote_he.pk])
    assert editor_client.post(url, {"version": "x", "start": "a"}).status_code == 400
    assert editor_client.post(url, {"version": 1, "start": 5, "end": 999}).status_code == 400
    assert editor_client.post(reattribute_url(world.quote_he), {"version": 1}).status_code == 400


def test_autocomplete_finds_speakers_by_fuzzy_name_and_alias(world, editor_client):
    url = reverse("speaker-autocomplete")
    html = editor_client.get(url, {"q": "pompeo"}).content.decode()
    assert f'value="{world.pompeo.pk}"' in html and "Mike Pompeo" in html
    assert "New speaker" not in html  # "pompeo" is a known alias
    html = editor_client.get(url, {"q": "Nikky Halley", "field": "other"}).content.decode()
    assert f'name="other" value="{world.haley.pk}"' in html
    assert editor_client.get(url, {"q": "x" * 300}).status_code == 400


def test_autocomplete_is_for_editors(world, client):
    assert client.get(reverse("speaker-autocomplete"), {"q": "p"}).status_code == 302


def test_the_edit_page_shows_every_control_and_the_span_context(world, editor_client):
    html = editor_client.get(reverse("quotation-edit", args=[world.quote_he.pk])).content.decode()
    assert "<mark>&quot;Sanctions stay,&quot;</mark>" in html
    for name in ["quotation-confirm", "quotation-not-a-quote", "quotation-span"]:
        assert reverse(name, args=[world.quote_he.pk]) in html


def test_span_edit_through_the_page(world, editor_client):
    start = world.source_a.text.index("Nikki")
    url = reverse("quotation-span", args=[world.quote_he.pk])
    editor_client.post(url, {"version": 1, "start": start, "end": start + 11})
    world.quote_he.refresh_from_db()
    assert world.quote_he.text == "Nikki Haley"


def test_unlink_through_the_page_then_link_back(world, editor_client):
    url = reverse("quotation-link", args=[world.quote_a.pk])
    editor_client.post(url, {"version": 1})
    world.quote_a.refresh_from_db()
    assert world.quote_a.statement is None and world.quote_a.statement_locked
    editor_client.post(url, {"version": world.quote_a.version, "statement": world.statement.pk})
    world.quote_a.refresh_from_db()
    assert world.quote_a.statement == world.statement


def test_speaker_rename_merge_and_split_pages(world, editor_client, make_speaker):
    dup = make_speaker("M Pompeo", "Pompeo Mike")
    url = reverse("speaker-merge", args=[world.pompeo.slug])
    asked = editor_client.post(url, {"version": 1, "other": dup.pk})
    # First a confirmation with both speakers' counts; nothing changes yet.
    assert asked.status_code == 200
    body = asked.content.decode()
    pompeo_count = world.pompeo.quotations.count()
    assert "Merge “M Pompeo” into “Mike Pompeo”?" in body
    assert f"<strong>{pompeo_count}</strong> quotation" in body and "<strong>0</strong>" in body
    assert Speaker.objects.filter(name="M Pompeo").exists()
    assert editor_client.get(url, {"other": dup.pk}).status_code == 200
    response = editor_client.post(url, {"version": 1, "other": dup.pk, "confirm": "1"})
    assert response.status_code == 302
    assert not Speaker.objects.filter(name="M Pompeo").exists()

    page = editor_client.get(reverse("speaker-update", args=[world.pompeo.slug]))
    assert "Undo" in page.content.decode() and "Split off" in page.content.decode()

    alias = world.pompeo.aliases.get(alias="Pompeo Mike")
    editor_client.post(
        reverse("speaker-split", args=[world.pompeo.slug]), {"version": 2, "alias": alias.pk}
    )
    assert Speaker.objects.filter(name="Pompeo Mike").exists()

    editor_client.post(
        reverse("speaker-update", args=[world.haley.slug]),
        {"version": 1, "name": "Nikki R. Haley", "role": "UN envoy"},
    )
    world.haley.refresh_from_db()
    assert (world.haley.name, world.haley.role) == ("Nikki R. Haley", "UN envoy")


def test_split_refuses_another_speakers_alias(world, editor_client):
    alias = world.haley.aliases.first()
    response = editor_client.post(
        reverse("speaker-split", args=[world.pompeo.slug]), {"version": 1, "alias": alias.pk}
    )
    assert response.status_code == 400


def test_source_edit_page_sets_the_date_and_conflicts_when_stale(world, editor_client):
    url = reverse("source-update", args=[world.source_b.pk])
    assert editor_client.get(url).status_code == 200
    data = {"version": 1, "title": "Pressure", "outlet": "Wire", "published": "2018-08-05"}
    assert editor_client.post(url, data).status_code == 302
    world.quote_b.refresh_from_db()
    assert str(world.quote_b.published) == "2018-08-05"
    response = editor_client.post(url, data | {"outlet": "AP"})
    assert response.status_code == 409
    assert "2018-08-05" in response.content.decode()


def test_statement_merge_view(world, editor_client):
    from tracker.models import Statement

    other = Statement.objects.create(text="Other")
    response = editor_client.post(
        reverse("statement-merge", args=[world.statement.pk]), {"other": other.pk}
    )
    assert response.status_code == 302
    assert not Statement.objects.filter(text="Other").exists()


def test_reader_shows_controls_to_editors_only(world, client, editor_client, reader):
    url = world.source_a.get_absolute_url()
    html = editor_client.get(url).content.decode()
    assert f'id="qc-{world.quote_a.pk}"' in html
    assert reverse("source-update", args=[world.source_a.pk]) in html
    client.force_login(reader)
    html = client.get(url).content.decode()
    assert 'class="qc' not in html and "quotation-reattribute" not in html


def test_reader_with_editor_controls_has_no_n_plus_one(
    world, editor_client, make_quote, django_assert_max_num_queries
):
    with django_assert_max_num_queries(20) as few:
        editor_client.get(world.source_a.get_absolute_url())
    for words in ["Mike", "Pompeo said", "Nikki", "agreed", "he said"]:
        make_quote(world.source_a, words, world.haley)
    with django_assert_max_num_queries(len(few.captured_queries)):
        editor_client.get(world.source_a.get_absolute_url())


def test_speaker_and_statement_pages_carry_editor_hooks(world, editor_client):
    html = editor_client.get(world.pompeo.get_absolute_url()).content.decode()
    assert reverse("speaker-merge", args=[world.pompeo.slug]) in html
    html = editor_client.get(world.statement.get_absolute_url()).content.decode()
    assert reverse("statement-merge", args=[world.statement.pk]) in html
    assert reverse("quotation-link", args=[world.quote_a.pk]) in html
