"""Compare two to four speakers on a topic, period by period."""

from __future__ import annotations

from django.http import Http404, HttpRequest, HttpResponse, QueryDict
from django.shortcuts import render
from django.urls import reverse
from django.utils.text import slugify

from tracker.charts import period_label, period_start
from tracker.filters import CompareForm
from tracker.models import Speaker
from tracker.services.compare_grid import compare_grid
from tracker.services.exports import EXPORT_LIMIT, quotation_rows
from tracker.services.generation import current
from tracker.services.search import filter_quotations
from tracker.throttle import throttle_exports
from tracker.views._common import best_match, cache_for_anonymous, export_response, render_page


def _speakers(form: CompareForm) -> list[Speaker] | None:
    """Speakers in the order asked for, then the best match for a typed name; None (with a
    form error) if any id is unknown."""
    slugs = form.cleaned_data["slugs"]
    found = {s.slug: s for s in Speaker.objects.filter(slug__in=slugs)}
    missing = [slug for slug in slugs if slug not in found]
    if missing:
        form.add_error("speakers", f"Unknown speaker: {', '.join(missing)}.")
        return None
    speakers = [found[slug] for slug in slugs]
    if form.cleaned_data["who"] and not form.cleaned_data["pick"] and len(speakers) < 4:
        best = best_match(form)
        if best is None:
            return None
        if best not in speakers:
            speakers.append(best)
    return speakers


def _picked(request: HttpRequest, speakers: list[Speaker]) -> list[tuple[Speaker, str]]:
    """Each chosen speaker with the URL of the same comparison without them."""
    picked = []
    for speaker in speakers:
        params = QueryDict(mutable=True)
        params.setlist("speaker", [s.slug for s in speakers if s != speaker])
        for key in ("q", "period"):
            if request.GET.get(key):
                params[key] = request.GET[key]
        picked.append((speaker, f"{reverse('compare')}?{params.urlencode()}"))
    return picked


@cache_for_anonymous
def compare(request: HttpRequest) -> HttpResponse:
    form = CompareForm(request.GET)
    generation = current()
    context: dict[str, object] = {"form": form, "picked": []}
    speakers = _speakers(form) if form.is_valid() else None
    if speakers is None:
        return render_page(request, "tracker/compare.html", context, status=400)
    context.update(picked=_picked(request, speakers), picker_full=len(speakers) >= 4)
    period, q = form.cleaned_data["period"], form.cleaned_data["q"]
    context.update(
        speakers=speakers,
        period=period,
        q=q,
        ready=len(speakers) >= 2,
        rows=compare_grid(speakers, q, period, generation) if len(speakers) >= 2 else [],
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
    name = "compare-" + "-".join(s.slug for s in speakers)
    if form.cleaned_data["q"]:
        name += "-on-" + slugify(form.cleaned_data["q"])[:40]
    return export_response(rows, fmt, f"{name}-by-{period}")
