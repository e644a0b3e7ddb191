"""Error pages that explain themselves (handler400 in tracker/urls.py)."""

from __future__ import annotations

from django.conf import settings
from django.core.exceptions import RequestDataTooBig, TooManyFieldsSent
from django.http import HttpRequest, HttpResponse
from django.shortcuts import render


def bad_request(request: HttpRequest, exception: Exception | None = None) -> HttpResponse:
    """A 400 (or 413 for an oversized form) with a sentence saying what was wrong."""
    status, message = 400, "The request could not be understood."
    if isinstance(exception, RequestDataTooBig):
        status = 413
        message = (
            f"That was more than the {settings.DATA_UPLOAD_MAX_MEMORY_SIZE / 1024 / 1024:.0f} MB "
            f"a form can send; one article may be at most "
            f"{settings.MAX_ARTICLE_BYTES / 1024 / 1024:.0f} MB of text. Split it, or upload it "
            f"as a file (up to {settings.MAX_UPLOAD_BYTES / 1024 / 1024:.0f} MB)."
        )
    elif isinstance(exception, TooManyFieldsSent):
        message = "The form sent more fields than this site accepts."
    return render(request, "tracker/error.html", {"message": message}, status=status)
