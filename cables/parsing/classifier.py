"""'Classified By: DCM Donald Lu for reasons 1.4 (b) and (d).' -> who, name, reasons.

The line is in the header or in paragraph 1 ("1. (U) CLASSIFIED BY ..."), and WikiLeaks
wrapped it at 71 characters even inside words ("Hoyt Y" / "ee", "REA" / "SONS").
"""

from __future__ import annotations

import re

_START = re.compile(r"\bCLASSIFIED[ \t]{1,3}BY\b[ \t]{0,3}:?[ \t]{0,3}", re.IGNORECASE)
_WRAP_WIDTH = 71
_END = re.compile(r"\n[ \t]*\n|\n(?=[ \t]{0,4}(?:¶|\d{1,2}\.[ (]|SUMMARY|-{3}))", re.IGNORECASE)
_REPEATED = re.compile(
    r"^(?:\(\s?[A-Z]{1,3}\s?\)\s{0,3}|(?:this\s{1,3}(?:message|cable)\s{1,3})?classified\s{1,3}by\s{0,3}:?\s{0,3})+",
    re.IGNORECASE,
)
_REASONS = re.compile(
    r"[,;.]?\s{0,3}(?:\bfor\s{1,3}|\bunder\s{1,3}|\bper\s{1,3})?"
    r"\b(?:reasons?|reason\(s\)|section|E\.?\s?O\.?\s{0,2}1\d{4}|1\.[4-6]\s{0,3}\(?[A-H]\b)"
    r"|\s-\s{0,2}(?=1\.[4-6])|\bfor\s{1,3}(?=1\.[4-6])|[,;]\s{0,3}(?=1\.[4-6])",
    re.IGNORECASE,
)
_SECTION = re.compile(r"\b(1\.[4-6])")
_LETTER = re.compile(r"(?<![A-Za-z])([A-Ha-h])(?![A-Za-z])")
_SUFFIX = re.compile(r"^(?:JR|SR|II|III|IV)\.?$", re.IGNORECASE)
_NAME_TOKEN = re.compile(
    r"^(?:[A-Z][A-Za-z'’-]{1,30}\.?|[A-Z]\.(?:[A-Z]\.){0,2}|[A-Z0]\.?|Mc[A-Z][a-z]{1,20}|O'[A-Z][A-Za-z]{1,20})$"
)
# Titles, offices and words of a job description; anything else capitalised is a name.
_TITLE_WORDS = frozenset(
    [
        "acting",
        "deputy",
        "chief",
        "of",
        "mission",
        "dcm",
        "cda",
        "charge",
        "chargé",
        "d'affaires",
        "d'",
        "affaires",
        "affairs",
        "affair",
        "a.i.",
        "ai",
        "ambassador",
        "amb",
        "amb.",
        "political",
        "politcal",
        "pol",
        "poloff",
        "econoff",
        "pol/econoff",
        "econ",
        "economic",
        "counselor",
        "counsellor",
        "counselour",
        "couns",
        "minister",
        "minister-counselor",
        "mcounselor",
        "m/c",
        "officer",
        "section",
        "head",
        "director",
        "dir",
        "assistant",
        "secretary",
        "a/s",
        "consul",
        "general",
        "principal",
        "for",
        "and",
        "the",
        "labor",
        "attache",
        "defense",
        "ltc",
        "col",
        "colonel",
        "major",
        "polmil",
        "pol/mil",
        "pol/econ",
        "e/p",
        "ecpo",
        "pas",
        "a/dcm",
        "acting,",
        "team",
        "leader",
        "coordinator",
        "interagency",
        "provincial",
        "sub-national",
        "governance",
        "prt",
        "unit",
        "institutional",
        "special",
        "representative",
        "afghanistan",
        "pakistan",
        "senior",
        "advisor",
        "adviser",
        "legal",
        "usun",
        "useu",
        "ait",
        "isn",
        "io",
        "vci",
        "nea",
        "eur",
        "af",
        "wha",
        "eap",
        "sca",
        "inr",
        "ca",
        "charge'",
        "affairs,",
        "econcouns",
        "econmincouns",
        "chief,",
        "mission,",
        "deputy-chief",
        "unclassified",
        "by",
        "classified",
        "cdr",
        "usa",
        "navy",
        "army",
        "on",
        "behalf",
        "state",
        "department",
        "embassy",
        "consulate",
        "u.s.",
        "us",
        "principal-officer",
        "management",
        "public",
        "diplomacy",
        "press",
        "spokesman",
        "office",
        "in",
        "at",
        "to",
        "with",
        "regional",
        "security",
        "rso",
        "cg",
        "pa",
        "commercial",
        "agricultural",
        "energy",
        "environment",
        "science",
        "technology",
        "health",
        "refugee",
        "narcotics",
        "law",
        "enforcement",
        "military",
        "mil",
        "nas",
        "dea",
        "fbi",
        "lieutenant",
        "general",
        "admiral",
        "captain",
        "commander",
        "under-secretary",
        "undersecretary",
        "a/secretary",
        "asst",
        "dep",
        "depty",
        "acting/dcm",
        "pol/mil.",
        "def",
        "minister-counsellor",
        "director,",
        "chargé",
        "poloff,",
        "ecoff",
        "ecoff.",
        "polecon",
        "polecon.",
        "ambassador,",
    ]
)


def find_classified_by(text: str) -> str:
    """The 'Classified By' statement, unwrapped, without the label; '' when there is none."""
    start = _START.search(text)
    if not start:
        return ""
    tail = text[start.end() : start.end() + 800]
    end = _END.search(tail)
    return _unwrap(tail[: end.start()] if end else tail)


def _unwrap(block: str) -> str:
    """Join lines; a line cut at the wrap width inside a word is joined without a space."""
    lines = block.split("\n")
    out = lines[0]
    width = len(lines[0]) + len("Classified By: ")
    for line in lines[1:]:
        if not line.strip():
            continue
        cut_in_word = width >= _WRAP_WIDTH and out.endswith(" ") and not line[:1].isspace()
        out = out.rstrip() + ("" if cut_in_word else " ") + line.strip()
        width = len(line.rstrip())
    return " ".join(out.split())


def classified_by(statement: str) -> tuple[str, tuple[str, ...]]:
    """(who as written, reasons) from the statement."""
    text = _REPEATED.sub("", statement.strip())
    split = _REASONS.search(text)
    who = text[: split.start()] if split else text
    return who.strip(" ,.;:-"), reasons(text[split.start() :] if split else "")


def reasons(text: str) -> tuple[str, ...]:
    section = _SECTION.search(text)
    if not section:
        return ()
    tail = text[section.end() : section.end() + 80]
    found: list[str] = []
    for letter in _LETTER.findall(tail):
        reason = f"{section.group(1)}({letter.lower()})"
        if reason not in found:
            found.append(reason)
    return tuple(found) or (section.group(1),)


def classifier_name(who: str) -> str:
    """The person in 'Acting Deputy Chief of Mission Marc Wall': 'Marc Wall'."""
    segments = [s.strip() for s in re.split(r"[,;:]|\s-\s", who) if s.strip()]
    for index, segment in enumerate(segments):
        name = _trailing_name(segment)
        if name:
            suffix = segments[index + 1] if index + 1 < len(segments) else ""
            return f"{name}, {suffix.rstrip('.')}" if _SUFFIX.match(suffix) else name
    return ""


def _trailing_name(segment: str) -> str:
    tokens = segment.split()
    name: list[str] = []
    for token in reversed(tokens):
        if token.lower() in _TITLE_WORDS or not _NAME_TOKEN.match(token) or _is_office(token):
            break
        name.insert(0, token)
    return " ".join(name) if len(name) >= 2 or (name and len(tokens) == 1) else ""


def _is_office(token: str) -> bool:
    return "/" in token
