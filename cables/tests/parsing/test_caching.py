"""The parser's caches keep short keys only: untrusted text cannot fill them with megabytes."""

from __future__ import annotations

from typing import Any

from cables.parsing import header
from cables.parsing.caching import short_key_cache
from cables.parsing.header import parse_addressee


def test_short_keys_are_cached_and_long_ones_computed_each_time() -> None:
    calls: list[object] = []

    @short_key_cache(maxsize=8, longest=10)
    def size(key: str) -> int:
        calls.append(key)
        return len(key)

    assert [size("short"), size("short")] == [5, 5]
    assert [size("x" * 11), size("x" * 11)] == [11, 11]
    assert calls == ["short", "x" * 11, "x" * 11]
    assert size.cache_info().currsize == 1  # type: ignore[attr-defined]


def test_a_huge_addressee_line_is_read_but_not_kept() -> None:
    caches: tuple[Any, ...] = (header._cached_line, header._addressee_words)
    for cache in caches:
        cache.cache_clear()
    huge = "RUEHC/SECSTATE WASHDC " + "X" * 200_000
    assert [parse_addressee(huge).indicator for _ in range(2)] == ["RUEHC", "RUEHC"]
    assert [c.cache_info().currsize for c in caches] == [0, 0]
    assert parse_addressee("RUEHC/SECSTATE WASHDC PRIORITY 4321").mcn == "4321"
    assert [c.cache_info().currsize for c in caches] == [1, 1]
