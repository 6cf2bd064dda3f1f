from django.db import migrations
from django.utils import timezone

# A FLASH task has an hour: its 50% and 75% reminders need a scan every minute, not five.
# A schedule changed in the admin is kept.
NAME = "scan deadlines: reminders and escalations"


def every_minute(apps, schema_editor):
    interval_model = apps.get_model("django_celery_beat", "IntervalSchedule")
    task_model = apps.get_model("django_celery_beat", "PeriodicTask")
    minute, _ = interval_model.objects.get_or_create(every=60, period="seconds")
    changed = task_model.objects.filter(
        name=NAME, interval__every=300, interval__period="seconds"
    ).update(interval=minute)
    if changed:
        # A running beat re-reads its schedule when this marker moves (update() sends no signal).
        apps.get_model("django_celery_beat", "PeriodicTasks").objects.update_or_create(
            ident=1, defaults={"last_update": timezone.now()}
        )


class Migration(migrations.Migration):
    dependencies = [
        ("tracker", "0012_rule_unknown_for_office"),
        ("django_celery_beat", "0019_alter_periodictasks_options"),
    ]
    operations = [migrations.RunPython(every_minute, migrations.RunPython.noop)]
