"""Helpers shared by the browse views: htmx-aware rendering, page slicing, 400 on bad input."""

from __future__ import annotations

import hashlib
from collections.abc import Callable
from functools import wraps
from typing import Any

from django.conf import settings
from django.contrib.messages.storage.cookie import CookieStorage
from django.core.cache import cache
from django.http import HttpRequest, HttpResponse
from django.shortcuts import render
from django.utils.functional import cached_property

from tracker.services.stamps import data_stamp

PAGE_CACHE_SECONDS = 600


def render_page(
    request: HttpRequest,
    template: str,
    context: dict[str, Any],
    partial: str | None = None,
    status: int = 200,
) -> HttpResponse:
    """The full page, or just `partial` of it for an htmx request that is not a history restore."""
    if partial and request.htmx and not request.htmx.history_restore_request:
        template = f"{template}#{partial}"
    response = render(request, template, context, status=status)
    # The same URL answers with a page or a fragment: caches must keep them apart.
    response.headers["Vary"] = "HX-Request"
    return response


class Deferred:
    """Template data computed on first use: a fragment served by {% cache %} skips the queries.

    Templates read it like a dict (`results.rows`); `compute` runs at most once.
    """

    def __init__(self, compute: Callable[[], dict[str, Any]]) -> None:
        self._compute = compute

    @cached_property
    def _data(self) -> dict[str, Any]:
        return self._compute()

    def __getitem__(self, key: str) -> Any:
        return self._data[key]


def _personal(request: HttpRequest) -> bool:
    """Could the page show this visitor something of their own? Only through a session (a
    login, messages kept there) or the messages cookie; other cookies (the CSRF token set by
    the login form, a proxy's or analytics' cookies) change nothing on a page."""
    return settings.SESSION_COOKIE_NAME in request.COOKIES or (
        CookieStorage.cookie_name in request.COOKIES
    )


def cache_for_anonymous(view: Callable[..., HttpResponse]) -> Callable[..., HttpResponse]:
    """Serve an anonymous visitor's GET from cache until the data changes (see data_stamp).

    Such a page holds nothing personal: no session, no messages, and base.html renders a CSRF
    token only for logged-in users. A visitor with a session or messages gets a fresh page.
    """

    @wraps(view)
    def wrapper(request: HttpRequest, *args: Any, **kwargs: Any) -> HttpResponse:
        if request.method != "GET" or _personal(request) or request.user.is_authenticated:
            return view(request, *args, **kwargs)
        variant = (
            request.headers.get("HX-Request", ""),
            request.headers.get("HX-History-Restore-Request", ""),
            request.get_full_path(),
        )
        raw = f"{data_stamp()}|{variant}"
        key = "tracker:page:" + hashlib.sha256(raw.encode()).hexdigest()
        hit = cache.get(key)
        if hit is not None:
            content, content_type = hit
            response = HttpResponse(content, content_type=content_type)
            response.headers["Vary"] = "HX-Request"
            return response
        response = view(request, *args, **kwargs)
        if response.status_code == 200 and not response.streaming and not response.cookies:
            cache.set(key, (response.content, response["Content-Type"]), PAGE_CACHE_SECONDS)
        return response

    return wrapper
