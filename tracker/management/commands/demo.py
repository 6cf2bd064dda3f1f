import os
import secrets
from pathlib import Path
from typing import Any

from django.conf import settings
from django.contrib.auth import get_user_model
from django.core.management.base import BaseCommand

from cables.ingest import ingest_paths
from tracker.people import demo_people_create

DEMO_CABLES = Path(__file__).resolve().parents[3] / "cables" / "demo_cables"


class Command(BaseCommand):
    help = (
        "Create the demo admin login (printed), the demo desk officers, and ingest the demo "
        "cables. Safe to re-run."
    )

    def handle(self, *args: Any, **options: Any) -> None:
        username = os.environ.get("DEMO_ADMIN_USER", "admin")
        password = os.environ.get("DEMO_ADMIN_PASSWORD") or secrets.token_urlsafe(9)
        user, _ = get_user_model().objects.get_or_create(
            username=username, defaults={"email": f"{username}@localhost"}
        )
        user.is_staff = user.is_superuser = True
        user.set_password(password)
        user.save()
        people = demo_people_create(password=password)
        report = ingest_paths([DEMO_CABLES], out=self.stdout, err=self.stderr)
        self.stdout.write(report.summary())
        self.stdout.write(
            self.style.SUCCESS(
                f"Demo login: {username} / {password}  at {settings.SITE_URL}/admin/"
            )
        )
        names = ", ".join(f"{p.username} ({p.memberships.get().desk})" for p in people)
        self.stdout.write(f"Desk officers, same password, each seeing their own tasks: {names}")
