"""Reference ids are canonical; REF lists give typed references with the year resolved."""

from __future__ import annotations

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
