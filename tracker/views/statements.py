"""A statement: every time it was quoted, its wording variants and who it was attributed to."""

from __future__ import annotations

from collections import Counter

from django.core.cache import cache
from django.db.models import Count, F
from django.http import Http404, HttpRequest, HttpResponse, HttpResponsePermanentRedirect

from tracker.linking.stats import is_confident, story_of
from tracker.models import Quotation, Statement
from tracker.services.generation import current
from tracker.services.linking import successor
from tracker.services.provenance import provenance
from tracker.services.variants import diff_pieces
from tracker.views._common import cache_for_anonymous, render_page

MAX_OCCURRENCES = 200
MAX_VARIANTS = 12


def _summary(statement: Statement) -> dict[str, object]:
    quotations = statement.quotations.live()
    occurrences = list(
        quotations.as_rows("speaker").order_by(
            F("published").asc(nulls_last=True), "id"
        )[: MAX_OCCURRENCES + 1]
    )
    speakers = list(
        quotations.values("speaker__name", "speaker__slug").annotate(n=Count("pk")).order_by("-n")
    )
    wording = Counter(" ".join(q.text.split()) for q in occurrences)
    base = " ".join(statement.text.split())
    variants = [
        {"text": text, "count": n, "diff": diff_pieces(base, text), "same": text == base}
        for text, n in wording.most_common(MAX_VARIANTS)
    ]
    stories = {story_of(q.source.story_id, q.source_id) for q in occurrences}
    return {
        "occurrences": occurrences[:MAX_OCCURRENCES],
        "truncated": len(occurrences) > MAX_OCCURRENCES,
        "speakers": speakers,
        "variants": variants,
        "conflict": statement.has_conflict,
        "evidence": _evidence(occurrences) if statement.has_conflict else [],
        "story_count": len(stories),
        "outlets": sorted({q.source.outlet for q in occurrences if q.source.outlet}),
        "provenance": provenance(occurrences[:MAX_OCCURRENCES]),
    }


def _evidence(occurrences: list[Quotation]) -> list[dict[str, object]]:
    """For a conflict: each confidently named speaker with the stories that name them (one
    quotation per story: a reprint says nothing new), most stories first."""
    by_speaker: dict[int, dict[str, object]] = {}
    for q in occurrences:
        if q.speaker is None or not is_confident(q.confidence, q.is_human_checked):
            continue
        column = by_speaker.setdefault(q.speaker_id, {"speaker": q.speaker, "stories": {}})
        column["stories"].setdefault(story_of(q.source.story_id, q.source_id), q)
    columns = [
        {"speaker": c["speaker"], "quotations": list(c["stories"].values())}
        for c in by_speaker.values()
    ]
    return sorted(columns, key=lambda c: (-len(c["quotations"]), c["speaker"].name))


@cache_for_anonymous
def statement_detail(request: HttpRequest, pk: int) -> HttpResponse:
    statement = Statement.objects.filter(pk=pk).first()
    if statement is None:
        # Merged into another or rebuilt under a new id: the old link still leads there.
        if (new := successor(pk)) is None:
            raise Http404("No such statement")
        return HttpResponsePermanentRedirect(new.get_absolute_url())
    key = f"tracker:statement:{pk}"
    context = cache.get_or_set(key, lambda: _summary(statement), 3600, version=current().value)
    return render_page(
        request, "tracker/statement_detail.html", {**context, "statement": statement}
    )
