"""Alerts after ingest: matching the new quotations, one alert per story, email and webhook."""

from __future__ import annotations

import hashlib
import hmac

import pytest
from django.core import mail
from django.utils import timezone

from tracker.models import Alert, Speaker, Watch
from tracker.services import alert_delivery
from tracker.services.alert_delivery import DeliveryError, check_webhook_address, send_digests
from tracker.services.watches import Target, follow, settings_for


def hook(user, receiver):
    """Send the user's webhooks to the local receiver; returns their alert settings."""
    options = settings_for(user)
    options.webhook_url = receiver.url
    options.save()
    return options


@pytest.fixture
def pompeo(founding_articles) -> Speaker:
    return Speaker.objects.get(name="Mike Pompeo")


@pytest.fixture
def statement(pompeo):
    """The founding articles' 'final, fully verified denuclearization' statement."""
    quotation = pompeo.quotations.filter(text__contains="fully verified").first()
    return quotation.statement


def test_a_speaker_on_a_topic_alerts_once_per_story_with_its_sentence(reader, pompeo, ingest):
    follow(reader, Target(kind=Watch.Kind.SPEAKER, speaker=pompeo, query="sanctions"))
    source = ingest()
    alert = Alert.objects.get(user=reader)
    assert alert.source == source
    assert alert.content["reasons"][0]["label"] == "Mike Pompeo on “sanctions”"
    [item] = alert.content["quotations"]
    assert item["before"] + item["said"] + item["after"] == (
        '"We will keep the sanctions until the final, fully verified denuclearization of '
        'North Korea," Pompeo told reporters.'
    )
    assert item["said"].startswith("We will keep the sanctions")
    # The quotation's own permanent page (the story is linked apart).
    assert item["url"] == f"/quotations/{item['id']}/"
    assert alert.content["outlets"] == ["Wire One"]


def test_a_speaker_off_topic_does_not_alert(reader, pompeo, ingest):
    follow(reader, Target(kind=Watch.Kind.SPEAKER, speaker=pompeo, query="tariffs"))
    ingest()
    assert not Alert.objects.filter(user=reader).exists()


def test_a_resurfacing_statement_shows_its_word_changes(reader, statement, ingest):
    follow(reader, Target(kind=Watch.Kind.STATEMENT, statement=statement))
    ingest()
    alert = Alert.objects.get(user=reader)
    [item] = alert.content["quotations"]
    assert item["resurfaced"] is True
    assert item["statement_url"] == f"/statements/{statement.pk}/"
    assert item["previous"] != item["text"]
    inserted = " ".join(text for op, text in item["diff"] if op == "insert")
    assert "We will keep the sanctions until the" in inserted


def test_a_reprint_adds_its_outlet_instead_of_a_second_alert(reader, pompeo, ingest, texts):
    follow(reader, Target(kind=Watch.Kind.SPEAKER, speaker=pompeo), by_email=True)
    reader.email = "rita@example.org"
    reader.save()
    ingest()
    ingest(text=texts["reprint"], outlet="Wire Two", date="2018-08-07")
    alert = Alert.objects.get(user=reader)
    assert alert.content["outlets"] == ["Wire One", "Wire Two"]
    assert len(mail.outbox) == 1


def test_a_new_story_of_the_same_speaker_is_a_new_alert(reader, pompeo, ingest, texts):
    follow(reader, Target(kind=Watch.Kind.SPEAKER, speaker=pompeo))
    ingest()
    another = (
        "Pompeo returns to Asia\n\nTOKYO, Aug. 20 (Reuters) - On a second trip in a month, "
        'Mike Pompeo met Japanese officials. "Japan and the United States stand together on '
        'North Korea," Pompeo said after the talks in Tokyo.'
    )
    ingest(text=another, title="Pompeo again", date="2018-08-20")
    assert Alert.objects.filter(user=reader).count() == 2


def test_the_email_says_what_matched_and_links_the_story(reader, statement, ingest, settings):
    settings.SITE_URL = "https://quotes.example.org"
    settings_for(reader)
    reader.alert_settings.email = "rita@example.org"
    reader.alert_settings.save()
    follow(reader, Target(kind=Watch.Kind.STATEMENT, statement=statement), by_email=True)
    source = ingest()
    [message] = mail.outbox
    assert message.to == ["rita@example.org"]
    assert "in “Pompeo presses on sanctions”" in message.subject
    assert f"Story: https://quotes.example.org/sources/{source.pk}/" in message.body
    assert (
        f"Statement timeline: https://quotes.example.org/statements/{statement.pk}/" in message.body
    )
    assert "Pompeo told reporters." in message.body
    assert "Said before" in message.body and "[+" in message.body
    html = message.alternatives[0].content
    assert "<ins>" in html and "&lt;" not in message.subject


def test_the_webhook_gets_a_signed_json_alert(reader, pompeo, ingest, webhook_server):
    options = hook(reader, webhook_server)
    follow(
        reader, Target(kind=Watch.Kind.SPEAKER, speaker=pompeo, query="sanctions"), by_webhook=True
    )
    ingest()
    [request] = webhook_server.requests
    expected = hmac.new(options.webhook_secret.encode(), request["body"], hashlib.sha256)
    assert request["headers"]["X-Quote-Tracker-Signature"] == "sha256=" + expected.hexdigest()
    [payload] = webhook_server.bodies()
    [alert] = payload["alerts"]
    assert payload["type"] == "alert"
    assert alert["title"] == "Pompeo presses on sanctions"
    assert alert["quotations"][0]["speaker"] == "Mike Pompeo"
    assert alert["story_url"].startswith("http")
    assert Alert.objects.get(user=reader).posted_at is not None


def test_a_failing_webhook_is_retried_with_backoff(reader, pompeo, ingest, webhook_server):
    webhook_server.fail = 2
    hook(reader, webhook_server)
    follow(reader, Target(kind=Watch.Kind.SPEAKER, speaker=pompeo), by_webhook=True)
    ingest()
    assert len(webhook_server.requests) == 3
    alert = Alert.objects.get(user=reader)
    assert alert.webhook_attempts == 3 and alert.posted_at is not None


def test_a_webhook_that_keeps_failing_stops_after_the_last_attempt(
    reader, pompeo, ingest, webhook_server, settings
):
    settings.WEBHOOK_ATTEMPTS = 2
    webhook_server.fail = 10
    hook(reader, webhook_server)
    follow(reader, Target(kind=Watch.Kind.SPEAKER, speaker=pompeo), by_webhook=True)
    ingest()
    alert = Alert.objects.get(user=reader)
    assert len(webhook_server.requests) == 2
    assert alert.posted_at is None and "HTTP 503" in alert.webhook_error


@pytest.mark.parametrize(
    "url",
    [
        "http://127.0.0.1:9/x",
        "http://10.0.0.5/x",
        "http://[::1]/x",
        "http://169.254.169.254/",
        "ftp://example.org/",
        "http://localhost/x",
    ],
)
def test_private_and_loopback_webhooks_are_refused(url, settings):
    settings.WEBHOOK_ALLOWED_NETWORKS = []
    with pytest.raises(DeliveryError) as refused:
        check_webhook_address(url)
    assert refused.value.retry is False


def test_a_refused_webhook_is_not_retried(reader, pompeo, ingest, webhook_server, settings):
    settings.WEBHOOK_ALLOWED_NETWORKS = []
    hook(reader, webhook_server)
    follow(reader, Target(kind=Watch.Kind.SPEAKER, speaker=pompeo), by_webhook=True)
    ingest()
    alert = Alert.objects.get(user=reader)
    assert webhook_server.requests == [] and alert.webhook_attempts == 1
    assert "private or local address" in alert.webhook_error


def test_daily_digest_alerts_wait_for_the_digest(reader, pompeo, ingest, webhook_server):
    reader.email = "rita@example.org"
    reader.save()
    hook(reader, webhook_server)
    follow(
        reader,
        Target(kind=Watch.Kind.SPEAKER, speaker=pompeo),
        cadence=Watch.Cadence.DAILY,
        by_email=True,
        by_webhook=True,
    )
    ingest()
    assert mail.outbox == [] and webhook_server.requests == []
    assert Alert.objects.get(user=reader).immediate is False
    run = send_digests()
    assert (run.users, run.alerts, run.failures) == (1, 1, [])
    [message] = mail.outbox
    assert "daily digest (1 story)" in message.subject
    assert webhook_server.bodies()[0]["type"] == "digest"
    assert send_digests().alerts == 0  # sent once


def test_other_users_watches_do_not_alert_me(reader, editor, pompeo, ingest):
    follow(editor, Target(kind=Watch.Kind.SPEAKER, speaker=pompeo))
    ingest()
    assert not Alert.objects.filter(user=reader).exists()
    assert Alert.objects.filter(user=editor).count() == 1


def test_saved_search_and_outlet_watches_match(reader, ingest):
    follow(reader, Target(kind=Watch.Kind.SEARCH, query="talks going"))
    follow(reader, Target(kind=Watch.Kind.OUTLET, outlet="wire one"))
    ingest()
    alert = Alert.objects.get(user=reader)
    labels = {r["label"] for r in alert.content["reasons"]}
    assert labels == {"“talks going”", "Everything in wire one"}


def test_delivery_uses_the_alert_once(reader, pompeo, ingest):
    reader.email = "rita@example.org"
    reader.save()
    follow(reader, Target(kind=Watch.Kind.SPEAKER, speaker=pompeo), by_email=True)
    ingest()
    alert_delivery.email_alert(Alert.objects.get(user=reader))
    assert len(mail.outbox) == 1


def test_with_a_worker_backend_a_failed_webhook_is_retried_later_not_waited_for(
    reader, pompeo, ingest, webhook_server, settings, monkeypatch
):
    """A backend that can defer gets the retry with run_after = now + the backoff."""
    from django.tasks.base import Task

    from tracker.services import watch_tasks

    queued = []

    class Deferring:
        supports_defer = True

        def validate_task(self, task):
            pass

        def enqueue(self, task, args, kwargs):
            queued.append((task, args))

    hook(reader, webhook_server)
    follow(reader, Target(kind=Watch.Kind.SPEAKER, speaker=pompeo), by_webhook=True)
    ingest()  # matching runs here; now make retries go to the "worker" backend
    alert = Alert.objects.get(user=reader)
    Alert.objects.filter(pk=alert.pk).update(posted_at=None, webhook_attempts=0)
    webhook_server.requests.clear()
    webhook_server.fail = 1
    settings.WEBHOOK_BACKOFF_SECONDS = 30
    monkeypatch.setattr(Task, "get_backend", lambda self: Deferring())
    before = timezone.now()
    assert watch_tasks.post_alert_webhook.call(alert.pk, 1) == "retry queued"
    [(task, args)] = queued
    assert args == [alert.pk, 2] or tuple(args) == (alert.pk, 2)
    assert 29 <= (task.run_after - before).total_seconds() <= 31
    assert len(webhook_server.requests) == 1


def test_a_webhook_redirect_is_not_followed(reader, pompeo, ingest, webhook_server):
    """A redirect could point past the address check (to a private address): refused."""
    webhook_server.redirect = "http://10.0.0.5/internal"
    hook(reader, webhook_server)
    follow(reader, Target(kind=Watch.Kind.SPEAKER, speaker=pompeo), by_webhook=True)
    ingest()
    alert = Alert.objects.get(user=reader)
    assert len(webhook_server.requests) == 1 and alert.posted_at is None
    assert "redirect" in alert.webhook_error and alert.webhook_attempts == 1


def test_matching_an_article_takes_two_queries_whatever_is_stored(
    reader, pompeo, ingest, django_assert_num_queries
):
    """The article's quotations and the watches filed under what they offer: nothing older."""
    from tracker.services.watch_matching import match_source

    follow(reader, Target(kind=Watch.Kind.SPEAKER, speaker=pompeo, query="sanctions"))
    follow(reader, Target(kind=Watch.Kind.SEARCH, query="talks"))
    source = ingest()
    with django_assert_num_queries(2) as captured:
        hits = match_source(source.pk)
    assert len(hits[reader.pk]) == 2
    assert all("source_id" in q["sql"] or "anchor" in q["sql"] for q in captured.captured_queries)


def test_with_no_watch_stored_matching_a_batch_reads_nothing_else(
    reader, pompeo, ingest, django_assert_num_queries
):
    """Rule `nobody_follows`: one query for the whole batch, and no alert; a watch followed
    afterwards is matched by the next batch as before."""
    from tracker.services.watch_tasks import match_new_articles

    source = ingest()
    assert not Alert.objects.exists()
    with django_assert_num_queries(1):
        assert match_new_articles.call([source.pk, source.pk]) == {"created": 0, "reprints": 0}
    follow(reader, Target(kind=Watch.Kind.SPEAKER, speaker=pompeo, query="sanctions"))
    assert match_new_articles.call([source.pk])["created"] == 1
    assert Alert.objects.filter(user=reader).count() == 1
