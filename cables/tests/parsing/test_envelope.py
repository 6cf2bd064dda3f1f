"""The envelope: precedence letters, DTG, NIACT addressees, damaged and missing id lines."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from cables.parsing import CableParseError, parse_cable

OLD_CABLE = """O R 181205Z NOV 75 ZFF4
FM AMEMBASSY LIBREVILLE
TO USMISSION USUN NEW YORK NIACT IMMEDIATE
SECSTATE WASHDC IMMEDIATE 7102
INFO AMEMBASSY PARIS
C O N F I D E N T I A L 75 LIBREVILLE 1895
E.O. 11652: NGDS
TAGS: PFOR UNGA GB
SUBJ: A TEST OF AN OLD CABLE
1. THE TEXT OF AN OLD CABLE.
SMITH
"""


def test_it_reads_action_and_info_precedence_and_niact() -> None:
    cable = parse_cable(OLD_CABLE)
    assert (cable.precedence, cable.info_precedence) == ("IMMEDIATE", "ROUTINE")
    assert cable.created == datetime(1975, 11, 18, 12, 5, tzinfo=UTC)
    assert cable.niact == ("USMISSION USUN NEW YORK",)
    assert cable.to[1].mcn == "7102"
    assert cable.reference_id == "75LIBREVILLE1895"
    assert cable.subject == "A TEST OF AN OLD CABLE"
    assert cable.signature == "SMITH"


def test_it_reads_a_damaged_classification_line() -> None:
    cable = parse_cable(OLD_CABLE.replace("C O N F I D E N T I A L", "SS E C R E T"))
    assert cable.classification == "SECRET"
    assert any("damaged classification" in w for w in cable.warnings)


def test_it_rebuilds_the_id_from_the_routing_line_when_the_classification_line_is_missing() -> None:
    text = "DE RUEHLP #0096/01 0231326\nZNY CCCCC ZZH\nP 231326Z JAN 09\nFM AMEMBASSY LA PAZ\n"
    text += "TO RUEHC/SECSTATE WASHDC PRIORITY 9793\n\nSIPDIS\nTAGS: PGOV BL\nSUBJECT: TEST\n"
    cable = parse_cable(text)
    assert (cable.reference_id, cable.classification) == ("09LAPAZ96", "CONFIDENTIAL")


def test_it_refuses_text_that_is_no_cable_with_a_reason() -> None:
    with pytest.raises(CableParseError, match="not a cable"):
        parse_cable("Dear colleague,\nplease find the minutes attached.\n")
    with pytest.raises(CableParseError, match="empty"):
        parse_cable("   \n")


# A post's printout: a cover sheet with its own classification line precedes the telegram.
COVER_SHEET_CABLE = """Jane Q Officer  12/02/2009 11:08:08 AM  From  DB/Inbox:  Search Results

Cable Text:
C O N F I D E N T I A L        VALLETTA 00321
CXVALLE:
    ACTION: POL
    INFO:   DCM AMB

VZCZCVLO123
PP RUEHC
DE RUEHVL #0321/01 0851341
ZNY CCCCC ZZH
P 261341Z MAR 09
FM AMEMBASSY VALLETTA
TO RUEHC/SECSTATE WASHDC PRIORITY 4321
INFO RUEHRO/AMEMBASSY ROME 0099

C O N F I D E N T I A L SECTION 01 OF 02 VALLETTA 000321

E.O. 12958: DECL: 03/26/2019
TAGS: PREL MT
SUBJECT: A COVER SHEET BEFORE THE TELEGRAM

1. (C) The text of the telegram.
"""


def test_a_cover_sheet_does_not_hide_the_telegrams_envelope() -> None:
    cable = parse_cable(COVER_SHEET_CABLE)
    assert cable.reference_id == "09VALLETTA321"
    assert cable.created == datetime(2009, 3, 26, 13, 41, tzinfo=UTC)
    assert cable.precedence == "PRIORITY"
    assert cable.transmission_id == "VZCZCVLO123"
    assert cable.origin == "AMEMBASSY VALLETTA"
    assert [a.name for a in cable.info] == ["AMEMBASSY ROME"]
    assert cable.subject == "A COVER SHEET BEFORE THE TELEGRAM"


def test_a_cable_quoted_in_a_partial_extract_is_not_taken_for_it() -> None:
    """A partial extract has no DTG; a quoted cable in its body does, with another id."""
    quoting = """This record is a partial extract of the original cable.

C O N F I D E N T I A L VALLETTA 000321

E.O. 12958: DECL: 03/26/2019
TAGS: PREL MT
SUBJECT: A PARTIAL EXTRACT QUOTING GUIDANCE

1. (C) The Department's guidance reads:
O 021530Z JUN 09
FM SECSTATE WASHDC
TO AMEMBASSY VALLETTA IMMEDIATE
UNCLAS STATE 123456
SUBJECT: GUIDANCE
2. (C) End text.
"""
    cable = parse_cable(quoting)
    assert cable.reference_id == "09VALLETTA321"
    assert cable.subject == "A PARTIAL EXTRACT QUOTING GUIDANCE"
    assert cable.created is None


SANCTIONS_CABLE = """R 301900Z SEP 08
FM SECSTATE WASHDC
TO AMEMBASSY SEOUL
UNCLAS STATE 104411
E.O. 12958: N/A
TAGS: ETTC KNNP KN
SUBJECT: DESIGNATION OF TWO DPRK ENTITIES UNDER E.O. 13382
REF: STATE 12345

1. The Department has designated two entities under E.O. 13382.
"""


def test_an_executive_order_cited_in_the_subject_stays_in_the_subject() -> None:
    """Only E.O. 12958 and its kin open the declassification line; a sanctions order cited
    in prose ("under E.O. 13382") is part of the subject."""
    cable = parse_cable(SANCTIONS_CABLE)
    assert cable.subject == "DESIGNATION OF TWO DPRK ENTITIES UNDER E.O. 13382"
    assert cable.eo == "12958"
    assert [r.reference_id for r in cable.references] == ["08STATE12345"]


def test_an_executive_order_after_two_spaces_stays_in_the_subject() -> None:
    spaced = SANCTIONS_CABLE.replace("ENTITIES UNDER E.O.", "ENTITIES UNDER  E.O.")
    assert parse_cable(spaced).subject == "DESIGNATION OF TWO DPRK ENTITIES UNDER E.O. 13382"


def test_a_declassification_line_run_into_the_captions_is_still_split_off() -> None:
    collapsed = SANCTIONS_CABLE.replace(
        "E.O. 12958: N/A\nTAGS: ETTC KNNP KN\n", "SIPDIS E.O. 12958: N/A TAGS: ETTC KNNP KN\n"
    )
    cable = parse_cable(collapsed)
    assert cable.eo == "12958"
    assert cable.tags == ("ETTC", "KNNP", "KN")


def test_a_subject_wrapped_onto_a_line_starting_for_goes_on() -> None:
    wrapped = SANCTIONS_CABLE.replace(
        "SUBJECT: DESIGNATION OF TWO DPRK ENTITIES UNDER E.O. 13382\n",
        "SUBJECT: DRAFT EMBASSY STATEMENT\nFOR CLEARANCE\n",
    )
    assert parse_cable(wrapped).subject == "DRAFT EMBASSY STATEMENT FOR CLEARANCE"


def test_a_passing_line_after_the_subject_is_still_a_passing_line() -> None:
    passing = SANCTIONS_CABLE.replace(
        "SUBJECT: DESIGNATION OF TWO DPRK ENTITIES UNDER E.O. 13382\n",
        "SUBJECT: DRAFT EMBASSY STATEMENT\nFOR EUR/CARC AND DRL\n",
    )
    cable = parse_cable(passing)
    assert cable.subject == "DRAFT EMBASSY STATEMENT"
    assert cable.for_offices == ("EUR/CARC", "DRL")


ZEN_CABLE = """O 270333Z SEP 08
FM SECSTATE WASHDC
TO ZEN/AMEMBASSY BELMOPAN NIACT IMMEDIATE 2276-2279
RUEHKV/AMEMBASSY KYIV NIACT IMMEDIATE 7881-7884
ZEN/AMEMBASSY MOSCOW NIACT IMMEDIATE 4778-4781
INFO ZEN/AMEMBASSY DJIBOUTI IMMEDIATE 4024-4027
ZEN/SECDEF WASHINGTON DC IMMEDIATE

S E C R E T STATE 103511

E.O. 12958: DECL: 09/26/2018
TAGS: PREL EWWT
SUBJECT: A TANKER HIJACKED

1. (S) This is an action request.
"""


def test_addressees_marked_zen_and_numbered_by_ranges_are_read() -> None:
    """ZEN/ marks an addressee the message is not sent to electrically; "2276-2279" numbers
    a cable of four sections. Neither ends the addressee list."""
    cable = parse_cable(ZEN_CABLE)
    assert [(a.indicator, a.name, a.precedence, a.mcn) for a in cable.to] == [
        ("ZEN", "AMEMBASSY BELMOPAN", "IMMEDIATE", "2276-2279"),
        ("RUEHKV", "AMEMBASSY KYIV", "IMMEDIATE", "7881-7884"),
        ("ZEN", "AMEMBASSY MOSCOW", "IMMEDIATE", "4778-4781"),
    ]
    assert [a.name for a in cable.info] == ["AMEMBASSY DJIBOUTI", "SECDEF WASHINGTON DC"]
    assert cable.niact == ("AMEMBASSY BELMOPAN", "AMEMBASSY KYIV", "AMEMBASSY MOSCOW")


def test_a_passing_line_to_someone_after_the_subject_is_still_a_passing_line() -> None:
    passing = SANCTIONS_CABLE.replace(
        "SUBJECT: DESIGNATION OF TWO DPRK ENTITIES UNDER E.O. 13382\n",
        "SUBJECT: KARZAI PREVIEWS REVIEW IDEAS\nFOR USD/P FLOURNOY\n",
    )
    assert parse_cable(passing).subject == "KARZAI PREVIEWS REVIEW IDEAS"
