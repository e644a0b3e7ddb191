"""The product's URLs plus /bench/baseline/<slug>/: 50 rows of one speaker's quotations."""

from django.http import HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404
from django.template import engines
from django.urls import path

from tracker.models import Quotation, Speaker
from tracker.urls import urlpatterns as product_urls

BASELINE = engines["django"].from_string(
    "<!doctype html><title>{{ speaker.name }}</title><ol>{% for q in rows %}"
    "<li>{{ q.published }} {{ q.text }}</li>{% endfor %}</ol>"
)


def baseline(request: HttpRequest, slug: str) -> HttpResponse:
    speaker = get_object_or_404(Speaker, slug=slug)
    rows = Quotation.objects.filter(speaker=speaker).order_by("-published", "-id")[:50]
    return HttpResponse(BASELINE.render({"speaker": speaker, "rows": rows}, request))


urlpatterns = [path("bench/baseline/<slug:slug>/", baseline), *product_urls]
