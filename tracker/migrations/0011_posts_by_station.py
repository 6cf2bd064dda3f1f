from django.db import migrations

from tracker.desks import posts_rename


def rename(apps, schema_editor):
    posts_rename(apps.get_model("tracker", "Desk"))


class Migration(migrations.Migration):
    dependencies = [("tracker", "0010_secretariat_staffs")]
    operations = [migrations.RunPython(rename, migrations.RunPython.noop)]
