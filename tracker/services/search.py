"""Quotation search and filters, fuzzy speaker lookup.

Both databases read the same web-search syntax (`parse_query`: words, "phrases", -exclusions,
OR) and match on word boundaries with English stemming:
PostgreSQL: websearch_to_tsquery over a stored, GIN-indexed tsvector (migration 0006), ranked
with ts_rank and highlighted with ts_headline.
SQLite: an FTS5 index with the porter stemmer (migration 0012, tracker/fts.py), ranked with
bm25 and highlighted with FTS5's highlight(). Both return the same shape, so views and
templates do not care.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from typing import Any

from django.db import connection
from django.db.models import BooleanField, F, FloatField, Q, QuerySet
from django.db.models.expressions import RawSQL
from django.utils.html import conditional_escape
from django.utils.safestring import mark_safe

from tracker import fts
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


def timeline_order() -> list[Any]:
    # PostgreSQL puts NULLs first on DESC, SQLite last: say it explicitly.
    return [F("published").desc(nulls_last=True), "-id"]


def page_slice(items: QuerySet | Sequence, page: int, size: int) -> tuple[list, bool]:
    """One page of a queryset (or list) without a COUNT: one extra row tells if more follow.
    Every paged list and API response is sliced here."""
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


@dataclass(frozen=True)
class Clause:
    """One part of a search: a word or a quoted phrase (several words), maybe excluded."""

    words: tuple[str, ...]
    excluded: bool = False
    either: bool = False  # joined to the clause before by OR instead of AND


_CLAUSE = re.compile(r'(-?)"([^"]*)"?|(-?)([^\s"]+)')
MAX_CLAUSES = 10


def parse_query(q: str) -> list[Clause]:
    """Web-search syntax, as PostgreSQL's websearch_to_tsquery reads it: words (all needed),
    "quoted phrases", -excluded words or phrases, and OR between two parts.

    >>> parse_query('"final, fully verified" -sanctions')
    [Clause(words=('final', 'fully', 'verified'), excluded=False, either=False),
     Clause(words=('sanctions',), excluded=True, either=False)]
    """
    clauses: list[Clause] = []
    either = False
    for match in _CLAUSE.finditer(q):
        quoted = match.group(2) is not None
        minus, phrase = match.group(1, 2) if quoted else match.group(3, 4)
        if not quoted and phrase.lower() == "or" and not minus:
            either = bool(clauses)
            continue
        words = tuple(_WORD.findall(phrase.lower()))
        if not words:
            continue
        if not quoted and len(words) > 1 and not minus:
            # "fully-verified" is one phrase of two words, as the stemmer's tokenizer sees it.
            clauses.append(Clause(words, either=either))
        else:
            clauses.append(Clause(words, excluded=bool(minus), either=either and not minus))
        either = False
    return clauses[:MAX_CLAUSES]


def _fts5_expression(clauses: list[Clause]) -> str:
    """An FTS5 MATCH expression: phrases in double quotes (words hold only word characters,
    so nothing needs escaping), ANDs and ORs in order, then NOT (any excluded one)."""
    positive = ""
    for clause in (c for c in clauses if not c.excluded):
        phrase = '"' + " ".join(clause.words) + '"'
        positive = (
            phrase if not positive else f"{positive} {'OR' if clause.either else 'AND'} {phrase}"
        )
    excluded = " OR ".join('"' + " ".join(c.words) + '"' for c in clauses if c.excluded)
    if positive and excluded:
        return f"({positive}) NOT ({excluded})"
    return positive or excluded


def _fts5_ids(expression: str) -> RawSQL:
    return RawSQL(f"SELECT rowid FROM {fts.TABLE} WHERE {fts.TABLE} MATCH %s", (expression,))


def match_text(quotations: QuerySet[Quotation], q: str, rank: bool = False) -> QuerySet:
    """The one matcher: quotations whose text matches the search `q` on word boundaries, with
    stemming ("immigration" finds "immigrants", "wall" does not find "swallowing"), phrases
    and exclusions; with rank=True annotated `rank` (higher is better). Search, compare, the
    speaker timeline, exports and the API all match through here."""
    clauses = parse_query(q)
    if not clauses:
        return quotations
    if is_postgres():
        quotations = quotations.filter(
            RawSQL(
                f"{STORED_VECTOR} @@ websearch_to_tsquery(%s::regconfig, %s)",
                (CONFIG, q),
                output_field=BooleanField(),
            )
        )
        if rank:
            rank_sql = f"ts_rank({STORED_VECTOR}, websearch_to_tsquery(%s::regconfig, %s))"
            quotations = quotations.annotate(
                rank=RawSQL(rank_sql, (CONFIG, q), output_field=FloatField())
            )
        return quotations
    if all(c.excluded for c in clauses):
        return quotations.exclude(pk__in=_fts5_ids(_fts5_expression(clauses)))
    expression = _fts5_expression(clauses)
    quotations = quotations.filter(pk__in=_fts5_ids(expression))
    if rank:
        # bm25() is lower for better matches; only the rows that matched get here.
        rank_sql = (
            f"(SELECT -bm25({fts.TABLE}) FROM {fts.TABLE} WHERE {fts.TABLE} MATCH %s "
            f"AND rowid = {Quotation._meta.db_table}.id)"
        )
        quotations = quotations.annotate(
            rank=RawSQL(rank_sql, (expression,), output_field=FloatField())
        )
    return quotations


# The source filter: a speaker row, a described source ("a State Department official"), or a
# bare name the article does not resolve ("Clinton"), waiting for an editor.
SOURCE_KINDS = {
    "named": Q(speaker__isnull=False),
    "unnamed": Q(speaker__isnull=True, speaker_ambiguous=False) & ~Q(speaker_description=""),
    "ambiguous": Q(speaker__isnull=True, speaker_ambiguous=True),
}


def narrow(
    qs: QuerySet[Quotation],
    *,
    speaker: Speaker | None = None,
    speakers: list[Speaker] | None = None,
    statement_id: int | None = None,
    outlet: str = "",
    start: date | None = None,
    end: date | None = None,
) -> QuerySet[Quotation]:
    """The filters every list of quotations offers (search, the review queue, feeds): by
    speaker, statement, outlet (any case) and publication date, both ends included."""
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
    return qs


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
    source_kind: str = "",
) -> QuerySet[Quotation]:
    """Quotations matching every given filter, newest first (or best first with rank=True).

    `source_kind`: "named" (a speaker row), "unnamed" (a described source: "a State Department
    official"), "ambiguous" (a bare name waiting for an editor), or "" for all."""
    qs = Quotation.objects.live()
    if source_kind in SOURCE_KINDS:
        qs = qs.filter(SOURCE_KINDS[source_kind])
    qs = narrow(
        qs,
        speaker=speaker,
        speakers=speakers,
        statement_id=statement_id,
        outlet=outlet,
        start=start,
        end=end,
    )
    has_words = any(not c.excluded for c in parse_query(q))
    qs = match_text(qs, q, rank=rank and has_words)
    if rank and has_words:
        return qs.order_by("-rank", *timeline_order())
    return qs.order_by(*timeline_order())


def highlight_rows(quotations: list[Quotation], q: str) -> None:
    """Set `highlighted` on each quotation: its text, escaped, with the matched words (as the
    matcher saw them: stems, phrases) in <mark>. One query for the whole page."""
    clauses = [c for c in parse_query(q) if not c.excluded]
    marked: dict[int, str] = {}
    if clauses and quotations:
        ids = [quotation.pk for quotation in quotations]
        marks = ", ".join(["%s"] * len(ids))
        with connection.cursor() as cursor:
            if is_postgres():
                cursor.execute(
                    "SELECT id, ts_headline(%s::regconfig, text, websearch_to_tsquery("
                    "%s::regconfig, %s), %s) FROM tracker_quotation WHERE id IN (" + marks + ")",
                    [CONFIG, CONFIG, q, _HEADLINE_OPTIONS, *ids],
                )
            else:
                cursor.execute(
                    f"SELECT rowid, highlight({fts.TABLE}, 0, %s, %s) FROM {fts.TABLE} "
                    f"WHERE {fts.TABLE} MATCH %s AND rowid IN ({marks})",
                    [_START, _STOP, _fts5_expression(clauses), *ids],
                )
            marked = dict(cursor.fetchall())
    for quotation in quotations:
        text = marked.get(quotation.pk)
        if text is None:
            quotation.highlighted = conditional_escape(quotation.text)
        else:
            escaped = str(conditional_escape(text))
            # Safe: the text was escaped first; only the control-character marks become tags.
            quotation.highlighted = mark_safe(
                escaped.replace(_START, "<mark>").replace(_STOP, "</mark>")
            )


_HEADLINE_OPTIONS = f"StartSel={_START}, StopSel={_STOP}, HighlightAll=true"
