"""parse_cable: text in, ParsedCable out, CableParseError for text that is not a cable."""

from __future__ import annotations

import re
from datetime import date, datetime
from typing import Any

from cables.parsing import fields
from cables.parsing.blocks import HeaderBlocks, split_blocks
from cables.parsing.body import parse_body_text
from cables.parsing.canonical import canonical_reference_id
from cables.parsing.classifier import read_classified_by
from cables.parsing.dump import DumpRow, find_dump_row
from cables.parsing.header import Envelope, fallback_created, find_dtg, parse_envelope
from cables.parsing.ident import IdLine, find_id_line, id_from_dump, id_from_routing, reconcile
from cables.parsing.model import CableParseError, Paragraph, ParsedCable, built
from cables.parsing.passing import for_offices
from cables.parsing.references import parse_references
from cables.parsing.summary import find_summary
from cables.parsing.tags import parse_tags, tag_kinds
from cables.parsing.text import normalise

# Declassification defaulted to ten years after the cable under E.O. 12958.
_DEFAULT_CLASSIFIED_YEARS = 10
_SUMMARY_WINDOW = 20000
# The header is read from a window of the text: enough lines for the classified-by statement
# (60) and the header's look-ahead (12), in characters a first guess grown when too small.
_HEAD_WINDOW = 4000  # grown four-fold when short: the fewest characters split on the corpus
_HEAD_LINES = 72
_COVER_SHEET_WINDOW = 3000
_YEAR = re.compile(r"(?<![\d/.-])((?:19[6-9]|20[01])\d)(?![\d/])")
# WikiLeaks' partial extracts may name the cable in full on a line of its own, the station cut
# to six letters: "2000HANOI00686 - CONFIDENTIAL", "2004CARACA02200 - CONFIDENTIAL".
_EXTRACT_ID = re.compile(r"^((?:19|20)\d\d)([A-Z]{2,6})[A-Z]{0,20}(\d{1,6}) - [A-Z]", re.MULTILINE)


def parse_cable(text: str) -> ParsedCable:
    """Parse one cable's text. Raises CableParseError when the text is not a cable."""
    if not isinstance(text, str):
        raise CableParseError(f"expected text, got {type(text).__name__}")
    warnings: list[str] = []
    text = normalise(text, warnings)
    if not text or text.isspace():  # not strip(): that copies the whole text
        raise CableParseError("the text is empty")
    dump = find_dump_row(text)
    id_line, envelope, head_end = _id_line(text, dump)
    if id_line.repaired:
        warnings.append(id_line.repaired)
    if head_end != id_line.start:  # the envelope is what precedes the classification line
        envelope = parse_envelope(text[: id_line.start])
    lines, header = _header(text, id_line.end)
    eo, declassify_on = fields.eo_and_declassify(header.blocks.get("EO", ""))
    created, reference_id, year = _identity(text, id_line, envelope, dump, declassify_on, warnings)
    body = parse_body_text(_body_text(text, id_line.end, lines, header))
    warnings.extend(body.warnings)
    heading = _header_fields(header, lines, id_line, year)
    if dump and dump.classification:
        heading["classification"] = dump.classification
    # Built once: replace() on a frozen dataclass of 30 fields costs as much as a field.
    values = {
        "reference_id": reference_id,
        "created": created,
        "eo": eo,
        "declassify_on": declassify_on,
        "paragraphs": body.paragraphs,
        "signature": body.signature,
        "summary": find_summary(text[id_line.end : id_line.end + _SUMMARY_WINDOW]),
        "partial_extract": _is_partial(text[:2000]),
        "portion_noforn": _marked_noforn(heading["subject_marking"], body.paragraphs),
        **_envelope_fields(envelope, id_line),
        **heading,
        "warnings": tuple(warnings),
    }
    return built(ParsedCable, values)


def _header(text: str, start: int) -> tuple[list[str], HeaderBlocks]:
    """The header blocks, read from the first lines only: the body is never split into lines."""
    lines, complete = _head_lines(text, start)
    header = split_blocks(lines)
    # The header's last decisions look up to 12 lines ahead: they must all be in the window.
    if not complete and (header.body_line < 0 or header.body_line + 13 > len(lines)):
        lines = text[start:].split("\n")
        header = split_blocks(lines)
    return lines, header


def _head_lines(text: str, start: int) -> tuple[list[str], bool]:
    """The first lines after `start` (at least _HEAD_LINES whole ones), and whether that is all."""
    size = _HEAD_WINDOW
    while start + size < len(text):
        lines = text[start : start + size].split("\n")
        if len(lines) > _HEAD_LINES:
            lines.pop()  # the window may end mid-line
            return lines, False
        size *= 4
    return text[start:].split("\n"), True


def _body_text(text: str, start: int, lines: list[str], header: HeaderBlocks) -> str:
    """'\\n' + the body: a slice of the text from the body's first line (lines from `start`)."""
    if header.body_line < 0:
        return "\n"
    at = start + sum(map(len, lines[: header.body_line])) + header.body_line
    if header.body_head is None:  # one slice, not a slice and a copy, after a line break
        return text[at - 1 :] if at and text[at - 1] == "\n" else "\n" + text[at:]
    after = at + len(lines[header.body_line]) + 1  # the collapsed line's end is body
    return "\n" + header.body_head + ("\n" + text[after:] if after <= len(text) else "")


def _is_partial(head: str) -> bool:
    """WikiLeaks' note on partial extracts, or the printed-telegram page header they use."""
    return "partial extract of the original" in head or "\nPAGE 01  " in head


def _identity(
    text: str,
    id_line: IdLine,
    envelope: Envelope,
    dump: DumpRow | None,
    declassify_on: date | None,
    warnings: list[str],
) -> tuple[datetime | None, str, int]:
    """(created, reference id, year): the DTG first, then WikiLeaks' and the dump's dates."""
    created = envelope.created or fallback_created(text[: id_line.start + 200])
    created = created or (dump.created if dump else None)
    if id_line.year and not created:
        year = int(f"19{id_line.year}")
    else:
        year = _year(created, declassify_on, text, warnings, id_line)
    reference_id = f"{year % 100:02d}{id_line.station}{id_line.serial}"
    if dump and (from_dump := canonical_reference_id(dump.reference_id)):
        reference_id = from_dump
    return created, reference_id, year


def _marked_noforn(subject_marking: str, paragraphs: tuple[Paragraph, ...]) -> bool:
    """Portions marked '(C/NF)' or '(S//NOFORN)' in the subject or a paragraph."""
    markings = [subject_marking, *(p.marking for p in paragraphs)]
    return any(
        ("NF" in marking or "NOFORN" in marking)  # a substring test first: most have neither
        and not {"NF", "NOFORN"}.isdisjoint(marking.split("/"))
        for marking in markings
    )


def _id_line(text: str, dump: DumpRow | None) -> tuple[IdLine, Envelope, int]:
    """The id line (found, rebuilt or from the dump), the envelope read, and where it ended."""
    found = find_id_line(text)
    head_end = found.start if found else min(len(text), 20000)
    envelope = parse_envelope(text[:head_end])
    if found is not None and envelope.created is None:
        found, envelope, head_end = _past_cover_sheet(text, found, envelope)
    return _choose_id(text, found, envelope, dump), envelope, head_end


def _past_cover_sheet(text: str, found: IdLine, envelope: Envelope) -> tuple[IdLine, Envelope, int]:
    """A post's printout puts a cover sheet ("S E C R E T DOHA 00214", ACTION: AMB) before the
    telegram: when no DTG precedes the first classification line but one follows it closely,
    the telegram's own classification line is the next one after that DTG.

    Only when that line names the same cable (station and serial) as the cover sheet: a cable
    quoted in the body of a partial extract (which has no DTG of its own) has another id."""
    window = text[found.end : found.end + _COVER_SHEET_WINDOW]
    dtg = find_dtg(window)
    if dtg is None:
        return found, envelope, found.start
    later = find_id_line(text, start=found.end + dtg.end())
    if later is None or (later.station, later.serial) != (found.station, found.serial):
        return found, envelope, found.start
    return later, parse_envelope(text[: later.start]), later.start


def _choose_id(text: str, found: IdLine | None, envelope: Envelope, dump: DumpRow | None) -> IdLine:
    # The routing line precedes the originator: search only the envelope.
    rebuilt = id_from_routing(text[: max(envelope.end, 1)], envelope.origin, envelope.end)
    if found is None and rebuilt is not None:
        return rebuilt
    if found is not None and rebuilt is not None:
        return reconcile(found, rebuilt)
    if found is not None:
        return found
    if dump is not None and (from_dump := id_from_dump(dump.reference_id, dump.end)):
        return from_dump
    raise CableParseError(
        "not a cable: no classification line with station and serial "
        "(such as 'CONFIDENTIAL BAKU 000192') and no routing line ('DE RUEHKB #0192') found"
    )


def _envelope_fields(envelope: Envelope, id_line: IdLine) -> dict[str, Any]:
    return {
        "precedence": envelope.precedence,
        "info_precedence": envelope.info_precedence,
        "transmission_id": envelope.transmission_id,
        "niact": tuple(a.name for a in envelope.to + envelope.info if a.niact),
        "origin": envelope.origin,
        "station": id_line.station,
        "to": envelope.to,
        "info": envelope.info,
    }


def _header_fields(
    header: HeaderBlocks, lines: list[str], id_line: IdLine, year: int
) -> dict[str, Any]:
    block = header.blocks
    subject, subject_marking = fields.subject_and_marking(block.get("SUBJECT", ""))
    classified_by, reasons = _classified_by(lines)
    tags = parse_tags(block.get("TAGS", ""))
    captions = tuple(dict.fromkeys(header.captions + list(id_line.caveats)))
    classification = id_line.level
    if "NOFORN" in captions:
        classification += "//NOFORN"
    return {
        "classification": classification,
        "captions": captions,
        "for_offices": for_offices(header.for_lines),
        "tags": tags,
        "tag_kinds": tag_kinds(tags),
        "subject": subject,
        "subject_marking": subject_marking,
        "references": parse_references(block.get("REF", ""), year, id_line.station),
        "classified_by": classified_by,
        "classification_reasons": reasons,
    }


def _classified_by(lines: list[str]) -> tuple[str, tuple[str, ...]]:
    """In the header or the first paragraphs ('1. (U) CLASSIFIED BY ...'), as written."""
    # The statement is in the header or paragraph 1: the first few thousand characters.
    return read_classified_by("\n".join(lines[:60]))


def _year(
    created: datetime | None,
    declassify_on: date | None,
    text: str,
    warnings: list[str],
    id_line: IdLine,
) -> int:
    """The cable's year: from its date or its full id, else estimated (said so in a warning)."""
    if created is not None:
        return created.year
    stated = _EXTRACT_ID.search(text, 0, 20000)
    if (
        stated is not None
        and id_line.station.startswith(stated.group(2))
        and int(stated.group(3)) == int(id_line.serial)
    ):
        return int(stated.group(1))
    if declassify_on is not None:
        year = declassify_on.year - _DEFAULT_CLASSIFIED_YEARS
        warnings.append(
            f"no date-time group: year {year} estimated from the declassification date "
            f"{declassify_on.isoformat()} (ten years earlier)"
        )
        return year
    mentioned = _latest_year_mentioned(text, declassify_on)
    if mentioned:
        warnings.append(f"no date-time group: year {mentioned} estimated from the text")
        return mentioned
    raise CableParseError(
        "no date-time group (such as 'P 051126Z MAR 08') or other date found: "
        "the cable's year is unknown"
    )


def _latest_year_mentioned(text: str, declassify_on: date | None) -> int | None:
    """The latest plausible year in the text: a cable is rarely older than what it reports."""
    ceiling = declassify_on.year - 1 if declassify_on else 2010
    years = [int(y) for y in _YEAR.findall(text[:20000])]
    plausible = [y for y in years if 1966 <= y <= ceiling]
    return max(plausible) if plausible else None
