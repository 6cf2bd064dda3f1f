"""Reference ids are canonical; REF lists give typed references with the year resolved."""

from __future__ import annotations

from cables.parsing import parse_cable
from cables.parsing.canonical import canonical_reference_id
from cables.parsing.references import parse_references


def test_it_repairs_ids_from_the_known_traps() -> None:
    assert canonical_reference_id("7575LIBREVILLE1895") == "75LIBREVILLE1895"
    assert canonical_reference_id("08SECTION01OF02MANAMA492") == "08MANAMA492"
    assert canonical_reference_id("06EFTOKABUL5893") == "06KABUL5893"
    assert canonical_reference_id("06MADRID002583ZFR2585") == "06MADRID2583"
    assert canonical_reference_id("07USUN2") == "07USUNNEWYORK2"
    assert canonical_reference_id("06BELGADE856") == "06BELGRADE856"
    assert canonical_reference_id("not an id") is None


def test_it_resolves_years_and_repairs_damaged_citations() -> None:
    block = (
        "A. BAKU 00150 ¶B. 05 STATE 201650 C. STATE: 73097 D. 09CAIRO0561 E. 10-OTTAWA-57 "
        "F. 05 0TTAWA 3518 G. SANTIAG0 465 H. 2005PANAMA2342 I. PORT A 76"
    )
    ids = [r.reference_id for r in parse_references(block, 2008)]
    assert ids == [
        "08BAKU150",
        "05STATE201650",
        "08STATE73097",
        "09CAIRO561",
        "10OTTAWA57",
        "05OTTAWA3518",
        "08SANTIAGO465",
        "05PANAMA2342",
        "08PORTAUPRINCE76",
    ]


def test_it_reads_several_serials_in_one_item_and_keeps_other_references() -> None:
    refs = parse_references("A. BRASILIA 2799 AND 2764 B. SMITH-JONES EMAIL 05/11/07", 2004)
    assert [(r.letter, r.reference_id, r.kind) for r in refs] == [
        ("A", "04BRASILIA2799", "cable"),
        ("A", "04BRASILIA2764", "cable"),
        ("B", None, "email"),
    ]
    assert refs[2].raw == "SMITH-JONES EMAIL 05/11/07"


def test_it_reads_year_suffixes() -> None:
    refs = parse_references("A. QUITO 4525-91 B. PANAMA 00789/08 C. ASUNCION 701 (07)", 2009)
    assert [r.reference_id for r in refs] == ["91QUITO4525", "08PANAMA789", "07ASUNCION701"]


def test_a_bare_serial_with_a_year_suffix_is_our_own_cable_of_that_year() -> None:
    # Once a crash (int("00789/08")), found by random REF blocks: now a citation.
    refs = parse_references("&00789/08\t", 2008, "BAKU")
    assert [r.reference_id for r in refs] == ["08BAKU789"]
    refs = parse_references("A) 789/X", 2008, "BAKU")
    assert [(r.reference_id, r.kind) for r in refs] == [(None, "other")]


_EXTRACT = """This record is a partial extract of the original cable.
{full_id} - CONFIDENTIAL

CONFIDENTIAL HANOI 00686

E.O. 12958: DECL: 03/21/2020
TAGS: PREL VM
SUBJECT: PARTY CONGRESS PREPARATIONS

1. (C) The party is preparing its congress.
"""


def test_a_partial_extract_naming_itself_in_full_takes_that_year() -> None:
    """No DTG, and a declassification date twenty years on: the full id line gives the year,
    where ten years before the declassification date would give 2010."""
    cable = parse_cable(_EXTRACT.format(full_id="2000HANOI00686"))
    assert cable.reference_id == "00HANOI686"
    assert not any("estimated" in warning for warning in cable.warnings)


def test_a_full_id_line_naming_another_cable_is_no_evidence_of_the_year() -> None:
    cable = parse_cable(_EXTRACT.format(full_id="2000HANOI00712"))
    assert cable.reference_id == "10HANOI686"
    assert any("estimated from the declassification date" in w for w in cable.warnings)
