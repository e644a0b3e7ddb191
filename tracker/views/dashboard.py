"""Home: what is new in the tracker."""

from __future__ import annotations

from django.http import HttpRequest, HttpResponse
from django.shortcuts import render
from django.urls import NoReverseMatch, reverse

from tracker.models import Source
from tracker.permissions import is_editor
from tracker.services.timelines import home_summary
from tracker.views._common import cache_for_anonymous


def _review_url() -> str | None:
    # The review queue arrives with the corrections work; link it only once it exists.
    try:
        return reverse("review-queue")
    except NoReverseMatch:
        return None


def _review_count() -> int | None:
    try:
        from tracker.services.review import pending_count
    except ImportError:
        return None
    return pending_count()


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
    context = {
        **home_summary(),
        "latest": Source.objects.order_by("-ingested_at", "-id")[:8],
        "review_url": review_url,
        "review_count": _review_count() if review_url else None,
    }
    if is_editor(request.user):
        context.update(_ingest_context(request))
    return render(request, "tracker/home.html", context)
