# The data generation that every cached value is keyed by (tracker.services.generation); it
# replaces the stamp read from the newest row of four tables.

from django.db import migrations, models


def first_row(apps, schema_editor):
    apps.get_model("tracker", "DataGeneration").objects.get_or_create(
        pk=1, defaults={"value": 1, "rebuilt": 1}
    )


class Migration(migrations.Migration):

    dependencies = [
        ("tracker", "0012_ingest_jobs_and_feeds"),
    ]

    operations = [
        migrations.CreateModel(
            name="DataGeneration",
            fields=[
                ("id", models.BigAutoField(auto_created=True, primary_key=True, serialize=False, verbose_name="ID")),
                ("value", models.BigIntegerField(default=0)),
                ("rebuilt", models.BigIntegerField(default=0)),
            ],
        ),
        migrations.RunPython(first_row, migrations.RunPython.noop),
    ]
