from django.apps import AppConfig


class TrackerConfig(AppConfig):
    name = "tracker"
    verbose_name = "Quote Tracker"
    default_auto_field = "django.db.models.BigAutoField"

    def ready(self) -> None:
        # Alert matching listens for newly stored quotations (tracker.signals).
        from tracker.services import watch_tasks  # noqa: F401
