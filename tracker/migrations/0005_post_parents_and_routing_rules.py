from django.db import migrations

from tracker.desks import posts_attach
from tracker.ruledata import rules_load


def load(apps, schema_editor):
    desk_model = apps.get_model("tracker", "Desk")
    posts_attach(desk_model)
    rules_load(apps.get_model("tracker", "RoutingRule"), desk_model)


class Migration(migrations.Migration):
    dependencies = [("tracker", "0004_people_rules_extensions_notifications")]
    operations = [migrations.RunPython(load, migrations.RunPython.noop)]
