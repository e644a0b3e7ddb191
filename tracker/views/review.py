"""The review queue: doubtful quotations first, filtered and paged, worked through with the
keyboard (j/k move, c confirm, e edit, x not a quote, 1-9 pick a speaker from the context)."""

from __future__ import annotations

from typing import Any

from django.http import HttpRequest, HttpResponse, QueryDict
from django.utils.functional import SimpleLazyObject
from django.views.decorators.http import require_GET

from tracker.filters import ReviewFilterForm
from tracker.models import Correction
from tracker.permissions import editor_required
from tracker.services import review
from tracker.services.search import page_slice
from tracker.views._common import picked_speaker, picker_chips, render_page

QUEUE_PAGE = 25


def _filters(query: QueryDict) -> tuple[ReviewFilterForm, dict[str, Any] | None]:
    form = ReviewFilterForm(query)
    if not form.is_valid():
        return form, None
    speaker = picked_speaker(form)
    if speaker is False:
        return form, None
    data = dict(form.cleaned_data)
    del data["pick"], data["who"]
    data["speaker"] = speaker
    return form, data


def queue_context(
    correction: Correction | None = None, request: HttpRequest | None = None
) -> dict[str, Any]:
    """A page of the queue (filtered as the request's query, or the `filters` a card's form
    carried), its total, and the change just made (for its Undo)."""
    if request is not None and request.method == "POST":
        query = QueryDict(request.POST.get("filters", ""))
    else:
        query = request.GET if request is not None else QueryDict()
    form, data = _filters(query)
    context: dict[str, Any] = {"filter_form": form, "correction": correction, "picked": []}
    if data is None:
        return context | {"cards": [], "left": 0, "filters": "", "invalid": True}
    context["picked"] = picker_chips(query, data["speaker"])
    page = data.pop("page") or 1
    queue = review.filtered(review.pending(), **data)
    rows, has_more = page_slice(
        queue.select_related("speaker", "statement", "source"), page, QUEUE_PAGE
    )
    return context | {
        "cards": review.cards(rows),
        "left": queue.count(),
        "page": page,
        "has_more": has_more,
        "filters": query.urlencode(),
        "outlets": review.queue_outlets(),
    }


@require_GET
@editor_required
def review_queue(request: HttpRequest) -> HttpResponse:
    context = queue_context(request=request)
    # Comparing every pair of names is the slow part: read only by the full page.
    context["duplicates"] = SimpleLazyObject(review.duplicate_speakers)
    status = 400 if context.get("invalid") else 200
    return render_page(request, "tracker/review.html", context, partial="queue", status=status)
