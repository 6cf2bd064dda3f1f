"""Locating the shared corpus: ``<repo>/../shared/data``, skipped when absent."""

from __future__ import annotations

from pathlib import Path

import pytest

SHARED_DATA = Path(__file__).resolve().parents[3] / ".." / "shared" / "data"


def shared_path(*parts: str) -> Path:
    """A path under ../shared/data; skips the test when it is absent."""
    path = SHARED_DATA.joinpath(*parts)
    if not path.exists():
        pytest.skip("../shared/data not present: corpus tests skipped")
    return path


# A short cable written for these tests (not from the corpus).
SAMPLE = """VZCZCXYZ0001
OO RUEHWEB
DE RUEHBS #0042/01 0101200
ZNY CCCCC ZZH
O 101200Z JAN 09
FM AMEMBASSY BRUSSELS
TO RUEHC/SECSTATE WASHDC IMMEDIATE 1234
INFO RUEHFR/AMEMBASSY PARIS PRIORITY 0567

C O N F I D E N T I A L SECTION 01 OF 02 BRUSSELS 000042

SIPDIS

DEPT FOR EUR/WE AND EUR/ERA

E.O. 12958: DECL: 01/10/2019
TAGS: PREL ECON BE
SUBJECT: (C) BELGIAN VIEWS ON A TEST TOPIC

REF: A. BRUSSELS 17 B. 08 STATE 12345

Classified By: Ambassador Jane Q. Public for reasons 1.4 (b) and (d).

1. (C) Summary: Belgium has views. End summary.

2. (C) Action request: Department guidance is requested by January 15.
BRUSSELS 00000042  002 OF 002
More text of paragraph two.

PUBLIC
"""
