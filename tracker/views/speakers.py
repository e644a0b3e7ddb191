"""Speakers: the list with fuzzy search, and one speaker's timeline."""

from __future__ import annotations

from django.db.models import QuerySet
from django.http import Http404, HttpRequest, HttpResponse, HttpResponsePermanentRedirect
from django.utils.functional import SimpleLazyObject

from tracker.filters import PAGE_SIZE, SpeakerSearchForm, TimelineForm
from tracker.models import Quotation, Speaker, SpeakerRedirect
from tracker.permissions import is_editor
from tracker.services.search import filter_quotations
from tracker.services.stamps import current_stamp
from tracker.services.timelines import LazyTimeline, speaker_rows, speaker_stats
from tracker.views._common import Deferred, cache_for_anonymous, render_page


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


def _merged_away(request: HttpRequest, slug: str) -> HttpResponse:
    """A speaker merged into another: 301 to the survivor, with the same query string."""
    redirect = SpeakerRedirect.objects.select_related("speaker").filter(old_slug=slug).first()
    if redirect is None:
        raise Http404("No such speaker.")
    url = redirect.speaker.get_absolute_url()
    if request.GET:
        url += "?" + request.GET.urlencode()
    return HttpResponsePermanentRedirect(url)


@cache_for_anonymous
def speaker_detail(request: HttpRequest, slug: str) -> HttpResponse:
    speaker = Speaker.objects.filter(slug=slug).first()
    if speaker is None:
        return _merged_away(request, slug)
    form = TimelineForm(request.GET)
    # Read only when the header is not cached; plain names cost less than prefetch_related.
    aliases = SimpleLazyObject(lambda: list(speaker.aliases.values_list("alias", flat=True)))
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
        ).select_related("source", "statement")

    page = form.page_number()
    # Rendered fragments are cached under these keys (the template's {% cache %}); never for
    # editors, whose pages may carry controls with their own CSRF token: their keys differ
    # and expire at once, so they neither read nor write what others see.
    editor, stamp = is_editor(request.user), current_stamp()
    key = f"{'editor:' if editor else ''}{speaker.pk}:{speaker.version}:{stamp}"
    view_key = f"{key}:{request.GET.urlencode()}"
    context.update(
        # Read only when the rendered count line and chart are not cached yet.
        stats=Deferred(lambda: speaker_stats(speaker, stamp)),
        stats_key=key,
        timeline=LazyTimeline(quotations, page, PAGE_SIZE, form.grouping()),
        timeline_key=view_key,
        page_key=view_key,  # the whole body, for readers
        fragment_ttl=0 if editor else 3600,
        grouping=form.grouping(),
        next_page=page + 1,
        page=page,
        filtered=any(data[k] for k in ("q", "outlet", "start", "end")),
    )
    # Page 1 swaps the whole timeline (filters, grouping); later pages append one more page.
    partial = "timeline" if page == 1 else "page"
    return render_page(request, "tracker/speaker_detail.html", context, partial=partial)
