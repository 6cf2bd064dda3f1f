"""What the detector reports for one action request: a frozen dataclass, no Django."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime
from typing import Any


@dataclass(frozen=True)
class DetectedRequest:
    paragraph: int | None  # where the ask is stated; None for an unnumbered cable
    also_paragraphs: tuple[int, ...] = ()  # the rest of one ask spanning several paragraphs
    pointer_paragraph: int | None = None  # the "This is an action request; see para N" paragraph
    quote: str = ""  # the asking sentence
    requested_of: str = ""  # as written: "Department", "Embassy Berlin", "all addressees"
    action_office: str = ""  # "EUR/CARC", "BERLIN", "ALL", "BERLIN,PARIS"; "" = routing decides
    deadline: date | datetime | None = None  # explicit deadline only; defaults are the tracker's
    deadline_text: str = ""
    explicit: bool = False  # marked as an action request or RFG
    confidence: float = 0.0
    evidence: tuple[str, ...] = ()

    def to_json(self) -> dict[str, Any]:
        deadline = self.deadline.isoformat() if self.deadline else None
        return {
            "paragraph": self.paragraph,
            "also_paragraphs": list(self.also_paragraphs),
            "pointer_paragraph": self.pointer_paragraph,
            "quote": self.quote,
            "requested_of": self.requested_of,
            "action_office": self.action_office,
            "deadline": deadline,
            "deadline_text": self.deadline_text,
            "explicit": self.explicit,
            "confidence": round(self.confidence, 3),
            "evidence": list(self.evidence),
        }
