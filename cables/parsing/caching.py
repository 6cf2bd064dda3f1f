"""A bounded cache for the parser's small lookups, that never holds a long key.

Header lines, names and tokens recur from cable to cable, so their readings are cached. But
cable text is untrusted: a single 1 MB "addressee line" or token would stay in a cache entry,
and 4,096 of them would hold gigabytes in a long-running worker. Keys longer than ``longest``
characters are computed every time instead.
"""

from __future__ import annotations

from collections.abc import Callable
from functools import lru_cache, wraps
from typing import Any, TypeVar

Result = TypeVar("Result")
LONGEST = 200  # characters: real header lines are under 100


def short_key_cache(
    maxsize: int, longest: int = LONGEST
) -> Callable[[Callable[[Any], Result]], Callable[[Any], Result]]:
    """``lru_cache(maxsize)`` for a one-argument function of a string (or a tuple of strings),
    bypassed for arguments longer than ``longest`` characters in all."""

    def decorate(function: Callable[[Any], Result]) -> Callable[[Any], Result]:
        cached = lru_cache(maxsize=maxsize)(function)

        @wraps(function)
        def call(key: Any) -> Result:
            size = len(key) if isinstance(key, str) else sum(map(len, key))
            return cached(key) if size <= longest else function(key)

        call.cache_clear = cached.cache_clear  # type: ignore[attr-defined]
        call.cache_info = cached.cache_info  # type: ignore[attr-defined]
        return call

    return decorate
