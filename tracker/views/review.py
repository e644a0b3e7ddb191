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
        "duplicates": review.duplicate_speakers(),
        "correction": correction,
    }


@require_GET
@editor_required
def review_queue(request: HttpRequest) -> HttpResponse:
    template = "tracker/review.html"
    if request.htmx and not request.htmx.history_restore_request:
        template += "#queue"
    response = render(request, template, queue_context())
    response.headers["Vary"] = "HX-Request"
    return response
