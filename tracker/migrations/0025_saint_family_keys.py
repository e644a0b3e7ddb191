# Rule saint_family_name (tracker.identity.names): people whose family name is a saint's
# ("St-Onge", "St. Laurent", "Sainte-Marie") are looked up by one key however it is written.

from django.db import migrations
from django.db.models import Q


def refresh_family_keys(apps, schema_editor):
    """People whose stored family key is no longer the one their name gives get the new one
    (only saints' family names changed)."""
    from tracker.identity.names import parse_name

    Speaker = apps.get_model("tracker", "Speaker")
    people = Speaker.objects.filter(kind="person").filter(
        Q(name__icontains="st") | Q(name__icontains="saint")
    )
    for pk, name, stored in people.values_list("pk", "name", "family_key").iterator():
        key = parse_name(name).family_key[:200]
        if key != stored:
            Speaker.objects.filter(pk=pk).update(family_key=key)


class Migration(migrations.Migration):
    dependencies = [
        ("tracker", "0024_correction_create_quote"),
    ]

    operations = [
        migrations.RunPython(refresh_family_keys, migrations.RunPython.noop),
    ]
