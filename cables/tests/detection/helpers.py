"""Build small synthetic ParsedCables for detector tests (no corpus text)."""

from __future__ import annotations

from datetime import UTC, datetime

from cables.parsing.model import Addressee, Paragraph, ParsedCable


def cable(
    *paragraphs: str,
    station: str = "BAKU",
    subject: str = "TEST SUBJECT",
    for_offices: tuple[str, ...] = (),
    to: tuple[str, ...] = ("SECSTATE WASHDC",),
    created: datetime = datetime(2008, 3, 5, 11, 26, tzinfo=UTC),
    numbered: bool = True,
) -> ParsedCable:
    """Paragraphs are numbered 1.. in order unless ``numbered`` is False."""
    paras = tuple(
        Paragraph(number=(i + 1) if numbered else None, marking="U", text=text)
        for i, text in enumerate(paragraphs)
    )
    origin = "SECSTATE WASHDC" if station == "STATE" else f"AMEMBASSY {station}"
    return ParsedCable(
        reference_id=f"08{station}1",
        created=created,
        precedence="PRIORITY",
        origin=origin,
        station=station,
        to=tuple(Addressee("RUEHXX", name, "PRIORITY") for name in to),
        for_offices=for_offices,
        subject=subject,
        paragraphs=paras,
    )
