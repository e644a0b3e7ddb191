# Speaker page aggregates (monthly volume, date range, most repeated statements) read only
# this index on PostgreSQL (index-only scans): a busy speaker's first, uncached view no
# longer visits ~100k heap pages. PostgreSQL-only (INCLUDE); SQLite has no such need.
from django.db import migrations

CREATE = (
    "CREATE INDEX IF NOT EXISTS quote_speaker_stats_idx ON tracker_quotation "
    "(speaker_id, published) INCLUDE (statement_id) WHERE NOT not_a_quote"
)


def create_index(apps, schema_editor):
    if schema_editor.connection.vendor == "postgresql":
        schema_editor.execute(CREATE)


def drop_index(apps, schema_editor):
    if schema_editor.connection.vendor == "postgresql":
        schema_editor.execute("DROP INDEX IF EXISTS quote_speaker_stats_idx")


class Migration(migrations.Migration):
    dependencies = [("tracker", "0007_statement_key_single_index")]

    operations = [migrations.RunPython(create_index, drop_index)]
