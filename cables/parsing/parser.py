"""parse_cable: text in, ParsedCable out, CableParseError for text that is not a cable."""

from __future__ import annotations

from cables.parsing import blocks as blocks_mod
from cables.parsing import fields
from cables.parsing.body import parse_body
from cables.parsing.header import parse_envelope
from cables.parsing.ident import find_id_line
from cables.parsing.model import CableParseError, ParsedCable
from cables.parsing.references import parse_references
from cables.parsing.tags import parse_tags, tag_kinds
from cables.parsing.text import normalise


def parse_cable(text: str) -> ParsedCable:
    """Parse one cable's text. Raises CableParseError when the text is not a cable."""
    if not isinstance(text, str):
        raise CableParseError(f"expected text, got {type(text).__name__}")
    warnings: list[str] = []
    text = normalise(text, warnings)
    if not text.strip():
        raise CableParseError("the text is empty")
    id_line = find_id_line(text)
    if id_line is None:
        raise CableParseError(
            "no classification line with station and serial (e.g. 'CONFIDENTIAL BAKU 000192') found"
        )
    envelope = parse_envelope(text[: id_line.start])
    year = envelope.created.year if envelope.created else None
    if year is None:
        raise CableParseError(
            "no date-time group (e.g. 'P 051126Z MAR 08') found: the year is unknown"
        )
    lines = text[id_line.end :].split("\n")
    header = blocks_mod.split_blocks(lines)
    body = parse_body(lines[header.body_start :])
    warnings.extend(body.warnings)
    block = header.blocks
    subject, subject_marking = fields.subject_and_marking(block.get("SUBJECT", ""))
    eo, declassify_on = fields.eo_and_declassify(block.get("EO", ""))
    classified_by, reasons = fields.classified_by(block.get("CLASSIFIED", ""))
    tags = parse_tags(block.get("TAGS", ""))
    captions = tuple(dict.fromkeys(header.captions + list(id_line.caveats)))
    classification = id_line.level
    if "NOFORN" in captions:
        classification += "//NOFORN"
    return ParsedCable(
        reference_id=f"{year % 100:02d}{id_line.station}{id_line.serial}",
        created=envelope.created,
        precedence=envelope.precedence,
        info_precedence=envelope.info_precedence,
        transmission_id=envelope.transmission_id,
        niact=tuple(a.name for a in envelope.to + envelope.info if a.niact),
        origin=envelope.origin,
        station=id_line.station,
        to=envelope.to,
        info=envelope.info,
        classification=classification,
        captions=captions,
        for_offices=fields.for_offices(header.for_lines),
        eo=eo,
        declassify_on=declassify_on,
        tags=tags,
        tag_kinds=tag_kinds(tags),
        subject=subject,
        subject_marking=subject_marking,
        references=parse_references(block.get("REF", ""), year),
        classified_by=classified_by,
        classification_reasons=reasons,
        paragraphs=body.paragraphs,
        signature=body.signature,
        warnings=tuple(warnings),
    )
