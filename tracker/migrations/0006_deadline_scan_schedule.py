from django.db import migrations

# The stored beat schedule (editable in the admin): the deadline scan writes the reminders at
# 50% and 75% of the time allowed and on the due day, and the escalations after it.
SCHEDULE = [("scan deadlines: reminders and escalations", "tracker.scan_deadlines", 300)]


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
        ("tracker", "0005_post_parents_and_routing_rules"),
        ("django_celery_beat", "0019_alter_periodictasks_options"),
    ]
    operations = [migrations.RunPython(create, remove)]
