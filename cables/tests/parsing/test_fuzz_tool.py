"""The mutation fuzzer reports crashes (and only crashes) of the parser and detector."""

from __future__ import annotations

import random
from pathlib import Path

import pytest

from cables.evaluation import fuzz
from cables.parsing import CableParseError


def test_mutations_are_reproducible_from_the_seed() -> None:
    text = "CONFIDENTIAL BAKU 000192\nSUBJECT: A TEST\n1. (C) Text.\n"
    first, again = random.Random(3), random.Random(3)
    mutants = [fuzz.mutate(text, first) for _ in range(20)]
    assert mutants == [fuzz.mutate(text, again) for _ in range(20)]
    assert any(mutant != text for mutant in mutants)


def test_a_crash_is_counted_and_its_input_kept(monkeypatch: pytest.MonkeyPatch) -> None:
    def crashing(text: str) -> object:
        if "BAKU" in text:
            raise ValueError("boom")
        raise CableParseError("not a cable")

    monkeypatch.setattr(fuzz, "parse_cable", crashing)
    tried, crashed, kept = fuzz.run(["CONFIDENTIAL BAKU 000192\n" * 50], 0.2, seed=1)
    assert tried > 0 and 0 < crashed <= tried
    assert kept and all(Path(path).read_text(encoding="utf-8") for path in kept)
    for path in kept:
        Path(path).unlink()


def test_a_refusal_is_no_crash(monkeypatch: pytest.MonkeyPatch) -> None:
    def refusing(text: str) -> object:
        raise CableParseError("not a cable")

    monkeypatch.setattr(fuzz, "parse_cable", refusing)
    tried, crashed, kept = fuzz.run(["anything"], 0.1, seed=1)
    assert tried > 0 and (crashed, kept) == (0, [])


def test_a_slow_reading_is_a_finding(monkeypatch: pytest.MonkeyPatch) -> None:
    def refusing(text: str) -> object:
        raise CableParseError("not a cable")

    monkeypatch.setattr(fuzz, "parse_cable", refusing)
    monkeypatch.setattr(fuzz, "SLOW", -1.0)  # every input takes longer than that
    tried, found, kept = fuzz.run(["anything"], 0.1, seed=1)
    assert tried > 0 and found == tried
    for path in kept:
        Path(path).unlink()
