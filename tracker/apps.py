from django.apps import AppConfig
from django.db.models.signals import post_migrate


def _ensure_search_index(using: str, **kwargs) -> None:
    """SQLite drops a table's triggers when a migration rebuilds it: put the search ones back."""
    from django.db import connections

    from tracker import fts

    fts.ensure_index(connections[using])


class TrackerConfig(AppConfig):
    name = "tracker"
    verbose_name = "Quote Tracker"
    default_auto_field = "django.db.models.BigAutoField"

    def ready(self) -> None:
        from django.contrib.admin.models import LogEntry
        from django.db.models.signals import post_save

        from tracker.services.generation import admin_saved

        post_save.connect(admin_saved, sender=LogEntry, dispatch_uid="tracker-admin-generation")
        post_migrate.connect(_ensure_search_index, sender=self)
        # Alert matching listens for newly stored quotations (tracker.signals).
        from tracker.services import watch_tasks  # noqa: F401
