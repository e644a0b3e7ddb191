"""Quotation search and filters, fuzzy speaker lookup.

PostgreSQL: full-text search (english config) over a stored, GIN-indexed tsvector (migration
0006), ranked with ts_rank and highlighted with SearchHeadline.
SQLite: every word must appear (case-insensitive substring), newest first; words are
highlighted in Python. Both return the same shape, so views and templates do not care.
"""

from __future__ import annotations

import re
from datetime import date
from typing import Any

from django.contrib.postgres.search import SearchHeadline, SearchQuery
from django.db import connection
from django.db.models import BooleanField, F, FloatField, Q, QuerySet
from django.db.models.expressions import RawSQL
from django.utils.html import conditional_escape
from django.utils.safestring import SafeString, mark_safe

from tracker.models import Quotation, Speaker

CONFIG = "english"
# PostgreSQL-only generated column (migration 0006), GIN-indexed; the model does not know it.
STORED_VECTOR = "tracker_quotation.search_tsv"
# Control characters cannot occur in stored text (ingest normalises it), so they mark the
# headline's matches safely; the text is escaped first and only then do they become <mark>.
_START, _STOP = "\x02", "\x03"
_WORD = re.compile(r"\w+")


def is_postgres() -> bool:
    return connection.vendor == "postgresql"


def words_of(q: str) -> list[str]:
    return _WORD.findall(q.lower())[:10]


def timeline_order() -> list[Any]:
    # PostgreSQL puts NULLs first on DESC, SQLite last: say it explicitly.
    return [F("published").desc(nulls_last=True), "-id"]


def page_slice(items: QuerySet, page: int, size: int) -> tuple[list, bool]:
    """One page of a queryset without a COUNT: fetch one extra row to know if more follow."""
    offset = (page - 1) * size
    rows = list(items[offset : offset + size + 1])
    return rows[:size], len(rows) > size


def timeline_page(quotations: QuerySet, page: int, size: int) -> tuple[list, bool]:
    """One page of rows with `published` (quotations, sources), newest first and undated last.

    Read so a date index can serve it: PostgreSQL cannot walk a DESC (NULLS FIRST) index for
    NULLS LAST, so the dated rows and the undated rows come from two queries instead of one
    query that sorts every row.
    """
    offset = (page - 1) * size
    dated = list(
        quotations.filter(published__isnull=False).order_by("-published", "-id")[
            offset : offset + size + 1
        ]
    )
    if len(dated) > size:
        return dated[:size], True
    # Past the end of the dated rows: how many there are tells where the undated ones start.
    n_dated = offset + len(dated) if dated else quotations.filter(published__isnull=False).count()
    skip = max(0, offset - n_dated)
    undated = list(
        quotations.filter(published__isnull=True).order_by("-id")[
            skip : skip + size + 1 - len(dated)
        ]
    )
    rows = dated + undated
    return rows[:size], len(rows) > size


WHO = {
    "named": Q(speaker__isnull=False),
    "unnamed": Q(speaker__isnull=True, speaker_ambiguous=False) & ~Q(speaker_description=""),
    "ambiguous": Q(speaker__isnull=True, speaker_ambiguous=True),
}


def filter_quotations(
    *,
    q: str = "",
    speaker: Speaker | None = None,
    speakers: list[Speaker] | None = None,
    outlet: str = "",
    start: date | None = None,
    end: date | None = None,
    statement_id: int | None = None,
    rank: bool = False,
    who: str = "",
) -> QuerySet[Quotation]:
    """Quotations matching every given filter, newest first (or best first with rank=True).

    `who`: "named" (a speaker row), "unnamed" (a described source: "a State Department
    official"), "ambiguous" (a bare name waiting for an editor), or "" for all."""
    qs = Quotation.objects.filter(not_a_quote=False)
    if who in WHO:
        qs = qs.filter(WHO[who])
    if speaker is not None:
        qs = qs.filter(speaker=speaker)
    if speakers is not None:
        qs = qs.filter(speaker__in=speakers)
    if statement_id is not None:
        qs = qs.filter(statement_id=statement_id)
    if outlet:
        qs = qs.filter(source__outlet__iexact=outlet)
    if start:
        qs = qs.filter(published__gte=start)
    if end:
        qs = qs.filter(published__lte=end)
    words = words_of(q)
    if not words:
        return qs.order_by(*timeline_order())
    if is_postgres():
        text = " ".join(words)
        query = SearchQuery(text, config=CONFIG, search_type="plain")
        qs = qs.filter(
            RawSQL(
                f"{STORED_VECTOR} @@ plainto_tsquery(%s::regconfig, %s)",
                (CONFIG, text),
                output_field=BooleanField(),
            )
        )
        qs = qs.annotate(
            headline=SearchHeadline(
                "text", query, config=CONFIG, start_sel=_START, stop_sel=_STOP, highlight_all=True
            )
        )
        if rank:
            rank_sql = f"ts_rank({STORED_VECTOR}, plainto_tsquery(%s::regconfig, %s))"
            return qs.annotate(
                rank=RawSQL(rank_sql, (CONFIG, text), output_field=FloatField())
            ).order_by("-rank", *timeline_order())
        return qs.order_by(*timeline_order())
    condition = Q()
    for word in words:
        condition &= Q(text__icontains=word)
    return qs.filter(condition).order_by(*timeline_order())


def highlighted(quotation: Quotation, q: str) -> SafeString:
    """The quotation's text, escaped, with matched words in <mark>."""
    headline = getattr(quotation, "headline", None)
    if headline:
        escaped = str(conditional_escape(headline))
        return mark_safe(escaped.replace(_START, "<mark>").replace(_STOP, "</mark>"))
    words = words_of(q)
    if not words:
        return conditional_escape(quotation.text)
    pattern = re.compile("(" + "|".join(re.escape(w) for w in words) + r")\w*", re.IGNORECASE)
    parts, cursor = [], 0
    for match in pattern.finditer(quotation.text):
        parts.append(str(conditional_escape(quotation.text[cursor : match.start()])))
        parts.append(f"<mark>{conditional_escape(match.group(0))}</mark>")
        cursor = match.end()
    parts.append(str(conditional_escape(quotation.text[cursor:])))
    # Safe: every piece of the quotation was escaped above.
    return mark_safe("".join(parts))
