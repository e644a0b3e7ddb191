"""SQLite's full-text index of quotations: an FTS5 table over tracker_quotation.text with the
porter stemmer ("immigration" finds "immigrants"), kept in step by triggers.

PostgreSQL has its own stored tsvector (migration 0006) and needs none of this. The SQL lives
here, not in the migration alone, because SQLite rebuilds a table for most ALTERs (a later
migration on Quotation) and the rebuilt table loses its triggers: `ensure_index` runs after
every migrate and puts them back, re-indexing when they were missing.
"""

from __future__ import annotations

TABLE = "tracker_quotation_fts"

CREATE_TABLE = (
    f"CREATE VIRTUAL TABLE IF NOT EXISTS {TABLE} USING fts5(text, content='tracker_quotation', "
    "content_rowid='id', tokenize='porter unicode61 remove_diacritics 2')"
)
TRIGGERS = {
    f"{TABLE}_insert": (
        f"AFTER INSERT ON tracker_quotation BEGIN "
        f"INSERT INTO {TABLE}(rowid, text) VALUES (new.id, new.text); END"
    ),
    f"{TABLE}_delete": (
        f"AFTER DELETE ON tracker_quotation BEGIN "
        f"INSERT INTO {TABLE}({TABLE}, rowid, text) VALUES ('delete', old.id, old.text); END"
    ),
    f"{TABLE}_update": (
        f"AFTER UPDATE OF text ON tracker_quotation BEGIN "
        f"INSERT INTO {TABLE}({TABLE}, rowid, text) VALUES ('delete', old.id, old.text); "
        f"INSERT INTO {TABLE}(rowid, text) VALUES (new.id, new.text); END"
    ),
}
REBUILD = f"INSERT INTO {TABLE}({TABLE}) VALUES ('rebuild')"


def ensure_index(connection) -> bool:
    """Create the table and triggers that are missing; re-index if any were. True if it did."""
    if connection.vendor != "sqlite":
        return False
    with connection.cursor() as cursor:
        cursor.execute(
            "SELECT name FROM sqlite_master WHERE type IN ('table', 'trigger') AND name LIKE %s",
            [f"{TABLE}%"],
        )
        present = {name for (name,) in cursor.fetchall()}
        missing = [name for name in TRIGGERS if name not in present]
        if TABLE in present and not missing:
            return False
        cursor.execute("SELECT 1 FROM sqlite_master WHERE name = 'tracker_quotation'")
        if cursor.fetchone() is None:
            return False  # migrated backwards past the quotation table
        cursor.execute(CREATE_TABLE)
        for name in missing:
            cursor.execute(f"CREATE TRIGGER IF NOT EXISTS {name} {TRIGGERS[name]}")
        cursor.execute(REBUILD)
    return True


def drop_index(connection) -> None:
    if connection.vendor != "sqlite":
        return
    with connection.cursor() as cursor:
        for name in TRIGGERS:
            cursor.execute(f"DROP TRIGGER IF EXISTS {name}")
        cursor.execute(f"DROP TABLE IF EXISTS {TABLE}")
