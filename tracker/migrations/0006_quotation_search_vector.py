# Quotation search on PostgreSQL reads a stored tsvector instead of parsing every matching
# quotation's text again: ranking thousands of matches then costs milliseconds, not seconds.
# The column is PostgreSQL-only and unknown to the model (Django never selects or writes it);
# tracker.services.search uses it through SQL. SQLite keeps searching with LIKE.
from django.db import migrations

ADD = [
    "ALTER TABLE tracker_quotation ADD COLUMN IF NOT EXISTS search_tsv tsvector "
    "GENERATED ALWAYS AS (to_tsvector('english'::regconfig, COALESCE(text, ''))) STORED",
    "DROP INDEX IF EXISTS quote_text_fts_idx",
    "CREATE INDEX IF NOT EXISTS quote_search_tsv_idx ON tracker_quotation USING GIN (search_tsv)",
]
REMOVE = [
    "DROP INDEX IF EXISTS quote_search_tsv_idx",
    "ALTER TABLE tracker_quotation DROP COLUMN IF EXISTS search_tsv",
]


def _run(statements):
    def run(apps, schema_editor):
        if schema_editor.connection.vendor == "postgresql":
            for statement in statements:
                schema_editor.execute(statement)

    return run


class Migration(migrations.Migration):
    dependencies = [("tracker", "0005_statement_normalised")]

    operations = [migrations.RunPython(_run(ADD), _run(REMOVE))]
