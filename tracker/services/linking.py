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
from tracker.models import Quotation, Statement, StatementKey, StatementRedirect
from tracker.services.generation import writes

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




def _select(sql: str, values: list) -> list[tuple]:
    """Raw SELECT where `{match}` tests a column against `values`: the ORM takes longer to
    build a 400-key IN clause than the database takes to answer it (tracker.bulk)."""
    with connection.cursor() as cursor:
        return backend().select_in(cursor, sql, values)


def _load_statements(
    index: Index, ids: set[int], sources: set[int], items: list[tuple[Item, list[int]]]
) -> None:
    """Statements, and which of `sources` (the batch's) they appear in (membership in other
    sources never matters to the batch's items); their speakers only for those that one of
    `items` (with its keys) may verify."""
    ids = sorted(ids - index.statements.keys())
    q = connection.ops.quote_name
    stmt, quotes = q(Statement._meta.db_table), q(Quotation._meta.db_table)
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
    # only when a quotation joins it, which takes being a candidate first.
    verified = {sid for item, keys in items for sid in candidates(item, keys, index, limit=None)}
    verified_ids = sorted(verified.intersection(ids))
    speakers = verified_ids and _select(
        f"SELECT DISTINCT statement_id, speaker_id FROM {quotes}"
        f" WHERE statement_id {{match}} AND speaker_id IS NOT NULL AND NOT not_a_quote",
        verified_ids,
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


def _load_slice(
    items: list[Item], previous: Iterable[int] = (), new_sources: bool = False
) -> Index:
    """The part of the stored index that linking `items` can read; `previous`: statements
    the items' article had before it was extracted again (found as if still in it)."""
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
        Quotation.objects.live()
        .filter(source_id__in=sources)
        .exclude(statement=None)
        .values_list("source_id", "statement_id")
        .distinct()
    )
    # Sources stored in this very transaction have no linked quotations yet.
    pairs = [] if new_sources else list(same_source)
    if len(sources) == 1:
        pairs += [(next(iter(sources)), sid) for sid in previous]
    for source, sid in pairs:
        index.by_source[source].add(sid)
        wanted.add(sid)
    _load_statements(index, wanted, sources, list(zip(items, item_keys, strict=True)))
    return index


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
    `statement_id` on the objects passed in, as well as in the database. About ten queries
    for an article, whatever the size of the store.
    """
    items = _items(quotations)
    if not items:
        if unsaved:
            backend().create(Quotation, quotations)
        return
    # No savepoint: the callers' transaction is undone whole if this fails (two round trips
    # fewer per article).
    with transaction.atomic(savepoint=False):
        index = _load_slice(items, previous, new_sources)
        counter = itertools.count(_TEMP_ID_BASE)
        linker = Linker(index, lambda: next(counter))
        for item in items:
            linker.link(item)
        _save_batch(index, quotations, unsaved)


def _save_batch(index: Index, quotations: list[Quotation], unsaved: bool = False) -> None:
    """Write what one incremental run changed, in a handful of queries; the touched
    statements are then counted again from their members (`recount_statements`)."""
    now = timezone.now()
    by_pk = {q.pk: q for q in quotations}
    created = [index.statements[sid] for sid in index.created]
    rows = backend().create(
        Statement,
        [
            Statement(
                text=st.text,
                kind=st.kind,
                normalised=" ".join(st.tokens),
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
    if unsaved:
        backend().create(Quotation, quotations)
    else:
        _update(
            Quotation,
            ["statement_id"],
            [(by_pk[qid].statement_id, qid) for qid, _ in index.assigned],
        )
    touched = {sid for _, sid in index.assigned} | index.changed
    # Each touched statement with its text (the new ones' again): one UPDATE for them all.
    recount_statements(
        {real.get(sid, sid) for sid in touched},
        {real.get(sid, sid): index.statements[sid] for sid in touched},
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
# What the stats fold reads of each member quotation.
MEMBER_FIELDS = (
    "statement_id",
    "published",
    "source__story_id",
    "source_id",
    "speaker_id",
    "confidence",
    "attribution_status",
)


def fold(tallies: dict[int, Tally], row: tuple) -> None:
    """Count one member row (MEMBER_FIELDS) into its statement's tally."""
    sid, published, story, source, speaker, confidence, status = row
    tally = tallies.get(sid)
    if tally is None:
        tally = tallies[sid] = Tally()
    tally.add(
        published,
        story_of(story, source),
        speaker,
        is_confident(confidence, status != Quotation.Status.AUTO),
    )


def stat_values(tally: Tally | None, now) -> list:
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


def recount_statements(ids: set[int], states: dict[int, StatementState] | None = None) -> None:
    """Count quotations, stories, dates and conflicts of these statements again from their
    members, and write the display text of those in `states`."""
    now = timezone.now()
    states = states or {}
    for chunk in _chunks(sorted(ids)):
        tallies: dict[int, Tally] = {}
        members = Quotation.objects.live().filter(statement_id__in=chunk)
        for row in members.values_list(*MEMBER_FIELDS).order_by():
            fold(tallies, row)
        plain, with_text = [], []
        for sid in chunk:
            values = stat_values(tallies.get(sid), now)
            if state := states.get(sid):
                values += [state.text, state.kind, " ".join(state.tokens)]
                with_text.append((*values, sid))
            else:
                plain.append((*values, sid))
        _update(Statement, [*_STAT_FIELDS, "text", "kind", "normalised"], with_text)
        _update(Statement, _STAT_FIELDS, plain)


def refresh_all_stats() -> None:
    """Count every statement again (after articles were regrouped into stories)."""
    recount_statements(set(Statement.objects.values_list("pk", flat=True)))


def _update(model, columns: list[str], rows: list[tuple]) -> None:
    """UPDATE rows by id: (values..., id) per row. The ORM's bulk_update builds CASE
    expressions that cost more than the whole of linking an article (tracker.bulk)."""
    if rows:
        with connection.cursor() as cursor:
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
    for chunk in _chunks(sorted(successors)):
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
