from django.apps import AppConfig


class TrackerConfig(AppConfig):
    name = "tracker"
    verbose_name = "Quote Tracker"
    default_auto_field = "django.db.models.BigAutoField"
