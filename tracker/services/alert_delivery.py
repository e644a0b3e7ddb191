"""Alerts out: email through Django's email framework, webhooks signed with HMAC-SHA256, and
the daily digest of alerts that were not wanted at once."""

from __future__ import annotations

import hashlib
import hmac
import json
import socket
from dataclasses import dataclass
from datetime import datetime
from urllib.parse import urlsplit

from django.conf import settings
from django.contrib.auth import get_user_model
from django.core.mail import EmailMultiAlternatives
from django.template.loader import render_to_string
from django.utils import timezone

from tracker.models import Alert
from tracker.netsafety import FetchError, FetchRefused, address_allowed, check_url, safe_fetch
from tracker.services.watches import settings_for

SIGNATURE_HEADER = "X-Quote-Tracker-Signature"
USER_AGENT = "QuoteTracker/0.1 (+alerts)"
REPLY_BYTES = 65_536  # of the receiver's answer; it is not used


class DeliveryError(Exception):
    """The alert could not be sent; `retry` says whether trying again may help."""

    def __init__(self, message: str, retry: bool = True) -> None:
        super().__init__(message)
        self.retry = retry


def absolute(path: str) -> str:
    return settings.SITE_URL + path if path.startswith("/") else path


def check_webhook_address(url: str) -> None:
    """Refuse webhook URLs that reach private, loopback or otherwise non-public addresses,
    or this site itself, saying why in words the user can act on.

    The fetcher's address policy (tracker.netsafety) decides, with WEBHOOK_ALLOWED_NETWORKS
    let through (a test's local server, an intranet receiver). The form checks a new
    address with it; post_webhook asks it why when the pinned POST was refused.
    """
    try:
        parts = urlsplit(url)
        port = parts.port or (443 if parts.scheme == "https" else 80)
    except ValueError:
        raise DeliveryError("The webhook address is not a valid URL.", retry=False)
    if parts.scheme not in ("http", "https") or not parts.hostname:
        raise DeliveryError("Webhooks must be http:// or https:// addresses.", retry=False)
    try:
        infos = socket.getaddrinfo(parts.hostname, port, proto=socket.IPPROTO_TCP)
    except (socket.gaierror, UnicodeError) as exc:
        raise DeliveryError(f"{parts.hostname} could not be resolved ({exc}).")
    for info in infos:
        address = info[4][0]
        if not address_allowed(address, allow=settings.WEBHOOK_ALLOWED_NETWORKS):
            raise DeliveryError(
                f"{parts.hostname} is a private or local address ({address}); webhooks go "
                "only to public addresses.",
                retry=False,
            )
    try:
        check_url(url)
    except FetchRefused:
        raise DeliveryError(
            f"{parts.hostname} is this site's own address, or not a usable one; webhooks go "
            "to another site's public http:// or https:// address.",
            retry=False,
        )


def sign(secret: str, body: bytes) -> str:
    return "sha256=" + hmac.new(secret.encode(), body, hashlib.sha256).hexdigest()


def _absolute_content(alert: Alert) -> dict:
    content = json.loads(json.dumps(alert.content))
    for key in ("story_url",):
        content[key] = absolute(content.get(key, ""))
    for item in content.get("quotations", []):
        for key in ("url", "speaker_url", "statement_url"):
            if item.get(key):
                item[key] = absolute(item[key])
    return content


def webhook_payload(alerts: list[Alert], digest: bool = False) -> dict:
    return {
        "type": "digest" if digest else "alert",
        "sent_at": timezone.now().isoformat(),
        "alerts": [
            {"id": a.pk, "created_at": a.created_at.isoformat(), **_absolute_content(a)}
            for a in alerts
        ],
    }


def post_webhook(url: str, secret: str, payload: dict) -> None:
    """POST the payload through the fetcher, which connects to the very address it checked
    (no second DNS answer can move it) and follows no redirect. Raises DeliveryError."""
    body = json.dumps(payload, ensure_ascii=False).encode("utf-8")
    try:
        reply = safe_fetch(
            url,
            method="POST",
            body=body,
            headers={
                "Content-Type": "application/json",
                "User-Agent": USER_AGENT,
                SIGNATURE_HEADER: sign(secret, body),
            },
            max_redirects=0,
            max_bytes=REPLY_BYTES,
            timeout=settings.WEBHOOK_TIMEOUT_SECONDS,
            allow=settings.WEBHOOK_ALLOWED_NETWORKS,
        )
        status = reply.status
    except FetchError as exc:  # the receiver answered, with something other than a 2xx body
        status = exc.status or 0
        if 200 <= status < 300:
            return  # a reply too long to read: the alert was still received
    except FetchRefused:
        # Not contacted, or no answer: tell why if the address is to blame, else retry.
        check_webhook_address(url)
        raise DeliveryError("The webhook could not be reached.")
    if 300 <= status < 400:  # a redirect could lead anywhere, past the address check
        raise DeliveryError(
            f"The webhook answered with a redirect (HTTP {status}); give its final address.",
            retry=False,
        )
    if not 200 <= status < 300:
        # 4xx other than 408/429 will not get better by asking again.
        retry = status >= 500 or status in (408, 429)
        raise DeliveryError(f"The webhook answered HTTP {status}.", retry=retry)


def send_email(user, alerts: list[Alert], digest: bool = False) -> bool:
    """One email listing the alerts; False when the user has no address."""
    address = settings_for(user).email or user.email
    if not address:
        return False
    context = {
        "alerts": [{"alert": a, "content": _absolute_content(a)} for a in alerts],
        "digest": digest,
        "site": settings.SITE_URL,
        "following_url": absolute("/following/"),
    }
    first = alerts[0].content
    subject = (
        f"Quote Tracker: your daily digest ({len(alerts)} stor{'y' if len(alerts) == 1 else 'ies'})"
        if digest
        else f"Quote Tracker: {first['reasons'][0]['label']} in “{first['title']}”"
    )
    message = EmailMultiAlternatives(
        subject=subject[:200],
        body=render_to_string("tracker/email/alerts.txt", context),
        to=[address],
    )
    message.attach_alternative(render_to_string("tracker/email/alerts.html", context), "text/html")
    message.send()
    return True


def email_alert(alert: Alert) -> None:
    if alert.emailed_at is None and send_email(alert.user, [alert]):
        alert.emailed_at = timezone.now()
        alert.save(update_fields=["emailed_at"])


def post_alert(alert: Alert) -> None:
    """Post one alert to the user's webhook; raises DeliveryError (recorded on the alert)."""
    if alert.posted_at is not None:
        return
    options = settings_for(alert.user)
    if not options.webhook_url:
        raise DeliveryError("No webhook address is set.", retry=False)
    alert.webhook_attempts += 1
    try:
        post_webhook(options.webhook_url, options.webhook_secret, webhook_payload([alert]))
    except DeliveryError as exc:
        alert.webhook_error = str(exc)[:300]
        alert.save(update_fields=["webhook_attempts", "webhook_error"])
        raise
    alert.posted_at, alert.webhook_error = timezone.now(), ""
    alert.save(update_fields=["webhook_attempts", "webhook_error", "posted_at"])


@dataclass(frozen=True)
class DigestRun:
    users: int
    alerts: int
    failures: list[str]


def send_digests(now: datetime | None = None) -> DigestRun:
    """Send each user the alerts that waited for the digest, once, by email and webhook."""
    now = now or timezone.now()
    pending = Alert.objects.filter(immediate=False, digest_sent_at__isnull=True)
    user_ids = sorted(set(pending.values_list("user_id", flat=True)))
    users, sent, failures = 0, 0, []
    for user in get_user_model().objects.filter(pk__in=user_ids).order_by("pk"):
        alerts = list(pending.filter(user=user).order_by("created_at", "id"))
        if not alerts:
            continue
        if any(a.by_email for a in alerts):
            send_email(user, [a for a in alerts if a.by_email], digest=True)
        hooked = [a for a in alerts if a.by_webhook]
        if hooked:
            options = settings_for(user)
            try:
                if not options.webhook_url:
                    raise DeliveryError("No webhook address is set.", retry=False)
                post_webhook(
                    options.webhook_url,
                    options.webhook_secret,
                    webhook_payload(hooked, digest=True),
                )
            except DeliveryError as exc:
                failures.append(f"{user}: {exc}")
        Alert.objects.filter(pk__in=[a.pk for a in alerts]).update(digest_sent_at=now)
        users, sent = users + 1, sent + len(alerts)
    return DigestRun(users, sent, failures)
