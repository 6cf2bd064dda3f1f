"""A request under construction: the paragraphs it spans, its asks, why we believe it."""

from __future__ import annotations

from dataclasses import dataclass, field

from cables.detection.implicit import Ask
from cables.detection.pointers import Pointer
from cables.detection.text import segments


@dataclass(slots=True)
class Block:
    """One paragraph of the cable as the detector sees it."""

    index: int  # position in the cable
    number: int | None  # the printed number; None when unnumbered
    text: str
    low: str = ""  # the text in lower case, computed once
    asks: list[Ask] = field(default_factory=list)
    heading: bool = False  # "Action request:" heads this paragraph
    heading_for: str = ""  # "ACTION REQUEST FOR ALL POSTS:" -> "ALL POSTS"
    pointer: Pointer | None = None  # "This is an action request; see para 5" in this paragraph
    _sentences: list[str] | None = None

    def sentences(self) -> list[str]:
        """The paragraph's bullet items and sentences, split once (see text.segments)."""
        if self._sentences is None:
            self._sentences = segments(self.text)
        return self._sentences


@dataclass
class Candidate:
    anchor: Block
    asks: list[Ask]
    explicit: bool
    evidence: list[str]
    also: list[Block] = field(default_factory=list)
    pointer: int | None = None
    office: str = ""
    requested_of: str = ""
    strong: bool = False  # its own pointer or heading, not just a marked cable
    for_whom: str = ""  # the post a pointer or heading names ("for Embassy Moscow")
    pointed: bool = False  # a pointer names this paragraph (even an unnumbered pointer line)

    @property
    def blocks(self) -> list[Block]:
        return [self.anchor, *self.also]
