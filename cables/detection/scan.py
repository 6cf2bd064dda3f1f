"""The cheap first pass: which paragraphs could hold an ask or an action-request marker.

Most cables ask nothing, so this pass must cost little more than reading the text once: the
cable body is lower-cased once, a few key words are located with ``str.find`` (much faster
than one regex alternation in Python's engine), and each hit is confirmed by a small regex
run on a window around it. Only the paragraphs that survive get the sentence-level analysis.
Every confirming pattern is a loose necessary condition of the real cues: it may let a
paragraph through for nothing, but it must never drop one that holds a cue.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Callable, Sequence

from cables.detection.verbs import OF_WASHINGTON, OPENING_ADVERBS, PLEASE_ACT

_S = r"\s{1,20}"  # cables are hard-wrapped: a space may be a line break and an indent
_PARTY = (
    r"(?:embass(?:y|ies)|posts?|missions?|consul(?:ates?|s)?|addressees?|usnato|useu|usun"
    r"|unvie|usosce|chiefs?|country|usdel|us\sdel|delegation|reporting|state|department|dept"
    r"|washington|usg|interagency|amembassy|amconsul|ambassadors?|[a-z]{2,5}/[a-z]|eur|nea|sca"
    r"|eap|af|wha"
    r"|isn|inr|pm|drl|eeb|ca|io|prm|inl|ct|oes|you)\b"
)
_THING = (
    rf"(?:guidance|instruction|clearance|approval|authori|concurrence|views|comments|input"
    rf"|confirmation|assistance|support|decision|response|reply|answer|permission|feedback"
    rf"|information|advice|help|waiver|funding|talking{_S}points|insight|update|reporting"
    rf"|thoughts|assessment|analysis|allocation|recommendation|consideration|clarification"
    rf"|readout)"
)
_PREFIX = rf"(?:(?:the|all|action|addressee|u\.s\.|us|american){_S}){{0,2}}"
# "requests (that) the Department", "asks Embassy X", "urge posts": an asking verb and a party.
_ASKS_PARTY = rf"[a-z]{{0,4}}{_S}(?:that{_S})?{_PREFIX}{_PARTY}"
# "requests guidance", "seeks Department views", "would appreciate any further input"; not
# "seek to", "requests for".
_WANTS_THING = (
    rf"[a-z]{{0,4}}{_S}(?:(?!to\b|for\b|that\b|of\b|with\b|from\b)(?:u\.s\.|[\w'?/-]{{1,24}}),?"
    rf"{_S}){{0,3}}"
    rf"{_THING}"
)
# "Posts are instructed to", "is requested and authorized to": the verb's ending, after "is".
_PASSIVE_END = rf"[a-z]{{0,2}}ed(?:{_S}and{_S}authori[sz]ed)?{_S}(?:to|that|with)\b"
_FOR_GUIDANCE = rf"[a-z]{{0,3}}{_S}for{_S}(?:[a-z]{{1,12}}{_S})?guidance"
# What may stand just before the key word (the patterns end where the key word starts):
# "is hereby requested", "would be greatly appreciated", "Embassy respectfully requests".
_JUST_BEFORE = (
    rf"(?:(?:[a-z]{{2,12}}ly|also|hereby|therefore|again|further|now|please|most|be|being"
    rf"|authori[sz]ed{_S}and)"  # "is authorized and instructed to"
    rf"{_S}){{0,2}}$"
)
_BE = rf"\b(?:is|are|be){_S}{_JUST_BEFORE}"
_AUTHOR = (
    rf"\b(?:is|are|be|embassy|post|mission|consulate|congen|rso|dao|legat|we|team|usnato|usun|useu"
    rf"|actions?|guidance"
    rf"|instructions|clearance|approval|concurrence|views|comments|input)"
    rf"{_S}{_JUST_BEFORE}"
)
# The two "before" patterns above, read backwards: each is tried on the window before the key
# word reversed, once, at its start, where the forward pattern (anchored at the window's end)
# would be tried at every position of the window. Same matches, a fraction of the time.
_JUST_BEFORE_BACK = (
    rf"(?:{_S}(?:yl[a-z]{{2,12}}|osla|ybereh|erofereht|niaga|rehtruf|won|esaelp|tsom|eb|gnieb"
    rf"|dna{_S}de[sz]irohtua)){{0,2}}{_S}"
)
_BE_BACK = rf"{_JUST_BEFORE_BACK}(?:si|era|eb)\b"
_AUTHOR_BACK = (
    rf"{_JUST_BEFORE_BACK}(?:si|era|eb|yssabme|tsop|noissim|etalusnoc|negnoc|osr|oad|tagel|ew|maet"
    rf"|otansu|nusu|ueesu|s?noitca|ecnadiug|snoitcurtsni|ecnaraelc|lavorppa|ecnerrucnoc|sweiv"
    rf"|stnemmoc|tupni)\b"
)
_OF_WASHINGTON_RE = re.compile(OF_WASHINGTON.replace(r"\s", _S).encode())
_OPENING_ADVERBS = frozenset(word.encode() for word in OPENING_ADVERBS)
_AUTHOR_WORDS = (b"we ", b" i ", b"embass", b"post", b"mission", b"consul", b"congen", b"usnato",
                 b"usun", b"useu", b"analyst", b"officer", b"policymaker", b"washington",
                 b"department", b"inr", b"usg")  # fmt: skip


def _author_wants(low: bytes, found: re.Match[bytes]) -> bool:
    """ "We would appreciate", "Embassy would welcome": the author wants it, as the sentence
    patterns require; "the Minister would welcome U.S. help" is news. "Guidance would be
    welcome" names no one and stays."""
    at = found.start()
    if low.find(b"be", at + 5, at + 10) != -1:
        return True
    chunk = low[max(0, at - 160) : at]
    chunk = chunk[max(chunk.rfind(stop) for stop in (b".", b"\x00", b";")) + 1 :]
    if all(word in _OPENING_ADVERBS for word in chunk.replace(b",", b" ").split()):
        # telegraphic, no subject: "ACCORDINGLY WOULD APPRECIATE DEPT AUTHORITY"
        return _OF_WASHINGTON_RE.match(low, at, at + 60) is not None
    return any(word in chunk for word in _AUTHOR_WORDS)


_PARTY_WORDS = (b"embass", b"post", b"mission", b"consul", b"addressee", b"usnato", b"useu",
                b"usun", b"unvie", b"usosce", b"chief", b"country", b"del", b"officer",
                b"ambassador", b"you ")  # fmt: skip


def _party_before(low: bytes, start: int, end: int) -> bool:
    """ "Embassies Paris and Rome should": a party shortly before, in the same sentence.
    Substring tests: a regex led by the party names would be tried at every position."""
    chunk = low[start:end]
    if b"u.s." in chunk:  # "Embassy London, which hosts the U.S. Permanent Representative,"
        chunk = chunk.replace(b"u.s.", b"u s ")
    cut = max(chunk.rfind(stop) for stop in (b".", b";", b":", b"\x00"))
    return any(word in chunk[cut + 1 :] for word in _PARTY_WORDS)


_AUTHORS = frozenset((b"we", b"embassy", b"post", b"mission", b"consulate", b"usnato", b"usun",
                      b"useu", b"usdel"))  # fmt: skip


def _author_just_before(low: bytes, start: int, end: int) -> bool:
    """ "We need", "Embassy urgently needs", "we would also need": the author among the three
    words before the key word."""
    words = low[max(start, end - 40) : end].replace(b"\x00", b" ").split()[-3:]
    return any(word in _AUTHORS for word in words)  # NUL: the paragraphs' joint


class _Key:
    """A key word, and what must follow it or else stand just before it (then follow it)."""

    def __init__(
        self,
        word: str,
        after: str,
        before: str | Callable[[bytes, int, int], object] = "",
        then: str = "",
        inside: bool = False,
        reach: int = 64,
        common: bool = False,
        wanted_by: Callable[[bytes, re.Match[bytes]], bool] | None = None,
        by_regex: bool = False,
        rare: str = "",
        before_back: str = "",
    ) -> None:
        self.word = word.encode()
        # A letter the text seldom holds ("q" in "request", about 9 in a cable): found byte
        # by byte at memchr speed, then the word checked around it, it locates the word in
        # a third of the time bytes.find takes over the word's commoner letters.
        self.rare = rare.encode()
        self.rare_at = word.index(rare) if rare else 0
        # bytes.find skips ahead by testing the word's last letter at each step: for a word
        # ending in "e", the commonest letter, the regex engine's literal scan (which tests
        # the first letter) reads the text faster (the same hits, ~20% quicker).
        self.locate = re.compile(re.escape(self.word)).search if by_regex else None
        self.after = re.compile(after.encode()).match if after else None
        self.before: Callable[[bytes, int, int], object] | None = None
        if callable(before):
            self.before = before
        elif before:
            self.before = re.compile(before.encode()).search
        self.then = re.compile(then.encode()).match if then else None
        # A "before" pattern given backwards (see _AUTHOR_BACK): matched once on the reversed
        # window instead of searched through it.
        self.before_back = re.compile(before_back.encode()).match if before_back else None
        self.inside = inside  # may start inside a word ("tasked" for "ask")
        # How far back the "before" pattern may start: short windows keep the search cheap.
        self.reach = reach
        # A common word with nothing to check before it: one regex led by the word finds the
        # confirmed hits without a Python step per unconfirmed one ("would" is everywhere).
        # For rarer words str.find and a Python step per hit is faster.
        self.wanted_by = wanted_by  # a last check of a regex hit (see _scan_regex)
        self.search = None
        if common and after and not before:
            start = "" if inside else f"(?<![a-z]{word})"
            self.search = re.compile(f"{word}{start}(?:{after})".encode()).search

    def confirms(self, low: bytes, at: int) -> bool:
        """Windows may cross into the next paragraph: harmless for a loose condition."""
        if not self.inside and at and low[at - 1] in _LETTERS:
            return False  # "insurgency" is no "urge"
        tail = at + len(self.word)
        if self.after is not None and self.after(low, tail, tail + 240):
            return True
        start = at
        while start and low[start - 1] in _LETTERS:  # "tasked": look before the whole word
            start -= 1
        if self.before_back is not None:
            if not self.before_back(low[max(0, start - self.reach) : start][::-1]):
                return False
        elif self.before is None or not self.before(low, max(0, start - self.reach), start):
            return False
        return self.then is None or self.then(low, tail, tail + 80) is not None


# "We would appreciate Department guidance", "would like Washington to", "would be welcome".
_WOULD_WANT = (
    rf"{_S}(?:[a-z]{{1,12}}{_S})?(?:appreciate|welcome|like|value|ask)(?:{_ASKS_PARTY}|{_WANTS_THING})"
    rf"|{_S}be{_S}(?:[a-z]{{1,12}}{_S})?(?:welcome|appreciated|grateful"
    # "it would be helpful if Embassy Dushanbe could", not "it would be useful to recall";
    # "it would be useful to have Washington's assessment"
    rf"|(?:helpful|useful){_S}if{_S}(?:the{_S})?{_PARTY}"
    rf"|(?:helpful|useful){_S}to{_S}(?:have|receive|get|know|learn|hear)\b)"
)
_REQUEST_AFTER = f"(?!ed){_ASKS_PARTY}|(?!ed){_WANTS_THING}|{_FOR_GUIDANCE}|s?{_S}for{_S}action"
_URGED_DECISION = (
    rf"s?{_S}(?:that{_S})?(?:the{_S})?(?:department|dept|washington|state|usg){_S}(?:to{_S})?"
    r"(?:approve|authori|grant|clear|issue|designate|fund|release|concur|agree|consider)"
    # "We strongly urge that any press inquiries be answered with 'no comment'", "we also
    # urge that an interagency team come to Berlin": what the author urges be done, with no
    # one named (a post asks Washington).
    rf"|s?{_S}that{_S}"
)
# The sentence pattern's own list, on text where any space may be a line break.
_PLEASE_ACT = PLEASE_ACT.replace(r"\s", _S)
_LETTERS = frozenset(b"abcdefghijklmnopqrstuvwxyz")
# What a post needs of Washington: "Embassy needs the Department's answer", "we need to know
# by Friday whether ...".
_GIVEN = (
    r"(?:guidance|instruction|clearance|approval|concurrence|views|comments|input|answer"
    r"|decision|response|reply|authori|permission|waiver|funding)"
)
_KNOW = r"(?:by|before|no|nlt|whether|if|what|which|when|how|soonest|as)\b"
_NEEDED = rf"s?{_S}(?:to{_S}know{_S}{_KNOW}|(?:[a-z'?.]{{1,24}}{_S}){{0,3}}{_GIVEN})"
# Each key word costs one pass over the text (about 1% of parse time, 6-10 us a cable): only
# the words that asks use. Left out on purpose: "encourage" (mostly recommendations or reported
# speech, not taskings); from a post, "seek" and "ask" ("Post seeks authorization", "We ask
# the Department to send"): no corpus cable asks so, and over the first 320 authored cables
# the two keys found 3 more asks than the other cues do, for about 16 us a cable.
_KEYS: tuple[_Key, ...] = (
    # "requested" (past) asks only after "is"/"are": "the Minister requested U.S. help" is news.
    _Key("request", _REQUEST_AFTER, inside=True, rare="q", before_back=_AUTHOR_BACK),
    # "please advise", not "pleased" or "please visit our website"; "Please see paragraphs
    # 3-4" after "This is an action cable" is a pointer.
    _Key(
        "please",
        rf"{_S}{_PLEASE_ACT}\b|{_S}see{_S}(?:the{_S})?(?:end{_S}of{_S})?para",
        by_regex=True,
    ),
    _Key("would", _WOULD_WANT, common=True, wanted_by=_author_wants),
    # "We urge the Department to approve ...": an author pressing Washington for a decision
    # (urging in general is advice or news: only an urged decision or grant counts).
    _Key("urge", _URGED_DECISION, common=True),  # "insurgents": one regex skips them in C
)
# What a post needs of Washington: "we need the Department's answer", "WE NEED DEPARTMENT'S
# GUIDANCE BEFORE THE MEETING". The author just before is checked first, in Python: most
# "need"s are no one's ask.
_POST_KEYS = (*_KEYS, _Key("need", "", _author_just_before, _NEEDED))
# The Department tasks posts in words a post does not use to ask Washington: "Posts are
# instructed to", "Department asks Embassy X to", "Posts should deliver" (from a post,
# "should" is advice).
_STATE_KEYS = (
    # The urged-decision key is left out: the "urg" key below, led by the same letters and
    # followed by any party, finds every paragraph it would.
    *(key for key in _KEYS if key.word != b"urge"),
    _Key("ask", _ASKS_PARTY, then=_PASSIVE_END, inside=True, before_back=_BE_BACK),  # "tasked"
    *(
        _Key(word, _ASKS_PARTY, then=_PASSIVE_END, before_back=_BE_BACK)
        for word in ("instruct", "direct", "urg", "encourag", "invit")
    ),
    # The reach covers a party and an aside ("Embassy London, which hosts ..., should").
    _Key("should", "", _party_before, reach=160),
    # "Department solicits USUN's views", "Embassy Athens may wish to brief ... and report".
    _Key("solicit", rf"s?{_S}"),
    _Key("seek", rf"s?{_S}(?:the{_S})?{_PREFIX}{_PARTY}"),  # "seeks action addressees' help"
    _Key("may wish", rf"{_S}to{_S}[a-z]"),
    # "This is an action cable/message": Washington's pointer wording ("action request" is
    # found by "request").
    _Key("n action", rf"{_S}(?:cable|mess|tel|item)", inside=True),
)


def hot_paragraphs(texts: Sequence[str], from_post: bool) -> set[int]:
    """Indexes of the paragraphs that may hold an ask or a marker; usually none."""
    starts: list[int] = []
    offset = 0
    for text in texts:
        starts.append(offset)
        offset += len(text) + 1
    # Bytes, one per character ("?" for what Latin-1 lacks): lower-casing and finding are
    # several times faster on bytes than on str, and the offsets stay those of the text.
    # NUL between paragraphs: no pattern reads across it (not a space, a letter or a stop).
    low = "\x00".join(texts).encode("latin-1", "replace").lower()
    hot: set[int] = set()
    for key in _POST_KEYS if from_post else _STATE_KEYS:
        _scan(low, key, starts, hot)
    return hot


def _scan(low: bytes, key: _Key, starts: list[int], hot: set[int]) -> None:
    if key.search is not None:
        _scan_regex(low, key, starts, hot)
        return
    if key.locate is not None:
        _scan_located(low, key, starts, hot)
        return
    if key.rare:
        _scan_rare(low, key, starts, hot)
        return
    find, word, confirms = low.find, key.word, key.confirms
    at = find(word)
    while at != -1:
        if confirms(low, at):
            index = bisect_right(starts, at)  # the paragraph after the hit's
            hot.add(index - 1)
            if index == len(starts):
                return
            at = find(word, starts[index])  # one hit is enough: on to the next paragraph
        else:
            at = find(word, at + len(word))


def _scan_located(low: bytes, key: _Key, starts: list[int], hot: set[int]) -> None:
    """_scan with the key word located by its regex (see _Key.locate)."""
    locate, size, confirms = key.locate, len(key.word), key.confirms
    assert locate is not None
    found = locate(low)
    while found is not None:
        at = found.start()
        if confirms(low, at):
            index = bisect_right(starts, at)
            hot.add(index - 1)
            if index == len(starts):
                return
            found = locate(low, starts[index])
        else:
            found = locate(low, at + size)


def _scan_rare(low: bytes, key: _Key, starts: list[int], hot: set[int]) -> None:
    """_scan with the key word found through its rare letter (see _Key.rare)."""
    find, rare, back, word, confirms = low.find, key.rare, key.rare_at, key.word, key.confirms
    at = find(rare, back)  # from ``back``: the word cannot start before the text
    while at != -1:
        start = at - back
        if low.startswith(word, start) and confirms(low, start):
            index = bisect_right(starts, start)
            hot.add(index - 1)
            if index == len(starts):
                return
            at = find(rare, starts[index] + back)
        else:
            at = find(rare, at + 1)


def _scan_regex(low: bytes, key: _Key, starts: list[int], hot: set[int]) -> None:
    search, wanted_by = key.search, key.wanted_by
    assert search is not None
    found = search(low, 0)
    while found is not None:
        if wanted_by is not None and not wanted_by(low, found):
            found = search(low, found.end())
            continue
        index = bisect_right(starts, found.start())
        hot.add(index - 1)
        if index == len(starts):
            return
        found = search(low, starts[index])
