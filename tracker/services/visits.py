"""What changed since a logged-in user's last visit to the home page.

The session keeps the newest article, quotation and audit row seen at each view. A visit is a
run of views less than VISIT_GAP apart: during it, the home page keeps comparing with the
marks from before the visit began, so reloading does not make the news vanish.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Any

from django.db import connection
from django.db.models import Model
from django.utils import timezone

from tracker.models import Correction, Quotation, Source

VISIT_GAP = timedelta(minutes=30)


@dataclass(frozen=True)
class SinceLastVisit:
    at: datetime
    articles: int
    quotations: int
    changes: int  # by other editors

    @property
    def anything(self) -> bool:
        return bool(self.articles or self.quotations or self.changes)


MARKED = {"source": Source, "quotation": Quotation, "correction": Correction}


def _one_row(subqueries: list[str], params: list[Any]) -> tuple[Any, ...]:
    """Several scalar subqueries in one round trip (the home page runs this at every view)."""
    with connection.cursor() as cursor:
        cursor.execute("SELECT " + ", ".join(f"({q})" for q in subqueries), params)
        return cursor.fetchone()


def _table(model: type[Model]) -> str:
    return connection.ops.quote_name(model._meta.db_table)


def _column(model: type[Model], field: str = "pk") -> str:
    meta = model._meta
    return connection.ops.quote_name((meta.pk if field == "pk" else meta.get_field(field)).column)


def _marks() -> dict[str, int]:
    """The newest id of each table: one query of three primary-key index reads."""
    tops = _one_row(
        [f"SELECT MAX({_column(m)}) FROM {_table(m)}" for m in MARKED.values()],  # noqa: S608
        [],
    )
    return {key: value or 0 for key, value in zip(MARKED, tops, strict=True)}


def _counts(baseline: dict[str, int], user: Any) -> tuple[int, int, int]:
    """Rows added since `baseline`'s marks, and corrections among them by anyone but `user`
    (or by no one: imports), in one query of three primary-key range counts."""
    by = _column(Correction, "user")
    where = {"correction": f"AND ({by} IS NULL OR {by} <> %s)"}
    return _one_row(
        [
            f"SELECT COUNT(*) FROM {_table(m)} WHERE {_column(m)} > %s {where.get(key, '')}"  # noqa: S608
            for key, m in MARKED.items()
        ],
        [baseline["source"], baseline["quotation"], baseline["correction"], user.pk],
    )


def since_last_visit(session: Any, user: Any) -> SinceLastVisit | None:
    """Counts of what arrived since the previous visit (None on a first visit): two queries
    of primary-key index reads, so it stays cheap at any size."""
    now = timezone.now()
    marks = _marks()
    last = session.get("home_last")
    baseline = session.get("home_baseline")
    if last and now - datetime.fromisoformat(last["at"]) > VISIT_GAP:
        baseline = last  # a new visit: compare with where the previous one ended
    session["home_last"] = {"at": now.isoformat(), **marks}
    if baseline is None:
        session["home_baseline"] = None
        return None
    session["home_baseline"] = baseline
    articles, quotations, changes = _counts(baseline, user)
    return SinceLastVisit(
        at=datetime.fromisoformat(baseline["at"]),
        articles=articles,
        quotations=quotations,
        changes=changes,
    )
