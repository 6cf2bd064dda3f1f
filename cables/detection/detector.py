"""Find the action requests in a parsed cable: explicit markers first, then implicit asks.

Pointers ("see para 5") decide where an ask is when they name a paragraph that really holds
one; headed paragraphs ("Action request:") are asks; implicit cues find the rest. Asks to the
same party that continue one tasking (a summary repeating it, a report-back) are merged.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from cables.detection.assemble import assemble
from cables.detection.candidates import Block, Candidate
from cables.detection.implicit import find_asks
from cables.detection.model import DetectedRequest
from cables.detection.pointers import (
    Pointer,
    closes_request,
    ends_with_heading,
    find_pointer,
    heading_target,
    is_heading,
    lead_in_target,
    mentions_rfg,
    subject_marks_request,
)
from cables.detection.scan import hot_paragraphs

if TYPE_CHECKING:  # typing only: detection must not depend on the parser importing
    from cables.parsing.model import ParsedCable


def detect(cable: ParsedCable) -> tuple[DetectedRequest, ...]:
    from_post = cable.station != "STATE"
    # The cheap pass first: most cables ask nothing and must cost next to nothing.
    hot = hot_paragraphs([p.text for p in cable.paragraphs], from_post)
    marked = subject_marks_request(cable.subject) or mentions_rfg(cable.subject)
    if not cable.paragraphs or (not hot and not marked):
        return ()
    blocks = _blocks(_pieces(cable, hot), from_post)
    pointers = [b.pointer for b in blocks if b.pointer is not None]
    _read_pointed(pointers, blocks, from_post)
    candidates = _from_pointers(pointers, blocks)
    claimed = {id(b) for c in candidates for b in c.blocks}
    pointer_blocks = {p.paragraph for p in pointers if p.groups}
    for block in blocks:
        if id(block) in claimed or (block.number in pointer_blocks and block.number is not None):
            continue
        candidate = _from_block(block, marked or bool(pointers))
        if candidate is not None:
            candidates.append(candidate)
    if (marked or pointers) and not candidates:
        candidates = _fallback(blocks)
    # "This is an action request. Embassy Moscow, please see para 8": the cable tasks Moscow.
    whom = next((p.for_whom for p in pointers if p.for_whom), "")
    for candidate in candidates:
        candidate.for_whom = candidate.for_whom or whom
    return assemble(candidates, cable, blocks)


def _read_pointed(pointers: list[Pointer], blocks: list[Block], from_post: bool) -> None:
    """A paragraph a pointer names is read sentence by sentence even when the first pass
    passed it by: "SEE PARAS 4 AND 6" over "EMBASSY ANKARA TO DELIVER ..." (a wording no key
    word catches)."""
    named = {n for p in pointers for group in p.groups for n in group}
    for block in blocks:
        if block.number in named and not block.low and not block.asks:
            block.low = block.text.lower()
            block.asks = find_asks(block.text, block.low, from_post, block.sentences)


def _pointer_only(block: Block) -> bool:
    """A paragraph that is the pointer sentence and little else (a short line)."""
    return len(block.text.strip()) <= 120


_ASKISH = ("request", "please", "guidance", "should", "urge")


def _fallback(blocks: list[Block]) -> list[Candidate]:
    """The cable is marked (subject or pointer) but no cue matched: the paragraph after a
    pointer line that names none ("This is an action request." standing alone), else the
    first ask-like paragraph. The pointer line itself is never the ask."""
    for index, block in enumerate(blocks):
        if block.pointer is not None and not block.pointer.groups and _pointer_only(block):
            after = next((b for b in blocks[index + 1 :] if b.number is not None), None)
            if after is not None:
                evidence = [f"pointer line in para {block.number} names no paragraph"]
                return [Candidate(after, [], True, evidence, [], block.number)]
    for block in blocks:
        low = block.low or block.text.lower()
        if block.pointer is not None and _pointer_only(block):
            continue
        if block.number is not None and any(w in low for w in _ASKISH):
            return [Candidate(block, [], True, ["subject marks an action request"])]
    return []


def _pieces(cable: ParsedCable, hot: set[int]) -> list[tuple[int | None, str, bool]]:
    """Paragraphs as (number, text, hot), splitting out a next paragraph the parser left
    embedded ("... end of 4. 5.(C/REL LIBYA) Action Request: ...") when that number is
    missing. The pieces of a hot paragraph are all hot."""
    numbers = {p.number for p in cable.paragraphs}
    out: list[tuple[int | None, str, bool]] = []
    for index, paragraph in enumerate(cable.paragraphs):
        number, text, is_hot = paragraph.number, paragraph.text, index in hot
        while number is not None and number + 1 not in numbers:
            found = _embedded(text, number + 1)
            if found is None:
                break
            out.append((number, text[: found[0]], is_hot))
            number, text = number + 1, text[found[1] :]
            numbers.add(number)
        out.append((number, text, is_hot))
    return out


_MARKING_RE = re.compile(r"\s{0,3}(\([A-Za-z/ ]{1,30}\)\s?)?")


def _embedded(text: str, number: int) -> tuple[int, int] | None:
    """Where "¶5." or " 5.(C)" starts and ends in the text; the literal is found first because
    a regex search is slow to fail on a long paragraph."""
    needle = f"{number}."
    at = text.find(needle)
    while at != -1:
        tail = _MARKING_RE.match(text, at + len(needle))
        assert tail is not None  # every part of the pattern is optional
        if text[max(0, at - 2) : at].rstrip().endswith("\u00b6"):
            return text.rindex("\u00b6", 0, at), tail.end()
        if tail.group(1) and (at == 0 or text[at - 1].isspace()):
            return max(0, at - 1), tail.end()
        at = text.find(needle, at + 1)
    return None


def _blocks(pieces: list[tuple[int | None, str, bool]], from_post: bool) -> list[Block]:
    """Every paragraph as a Block; only the hot ones are read sentence by sentence."""
    blocks: list[Block] = []
    previous_heading = False
    for index, (number, text, hot) in enumerate(pieces):
        block = Block(index, number, text, heading=previous_heading)
        previous_heading = False
        if hot:
            low = block.low = text.lower()
            marker = "action req" in low or "st for action" in low or "actions req" in low
            block.heading = block.heading or (marker and is_heading(text))
            block.pointer = find_pointer(number, text) if _may_point(low) else None
            # A pointer's own paragraph is never where its ask is (see _resolve_group).
            if block.pointer is None or not block.pointer.groups:
                block.asks = find_asks(text, low, from_post, block.sentences)
            previous_heading = "request" in low[-200:] and ends_with_heading(text)
        if block.heading:
            block.heading_for = heading_target(text)
        elif hot:
            block.heading_for = lead_in_target(text)
        blocks.append(block)
    return blocks


_POINTER_WORDS = ("action req", "actions req", "action cable", "action mess", "action tel",
                  "action item", "n action request", "request for action",
                  "requests for action")  # fmt: skip
_RFG_WORDS = ("request for guidance", "rfg")


def _may_point(low: str) -> bool:
    if "action" in low and any(word in low for word in _POINTER_WORDS):
        return True
    return any(word in low for word in _RFG_WORDS)


def _from_block(block: Block, cable_marked: bool) -> Candidate | None:
    if block.heading:
        return Candidate(block, block.asks, True, ["action request heading"], strong=True)
    if not block.asks:
        return None
    rfg = any(a.kind == "rfg" for a in block.asks) or mentions_rfg(block.text)
    evidence = [f"{a.kind}: {a.sentence[:80]}" for a in block.asks]
    return Candidate(block, block.asks, cable_marked or rfg, evidence)


def _from_pointers(pointers: list[Pointer], blocks: list[Block]) -> list[Candidate]:
    out: list[Candidate] = []
    for pointer in pointers:
        for group in pointer.groups:
            candidate = _resolve_group(pointer, group, blocks, out)
            if candidate is not None:
                candidate.strong = True
                candidate.for_whom = pointer.for_whom
                candidate.pointed = True
                out.extend(_split_range(candidate))
    return out


def _resolve_group(
    pointer: Pointer, group: tuple[int, ...], blocks: list[Block], taken: list[Candidate]
) -> Candidate | None:
    """The paragraphs a pointer names, or the nearest real ask when it names the wrong one."""
    by_number = {b.number: b for b in blocks if b.number is not None}
    named = [by_number[n] for n in group if n in by_number]
    used = {id(b) for c in taken for b in c.blocks}
    holding = [b for b in named if (b.asks or b.heading) and id(b) not in used]
    # "END ACTION REQUEST" closing a named paragraph: the pointer is right, even when the
    # paragraph's wording ("Post recommends ...") matches no cue.
    holding = holding or [b for b in named if id(b) not in used and closes_request(b.text)]
    evidence = [f"pointer in para {pointer.paragraph}: {pointer.text[:60]}"]
    if holding:
        first = holding[0]
        also = [b for b in named if b is not first and b.index > first.index]
        return Candidate(first, first.asks, True, evidence, also, pointer.paragraph)
    nearest = _nearest_ask(group[0], blocks, pointer.paragraph, used)
    if nearest is None:
        if not named:
            return _last_before(group[0], blocks, pointer, evidence)
        first = named[0]
        return Candidate(first, first.asks, True, evidence, named[1:], pointer.paragraph)
    evidence.append(f"pointer names para {group[0]}; ask found in para {nearest.number}")
    return Candidate(nearest, nearest.asks, True, evidence, [], pointer.paragraph)


def _last_before(
    target: int, blocks: list[Block], pointer: Pointer, evidence: list[str]
) -> Candidate | None:
    """A pointer to a paragraph missing from the text: past the end of a cut-off text, the
    ask is in that paragraph (we report its number with no text: the pointer is explicit);
    in a gap, the last paragraph before the one it names."""
    earlier = [b for b in blocks if b.number is not None and pointer.paragraph is not None
               and pointer.paragraph < b.number < target]  # fmt: skip
    if not earlier:
        return None
    if all(b.number is None or b.number < target for b in blocks):
        evidence.append(f"pointer names para {target}, past the end of the text")
        missing = Block(len(blocks), target, "")
        return Candidate(missing, [], True, evidence, [], pointer.paragraph)
    evidence.append(f"pointer names missing para {target}; no ask found")
    return Candidate(earlier[-1], [], True, evidence, [], pointer.paragraph)


def _nearest_ask(
    target: int, blocks: list[Block], pointer_at: int | None, used: set[int]
) -> Block | None:
    options = [
        b for b in blocks if (b.asks or b.heading) and id(b) not in used and b.number != pointer_at
    ]
    if not options:
        return None
    # A headed paragraph beats an implicit cue; then the closest to the named number.
    return min(options, key=lambda b: (not b.heading, abs((b.number or 0) - target)))


def _split_range(candidate: Candidate) -> list[Candidate]:
    """ "See paragraphs 4-7" where each paragraph tasks another post: one request each.

    Every named paragraph holding its own ask starts a candidate; the others continue the
    previous one. Candidates to the same party are merged again later.
    """
    named, candidate.also = candidate.also, []
    parts = [candidate]
    for block in named:
        if block.asks or block.heading_for:
            parts.append(
                Candidate(
                    block,
                    block.asks,
                    True,
                    list(candidate.evidence),
                    [],
                    candidate.pointer,
                    strong=True,
                    for_whom=candidate.for_whom,
                    pointed=True,
                )
            )
        else:
            parts[-1].also.append(block)
    return parts
