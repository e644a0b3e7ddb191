"""Which watches a new article meets: its quotations only, two queries whatever the database.

One query reads the article's quotations, one reads the watches filed under the anchors they
offer (an index on Watch.anchor); each candidate is then checked in full in Python. Neither
step reads older quotations, so the cost follows the article and the watches it can meet.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass
from datetime import date

from django.db import connection

from tracker.models import Quotation, Source, Watch
from tracker.services.watch_terms import Offer, Want, anchor_key, normalise_outlet, topic_words

WATCH_FIELDS = (
    "id", "user_id", "kind", "label", "speaker_id", "statement_id", "outlet", "query",
    "start", "end", "cadence", "by_email", "by_webhook", "phrase",
)  # fmt: skip


@dataclass(frozen=True)
class Hit:
    """A watch met by one quotation."""

    watch: dict
    quotation_id: int


def want_from(row: dict) -> Want:
    return Want(
        speaker_id=row["speaker_id"],
        statement_id=row["statement_id"],
        outlet=normalise_outlet(row["outlet"]),
        words=tuple(topic_words(row["query"])),
        start=row["start"],
        end=row["end"],
        phrase=tuple(row["phrase"].split()),
    )


def match_offers(offers: dict[int, Offer], watches: list[dict]) -> list[Hit]:
    """Every (watch, quotation) pair that meets. Each watch is checked only against the
    quotations that offer its anchor: a watch must meet its anchor to meet anything."""
    by_anchor: dict[str, list[int]] = defaultdict(list)
    for qid, offer in offers.items():
        for anchor in offer.anchors:
            by_anchor[anchor].append(qid)
    hits = []
    for row in watches:
        want = want_from(row)
        hits.extend(
            Hit(row, qid) for qid in by_anchor.get(want.anchor(), ()) if want.matches(offers[qid])
        )
    return hits


def _date(value: date | str | None) -> date | None:
    """SQLite hands dates back as text to plain SQL."""
    return date.fromisoformat(value) if isinstance(value, str) else value


def _filed_under(keys: list[int]) -> list[dict]:
    """The watches filed under any of these anchor keys, as dicts of WATCH_FIELDS.

    Plain SQL: the ORM's per-parameter work was a third of the whole match's CPU time."""
    columns = ", ".join(connection.ops.quote_name(name) for name in WATCH_FIELDS)
    marks = ", ".join(["%s"] * len(keys))
    sql = f"SELECT {columns} FROM {Watch._meta.db_table} WHERE anchor IN ({marks})"
    with connection.cursor() as cursor:
        cursor.execute(sql, keys)
        rows = cursor.fetchall()
    watches = []
    for row in rows:
        watch = dict(zip(WATCH_FIELDS, row, strict=True))
        watch["start"], watch["end"] = _date(watch["start"]), _date(watch["end"])
        watches.append(watch)
    return watches


def offers_of_source(source_id: int) -> dict[int, Offer]:
    """What each of the article's quotations offers (plain SQL, like _filed_under)."""
    sql = (
        f"SELECT q.id, q.text, q.speaker_id, q.statement_id, s.outlet, q.published"
        f" FROM {Quotation._meta.db_table} q JOIN {Source._meta.db_table} s"
        f" ON s.id = q.source_id WHERE q.source_id = %s AND q.not_a_quote = %s"
        f" ORDER BY q.start"
    )
    with connection.cursor() as cursor:
        cursor.execute(sql, [source_id, False])
        rows = cursor.fetchall()
    return {
        qid: Offer.of(text, speaker_id, statement_id, outlet, _date(published))
        for qid, text, speaker_id, statement_id, outlet, published in rows
    }


def match_source(source_id: int) -> dict[int, list[Hit]]:
    """The hits of one article's quotations, by user id."""
    offers = offers_of_source(source_id)
    anchors = set().union(*(offer.anchors for offer in offers.values()))
    if not anchors:
        return {}
    watches = _filed_under([anchor_key(anchor) for anchor in anchors])
    by_user: dict[int, list[Hit]] = defaultdict(list)
    for hit in match_offers(offers, watches):
        by_user[hit.watch["user_id"]].append(hit)
    return dict(by_user)
