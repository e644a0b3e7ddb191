"""A review queue you can clear: context with numbered candidate speakers, keys 1-9, filters,
paging, a count that follows, batch confirm of a statement's quotations."""

from __future__ import annotations

import pytest
from django.urls import reverse

from tracker.models import Quotation, is_indirect_mention

HX = {"HTTP_HX_REQUEST": "true"}


def test_a_card_shows_the_sentence_with_numbered_candidates(world, editor_client):
    html = editor_client.get(reverse("review-queue")).content.decode()
    # quote_he ("Sanctions stay,") is said by Pompeo per the extractor; Haley is the other
    # speaker of the article, so she is candidate 1, marked where her name appears.
    assert '<mark class="cand">Nikki Haley<sup class="key">1</sup></mark>' in html
    assert '<span class="quoted">&quot;Sanctions stay,&quot;</span>' in html
    assert 'data-key="1"' in html and "Nikki Haley</button>" in html


def test_a_number_key_form_reattributes_and_the_count_follows(world, editor_client):
    url = reverse("quotation-reattribute", args=[world.quote_he.pk])
    data = {"version": 1, "back": "review", "speaker": world.haley.pk, "filters": ""}
    html = editor_client.post(url, data, **HX).content.decode()
    world.quote_he.refresh_from_db()
    assert world.quote_he.speaker == world.haley
    assert '<strong class="left-count">0</strong>' in html and "Undo" in html


def test_an_unattributed_item_offers_no_confirm_but_asks_for_a_speaker(
    world, editor_client, make_quote
):
    lone = make_quote(world.source_b, "In Singapore", None)
    html = editor_client.get(reverse("review-queue"), {"reason": "unattributed"}).content.decode()
    assert f'id="ri-{lone.pk}"' in html and f'id="ri-{world.quote_he.pk}"' not in html
    card = html[html.index(f'id="ri-{lone.pk}"') :]
    assert 'data-key="c"' not in card and "Who said it?" in card


def test_filters_by_outlet_speaker_and_date_and_keep_after_a_decision(
    world, editor_client, make_quote
):
    url = reverse("review-queue")
    assert (
        f'id="ri-{world.quote_he.pk}"'
        in editor_client.get(
            url, {"outlet": "Straits Times", "speaker": "mike-pompeo", "start": "2018-08-01"}
        ).content.decode()
    )
    for params in ({"outlet": "Wire"}, {"speaker": "nikki-haley"}, {"end": "2018-01-01"}):
        html = editor_client.get(url, params).content.decode()
        assert '<strong class="left-count">0</strong>' in html, params
    assert editor_client.get(url, {"reason": "nonsense"}).status_code == 400
    # A decision made under a filter answers with the queue under the same filter.
    lone = make_quote(world.source_b, "In Singapore", None)
    confirm = reverse("quotation-confirm", args=[world.quote_he.pk])
    html = editor_client.post(
        confirm, {"version": 1, "back": "review", "filters": "outlet=Wire"}, **HX
    ).content.decode()
    assert f'id="ri-{lone.pk}"' in html and "with these filters" in html


def test_the_speaker_filter_is_the_search_pages_autocomplete(world, editor_client):
    """A typed name (or a picked option) filters the queue and shows as a removable chip; no
    slug to know, no long dropdown."""
    url = reverse("review-queue")
    page = editor_client.get(url).content.decode()
    assert 'id="review-picker-who"' in page and 'placeholder="e.g. mike-pompeo"' not in page
    for params in ({"who": "Mike Pompeo"}, {"who": "pompeo"}, {"pick": "mike-pompeo"}):
        html = editor_client.get(url, params).content.decode()
        assert f'id="ri-{world.quote_he.pk}"' in html, params
        assert '<input type="hidden" name="speaker" value="mike-pompeo">' in html
        assert 'aria-label="Remove Mike Pompeo"' in html
    html = editor_client.get(url, {"who": "Nikki Haley"}).content.decode()
    assert '<strong class="left-count">0</strong>' in html
    unknown = editor_client.get(url, {"who": "Zzyzx Qwv"})
    assert (
        unknown.status_code == 400
        and "No speaker is called anything like" in unknown.content.decode()
    )
    # Filtering by htmx swaps the picker too, so the chip shows the chosen speaker.
    html = editor_client.get(url, {"pick": "mike-pompeo"}, **HX).content.decode()
    assert 'id="review-picker" hx-swap-oob="true"' in html and "Remove Mike Pompeo" in html


def test_the_queue_pages_through_every_item(world, editor_client, make_quote):
    for i in range(30):
        make_quote(world.source_b, "In Singapore", None, confidence=0.1 + i / 1000)
    first = editor_client.get(reverse("review-queue")).content.decode()
    second = editor_client.get(reverse("review-queue"), {"page": 2}).content.decode()
    assert first.count('class="review-item"') == 25 and second.count('class="review-item"') == 6
    assert "Next 25" in first and "Previous 25" in second


def test_batch_confirm_of_a_statements_quotations(world, editor_client):
    Quotation.objects.filter(pk=world.quote_a.pk).update(confidence=0.2)
    html = editor_client.get(reverse("review-queue")).content.decode()
    assert "Confirm all 2 of this statement as Mike Pompeo" in html
    url = reverse("quotation-reattribute", args=[world.quote_a.pk])
    data = {"version": 1, "back": "review", "speaker": world.pompeo.pk, "scope": "all"}
    editor_client.post(url, data, **HX)
    statuses = set(
        Quotation.objects.filter(statement=world.statement).values_list(
            "attribution_status", flat=True
        )
    )
    assert statuses == {"corrected"}


@pytest.mark.parametrize(
    ("mention", "indirect"),
    [
        ("he", True),
        ("Him", True),
        ("someone", True),  # the identity gate's pronouns, not a second list
        ("the senator", True),
        ("his wife", True),
        ("Hisham Melhem", False),  # a name that starts like a pronoun
        ("Theresa May", False),
    ],
)
def test_indirect_mentions_are_the_gates_pronouns_and_descriptions(mention, indirect):
    assert is_indirect_mention(mention) is indirect
