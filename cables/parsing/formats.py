"""Turn paths into cable texts, one at a time: files, directories (archives and more later)."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path


@dataclass(frozen=True)
class Document:
    source: str  # the path, plus "#n" for the n-th cable inside an archive or CSV file
    text: str | None = None
    error: str = ""  # why the source could not be read, when text is None


def decode(data: bytes) -> str:
    """UTF-8 when it is valid, else Latin-1 (the Cablegate raw dump's encoding: 0xB6 = ¶)."""
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        return data.decode("latin-1")


def iter_documents(path: str) -> Iterator[Document]:
    """Every cable text found at a path; a directory is walked in name order."""
    target = Path(path)
    if target.is_dir():
        for child in sorted(p for p in target.rglob("*") if p.is_file()):
            yield from iter_documents(str(child))
        return
    try:
        data = target.read_bytes()
    except OSError as error:
        yield Document(path, error=f"cannot read {path}: {error.strerror or error}")
        return
    yield Document(path, decode(data))
