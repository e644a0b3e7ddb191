"""Feeds (editors only): subscribe to RSS/Atom feeds and sitemaps, see how each is doing."""

from __future__ import annotations

from django import forms
from django.contrib import messages
from django.http import HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, redirect
from django.views.decorators.http import require_POST

from tracker.models import Feed
from tracker.permissions import editor_required
from tracker.services import feeds
from tracker.views._common import render_page


class FeedForm(forms.Form):
    url = forms.URLField(
        label="Feed or sitemap address",
        max_length=2000,
        assume_scheme="https",
        help_text="An RSS or Atom feed, or a sitemap.xml listing article pages.",
    )
    outlet = forms.CharField(max_length=200, required=False, help_text="Publisher; optional.")
    title = forms.CharField(max_length=300, required=False, help_text="Optional.")


@editor_required
def feed_list(request: HttpRequest) -> HttpResponse:
    form = FeedForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        feed = feeds.subscribe(
            form.cleaned_data["url"],
            outlet=form.cleaned_data["outlet"],
            title=form.cleaned_data["title"],
            user=request.user,
        )
        messages.success(request, f"Subscribed to {feed}; the workers poll it shortly.")
        return redirect("feed-list")
    status = 400 if request.method == "POST" else 200
    return render_page(
        request,
        "tracker/feed_list.html",
        {"form": form, "feeds": Feed.objects.all()},
        status=status,
    )


@editor_required
@require_POST
def feed_poll(request: HttpRequest, pk: int) -> HttpResponse:
    feed = get_object_or_404(Feed, pk=pk)
    feeds.poll_soon(feed)
    messages.success(request, f"{feed} will be polled by the next free worker.")
    return redirect("feed-list")


@editor_required
@require_POST
def feed_toggle(request: HttpRequest, pk: int) -> HttpResponse:
    feed = get_object_or_404(Feed, pk=pk)
    Feed.objects.filter(pk=pk).update(active=not feed.active)
    messages.success(request, f"{feed} {'paused' if feed.active else 'resumed'}.")
    return redirect("feed-list")
