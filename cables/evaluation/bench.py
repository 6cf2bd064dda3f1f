"""``python -m cables.evaluation.bench``: parser (+ detector) throughput and peak memory.

Throughput: every corpus cable parsed (and, when the detector is installed, its action
requests detected) a few times on one core; the best round counts. Memory: the corpus is
streamed round and round to 100,000 cables while the peak resident memory is read; it must not
grow with the count. Adversarial text: 1 MB of pilcrows, '1.', spaces and 'REF:' must parse or
be refused in under a second. Results go to cables/evaluation/results/bench.txt.
"""

from __future__ import annotations

import gc
import resource
import sys
import time
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

from cables.parsing import CableParseError, ParsedCable, parse_cable
from cables.parsing.formats import decode

DATA = Path(__file__).resolve().parents[2] / ".." / "shared" / "data"
RESULTS = Path(__file__).resolve().parent / "results" / "bench.txt"
STREAM = 100_000
# The machine is shared: the best of several rounds is the uncontended cost (3 rounds gave
# parse-only numbers 20% apart from one run to the next while other work ran).
ROUNDS = 7


def load_detector() -> Callable[[ParsedCable], Any] | None:
    try:
        from cables.detection import detect
    except ImportError:
        return None
    return detect  # type: ignore[no-any-return]


def corpus_texts(cables_dir: Path) -> list[str]:
    return [decode(path.read_bytes()) for path in sorted(cables_dir.glob("*.txt"))]


def process(text: str, detect: Callable[[ParsedCable], Any] | None) -> None:
    try:
        parsed = parse_cable(text)
    except CableParseError:
        return
    if detect is not None:
        detect(parsed)


def clear_caches() -> None:
    """Empty every functools cache in the parser and detector.

    Each round then starts cold and profits only from what repeats inside the corpus (addressee
    lines, labels, names), as one pass over a stream of new cables would; a warm cache from the
    previous round would flatter every round after the first.
    """
    for name, module in list(sys.modules.items()):
        if not name.startswith(("cables.parsing", "cables.detection")):
            continue
        for value in vars(module).values():
            if callable(getattr(value, "cache_clear", None)):
                value.cache_clear()


def throughput(texts: list[str], detect: Callable[[ParsedCable], Any] | None) -> float:
    """Cables per second of CPU time, best of ROUNDS (other processes share the machine);
    every round starts with cold caches."""
    best = 0.0
    for _ in range(ROUNDS):
        clear_caches()
        started = time.process_time()
        for text in texts:
            process(text, detect)
        elapsed = time.process_time() - started
        best = max(best, len(texts) / elapsed if elapsed else 0.0)
    return best


def stream(texts: list[str], count: int) -> Iterator[str]:
    for index in range(count):
        yield texts[index % len(texts)]


def memory(texts: list[str], detect: Callable[[ParsedCable], Any] | None) -> list[tuple[int, int]]:
    """(cables so far, peak resident set in bytes) at checkpoints over STREAM cables.

    The peak RSS is read from the kernel (no tracing overhead); flat means it stops growing.
    """
    checkpoints = {1_000, 10_000, 50_000, STREAM}
    peaks: list[tuple[int, int]] = []
    gc.collect()
    for done, text in enumerate(stream(texts, STREAM), 1):
        process(text, detect)
        if done in checkpoints:
            peaks.append((done, resource.getrusage(resource.RUSAGE_SELF).ru_maxrss * 1024))
    return peaks


def adversarial() -> list[tuple[str, float, str]]:
    """Seconds to parse (or refuse) 1 MB of text built to make regular expressions backtrack."""
    results = []
    for name, text in adversarial_texts().items():
        started = time.perf_counter()
        try:
            parse_cable(text)
            outcome = "parsed"
        except CableParseError:
            outcome = "refused"
        results.append((name, time.perf_counter() - started, outcome))
    return results


def adversarial_texts(size: int = 1_000_000) -> dict[str, str]:
    """1 MB payloads, bare and after a valid envelope (so every stage of the parser sees them)."""
    header = "P 051126Z MAR 08\nFM AMEMBASSY BAKU\nCONFIDENTIAL BAKU 000192\nSUBJECT: "
    payloads = {
        "pilcrows": "¶" * size,
        "numbers": "1. " * (size // 3),
        "spaces": " " * size,
        "refs": "REF: " * (size // 5),
        "lines": "¶1. (C) 1. REF: A. STATE 1 \n" * (size // 27),
        "no breaks": "1.4 (b) and (d) " * (size // 16),
    }
    texts = {f"bare {name}": payload for name, payload in payloads.items()}
    texts.update({f"cable {name}": header + payload for name, payload in payloads.items()})
    texts["id line spaces"] = "CONFIDENTIAL BAKU" + " " * size + "000192"
    return texts


def report(texts: list[str]) -> str:
    detect = load_detector()
    parse_only = throughput(texts, None)
    lines = [
        f"corpus: {len(texts)} cables, {sum(map(len, texts)) / 1e6:.1f} M characters",
        f"parse only:         {parse_only:8.0f} cables/s (CPU time, best of {ROUNDS})",
    ]
    if detect is not None:
        both = throughput(texts, detect)
        added = 100 * (parse_only / both - 1) if both else 0.0
        lines.append(f"parse + detection:  {both:8.0f} cables/s")
        lines.append(f"detection adds {added:.0f}% to parse time")
    else:
        lines.append("parse + detection:  detector not installed")
    peaks = memory(texts, detect)
    lines.append(f"peak resident memory streaming {STREAM:,} cables (parse + detection):")
    lines += [f"  after {done:>7,}: {peak / 1e6:6.2f} MB" for done, peak in peaks]
    lines.append("adversarial 1 MB inputs:")
    lines += [
        f"  {name:18} {seconds:6.3f} s  {outcome}" for name, seconds, outcome in adversarial()
    ]
    return "\n".join(lines) + "\n"


def main() -> int:
    cables_dir = DATA / "cables"
    if not cables_dir.exists():
        print(f"{DATA} not present: benchmark skipped")
        return 0
    text = report(corpus_texts(cables_dir))
    header = (
        f"python {sys.version.split()[0]}, {time.strftime('%Y-%m-%d %H:%M UTC', time.gmtime())}\n"
    )
    RESULTS.parent.mkdir(parents=True, exist_ok=True)
    RESULTS.write_text(header + text, encoding="utf-8")
    print(header + text, end="")
    return 0


if __name__ == "__main__":
    sys.exit(main())
