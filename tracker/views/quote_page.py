"""A quotation's own, permanent page (/quotations/<id>/) and its JSON export."""

from __future__ import annotations

from django.http import (
    Http404,
    HttpRequest,
    HttpResponse,
    HttpResponsePermanentRedirect,
    JsonResponse,
)
from django.urls import reverse

from tracker.models import Quotation
from tracker.services.citations import citation_record, paragraph_html, successor_of
from tracker.views._common import render_page


def _quotation_or_successor(pk: int, name: str) -> Quotation | HttpResponse:
    quotation = (
        Quotation.objects.select_related("source", "speaker", "statement").filter(pk=pk).first()
    )
    if quotation is not None:
        return quotation
    successor = successor_of(pk)
    if successor is None:
        raise Http404("No quotation has this number.")
    # Re-extraction replaced it: citations of the old number keep working.
    return HttpResponsePermanentRedirect(reverse(name, args=[successor]))


def quotation_detail(request: HttpRequest, pk: int) -> HttpResponse:
    found = _quotation_or_successor(pk, "quotation-detail")
    if isinstance(found, HttpResponse):
        return found
    record = citation_record(found, request.build_absolute_uri(found.get_absolute_url()))
    context = {
        "quotation": found,
        "record": record,
        "paragraph": paragraph_html(found, record["_spans"]),
    }
    return render_page(request, "tracker/quotation_detail.html", context)


def quotation_json(request: HttpRequest, pk: int) -> HttpResponse:
    found = _quotation_or_successor(pk, "quotation-json")
    if isinstance(found, HttpResponse):
        return found
    record = citation_record(found, request.build_absolute_uri(found.get_absolute_url()))
    del record["_spans"]
    response = JsonResponse(record, json_dumps_params={"ensure_ascii": False, "indent": 1})
    response.headers["Content-Disposition"] = f'inline; filename="quotation-{found.pk}.json"'
    return response
