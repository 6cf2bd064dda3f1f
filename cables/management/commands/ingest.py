from pathlib import Path
from typing import Any

from django.core.management.base import BaseCommand, CommandError

from cables.ingest import ingest_paths


class Command(BaseCommand):
    help = "Ingest cables from files, directories and archives; one transaction per cable."

    def add_arguments(self, parser: Any) -> None:
        parser.add_argument("paths", nargs="+", type=Path)

    def handle(self, *args: Any, paths: list[Path], **options: Any) -> None:
        report = ingest_paths(paths, out=self.stdout, err=self.stderr)
        self.stdout.write(report.summary())
        if report.failed:
            raise CommandError(f"{report.failed} input(s) failed")
