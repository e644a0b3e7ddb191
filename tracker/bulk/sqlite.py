"""Bulk SQL on SQLite: executemany in chunks, indexes rebuilt once around big updates."""

from __future__ import annotations

import itertools
from collections.abc import Iterable
from contextlib import AbstractContextManager, nullcontext

from django.db import connection

from tracker.bulk import bind_related

q = connection.ops.quote_name
CHUNK = 50_000


def insert(cursor, table: str, columns: list[str], rows: Iterable[tuple]) -> None:
    names = ", ".join(q(c) for c in columns)
    marks = ", ".join(["%s"] * len(columns))
    for chunk in itertools.batched(rows, CHUNK):
        cursor.executemany(f"INSERT INTO {table} ({names}) VALUES ({marks})", chunk)


def refill_keys(cursor, table: str, pairs: Iterable[tuple[int, int]], index: str) -> None:
    """SQLite cannot drop a primary key: the rows go in key order, so its index grows at its
    end; the statement index `index` is built once at the end."""
    cursor.execute(f"DROP INDEX IF EXISTS {index}")
    insert(cursor, table, ["key", "statement_id"], sorted(pairs))
    cursor.execute(f"CREATE INDEX {index} ON {table} (statement_id)")


class Assigner:
    """The PostgreSQL Assigner's interface; SQLite writes everything in finish(), since it has
    a single writer and no server to work meanwhile. The indexes on `column` are rebuilt once
    instead of updated row by row at random places (readers keep their snapshot in WAL mode,
    and writers wait anyway)."""

    def __init__(self, cursor, table: str, column: str) -> None:
        self.cursor, self.table, self.column = cursor, table, column

    def send(self, pairs: list[tuple[int, int]]) -> None:
        pass

    def wait(self) -> None:
        pass

    def finish(self, pairs: list[tuple[int, int]]) -> None:
        cursor, table, column = self.cursor, self.table, self.column
        cursor.execute(
            "SELECT name, sql FROM sqlite_master WHERE type = 'index' AND tbl_name = %s"
            " AND sql LIKE %s",
            [table.strip('"'), f"%{column}%"],
        )
        indexes = cursor.fetchall()
        for name, _ in indexes:
            cursor.execute(f"DROP INDEX {q(name)}")
        for chunk in itertools.batched(((value, rid) for rid, value in pairs), CHUNK):
            cursor.executemany(f"UPDATE {table} SET {q(column)} = %s WHERE id = %s", chunk)
        for _, sql in indexes:
            cursor.execute(sql)

    def __enter__(self) -> Assigner:
        return self

    def __exit__(self, *exc) -> None:
        pass


def reset_sequence(cursor, table: str) -> None:
    """SQLite's rowid tables take the next id after the largest: nothing to do."""


IN_CHUNK = 500  # values per IN (...) clause, well inside SQLite's parameter limit


def select_in(cursor, sql: str, values: list) -> list[tuple]:
    """Run a SELECT whose `{match}` tests a column against `values`, IN (...) by chunks."""
    rows: list[tuple] = []
    for chunk in itertools.batched(values, IN_CHUNK):
        cursor.execute(sql.format(match=f"IN ({', '.join(['%s'] * len(chunk))})"), chunk)
        rows += cursor.fetchall()
    return rows


def pipeline(cursor) -> AbstractContextManager:
    """Nothing to gain in process: statements run one by one."""
    return nullcontext()


def select_many(cursor, queries: list[tuple[str, list]]) -> list[list[tuple]]:
    """select_in for several independent queries."""
    return [select_in(cursor, sql, values) for sql, values in queries]


def insert_new_pairs(cursor, table: str, columns: list[str], pairs: list[tuple[int, int]]) -> None:
    """Integer pairs, those already stored skipped."""
    a, b = (q(c) for c in columns)
    cursor.executemany(
        f"INSERT INTO {table} ({a}, {b}) VALUES (%s, %s) ON CONFLICT DO NOTHING", pairs
    )


def insert_returning(cursor, model, columns: list[str], rows: list[tuple]) -> list[int]:
    """Rows into a model's table, their new ids in the same order (one INSERT each: in
    process, and each row's id is its own)."""
    names = ", ".join(q(c) for c in columns)
    marks = ", ".join(["%s"] * len(columns))
    sql = f"INSERT INTO {q(model._meta.db_table)} ({names}) VALUES ({marks})"
    ids = []
    for row in rows:
        cursor.execute(sql, row)
        ids.append(cursor.lastrowid)
    return ids


def update_rows(cursor, model, columns: list[str], rows: list[tuple]) -> None:
    """UPDATE rows by id, (values..., id) per row."""
    assignments = ", ".join(f"{q(c)} = %s" for c in columns)
    cursor.executemany(
        f"UPDATE {q(model._meta.db_table)} SET {assignments} WHERE id = %s", rows
    )


def reserve_ids(model, objs: list) -> None:
    """Ids for new instances, after the largest the table has used (its AUTOINCREMENT
    counter): the connection is the single writer until its transaction ends, and inserting
    them moves the counter on. Their foreign keys bound (`bind_related`)."""
    if not objs:
        return
    table = model._meta.db_table
    with connection.cursor() as cursor:
        cursor.execute(
            "SELECT MAX(COALESCE((SELECT seq FROM sqlite_sequence WHERE name = %s), 0),"
            f" COALESCE((SELECT MAX(id) FROM {q(table)}), 0))",
            [table],
        )
        (last,) = cursor.fetchone()
    for n, obj in enumerate(objs, start=last + 1):
        obj.pk = n
    bind_related(model, objs)


def create(model, objs: list) -> list:
    """`bulk_create` (SQLite builds its multi-row INSERTs quickly, in process); instances
    with a reserved id keep it."""
    return model.objects.bulk_create(objs)
