"""CSV and JSON downloads of filtered quotation lists, streamed row by row."""

from __future__ import annotations

import csv
import json
from collections.abc import Iterable, Iterator
from typing import Any

from django.db.models import QuerySet
from django.utils.text import slugify

from tracker.models import Quotation

EXPORT_LIMIT = 50_000
FIELDS = [
    "id",
    "date",
    "speaker",
    "speaker_id",
    "text",
    "outlet",
    "article",
    "article_url",
    "source_id",
    "cue",
    "confidence",
    "statement_id",
    "attribution_status",
]


def quotation_rows(
    quotations: QuerySet[Quotation] | list[Quotation], extra: dict[str, Any] | None = None
) -> Iterator[dict[str, Any]]:
    """Plain dicts, one per quotation, in order; a queryset is read in chunks (constant memory).

    A list must come with its source and speaker already loaded (select_related).
    """
    if isinstance(quotations, QuerySet):
        quotations = quotations.select_related("source", "speaker").iterator(chunk_size=2000)
    for q in quotations:
        row = {
            "id": q.pk,
            "date": q.published.isoformat() if q.published else None,
            "speaker": q.speaker.name if q.speaker_id else None,
            "speaker_id": q.speaker.slug if q.speaker_id else None,
            "text": q.text,
            "outlet": q.source.outlet,
            "article": str(q.source),
            "article_url": q.source.url,
            "source_id": q.source_id,
            "cue": q.cue,
            "confidence": round(q.confidence, 3),
            "statement_id": q.statement_id,
            "attribution_status": q.attribution_status,
        }
        if extra:
            row.update({key: fn(q) for key, fn in extra.items()})
        yield row


def export_name(filters: dict[str, Any], what: str = "quotations") -> str:
    """A file name that says what the file holds: "quotations-mike-pompeo-sanctions-2018-01-01-
    to-2018-06-30" (speaker, outlet, words and dates that filtered it), ASCII only."""
    parts = [what]
    for key in ("speaker", "outlet", "q"):
        if filters.get(key):
            parts.append(slugify(str(filters[key]))[:40])
    if filters.get("statement"):
        parts.append(f"statement-{filters['statement']}")
    start, end = filters.get("start"), filters.get("end")
    if start or end:
        parts.append(f"{start or 'start'}-to-{end or 'now'}")
    if len(parts) == 1:
        parts.append("all")
    return "-".join(p for p in parts if p)


class _Echo:
    def write(self, value: str) -> str:
        return value


def _csv_lines(rows: Iterable[dict[str, Any]]) -> Iterator[str]:
    writer = None
    for row in rows:
        if writer is None:
            writer = csv.DictWriter(_Echo(), fieldnames=list(row))
            yield writer.writeheader()
        yield writer.writerow({k: _csv_safe(v) for k, v in row.items()})
    if writer is None:
        yield ",".join(FIELDS) + "\r\n"


def _csv_safe(value: Any) -> Any:
    # Spreadsheet apps run cells starting with = + - @ as formulas; article text is untrusted.
    if isinstance(value, str) and value[:1] in ("=", "+", "-", "@", "\t", "\r"):
        return "'" + value
    return "" if value is None else value


def _json_chunks(rows: Iterable[dict[str, Any]]) -> Iterator[str]:
    yield "["
    for i, row in enumerate(rows):
        yield ("," if i else "") + "\n" + json.dumps(row, ensure_ascii=False)
    yield "\n]\n"


CONTENT_TYPES = {"csv": "text/csv; charset=utf-8", "json": "application/json"}


def export_chunks(rows: Iterable[dict[str, Any]], fmt: str) -> Iterator[str]:
    """The rows as CSV or JSON text, a piece at a time (the view streams them)."""
    return _csv_lines(rows) if fmt == "csv" else _json_chunks(rows)
