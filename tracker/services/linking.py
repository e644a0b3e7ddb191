"""Store statement linking: new quotations join statements, and a full rebuild on demand.

`link_quotations` runs inside the ingest transaction. It fetches only the slice of the database
a new article can touch (the postings of its keys, the statements they point to, statements of
the same source) and runs the same Linker as `relink_all`, so both give the same statements.
"""

from __future__ import annotations

import itertools
import time
from collections import defaultdict
from collections.abc import Iterable, Iterator
from dataclasses import dataclass

from django.db import connection, transaction
from django.db.models import Count, Max, Min
from django.utils import timezone

from tracker.linking.grouping import (
    KEY_CAP,
    UTTERANCE,
    Index,
    Item,
    Linker,
    StatementState,
)
from tracker.linking.keys import shingle_keys
from tracker.linking.normalise import normalise
from tracker.models import Quotation, Statement, StatementKey

# Statements made during one incremental batch get ids from here until they are saved, so they
# sort after every stored statement, as they would in a rebuild.
_TEMP_ID_BASE = 1 << 60
_IN_CHUNK = 500  # ids per IN (...) clause, well inside SQLite's parameter limit


def _chunks(values: Iterable, size: int = _IN_CHUNK) -> Iterator[list]:
    it = iter(values)
    while chunk := list(itertools.islice(it, size)):
        yield chunk


def _load_statements(index: Index, ids: set[int]) -> None:
    ids = ids - index.statements.keys()
    for chunk in _chunks(sorted(ids)):
        for sid, text, kind in Statement.objects.filter(pk__in=chunk).values_list(
            "pk", "text", "kind"
        ):
            index.statements[sid] = StatementState.build(sid, text, kind)
        members = (
            Quotation.objects.filter(statement_id__in=chunk, not_a_quote=False)
            .values_list("statement_id", "speaker_id", "source_id")
            .distinct()
        )
        for sid, speaker, source in members:
            st = index.statements.get(sid)
            if st is None:
                continue
            if speaker is not None:
                st.speakers.add(speaker)
            st.sources.add(source)


def _load_slice(items: list[Item]) -> Index:
    """The part of the stored index that linking `items` can read."""
    index = Index()
    keys = sorted({k for item in items for k in shingle_keys(item.tokens)})
    for chunk in _chunks(keys):
        for key, sid in StatementKey.objects.filter(key__in=chunk).values_list(
            "key", "statement_id"
        ):
            index.postings[key].append(sid)
    for posted in index.postings.values():
        posted.sort()
    wanted = {sid for posted in index.postings.values() if len(posted) <= KEY_CAP for sid in posted}
    sources = {item.source for item in items}
    same_source = (
        Quotation.objects.filter(source_id__in=sources, not_a_quote=False)
        .exclude(statement=None)
        .values_list("source_id", "statement_id")
        .distinct()
    )
    for source, sid in same_source:
        index.by_source[source].add(sid)
        wanted.add(sid)
    _load_statements(index, wanted)
    return index


def _items(quotations: Iterable[Quotation]) -> list[Item]:
    return [
        Item.build(q.pk, q.text, q.speaker_id, q.source_id)
        for q in sorted(quotations, key=lambda q: q.pk)
        if not q.not_a_quote and not q.statement_locked and q.statement_id is None
    ]


def link_quotations(quotations: list[Quotation]) -> None:
    """Link newly saved quotations to stored statements (or start new ones).

    Skips quotations flagged as not a quote, locked by an editor or already linked. Sets
    `statement_id` on the objects passed in, as well as in the database.
    """
    items = _items(quotations)
    if not items:
        return
    with transaction.atomic():
        index = _load_slice(items)
        counter = itertools.count(_TEMP_ID_BASE)
        linker = Linker(index, lambda: next(counter))
        for item in items:
            linker.link(item)
        real = _save_batch(index)
    by_pk = {q.pk: q for q in quotations}
    for qid, sid in index.assigned:
        by_pk[qid].statement_id = real.get(sid, sid)


def _save_batch(index: Index) -> dict[int, int]:
    """Write what one incremental run changed; returns temporary -> real statement ids."""
    now = timezone.now()
    created = [index.statements[sid] for sid in index.created]
    rows = Statement.objects.bulk_create(
        [Statement(text=st.text, kind=st.kind, created_at=now, updated_at=now) for st in created]
    )
    real = {st.id: row.pk for st, row in zip(created, rows, strict=True)}
    StatementKey.objects.bulk_create(
        [StatementKey(key=key, statement_id=real.get(sid, sid)) for key, sid in index.new_postings],
        ignore_conflicts=True,
    )
    by_statement: dict[int, list[int]] = defaultdict(list)
    for qid, sid in index.assigned:
        by_statement[real.get(sid, sid)].append(qid)
    for sid, qids in by_statement.items():
        Quotation.objects.filter(pk__in=qids).update(statement_id=sid)
    changed = [index.statements[sid] for sid in index.changed if sid not in real]
    for st in changed:
        Statement.objects.filter(pk=st.id).update(text=st.text, kind=st.kind)
    _refresh_stats(set(by_statement) | {st.id for st in changed})
    return real


def _refresh_stats(ids: set[int]) -> None:
    """Recount quotations, dates and conflicts of these statements from the database."""
    now = timezone.now()
    for chunk in _chunks(sorted(ids)):
        stats = {
            row["statement_id"]: row
            for row in Quotation.objects.filter(statement_id__in=chunk, not_a_quote=False)
            .values("statement_id")
            .annotate(
                n=Count("id"),
                first=Min("published"),
                last=Max("published"),
                speakers=Count("speaker_id", distinct=True),
            )
        }
        statements = list(Statement.objects.filter(pk__in=chunk).only("pk"))
        for st in statements:
            row = stats.get(st.pk, {"n": 0, "first": None, "last": None, "speakers": 0})
            st.quotation_count = row["n"]
            st.first_date = row["first"]
            st.last_date = row["last"]
            st.has_conflict = row["speakers"] > 1
            st.updated_at = now
        Statement.objects.bulk_update(
            statements,
            ["quotation_count", "first_date", "last_date", "has_conflict", "updated_at"],
        )


@transaction.atomic
def refresh_statements(ids: Iterable[int | None]) -> None:
    """After members changed by hand or by reprocessing: display text, counts, dates, conflict.

    An utterance's display text becomes its fullest remaining variant (new keys are posted for
    it); a statement left with no quotation keeps its row with a count of 0 so undo can refill it.
    """
    wanted = {pk for pk in ids if pk is not None}
    if not wanted:
        return
    for sid, kind, text in Statement.objects.filter(pk__in=wanted).values_list(
        "pk", "kind", "text"
    ):
        if kind != UTTERANCE:
            continue
        members = Quotation.objects.filter(statement_id=sid, not_a_quote=False).order_by("pk")
        fullest, size = None, -1
        for member in members.values_list("text", flat=True).iterator():
            n = len(normalise(member))
            if n > size:
                fullest, size = member, n
        if fullest is not None and fullest != text:
            Statement.objects.filter(pk=sid).update(text=fullest)
            _post_keys(sid, shingle_keys(normalise(fullest).tokens))
    _refresh_stats(wanted)


def _post_keys(statement_id: int, keys: list[int]) -> None:
    """Post keys for one statement, respecting the per-key cap."""
    counts: dict[int, int] = defaultdict(int)
    mine: set[int] = set()
    for chunk in _chunks(keys):
        for key, sid in StatementKey.objects.filter(key__in=chunk).values_list(
            "key", "statement_id"
        ):
            counts[key] += 1
            if sid == statement_id:
                mine.add(key)
    StatementKey.objects.bulk_create(
        [
            StatementKey(key=key, statement_id=statement_id)
            for key in keys
            if key not in mine and counts[key] <= KEY_CAP
        ],
        ignore_conflicts=True,
    )


# Manual decisions ---------------------------------------------------------------------------


@transaction.atomic
def link_manually(quotation: Quotation, statement: Statement) -> None:
    """An editor puts `quotation` in `statement`; relinking will never move it.

    The statement's current members are locked too: the editor said "these belong together",
    and a rebuild must not take the statement away from under the quotation.
    """
    Quotation.objects.filter(statement=statement).update(statement_locked=True)
    old = quotation.statement_id
    quotation.statement = statement
    quotation.statement_locked = True
    quotation.save(update_fields=["statement", "statement_locked"])
    refresh_statements([old, statement.pk])


def unlink_manually(quotation: Quotation) -> None:
    """An editor takes `quotation` out of its statement; relinking will leave it alone."""
    old = quotation.statement_id
    quotation.statement = None
    quotation.statement_locked = True
    quotation.save(update_fields=["statement", "statement_locked"])
    refresh_statements([old])


@transaction.atomic
def merge_statements(keep: Statement, other: Statement) -> None:
    """`other`'s quotations join `keep`, locked so relinking keeps them together."""
    if keep.pk == other.pk:
        return
    Quotation.objects.filter(statement=keep).update(statement_locked=True)
    Quotation.objects.filter(statement=other).update(statement=keep, statement_locked=True)
    StatementKey.objects.filter(statement=other).delete()
    other.delete()
    refresh_statements([keep.pk])


@dataclass(frozen=True)
class RelinkResult:
    quotations: int
    statements: int
    talking_points: int
    conflicts: int
    seconds: float


def _fetch_quotations(batch: int = 5000) -> Iterator[tuple]:
    """Every linkable quotation in id order, a page at a time (keyset pagination)."""
    last = 0
    fields = ("pk", "text", "speaker_id", "source_id", "published", "statement_id",
              "statement_locked")
    while True:
        rows = list(
            Quotation.objects.filter(pk__gt=last, not_a_quote=False)
            .order_by("pk")
            .values_list(*fields)[:batch]
        )
        if not rows:
            return
        yield from rows
        last = rows[-1][0]


@transaction.atomic
def relink_all(progress: bool = True) -> RelinkResult:
    """Rebuild every statement from scratch, keeping what editors decided.

    Quotations an editor linked keep their statement (which keeps its id); those an editor
    unlinked stay unlinked; the rest are linked in id order exactly as ingestion would.
    """
    from tqdm import tqdm

    started = time.perf_counter()
    anchored = set(
        Quotation.objects.filter(statement_locked=True)
        .exclude(statement=None)
        .values_list("statement_id", flat=True)
    )
    total = Quotation.objects.filter(not_a_quote=False).count()
    # New ids continue after the old ones, so a stale link to a removed statement never
    # lands on a different one.
    next_id = itertools.count((Statement.objects.aggregate(m=Max("pk"))["m"] or 0) + 1)
    _clear()
    index = Index()
    linker = Linker(index, lambda: next(next_id))
    for sid, text in Statement.objects.filter(pk__in=anchored).values_list("pk", "text"):
        index.statements[sid] = StatementState(sid, text, ())
    dates: dict[int, list] = {}
    rows = tqdm(_fetch_quotations(), total=total, disable=not progress, unit="quote",
                desc="Linking")
    for qid, text, speaker, source, published, statement, locked in rows:
        item = Item.build(qid, text, speaker, source)
        if locked:
            if statement is None:
                continue
            linker.place(item, statement)
            sid = statement
        else:
            sid = linker.link(item)
        span = dates.get(sid)
        if span is None:
            dates[sid] = [1, published, published]
        else:
            span[0] += 1
            if published is not None:
                if span[1] is None or published < span[1]:
                    span[1] = published
                if span[2] is None or published > span[2]:
                    span[2] = published
    _write_all(index, dates, anchored, progress)
    talking = sum(1 for st in index.statements.values() if st.kind != UTTERANCE)
    conflicts = sum(1 for st in index.statements.values() if len(st.speakers) > 1)
    return RelinkResult(
        quotations=len(index.assigned),
        statements=len(dates),
        talking_points=talking,
        conflicts=conflicts,
        seconds=time.perf_counter() - started,
    )


def _clear() -> None:
    """Drop every statement no editor decision holds, with plain SQL (millions of rows)."""
    q = connection.ops.quote_name
    stmt, keys, quotes = (
        q(Statement._meta.db_table), q(StatementKey._meta.db_table), q(Quotation._meta.db_table)
    )
    with connection.cursor() as cursor:
        cursor.execute(f"DELETE FROM {keys}")
        cursor.execute(
            f"UPDATE {quotes} SET statement_id = NULL"
            " WHERE statement_id IS NOT NULL AND NOT statement_locked"
        )
        cursor.execute(
            f"DELETE FROM {stmt} WHERE id NOT IN (SELECT statement_id FROM {quotes}"
            " WHERE statement_locked AND statement_id IS NOT NULL)"
        )


def _write_all(index: Index, dates: dict[int, list], anchored: set[int], progress: bool) -> None:
    """Bulk-write the rebuilt statements, keys and memberships."""
    now = timezone.now()
    q = connection.ops.quote_name
    stmt, key_table, quote_table = (
        q(Statement._meta.db_table), q(StatementKey._meta.db_table), q(Quotation._meta.db_table)
    )
    new_rows = []
    for sid in index.created:
        st = index.statements[sid]
        n, first, last = dates.get(sid, (0, None, None))
        new_rows.append(
            (sid, st.text, st.kind, n, first, last, len(st.speakers) > 1, now, now)
        )
    with connection.cursor() as cursor:
        for chunk in _chunks(new_rows, 5000):
            cursor.executemany(
                f"INSERT INTO {stmt} (id, text, kind, quotation_count, first_date, last_date,"
                " has_conflict, created_at, updated_at)"
                " VALUES (%s, %s, %s, %s, %s, %s, %s, %s, %s)",
                chunk,
            )
        for chunk in _chunks(index.new_postings, 20000):
            cursor.executemany(
                f"INSERT INTO {key_table} ({q('key')}, statement_id) VALUES (%s, %s)", chunk
            )
        assigned = [(sid, qid) for qid, sid in index.assigned]
        for chunk in _chunks(assigned, 20000):
            cursor.executemany(f"UPDATE {quote_table} SET statement_id = %s WHERE id = %s", chunk)
        if connection.vendor == "postgresql":
            cursor.execute(
                f"SELECT setval(pg_get_serial_sequence('{Statement._meta.db_table}', 'id'),"
                f" (SELECT COALESCE(MAX(id), 1) FROM {stmt}))"
            )
    for sid in anchored:
        st = index.statements.get(sid)
        if st is not None:
            Statement.objects.filter(pk=sid).update(text=st.text or "", kind=st.kind)
    _refresh_stats(anchored)
