"""Rebuild all statements: stream quotations in id order through the Linker, bulk-write.

Ingestion links article by article in id order; running the same Linker over every quotation
in id order gives the same statements. Writes go through tracker.bulk (COPY on PostgreSQL,
executemany on SQLite), because a million quotations are too many for the ORM.
"""

from __future__ import annotations

import dataclasses
import itertools
import multiprocessing
import os
import threading
import time
from collections.abc import Iterable, Iterator
from concurrent.futures import Future, ProcessPoolExecutor
from dataclasses import dataclass

from django.db import connection
from django.db.models import Max
from django.utils import timezone
from tqdm import tqdm

from tracker.bulk import backend
from tracker.gc_pause import collector_paused
from tracker.linking.grouping import (
    UTTERANCE,
    Index,
    Item,
    Linker,
    StatementState,
    ordinal,
    prepare,
)
from tracker.linking.stats import Tally, is_confident, story_of
from tracker.models import (
    Quotation,
    Rebuild,
    Source,
    Statement,
    StatementKey,
    StatementRedirect,
)
from tracker.services.generation import writes
from tracker.services.linking import recount_statements, retire_many

_KEY_INDEX = "statementkey_statement_idx"  # see StatementKey.Meta


@dataclass(frozen=True)
class RelinkResult:
    quotations: int
    statements: int
    talking_points: int
    conflicts: int
    seconds: float
    write_seconds: float  # of which spent writing statements, keys and memberships


_PAGE = 10_000
# Below this many quotations a helper process costs more than it saves.
_PARALLEL_FROM = 50_000


def _pages(assigner, assigned: list[tuple[int, int]]) -> Iterator[list[tuple]]:
    """Every linkable quotation in id order, a page at a time (keyset pagination). After each
    read the quotations linked so far (`assigned`) are written by `assigner` while the next
    page is linked; it is waited for before the next read."""
    last = 0
    fields = ("pk", "text", "speaker_id", "source_id", "published", "statement_id")
    while True:
        assigner.wait()
        page = Quotation.objects.live().filter(pk__gt=last).order_by("pk")
        more = ("statement_locked", "confidence", "attribution_status")
        rows = list(page.values_list(*fields, *more)[:_PAGE])
        assigner.send(assigned)
        if not rows:
            return
        yield rows
        last = rows[-1][0]


def _prepared(
    total: int, pages: Iterator[list[tuple]]
) -> Iterator[tuple[tuple, tuple[str, ...], list[int]]]:
    """(row, tokens, keys) in id order. On a big store a helper process normalises the next
    page while this one links the current page: normalising is a third of the work."""
    if total < _PARALLEL_FROM or (os.cpu_count() or 1) < 2:
        for page in pages:
            for row, (words, keys) in zip(page, prepare([r[1] for r in page]), strict=True):
                yield row, words, keys
        return
    with ProcessPoolExecutor(1, mp_context=multiprocessing.get_context("spawn")) as pool:
        pending: tuple[list[tuple], Future] | None = None
        for page in pages:
            future = pool.submit(prepare, [r[1] for r in page])
            if pending:
                yield from _zip(*pending)
            pending = (page, future)
        if pending:
            yield from _zip(*pending)


def _zip(page: list[tuple], future: Future) -> Iterator[tuple[tuple, tuple[str, ...], list[int]]]:
    for row, (words, keys) in zip(page, future.result(), strict=True):
        yield row, words, keys


class _Ids:
    """Statement ids for a rebuild. A new statement takes the id its first quotation had, if
    no other statement took it (so a statement whose quotations stay together keeps its id
    and its URL); otherwise a fresh id after every old one, so a stale link never lands on
    another statement."""

    def __init__(self, fresh: Iterator[int], anchored: set[int]) -> None:
        self.fresh = fresh
        self.taken = set(anchored)
        self.wanted: int | None = None  # the old statement of the quotation being linked
        self.moved: dict[int, int] = {}  # old id -> first new statement its quotations joined

    def new(self) -> int:
        wanted = self.wanted
        if wanted is not None and wanted not in self.taken:
            self.taken.add(wanted)
            return wanted
        return next(self.fresh)


def _redirect(ids: _Ids, index: Index) -> None:
    """Old ids no statement kept lead to the statement their first quotation joined."""
    stmt = connection.ops.quote_name(Statement._meta.db_table)
    table = connection.ops.quote_name(StatementRedirect._meta.db_table)
    with connection.cursor() as cursor:
        # An id that is a statement again is no redirect.
        cursor.execute(f"DELETE FROM {table} WHERE old_id IN (SELECT id FROM {stmt})")
    retire_many(
        {
            old: sid
            for old, sid in ids.moved.items()
            if old not in ids.taken and sid in index.statements
        }
    )


@writes
def rebuild(progress: bool = True) -> RelinkResult:
    """Quotations an editor linked keep their statement (and its id); those an editor unlinked
    stay unlinked; the rest are linked in id order exactly as ingestion would link them."""
    started = time.perf_counter()
    anchored = set(
        Quotation.objects.filter(statement_locked=True)
        .exclude(statement=None)
        .values_list("statement_id", flat=True)
    )
    total = Quotation.objects.live().count()
    # New ids continue after the old ones: a stale link never lands on another statement.
    ids = _Ids(itertools.count((Statement.objects.aggregate(m=Max("pk"))["m"] or 0) + 1), anchored)
    _clear()
    index = Index(record_postings=False)
    linker = Linker(index, ids.new)
    for sid, text in Statement.objects.filter(pk__in=anchored).values_list("pk", "text"):
        index.statements[sid] = StatementState(sid, text, ())
    tallies: dict[int, Tally] = {}
    story_of_source = dict(Source.objects.exclude(story=None).values_list("pk", "story_id"))
    _, _, quotes = _tables()
    # The collector stays paused while writing too: the writes make millions of short-lived
    # objects next to the index's millions of long-lived ones.
    with (
        collector_paused(),  # a rebuild's millions of objects live until it ends
        connection.cursor() as cursor,
        backend().Assigner(cursor, quotes, "statement_id") as out,
    ):
        pages = _prepared(total, _pages(out, index.assigned))
        rows = tqdm(pages, total=total, disable=not progress, unit="quote", desc="Linking")
        _link_all(rows, linker, ids, tallies, story_of_source)
        writing = time.perf_counter()
        _write(index, tallies, anchored, out)
        del pages, rows
    _redirect(ids, index)
    writing = time.perf_counter() - writing
    result = RelinkResult(
        quotations=len(index.assigned),
        statements=len(tallies),
        talking_points=sum(1 for sid in tallies if index.statements[sid].kind != UTTERANCE),
        conflicts=sum(1 for tally in tallies.values() if tally.conflict),
        seconds=time.perf_counter() - started,
        write_seconds=writing,
    )
    # Every statement was renumbered: cached pages and results start afresh.
    Rebuild.objects.create(kind=Rebuild.Kind.RELINK, summary=dataclasses.asdict(result))
    garbage = [
        index.postings,
        index.statements,
        index.by_source,
        index.assigned,
        tallies,
        story_of_source,
        ids.taken,
        ids.moved,
        [index, linker, ids],
    ]
    del index, linker, ids, tallies, story_of_source
    _free_later(garbage)
    return result


_freeing: list[threading.Thread] = []
_FREE_STEP = 20_000


def _drain(containers: list) -> None:
    """Empty each container a step at a time: between steps the interpreter can hand the
    lock over to the thread that commits (one clear() of millions would hold it to the end)."""
    for container in containers:
        if isinstance(container, list):
            while container:
                del container[-_FREE_STEP:]
        else:  # a dict or a set
            pop = container.popitem if isinstance(container, dict) else container.pop
            while container:
                for _ in range(min(_FREE_STEP, len(container))):
                    pop()
    containers.clear()


def _free_later(garbage: list) -> None:
    """Drop the last references to a rebuild's structures on a thread. Freeing the objects
    of a million quotations takes seconds of this process; on a thread they are freed while
    the server commits (and checks a million foreign keys) instead of before. `wait_freed`
    joins it; the list must hold the only references left."""
    thread = threading.Thread(target=_drain, args=(garbage,), name="relink-free", daemon=True)
    _freeing.append(thread)
    thread.start()


def wait_freed() -> None:
    """Wait until the structures of finished rebuilds are freed."""
    while _freeing:
        _freeing.pop().join()


def _link_all(
    rows: Iterable[tuple[tuple, tuple[str, ...], list[int]]],
    linker: Linker,
    ids: _Ids,
    tallies: dict[int, Tally],
    story_of_source: dict[int, int],
) -> None:
    """Link (or place) every quotation in id order and count it into its statement's tally."""
    auto = Quotation.Status.AUTO
    with collector_paused():
        for row, words, keys in rows:
            qid, text, speaker, source, published, statement, locked, confidence, status = row
            item = Item(qid, text, words, speaker, source, ordinal(published))
            if not locked:
                ids.wanted = statement
                sid = linker.link(item, keys)
                if statement is not None and statement != sid:
                    ids.moved.setdefault(statement, sid)
            elif statement is not None:
                linker.place(item, statement)
                sid = statement
            else:
                continue
            tally = tallies.get(sid)
            if tally is None:
                tally = tallies[sid] = Tally()
            tally.add(
                published,
                story_of(story_of_source.get(source), source),
                speaker,
                is_confident(confidence, status != auto),
            )


def _tables() -> tuple[str, str, str]:
    q = connection.ops.quote_name
    return (
        q(Statement._meta.db_table),
        q(StatementKey._meta.db_table),
        q(Quotation._meta.db_table),
    )


def _clear() -> None:
    """Drop every statement no editor decision holds."""
    stmt, keys, quotes = _tables()
    # Unlocked quotations keep pointing at deleted statements until _write gives every one of
    # them its new statement: the foreign key is checked at commit, and one pass over a million
    # rows is cheaper than two. Only those flagged as not a quote are unlinked here.
    with connection.cursor() as cursor:
        cursor.execute(f"DELETE FROM {keys}")
        cursor.execute(
            f"UPDATE {quotes} SET statement_id = NULL"
            " WHERE statement_id IS NOT NULL AND not_a_quote AND NOT statement_locked"
        )
        cursor.execute(
            f"DELETE FROM {stmt} WHERE id NOT IN (SELECT statement_id FROM {quotes}"
            " WHERE statement_locked AND statement_id IS NOT NULL)"
        )


def _write(index: Index, tallies: dict[int, Tally], anchored: set[int], assigner) -> None:
    """Bulk-write the rebuilt statements, their keys and every quotation's statement (those
    `assigner` has not written while linking)."""
    now = timezone.now()
    stmt, keys, quotes = _tables()
    new_rows = (
        (
            sid,
            st.text,
            " ".join(st.tokens),
            st.kind,
            *(tallies.get(sid) or Tally()).row(),
            now,
            now,
        )
        for sid in index.created
        for st in (index.statements[sid],)
    )
    columns = [
        "id",
        "text",
        "normalised",
        "kind",
        "quotation_count",
        "story_count",
        "first_date",
        "last_date",
        "has_conflict",
        "created_at",
        "updated_at",
    ]
    bulk = backend()
    with connection.cursor() as cursor:
        bulk.insert(cursor, stmt, columns, new_rows)
        bulk.refill_keys(cursor, keys, index.all_postings(), _KEY_INDEX)
        assigner.finish(index.assigned)
        bulk.reset_sequence(cursor, stmt)
    for sid in anchored:
        st = index.statements.get(sid)
        if st is not None and st.tokens:
            Statement.objects.filter(pk=sid).update(
                text=st.text, kind=st.kind, normalised=" ".join(st.tokens)
            )
    recount_statements(anchored)
