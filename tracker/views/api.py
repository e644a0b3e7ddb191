"""Read-only JSON API: quotations (with the search filters), speakers and statements.

Paged two ways: `page` (and `page_size`, or its alias `limit`), or `cursor`: the opaque
`next_cursor` of the previous answer, which names the last row seen, so paging stays right
while articles arrive. /api/ lists the endpoints; /api/openapi.json describes them.
"""

from __future__ import annotations

import base64
import binascii
import json
from collections.abc import Callable, Iterable
from datetime import date
from typing import Any

from django.db.models import Q, QuerySet
from django.http import HttpRequest, JsonResponse
from django.shortcuts import render
from django.urls import reverse
from django.views.decorators.http import require_GET

from tracker.filters import ApiPageForm, SearchForm
from tracker.models import Quotation, Speaker, Statement
from tracker.services.exports import quotation_rows
from tracker.services.search import page_slice, timeline_page
from tracker.templatetags.tracker_tags import query_string
from tracker.views.quotations import searched_quotations

DEFAULT_PAGE_SIZE = 50


class BadCursor(ValueError):
    pass


def encode_cursor(values: list[Any]) -> str:
    raw = json.dumps(values, separators=(",", ":")).encode()
    return base64.urlsafe_b64encode(raw).decode().rstrip("=")


def decode_cursor(cursor: str, shape: tuple[type, ...]) -> list[Any]:
    """The values a cursor names, checked against `shape` (None allowed where the type is
    `date`, which travels as an ISO string)."""
    try:
        values = json.loads(base64.urlsafe_b64decode(cursor + "=" * (-len(cursor) % 4)))
        if not isinstance(values, list) or len(values) != len(shape):
            raise ValueError(cursor)
        out = []
        for value, kind in zip(values, shape, strict=True):
            if kind is date:
                value = date.fromisoformat(value) if value is not None else None
            elif not isinstance(value, kind) or isinstance(value, bool):
                raise ValueError(cursor)
            out.append(value)
    except (binascii.Error, TypeError, ValueError) as err:
        raise BadCursor("This cursor is not one this API gave out.") from err
    return out


def _bad(errors: dict[str, Any]) -> JsonResponse:
    return JsonResponse({"errors": errors}, status=400)


def _page(
    request: HttpRequest,
    rows: QuerySet,
    serialise: Callable[[list], Iterable[dict[str, Any]]],
    *,
    after: Callable[[QuerySet, list[Any]], QuerySet],
    key: Callable[[Any], list[Any]],
    shape: tuple[type, ...],
    paginate: Callable[[QuerySet, int, int], tuple[list, bool]] | None = None,
) -> JsonResponse:
    paging = ApiPageForm(request.GET)
    if not paging.is_valid():
        return _bad(paging.errors.get_json_data())
    data = paging.cleaned_data
    size = data["limit"] or data["page_size"] or DEFAULT_PAGE_SIZE
    page = data["page"] or 1
    if data["cursor"]:
        try:
            rows = after(rows, decode_cursor(data["cursor"], shape))
        except BadCursor as err:
            return _bad({"cursor": [{"message": str(err), "code": "invalid"}]})
        page = 1
    paginate = paginate or page_slice
    chunk, has_more = paginate(rows, page, size)
    next_cursor = encode_cursor(key(chunk[-1])) if has_more and chunk else None

    def link(**changes: Any) -> str:
        return request.build_absolute_uri(query_string(request.GET, **changes))

    if data["cursor"]:
        following = link(cursor=next_cursor, page=None) if next_cursor else None
        previous = None
    else:
        following = link(page=page + 1) if has_more else None
        previous = link(page=page - 1) if page > 1 else None
    return JsonResponse(
        {
            "page": None if data["cursor"] else page,
            "page_size": size,
            "next": following,
            "previous": previous,
            "next_cursor": next_cursor,
            "results": list(serialise(chunk)),
        }
    )


def _after_quotation(rows: QuerySet, values: list[Any]) -> QuerySet:
    """Rows after (published, id) in timeline order: newest first, undated last."""
    published, pk = values
    if published is None:
        return rows.filter(published__isnull=True, pk__lt=pk)
    return rows.filter(
        Q(published__lt=published) | Q(published=published, pk__lt=pk) | Q(published__isnull=True)
    )


def _quotation_key(quotation: Quotation) -> list[Any]:
    published = quotation.published.isoformat() if quotation.published else None
    return [published, quotation.pk]


@require_GET
def api_quotations(request: HttpRequest) -> JsonResponse:
    form = SearchForm(request.GET)
    quotations = searched_quotations(form) if form.is_valid() else None
    if quotations is None:
        return _bad(form.errors.get_json_data())
    # Newest first, undated last, read the way the timeline index can serve it.
    quotations = quotations.select_related("source", "speaker")
    return _page(
        request,
        quotations,
        quotation_rows,
        after=_after_quotation,
        key=_quotation_key,
        shape=(date, int),
        paginate=timeline_page,
    )


# Dates stay dates: JsonResponse's DjangoJSONEncoder writes them as ISO strings.
def _speaker_rows(speakers: list[Speaker]):
    for s in speakers:
        yield {
            "id": s.slug,
            "name": s.name,
            "kind": s.kind,
            "role": s.role,
            "roles": [
                {"title": r.title, "first_date": r.first_date, "last_date": r.last_date}
                for r in s.roles.all()
            ],
            "external_id": s.external_id,
            "affiliation": s.affiliation,
            "aliases": [a.alias for a in s.aliases.all()],
            "url": s.get_absolute_url(),
        }


@require_GET
def api_speakers(request: HttpRequest) -> JsonResponse:
    return _page(
        request,
        Speaker.objects.prefetch_related("aliases", "roles").order_by("name", "pk"),
        _speaker_rows,
        after=lambda rows, v: rows.filter(Q(name__gt=v[0]) | Q(name=v[0], pk__gt=v[1])),
        key=lambda s: [s.name, s.pk],
        shape=(str, int),
    )


def _statement_rows(statements: list[Statement]):
    for s in statements:
        yield {
            "id": s.pk,
            "text": s.text,
            "kind": s.kind,
            "quotation_count": s.quotation_count,
            "story_count": s.story_count,
            "first_date": s.first_date,
            "last_date": s.last_date,
            "has_conflict": s.has_conflict,
            "url": s.get_absolute_url(),
        }


@require_GET
def api_statements(request: HttpRequest) -> JsonResponse:
    return _page(
        request,
        Statement.objects.order_by("-quotation_count", "pk"),
        _statement_rows,
        after=lambda rows, v: rows.filter(
            Q(quotation_count__lt=v[0]) | Q(quotation_count=v[0], pk__gt=v[1])
        ),
        key=lambda s: [s.quotation_count, s.pk],
        shape=(int, int),
    )


ENDPOINTS = [
    ("api-quotations", "Quotations, newest first, with the search filters"),
    ("api-speakers", "Speakers by name, with their aliases"),
    ("api-statements", "Statements, the most repeated first"),
]


@require_GET
def api_index(request: HttpRequest):
    """What the API offers: a page for people, JSON for programs (Accept or ?format=json)."""
    endpoints = [
        {"name": name, "url": request.build_absolute_uri(reverse(name)), "description": text}
        for name, text in ENDPOINTS
    ]
    schema = request.build_absolute_uri(reverse("api-openapi"))
    wants_json = request.GET.get("format") == "json" or (
        "application/json" in request.headers.get("Accept", "")
        and "text/html" not in request.headers.get("Accept", "")
    )
    if wants_json:
        return JsonResponse({"endpoints": endpoints, "openapi": schema})
    return render(request, "tracker/api_index.html", {"endpoints": endpoints, "openapi": schema})


@require_GET
def api_openapi(request: HttpRequest) -> JsonResponse:
    from tracker.services.openapi import document

    return JsonResponse(document(request.build_absolute_uri("/")), json_dumps_params={"indent": 1})
