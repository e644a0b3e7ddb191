"""Bulk SQL for the writes too large for the ORM (a relink rewrites a million rows): one
module per database with the same functions, chosen by the connection's vendor.

- `insert(cursor, table, columns, rows)`: rows into a table (COPY / executemany).
- `refill_keys(cursor, table, pairs, index)`: empty key table refilled with (key, statement)
  pairs, its indexes built once afterwards.
- `Assigner(cursor, table, column)`: set `column` for (row id, value) pairs in steps while
  the caller works (`send`, `wait` before using the connection, `finish`); on PostgreSQL the
  server writes meanwhile.
- `reset_sequence(cursor, table)`: the next id after the largest one written by hand.
- `select_in(cursor, sql, values)`: a SELECT testing a column against many values.
- `select_many(cursor, [(sql, values), ...])`: several such SELECTs, sent together.
- `pipeline(cursor)`: statements executed inside are sent together (one round trip on
  PostgreSQL), their errors raised at the end of the block.
- `insert_new_pairs(cursor, table, columns, pairs)`: integer pairs, those stored skipped.
- `insert_returning(cursor, model, columns, rows)`: rows into a model's table, their new ids.
- `update_rows(cursor, model, columns, rows)`: UPDATE by id, (values..., id) per row.
- `reserve_ids(model, objs)`: ids for new instances before their rows are written (so
  what refers to them can be worked out first), their foreign keys bound.
- `create(model, objs)`: `bulk_create` of new model instances, ids reserved for those
  without (PostgreSQL: ids drawn from the sequence in one query, the rows COPYed; no SQL
  built per row).

Tested on both databases by tests/test_bulk.py.
"""

from __future__ import annotations

from types import ModuleType

from django.db import connection


def backend() -> ModuleType:
    """The module for the default connection's database."""
    if connection.vendor == "postgresql":
        from tracker.bulk import postgresql

        return postgresql
    from tracker.bulk import sqlite

    return sqlite


def bind_related(model, objs: list) -> None:
    """Set each foreign key column of new instances whose related object was saved after it
    was assigned (as bulk_create does), the object staying cached on the instance."""
    for field in model._meta.concrete_fields:
        if not field.is_relation:
            continue
        name = field.attname
        for obj in objs:
            if obj.__dict__[name] is None:
                related = field.get_cached_value(obj, None)
                if related is not None:
                    obj.__dict__[name] = related.pk
