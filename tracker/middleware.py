"""Times shown in the reader's own time zone."""

from __future__ import annotations

from collections.abc import Callable

from django.conf import settings
from django.http import HttpRequest, HttpResponse
from django.utils import timezone


class TimezoneMiddleware:
    """Times in the reader's time zone: the one chosen on the audit log (kept in the session),
    else settings.TIME_ZONE. Only a visitor who already has a session is looked up, so
    anonymous pages stay cacheable."""

    def __init__(self, get_response: Callable[[HttpRequest], HttpResponse]) -> None:
        self.get_response = get_response

    def __call__(self, request: HttpRequest) -> HttpResponse:
        from tracker.services.audit_log import zone_or_default

        zone = None
        if settings.SESSION_COOKIE_NAME in request.COOKIES:
            zone = zone_or_default(request.session.get("tz"))
        if zone is not None:
            timezone.activate(zone)
        else:
            timezone.deactivate()
        return self.get_response(request)
