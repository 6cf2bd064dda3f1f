"""Compare parsed corpus cables with WikiLeaks' own metadata (MANIFEST.tsv).

WikiLeaks' metadata has known faults, so the comparison is made on what it gets right:
- `created`: only the date (its minutes are the DTG's hour); the DTG's date and the page agree.
- `subject`: WikiLeaks cut the subject at its first line break and kept the portion mark's
  closing parenthesis ("s) further scheming ..."): ours must equal it or continue it.
- `tags`: WikiLeaks lists stop after about ten tags: every WikiLeaks tag must be among ours.
- `classification`: the level and NOFORN ("UNCLASSIFIED//FOR OFFICIAL USE ONLY" is SBU, which
  is unclassified).
"""

from __future__ import annotations

import csv
import re
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

from cables.parsing import CableParseError, ParsedCable, parse_cable
from cables.parsing.canonical import canonical_reference_id
from cables.parsing.formats import decode
from cables.parsing.tags import CORRECTIONS, split_run_together

FIELDS = ("reference_id", "classification", "created", "subject", "tags")


@dataclass
class Score:
    passed: int = 0
    total: int = 0
    failures: list[str] = field(default_factory=list)

    def add(self, ok: bool, what: str) -> None:
        self.total += 1
        if ok:
            self.passed += 1
        else:
            self.failures.append(what)

    @property
    def rate(self) -> float:
        return self.passed / self.total if self.total else 1.0


@dataclass
class ManifestResult:
    cables: int = 0
    crashes: list[str] = field(default_factory=list)
    rejected: list[str] = field(default_factory=list)
    scores: dict[str, Score] = field(default_factory=lambda: {f: Score() for f in FIELDS})


def manifest_rows(cables_dir: Path) -> Iterator[dict[str, str]]:
    with (cables_dir / "MANIFEST.tsv").open(encoding="utf-8", newline="") as handle:
        yield from csv.DictReader(handle, delimiter="\t", quoting=csv.QUOTE_NONE)


def evaluate_manifest(cables_dir: Path) -> ManifestResult:
    result = ManifestResult()
    for row in manifest_rows(cables_dir):
        ref = row["reference_id"]
        result.cables += 1
        text = decode((cables_dir / f"{ref}.txt").read_bytes())
        try:
            parsed = parse_cable(text)
        except CableParseError as error:
            result.rejected.append(f"{ref}: {error}")
            parsed = None
        except Exception as error:  # noqa: BLE001  a crash is what we count here
            result.crashes.append(f"{ref}: {error!r}")
            parsed = None
        score_cable(result.scores, row, parsed)
    return result


def score_cable(scores: dict[str, Score], row: dict[str, str], parsed: ParsedCable | None) -> None:
    ref = row["reference_id"]
    got = parsed.reference_id if parsed else None
    # WikiLeaks' own ids include malformed ones ("7575LIBREVILLE1895"): compare canonical forms.
    want = canonical_reference_id(ref) or ref
    scores["reference_id"].add(got == want, f"{ref}: got {got}")
    if not row["created"]:  # no WikiLeaks metadata for this file (PDF and raw-dump sources)
        return
    checks = {
        "classification": (_classification(row["classification"]), _our_classification(parsed)),
        "created": (
            row["created"][:10],
            parsed.created.date().isoformat() if parsed and parsed.created else None,
        ),
    }
    for name, (wanted, found) in checks.items():
        scores[name].add(wanted == found, f"{ref}: want {wanted!r} got {found!r}")
    if row["subject"]:
        subject = parsed.subject if parsed else None
        ok = _same_subject(row["subject"], subject or "")
        scores["subject"].add(ok, f"{ref}: want {row['subject']!r} got {subject!r}")
    missing = _missing_tags(row["tags"], parsed.tags if parsed else ())
    scores["tags"].add(
        not missing, f"{ref}: missing {missing} from {parsed.tags if parsed else None}"
    )


def _missing_tags(wikileaks: str, ours: tuple[str, ...]) -> list[str]:
    """WikiLeaks' tags absent from ours, after our documented corrections (RU -> RS).

    WikiLeaks split comma lists; a list without commas is its raw TAGS line, whose words we
    may have joined into a phrase tag ("COUNTRY CLEARANCE"): then each word must be in ours.
    """
    separator = "," if "," in wikileaks else None
    wanted = [
        CORRECTIONS.get(t.strip().upper(), t.strip().upper()) for t in wikileaks.split(separator)
    ]
    have = set(ours) | {wrong for wrong, right in CORRECTIONS.items() if right in ours}
    if separator is None:
        have |= {word for tag in have for word in re.split(r"[ ,]+", tag)}
    return sorted({t for t in wanted if t and t not in have and not _split_found(t, have)})


def _split_found(tag: str, have: set[str]) -> bool:
    parts = split_run_together(tag)  # "MASSMNUC": we split it, as drafters meant
    return bool(parts) and all(p in have for p in parts)


def _classification(value: str) -> tuple[str, bool]:
    return value.split("//")[0].strip(), "NOFORN" in value


def _our_classification(parsed: ParsedCable | None) -> tuple[str, bool] | None:
    return (parsed.level, parsed.noforn) if parsed else None


def _same_subject(wikileaks: str, ours: str) -> bool:
    """Equal, or one continues the other where WikiLeaks cut it or ran the next field into it."""
    want, have = _subject_key(wikileaks), _subject_key(ours)
    if want == have or (have.startswith(want) and want):
        return True
    rest = want[len(have) :].strip() if have and want.startswith(have) else ""
    return rest.startswith(_RUN_IN_FIELDS)


_RUN_IN_FIELDS = ("REF", "CLASSIFIED BY")


def _subject_key(subject: str) -> str:
    subject = re.sub(r"^[\s\"']{0,3}(?:SUBJECT:\s{0,3})?", "", subject)
    subject = re.sub(r"^\(?\s{0,2}[A-Za-z/]{1,8}\s{0,2}\)\s{0,3}", "", subject)
    return " ".join(re.sub(r"[^0-9A-Za-z]+", " ", subject).upper().split())
