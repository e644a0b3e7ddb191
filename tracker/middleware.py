"""Site-wide request checks: NUL in query strings, security headers, the reader's time zone."""

from __future__ import annotations

from collections.abc import Callable

from django.conf import settings
from django.http import HttpRequest, HttpResponse, HttpResponseBadRequest
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


NUL_MESSAGE = "The address contains a NUL character (%00), which no search or filter can use."


class RejectNulMiddleware:
    """A NUL byte in any query parameter is a 400 with a message, before any view or ORM.

    PostgreSQL cannot store or compare strings with NUL, so letting one through turns a typo
    or a probe into a DataError (a 500). Form fields already refuse NUL in POST bodies.
    """

    def __init__(self, get_response: Callable[[HttpRequest], HttpResponse]) -> None:
        self.get_response = get_response

    def __call__(self, request: HttpRequest) -> HttpResponse:
        if "\x00" in request.path or any(
            "\x00" in key or any("\x00" in value for value in values)
            for key, values in request.GET.lists()
        ):
            return HttpResponseBadRequest(NUL_MESSAGE, content_type="text/plain; charset=utf-8")
        return self.get_response(request)


class PermissionsPolicyMiddleware:
    """Sends settings.PERMISSIONS_POLICY: the browser features no page of this site uses."""

    def __init__(self, get_response: Callable[[HttpRequest], HttpResponse]) -> None:
        self.get_response = get_response
        self.header = ", ".join(
            f"{feature}=({' '.join(allow)})" for feature, allow in settings.PERMISSIONS_POLICY
        )

    def __call__(self, request: HttpRequest) -> HttpResponse:
        response = self.get_response(request)
        response.headers.setdefault("Permissions-Policy", self.header)
        return response
