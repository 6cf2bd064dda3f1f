"""FOR, ALSO FOR and PASS TO lines give Department office symbols only."""

from __future__ import annotations

from cables.parsing import parse_cable
from cables.parsing.passing import for_offices


def _cable(*passing: str) -> str:
    """A short cable (written for the tests) with these lines between SIPDIS and E.O."""
    return "\n".join(
        [
            "P 101200Z JAN 09",
            "FM AMEMBASSY BRASILIA",
            "TO RUEHC/SECSTATE WASHDC PRIORITY 1234",
            "",
            "C O N F I D E N T I A L BRASILIA 000042",
            "",
            "SIPDIS",
            "",
            *passing,
            "",
            "E.O. 12958: DECL: 01/10/2019",
            "TAGS: PREL BR",
            "SUBJECT: A TEST",
            "",
            "Classified By: Ambassador Clifford Sobel",
            "for reasons 1.4 (b) and (d).",
            "",
            "1. (C) Text.",
        ]
    )


def test_it_keeps_offices_and_bureaus() -> None:
    assert for_offices(["NEA/ARP, SCA, AND P STAFF"]) == ("NEA/ARP", "SCA", "P")
    assert for_offices(["DEPARTMENT FOR WHA, M, T"]) == ("WHA", "M", "T")
    assert for_offices(["STATE FOR WHA AND PM"]) == ("WHA", "PM")


def test_it_drops_people_titles_and_portion_marks() -> None:
    line = "NEA/FO, A/S POSNER, (S/NF) STACIE ZERDECKI AND DRL/NESA"
    assert for_offices([line]) == ("NEA/FO", "DRL/NESA")
    assert for_offices(["FOR EUR A/S FRIED AND EUR/WE"]) == ("EUR", "EUR/WE")
    assert for_offices(["FOR WHA/PDA-LGOULD, NEA/ARP/BMCGOVERN, IO/UNP:KMOORE"]) == (
        "WHA/PDA",
        "NEA/ARP",
        "IO/UNP",
    )


def test_an_a_before_a_title_is_acting_not_the_bureau_of_administration() -> None:
    line = "DEPARTMENT FOR AF A A/S CARTER, AF/SPG, NEA/IPA"
    assert for_offices([line]) == ("AF", "AF/SPG", "NEA/IPA")
    assert for_offices(["DEPT FOR A, EUR/WE"]) == ("A", "EUR/WE")


def test_it_drops_offices_of_other_agencies() -> None:
    assert for_offices(["DOD/OSD, AID/OTI AND EUR/CARC"]) == ("EUR/CARC",)


def test_it_reads_only_what_is_passed_to_the_department() -> None:
    line = (
        "DEPARTMENT FOR P, AF, AND AF/S FOR MOZENA AND HILL, NSC FOR SENIOR AFRICA "
        "DIRECTOR B. PITTMAN; USAID FOR M. COPSON AND E. LOKEN"
    )
    assert for_offices([line]) == ("P", "AF", "AF/S")
    assert for_offices(["FOR H - PLEASE PASS TO CODEL LIEBERMAN STATE PASS USTR"]) == ("H",)
    assert for_offices(["FOR AF, AF/E ROME FOR AF WATCHER"]) == ("AF", "AF/E")


def test_it_reads_an_office_that_a_line_is_for() -> None:
    assert for_offices(["NEA FOR FO, ELA"]) == ("NEA", "NEA/FO", "NEA/ELA")
    assert for_offices(["FOR EUR/WE, ALSO FOR WHA - A/S SHANNON"]) == ("EUR/WE", "WHA")


def test_it_finds_passing_lines_in_a_cable() -> None:
    cable = parse_cable(_cable("WHA FOR MICHAEL PUCCETTI", "G/TIP"))
    assert cable.for_offices == ("WHA", "G/TIP")
    assert parse_cable(_cable("DEPT ALSO FOR EUR/WE, DRL/IL,", "AND EB")).for_offices == (
        "EUR/WE",
        "DRL/IL",
        "EB",
    )
    lower = parse_cable(_cable("state for isn/mtr (herrmann), eur/ce, and eur/pra (hardiman)"))
    assert lower.for_offices == ("ISN/MTR", "EUR/CE", "EUR/PRA")


def test_it_reads_offices_after_a_caption() -> None:
    assert parse_cable(_cable("Sipdis, isn/mtr, eur/ags and eur/pra")).for_offices == (
        "ISN/MTR",
        "EUR/AGS",
        "EUR/PRA",
    )


def test_it_takes_no_office_from_a_classified_by_line() -> None:
    cable = parse_cable(_cable())
    assert cable.for_offices == ()
    assert cable.classification_reasons == ("1.4(b)", "1.4(d)")


def test_it_knows_the_south_asia_bureau_before_it_became_sca() -> None:
    assert for_offices(["STATE FOR SA/FO, SA/A, S/CR, SA/PAB, S/CT"]) == (
        "SA/FO",
        "SA/A",
        "S/CR",
        "SA/PAB",
        "S/CT",
    )


def test_it_knows_the_bureaus_of_older_traffic() -> None:
    assert for_offices(["DEPT FOR EA/PHL AND L; FBI FOR LABORATORY DIVISION"]) == ("EA/PHL", "L")
    assert for_offices(["DEPT FOR AF/E, RP AND ARA/AND"]) == ("AF/E", "RP", "ARA/AND")
    assert for_offices(["STATE FOR INM AND HA"]) == ("INM", "HA")


def test_srap_the_short_form_of_s_srap_is_an_office() -> None:
    assert for_offices(["DEPT FOR SRAP, S/SCT, EEB, SCA/RA, and SCA/A"]) == (
        "SRAP",
        "S/SCT",
        "EEB",
        "SCA/RA",
        "SCA/A",
    )


def test_a_passing_line_led_by_another_agency_still_names_the_departments_offices() -> None:
    text = """R 191200Z JAN 10
FM AMEMBASSY RIYADH
TO SECSTATE WASHDC
S E C R E T RIYADH 000061

SIPDIS

TREASURY FOR TFI A/S DAVID COHEN STATE FOR EEB/ESC/TFS AND NEA/ARP

E.O. 12958: DECL: 01/19/2020
TAGS: ECON EFIN SA
SUBJECT: TERROR FINANCE TALKS

1. (S) Post requests that Treasury transmit the data.
"""
    cable = parse_cable(text)
    assert cable.for_offices == ("EEB/ESC/TFS", "NEA/ARP")
    assert cable.captions == ("SIPDIS",)
