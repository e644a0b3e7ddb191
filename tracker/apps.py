from django.apps import AppConfig


class TrackerConfig(AppConfig):
    name = "tracker"
    verbose_name = "Quote Tracker"
    default_auto_field = "django.db.models.BigAutoField"

    def ready(self) -> None:
        from django.contrib.admin.models import LogEntry
        from django.db.models.signals import post_save

        from tracker.services.generation import admin_saved

        post_save.connect(admin_saved, sender=LogEntry, dispatch_uid="tracker-admin-generation")
