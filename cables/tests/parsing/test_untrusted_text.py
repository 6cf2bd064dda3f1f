"""Any text either parses or is refused with CableParseError, and quickly."""

from __future__ import annotations

import time

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from cables.evaluation.bench import adversarial_texts
from cables.parsing import CableParseError, ParsedCable, parse_cable

# Pieces of real cable syntax, so generated texts reach the deeper stages of the parser.
FRAGMENTS = [
    "P 051126Z MAR 08\n",
    "O R 181205Z NOV 75 ZFF4\n",
    "FM AMEMBASSY BAKU\n",
    "TO RUEHC/SECSTATE WASHDC PRIORITY 4864\n",
    "INFO RUEHAK/AMEMBASSY ANKARA 2674\n",
    "CONFIDENTIAL BAKU 000192\n",
    "S E C R E T SECTION 01 OF 02 STATE 000284 ",
    "SIPDIS\n",
    "E.O. 12958: DECL: 03/05/2018\n",
    "TAGS: PREL PGOV AJ\n",
    "SUBJECT: (C) A TEST\n",
    "REF: A. BAKU 00150 ¶B. 05 STATE 201650\n",
    "Classified By: DCM Jane Doe for reasons 1.4 (b).\n",
    "¶1. (C) Text.\n",
    "13. (S//NF) More.\n",
    "$\\P1$. ",
    "- 2. (U) ",
    "BAKU 00000192 002 OF 003\n",
    "END SUMMARY\n",
    "DERSE\n",
    "<<1>>\n",
    "\t",
    "\r\n",
    "¶",
    "1.",
    " ",
    "REF:",
    "(",
    ")",
]


def _parses_or_refuses(text: str) -> None:
    try:
        parsed = parse_cable(text)
    except CableParseError as error:
        assert str(error)  # a reason a person can read
        return
    assert isinstance(parsed, ParsedCable)
    assert parsed.reference_id
    parsed.to_json()


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.text(max_size=3000))
def test_it_parses_or_refuses_any_text(text: str) -> None:
    _parses_or_refuses(text)


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(st.sampled_from(FRAGMENTS), max_size=60).map("".join))
def test_it_parses_or_refuses_any_mix_of_cable_syntax(text: str) -> None:
    _parses_or_refuses(text)


@pytest.mark.parametrize("name", sorted(adversarial_texts(1000)))
def test_it_parses_a_megabyte_of_adversarial_text_in_under_a_second(name: str) -> None:
    text = adversarial_texts()[name]
    started = time.process_time()
    _parses_or_refuses(text)
    assert time.process_time() - started < 1.0
