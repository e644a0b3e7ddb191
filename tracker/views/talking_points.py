"""A talking point: every use by its speaker in context, by month, and others' uses apart."""

from __future__ import annotations

from django.http import HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404

from tracker.models import TalkingPoint
from tracker.services.talking_points import detail
from tracker.views._common import cache_for_anonymous, render_page


@cache_for_anonymous
def talking_point_detail(request: HttpRequest, pk: int) -> HttpResponse:
    point = get_object_or_404(TalkingPoint.objects.select_related("speaker"), pk=pk)
    return render_page(
        request, "tracker/talking_point_detail.html", {"point": point, **detail(point)}
    )
