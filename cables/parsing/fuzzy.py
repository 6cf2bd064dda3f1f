"""Edit distance for the parser's fuzzy lookups (misspelt stations and titles).

Shared by the station repair ('SANTIAG0', 'BELGADE') and the classified-by reader ('AMBASADOR').
"""

from __future__ import annotations

from collections.abc import Iterable


class NearIndex:
    """The words of a fixed list within a few edits of a given word, found without comparing
    the word with every one of them.

    Two words within k edits of each other have a common form with at most k letters deleted
    from each (a substitution is a deletion from both, an insertion a deletion from the other).
    So every word is filed under each form with up to ``depth`` letters deleted, and a query
    looks up the forms of its own word: a superset of the near words, to be measured exactly.
    """

    def __init__(self, words: Iterable[str], depth: int) -> None:
        self.depth = depth
        self.longest = 0
        self._index: dict[str, set[str]] = {}
        for word in words:
            self.longest = max(self.longest, len(word))
            for form in deletions(word, depth):
                self._index.setdefault(form, set()).add(word)

    def candidates(self, word: str, edits: int) -> set[str]:
        """Every listed word within ``edits`` (at most ``depth``) edits of ``word``, and some
        more."""
        assert edits <= self.depth
        if len(word) > self.longest + edits:
            return set()  # longer than any listed word by more than the edits allowed
        found: set[str] = set()
        for form in deletions(word, edits):
            found |= self._index.get(form, set())
        return found


def deletions(word: str, depth: int) -> set[str]:
    """The word and every form of it with up to ``depth`` letters deleted."""
    forms, frontier = {word}, {word}
    for _ in range(depth):
        frontier = {w[:i] + w[i + 1 :] for w in frontier for i in range(len(w))}
        forms |= frontier
    return forms


def edit_distance(a: str, b: str, cutoff: int) -> int:
    """The Levenshtein distance of a and b when it is below ``cutoff``; otherwise a number not
    below ``cutoff`` (the work stops as soon as the distance cannot be below it).

    A common prefix and suffix change no distance, so they are dropped first: most pairs
    compared differ early and the table then stops after a row or two.
    """
    start, end_a, end_b = 0, len(a), len(b)
    while start < end_a and start < end_b and a[start] == b[start]:
        start += 1
    while end_a > start and end_b > start and a[end_a - 1] == b[end_b - 1]:
        end_a -= 1
        end_b -= 1
    a, b = a[start:end_a], b[start:end_b]
    if not a or not b:
        return len(a) or len(b)  # the rest is insertions (or deletions) only
    if abs(len(a) - len(b)) >= cutoff:
        return cutoff
    previous = list(range(len(b) + 1))
    for i, char_a in enumerate(a, 1):
        current = [i]
        for j, char_b in enumerate(b, 1):
            current.append(
                min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (char_a != char_b))
            )
        if min(current) >= cutoff:
            return cutoff
        previous = current
    return previous[-1]
