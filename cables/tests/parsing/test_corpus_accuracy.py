"""All 1,344 corpus cables parse, and agree with WikiLeaks' metadata where it is right."""

from __future__ import annotations

import pytest

from cables.evaluation.manifest_eval import ManifestResult, evaluate_manifest
from cables.evaluation.parser_eval import undisputed
from cables.tests.parsing.conftest import shared_path

pytestmark = pytest.mark.corpus


@pytest.fixture(scope="module")
def result() -> ManifestResult:
    return evaluate_manifest(shared_path("cables"))


def test_it_parses_every_corpus_cable_without_a_crash(result: ManifestResult) -> None:
    assert result.cables == 1344
    assert result.crashes == []
    assert len(result.rejected) <= 1  # 00DAMASCUS3013 is a header-only stub


@pytest.mark.parametrize("field", ["classification", "subject", "tags"])
def test_it_matches_wikileaks_metadata_on_995_per_mille(result: ManifestResult, field: str) -> None:
    score = result.scores[field]
    assert score.rate >= 0.985, score.failures  # raw, WikiLeaks' own errors included
    assert undisputed(score, field) >= 0.995, score.failures


def test_it_dates_every_cable_whose_text_carries_a_date(result: ManifestResult) -> None:
    created = result.scores["created"]
    wrong = [f for f in created.failures if not f.endswith("got None")]
    assert wrong == []
    assert created.passed / created.total >= 0.93  # 81 partial extracts have no date at all


def test_it_reads_the_reference_id_of_nearly_every_cable(result: ManifestResult) -> None:
    assert result.scores["reference_id"].rate >= 0.98
