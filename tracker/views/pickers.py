"""Corrections by pointing: a selection in the reader becomes a new quotation, and the
statement picker that finds statements as the editor types."""

from __future__ import annotations

from django.contrib import messages
from django.db.models import Count
from django.http import HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.views.decorators.http import require_GET, require_POST

from tracker import correction_forms as forms
from tracker.models import Quotation, Source, Statement
from tracker.permissions import editor_required
from tracker.services.actions import CreateQuote
from tracker.services.corrections import CorrectionError
from tracker.services.search import match_text

PICKS = 8


@require_POST
@editor_required
def quotation_create(request: HttpRequest, pk: int) -> HttpResponse:
    """Mark the selected words of an article as a quotation; back to the reader, at it."""
    source = get_object_or_404(Source, pk=pk)
    form = forms.NewQuotationForm(request.POST)
    if not form.is_valid():
        messages.error(request, "Select some words of the article first.")
        return redirect(source)
    data = form.cleaned_data
    try:
        quotation, _ = CreateQuote.apply(
            source, data["start"], data["end"], by=request.user, reason=data["reason"]
        )
    except CorrectionError as err:
        messages.error(request, str(err))
        return redirect(source)
    messages.success(request, f"New quotation: “{quotation.text[:80]}”. Who said it?")
    return redirect(source.get_absolute_url() + f"#qd{quotation.pk}")


def find_statements(q: str, exclude: int | None = None, limit: int = PICKS) -> list[Statement]:
    """Statements whose quotations match the words (the search matcher), most repeated first;
    a number finds that statement."""
    q = q.strip()
    if not q:
        return []
    if q.isdigit():
        return list(Statement.objects.filter(pk=int(q)).exclude(pk=exclude or 0))
    matching = match_text(Quotation.objects.filter(statement__isnull=False), q)
    ids = (
        matching.exclude(statement_id=exclude or 0)
        .values("statement_id")
        .annotate(n=Count("pk"))
        .order_by("-n", "statement_id")
        .values_list("statement_id", flat=True)[:limit]
    )
    found = Statement.objects.in_bulk(list(ids))
    return sorted(found.values(), key=lambda s: (-s.quotation_count, s.pk))


@require_GET
@editor_required
def statement_autocomplete(request: HttpRequest) -> HttpResponse:
    form = forms.StatementPickForm(request.GET)
    if not form.is_valid():
        return HttpResponse("Bad query.", status=400)
    data = form.cleaned_data
    context = {
        "statements": find_statements(data["q"], exclude=data["exclude"]),
        "field": data["field"] or "statement",
        "q": data["q"],
    }
    return render(request, "tracker/corrections/statement_options.html", context)
