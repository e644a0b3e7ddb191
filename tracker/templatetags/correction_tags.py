"""How audit rows read on the history pages."""

from __future__ import annotations

from typing import Any

from django import template
from django.urls import NoReverseMatch, reverse

from tracker.models import Correction
from tracker.services.undo import can_undo, latest_change

register = template.Library()

@register.filter
def change_label(correction: Correction) -> str:
    """The action's label (Correction.Action), for rows of actions no longer known too."""
    try:
        return Correction.Action(correction.action).label
    except ValueError:
        return correction.action.replace("_", " ").capitalize()


@register.filter
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


@register.filter
def target_url(correction: Correction) -> str:
    routes = {
        "quotation": ("quotation-history", [correction.target_id]),
        "source": ("source-detail", [correction.target_id]),
        "statement": ("statement-detail", [correction.target_id]),
    }
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
