"""TAGS with kinds and repairs; the classifier's name and the reasons."""

from __future__ import annotations

from cables.parsing import parse_cable
from cables.parsing.classifier import classified_by, classifier_name, find_classified_by
from cables.parsing.tags import parse_tags, tag_kinds


def test_it_splits_tags_written_with_commas_spaces_or_run_together() -> None:
    assert parse_tags("PREL, PGOV,\nECON, AJ") == ("PREL", "PGOV", "ECON", "AJ")
    assert parse_tags("KCRM KWMN ASEC PHUMBA") == ("KCRM", "KWMN", "ASEC", "PHUM", "BA")
    assert parse_tags("PREL RU MOPPS") == ("PREL", "RS", "MOPS")  # drafting errors corrected


def test_it_reads_visitors_and_free_text_tags() -> None:
    tags = parse_tags("OVIP BIDEN JOSEPH PREL EU")
    assert tags == ("OVIP", "BIDEN, JOSEPH", "PREL", "EU")
    assert dict(tag_kinds(tags)) == {
        "OVIP": "subject",
        "BIDEN, JOSEPH": "person",
        "PREL": "subject",
        "EU": "org",
    }
    assert parse_tags("TU KJUS TIP IN TURKEY") == ("TU", "KJUS", "TIP IN TURKEY")


def test_it_reads_the_classifier_through_titles_typos_and_wrapping() -> None:
    who, reasons = classified_by(
        "Acting Deputy Chief of Mission Marc Wall for Reasons 1.4 (b) and (d)"
    )
    assert (classifier_name(who), reasons) == ("Marc Wall", ("1.4(b)", "1.4(d)"))
    assert classifier_name(classified_by("Ambassaor Joseph LeBaron, reasons 1.4 b")[0]) == (
        "Joseph LeBaron"
    )
    assert classifier_name("THOMAS W. SIMONS, JR., AMBASSADOR") == "THOMAS W. SIMONS, JR."


def test_it_joins_a_word_cut_at_the_wrap_width() -> None:
    line = "Classified By: Interagency Provincial Affairs Deputy Coordinator Hoyt Y "
    assert len(line) == 72
    statement = find_classified_by(line + "\nee for reasons 1.4 (b) and (d)\n\n1. (C) Text")
    assert classifier_name(classified_by(statement)[0]) == "Hoyt Yee"


# As text taken from a PDF: each tag on its own line, blank lines of one space between.
_PDF_HEADER = "\n".join(
    [
        "O 201218Z APR 00",
        "FM AMEMBASSY ATHENS",
        "TO SECSTATE WASHDC IMMEDIATE 7653",
        "C O N F I D E N T I A L ATHENS 001917",
        " ",
        "E.O.  12958:  DECL:  04/18/02 ",
        "TAGS: ",
        "PREL",
        " ",
        "ECIN",
        " ",
        "OVIP (CLINTON, WILLIAM J.) ",
        " ",
        "GR",
        "SUBJECT:  ENGAGING GREECE ON THE BALKANS: WHAT A ",
        "YEAR CAN MAKE ",
        " ",
        "1. (C) LAST APRIL OUR EMBASSY ENDURED DAILY DEMONSTRATIONS.",
    ]
)


def test_it_reads_tags_a_pdf_put_one_to_a_line_with_blank_lines_between() -> None:
    cable = parse_cable(_PDF_HEADER)
    assert cable.tags == ("PREL", "ECIN", "OVIP", "CLINTON, WILLIAM J.", "GR")
    assert cable.subject == "ENGAGING GREECE ON THE BALKANS: WHAT A YEAR CAN MAKE"
    assert [p.number for p in cable.paragraphs] == [1]


def test_a_short_capitals_line_after_the_tags_is_still_body_when_no_subject_follows() -> None:
    text = _PDF_HEADER.replace(
        "SUBJECT:  ENGAGING GREECE ON THE BALKANS: WHAT A \nYEAR CAN MAKE ", ""
    )
    cable = parse_cable(text)
    assert cable.tags == ("PREL",)
    assert cable.paragraphs[0].text.startswith("ECIN")


def test_a_caption_or_passing_line_between_tags_and_subject_is_not_a_tag() -> None:
    for line, field in (("EXDIS", "captions"), ("DEPT FOR EUR/CE", "for_offices")):
        text = _PDF_HEADER.replace("GR\nSUBJECT", f"GR\n \n{line}\nSUBJECT")
        cable = parse_cable(text)
        assert cable.tags == ("PREL", "ECIN", "OVIP", "CLINTON, WILLIAM J.", "GR")
        assert getattr(cable, field) == (("EXDIS",) if field == "captions" else ("EUR/CE",))


def test_a_visitor_line_continues_a_tag_list() -> None:
    assert parse_tags("APEC, ECON, BX\nOVIP (CLINTON, WILLIAM J.)") == (
        "APEC",
        "ECON",
        "BX",
        "OVIP",
        "CLINTON, WILLIAM J.",
    )
