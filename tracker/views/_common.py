"""Helpers shared by the browse views: htmx-aware rendering, page slicing, 400 on bad input."""

from __future__ import annotations

from collections.abc import Callable, Iterable
from functools import wraps
from typing import Any

from django.conf import settings
from django.contrib.messages.storage.cookie import CookieStorage
from django.core.cache import cache
from django.http import HttpRequest, HttpResponse, StreamingHttpResponse
from django.shortcuts import render
from django.utils.cache import get_cache_key, learn_cache_key, patch_vary_headers
from django.utils.functional import cached_property
from django.utils.http import url_has_allowed_host_and_scheme

from tracker.models import Speaker
from tracker.permissions import is_editor
from tracker.services import generation
from tracker.services.exports import CONTENT_TYPES, export_chunks
from tracker.services.speakers import ranked_speakers
from tracker.templatetags.tracker_tags import query_string

PAGE_CACHE_SECONDS = 600


def safe_next(request: HttpRequest, fallback: str, target: str | None = None) -> str:
    """Where to go back to after a POST: `target` (by default the request's `next`) when it
    stays on this site, else `fallback`. Never an open redirect."""
    if target is None:
        target = request.POST.get("next") or request.GET.get("next") or ""
    allowed = url_has_allowed_host_and_scheme(
        target, allowed_hosts={request.get_host()}, require_https=request.is_secure()
    )
    return target if target and allowed else fallback


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
    patch_vary_headers(response, ["HX-Request"])
    return response


def shared_html_key(request: HttpRequest, generation: object) -> str | None:
    """The key under which this page's body may be cached for every reader and visitor in
    this data generation, or None for an editor: editors' pages carry controls with their
    own CSRF token, so an editor's page neither reads nor writes HTML that others share."""
    if is_editor(request.user):
        return None
    return f"{generation}:{request.get_full_path()}"


def export_response(rows: Iterable[dict[str, Any]], fmt: str, name: str) -> HttpResponse:
    """A CSV or JSON download of `rows`, streamed."""
    response = StreamingHttpResponse(export_chunks(rows, fmt), content_type=CONTENT_TYPES[fmt])
    response.headers["Content-Disposition"] = f'attachment; filename="{name}.{fmt}"'
    return response


class Deferred:
    """Template data computed on first use: a body served from the shared HTML cache (see
    shared_html_key) skips the queries.

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
    """Serve an anonymous visitor's GET whole from the page cache of the data generation.

    Django's own page-cache keys (django.utils.cache, as its cache middleware uses them): the
    URL and the request headers the response varies on (HX-Request: a page or a fragment),
    under a key prefix naming the generation, so a change is visible at once. Such a page
    holds nothing personal: no session, no messages, and base.html renders a CSRF token only
    for logged-in users. A visitor with a session or messages, and everyone logged in, gets a
    fresh page and never one from this cache.
    """

    @wraps(view)
    def wrapper(request: HttpRequest, *args: Any, **kwargs: Any) -> HttpResponse:
        if request.method != "GET" or _personal(request) or request.user.is_authenticated:
            return view(request, *args, **kwargs)
        prefix = f"tracker.page.{generation.current()}"
        key = get_cache_key(request, prefix, "GET", cache=cache)
        if key is not None and (hit := cache.get(key)) is not None:
            content, headers = hit
            return HttpResponse(content, headers=headers)
        response = view(request, *args, **kwargs)
        patch_vary_headers(response, ["HX-Request"])
        if response.status_code == 200 and not response.streaming and not response.cookies:
            key = learn_cache_key(request, response, PAGE_CACHE_SECONDS, prefix, cache=cache)
            cache.set(key, (response.content, dict(response.headers)), PAGE_CACHE_SECONDS)
        return response

    return wrapper


def picked_speaker(form: Any) -> Speaker | None | bool:
    """The speaker a filter form's picker chose: picked from its options or given by id
    (`pick`, `speaker`: a slug), else the best match for a typed name (`who`). None when none
    was asked for; False (with the error on the form) when the id or the name finds no one."""
    data = form.cleaned_data
    if data.get("pick") or data.get("speaker"):
        speaker = Speaker.objects.filter(slug=data.get("pick") or data["speaker"]).first()
        if speaker is None:
            form.add_error("speaker", "No speaker has this id.")
            return False
        return speaker
    if data.get("who"):
        return best_match(form) or False
    return None


def best_match(form: Any) -> Speaker | None:
    """The best match for the name typed in the form's `who`, or None (with the error on the
    form) when no speaker is called anything like it."""
    who = form.cleaned_data["who"]
    found = ranked_speakers(who, limit=1)
    if not found:
        form.add_error("who", f"No speaker is called anything like “{who}”.")
        return None
    return found[0]


def picker_chips(query: Any, speaker: Speaker | None) -> list[tuple[Speaker, str]]:
    """The picker's chip for the chosen speaker, with the link that removes it."""
    if speaker is None:
        return []
    return [(speaker, query_string(query, speaker=None, pick=None, who=None, page=None))]
