"""A statement: every time it was quoted, its wording variants and who it was attributed to."""

from __future__ import annotations

from collections import Counter

from django.core.cache import cache
from django.db.models import Count, F
from django.http import HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404

from tracker.linking.display import attribution_conflict, word_diff
from tracker.models import Statement
from tracker.services.generation import current
from tracker.views._common import cache_for_anonymous, render_page

MAX_OCCURRENCES = 200
MAX_VARIANTS = 12


def _diff(display: str, variant: str) -> list[tuple[str, str]]:
    """The linking package's word diff as (op, text) pieces for the diff_html tag."""
    pieces: list[tuple[str, str]] = []
    for op in word_diff(variant, display):
        parts = {
            "equal": [("equal", op.variant)],
            "insert": [("insert", op.variant)],
            "delete": [("delete", op.display)],
            "replace": [("delete", op.display), ("insert", op.variant)],
        }[op.op]
        for kind, text in parts:
            if pieces:
                pieces.append(("equal", " "))
            pieces.append((kind, text))
    return pieces


def _summary(statement: Statement) -> dict[str, object]:
    quotations = statement.quotations.live()
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
        {"text": text, "count": n, "diff": _diff(base, text), "same": text == base}
        for text, n in wording.most_common(MAX_VARIANTS)
    ]
    return {
        "occurrences": occurrences[:MAX_OCCURRENCES],
        "truncated": len(occurrences) > MAX_OCCURRENCES,
        "speakers": speakers,
        "variants": variants,
        # Different speakers for one utterance is a conflict; a shared talking point is not.
        "conflict": statement.has_conflict
        or (
            statement.kind == Statement.Kind.UTTERANCE
            and attribution_conflict(s["speaker__slug"] for s in speakers)
        ),
        "outlets": sorted({q.source.outlet for q in occurrences if q.source.outlet}),
    }


@cache_for_anonymous
def statement_detail(request: HttpRequest, pk: int) -> HttpResponse:
    statement = get_object_or_404(Statement, pk=pk)
    key = f"tracker:statement:{pk}"
    context = cache.get_or_set(key, lambda: _summary(statement), 3600, version=current().value)
    return render_page(
        request, "tracker/statement_detail.html", {**context, "statement": statement}
    )
