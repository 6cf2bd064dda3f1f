from typing import Any

from django.core.management.base import BaseCommand

from tracker.desks import desks_load
from tracker.models import Desk


class Command(BaseCommand):
    help = "Create or update the shipped Department offices and posts (idempotent)."

    def handle(self, *args: Any, **options: Any) -> None:
        created = desks_load(Desk)
        self.stdout.write(f"{created} desks created, {Desk.objects.count()} in all")
