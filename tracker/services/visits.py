"""What changed since a logged-in user's last visit to the home page.

The session keeps the newest article, quotation and audit row seen at each view. A visit is a
run of views less than VISIT_GAP apart: during it, the home page keeps comparing with the
marks from before the visit began, so reloading does not make the news vanish.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Any

from django.db.models import Max
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


def _marks() -> dict[str, int]:
    tops = {
        "source": Source.objects.aggregate(n=Max("pk"))["n"],
        "quotation": Quotation.objects.aggregate(n=Max("pk"))["n"],
        "correction": Correction.objects.aggregate(n=Max("pk"))["n"],
    }
    return {key: value or 0 for key, value in tops.items()}


def since_last_visit(session: Any, user: Any) -> SinceLastVisit | None:
    """Counts of what arrived since the previous visit (None on a first visit); three
    primary-key range counts, so it stays cheap at any size."""
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
    return SinceLastVisit(
        at=datetime.fromisoformat(baseline["at"]),
        articles=Source.objects.filter(pk__gt=baseline["source"]).count(),
        quotations=Quotation.objects.filter(pk__gt=baseline["quotation"]).count(),
        changes=Correction.objects.filter(pk__gt=baseline["correction"])
        .exclude(user=user)
        .count(),
    )
