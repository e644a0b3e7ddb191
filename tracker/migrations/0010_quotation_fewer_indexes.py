# Fewer indexes on quotations: the single-column speaker and statement indexes duplicate the
# composite indexes that lead with those columns, the confidence index served no query (the
# review queue orders by a computed doubt first), and only edited quotations have changed_by.
# Relinking a million quotations writes every index of every row, so each one costs seconds.

import django.db.models.deletion
from django.conf import settings
from django.db import migrations, models


class Migration(migrations.Migration):

    dependencies = [
        ('tracker', '0009_quotation_published_index'),
        migrations.swappable_dependency(settings.AUTH_USER_MODEL),
    ]

    operations = [
        migrations.RemoveIndex(
            model_name='quotation',
            name='quote_confidence_idx',
        ),
        migrations.AlterField(
            model_name='quotation',
            name='changed_by',
            field=models.ForeignKey(blank=True, db_index=False, null=True, on_delete=django.db.models.deletion.SET_NULL, related_name='+', to=settings.AUTH_USER_MODEL),
        ),
        migrations.AlterField(
            model_name='quotation',
            name='speaker',
            field=models.ForeignKey(blank=True, db_index=False, null=True, on_delete=django.db.models.deletion.SET_NULL, related_name='quotations', to='tracker.speaker'),
        ),
        migrations.AlterField(
            model_name='quotation',
            name='statement',
            field=models.ForeignKey(blank=True, db_index=False, null=True, on_delete=django.db.models.deletion.SET_NULL, related_name='quotations', to='tracker.statement'),
        ),
        migrations.AddIndex(
            model_name='quotation',
            index=models.Index(condition=models.Q(('changed_by__isnull', False)), fields=['changed_by'], name='quote_changed_by_idx'),
        ),
    ]
