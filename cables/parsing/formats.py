"""Turn paths into cable texts, one at a time; the format is detected from the content.

Plain text (UTF-8 or Latin-1), WikiLeaks HTML pages, e-mail messages (.eml), Cablegate's
cables.csv, and .zip / .tar(.gz) archives and directories of any of these. Archives and CSV
files are streamed: one member or row is in memory at a time.
"""

from __future__ import annotations

import io
import tarfile
import zipfile
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import IO

from cables.parsing import webformats

# In a directory, files with other suffixes (a MANIFEST.tsv, a README) are not cables.
CABLE_SUFFIXES = frozenset(
    {"", ".txt", ".text", ".md", ".html", ".htm", ".eml", ".csv", ".zip", ".tar", ".gz", ".tgz"}
)
_SNIFF = 4096
_MAX_MEMBER = 64 * 1024 * 1024  # a member larger than this is no cable: skipped, not read


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
    """Every cable text found at a path."""
    target = Path(path)
    if target.is_dir():
        yield from _directory(target)
        return
    try:
        with target.open("rb") as handle:
            yield from _stream(path, handle)
    except OSError as error:
        yield Document(path, error=f"cannot read {path}: {error.strerror or error}")


def _directory(folder: Path) -> Iterator[Document]:
    for child in sorted(folder.rglob("*")):
        hidden = any(part.startswith(".") for part in child.relative_to(folder).parts)
        if child.is_file() and not hidden and child.suffix.lower() in CABLE_SUFFIXES:
            yield from iter_documents(str(child))


def _stream(source: str, handle: IO[bytes]) -> Iterator[Document]:
    """Dispatch on the first bytes: archive, CSV, HTML, e-mail or plain text."""
    head = handle.read(_SNIFF)
    handle.seek(0)
    if head.startswith(b"PK\x03\x04"):
        yield from _zip(source, handle)
    elif head.startswith(b"\x1f\x8b") or _is_tar(head):
        yield from _tar(source, handle)
    elif webformats.looks_like_csv(decode(head[:512])):
        yield from _csv(source, handle)
    else:
        yield from _single(source, handle.read())


def _single(source: str, data: bytes) -> Iterator[Document]:
    text = decode(data)
    if webformats.looks_like_email(text):
        texts = webformats.email_texts(data)
        if len(texts) == 1:
            yield Document(source, texts[0])
        for number, body in enumerate(texts if len(texts) > 1 else [], 1):
            yield Document(f"{source}#{number}", body)
        if not texts:
            yield Document(source, error=f"{source}: an e-mail message with no text in it")
    elif webformats.looks_like_html(text):
        yield Document(source, webformats.html_cable_text(text))
    else:
        yield Document(source, text)


def _is_tar(head: bytes) -> bool:
    return len(head) > 262 and head[257:262] == b"ustar"


def _zip(source: str, handle: IO[bytes]) -> Iterator[Document]:
    try:
        archive = zipfile.ZipFile(handle)
    except zipfile.BadZipFile as error:
        yield Document(source, error=f"{source}: not a readable zip archive ({error})")
        return
    number = 0
    with archive:
        for info in sorted(archive.infolist(), key=lambda i: i.filename):
            if info.is_dir() or not _member_wanted(info.filename):
                continue
            with archive.open(info) as member:
                for document in _member(source, number, info.file_size, member):
                    number += 1
                    yield _renumber(document, source, number)


def _tar(source: str, handle: IO[bytes]) -> Iterator[Document]:
    number = 0
    try:
        with tarfile.open(fileobj=handle, mode="r|*") as archive:
            for info in archive:
                if not info.isfile() or not _member_wanted(info.name):
                    continue
                member = archive.extractfile(info)
                if member is None:
                    continue
                for document in _member(source, number, info.size, member):
                    number += 1
                    yield _renumber(document, source, number)
    except (tarfile.TarError, EOFError, OSError) as error:
        yield Document(source, error=f"{source}: not a readable tar archive ({error})")


def _member_wanted(name: str) -> bool:
    base = name.rsplit("/", 1)[-1]
    return not base.startswith(".") and Path(base).suffix.lower() in CABLE_SUFFIXES


def _member(source: str, number: int, size: int, member: IO[bytes]) -> Iterator[Document]:
    head = member.read(_SNIFF)
    if webformats.looks_like_csv(decode(head[:512])):  # streamed row by row, whatever its size
        yield from _csv(source, io.BufferedReader(_Prefixed(head, member)))
        return
    if size > _MAX_MEMBER:
        yield Document(source, error=f"{source}: member of {size} bytes is too large for a cable")
        return
    # A nested archive is read into memory: zip needs to seek.
    yield from _stream(f"{source}#{number + 1}", io.BytesIO(head + member.read()))


class _Prefixed(io.RawIOBase):
    """A stream that yields bytes already read (the sniffed head), then the rest."""

    def __init__(self, head: bytes, rest: IO[bytes]) -> None:
        self._head = head
        self._rest = rest

    def readable(self) -> bool:
        return True

    def readinto(self, buffer: bytearray | memoryview) -> int:  # type: ignore[override]
        view = memoryview(buffer)
        if self._head:
            size = min(len(view), len(self._head))
            view[:size] = self._head[:size]
            self._head = self._head[size:]
            return size
        chunk = self._rest.read(len(view))
        view[: len(chunk)] = chunk
        return len(chunk)


def _renumber(document: Document, source: str, number: int) -> Document:
    """Inside an archive the n-th cable is "archive#n", whatever member it came from."""
    return Document(f"{source}#{number}", document.text, document.error)


def _csv(source: str, handle: IO[bytes]) -> Iterator[Document]:
    text_stream = io.TextIOWrapper(handle, encoding="utf-8", errors="replace", newline="")
    for number, (text, error) in enumerate(webformats.csv_cable_texts(text_stream), 1):
        if text is None:
            yield Document(f"{source}#{number}", error=error)
        else:
            yield Document(f"{source}#{number}", text)
