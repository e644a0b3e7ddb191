"""Corrections to whole records: a speaker (rename, role, merge, split), an article's date,
title and outlet, and merging two statements. They change much of a page, so each answers
with a redirect back to it (htmx follows it), where the latest change offers its Undo."""

from __future__ import annotations

from typing import Any

from django.contrib import messages
from django.db.models import Count
from django.forms import model_to_dict
from django.http import HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.views.decorators.http import require_http_methods, require_POST

from tracker import correction_forms as forms
from tracker.models import Quotation, Source, Speaker, Statement
from tracker.permissions import editor_required
from tracker.services import actions
from tracker.services.corrections import ConflictError, CorrectionError
from tracker.views.statements import statement_detail

SPEAKER_PAGE = "tracker/corrections/speaker_edit.html"
SOURCE_PAGE = "tracker/corrections/source_edit.html"


def _speaker_page(request: HttpRequest, speaker: Speaker, status: int = 200, **extra: Any):
    speaker.refresh_from_db()
    context = {"speaker": speaker, **extra}
    return render(request, SPEAKER_PAGE, context, status=status)


@require_http_methods(["GET", "POST"])
@editor_required
def speaker_update(request: HttpRequest, slug: str) -> HttpResponse:
    """The speaker's edit page (rename, role, aliases to split off, merges) and rename/role."""
    speaker = get_object_or_404(Speaker, slug=slug)
    if request.method == "GET":
        return _speaker_page(request, speaker)
    form = forms.SpeakerForm(request.POST)
    if not form.is_valid():
        return _speaker_page(request, speaker, status=400, form=form)
    data = form.cleaned_data
    try:
        actions.EditSpeaker.apply(
            speaker,
            seen_version=data["version"],
            by=request.user,
            reason=data["reason"],
            name=data["name"],
            role=data["role"],
            # Fields a form leaves out stay as they are.
            **{
                f: data[f] or ""
                for f in ("kind", "external_id", "affiliation")
                if f in request.POST
            },
        )
    except (ConflictError, CorrectionError) as err:
        return _speaker_page(request, speaker, status=409, error=str(err))
    messages.success(request, f"Saved {speaker.name}.")
    return redirect(speaker)


@require_http_methods(["GET", "POST"])
@editor_required
def speaker_merge_view(request: HttpRequest, slug: str) -> HttpResponse:
    """Merge the chosen `other` speaker into this one, after a confirmation page that shows
    both speakers and how many quotations each has (GET ?other=, or a POST without confirm)."""
    speaker = get_object_or_404(Speaker, slug=slug)
    if request.method == "GET":
        data = request.GET.copy()
        data.setdefault("version", str(speaker.version))
        form = forms.MergeSpeakerForm(data)
    else:
        form = forms.MergeSpeakerForm(request.POST)
    if not form.is_valid():
        return _speaker_page(request, speaker, status=400, form=form)
    data = form.cleaned_data
    other = data["other"]
    if request.method == "GET" or not request.POST.get("confirm"):
        counts = dict(
            Quotation.objects.live().filter(speaker__in=[speaker, other])
            .values_list("speaker_id")
            .annotate(n=Count("pk"))
            .order_by()
        )
        context = {
            "speaker": speaker,
            "other": other,
            "speaker_count": counts.get(speaker.pk, 0),
            "other_count": counts.get(other.pk, 0),
            "version": data["version"],
            "reason": data["reason"],
        }
        return render(request, "tracker/speaker_confirm_merge.html", context)
    try:
        actions.MergeSpeakers.apply(
            speaker,
            other,
            keep_version=data["version"],
            other_version=other.version,
            by=request.user,
            reason=data["reason"],
        )
    except (ConflictError, CorrectionError) as err:
        return _speaker_page(request, speaker, status=409, error=str(err))
    messages.success(request, f"Merged “{other.name}” into {speaker.name}.")
    return redirect(speaker)


@require_POST
@editor_required
def speaker_split(request: HttpRequest, slug: str) -> HttpResponse:
    speaker = get_object_or_404(Speaker, slug=slug)
    form = forms.SplitAliasForm(request.POST)
    if not form.is_valid() or form.cleaned_data["alias"].speaker_id != speaker.pk:
        return _speaker_page(
            request, speaker, status=400, error="Pick one of this speaker's names."
        )
    data = form.cleaned_data
    try:
        correction = actions.SplitAlias.apply(
            data["alias"], seen_version=data["version"], by=request.user, reason=data["reason"]
        )
    except (ConflictError, CorrectionError) as err:
        return _speaker_page(request, speaker, status=409, error=str(err))
    new = Speaker.objects.get(pk=correction.payload["new_speaker_id"])
    messages.success(request, f"“{new.name}” is now a speaker of their own.")
    return redirect(speaker)


def _source_form(source: Source) -> forms.SourceForm:
    """The form filled in with the article's details as they are stored."""
    fields = ["title", "outlet", "published", "version"]
    return forms.SourceForm(initial=model_to_dict(source, fields))


@require_http_methods(["GET", "POST"])
@editor_required
def source_update(request: HttpRequest, pk: int) -> HttpResponse:
    """Set or fix an article's title, outlet and date."""
    source = get_object_or_404(Source, pk=pk)
    context: dict[str, Any] = {"source": source, "latest": actions.latest_change("source", pk)}
    if request.method == "GET":
        return render(request, SOURCE_PAGE, context | {"form": _source_form(source)})
    form = forms.SourceForm(request.POST)
    if not form.is_valid():
        return render(request, SOURCE_PAGE, context | {"form": form}, status=400)
    data = form.cleaned_data
    try:
        actions.EditSource.apply(
            source,
            seen_version=data["version"],
            by=request.user,
            reason=data["reason"],
            title=data["title"],
            outlet=data["outlet"],
            published=data["published"],
        )
    except ConflictError as err:
        current = err.current
        context |= {"form": _source_form(current), "error": str(err), "source": current}
        return render(request, SOURCE_PAGE, context, status=409)
    messages.success(request, "Saved the article's details.")
    return redirect(source)


@require_POST
@editor_required
def statement_merge(request: HttpRequest, pk: int) -> HttpResponse:
    """Merge the chosen `other` statement into this one."""
    statement = get_object_or_404(Statement, pk=pk)
    form = forms.MergeStatementForm(request.POST)
    if not form.is_valid():
        messages.error(request, "Pick a statement to merge into this one.")
        return redirect(statement)
    try:
        actions.MergeStatements.apply(
            statement,
            form.cleaned_data["other"],
            by=request.user,
            reason=form.cleaned_data["reason"],
        )
    except ConflictError as err:
        # The loser of a merge race: 409 with the statement as it is now.
        messages.error(request, str(err))
        response = statement_detail(request, err.current.pk)
        response.status_code = 409
        return response
    except CorrectionError as err:
        messages.error(request, str(err))
    else:
        messages.success(request, "Merged the two statements.")
    return redirect(statement)
