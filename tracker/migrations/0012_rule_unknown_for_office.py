from django.db import migrations

from tracker.ruledata import rules_load


def load(apps, schema_editor):
    # Adds the shipped rules that are missing by name; rules edited in the admin are kept.
    rules_load(apps.get_model("tracker", "RoutingRule"), apps.get_model("tracker", "Desk"))


class Migration(migrations.Migration):
    dependencies = [("tracker", "0011_posts_by_station")]
    operations = [migrations.RunPython(load, migrations.RunPython.noop)]
