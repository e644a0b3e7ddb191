"""Optional site-wide login wall (LOGIN_REQUIRED_FOR_READING)."""

from __future__ import annotations

from collections.abc import Callable

from django.conf import settings
from django.contrib.auth.views import redirect_to_login
from django.http import HttpRequest, HttpResponse
from django.urls import reverse
from django.utils import timezone


class LoginRequiredForReadingMiddleware:
    def __init__(self, get_response: Callable[[HttpRequest], HttpResponse]) -> None:
        self.get_response = get_response

    def __call__(self, request: HttpRequest) -> HttpResponse:
        if (
            settings.LOGIN_REQUIRED_FOR_READING
            and not request.user.is_authenticated
            and not request.path.startswith((reverse("login"), settings.STATIC_URL))
            and not request.path.startswith("/" + settings.STATIC_URL.lstrip("/"))
        ):
            return redirect_to_login(request.get_full_path())
        return self.get_response(request)


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
