"""The signature: the chief of mission's or the Secretary's surname at the end of the text.

Below it may come classification footers, 'NNNN', page headers, WikiLeaks' release notes
and operator notes; a few cables put it at the end of the last sentence ("END OF TEXT. BAKER").
"""

from __future__ import annotations

import re

_NAME_WORD = r"(?:MC|O'|D')?[A-Z][A-Z'’-]{1,30}"
_ALONE = re.compile(rf"^({_NAME_WORD}(?: {_NAME_WORD}){{0,2}})[#.]{{0,3}}$")
_MIXED_ALONE = re.compile(r"^([A-Z][a-z]{2,20}(?:-[A-Z][a-z]{2,20})?)[#.]{0,3}$")
_AFTER_SENTENCE = re.compile(rf"[.:]\s{{1,4}}({_NAME_WORD})[#.]{{0,3}}$")
_FOOTER = re.compile(
    r"^(?:(?:UNCLASSIFIED|CONFIDENTIAL|SECRET|LIMITED OFFICIAL USE|TOP SECRET)\b.{0,40}|N{3,4}|BT|"
    r"(?:SYSTEMATIC\s{1,3})?REVIEW\s{1,3}\d{1,2}\s{1,3}[A-Z]{3}\s{1,3}\d{4}|"
    r"SIPDIS|NOFORN|[#>.\-=_*]{1,5}|PAGE\s{1,9}\d{1,3}\b.{0,80}|NOTE\b.{0,120}|"
    r"DECLASSIFIED/RELEASED.{0,120}|REVIEW\s{1,3}\d{1,2}\s{1,3}[A-Z]{3}\s{1,3}\d{4}|"
    r"\d{4}[A-Z]{2,20}\d{3,6}\s{1,3}-.{0,60}|[A-Z][A-Z .'-]{1,30}\s0{0,6}\d{1,6}\s{1,4}\d{1,3}"
    r"(?:\.\d{1,2})?\s{1,3}OF\s{1,3}\d{1,3}|GP-\d|END\s{1,3}(?:OF\s{1,3})?TEXT\.?|UNQUOTE|QUOTE"
    r"|REGARDS,?)$",
    re.IGNORECASE,
)
_NOT_NAMES = frozenset(
    [
        "END",
        "COMMENT",
        "SUMMARY",
        "TEXT",
        "UNQUOTE",
        "QUOTE",
        "REGARDS",
        "THANKS",
        "NNNN",
        "SIPDIS",
        "NOFORN",
        "CONFIDENTIAL",
        "SECRET",
        "UNCLASSIFIED",
        "BT",
        "EXDIS",
        "NODIS",
        "LIMDIS",
        "STADIS",
        "MINIMIZE",
        "CONSIDERED",
        "CITY",
    ]
)


def find_signature(lines: list[str]) -> str:
    """The signature in the last lines of a cable, or ''."""
    return signature_at(lines)[0]


def signature_at(lines: list[str]) -> tuple[str, int]:
    """(signature, index of its line) or ('', -1); looks above the footers only."""
    index = len(lines) - 1
    while index >= 0 and (not lines[index].strip() or _FOOTER.match(lines[index].strip())):
        index -= 1
    if index < 0:
        return "", -1
    line = lines[index].strip()
    for pattern in (_ALONE, _MIXED_ALONE, _AFTER_SENTENCE):
        match = pattern.search(line) if pattern is _AFTER_SENTENCE else pattern.match(line)
        if match and not set(match.group(1).split()) & _NOT_NAMES:
            return match.group(1), index
    return "", -1
