"""Peer expectations we believe wrong: case -> (the value we return, why).

A test (cables/tests/parsing/test_peer_disputes.py) checks that we return the value given
here, so each dispute stays a deliberate, explained decision.
"""

from __future__ import annotations

from typing import Any


def case_key(case: dict[str, Any]) -> tuple[str, str]:
    """(field, input) or (field, reference id) for whole-cable cases."""
    return case["field"], case["input"] if case["input"] is not None else case["reference_id"]


DISPUTES: dict[tuple[str, str], tuple[Any, str]] = {}
