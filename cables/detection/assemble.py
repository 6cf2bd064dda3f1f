"""From candidates to DetectedRequests: who acts, one request per party, merging, deadlines."""

from __future__ import annotations

import re
from datetime import date, datetime
from typing import TYPE_CHECKING

from cables.detection.addressees import (
    action_posts,
    addressed,
    addressed_posts,
    named_posts,
    resolve,
    resolve_heading,
    station_named,
    writes_to_posts,
)
from cables.detection.candidates import Block, Candidate
from cables.detection.deadlines import DIGIT_RE, Deadline, find_deadline
from cables.detection.implicit import Ask
from cables.detection.model import DetectedRequest
from cables.detection.text import is_bullet

if TYPE_CHECKING:  # typing only: detection must not depend on the parser importing
    from cables.parsing.model import ParsedCable

_SELF_RE = re.compile(
    r"^(?:the\s)?(?:embassy|post|mission|consulate|country\steam|we)$", re.IGNORECASE
)
_POSTS_OWN_RE = re.compile(r"\bpost(?:'s|,s|\u2019s)\s", re.IGNORECASE)
_UNNAMED_RE = re.compile(
    r"^(?:the\s)?(?:embassy|post|posts|mission|missions|consulate|embassies|you|ambassadors?)$",
    re.IGNORECASE,
)
# Run on the lower-cased sentence: IGNORECASE makes Python's engine several times slower.
_DEADLINE_HINT_RE = re.compile(
    r"\b(?:report|respond|reply|provide|submit|send|response|responses|please|request\w{0,3}"
    r"|should|deadline|due|nlt|asap|soon\sas\spossible|urgently|comments|input|cable|email|e-mail"
    r"|feedback|needed|required|guidance|instructions)\b"  # "Guidance is needed prior to ..."
    # "we need to know by close of business Monday, March 9", "Embassy needs an answer by"
    r"|\b(?:we|embassy|post|mission|consulate)\s(?:would\s|will\s)?needs?\b|\bneed\sto\sknow\b"
    # "Department would appreciate Post's views within seven business days", "We hope the
    # Department can complete its review by Friday, April 9".
    r"|\b(?:within|hope|appreciate|views|in\stime\sfor)\b"
)
_CONFIDENCE = {
    "passive": 0.85,
    "author-asks": 0.85,
    "author-requests": 0.8,
    "request-to": 0.85,
    "rfg": 0.9,
    "please": 0.7,
    "want-thing": 0.75,
    "thing-requested": 0.7,
    "should": 0.65,
    "need": 0.7,
    "telegraphic": 0.7,
    "may-wish": 0.6,
    "helpful-if": 0.65,
    "urge-that": 0.6,
    "it-requested": 0.8,
    "named-passive": 0.75,
}


def assemble(
    candidates: list[Candidate], cable: ParsedCable, blocks: list[Block]
) -> tuple[DetectedRequest, ...]:
    split: list[Candidate] = []
    for candidate in candidates:
        split.extend(_by_office(candidate, cable))
    year = _year_of(cable.reference_id)
    sent = cable.created.date() if cable.created else (date(year, 1, 1) if year else None)
    merged = _merge(sorted(split, key=lambda c: c.anchor.index), sent)
    merged = _fold_tailoring(_fold_report_back(merged), action_posts(cable))
    if cable.created:
        return tuple(_to_request(c, cable.created.date(), at=cable.created) for c in merged)
    # A partial extract has no date: its year (from the reference id) still places a dated
    # deadline ("by May 28"); one counted from the cable's day cannot be placed.
    year = _year_of(cable.reference_id)
    return tuple(_to_request(c, date(year, 1, 1), dated_only=True) if year else
                 _to_request(c, None) for c in merged)  # fmt: skip


def _year_of(reference_id: str) -> int | None:
    """ "05CAIRO9802" -> 2005; "75LIBREVILLE1895" -> 1975."""
    digits = reference_id[:2]
    if not digits.isdigit():
        return None
    return int(digits) + (1900 if int(digits) >= 50 else 2000)


def _office_of(ask: Ask, candidate: Candidate, cable: ParsedCable) -> tuple[str, str] | None:
    """(requested_of, office); None when a post's cable talks about itself ("Post should")."""
    who = ask.who.strip()
    from_post = cable.station != "STATE"
    self_kinds = ("passive", "should", "please", "helpful-if")
    if who and _SELF_RE.match(who) and from_post and ask.kind in self_kinds:
        return None
    # "We would appreciate post's opinion" in a post's reply to Washington: the Department's
    # question, quoted before its answer; a post does not ask itself.
    self_asked = (
        who and ask.kind in ("author-asks", "want-thing") and from_post and _SELF_RE.match(who)
    )
    # ... and "We would welcome post's assessment", the possessive read as a determiner.
    self_asked = self_asked or (
        from_post and ask.kind == "want-thing" and not who and _POSTS_OWN_RE.search(ask.sentence)
    )
    if self_asked and not writes_to_posts(cable):
        return None
    if from_post and who.lower() == "you" and not writes_to_posts(cable):
        return None  # "we ask that you raise ..." in a scene-setter: advice to the visitor
    if ask.lead and (not who or _UNNAMED_RE.match(who)):
        # "FOR LIBREVILLE: ... Ambassador should confirm ...", "For Embassy Riyadh: please".
        office = resolve_heading(ask.lead, cable)
        if addressed(office, cable):
            return ask.lead, office
    heading_for = candidate.anchor.heading_for or candidate.for_whom
    if heading_for and (not who or _UNNAMED_RE.match(who)):
        # "ACTION REQUEST FOR UNVIE: ... Mission is requested to": the heading names the post.
        return heading_for, resolve_heading(heading_for, cable)
    if ask.kind == "named-passive":
        station = station_named(who, cable)
        return (who, station) if station else None
    if not who:
        visited = _visited_post(ask, cable) if from_post and not writes_to_posts(cable) else ""
        if visited:
            return visited, visited
        asked = "Department" if from_post and not writes_to_posts(cable) else "addressees"
        return asked, addressed_posts(cable)
    resolved = resolve(who, cable)
    if from_post and resolved[1] == cable.station and ask.kind in ("passive", "should"):
        return None  # "Embassy London should submit" in London's own cable: a plan, no ask
    if from_post and ask.kind == "should" and not named_posts(who, cable):
        return None  # a post's cable saying what "posts" or "missions" should do: advice
    return resolved


def _visited_post(ask: Ask, cable: ParsedCable) -> str:
    """A country clearance is granted by the post of the country visited: the action post the
    request names ("... to travel to Chisinau"), even with the Department an action addressee
    too. Unnamed, the Department is asked (a post writing only to posts asks them anyway)."""
    if "clearance" not in ask.sentence.lower() or "country" not in ask.sentence.lower():
        return ""
    upper = ask.sentence.upper()
    named = [post for post in action_posts(cable) if _names_station(post, upper)]
    return named[0] if len(named) == 1 else ""


def _names_station(station: str, text: str) -> bool:
    """ "PORTOFSPAIN" in "... TO PORT OF SPAIN", as whole words ("cLIMAte" is not Lima)."""
    if station[:1] not in text:
        return False
    letters = r"\s?".join(re.escape(c) for c in station[:40])
    return re.search(rf"\b{letters}\b", text) is not None


_BARE_PLURAL_RE = re.compile(r"^(?:the\s)?(?:posts|embassies|missions|consulates)$", re.IGNORECASE)
_BARE_SINGLE_RE = re.compile(r"^(?:the\s)?(?:post|embassy|mission|consulate)$", re.IGNORECASE)


def _named_before(groups: dict[str, list[Ask]]) -> list[str]:
    """ "Embassies Rome and Madrid are requested to approach ... Posts should ask whether ...",
    "For Embassy Kyiv, please approach ... In discussing these points, please emphasize":
    after asks naming posts, a bare "Posts" or an unnamed "please" means those posts, not all
    action addressees (before them, or as "All addressees should", it still means all)."""
    return [office for office in groups if office not in ("ALL", "")]


def _by_office(candidate: Candidate, cable: ParsedCable) -> list[Candidate]:
    """One candidate per asked party: a paragraph tasking two posts differently is two asks."""
    groups: dict[str, list[Ask]] = {}
    names: dict[str, str] = {}
    for ask in candidate.asks:
        resolved = _office_of(ask, candidate, cable)
        if resolved is None:
            continue
        unnamed = not ask.who or _BARE_PLURAL_RE.match(ask.who) is not None
        # "Embassy Pretoria is asked to assess ... Department would appreciate Post's views":
        # after one named post, an unnamed "Post" is that post.
        if not unnamed and _BARE_SINGLE_RE.match(ask.who):
            unnamed = len(_named_before(groups)) == 1
        # An unnamed post word with no office ("Embassy should report" in a cable without
        # addressees) goes with the posts just named too; an ask of the Department does not.
        postless = resolved[1] == "" and _BARE_SINGLE_RE.match(ask.who) is not None
        if (resolved[1] == "ALL" or postless) and unnamed and _named_before(groups):
            for office in _named_before(groups):  # "... Posts should ask": the posts just named
                groups[office].append(ask)
            continue
        unnamed_post = not ask.who or _UNNAMED_RE.match(ask.who) is not None
        if cable.station == "STATE" and resolved[1] == "" and "ALL" in groups and unnamed_post:
            # "Posts are instructed to deliver ... The Ambassadors should make the approach
            # personally", "Please report the results": the same posts, in an extract that lists
            # no addressees.
            groups["ALL"].append(ask)
            continue
        names.setdefault(resolved[1], resolved[0])
        groups.setdefault(resolved[1], []).append(ask)
    if not groups:
        if not candidate.explicit:
            return []
        fallback = candidate.anchor.heading_for or candidate.for_whom
        who, office = (
            (fallback, resolve_heading(fallback, cable))
            if fallback
            else ("", addressed_posts(cable))
        )
        groups, names = {office: []}, {office: who}
    out: list[Candidate] = []
    for office, asks in groups.items():
        also = candidate.also if not out else []
        out.append(
            Candidate(
                candidate.anchor,
                asks,
                candidate.explicit,
                list(candidate.evidence),
                list(also),
                candidate.pointer,
                office,
                names[office],
                candidate.strong,
                candidate.for_whom,
                candidate.pointed,
            )
        )
    return out


def _merge(candidates: list[Candidate], sent: date | None = None) -> list[Candidate]:
    kept: list[Candidate] = []
    dates: dict[str, date | datetime | None] = {}  # each ask's dated deadline, read once
    for candidate in candidates:
        target = next((k for k in kept if _same_tasking(k, candidate, sent, dates)), None)
        if target is None:
            kept.append(candidate)
            continue
        summary_first = (
            candidate.strong == target.strong
            and _SUMMARY_RE.match(target.anchor.text) is not None
            and _SUMMARY_RE.match(candidate.anchor.text) is None
        )
        if summary_first or (
            candidate.strong and (not target.strong or _pointed_over_heading(candidate, target))
        ):
            # The summary repeated the ask; the marked paragraph is where it is stated. A
            # pointer naming a paragraph of a headed section says where in it the ask is.
            kept[kept.index(target)] = candidate
            candidate.also = [*candidate.also, *target.blocks]
            candidate.asks = [*candidate.asks, *target.asks]
            continue
        target.also.extend(b for b in candidate.blocks if b is not target.anchor)
        target.asks.extend(candidate.asks)
    for candidate in kept:
        unique = {b.index: b for b in candidate.also if b is not candidate.anchor}
        candidate.also = [unique[i] for i in sorted(unique)]
    return kept


def _pointed_over_heading(candidate: Candidate, target: Candidate) -> bool:
    return candidate.pointed and not target.pointed and target.anchor.heading


def _same_tasking(
    earlier: Candidate,
    later: Candidate,
    sent: date | None = None,
    dates: dict[str, date | datetime | None] | None = None,
) -> bool:
    """One tasking per asked party: a summary repeating the ask, talking points, a report-back
    paragraph all belong to it ("one request per distinct ask")."""
    if earlier.office != later.office:
        return False
    if later.anchor is not earlier.anchor and _own_deadline(earlier, later, sent, dates or {}):
        return False
    # A summary repeating the marked ask is the same tasking, whatever its wording.
    return earlier.strong != later.strong or not _distinct(later)


def _own_deadline(
    earlier: Candidate,
    later: Candidate,
    sent: date | None,
    dates: dict[str, date | datetime | None],
) -> bool:
    """ "Deliver the points no later than February 21 ... Embassy should report the response
    by February 23", "confirm the delegation by July 6 ... provide cleared text by July 13": an
    ask in a paragraph of its own with a date of its own is a request of its own (it is
    tracked to its own deadline), a report-back too."""
    if sent is None or later.anchor is earlier.anchor or not later.asks:
        return False
    if _SUMMARY_RE.match(earlier.anchor.text) and not all(
        _reports_back(ask.sentence) for ask in later.asks
    ):
        return False  # a summary previewing the ask, whatever date it mentions
    then = _dated(later, sent, dates)
    if then is None:  # most asks name no date: the earlier one need not be read
        return False
    first = _dated(earlier, sent, dates)
    return first is not None and first != then


_SUMMARY_RE = re.compile(r"\s*(?:\(\w{1,10}\)\s*)?summary\b", re.IGNORECASE)


def _dated(
    candidate: Candidate, sent: date, dates: dict[str, date | datetime | None]
) -> date | datetime | None:
    """The first date an ask of the candidate names, read as _deadline reads it."""
    for ask in candidate.asks:
        if ask.sentence not in dates:
            found = None
            if DIGIT_RE.search(ask.sentence) is not None:  # no digit, no month and day
                found = find_deadline(ask.sentence, sent, asking=True)
            dates[ask.sentence] = found.when if found is not None and found.dated else None
        if dates[ask.sentence] is not None:
            return dates[ask.sentence]
    return None


# "Separately, please provide ...", "Embassy also requests that ...": a second ask of the
# same party, a request of its own.
_DISTINCT_RE = re.compile(
    r"^(?:separately|additionally|in\saddition(?!\sto\b))\b|\b(?:also|additionally|separately)\s"
    r"(?:requests?|asks?|(?:is|are)\s(?:\w{2,14}ly\s)?(?:requested|asked|instructed))\b"
    # "should also send, by separate cable, an assessment": a deliverable of its own.
    r"|\bby\sseparate\s(?:cable|telegram|message|e-?mail)\b",
    re.IGNORECASE,
)


# A paragraph opening "Separately, the delegation leader has asked ... Embassy would be
# grateful for the Department's views", "Additionally, ...": the ask that follows is a new one
# ("In addition to the standard outline, addressees should comment on ..." goes on).
_OPENS_APART_RE = re.compile(r"(?:separately|additionally|in\saddition(?!\sto\b))\b", re.IGNORECASE)


def _distinct(candidate: Candidate) -> bool:
    if not candidate.asks:
        return False
    if _DISTINCT_RE.search(candidate.asks[0].sentence) is not None:
        return True
    return _OPENS_APART_RE.match(candidate.anchor.text.lstrip()) is not None


def _fold_tailoring(candidates: list[Candidate], posts: list[str]) -> list[Candidate]:
    """A marked ask to all posts, then unmarked lines for some of them ("Embassy Beijing should
    also stress ..."): the same tasking tailored per post, not new ones. Asks with their own
    pointer or heading stay separate."""
    marked = next((c for c in candidates if c.strong and c.office == "ALL"), None)
    if marked is None:
        return candidates
    kept = []
    for candidate in candidates:
        stations = set(candidate.office.split(","))
        if not candidate.strong and candidate.office and stations <= set(posts):
            marked.also.extend(b for b in candidate.blocks if b is not marked.anchor)
            continue
        kept.append(candidate)
    return kept


_ASKING_RE = re.compile(r"\b(?:request\w{0,3}|please|report|respond|reply|should)\b", re.IGNORECASE)


def _fold_report_back(candidates: list[Candidate]) -> list[Candidate]:
    """ "Action addressees should report results by Sept 29" after post-by-post asks: the
    report-back belongs to each post's tasking, not a tasking of its own."""
    shared = [
        c
        for c in candidates
        if c.office == "ALL" and c.asks and all(_reports_back(a.sentence) for a in c.asks)
    ]
    # "Embassy Paris should deliver ... USNATO should brief ... Posts should report
    # responses NLT Monday": the report-back may close the same paragraph.
    specific = [
        c
        for c in candidates
        if c.office not in ("ALL", "")
        and c.anchor.index <= max((s.anchor.index for s in shared), default=-1)
    ]
    if not shared or not specific or any(c.office == "ALL" and c not in shared for c in candidates):
        return candidates
    for candidate in specific:
        for report in shared:
            candidate.also.extend(
                b for b in report.blocks if b is not candidate.anchor and b not in candidate.also
            )
            candidate.asks.extend(report.asks)
    return [c for c in candidates if c not in shared]


_REPORT_RE = re.compile(
    r"\b(?:report|reports|respond|reply|results|responses?|feedback)\b", re.IGNORECASE
)
# What the ask does first: "Posts should draw on the points ... and report reactions" asks
# for more than a report-back.
_FIRST_VERB_RE = re.compile(
    r"\b(?:should|must|shall|please|requested\sto|asked\sto|instructed\sto)\s"
    r"(?:also\s|then\s|promptly\s|immediately\s|\w{2,14}ly\s)?(?P<verb>[a-z]+)",
    re.IGNORECASE,
)
_REPORT_VERBS = frozenset({"report", "respond", "reply", "cable", "advise", "inform", "provide",
                           "send", "submit", "forward", "notify", "confirm"})  # fmt: skip


def _reports_back(sentence: str) -> bool:
    """A report-back: the ask's first verb reports ("Posts should report responses by ...")."""
    if not _REPORT_RE.search(sentence):
        return False
    first = _FIRST_VERB_RE.search(sentence)
    return first is None or first.group("verb").lower() in _REPORT_VERBS


def _to_request(
    candidate: Candidate,
    sent: date | None,
    dated_only: bool = False,
    at: datetime | None = None,
) -> DetectedRequest:
    deadline = _deadline(candidate, sent, at) if sent else None
    if dated_only and deadline is not None and deadline.when is not None and not deadline.dated:
        deadline = None
    asks = candidate.asks
    confidence = max((_CONFIDENCE.get(a.kind, 0.6) for a in asks), default=0.5)
    if candidate.explicit:
        # Marked and an ask found: sure. Marked but no cue matched: a guess at the place.
        confidence = 0.95 if asks or candidate.anchor.heading else 0.5
    quote = asks[0].sentence if asks else " ".join(candidate.anchor.text.split())[:300]
    return DetectedRequest(
        paragraph=candidate.anchor.number,
        also_paragraphs=tuple(b.number for b in candidate.also if b.number is not None),
        pointer_paragraph=candidate.pointer,
        quote=quote[:400],
        requested_of=candidate.requested_of,
        action_office=candidate.office,
        deadline=deadline.when if deadline else None,
        deadline_text=deadline.text if deadline else "",
        explicit=candidate.explicit,
        confidence=confidence,
        evidence=tuple(e[:120] for e in candidate.evidence[:6]),
    )


def _deadline(candidate: Candidate, sent: date, at: datetime | None = None) -> Deadline | None:
    """The asks' own sentences first (report-backs folded in from other paragraphs apart),
    then the rest of the ask's paragraph; only then the report-backs and the other paragraphs
    (a report-back "by November 8" does not hide "Embassy should on November 3 deliver" in the
    paragraph where the ask is stated)."""
    # An ask's sentence as split from its paragraph (one ending in a colon carries the next).
    home = " ".join(candidate.anchor.text.split())
    # The asks stated elsewhere come first too ("USNATO requests guidance (para 7)" over
    # para 7's "by 0800Z October 26"), but not the report-backs folded in.
    asks = [a for a in candidate.asks if a.sentence[:80] in home or not _reports_back(a.sentence)]
    away = [a for a in candidate.asks if a not in asks]
    found: Deadline | None = None
    for group, blocks in ((asks, [candidate.anchor]), (away, candidate.also)):
        for ask in group:
            own = find_deadline(ask.sentence, sent, at, asking=True)
            if own is not None and own.when is not None:
                return own
            found = found or own
        for block in blocks:
            for sentence in block.sentences():
                other = _sentence_deadline(sentence, sent, at)
                if other is not None and (other.when is not None or found is None):
                    if other.when is not None:
                        return other
                    found = found or other
    return found


def _sentence_deadline(sentence: str, sent: date, at: datetime | None) -> Deadline | None:
    if not _DEADLINE_HINT_RE.search(sentence.lower()):
        return None
    if is_bullet(sentence) and not _REPORT_RE.search(sentence):
        return None
    other = find_deadline(sentence, sent, at)
    if other is not None and other.when is None and not _ASKING_RE.search(sentence):
        return None  # "as soon as possible" must qualify an ask, not someone's wish
    return other
