from typing import Any

from django.core.management.base import BaseCommand, CommandError, CommandParser

from tracker.people import PeopleError, user_upsert


class Command(BaseCommand):
    help = "Create or update a user with their desks, clearance and NOFORN flag (idempotent)."

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument("name", help="Login name")
        parser.add_argument("--email", required=True)
        parser.add_argument(
            "--desk", action="append", required=True, help="Office symbol or post; repeatable"
        )
        parser.add_argument("--clearance", required=True, help="UNCLASSIFIED ... TOP SECRET")
        parser.add_argument("--noforn", action="store_true", help="May read NOFORN (US persons)")
        parser.add_argument("--password", help="Without one, a new user cannot log in yet")
        parser.add_argument("--lead", action="store_true", help="Leads the desks given")

    def handle(self, *args: Any, **options: Any) -> None:
        try:
            user = user_upsert(
                username=options["name"],
                email=options["email"],
                desk_symbols=options["desk"],
                clearance=options["clearance"],
                noforn=options["noforn"],
                password=options["password"],
                lead=options["lead"],
            )
        except PeopleError as exc:
            raise CommandError(str(exc)) from exc
        desks = ", ".join(m.desk.symbol for m in user.memberships.select_related("desk"))
        self.stdout.write(f"{user.username}: {user.profile.clearance}, desks {desks}")
