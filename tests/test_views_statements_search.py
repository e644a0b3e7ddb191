"""Statement page, quotation search (full text on both databases) and its exports."""

from __future__ import annotations

import csv
import io
import json

import pytest
from django.urls import reverse

from tracker.models import Quotation, Speaker, Statement

pytestmark = pytest.mark.django_db


def streamed(response) -> str:
    return b"".join(response.streaming_content).decode()


@pytest.fixture
def ffvd(founding_articles) -> Statement:
    return Statement.objects.get(text__icontains="fully verified denuclearization")


def test_statement_page_lists_every_occurrence_and_word_level_variants(client, ffvd):
    body = client.get(ffvd.get_absolute_url()).content.decode()
    assert body.count('class="said"') == 2
    assert "Seoul Desk (sample)" in body and "Singapore Desk (sample)" in body
    assert "<ins>" in body  # the longer wording adds words
    assert "Attribution conflict" not in body


def test_statement_page_warns_when_outlets_attribute_it_to_different_speakers(client, ffvd):
    quotation = ffvd.quotations.order_by("pk").last()
    quotation.speaker = Speaker.objects.get(slug="nikki-haley")
    quotation.save()
    ffvd.kind = Statement.Kind.UTTERANCE
    ffvd.has_conflict = True
    ffvd.save()
    body = client.get(ffvd.get_absolute_url()).content.decode()
    assert "Attribution conflict" in body
    # The evidence side by side: each speaker with the story that names them.
    evidence = body[body.index('id="conflict-h"') : body.index('id="occ-h"')]
    assert "Nikki Haley</a> <span class=\"meta\">1 story" in evidence
    assert "Mike Pompeo</a> <span class=\"meta\">1 story" in evidence


def test_statement_page_queries_are_bounded(client, ffvd, django_assert_max_num_queries):
    with django_assert_max_num_queries(7):  # incl. the page cache's stamp lookups
        client.get(ffvd.get_absolute_url())


def test_search_finds_and_highlights_matching_words(client, founding_articles):
    body = client.get(reverse("quotation-list"), {"q": "sanctions"}).content.decode()
    assert "<mark>sanctions</mark>" in body
    assert "Strict enforcement of" in body
    assert "China and Russia blocked it" not in body  # no sanctions in that quotation


def test_search_highlighting_escapes_quotation_text(client, db):
    from tracker.models import Source

    text = '"The sanctions <b>& more</b>," she said.'
    end = text.index(",")
    source = Source.objects.create(text=text, content_hash="h" * 64)
    Quotation.objects.create(source=source, start=1, end=end, text=text[1:end])
    body = client.get(reverse("quotation-list"), {"q": "sanctions"}).content.decode()
    assert "The <mark>sanctions</mark> &lt;b&gt;&amp; more&lt;/b&gt;" in body


def test_search_filters_by_speaker_and_returns_a_fragment_for_htmx(
    client, founding_articles, htmx_headers
):
    response = client.get(
        reverse("quotation-list"), {"q": "sanctions", "speaker": "ma-zhaoxu"}, headers=htmx_headers
    )
    body = response.content.decode()
    assert "<html" not in body and body.lstrip().startswith('<div id="results"')
    assert "We will fully implement" in body
    assert "Strict enforcement" not in body


def test_search_pages_load_more_as_a_rows_fragment(client, founding_articles, htmx_headers):
    body = client.get(reverse("quotation-list"), {"page": 2}, headers=htmx_headers).content
    assert b"<html" not in body and b'id="results"' not in body


@pytest.mark.parametrize(
    "params",
    [
        {"speaker": "no-such-person"},
        {"speaker": "bad slug!"},
        {"end": "31/12/2020"},
        {"page": "-1"},
    ],
)
def test_bad_search_parameters_answer_400(client, founding_articles, params):
    response = client.get(reverse("quotation-list"), params)
    assert response.status_code == 400
    assert "not understood" in response.content.decode()


def test_search_queries_are_bounded(client, founding_articles, django_assert_max_num_queries):
    # The generation; speaker picker options; the ranked page (ranking, its newest ids, the rows),
    # the highlights; the tally (speakers, outlets, stories per day, its newest ids), the names.
    # PostgreSQL highlights the page's rows in one more query.
    with django_assert_max_num_queries(13):
        client.get(reverse("quotation-list"), {"q": "sanctions"})


def test_csv_export_has_the_same_filters_as_the_list(client, founding_articles):
    response = client.get(
        reverse("quotation-export", args=["csv"]), {"q": "sanctions", "speaker": "mike-pompeo"}
    )
    name = "quotations-mike-pompeo-sanctions.csv"
    assert response["Content-Disposition"] == f'attachment; filename="{name}"'
    rows = list(csv.DictReader(io.StringIO(streamed(response))))
    assert rows and {r["speaker"] for r in rows} == {"Mike Pompeo"}
    assert all("sanction" in r["text"].lower() for r in rows)
    assert {"date", "outlet", "article", "cue", "confidence", "statement_id"} <= set(rows[0])


def test_json_export_is_a_list_of_objects(client, founding_articles):
    response = client.get(reverse("quotation-export", args=["json"]), {"speaker": "nikki-haley"})
    rows = json.loads(streamed(response))
    assert len(rows) == 2 and rows[0]["speaker"] == "Nikki Haley"


def test_csv_export_defuses_spreadsheet_formulas(client, db):
    from tracker.models import Source

    text = '"=HYPERLINK(1)," he said.'
    source = Source.objects.create(text=text, content_hash="f" * 64)
    Quotation.objects.create(source=source, start=1, end=15, text=text[1:15])
    body = streamed(client.get(reverse("quotation-export", args=["csv"])))
    assert "'=HYPERLINK(1)" in body


def test_export_rejects_unknown_formats_and_bad_filters(client, founding_articles):
    assert client.get(reverse("quotation-export", args=["xls"])).status_code == 404
    response = client.get(reverse("quotation-export", args=["csv"]), {"start": "soon"})
    assert response.status_code == 400


def test_cached_search_results_include_a_newly_added_quotation(
    client, founding_articles, new_data
):
    from tracker.models import Source

    url = reverse("quotation-list")
    assert "Brand new sanctions" not in client.get(url, {"q": "sanctions"}).content.decode()
    text = '"Brand new sanctions today," she said.'
    source = Source.objects.create(text=text, content_hash="n" * 64)
    Quotation.objects.create(source=source, start=1, end=26, text=text[1:26])
    new_data(appended_only=True)
    assert (
        "Brand new <mark>sanctions</mark>" in client.get(url, {"q": "sanctions"}).content.decode()
    )
