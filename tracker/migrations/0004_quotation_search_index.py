# Full-text search index for quotation search (dashboard). PostgreSQL only: SQLite searches
# with LIKE. The expression must match tracker.services.search.search_vector() exactly.
from django.db import migrations

INDEX = "quote_text_fts_idx"
CREATE = (
    f"CREATE INDEX IF NOT EXISTS {INDEX} ON tracker_quotation USING GIN "
    "(to_tsvector('english'::regconfig, COALESCE(text, '')))"
)


def create_index(apps, schema_editor):
    if schema_editor.connection.vendor == "postgresql":
        schema_editor.execute(CREATE)


def drop_index(apps, schema_editor):
    if schema_editor.connection.vendor == "postgresql":
        schema_editor.execute(f"DROP INDEX IF EXISTS {INDEX}")


class Migration(migrations.Migration):
    dependencies = [("tracker", "0003_statement_keys")]

    operations = [migrations.RunPython(create_index, drop_index)]
