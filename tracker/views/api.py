"""Read-only JSON API: quotations (with the search filters), speakers and statements, paged."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from django.db.models import QuerySet
from django.http import HttpRequest, JsonResponse
from django.views.decorators.http import require_GET

from tracker.filters import ApiPageForm, SearchForm
from tracker.models import Speaker, Statement
from tracker.services.exports import quotation_rows
from tracker.services.search import timeline_page
from tracker.views.quotations import searched_quotations

DEFAULT_PAGE_SIZE = 50


def _bad(form: Any) -> JsonResponse:
    return JsonResponse({"errors": form.errors.get_json_data()}, status=400)


def _page(
    request: HttpRequest,
    rows: QuerySet,
    serialise: Any,
    paginate: Callable[[QuerySet, int, int], tuple[list, bool]] | None = None,
) -> JsonResponse:
    paging = ApiPageForm(request.GET)
    if not paging.is_valid():
        return _bad(paging)
    page = paging.cleaned_data["page"] or 1
    size = paging.cleaned_data["page_size"] or DEFAULT_PAGE_SIZE
    if paginate is not None:
        chunk, has_more = paginate(rows, page, size)
    else:
        offset = (page - 1) * size
        chunk = list(rows[offset : offset + size + 1])
        chunk, has_more = chunk[:size], len(chunk) > size
    items = list(serialise(chunk))

    def link(number: int) -> str:
        params = request.GET.copy()
        params["page"] = number
        return request.build_absolute_uri("?" + params.urlencode())

    return JsonResponse(
        {
            "page": page,
            "page_size": size,
            "next": link(page + 1) if has_more else None,
            "previous": link(page - 1) if page > 1 else None,
            "results": items,
        }
    )


@require_GET
def api_quotations(request: HttpRequest) -> JsonResponse:
    form = SearchForm(request.GET)
    quotations = searched_quotations(form) if form.is_valid() else None
    if quotations is None:
        return _bad(form)
    # Newest first, undated last, read the way the timeline index can serve it.
    quotations = quotations.select_related("source", "speaker")
    return _page(request, quotations, quotation_rows, paginate=timeline_page)


def _speaker_rows(speakers: list[Speaker]):
    for s in speakers:
        yield {
            "id": s.slug,
            "name": s.name,
            "kind": s.kind,
            "role": s.role,
            "roles": [
                {
                    "title": r.title,
                    "first_date": r.first_date.isoformat() if r.first_date else None,
                    "last_date": r.last_date.isoformat() if r.last_date else None,
                }
                for r in s.roles.all()
            ],
            "external_id": s.external_id,
            "affiliation": s.affiliation,
            "aliases": [a.alias for a in s.aliases.all()],
            "url": s.get_absolute_url(),
        }


@require_GET
def api_speakers(request: HttpRequest) -> JsonResponse:
    speakers = Speaker.objects.prefetch_related("aliases", "roles").order_by("name", "pk")
    return _page(request, speakers, _speaker_rows)


def _statement_rows(statements: list[Statement]):
    for s in statements:
        yield {
            "id": s.pk,
            "text": s.text,
            "kind": s.kind,
            "quotation_count": s.quotation_count,
            "first_date": s.first_date.isoformat() if s.first_date else None,
            "last_date": s.last_date.isoformat() if s.last_date else None,
            "has_conflict": s.has_conflict,
            "url": s.get_absolute_url(),
        }


@require_GET
def api_statements(request: HttpRequest) -> JsonResponse:
    return _page(request, Statement.objects.order_by("-quotation_count", "pk"), _statement_rows)
