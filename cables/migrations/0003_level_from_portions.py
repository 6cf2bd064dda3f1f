"""Cables stored before ingest read portion markings get the level of their highest portion
when it is above their banner (a misfiled cable: UNCLASSIFIED envelope, "(S)" paragraphs)."""

from django.db import migrations

RANKS = {"UNCLASSIFIED": 0, "CONFIDENTIAL": 1, "SECRET": 2, "TOP SECRET": 3}
PORTION_LEVELS = {
    "U": "UNCLASSIFIED", "SBU": "UNCLASSIFIED", "C": "CONFIDENTIAL", "S": "SECRET",
    "TS": "TOP SECRET",
}  # fmt: skip


def _portion_level(marking: str) -> str:
    return PORTION_LEVELS.get(marking.upper().split("/")[0].strip(), "UNCLASSIFIED")


def forwards(apps, schema_editor):  # type: ignore[no-untyped-def]
    Cable = apps.get_model("cables", "Cable")
    Paragraph = apps.get_model("cables", "Paragraph")
    highest: dict[int, str] = {}
    rows = Paragraph.objects.filter(cable__level_rank__lt=3).exclude(marking="")
    for cable_id, marking in rows.values_list("cable_id", "marking").iterator():
        level = _portion_level(marking)
        if RANKS[level] > RANKS[highest.get(cable_id, "UNCLASSIFIED")]:
            highest[cable_id] = level
    for cable in Cable.objects.filter(pk__in=list(highest)):
        level = highest[cable.pk]
        if RANKS[level] > cable.level_rank:
            why = f"portions marked {level} under a {cable.level} banner: stored {level}"
            cable.level, cable.level_rank = level, RANKS[level]
            cable.warnings = [*cable.warnings, why]
            cable.save(update_fields=["level", "level_rank", "warnings"])


class Migration(migrations.Migration):
    dependencies = [("cables", "0002_access_fails_closed")]

    operations = [migrations.RunPython(forwards, migrations.RunPython.noop)]
