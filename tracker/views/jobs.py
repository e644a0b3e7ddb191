"""Background jobs (editors only): the list, one job's live progress, relink and reprocess."""

from __future__ import annotations

from django import forms
from django.core.paginator import Paginator
from django.http import HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, redirect
from django.views.decorators.http import require_POST

from tracker.models import IngestJob, JobArticle, JobFailure
from tracker.permissions import editor_required
from tracker.services import jobs
from tracker.views._common import render_page

PER_PAGE = 50
# htmx stops polling when a poll answers with this status.
STOP_POLLING = 286


class JobPageForm(forms.Form):
    failures = forms.IntegerField(min_value=1, required=False)
    articles = forms.IntegerField(min_value=1, required=False)


class JobStartForm(forms.Form):
    action = forms.ChoiceField(choices=[("relink", "relink"), ("reprocess", "reprocess")])


@editor_required
def job_list(request: HttpRequest) -> HttpResponse:
    return render_page(request, "tracker/job_list.html", {"rows": jobs.recent_jobs()})


@editor_required
@require_POST
def job_start(request: HttpRequest) -> HttpResponse:
    form = JobStartForm(request.POST)
    if not form.is_valid():
        context = {"rows": jobs.recent_jobs(), "form_error": form.errors}
        return render_page(request, "tracker/job_list.html", context, status=400)
    if form.cleaned_data["action"] == "relink":
        job = jobs.start_relink(user=request.user)
    else:
        job = jobs.start_reprocess(user=request.user)
    return redirect(job)


def _context(request: HttpRequest, job: IngestJob) -> dict | None:
    form = JobPageForm(request.GET)
    if not form.is_valid():
        return None
    failures = Paginator(JobFailure.objects.filter(job=job).order_by("id"), PER_PAGE)
    articles = Paginator(
        JobArticle.objects.filter(job=job).select_related("source").order_by("id"), PER_PAGE
    )
    return {
        "job": job,
        "progress": jobs.job_progress(job),
        "finished": job.finished_at is not None,
        "failures": failures.get_page(form.cleaned_data["failures"] or 1),
        "articles": articles.get_page(form.cleaned_data["articles"] or 1),
    }


@editor_required
def job_detail(request: HttpRequest, pk: int) -> HttpResponse:
    job = get_object_or_404(IngestJob, pk=pk)
    context = _context(request, job)
    if context is None:
        form = JobPageForm(request.GET)
        return render_page(request, "tracker/bad_request.html", {"form": form}, status=400)
    return render_page(request, "tracker/job_detail.html", context)


@editor_required
def job_progress(request: HttpRequest, pk: int) -> HttpResponse:
    """The live part of the job page, polled by htmx every second until the job ends."""
    job = get_object_or_404(IngestJob, pk=pk)
    context = _context(request, job)
    if context is None:
        return HttpResponse("Page numbers are whole numbers from 1.", status=400)
    response = render_page(request, "tracker/job_detail.html", context, partial="job-live")
    if context["finished"]:
        response.status_code = STOP_POLLING
    return response
