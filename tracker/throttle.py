"""Rate limits kept in Django's cache: login failures per account and per address, exports
per client.

Fixed windows: a counter per (scope, who, window) that expires with its window. Cheap (one
cache round trip), shared by every worker that shares the cache, and good enough to turn 60
guesses in 20 s into 5.
"""

from __future__ import annotations

import functools
import time
from collections.abc import Callable
from typing import Any

from django.conf import settings
from django.contrib.admin.forms import AdminAuthenticationForm
from django.contrib.auth.forms import AuthenticationForm
from django.contrib.auth.views import LoginView
from django.core.cache import cache
from django.core.exceptions import ValidationError
from django.http import HttpRequest, HttpResponse
from django.utils.crypto import salted_hmac

LOCKOUT_MESSAGE = (
    "Too many failed log-ins for this account or from this address. For safety, logging in "
    "is paused for {minutes} minutes; try again after that."
)


def client_id(request: HttpRequest) -> str:
    """The user for a logged-in client, else the connecting address.

    REMOTE_ADDR, not X-Forwarded-For: a header the client writes cannot pick its own bucket.
    Behind a proxy, have the proxy set REMOTE_ADDR (gunicorn --forwarded-allow-ips).
    """
    user = getattr(request, "user", None)
    if user is not None and user.is_authenticated:
        return f"user:{user.pk}"
    return f"ip:{request.META.get('REMOTE_ADDR', '')}"


def _key(scope: str, who: str, window: int) -> str:
    # Hashed: user names are free text, and cache keys must be short and plain.
    digest = salted_hmac("throttle", f"{scope}:{who}", algorithm="sha256").hexdigest()[:32]
    return f"throttle:{scope}:{digest}:{int(time.time() // window)}"


def count(scope: str, who: str, window: int) -> int:
    return cache.get(_key(scope, who, window), 0)


def hit(scope: str, who: str, window: int) -> int:
    """Count one more event in the current window; returns the new count."""
    key = _key(scope, who, window)
    cache.add(key, 0, timeout=window + 1)
    try:
        return cache.incr(key)
    except ValueError:  # expired between add and incr
        cache.set(key, 1, timeout=window + 1)
        return 1


def reset(scope: str, who: str, window: int) -> None:
    cache.delete(_key(scope, who, window))


# ---------------------------------------------------------------- logins
class ThrottledLoginMixin:
    """Refuses to check any password once an account or an address has failed too often."""

    request: HttpRequest | None
    cleaned_data: dict[str, Any]
    throttled = False

    def clean(self) -> dict[str, Any]:
        window = settings.LOGIN_LOCKOUT_MINUTES * 60
        username = (self.cleaned_data.get("username") or "").strip().lower()
        ip = self.request.META.get("REMOTE_ADDR", "") if self.request else ""
        if (
            count("login-user", username, window) >= settings.LOGIN_FAILURES_PER_ACCOUNT
            or count("login-ip", ip, window) >= settings.LOGIN_FAILURES_PER_IP
        ):
            self.throttled = True
            raise ValidationError(
                LOCKOUT_MESSAGE.format(minutes=settings.LOGIN_LOCKOUT_MINUTES), code="throttled"
            )
        try:
            data = super().clean()  # type: ignore[misc]
        except ValidationError:
            hit("login-user", username, window)
            hit("login-ip", ip, window)
            raise
        reset("login-user", username, window)
        return data


class ThrottledAuthenticationForm(ThrottledLoginMixin, AuthenticationForm):
    pass


class ThrottledAdminAuthenticationForm(ThrottledLoginMixin, AdminAuthenticationForm):
    pass


class ThrottledLoginView(LoginView):
    authentication_form = ThrottledAuthenticationForm

    def form_invalid(self, form: ThrottledAuthenticationForm) -> HttpResponse:
        response = super().form_invalid(form)
        if form.throttled:
            response.status_code = 429
        return response


# ---------------------------------------------------------------- exports
def throttle_exports(view: Callable[..., HttpResponse]) -> Callable[..., HttpResponse]:
    """At most settings.EXPORTS_PER_HOUR full downloads per client per hour, then a 429."""

    @functools.wraps(view)
    def wrapped(request: HttpRequest, *args: Any, **kwargs: Any) -> HttpResponse:
        if hit("export", client_id(request), 3600) > settings.EXPORTS_PER_HOUR:
            response = HttpResponse(
                f"Too many downloads: at most {settings.EXPORTS_PER_HOUR} an hour from one "
                "client. Try again later, or narrow the filters and use the pages.",
                status=429,
                content_type="text/plain; charset=utf-8",
            )
            response["Retry-After"] = str(3600 - int(time.time()) % 3600)
            return response
        return view(request, *args, **kwargs)

    return wrapped
