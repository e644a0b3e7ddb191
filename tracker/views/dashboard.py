"""Home: what is new in the tracker."""

from __future__ import annotations

from django.http import HttpRequest, HttpResponse
from django.shortcuts import render
from django.urls import NoReverseMatch, reverse

from tracker.models import Quotation, Source
from tracker.permissions import is_editor
from tracker.services.timelines import home_summary


def _review_url() -> str | None:
    # The review queue arrives with the corrections work; link it only once it exists.
    try:
        return reverse("review-queue")
    except NoReverseMatch:
        return None


def _ingest_context(request: HttpRequest) -> dict[str, object]:
    from tracker.forms import FetchForm, PasteForm, UploadForm

    mode = request.GET.get("mode")
    return {
        "forms": {"paste": PasteForm(), "upload": UploadForm(), "fetch": FetchForm()},
        "mode": mode if mode in ("paste", "upload", "fetch") else "paste",
    }


def home(request: HttpRequest) -> HttpResponse:
    review_url = _review_url()
    context = {
        **home_summary(),
        "latest": Source.objects.order_by("-ingested_at", "-id")[:8],
        "review_url": review_url,
        "review_count": (
            Quotation.objects.filter(
                attribution_status=Quotation.Status.AUTO, not_a_quote=False, confidence__lt=0.6
            ).count()
            if review_url
            else None
        ),
    }
    if is_editor(request.user):
        context.update(_ingest_context(request))
    return render(request, "tracker/home.html", context)
