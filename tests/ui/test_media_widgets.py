"""Photo, signature, drawing and file questions as widgets (app/ui/forms/media_widgets.py), with an
in-memory AnswerFiles in place of the vault: a chosen image is stored and answered by name, a
refused file says why under the question, strokes drawn with the mouse make a non-blank PNG, Undo
and Clear take them back, a submitted form shows no change buttons. Screenshots (English and right
to left) go to /tmp/form_questions."""

from __future__ import annotations

import io
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from PIL import Image
from PySide6.QtCore import QPoint, Qt, QTimer
from PySide6.QtGui import QImage
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QDialog, QVBoxLayout, QWidget

from app.ui.forms import media_widgets
from app.ui.forms.draw_canvas import SIGNATURE_SIZE, DrawCanvas, DrawDialog
from app.ui.forms.media_widgets import MediaQuestion, media_kind
from app.ui.forms.questions import make_question

SHOTS = Path("/tmp/form_questions")


class MemoryFiles:
    """AnswerFiles kept in a dict; refuses what is not an image for image questions, as the vault's
    store does (its own message), and empty files."""

    def __init__(self) -> None:
        self.stored: dict[str, bytes] = {}
        self.meta: dict[str, dict[str, Any]] = {}
        self.sources: list[str] = []

    def put(
        self,
        data: bytes,
        filename: str,
        *,
        source: str,
        mediatype: str,
        max_pixels: int | None,
        done: Callable[[str], None],
        failed: Callable[[str], None],
    ) -> None:
        if not data:
            failed(f"{filename} is empty: choose the file again.")
            return
        width = height = None
        if mediatype.startswith("image"):
            image = QImage.fromData(data)
            if image.isNull():
                failed(f"{filename}: the image is damaged or incomplete. Copy it again from the source.")
                return
            width, height = image.width(), image.height()
        name = f"{1733558000123 + len(self.stored)}{Path(filename).suffix}"
        self.stored[name] = data
        self.meta[name] = {"mime": "", "size": len(data), "width": width, "height": height}
        self.sources.append(source)
        done(name)

    def get(self, name: str, done: Callable[[bytes | None], None]) -> None:
        done(self.stored.get(name))

    def info(self, name: str) -> dict[str, Any] | None:
        return self.meta.get(name)


def _photo(path: Path, size: tuple[int, int] = (640, 480)) -> Path:
    image = Image.new("RGB", size, (40, 110, 170))
    for x in range(size[0] // 4, size[0] // 2):
        for y in range(size[1] // 4, size[1] // 2):
            image.putpixel((x, y), (240, 200, 40))
    image.save(path, "JPEG")
    return path


def _shown(qtbot, widget: QWidget, width: int = 860) -> None:  # noqa: ANN001 - pytest-qt fixture
    qtbot.addWidget(widget)
    widget.resize(width, max(widget.sizeHint().height(), 80))
    widget.show()
    qtbot.waitExposed(widget)


def _question(kind: str, files: MemoryFiles | None, appearance: str = "") -> MediaQuestion:
    mediatype = {"audio": "audio/*", "video": "video/*", "file": "application/*"}.get(kind, "image/*")
    q = make_question(
        "binary",
        "upload",
        appearance or (kind if kind in ("signature", "draw", "annotate") else ""),
        mediatype=mediatype,
        files=files,
    )
    assert isinstance(q, MediaQuestion)
    q.set_texts("Photo of the shelter", "", True)
    return q


def _non_white(png: bytes) -> int:
    image = Image.open(io.BytesIO(png)).convert("L")
    return sum(1 for v in image.tobytes() if v < 200)


def test_kinds_follow_the_mediatype_and_appearance() -> None:
    assert media_kind("image/*", "") == "image"
    assert media_kind("image/*", "signature") == "signature"
    assert media_kind("image/*", "draw") == "draw"
    assert media_kind("image/*", "annotate") == "annotate"
    assert media_kind("image/*", "new-front") == "image"
    assert media_kind("audio/*", "") == "audio"
    assert media_kind("video/*", "") == "video"
    assert media_kind("application/*", "") == "file"
    assert media_kind("", "") == "file"


def test_a_chosen_photo_is_stored_and_answered_by_its_name(qtbot, tmp_path: Path) -> None:  # noqa: ANN001
    files = MemoryFiles()
    q = _question("image", files)
    answers: list[str] = []
    q.answered.connect(answers.append)
    _shown(qtbot, q)
    assert not q.camera_button.isEnabled()  # no camera on this machine: said plainly
    assert "No camera found" in q.note.text() and q.note.isVisible()
    assert q.choose_button.isVisible() and q.choose_button.isEnabled()
    q.use_file(_photo(tmp_path / "shelter.jpg"))
    assert answers == ["1733558000123.jpg"]
    assert files.stored["1733558000123.jpg"] == (tmp_path / "shelter.jpg").read_bytes()
    assert files.sources == ["file"]
    assert q.value() == "1733558000123.jpg"
    assert q.preview.isVisible() and q.preview.pixmap().width() == 320  # a thumbnail, 640x480 scaled
    assert "640 × 480" in q.details.text()
    assert q.remove_button.isVisible()
    q.remove_button.click()
    assert answers[-1] == "" and not q.preview.isVisible() and not q.remove_button.isVisible()


def test_a_restored_answer_shows_its_thumbnail_again(qtbot, tmp_path: Path) -> None:  # noqa: ANN001
    files = MemoryFiles()
    files.put(
        _photo(tmp_path / "a.jpg").read_bytes(),
        "a.jpg",
        source="file",
        mediatype="image/*",
        max_pixels=None,
        done=lambda _n: None,
        failed=lambda _m: None,
    )
    q = _question("image", files)
    _shown(qtbot, q)
    q.set_value("1733558000123.jpg")  # as the renderer sets a draft's answer
    assert q.preview.isVisible() and not q.preview.pixmap().isNull()


def test_a_corrupt_file_is_refused_under_the_question(qtbot, tmp_path: Path) -> None:  # noqa: ANN001
    files = MemoryFiles()
    q = _question("image", files)
    answers: list[str] = []
    q.answered.connect(answers.append)
    _shown(qtbot, q)
    broken = tmp_path / "broken.jpg"
    broken.write_bytes(b"\xff\xd8\xff\xe0 this is not really a photo")
    q.use_file(broken)
    assert answers == [] and q.value() == ""
    assert "damaged" in q.problem() and q.message.isVisible()
    q.set_problem("")  # a refresh caused by another answer keeps the refusal in view
    assert "damaged" in q.problem()
    q.use_file(_photo(tmp_path / "good.jpg"))
    assert q.problem() == "" and answers == ["1733558000123.jpg"]
    q.use_file(tmp_path / "gone.jpg")  # a file that is not there
    assert "could not be read" in q.problem()


def test_read_only_shows_the_photo_without_buttons_to_change_it(qtbot, tmp_path: Path) -> None:  # noqa: ANN001
    files = MemoryFiles()
    q = _question("image", files)
    _shown(qtbot, q)
    q.use_file(_photo(tmp_path / "p.jpg"))
    q.lock_read_only()
    q.set_read_only(False)  # the engine's flag cannot make a submitted form's question editable
    assert q.read_only
    for button in (q.choose_button, q.camera_button, q.draw_button, q.remove_button):
        assert button.isHidden()
    assert q.preview.isVisible() and q.note.text() == ""
    assert q.focus_chain() == []


def _drag(canvas: QWidget, points: list[tuple[int, int]]) -> None:
    QTest.mousePress(canvas, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, QPoint(*points[0]))
    for x, y in points[1:]:
        QTest.mouseMove(canvas, QPoint(x, y))
    QTest.mouseRelease(canvas, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, QPoint(*points[-1]))


def test_strokes_drawn_with_the_mouse_make_a_png_and_undo_and_clear_take_them_back(qtbot) -> None:  # noqa: ANN001
    dialog = DrawDialog("Sign", signature=True)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    canvas = dialog.canvas
    assert not dialog.done_button.isEnabled() and canvas.is_blank()
    blank = _non_white(canvas.png_bytes())
    assert blank == 0  # the line and "Sign above" are on screen only
    _drag(canvas, [(60, 60), (120, 90), (200, 70), (260, 110)])
    assert len(canvas.strokes) == 1 and dialog.done_button.isEnabled()
    one = _non_white(canvas.png_bytes())
    assert one > 100
    _drag(canvas, [(80, 120), (240, 40)])
    two = _non_white(canvas.png_bytes())
    assert two > one
    dialog.undo_button.click()
    assert len(canvas.strokes) == 1 and _non_white(canvas.png_bytes()) == one
    dialog.clear_button.click()
    assert canvas.is_blank() and _non_white(canvas.png_bytes()) == 0 and not dialog.done_button.isEnabled()
    _drag(canvas, [(50, 50), (250, 100)])
    dialog.done_button.click()
    assert dialog.result() == QDialog.DialogCode.Accepted
    assert dialog.png is not None and dialog.png.startswith(b"\x89PNG") and _non_white(dialog.png) > 50


def _when_dialog(qtbot, act: Callable[[DrawDialog], None]) -> None:  # noqa: ANN001
    """Run `act` on the drawing window the question is about to open (exec() blocks)."""

    def find() -> None:
        dialogs = [w for w in QApplication.topLevelWidgets() if isinstance(w, DrawDialog) and w.isVisible()]
        if not dialogs:
            QTimer.singleShot(20, find)
            return
        act(dialogs[0])

    QTimer.singleShot(0, find)


def test_a_signature_is_drawn_and_stored_as_a_png_answer(qtbot) -> None:  # noqa: ANN001
    files = MemoryFiles()
    q = _question("signature", files)
    answers: list[str] = []
    q.answered.connect(answers.append)
    _shown(qtbot, q)
    assert q.draw_button.text() == "Sign…" and q.choose_button.isHidden() and q.camera_button.isHidden()

    def sign(dialog: DrawDialog) -> None:
        qtbot.waitExposed(dialog)
        _drag(dialog.canvas, [(40, 80), (140, 60), (220, 100)])
        dialog.done_button.click()

    _when_dialog(qtbot, sign)
    q.draw_button.click()
    assert answers == ["1733558000123.png"]
    assert files.sources == ["signature"] and files.stored[answers[0]].startswith(b"\x89PNG")
    assert q.draw_button.text() == "Sign again…" and q.preview.isVisible()


def test_annotate_draws_over_the_chosen_photo(qtbot, tmp_path: Path) -> None:  # noqa: ANN001
    files = MemoryFiles()
    q = _question("annotate", files)
    _shown(qtbot, q)
    assert q.draw_button.isHidden()  # nothing to draw on yet

    def mark(dialog: DrawDialog) -> None:
        qtbot.waitExposed(dialog)
        _drag(dialog.canvas, [(100, 100), (300, 200)])
        dialog.done_button.click()

    _when_dialog(qtbot, mark)
    q.use_file(_photo(tmp_path / "wall.jpg"))
    stored = files.stored[q.value()]
    assert q.value().endswith(".png") and stored.startswith(b"\x89PNG")
    red = Image.open(io.BytesIO(stored)).convert("RGB")
    assert red.size == (640, 480)
    raw = red.tobytes()
    pixels = zip(raw[0::3], raw[1::3], raw[2::3], strict=True)
    assert any(r > 180 and g < 90 and b < 90 for r, g, b in pixels)  # the red ink is in the photo
    assert q.draw_button.isVisible()


def test_audio_and_file_questions_show_name_and_size_and_say_when_they_cannot_play(qtbot, tmp_path: Path) -> None:  # noqa: ANN001
    files = MemoryFiles()
    audio = _question("audio", files)
    _shown(qtbot, audio)
    assert audio.choose_button.text() == "Choose recording…" and audio.camera_button.isHidden()
    clip = tmp_path / "clip.ogg"
    clip.write_bytes(b"OggS" + bytes(2000))
    audio.use_file(clip)
    assert audio.value() == "1733558000123.ogg" and "2.0 KB" in audio.details.text().replace("kB", "KB")
    assert audio.play_button.isVisible()
    if not media_widgets.can_play("audio"):  # this machine has no sound output
        assert not audio.play_button.isEnabled()
        assert "can't be played on this laptop" in audio.note.text()
    doc = _question("file", files)
    _shown(qtbot, doc)
    assert doc.choose_button.text() == "Choose file…" and doc.play_button.isHidden()
    empty = tmp_path / "empty.pdf"
    empty.write_bytes(b"")
    doc.use_file(empty)
    assert "empty" in doc.problem()


def test_no_answer_files_says_so_instead_of_offering_buttons(qtbot) -> None:  # noqa: ANN001
    q = _question("image", None)
    _shown(qtbot, q)
    assert q.choose_button.isHidden() and "cannot be attached" in q.note.text()


def test_every_button_is_reached_with_tab_and_space_presses_it(qtbot, tmp_path: Path) -> None:  # noqa: ANN001
    files = MemoryFiles()
    q = _question("image", files)
    q.use_file(_photo(tmp_path / "p.jpg"))
    _shown(qtbot, q)
    q.activateWindow()
    qtbot.waitUntil(q.isActiveWindow)
    chain = q.focus_chain()
    assert chain == [q.choose_button, q.camera_button, q.remove_button]
    q.focus_editor()
    assert q.choose_button.hasFocus()
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
    # the camera button is disabled (no camera): Tab goes on to Remove
    assert q.remove_button.hasFocus()
    answers: list[str] = []
    q.answered.connect(answers.append)
    qtbot.keyClick(q.remove_button, Qt.Key.Key_Space)
    assert answers == [""]


@pytest.mark.parametrize("rtl", [False, True])
def test_screenshot_of_media_questions(qtbot, tmp_path: Path, rtl: bool) -> None:  # noqa: ANN001
    files = MemoryFiles()
    page = QWidget()
    box = QVBoxLayout(page)
    photo = _question("image", files)
    photo.use_file(_photo(tmp_path / "p.jpg"))
    sign = _question("signature", files)
    sign.set_texts("Signature of the interviewer", "Sign with the mouse or a pen", True)
    canvas = DrawCanvas(signature=True, size=SIGNATURE_SIZE)
    canvas.resize(600, 200)
    _drag_stroke = [(60, 120), (110, 80), (160, 140), (220, 70), (300, 130)]
    canvas.show()
    _drag(canvas, _drag_stroke)
    files.put(
        canvas.png_bytes(),
        "signature.png",
        source="drawing",
        mediatype="image/*",
        max_pixels=None,
        done=sign.set_value,
        failed=lambda _m: None,
    )
    audio = _question("audio", files)
    audio.set_texts("Recording of the consent", "", False)
    clip = tmp_path / "consent.ogg"
    clip.write_bytes(b"OggS" + bytes(48000))
    audio.use_file(clip)
    doc = _question("file", files)
    doc.set_texts("Referral letter", "A PDF or a scan", False)
    for w in (photo, sign, audio, doc):
        box.addWidget(w)
    box.addStretch(1)
    if rtl:
        page.setLayoutDirection(Qt.LayoutDirection.RightToLeft)
    _shown(qtbot, page, 860)
    page.resize(860, page.sizeHint().height())
    SHOTS.mkdir(parents=True, exist_ok=True)
    assert page.grab().save(str(SHOTS / f"media_{'rtl' if rtl else 'ltr'}.png"))
    canvas.close()


def test_camera_only_appearance_falls_back_to_a_file_and_says_so(qtbot) -> None:  # noqa: ANN001
    q = _question("image", MemoryFiles(), appearance="new-front")
    _shown(qtbot, q)
    assert q.camera_only and not q.camera
    assert q.choose_button.isVisible()  # no camera here: a photo file instead, and the reason given
    assert "so a photo file can be chosen instead" in q.note.text()


@pytest.mark.parametrize("kind", ["signature", "annotate"])
def test_screenshot_of_the_drawing_window(qtbot, tmp_path: Path, kind: str) -> None:  # noqa: ANN001
    base = QImage(str(_photo(tmp_path / "p.jpg"))) if kind == "annotate" else None
    dialog = DrawDialog(
        "Sign" if kind == "signature" else "Draw on the photo",
        base=base,
        signature=kind == "signature",
        allow_blank=kind == "annotate",
    )
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    _drag(dialog.canvas, [(120, 200), (200, 150), (280, 230), (380, 160)])
    SHOTS.mkdir(parents=True, exist_ok=True)
    assert dialog.grab().save(str(SHOTS / f"draw_{kind}.png"))


def test_a_recording_shows_its_length_read_from_memory(qtbot, tmp_path: Path) -> None:  # noqa: ANN001
    import wave

    if media_widgets.camera._multimedia() is None:
        pytest.skip("QtMultimedia is not installed here")
    clip = tmp_path / "answer.wav"
    with wave.open(str(clip), "wb") as out:
        out.setnchannels(1)
        out.setsampwidth(2)
        out.setframerate(8000)
        out.writeframes(bytes(8000 * 2 * 3))  # three seconds of silence
    q = _question("audio", MemoryFiles())
    _shown(qtbot, q)
    q.use_file(clip)
    qtbot.waitUntil(lambda: "0:03" in q.details.text(), timeout=5000)  # the player read it from a QBuffer
    assert q.details.text().startswith("1733558000123.wav")
