"""Compare view and its export; the read-only JSON API."""

from __future__ import annotations

import csv
import io

import pytest
from django.urls import reverse

pytestmark = pytest.mark.django_db

POMPEO_VS_MA = {"speaker": ["mike-pompeo", "ma-zhaoxu"], "q": "sanctions"}


def test_compare_puts_speakers_side_by_side_per_period(client, founding_articles):
    body = client.get(reverse("compare"), POMPEO_VS_MA).content.decode()
    assert '<th scope="col">Mike Pompeo</th><th scope="col">Ma Zhaoxu</th>' in body
    assert "Aug 2018" in body and "Undated" in body
    assert "We will fully implement the (U.N. sanctions) resolutions" in body


def test_compare_accepts_a_comma_separated_list_and_year_periods(client, founding_articles):
    response = client.get(
        reverse("compare"), {"speakers": "mike-pompeo,nikki-haley", "period": "year"}
    )
    assert response.status_code == 200
    assert '<time datetime="2018-01-01">2018</time>' in response.content.decode()


def test_compare_with_one_speaker_asks_for_another(client, founding_articles):
    response = client.get(reverse("compare"), {"speaker": "mike-pompeo"})
    assert response.status_code == 200
    assert "Choose at least two speakers" in response.content.decode()


def test_compare_htmx_request_gets_the_grid_fragment(client, founding_articles, htmx_headers):
    body = client.get(reverse("compare"), POMPEO_VS_MA, headers=htmx_headers).content.decode()
    assert "<html" not in body and body.lstrip().startswith('<div id="grid"')


@pytest.mark.parametrize(
    "params",
    [
        {"speaker": ["mike-pompeo", "ghost"]},
        {"speakers": "a,b,c,d,e"},
        {"speaker": ["mike-pompeo", "ma-zhaoxu"], "period": "decade"},
        {"speakers": "bad slug!"},
    ],
)
def test_bad_compare_parameters_answer_400(client, founding_articles, params):
    assert client.get(reverse("compare"), params).status_code == 400


def test_compare_queries_are_bounded(client, founding_articles, django_assert_max_num_queries):
    # page-cache stamp (2), speakers, picker options (2), data stamp (2), counts, 2 per speaker
    with django_assert_max_num_queries(12):
        client.get(reverse("compare"), POMPEO_VS_MA)
    with django_assert_max_num_queries(2):  # the anonymous page cache: only the stamp
        client.get(reverse("compare"), POMPEO_VS_MA)


def test_compare_export_has_a_period_column(client, founding_articles):
    response = client.get(reverse("compare-export", args=["csv"]), POMPEO_VS_MA)
    rows = list(csv.DictReader(io.StringIO(b"".join(response.streaming_content).decode())))
    assert {r["speaker"] for r in rows} == {"Mike Pompeo", "Ma Zhaoxu"}
    assert {r["period"] for r in rows} == {"Aug 2018", "Undated"}


def test_api_quotations_pages_with_next_links(client, founding_articles):
    data = client.get(reverse("api-quotations"), {"page_size": 5}).json()
    assert len(data["results"]) == 5 and data["previous"] is None
    assert "page=2" in data["next"]
    second = client.get(data["next"]).json()
    assert second["page"] == 2
    assert {r["id"] for r in second["results"]}.isdisjoint({r["id"] for r in data["results"]})


def test_api_quotations_use_the_search_filters(client, founding_articles):
    data = client.get(reverse("api-quotations"), {"speaker": "ma-zhaoxu"}).json()
    assert {r["speaker"] for r in data["results"]} == {"Ma Zhaoxu"} and data["next"] is None


def test_api_speakers_and_statements(client, founding_articles):
    speakers = client.get(reverse("api-speakers"), {"page_size": 200}).json()["results"]
    pompeo = next(s for s in speakers if s["id"] == "mike-pompeo")
    assert "Pompeo" in pompeo["aliases"]
    assert pompeo["roles"][0]["title"] == pompeo["role"] and "external_id" in pompeo
    statements = client.get(reverse("api-statements")).json()["results"]
    assert statements[0]["quotation_count"] >= statements[-1]["quotation_count"]


def test_api_rejects_bad_paging_and_writes(client, founding_articles):
    assert client.get(reverse("api-quotations"), {"page_size": 10_000}).status_code == 400
    assert client.get(reverse("api-speakers"), {"page": "x"}).status_code == 400
    assert client.post(reverse("api-quotations")).status_code == 405


def test_api_queries_are_bounded(client, founding_articles, django_assert_max_num_queries):
    with django_assert_max_num_queries(3):
        client.get(reverse("api-speakers"))
    with django_assert_max_num_queries(3):
        client.get(reverse("api-quotations"))


def test_compare_export_names_say_what_they_hold(client, founding_articles):
    response = client.get(
        reverse("compare-export", args=["csv"]),
        {"speaker": ["mike-pompeo", "ma-zhaoxu"], "q": "sanctions"},
    )
    name = "compare-mike-pompeo-ma-zhaoxu-on-sanctions-by-month.csv"
    assert f'filename="{name}"' in response["Content-Disposition"]
