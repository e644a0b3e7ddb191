"""Adding articles: paste, upload or fetch (editors only)."""

from __future__ import annotations

from django.contrib import messages
from django.http import HttpRequest, HttpResponse
from django.shortcuts import redirect, render

from tracker.forms import FetchForm, PasteForm, UploadForm
from tracker.permissions import editor_required
from tracker.services.articles import ArticleError, ArticleInput
from tracker.services.fetch import fetch_article
from tracker.services.ingest import (
    FAILED,
    INGESTED,
    Outcome,
    Report,
    ingest_article,
    ingest_records,
    records_from_upload,
)

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
    if mode == "fetch":
        try:
            article = fetch_article(data["fetch_url"])
        except ArticleError as exc:
            return Report([Outcome(FAILED, data["fetch_url"], str(exc))])
        return Report([ingest_article(article)])
    report = Report()
    for upload in data["files"]:
        records = records_from_upload(upload.name, upload.size, upload.read)
        report.outcomes += ingest_records(records, strict=data["strict"]).outcomes
    return report


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
        if form.is_valid():
            report = _run(request, mode, form)
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
    return render(
        request,
        template,
        {"forms": forms, "mode": mode, "report": report},
        status=status,
    )
