"""Follow buttons, the Following page and the alert list, through the pages a reader uses."""

from __future__ import annotations

import pytest
from django.contrib.auth.models import User

from tracker.models import Alert, Speaker, Watch
from tracker.services.watch_terms import anchor_key
from tracker.services.watches import Target, follow


@pytest.fixture
def pompeo(founding_articles) -> Speaker:
    return Speaker.objects.get(name="Mike Pompeo")


def test_a_reader_who_is_not_an_editor_follows_a_speaker_on_a_topic(reader_client, reader, pompeo):
    response = reader_client.post(
        "/following/new/",
        {
            "kind": "speaker",
            "speaker": pompeo.slug,
            "q": "sanctions",
            "next": pompeo.get_absolute_url(),
        },
    )
    assert response.status_code == 302 and response["Location"] == pompeo.get_absolute_url()
    watch = Watch.objects.get(user=reader)
    assert (watch.kind, watch.speaker, watch.query) == ("speaker", pompeo, "sanctions")
    assert watch.anchor == anchor_key(f"speaker:{pompeo.pk}")


def test_following_with_htmx_returns_the_button_saying_following(
    reader_client, pompeo, htmx_headers
):
    response = reader_client.post(
        "/following/new/",
        {"kind": "speaker", "speaker": pompeo.slug, "next": "/"},
        headers=htmx_headers,
    )
    html = response.content.decode()
    assert response.status_code == 200 and "<html" not in html
    assert "Following" in html and "Unfollow" in html


def test_following_twice_keeps_one_watch(reader_client, reader, pompeo):
    for _ in range(2):
        reader_client.post("/following/new/", {"kind": "speaker", "speaker": pompeo.slug})
    assert Watch.objects.filter(user=reader).count() == 1


def test_following_needs_a_login(client, pompeo):
    response = client.post("/following/new/", {"kind": "speaker", "speaker": pompeo.slug})
    assert response.status_code == 302 and "/accounts/login/" in response["Location"]
    assert not Watch.objects.exists()


def test_following_checks_csrf(reader, pompeo):
    from django.test import Client

    csrf_client = Client(enforce_csrf_checks=True)
    csrf_client.force_login(reader)
    response = csrf_client.post("/following/new/", {"kind": "speaker", "speaker": pompeo.slug})
    assert response.status_code == 403


@pytest.mark.parametrize(
    "data",
    [
        {"kind": "speaker", "speaker": "nobody-at-all"},
        {"kind": "speaker"},
        {"kind": "bogus"},
        {"kind": "search", "start": "2018-01-01"},
        {"kind": "statement", "statement": "x"},
    ],
)
def test_bad_follow_requests_get_400_with_a_message(reader_client, data, htmx_headers, db):
    response = reader_client.post("/following/new/", data, headers=htmx_headers)
    assert response.status_code == 400 and b'role="alert"' in response.content
    assert not Watch.objects.exists()


def test_an_open_redirect_is_refused(reader_client, pompeo):
    response = reader_client.post(
        "/following/new/",
        {"kind": "speaker", "speaker": pompeo.slug, "next": "https://evil.example/"},
    )
    assert response["Location"] == "/following/"


def test_speaker_statement_and_search_pages_have_follow_buttons(reader_client, pompeo):
    statement = pompeo.quotations.exclude(statement=None).first().statement
    for url, expected in [
        (pompeo.get_absolute_url(), 'name="kind" value="speaker"'),
        (statement.get_absolute_url(), 'name="kind" value="statement"'),
        ("/quotations/?q=sanctions", 'name="kind" value="search"'),
    ]:
        html = reader_client.get(url).content.decode()
        assert expected in html, url
        assert "Atom feed" in html


def test_visitors_are_asked_to_log_in_to_follow(client, pompeo):
    html = client.get(pompeo.get_absolute_url()).content.decode()
    assert "Log in to follow" in html and 'name="kind"' not in html


def test_the_button_shows_my_watch_and_not_someone_elses(reader_client, reader, pompeo):
    other = User.objects.create_user("otto", password="x")
    follow(other, Target(kind=Watch.Kind.SPEAKER, speaker=pompeo))
    html = reader_client.get(pompeo.get_absolute_url()).content.decode()
    assert "Unfollow" not in html
    follow(reader, Target(kind=Watch.Kind.SPEAKER, speaker=pompeo))
    html = reader_client.get(pompeo.get_absolute_url()).content.decode()
    assert "Unfollow" in html


def test_the_following_page_lists_changes_and_removes(reader_client, reader, pompeo, htmx_headers):
    watch, _ = follow(reader, Target(kind=Watch.Kind.SPEAKER, speaker=pompeo, query="sanctions"))
    html = reader_client.get("/following/").content.decode()
    assert "Mike Pompeo on “sanctions”" in html
    response = reader_client.post(
        f"/following/{watch.pk}/edit/",
        {f"w{watch.pk}-cadence": "daily", f"w{watch.pk}-by_email": "on"},
        headers=htmx_headers,
    )
    assert response.status_code == 200 and b"Saved" in response.content
    watch.refresh_from_db()
    assert (watch.cadence, watch.by_email, watch.by_webhook) == ("daily", True, False)
    response = reader_client.post(f"/following/{watch.pk}/delete/")
    assert response.status_code == 302
    assert not Watch.objects.filter(pk=watch.pk).exists()


def test_bad_cadence_is_a_400(reader_client, reader, pompeo):
    watch, _ = follow(reader, Target(kind=Watch.Kind.SPEAKER, speaker=pompeo))
    response = reader_client.post(
        f"/following/{watch.pk}/edit/", {f"w{watch.pk}-cadence": "hourly"}
    )
    assert response.status_code == 400


def test_nobody_changes_someone_elses_watch(reader_client, pompeo):
    other = User.objects.create_user("otto", password="x")
    watch, _ = follow(other, Target(kind=Watch.Kind.SPEAKER, speaker=pompeo))
    assert reader_client.post(f"/following/{watch.pk}/delete/").status_code == 404
    assert reader_client.post(f"/following/{watch.pk}/edit/", {}).status_code == 404
    assert Watch.objects.filter(pk=watch.pk).exists()


def test_webhook_settings_refuse_private_addresses(reader_client, reader, settings):
    settings.WEBHOOK_ALLOWED_NETWORKS = []
    response = reader_client.post(
        "/following/settings/",
        {"email": "rita@example.org", "webhook_url": "http://127.0.0.1:8000/x"},
    )
    assert response.status_code == 400 and "private or local address" in response.content.decode()
    response = reader_client.post(
        "/following/settings/", {"email": "rita@example.org", "webhook_url": ""}
    )
    assert response.status_code == 302
    assert reader.alert_settings.email == "rita@example.org"


def test_alerts_page_and_unread_count_in_the_header(reader_client, reader, pompeo, ingest):
    follow(reader, Target(kind=Watch.Kind.SPEAKER, speaker=pompeo))
    ingest()
    html = reader_client.get("/").content.decode()
    assert 'aria-label="1 unread"' in html
    html = reader_client.get("/notifications/").content.decode()
    assert "Pompeo presses on sanctions" in html and "Pompeo told reporters." in html
    assert "statement timeline" in html
    reader_client.post("/notifications/read/", {})
    assert not Alert.objects.filter(user=reader, read_at=None).exists()
    assert (
        "unread"
        not in reader_client.get("/")
        .content.decode()
        .split("</header>")[0]
        .split("alerts-link")[1][:80]
    )


def test_the_unread_count_is_never_another_users(client, reader, pompeo, ingest):
    follow(reader, Target(kind=Watch.Kind.SPEAKER, speaker=pompeo))
    ingest()
    other = User.objects.create_user("otto", password="x")
    client.force_login(reader)
    assert b'aria-label="1 unread"' in client.get(pompeo.get_absolute_url()).content
    client.force_login(other)
    assert b"unread" not in client.get(pompeo.get_absolute_url()).content.split(b"</header>")[0]


def test_notification_pages_need_a_login(client, db):
    assert client.get("/notifications/").status_code == 302
    assert client.get("/following/").status_code == 302


def test_a_speakers_page_shows_my_watch_of_that_speaker_on_a_topic(reader_client, reader, pompeo):
    follow(reader, Target(kind=Watch.Kind.SPEAKER, speaker=pompeo, query="sanctions"))
    html = reader_client.get(pompeo.get_absolute_url()).content.decode()
    assert "Following on “sanctions”" in html and "Unfollow" in html
    # Filtering the timeline by other words offers to follow the speaker on those.
    html = reader_client.get(pompeo.get_absolute_url() + "?q=tariffs").content.decode()
    assert 'name="q" value="tariffs"' in html and "Unfollow" not in html
