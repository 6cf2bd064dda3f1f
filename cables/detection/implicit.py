"""Asks in running text: "Post is requested to ...", "Embassy requests Department guidance",
"Department requests Embassy X to ...", "please advise", "guidance ... is requested".

Each cue names who is asked (or implies it); third-party requests ("the Minister asked for a
U.S. statement") use the past tense or another subject and do not match.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, replace

from cables.detection.pointers import for_lead_in
from cables.detection.text import is_bullet, segments
from cables.detection.verbs import ACT as _ACT
from cables.detection.verbs import OF_WASHINGTON, OPENING_ADVERBS, PLEASE_ACT

# The asked party. Names are upper-case initial words ("Embassy Abu Dhabi", "Embassies Madrid
# and Paris", "USNATO and Action Embassies").
# Names are capitalised even in IGNORECASE patterns; in a cable all in capitals, the verbs
# that follow a party ("EMBASSY ATHENS MAY WISH", "EMBASSY ANKARA TO DELIVER") are no names.
_NAME = (
    r"(?-i:(?!(?:SHOULD|MAY|MUST|WILL|SHALL|TO|IS|ARE|CAN|COULD|WOULD|PLEASE|ALSO|NEED|NEEDS)\b)"
    r"[A-Z][A-Za-z.'-]{1,20})"
)
_NAMES = rf"(?:\s(?:in\s)?{_NAME}(?:(?:,\s|\s|,?\sand\s|\s&\s){_NAME}){{0,8}})?"
_PARTY = (
    r"(?:(?i:the\s|all\s|action\s|addressee\s|u\.s\.\s|us\s|american\s){0,2}"
    r"(?i:embassy|embassies|consulates?(?:\sgeneral)?|congen|missions?|posts?|amembassy|amconsul"
    r"|usnato|useu|usun|usosce|unvie|action\saddressees?|addressees?(?:\sposts?)?"
    r"|chiefs?\sof\smission|country\steam|usdel|us\sdel|u\.s\.\sdel(?:egation)?|(?:state\s)?reporting\sofficers"
    # "YOU SHOULD APPROACH": the Department's addressee (a post's "you" is a visitor: see
    # assemble._office_of).
    r"|ambassadors?|you(?=\s))"
    rf"{_NAMES}|USNATO|USEU|USUN|UNVIE|USOSCE)"
)
# Posts only, for the telegraphic form: "AMBASSADOR WOOD TO MEET PRESIDENT KARZAI" is a
# schedule, "EMBASSY ANKARA TO DELIVER" a tasking.
_POSTS = (
    r"(?i:(?:the\s|all\s|action\s){0,2}(?:embassy|embassies|consulates?|missions?|posts?"
    rf"|usnato|useu|usun|usosce|unvie|action\saddressees?|addressees?)){_NAMES}"
)
_BUREAUS = (
    r"(?:EUR|NEA|SCA|EAP|AF|WHA|ISN|INR|PM|DRL|EEB|CA|IO|PRM|INL|CT|OES|[A-Z]{1,5}/[A-Z]{1,6})"
)
_DEPT = (
    r"(?:(?i:(?:the\s)?(?:department|dept\.?|washington|state|usg|interagency))"
    rf"|{_BUREAUS}\b)"
)
# "We ask that you seek a meeting": "you" is among the parties.
_WHO = rf"(?P<who>{_PARTY}|{_DEPT})"
_ADV = (
    r"(?:(?:hereby|also|therefore|again|further|kindly|now|accordingly|respectfully|urgently"
    r"|please|additionally|separately|likewise|similarly)\s){0,2}"
)
_ASKED = (
    r"(?:requested|instructed|asked|directed|tasked|invited|urged|encouraged"
    r"|requested\sand\sauthori[sz]ed|authori[sz]ed\sand\s(?:instructed|requested|directed))"
)
_AUTHOR = (
    r"(?i:(?:the\s)?(?:department|we|washington|embassy|post|mission|consulate|congen|usnato|usun"
    r"|useu|i))"
)
_WANT = r"(?:requests?|asks?|instructs?|directs?|would\slike|would\sappreciate|would\sask|urges?)"
_THING = (
    # "authority to proceed", "DEPT AUTHORITY SOONEST", not "the Palestinian Authority is"
    r"(?:guidance|instructions?|clearance|approval|authori[sz]ation|concurrence|views|comments"
    r"|authority(?=\s(?:to|for|soonest|asap)\b)"
    r"|input|confirmation|assistance|support|decision|response|reply|answer|permission|feedback"
    r"|information|advice|help|waiver|funding|talking\spoints|press\sguidance|insights?|updates?"
    r"|reporting|thoughts|assessments?|analysis|allocation|recommendations|consideration"
    r"|clarification|readouts?)"
)

# What only the Department gives: "Department guidance would be welcome" asks for it, while
# "U.S. help would be welcome" is someone's wish.
_ASKED_FOR = r"(?:guidance|instructions|clearance|approval|concurrence|views|comments|input)"

# What follows the party in "Posts should deliver ..." and "Embassy Paris, please advise".
_SHOULD_VERB = (
    r"\s(?:should|must|shall|will\sneed\sto|need\sto)\s"
    r"(?:also\s|please\s|now\s|then\s|\w{2,14}ly\s){0,2}"
    # "should continue to use existing press guidance" tasks nothing new.
    r"(?!continue\sto\s(?:monitor|use|follow|rely|refer)\b)"
    rf"(?:{_ACT}|(?!not\b|be\s|note\b|know\b|expect|understand|anticipate|have\b|feel\b"
    r"|consider\b|look\b|remain\b"
    # "a mission in X should the UAE be chosen": an inverted condition, not a verb.
    r"|(?:the|this|that|these|those|any|such|its|their|our|his|her|they|it|she|there)\b)"
    r"[a-z]{3,14})\b"
    r"(?!\s(?:be|are|is|was|were)\b)"
)
_PLEASE_VERB = rf"\b(?i:please)\s(?i:{PLEASE_ACT})\b"

_PATTERNS: tuple[tuple[str, re.Pattern[str]], ...] = (
    # The verbs in any case: many cables are all capitals ("POSTS ARE REQUESTED TO").
    # "Posts in EU member states are asked to deliver": the party may carry a short "in ...".
    (
        "passive",
        re.compile(
            rf"\b{_WHO}(?:\s(?i:in|at)\s[A-Za-z][^,;.]{{0,40}}?)?"
            # "Post is requested, time and resources permitting, to report on ..."
            rf"\s(?i:(?:is|are)\s{_ADV}{_ASKED}(?:,\s[^,.;]{{1,60}},)?\s(?:to|that|with))\b"
        ),
    ),
    # "It is requested that posts cable host government responses by October 4".
    (
        "it-requested",
        re.compile(
            r"\b(?i:it\sis\s(?:also\s|further\s|therefore\s|hereby\s)?(?:requested|asked)"
            rf"\sthat\s(?:the\s)?)(?P<who>{_PARTY}|{_DEPT})\s"
        ),
    ),
    (
        "should",
        re.compile(
            # "All addressees, including Rome and Madrid, should ...": an aside may follow.
            # "Embassy London, which hosts the Permanent Representative, should ...".
            rf"\b(?P<who>{_PARTY})(?:,\s(?:including|especially|in\sparticular|notably|which|who)\s"
            rf"[^,;]{{1,120}}?,)?{_SHOULD_VERB}",
            re.IGNORECASE,
        ),
    ),
    (
        "author-asks",
        re.compile(
            rf"\b{_AUTHOR}\s(?i:(?:also\s|therefore\s|again\s|respectfully\s|strongly\s){{0,2}}{_WANT}\s(?:that\s)?){_WHO}\b(?!\s(?i:is|are|was|were|has|have)\b)"
        ),
    ),
    (
        "author-requests",
        re.compile(
            r"\b(?i:embassy|post|mission|consulate(?:\sgeneral)?|congen|rso|dao|legat|we|country\steam|usnato|usun|useu)\s(?i:hereby\s|also\s|therefore\s|respectfully\s|again\s|strongly\s|urgently\s|formally\s){0,2}(?i:requests|request)\b(?!\s(?:was|were|that\swe|to\sbe\sinformed|(?i:for)\b)|[.,;:)])"
            # "Embassy requests: (A) the Department's clearance ...; and (B) guidance on ...":
            # the list follows the colon.
            r"|^(?i:embassy|post|mission|consulate|we|usnato|usun|useu)\s(?i:also\s|therefore\s)?"
            r"(?i:requests|request)(?i:\sthe\sfollowing)?:$"
        ),
    ),
    (
        "request-to",
        re.compile(
            rf"(?:^|:\s|\.\s)(?i:request|we\srequest|requests)\s(?:that\s)?{_WHO}\s(?i:to\s)?(?i:{_ACT}|approve|authori[sz]e|consider|clear|agree|instruct|issue|designate|support|fund)\b"
        ),
    ),
    (
        "want-thing",
        re.compile(
            rf"\b(?i:requests?|seeks?|(?:is|are|am)\s(?:also\s)?(?:requesting|seeking)|would\s(?:greatly\s|very\smuch\s|particularly\s|also\s)?(?:appreciate|welcome|value)|solicits?|would\sbe\s(?:most\s|very\s|particularly\s|also\s)?grateful\s(?:for|to\sreceive))\s(?i:the\s|an?\s|any\s|some\s|fresh\s|more\s|your\s|post(?:'s|,s)?\s)?(?:(?P<who>{_DEPT}|{_PARTY})(?i:'s|,s|\u2019s|'|\u2019)?\s)?(?i:urgent\s|further\s|additional\s|immediate\s|specific\s|policy\s|expedited\s|formal\s|written\s|prompt\s|country\s){{0,2}}(?i:{_THING})\b"
        ),
    ),
    (
        "thing-requested",
        re.compile(
            rf"\b(?i:{_THING})\b.{{0,160}}?\b(?i:is|are|would\sbe)\s(?i:urgently\s|greatly\s|most\s|respectfully\s|hereby\s|therefore\s|also\s){{0,2}}(?i:requested|appreciated|sought)\b|\b(?i:{_ASKED_FOR})\b.{{0,120}}?\b(?i:is|are|would\sbe)\s(?i:greatly\s|most\s|also\s){{0,2}}(?i:welcome|welcomed)\b"
            # Telegraphic, at the start of the sentence: "Department guidance requested by ...".
            rf"|^(?i:(?:the\s)?(?:department|washington|dept\.?)(?:'s|,s|\u2019s)?\s)?"
            rf"(?i:(?:urgent|further|immediate)\s)?(?i:{_ASKED_FOR})\s(?i:(?:is\s)?(?:urgently\s)?requested)\b"
            # ... not "Guidance requested in reftel was received": an earlier request.
            r"(?!\s(?i:(?:in|at|by)\s)?(?i:ref|reftel|refs|para|earlier|previously|last|above)\b)"
        ),
    ),
    (
        # "We need Department guidance", "Embassy needs the Department's answer": only what
        # the Department gives ("the GOA needs help" is news); "we need to know by Friday
        # whether Washington can accept ...".
        "need",
        re.compile(
            rf"\b(?i:we|embassy|post|mission|consulate)\s(?i:(?:urgently|also|will|would)\s)?"
            rf"(?i:needs?)\s(?:(?:(?i:the\s)|(?P<who>{_DEPT})(?i:'s|,s|\u2019s)?\s){{0,2}}"
            rf"(?i:(?:urgent|further|additional|immediate|clear|early|prompt)\s)?"
            rf"(?i:{_ASKED_FOR}|answer|decision|response|reply|authori[sz]ation)\b"
            # "... to know better his objectives", "we need to know whether the opposition will
            # boycott" are no asks: a date, or Washington's answer.
            r"|(?i:to\sknow\s(?:by|before|no\slater|nlt|soonest|as\ssoon)\b)"
            rf"|(?i:to\sknow\s(?:\w+\s){{0,3}}?(?:whether|if|what|which|when|how)\s){_DEPT}\b)"
        ),
    ),
    (
        "please",
        re.compile(rf"(?:(?:\b(?i:for)\s)?(?P<who>{_PARTY}),?\s)?{_PLEASE_VERB}"),
    ),
    ("rfg", re.compile(r"\bRFG\b|\brequest\sfor\sguidance\b", re.IGNORECASE)),
    # "Embassy Athens may wish to brief the MFA ... and report any comments": an option
    # that still asks for a report (without one, "may wish to"/"may draw on" is permission).
    (
        "may-wish",
        re.compile(
            rf"\b(?P<who>{_PARTY})\smay\swish\sto\s[a-z]{{3,14}}\b[^.;]{{0,200}}?"
            r"\band\s(?:to\s)?(?:report|cable|advise\s(?:the\s)?(?:department|washington|us\b))\b",
            re.IGNORECASE,
        ),
    ),
    # "It would be helpful if Embassy Dushanbe could obtain ...".
    (
        "helpful-if",
        re.compile(
            r"\b(?i:it\swould\sbe\s(?:most\s|very\s|particularly\s|especially\s)?"
            rf"(?:helpful|useful)\sif\s)(?P<who>{_PARTY}|{_DEPT})\s(?i:could|would|can)\s"
            # "WE WOULD BE GRATEFUL IF USUN COULD SHARE THE TEXT": the author only (not "the
            # Chinese Embassy would be grateful if")
            r"|(?:\b(?i:we)|^(?i:the\s)?(?i:embassy|post|mission)(?:\s[A-Z][A-Za-z]{2,20})?)"
            r"\s(?i:would\sbe\s(?:most\s|very\s|particularly\s)?grateful\sif\s)"
            rf"(?P<who3>{_PARTY}|{_DEPT})\s(?i:could|would|can)\s"
            # "It would be useful to have Washington's assessment of ...", "it would be helpful
            # to know whether ...": the author wants it, from whoever has it (a post: Washington).
            r"|\b(?i:it\swould\sbe\s(?:most\s|very\s|particularly\s|especially\s)?"
            r"(?:helpful|useful)\sto\s(?:have|receive|get)\s)"
            rf"(?:(?i:the\s)?(?P<who2>{_DEPT})(?i:'s|,s|\u2019s)?\s"
            # ... not "useful to have the Secretary raise this": what only Washington gives
            rf"|(?i:the\s|an?\s|any\s|some\s)?(?:\w{{2,14}}\s)?(?i:{_ASKED_FOR}|assessments?|readouts?)\b)"
        ),
    ),
    # "We strongly urge that any press inquiries be answered with a 'no comment'", "we also
    # urge that a broader team come to Berlin": the author urges what be done, naming no one
    # (from a post, an ask of Washington).
    (
        "urge-that",
        re.compile(
            # The author only: "we", or the sentence opening "Embassy [Berlin]" (not "the IMF
            # mission urges", "Embassy officers urge").
            r"(?:\b(?i:we)|^(?i:the\s)?(?i:embassy|post|mission|consulate)(?:\s[A-Z][A-Za-z]{2,20})?)"
            r"\s(?i:(?:also|therefore|again|strongly|respectfully)\s){0,2}(?i:urges?)\sthat\s[a-zA-Z]",
        ),
    ),
    # Telegraphic, opening the sentence: "EMBASSY ANKARA TO DELIVER THE POINTS SOONEST".
    (
        "telegraphic",
        re.compile(
            rf"^(?:action\srequest(?:ed)?:?\s)?(?P<who>{_POSTS})\sto\s(?:also\s)?(?:{_ACT})\b",
            re.IGNORECASE,
        ),
    ),
    # "BRUSSELS IS REQUESTED TO INFORM GOB": an addressee post by its bare name (the name is
    # checked against the cable's addressees in assemble). Last: any capitalised opener fits it,
    # so every other pattern is tried first.
    (
        "named-passive",
        re.compile(
            r"^(?P<who>[A-Z][A-Za-z]{2,20}(?:\s[A-Z][A-Za-z]{2,20})?)"
            rf"\s(?i:(?:is|are)\s{_ADV}{_ASKED}\s(?:to|that))\b"
        ),
    ),
)
# Reactive guidance ("If asked, posts should say ...") tells what to answer; no one is tasked.
_REACTIVE_RE = re.compile(
    r"^(?:if|should|in\sthe\sevent|when|where)\s[^,;]{0,80}?\b(?:ask|asks|asked|raise|raises|raised"
    r"|quer\w{1,4}|press|pressed|inquir\w{0,6}|approach\w{0,3}|bring\w{0,3}\sup)\b",
    re.IGNORECASE,
)
# Where to turn should a need arise ("If additional guidance is required in an emergency, post
# should contact the Operations Center", "If questions arise, please contact EUR/CARC desk
# officer Smith") tasks no one now. Only such a need, and only contacting the Department's side:
# "If necessary, post should deliver ..." and "... should contact the MFA" still ask.
_CONTINGENT_RE = re.compile(
    r"^(?:if|when|should|in\scase|in\sthe\sevent)\b[^;]{0,120}?"
    r"\b(?:(?:guidance|assistance|help|support|clarification)\s(?:is|be)\s(?:required|needed)"
    r"|emergenc\w{1,3}"
    r"|(?:questions?|problems?|issues?|difficult\w{2,5}|concerns?)\s(?:\w{2,12}\s)?(?:aris\w{1,3}|occur\w{0,4})"
    r"|(?:has|have)\s(?:any\s)?(?:questions?|concerns?))\b"
    r"[^;]{0,200}?\b(?:should|may|must|can|please)\s(?:\w{2,14}\s)?"
    r"(?:contact|call|reach|consult|(?:request|seek)\s(?:it|this|such\sguidance|guidance)\sfrom)\b"
    r"[^;]{0,40}?\b(?:department|desk|operations|ops|center|centre|officer|washington|drafter"
    r"|[a-z]{1,5}/[a-z]{1,6}|\(?\d{3}\)?[\s-]\d{3}-\d{4})",
    re.IGNORECASE,
)
_NEGATED_RE = re.compile(
    r"\b(?:no\saction\sis|not\s(?:requested|required|asked|needed)|need\snot"
    # "Embassy Caracas should take no action at this time."
    r"|(?:should|need|needs|is\sto|are\sto)\s(?:take|make)\sno\s(?:action|approach|demarche))\b",
    re.IGNORECASE,
)
_PAST_CONTEXT_RE = re.compile(
    r"\b(?:as|per|in\sresponse\sto|pursuant\sto)\s(?:requested|instructed|asked)\b|\bas\s(?:we|you|embassy|post|department)\s(?:requested|asked)\b",
    re.IGNORECASE,
)

# A cable answering an earlier request for guidance names it ("This cable responds to Embassy
# Baku's request for guidance"): a back-reference, not a new ask.
_ANSWERS_REQUEST_RE = re.compile(
    r"\b(?:respond(?:s|ing)?\sto|in\sresponse\sto|repl(?:y|ies|ying)\sto|answer(?:s|ing)?"
    r"|(?:has|have)\s(?:reviewed|considered|received))"
    r"\s(?:[\w',.]{1,40}\s){0,6}?request\sfor\sguidance\b",
    re.IGNORECASE,
)


# Word groups a sentence must hit (one word of every group) before a pattern is tried: the
# regexes are costly and detection must stay a small fraction of parse time.
_PARTY_WORDS = (
    "ambassador",
    "you ",
    "post",
    "embass",
    "mission",
    "addressee",
    "consul",
    "usnato",
    "useu",
    "usun",
    "unvie",
    "usosce",
    "chief",
    "country team",
    "del",
    "officers",
)
_THING_WORDS = (
    "insight",
    "update",
    "reporting",
    "thoughts",
    "assessment",
    "analysis",
    "allocation",
    "recommendations",
    "consideration",
    "clarification",
    "readout",
    "guidance",
    "instruction",
    "clearance",
    "approval",
    "authori",
    "concurrence",
    "views",
    "comments",
    "input",
    "confirmation",
    "assistance",
    "support",
    "decision",
    "response",
    "reply",
    "answer",
    "permission",
    "feedback",
    "information",
    "advice",
    "help",
    "waiver",
    "funding",
    "talking points",
)
# Every pattern needs one of these (lower-case) words; a paragraph with none is skipped after
# one cheap substring test per word. Detection must stay a small fraction of parse time.
_GATE = ("request", "please", "should", "instruct", "ask", "appreciat", "welcome", "rfg",
         "encourag", "urge", "seek", "solicit", "sought", "direct", "invite", "grateful",
         "need", "value", "helpful", "useful", "wish", "authori")  # fmt: skip
# From a post, "X should" is advice and "may wish to" a plan (see _active).
_POST_GATE = tuple(word for word in _GATE if word not in ("should", "wish"))
_KIND_GATE: dict[str, frozenset[str]] = {
    "passive": frozenset(
        {"request", "instruct", "ask", "direct", "invite", "urge", "encourag", "authori"}
    ),
    # Not gated by a word of the paragraph: see find_asks (a sentence opening with a party).
    "telegraphic": frozenset({" to "}),
    "may-wish": frozenset({"wish"}),
    "helpful-if": frozenset({"helpful", "useful", "grateful"}),
    "should": frozenset({"should"}),
    "author-asks": frozenset({"request", "ask", "instruct", "direct", "appreciat", "urge"}),
    "urge-that": frozenset({"urge"}),
    "it-requested": frozenset({"request", "ask"}),
    "named-passive": frozenset({"request", "instruct", "ask", "direct"}),
    "author-requests": frozenset({"request"}),
    "request-to": frozenset({"request"}),
    "want-thing": frozenset(
        {"request", "seek", "appreciat", "welcome", "solicit", "grateful", "value"}
    ),
    "thing-requested": frozenset({"request", "appreciat", "welcome", "sought"}),
    "need": frozenset({"need"}),
    "please": frozenset({"please"}),
    "rfg": frozenset({"rfg", "request"}),
}
# A second word a paragraph must also hold for some patterns.
_SECOND: dict[str, tuple[str, ...]] = {
    "should": _PARTY_WORDS,
    "telegraphic": _PARTY_WORDS,
    "may-wish": _PARTY_WORDS,
    "author-asks": _PARTY_WORDS + ("department", "washington", "we ", "state", "usg"),
    "author-requests": ("embass", "post", "mission", "consul", "we ", "team", "usnato", "usun",
                        "useu", "congen", "rso", "dao", "legat"),
    "need": ("guidance", "instruction", "clearance", "approval", "concurrence", "views",
             "comments", "input", "answer", "decision", "response", "reply", "authori",
             "to know"),
}  # fmt: skip
# The thing wanted is tested in the sentence itself (a short string) rather than in the
# whole paragraph: the patterns need it in the sentence anyway.
_THING_KINDS = frozenset({"want-thing", "thing-requested"})


_THING_GATE_RE = re.compile(
    r"\b(?:is|are|be)\s(?:\w{1,12}\s)?(?:requested|appreciated|sought|welcome)"
    r"|(?:guidance|instructions|clearance|approval|concurrence|views|comments|input)\s"
    r"(?:is\s)?(?:urgently\s)?requested"
)
_ASKS_GATE_RE = re.compile(
    r"(?:request|ask|instruct|direct|urge)s?\s(?:that\s)?(?:the\s)?(?:all\s|action\s)?"
    r"(?:embass|post|mission|consul|department|dept|washington|state|usg|addressee|usnato|useu"
    r"|usun|unvie|usosce|country|usdel|you\b|[a-z]{2,5}/)|would\s(?:like|appreciate|ask)\s"
)
# "requested to", "asked that": led by the literal "ed", each verb checked behind it, so that
# the engine skips from one "ed" to the next instead of trying seven verbs at every position.
_PASSIVE_GATE_RE = re.compile(
    r"ed(?:(?<=requested)|(?<=instructed)|(?<=asked)|(?<=directed)|(?<=invited)|(?<=urged)"
    r"|(?<=encouraged)|(?<=authorized)|(?<=authorised))(?:,\s[^,.;]{1,60},)?\s(?:to|that|and|with)\b"
)
# Every branch of _THING_GATE_RE ends in one of these: substring tests spare most of its runs.
_THING_GATE_WORDS = ("requested", "appreciated", "sought", "welcome")


def _active(low: str, from_post: bool = False) -> dict[str, tuple[str, ...]]:
    """The patterns worth trying on this paragraph, each with its gate words present.

    In a post's cable "X should ..." is advice, never an ask (asks to Washington use other
    words), so "should", the commonest gate word, is not even looked for there.
    """
    present = {word for word in (_POST_GATE if from_post else _GATE) if word in low}
    if not present:
        return {}
    active: dict[str, tuple[str, ...]] = {}
    seconds: dict[int, bool] = {}  # several patterns share a word list: test it once
    for kind, gate in _KIND_GATE.items():
        words = tuple(present & gate)
        if not words:
            continue
        second = _SECOND.get(kind)
        if second is not None:
            if id(second) not in seconds:
                seconds[id(second)] = any(w in low for w in second)
            if not seconds[id(second)]:
                continue
        active[kind] = words
    return active


@dataclass(frozen=True)
class Ask:
    sentence: str
    kind: str  # which cue matched
    who: str  # the asked party as written, "" when implied
    lead: str = ""  # the posts a "FOR LIBREVILLE:" lead-in names, for its sentence or paragraph


def find_asks(
    text: str, low: str, from_post: bool = False, sentences: Callable[[], list[str]] | None = None
) -> list[Ask]:
    """Every asking sentence in a paragraph, skipping talking points and reactive guidance.

    ``low`` is the paragraph in lower case: patterns whose trigger words are absent from the
    whole paragraph are not tried on any of its sentences. ``sentences`` gives the paragraph
    already split, when the caller keeps the split for later (deadlines).
    """
    kinds = _active(low, from_post)
    # "EMBASSY ANKARA TO DELIVER ...": the Department's telegraphic tasking, tried only on a
    # sentence that opens with a party (" to " alone would let every sentence through).
    telegraphic = not from_post and " to " in low
    if not kinds and not telegraphic:
        return []
    asks: list[Ask] = []
    open_quote = False
    words = {w for ws in kinds.values() for w in ws}
    if telegraphic:
        kinds = {**kinds, "telegraphic": (" to ",)}
    paragraph_lead = for_lead_in(text)
    split = sentences() if sentences else segments(text)
    for index, sentence in enumerate(split):
        quoted, open_quote = open_quote, open_quote ^ (sentence.count('"') % 2 == 1)
        if quoted or is_bullet(sentence) or len(sentence) < 8:
            continue
        low_sentence = sentence.lower()
        present = {w for w in words if w in low_sentence}
        if telegraphic and low_sentence.startswith(_PARTY_STARTS) and " to " in low_sentence:
            present.add(" to ")
        if not present:
            continue
        if len(sentence) <= _CLIP:  # the usual case: the sentence lower-cased and tested once
            ask = _ask(sentence, sentence, low_sentence, kinds, present)
        else:
            ask = sentence_ask(sentence, kinds)
        if ask is None:
            continue
        if sentence.endswith(":") and index + 1 < len(split) and not is_bullet(split[index + 1]):
            # "Embassy requests:" quotes what it requests.
            ask = replace(ask, sentence=f"{sentence} {split[index + 1]}")
        lead = for_lead_in(sentence) or paragraph_lead
        for found in (ask, *_other_parties(sentence, ask, kinds)):
            asks.append(replace(found, lead=lead) if lead else found)
    return asks


_CLAUSE_RE = re.compile(r";\s(?:and\s)?")


def _other_parties(sentence: str, ask: Ask, kinds: dict[str, tuple[str, ...]]) -> list[Ask]:
    """ "Embassy Madrid should raise them ...; and USEU should share them ...": one sentence,
    clauses tasking other parties; each clause's ask, when it names a party of its own."""
    if not ask.who or "; " not in sentence:
        return []
    out: list[Ask] = []
    seen = {ask.who.lower()}
    for clause in _CLAUSE_RE.split(sentence[:_CLIP])[1:]:
        low = clause.lower()
        present = {w for words in kinds.values() for w in words if w in low}
        found = _ask(clause, clause, low, kinds, present) if present else None
        if found is not None and found.who and found.who.lower() not in seen:
            seen.add(found.who.lower())
            out.append(replace(found, sentence=sentence))
    return out


_CLIP = 1500  # the patterns read no further into a sentence
_PARTY_STARTS = ("embass", "post", "mission", "consul", "usun", "usnato", "useu", "unvie",
                 "usosce", "action", "all ", "chief", "ambassador", "addressee", "amembassy",
                 "amconsul", "you ")  # fmt: skip


def sentence_ask(sentence: str, kinds: dict[str, tuple[str, ...]] | None = None) -> Ask | None:
    clipped = sentence[:_CLIP]
    low = clipped.lower()
    if kinds is None:
        kinds = _active(low)
    present = {w for words in kinds.values() for w in words if w in low}
    return _ask(sentence, clipped, low, kinds, present)


def _ask(
    sentence: str, clipped: str, low: str, kinds: dict[str, tuple[str, ...]], present: set[str]
) -> Ask | None:
    """sentence_ask given the clipped sentence in lower case and its gate words present."""
    for kind, pattern in _PATTERNS:
        words = kinds.get(kind)
        if not words or present.isdisjoint(words):
            continue
        if kind == "passive" and not _PASSIVE_GATE_RE.search(low):
            continue
        if kind == "thing-requested" and not (
            any(word in low for word in _THING_GATE_WORDS) and _THING_GATE_RE.search(low)
        ):
            continue
        if kind == "author-asks" and not _ASKS_GATE_RE.search(low):
            continue
        if kind == "rfg" and "rfg" not in low and "for guidance" not in low:
            continue
        if kind == "it-requested" and "it is " not in low:
            continue
        if kind in _THING_KINDS and not any(thing in low for thing in _THING_WORDS):
            continue
        start = _search_from(kind, low)
        after_party = _AFTER_PARTY.get(kind)
        if after_party is not None and after_party.search(clipped, start) is None:
            continue
        match = pattern.search(clipped, start)
        if match is None or _quoted(clipped, match.start()):
            continue
        if kind in ("want-thing", "thing-requested") and not _author_subject(
            clipped, match.start()
        ):
            continue
        if kind == "author-requests" and _NOUN_BEFORE_RE.search(clipped, 0, match.start() + 1):
            continue
        if kind == "should" and _WHETHER_RE.search(
            clipped, max(0, match.start() - 24), match.start()
        ):
            continue  # "guidance on whether the Ambassador should accept": a question
        if _reported(clipped[: match.start()]) or _NOT_NOW_RE.search(
            clipped[max(0, match.start() - 14) : match.start() + 1]
        ):
            continue
        if _PAST_CONTEXT_RE.search(clipped[: match.end()]):
            continue
        if kind == "rfg" and _ANSWERS_REQUEST_RE.search(clipped[: match.end()]):
            continue
        groups = match.groupdict()
        who = groups.get("who") or groups.get("who2") or groups.get("who3") or ""
        if kind == "please" and not who and _quoted_please(low) and not for_lead_in(sentence):
            continue
        if _excluded(clipped, low):
            return None
        return Ask(sentence, kind, who)
    return None


# The party opening the "should" and "please" patterns is tried at every position, which
# is slow when no match follows: what must follow the party is looked for first (alone it
# is cheap, and most sentences that fail lack it).
_AFTER_PARTY = {
    "should": re.compile(_SHOULD_VERB, re.IGNORECASE),
    "please": re.compile(_PLEASE_VERB),
}
# Patterns that open with an optional party ("Embassy Paris, please ...", "Posts should"):
# Python's engine would try the party at every position; start shortly before the verb.
_VERBS_OF = {"please": ("please",), "should": ("should", "must", "shall", "need to")}


def _search_from(kind: str, low: str) -> int:
    verbs = _VERBS_OF.get(kind)
    if verbs is None:
        return 0
    found = [at for at in (low.find(verb) for verb in verbs) if at >= 0]
    return max(0, min(found) - 160) if found else 0


def _quoted_please(low: str) -> bool:
    """ "... is delivering the same demarche as we are: please consider" quotes someone's
    words: a lower-case "please" after a colon inside the sentence (the sentence splitter
    cuts before an upper-case one). A long lead-in alone ("In view of the visit on March 5
    of the Minister to Washington, please advise") is still an ask."""
    at = low.find("please")
    return at > 2 and low[at - 2 : at] == ": "


# A point-of-contact line: "Please contact AF/RSA Jun Bando at (202) 647-5781 ... for any
# further background information", "Please contact EUR/PRA with any questions".
_CONTACT_RE = re.compile(
    r"^(?:please\s|posts\smay\s)?(?:feel\sfree\sto\s)?(?:contact|call(?!\son\b)|direct\sany)"
    r"\b[^;]{0,240}?\b(?:questions?|background|further\sinformation|additional\sinformation"
    r"|clarification|follow-up|points?\sof\scontact)\b"
)
# "Please contact the MFA to deliver the points and request answers to our questions" is a
# demarche, not a contact line.
_DEMARCHE_RE = re.compile(r"\b(?:deliver|raise|convey|urge|approach|present|press)\b")


def _excluded(clipped: str, low: str) -> bool:
    """Reactive guidance ("If asked, ..."), negated asks ("no action is requested") and
    point-of-contact lines."""
    if low.startswith(("if ", "should ", "in the event", "in case", "when ", "where ")) and (
        _REACTIVE_RE.search(clipped) or _CONTINGENT_RE.search(clipped)
    ):
        return True
    contact_line = ("please contact", "please call", "please direct", "contact ", "posts may")
    if low.startswith(contact_line) and _CONTACT_RE.search(low) and not _DEMARCHE_RE.search(low):
        return True
    return ("not " in low or "no " in low) and _NEGATED_RE.search(clipped) is not None


_THIRD_PARTY_RE = re.compile(
    r"\b(?:he|she|they|it|minister|official|officials|government|president|ministry|FM|MFA"
    r"|spokesman|ambassador\s[A-Z]\w+|[A-Z][a-z]+\s(?:also\s)?(?:said|told|added|noted))\b"
)
_AUTHOR_RE = re.compile(
    # "Posts would appreciate": a joint cable's authors.
    r"\b(?:we|embass(?:y|ies)|posts?|missions?|consulates?|usnato|usun|useu|i|analysts|officers"
    r"|policymakers|rso|washington|department|INR(?:/\w{1,4})?"
    # The mission's own agencies write for it: "USAID Bridgetown requests country clearance".
    r"|usaid|dao|odc|legatt|legat|fas|fcs|pas)\b",
    re.IGNORECASE,
)


# Reported speech: "Saleh said the Embassy should ...", "Basbug concluded by requesting".
# "As noted in reftel, Embassy requests ..." refers to the text, not to someone's words.
# A party opening an indirect question: "(guidance on) whether the Ambassador should attend".
_WHETHER_RE = re.compile(r"\b(?:whether|if)\s(?:or\snot\s)?(?:the\s)?$", re.IGNORECASE)
_REPORTED_RE = re.compile(
    r"\b(?<!as\s)(?:said|says|told|added|noted|stated|explained|replied|commented|stressed|concluded"
    r"|according\sto|argued|claimed|complained|insisted|agreed|suggested|proposed|recalled"
    # "The EAC decided the Consulate General should release a warden message" (see
    # _OURS_DECIDED_RE for "the Department has decided that posts should")
    r"|decided)\b",
    re.IGNORECASE,
)
# The author's own decision: "The Department has now decided that", "Washington has therefore
# decided", "we decided", "it was decided".
_OURS_DECIDED_RE = re.compile(
    r"\b(?:department|washington|we|usg|state|it\swas|it\shas\sbeen)\s(?:\w{2,12}\s){0,2}decided\b",
    re.IGNORECASE,
)


def _reported(before: str) -> bool:
    """The words before the ask report someone else's speech or decision."""
    found = _REPORTED_RE.search(before)
    if found is None:
        return False
    if found.group(0).lower() != "decided":
        return True
    # A decision reported: someone else's, unless the author's own (or another verb reports).
    if _OURS_DECIDED_RE.search(before) is None:
        return True
    return any(m.group(0).lower() != "decided" for m in _REPORTED_RE.finditer(before))


# A plan or a purpose, not an ask: "Post will seek", "met officials to seek", "had requested".
_NOT_NOW_RE = re.compile(
    r"\b(?:to|will|shall|had|has|have|was|were|could|might|may|continue\sto)\s\w{0,3}$",
    re.IGNORECASE,
)


# "to process post requests", "all embassy requests": the party names whose requests, a noun.
_NOUN_BEFORE_RE = re.compile(
    r"\b(?:process|processing|handle|handling|review|reviewing|receive|received|approve|all|any"
    r"|these|those|such|pending|of|for|to|on|with|from|about)\s\w?$",
    re.IGNORECASE,
)


def _author_subject(sentence: str, start: int) -> bool:
    """ "Embassy requests guidance" yes; "the Minister requests guidance" no."""
    before = sentence[max(0, start - 160) : start]
    if not before.strip() or before.rstrip().endswith(":"):
        return True
    if all(word in _OPENING_ADVERBS for word in before.lower().replace(",", " ").split()):
        # telegraphic, no subject: "ACCORDINGLY WOULD APPRECIATE DEPT AUTHORITY" (what only
        # Washington gives; "THEREFORE WOULD APPRECIATE USG HELP" may be reported speech)
        return _OF_WASHINGTON_RE.match(sentence, start) is not None
    return _AUTHOR_RE.search(before) is not None


_OF_WASHINGTON_RE = re.compile(OF_WASHINGTON, re.IGNORECASE)
_OPENING_ADVERBS = frozenset(OPENING_ADVERBS)


def _quoted(sentence: str, start: int) -> bool:
    """Inside quotation marks: someone else's words."""
    head = sentence[:start]
    return head.count('"') % 2 == 1 or head.count("\u201c") > head.count("\u201d")
