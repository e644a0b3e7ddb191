"""Adding articles: paste (stored at once), upload or fetch (a background job; editors only)."""

from __future__ import annotations

from django.conf import settings
from django.contrib import messages
from django.http import HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django_htmx.http import HttpResponseClientRedirect

from tracker.forms import FetchForm, PasteForm, UploadForm
from tracker.models import IngestJob
from tracker.permissions import editor_required
from tracker.services import jobs
from tracker.services.articles import ArticleInput
from tracker.services.ingest import FAILED, INGESTED, Report, ingest_article

MODES = ("paste", "upload", "fetch")


def _run(request: HttpRequest, mode: str, form) -> Report:
    data = form.cleaned_data
    if mode == "paste":
        article = ArticleInput(
            text=data["text"],
            title=data["title"],
            outlet=data["outlet"],
            url=data["url"] or None,
            date=data["date"],
            origin="pasted text",
        )
        return Report([ingest_article(article)])
    raise ValueError(mode)


def _start_job(request: HttpRequest, mode: str, form) -> IngestJob:
    """Uploads and fetches run on the workers: the page answers at once with the job."""
    data = form.cleaned_data
    if mode == "fetch":
        return jobs.start_fetch(data["fetch_url"], user=request.user)
    uploads = [
        jobs.Upload(
            f.name, f.size, None if f.size > settings.MAX_UPLOAD_BYTES else f.read()
        )
        for f in data["files"]
    ]
    names = ", ".join(u.name for u in uploads)
    return jobs.start_ingest(
        names, uploads=uploads, strict=data["strict"], user=request.user
    )


@editor_required
def source_create(request: HttpRequest) -> HttpResponse:
    mode = request.POST.get("mode") if request.method == "POST" else request.GET.get("mode")
    mode = mode if mode in MODES else "paste"
    forms = {"paste": PasteForm(), "upload": UploadForm(), "fetch": FetchForm()}
    report = None
    if request.method == "POST":
        form_class = {"paste": PasteForm, "upload": UploadForm, "fetch": FetchForm}[mode]
        form = form_class(request.POST, request.FILES)
        forms[mode] = form
        if form.is_valid() and mode != "paste":
            job = _start_job(request, mode, form)
            if request.htmx:
                return HttpResponseClientRedirect(job.get_absolute_url())
            return redirect(job)
        if form.is_valid():
            report = _run(request, mode, form)
            ingested = [o for o in report.outcomes if o.status == INGESTED]
            if len(report.outcomes) == 1 and ingested and not request.htmx:
                messages.success(request, f"Ingested “{ingested[0].source}”.")
                return redirect(ingested[0].source)
    template = "tracker/source_form.html"
    if request.htmx:
        template += "#ingest-form"
    status = 400 if report is None and request.method == "POST" else 200
    if report is not None and report.count(FAILED) == len(report.outcomes):
        status = 400
    return render(
        request,
        template,
        {"forms": forms, "mode": mode, "report": report},
        status=status,
    )
