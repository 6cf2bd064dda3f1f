"""Text clean-up done before any field is read: line endings, markdown, OCR'd pilcrows.

Every repair that changes what a reader would see is reported as a warning.
"""

from __future__ import annotations

import re
import sys

# "$\P1$" is how an OCR/LaTeX pass rendered "¶1"; the seed cable has it.
_LATEX_PILCROW = re.compile(r"\$\\P\s{0,2}(\d{1,3})\s{0,2}\$")
# Markdown list bullets put in front of paragraph numbers ("- ¶2.", "- 13."): searched after a
# literal newline (fast), the text's first line tried on its own.
_BULLET = re.compile(r"\n[-*+]\s{1,3}(?=(?:¶\s{0,2})?\d{1,3}\s{0,2}\.)")
_FIRST_BULLET = re.compile(r"[-*+]\s{1,3}(?=(?:¶\s{0,2})?\d{1,3}\s{0,2}\.)")
# UTF-8 read as Latin-1 ("Â¶") and the HTML entity survive in some dumps. Each comes with a
# single character to look for first: a one-character search is a memchr, a longer one that
# starts or ends with a common character is several times slower.
_MOJIBAKE = (
    ("Â", "Â¶", "¶"),
    ("&", "&para;", "¶"),
    ("\u00a0", "\u00a0", " "),
    ("\ufeff", "\ufeff", ""),
)


class LinePattern:
    """A pattern for whole lines, searched like one compiled with '^' and re.MULTILINE.

    The regex engine tries a MULTILINE '^' at every character; a pattern that starts with a
    literal newline it scans for quickly. So the first line is matched where it starts and the
    others after their newline: a match found there starts at the newline (its groups and end
    are the line's).
    """

    def __init__(self, line: str, flags: int = 0) -> None:
        self.first = re.compile(line, flags)
        self.later = re.compile("\n" + line, flags)

    def search(self, text: str, pos: int = 0, endpos: int = sys.maxsize) -> re.Match[str] | None:
        """The first line from `pos` on that matches (before `endpos`)."""
        if pos == 0 and (match := self.first.match(text, 0, endpos)) is not None:
            return match
        return self.later.search(text, max(pos - 1, 0), endpos)


def squeeze(line: str) -> str:
    """``" ".join(line.split())``: runs of whitespace made one space, the ends stripped.

    Most lines need only their end spaces stripped: one that is printable (the space is the
    only whitespace character that is) and has no double space is not split into words.
    """
    line = line.strip(" ")
    if "  " in line or not line.isprintable():
        return " ".join(line.split())
    return line


def normalise(text: str, warnings: list[str]) -> str:
    """Return the text with LF line endings and pilcrows repaired."""
    if "\r" in text:
        text = text.replace("\r\n", "\n").replace("\r", "\n")
    for first, bad, good in _MOJIBAKE:
        if first in text and bad in text:
            text = text.replace(bad, good)
    if "\\" in text:  # one scan for the two rare repairs that start with a backslash
        text = _backslashes(text, warnings)
    return _bullets(text, warnings)


def _backslashes(text: str, warnings: list[str]) -> str:
    if text.count("\\\n") > 1:  # a raw dump row: every line ends with a backslash
        text = text.replace("\\\n", "\n")
        warnings.append("line-end backslashes of a raw dump row removed")
    if "\\P" in text:
        text, count = _LATEX_PILCROW.subn(r"¶\1", text)
        if count:
            warnings.append(f"{count} paragraph mark(s) written as '$\\P<n>$' read as '¶<n>' (OCR)")
    return text


def _bullets(text: str, warnings: list[str]) -> str:
    first = _FIRST_BULLET.match(text)
    text, count = _BULLET.subn("\n", text[first.end() :] if first else text)
    count += 1 if first else 0
    if count:
        warnings.append(f"{count} markdown bullet(s) removed before paragraph numbers")
    return text
