from django.apps import AppConfig


class TrackerConfig(AppConfig):
    name = "tracker"
    default_auto_field = "django.db.models.BigAutoField"

    def ready(self) -> None:
        # Connect to the cables app's "cable ingested" signal: cables never imports tracker.
        from tracker import receivers  # noqa: F401
