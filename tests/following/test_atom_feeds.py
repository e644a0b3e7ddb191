"""Atom feeds of a speaker, a statement and a search: valid Atom, stable links, full entries."""

from __future__ import annotations

import html
import xml.etree.ElementTree as ET

import pytest

from tracker.models import Speaker

ATOM = "{http://www.w3.org/2005/Atom}"


def atom(response) -> ET.Element:
    assert response.status_code == 200
    assert response["Content-Type"].startswith("application/atom+xml")
    root = ET.fromstring(response.content)
    assert root.tag == f"{ATOM}feed"
    for required in ("id", "title", "updated"):
        assert root.find(f"{ATOM}{required}") is not None, required
    for entry in root.findall(f"{ATOM}entry"):
        for required in ("id", "title", "updated", "link"):
            assert entry.find(f"{ATOM}{required}") is not None, required
    return root


@pytest.fixture
def pompeo(founding_articles) -> Speaker:
    return Speaker.objects.get(name="Mike Pompeo")


def test_a_speakers_feed_carries_quotation_speaker_outlet_date_and_link(client, pompeo):
    root = atom(client.get(f"/speakers/{pompeo.slug}/feed/"))
    entries = root.findall(f"{ATOM}entry")
    assert len(entries) == pompeo.quotations.count()
    newest = pompeo.quotations.order_by("-id").first()
    first = entries[0]
    assert first.find(f"{ATOM}id").text == f"quotation:{newest.pk}"
    link = first.find(f"{ATOM}link").get("href")
    assert link == f"http://testserver/quotations/{newest.pk}/"
    assert first.find(f"{ATOM}author/{ATOM}name").text == "Mike Pompeo"
    summary = html.unescape(first.find(f"{ATOM}summary").text)
    assert newest.text in summary and newest.source.outlet in summary
    assert first.find(f"{ATOM}category").get("term") == newest.source.outlet
    assert first.find(f"{ATOM}published").text.startswith(newest.published.isoformat())


def test_a_speakers_feed_on_a_topic_keeps_only_that_topic(client, pompeo):
    root = atom(client.get(f"/speakers/{pompeo.slug}/feed/?q=smuggling"))
    texts = [e.find(f"{ATOM}title").text for e in root.findall(f"{ATOM}entry")]
    assert texts and all("smuggling" in t for t in texts)


def test_a_statements_feed_lists_its_occurrences(client, pompeo):
    statement = pompeo.quotations.exclude(statement=None).first().statement
    root = atom(client.get(f"/statements/{statement.pk}/feed/"))
    assert len(root.findall(f"{ATOM}entry")) == statement.quotations.count()
    alternate = root.find(f"{ATOM}link[@rel='alternate']").get("href")
    assert alternate == f"http://testserver/statements/{statement.pk}/"


def test_a_search_feed_follows_the_search(client, founding_articles):
    root = atom(client.get("/quotations/feed/?q=sanctions"))
    entries = root.findall(f"{ATOM}entry")
    assert entries and all("sanction" in e.find(f"{ATOM}summary").text.lower() for e in entries)
    assert (
        root.find(f"{ATOM}link[@rel='alternate']").get("href").endswith("/quotations/?q=sanctions")
    )


@pytest.mark.parametrize(
    "url",
    [
        "/quotations/feed/?start=not-a-date",
        "/quotations/feed/?speaker=nobody",
        "/speakers/mike-pompeo/feed/?start=2019-01-01&end=2018-01-01",
    ],
)
def test_bad_feed_filters_are_a_400(client, founding_articles, url):
    assert client.get(url).status_code == 400


def test_unknown_speakers_and_statements_are_404(client, db):
    assert client.get("/speakers/nobody/feed/").status_code == 404
    assert client.get("/statements/999999/feed/").status_code == 404


def test_the_digest_command_sends_pending_alerts(db, capsys):
    from django.core.management import call_command

    call_command("send_digests")
    assert "Sent 0 alert(s) to 0 user(s)." in capsys.readouterr().out


def test_the_following_page_links_each_watchs_feed(client, reader, founding_articles):
    from tracker.models import Watch
    from tracker.services.watches import Target, follow

    follow(reader, Target(kind=Watch.Kind.OUTLET, outlet="Seoul Desk (sample)"))
    client.force_login(reader)
    html = client.get("/following/").content.decode()
    feed = "/quotations/feed/?outlet=Seoul+Desk+%28sample%29"
    assert f'href="{feed}"' in html
    entries = atom(client.get(feed)).findall(f"{ATOM}entry")
    assert entries and all(
        e.find(f"{ATOM}category").get("term") == "Seoul Desk (sample)" for e in entries
    )
