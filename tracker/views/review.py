"""The review queue: doubtful quotations first, worked through with the keyboard (j/k/c/e/x)."""

from __future__ import annotations

from typing import Any

from django.http import HttpRequest, HttpResponse
from django.shortcuts import render
from django.views.decorators.http import require_GET

from tracker.models import Correction
from tracker.permissions import editor_required
from tracker.services import review

QUEUE_PAGE = 25


def queue_context(correction: Correction | None = None) -> dict[str, Any]:
    """The first page of the queue, its total, and the change just made (for its Undo)."""
    items = list(review.pending().select_related("speaker", "statement", "source")[:QUEUE_PAGE])
    return {
        "items": [(q, review.reasons(q)) for q in items],
        "left": review.pending_count(),
        "correction": correction,
    }


@require_GET
@editor_required
def review_queue(request: HttpRequest) -> HttpResponse:
    context = queue_context()
    if request.htmx and not request.htmx.history_restore_request:
        response = render(request, "tracker/review.html#queue", context)
    else:
        # Comparing every pair of names is the slow part: only the full page needs it.
        context["duplicates"] = review.duplicate_speakers()
        response = render(request, "tracker/review.html", context)
    response.headers["Vary"] = "HX-Request"
    return response
