"""Ingest stores what access reads, failing closed: the level is the highest of the banner and
the portions, NOFORN portions make the cable NOFORN, a classification not read is TOP SECRET."""

import pytest

from cables.services import cable_ingest

pytestmark = pytest.mark.django_db

CABLE = """VZCZCXRO0311
PP RUEHC
DE RUEHSI #0311 0700915
ZNY CCCCC ZZH
P 100915Z MAR 08
FM AMEMBASSY TBILISI
TO RUEHC/SECSTATE WASHDC PRIORITY 3311
BT
C O N F I D E N T I A L TBILISI 000311

SIPDIS

FOR EUR/CARC

E.O. 12958: DECL: 03/10/2018
TAGS: PREL PGOV GG
SUBJECT: (C) GEORGIA: A NOTE ON THE BOUNDARY LINE

Classified By: Ambassador for reasons 1.4 (b) and (d).

1. (C) The Foreign Minister spoke of the boundary line on March 8.

2. (C/NF) A contact told us privately what the minister left out.
TEFFT
BT
#0311
NNNN
"""


def test_it_stores_a_cable_with_noforn_portions_as_noforn() -> None:
    cable = cable_ingest(text=CABLE).cable

    assert cable.level == "CONFIDENTIAL"
    assert cable.noforn is True


def test_it_keeps_a_cable_without_noforn_portions_releasable() -> None:
    cable = cable_ingest(text=CABLE.replace("(C/NF)", "(C)")).cable

    assert cable.noforn is False


def test_it_stores_a_cable_whose_classification_cannot_be_read_as_top_secret() -> None:
    no_banner = CABLE.replace("ZNY CCCCC ZZH\n", "").replace(
        "C O N F I D E N T I A L TBILISI 000311\n", ""
    )

    cable = cable_ingest(text=no_banner).cable

    assert (cable.reference_id, cable.classification) == ("08TBILISI311", "")
    assert (cable.level, cable.level_rank) == ("TOP SECRET", 3)
    assert any("classification not read" in w for w in cable.warnings)


def test_it_stores_a_cable_at_the_level_of_its_highest_portion() -> None:
    # Misfiled cables exist: an UNCLASSIFIED envelope around a SECRET text, "(S)" paragraphs.
    cable = cable_ingest(text=CABLE.replace("2. (C/NF)", "2. (S)")).cable

    assert (cable.level, cable.level_rank) == ("SECRET", 2)
    assert any("portions marked SECRET under a CONFIDENTIAL banner" in w for w in cable.warnings)


def test_it_keeps_the_banner_level_when_no_portion_is_above_it() -> None:
    cable = cable_ingest(text=CABLE.replace("2. (C/NF)", "2. (SBU)")).cable

    assert (cable.level, cable.level_rank, cable.warnings) == ("CONFIDENTIAL", 1, [])
