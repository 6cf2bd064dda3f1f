"""``python -m cables.evaluation.parser_eval``: the parser's accuracy on the shared corpus.

Prints two tables: fields against WikiLeaks' metadata (MANIFEST.tsv) and per-field pass rates
on another parser's test cases (peer_cases.jsonl). Skips, saying so, when ../shared is absent.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from cables.evaluation.manifest_disputes import WIKILEAKS_DISPUTES
from cables.evaluation.manifest_eval import ManifestResult, Score, evaluate_manifest
from cables.evaluation.peer_eval import REQUIRED, FieldScore, evaluate_peer_cases

DATA = Path(__file__).resolve().parents[2] / ".." / "shared" / "data"
MANIFEST_TARGETS = {"classification": 0.995, "created": 0.995, "subject": 0.995, "tags": 0.995}
PEER_TARGET = 0.95


def undisputed(score: Score, field: str) -> float:
    """The rate once cables where WikiLeaks contradicts the text are left out."""
    disputed = sum(
        1
        for failure in score.failures
        if WIKILEAKS_DISPUTES.get(failure.split(":", 1)[0], ("", ""))[0] == field
    )
    judged = score.total - disputed
    return score.passed / judged if judged else 1.0


def print_manifest(result: ManifestResult) -> None:
    print(
        f"Corpus: {result.cables} cables; {len(result.crashes)} crashes; "
        f"{len(result.rejected)} rejected as not a cable"
    )
    print(f"{'field':16}{'passed':>14}{'rate':>9}{'undisputed':>12}{'target':>9}")
    for field, score in result.scores.items():
        target = MANIFEST_TARGETS.get(field)
        shown = f"{target:.1%}" if target else "-"
        print(
            f"{field:16}{score.passed:>7}/{score.total:<6}{score.rate:>9.2%}"
            f"{undisputed(score, field):>12.2%}{shown:>9}"
        )
    created = result.scores["created"]
    undated = sum(1 for f in created.failures if f.endswith("got None"))
    dated = created.total - undated
    print(
        f"created, cables whose text has a date: {created.passed}/{dated} "
        f"({created.passed / dated if dated else 1:.2%}); {undated} partial extracts carry no "
        "date at all (their year is estimated, their time left empty)"
    )


def print_peer(scores: dict[str, FieldScore]) -> None:
    print(
        f"\n{'peer field':24}{'passed':>12}{'rate':>9}{'undisputed':>12}"
        f"{'disputed':>10}{'skipped':>9}{'target':>8}"
    )
    for field, score in sorted(scores.items()):
        if not score.total:
            print(f"{field:24}{'n/a':>12}{'':>9}{'':>12}{'':>10}{score.skipped:>9}")
            continue
        target = f"{PEER_TARGET:.0%}" if field in REQUIRED else "-"
        print(
            f"{field:24}{score.passed:>5}/{score.total:<6}{score.rate:>9.2%}"
            f"{score.rate_undisputed:>12.2%}{score.disputed:>10}{score.skipped:>9}{target:>8}"
        )


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m cables.evaluation.parser_eval")
    parser.add_argument("--failures", metavar="FIELD", help="list the failures of one field")
    args = parser.parse_args(argv)
    if not (DATA / "cables" / "MANIFEST.tsv").exists():
        print(f"{DATA} not present: parser evaluation skipped")
        return 0
    manifest = evaluate_manifest(DATA / "cables")
    print_manifest(manifest)
    peer = evaluate_peer_cases(DATA)
    print_peer(peer)
    if args.failures:
        failures = (
            manifest.scores[args.failures].failures if args.failures in manifest.scores else []
        )
        failures += peer[args.failures].failed if args.failures in peer else []
        print(f"\nfailures of {args.failures}:", *failures, sep="\n  ")
    return 0


if __name__ == "__main__":
    sys.exit(main())
