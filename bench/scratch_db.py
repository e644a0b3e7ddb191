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
