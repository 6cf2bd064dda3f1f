"""Cable texts out of the containers they travel in: cables.csv rows, HTML pages, e-mail.

Metadata found beside the text (the CSV columns, the WikiLeaks page's table) is handed to
the parser as the dump preamble it already reads (see dump.py), so each fact has one reader.
"""

from __future__ import annotations

import csv
import email
import email.policy
import html
import re
import sys
from collections.abc import Iterator
from datetime import UTC, datetime
from email.message import EmailMessage
from typing import IO

_CSV_START = re.compile(r'^\ufeff?"?\d{1,9}"?,[ \t]{0,3}"?\d{1,2}/\d{1,2}/\d{4}')
_CSV_FIELDS = 8  # id, date, reference id, origin, classification, references, header, text
_EMAIL_HEADER = re.compile(r"^([A-Za-z][A-Za-z0-9-]{0,40}):[ \t]")
_EMAIL_NAMES = frozenset(
    {"from", "to", "subject", "date", "mime-version", "received", "message-id"}
)
_PRE = re.compile(r"<pre[^>]{0,300}>(.*?)</pre>", re.IGNORECASE | re.DOTALL)
_TAG = re.compile(r"<[^<>]{0,2000}>")
_BREAK = re.compile(r"<br\s{0,3}/?>|</p>|</div>|</tr>", re.IGNORECASE)
_DROP = re.compile(r"<(script|style)[^>]{0,300}>.*?</\1>", re.IGNORECASE | re.DOTALL)
_META_TABLE = re.compile(r"<table[^>]{0,300}>(.{0,8000}?)</table>", re.IGNORECASE | re.DOTALL)
_CELL = re.compile(r"<td[^>]{0,300}>(.{0,600}?)</td>", re.IGNORECASE | re.DOTALL)
_CREATED = re.compile(r"(\d{4})-(\d{2})-(\d{2})\s{1,3}(\d{1,2}):(\d{2})")


def looks_like_csv(head: str) -> bool:
    return _CSV_START.match(head) is not None


def csv_cable_texts(stream: IO[str]) -> Iterator[tuple[str | None, str]]:
    """(text, "") per cables.csv row, or (None, reason) for a row that is not one."""
    # Cablegate escaped quotes and line breaks inside fields with a backslash.
    csv.field_size_limit(min(sys.maxsize, 2**31 - 1))
    reader = csv.reader(stream, escapechar="\\", doublequote=True, strict=False)
    while True:
        try:
            row = next(reader)
        except StopIteration:
            return
        except csv.Error as error:
            yield None, f"unreadable CSV row ({error})"
            continue
        if not row or (row[0] and not row[0].strip().lstrip("\ufeff").isdigit()):
            continue  # a heading row or a blank line
        yield _row_text(row)


def _row_text(row: list[str]) -> tuple[str | None, str]:
    if len(row) < _CSV_FIELDS:
        return None, f"a cables.csv row has {_CSV_FIELDS} fields, this one has {len(row)}"
    number, created, reference_id, origin, classification, references, header = row[:7]
    body = ",".join(row[7:])
    preamble = dump_preamble(number, created, reference_id, origin, classification, references)
    return f"{preamble}{header}\n\n{body}", ""


def dump_preamble(
    number: str, created: str, reference_id: str, origin: str, classification: str, refs: str
) -> str:
    """The metadata lines dump.py reads: '<<id>>', date, reference id, origin, classification."""
    lines = [f"<<{number.strip() or 0}>>", created.strip(), reference_id.strip()]
    lines += [origin.strip() or "-", classification.strip() or "UNKNOWN", refs.strip()]
    return "\n".join(lines) + "\n"


def looks_like_email(text: str) -> bool:
    names = set()
    for line in text.lstrip()[:4000].split("\n"):
        if not line.strip():
            break
        match = _EMAIL_HEADER.match(line)
        if match:
            names.add(match.group(1).lower())
        elif not line[:1].isspace():
            return False
    return len(names & _EMAIL_NAMES) >= 2


def email_texts(data: bytes) -> list[str]:
    """The message body, and any text attachments, as cable texts."""
    message = email.message_from_bytes(data, policy=email.policy.default)
    if not isinstance(message, EmailMessage):
        return []
    texts = []
    body = message.get_body(preferencelist=("plain", "html"))
    if isinstance(body, EmailMessage):
        texts.append(_part_text(body))
    for part in message.iter_attachments():
        if part.get_content_maintype() == "text" and isinstance(part, EmailMessage):
            texts.append(_part_text(part))
    return [t for t in texts if t.strip()]


def _part_text(part: EmailMessage) -> str:
    try:
        content = part.get_content()
    except (LookupError, ValueError):
        payload = part.get_payload(decode=True)
        content = payload.decode("latin-1") if isinstance(payload, bytes) else ""
    if not isinstance(content, str):
        return ""
    return html_cable_text(content) if part.get_content_subtype() == "html" else content


def looks_like_html(text: str) -> bool:
    head = text.lstrip()[:2000].lower()
    return head.startswith("<") and ("<html" in head or "<!doctype html" in head or "<pre" in head)


def html_cable_text(page: str) -> str:
    """The cable on a WikiLeaks page: its <pre> blocks, after the page's metadata table."""
    page = _DROP.sub("", page)
    blocks = _PRE.findall(page)
    if blocks:
        text = "\n\n".join(_strip_tags(block) for block in blocks)
    else:
        text = _strip_tags(_BREAK.sub("\n", page))
    return _page_metadata(page) + text


def _strip_tags(fragment: str) -> str:
    return html.unescape(_TAG.sub("", fragment))


def _page_metadata(page: str) -> str:
    """WikiLeaks' table: Reference ID, Created, Released, Classification, Origin."""
    for table in _META_TABLE.findall(page):
        if "reference id" not in table.lower():
            continue
        cells = [" ".join(_strip_tags(c).split()) for c in _CELL.findall(table)]
        created = _CREATED.search(cells[1]) if len(cells) >= 5 else None
        if created:
            year, month, day, hour, minute = (int(g) for g in created.groups())
            stamp = datetime(year, month, day, hour, minute, tzinfo=UTC).strftime("%m/%d/%Y %H:%M")
            return dump_preamble("0", stamp, cells[0], cells[4], cells[3], "")
    return ""
