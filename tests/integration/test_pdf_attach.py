"""`circuitride attach CASE file.pdf --kind scan` stores a clean rewrite of the PDF, never the file.

Each file goes through the real command line as a process; what was stored is then decrypted
through the workspace API and opened with pikepdf. The hostile PDFs are the unit tests' own
(tests/unit/test_pdf_sanitise.py).
"""

from __future__ import annotations

import hashlib
import io
import json
from pathlib import Path

import pikepdf
import pytest

from app.services.cases import create_case
from app.store.workspace import Workspace
from tests.integration.conftest import blob_files, unlocked
from tests.unit.test_pdf_sanitise import (
    assert_clean,
    assert_scan_kept,
    hostile_pdf,
    polyglot,
    scan_pdf,
    to_bytes,
)

CASE = "LIM-000418"


@pytest.fixture
def case(ws: Workspace) -> str:
    create_case(
        ws,
        {"case_number": CASE, "site": "Lima"},
        [{"role": "principal_applicant", "family_name": "Huaman", "given_names": "Lucia", "dob": "1983-07-12"}],
    )
    ws.lock()
    return CASE


def _attach(cli, path: Path) -> dict:  # noqa: ANN001
    r = cli("attach", CASE, str(path), "--kind", "scan", "--document-type", "passport", "--json")
    assert r.returncode == 0, r.stderr
    assert "Traceback" not in r.stderr
    return json.loads(r.stdout)


def _stored(ws_path: Path, sha: str) -> bytes:
    with unlocked(ws_path) as ws:
        data = ws.vault.get(sha)
    assert hashlib.sha256(data).hexdigest() == sha  # the hash is the stored (clean) file's
    return data


def test_a_hostile_polyglot_pdf_is_stored_as_a_clean_rewrite_of_its_page(
    case: str, cli, ws_path: Path, tmp_path: Path
) -> None:
    raw = polyglot(to_bytes(hostile_pdf()))
    path = tmp_path / "passport.pdf"
    path.write_bytes(raw)
    result = _attach(cli, path)
    assert result["mime"] == "application/pdf"
    assert result["content_hash"] != hashlib.sha256(raw).hexdigest()  # the original is never stored
    stored = _stored(ws_path, result["content_hash"])
    assert result["size"] == len(stored)
    assert_clean(stored)
    assert_scan_kept(stored)

    shown = cli("case", "show", CASE, "--json")
    assert shown.returncode == 0, shown.stderr
    [attachment] = json.loads(shown.stdout)["attachments"]
    assert attachment["mime"] == "application/pdf"


def test_a_scanner_pdf_keeps_its_pages_and_loses_its_scanner_details(
    case: str, cli, ws_path: Path, tmp_path: Path
) -> None:
    pdf = scan_pdf(pages=3)
    pdf.docinfo["/Producer"] = "ScanApp 4.2 (serial SN-CANARY-0042)"
    pdf.docinfo["/CreationDate"] = "D:20240312101500+03'00'"
    path = tmp_path / "registration.pdf"
    path.write_bytes(to_bytes(pdf))
    result = _attach(cli, path)
    stored = _stored(ws_path, result["content_hash"])
    assert_scan_kept(stored, pages=3)
    assert b"SN-CANARY-0042" not in stored and b"20240312" not in stored
    again = _attach(cli, path)  # the rewrite is deterministic: the same file is one blob
    assert again["content_hash"] == result["content_hash"]


@pytest.mark.parametrize(
    ("name", "make", "says"),
    [
        (
            "locked.pdf",
            lambda: _encrypted(user="user-secret"),
            '"locked.pdf" is protected by a password, so it cannot be checked or shown: remove the password',
        ),
        ("broken.pdf", lambda: b"%PDF-1.7\n" + bytes(range(256)) * 16 + b"\n%%EOF\n", "damaged or incomplete"),
    ],
    ids=["password", "corrupt"],
)
def test_a_pdf_that_cannot_be_made_safe_is_refused_and_nothing_is_stored(
    case: str,
    cli,
    ws_path: Path,
    tmp_path: Path,
    name: str,
    make,
    says: str,  # noqa: ANN001
) -> None:
    path = tmp_path / name
    path.write_bytes(make())
    before = blob_files(ws_path)
    r = cli("attach", CASE, str(path), "--kind", "scan")
    assert r.returncode == 1
    assert says in r.stderr
    assert str(tmp_path) not in r.stderr  # the file's base name only, never its folder
    assert "Traceback" not in r.stdout + r.stderr
    assert blob_files(ws_path) == before


def test_a_pdf_that_qpdf_must_repair_is_stored_as_pictures_of_its_pages(
    case: str, cli, ws_path: Path, tmp_path: Path
) -> None:
    raw = bytearray(to_bytes(hostile_pdf()))
    at = raw.rindex(b"startxref") + len(b"startxref\n")
    raw[at : at + 4] = b"9999"
    path = tmp_path / "scan.pdf"
    path.write_bytes(bytes(raw))
    stored = _stored(ws_path, _attach(cli, path)["content_hash"])
    assert_clean(stored)
    with pikepdf.open(io.BytesIO(stored)) as pdf:
        assert len(pdf.pages) == 1
        [picture] = pdf.pages[0].Resources.XObject.values()
        assert picture.Subtype == pikepdf.Name.Image


def _encrypted(*, user: str) -> bytes:
    out = io.BytesIO()
    scan_pdf().save(out, encryption=pikepdf.Encryption(owner="owner-secret", user=user, R=6))
    return out.getvalue()
