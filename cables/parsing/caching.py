"""A bounded cache for the parser's small lookups, that never holds a long key.

Header lines, names and tokens recur from cable to cable, so their readings are cached. But
cable text is untrusted: a single 1 MB "addressee line" or token would stay in a cache entry,
and 4,096 of them would hold gigabytes in a long-running worker. Keys longer than ``longest``
characters are computed every time instead.
"""

from __future__ import annotations

from collections.abc import Callable
from functools import lru_cache, wraps
from typing import TypeVar

Key = TypeVar("Key")
Result = TypeVar("Result")
LONGEST = 200  # characters: real header lines are under 100


def short_key_cache(
    maxsize: int, longest: int = LONGEST
) -> Callable[[Callable[[Key], Result]], Callable[[Key], Result]]:
    """``lru_cache(maxsize)`` for a function of one argument (a string), bypassed when the
    argument is longer than ``longest``."""

    def decorate(function: Callable[[Key], Result]) -> Callable[[Key], Result]:
        cached = lru_cache(maxsize=maxsize)(function)

        # Called tens of times a cable: the names it uses are bound once, as defaults.
        @wraps(function)
        def call(
            key: Key,
            _cached: Callable[[Key], Result] = cached,
            _function: Callable[[Key], Result] = function,
            _longest: int = longest,
        ) -> Result:
            return _cached(key) if len(key) <= _longest else _function(key)  # type: ignore[arg-type]

        call.cache_clear = cached.cache_clear  # type: ignore[attr-defined]
        call.cache_info = cached.cache_info  # type: ignore[attr-defined]
        return call

    return decorate
