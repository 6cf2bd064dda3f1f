"""Text helpers shared by the detection modules: whitespace, sentences, number words."""

from __future__ import annotations

import re

# A sentence ends at . ! ? followed by space and an upper-case letter, a bracket or a dash.
# Abbreviations such as "U.S." or "Amb." sometimes split too early: harmless for cue matching.
# Starts with the punctuation itself so that the engine can skip ahead quickly.
_SENTENCE_END_RE = re.compile(r"[.!?:;][\"')]?(?=\s+[-(\"A-Z0-9])\s+")
# Talking points and quoted lists start with dashes or bullets.
# Only at a line start: "--" inside a line is a dash ("guidance -- for press -- is requested").
_BULLET_RE = re.compile(r"\n[ \t]{0,10}(?=(?:--|-\s|\u2013|\u2022|\*\s|[a-h]\)\s))")

NUMBER_WORDS = {
    "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
    "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13,
    "fourteen": 14, "fifteen": 15, "sixteen": 16, "seventeen": 17, "eighteen": 18,
    "nineteen": 19, "twenty": 20, "thirty": 30,
}  # fmt: skip
NUMBER_WORD_ALT = "|".join(sorted(NUMBER_WORDS, key=len, reverse=True))


def squash(text: str) -> str:
    """One space between words: cables are hard-wrapped at 70 columns."""
    return " ".join(text.split())


def to_int(token: str) -> int | None:
    token = token.strip().lower().rstrip(".")
    if token.isdigit():
        return int(token) if len(token) <= 3 else None
    return NUMBER_WORDS.get(token)


def segments(text: str) -> list[str]:
    """The paragraph split into bullet items, then sentences (squashed)."""
    out: list[str] = []
    for raw in _BULLET_RE.split(text):
        item = squash(raw)
        if not item:
            continue
        out.extend(_sentences(item))
    return out


# What follows "U.S." inside a sentence ("the U.S. Government", "U.S. Ambassador Smith").
_US_NOUN_RE = re.compile(
    r"(?:Government|Embassy|Ambassador|Mission|Permanent|Delegation|Representative|Congress"
    r"|Senate|Navy|Army|Air\sForce|Marine|Forces|Department|Consulate|Trade|Treasury|Coast"
    r"|Agency|Administration|Attorney|Special|Secretary|President|Military|Defense|Officials?"
    r"|Policy|Position|Citizens?|Companies|Firms|Assistance|Support|Team|Side|Interests?)\b"
)


def _sentences(item: str) -> list[str]:
    out: list[str] = []
    start = 0
    depth, counted = 0, 0  # brackets open in the current sentence, counted up to `counted`
    for end in _SENTENCE_END_RE.finditer(item):
        at = end.start()
        if item[at] in ":;" and "(" in item:
            # Counted as the scan goes (once over the text): a colon inside brackets, as in
            # "(attn: Pol/Econ, Laura Kiser)", ends nothing.
            depth += item.count("(", counted, at) - item.count(")", counted, at)
            counted = at
            if depth > 0:
                continue
        if item[at] == "." and item[at - 3 : at] == "U.S" and _US_NOUN_RE.match(item, end.end()):
            continue  # "the U.S. Permanent Representative": an abbreviation, no stop
        # The sentence keeps a closing quote or bracket after its stop: 'retaining "all
        # prisoners." We think ...' (a lost quote would leave the next sentences quoted).
        piece = item[start : end.end()].strip()
        if piece:
            out.append(piece)
        start = end.end()
        depth, counted = 0, start  # a new sentence: its own brackets only
    tail = item[start:].strip()
    if tail:
        out.append(tail)
    return out


def is_bullet(sentence: str) -> bool:
    """A talking point or list item: it is the text of the ask, not the ask."""
    return sentence[:2] in ("--", "- ") or sentence[:1] in ("\u2013", "\u2022", "*")
