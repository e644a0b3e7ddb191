"""Home page, article list and the article reader."""

from __future__ import annotations

from pathlib import Path

import pytest
from django.test import Client
from django.urls import reverse

from tracker.models import Quotation, Source, Speaker

pytestmark = pytest.mark.django_db
SAMPLE_CSS = Path(__file__).resolve().parents[1] / "static" / "tracker" / "app.css"


def test_home_shows_counts_latest_articles_and_active_speakers(client, founding_articles):
    response = client.get(reverse("home"))
    assert response.status_code == 200
    body = response.content.decode()
    assert "North Korea sanctions (004)" in body
    assert "Mike Pompeo" in body
    assert "fully verified denuclearization" in body  # the talking point repeated most
    assert f"<strong>{Source.objects.count()}</strong> articles" in body


def test_home_includes_the_ingest_form_for_editors_only(editor_client, founding_articles):
    assert 'id="ingest-form"' in editor_client.get(reverse("home")).content.decode()
    anonymous = Client().get(reverse("home")).content.decode()
    assert 'id="ingest-form"' not in anonymous
    assert reverse("source-create") in anonymous


def test_home_on_an_empty_tracker_invites_adding_articles(client, db):
    response = client.get(reverse("home"))
    assert response.status_code == 200
    assert "No articles yet" in response.content.decode()


def test_home_runs_a_bounded_number_of_queries(
    client, founding_articles, django_assert_max_num_queries, new_data
):
    # The first view counts everything; a view after a new article only what it added.
    with django_assert_max_num_queries(21):
        client.get(reverse("home"))
    new_data(appended_only=True)
    with django_assert_max_num_queries(12):
        client.get(reverse("home"))


def test_source_list_filters_by_outlet_and_pages_with_htmx(client, founding_articles, htmx_headers):
    response = client.get(reverse("source-list"), {"outlet": "Seoul Desk (sample)"})
    body = response.content.decode()
    assert "North Korea sanctions (000)" in body
    assert "North Korea sanctions (004)" not in body
    fragment = client.get(reverse("source-list"), headers=htmx_headers).content.decode()
    assert "<html" not in fragment
    assert "North Korea sanctions (004)" in fragment


def test_source_list_rejects_a_bad_date_with_400(client, db):
    response = client.get(reverse("source-list"), {"start": "yesterday-ish"})
    assert response.status_code == 400
    assert "Enter a valid date" in response.content.decode()


def test_reader_highlights_each_quotation_with_its_speaker_colour(client, founding_articles):
    source = founding_articles[0]
    response = client.get(source.get_absolute_url())
    body = response.content.decode()
    quotation = source.quotations.get(text__startswith="Strict enforcement of sanctions")
    assert f'id="q{quotation.pk}"' in body
    assert f'href="#qd{quotation.pk}"' in body
    assert 'data-speaker="Mike Pompeo"' in body
    assert f'id="qd{quotation.pk}"' in body  # the details panel entry the mark links to
    assert 'class="legend-item sp-0" href="?only=mike-pompeo"' in body  # legend


def test_the_legend_filters_to_one_speaker(client, founding_articles):
    source = founding_articles[0]
    body = client.get(source.get_absolute_url(), {"only": "mike-pompeo"}).content.decode()
    assert '<div class="reader only-0">' in body
    assert 'href="?only=mike-pompeo" aria-current="true"' in body
    assert "Showing one speaker" in body
    unknown = client.get(source.get_absolute_url(), {"only": "nobody"}).content.decode()
    assert '<div class="reader">' in unknown


def test_twenty_speakers_get_twenty_different_looks():
    from types import SimpleNamespace

    from tracker.templatetags.tracker_tags import speaker_colours

    quotes = [SimpleNamespace(speaker_id=n) for n in range(21)]
    colours = speaker_colours(quotes)
    assert len({colours[n] for n in range(20)}) == 20 and colours[20] == colours[0]
    css = (SAMPLE_CSS).read_text()
    assert all(f".sp-{n} {{" in css for n in range(20))
    assert ".reader.only-19 a.quote:not(.sp-19)" in css


def test_reader_escapes_untrusted_article_text(client, db):
    text = 'Intro <script>alert(1)</script>. "We will <b>win</b>," said Jane Roe.'
    source = Source.objects.create(text=text, content_hash="x" * 64, title="<i>Title</i>")
    speaker = Speaker.objects.create(name='Jane "<Roe>"', slug="jane-roe")
    start = text.index("We will")
    Quotation.objects.create(
        source=source,
        start=start,
        end=start + len("We will <b>win</b>,"),
        text="We will <b>win</b>,",
        speaker=speaker,
    )
    body = client.get(source.get_absolute_url()).content.decode()
    assert "<script>alert(1)</script>" not in body
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in body
    assert "<b>win</b>" not in body
    assert "<i>Title</i>" not in body
    assert 'data-speaker="Jane &quot;&lt;Roe&gt;&quot;"' in body


def test_reader_runs_a_bounded_number_of_queries(
    client, founding_articles, django_assert_max_num_queries
):
    with django_assert_max_num_queries(6):
        client.get(founding_articles[0].get_absolute_url())


def test_reader_404s_for_a_missing_article(client, db):
    assert client.get(reverse("source-detail", args=[999999])).status_code == 404


def test_anonymous_pages_are_cached_but_never_shown_to_logged_in_users(
    client, reader, founding_articles
):
    url = reverse("speaker-detail", args=["mike-pompeo"])
    anonymous = client.get(url).content.decode()
    assert "x-csrftoken" not in anonymous  # nothing personal in a cacheable page
    client.force_login(reader)
    personal = client.get(url).content.decode()
    assert "Log out rita" in personal and "x-csrftoken" in personal
    assert "rita" not in Client().get(url).content.decode()
