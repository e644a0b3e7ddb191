"""Locks that let any number of workers share one database.

PostgreSQL: every ingest transaction (an article or a batch) takes
- first, the store lock in shared mode (relink and reprocess hold it exclusively for as long
  as they run, so an ingest waits for them, and they wait for the articles being stored to
  commit);
- once its articles are inserted and its speakers decided from a read, an exclusive lock per
  name it creates (a new speaker's name, family and slug, a new alias, a new role of a stored
  speaker; `SpeakerBook.lock_keys`), in one statement and in sorted order, so two workers
  never make the same speaker twice; a batch that only finds stored speakers takes none
  (what it read stays true: ingest deletes no speaker, and counts roles relatively);
- then the link lock: stories, role counts, inserting quotations and linking them (reading
  the statement index, writing new statements, keys and counts) is one short section at a
  time, followed by the commit, so a reprint finds its original's story, two workers storing
  the same quote make one statement (the second sees the first's), and quotation ids are
  committed in increasing order (cached pages catch up from the newest id they saw).
Extraction, speaker decisions and inserts run in parallel; only the last section takes turns.
Advisory locks live only in memory, never block readers, and go with the transaction.
SQLite has a single writer (transactions begin IMMEDIATE), which serialises the same way.

Deadlocks and lock timeouts that still happen are retried with backoff (`retrying`).
"""

from __future__ import annotations

import hashlib
import random
import time
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
from typing import TypeVar

from django.db import OperationalError, connection

# Two-int advisory keys live apart from the one-bigint keys used for buckets and names.
_STORE_LOCK = (0x5154, 1)  # "QT", 1
_LINK_LOCK = (0x5154, 2)
_NAMES_LOCK = (0x5154, 3)
# A batch naming more speakers than this locks all names at once instead.
_MAX_LOCKS = 1000

ATTEMPTS = 6
T = TypeVar("T")


def name_lock_id(normalised_name: str) -> int:
    digest = hashlib.blake2b(normalised_name.encode(), digest_size=8).digest()
    return int.from_bytes(digest, "big", signed=True)


def lock_store() -> None:
    """First in an ingest transaction: wait for relink/reprocess (the store lock, shared)."""
    if connection.vendor != "postgresql":
        return
    with connection.cursor() as cursor:
        cursor.execute("SELECT pg_advisory_xact_lock_shared(%s, %s)", _STORE_LOCK)


def lock_article(ids: Iterable[int], shared: Iterable[int] = ()) -> None:
    """In an ingest transaction, for the names it creates: wait for relink/reprocess (again,
    if `lock_store` came first), then take the name locks, `ids` exclusive and `shared`
    shared (one statement, in key order, so workers taking them once cannot deadlock on
    them; a batch decided again may take more, and a deadlock then is retried like any
    other)."""
    if connection.vendor != "postgresql":
        return
    modes = dict.fromkeys(shared, False) | dict.fromkeys(ids, True)  # key -> exclusive
    wanted = sorted(modes)
    with connection.cursor() as cursor:
        if len(wanted) > _MAX_LOCKS:
            cursor.execute(
                "SELECT pg_advisory_xact_lock_shared(%s, %s), pg_advisory_xact_lock(%s, %s)",
                [*_STORE_LOCK, *_NAMES_LOCK],
            )
            return
        cursor.execute(
            "SELECT pg_advisory_xact_lock_shared(%s, %s),"
            " pg_advisory_xact_lock_shared(%s, %s),"
            " (SELECT count(CASE WHEN x THEN pg_advisory_xact_lock(k)"
            "   ELSE pg_advisory_xact_lock_shared(k) END)"
            "  FROM (SELECT * FROM unnest(%s::bigint[], %s::boolean[]) AS u(k, x)"
            "   ORDER BY 1) AS s)",
            [*_STORE_LOCK, *_NAMES_LOCK, wanted, [modes[k] for k in wanted]],
        )


def lock_linking() -> None:
    """Before an ingest inserts and links its quotations: one at a time until commit."""
    if connection.vendor != "postgresql":
        return
    with connection.cursor() as cursor:
        cursor.execute("SELECT pg_advisory_xact_lock(%s, %s)", _LINK_LOCK)


@contextmanager
def exclusive_store() -> Iterator[None]:
    """Relink and reprocess: no article is stored while this is held (PostgreSQL; SQLite's
    single writer needs nothing)."""
    if connection.vendor != "postgresql":
        yield
        return
    with connection.cursor() as cursor:
        cursor.execute("SELECT pg_advisory_lock(%s, %s)", _STORE_LOCK)
    try:
        yield
    finally:
        with connection.cursor() as cursor:
            cursor.execute("SELECT pg_advisory_unlock(%s, %s)", _STORE_LOCK)


def is_transient(exc: BaseException) -> bool:
    """A deadlock, a serialisation failure, a lock timeout or a busy SQLite file: worth
    trying again."""
    if not isinstance(exc, OperationalError):
        return False
    cause = exc.__cause__
    sqlstate = getattr(cause, "sqlstate", None) or getattr(
        getattr(cause, "diag", None), "sqlstate", None
    )
    if sqlstate in ("40P01", "40001", "55P03"):
        return True
    return "database is locked" in str(exc) or "deadlock" in str(exc).lower()


def backoff(attempt: int) -> None:
    time.sleep(min(2.0, 0.05 * 2**attempt) * (0.5 + random.random()))  # noqa: S311


def retrying[T](action: Callable[[], T], attempts: int = ATTEMPTS) -> T:
    """Run `action` (one transaction), again after a transient failure, with backoff; the
    last failure is raised."""
    for attempt in range(attempts):
        try:
            return action()
        except OperationalError as exc:
            if not is_transient(exc) or attempt == attempts - 1:
                raise
            backoff(attempt)
    raise AssertionError("unreachable")
