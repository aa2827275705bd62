"""A form with photo, signature and file questions filled in the real form window over a real
workspace: the photo chosen and the signature drawn go into the encrypted vault on the worker (the
GUI thread guard fails the test otherwise), the draft keeps their references and shows the
thumbnail again when reopened, a refused file is explained under its question, and the submission
carries the files. Screenshots go to /tmp/form_questions."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PIL import Image
from PySide6.QtCore import QPoint, Qt, QTimer
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QDialog

from app.services import form_media
from app.services import forms as F
from app.services.cases import create_case
from app.store.workspace import Workspace
from app.ui.case.view import CaseView
from app.ui.context import Events, UiContext, settings
from app.ui.forms.draw_canvas import DrawDialog
from app.ui.forms.media_widgets import MediaQuestion
from app.ui.forms.session import FormDialog, StartInterviewDialog
from app.ui.tasks import TaskRunner
from tests.forms.builders import write_xlsform
from tests.ui.waiting import settle

CASE = "LIM-000778"
SHOTS = Path("/tmp/form_questions")


@pytest.fixture
def ctx(qtbot, ws: Workspace, tmp_path: Path) -> Iterator[UiContext]:  # noqa: ANN001
    create_case(
        ws,
        {"case_number": CASE, "site": "Lima"},
        [{"role": "principal_applicant", "family_name": "Synthfam", "given_names": "Nadia", "dob": "1991-04-05"}],
    )
    form = write_xlsform(
        tmp_path / "shelter.xlsx",
        [
            ["type", "name", "label", "required", "appearance", "parameters"],
            ["text", "place", "Place", "", "", ""],
            ["image", "shelter", "Photo of the shelter", "yes", "", "max-pixels=800"],
            ["image", "consent", "Signature of the head of household", "yes", "signature", ""],
            ["file", "letter", "Referral letter", "", "", ""],
        ],
        settings={"form_id": "shelter", "version": "1", "form_title": "Shelter check"},
    )
    F.install_form(ws, form)
    tasks = TaskRunner()
    yield UiContext(ws, tasks, settings(), Events())
    tasks.wait()


def _start(qtbot, view: CaseView, monkeypatch: pytest.MonkeyPatch) -> FormDialog:  # noqa: ANN001
    def accept(dialog: StartInterviewDialog) -> int:
        dialog.form.setCurrentIndex(dialog.form.findData("shelter"))
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(StartInterviewDialog, "exec", accept)
    view.forms.start_button.click()
    settle(view.ctx.tasks)
    dialog = view.forms.current_dialog
    qtbot.waitExposed(dialog)
    return dialog


def _media(dialog: FormDialog, ref: str) -> MediaQuestion:
    widget = dialog.view.question_widget(ref)
    assert isinstance(widget, MediaQuestion)
    return widget


def _photo(path: Path) -> Path:
    Image.new("RGB", (1600, 1200), (30, 120, 60)).save(path, "JPEG")
    return path


def _sign_when_asked() -> None:
    def find() -> None:
        dialogs = [w for w in QApplication.topLevelWidgets() if isinstance(w, DrawDialog) and w.isVisible()]
        if not dialogs:
            QTimer.singleShot(20, find)
            return
        canvas = dialogs[0].canvas
        QTest.mousePress(canvas, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, QPoint(40, 90))
        for x, y in ((90, 60), (150, 110), (220, 70)):
            QTest.mouseMove(canvas, QPoint(x, y))
        QTest.mouseRelease(canvas, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, QPoint(220, 70))
        dialogs[0].done_button.click()

    QTimer.singleShot(0, find)


def test_photo_and_signature_go_to_the_vault_survive_the_draft_and_are_submitted(
    qtbot,  # noqa: ANN001
    ctx: UiContext,
    monkeypatch: pytest.MonkeyPatch,
    tmp_path: Path,
) -> None:
    view = CaseView(ctx)
    qtbot.addWidget(view)
    view.show()
    view.show_case(CASE)
    settle(ctx.tasks)
    dialog = _start(qtbot, view, monkeypatch)

    photo = _media(dialog, "/data/shelter")
    assert photo.choose_button.isVisible() and "No camera found" in photo.note.text()
    broken = tmp_path / "broken.jpg"
    broken.write_bytes(b"\xff\xd8\xff\xe0 not a photo at all")
    photo.use_file(broken)
    settle(ctx.tasks)
    assert photo.value() == "" and "damaged" in photo.problem()

    photo.use_file(_photo(tmp_path / "shelter.jpg"))
    settle(ctx.tasks)  # stored on the worker, the answer given back on the GUI thread
    name = photo.value()
    inst = dialog.instance()
    assert name.endswith(".jpg") and inst.node_at("/data/shelter").value == name
    assert photo.problem() == ""
    meta = inst.files[name]
    assert (meta["width"], meta["height"]) == (800, 600)  # max-pixels honoured
    assert ctx.ws.vault.exists(meta["hash"])
    settle(ctx.tasks)
    assert photo.preview.isVisible()  # read back from the vault for the thumbnail

    signature = _media(dialog, "/data/consent")
    _sign_when_asked()
    signature.draw_button.click()
    settle(ctx.tasks)
    signed = signature.value()
    assert signed and signed != name and inst.files[signed]["mime"].startswith("image/")

    dialog.resize(900, 900)
    SHOTS.mkdir(parents=True, exist_ok=True)
    assert dialog.grab().save(str(SHOTS / "media_form.png"))

    with qtbot.waitSignal(dialog.finished_with, timeout=10_000) as outcome:
        dialog.reject()  # "Save draft and close"
    assert outcome.args == ["saved"]
    settle(ctx.tasks)

    view.show_case(CASE)
    settle(ctx.tasks)
    view.forms.table.selectRow(0)
    view.forms.open_selected()
    settle(ctx.tasks)
    again = view.forms.current_dialog
    restored = _media(again, "/data/shelter")
    settle(ctx.tasks)
    assert restored.value() == name and restored.preview.isVisible()  # the thumbnail, from the draft
    assert _media(again, "/data/consent").value() == signed

    with qtbot.waitSignal(again.finished_with, timeout=10_000) as outcome:
        again.submit()
    assert outcome.args == ["submitted"]
    settle(ctx.tasks)
    [info] = F.submissions(ctx.ws, CASE)
    submitted = F.open_submission(ctx.ws, info.id)
    assert submitted.node_at("/data/shelter").value == name
    files = {file_name for _ref, file_name, _meta in submitted.submission_files()}
    assert files == {name, signed}
    assert form_media.read_answer_file(ctx.ws, submitted.files[name]).startswith(b"\xff\xd8")

    # The submitted form, read-only: the photo is shown, nothing can change it.
    view.forms.table.selectRow(0)
    view.forms.open_selected()
    settle(ctx.tasks)
    readonly = view.forms.current_dialog
    shown = _media(readonly, "/data/shelter")
    settle(ctx.tasks)
    assert shown.read_only and shown.preview.isVisible() and shown.choose_button.isHidden()
    readonly.reject()
