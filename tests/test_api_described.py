"""The API described: /api/ lists the endpoints, the OpenAPI document matches what they take
and return, and `limit` and cursors page through every row once."""

from __future__ import annotations

import pytest
from django.urls import reverse

from tracker.filters import ApiPageForm, SearchForm

pytestmark = pytest.mark.django_db


def test_the_api_index_lists_the_endpoints(client):
    html = client.get(reverse("api-index")).content.decode()
    for name in ("api-quotations", "api-speakers", "api-statements", "api-openapi"):
        assert reverse(name) in html
    data = client.get(reverse("api-index"), {"format": "json"}).json()
    assert {e["name"] for e in data["endpoints"]} == {
        "api-quotations",
        "api-speakers",
        "api-statements",
    }


def test_the_openapi_document_matches_the_api(client, founding_articles):
    doc = client.get(reverse("api-openapi")).json()
    assert doc["openapi"].startswith("3.1")
    paging = set(ApiPageForm.base_fields)
    search = {"q", "speaker", "outlet", "start", "end", "statement"}
    assert search <= set(SearchForm.base_fields)
    for path, schema_name in (
        ("/api/quotations/", "Quotation"),
        ("/api/speakers/", "Speaker"),
        ("/api/statements/", "Statement"),
    ):
        get = doc["paths"][path]["get"]
        names = {p["name"] for p in get["parameters"]}
        assert paging <= names
        answer = client.get(path, {"limit": 1}).json()
        schema = doc["components"]["schemas"][schema_name]["properties"]
        assert set(answer["results"][0]) == set(schema), path
        page_schema = get["responses"]["200"]["content"]["application/json"]["schema"]
        assert set(answer) == set(page_schema["properties"])


@pytest.mark.parametrize("name", ["api-quotations", "api-speakers", "api-statements"])
def test_limit_and_cursors_page_through_every_row_once(client, founding_articles, name):
    everything = client.get(reverse(name), {"limit": 200}).json()["results"]
    seen, url, params = [], reverse(name), {"limit": 3, "cursor": ""}
    first = client.get(url, {"limit": 3}).json()
    assert len(first["results"]) == 3
    answer = first
    seen += [r["id"] for r in answer["results"]]
    while answer["next_cursor"]:
        params["cursor"] = answer["next_cursor"]
        answer = client.get(url, params).json()
        assert len(answer["results"]) <= 3
        seen += [r["id"] for r in answer["results"]]
    assert seen == [r["id"] for r in everything]


def test_a_forged_cursor_is_a_400(client, founding_articles):
    for cursor in ("nonsense", "WzEsMiwzXQ", "WyJ4IiwxXQ"):
        response = client.get(reverse("api-quotations"), {"cursor": cursor})
        assert response.status_code == 400 and "cursor" in response.json()["errors"]


@pytest.mark.parametrize("limit", ["0", "201", "x", "-1"])
def test_a_limit_out_of_bounds_is_a_400_naming_it(client, founding_articles, limit):
    for name in ("api-quotations", "api-speakers", "api-statements"):
        response = client.get(reverse(name), {"limit": limit})
        assert response.status_code == 400 and "limit" in response.json()["errors"], name


@pytest.mark.parametrize(
    "filters",
    [{"speaker": "mike-pompeo"}, {"q": "sanctions"}, {"q": "north korea", "sort": "date"}],
)
def test_cursors_keep_the_search_filters(client, founding_articles, filters):
    url = reverse("api-quotations")
    everything = [r["id"] for r in client.get(url, {**filters, "limit": 200}).json()["results"]]
    assert len(everything) >= 3
    seen, answer = [], client.get(url, {**filters, "limit": 2}).json()
    seen += [r["id"] for r in answer["results"]]
    while answer["next_cursor"]:
        answer = client.get(url, {**filters, "limit": 2, "cursor": answer["next_cursor"]}).json()
        assert 0 < len(answer["results"]) <= 2
        seen += [r["id"] for r in answer["results"]]
    assert seen == everything


def test_the_api_and_export_links_on_the_pages_work(client, founding_articles):
    """The links people follow: /api/'s endpoints answer JSON, and a speaker's download is
    named after the speaker."""
    for name in ("api-quotations", "api-speakers", "api-statements", "api-openapi"):
        response = client.get(reverse(name))
        assert response.status_code == 200 and response["Content-Type"].startswith(
            "application/json"
        ), name
    response = client.get(reverse("quotation-export", args=["json"]), {"speaker": "ma-zhaoxu"})
    assert 'filename="quotations-ma-zhaoxu.json"' in response["Content-Disposition"]
