"""`python -m cables.parsing [--pretty] PATH...`: one JSON object per cable, errors kept apart."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

from cables.parsing.__main__ import document_json, main
from cables.parsing.formats import Document
from cables.parsing.model import ParsedCable
from cables.tests.parsing.conftest import SAMPLE

REPO = Path(__file__).resolve().parents[3]


def test_it_prints_one_json_line_per_cable_and_fails_after_a_bad_file(
    tmp_path: Path, capsys: object
) -> None:
    (tmp_path / "a.txt").write_text(SAMPLE)
    (tmp_path / "b.txt").write_text("Dear colleague, this is a letter.")
    code = main([str(tmp_path / "a.txt"), str(tmp_path / "b.txt")])
    lines = capsys.readouterr().out.splitlines()  # type: ignore[attr-defined]
    first, second = (json.loads(line) for line in lines)
    assert code == 1
    assert first["source"].endswith("a.txt") and first["reference_id"] == "09BRUSSELS42"
    assert "error" not in first and isinstance(first["action_requests"], list)
    assert second["source"].endswith("b.txt") and "not a cable" in second["error"]


def test_it_keeps_the_parse_when_the_detector_fails() -> None:
    def broken_detector(cable: ParsedCable) -> tuple[()]:
        raise RuntimeError("detector bug")

    result = document_json(Document("x.txt", SAMPLE), broken_detector)
    assert result["reference_id"] == "09BRUSSELS42"
    assert result["action_requests"] == []
    assert any("detector bug" in warning for warning in result["warnings"])


def test_it_runs_as_a_module_without_django(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text(SAMPLE)
    done = subprocess.run(
        [sys.executable, "-m", "cables.parsing", "--pretty", str(tmp_path / "a.txt")],
        cwd=REPO,
        capture_output=True,
        text=True,
        check=False,
        env={"PATH": "/usr/bin:/bin", "PYTHONPATH": str(REPO)},
    )
    assert done.returncode == 0, done.stderr
    assert json.loads(done.stdout)["subject"] == "BELGIAN VIEWS ON A TEST TOPIC"
