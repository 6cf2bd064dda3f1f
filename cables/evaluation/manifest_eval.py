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
from cables.parsing.formats import decode

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
    scores["reference_id"].add(got == ref, f"{ref}: got {got}")
    if not row["created"]:  # no WikiLeaks metadata for this file (PDF and raw-dump sources)
        return
    checks = {
        "classification": (_classification(row["classification"]), _our_classification(parsed)),
        "created": (
            row["created"][:10],
            parsed.created.date().isoformat() if parsed and parsed.created else None,
        ),
    }
    for name, (want, have) in checks.items():
        scores[name].add(want == have, f"{ref}: want {want!r} got {have!r}")
    want_subject = _subject_key(row["subject"])
    have_subject = _subject_key(parsed.subject) if parsed else ""
    ok = have_subject == want_subject or (
        bool(want_subject) and have_subject.startswith(want_subject)
    )
    scores["subject"].add(
        ok, f"{ref}: want {row['subject']!r} got {parsed.subject if parsed else None!r}"
    )
    want_tags = {t.strip().upper() for t in row["tags"].split(",") if t.strip()}
    have_tags = set(parsed.tags) if parsed else set()
    missing = sorted(want_tags - have_tags)
    scores["tags"].add(not missing, f"{ref}: missing {missing} from {sorted(have_tags)}")


def _classification(value: str) -> tuple[str, bool]:
    return value.split("//")[0].strip(), "NOFORN" in value


def _our_classification(parsed: ParsedCable | None) -> tuple[str, bool] | None:
    return (parsed.level, parsed.noforn) if parsed else None


def _subject_key(subject: str) -> str:
    subject = re.sub(r"^\s{0,3}\(?\s{0,2}[A-Za-z/]{1,8}\s{0,2}\)\s{0,3}", "", subject)
    return " ".join(re.sub(r"[^0-9A-Za-z]+", " ", subject).upper().split())
