"""Which desks a cable's addressees are: by routing indicator, else by the name on the line.

`RUEHRL/AMEMBASSY BERLIN` is the post BERLIN by its indicator; `AMEMBASSY BAKU` (no indicator)
by its name; `USMISSION USUN NEW YORK` is USUNNEWYORK. SECSTATE, SECDEF, CIA and collectives
are no desk of ours and are skipped.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from tracker.countrydesks import post_symbol
from tracker.models import Desk

# Words before the station on an addressee line (AMEMBASSY BERLIN, USMISSION USNATO).
_PREFIXES = frozenset({"AMEMBASSY", "AMCONSUL", "AMCONSULATE", "USMISSION", "USOFFICE", "AIT"})


def name_candidates(name: str) -> list[str]:
    """Desk symbols an addressee name may stand for, most specific first."""
    words = name.upper().replace(".", " ").split()[:8]
    if words and words[0] in _PREFIXES:
        words = words[1:]
    if not words:
        return []
    return list(dict.fromkeys(post_symbol(w) for w in ["".join(words), words[0], words[-1]]))


def desks_for_addressees(addressees: Iterable[dict[str, Any]]) -> list[Desk]:
    """The known desks among ``addressees`` (the cable's JSON lists), in order, each once."""
    entries = [(str(a.get("indicator") or ""), str(a.get("name") or "")) for a in addressees]
    indicators = {i for i, _ in entries if i}
    names = {c for _, n in entries for c in name_candidates(n)}
    by_indicator: dict[str, Desk] = {}
    by_symbol: dict[str, Desk] = {}
    for post in Desk.objects.filter(routing_indicator__in=indicators):
        by_indicator.setdefault(post.routing_indicator, post)
    # Only posts by name: a first word such as CA or S must not become a Department office.
    for post in Desk.objects.filter(symbol__in=names, kind=Desk.Kind.POST):
        by_symbol[post.symbol] = post
    found: dict[int, Desk] = {}
    for indicator, name in entries:
        desk: Desk | None = by_indicator.get(indicator) or _by_name(name, by_symbol)
        if desk is not None:
            found.setdefault(desk.pk, desk)
    return list(found.values())


def _by_name(name: str, by_symbol: dict[str, Desk]) -> Desk | None:
    for candidate in name_candidates(name):
        if candidate in by_symbol:
            return by_symbol[candidate]
    return None
