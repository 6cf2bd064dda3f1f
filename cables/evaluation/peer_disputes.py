"""Peer expectations we believe wrong, or not derivable from the input: case -> (what we
return, why).

Cases are keyed by field and a hash of their input (no corpus text is copied here). A test
(cables/tests/parsing/test_peer_disputes.py) checks that we return the value given, so each
dispute stays a deliberate, explained decision.
"""

from __future__ import annotations

import hashlib
from typing import Any


def case_key(case: dict[str, Any]) -> tuple[str, str]:
    """(field, hash of the input, or of the reference id for whole-cable cases)."""
    source = case["input"] if case["input"] is not None else case["reference_id"]
    return case["field"], hashlib.sha1(source.encode()).hexdigest()[:16]


DISPUTES: dict[tuple[str, str], tuple[Any, str]] = {
    ("subject", "720b1815c80d0fc1"): (
        "",
        "the cable has no SUBJECT line (its header lines are collapsed); the peer's value comes "
        "from the WikiLeaks page, not the text",
    ),
    ("classified_by", "27ebc99b8b7d59e7"): (
        ["LEE 0. COLDREN"],
        "the text reads 'LEE 0. COLDREN' (a zero): the peer expects both this spelling and a "
        "corrected one for the same input; we keep the text",
    ),
    ("classified_by", "e6ebfd96ccb91d8b"): (
        ["RICAHRD E. HOAGLAND"],
        "the text misspells the first name 'RICAHRD'; the peer's 'Richard' is not in the input",
    ),
    ("classified_by", "a322f49a342a0f6e"): (
        [],
        "the statement is corrupted after the name: no reason clause ends the name, so none is "
        "read",
    ),
    ("classified_by", "11d102f86fc35b18"): (
        ["KARL WYCOFF"],
        "two classifiers joined by 'AND S/CT DAS' across a line break; we return the first only "
        "(one classified_by per cable)",
    ),
    ("classified_by", "ed19338d24fb2110"): (
        [],
        "the line is corrupted binary after the name; no reason clause ends it",
    ),
    ("references", "9dcb7a9d7a706fd6"): (
        ["05STATE188314", "05STATE259032", "05OTTAWA2285"],
        "'State 188314, 259032' cites two STATE cables; the peer drops the second serial",
    ),
    ("subject", "ae368e2f2fb5c607"): (
        "ASSISTANT SECRETARY MEETS WITH ZIMBABWE",
        "'CONFIDENTIAL' on the next line is the page footer of the printed telegram, not part of "
        "the subject",
    ),
    ("tags", "3d46e201dbe7c8c3"): (
        ["OVIP", "STEINBERG, JAMES", "PREL", "MNUC", "SN", "CH", "KN"],
        "the middle initial 'B.' is not in the input; it comes from the peer's own table of people",
    ),
    ("tags", "3f035d1b9fe3efc6"): (
        ["IS", "ISRAELI PALESTINIAN AFFAIRS GOI EXTERNAL"],
        "free-text tags written without separators: where one phrase ends is not in the text; the"
        " peer splits them with its own list of phrases",
    ),
    ("tags", "a79cf1c1c135a6a6"): (
        ["IS", "GAZA DISENGAGEMENT ISRAELI PALESTINIAN AFFAIRS"],
        "free-text tags written without separators: where one phrase ends is not in the text; the"
        " peer splits them with its own list of phrases",
    ),
    ("tags", "d7d6a9dafa4f7ee3"): (
        ["MARR", "PREL", "PINS", "EWWT", "MOPS", "PM", "LABOR HUMAN RIGHTSPOLMIL"],
        "'RIGHTSPOLMIL' joins a free-text phrase to POL and MIL; only a list of phrases can split"
        " it",
    ),
    ("tags", "8ec9366cb453c8f0"): (
        ["OVIP", "BUSH, GEORGE", "PREL", "PGOV", "SOCI", "EPET", "KTIA", "BR"],
        "the middle initial 'W.' is not in the input; it comes from the peer's own table of people",
    ),
    ("tags", "e984ef5aa0c8ab30"): (
        [
            "CASC",
            "CJAN",
            "SNAR",
            "PHUM",
            "CU",
            "PM",
            "NOVO GUILLERMO REMON PEDRO JIMENEZ GASPAR CONSULAR AFFAIRS",
        ],
        "person names without OVIP and without commas: which words pair into 'SURNAME, GIVEN' is "
        "not in the text",
    ),
    ("tags", "ae2a9f98971a7c5f"): (
        ["PREL", "PGOV", "CVIS", "IT", "ITALY NATIONAL ELECTIONS ITALIAN POLITICS IRAQI FREEDOM"],
        "free-text tags written without separators: where one phrase ends is not in the text; the"
        " peer splits them with its own list of phrases",
    ),
    ("tags", "98549013a804927f"): (
        [
            "DOMESTIC POLITICS",
            "MASS",
            "MNUC",
            "KNNP",
            "MEETINGS WITH AMBASSADOR NEW ZEALAND ROOD JOHN",
            "CROS",
            "GERARD ZANU-PF COUNTRY CLEARANCE",
        ],
        "free-text tags written without separators: where one phrase ends is not in the text; the"
        " peer splits them with its own list of phrases",
    ),
    ("tags", "db154b244bc8d16f"): (
        ["PGOV", "PREL", "PM", "POL FOREIGN POL"],
        "free-text tags written without separators: where one phrase ends is not in the text; the"
        " peer splits them with its own list of phrases",
    ),
    ("tags", "22e51ce256dcf474"): (
        ["PGOV", "PREL", "PM", "POLITICS FOREIGN POLICY POL FOREIGN POL"],
        "free-text tags written without separators: where one phrase ends is not in the text; the"
        " peer splits them with its own list of phrases",
    ),
    ("tags", "b966290cffcd8143"): (
        ["EAID", "ECON", "EINV", "PREL", "BA", "EFIN"],
        "the second 'TAGS:' is the label repeated, not a tag",
    ),
    ("canonical_id", "f6a167eee0fb5f58"): (
        "10AQNA272",
        "'AQNA' is three edits from ASTANA; repairing it would need the peer's own table",
    ),
    ("canonical_id", "fed776fee0db4048"): (
        "08BISHKEK21",
        "the serial 21 becomes 1021 in the peer: the missing digits are not in the input",
    ),
    ("canonical_id", "70bcd4105b42ba12"): (
        "07QXICO3307",
        "'QXICO' is two edits from MEXICO in a five-letter name; we do not guess that far",
    ),
    ("canonical_id", "808b5c5beaf14929"): (
        "092OF5",
        "'092OF5' holds no station or serial; the peer's answer comes from another source",
    ),
    ("canonical_id", "abab17058460fbca"): (
        "06AITTAIPEI2654",
        "the peer expects 'AITTAIPEI' for the same misspelling elsewhere and WikiLeaks ids use "
        "AITTAIPEI",
    ),
    ("canonical_id", "c5721ff4d94308f5"): (
        "09BRUSSELS1234",
        "Brussels ids exist for both the embassy (BRUSSELS) and USEU; the text says BRUSSELS",
    ),
    ("canonical_id", "e45060ddb4cd8034"): (
        None,
        "no serial in the input",
    ),
    ("canonical_id", "72c2b81d54135a70"): (
        "09BRUSSELS1292",
        "the peer's expectation keeps a misspelling ('USEUBRUSEELS') for an input that says "
        "BRUSELS (the embassy)",
    ),
    ("canonical_id", "2b095440011f12e8"): (
        "08ACCRA1382",
        "the id's own serial is 1382; '1392' is a later suspected duplicate, not this id",
    ),
    ("canonical_id", "73a5ed7bfd8dc740"): (
        "09RPODUBAI288",
        "WikiLeaks' own ids for Iran RPO Dubai are 'RPODUBAI' (in the corpus); the peer drops RPO",
    ),
    ("classified_by", "15e2720c4dfcaf76"): (
        [],
        "our copy of 09KABUL3161 reads 'Deputy CooQnator Hoyt Y ee' (OCR damage, the surname "
        "split by a space): no full name can be read from it; the peer's copy differs",
    ),
}
