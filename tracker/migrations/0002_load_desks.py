from django.db import migrations

from tracker.desks import desks_load


def load(apps, schema_editor):
    desks_load(apps.get_model("tracker", "Desk"))


class Migration(migrations.Migration):
    dependencies = [("tracker", "0001_initial")]
    operations = [migrations.RunPython(load, migrations.RunPython.noop)]
