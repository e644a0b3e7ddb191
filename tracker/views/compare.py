"""Compare two to four speakers on a topic, period by period."""

from __future__ import annotations

from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import render

from tracker.filters import CompareForm
from tracker.models import Speaker
from tracker.services.compare_grid import compare_grid
from tracker.services.exports import EXPORT_LIMIT, export_response, quotation_rows
from tracker.services.search import filter_quotations
from tracker.services.stamps import current_stamp
from tracker.services.timelines import (
    period_label,
    period_start,
    speaker_options,
)
from tracker.throttle import throttle_exports
from tracker.views._common import cache_for_anonymous, render_page


def _speakers(form: CompareForm) -> list[Speaker] | None:
    """Speakers in the order asked for; None (with a form error) if any id is unknown."""
    slugs = form.cleaned_data["slugs"]
    found = {s.slug: s for s in Speaker.objects.filter(slug__in=slugs)}
    missing = [slug for slug in slugs if slug not in found]
    if missing:
        form.add_error("speakers", f"Unknown speaker: {', '.join(missing)}.")
        return None
    return [found[slug] for slug in slugs]


@cache_for_anonymous
def compare(request: HttpRequest) -> HttpResponse:
    form = CompareForm(request.GET)
    # Pre-select the pickers with what was asked for, valid or not, so it can be corrected.
    raw = request.GET.get("speakers", "").split(",") + request.GET.getlist("speaker")
    asked = [s.strip() for s in raw if s.strip()][:4]
    stamp = current_stamp()
    context: dict[str, object] = {
        "form": form,
        "speaker_options": speaker_options(asked, stamp=stamp),
        "pickers": asked + [""] * (4 - len(asked)),
    }
    speakers = _speakers(form) if form.is_valid() else None
    if speakers is None:
        return render_page(request, "tracker/compare.html", context, status=400)
    period, q = form.cleaned_data["period"], form.cleaned_data["q"]
    context.update(
        speakers=speakers,
        period=period,
        q=q,
        ready=len(speakers) >= 2,
        rows=compare_grid(speakers, q, period, stamp) if len(speakers) >= 2 else [],
    )
    return render_page(request, "tracker/compare.html", context, partial="grid")


@throttle_exports
def compare_export(request: HttpRequest, fmt: str) -> HttpResponse:
    if fmt not in ("csv", "json"):
        raise Http404("Exports come as .csv or .json")
    form = CompareForm(request.GET)
    speakers = _speakers(form) if form.is_valid() else None
    if not speakers:
        return render(request, "tracker/bad_request.html", {"form": form}, status=400)
    period = form.cleaned_data["period"]
    quotations = filter_quotations(q=form.cleaned_data["q"], speakers=speakers)
    rows = quotation_rows(
        quotations[:EXPORT_LIMIT],
        extra={"period": lambda q: period_label(period_start(q.published, period), period)},
    )
    return export_response(rows, fmt, "compare-" + "-".join(s.slug for s in speakers))
