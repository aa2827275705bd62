"""Travel packets on a real encrypted workspace (issue 22): a case with a three-page PDF scan, a
JPEG scan, a translation of the JPEG and a photo gives cover + every page, translation after its
original; the checklist flags what the stage requires and the case lacks; a damaged blob in the
vault is left out with a note on the cover; `--ride` writes one file per case named by its number;
no plaintext file appears in TMPDIR or beside the output; an administrator may not make one."""

from __future__ import annotations

import io
import json
import unicodedata
from pathlib import Path

import pikepdf
import pypdfium2 as pdfium
import pytest
from PIL import Image
from reportlab.pdfgen.canvas import Canvas
from sqlalchemy import select

from app.errors import InvalidInput, NotFound, PermissionDenied
from app.models import Attachment
from app.services.attachments import attach, attach_document, attach_translation
from app.services.manifest import import_manifest
from app.services.packets import REQUIRED_DOCUMENTS, write_packet, write_ride_packets
from app.store.workspace import Workspace
from tests.conftest import cli_env
from tests.support.staff import add_staff, reopen_as

CASE = "PKT-000001"
OTHER = "PKT-000002"
ARABIC_GIVEN, ARABIC_FAMILY = "لیلا", "رحیمی"
CYRILLIC_GIVEN, CYRILLIC_FAMILY = "Олена", "Коваленко"


def marked_pdf(*markers: str) -> bytes:
    buffer = io.BytesIO()
    canvas = Canvas(buffer)
    for marker in markers:
        canvas.setFont("Helvetica", 28)
        canvas.drawString(72, 420, marker)
        canvas.showPage()
    canvas.save()
    return buffer.getvalue()


def image(colour: tuple[int, int, int], size: tuple[int, int] = (900, 1200), fmt: str = "JPEG") -> bytes:
    buffer = io.BytesIO()
    Image.new("RGB", size, colour).save(buffer, fmt)
    return buffer.getvalue()


@pytest.fixture
def packet_ws(ws: Workspace) -> Workspace:
    import_manifest(
        ws,
        {
            "sites": [{"name": "Testville", "country": "JO", "prefix": "PKT"}],
            "rides": [{"name": "East", "sites": ["Testville"]}],
            "interpreters": [],
            "cases": [
                {
                    "case_number": CASE,
                    "site": "Testville",
                    "ride": "East",
                    "stage": "interviewed",
                    "persons": [
                        {
                            "role": "principal_applicant",
                            "family_name": "Rahimi",
                            "given_names": "Layla",
                            "native_family_name": ARABIC_FAMILY,
                            "native_given_names": ARABIC_GIVEN,
                            "dob": "1985-02-03",
                            "sex": "F",
                        },
                        {
                            "role": "spouse",
                            "family_name": "Kovalenko",
                            "given_names": "Olena",
                            "native_family_name": CYRILLIC_FAMILY,
                            "native_given_names": CYRILLIC_GIVEN,
                            "dob": "1984-06-01",
                            "sex": "F",
                        },
                    ],
                },
                {
                    "case_number": OTHER,
                    "site": "Testville",
                    "ride": "East",
                    "stage": "pre-screening",
                    "persons": [{"role": "principal_applicant", "family_name": "Quell", "given_names": "Aru"}],
                },
            ],
        },
    )
    return ws


def persons(ws: Workspace) -> tuple[str, str]:
    from app.services.attachments import case_persons

    principal, spouse = case_persons(ws, CASE)
    return principal.id, spouse.id


def attach_scans(ws: Workspace) -> dict[str, str]:
    """The case's documents, attached in this order: the photo, a three-page PDF (UNHCR
    registration), a JPEG passport page of the principal applicant, its English translation."""
    principal, _spouse = persons(ws)
    attach(ws, CASE, image((200, 40, 40), (350, 450)), filename="photo.jpg", kind="photo", person_id=principal)
    [registration] = attach_document(
        ws,
        CASE,
        [("registration.pdf", marked_pdf("REGISTRATION-P1", "REGISTRATION-P2", "REGISTRATION-P3"))],
        document_type="unhcr_registration",
    )
    passport = attach(
        ws, CASE, image((20, 120, 60)), filename="passport.jpg", document_type="passport", person_id=principal
    )
    translation = attach_translation(ws, passport.attachment_id, marked_pdf("PASSPORT-TRANSLATION"), "tr.pdf", "en")
    return {
        "registration": registration.attachment_id,
        "passport": passport.attachment_id,
        "tr": translation.attachment_id,
    }


def page_texts(path: Path) -> list[str]:
    document = pdfium.PdfDocument(path)
    try:
        return [
            unicodedata.normalize("NFKC", document[i].get_textpage().get_text_range()) for i in range(len(document))
        ]
    finally:
        document.close()


def test_a_packet_holds_the_cover_then_every_page_translation_after_its_original(
    packet_ws: Workspace, tmp_path: Path
) -> None:
    attach_scans(packet_ws)
    out = tmp_path / "out" / "packet.pdf"
    out.parent.mkdir()
    written = write_packet(packet_ws, CASE.lower(), out)
    assert written.kind == "packet" and written.subject == CASE and written.path == out
    pdf = pikepdf.open(out)
    assert written.pages == len(pdf.pages) == 1 + 3 + 1 + 1
    texts = page_texts(out)
    assert [("REGISTRATION-P1" in t, "REGISTRATION-P2" in t, "REGISTRATION-P3" in t) for t in texts[1:4]] == [
        (True, False, False),
        (False, True, False),
        (False, False, True),
    ]
    assert "Passport, Layla RAHIMI" in texts[4] and "PASSPORT-TRANSLATION" not in texts[4]
    assert "PASSPORT-TRANSLATION" in texts[5] and "Translation (en) of Passport, Layla RAHIMI" in texts[5]
    for number, text in enumerate(texts, 1):
        assert CASE in text and "Confidential" in text and f"page {number} of 6" in text
    # the JPEG page is an image on an A4 page; its green shows when rendered
    document = pdfium.PdfDocument(out)
    try:
        page = document[4].render(scale=0.5).to_pil().convert("RGB")
        document[0].render(scale=1.3).to_pil().save(tmp_path / "cover.png")
    finally:
        document.close()
    assert page.getpixel((page.width // 2, page.height // 2)) == pytest.approx((20, 120, 60), abs=12)
    cover = texts[0]
    # names in both scripts, as the case holds them (Arabic read back in either direction)
    assert f"{CYRILLIC_GIVEN} {CYRILLIC_FAMILY}" in cover
    arabic = f"{ARABIC_GIVEN} {ARABIC_FAMILY}"
    assert arabic in cover or arabic[::-1] in cover
    # interviewed: every adult needs a passport or national ID; the spouse has none, and no
    # marriage certificate is held
    assert "Passport or National ID: Olena KOVALENKO" in cover
    assert cover.count("MISSING") == 2 and "Marriage certificate" in cover
    # fonts embedded for Arabic and for Latin/Cyrillic
    fonts = " ".join(str(f.BaseFont) for f in pdf.pages[0].Resources.Font.values())
    assert "Arabic" in fonts and "Sans" in fonts, fonts
    # properties: the case number, no name
    assert str(pdf.docinfo["/Title"]) == f"Travel packet {CASE}" and str(pdf.docinfo["/Producer"]) == "Circuit Ride"
    raw_meta = pdf.Root.Metadata.read_bytes().decode("utf-8") + repr(dict(pdf.docinfo))
    for word in ("Layla", "Rahimi", "RAHIMI", "Olena", ARABIC_GIVEN, CYRILLIC_GIVEN):
        assert word not in raw_meta
    assert sorted(p.name for p in out.parent.iterdir()) == ["packet.pdf"]


def test_a_stage_before_the_interview_requires_fewer_documents(packet_ws: Workspace, tmp_path: Path) -> None:
    assert len(REQUIRED_DOCUMENTS["pre-screening"]) < len(REQUIRED_DOCUMENTS["interviewed"])
    written = write_packet(packet_ws, OTHER, tmp_path / "other.pdf")
    cover = page_texts(written.path)[0]
    assert written.pages == 1
    assert "UNHCR registration (the case)" in cover and "Passport or National ID: Aru QUELL" in cover
    assert cover.count("MISSING") == 2 and "Birth certificate" not in cover and "Marriage" not in cover
    assert "No scanned document is attached to this case." in cover


def test_a_damaged_scan_is_left_out_with_a_note_on_the_cover(packet_ws: Workspace, tmp_path: Path) -> None:
    ids = attach_scans(packet_ws)
    with packet_ws.session() as session:
        sha = session.scalars(select(Attachment.content_hash).where(Attachment.id == ids["passport"])).one()
    blob = packet_ws.vault.path_for_address(packet_ws.vault.address(sha))
    damaged = bytearray(blob.read_bytes())
    damaged[-20] ^= 0xFF
    blob.write_bytes(bytes(damaged))
    written = write_packet(packet_ws, CASE, tmp_path / "p.pdf")
    texts = page_texts(written.path)
    assert written.pages == 1 + 3 + 1  # the passport page is out, its translation stays
    assert "Not included: Passport, Layla RAHIMI (the stored file is damaged" in texts[0]
    assert "PASSPORT-TRANSLATION" in texts[4]


def test_bad_requests_are_refused_with_a_sentence(packet_ws: Workspace, tmp_path: Path) -> None:
    with pytest.raises(NotFound, match="No case PKT-999999"):
        write_packet(packet_ws, "PKT-999999", tmp_path / "x.pdf")
    with pytest.raises(InvalidInput, match="ending in .pdf"):
        write_packet(packet_ws, CASE, tmp_path / "x.docx")
    with pytest.raises(NotFound, match="No circuit ride named 'West'"):
        write_ride_packets(packet_ws, "West", tmp_path / "dir")
    (tmp_path / "afile").write_text("x")
    with pytest.raises(InvalidInput, match="is a file"):
        write_ride_packets(packet_ws, "East", tmp_path / "afile")
    assert not (tmp_path / "x.pdf").exists() and not (tmp_path / "dir").exists()


def test_an_administrator_may_not_make_a_packet_and_an_interviewer_may(packet_ws: Workspace, tmp_path: Path) -> None:
    add_staff(packet_ws, "root", "admin")
    add_staff(packet_ws, "ines", "interviewer")
    admin = reopen_as(packet_ws, "root")
    with pytest.raises(PermissionDenied, match="may not make travel packets"):
        write_packet(admin, CASE, tmp_path / "a.pdf")
    with pytest.raises(PermissionDenied):
        write_ride_packets(admin, "East", tmp_path / "ride")
    assert not (tmp_path / "a.pdf").exists() and not (tmp_path / "ride").exists()
    interviewer = reopen_as(admin, "ines")
    assert write_packet(interviewer, CASE, tmp_path / "i.pdf").pages == 1
    interviewer.lock()


def test_the_command_line_writes_a_case_and_a_ride_leaving_no_plaintext_behind(
    packet_ws: Workspace, tmp_path: Path, cli
) -> None:  # noqa: ANN001
    attach_scans(packet_ws)
    packet_ws.lock()
    env = cli_env(tmp_path)
    temp = Path(env["TMPDIR"])
    assert not any(temp.iterdir())
    out = tmp_path / "desk"
    out.mkdir()
    r = cli("packet", CASE, "--out", str(out / "case.pdf"), "--json", env=env)
    assert r.returncode == 0, r.stderr
    doc = json.loads(r.stdout)
    assert doc == {"kind": "packet", "subject": CASE, "path": str(out / "case.pdf"), "pages": 6}
    r = cli("packet", "--ride", "East", "--out", str(out / "ride"), "--json", env=env)
    assert r.returncode == 0, r.stderr
    packets = json.loads(r.stdout)["packets"]
    assert [p["subject"] for p in packets] == [CASE, OTHER]
    assert sorted(p.name for p in (out / "ride").iterdir()) == [f"{CASE}.pdf", f"{OTHER}.pdf"]
    assert len(pikepdf.open(out / "ride" / f"{CASE}.pdf").pages) == 6
    # nothing but the outputs: no temp file in TMPDIR, none beside the output
    assert list(temp.iterdir()) == []
    assert sorted(p.name for p in out.iterdir()) == ["case.pdf", "ride"]
    r = cli("packet", "--ride", "East", "--out", str(out / "ride"), env=env)
    assert r.returncode == 0 and f"Wrote the travel packet of {CASE} (6 pages)" in r.stderr, r.stderr


@pytest.mark.parametrize(
    ("args", "message"),
    [
        ((CASE, "--ride", "East", "--out", "x.pdf"), "not both"),
        (("--out", "x.pdf"), "Say which case"),
        ((CASE, "--out", "x.txt"), "ending in .pdf"),
        (("PKT-424242", "--out", "x.pdf"), "No case PKT-424242"),
    ],
)
def test_the_command_line_refuses_bad_input(packet_ws: Workspace, tmp_path: Path, cli, args, message) -> None:  # noqa: ANN001
    packet_ws.lock()
    r = cli("packet", *[str(tmp_path / a) if a.startswith("x.") else a for a in args])
    assert r.returncode in (1, 2) and message in r.stderr and "Traceback" not in r.stderr, r.stderr
