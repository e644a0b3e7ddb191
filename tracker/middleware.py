"""Optional site-wide login wall (LOGIN_REQUIRED_FOR_READING)."""

from __future__ import annotations

from collections.abc import Callable

from django.conf import settings
from django.contrib.auth.views import redirect_to_login
from django.http import HttpRequest, HttpResponse
from django.urls import reverse


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
