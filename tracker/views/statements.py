"""A statement: every time it was quoted, its wording variants and who it was attributed to."""

from __future__ import annotations

from collections import Counter

from django.core.cache import cache
from django.db.models import Count, F
from django.http import HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404

from tracker.models import Statement
from tracker.services.provenance import provenance
from tracker.services.stamps import data_stamp
from tracker.services.variants import diff_pieces
from tracker.views._common import cache_for_anonymous, render_page

MAX_OCCURRENCES = 200
MAX_VARIANTS = 12


def _summary(statement: Statement) -> dict[str, object]:
    quotations = statement.quotations.filter(not_a_quote=False)
    occurrences = list(
        quotations.select_related("source", "speaker").order_by(
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
    attributed = [s for s in speakers if s["speaker__slug"]]
    return {
        "occurrences": occurrences[:MAX_OCCURRENCES],
        "truncated": len(occurrences) > MAX_OCCURRENCES,
        "speakers": speakers,
        "variants": variants,
        # Different speakers for one utterance is a conflict; a shared talking point is not.
        "conflict": statement.has_conflict
        or (statement.kind == Statement.Kind.UTTERANCE and len(attributed) > 1),
        "outlets": sorted({q.source.outlet for q in occurrences if q.source.outlet}),
        "provenance": provenance(occurrences[:MAX_OCCURRENCES]),
    }


@cache_for_anonymous
def statement_detail(request: HttpRequest, pk: int) -> HttpResponse:
    statement = get_object_or_404(Statement, pk=pk)
    key = f"tracker:statement:{pk}:{statement.updated_at.timestamp()}:{data_stamp()}"
    context = cache.get_or_set(key, lambda: _summary(statement), 3600)
    return render_page(
        request, "tracker/statement_detail.html", {**context, "statement": statement}
    )
