"""Atom feeds of a speaker, a statement, a talking point and a search: public, like the
pages they follow.

Each entry links to the quotation in its article (a stable address: the article and the
quotation's id) and carries the quotation, speaker, outlet and date.
"""

from __future__ import annotations

from datetime import UTC, datetime, time

from django.contrib.syndication.views import Feed
from django.core.exceptions import BadRequest
from django.db.models import QuerySet
from django.http import HttpRequest
from django.shortcuts import get_object_or_404
from django.urls import reverse
from django.utils.feedgenerator import Atom1Feed
from django.utils.http import urlencode

from tracker.filters import QuotationFilterForm, SearchForm
from tracker.models import Quotation, Speaker, Statement, TalkingPoint
from tracker.services.search import filter_quotations
from tracker.services.talking_points import newest_uses
from tracker.views.quotations import searched_quotations

FEED_SIZE = 50


class _QuotationFeed(Feed):
    feed_type = Atom1Feed
    description_template = "tracker/feed_entry.html"

    def _newest(self, quotations: QuerySet[Quotation]) -> list[Quotation]:
        return list(
            # Newest stored first: the primary key's order, so no sort of the matches.
            quotations.select_related("source", "speaker").order_by("-id")[:FEED_SIZE]
        )

    def item_title(self, item: Quotation) -> str:
        who = item.speaker.name if item.speaker else "Unattributed"
        text = item.text if len(item.text) <= 120 else item.text[:119] + "…"
        return f"{who}: “{text}”"

    def item_guid(self, item: Quotation) -> str:
        return f"quotation:{item.pk}"

    item_guid_is_permalink = False

    def item_pubdate(self, item: Quotation) -> datetime:
        if item.published:
            return datetime.combine(item.published, time(12), tzinfo=UTC)
        return item.created_at

    def item_updateddate(self, item: Quotation) -> datetime:
        return item.created_at

    def item_author_name(self, item: Quotation) -> str | None:
        return item.speaker.name if item.speaker else None

    def item_categories(self, item: Quotation) -> list[str]:
        return [item.source.outlet] if item.source.outlet else []


class SpeakerFeed(_QuotationFeed):
    """/speakers/<slug>/feed/ (?q= narrows it to a topic)."""

    def get_object(self, request: HttpRequest, slug: str) -> tuple[Speaker, str]:
        form = QuotationFilterForm(request.GET)
        if not form.is_valid():
            raise BadRequest("The feed's filters were not understood.")
        return get_object_or_404(Speaker, slug=slug), form.cleaned_data["q"]

    def title(self, obj: tuple[Speaker, str]) -> str:
        speaker, q = obj
        return (
            f"{speaker.name} on “{q}” · Quote Tracker" if q else f"{speaker.name} · Quote Tracker"
        )

    def link(self, obj: tuple[Speaker, str]) -> str:
        speaker, q = obj
        return speaker.get_absolute_url() + (f"?{urlencode({'q': q})}" if q else "")

    def subtitle(self, obj: tuple[Speaker, str]) -> str:
        return f"New quotations of {obj[0].name}"

    def items(self, obj: tuple[Speaker, str]) -> list[Quotation]:
        speaker, q = obj
        return self._newest(filter_quotations(speaker=speaker, q=q))


class StatementFeed(_QuotationFeed):
    """/statements/<pk>/feed/: every new occurrence of one statement."""

    def get_object(self, request: HttpRequest, pk: int) -> Statement:
        return get_object_or_404(Statement, pk=pk)

    def title(self, obj: Statement) -> str:
        return f"“{obj.text[:80]}” · Quote Tracker"

    def link(self, obj: Statement) -> str:
        return obj.get_absolute_url()

    def subtitle(self, obj: Statement) -> str:
        return "Every time this statement is quoted"

    def items(self, obj: Statement) -> list[Quotation]:
        return self._newest(obj.quotations.live())


class TalkingPointFeed(_QuotationFeed):
    """/talking-points/<pk>/feed/: each new use of the phrase by its speaker."""

    def get_object(self, request: HttpRequest, pk: int) -> TalkingPoint:
        return get_object_or_404(TalkingPoint.objects.select_related("speaker"), pk=pk)

    def title(self, obj: TalkingPoint) -> str:
        return f"“{obj.phrase}”, a talking point of {obj.speaker.name} · Quote Tracker"

    def link(self, obj: TalkingPoint) -> str:
        return obj.get_absolute_url()

    def subtitle(self, obj: TalkingPoint) -> str:
        return f"Every time {obj.speaker.name} is quoted saying these words"

    def items(self, obj: TalkingPoint) -> list[Quotation]:
        return self._newest(Quotation.objects.filter(pk__in=newest_uses(obj, FEED_SIZE)))


class SearchFeed(_QuotationFeed):
    """/quotations/feed/?q=&speaker=&outlet=&start=&end=: a saved search."""

    def get_object(self, request: HttpRequest) -> tuple[SearchForm, QuerySet[Quotation]]:
        form = SearchForm(request.GET)
        quotations = searched_quotations(form) if form.is_valid() else None
        if quotations is None:
            raise BadRequest("The feed's filters were not understood.")
        return form, quotations

    def title(self, obj: tuple[SearchForm, QuerySet[Quotation]]) -> str:
        q = obj[0].cleaned_data["q"]
        return f"Quotations matching “{q}” · Quote Tracker" if q else "Quotations · Quote Tracker"

    def link(self, obj: tuple[SearchForm, QuerySet[Quotation]]) -> str:
        params = {k: v for k, v in obj[0].data.items() if k != "page" and v}
        return reverse("quotation-list") + (f"?{urlencode(params)}" if params else "")

    def subtitle(self, obj: tuple[SearchForm, QuerySet[Quotation]]) -> str:
        return "New quotations matching a search"

    def items(self, obj: tuple[SearchForm, QuerySet[Quotation]]) -> list[Quotation]:
        return self._newest(obj[1])
