from django.db import migrations

# The stored beat schedule (editable in the admin): the outbox sweep routes action requests
# whose publish was lost while the broker was down.
SCHEDULE = [("route pending action requests", "tracker.route_pending", 60)]


def create(apps, schema_editor):
    interval_model = apps.get_model("django_celery_beat", "IntervalSchedule")
    task_model = apps.get_model("django_celery_beat", "PeriodicTask")
    for name, task, seconds in SCHEDULE:
        every, _ = interval_model.objects.get_or_create(every=seconds, period="seconds")
        task_model.objects.get_or_create(name=name, defaults={"task": task, "interval": every})


def remove(apps, schema_editor):
    apps.get_model("django_celery_beat", "PeriodicTask").objects.filter(
        name__in=[name for name, _, _ in SCHEDULE]
    ).delete()


class Migration(migrations.Migration):
    dependencies = [
        ("tracker", "0002_load_desks"),
        ("django_celery_beat", "0019_alter_periodictasks_options"),
    ]
    operations = [migrations.RunPython(create, remove)]
