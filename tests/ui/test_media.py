"""The "Photos and documents" tab, driven like a user would, on real encrypted workspaces:
photo import (stripped, thumbnail shown), refusals with clear messages, PDFs shown by QtPdf from
memory, keyboard page order, crop, camera without a camera, lock, and no plaintext on disk."""

from __future__ import annotations

import io
import os
import secrets
import tempfile
import time
from pathlib import Path

import pytest
from PIL import ExifTags, Image, ImageDraw
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox

from app.services.attachments import attach, attach_document, case_persons, content, list_attachments
from app.services.cases import create_case
from app.store.workspace import Workspace
from app.ui.case.crop import CropDialog
from app.ui.case.documents_dialogs import DocumentDetails
from app.ui.case.media import MediaPanel
from app.ui.context import Events, UiContext, settings
from app.ui.tasks import TaskRunner

CASE = "KBL-000042"
WAIT_MS = 10_000


# ----- fixtures and helpers ---------------------------------------------------------------------
def jpeg_with_gps(width: int = 900, height: int = 1200) -> bytes:
    image = Image.new("RGB", (width, height), (150, 180, 210))
    ImageDraw.Draw(image).ellipse((250, 200, 650, 700), fill=(120, 80, 60))
    exif = Image.Exif()
    exif[ExifTags.Base.Make] = "CanaryCam"
    exif[ExifTags.Base.Artist] = "Farid Ahmadi"
    exif[ExifTags.Base.GPSInfo] = {
        ExifTags.GPS.GPSLatitudeRef: "N",
        ExifTags.GPS.GPSLatitude: (34.0, 31.0, 12.0),
        ExifTags.GPS.GPSLongitudeRef: "E",
        ExifTags.GPS.GPSLongitude: (69.0, 10.0, 42.0),
    }
    out = io.BytesIO()
    image.save(out, format="JPEG", exif=exif, quality=92)
    return out.getvalue()


def one_page_pdf(text: str = "Certificate") -> bytes:
    """A valid one-page PDF built by hand (correct xref offsets), with `text` drawn on the page."""
    stream = f"BT /F1 24 Tf 72 720 Td ({text}) Tj ET".encode()
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R "
        b"/Resources << /Font << /F1 5 0 R >> >> >>",
        b"<< /Length %d >>\nstream\n" % len(stream) + stream + b"\nendstream",
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
    ]
    out = bytearray(b"%PDF-1.4\n")
    offsets = []
    for number, body in enumerate(objects, 1):
        offsets.append(len(out))
        out += b"%d 0 obj\n" % number + body + b"\nendobj\n"
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1)
    for offset in offsets:
        out += b"%010d 00000 n \n" % offset
    out += b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (len(objects) + 1, xref)
    return bytes(out)


class Errors(list[str]):
    def __call__(self, message: str) -> None:
        self.append(message)


@pytest.fixture
def persons(ws: Workspace) -> list[str]:
    create_case(
        ws,
        {"case_number": CASE, "site": "Islamabad"},
        [
            {"role": "principal_applicant", "family_name": "Ahmadi", "given_names": "Farid", "dob": "1975"},
            {"role": "spouse", "family_name": "Ahmadi", "given_names": "Laila", "dob": "1980"},
        ],
    )
    return [p.id for p in case_persons(ws, CASE)]


@pytest.fixture
def errors() -> Errors:
    return Errors()


@pytest.fixture
def panel(qtbot, ws: Workspace, persons: list[str], errors: Errors):  # noqa: ANN001, ANN201
    tasks = TaskRunner()
    ctx = UiContext(ws, tasks, settings(), Events(), show_error=errors)
    widget = MediaPanel(ctx)
    qtbot.addWidget(widget)
    widget.resize(1100, 600)
    widget.show()
    with qtbot.waitSignal(widget.loaded, timeout=WAIT_MS):
        widget.set_case(CASE)
    yield widget
    widget.clear()
    tasks.wait()


def settle(qtbot, panel: MediaPanel) -> None:  # noqa: ANN001
    """Wait until the worker is idle and the panel has reloaded after the last change."""
    qtbot.waitUntil(lambda: not panel.ctx.tasks.busy and not panel.busy.isVisible(), timeout=WAIT_MS)
    qtbot.wait(20)
    qtbot.waitUntil(lambda: not panel.ctx.tasks.busy, timeout=WAIT_MS)


# ----- photos -----------------------------------------------------------------------------------
def test_imported_photo_is_stored_without_gps_and_its_thumbnail_appears(
    qtbot, panel: MediaPanel, persons: list[str], tmp_path: Path, ws: Workspace, errors: Errors
) -> None:
    path = tmp_path / "IMG_2041.jpg"
    path.write_bytes(jpeg_with_gps())
    assert Image.open(path).getexif().get_ifd(ExifTags.IFD.GPSInfo)  # the input really carries GPS

    panel.photos.import_photos([path], person_id=persons[0])
    qtbot.waitUntil(lambda: panel.photos.model.rowCount() == 1, timeout=WAIT_MS)
    qtbot.waitUntil(lambda: panel.photos.model.thumbnails_shown() == 1, timeout=WAIT_MS)

    assert errors == []
    [info] = panel.photos.model.items()
    assert info.person_id == persons[0] and info.is_profile_photo  # first photo: the profile photo, badged
    assert "Profile photo" in panel.photos.proxy.index(0, 0).data(Qt.ItemDataRole.DisplayRole)
    stored = content(ws, info.id)
    assert stored is not None
    for marker in (b"Exif\x00\x00", b"CanaryCam", b"Farid Ahmadi"):
        assert marker not in stored.data
    image = Image.open(io.BytesIO(stored.data))
    assert len(image.getexif()) == 0
    assert dict(image.getexif().get_ifd(ExifTags.IFD.GPSInfo)) == {}
    assert panel.tabs.tabText(0).replace("&", "") == "Photos (1)"


@pytest.mark.parametrize(
    ("name", "data", "says"),
    [
        ("cut.jpg", jpeg_with_gps()[:5000], "damaged or incomplete"),
        ("passport.jpg", one_page_pdf(), "is a PDF document, not an image"),
    ],
)
def test_bad_photo_shows_a_clear_error_with_the_base_name_and_stores_nothing(
    qtbot,
    panel: MediaPanel,
    persons: list[str],
    tmp_path: Path,
    ws: Workspace,
    errors: Errors,
    name: str,
    data: bytes,
    says: str,
) -> None:
    path = tmp_path / "private" / "Farid" / name
    path.parent.mkdir(parents=True)
    path.write_bytes(data)
    blobs_before = sorted(p.name for p in (ws.path / "blobs").rglob("*") if p.is_file())
    panel.photos.import_photos([path], person_id=persons[0])
    qtbot.waitUntil(lambda: len(errors) == 1, timeout=WAIT_MS)
    settle(qtbot, panel)
    assert says in errors[0]
    assert name in errors[0]
    assert str(path.parent) not in errors[0]  # the base name only: folders can name people
    assert list_attachments(ws, CASE) == []
    assert sorted(p.name for p in (ws.path / "blobs").rglob("*") if p.is_file()) == blobs_before
    assert panel.photos.model.rowCount() == 0


def test_crop_dialog_makes_a_passport_photo_and_keeps_the_original(
    qtbot, panel: MediaPanel, persons: list[str], ws: Workspace
) -> None:
    original = attach(ws, CASE, jpeg_with_gps(), filename="a.jpg", kind="photo", person_id=persons[1]).attachment_id
    panel.reload()
    qtbot.waitUntil(lambda: panel.photos.model.rowCount() == 1, timeout=WAIT_MS)
    panel.photos.select(original)
    panel.photos.start_crop()
    qtbot.waitUntil(
        lambda: any(isinstance(d, CropDialog) and d.isVisible() for d in panel.photos.findChildren(CropDialog)),
        timeout=WAIT_MS,
    )
    [dialog] = [d for d in panel.photos.findChildren(CropDialog) if d.isVisible()]
    qtbot.keyClick(dialog.canvas, Qt.Key.Key_Minus)  # smaller frame, then move it: the keyboard works
    qtbot.keyClick(dialog.canvas, Qt.Key.Key_Up)
    dialog.accept()
    qtbot.waitUntil(lambda: panel.photos.model.rowCount() == 2, timeout=WAIT_MS)
    [crop] = [a for a in panel.photos.model.items() if a.id != original]
    assert crop.width is not None and crop.height is not None
    assert crop.width * 45 == crop.height * 35
    assert crop.is_profile_photo and crop.person_id == persons[1]
    assert original in {a.id for a in list_attachments(ws, CASE)}


def test_take_photo_is_disabled_with_a_reason_when_there_is_no_camera(qtbot, panel: MediaPanel) -> None:
    from app.ui import camera

    assert not camera.camera_available()  # this machine has none
    qtbot.waitUntil(lambda: panel.photos._camera_checked, timeout=WAIT_MS)  # looked once the case was shown
    action = panel.photos.camera_action
    assert not action.isEnabled()
    assert action.toolTip() == "No camera found"
    button = panel.photos.toolbar.widgetForAction(action)
    assert button is not None and button.isVisible()  # shown, not hidden


def test_camera_frame_is_stored_as_a_photo_from_memory(
    qtbot, panel: MediaPanel, persons: list[str], ws: Workspace
) -> None:
    from PySide6.QtGui import QColor, QImage

    from app.ui.camera import image_to_jpeg

    frame = QImage(640, 480, QImage.Format.Format_RGB32)
    frame.fill(QColor(40, 90, 160))
    panel.photos.store_camera_photo(image_to_jpeg(frame), persons[0])
    qtbot.waitUntil(lambda: panel.photos.model.rowCount() == 1, timeout=WAIT_MS)
    [info] = list_attachments(ws, CASE)
    assert (info.source, info.kind, info.width, info.height) == ("camera", "photo", 640, 480)


def test_delete_key_removes_the_photo_after_confirmation(
    qtbot, panel: MediaPanel, persons: list[str], ws: Workspace, monkeypatch: pytest.MonkeyPatch
) -> None:
    attach(ws, CASE, jpeg_with_gps(), filename="a.jpg", kind="photo", person_id=persons[0])
    panel.reload()
    qtbot.waitUntil(lambda: panel.photos.model.rowCount() == 1, timeout=WAIT_MS)
    asked: list[str] = []

    def answer(_parent, _title, text, *_args):  # noqa: ANN001, ANN202
        asked.append(text)
        return QMessageBox.StandardButton.Yes

    monkeypatch.setattr(QMessageBox, "question", answer)
    panel.activateWindow()
    panel.photos.list.setFocus()
    panel.photos.list.setCurrentIndex(panel.photos.proxy.index(0, 0))
    qtbot.keyClick(panel.photos.list, Qt.Key.Key_Delete)
    qtbot.waitUntil(lambda: panel.photos.model.rowCount() == 0, timeout=WAIT_MS)
    assert asked and "profile photo" in asked[0]
    assert list_attachments(ws, CASE) == []


# ----- documents --------------------------------------------------------------------------------
def test_pdf_scan_is_imported_and_opens_in_the_pdf_view_with_one_page(
    qtbot, panel: MediaPanel, persons: list[str], tmp_path: Path, ws: Workspace, errors: Errors
) -> None:
    path = tmp_path / "passport.pdf"
    path.write_bytes(one_page_pdf())
    panel.documents.import_documents([path], DocumentDetails("passport", persons[0], "ps", None))
    qtbot.waitUntil(lambda: panel.documents.model.rowCount() == 1, timeout=WAIT_MS)
    assert errors == []
    [info] = list_attachments(ws, CASE)
    assert (info.kind, info.document_type, info.language, info.mime) == ("scan", "passport", "ps", "application/pdf")

    panel.documents.select(info.id)
    panel.documents.view_current()
    qtbot.waitUntil(lambda: len(panel.viewers) == 1, timeout=WAIT_MS)
    viewer = panel.viewers[0]
    assert viewer.pdf_view is not None
    assert viewer.pdf_view.page_count() == 1
    assert viewer.pdf_view.document is not None and viewer.pdf_view.document.pageCount() == 1
    assert "Passport" in viewer.windowTitle()
    viewer.close()
    assert viewer.pdf_view.document is None  # decrypted bytes dropped with the window


def test_pdf_that_qtpdf_cannot_open_is_refused_with_a_clear_message(
    qtbot, panel: MediaPanel, persons: list[str], tmp_path: Path, ws: Workspace, errors: Errors
) -> None:
    path = tmp_path / "registration.pdf"
    path.write_bytes(b"%PDF-1.7\n" + os.urandom(4000) + b"\n%%EOF\n")  # right signature, no PDF inside
    panel.documents.import_documents([path], DocumentDetails("unhcr_registration", None, None, None))
    qtbot.waitUntil(lambda: len(errors) == 1, timeout=WAIT_MS)
    assert "registration.pdf could not be opened as a PDF" in errors[0]
    assert str(tmp_path) not in errors[0]
    assert list_attachments(ws, CASE) == []


def test_pages_are_reordered_with_the_keyboard(qtbot, panel: MediaPanel, persons: list[str], ws: Workspace) -> None:
    ids = [
        r.attachment_id
        for r in attach_document(
            ws,
            CASE,
            [("1.pdf", one_page_pdf("one")), ("2.pdf", one_page_pdf("two"))],
            document_type="birth_certificate",
            person_id=persons[1],
        )
    ]
    panel.tabs.setCurrentWidget(panel.documents)
    panel.reload()
    qtbot.waitUntil(lambda: panel.documents.model.rowCount() == 1, timeout=WAIT_MS)
    tree = panel.documents.tree
    panel.activateWindow()
    tree.setFocus()
    panel.documents.select(ids[0])
    assert panel.documents.down_action.isEnabled() and not panel.documents.up_action.isEnabled()
    qtbot.keyClick(tree, Qt.Key.Key_Down, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: [a.id for a in list_attachments(ws, CASE)] == [ids[1], ids[0]], timeout=WAIT_MS)
    settle(qtbot, panel)
    assert panel.documents.current() is not None and panel.documents.current().info.id == ids[0]  # selection follows
    assert panel.documents.model.index(1, 0, panel.documents.model.index(0, 0)).data() == "Page 2"


# ----- lock and plaintext -----------------------------------------------------------------------
def test_lock_drops_thumbnails_models_and_open_viewers(
    qtbot, panel: MediaPanel, persons: list[str], ws: Workspace
) -> None:
    attach(ws, CASE, jpeg_with_gps(), filename="a.jpg", kind="photo", person_id=persons[0])
    attach(ws, CASE, one_page_pdf(), filename="p.pdf", document_type="passport", person_id=persons[0])
    panel.reload()
    qtbot.waitUntil(lambda: panel.photos.model.thumbnails_shown() == 1, timeout=WAIT_MS)
    panel.photos.select(panel.photos.model.items()[0].id)
    panel.photos.view_current()
    qtbot.waitUntil(lambda: len(panel.viewers) == 1, timeout=WAIT_MS)
    viewer = panel.viewers[0]
    assert viewer.image_view is not None and viewer.image_view.has_image()

    panel.ctx.events.locked.emit()

    assert panel.photos.model.rowCount() == 0
    assert panel.documents.model.rowCount() == 0
    assert len(panel.thumbnails) == 0
    assert panel.viewers == [] and not viewer.image_view.has_image()
    assert panel.attachments == [] and panel.case_number is None


def _files(*roots: Path, since: float) -> list[Path]:
    out = []
    for root in roots:
        for path in root.rglob("*"):
            try:
                if path.is_file() and path.stat().st_mtime >= since:
                    out.append(path)
            except OSError:
                continue
    return out


def test_viewing_a_pdf_and_an_image_writes_no_plaintext_to_disk(
    qtbot, panel: MediaPanel, persons: list[str], ws: Workspace, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    private_tmp = tmp_path / "tmpdir"
    private_tmp.mkdir()
    monkeypatch.setenv("TMPDIR", str(private_tmp))
    monkeypatch.setattr(tempfile, "tempdir", str(private_tmp))
    canary = "CANARY" + secrets.token_hex(8)
    sources = tmp_path / "sources"
    sources.mkdir()
    (sources / "photo.jpg").write_bytes(jpeg_with_gps())
    (sources / "scan.pdf").write_bytes(one_page_pdf(canary))
    start = time.time() - 1

    panel.photos.import_photos([sources / "photo.jpg"], person_id=persons[0])
    qtbot.waitUntil(lambda: panel.photos.model.thumbnails_shown() == 1, timeout=WAIT_MS)
    panel.documents.import_documents([sources / "scan.pdf"], DocumentDetails("passport", persons[0], None, None))
    qtbot.waitUntil(lambda: panel.documents.model.rowCount() == 1, timeout=WAIT_MS)
    photo = panel.photos.model.items()[0]
    [page] = [a for a in panel.attachments if a.is_pdf]
    panel.photos.select(photo.id)
    panel.photos.view_current()
    panel.documents.select(page.id)
    panel.documents.view_current()
    qtbot.waitUntil(lambda: len(panel.viewers) == 2, timeout=WAIT_MS)
    for viewer in panel.viewers:
        viewer.grab()  # render: PDFium and the image pipeline really ran
    assert {bool(v.pdf_view) for v in panel.viewers} == {True, False}
    stored_photo = content(ws, photo.id)
    assert stored_photo is not None

    needles = [
        canary.encode(),
        b"%PDF-1.",
        b"\xff\xd8\xff\xe0\x00\x10JFIF",  # the start of every JPEG Pillow writes
        stored_photo.data[400:464],  # and a slice of this photo's own bytes
    ]
    written = _files(ws.path, private_tmp, Path(tempfile.gettempdir()), since=start)
    # The system temp dir too (other programs write there: only our canaries count).
    system_tmp = Path("/tmp")
    written_system = [p for p in system_tmp.iterdir() if p.is_file() and p.stat().st_mtime >= start]
    assert any(p.is_relative_to(ws.path / "blobs") for p in written)  # the encrypted files were written
    for path in written + written_system:
        data = path.read_bytes()
        for needle in needles if path in written else needles[:1] + needles[3:]:
            assert needle not in data, f"plaintext in {path}"
    assert list(private_tmp.iterdir()) == []
