"""Writes of the cables app: ingest."""

from __future__ import annotations

import dataclasses
import hashlib
import logging
from dataclasses import dataclass
from datetime import date, datetime

from django.conf import settings
from django.db import IntegrityError, transaction

from cables.detection import DetectedRequest, detect
from cables.models import LEVEL_RANKS, ActionRequest, Cable, CableReference, Level, Paragraph
from cables.parsing import Addressee, CableParseError, ParsedCable, parse_cable
from cables.signals import cable_ingested

log = logging.getLogger(__name__)
UNREAD_LEVEL = "classification not read: stored as TOP SECRET until a person checks it"
# A portion marking's level by its first part: "(S//NF)", "(C/REL NATO)", "(SBU)".
PORTION_LEVELS = {
    "U": Level.UNCLASSIFIED, "SBU": Level.UNCLASSIFIED, "C": Level.CONFIDENTIAL,
    "S": Level.SECRET, "TS": Level.TOP_SECRET,
}  # fmt: skip


class IngestError(ValueError):
    """A cable that cannot be stored, with a reason a person understands."""


@dataclass(frozen=True)
class IngestResult:
    cable: Cable
    created: bool


def cable_ingest(*, text: str, source: str = "") -> IngestResult:
    """Parse, detect and store one cable in one transaction; idempotent on identical text.

    The same text twice gives the same cable and no new rows. Different text under a reference
    id already stored is refused rather than silently replacing what tasks were made from.
    """
    limit = settings.INGEST_MAX_BYTES
    if len(text) > limit:
        raise IngestError(f"cable is {len(text):,} characters; the limit is {limit:,}")
    if "\x00" in text:
        # PostgreSQL cannot store NUL in text (SQLite would): refuse it the same on both.
        raise IngestError("the text holds NUL characters: a binary file, not a cable")
    parsed = _parse(text, source)
    digest = hashlib.sha256(text.encode("utf-8", "surrogateescape")).hexdigest()
    existing = Cable.objects.filter(reference_id=parsed.reference_id).first()
    if existing is not None:
        return _already_stored(existing, digest)
    requests = _detect(parsed, source)
    try:
        with transaction.atomic():
            cable = _store(parsed, text, digest, requests)
            transaction.on_commit(lambda: cable_ingested.send(sender=Cable, cable_id=cable.pk))
    except IntegrityError:
        # Another ingest stored the same reference id between our check and our insert.
        existing = Cable.objects.filter(reference_id=parsed.reference_id).first()
        if existing is None:
            raise
        return _already_stored(existing, digest)
    return IngestResult(cable=cable, created=True)


def _parse(text: str, source: str) -> ParsedCable:
    try:
        return parse_cable(text)
    except CableParseError as exc:
        reason = str(exc)
        if not reason.lower().startswith("not a cable"):
            reason = f"not a cable: {reason}"
        raise IngestError(reason) from exc
    except Exception as exc:
        # A parser bug on one odd cable must not end a batch: that cable fails, loudly.
        log.exception("the parser failed on %s", source or "a cable")
        raise IngestError(f"the parser failed ({type(exc).__name__}: {exc})") from exc


def _already_stored(cable: Cable, digest: str) -> IngestResult:
    if cable.sha256 != digest:
        raise IngestError(
            f"{cable.reference_id} is already stored with different text "
            f"(sha256 {cable.sha256[:12]}...); refusing to replace it"
        )
    return IngestResult(cable=cable, created=False)


def _detect(parsed: ParsedCable, source: str) -> tuple[DetectedRequest, ...]:
    # A detector bug must not lose the cable: store it without requests and say so loudly.
    try:
        return detect(parsed)
    except Exception:
        log.exception("action-request detection failed for %s (%s)", parsed.reference_id, source)
        return ()


def _store(
    parsed: ParsedCable, text: str, digest: str, requests: tuple[DetectedRequest, ...]
) -> Cable:
    cable = Cable.objects.create(
        reference_id=parsed.reference_id,
        raw_text=text,
        sha256=digest,
        precedence=parsed.precedence,
        info_precedence=parsed.info_precedence,
        created=parsed.created,
        origin=parsed.origin[:128],
        station=parsed.station[:64],
        classification=parsed.classification[:64],
        **_access(parsed),
        captions=list(parsed.captions),
        subject=parsed.subject[:512],
        subject_marking=parsed.subject_marking[:128],
        tags=list(parsed.tags),
        for_offices=list(parsed.for_offices),
        to_addressees=[_addressee(a) for a in parsed.to],
        info_addressees=[_addressee(a) for a in parsed.info],
        niact=list(parsed.niact),
        signature=parsed.signature[:128],
    )
    paragraphs = Paragraph.objects.bulk_create(
        Paragraph(cable=cable, position=i, number=p.number, marking=p.marking[:128], text=p.text)
        for i, p in enumerate(parsed.paragraphs)
    )
    CableReference.objects.bulk_create(
        CableReference(
            cable=cable,
            position=i,
            letter=r.letter[:8],
            cited_reference_id=(r.reference_id or "")[:64],
            raw=r.raw[:512],
            kind=r.kind[:16],
        )
        for i, r in enumerate(parsed.references)
    )
    by_number = {p.number: p for p in paragraphs if p.number is not None}
    ActionRequest.objects.bulk_create(
        _action_request(cable, i, r, by_number) for i, r in enumerate(requests)
    )
    return cable


def _access(parsed: ParsedCable) -> dict[str, object]:
    """What access reads, failing closed: the level is the higher of the banner and the
    portion markings, a classification not read is TOP SECRET (not UNCLASSIFIED), and portions
    marked NOFORN ('(C/NF)') make the cable NOFORN even when its banner is not."""
    level, warning = _level(parsed)
    return {
        "level": level,
        "level_rank": LEVEL_RANKS[level],
        "noforn": parsed.noforn or parsed.portion_noforn,
        "warnings": [*parsed.warnings, *([warning] if warning else [])],
    }


def _level(parsed: ParsedCable) -> tuple[str, str]:
    """The level to store and, when it is not the banner's, why."""
    if parsed.level not in LEVEL_RANKS:
        return Level.TOP_SECRET, UNREAD_LEVEL
    markings = [parsed.subject_marking, *(p.marking for p in parsed.paragraphs)]
    levels = [PORTION_LEVELS.get(m.upper().split("/")[0].strip(), "") for m in markings]
    highest = max(levels, key=lambda level: LEVEL_RANKS.get(level, -1), default="")
    if highest and LEVEL_RANKS[highest] > LEVEL_RANKS[parsed.level]:
        # The envelope or banner of a misfiled cable can be lower than what it holds.
        return highest, f"portions marked {highest} under a {parsed.level} banner: stored {highest}"
    return parsed.level, ""


def _addressee(a: Addressee) -> dict[str, object]:
    return dataclasses.asdict(a)


def _action_request(
    cable: Cable, position: int, found: DetectedRequest, by_number: dict[int, Paragraph]
) -> ActionRequest:
    deadline_date: date | None = None
    deadline_time = None
    if isinstance(found.deadline, datetime):
        deadline_date, deadline_time = found.deadline.date(), found.deadline.time()
    elif isinstance(found.deadline, date):
        deadline_date = found.deadline
    return ActionRequest(
        cable=cable,
        position=position,
        paragraph=by_number.get(found.paragraph) if found.paragraph is not None else None,
        pointer_paragraph=(
            by_number.get(found.pointer_paragraph) if found.pointer_paragraph is not None else None
        ),
        also_paragraphs=list(found.also_paragraphs),
        quote=found.quote,
        requested_of=found.requested_of[:256],
        action_office=found.action_office[:512],
        deadline=deadline_date,
        deadline_time=deadline_time,
        deadline_text=found.deadline_text[:256],
        explicit=found.explicit,
        confidence=found.confidence,
        evidence=list(found.evidence),
    )
