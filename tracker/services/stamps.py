"""The data stamp: cached pages and results are keyed on it, so any change shows at once."""

from __future__ import annotations

from dataclasses import dataclass

from django.db import connection

from tracker.models import Correction, Quotation, Statement


@dataclass(frozen=True)
class Stamp:
    """The newest quotation, audit row and statement: any change to what pages show moves one
    of them (ingestion adds quotations, editors add audit rows, relinking renumbers statements)."""

    quotation: int | None
    correction: int | None
    statement: int | None

    def __str__(self) -> str:
        return f"{self.quotation}:{self.correction}:{self.statement}"

    @property
    def without_quotations(self) -> str:
        """What must stay the same for a cached result to be brought up to date by looking
        only at quotations added since (see tracker.services.ranked_search)."""
        return f"{self.correction}:{self.statement}"


def current_stamp() -> Stamp:
    """Three single index lookups in one round trip: it runs on every page view. Scalar
    subqueries, so each MAX stays an index lookup (one combined aggregate would scan)."""
    quote = connection.ops.quote_name
    tables = (Quotation, Correction, Statement)
    subqueries = ", ".join(
        f"(SELECT MAX({quote('id')}) FROM {quote(model._meta.db_table)})" for model in tables
    )
    with connection.cursor() as cursor:
        cursor.execute(f"SELECT {subqueries}")
        return Stamp(*cursor.fetchone())


def data_stamp() -> str:
    """Changes when anything that pages show changes (see Stamp): the key for cached data."""
    return str(current_stamp())
