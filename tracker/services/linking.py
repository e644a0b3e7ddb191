"""Store statement linking: new quotations join statements, and a full rebuild on demand.

`link_quotations` runs inside the ingest transaction. It fetches only the slice of the database
a new article can touch (the postings of its keys, the statements they point to, statements of
the same source) and runs the same Linker as `relink_all`, so both give the same statements.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import itertools
import time
from collections.abc import Iterable, Iterator
from typing import TYPE_CHECKING

from django.db import connection, transaction
from django.db.models import Count, Max, Min
from django.utils import timezone

from tracker.linking.grouping import (
    FULL_MARK,
    UTTERANCE,
    Index,
    Item,
    Linker,
    StatementState,
    shared_keys,
    top_ranked,
)
from tracker.linking.keys import shingle_keys
from tracker.linking.normalise import normalise
from tracker.models import Quotation, Statement, StatementKey

if TYPE_CHECKING:
    from tracker.services.relink import RelinkResult

# Statements made during one incremental batch get ids from here until they are saved, so they
# sort after every stored statement, as they would in a rebuild.
_TEMP_ID_BASE = 1 << 60
_IN_CHUNK = 500  # ids per IN (...) clause, well inside SQLite's parameter limit


def _chunks(values: Iterable, size: int = _IN_CHUNK) -> Iterator[list]:
    it = iter(values)
    while chunk := list(itertools.islice(it, size)):
        yield chunk


def _int_list(values: Iterable[int]) -> str:
    """Integers as one text parameter ("1,2,3"): the driver quotes one string instead of
    adapting thousands of numbers one by one (string_to_array(...)::bigint[] reads it)."""
    return ",".join(map(str, values))


def _select(sql: str, values: list) -> list[tuple]:
    """Raw SELECT where `{match}` tests a column against `values`: the ORM takes longer to
    build a 400-key IN clause than the database takes to answer it. PostgreSQL gets one array
    parameter (= ANY), which it parses and plans much faster than 400 literals."""
    rows: list[tuple] = []
    with connection.cursor() as cursor:
        if connection.vendor == "postgresql":
            if all(isinstance(v, int) for v in values):
                match = "= ANY(string_to_array(%s, ',')::bigint[])"
                cursor.execute(sql.format(match=match), [_int_list(values)])
            else:
                cursor.execute(sql.format(match="= ANY(%s)"), [list(values)])
            return cursor.fetchall()
        for chunk in _chunks(values):
            cursor.execute(sql.format(match=f"IN ({', '.join(['%s'] * len(chunk))})"), chunk)
            rows += cursor.fetchall()
    return rows


def _load_statements(
    index: Index, ids: set[int], sources: set[int], stats: dict[int, list]
) -> None:
    """Statements with their speakers, and which of `sources` (the batch's) they appear in;
    membership in other sources never matters to the batch's items."""
    ids = sorted(ids - index.statements.keys())
    q = connection.ops.quote_name
    stmt, quotes = q(Statement._meta.db_table), q(Quotation._meta.db_table)
    rows = _select(
        f"SELECT id, text, kind, normalised, quotation_count, first_date, last_date FROM {stmt}"
        " WHERE id {match}",
        ids,
    )
    for sid, text, kind, normalised, count, first, last in rows:
        index.statements[sid] = StatementState.build(sid, text, kind, normalised)
        stats[sid] = [count, _date(first), _date(last)]
    speakers = _select(
        f"SELECT DISTINCT statement_id, speaker_id FROM {quotes}"
        f" WHERE statement_id {{match}} AND speaker_id IS NOT NULL AND NOT not_a_quote",
        ids,
    )
    for sid, speaker in speakers:
        if st := index.statements.get(sid):
            st.speakers.add(speaker)
    for source in sources:
        for sid in index.by_source.get(source, ()):
            if st := index.statements.get(sid):
                st.sources.add(source)


def _date(value: dt.date | str | None) -> dt.date | None:
    """A date column from a raw query (text if the driver does not convert it)."""
    return dt.date.fromisoformat(value) if isinstance(value, str) else value


def _load_slice(items: list[Item], stats: dict[int, list], new_sources: bool = False) -> Index:
    """The part of the stored index that linking `items` can read (and the loaded statements'
    count, first and last date into `stats`)."""
    index = Index()
    item_keys = [shingle_keys(item.tokens) for item in items]
    table = connection.ops.quote_name(StatementKey._meta.db_table)
    key = connection.ops.quote_name("key")
    keys = sorted({k for keys in item_keys for k in keys})
    for k, sid in _select(
        f"SELECT {key}, statement_id FROM {table} WHERE {key} {{match}}", keys
    ):
        index.load(k, sid)
    # The statements each item will verify (same ranking as the Linker's).
    wanted = {sid for keys in item_keys for sid in top_ranked(shared_keys(keys, index.postings))}
    sources = {item.source for item in items}
    same_source = (
        Quotation.objects.filter(source_id__in=sources, not_a_quote=False)
        .exclude(statement=None)
        .values_list("source_id", "statement_id")
        .distinct()
    )
    # Sources stored in this very transaction have no linked quotations yet.
    for source, sid in () if new_sources else same_source:
        index.by_source[source].add(sid)
        wanted.add(sid)
    _load_statements(index, wanted, sources, stats)
    return index


def _items(quotations: Iterable[Quotation]) -> list[Item]:
    return [
        Item.build(q.pk, q.text, q.speaker_id, q.source_id)
        for q in sorted(quotations, key=lambda q: q.pk)
        if not q.not_a_quote and not q.statement_locked and q.statement_id is None
    ]


def link_quotations(quotations: list[Quotation], *, new_sources: bool = False) -> None:
    """Link newly saved quotations to stored statements (or start new ones).

    Skips quotations flagged as not a quote, locked by an editor or already linked. Sets
    `statement_id` on the objects passed in, as well as in the database. About ten queries
    for an article, whatever the size of the store.
    """
    items = _items(quotations)
    if not items:
        return
    with transaction.atomic():
        stats: dict[int, list] = {}
        index = _load_slice(items, stats, new_sources)
        counter = itertools.count(_TEMP_ID_BASE)
        linker = Linker(index, lambda: next(counter))
        for item in items:
            linker.link(item)
        _save_batch(index, quotations, stats)


def _extend(span: list, published: dt.date | None) -> None:
    """Count one more quotation into [count, first date, last date]."""
    span[0] += 1
    if published is not None:
        if span[1] is None or published < span[1]:
            span[1] = published
        if span[2] is None or published > span[2]:
            span[2] = published


def _save_batch(index: Index, quotations: list[Quotation], stats: dict[int, list]) -> None:
    """Write what one incremental run changed, in a handful of queries. Counts and dates are
    worked out from the loaded statements plus the new members, without re-aggregating."""
    now = timezone.now()
    by_pk = {q.pk: q for q in quotations}
    for qid, sid in index.assigned:
        _extend(stats.setdefault(sid, [0, None, None]), by_pk[qid].published)
    created = [index.statements[sid] for sid in index.created]
    rows = Statement.objects.bulk_create(
        [
            Statement(
                text=st.text,
                kind=st.kind,
                normalised=" ".join(st.tokens),
                quotation_count=stats[st.id][0],
                first_date=stats[st.id][1],
                last_date=stats[st.id][2],
                has_conflict=len(st.speakers) > 1,
                created_at=now,
                updated_at=now,
            )
            for st in created
        ]
    )
    real = {st.id: row.pk for st, row in zip(created, rows, strict=True)}
    for st in created:
        st.id = real[st.id]
    _write_postings(index, real)
    for qid, sid in index.assigned:
        by_pk[qid].statement_id = real.get(sid, sid)
    _update(
        Quotation, ["statement_id"], [(by_pk[qid].statement_id, qid) for qid, _ in index.assigned]
    )
    ops = connection.ops
    touched = ({sid for _, sid in index.assigned} | index.changed) - real.keys()
    _update(
        Statement,
        [*_STAT_FIELDS, "text", "kind", "normalised"],
        [
            (
                stats[sid][0],
                ops.adapt_datefield_value(stats[sid][1]),
                ops.adapt_datefield_value(stats[sid][2]),
                len(st.speakers) > 1,
                ops.adapt_datetimefield_value(now),
                st.text,
                st.kind,
                " ".join(st.tokens),
                sid,
            )
            for sid in sorted(touched)
            for st in (index.statements[sid],)
        ],
    )


def _write_postings(index: Index, real: dict[int, int] | None = None) -> None:
    """Store new postings; a key that became full keeps one FULL_MARK posting instead."""
    real = real or {}
    q = connection.ops.quote_name
    table, key = q(StatementKey._meta.db_table), q("key")
    filled = index.filled
    rows = [(k, real.get(sid, sid)) for k, sid in index.new_postings if k not in filled]
    rows += [(k, FULL_MARK) for k in sorted(filled)]
    with connection.cursor() as cursor:
        for chunk in _chunks(sorted(filled)):
            marks = ", ".join(["%s"] * len(chunk))
            cursor.execute(f"DELETE FROM {table} WHERE {key} IN ({marks})", chunk)
        if rows and connection.vendor == "postgresql":
            # Two array parameters: one statement for thousands of postings, instead of a
            # round of parameter handling per row.
            cursor.execute(
                f"INSERT INTO {table} ({key}, statement_id)"
                " SELECT * FROM unnest(string_to_array(%s, ',')::bigint[],"
                " string_to_array(%s, ',')::bigint[]) ON CONFLICT DO NOTHING",
                [_int_list(k for k, _ in rows), _int_list(sid for _, sid in rows)],
            )
        elif rows:
            cursor.executemany(
                f"INSERT INTO {table} ({key}, statement_id) VALUES (%s, %s) ON CONFLICT DO NOTHING",
                rows,
            )


_STAT_FIELDS = ["quotation_count", "first_date", "last_date", "has_conflict", "updated_at"]


def _refresh_stats(ids: set[int], states: dict[int, StatementState] | None = None) -> None:
    """Recount quotations, dates and conflicts of these statements from the database, and
    write the display text of those in `states`."""
    now = timezone.now()
    states = states or {}
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
        ops = connection.ops
        plain, with_text = [], []
        for sid in chunk:
            row = stats.get(sid, {"n": 0, "first": None, "last": None, "speakers": 0})
            values = [
                row["n"],
                ops.adapt_datefield_value(row["first"]),
                ops.adapt_datefield_value(row["last"]),
                row["speakers"] > 1,
                ops.adapt_datetimefield_value(now),
            ]
            if state := states.get(sid):
                values += [state.text, state.kind, " ".join(state.tokens)]
                with_text.append((*values, sid))
            else:
                plain.append((*values, sid))
        _update(Statement, [*_STAT_FIELDS, "text", "kind", "normalised"], with_text)
        _update(Statement, _STAT_FIELDS, plain)


def _update(model, columns: list[str], rows: list[tuple]) -> None:
    """UPDATE rows by id: (values..., id) per row. The ORM's bulk_update builds CASE
    expressions that cost more than the whole of linking an article. PostgreSQL gets one
    UPDATE ... FROM (VALUES ...) instead of a statement per row."""
    if not rows:
        return
    q = connection.ops.quote_name
    table = q(model._meta.db_table)
    with connection.cursor() as cursor:
        if connection.vendor != "postgresql":
            assignments = ", ".join(f"{q(c)} = %s" for c in columns)
            cursor.executemany(f"UPDATE {table} SET {assignments} WHERE id = %s", rows)
            return
        types = [model._meta.get_field(c).db_type(connection) for c in columns]
        names = [f"c{i}" for i in range(len(columns))]
        assignments = ", ".join(
            f"{q(c)} = v.{n}::{t}" for c, n, t in zip(columns, names, types, strict=True)
        )
        marks = ", ".join(["(" + ", ".join(["%s"] * (len(columns) + 1)) + ")"] * len(rows))
        cursor.execute(
            f"UPDATE {table} SET {assignments} FROM (VALUES {marks}) AS v({', '.join(names)}, id)"
            f" WHERE {table}.id = v.id::bigint",
            [value for row in rows for value in row],
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
            words = " ".join(normalise(fullest).tokens)
            Statement.objects.filter(pk=sid).update(text=fullest, normalised=words)
            _post_keys(sid, shingle_keys(normalise(fullest).tokens))
    _refresh_stats(wanted)


def _post_keys(statement_id: int, keys: list[int]) -> None:
    """Post keys for one statement, as the Linker would (same cap, same full keys)."""
    index = Index()
    table, key = (
        connection.ops.quote_name(StatementKey._meta.db_table),
        connection.ops.quote_name("key"),
    )
    for k, sid in _select(
        f"SELECT {key}, statement_id FROM {table} WHERE {key} {{match}}", keys
    ):
        index.load(k, sid)
    index.post(StatementState(statement_id, "", ()), keys)
    _write_postings(index)


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


def relink_all(progress: bool = True) -> RelinkResult:
    """Rebuild every statement from scratch, keeping editors' links and unlinks."""
    from tracker.services.relink import rebuild

    started = time.perf_counter()
    result = rebuild(progress=progress)
    # Counted after the commit, which checks a million foreign keys on a big store.
    return dataclasses.replace(result, seconds=time.perf_counter() - started)
