# The covering index that migration 0008 made in SQL, now declared on the model: only the
# migration state changes (the database already has it on PostgreSQL; Django makes no covering
# index on SQLite).

from django.db import migrations, models


class Migration(migrations.Migration):

    dependencies = [
        ("tracker", "0014_correction_action_choices"),
    ]

    operations = [
        migrations.SeparateDatabaseAndState(
            state_operations=[
                migrations.AddIndex(
                    model_name="quotation",
                    index=models.Index(
                        condition=models.Q(("not_a_quote", False)),
                        fields=["speaker", "published"],
                        include=("statement",),
                        name="quote_speaker_stats_idx",
                    ),
                ),
            ],
            database_operations=[],
        ),
    ]
