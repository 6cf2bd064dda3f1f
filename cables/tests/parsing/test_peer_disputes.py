"""Where we disagree with the peer parser's expectation, we return the documented value."""

from __future__ import annotations

from pathlib import Path

import pytest

from cables.evaluation.peer_disputes import DISPUTES, case_key
from cables.evaluation.peer_eval import actual_value, load_cases
from cables.tests.parsing.conftest import shared_path

pytestmark = pytest.mark.corpus


def _disputed_cases() -> list[dict[str, object]]:
    path = shared_path("peer_cases.jsonl")
    return [case for case in load_cases(path) if case_key(case) in DISPUTES]


def test_it_documents_every_dispute_with_a_reason() -> None:
    assert DISPUTES
    for value_and_reason in DISPUTES.values():
        assert len(value_and_reason[1]) > 20


def test_it_returns_the_documented_value_for_each_disputed_case() -> None:
    cases = _disputed_cases()
    assert len(cases) >= len(DISPUTES)  # every dispute still names a real case
    cables = Path(shared_path("cables"))
    for case in cases:
        ours, why = DISPUTES[case_key(case)]
        got = actual_value(case, cables)
        assert got == ours, f"{case['field']}: {why}"


@pytest.mark.parametrize("field", ["references", "tags", "subject", "signed_by", "classified_by"])
def test_it_passes_95_percent_of_the_peer_cases_it_does_not_dispute(field: str) -> None:
    from cables.evaluation.peer_eval import evaluate_peer_cases

    scores = evaluate_peer_cases(shared_path())
    assert scores[field].rate_undisputed >= 0.95, scores[field].failed
