"""The input format is detected from the content; archives and CSV files number their cables."""

from __future__ import annotations

import csv
import html
import io
import tarfile
import zipfile
from email.message import EmailMessage
from pathlib import Path

from cables.parsing import parse_cable
from cables.parsing.formats import iter_documents
from cables.tests.parsing.conftest import SAMPLE


def _ids(path: Path) -> list[tuple[str, str]]:
    out = []
    for document in iter_documents(str(path)):
        ref = parse_cable(document.text).reference_id if document.text else document.error
        out.append((document.source.replace(str(path), "P"), ref))
    return out


def test_it_reads_latin1_with_crlf(tmp_path: Path) -> None:
    path = tmp_path / "cable.txt"
    path.write_bytes(SAMPLE.replace("\n", "\r\n").replace("1. (C)", "\xb61. (C)").encode("latin-1"))
    assert _ids(path) == [("P", "09BRUSSELS42")]
    assert parse_cable(next(iter_documents(str(path))).text or "").paragraphs[0].number == 1


def test_it_reads_markdown_bullets(tmp_path: Path) -> None:
    path = tmp_path / "cable.md"
    path.write_text(SAMPLE.replace("\n1. (C)", "\n- 1. (C)").replace("\n2. (C)", "\n- 2. (C)"))
    cable = parse_cable(next(iter_documents(str(path))).text or "")
    assert [p.number for p in cable.paragraphs] == [1, 2]


def test_it_reads_cablegate_csv_rows(tmp_path: Path) -> None:
    head, body = SAMPLE.split("C O N F I D E N T I A L", 1)
    buffer = io.StringIO()
    writer = csv.writer(buffer, escapechar="\\", doublequote=False, quoting=csv.QUOTE_ALL)
    row = ["7", "1/10/2009 12:00", "09BRUSSELS42", "Embassy Brussels", "CONFIDENTIAL", ""]
    writer.writerow([*row, head, "C O N F I D E N T I A L" + body])
    writer.writerow(["8", "1/11/2009 12:00", "09BRUSSELS43"])
    path = tmp_path / "cables.csv"
    path.write_text(buffer.getvalue())
    ids = _ids(path)
    assert ids[0] == ("P#1", "09BRUSSELS42")
    assert ids[1][0] == "P#2" and "8 fields" in ids[1][1]


def test_it_reads_a_wikileaks_page(tmp_path: Path) -> None:
    page = (
        "<!DOCTYPE html><html><body><table><tr><th>Reference ID</th><th>Created</th>"
        "<th>Released</th><th>Classification</th><th>Origin</th></tr><tr><td>09BRUSSELS42</td>"
        "<td>2009-01-10 12:12</td><td>2011-08-30 01:44</td><td>CONFIDENTIAL</td>"
        f"<td>Embassy Brussels</td></tr></table><pre>{html.escape(SAMPLE)}</pre></body></html>"
    )
    path = tmp_path / "page.html"
    path.write_text(page)
    assert _ids(path) == [("P", "09BRUSSELS42")]


def test_it_reads_an_email_with_the_cable_in_its_body(tmp_path: Path) -> None:
    message = EmailMessage()
    message["From"], message["To"], message["Subject"] = "a@example.org", "b@example.org", "cable"
    message.set_content(SAMPLE)
    path = tmp_path / "cable.eml"
    path.write_bytes(bytes(message))
    assert _ids(path) == [("P", "09BRUSSELS42")]


def test_it_reads_zip_and_tar_archives_one_cable_at_a_time(tmp_path: Path) -> None:
    second = SAMPLE.replace("000042", "000043").replace("#0042", "#0043")
    with zipfile.ZipFile(tmp_path / "a.zip", "w") as archive:
        archive.writestr("x/one.txt", SAMPLE)
        archive.writestr("x/two.txt", second)
        archive.writestr("x/MANIFEST.tsv", "not\ta cable")
    with tarfile.open(tmp_path / "a.tar.gz", "w:gz") as archive:
        data = second.encode()
        info = tarfile.TarInfo("two.txt")
        info.size = len(data)
        archive.addfile(info, io.BytesIO(data))
    assert _ids(tmp_path / "a.zip") == [("P#1", "09BRUSSELS42"), ("P#2", "09BRUSSELS43")]
    assert _ids(tmp_path / "a.tar.gz") == [("P#1", "09BRUSSELS43")]


def test_it_walks_a_directory_skipping_files_that_are_no_cables(tmp_path: Path) -> None:
    (tmp_path / "b.txt").write_text(SAMPLE)
    (tmp_path / "notes.tsv").write_text("a\tb")
    (tmp_path / ".hidden.txt").write_text(SAMPLE)
    assert [d.source for d in iter_documents(str(tmp_path))] == [str(tmp_path / "b.txt")]
