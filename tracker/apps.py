import gc

from django.apps import AppConfig
from django.core.signals import request_finished
from django.db.models.signals import post_migrate


def _ensure_search_index(using: str, **kwargs) -> None:
    """SQLite drops a table's triggers when a migration rebuilds it: put the search ones back."""
    from django.db import connections

    from tracker import fts

    fts.ensure_index(connections[using])


def _freeze_startup_objects(**kwargs) -> None:
    """Once the first request is served (settings, URL patterns, compiled templates and the
    rest of start-up all loaded), move every live object out of the garbage collector's view.
    A full collection walked them all (about 60 ms of CPU on the bench machine), and one came
    every few page views; what is frozen stays for the life of the process anyway. CPython's
    gc.freeze is made for this."""
    request_finished.disconnect(dispatch_uid="tracker-freeze-startup")
    gc.collect()
    gc.freeze()


class TrackerConfig(AppConfig):
    name = "tracker"
    verbose_name = "Quote Tracker"
    default_auto_field = "django.db.models.BigAutoField"

    def ready(self) -> None:
        from django.contrib.admin.models import LogEntry
        from django.db.models.signals import post_save

        import tracker.lookups  # noqa: F401  (registers `any_of`)
        from tracker.services.generation import admin_saved

        post_save.connect(admin_saved, sender=LogEntry, dispatch_uid="tracker-admin-generation")
        post_migrate.connect(_ensure_search_index, sender=self)
        request_finished.connect(_freeze_startup_objects, dispatch_uid="tracker-freeze-startup")
        # Alert matching listens for newly stored quotations (tracker.signals).
        from tracker.services import watch_tasks  # noqa: F401
