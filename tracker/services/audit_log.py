"""The audit log as people read it: each change names what it touched (the quotation's words,
the speaker's name, the article's title), filtered by editor, kind of change and day, with
times in the reader's own time zone."""

from __future__ import annotations

import zoneinfo
from datetime import datetime, time, timedelta
from typing import Any

from django.contrib.auth import get_user_model
from django.db.models import QuerySet
from django.utils import timezone

from tracker.models import Correction, Quotation, Source, Speaker, Statement
from tracker.services.actions import Link

NAME_LENGTH = 80


def audit_filtered(rows: QuerySet[Correction], filters: dict[str, Any]) -> QuerySet[Correction]:
    """Changes by an editor (user name), of a kind (action), made on or between days in the
    active time zone."""
    if filters.get("editor"):
        rows = rows.filter(user__username__iexact=filters["editor"])
    if filters.get("action"):
        rows = rows.filter(action=filters["action"])
    zone = timezone.get_current_timezone()
    if filters.get("start"):
        rows = rows.filter(created_at__gte=datetime.combine(filters["start"], time(), zone))
    if filters.get("end"):
        after = datetime.combine(filters["end"] + timedelta(days=1), time(), zone)
        rows = rows.filter(created_at__lt=after)
    return rows


def _short(text: str) -> str:
    text = " ".join(text.split())
    return text if len(text) <= NAME_LENGTH else text[: NAME_LENGTH - 1].rstrip() + "…"


def name_targets(corrections: list[Correction]) -> None:
    """Set `target_name` (and `target_slug` for speakers) on each change: one query per kind
    of record touched, whatever the number of rows."""
    wanted: dict[str, set[int]] = {}
    for correction in corrections:
        wanted.setdefault(correction.target_type, set()).add(correction.target_id)
        # A statement link names statements by id (as does the undo of one).
        if correction.action in (*Link.actions, Correction.Action.UNDO):
            for value in (correction.old_value, correction.new_value):
                if isinstance(value, int) and not isinstance(value, bool):
                    wanted.setdefault("statement", set()).add(value)
    names: dict[tuple[str, int], str] = {}
    slugs: dict[int, str] = {}
    if ids := wanted.get("quotation"):
        for pk, text in Quotation.objects.filter(pk__in=ids).values_list("pk", "text"):
            names["quotation", pk] = f"“{_short(text)}”"
    if ids := wanted.get("speaker"):
        for pk, name, slug in Speaker.objects.filter(pk__in=ids).values_list("pk", "name", "slug"):
            names["speaker", pk], slugs[pk] = name, slug
    if ids := wanted.get("source"):
        for pk, title in Source.objects.filter(pk__in=ids).values_list("pk", "title"):
            names["source", pk] = f"“{_short(title)}”" if title else f"article {pk}"
    if ids := wanted.get("statement"):
        for pk, text in Statement.objects.filter(pk__in=ids).values_list("pk", "text"):
            names["statement", pk] = f"the statement “{_short(text)}”"
    for correction in corrections:
        if correction.action in Link.actions:
            correction.old_name = names.get(("statement", correction.old_value))
            correction.new_name = names.get(("statement", correction.new_value))
        key = (correction.target_type, correction.target_id)
        correction.target_gone = key not in names
        correction.target_name = names.get(key) or _gone_name(correction)
        correction.target_slug = slugs.get(correction.target_id)


def _gone_name(correction: Correction) -> str:
    """A deleted record's name: a quotation's words, when the change kept them."""
    for value in (correction.new_value, correction.old_value):
        if isinstance(value, dict) and isinstance(value.get("text"), str):
            return f"“{_short(value['text'])}” (since removed)"
    return f"{correction.target_type} {correction.target_id} (since deleted)"


def editor_names(limit: int = 100) -> list[str]:
    """User names of everyone who made a change, for the editor filter."""
    users = get_user_model().objects.filter(corrections__isnull=False).distinct()
    return list(users.order_by("username").values_list("username", flat=True)[:limit])


def zone_or_default(name: str | None) -> zoneinfo.ZoneInfo | None:
    if not name:
        return None
    try:
        return zoneinfo.ZoneInfo(name)
    except (zoneinfo.ZoneInfoNotFoundError, ValueError):
        return None
