"""Split the lines between the classification line and the body into labelled blocks.

A block starts at a label ("TAGS:", "SUBJECT:", "REF:", "Classified By:", "E.O. 12958:",
a passing line "FOR ..."), or is a caption line ("SIPDIS"), and runs over its continuation
lines until a blank line or the next label.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass, field

from cables.parsing.caching import short_key_cache
from cables.parsing.passing import for_offices, is_passing_line

CAPTION_CORE = frozenset(
    [
        "SIPDIS",
        "NOFORN",
        "EXDIS",
        "NODIS",
        "LIMDIS",
        "STADIS",
        "ROGER",
        "CHEROKEE",
        "SENSITIVE",
        "NOCONTRACT",
        "ORCON",
        "PROPIN",
    ]
)
# Words that may stand on a caption line beside the captions themselves ("DEPT FOR ...").
CAPTION_WORDS = CAPTION_CORE | frozenset(
    [
        "DISSENT",
        "CHANNEL",
        "EFTO",
        "DEPT",
        "TERREP",
        "SPECAT",
        "MEDIA",
        "REACTION",
        "EXCLUSIVE",
        "FOR",
        "VISA",
    ]
)

_LABELS: tuple[tuple[str, re.Pattern[str]], ...] = (
    (
        "TAGS",  # also the damaged labels "AGS:", "TAS:", "TGS:", "TABS:", "TAGES:", "TAGS,"
        re.compile(
            r"^TAGS?\b\s{0,3}[:.;,]?\s{0,3}|^(?:AGS|TAS|TGS|TABS|TAGES)\s{0,3}[:;]\s{0,3}",
            re.IGNORECASE,
        ),
    ),
    (
        "SUBJECT",
        re.compile(r"^S?UBJ(?:ECT)?\s{0,3}[:.;]\s{0,3}|^SUBJECT\s{1,3}(?=\S)", re.IGNORECASE),
    ),
    (
        "REF",
        re.compile(
            r"^(?:REF\(S\)|REFS?|REFTELS?|REFERENCES?)(?:\b|(?<=\)))\s{0,3}[:.;]?\s{0,3}",
            re.IGNORECASE,
        ),
    ),
    (
        "CLASSIFIED",
        re.compile(r"^CLASSIFIED\s{1,3}BY\b\s{0,3}[:.;]?\s{0,3}", re.IGNORECASE),
    ),
    ("EO", re.compile(r"^E\s?\.?\s?O\s?\.?\s{0,3}(?=\d{5}|N/?A)", re.IGNORECASE)),
    (
        "FOR",
        re.compile(
            r"^(?:(?:DEPT|DEPARTMENT|STATE)\s{1,3})?(?:FOR(?!\s{1,3}(?:REAS|1\.\d))|PASS\s{1,3}TO)\s{1,3}",
            re.IGNORECASE,
        ),
    ),
)
# "1. (C)", "¶2.", "13. (SBU)" at the start of a line: the body begins.
PARAGRAPH_START = re.compile(r"^(¶\s{0,2})?(\d{1,3})\s{0,2}\.(?=[\s(]|$|[A-Z][a-z])")
_PARAGRAPH_FIRST_CHARS = frozenset("0123456789¶")
# A label run into the previous field on one line ("DECL: 02/14/2018 TAGS: BR PREL MARR").
_EMBEDDED = re.compile(  # the leading lookahead: the characters a match can start at
    r"(?=[\sRrCc])(?:\s(?=TAGS?\s{0,3}:|AGS:\s|TAGS\s{1,3}[A-Z]{2,4}\b|SUBJ(?:ECT)?\s{0,3}:|REF(?:S|TELS?|\(S\))?\s{0,3}:"
    r"|CLASSIFIED\s{1,3}BY\b|EO\s1\d{4}\b|¶\s{0,2}1\s{0,2}\.\s{0,3}\("
    # Not an order cited in prose: "designation under E.O. 13382", "pursuant to E.O. 13224".
    r"|(?<!under\s)(?<!to\s)(?<!per\s)(?<!of\s)(?<!with\s)"
    r"(?<!under\s\s)(?<!to\s\s)(?<!per\s\s)(?<!of\s\s)(?<!with\s\s)E\.\s?O\.\s{0,2}1\d{4})"
    # A label glued to the subject's last word: "UK PRIMEREF: A.", "CAIROClassified By:".
    r"|(?<=[A-Za-z’'.)])(?=REFS?:\s|Classified\s{1,3}By:))",
    re.IGNORECASE,
)
_REF_ITEM = re.compile(
    r"^¶?\s{0,2}[(\[]?[A-Z]\s{0,2}[.):\]]{1,2}\s|^-\s{1,8}\([A-Z]\)", re.IGNORECASE
)
# A REF line that cannot end a list: a dangling marker, year or conjunction ("D. 03").
_REF_UNFINISHED = re.compile(
    r"(?:\b[A-Z][.):]|\b\d{2}|\bAND|[,;&]|\b[A-Z][.)]\s{1,3}[A-Z][A-Z ]{1,30})\s*$", re.IGNORECASE
)


@dataclass
class HeaderBlocks:
    blocks: dict[str, str] = field(default_factory=dict)
    for_lines: list[str] = field(default_factory=list)
    captions: list[str] = field(default_factory=list)
    # Where the body starts: the line index (len(lines) when the text is all header) and, for
    # a collapsed line whose end is already body, that end; the caller slices its own text.
    body_line: int = -1
    body_head: str | None = None

    def body_lines(self, lines: list[str]) -> list[str]:
        """The lines after the header."""
        if self.body_line < 0:
            return []
        if self.body_head is None:
            return lines[self.body_line :]
        return [self.body_head, *lines[self.body_line + 1 :]]


# All labels in one pattern: a line is tried once, not once per label.
_ANY_LABEL = re.compile(
    "|".join(f"(?P<{name}>{pattern.pattern.replace('^', '')})" for name, pattern in _LABELS),
    re.IGNORECASE,
)
_LABEL_FIRST_CHARS = frozenset("TtAaSsUuRrCcEeFfDdPp")


# Header lines recur from cable to cable ("SIPDIS", "E.O. 12958: N/A", a post's usual
# passing line): a third of those read on the corpus were read before. A pure function of
# the line; its result is a tuple of strings or None.
@short_key_cache(maxsize=4096)
def label_of(line: str) -> tuple[str, str] | None:
    """The block label of a line and the rest of the line after it, or None."""
    if line[:1] in _LABEL_FIRST_CHARS:
        match = _ANY_LABEL.match(line)
        if match is not None and match.lastgroup is not None:
            return match.lastgroup, line[match.end() :]
    if "A" <= line[:1] <= "Z" and is_passing_line(line):  # "DEPT ALSO FOR", "WHA FOR DAS FISK"
        return "FOR", line
    # "TREASURY FOR TFI A/S COHEN ... STATE FOR EEB/ESC/TFS": another agency first.
    if (
        ("STATE FOR " in line or "DEPT FOR " in line)
        and " FOR " in line[:60]
        and line.isupper()
        and caption_words(line) is None  # "SIPDIS STATE FOR EUR/RUS": captions first
    ):
        return "FOR", line
    return None


def caption_words(line: str) -> list[str] | None:
    words = line.upper().replace(",", " ").replace("/", " ").split()
    if CAPTION_CORE.isdisjoint(words):
        return None
    # "NOFORN, NOT FOR INTERNET DISTRIBUTION": a caption line with its gloss.
    if CAPTION_WORDS.issuperset(words) or (words[0] in CAPTION_CORE and "," in line):
        return [w for w in words if w in CAPTION_CORE]
    return None


def unfold(line: str) -> list[str]:
    """A collapsed header line split where each run-in label starts."""
    if len(line) < 12 or not _maybe_embedded(line) or not _EMBEDDED.search(line, 1):
        return [line]
    # At most 20 labels per line: a line of nothing but "REF: REF: ..." is no header.
    cuts = [0] + [m.end() for _, m in zip(range(20), _EMBEDDED.finditer(line, 1), strict=False)]
    return [line[a:b].strip() for a, b in zip(cuts, [*cuts[1:], len(line)], strict=True)]


def _maybe_embedded(line: str) -> bool:
    """A label word after the line's start (a label at the start is not run in): a cheap
    first test for _EMBEDDED, on the upper-cased line."""
    # Seven substring tests cost less than one regex alternation, which stops at every A, S,
    # R, C and E of the line (and any() over a tuple of the words costs three times more).
    rest = line.upper()[2:]
    return (
        "REF" in rest
        or "SUBJ" in rest
        or "AGS" in rest
        or "CLASSIFIED" in rest
        or "E.O" in rest
        or "EO " in rest
        or "¶" in rest
    )


def _header_lines(lines: list[str]) -> Iterator[tuple[int, int, str]]:
    """(line index, piece number, piece) over the lines, collapsed lines unfolded."""
    for index, raw in enumerate(lines):
        line = raw.strip()
        if len(line) < 12 or _opens_paragraph(line):  # not unfolded
            yield index, 0, line
            continue
        for piece_no, piece in enumerate(unfold(line)):
            yield index, piece_no, piece


def _opens_paragraph(line: str) -> bool:
    """The line's first piece opens the body whatever labels are run into the rest of it.

    The body's first line is often a whole paragraph of hundreds of characters: unfolding it
    (a search for run-in labels over all of it) would be wasted. When the number is followed
    by a space, '(' or the end, every first piece unfold() could cut (a cut ends after a space
    or before a label word, never inside '¶12.') also starts with a paragraph number.
    """
    if line[0] not in _PARAGRAPH_FIRST_CHARS:
        return False
    match = PARAGRAPH_START.match(line)
    if match is None:
        return False
    after = line[match.end() : match.end() + 1]
    return not after or after == "(" or after.isspace()


def split_blocks(lines: list[str]) -> HeaderBlocks:
    result = HeaderBlocks()
    current = ""
    blank_before = False
    for index, piece_no, line in _header_lines(lines):
        if not line:
            blank_before = True
            continue
        if line[0] in _PARAGRAPH_FIRST_CHARS and PARAGRAPH_START.match(line):
            _rest(result, lines, index, piece_no)
            return result
        if blank_before and current == "REF" and _ref_continues(result, line):
            current = _append(result, "REF", line)
        elif blank_before and current == "TAGS" and _tags_go_on(lines, index):
            result.blocks["TAGS"] += ", " + line  # one list, as for a second TAGS label
        elif (labelled := label_of(line)) is not None and not (
            current == "SUBJECT" and not blank_before and _subject_goes_on(labelled[0], line)
        ):
            current = _start(result, labelled[0], labelled[1], line)
        elif (words := caption_words(line)) is not None:
            result.captions.extend(words)
            if "/" in line and len(words) < len(line.split()):  # "SIPDIS, isn/mtr, eur/ags"
                result.for_lines.append(line)
            current = ""
        elif current == "SUBJECT" and (not blank_before or not result.blocks["SUBJECT"]):
            # (a wrapped subject line starting "FOR CLEARANCE" reaches here too)
            verdict = subject_continuation(result.blocks["SUBJECT"], line)
            if verdict == "append":
                current = _append(result, current, line)
            elif verdict == "stop":
                current = ""
                if not _SUBJECT_NOISE.match(line):
                    _rest(result, lines, index, piece_no)
                    return result
        elif current and not blank_before:
            current = _append(result, current, line)
        elif result.blocks and not _label_follows(lines, index):
            _rest(result, lines, index, piece_no)
            return result
        blank_before = False
    return result


# Lines that end a subject without being part of anything: rules, page headers, footers.
_SUBJECT_NOISE = re.compile(
    r"^(?:-{3,}|={3,}|PAGE\s{1,9}\d|(?:UNCLASSIFIED|CONFIDENTIAL|SECRET)\b|C\s?O\s?N\s?F\s?I|S\s?E\s?C\s?R\s?E\s?T\b"
    r"|[A-Z][A-Z .'-]{1,30}\s0{0,6}\d{1,8}\s{1,4}\d{1,3}(?:\.\d{1,2})?\s{1,3}OF\s{1,3}\d{1,3}\s*$)",
    re.IGNORECASE,
)
_PAGE_CONTINUATION = re.compile(
    r"^[A-Z][A-Z .'-]{1,30}\s0{0,6}\d{1,8}\s{1,4}\d{1,3}(?:\.\d{1,2})?\s{1,3}OF\s{1,3}\d{1,3}\s*$"
)


def subject_continuation(subject: str, line: str) -> str:
    """'append' a wrapped subject line, 'skip' a page line, or 'stop' the subject."""
    if _PAGE_CONTINUATION.match(line):
        return "skip"
    if _SUBJECT_NOISE.match(line) or PARAGRAPH_START.match(line):
        return "stop"
    if _shouting(subject) and sum(map(str.islower, line)) > len(line) // 3:
        return "stop"  # an all-capitals subject does not go on in lower case
    return "append"


def _shouting(subject: str) -> bool:
    """More than 90% of the subject's letters are capitals."""
    if subject.isascii():  # every ASCII capital is a letter: two C-level counts
        letters, capitals = sum(map(str.isalpha, subject)), sum(map(str.isupper, subject))
    else:
        alphabetic = [c for c in subject if c.isalpha()]
        letters, capitals = len(alphabetic), sum(map(str.isupper, alphabetic))
    return letters > 0 and capitals > 0.9 * letters


def _subject_goes_on(label: str, line: str) -> bool:
    """ "SUBJECT: ... - INSTRUCTIONS" wrapped onto "FOR P3 CONSULTATIONS ON ...": a line that
    starts like a passing line but names no office, no one's office symbol ("FOR USD/P
    FLOURNOY") and no title goes on with the subject."""
    return (
        label == "FOR"
        and line[:4].upper() == "FOR "
        and "/" not in line
        and _TITLE_WORDS.isdisjoint(line.upper().replace(",", " ").split())
        and not for_offices([line])
    )


# Who a passing line may address besides an office: "FOR NSC - JOHN DOE", "FOR DAS SMITH".
_TITLE_WORDS = frozenset(
    {"NSC", "DAS", "PDAS", "USD", "AMBASSADOR", "SECRETARY", "DEPUTY", "ASSISTANT", "UNDER",
     "DIRECTOR", "COORDINATOR", "ENVOY", "SPECIAL", "ADVISOR", "ADVISER", "COUNSELOR", "DOD",
     "OSD", "JCS", "TREASURY", "USTR", "USAID", "COMMERCE", "DHS", "DOJ", "FBI", "CIA", "DIA"}
)  # fmt: skip


def _label_follows(lines: list[str], index: int) -> bool:
    """A stray line ('SENSITIVE BUT UNCLASSIFIED') with more header labels just below it."""
    seen = 0
    for line in lines[index + 1 : index + 12]:
        line = line.strip()
        if not line:
            continue
        if PARAGRAPH_START.match(line):
            return False
        if label_of(line) is not None:
            return True
        seen += 1
        if seen >= 2:
            return False
    return False


# A line that can only be tags: "ECIN", "OVIP (CLINTON, WILLIAM J.)", "PREL PGOV".
_TAG_LINE = re.compile(
    r"[A-Z]{2,6}(?:[ ,]{1,3}[A-Z]{2,6}){0,3}(?:\s{1,3}\([A-Z][A-Z ,.'-]{0,40}\))?"
)


def _tags_go_on(lines: list[str], index: int) -> bool:
    """After a blank line, does the TAGS list go on? Text taken from a PDF puts each tag on
    its own line with blank lines between ("TAGS:", "PREL", "", "ECIN", "", "GR",
    "SUBJECT: ..."): it does when only such lines stand between here and the next label."""
    if not _only_tags(lines[index].strip()):
        return False
    for line in lines[index + 1 : index + 24]:
        line = line.strip()
        # A caption or passing line may stand among them; it stays what it is.
        if not line or _TAG_LINE.fullmatch(line) or caption_words(line) or is_passing_line(line):
            continue
        return line[:1] in "Ss" and label_of(line) is not None  # "SUBJECT:" ends the list
    return False


def _only_tags(line: str) -> bool:
    """A line of tags: not a caption ("EXDIS", "NOFORN") nor a passing line ("DEPT FOR EUR")."""
    return (
        _TAG_LINE.fullmatch(line) is not None
        and caption_words(line) is None
        and not is_passing_line(line)
    )


def _ref_continues(result: HeaderBlocks, line: str) -> bool:
    """After a blank line, does the REF list go on? (a next item, or an unfinished one)"""
    if label_of(line) is not None or PARAGRAPH_START.match(line):
        return False
    block = result.blocks.get("REF", "")
    if _REF_ITEM.match(line) or _REF_UNFINISHED.search(block):
        return True
    # "(B) Rio de Janeiro" / "00723 (C) ...": a serial carried over to the next line.
    return block[-1:].isalpha() and line[:1].isdigit()


def _rest(result: HeaderBlocks, lines: list[str], index: int, piece_no: int) -> None:
    result.body_line = index
    if piece_no:
        result.body_head = " ".join(unfold(lines[index].strip())[piece_no:])


def _start(result: HeaderBlocks, name: str, rest: str, line: str) -> str:
    if name == "FOR":  # the whole line: who the instruction is addressed to matters
        result.for_lines.append(line)
        return "FOR"
    if name == "TAGS" and result.blocks.get(name):  # "TAGS: EAID, BA, TAGS: EFIN": one list
        result.blocks[name] += ", " + rest.strip()
        return name
    if result.blocks.get(name):  # a second SUBJECT line: keep the first
        return ""
    result.blocks[name] = rest.strip()
    return name


def _append(result: HeaderBlocks, name: str, line: str) -> str:
    if name == "FOR":
        result.for_lines[-1] += " " + line
    else:
        result.blocks[name] = (result.blocks[name] + "\n" + line).strip()
    return name
