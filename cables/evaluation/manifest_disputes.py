"""Cables where WikiLeaks' metadata contradicts the cable's own text: id -> (field, why).

Each was read by hand. The evaluation reports the raw rate and the rate without these.
"""

from __future__ import annotations

_NO_NOFORN_IN_TEXT = "WikiLeaks says NOFORN; no NOFORN caption or marking appears in the text"
_NOFORN_CAPTION = (
    "the text carries a NOFORN caption under the classification line; WikiLeaks omits it"
)
_SECURITY_LINE = "the classification line and the security line (ZNY CCCCC) both say CONFIDENTIAL"
_SPLICED = (
    "the file holds two cables (envelope of one, body of another): the metadata is the other's"
)

WIKILEAKS_DISPUTES: dict[str, tuple[str, str]] = {
    "05LONDON4981": ("classification", _NO_NOFORN_IN_TEXT),
    "06SEOUL2238": ("classification", _NO_NOFORN_IN_TEXT),
    "08BRASILIA504": ("classification", _NO_NOFORN_IN_TEXT),
    "08LONDON1991": ("classification", "the banner has no NOFORN; only portions are (C/NF)"),
    "09MEXICO3061": ("classification", _NOFORN_CAPTION),
    "09MEXICO3101": ("classification", _NOFORN_CAPTION),
    "09STATE81957": ("classification", _NOFORN_CAPTION),
    "09STATE83014": ("classification", _NOFORN_CAPTION),
    "08RABAT727": ("classification", _SECURITY_LINE),
    "09TBILISI1123": ("classification", _SECURITY_LINE),
    "09HAVANA132": ("classification", _SPLICED),
    "09MOSCOW1108": ("classification", _SPLICED),
    "88BAGHDAD28": ("classification", _SPLICED),
}
