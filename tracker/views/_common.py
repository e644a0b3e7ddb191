"""Helpers shared by the browse views: htmx-aware rendering, page slicing, 400 on bad input."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from django.http import HttpRequest, HttpResponse
from django.shortcuts import render
from django.utils.functional import cached_property

from tracker.filters import PAGE_SIZE


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


def page_slice(items: Any, page: int, size: int = PAGE_SIZE) -> tuple[list[Any], bool]:
    """One page of a queryset without a COUNT: fetch one extra row to know if more follow."""
    offset = (page - 1) * size
    rows = list(items[offset : offset + size + 1])
    return rows[:size], len(rows) > size


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
