"""Frozen instances the parser builds fast are whole: every field set, equal to constructed ones."""

from __future__ import annotations

import dataclasses

from cables.parsing import ParsedCable, parse_cable
from cables.tests.parsing.conftest import SAMPLE


def _rebuilt(instance: object) -> object:
    fields = {f.name: getattr(instance, f.name) for f in dataclasses.fields(instance)}  # type: ignore[arg-type]
    return type(instance)(**fields)


def test_it_sets_every_field_of_the_parsed_cable() -> None:
    cable = parse_cable(SAMPLE)
    assert set(vars(cable)) == {f.name for f in dataclasses.fields(ParsedCable)}
    assert cable == _rebuilt(cable)
    assert hash(cable.paragraphs) == hash(tuple(_rebuilt(p) for p in cable.paragraphs))


def test_it_sets_every_field_of_paragraphs_addressees_and_references() -> None:
    cable = parse_cable(SAMPLE)
    for item in (*cable.paragraphs, *cable.to, *cable.info, *cable.references):
        assert set(vars(item)) == {f.name for f in dataclasses.fields(item)}  # type: ignore[arg-type]
        assert item == _rebuilt(item)
    assert cable.paragraphs and cable.to and cable.info and cable.references


def test_it_sets_every_field_of_the_envelope_and_the_id_line() -> None:
    from cables.parsing.header import parse_envelope
    from cables.parsing.ident import find_id_line, id_from_routing

    id_line = find_id_line(SAMPLE)
    assert id_line is not None
    envelope = parse_envelope(SAMPLE[: id_line.start])
    rebuilt = id_from_routing(SAMPLE, envelope.origin, envelope.end)
    assert rebuilt is not None
    for item in (id_line, envelope, rebuilt):
        assert set(vars(item)) == {f.name for f in dataclasses.fields(item)}  # type: ignore[arg-type]
        assert item == _rebuilt(item)
