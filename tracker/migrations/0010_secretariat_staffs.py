from django.db import migrations

from tracker.desks import secretariat_attach


def attach(apps, schema_editor):
    secretariat_attach(apps.get_model("tracker", "Desk"))


class Migration(migrations.Migration):
    dependencies = [("tracker", "0009_scan_index_by_status")]
    operations = [migrations.RunPython(attach, migrations.RunPython.noop)]
