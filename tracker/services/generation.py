"""The data generation: one number that every cached value is keyed by.

Every service that writes what pages show runs under `@writes` (or calls `bump()` itself):
once its transaction commits, the generation moves on, so every cached page, fragment and
result of the previous generation is never read again. Django's admin logs each save it makes
(LogEntry), and one signal handler bumps for those (tracker.apps). Nothing else has to leave a
trace anywhere for caches to notice a change.

The number lives in the database (one row, `DataGeneration`), not in the cache: a command run
in another process (ingest, relink) is seen at once by every web worker, whatever the cache
backend, and one primary-key read per page view is all it costs.

`rebuilt` is the generation of the last change that did more than add quotations (an editor's
change, a relink, an article extracted again, an admin edit): results brought up to date from
the new quotations alone (tracker.services.incremental) start afresh when it moves.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from dataclasses import dataclass
from functools import partial, wraps
from typing import Any, overload

from django.db import connection, transaction
from django.db.models import F

from tracker.models import DataGeneration


@dataclass(frozen=True)
class Generation:
    value: int
    rebuilt: int

    def __str__(self) -> str:
        return str(self.value)


def current() -> Generation:
    """The generation now: one primary-key read, in plain SQL (it runs on every page view,
    cached or not, so the ORM's query building is worth saving)."""
    table = connection.ops.quote_name(DataGeneration._meta.db_table)
    with connection.cursor() as cursor:
        cursor.execute(f"SELECT value, rebuilt FROM {table} WHERE id = 1")  # noqa: S608
        row = cursor.fetchone()
    return Generation(*row) if row else Generation(0, 0)


def _apply(appended_only: bool) -> None:
    changes: dict[str, Any] = {"value": F("value") + 1}
    if not appended_only:
        changes["rebuilt"] = F("value") + 1
    if not DataGeneration.objects.filter(pk=1).update(**changes):
        # The row is made by a migration; should it be gone, start from a number no earlier
        # generation held, so no value cached before can be read under it.
        start = time.time_ns() // 1000
        DataGeneration.objects.get_or_create(pk=1, defaults={"value": start, "rebuilt": start})


def bump(*, appended_only: bool = False) -> None:
    """Move the generation on once the current transaction commits (at once outside one).
    `appended_only`: this write only added quotations (and linked them), so running totals
    may be brought up to date instead of counted afresh."""
    transaction.on_commit(partial(_apply, appended_only))


@overload
def writes[**P, R](func: Callable[P, R]) -> Callable[P, R]: ...
@overload
def writes[**P, R](*, appended_only: bool = ...) -> Callable[[Callable[P, R]], Callable[P, R]]: ...


def writes(func=None, *, appended_only=False):
    """Decorate a write service: it runs in one transaction and bumps the generation when
    that commits (even if the service wrote nothing: bumping is cheap, missing one is not)."""

    def decorate(service):
        @wraps(service)
        def wrapper(*args, **kwargs):
            with transaction.atomic():
                result = service(*args, **kwargs)
                bump(appended_only=appended_only)
            return result

        return wrapper

    return decorate(func) if func is not None else decorate


def admin_saved(sender: type, **kwargs: Any) -> None:
    """Django's admin logs every save and delete it makes (LogEntry): one handler for them
    all, connected in tracker.apps."""
    bump()
