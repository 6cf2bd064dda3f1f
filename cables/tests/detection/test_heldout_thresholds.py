"""The issue's targets, measured on the held-out labels (run last, never tuned on)."""

from pathlib import Path

import pytest

from cables.evaluation import detection_eval

DATA = Path(__file__).resolve().parents[3] / ".." / "shared" / "data"
MINIMUM_CABLES = 50


@pytest.mark.xfail(
    strict=True,
    reason="not met yet (measured once at the end of the second detection pass, 2026-11-28: "
    "request F1 0.879, explicit recall 0.889, office accuracy 0.900, deadline accuracy 0.925; "
    "F1 and explicit recall miss their targets); remove this marker when it passes",
)
def test_it_meets_the_targets_on_the_heldout_labels() -> None:
    if not DATA.is_dir():
        pytest.skip("../shared/data not present: corpus tests skipped")
    labelled = detection_eval.load_labels(("heldout.tsv",))
    if len(labelled) < MINIMUM_CABLES:
        pytest.skip(f"only {len(labelled)} held-out cables labelled yet; need {MINIMUM_CABLES}")
    score = detection_eval.evaluate(("heldout.tsv",))
    _, _, f1 = detection_eval.f1(score.tp, score.fp, score.fn)
    assert f1 >= 0.90, detection_eval.report(score, misses=True)
    assert detection_eval.ratio(score.explicit_found, score.explicit_total) >= 0.97
    assert detection_eval.ratio(score.office_right, score.tp) >= 0.85
    assert detection_eval.ratio(score.deadline_right, score.tp) >= 0.85
