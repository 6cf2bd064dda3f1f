"""Edit distance for the parser's fuzzy lookups (misspelt stations and titles).

Shared by the station repair ('SANTIAG0', 'BELGADE') and the classified-by reader ('AMBASADOR').
"""

from __future__ import annotations


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
