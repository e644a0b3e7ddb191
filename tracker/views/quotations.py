"""Quotation search with filters, totals, facets and the attention chart, and the CSV/JSON
export of any filtered list."""

from __future__ import annotations

from datetime import date

from django.db.models import QuerySet
from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import render
from django.urls import reverse

from tracker.charts import period_end
from tracker.filters import PAGE_SIZE, SearchForm
from tracker.models import Quotation
from tracker.services.attention import search_summary
from tracker.services.exports import EXPORT_LIMIT, export_name, quotation_rows
from tracker.services.generation import Generation, current
from tracker.services.ranked_search import ranked_page
from tracker.services.search import (
    filter_quotations,
    highlight_rows,
    is_postgres,
    page_slice,
    parse_query,
    timeline_page,
)
from tracker.templatetags.tracker_tags import query_string
from tracker.throttle import throttle_exports
from tracker.views._common import (
    Deferred,
    cache_for_anonymous,
    export_response,
    picked_speaker,
    picker_chips,
    render_page,
    shared_html_key,
)


def searched_quotations(form: SearchForm, rank: bool = False):
    """The filtered queryset for a valid form, or None when the speaker slug is unknown."""
    data = form.cleaned_data
    # A name typed without picking from the list: the best match, shown as the chosen one.
    speaker = picked_speaker(form)
    if speaker is False:
        return None
    form.chosen_speaker = speaker
    return filter_quotations(
        q=data["q"],
        speaker=speaker,
        outlet=data["outlet"],
        start=data["start"],
        end=data["end"],
        statement_id=data["statement"],
        rank=rank,
        source_kind=data.get("source_kind") or "",
    )


def _search_key(form: SearchForm, *ignored: str) -> str:
    return repr(sorted((k, str(v)) for k, v in form.cleaned_data.items() if k not in ignored))


def _results(
    request: HttpRequest,
    quotations: QuerySet[Quotation],
    form: SearchForm,
    page: int,
    ranked: bool,
    generation: Generation,
) -> dict:
    q = form.cleaned_data["q"]
    rows_of = quotations.as_rows("speaker", "statement")
    if ranked and is_postgres():
        # The same words and filters share one cached ranking, whatever the page.
        search = _search_key(form, "page", "every")
        rows, has_more = ranked_page(rows_of, search, generation, page, PAGE_SIZE)
    elif ranked:
        # bm25 weighs words by the whole index, so SQLite ranks in the database each time.
        rows, has_more = page_slice(rows_of, page, PAGE_SIZE)
    else:
        rows, has_more = timeline_page(rows_of, page, PAGE_SIZE)
    highlight_rows(rows, q)
    data: dict[str, object] = {"rows": rows, "has_more": has_more}
    if page == 1:
        # Each bar of the chart links to the same search over its week or month: the query
        # string is built once, not once per bar (a long span has a hundred bars or more).
        rest = query_string(request.GET, start=None, end=None, page=None).lstrip("?")
        base = reverse("quotation-list") + "?" + (f"{rest}&" if rest else "")

        def link(start: date, unit: str) -> str:
            return f"{base}start={start.isoformat()}&end={period_end(start, unit).isoformat()}"

        data["summary"] = search_summary(
            quotations.order_by(),
            _search_key(form, "page", "sort", "every"),
            generation,
            link,
            unit=form.cleaned_data["every"],
        )
    return data


@cache_for_anonymous
def quotation_list(request: HttpRequest) -> HttpResponse:
    form = SearchForm(request.GET)
    generation = current()
    context: dict[str, object] = {"form": form, "picked": []}
    valid = form.is_valid()
    words = valid and any(not c.excluded for c in parse_query(form.cleaned_data["q"]))
    ranked = bool(words) and not form.by_date()
    quotations = searched_quotations(form, rank=ranked) if valid else None
    if quotations is None:
        return render_page(request, "tracker/quotation_list.html", context, status=400)
    page, q = form.page_number(), form.cleaned_data["q"]
    context.update(
        # Read only when the results are not served from the shared HTML cache (readers and
        # visitors; never editors).
        results=Deferred(lambda: _results(request, quotations, form, page, ranked, generation)),
        results_key=shared_html_key(request, generation),
        next_page=page + 1,
        page=page,
        q=q,
        is_ranked=ranked,
        has_words=words,
        picked=picker_chips(request.GET, getattr(form, "chosen_speaker", None)),
    )
    partial = "results" if page == 1 else "rows"
    return render_page(request, "tracker/quotation_list.html", context, partial=partial)


@throttle_exports
def quotation_export(request: HttpRequest, fmt: str) -> HttpResponse:
    if fmt not in ("csv", "json"):
        raise Http404("Exports come as .csv or .json")
    form = SearchForm(request.GET)
    quotations = searched_quotations(form) if form.is_valid() else None
    if quotations is None:
        return render(request, "tracker/bad_request.html", {"form": form}, status=400)
    rows = quotation_rows(quotations[:EXPORT_LIMIT])
    return export_response(rows, fmt, export_name(form.cleaned_data))
