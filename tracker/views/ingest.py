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

FORMS = {"paste": PasteForm, "upload": UploadForm, "fetch": FetchForm}


def ingest_forms(mode: str | None) -> dict[str, object]:
    """The three ingest forms, empty, and the one shown: `mode`, else paste."""
    return {
        "forms": {name: form() for name, form in FORMS.items()},
        "mode": mode if mode in FORMS else "paste",
    }


def _paste(data: dict) -> Report:
    article = ArticleInput(
        text=data["text"],
        title=data["title"],
        outlet=data["outlet"],
        url=data["url"] or None,
        date=data["date"],
        origin="pasted text",
    )
    return Report([ingest_article(article)])


def _start_job(request: HttpRequest, mode: str, form) -> IngestJob:
    """Uploads and fetches run on the workers: the page answers at once with the job."""
    data = form.cleaned_data
    if mode == "fetch":
        return jobs.start_fetch(data["fetch_url"], user=request.user)
    uploads = [
        jobs.Upload(f.name, f.size, None if f.size > settings.MAX_UPLOAD_BYTES else f.read())
        for f in data["files"]
    ]
    names = ", ".join(u.name for u in uploads)
    return jobs.start_ingest(names, uploads=uploads, strict=data["strict"], user=request.user)


@editor_required
def source_create(request: HttpRequest) -> HttpResponse:
    context = ingest_forms((request.POST if request.method == "POST" else request.GET).get("mode"))
    mode, report = context["mode"], None
    if request.method == "POST":
        form = context["forms"][mode] = FORMS[mode](request.POST, request.FILES)
        if form.is_valid() and mode != "paste":
            job = _start_job(request, mode, form)
            if request.htmx:
                return HttpResponseClientRedirect(job.get_absolute_url())
            return redirect(job)
        if form.is_valid():
            report = _paste(form.cleaned_data)
            ingested = [o for o in report.outcomes if o.status == INGESTED]
            if len(report.outcomes) == 1 and ingested and not request.htmx:
                messages.success(request, f"Ingested “{ingested[0].source}”.")
                if ingested[0].warning:
                    messages.warning(request, ingested[0].warning)
                return redirect(ingested[0].source)
    template = "tracker/source_form.html"
    if request.htmx:
        template += "#ingest-form"
    status = 400 if report is None and request.method == "POST" else 200
    if report is not None and report.count(FAILED) == len(report.outcomes):
        status = 400
    return render(request, template, context | {"report": report}, status=status)
