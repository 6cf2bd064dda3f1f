"""Verbs of asking shared by the first pass (scan) and the sentence patterns (implicit)."""

# What a post is asked to do: "Embassy should deliver", "please convey", "requests Embassy X
# approach".
ACT = (
    r"(?:deliver|report|approach|raise|convey|provide|seek|inform|draw|contact|share|pass|respond"
    r"|demarche|urge|encourage|request|ask|make|press|emphasize|emphasise|follow|consult|send"
    r"|submit|notify|coordinate|brief|engage|relay|reiterate|express|confirm|obtain|remind"
    r"|underscore|stress|transmit|forward|arrange|meet|schedule|review|clear|identify|invite"
    r"|present|leave|use|point\sout|advise|solicit|gauge|query|discuss|explain|communicate|continue"
    r"|oppose|support|work|pursue|push|join|seek|include|take|be\sprepared\sto|reach\sout|highlight"
    r"|recall|thank|reinforce|register|protest|object|offer|provide|notify|invite|call)"
)
# "please (also) advise": what may follow "please" in an ask (the first pass uses it too).
PLEASE_ACT = (
    rf"(?:also\s|immediately\s|urgently\s|promptly\s){{0,2}}(?:{ACT}|let\sus\sknow|ensure"
    r"|instruct|clarify|indicate|comment|consider|reply|assist|tell|check|verify|update|reconfirm"
    r"|cable|wire)"  # "please cable concurrence": to cable is to reply by telegram
)

# A telegraphic ask with no subject, opened by an adverb at most: "ACCORDINGLY WOULD APPRECIATE
# DEPT AUTHORITY SOONEST" (the first pass reads it on text where a space may be a line break).
OPENING_ADVERBS = ("accordingly", "therefore", "also", "thus", "hence", "finally", "meanwhile",
                   "meantime", "consequently", "separately")  # fmt: skip
# ... and only of what Washington gives ("THEREFORE WOULD APPRECIATE USG HELP" may be reported).
OF_WASHINGTON = r"would\s(?:appreciate|welcome)\s(?:the\s)?(?:dept|department|washington)\b"
