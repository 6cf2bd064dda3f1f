from django.apps import AppConfig


class CablesConfig(AppConfig):
    name = "cables"
    default_auto_field = "django.db.models.BigAutoField"
