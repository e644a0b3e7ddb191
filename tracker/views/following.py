"""Following: Follow buttons, the Following page (list, change, remove) and the alert list.

Any logged-in user may follow: following is reading, not editing. Every POST answers htmx
with the re-rendered fragment and everyone else with a redirect, so it works without JS.
"""

from __future__ import annotations

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.http import HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse
from django.utils.html import format_html
from django.views.decorators.http import require_POST

from tracker.following_forms import AlertSettingsForm, FollowForm, MarkReadForm, WatchUpdateForm
from tracker.models import Alert, Watch
from tracker.services import alerts
from tracker.services.watches import (
    WatchError,
    feed_link,
    follow,
    forget_followed,
    settings_for,
    target_of,
    watch_link,
)
from tracker.templatetags.following_tags import button_context
from tracker.views._common import safe_next

ALERTS_SHOWN = 100


def _back(request: HttpRequest, next_url: str) -> HttpResponse:
    return redirect(safe_next(request, reverse("following"), next_url))


def _error(message: str) -> HttpResponse:
    return HttpResponse(format_html('<p class="error" role="alert">{}</p>', message), status=400)


def _row(watch: Watch, form: WatchUpdateForm | None = None) -> Watch:
    """A watch as its row on the Following page shows it: its form, its page and its feed."""
    watch.form = form or WatchUpdateForm(instance=watch, prefix=f"w{watch.pk}")
    watch.link, watch.feed = watch_link(watch), feed_link(target_of(watch))
    return watch


def _page(request: HttpRequest, **extra: object) -> dict[str, object]:
    watches = Watch.objects.filter(user=request.user).select_related(
        "speaker", "statement", "talking_point"
    )
    options = settings_for(request.user)
    return {
        "watches": [_row(watch) for watch in watches],
        "settings_form": AlertSettingsForm(instance=options),
        "webhook_secret": options.webhook_secret,
    } | extra


@login_required
def following(request: HttpRequest) -> HttpResponse:
    return render(request, "tracker/following.html", _page(request))


@require_POST
@login_required
def watch_create(request: HttpRequest) -> HttpResponse:
    form = FollowForm(request.POST)
    if not form.is_valid():
        message = " ".join(e for errors in form.errors.values() for e in errors)
        if request.htmx:
            return _error(message)
        messages.error(request, message)
        return _back(request, form.data.get("next", ""))
    data = form.cleaned_data
    options = {"cadence": data["cadence"]} if data.get("cadence") else {}
    try:
        watch, created = follow(request.user, data["target"], **options)
    except WatchError as exc:
        if request.htmx:
            return _error(str(exc))
        messages.error(request, str(exc))
        return _back(request, data["next"])
    if request.htmx:
        context = button_context(request, data["target"], data["next"])
        return render(request, "tracker/following_button.html", context)
    if created:
        messages.success(request, f"Following {watch.label}.")
    return _back(request, data["next"])


@require_POST
@login_required
def watch_update(request: HttpRequest, pk: int) -> HttpResponse:
    watch = get_object_or_404(Watch, pk=pk, user=request.user)
    form = WatchUpdateForm(request.POST, instance=watch, prefix=f"w{watch.pk}")
    if form.is_valid():
        form.save()
        forget_followed(request.user.pk)
    status = 200 if form.is_valid() else 400
    if request.htmx:
        return render(
            request,
            "tracker/following.html#watch",
            {"watch": _row(watch, form), "saved": form.is_valid()},
            status=status,
        )
    if form.is_valid():
        messages.success(request, f"Saved: {watch.label}.")
        return redirect("following")
    return render(request, "tracker/following.html", _page(request), status=status)


@require_POST
@login_required
def watch_delete(request: HttpRequest, pk: int) -> HttpResponse:
    watch = get_object_or_404(Watch, pk=pk, user=request.user)
    target = target_of(watch)
    watch.delete()
    forget_followed(request.user.pk)
    if request.htmx:
        if request.POST.get("from") == "button":
            context = button_context(request, target, request.POST.get("next", ""))
            return render(request, "tracker/following_button.html", context)
        return HttpResponse("")  # the row goes away
    messages.success(request, f"No longer following {watch.label}.")
    return _back(request, request.POST.get("next", ""))


@require_POST
@login_required
def alert_settings_update(request: HttpRequest) -> HttpResponse:
    form = AlertSettingsForm(request.POST, instance=settings_for(request.user))
    if not form.is_valid():
        return render(
            request, "tracker/following.html", _page(request, settings_form=form), status=400
        )
    form.save()
    messages.success(request, "Alert settings saved.")
    return redirect("following")


@login_required
def notification_list(request: HttpRequest) -> HttpResponse:
    shown = list(Alert.objects.filter(user=request.user)[:ALERTS_SHOWN])
    return render(request, "tracker/following_notifications.html", {"alerts": shown})


@require_POST
@login_required
def notifications_read(request: HttpRequest) -> HttpResponse:
    form = MarkReadForm(request.POST)
    if not form.is_valid():
        return HttpResponse("Unknown alert.", status=400)
    alert = form.cleaned_data["alert"]
    alerts.mark_read(request.user.pk, [alert] if alert else None)
    return redirect("notification-list")
