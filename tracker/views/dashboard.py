"""Home: what is new in the tracker."""

from __future__ import annotations

from django.core.cache import cache
from django.http import HttpRequest, HttpResponse
from django.shortcuts import render
from django.urls import reverse

from tracker.permissions import is_editor
from tracker.services.generation import Generation, current
from tracker.services.review import pending_count
from tracker.services.timelines import home_summary
from tracker.services.visits import since_last_visit
from tracker.views._common import cache_for_anonymous
from tracker.views.ingest import ingest_forms

REVIEW_COUNT_SECONDS = 60


def _review_count(generation: Generation) -> int:
    """How many quotations wait for review. Counting the queue reads most quotations (0.3 s at
    1M), so new articles change the figure within a minute; an editor's change does at once."""
    key = "tracker:review-count"
    return cache.get_or_set(key, pending_count, REVIEW_COUNT_SECONDS, version=generation.rebuilt)


@cache_for_anonymous
def home(request: HttpRequest) -> HttpResponse:
    generation = current()
    context = {
        **home_summary(generation=generation),
        "review_url": reverse("review-queue"),
        "review_count": _review_count(generation),
    }
    if request.user.is_authenticated:
        context["since"] = since_last_visit(request.session, request.user)
    if is_editor(request.user):
        context.update(ingest_forms(request.GET.get("mode")))
    return render(request, "tracker/home.html", context)
