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
from collections.abc import Iterable
from contextlib import nullcontext
from typing import TYPE_CHECKING

from django.db import connection, transaction
from django.utils import timezone

from tracker.bulk import backend
from tracker.linking import display
from tracker.linking.grouping import (
    FULL_MARK,
    UTTERANCE,
    Index,
    Item,
    Linker,
    StatementState,
    candidates,
    shared_keys,
    top_ranked,
)
from tracker.linking.keys import shingle_keys
from tracker.linking.normalise import normalise
from tracker.linking.stats import Tally, is_confident, story_of
from tracker.models import Quotation, Source, Statement, StatementKey, StatementRedirect
from tracker.services.generation import writes

if TYPE_CHECKING:
    from tracker.services.relink import RelinkResult

# Statements made during one incremental batch get ids from here until they are saved, so they
# sort after every stored statement, as they would in a rebuild.
_TEMP_ID_BASE = 1 << 60
_IN_CHUNK = 500  # ids per IN (...) clause, well inside SQLite's parameter limit




def _select(sql: str, values: list) -> list[tuple]:
    """Raw SELECT where `{match}` tests a column against `values`: the ORM takes longer to
    build a 400-key IN clause than the database takes to answer it (tracker.bulk)."""
    with connection.cursor() as cursor:
        return backend().select_in(cursor, sql, values)


# A live member quotation as `fold` reads it, `{match}` testing the column named. The story
# comes from a subquery, not a join: PostgreSQL would hash the whole source table for the
# hundred rows an article's statements have (a sequential scan growing with the store).
_MEMBERS = (
    "SELECT {column}, published, (SELECT story_id FROM {sources} s WHERE s.id = source_id),"
    " source_id, speaker_id, confidence, attribution_status FROM {quotes}"
    " WHERE {column} {{match}} AND NOT not_a_quote"
)


def _members_sql(column: str) -> str:
    q = connection.ops.quote_name
    return _MEMBERS.format(
        column=column, sources=q(Source._meta.db_table), quotes=q(Quotation._meta.db_table)
    )


def _members(ids: Iterable[int]) -> dict[int, list[tuple]]:
    """The member rows (MEMBER_FIELDS) of these statements, by statement."""
    rows: dict[int, list[tuple]] = {sid: [] for sid in ids}
    for row in rows and _select(_members_sql("statement_id"), sorted(rows)):
        rows[row[0]].append(row)
    return rows


@dataclasses.dataclass
class _Slice:
    """What linking a batch read: the index slice, the member rows of the stored statements
    it may join (their counts are folded again with the batch's quotations added, without
    reading them back), and the batch's own quotations' rows (statement left out)."""

    index: Index
    members: dict[int, list[tuple]]
    items: dict[int, tuple]


def _load_statements(
    index: Index, ids: set[int], sources: set[int], items: list[tuple[Item, list[int]]]
) -> dict[int, list[tuple]]:
    """Statements, and which of `sources` (the batch's) they appear in (membership in other
    sources never matters to the batch's items); the members, and so the speakers, only of
    those that one of `items` (with its keys) may verify."""
    ids = sorted(ids - index.statements.keys())
    stmt = connection.ops.quote_name(Statement._meta.db_table)
    rows = ids and _select(
        f"SELECT id, text, kind, normalised, first_date, last_date FROM {stmt}"
        " WHERE id {match}",
        ids,
    )
    for sid, text, kind, normalised, first, last in rows:
        index.statements[sid] = StatementState.build(
            sid, text, kind, normalised, _date(first), _date(last)
        )
    # Speakers matter only when a statement is verified: among those sharing enough keys with
    # an item, whatever their rank (a key filling up in this batch can raise a statement's
    # rank). The others never become candidates here: a statement's keys and length change
    # only when a quotation joins it, which takes being a candidate first. So these are also
    # the only stored statements the batch can join, whose counts it changes.
    verified = {sid for item, keys in items for sid in candidates(item, keys, index, limit=None)}
    members = _members(verified.intersection(ids))
    for sid, rows_of in members.items():
        st = index.statements[sid]
        st.speakers.update(row[4] for row in rows_of if row[4] is not None)
    for source in sources:
        for sid in index.by_source.get(source, ()):
            if st := index.statements.get(sid):
                st.sources.add(source)
    return members


def _date(value: dt.date | str | None) -> dt.date | None:
    """A date column from a raw query (text if the driver does not convert it)."""
    return dt.date.fromisoformat(value) if isinstance(value, str) else value


def _load_slice(
    items: list[Item],
    previous: Iterable[int] = (),
    new_sources: bool = False,
    unsaved: dict[int, Quotation] | None = None,
) -> _Slice:
    """The part of the stored index that linking `items` can read; `previous`: statements
    the items' article had before it was extracted again (found as if still in it).
    `unsaved`: the items' quotations when they have no rows yet (their member rows are made
    from them, with their sources' stories read instead)."""
    index = Index()
    item_keys = [shingle_keys(item.tokens) for item in items]
    q = connection.ops.quote_name
    table, key, quotes = q(StatementKey._meta.db_table), q("key"), q(Quotation._meta.db_table)
    keys = sorted({k for keys in item_keys for k in keys})
    sources = {item.source for item in items}
    queries = [
        (f"SELECT {key}, statement_id FROM {table} WHERE {key} {{match}}", keys),
        (_members_sql("id"), [item.id for item in items])
        if unsaved is None
        else (
            f"SELECT id, story_id FROM {q(Source._meta.db_table)} WHERE id {{match}}",
            sorted(sources),
        ),
    ]
    if not new_sources:  # sources stored in this very transaction have no linked quotations
        queries.append(
            (
                f"SELECT DISTINCT source_id, statement_id FROM {quotes} WHERE source_id"
                " {match} AND statement_id IS NOT NULL AND NOT not_a_quote",
                sorted(sources),
            )
        )
    with connection.cursor() as cursor:
        postings, own, *same_source = backend().select_many(cursor, queries)
    for k, sid in postings:
        index.load(k, sid)
    # The statements each item will verify (same ranking as the Linker's).
    wanted = {sid for keys in item_keys for sid in top_ranked(shared_keys(keys, index.postings))}
    pairs = same_source[0] if same_source else []
    if len(sources) == 1:
        pairs += [(next(iter(sources)), sid) for sid in previous]
    for source, sid in pairs:
        index.by_source[source].add(sid)
        wanted.add(sid)
    members = _load_statements(index, wanted, sources, list(zip(items, item_keys, strict=True)))
    if unsaved is not None:
        story = dict(own)
        own = [
            (qid, q.published, story.get(q.source_id), q.source_id, q.speaker_id, q.confidence,
             q.attribution_status)
            for qid, q in unsaved.items()
        ]
    return _Slice(index, members, {row[0]: row[1:] for row in own})


def _items(quotations: Iterable[Quotation]) -> list[Item]:
    return [
        Item.build(q.pk, q.text, q.speaker_id, q.source_id, q.published)
        for q in sorted(quotations, key=lambda q: q.pk)
        if not q.not_a_quote and not q.statement_locked and q.statement_id is None
    ]


def link_quotations(
    quotations: list[Quotation],
    previous: Iterable[int] = (),
    *,
    new_sources: bool = False,
    unsaved: bool = False,
) -> None:
    """Link newly saved quotations to stored statements (or start new ones). `previous`:
    the statements of the article's quotations replaced by these (reprocessing).
    `unsaved`: the quotations have ids (`bulk.reserve_ids`) but no rows yet; their rows
    are written here, with their statements (an insert, not an insert and an update).

    Skips quotations flagged as not a quote, locked by an editor or already linked. Sets
    `statement_id` on the objects passed in, as well as in the database. Five round trips to
    the database for an article (four on a new source), whatever the size of the store.
    """
    items = _items(quotations)
    if not items:
        if unsaved:
            backend().create(Quotation, quotations)
        return
    # No savepoint: the callers' transaction is undone whole if this fails (two round trips
    # fewer per article).
    with transaction.atomic(savepoint=False):
        read = _load_slice(
            items, previous, new_sources, {q.pk: q for q in quotations} if unsaved else None
        )
        counter = itertools.count(_TEMP_ID_BASE)
        linker = Linker(read.index, lambda: next(counter))
        for item in items:
            linker.link(item)
        _save_batch(read, quotations, unsaved)


def _tallies(read: _Slice) -> dict[int, Tally]:
    """The touched statements' counts: their stored members (as read before linking) and the
    batch's quotations that joined them, the same rows a read after the writes would give."""
    index = read.index
    touched = {sid for _, sid in index.assigned} | index.changed
    stored = {sid for sid in touched if sid < _TEMP_ID_BASE}
    # Not expected (see _load_statements), but counts must never be partial.
    read.members.update(_members(stored - read.members.keys()))
    tallies: dict[int, Tally] = {}
    for sid in stored:
        for row in read.members[sid]:
            fold(tallies, row)
    for qid, sid in index.assigned:
        fold(tallies, (sid, *read.items[qid]))
    return tallies


def _save_batch(read: _Slice, quotations: list[Quotation], unsaved: bool = False) -> None:
    """Write what one incremental run changed: the new statements with their counts, then
    the postings, the quotations' statements and the touched statements' counts and texts
    sent together (one round trip on PostgreSQL). `unsaved`: the quotations' rows are
    written here, with their statements (`link_quotations`)."""
    index = read.index
    tallies = _tallies(read)
    now = timezone.now()
    by_pk = {q.pk: q for q in quotations}
    created = [index.statements[sid] for sid in index.created]
    with connection.cursor() as cursor:
        ids = created and backend().insert_returning(
            cursor,
            Statement,
            ["text", "kind", "normalised", *_STAT_FIELDS, "created_at"],
            [
                (
                    st.text,
                    st.kind,
                    " ".join(st.tokens),
                    *stat_values(tallies.get(st.id), now),
                    connection.ops.adapt_datetimefield_value(now),
                )
                for st in created
            ],
        )
    real = {st.id: rid for st, rid in zip(created, ids, strict=True)}
    for st in created:
        st.id = real[st.id]
    for qid, sid in index.assigned:
        by_pk[qid].statement_id = real.get(sid, sid)
    if unsaved:  # one insert with the statements set, not an insert and an update
        backend().create(Quotation, quotations)
    # Each touched stored statement with its text: one UPDATE for them all.
    touched = sorted(({sid for _, sid in index.assigned} | index.changed) - real.keys())
    with connection.cursor() as cursor, backend().pipeline(cursor):
        _write_postings(index, real, cursor)
        if not unsaved:
            _update(
                Quotation,
                ["statement_id"],
                [(by_pk[qid].statement_id, qid) for qid, _ in index.assigned],
                cursor,
            )
        _update(
            Statement,
            [*_STAT_FIELDS, "text", "kind", "normalised"],
            [
                (
                    *stat_values(tallies.get(sid), now),
                    st.text,
                    st.kind,
                    " ".join(st.tokens),
                    sid,
                )
                for sid in touched
                for st in (index.statements[sid],)
            ],
            cursor,
        )


def _write_postings(index: Index, real: dict[int, int] | None = None, cursor=None) -> None:
    """Store new postings; a key that became full keeps one FULL_MARK posting instead."""
    real = real or {}
    q = connection.ops.quote_name
    table, key = q(StatementKey._meta.db_table), q("key")
    filled = index.filled
    rows = [(k, real.get(sid, sid)) for k, sid in index.new_postings if k not in filled]
    rows += [(k, FULL_MARK) for k in sorted(filled)]
    with connection.cursor() if cursor is None else nullcontext(cursor) as cursor:
        for chunk in itertools.batched(sorted(filled), _IN_CHUNK):
            marks = ", ".join(["%s"] * len(chunk))
            cursor.execute(f"DELETE FROM {table} WHERE {key} IN ({marks})", chunk)
        if rows:
            backend().insert_new_pairs(cursor, table, ["key", "statement_id"], rows)


_STAT_FIELDS = [
    "quotation_count",
    "story_count",
    "first_date",
    "last_date",
    "has_conflict",
    "updated_at",
]


def fold(tallies: dict[int, Tally], row: tuple) -> None:
    """Count one member row (statement, published, story, source, speaker, confidence,
    attribution status: `_MEMBERS`) into its statement's tally."""
    sid, published, story, source, speaker, confidence, status = row
    tally = tallies.get(sid)
    if tally is None:
        tally = tallies[sid] = Tally()
    tally.add(
        _date(published),
        story_of(story, source),
        speaker,
        is_confident(confidence, status != Quotation.Status.AUTO),
    )


def stat_values(tally: Tally | None, now: dt.datetime) -> list:
    """A tally as the values of _STAT_FIELDS, adapted for a raw UPDATE."""
    ops = connection.ops
    n, stories, first, last, conflict = (tally or Tally()).row()
    return [
        n,
        stories,
        ops.adapt_datefield_value(first),
        ops.adapt_datefield_value(last),
        conflict,
        ops.adapt_datetimefield_value(now),
    ]


def recount_statements(ids: set[int]) -> None:
    """Count quotations, stories, dates and conflicts of these statements again from their
    members."""
    now = timezone.now()
    for chunk in itertools.batched(sorted(ids), _IN_CHUNK):
        tallies: dict[int, Tally] = {}
        for rows in _members(chunk).values():
            for row in rows:
                fold(tallies, row)
        rows = [(*stat_values(tallies.get(sid), now), sid) for sid in chunk]
        _update(Statement, _STAT_FIELDS, rows)


def refresh_all_stats() -> None:
    """Count every statement again (after articles were regrouped into stories)."""
    recount_statements(set(Statement.objects.values_list("pk", flat=True)))


def _update(model, columns: list[str], rows: list[tuple], cursor=None) -> None:
    """UPDATE rows by id: (values..., id) per row. The ORM's bulk_update builds CASE
    expressions that cost more than the whole of linking an article (tracker.bulk)."""
    if rows:
        with connection.cursor() if cursor is None else nullcontext(cursor) as cursor:
            backend().update_rows(cursor, model, columns, rows)


@writes
def refresh_statements(ids: Iterable[int | None]) -> None:
    """After members changed by hand or by reprocessing: display text, counts, dates, conflict.

    An utterance's display text becomes its fullest remaining variant (new keys are posted for
    it); a statement left with no quotation is deleted (undo makes it again, see
    `restore_statement`): no empty statement outlives the transaction that emptied it.
    """
    wanted = {pk for pk in ids if pk is not None}
    if not wanted:
        return
    # Back again (undo): its id is its own, not a redirect.
    StatementRedirect.objects.filter(old_id__in=wanted).delete()
    for sid, kind, text in Statement.objects.filter(pk__in=wanted).values_list(
        "pk", "kind", "text"
    ):
        if kind != UTTERANCE:
            continue
        members = Quotation.objects.live().filter(statement_id=sid).order_by("pk")
        fullest = display.fullest(members.values_list("text", flat=True).iterator())
        if fullest is not None and fullest != text:
            words = " ".join(normalise(fullest).tokens)
            Statement.objects.filter(pk=sid).update(text=fullest, normalised=words)
            _post_keys(sid, shingle_keys(normalise(fullest).tokens))
    recount_statements(wanted)
    drop_empty(wanted)


def drop_empty(ids: Iterable[int]) -> None:
    """Delete those of these statements no quotation counts for (and their keys)."""
    empty = list(
        Statement.objects.filter(pk__in=list(ids), quotation_count=0).values_list("pk", flat=True)
    )
    if empty:
        StatementKey.objects.filter(statement_id__in=empty).delete()
        Quotation.objects.filter(statement_id__in=empty).update(statement=None)
        Statement.objects.filter(pk__in=empty).delete()


def retire(old_ids: Iterable[int], new_id: int) -> None:
    """Statements `old_ids` are no more: their URLs, and those that led to them, lead to
    `new_id` from now on."""
    retire_many(dict.fromkeys(old_ids, new_id))


def retire_many(successors: dict[int, int]) -> None:
    """retire() for many old ids at once: old id -> the statement that took over."""
    successors = {old: new for old, new in successors.items() if old != new}
    if not successors:
        return
    for chunk in itertools.batched(sorted(successors), _IN_CHUNK):
        pointing = StatementRedirect.objects.filter(statement_id__in=chunk)
        for old, target in list(pointing.values_list("old_id", "statement_id")):
            StatementRedirect.objects.filter(old_id=old).update(statement_id=successors[target])
        StatementRedirect.objects.filter(old_id__in=chunk).delete()
    StatementRedirect.objects.bulk_create(
        [StatementRedirect(old_id=old, statement_id=new) for old, new in successors.items()],
        batch_size=2000,
    )


def successor(pk: int) -> Statement | None:
    """The statement that took over a statement id that is no more, if any."""
    seen = set()
    while pk not in seen:
        seen.add(pk)
        new = StatementRedirect.objects.filter(old_id=pk).values_list("statement_id", flat=True)
        pk = new.first()
        if pk is None:
            return None
        if statement := Statement.objects.filter(pk=pk).first():
            return statement
    return None


def restore_statement(pk: int) -> bool:
    """Make the row of a statement deleted when it emptied again, under its own id, so undo
    can put its quotations back (refresh_statements fills in its text and counts). False if
    the id was taken over by another statement (a merge or a rebuild): undo cannot refill it."""
    if Statement.objects.filter(pk=pk).exists():
        return True
    if StatementRedirect.objects.filter(old_id=pk).exists():
        return False
    Statement.objects.create(pk=pk, text="")
    return True


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


@writes
def link_manually(quotation: Quotation, statement: Statement | None) -> None:
    """An editor puts `quotation` in `statement`, or takes it out of its own (None);
    relinking will never move it.

    The statement's current members are locked too: the editor said "these belong together",
    and a rebuild must not take the statement away from under the quotation.
    """
    if statement is not None:
        Quotation.objects.filter(statement=statement).update(statement_locked=True)
    old = quotation.statement_id
    quotation.statement = statement
    quotation.statement_locked = True
    quotation.save(update_fields=["statement", "statement_locked"])
    refresh_statements([old, statement.pk if statement else None])


@writes
def merge_statements(keep: Statement, other: Statement) -> None:
    """`other`'s quotations join `keep`, locked so relinking keeps them together."""
    if keep.pk == other.pk:
        return
    Quotation.objects.filter(statement=keep).update(statement_locked=True)
    Quotation.objects.filter(statement=other).update(statement=keep, statement_locked=True)
    StatementKey.objects.filter(statement=other).delete()
    retire([other.pk], keep.pk)
    other.delete()
    refresh_statements([keep.pk])


def relink_all(progress: bool = True) -> RelinkResult:
    """Rebuild every statement from scratch, keeping editors' links and unlinks."""
    from tracker.services.relink import rebuild, wait_freed

    started = time.perf_counter()
    result = rebuild(progress=progress)
    wait_freed()  # freed while the transaction committed (see relink._free_later)
    # Counted after the commit, which checks a million foreign keys on a big store.
    return dataclasses.replace(result, seconds=time.perf_counter() - started)
