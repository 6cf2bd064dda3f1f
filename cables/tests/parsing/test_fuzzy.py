"""The bounded edit distance agrees with the plain dynamic programme below its cutoff."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from cables.parsing.fuzzy import NearIndex, edit_distance


def plain_levenshtein(a: str, b: str) -> int:
    previous = list(range(len(b) + 1))
    for i, char_a in enumerate(a, 1):
        current = [i]
        for j, char_b in enumerate(b, 1):
            current.append(
                min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (char_a != char_b))
            )
        previous = current
    return previous[-1]


words = st.text(alphabet="ABCO0", max_size=12)


@given(words, words, st.integers(min_value=1, max_value=6))
def test_it_is_exact_below_the_cutoff_and_not_below_it_above(a: str, b: str, cutoff: int) -> None:
    exact = plain_levenshtein(a, b)
    found = edit_distance(a, b, cutoff)
    assert found == exact if exact < cutoff else found >= cutoff


def test_misspelt_stations_and_titles() -> None:
    assert edit_distance("SANTIAG0", "SANTIAGO", 3) == 1
    assert edit_distance("BELGADE", "BELGRADE", 3) == 1
    assert edit_distance("AMBASADOR", "AMBASSADOR", 3) == 1
    assert edit_distance("PARIS", "LONDON", 3) >= 3


@given(st.lists(words, min_size=1, max_size=20), words, st.integers(min_value=0, max_value=2))
def test_the_near_index_misses_no_word_within_the_edits(
    listed: list[str], word: str, edits: int
) -> None:
    near = NearIndex(listed, depth=2).candidates(word, edits)
    assert {w for w in listed if plain_levenshtein(word, w) <= edits} <= near


def test_a_misspelt_station_is_found_among_few_candidates() -> None:
    index = NearIndex(["SANTIAGO", "SANTODOMINGO", "BELGRADE", "BAKU"], depth=2)
    assert index.candidates("SANTIAG0", 1) == {"SANTIAGO"}
    assert index.candidates("X" * 40, 2) == set()
