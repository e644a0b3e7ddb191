"""The data stamp: cached pages and results are keyed on it, so any change shows at once."""

from __future__ import annotations

from dataclasses import dataclass

from django.contrib.admin.models import LogEntry
from django.db import connection

from tracker.models import Correction, Quotation, Rebuild


@dataclass(frozen=True)
class Stamp:
    """The newest quotation, audit row, rebuild and admin change: anything that changes what
    pages show moves one of them (ingestion adds quotations, editors add audit rows, relinking
    and reprocessing add rebuilds, Django's admin logs its changes)."""

    quotation: int | None
    correction: int | None
    rebuild: int | None
    admin: int | None

    def __str__(self) -> str:
        return f"{self.quotation}:{self.without_quotations}"

    @property
    def without_quotations(self) -> str:
        """What must stay the same for a cached result to be brought up to date by looking
        only at the quotations added since (see tracker.services.incremental)."""
        return f"{self.correction}:{self.rebuild}:{self.admin}"


def current_stamp() -> Stamp:
    """Four single index lookups in one round trip: it runs on every page view. Scalar
    subqueries, so each MAX stays an index lookup (one combined aggregate would scan)."""
    quote = connection.ops.quote_name
    tables = (Quotation, Correction, Rebuild, LogEntry)
    subqueries = ", ".join(
        f"(SELECT MAX({quote('id')}) FROM {quote(model._meta.db_table)})" for model in tables
    )
    with connection.cursor() as cursor:
        cursor.execute(f"SELECT {subqueries}")
        return Stamp(*cursor.fetchone())


def data_stamp() -> str:
    """Changes when anything that pages show changes (see Stamp): the key for cached data."""
    return str(current_stamp())
