"""Spans picked by pointing: a selection in the article reader becomes a quotation's span,
its edges snapped the way the extractor draws them (white space and quotation marks left
out). A new quotation an editor marks by hand is actions.CreateQuote."""

from __future__ import annotations

from collections.abc import Iterable

from tracker.models import Correction, Source
from tracker.services.corrections import CorrectionError

QUOTE_MARKS = "\"'“”‘’«»„‟‹›`"
MAX_SPAN = 5000  # characters: a quotation, not an article


def snap(text: str, start: int, end: int) -> tuple[int, int]:
    """The selection [start, end) without white space and quotation marks at its edges.

    >>> snap('He said "we will win," loudly.', 8, 21)
    (9, 20)
    """
    start, end = max(0, start), min(len(text), end)
    while start < end and (text[start].isspace() or text[start] in QUOTE_MARKS):
        start += 1
    while end > start and (text[end - 1].isspace() or text[end - 1] in QUOTE_MARKS):
        end -= 1
    return start, end


def check_span(source: Source, start: int, end: int) -> None:
    if not 0 <= start < end <= len(source.text):
        raise CorrectionError("Select some words of the article first.")
    if end - start > MAX_SPAN:
        raise CorrectionError(f"A quotation is at most {MAX_SPAN} characters; select less.")


def undoable_creations(quotation_ids: Iterable[int]) -> dict[int, Correction]:
    """Of these quotations, those an editor marked by hand and nobody has undone yet: the
    reader offers to remove them again (one query)."""
    rows = Correction.objects.filter(
        action=Correction.Action.CREATE_QUOTE,
        target_type="quotation",
        target_id__in=list(quotation_ids),
        undone_by=None,
    ).select_related("user")
    return {row.target_id: row for row in rows}
