"""Background work for following: match a new article after its ingest commits, deliver
alerts, retry webhooks with backoff, send the daily digest. Never run in the request.

Tasks take ids (their arguments are stored as JSON by queue backends) and read fresh rows.
"""

from __future__ import annotations

import logging
import time
from datetime import timedelta

from django.conf import settings
from django.dispatch import receiver
from django.tasks import task
from django.utils import timezone

from tracker.models import Alert, Source, Watch
from tracker.services import alert_delivery, alerts
from tracker.signals import quotations_stored

logger = logging.getLogger(__name__)
INLINE_WAIT = 2.0


@receiver(quotations_stored)
def after_ingest(sender: type[Source], stored: dict[int, tuple[int, ...]], **kwargs) -> None:
    """Sent once a batch's quotations are committed: work its alerts out in one task."""
    match_new_articles.enqueue(sorted(stored))


def _deliver(alert: Alert) -> None:
    """Send a new alert from the matching task itself, so it goes out in the same worker
    cycle as the ingest it follows; only failures wait for another task."""
    if alert.by_email:
        try:
            alert_delivery.email_alert(alert)
        except Exception:  # the mail server is down: the workers try again
            logger.exception("Emailing alert %s failed; queued again", alert.pk)
            email_alert.enqueue(alert.pk)
    if alert.by_webhook:
        post_alert_webhook.call(alert.pk, 1)


@task
def match_new_articles(source_ids: list[int]) -> dict:
    """Alerts for the watches newly stored articles meet (a batch's, in the order stored).

    Rule `nobody_follows`: with no watch stored, no article can meet one, so nothing is read
    (one query for the batch instead of two per article, and no quotation tokenised: about
    1 ms of worker and database CPU per ingested article while nobody follows anything)."""
    created = reprints = 0
    if not Watch.objects.exists():
        return {"created": created, "reprints": reprints}
    for source_id in source_ids:
        run = alerts.alert_source(source_id, _deliver)
        created, reprints = created + len(run.created), reprints + run.reprints
    return {"created": created, "reprints": reprints}


@task
def match_new_article(source_id: int) -> dict:
    """One article's alerts (tasks enqueued before batches were matched in one task)."""
    return match_new_articles.call([source_id])


@task
def email_alert(alert_id: int) -> None:
    alert = Alert.objects.select_related("user").filter(pk=alert_id).first()
    if alert is not None:
        alert_delivery.email_alert(alert)


def backoff(attempt: int) -> float:
    """Seconds before attempt + 1: the base doubled after each failure."""
    return settings.WEBHOOK_BACKOFF_SECONDS * 2 ** (attempt - 1)


@task
def post_alert_webhook(alert_id: int, attempt: int) -> str:
    alert = Alert.objects.select_related("user").filter(pk=alert_id).first()
    if alert is None:
        return "gone"
    try:
        alert_delivery.post_alert(alert)
        return "posted"
    except alert_delivery.DeliveryError as exc:
        if not exc.retry or attempt >= settings.WEBHOOK_ATTEMPTS:
            logger.warning("Webhook for alert %s failed for good: %s", alert_id, exc)
            return "failed"
    delay = backoff(attempt)
    if post_alert_webhook.get_backend().supports_defer:
        post_alert_webhook.using(run_after=timezone.now() + timedelta(seconds=delay)).enqueue(
            alert_id, attempt + 1
        )
        return "retry queued"
    # A backend that cannot defer (the immediate one, which runs in the caller: maybe a
    # request) retries here, waiting at most INLINE_WAIT seconds each time.
    time.sleep(min(delay, INLINE_WAIT))
    return post_alert_webhook.call(alert_id, attempt + 1)


@task
def send_daily_digest() -> dict:
    run = alert_delivery.send_digests()
    return {"users": run.users, "alerts": run.alerts, "failures": run.failures}
