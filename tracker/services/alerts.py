"""Alerts: one per user and story when a new article meets their watches, and the in-app list.

Reprints of one story (the same article in several outlets) share a story key: the second
outlet is added to the alert already made instead of alerting again.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import timedelta

from django.core.cache import cache
from django.db import IntegrityError, transaction
from django.db.models import F
from django.urls import reverse
from django.utils import timezone

from tracker.models import Alert, Quotation, Source, Watch
from tracker.services.variants import diff_pieces
from tracker.services.watch_matching import Hit, match_source
from tracker.services.watch_terms import sentence_around

REPRINT_DAYS = 3
MAX_QUOTATIONS = 5  # per alert; the story link shows the rest
UNREAD_TTL = 600


@dataclass(frozen=True)
class AlertRun:
    created: list[int]  # new alerts' ids
    reprints: int  # alerts that gained an outlet instead


def story_key(source: Source) -> str:
    """The key reprints of one story share: its Story (tracker.linking.stories groups
    reprints, syndicated copies and updates by their text). An article stored before stories
    were assigned falls back to its title: the same title (case aside) published within
    REPRINT_DAYS days; the earliest stored one names the story.
    """
    if source.story_id is not None:
        return f"story:{source.story_id}"
    title = " ".join(source.title.split())
    first = None
    if title:
        same = Source.objects.filter(title__iexact=title)
        if source.published:
            window = timedelta(days=REPRINT_DAYS)
            same = same.filter(
                published__range=(source.published - window, source.published + window)
            )
        else:
            same = same.filter(
                published__isnull=True,
                ingested_at__gte=source.ingested_at - timedelta(days=REPRINT_DAYS),
            )
        first = same.order_by("id").values_list("pk", flat=True).first()
    return f"titled:{first or source.pk}"


def _quotation_content(quotation: Quotation) -> dict:
    before, said, after = sentence_around(quotation.source.text, quotation.start, quotation.end)
    item: dict = {
        "id": quotation.pk,
        "text": quotation.text,
        "before": before,
        "after": after,
        "said": said,
        "speaker": quotation.speaker.name if quotation.speaker else "",
        "speaker_url": quotation.speaker.get_absolute_url() if quotation.speaker else "",
        "url": quotation.get_absolute_url(),
        "statement_url": "",
        "resurfaced": False,
        "diff": [],
    }
    if quotation.statement_id:
        item["statement_url"] = reverse("statement-detail", args=[quotation.statement_id])
        earlier = (
            Quotation.objects.live().filter(statement_id=quotation.statement_id)
            .exclude(source_id=quotation.source_id)
            .filter(id__lt=quotation.pk)
            .order_by(F("published").desc(nulls_last=True), "-id")
            .values_list("text", "published")
            .first()
        )
        if earlier:
            item["resurfaced"] = True
            item["previous"] = earlier[0]
            item["previous_date"] = earlier[1].isoformat() if earlier[1] else ""
            item["diff"] = diff_pieces(earlier[0], quotation.text)
    return item


def alert_content(source: Source, hits: list[Hit]) -> dict:
    """What an alert says: what matched, the quotations in their sentences, the links."""
    reasons: list[dict] = []
    for hit in hits:
        reason = {"watch": hit.watch["id"], "label": hit.watch["label"], "kind": hit.watch["kind"]}
        if reason not in reasons:
            reasons.append(reason)
    ids = list(dict.fromkeys(hit.quotation_id for hit in hits))[:MAX_QUOTATIONS]
    quotations = Quotation.objects.select_related("source", "speaker").in_bulk(ids)
    return {
        "title": str(source),
        "story_url": source.get_absolute_url(),
        "original_url": source.url or "",
        "published": source.published.isoformat() if source.published else "",
        "outlets": [source.outlet] if source.outlet else [],
        "reasons": reasons,
        "quotations": [_quotation_content(quotations[i]) for i in ids if i in quotations],
        "more": len(set(hit.quotation_id for hit in hits)) - len(ids),
    }


def _add_outlet(alert: Alert, source: Source) -> None:
    outlets = alert.content.setdefault("outlets", [])
    if source.outlet and source.outlet not in outlets:
        outlets.append(source.outlet)
        alert.save(update_fields=["content"])


def alert_source(source_id: int, deliver: Callable[[Alert], None]) -> AlertRun:
    """Make the alerts one new article calls for; `deliver` runs after commit for each new
    alert that is wanted at once."""
    by_user = match_source(source_id)
    if not by_user:
        return AlertRun([], 0)
    source = Source.objects.get(pk=source_id)
    key = story_key(source)
    created, reprints = [], 0
    for user_id, hits in by_user.items():
        with transaction.atomic():
            alert = Alert.objects.select_for_update().filter(user_id=user_id, story_key=key).first()
            if alert is not None:
                _add_outlet(alert, source)
                reprints += 1
                continue
            immediate = [h for h in hits if h.watch["cadence"] == Watch.Cadence.IMMEDIATE]
            chosen = immediate or hits
            try:
                with transaction.atomic():
                    alert = Alert.objects.create(
                        user_id=user_id,
                        story_key=key,
                        source=source,
                        immediate=bool(immediate),
                        by_email=any(h.watch["by_email"] for h in chosen),
                        by_webhook=any(h.watch["by_webhook"] for h in chosen),
                        content=alert_content(source, hits),
                    )
            except IntegrityError:  # a reprint's worker made it a moment ago
                _add_outlet(Alert.objects.get(user_id=user_id, story_key=key), source)
                reprints += 1
                continue
            created.append(alert.pk)
            transaction.on_commit(lambda uid=user_id: cache.delete(_unread_key(uid)))
            if alert.immediate and (alert.by_email or alert.by_webhook):
                transaction.on_commit(lambda alert=alert: deliver(alert))
    return AlertRun(created, reprints)


def _unread_key(user_id: int) -> str:
    return f"tracker:unread-alerts:{user_id}"


def unread_count(user_id: int) -> int:
    """The header's count: cached per user until their alerts change."""
    return cache.get_or_set(
        _unread_key(user_id),
        lambda: Alert.objects.filter(user_id=user_id, read_at__isnull=True).count(),
        UNREAD_TTL,
    )


def mark_read(user_id: int, alert_ids: list[int] | None = None) -> int:
    alerts = Alert.objects.filter(user_id=user_id, read_at__isnull=True)
    if alert_ids is not None:
        alerts = alerts.filter(pk__in=alert_ids)
    changed = alerts.update(read_at=timezone.now())
    cache.delete(_unread_key(user_id))
    return changed
