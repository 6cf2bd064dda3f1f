"""Explicit markers: "This is an action request; see para 5", "Action request:" headings, RFG.

A pointer names where the ask is; it is not an ask itself. Pointers come as digits or words,
ranges ("paragraphs 3-5"), lists ("paragraphs 2 and 4"), "end of para 2", or no number at all.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from cables.detection.text import NUMBER_WORD_ALT, squash, to_int

_N = rf"(?:\d{{1,3}}|{NUMBER_WORD_ALT})\b"
_JOIN = r"\s{0,3}(?:-|\u2013|through|thru|to|and|&|,|, and)\s{0,3}"
_PARA_LIST = rf"(?:paras?\.?|paragraphs?|\u00b6)\s{{0,3}}(?P<list>{_N}(?:{_JOIN}{_N}){{0,8}})"

# "This is an action request", "This cable contains an action request", "This is an action
# cable", "an action request for Department and Embassy Baghdad", "See action requests at".
_POINTER_CUE_RE = re.compile(
    r"\b(?:this\s(?:is\s(?:an?|the)|cable\s(?:is|contains|includes)(?:\san?)?|message\s"
    r"(?:is|contains)(?:\san?)?|telegram\sis\san?)\s(?:urgent\s)?action\s(?:request|cable|message"
    r"|item|telegram)|see\sactions?\srequests?\s(?:at|in)"
    # "action request is in para 5", "ACTION REQUEST FOLLOWS IN PARAGRAPH 9"
    r"|action\srequests?\s(?:(?:is|are)\s|follows?\s|appears?\s)?(?:at|in)\s"
    rf"|see\s{_PARA_LIST}\s(?:below\s)?(?:for|contains?)\s(?:an?\s|the\s)?action\srequest"
    r"|is\sn\saction\srequest|this\s(?:cable\s|message\s)?is\san?\s(?:request\sfor\sguidance|rfg)\b|(?:actions?\srequest(?:s|ed)?|requests?\sfor\saction)\s{0,2}[:.\-\u2013\u2014]{1,3}\s{0,3}(?:(?:please\s)?see\s)?(?:end\sof\s)?para)",
    re.IGNORECASE,
)
_POINTER_TARGET_RE = re.compile(
    rf"(?P<end>end\sof\s)?{_PARA_LIST}",
    re.IGNORECASE,
)
_LIST_ITEM_RE = re.compile(rf"(?P<n>{_N})|(?P<range>-|\u2013|through|thru|to\b)", re.IGNORECASE)

# A paragraph headed "Action request:", "Summary and action request.", "Comment and Action
# Request", "ACTION REQUEST FOR ALL POSTS:", "Urgent action request:".
_HEADING_RE = re.compile(
    r"^[\s\-*]{0,4}(?:[a-z]{3,16}\s(?:and|&)\s)?"
    r"(?:(?:urgent|follow-?up)\s)?(?:actions?\s(?:requests?|requested)|requests?\sfor\saction)\b"
    r"(?!\scable)(?!\sis\b)",
    re.IGNORECASE,
)
# A heading line at the end of the paragraph before the ask ("Action Request ------").
_TRAILING_HEADING_RE = re.compile(
    r"(?:^|[.!?\s])\s{0,3}(?:(?:comment|summary)\s(?:and|&)\s)?action\srequests?"
    r"(?:\s?/\s?(?:talking\spoints|objectives))?[-_=:\s]{0,80}$",
    re.IGNORECASE,
)
_SUBJECT_RE = re.compile(
    r"(?:[-:\u2013]\s{0,3}action\s+request\s{0,3}$|^\s{0,3}action\s+request\b|\bRFG\b|request\s"
    r"for\sguidance)",
    re.IGNORECASE,
)
_RFG_RE = re.compile(r"(?:\bRFG\b|\brequest\sfor\s(?:department\s|washington\s)?guidance\b)")


@dataclass(frozen=True)
class Pointer:
    paragraph: int | None  # where the pointer sentence is
    groups: tuple[tuple[int, ...], ...]  # each range or single number: one candidate ask
    end_of: bool = False  # "see end of para 2": the ask closes that paragraph
    text: str = ""
    for_whom: str = ""  # "This is an action request for Embassy Paris": the post it tasks


def find_pointer(number: int | None, text: str) -> Pointer | None:
    flat = squash(text)
    cue = _POINTER_CUE_RE.search(flat)
    if cue is None:
        return None
    # Look near the cue only: later "paragraph 10 of ref A" is not the target.
    target = _POINTER_TARGET_RE.search(flat[cue.start() : cue.end() + 160])
    if target is None:
        target = _POINTER_TARGET_RE.search(flat[max(0, cue.start() - 100) : cue.start()])
    groups = parse_para_list(target.group("list")) if target else ()
    end_of = bool(target and target.group("end"))
    for_whom = _for_whom(flat[cue.start() : cue.end() + 200])
    return Pointer(number, groups, end_of, flat[cue.start() : cue.end() + 80], for_whom)


_FOR_WHOM_RE = re.compile(
    r"(?P<who>(?:\b(?i:all\s)?(?:Embass(?:y|ies)|EMBASS(?:Y|IES)|Posts?|POSTS?|Missions?|MISSIONS?"
    r"|Consulates?|CONSULATES?|USNATO|USEU|USUN|UNVIE|USOSCE|(?<=all\s)(?i:posts|addressees))\b)"
    r"[^.;:\d]{0,120}?)"
    r"(?=,?\s(?:please|PLEASE|see|SEE)\b|\.|;|:|$)"
)


_SEE_AFTER_RE = re.compile(r",?\s(?:please|see)\b", re.IGNORECASE)


def _for_whom(window: str) -> str:
    """ "an action request for Embassy Paris." or "Embassy Moscow, please see para 8": the
    post named as the one to act; a later sentence about a post ("Post may not leave a
    non-paper") names no one."""
    whom = _FOR_WHOM_RE.search(window)
    if whom is None:
        return ""
    named_for = window[: whom.start()].rstrip().lower().endswith(("for", "to", " all"))
    if named_for or _SEE_AFTER_RE.match(window, whom.end()):
        return whom.group("who")
    return ""


def parse_para_list(listing: str) -> tuple[tuple[int, ...], ...]:
    """ "3-5" -> ((3, 4, 5),); "2 and 4" -> ((2,), (4,)); "four" -> ((4,),)."""
    groups: list[list[int]] = []
    pending_range = False
    for item in _LIST_ITEM_RE.finditer(listing):
        if item.group("range"):
            pending_range = bool(groups)
            continue
        value = to_int(item.group("n"))
        if value is None:
            continue
        if pending_range and groups and 0 < value - groups[-1][-1] <= 20:
            groups[-1].extend(range(groups[-1][-1] + 1, value + 1))
        else:
            groups.append([value])
        pending_range = False
    return tuple(tuple(g) for g in groups)


_HEADING_FOR_RE = re.compile(
    r"action\srequests?\s(?:for|to)\s(?P<for>[^:.;()]{2,80}?)\s{0,3}(?:cont\w{0,6}\s{0,3})?[:.;-]",
    re.IGNORECASE,
)


def heading_target(text: str) -> str:
    """ "ACTION REQUEST FOR LONDON, PARIS:" -> "LONDON, PARIS"; "" when not named."""
    match = _HEADING_FOR_RE.search(squash(text[:240]))
    return match.group("for").strip() if match else ""


# "SPECIAL REQUEST FOR MOSCOW, PARIS:" opening a paragraph: a lead-in naming the posts this
# paragraph tasks (one paragraph of several, each tasking other posts).
_LEAD_IN_RE = re.compile(
    r"^[\s\-*]{0,4}(?:(?:special|separate|additional|further|specific)\s)?(?:action\s)?"
    r"requests?\s(?:for|to)\s"
    # "REQUEST FOR GUIDANCE:" asks for a thing and names no one.
    r"(?!(?:guidance|instructions?|information|comments?|clearance|approval|views|concurrence"
    r"|action|authori[sz]ation|assistance|funding)\b)"
    r"(?P<for>[^:.;()]{2,80}?)\s{0,3}:",
    re.IGNORECASE,
)


# "FOR DAKAR AND ABIDJAN: AMBASSADORS SHOULD ...", "For Embassy Riyadh: please deliver ...",
# "HELSINKI: WE WOULD BE GRATEFUL ...": the posts a paragraph (or a sentence) tasks, named
# before a colon. The names must be capitalised, and assemble checks they are addressees
# ("For example:" and "COMMENT:" name none).
FOR_LEAD_IN_RE = re.compile(
    r"^[\s\-*]{0,4}(?:(?i:for)\s)?(?P<for>(?-i:[A-Z][A-Za-z.'-]{1,24})"
    # "For Embassy Dar es Salaam," "For Embassy Port of Spain:": a name's small words
    r"(?:(?:,\s|\s|,?\s(?i:and)\s)(?-i:[A-Z][A-Za-z.'-]{1,24}|(?:es|de|da|du|al|el|la|of)(?=\s[A-Z]))){0,8})"
    r"\s{0,3}"
    # "For Embassy Kyiv, please approach": a comma only before the ask itself ("For Moscow,
    # energy is the issue" names no one asked).
    r"(?::|,(?=\s(?i:please|pls|you\sshould|you\sare|embassy\sshould|post\sshould)\b))"
)


def lead_in_target(text: str) -> str:
    """ "SPECIAL REQUEST FOR LONDON, PARIS: Please ..." -> "LONDON, PARIS"; "" otherwise."""
    match = _LEAD_IN_RE.match(squash(text[:160]))
    return match.group("for").strip() if match else ""


def for_lead_in(text: str) -> str:
    """ "FOR DAKAR AND ABIDJAN: ..." -> "DAKAR AND ABIDJAN"; "" otherwise (unchecked: the
    caller checks the names against the cable's addressees)."""
    if ":" not in text[:160] and "," not in text[:160]:
        return ""
    flat = squash(text[:160])
    match = FOR_LEAD_IN_RE.match(flat)
    if match is None:
        return ""
    if match.group(0).endswith(",") and not flat.lstrip(" -*").lower().startswith("for "):
        return ""  # "IN ADDITION TO THE ABOVE, EMBASSY SHOULD": capitals, no "For" lead-in
    return match.group("for").strip()


# "END ACTION REQUEST", "End Comment and Action Request.": the paragraph closes an ask.
_END_MARK_RE = re.compile(
    r"\bend\s(?:of\s)?(?:[a-z]{3,16}\s(?:and|&)\s)?action\srequests?\b", re.IGNORECASE
)


def closes_request(text: str) -> bool:
    low = text[-400:].lower()
    return "action req" in low and _END_MARK_RE.search(squash(text[-400:])) is not None


# "ACTION REQUEST:" inside a paragraph (after its background sentences) marks it too.
_INLINE_RE = re.compile(r"(?:^|[.:;]\s{1,3})action\srequest(?:ed)?\s{0,2}:", re.IGNORECASE)


def is_heading(text: str) -> bool:
    head = squash(text[:240])
    return _HEADING_RE.match(head) is not None or _INLINE_RE.search(squash(text)) is not None


def ends_with_heading(text: str) -> bool:
    return _TRAILING_HEADING_RE.search(squash(text[-240:])) is not None


def subject_marks_request(subject: str) -> bool:
    low = subject.lower()  # the literal tests first: this runs on every cable
    if "request" not in low and "rfg" not in low:
        return False
    return _SUBJECT_RE.search(squash(subject)) is not None


def mentions_rfg(text: str) -> bool:
    head = text[:4000]
    if "RFG" not in head and "equest" not in head:
        return False
    return _RFG_RE.search(head) is not None
