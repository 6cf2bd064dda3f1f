"""Explicit deadlines in an ask: "by September 29", "NLT COB Friday", "within seven business
days of receipt", "before the March 12 ministerial" (the business day before), "ASAP".

Dates usually omit the year: it comes from the cable's DTG, rolled forward to the next year
when the date would fall before the cable. Vague timing ("soon", "prior to the visit") is no
deadline: the tracker applies the precedence default.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, datetime, timedelta

from cables.detection.calendar import add_business_days, previous_business_day
from cables.detection.text import NUMBER_WORD_ALT, to_int

MONTHS = {
    "jan": 1, "feb": 2, "mar": 3, "apr": 4, "may": 5, "jun": 6, "jul": 7, "aug": 8,
    "sep": 9, "sept": 9, "oct": 10, "nov": 11, "dec": 12,
}  # fmt: skip
WEEKDAYS = {"mon": 0, "tue": 1, "tues": 1, "wed": 2, "thu": 3, "thur": 3, "thurs": 3, "fri": 4,
            "sat": 5, "sun": 6}  # fmt: skip

_MONTH_BODY = (
    r"jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?"
    r"|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?"
)
_MONTH = rf"(?P<month>{_MONTH_BODY})\.?"
_MONTH2 = rf"(?P<month2>{_MONTH_BODY})\.?"
_WEEKDAY = r"(?P<weekday>(?:mon|tues?|wed(?:nes)?|thu(?:rs?)?|fri|sat(?:ur)?|sun)(?:day)?)\.?"
_DAY = r"(?P<day>[0-3]?\d)(?:st|nd|rd|th)?"
_DAY2 = r"(?P<day2>[0-3]?\d)(?:st|nd|rd|th)?"
_YEAR = r"(?:,?\s(?P<year>(?:19|20)\d\d))?"
_YEAR2 = r"(?:,?\s(?P<year2>(?:19|20)\d\d))?"
_TIME = (
    r"(?:(?P<hhmm>[0-2]\d[0-5]\d)\s?(?:hours|hrs|z|zulu|local|edt|est|gmt|utc)?"
    r"|(?P<hh>1[0-2]|0?\d)(?::(?P<mm>[0-5]\d))?\s?(?P<ampm>a\.?m\.?|p\.?m\.?)|noon|mid-?day)"
)
_LEAD = (
    r"(?P<lead>no\slater\sthan|not\slater\sthan|nlt|by|before|prior\sto|until|on\sor\sbefore"
    r"|in\sadvance\sof|ahead\sof|in\stime\sfor|due(?:\son)?|(?:to\sbe\s)?delivered(?:\son)?"
    r"|delivery\s(?:on|by))"
)
_FILLER = (
    r"(?:\s(?:cob|c\.o\.b\.|close\sof\sbusiness|the\send\sof|end\sof\sday|eod"
    r"|opening\sof\sbusiness|noon|on|the|[a-z]{3,12}\stime|local|deadline\sof|,"
    # "by opening of business Lagos Monday": the place whose business day it is
    r"|(?<=business\s)[a-z]{3,14}|(?<=cob\s)[a-z]{3,14}"
    # "before her April 14 visit", "ahead of our March 3 meeting", "BEFORE SHAH'S MARCH 20"
    r"|her|his|their|its|our|your|[a-z]{2,20}(?:'s|\u2019s)"
    # "before the Brazilian Energy Minister's April 6 visit"
    r"|(?:[a-z]{2,20}\s){1,2}[a-z]{2,20}(?:'s|\u2019s))){0,4}"
)
_DATE_RE = re.compile(
    rf"\b{_LEAD}{_FILLER}(?:\s{_TIME})?(?:\s(?:est|edt|[a-z]{{3,12}}\stime|local|gmt|z))?"
    rf"(?:\s(?:on|the))?(?:\s{_WEEKDAY},?)?"
    rf"\s(?:{_MONTH}\s{_DAY}{_YEAR}|{_DAY2}\s(?:of\s)?{_MONTH2}{_YEAR2}|(?P<mnum>[01]?\d)/(?P<dnum>[0-3]?\d)"
    rf"(?:/(?P<ynum>\d\d(?:\d\d)?))?)\b",
)
_WEEKDAY_ONLY_RE = re.compile(
    rf"\b{_LEAD}{_FILLER}(?:\s{_TIME})?(?:\s(?:on|this|next))?\s{_WEEKDAY}\b(?!,?\s(?:{_MONTH_BODY}|[0-3]?\d\b))",
)
_WITHIN_RE = re.compile(
    rf"\bwithin\s(?P<n>\d{{1,3}}|{NUMBER_WORD_ALT})\s(?:\(\d{{1,3}}\)\s)?(?P<business>business\s|working\s)?"
    r"days?(?:\s(?:of|after|from|following)\s(?:the\s)?(?:receipt|receiving|the\sdate"
    # "provide, within seven business days, talking points": from now, as from receipt.
    r"|this\s(?:cable|message|telegram))|(?P<bare>(?=[,;.)]|$)))",
)
# A month and day, either way round ("March 12", "12 March"), with a weekday before it or not.
_DAY_MONTH = rf"(?:{_MONTH}\s{_DAY}{_YEAR}|{_DAY2}\s(?:of\s)?{_MONTH2}{_YEAR2})"
_ACT_DATE = rf"(?:{_WEEKDAY},?\s)?{_DAY_MONTH}"
# "before the Secretary's meeting on 3 May", "prior to the ministerial on June 9": an event
# named between the lead and its date (the business day before it, as for "before the
# March 12 ministerial").
_EVENT_ON_RE = re.compile(
    r"\b(?P<lead>before|prior\sto|ahead\sof|in\sadvance\sof|in\stime\sfor)"
    r"\s(?:the|her|his|their|our|its)\s"
    # "before the formal meeting, now set for Friday, October 12"
    r"(?:(?:[a-z'\u2019.-]{2,20}\s){1,4}(?:on|of)"
    r"|(?:[a-z'\u2019.-]{2,20}\s){0,3}[a-z'\u2019.-]{2,20},\s(?:now\s)?(?:set|scheduled|planned"
    r"|expected)\sfor)\s"
    rf"{_ACT_DATE}\b"
)
# The day set for the act, never a day already past: an addressee asked right around it ("On
# December 14 Embassy should pass the non-paper", "Embassy should on November 3 deliver"), or,
# in the asking sentence itself only (_ACT_ON_RE), the act's verb before it.
_ON_DATE_ASK_RE = re.compile(
    rf"^(?P<lead>on)\s{_ACT_DATE},?\s(?:the\s)?(?:embassy|post|posts|mission|missions|consulate"
    r"|addressees?|action\saddressees?|you|usun|usnato|useu|chiefs?\sof\smission|[a-z]{3,20}"
    r"\sembassy)(?:\s[a-z]{3,20})?\s(?:should|must|shall|(?:is|are)\s(?:requested|instructed"
    r"|asked))\b"
)
_SHOULD_ON_RE = re.compile(
    r"\b(?:embassy|post|posts|mission|missions|consulate|addressees|you|usun|usnato|useu"
    r"|ambassador)(?:\s[a-z]{3,20})?\s(?:should|must|shall)(?:\s(?:also|then))?,?\s"
    rf"(?P<lead>on)\s{_ACT_DATE}\b"
)
# "guidance on attendance at the October 15 El Fasher ceremony ... before the ceremony": the
# event the sentence dated, named again after "before".
_BEFORE_THE_RE = re.compile(
    r"\b(?P<lead>before|prior\sto|ahead\sof|in\sadvance\sof)\sthe\s(?P<event>[a-z]{4,20})\b"
)
_DATED_EVENT = rf"{_DAY_MONTH}(?:\s[a-z'\u2019.-]{{2,20}}){{0,3}}\s"
# In the ask itself, the day set for the act: "Posts are instructed to deliver the talking
# points on Thursday, September 17" (only in an asking sentence: "the Minister arrives on
# Thursday, September 17" is news).
_ACT_ON_RE = re.compile(
    r"\b(?:deliver|present|pass|convey|raise|make|brief|inform|approach|submit|circulate|hand)"
    # ... not a clause's own day: "inform the MFA that it will be made public on April 30"
    r"\b(?:(?!\b(?:that|will|would|when|which|who|after|until)\b)[^.;]){0,80}?"
    # ... nor an event's: "of the donors conference on April 30" (see _EVENT_ON_RE)
    r"(?<!meeting\s)(?<!conference\s)(?<!visit\s)(?<!summit\s)(?<!session\s)(?<!vote\s)"
    r"(?<!council\s)(?<!election\s)(?<!ceremony\s)(?<!talks\s)(?<!hearing\s)(?<!decision\s)"
    rf"\b(?P<lead>on)\s{_ACT_DATE}\b"
)
# "before the 14th", "by the 3rd": a day of this month (or the next, once it has passed).
_DAY_OF_MONTH_RE = re.compile(
    rf"\b{_LEAD}\s(?:(?:cob|c\.o\.b\.|close\sof\sbusiness)\s)?(?:on\s)?the\s"
    r"(?P<dom>[0-3]?\d)(?:st|nd|rd|th)\b"
    # The ordinal must end the phrase: "by the 4th Infantry Division", "the 2nd quarter" no.
    r"(?=\s?[,;.)]|\s(?:and|or|at|to|if|so|in\sorder)\b|$)"
)
# "within 48 hours": counted in whole days from the cable's date (its hour is not at hand).
_WITHIN_HOURS_RE = re.compile(
    rf"\bwithin\s(?P<n>\d{{1,3}}|{NUMBER_WORD_ALT})\s(?:\(\d{{1,3}}\)\s)?hours?\b"
    # "within 24 hours of the vote" counts from an event, not from the cable.
    r"(?!\s(?:of|after|following|from)\s(?!(?:the\s)?(?:receipt|this\s(?:cable|message|telegram))))"
)
_DAY_WORD_RE = re.compile(rf"\b{_LEAD}{_FILLER}\s(?P<word>today|tomorrow)\b")
_MONTH_END_RE = re.compile(
    rf"\b{_LEAD}\s(?:the\s)?end\sof\s(?:the\smonth\sof\s)?{_MONTH}(?:,?\s(?P<year>(?:19|20)\d\d))?\b",
)
_ASAP_RE = re.compile(
    r"\b(?:asap|as\ssoon\sas\s(?:possible|practical|practicable|feasible)|urgently|soonest"
    r"|at\s(?:the\s)?earliest\s(?:possible\s)?(?:opportunity|date|convenience)"
    # "views by return cable": answer with the next telegram.
    r"|by\sreturn\s(?:cable|telegram|message|wire)"
    # "requests urgent consideration", "a rapid response": the ask itself is urgent.
    r"|urgent\s(?:consideration|attention|response|reply|action)"
    r"|(?:rapid|immediate)\s(?:response|reply)"
    # "Embassy requests immediate Department approval of ordered departure".
    r"|immediate\s(?:[a-z]{2,12}\s)?(?:approval|authori[sz]ation|decision|guidance|action"
    r"|attention|clearance|instructions)"
    # "should meet upon receipt of this telegram": at once.
    r"|(?:up)?on\sreceipt\sof\s(?:this|the\spresent)\s(?:telegram|cable|message|instruction)"
    # "see Zardari immediately", not "immediately after the vote" (a time, no deadline).
    # "approach the Minister immediately and make ...", "please immediately deliver"; not
    # "immediately after the vote" nor "the immediately affected provinces".
    r"|(?<=please\s)immediately|immediately(?=\s?[,;.)]|\s(?:and|to|upon|on\sreceipt)\b|$)"
    # "You should immediately seek a meeting", "Embassy should also report immediately any
    # information on ...": the ask's own verb, at once.
    r"|(?:(?<=should\s)|(?<=must\s)|(?<=also\s)|(?<=report\s)|(?<=respond\s)|(?<=advise\s))"
    r"immediately(?!\s(?:after|following|before|once|when|upon|on)\b)"
    r")\b",
)
# "elections no later than June", "must be held by": a date in the world, not for the ask.
_NOT_OURS_RE = re.compile(
    r"\b(?:election|elections|elected|vote|voting|polls?|ballot|referendum|parliament|congress"
    r"|legislat\w{0,6}|held|hold|expires?|expir\w{0,5}|law|decree|treaty|court|sentence\w?|ratif\w{0,8})\b"
    # ... but "report voting intentions by Tuesday", "election results by May 3" ask for them.
    r"(?!\s(?:intentions?|results?|records?|plans?|positions?|outcomes?|tall(?:y|ies)|counts?)\b)",
    re.IGNORECASE,
)


@dataclass(frozen=True)
class Deadline:
    when: date | datetime | None  # None with an ASAP text
    text: str
    dated: bool = False  # names its month and day ("by May 28"), not counted from the cable


def find_deadline(
    sentence: str, sent: date, at: datetime | None = None, asking: bool = False
) -> Deadline | None:
    """The first explicit deadline in ``sentence`` (the DTG date ``sent`` supplies the year).

    The patterns run on the lower-cased sentence: case-insensitive matching is several times
    slower in Python's engine. The texts reported are cut from the sentence as written.
    """
    found = _find(sentence.lower(), sent, at, asking)
    if found is None or len(sentence) != len(sentence.lower()):
        return found
    return Deadline(found.when, _as_written(sentence, found), found.dated)


def _as_written(sentence: str, found: Deadline) -> str:
    if found.text.startswith("ASAP ("):
        low = sentence.lower()
        at = low.find(found.text[6:-1])
        return f"ASAP ({sentence[at : at + len(found.text) - 7]})"
    at = sentence.lower().find(found.text)
    return sentence[at : at + len(found.text)] if at >= 0 else found.text


def _find(
    sentence: str, sent: date, at: datetime | None = None, asking: bool = False
) -> Deadline | None:
    # Each pattern needs a word of its own: cheap substring tests spare most regex runs.
    dated = DIGIT_RE.search(sentence) is not None
    for match in _DATE_RE.finditer(sentence) if dated else ():
        if _foreign(sentence, match.start()):
            continue
        when = _date_of(match, sent)
        if when is not None:
            return Deadline(_adjust(match, when), match.group(0).strip(), dated=True)
    for match in _EVENT_ON_RE.finditer(sentence) if dated else ():
        if _foreign(sentence, match.start()):
            continue
        when = _date_of(match, sent)
        if when is not None:
            return Deadline(_adjust(match, when), match.group(0).strip(), dated=True)
    act_day = _act_day(sentence, sent, asking) if dated and "on " in sentence else None
    if act_day is not None:
        return act_day
    event = _event_named_again(sentence, sent) if dated and " the " in sentence else None
    if event is not None:
        return event
    that = _that_date(sentence, sent) if dated and _has(sentence, _THAT_DATE_WORDS) else None
    if that is not None:
        return that
    found = _relative(sentence, sent, at)
    if found is not None:
        return found
    asap = _ASAP_RE.search(sentence) if _has(sentence, _ASAP_WORDS) else None
    if asap:
        return Deadline(None, "ASAP (" + asap.group(0) + ")")
    return None


DIGIT_RE = re.compile(r"\d")
_ASAP_WORDS = ("asap", "soon", "urgent", "earliest", "rapid", "immediate", "receipt", "return")
_DAY_WORDS = ("today", "tomorrow")
_WEEKDAY_WORDS = ("mon", "tue", "wed", "thu", "fri", "sat", "sun")


def _has(sentence: str, words: tuple[str, ...]) -> bool:
    return any(word in sentence for word in words)


# "Since the announcement expires September 3, we ask for action by that date": the date the
# sentence named, by anaphora.
_THAT_DATE_WORDS = ("that date", "this date", "same date", "that day", "this day", "same day")
_THAT_DATE_RE = re.compile(r"\b(?P<lead>by)\s(?:that|this|the\ssame)\s(?:date|day)\b")
_ANY_DATE_RE = re.compile(rf"\b{_DAY_MONTH}\b")


def _that_date(sentence: str, sent: date) -> Deadline | None:
    that = _THAT_DATE_RE.search(sentence)
    if that is None or _foreign(sentence, that.start()):
        return None
    dates = list(_ANY_DATE_RE.finditer(sentence, 0, that.start()))
    when = _date_of(dates[-1], sent) if dates else None  # the last date named before it
    return Deadline(when, that.group(0), dated=True) if when is not None else None


def _relative(sentence: str, sent: date, at: datetime | None = None) -> Deadline | None:
    word = _DAY_WORD_RE.search(sentence) if _has(sentence, _DAY_WORDS) else None
    if word:
        day = sent + timedelta(days=word.group("word").lower() == "tomorrow")
        return Deadline(_adjust(word, day), word.group(0))
    month_end = _MONTH_END_RE.search(sentence) if "end of" in sentence else None
    if month_end and not _foreign(sentence, month_end.start()):
        year = int(month_end.group("year")) if month_end.group("year") else None
        last = _last_day(_month(month_end.group("month")), year, sent)
        return Deadline(_adjust(month_end, last), month_end.group(0))
    day_of_month = _DAY_OF_MONTH_RE.search(sentence) if "the " in sentence else None
    if day_of_month and not _foreign(sentence, day_of_month.start()):
        when = _next_day_of_month(int(day_of_month.group("dom")), sent)
        if when is not None:
            return Deadline(_adjust(day_of_month, when), day_of_month.group(0))
    hours = _WITHIN_HOURS_RE.search(sentence) if "hour" in sentence else None
    if hours and not _foreign(sentence, hours.start()):
        count = to_int(hours.group("n")) or 0
        if at is not None:  # "within 48 hours" of the DTG: the day that hour falls on (UTC)
            return Deadline((at + timedelta(hours=count)).date(), hours.group(0))
        return Deadline(sent + timedelta(days=count // 24), hours.group(0))
    within = _WITHIN_RE.search(sentence) if "within" in sentence else None
    if within and within.group("bare") is not None and _foreign(sentence, within.start()):
        within = None  # "the court must rule within 30 days."
    if within:
        count = to_int(within.group("n")) or 0
        if within.group("business"):
            return Deadline(add_business_days(sent, count), within.group(0))
        return Deadline(sent + timedelta(days=count), within.group(0))
    weekday = _WEEKDAY_ONLY_RE.search(sentence) if _has(sentence, _WEEKDAY_WORDS) else None
    if weekday and not _foreign(sentence, weekday.start()):
        target = WEEKDAYS[weekday.group("weekday").lower()[:3]]
        ahead = (target - sent.weekday() - 1) % 7 + 1  # the first such day after the DTG
        day = sent + timedelta(days=ahead)
        return Deadline(_adjust(weekday, day), weekday.group(0).strip())
    return None


def _next_day_of_month(day: int, sent: date) -> date | None:
    """That day of the cable's month, or of the next month when it has passed."""
    month, year = sent.month, sent.year
    for _ in range(2):
        try:
            candidate = date(year, month, day)
        except ValueError:
            candidate = None
        if candidate is not None and candidate >= sent:
            return candidate
        month, year = (1, year + 1) if month == 12 else (month + 1, year)
    return None


def _last_day(month: int, year: int | None, sent: date) -> date:
    """The month's last day; without a year, the first such day not before the cable."""
    start = year or sent.year
    following = date(start + (month == 12), month % 12 + 1, 1)
    last = following - timedelta(days=1)
    if year is None and last < sent:
        return _last_day(month, start + 1, sent)
    return last


def _act_day(sentence: str, sent: date, asking: bool) -> Deadline | None:
    """The day set for the act (see _ON_DATE_ASK_RE): an addressee asked right before or after
    it, or, in the asking sentence itself, the act's verb; a day before the cable is a day
    past, no deadline."""
    patterns = (_ON_DATE_ASK_RE.match, _SHOULD_ON_RE.search)
    for pattern in (*patterns, _ACT_ON_RE.search) if asking else patterns:
        found = pattern(sentence)
        if found is None or _foreign(sentence, found.start("lead")):
            continue
        when = _date_of(found, sent, roll=False)
        if when is not None:
            start = found.start("lead")
            end = max(found.end(g) for g in ("day", "year", "month2", "year2") if found[g])
            return Deadline(when, sentence[start:end], dated=True)
        return None
    return None


def _event_named_again(sentence: str, sent: date) -> Deadline | None:
    for before in _BEFORE_THE_RE.finditer(sentence):
        if _foreign(sentence, before.start()):
            continue
        event = re.escape(before.group("event"))
        named = re.search(_DATED_EVENT + event + r"\b", sentence[: before.start()])
        if named is None:
            continue
        when = _date_of(named, sent, roll=False)
        if when is not None:
            return Deadline(previous_business_day(when), before.group(0), dated=True)
    return None


def _foreign(sentence: str, start: int) -> bool:
    """A date of the world, not of the ask ("elections no later than June"): a word of the
    world's events just before it, in the same clause ("the supplier will hold the price only
    until June 21, we need an answer by June 20" is ours)."""
    window = sentence[max(0, start - 70) : start]
    cut = 0
    for clause in _OUR_CLAUSE_RE.finditer(window):  # the last clause the author opens
        cut = clause.start() + 1
    return _NOT_OURS_RE.search(window, cut) is not None


# A clause the author or an ask opens, after a comma or semicolon (an aside or a list comma
# keeps the world's words before it in view: "Elections, the Minister said, will take place").
_OUR_CLAUSE_RE = re.compile(
    r"[,;]\s(?=(?:and\s|but\s|so\s)?(?:we|embassy|post|posts|mission|department|washington"
    r"|please|addressees|action|you)\b)",
    re.IGNORECASE,
)


def _date_of(match: re.Match[str], sent: date, roll: bool = True) -> date | None:
    """The date a match names; a date without a year before the cable is next year's, unless
    ``roll`` is off and it passed within two months (a day named for an event or an act
    already past is no deadline)."""
    if match.groupdict().get("mnum"):
        month, day = int(match.group("mnum")), int(match.group("dnum"))
        year_text = match.group("ynum")
    else:
        month_name = match.group("month") or match.group("month2")
        month, day = _month(month_name), int(match.group("day") or match.group("day2"))
        year_text = match.group("year") or match.group("year2")
    year = int(year_text) if year_text else None
    if year is not None and year < 100:
        year += 2000 if year < 50 else 1900
    when = _resolve(month, day, year, sent)
    if not roll and when is not None and year is None and when.year > sent.year:
        # Rolled into next year: "on January 5" in a late-December cable is next year's, "on
        # March 3" in a March 5 cable a day just past.
        try:
            unrolled = date(sent.year, month, day)
        except ValueError:
            return when
        if (sent - unrolled).days <= 60:
            return None
    return when


def _month(name: str) -> int:
    key = name.lower()
    return MONTHS.get(key[:4], MONTHS.get(key[:3], 0))


def _resolve(month: int, day: int, year: int | None, sent: date) -> date | None:
    try:
        candidate = date(year or sent.year, month, day)
        if year is None and candidate < sent:
            candidate = date(sent.year + 1, month, day)
    except ValueError:
        return None
    return candidate


def _adjust(match: re.Match[str], day: date) -> date | datetime:
    lead = match.group("lead").lower()
    if lead in _BEFORE_LEADS and not _names_a_deadline(match) and not _CLOSE_RE.search(match[0]):
        return previous_business_day(day)
    clock = _clock(match)
    if clock is None:
        return day
    # Naive on purpose: the time is in the zone the cable wrote, which the labels ignore too.
    return datetime(day.year, day.month, day.day, clock[0], clock[1])  # noqa: DTZ001


_BEFORE_LEADS = ("before", "prior to", "in advance of", "ahead of", "in time for")
# "before COB Brussels time on October 18" is by the close of that day, not the day before.
_CLOSE_RE = re.compile(r"\b(?:cob|c\.o\.b\.|close\sof\sbusiness|end\sof\sday|eod|noon)\b")


def _names_a_deadline(match: re.Match[str]) -> bool:
    """ "before the May 29 deadline" (or "the deadline of May 29") is by May 29; "before the
    March 12 ministerial", an event, is the business day before it."""
    after = match.string[match.end() : match.end() + 16].lower().lstrip()
    matched = match.group(0).lower()  # "before the deadline on May 5" names it inside
    return after.startswith(_DEADLINE_NOUNS) or any(noun in matched for noun in _DEADLINE_NOUNS)


_DEADLINE_NOUNS = ("deadline", "cut-off", "cutoff", "due date", "closing date")


def _clock(match: re.Match[str]) -> tuple[int, int] | None:
    text = match.group(0).lower()
    groups = match.groupdict()
    if groups.get("hhmm"):
        hhmm = groups["hhmm"]
        hour, minute = int(hhmm[:2]), int(hhmm[2:])
        return (hour, minute) if hour < 24 else None
    if groups.get("hh"):
        hour = int(groups["hh"]) % 12
        if groups["ampm"].lower().startswith("p"):
            hour += 12
        return hour, int(groups.get("mm") or 0)
    if "noon" in text or "midday" in text or "mid-day" in text:
        return 12, 0
    return None
