"""The TAGS line: split, upper-cased, obvious drafting errors corrected, kinds attached.

Drafters wrote TAGS with commas or spaces, ran codes together ("PHUMBA", "ITPHUM"), added free
words ("HUMAN RIGHTS", "COUNTRY CLEARANCE") and VIP names after OVIP ("OVIP BIDEN JOSEPH").
Codes are recognised with the TAGS list (tagdata.py); runs of other words form one phrase tag.
"""

from __future__ import annotations

import re

from cables.parsing.tagdata import TAG_KINDS

# Obvious drafting errors: a wrong FIPS code and misspelt codes seen in real cables.
CORRECTIONS = {
    "RU": "RS",
    "MOPPS": "MOPS",
    "UNDESCO": "UNESCO",
    "COUNTER TERRORISM": "COUNTERTERRORISM",
}
# Words that are never tags themselves: captions and the label repeated.
_NOT_TAGS = frozenset({"SIPDIS", "TAGS", "TAG", "AND"})
_CLASSIFICATIONS = frozenset({"UNCLASSIFIED", "CONFIDENTIAL", "SECRET", "NOFORN"})
_SUBJECT_LETTERS = frozenset("ABCEMOPST")
_TOKEN = re.compile(r"[A-Z0-9][A-Z0-9/&'.-]{0,40}")
_PAREN = re.compile(r"\(([^()]{1,60})\)")
# Page headers and the next label that a collapsed header ran into the TAGS line. The
# leading lookahead lists the characters a match can start with (case-folded as the rest):
# every other position is passed over without trying the four alternatives.
_STOP = re.compile(
    r"(?=[ \tSPE])(?:[ \t]{8,}|\bSUBJ(?:ECT)?\s{0,3}:|\bPAGE\s{1,8}\d{2}\b"
    r"|\bE\.\s?O\.\s{0,2}1\d{4})",
    re.I,
)


def is_code(token: str) -> bool:
    """A TAGS code: listed, a two-letter country code, or shaped like a subject/program code."""
    if token in TAG_KINDS:
        return True
    if len(token) == 2 and token.isalpha():
        return True
    return len(token) == 4 and token.isalpha() and token[0] in _SUBJECT_LETTERS | {"K"}


def parse_tags(block: str, *, repair: bool = True) -> tuple[str, ...]:
    """The tags of a TAGS block; `repair` splits run-together codes and fixes misspellings."""
    tags: list[str] = []
    for segment in _segments(_tag_text(block)):
        for tag in _segment_tags(segment, repair):
            tag = CORRECTIONS.get(tag, tag) if repair else tag
            if tag and tag not in _NOT_TAGS and tag not in tags:
                tags.append(tag)
    return tuple(tags)


# A visitor tag on a line of its own: "OVIP (CLINTON, WILLIAM J.)".
_VISITOR_LINE = re.compile(r"[A-Z]{4}\s{0,3}\([A-Za-z][\w ,.'-]{0,60}\)")


def _tag_text(block: str) -> str:
    """The first line, plus continuation lines that are clearly more tags."""
    lines = [line.strip() for line in block.split("\n")]
    kept = [lines[0]] if lines else []
    for line in lines[1:]:
        tokens = _TOKEN.findall(line.upper())
        if not line or not tokens:
            break
        more_codes = (
            kept[-1].endswith(",")
            or all(is_code(t.strip(",")) for t in tokens)
            or _VISITOR_LINE.fullmatch(line) is not None
        )
        if not more_codes and not _phrase_goes_on(kept[-1], line, tokens):
            break
        kept.append(line)
    text = " ".join(kept).upper()
    stop = _STOP.search(text)
    return text[: stop.start()] if stop else text


def _phrase_goes_on(previous: str, line: str, tokens: list[str]) -> bool:
    """'... KU COUNTRY' / 'CLEARANCE': a free-text tag wrapped onto the next line."""
    last = previous.split()[-1].strip(",") if previous.split() else ""
    return (
        line.isupper()
        and len(tokens) <= 2
        and len(last) > 4
        and not is_code(last.upper())
        and not any(is_code(t) for t in tokens)
    )


def _segments(text: str) -> list[str]:
    """Comma-separated pieces; a parenthesised name becomes a piece of its own."""
    if "(" in text:
        text = _PAREN.sub(lambda m: ", (" + m.group(1).replace(",", "\u0000") + "),", text)
    return [s.strip() for s in text.split(",") if s.strip()]


def _segment_tags(segment: str, repair: bool = True) -> list[str]:
    if segment.startswith("("):  # "(STEINBERG, JAMES B.)" after OVIP
        return [segment.strip("() ").replace("\u0000", ",")]
    tokens = [t.strip(".:;-") for t in _TOKEN.findall(segment)]
    tokens = [t for t in tokens if t and t not in _CLASSIFICATIONS]
    if all(map(TAG_KINDS.__contains__, tokens)):  # listed codes only: no phrase, no repair
        return tokens
    result: list[str] = []
    phrase: list[str] = []
    for index, token in enumerate(tokens):
        if _is_phrase_word(tokens, index, result, phrase):
            phrase.append(token)
            continue
        parts = [token] if is_code(token) or not repair else split_run_together(token)
        if parts:
            _flush(result, phrase, after=result[-1] if result else "")
            result.extend(parts)
        else:
            phrase.append(token)
    _flush(result, phrase, after=result[-1] if result else "")
    return result


def _is_phrase_word(tokens: list[str], index: int, result: list[str], phrase: list[str]) -> bool:
    """A word of a phrase or a name even if shaped like a code ('BUSH' after OVIP, 'IN')."""
    token = tokens[index]
    if token in TAG_KINDS and not (len(token) == 2 and phrase):
        return False
    if (
        result
        and result[-1] == "OVIP"
        and (len(phrase) < 2 or (len(phrase) == 2 and len(token) == 1))
    ):
        return True  # "OVIP BUSH GEORGE (W)": the visitor's name
    nxt = tokens[index + 1] if index + 1 < len(tokens) else ""
    # "TIP IN TURKEY": a short word between two words that are not codes
    return bool(phrase) and len(token) <= 3 and bool(nxt) and not is_code(nxt)


def _flush(result: list[str], phrase: list[str], after: str) -> None:
    if not phrase:
        return
    if after == "OVIP" and len(phrase) in (2, 3):  # "OVIP BIDEN JOSEPH": a person
        result.append(f"{phrase[0]}, {' '.join(phrase[1:])}")
    else:
        result.append(CORRECTIONS.get(" ".join(phrase), " ".join(phrase)))
    phrase.clear()


def split_run_together(token: str) -> list[str]:
    """'PHUMBA' -> ['PHUM', 'BA'] when the token is made only of listed codes; else []."""
    if len(token) < 5 or not token.isalpha() or token in CORRECTIONS:
        return []
    parts = _split(token, 0) or []
    # Only a real code run together: "POLITICS" is not PO+LI+TI+CS.
    return parts if any(len(p) >= 4 for p in parts) else []


def _split(token: str, start: int) -> list[str] | None:
    if start == len(token):
        return []
    for size in (4, 2, 3, 5):
        piece = token[start : start + size]
        if len(piece) == size and piece in TAG_KINDS:
            rest = _split(token, start + size)
            if rest is not None:
                return [piece, *rest]
    return None


def tag_kind(tag: str) -> str:
    """subject, program, geo, org, person or unknown."""
    tag = tag.upper()
    if tag in TAG_KINDS:
        return TAG_KINDS[tag]
    if ", " in tag:
        return "person"
    if len(tag) == 2 and tag.isalpha():
        return "geo"
    if len(tag) == 4 and tag.isalpha() and tag[0] == "K":
        return "program"
    if len(tag) == 4 and tag.isalpha() and tag[0] in _SUBJECT_LETTERS:
        return "subject"
    return "unknown"


def tag_kinds(tags: tuple[str, ...]) -> tuple[tuple[str, str], ...]:
    # Listed tags looked up directly; tag_kind (which upper-cases first) for the others.
    return tuple((tag, TAG_KINDS.get(tag) or tag_kind(tag)) for tag in tags)
