"""A scratch database for a benchmark: made afresh (or kept), migrated, Django set up."""

from __future__ import annotations

import os
from pathlib import Path


def setup_scratch(name: str, db: str, pg_url: str, keep: bool = False) -> None:
    """Point Django at database `name` (PostgreSQL at pg_url's server, or /tmp/NAME.sqlite3),
    dropped and made again unless `keep` and it exists, then migrate it."""
    if db == "postgresql":
        import psycopg

        with psycopg.connect(pg_url.rsplit("/", 1)[0] + "/postgres", autocommit=True) as conn:
            exists = conn.execute("SELECT 1 FROM pg_database WHERE datname = %s", [name])
            if not (keep and exists.fetchone()):
                conn.execute(f'DROP DATABASE IF EXISTS "{name}"')
                conn.execute(f'CREATE DATABASE "{name}"')
        os.environ["DATABASE_URL"] = pg_url.rsplit("/", 1)[0] + f"/{name}"
    else:
        path = Path(f"/tmp/{name}.sqlite3")
        if not keep:
            for suffix in ("", "-wal", "-shm"):
                Path(str(path) + suffix).unlink(missing_ok=True)
        os.environ["DATABASE_URL"] = f"sqlite:///{path}"
    os.environ.setdefault("DEBUG", "True")
    os.environ["DJANGO_SETTINGS_MODULE"] = "tracker.settings"
    import django
    from django.core.management import call_command

    django.setup()
    call_command("migrate", verbosity=0)


def clone_scratch(name: str, template: str, db: str, pg_url: str) -> bool:
    """Make database `name` a fresh copy of database `template` (kept between runs, see
    `keep_as_template`); False if there is no such template yet. PostgreSQL copies it with
    CREATE DATABASE ... TEMPLATE, SQLite copies the file. Django is not set up here."""
    if db == "postgresql":
        import psycopg

        with psycopg.connect(pg_url.rsplit("/", 1)[0] + "/postgres", autocommit=True) as conn:
            found = conn.execute("SELECT 1 FROM pg_database WHERE datname = %s", [template])
            if not found.fetchone():
                return False
            conn.execute(f'DROP DATABASE IF EXISTS "{name}"')
            conn.execute(f'CREATE DATABASE "{name}" TEMPLATE "{template}"')
        return True
    import shutil

    source, target = Path(f"/tmp/{template}.sqlite3"), Path(f"/tmp/{name}.sqlite3")
    if not source.exists():
        return False
    for suffix in ("", "-wal", "-shm"):
        Path(str(target) + suffix).unlink(missing_ok=True)
    shutil.copyfile(source, target)
    return True


def keep_as_template(name: str, template: str, db: str, pg_url: str) -> None:
    """Keep a copy of database `name` (Django's connection to it is closed) as `template`."""
    from django.db import connection

    if db == "sqlite":
        with connection.cursor() as cursor:
            cursor.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    connection.close()
    if db == "postgresql":
        import time

        import psycopg

        with psycopg.connect(pg_url.rsplit("/", 1)[0] + "/postgres", autocommit=True) as conn:
            conn.execute(f'DROP DATABASE IF EXISTS "{template}"')
            for attempt in range(30):  # an autovacuum worker may still be in it
                try:
                    conn.execute(f'CREATE DATABASE "{template}" TEMPLATE "{name}"')
                    break
                except psycopg.errors.ObjectInUse:
                    if attempt == 29:
                        raise
                    time.sleep(2)
        return
    import shutil

    shutil.copyfile(f"/tmp/{name}.sqlite3", f"/tmp/{template}.sqlite3")


def insert_rows(cursor, model, columns: list[str], rows) -> None:
    """Rows into model's table through tracker.bulk (COPY on PostgreSQL). NOT NULL columns the
    bench leaves out get the field's default, so new model fields do not break the loads."""
    from django.db import connection

    from tracker.bulk import backend

    given = set(columns)
    extra, values = [], []
    for field in model._meta.concrete_fields:
        if field.column in given or field.null or field.primary_key:
            continue
        if not (field.has_default() or field.empty_strings_allowed):
            raise SystemExit(f"{model.__name__}.{field.name} needs a value in the bench")
        extra.append(field.column)
        values.append(field.get_db_prep_save(field.get_default(), connection))
    table = connection.ops.quote_name(model._meta.db_table)
    backend().insert(cursor, table, [*columns, *extra], ((*row, *values) for row in rows))
