"""Who changed what: history per quotation, per speaker, all recent changes; and undo."""

from __future__ import annotations

from django.contrib import messages
from django.db.models import Q, QuerySet
from django.http import HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse
from django.utils import timezone
from django.views.decorators.http import require_GET, require_POST
from django_htmx.http import HttpResponseClientRedirect

from tracker.correction_forms import HistoryForm, TimezoneForm
from tracker.models import Correction, Quotation, Speaker
from tracker.permissions import editor_required, is_editor
from tracker.services.actions import Undo
from tracker.services.audit_log import audit_filtered, editor_names, name_targets
from tracker.services.corrections import ConflictError, CorrectionError
from tracker.services.search import page_slice
from tracker.views._common import render_page, safe_next
from tracker.views.corrections import render_controls
from tracker.views.review import queue_context

PAGE = 50
HISTORY = "tracker/correction_list.html"


def _render_history(
    request: HttpRequest, rows: QuerySet[Correction], context: dict, status: int = 200
) -> HttpResponse:
    form = HistoryForm(request.GET)
    timezone_form = TimezoneForm(initial={"tz": timezone.get_current_timezone_name()})
    context |= {"form": form, "timezone_form": timezone_form}
    if not form.is_valid():
        return render_page(request, HISTORY, context, status=400)
    page = form.cleaned_data["page"] or 1
    # Readers see "an editor", never names: they can neither list nor filter by them.
    names_shown = is_editor(request.user)
    filters = form.cleaned_data if names_shown else {**form.cleaned_data, "editor": ""}
    rows = audit_filtered(rows, filters)
    window, has_more = page_slice(rows.select_related("user", "undone_by__user"), page, PAGE)
    name_targets(window)
    context |= {
        "corrections": window,
        "next_page": page + 1 if has_more else None,
        "page": page,
        "filtered": any(v for k, v in form.cleaned_data.items() if k != "page"),
        "editors": editor_names() if names_shown else [],
    }
    return render_page(request, HISTORY, context, partial="changes", status=status)


@require_POST
def set_timezone(request: HttpRequest) -> HttpResponse:
    """Remember the reader's time zone in their session; times on the audit log follow it."""
    form = TimezoneForm(request.POST)
    if form.is_valid():
        request.session["tz"] = form.cleaned_data["tz"]
    return redirect(safe_next(request, reverse("correction-list")))


@require_GET
def correction_list(request: HttpRequest) -> HttpResponse:
    return _render_history(request, Correction.objects.all(), {"title": "Recent changes"})


@require_GET
def quotation_history(request: HttpRequest, pk: int) -> HttpResponse:
    quotation = get_object_or_404(Quotation.objects.select_related("source", "speaker"), pk=pk)
    rows = Correction.objects.filter(target_type="quotation", target_id=pk)
    context = {"title": "Changes to a quotation", "quotation": quotation}
    return _render_history(request, rows, context)


@require_GET
def speaker_history(request: HttpRequest, slug: str) -> HttpResponse:
    speaker = get_object_or_404(Speaker, slug=slug)
    pk = speaker.pk
    rows = Correction.objects.filter(
        Q(target_type="speaker", target_id=pk)
        # Quotations reattributed to or away from this speaker, and merges into it.
        | Q(action__in=[Correction.Action.REATTRIBUTE, Correction.Action.UNDO], new_value__id=pk)
        | Q(action__in=[Correction.Action.REATTRIBUTE, Correction.Action.UNDO], old_value__id=pk)
    )
    return _render_history(request, rows, {"title": f"Changes to {speaker}", "speaker": speaker})


@require_POST
@editor_required
def correction_undo(request: HttpRequest, pk: int) -> HttpResponse:
    correction = get_object_or_404(Correction, pk=pk)
    try:
        row = Undo.apply(correction, by=request.user)
    except (ConflictError, CorrectionError) as err:
        error, row = str(err), None
    else:
        error = ""
    back = request.POST.get("back", "")
    removed = row is not None and correction.action == Correction.Action.CREATE_QUOTE
    if removed and not (request.htmx and back == "review"):
        return _removed(request, correction, row, back)
    if request.htmx and back == "controls" and correction.target_type == "quotation":
        quotation = get_object_or_404(Quotation, pk=correction.target_id)
        return render_controls(request, quotation, undo_row=row, error=error)
    if request.htmx and back == "review":
        context = queue_context(request=request) | {"error": error}
        return render(request, "tracker/review.html#queue", context)
    if request.htmx:
        correction.refresh_from_db()
        return render(
            request,
            f"{HISTORY}#undo",
            {"correction": correction, "undo_row": row, "error": error},
        )
    if error:
        context = {"title": "Undo refused", "error": error}
        return _render_history(request, Correction.objects.filter(pk=pk), context, status=409)
    return redirect(safe_next(request, "/changes/"))


def _removed(
    request: HttpRequest, correction: Correction, row: Correction, back: str
) -> HttpResponse:
    """After undoing a hand-marked quotation: its own pages are gone, so back to the article
    (the audit log just marks the row undone)."""
    if request.htmx and back != "controls":
        return render(
            request,
            f"{HISTORY}#undo",
            {"correction": Correction.objects.get(pk=correction.pk), "undo_row": row},
        )
    source_id = correction.payload.get("source_id")
    reader = reverse("source-detail", args=[source_id]) if source_id else reverse("correction-list")
    text = (correction.new_value or {}).get("text", "")
    messages.success(request, f"Removed the quotation “{text[:80]}”.")
    target = safe_next(request, reader)
    if target.startswith(reverse("quotation-detail", args=[correction.target_id])):
        target = reader  # its pages went with it
    if request.htmx:
        return HttpResponseClientRedirect(target)
    return redirect(target)
