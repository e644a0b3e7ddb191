"""Quotation search with filters, and the CSV/JSON export of any filtered list."""

from __future__ import annotations

from django.db.models import QuerySet
from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import render

from tracker.filters import PAGE_SIZE, SearchForm
from tracker.models import Quotation, Speaker
from tracker.permissions import is_editor
from tracker.services.exports import EXPORT_LIMIT, export_response, quotation_rows
from tracker.services.ranked_search import ranked_page
from tracker.services.search import filter_quotations, highlighted, is_postgres, timeline_page
from tracker.services.stamps import Stamp, current_stamp
from tracker.services.timelines import speaker_options
from tracker.views._common import Deferred, cache_for_anonymous, render_page


def searched_quotations(form: SearchForm, rank: bool = False):
    """The filtered queryset for a valid form, or None when the speaker slug is unknown."""
    data = form.cleaned_data
    speaker = None
    if data["speaker"]:
        speaker = Speaker.objects.filter(slug=data["speaker"]).first()
        if speaker is None:
            form.add_error("speaker", "No speaker has this id.")
            return None
    return filter_quotations(
        q=data["q"],
        speaker=speaker,
        outlet=data["outlet"],
        start=data["start"],
        end=data["end"],
        statement_id=data["statement"],
        rank=rank,
        who=data.get("who") or "",
    )


def _results(
    quotations: QuerySet[Quotation], form: SearchForm, page: int, ranked: bool, stamp: Stamp
) -> dict:
    q = form.cleaned_data["q"]
    quotations = quotations.select_related("source", "speaker", "statement")
    if ranked:
        # The same words and filters share one cached ranking, whatever the page.
        search = repr(sorted((k, str(v)) for k, v in form.cleaned_data.items() if k != "page"))
        rows, has_more = ranked_page(quotations, search, stamp, page, PAGE_SIZE)
    else:
        rows, has_more = timeline_page(quotations, page, PAGE_SIZE)
    for quotation in rows:
        quotation.highlighted = highlighted(quotation, q)
    return {"rows": rows, "has_more": has_more}


@cache_for_anonymous
def quotation_list(request: HttpRequest) -> HttpResponse:
    form = SearchForm(request.GET)
    stamp = current_stamp()
    chosen = [request.GET.get("speaker", "")]
    context: dict[str, object] = {
        "form": form,
        "speaker_options": speaker_options(chosen, stamp=stamp),
    }
    quotations = searched_quotations(form, rank=True) if form.is_valid() else None
    if quotations is None:
        return render_page(request, "tracker/quotation_list.html", context, status=400)
    page, q = form.page_number(), form.cleaned_data["q"]
    ranked = bool(q) and is_postgres()
    context.update(
        results=Deferred(lambda: _results(quotations, form, page, ranked, stamp)),
        # The rendered first page is cached under this key (the template's {% cache %}).
        results_key=f"{stamp}:{request.GET.urlencode()}",
        fragment_ttl=0 if is_editor(request.user) else 600,  # editors: never shared
        next_page=page + 1,
        page=page,
        q=q,
        is_ranked=ranked,
    )
    partial = "results" if page == 1 else "rows"
    return render_page(request, "tracker/quotation_list.html", context, partial=partial)


def quotation_export(request: HttpRequest, fmt: str) -> HttpResponse:
    if fmt not in ("csv", "json"):
        raise Http404("Exports come as .csv or .json")
    form = SearchForm(request.GET)
    quotations = searched_quotations(form) if form.is_valid() else None
    if quotations is None:
        return render(request, "tracker/bad_request.html", {"form": form}, status=400)
    name = form.cleaned_data["speaker"] or "quotations"
    rows = quotation_rows(quotations[:EXPORT_LIMIT])
    return export_response(rows, fmt, f"{name}-quotations")
