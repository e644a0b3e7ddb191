"""Inline corrections to one quotation: reattribute, confirm, not a quote, span, statement link.

Each POST answers an htmx request with the re-rendered control (or, from the review queue, the
refreshed queue) and a plain form post with a redirect, so everything works without JavaScript.
A stale form gets the current state and a conflict message instead of overwriting anything.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from django.forms import Form
from django.http import HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse
from django.views.decorators.http import require_GET, require_POST

from tracker import correction_forms as forms
from tracker.models import Correction, Quotation
from tracker.permissions import editor_required
from tracker.services import spans
from tracker.services.actions import Change, Confirm, EditSpan, Link, NotAQuote, Reattribute
from tracker.services.corrections import ConflictError, CorrectionError
from tracker.services.speakers import find_speaker, ranked_speakers
from tracker.views._common import safe_next
from tracker.views.review import queue_context

CONTROLS = "tracker/corrections/quotation_edit.html"


def _get_quotation(pk: int) -> Quotation:
    return get_object_or_404(
        Quotation.objects.select_related("speaker", "statement", "source"), pk=pk
    )


def render_controls(
    request: HttpRequest, quotation: Quotation, status: int = 200, **extra: Any
) -> HttpResponse:
    """The quotation's correction controls: the htmx partial, or the whole edit page."""
    quotation = _get_quotation(quotation.pk)
    context = {
        "quotation": quotation,
        "next": safe_next(request, quotation.get_reader_url()),
        **extra,
    }
    if request.htmx:
        # htmx leaves 4xx answers unswapped; a conflict must still show, so it travels as 200.
        return render(request, f"{CONTROLS}#controls", context)
    text = quotation.source.text
    context["before"] = text[max(0, quotation.start - 300) : quotation.start]
    context["after"] = text[quotation.end : quotation.end + 300]
    return render(request, CONTROLS, context, status=status)


def apply_correction(
    request: HttpRequest,
    quotation: Quotation,
    form: Form,
    change: Callable[[dict[str, Any]], Correction | None],
) -> HttpResponse:
    """Validate, apply, and answer: the shared tail of every quotation correction view."""
    in_review = request.POST.get("back") == "review"
    queue = "tracker/review.html#queue"
    if not form.is_valid():
        if in_review and request.htmx:
            errors = " ".join(e for errs in form.errors.values() for e in errs)
            return render(request, queue, queue_context(request=request) | {"error": errors})
        return render_controls(request, quotation, status=400, form=form)
    data = form.cleaned_data
    try:
        correction = change(data)
    except (ConflictError, CorrectionError) as err:
        if in_review and request.htmx:
            return render(request, queue, queue_context(request=request) | {"error": str(err)})
        current = err.current if isinstance(err, ConflictError) else quotation
        status = 409 if isinstance(err, ConflictError) else 400
        return render_controls(request, current, status=status, error=str(err))
    if in_review:
        if request.htmx:
            return render(request, queue, queue_context(correction, request=request))
        filters = request.POST.get("filters", "")
        return redirect(reverse("review-queue") + (f"?{filters}" if filters else ""))
    if request.htmx:
        return render_controls(request, quotation, correction=correction)
    return redirect(safe_next(request, quotation.get_reader_url()))


def _span(quotation: Quotation, data: dict[str, Any]) -> tuple[int, int]:
    if data.get("snap"):
        return spans.snap(quotation.source.text, data["start"], data["end"])
    return data["start"], data["end"]


@require_GET
@editor_required
def quotation_edit(request: HttpRequest, pk: int) -> HttpResponse:
    return render_controls(request, _get_quotation(pk))


@require_POST
@editor_required
def quotation_reattribute(request: HttpRequest, pk: int) -> HttpResponse:
    quotation = _get_quotation(pk)
    form = forms.ReattributeForm(request.POST)
    if form.is_valid() and not form.cleaned_data["speaker"] and not form.cleaned_data["create"]:
        # A typed name: use the speaker it names, or offer look-alikes and "create".
        name = form.cleaned_data["name"].strip()
        form.cleaned_data["speaker"] = find_speaker(name, typed=True)
        if form.cleaned_data["speaker"] is None:
            if request.POST.get("back") != "review":
                return render_controls(
                    request,
                    quotation,
                    status=400,
                    form=form,
                    candidates=ranked_speakers(name, exclude=quotation.speaker_id),
                    offer_create=name,
                )
            form.add_error(None, f"No speaker is called “{name}” yet: pick a suggestion.")

    def change(data: dict[str, Any]) -> Correction:
        return Reattribute.apply(
            quotation,
            data["speaker"],
            seen_version=data["version"],
            by=request.user,
            new_speaker_name=data["name"],
            scope=data["scope"],
            reason=data["reason"],
        )

    return apply_correction(request, quotation, form, change)


def _correct(
    request: HttpRequest,
    pk: int,
    form_class: type[Form],
    change: type[Change],
    args: Callable[[Quotation, dict[str, Any]], tuple] = lambda quotation, data: (),
) -> HttpResponse:
    """A correction applied as `change.apply(quotation, *args(quotation, data), seen_version,
    by, reason)`: confirm, not a quote, span and statement link."""
    quotation = _get_quotation(pk)
    return apply_correction(
        request,
        quotation,
        form_class(request.POST),
        lambda data: change.apply(
            quotation,
            *args(quotation, data),
            seen_version=data["version"],
            by=request.user,
            reason=data["reason"],
        ),
    )


@require_POST
@editor_required
def quotation_confirm(request: HttpRequest, pk: int) -> HttpResponse:
    return _correct(request, pk, forms.CorrectionForm, Confirm)


@require_POST
@editor_required
def quotation_not_a_quote(request: HttpRequest, pk: int) -> HttpResponse:
    return _correct(request, pk, forms.NotAQuoteForm, NotAQuote, lambda q, data: (data["value"],))


@require_POST
@editor_required
def quotation_span(request: HttpRequest, pk: int) -> HttpResponse:
    return _correct(request, pk, forms.SpanForm, EditSpan, _span)


@require_POST
@editor_required
def quotation_link(request: HttpRequest, pk: int) -> HttpResponse:
    """Link to the chosen statement, or unlink when none is chosen."""
    return _correct(request, pk, forms.LinkForm, Link, lambda q, data: (data["statement"],))


@require_GET
def speaker_autocomplete(request: HttpRequest) -> HttpResponse:
    """Fuzzy speaker options as buttons that submit the surrounding form. The correction forms
    (editors) pick a speaker's id; the search and compare filters (anyone who may read) pick
    a speaker's slug, field "slug"."""
    if request.GET.get("field") != "slug":
        return _editor_autocomplete(request)
    return _speaker_options(request)


@editor_required
def _editor_autocomplete(request: HttpRequest) -> HttpResponse:
    return _speaker_options(request)


def _speaker_options(request: HttpRequest) -> HttpResponse:
    form = forms.AutocompleteForm(request.GET)
    if not form.is_valid():
        return HttpResponse("Bad query.", status=400)
    query = (form.cleaned_data["q"] or form.cleaned_data["name"] or form.cleaned_data["who"])
    query = query.strip()
    field = form.cleaned_data["field"] or "speaker"
    context = {
        "candidates": ranked_speakers(query, exclude=form.cleaned_data["exclude"]),
        "field": field,
        "offer_create": query if field == "speaker" and not find_speaker(query, typed=True) else "",
    }
    return render(request, "tracker/corrections/speaker_options.html", context)
