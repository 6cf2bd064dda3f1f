"""Ingest from the file system: every cable found at the given paths, one transaction each."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import Protocol

from cables.parsing.formats import iter_documents
from cables.services import IngestError, cable_ingest


class Writer(Protocol):
    def write(self, text: str) -> object: ...


@dataclass
class IngestReport:
    created: int = 0
    unchanged: int = 0
    failed: int = 0

    def summary(self) -> str:
        return f"{self.created} ingested, {self.unchanged} already present, {self.failed} failed"


def ingest_paths(paths: Iterable[Path], *, out: Writer, err: Writer) -> IngestReport:
    """Ingest what each path holds; a bad input is reported and the others still go in."""
    report = IngestReport()
    for path in paths:
        if not path.exists():
            err.write(f"{path}: no such file or directory\n")
            report.failed += 1
            continue
        for document in iter_documents(str(path)):
            if document.text is None:
                err.write(f"{document.source}: {document.error}\n")
                report.failed += 1
                continue
            try:
                result = cable_ingest(text=document.text, source=document.source)
            except IngestError as exc:
                err.write(f"{document.source}: {exc}\n")
                report.failed += 1
                continue
            if result.created:
                report.created += 1
                out.write(f"{document.source}: {result.cable.reference_id}\n")
            else:
                report.unchanged += 1
    return report
