"""``python -m cables.evaluation.fuzz [--seconds N] [--seed S]``: mutation fuzzing.

Corpus cables are cut, spliced, truncated and sprinkled with cable tokens ("REF: ", "¶",
"00789/08", DTG lines, pointers) and random characters, then parsed and run through the
detector. Anything but a parsed cable or a ``CableParseError`` is a crash, and an input that
takes longer than ``SLOW`` seconds is a finding too (a regular expression backtracking). The
first few such inputs are written to the temporary directory so that they can be turned into
tests. Exits non-zero when anything was found.
"""

from __future__ import annotations

import argparse
import random
import sys
import tempfile
import time
import traceback
from collections.abc import Sequence

from cables.detection import detect
from cables.evaluation.bench import DATA, corpus_texts
from cables.parsing import CableParseError, parse_cable

CABLES = DATA / "cables"
KEPT_CRASHES = 5
SLOW = 0.5  # seconds for one mutated cable: the corpus's longest takes a few milliseconds
TOKENS = (
    "REF: ", "A. ", "B) ", "¶", "1. ", "(C) ", "/", "-", "&", "#", "0", "00789/08", "STATE ",
    "BAKU ", "\n", "\t", " ", "SUBJECT: ", "TAGS: ", "E.O. 12958: DECL: ", "FOR ", "DEPT FOR ",
    "PASS TO ", "Classified By: ", "P 051126Z MAR 08\n", "FM AMEMBASSY BAKU\n",
    "TO RUEHC/SECSTATE WASHDC PRIORITY 1\n", "CONFIDENTIAL BAKU 000192\n",
    "This is an action request; see para 9.", "NLT ", "by March 31", "within 7 business days",
    "please advise", "SECTION 01 OF 02", "XXXXXXXXXXXX", "\u201c", "\u2028", "\x0c", "1/2/3",
    "99/99/9999", "31 FEB 09",
)  # fmt: skip


def mutate(text: str, rng: random.Random) -> str:
    """One to eight edits: insert a token, delete a run, copy a run elsewhere, insert random
    characters, or cut the text short."""
    for _ in range(rng.randint(1, 8)):
        size = len(text)
        at = rng.randrange(size + 1)
        roll = rng.random()
        if roll < 0.4:
            text = text[:at] + rng.choice(TOKENS) + text[at:]
        elif roll < 0.6:
            text = text[:at] + text[min(size, at + rng.randint(1, 200)) :]
        elif roll < 0.75:
            to = rng.randrange(size + 1)
            text = text[:to] + text[at : min(size, at + rng.randint(1, 300))] + text[to:]
        elif roll < 0.9:
            noise = "".join(chr(rng.randrange(32, 0x2100)) for _ in range(rng.randint(1, 20)))
            text = text[:at] + noise + text[at:]
        else:
            text = text[:at]
    return text


def run(texts: Sequence[str], seconds: float, seed: int) -> tuple[int, int, list[str]]:
    """(inputs tried, inputs that crashed or were slow, files holding the first of them)."""
    rng = random.Random(seed)
    deadline = time.monotonic() + seconds
    tried, found = 0, 0
    kept: list[str] = []
    while time.monotonic() < deadline:
        text = mutate(rng.choice(texts), rng)
        tried += 1
        problem = _problem(text)
        if problem is None:
            continue
        print(problem, file=sys.stderr)
        found += 1
        if len(kept) < KEPT_CRASHES:
            kept.append(_keep(text))
    return tried, found, kept


def _problem(text: str) -> str | None:
    """What went wrong with one input: a crash, a slow reading, or None."""
    started = time.perf_counter()
    try:
        detect(parse_cable(text))
    except CableParseError:
        pass  # a refusal with a reason is the right answer to text that is no cable
    except Exception:  # noqa: BLE001  a crash is what we look for
        return traceback.format_exc(limit=3)
    elapsed = time.perf_counter() - started
    return f"slow: {elapsed:.2f} s for one cable" if elapsed > SLOW else None


def _keep(text: str) -> str:
    with tempfile.NamedTemporaryFile(
        "w", prefix="cable-finding-", suffix=".txt", delete=False, encoding="utf-8"
    ) as handle:
        handle.write(text)
    return handle.name


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m cables.evaluation.fuzz")
    parser.add_argument("--seconds", type=float, default=60.0)
    parser.add_argument("--seed", type=int, default=1)
    args = parser.parse_args(argv)
    if not CABLES.is_dir():
        print(f"corpus not found at {CABLES}", file=sys.stderr)
        return 2
    texts = corpus_texts(CABLES)
    tried, found, kept = run(texts, args.seconds, args.seed)
    print(f"{tried} mutated cables parsed and detected, {found} crashed or were slow")
    for path in kept:
        print(f"  input kept in {path}")
    return 1 if found else 0


if __name__ == "__main__":
    sys.exit(main())
