"""Speakers: the list with fuzzy search, and one speaker's timeline."""

from __future__ import annotations

from django.db.models import QuerySet
from django.http import Http404, HttpRequest, HttpResponse, HttpResponsePermanentRedirect
from django.utils.functional import SimpleLazyObject

from tracker.filters import PAGE_SIZE, SpeakerSearchForm, TimelineForm
from tracker.models import Quotation, Speaker, SpeakerRedirect
from tracker.services.generation import current
from tracker.services.search import filter_quotations, timeline_page
from tracker.services.timelines import group_quotations, speaker_rows, speaker_stats
from tracker.views._common import Deferred, cache_for_anonymous, render_page, shared_html_key


@cache_for_anonymous
def speaker_list(request: HttpRequest) -> HttpResponse:
    form = SpeakerSearchForm(request.GET)
    if not form.is_valid():
        return render_page(request, "tracker/speaker_list.html", {"form": form}, status=400)
    q, page = form.cleaned_data["q"], form.cleaned_data["page"] or 1
    rows, has_more = speaker_rows(q, page, PAGE_SIZE)
    context = {"form": form, "speakers": rows, "has_more": has_more, "next_page": page + 1}
    partial = "results" if page == 1 else "rows"
    return render_page(request, "tracker/speaker_list.html", context, partial=partial)


@cache_for_anonymous
def speaker_detail(request: HttpRequest, slug: str) -> HttpResponse:
    speaker = Speaker.objects.filter(slug=slug).first()
    if speaker is None:
        # Merged into another speaker: links to the old page keep working.
        moved = SpeakerRedirect.objects.select_related("speaker").filter(old_slug=slug).first()
        if moved is None:
            raise Http404("No speaker has this id.")
        target = moved.speaker.get_absolute_url()
        query = request.GET.urlencode()
        return HttpResponsePermanentRedirect(f"{target}?{query}" if query else target)
    form = TimelineForm(request.GET)
    # Read only when the header is not cached; plain names cost less than prefetch_related.
    # The name itself is kept as an alias (lookups find it), but is not "also" a spelling.
    aliases = SimpleLazyObject(
        lambda: list(speaker.aliases.exclude(alias=speaker.name).values_list("alias", flat=True))
    )
    roles = SimpleLazyObject(lambda: list(speaker.roles.all()))
    context: dict[str, object] = {
        "speaker": speaker,
        "form": form,
        "aliases": aliases,
        "roles": roles,
    }
    if not form.is_valid():
        return render_page(request, "tracker/speaker_detail.html", context, status=400)
    data = form.cleaned_data

    def quotations() -> QuerySet[Quotation]:  # built only when the timeline is not cached
        return filter_quotations(
            q=data["q"],
            speaker=speaker,
            outlet=data["outlet"],
            start=data["start"],
            end=data["end"],
        ).as_rows("statement")

    page, grouping, generation = form.page_number(), form.grouping(), current()

    def timeline() -> dict[str, object]:
        rows, has_more = timeline_page(quotations(), page, PAGE_SIZE)
        return {"groups": group_quotations(rows, grouping), "has_more": has_more}

    context.update(
        # Both read only when the body is not served from the cache.
        stats=Deferred(lambda: speaker_stats(speaker, generation)),
        timeline=Deferred(timeline),
        talking_points=SimpleLazyObject(
            lambda: list(speaker.talking_points.order_by("-story_count", "-score")[:10])
        ),
        # The rendered body, shared by readers and visitors; None for editors.
        body_key=shared_html_key(request, generation),
        grouping=grouping,
        next_page=page + 1,
        page=page,
        filtered=any(data[k] for k in ("q", "outlet", "start", "end")),
    )
    # Page 1 swaps the whole timeline (filters, grouping); later pages append one more page.
    partial = "timeline" if page == 1 else "page"
    return render_page(request, "tracker/speaker_detail.html", context, partial=partial)
