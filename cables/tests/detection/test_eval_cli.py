"""`make eval`'s detector table: one line per labelled set, the misses listed after it."""

from __future__ import annotations

import pytest

from cables.evaluation import detection_eval


def test_each_set_gets_a_line_and_the_authored_misses_are_listed(
    capsys: pytest.CaptureFixture[str],
) -> None:
    assert detection_eval.main(["--set", "each", "--misses"]) == 0
    out = capsys.readouterr().out
    rows = {line.split()[0]: line.split() for line in out.splitlines() if line[:1].isalpha()}
    assert rows["authored"][1] == "40"  # the 40 authored cables are in the repository
    assert float(rows["authored"][5]) >= 0.90  # request-level F1
    listed = out.split("misses:\n", 1)[1].splitlines()
    assert listed and all(line.startswith("  [") for line in listed)


def test_an_unknown_set_is_refused_with_a_message(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as exit_info:
        detection_eval.main(["--set", "nonesuch"])
    assert exit_info.value.code == 2
    assert "invalid choice" in capsys.readouterr().err


def test_no_authored_cable_shares_an_id_with_a_corpus_cable() -> None:
    """read_cable looks in the authored folder first: a shared id would hide a corpus cable."""
    if not detection_eval.DATA.is_dir():
        pytest.skip("../shared/data not present: corpus tests skipped")
    authored = {path.stem for path in detection_eval.AUTHORED.glob("*.txt")}
    corpus = {path.stem for path in detection_eval.DATA.glob("*.txt")}
    assert authored.isdisjoint(corpus)
    # Every authored cable is labelled in an authored set, and every label has its cable.
    sets = sorted(detection_eval.CORPUS_FREE)
    labelled = set(detection_eval.load_labels([f"{name}.tsv" for name in sets]))
    assert authored == labelled
    assert len(authored) == 40 * len(sets)
