"""Numbered paragraphs: markings, OCR'd numbers, misnumbering, lists and page lines."""

from __future__ import annotations

from cables.parsing.body import parse_body


def _numbers(text: str) -> list[int | None]:
    return [p.number for p in parse_body(text.split("\n")).paragraphs]


def test_it_reads_paragraph_numbers_and_markings() -> None:
    body = parse_body(["1. (C) One.", "2. (S//NF) Two.", "3. (SBU) Three."])
    assert [(p.number, p.marking, p.text) for p in body.paragraphs] == [
        (1, "C", "One."),
        (2, "S//NF", "Two."),
        (3, "SBU", "Three."),
    ]


def test_it_repairs_a_pilcrow_read_as_a_one() -> None:
    body = parse_body(["¶1. (U) One.", "¶2. (C) Two.", "13. (C) Three.", "¶4. (C) Four."])
    assert [p.number for p in body.paragraphs] == [1, 2, 3, 4]
    assert body.warnings == ["paragraph 13 read as 3 (OCR: '¶' became '1')"]


def test_it_keeps_a_numbered_list_inside_a_marked_paragraph() -> None:
    text = "1. (C) We ask for:\n1. money\n2. time\n3. patience\n2. (C) Next."
    assert _numbers(text) == [1, 2]


def test_it_renumbers_a_slip_that_the_next_paragraph_does_not_follow() -> None:
    # A drafter typed "5." for paragraph 3; paragraphs 4 and 5 follow in order.
    body = parse_body(["1. (C) a", "2. (C) b", "5. (C) c", "4. (C) d", "5. (C) e"])
    assert [(p.number, p.text) for p in body.paragraphs] == [
        (1, "a"),
        (2, "b"),
        (3, "c"),
        (4, "d"),
        (5, "e"),
    ]
    assert body.warnings == ["paragraph 5 read as 3 (misnumbered: 4 follows)"]


def test_it_keeps_a_real_gap_in_the_numbering() -> None:
    assert _numbers("1. (C) a\n4. (C) b\n5. (C) c") == [1, 4, 5]


def test_it_drops_page_and_section_lines() -> None:
    body = parse_body(["1. (C) Start of a", "BAKU 00001835  002 OF 003", "sentence.", "NNNN"])
    assert body.paragraphs[0].text == "Start of a\nsentence."


def test_it_takes_the_signature_off_the_last_paragraph() -> None:
    body = parse_body(["1. (U) Thanks.", "", "DERSE", "", "CONFIDENTIAL"])
    assert body.signature == "DERSE"
    assert body.paragraphs[-1].text == "Thanks."


def test_it_reads_releasability_markings() -> None:
    body = parse_body(
        [
            "¶1. (S) Action request.",
            "OBJECTIVES",
            "----------",
            "¶2. (S/Rel to Ukraine) For Embassy Kyiv.",
            "3.(C/REL LIBYA) No space after the number.",
            "¶4.  (S//REL AFGHANISTAN, KYRGYZSTAN, ",
            "TAJIKISTAN) A marking wrapped over two lines.",
            "¶5. (Secret/Rel Armenia) Begin letter.",
        ]
    )
    assert [(p.number, p.marking) for p in body.paragraphs] == [
        (1, "S"),
        (2, "S/REL TO UKRAINE"),
        (3, "C/REL LIBYA"),
        (4, "S//REL AFGHANISTAN, KYRGYZSTAN, TAJIKISTAN"),
        (5, "SECRET/REL ARMENIA"),
    ]
    assert body.paragraphs[0].text == "Action request.\nOBJECTIVES\n----------"
    assert body.paragraphs[3].text == "A marking wrapped over two lines."


def test_it_keeps_unmarked_paragraphs_whose_numbering_runs_on_to_a_marked_one() -> None:
    text = "¶1. (S/NF) One.\n¶2. Heading\n¶3. xxxxxxxxxxxx\n¶4. (U) Four."
    assert _numbers(text) == [1, 2, 3, 4]


def test_it_keeps_an_unmarked_last_paragraph_after_marked_ones() -> None:
    assert _numbers("¶1. (C) One.\n¶2. (C) Two.\n¶3. This cable was cleared by Rome.") == [1, 2, 3]


def test_it_does_not_take_a_list_at_the_end_for_paragraphs() -> None:
    text = "¶1. (C) One.\n¶2. (C) The letter reads:\n¶1. First.\n¶2. Second.\n¶3. Third."
    assert _numbers(text) == [1, 2]


def test_it_numbers_paragraphs_that_put_the_marking_before_the_number() -> None:
    body = parse_body(
        [
            "(C) 1. The Embassy obtained a copy of the report.",
            "",
            "(C) 2. On October 11 the Ministry gave the report to the press.",
            "",
            "(SBU) 3. The Embassy requests the Department's assistance.",
        ]
    )
    assert [(p.number, p.marking) for p in body.paragraphs] == [(1, "C"), (2, "C"), (3, "SBU")]
    assert body.paragraphs[2].text == "The Embassy requests the Department's assistance."


def test_a_marked_list_inside_numbered_paragraphs_is_not_renumbered() -> None:
    body = parse_body(["1. (C) The points:", "(C) 1. first point", "(C) 2. second point"])
    assert [p.number for p in body.paragraphs] == [1]


def test_a_printed_telegrams_page_header_inside_a_paragraph_is_dropped() -> None:
    body = parse_body(
        [
            "1. (C) THE MINISTER SAID THE TALKS WOULD",
            "PAGE 03        HARARE  06677  01 OF 03  291400Z",
            "RESUME IN MAY.",
            "MCDONALD",
        ]
    )
    assert body.signature == "MCDONALD"
    assert body.paragraphs[0].text == "THE MINISTER SAID THE TALKS WOULD\nRESUME IN MAY."
