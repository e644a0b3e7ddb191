"""Articles: the list and the reader with every quotation highlighted."""

from __future__ import annotations

from collections import Counter

from django.db.models import Count
from django.http import HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404

from tracker.filters import PAGE_SIZE, QuotationFilterForm
from tracker.models import Quotation, Source
from tracker.permissions import is_editor
from tracker.services.search import timeline_page
from tracker.services.spans import undoable_creations
from tracker.templatetags.tracker_tags import speaker_colours
from tracker.views._common import cache_for_anonymous, render_page


@cache_for_anonymous
def source_list(request: HttpRequest) -> HttpResponse:
    form = QuotationFilterForm(request.GET)
    if not form.is_valid():
        return render_page(request, "tracker/source_list.html", {"form": form}, status=400)
    data = form.cleaned_data
    sources = Source.objects.defer("text")
    if data["q"]:
        sources = sources.filter(title__icontains=data["q"])
    if data["outlet"]:
        sources = sources.filter(outlet__iexact=data["outlet"])
    if data["start"]:
        sources = sources.filter(published__gte=data["start"])
    if data["end"]:
        sources = sources.filter(published__lte=data["end"])
    page = form.page_number()
    rows, has_more = timeline_page(sources, page, PAGE_SIZE)  # newest first, undated last
    # Count quotations for the shown articles only, not for every article in the tracker.
    counts = dict(
        Quotation.objects.live().filter(source__in=rows)
        .values_list("source_id")
        .annotate(n=Count("*"))
        .order_by()
    )
    for source in rows:
        source.n_quotes = counts.get(source.pk, 0)
    context = {"form": form, "sources": rows, "has_more": has_more, "next_page": page + 1}
    return render_page(request, "tracker/source_list.html", context, partial="rows")


@cache_for_anonymous
def source_detail(request: HttpRequest, pk: int) -> HttpResponse:
    source = get_object_or_404(Source, pk=pk)
    quotations = list(
        source.quotations.live()
        .select_related("speaker", "statement")
        .order_by("start")
    )
    if is_editor(request.user):
        # Quotations marked by hand offer their undo (remove it again) in the reader.
        made = undoable_creations(q.pk for q in quotations)
        for quotation in quotations:
            quotation.hand_marked = made.get(quotation.pk)
    colours = speaker_colours(quotations)
    counts = Counter(q.speaker_id for q in quotations)
    legend = []
    for quotation in quotations:
        if quotation.speaker_id and all(s.pk != quotation.speaker_id for s, _, _ in legend):
            speaker = quotation.speaker
            legend.append((speaker, colours[speaker.pk], counts[speaker.pk]))
    # ?only=<speaker id> (or "none": the unattributed) shows one speaker's quotations.
    only = request.GET.get("only", "")
    only_class = ""
    if only == "none":
        only_class = "only-none"
    elif only:
        match = next((c for s, c, _ in legend if s.slug == only), None)
        only_class = f"only-{match}" if match is not None else ""
    context = {
        "source": source,
        "quotations": quotations,
        "colours": colours,
        "legend": legend,
        "unattributed": counts[None],
        "only": only if only_class else "",
        "only_class": only_class,
    }
    return render_page(request, "tracker/source_detail.html", context)
