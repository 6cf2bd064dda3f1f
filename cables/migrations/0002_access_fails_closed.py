"""Cables stored before ingest failed closed: NOFORN portions ('(C/NF)') under a banner that is
not NOFORN now make the cable NOFORN, and a classification not read is TOP SECRET."""

from django.db import migrations

UNREAD_LEVEL = "classification not read: stored as TOP SECRET until a person checks it"


def _is_noforn(marking: str) -> bool:
    return not {"NF", "NOFORN"}.isdisjoint(marking.upper().strip("()").split("/"))


def forwards(apps, schema_editor):  # type: ignore[no-untyped-def]
    Cable = apps.get_model("cables", "Cable")
    Paragraph = apps.get_model("cables", "Paragraph")
    marked = Paragraph.objects.filter(cable__noforn=False, marking__contains="NF")
    ids = {p.cable_id for p in marked.only("cable_id", "marking") if _is_noforn(p.marking)}
    subjects = Cable.objects.filter(noforn=False, subject_marking__contains="NF")
    ids |= {c.pk for c in subjects.only("pk", "subject_marking") if _is_noforn(c.subject_marking)}
    Cable.objects.filter(pk__in=ids).update(noforn=True)
    for cable in Cable.objects.filter(classification="").exclude(level="TOP SECRET"):
        cable.level, cable.level_rank = "TOP SECRET", 3
        cable.warnings = [*cable.warnings, UNREAD_LEVEL]
        cable.save(update_fields=["level", "level_rank", "warnings"])


class Migration(migrations.Migration):
    dependencies = [("cables", "0001_initial")]

    operations = [migrations.RunPython(forwards, migrations.RunPython.noop)]
