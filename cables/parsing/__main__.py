"""``python -m cables.parsing [--pretty] PATH...``: one JSON object per cable per line.

Runs without Django. Exits 1 when any input failed, after printing all the others.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Callable, Sequence
from typing import Any

from cables.parsing.formats import Document, iter_documents
from cables.parsing.model import CableParseError, ParsedCable

Detector = Callable[[ParsedCable], Any]


def load_detector() -> Detector | None:
    """The action-request detector when it is installed; parsing works without it."""
    try:
        from cables.detection import detect
    except ImportError:
        return None
    return detect  # type: ignore[no-any-return]


def document_json(document: Document, detect: Detector | None) -> dict[str, Any]:
    from cables.parsing.parser import parse_cable

    if document.text is None:
        return {"source": document.source, "error": document.error}
    try:
        parsed = parse_cable(document.text)
    except CableParseError as error:
        return {"source": document.source, "error": str(error)}
    except Exception as error:  # noqa: BLE001  a parser bug on one cable must not stop the stream
        return {"source": document.source, "error": f"internal parser error: {error!r}"}
    result: dict[str, Any] = {
        "source": document.source,
        **parsed.to_json(),
        "action_requests": [],
    }
    if detect is not None:
        try:
            result["action_requests"] = [r.to_json() for r in detect(parsed)]
        except Exception as error:  # noqa: BLE001  a detector bug must not lose the parse
            result["warnings"].append(f"action-request detection failed: {error!r}")
    return result


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m cables.parsing", description=__doc__)
    parser.add_argument("--pretty", action="store_true", help="indent the JSON")
    parser.add_argument("paths", nargs="+", metavar="PATH", help="files, directories, archives")
    args = parser.parse_args(argv)
    detect = load_detector()
    failed = False
    for path in args.paths:
        for document in iter_documents(path):
            result = document_json(document, detect)
            failed = failed or "error" in result
            print(json.dumps(result, ensure_ascii=False, indent=2 if args.pretty else None))
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
