"""Home: what is new in the tracker."""

from __future__ import annotations

from django.core.cache import cache
from django.http import HttpRequest, HttpResponse
from django.shortcuts import render
from django.urls import NoReverseMatch, reverse

from tracker.models import Source
from tracker.permissions import is_editor
from tracker.services.stamps import data_stamp
from tracker.services.timelines import home_summary
from tracker.views._common import cache_for_anonymous


def _review_url() -> str | None:
    # The review queue arrives with the corrections work; link it only once it exists.
    try:
        return reverse("review-queue")
    except NoReverseMatch:
        return None


def _review_count(stamp: str) -> int | None:
    try:
        from tracker.services.review import pending_count
    except ImportError:
        return None
    # Counting the queue scans many quotations; it only changes with the data stamp.
    return cache.get_or_set(f"tracker:review-count:{stamp}", pending_count, 600)


def _ingest_context(request: HttpRequest) -> dict[str, object]:
    from tracker.forms import FetchForm, PasteForm, UploadForm

    mode = request.GET.get("mode")
    return {
        "forms": {"paste": PasteForm(), "upload": UploadForm(), "fetch": FetchForm()},
        "mode": mode if mode in ("paste", "upload", "fetch") else "paste",
    }


@cache_for_anonymous
def home(request: HttpRequest) -> HttpResponse:
    review_url = _review_url()
    stamp = data_stamp()
    context = {
        **home_summary(stamp=stamp),
        "latest": Source.objects.defer("text").order_by("-id")[:8],  # newest ingested first
        "review_url": review_url,
        "review_count": _review_count(stamp) if review_url else None,
    }
    if is_editor(request.user):
        context.update(_ingest_context(request))
    return render(request, "tracker/home.html", context)
