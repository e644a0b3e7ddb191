"""Bulk SQL on PostgreSQL: COPY, and indexes dropped and rebuilt around big writes."""

from __future__ import annotations

import datetime as dt
import itertools
from collections.abc import Iterable
from concurrent.futures import Future, ThreadPoolExecutor
from contextlib import AbstractContextManager, ExitStack

from django.db import connection, models

from tracker.bulk import bind_related

q = connection.ops.quote_name


def insert(cursor, table: str, columns: list[str], rows: Iterable[tuple]) -> None:
    names = ", ".join(q(c) for c in columns)
    with cursor.cursor.copy(f"COPY {table} ({names}) FROM STDIN") as copy:
        for row in rows:
            copy.write_row(row)


def insert_pairs(cursor, table: str, columns: list[str], pairs: Iterable[tuple[int, int]]) -> None:
    """COPY text formatted here in big blocks: several times faster than row by row
    (integers need no escaping)."""
    names = ", ".join(q(c) for c in columns)
    with cursor.cursor.copy(f"COPY {table} ({names}) FROM STDIN") as copy:
        for block in itertools.batched(pairs, 100_000):
            copy.write("".join(f"{a}\t{b}\n" for a, b in block))


def refill_keys(cursor, table: str, pairs: Iterable[tuple[int, int]], index: str) -> None:
    """(key, statement_id) pairs into the emptied key table; its primary key is dropped and
    rebuilt after the COPY, and the statement index `index` built once at the end (only
    linking reads this table, and it waits for the rebuild anyway)."""
    cursor.execute(f"DROP INDEX IF EXISTS {index}")
    cursor.execute(
        "SELECT conname FROM pg_constraint WHERE conrelid = %s::regclass AND contype = 'p'",
        [table],
    )
    (pkey,) = cursor.fetchone()
    pkey = q(pkey)
    cursor.execute("SET LOCAL maintenance_work_mem = '256MB'")
    cursor.execute(f"ALTER TABLE {table} DROP CONSTRAINT {pkey}")
    insert_pairs(cursor, table, ["key", "statement_id"], pairs)
    cursor.execute(f"ALTER TABLE {table} ADD CONSTRAINT {pkey} PRIMARY KEY (key, statement_id)")
    cursor.execute(f"CREATE INDEX {index} ON {table} (statement_id)")


class Assigner:
    """Set `column` for (row id, value) pairs in steps, while the caller goes on working:
    `send(pairs)` starts an UPDATE of the pairs added since the last send on a worker thread
    (the server writes them while this process links the next page), `wait()` before the
    caller uses the connection again, `finish(pairs)` sends the rest and waits. The same
    transaction and connection throughout (psycopg serialises its use); the pairs are a list
    only appended to."""

    def __init__(self, cursor, table: str, column: str) -> None:
        self.connection = cursor.cursor.connection
        self.sql = (
            f"UPDATE {table} SET {q(column)} = a.value"
            " FROM unnest(string_to_array(%s, ',')::bigint[],"
            " string_to_array(%s, ',')::bigint[]) AS a(rid, value)"
            f" WHERE {table}.id = a.rid"
        )
        self.sent = 0
        self.pending: Future | None = None
        self.pool = ThreadPoolExecutor(1, thread_name_prefix="bulk-assign")

    def _update(self, pairs: list[tuple[int, int]]) -> None:
        params = [int_list(a for a, _ in pairs), int_list(b for _, b in pairs)]
        with self.connection.cursor() as cursor:
            cursor.execute(self.sql, params)

    def send(self, pairs: list[tuple[int, int]]) -> None:
        self.wait()
        new = pairs[self.sent :]
        self.sent = len(pairs)
        if new:
            self.pending = self.pool.submit(self._update, new)

    def wait(self) -> None:
        if self.pending is not None:
            pending, self.pending = self.pending, None
            pending.result()

    def finish(self, pairs: list[tuple[int, int]]) -> None:
        self.send(pairs)
        self.wait()

    def __enter__(self) -> Assigner:
        return self

    def __exit__(self, *exc) -> None:
        try:
            self.wait()
        finally:
            self.pool.shutdown()


def reset_sequence(cursor, table: str) -> None:
    name = table.strip('"')
    cursor.execute(
        f"SELECT setval(pg_get_serial_sequence('{name}', 'id'),"
        f" (SELECT COALESCE(MAX(id), 1) FROM {table}))"
    )


def int_list(values: Iterable[int]) -> str:
    """Integers as one text parameter ("1,2,3"): the driver quotes one string instead of
    adapting thousands of numbers one by one (string_to_array(...)::bigint[] reads it)."""
    return ",".join(map(str, values))


def array_literal(values: Iterable) -> str:
    """Values as one PostgreSQL array literal ('{"a","b\\"c",NULL}'), a text parameter the
    statement casts (`%s::text[]`): the driver then quotes one string, where a list parameter
    is adapted value by value in Python (psycopg's client-side binding, Django's default;
    about a sixth of ingest's driver time). Strings, numbers, booleans, dates and times,
    None; each element quoted, with backslashes and double quotes escaped.

    >>> array_literal(["a", 'say "hi"', None, "NULL", ""])
    '{"a","say \\\\"hi\\\\"",NULL,"NULL",""}'
    >>> array_literal([1, 2.5, True, dt.date(2018, 8, 4)])
    '{"1","2.5","t","2018-08-04"}'
    """
    return "{" + ",".join(map(_element, values)) + "}"


def _element(value) -> str:
    if value is None:
        return "NULL"
    if isinstance(value, str):
        text = value
    elif isinstance(value, bool):
        text = "t" if value else "f"
    elif isinstance(value, (dt.date, dt.datetime)):
        text = value.isoformat()
    elif isinstance(value, (bytes, bytearray, memoryview, list, tuple, dict)):
        raise TypeError(f"no array element for {type(value).__name__}")
    else:
        text = str(value)
    return '"' + text.replace("\\", "\\\\").replace('"', '\\"') + '"'


def select_in(cursor, sql: str, values: list) -> list[tuple]:
    """Run a SELECT whose `{match}` tests a column against `values`: one array parameter
    (= ANY), which PostgreSQL parses and plans much faster than hundreds of literals."""
    _execute_in(cursor, sql, values)
    return cursor.fetchall()


def _execute_in(cursor, sql: str, values: list) -> None:
    if all(isinstance(v, int) for v in values):
        cursor.execute(
            sql.format(match="= ANY(string_to_array(%s, ',')::bigint[])"), [int_list(values)]
        )
    elif all(isinstance(v, str) for v in values):
        cursor.execute(sql.format(match="= ANY(%s::text[])"), [array_literal(values)])
    else:
        cursor.execute(sql.format(match="= ANY(%s)"), [list(values)])


def pipeline(cursor) -> AbstractContextManager:
    """Statements executed inside are sent without waiting for each one's answer (psycopg's
    pipeline mode), and answered together when the block ends: one round trip for several
    writes. An error surfaces at the end of the block."""
    return cursor.cursor.connection.pipeline()


def select_many(cursor, queries: list[tuple[str, list]]) -> list[list[tuple]]:
    """select_in for several independent queries, sent together: one round trip."""
    with ExitStack() as stack:
        cursors = [stack.enter_context(connection.cursor()) for _ in queries]
        with pipeline(cursor):
            for each, (sql, values) in zip(cursors, queries, strict=True):
                _execute_in(each, sql, values)
        return [each.fetchall() for each in cursors]


def insert_new_pairs(cursor, table: str, columns: list[str], pairs: list[tuple[int, int]]) -> None:
    """Integer pairs, those already stored skipped: two array parameters make one statement
    for thousands of rows, instead of a round of parameter handling per row."""
    a, b = (q(c) for c in columns)
    cursor.execute(
        f"INSERT INTO {table} ({a}, {b}) SELECT * FROM unnest(string_to_array(%s, ',')::bigint[],"
        " string_to_array(%s, ',')::bigint[]) ON CONFLICT DO NOTHING",
        [int_list(x for x, _ in pairs), int_list(y for _, y in pairs)],
    )


def insert_returning(cursor, model, columns: list[str], rows: list[tuple]) -> list[int]:
    """Rows into a model's table, their new ids in the same order: one array parameter per
    column, so the statement's text is the same whatever the number of rows (the ORM's
    bulk_create costs more than the insert itself)."""
    table = q(model._meta.db_table)
    names = ", ".join(q(c) for c in columns)
    arrays = ", ".join(f"%s::{model._meta.get_field(c).db_type(connection)}[]" for c in columns)
    cursor.execute(
        f"INSERT INTO {table} ({names}) SELECT * FROM unnest({arrays}) RETURNING id",
        [array_literal(column) for column in zip(*rows, strict=True)],
    )
    return [rid for (rid,) in cursor.fetchall()]


def update_rows(cursor, model, columns: list[str], rows: list[tuple]) -> None:
    """UPDATE rows by id, (values..., id) per row: one array parameter per column, so the
    statement's text is the same whatever the number of rows (parsed once by the driver) and
    each column is adapted at once instead of value by value."""
    table = q(model._meta.db_table)
    types = [model._meta.get_field(c).db_type(connection) for c in columns]
    names = [f"c{i}" for i in range(len(columns))]
    assignments = ", ".join(f"{q(c)} = v.{n}" for c, n in zip(columns, names, strict=True))
    arrays = ", ".join(f"%s::{t}[]" for t in [*types, "bigint"])
    cursor.execute(
        f"UPDATE {table} SET {assignments} FROM unnest({arrays}) AS v({', '.join(names)}, id)"
        f" WHERE {table}.id = v.id",
        [array_literal(column) for column in zip(*rows, strict=True)],
    )


# Field classes whose attribute value COPY writes as it is (psycopg adapts it); any other
# field's value goes through the field's own get_db_prep_save.
_PLAIN = (
    models.CharField,
    models.TextField,
    models.IntegerField,  # and its subclasses
    models.BooleanField,
    models.FloatField,
    models.DateField,  # DateTimeField too
)


def _getter(field):
    """A function of an instance giving the field's value as COPY writes it."""
    name = field.attname
    if isinstance(field, _PLAIN) or field.is_relation:
        return lambda obj: obj.__dict__[name]
    return lambda obj: field.get_db_prep_save(obj.__dict__[name], connection)


def reserve_ids(model, objs: list) -> None:
    """Ids for new instances, drawn from the table's sequence in one query, increasing in
    the order given; their foreign keys bound (`bind_related`)."""
    if not objs:
        return
    meta = model._meta
    with connection.cursor() as cursor:
        cursor.execute(
            "SELECT nextval(pg_get_serial_sequence(%s, %s)) FROM generate_series(1, %s)",
            [meta.db_table, meta.pk.column, len(objs)],
        )
        ids = sorted(pk for (pk,) in cursor.fetchall())
    for pk, obj in zip(ids, objs, strict=True):
        obj.pk = pk
    bind_related(model, objs)


def create(model, objs: list) -> list:
    """`bulk_create` of new instances, for the hot paths (ingest writes thousands of rows a
    second): ids reserved for those without (`reserve_ids`), then the rows COPYed, so
    neither the ORM nor the driver builds an INSERT with a placeholder per value. Fields
    with auto_now(_add) get their value as `save` would; no signals, as with bulk_create."""
    if not objs:
        return objs
    meta = model._meta
    fields = [f for f in meta.concrete_fields if not f.primary_key]
    for f in fields:
        if isinstance(f, models.DateField) and (f.auto_now or f.auto_now_add):
            for obj in objs:
                f.pre_save(obj, add=True)
    reserve_ids(model, [obj for obj in objs if obj.pk is None])
    bind_related(model, objs)
    getters = [_getter(f) for f in fields]
    with connection.cursor() as cursor:
        insert(
            cursor,
            q(meta.db_table),
            [meta.pk.column, *(f.column for f in fields)],
            ((obj.pk, *(get(obj) for get in getters)) for obj in objs),
        )
    for obj in objs:
        obj._state.adding = False
        obj._state.db = connection.alias
    return objs
