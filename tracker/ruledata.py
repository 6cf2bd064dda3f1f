"""The routing rules the tracker ships (DOMAIN.md "Who acts"), loaded by a data migration.

Admins reorder, switch off or add to them in the admin; loading again never duplicates one.
"""

from __future__ import annotations

from typing import Any

from django.conf import settings

# (order, name, match fields, target)
DEFAULT_RULES: tuple[tuple[int, str, dict[str, str], str], ...] = (
    (10, "Ask to all addressees: every TO post", {"match_asked_of": "all"}, "to_addressees"),
    (20, "Ask to a post: that post", {"match_asked_of": "post"}, "action_office"),
    (30, "Office named in the ask: that office", {"match_asked_of": "office"}, "action_office"),
    (40, "FOR office: that office", {"match_for_line": "present"}, "for_line"),
    (
        50,
        "Post's cable with no FOR line: the country desk of its geo TAGS",
        {"match_origin": "post", "match_for_line": "absent"},
        "country_desk",
    ),
    (
        60,
        "Post's cable FOR an office we do not know: the country desk",
        {"match_origin": "post", "match_for_line": "present"},
        "country_desk",
    ),
    (1000, "Otherwise: triage", {}, "desks"),
)


def rules_load(rule_model: Any, desk_model: Any) -> int:
    """Create the shipped rules that are missing (by name); returns how many were created."""
    triage = desk_model.objects.filter(symbol=settings.TRIAGE_DESK).first()
    created = 0
    for order, name, match, target in DEFAULT_RULES:
        defaults: dict[str, Any] = {"order": order, "target": target, **match}
        if target == "desks":
            defaults["lead_desk"] = triage
        _, is_new = rule_model.objects.get_or_create(name=name, defaults=defaults)
        created += is_new
    return created
