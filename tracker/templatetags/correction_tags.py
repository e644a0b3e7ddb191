"""How audit rows read on the history pages."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from django import template
from django.urls import NoReverseMatch, reverse
from django.utils import timezone
from django.utils.formats import date_format
from django.utils.html import format_html
from django.utils.safestring import SafeString

from tracker.models import Correction
from tracker.services.actions import REGISTRY, can_undo, latest_change

register = template.Library()


@register.filter
def change_label(correction: Correction) -> str:
    """The action's label (Correction.Action), for rows of actions no longer known too."""
    try:
        return Correction.Action(correction.action).label
    except ValueError:
        return correction.action.replace("_", " ").capitalize()


@register.filter
def action_label(action: str) -> str:
    """A kind of change by its name ("confirm" -> "Speaker confirmed"), in the words of the
    audit log's filter, as a quote page lists its history."""
    change = REGISTRY.get(action)
    return change.actions[action] if change else change_label(Correction(action=action))


@register.filter
def local_time(iso: str) -> str:
    """An ISO time as the audit log shows it: in the reader's time zone, "2 Dec 2026, 14:36"."""
    try:
        moment = datetime.fromisoformat(iso)
    except (TypeError, ValueError):
        return ""
    return date_format(timezone.localtime(moment), "j M Y, H:i")


def change_value(value: Any) -> str:
    """A before/after value in words: a speaker's name, a span's text, a flag as yes/no."""
    if value is None or value == "":
        return "—"
    if isinstance(value, bool):
        return "yes" if value else "no"
    if isinstance(value, dict):
        if "name" in value:
            return str(value["name"])
        if "text" in value:
            return f"“{value['text']}” ({value['start']}–{value['end']})"
    return str(value)


def target_url(correction: Correction) -> str:
    routes = {
        "quotation": ("quotation-history", [correction.target_id]),
        "source": ("source-detail", [correction.target_id]),
        "statement": ("statement-detail", [correction.target_id]),
    }
    if getattr(correction, "target_gone", False) and correction.target_type != "statement":
        return ""  # a statement's old address leads to its successor; others would 404
    try:
        if correction.target_type == "speaker":
            # The history view attaches slugs in one query (see views/history.py).
            slug = getattr(correction, "target_slug", None)
            return reverse("speaker-detail", args=[slug]) if slug else ""
        name, args = routes[correction.target_type]
        return reverse(name, args=args)
    except (KeyError, NoReverseMatch):
        return ""


@register.filter
def undoable(correction: Correction) -> bool:
    return can_undo(correction)


@register.simple_tag(name="latest_change")
def latest_change_tag(target_type: str, pk: int) -> Correction | None:
    """The newest change to a record, for the Undo offered on its page."""
    return latest_change(target_type, pk)


@register.simple_tag
def change_sentence(correction: Correction) -> SafeString:
    """A change in words, naming what it touched: 'Reattributed “We will…” from Mike Pompeo
    to Nikki Haley'. Needs `target_name` (tracker.services.audit_log.name_targets)."""
    target = getattr(correction, "target_name", f"{correction.target_type} {correction.target_id}")
    url = target_url(correction)
    named = format_html('<a href="{}">{}</a>', url, target) if url else format_html("{}", target)
    old, new = change_value(correction.old_value), change_value(correction.new_value)
    change = REGISTRY.get(correction.action)
    if change is None:
        return format_html("{} {} ({} → {})", change_label(correction), named, old, new)
    # A statement link's statements, by name (name_targets).
    before = getattr(correction, "old_name", None) or "no statement"
    after = getattr(correction, "new_name", None) or "no statement"
    values = {"target": named, "old": old, "new": new, "before": before, "after": after}
    return format_html(change.describe(correction), **values)
