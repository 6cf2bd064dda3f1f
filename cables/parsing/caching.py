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

Result = TypeVar("Result")
LONGEST = 200  # characters: real header lines are under 100


def short_key_cache(
    maxsize: int, longest: int = LONGEST
) -> Callable[[Callable[[str], Result]], Callable[[str], Result]]:
    """``lru_cache(maxsize)`` for a function of one string, bypassed for a longer string."""

    def decorate(function: Callable[[str], Result]) -> Callable[[str], Result]:
        cached = lru_cache(maxsize=maxsize)(function)

        # Called tens of times a cable: the names it uses are bound once, as defaults.
        @wraps(function)
        def call(
            key: str,
            _cached: Callable[[str], Result] = cached,
            _function: Callable[[str], Result] = function,
            _longest: int = longest,
        ) -> Result:
            return _cached(key) if len(key) <= _longest else _function(key)

        call.cache_clear = cached.cache_clear  # type: ignore[attr-defined]
        call.cache_info = cached.cache_info  # type: ignore[attr-defined]
        return call

    return decorate


def short_words_cache(
    maxsize: int, longest: int = LONGEST
) -> Callable[[Callable[[tuple[str, ...]], Result]], Callable[[tuple[str, ...]], Result]]:
    """The same for a function of a tuple of words, measured by their characters in all."""

    def decorate(
        function: Callable[[tuple[str, ...]], Result],
    ) -> Callable[[tuple[str, ...]], Result]:
        cached = lru_cache(maxsize=maxsize)(function)

        @wraps(function)
        def call(words: tuple[str, ...]) -> Result:
            return cached(words) if sum(map(len, words)) <= longest else function(words)

        call.cache_clear = cached.cache_clear  # type: ignore[attr-defined]
        call.cache_info = cached.cache_info  # type: ignore[attr-defined]
        return call

    return decorate
