from __future__ import annotations

from django.http import HttpRequest
from django.utils.functional import SimpleLazyObject

from tracker.permissions import is_editor
from tracker.services.alerts import unread_count


def permissions(request: HttpRequest) -> dict[str, bool]:
    return {"is_editor": is_editor(request.user)}


def alerts(request: HttpRequest) -> dict[str, object]:
    """The unread alert count for the header, counted only if a page shows it. Logged-in
    pages are never served from the anonymous page cache, so it is never another user's."""
    user = getattr(request, "user", None)
    if user is None or not user.is_authenticated:
        return {}
    return {"unread_alerts": SimpleLazyObject(lambda: unread_count(user.pk))}
