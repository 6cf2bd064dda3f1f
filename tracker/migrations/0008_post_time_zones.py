from django.db import migrations

from tracker.desks import post_zones_fix


def fix(apps, schema_editor):
    post_zones_fix(apps.get_model("tracker", "Desk"))


class Migration(migrations.Migration):
    dependencies = [("tracker", "0007_routed_cable")]
    operations = [migrations.RunPython(fix, migrations.RunPython.noop)]
