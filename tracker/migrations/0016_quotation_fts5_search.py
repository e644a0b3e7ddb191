# Search on SQLite: an FTS5 index of quotation text with the porter stemmer, kept in step by
# triggers (tracker/fts.py). PostgreSQL searches its stored tsvector (0006) and skips this.
from django.db import migrations

from tracker import fts


def forwards(apps, schema_editor):
    fts.ensure_index(schema_editor.connection)


def backwards(apps, schema_editor):
    fts.drop_index(schema_editor.connection)


class Migration(migrations.Migration):
    dependencies = [("tracker", "0015_declare_speaker_stats_index")]

    operations = [migrations.RunPython(forwards, backwards)]
