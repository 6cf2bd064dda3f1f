"""Run another cable parser's test cases (peer_cases.jsonl) against our field readers.

Each case gives a field, an input fragment (or a reference id: the whole cable, when it is in
our corpus) and the value that parser expects. Cases for features we do not have (title
casing, media links) are counted as not applicable; cases whose expectation we believe wrong
are listed in peer_disputes.py with the reason and the value we return instead.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import Any

from cables.evaluation.peer_disputes import DISPUTES, case_key
from cables.parsing import CableParseError, ParsedCable, parse_cable
from cables.parsing import fragments as fr
from cables.parsing.canonical import canonical_reference_id
from cables.parsing.classifier import classifier_name
from cables.parsing.formats import decode
from cables.parsing.model import Addressee, Reference
from cables.parsing.tags import tag_kind

NOT_APPLICABLE = frozenset({"titlefy", "media_uris", "clean_content"})
REQUIRED = ("references", "tags", "subject", "signed_by", "classified_by")
# Our reference kinds under the peer's names.
_PEER_KINDS = {"email": "mail", "telcon": "tel", "fam": "book"}


@dataclass
class FieldScore:
    passed: int = 0
    failed: list[str] = field(default_factory=list)
    disputed: int = 0  # failed, but the expectation is documented as wrong
    skipped: int = 0  # the cable is not in our corpus, or the feature is not ours

    @property
    def total(self) -> int:
        return self.passed + len(self.failed) + self.disputed

    @property
    def rate(self) -> float:
        return self.passed / self.total if self.total else 1.0

    @property
    def rate_undisputed(self) -> float:
        judged = self.passed + len(self.failed)
        return self.passed / judged if judged else 1.0


def load_cases(path: Path) -> Iterator[dict[str, Any]]:
    with path.open(encoding="utf-8") as handle:
        for line in handle:
            if line.strip():
                yield json.loads(line)


def evaluate_peer_cases(data_dir: Path) -> dict[str, FieldScore]:
    scores: dict[str, FieldScore] = {}
    cables_dir = data_dir / "cables"
    for case in load_cases(data_dir / "peer_cases.jsonl"):
        score = scores.setdefault(case["field"], FieldScore())
        got = actual_value(case, cables_dir)
        if got is _SKIP:
            score.skipped += 1
        elif _same(got, case["expected"]):
            score.passed += 1
        elif case_key(case) in DISPUTES:
            score.disputed += 1
        else:
            score.failed.append(f"{_label(case)}: want {case['expected']!r} got {got!r}")
    return scores


_SKIP = object()


def _label(case: dict[str, Any]) -> str:
    source = case["input"] if case["input"] is not None else case["reference_id"]
    return repr(" ".join(source.split())[:80])


def actual_value(case: dict[str, Any], cables_dir: Path) -> Any:
    """What we return for the case's field and input; _SKIP when it cannot be judged."""
    name = case["field"]
    if name in NOT_APPLICABLE or case.get("options", {}).get("by_file"):
        return _SKIP
    if case["input"] is None:
        parsed = _corpus_cable(cables_dir, case["reference_id"])
        if parsed is None or name not in _FROM_CABLE:
            return _SKIP
        return _FROM_CABLE[name](parsed, case.get("options", {}))
    return _FROM_FRAGMENT[name](case["input"], case.get("options", {}), case["reference_id"])


@lru_cache(maxsize=64)
def _corpus_cable(cables_dir: Path, reference_id: str) -> ParsedCable | None:
    path = cables_dir / f"{reference_id}.txt"
    if not reference_id or not path.exists():
        return None
    try:
        return parse_cable(decode(path.read_bytes()))
    except CableParseError:
        return None


def _same(got: Any, expected: Any) -> bool:
    """Names compare without case: the peer itself expects both 'SIMONS' and 'Simons'."""
    if isinstance(got, list) and isinstance(expected, list):
        return [_fold(g) for g in got] == [_fold(e) for e in expected]
    return bool(got == expected)


def _fold(value: Any) -> Any:
    return value.upper() if isinstance(value, str) else value


def _year(options: dict[str, Any], reference_id: str) -> int | None:
    if options.get("year"):
        return int(options["year"])
    if reference_id[:2].isdigit():
        year = int(reference_id[:2])
        return 1900 + year if year >= 60 else 2000 + year
    return None


def _station(reference_id: str) -> str:
    """The citing cable's station, from its id ('03ANKARA6322' -> 'ANKARA')."""
    return reference_id[2:].rstrip("0123456789") if reference_id[:2].isdigit() else ""


def _subject(subject: str, marking: str, options: dict[str, Any]) -> str:
    if options.get("clean", True) or not marking:
        return subject
    return f"({marking}) {subject}"


def _typed(references: tuple[Reference, ...]) -> list[str]:
    out = []
    for ref in references:
        kind = _PEER_KINDS.get(ref.kind, ref.kind)
        value = ref.reference_id if ref.reference_id else ref.raw
        out.append(f"{kind}:{value}" + (f"[{ref.letter}]" if ref.letter else ""))
    return out


def _recipient(a: Addressee) -> str:
    text = f"{a.indicator}/{a.name}" if a.indicator else a.name
    if a.precedence:
        text += f" [{'NIACT ' if a.niact else ''}{a.precedence}]"
    if a.mcn:
        text += f" #{a.mcn}"
    if a.excluded:
        text += f" (XMT: {', '.join(a.excluded)})"
    return text


Fragment = Callable[[str, dict[str, Any], str], Any]
_FROM_FRAGMENT: dict[str, Fragment] = {
    "canonical_id": lambda text, o, r: canonical_reference_id(text),
    "classified_by": lambda text, o, r: [n] if (n := fr.classifier_name_of(text)) else [],
    "references": lambda text, o, r: [
        x.reference_id for x in fr.references_of(text, _year(o, r), _station(r)) if x.reference_id
    ],
    "references_typed": lambda text, o, r: _typed(fr.references_of(text, _year(o, r), _station(r))),
    "subject": lambda text, o, r: _subject(*fr.subject_of(text), o),
    "tags": lambda text, o, r: list(fr.tags_of(text, repair=o.get("canonicalize", True))),
    "signed_by": lambda text, o, r: [s] if (s := fr.signature_of(text)) else [],
    "summary": lambda text, o, r: fr.summary_of(text),
    "nondisclosure_deadline": lambda text, o, r: (
        d.isoformat() if (d := fr.declassify_on_of(text)) else None
    ),
    "recipients_to": lambda text, o, r: [_recipient(a) for a in fr.addressees_of(text)[0]],
    "recipients_info": lambda text, o, r: [_recipient(a) for a in fr.addressees_of(text)[1]],
    "tag_kind": lambda text, o, r: f"consts.TAG_KIND_{tag_kind(text).upper()}",
}
Whole = Callable[[ParsedCable, dict[str, Any]], Any]
_FROM_CABLE: dict[str, Whole] = {
    "classified_by": lambda p, o: [n] if (n := classifier_name(p.classified_by)) else [],
    "references": lambda p, o: [x.reference_id for x in p.references if x.reference_id],
    "subject": lambda p, o: _subject(p.subject, p.subject_marking, o),
    "tags": lambda p, o: list(p.tags),
    "signed_by": lambda p, o: [p.signature] if p.signature else [],
    "summary": lambda p, o: p.summary,
}
