"""Issuing a notice to a family: to come to an appointment or a briefing, or what an officer's result
means for them, as a Word document in the family's language (`app.services.notices.issue_notice`).

The dialog reads the case's appointments, results and the notice languages on the task runner's
worker, and writes the notice there too; afterwards it offers to open the folder it was written
to. The default file goes in the user's Documents folder, named after the case and the kind of
notice. Where documents are written and how that is said (`documents_folder`, `SavedFileLine`) is
shared with the other pages that write Word documents (the docket).
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QDir, QStandardPaths, Qt, QUrl, Signal
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.errors import CircuitRideError
from app.models.vocab import NOTICE_KINDS
from app.ui.adjudication.results_entry import outcome_label, result_kinds
from app.ui.case import labels as L
from app.ui.case.widgets import MessageLine
from app.ui.context import UiContext
from app.ui.i18n import service_text
from app.ui.tasks import Task

if TYPE_CHECKING:
    from app.services.notices import NoticeInfo
    from app.services.results import ResultInfo
    from app.services.schedule import AppointmentInfo

BRIEFING_TYPES = frozenset({"briefing", "cultural_orientation"})  # what a briefing notice is for
WORD_FILTER = "*.docx"


def documents_folder() -> Path:
    """Where a document is offered first: the user's Documents folder (home when there is none)."""
    folder = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    return Path(folder or QDir.homePath())


def open_folder(path: Path) -> None:
    QDesktopServices.openUrl(QUrl.fromLocalFile(str(path.parent)))


class SavedFileLine(QFrame):
    """'Written: <file>' with an "Open folder" button; hidden until a file is written."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.path: Path | None = None
        self.setObjectName("savedFile")
        self.setStyleSheet("#savedFile { background: #e8f4ea; border: 1px solid #9cc8a4; border-radius: 3px; }")
        self.text = QLabel()
        self.text.setWordWrap(True)
        self.text.setTextFormat(Qt.TextFormat.PlainText)
        self.text.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.open_button = QPushButton(self.tr("Open &folder"))
        self.open_button.clicked.connect(self.open_folder)
        row = QHBoxLayout(self)
        row.setContentsMargins(8, 4, 4, 4)
        row.addWidget(self.text, 1)
        row.addWidget(self.open_button)
        self.hide()

    def show_file(self, path: Path, text: str) -> None:
        self.path = path
        self.text.setText(text)
        self.show()

    def clear(self) -> None:
        self.path = None
        self.hide()

    def open_folder(self) -> None:
        if self.path is not None:
            open_folder(self.path)


@dataclass(frozen=True, slots=True)
class NoticeChoices:
    """What the dialog offers, read on the worker."""

    default_language: str
    languages: list[tuple[str, str]]  # (code, the language's name for itself)
    appointments: list[AppointmentInfo]  # the case's, that a notice may still be given for
    results: list[ResultInfo]  # newest first


class NoticeDialog(QDialog):
    """Issue one notice for a case; `issued` carries the file written."""

    issued = Signal(str)

    def __init__(
        self,
        ctx: UiContext,
        case_number: str,
        kind: str,
        appointment_id: str | None = None,
        result_id: str | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.case_number = case_number
        self.result_value: NoticeInfo | None = None
        self.choices: NoticeChoices | None = None
        self._wanted = {"appointment": appointment_id, "result": result_id}
        self._path_edited = False
        self.busy = False
        self.setWindowTitle(self.tr("Issue a notice: {case}").replace("{case}", case_number))
        self.setMinimumWidth(560)

        self.kind = QComboBox()
        for code, text in self._kinds().items():
            self.kind.addItem(text, code)
        self.kind.setCurrentIndex(max(0, self.kind.findData(kind)))
        self.subject_label = QLabel()
        self.subject = QComboBox()
        self.subject.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.subject.setMinimumContentsLength(30)
        self.language = QComboBox()
        self.path = QLineEdit()
        self.path.setAccessibleName(self.tr("Save as"))
        self.browse = QPushButton(self.tr("&Browse…"))
        self.error = MessageLine("error")
        self.hint = MessageLine("hint")
        self.saved = SavedFileLine()
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.issue_button = QPushButton(self.tr("&Issue notice"))
        self.issue_button.setDefault(True)
        self.buttons.addButton(self.issue_button, QDialogButtonBox.ButtonRole.ActionRole)

        path_row = QHBoxLayout()
        path_row.addWidget(self.path, 1)
        path_row.addWidget(self.browse)
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        for caption, field in (
            (self.tr("&Kind:"), self.kind),
            (self.subject_label, self.subject),
            (self.tr("&Language:"), self.language),
            (self.tr("&Save as:"), path_row),
        ):
            label = caption if isinstance(caption, QLabel) else QLabel(caption)
            if isinstance(field, QWidget):
                label.setBuddy(field)
            else:
                label.setBuddy(self.path)
            form.addRow(label, field)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.hint)
        layout.addWidget(self.error)
        layout.addWidget(self.saved)
        layout.addStretch(1)
        layout.addWidget(self.buttons)

        self.kind.currentIndexChanged.connect(lambda _i: self._kind_changed())
        self.path.textEdited.connect(self._path_typed)
        self.browse.clicked.connect(self._browse)
        self.issue_button.clicked.connect(self.issue)
        self.buttons.rejected.connect(self.reject)
        self._kind_changed()
        self._enable()
        self._read()

    def _kinds(self) -> dict[str, str]:
        labels = {
            "appointment": self.tr("Appointment: come to an appointment"),
            "briefing": self.tr("Briefing: come to a briefing or cultural orientation"),
            "result": self.tr("Result: what an officer's result means"),
        }
        return {code: labels.get(code, code) for code in NOTICE_KINDS}

    # ----- reading ---------------------------------------------------------------------------------
    def _read(self) -> None:
        ws, number = self.ctx.ws, self.case_number

        def work(_task: Task) -> NoticeChoices:
            # The services (and python-docx under them) are imported here, on the worker.
            from app.services.notices import notice_languages
            from app.services.results import list_results
            from app.services.schedule import ACTIVE_STATUSES, list_appointments

            default, languages = notice_languages(ws, number)
            appointments = [a for a in list_appointments(ws, case_number=number) if a.status in ACTIVE_STATUSES]
            return NoticeChoices(default, languages, appointments, list_results(ws, number))

        self.busy = True
        self.hint.show_message(self.tr("Reading the case…"))
        self.ctx.tasks.run(work, on_done=self._read_done, on_failed=self._failed)

    def _read_done(self, choices: NoticeChoices) -> None:
        self.busy = False
        self.hint.clear_message()
        self.choices = choices
        self.language.clear()
        for code, name in choices.languages:
            self.language.addItem(f"{name} ({code})", code)
        self.language.setCurrentIndex(max(0, self.language.findData(choices.default_language)))
        self._kind_changed()

    # ----- choices ---------------------------------------------------------------------------------
    def kind_code(self) -> str:
        return str(self.kind.currentData() or "appointment")

    def _kind_changed(self) -> None:
        kind = self.kind_code()
        self.subject_label.setText(self.tr("&Result:") if kind == "result" else self.tr("A&ppointment:"))
        self.subject.clear()
        choices = self.choices
        if choices is not None:
            if kind == "result":
                for r in choices.results:
                    text = f"{r.date} · {result_kinds().get(r.kind, r.kind)} · {outcome_label(r.kind, r.outcome)}"
                    self.subject.addItem(text, r.id)
            else:
                types = L.appointment_types()
                for a in choices.appointments:
                    if (a.type in BRIEFING_TYPES) != (kind == "briefing"):
                        continue
                    when = a.start.replace("T", " ")[:16]
                    where = ", ".join(x for x in (a.site, a.room) if x)
                    self.subject.addItem(" · ".join(x for x in (when, L.label(types, a.type), where) if x), a.id)
            wanted = self._wanted.get("result" if kind == "result" else "appointment")
            self.subject.setCurrentIndex(max(0, self.subject.findData(wanted)) if wanted else 0)
            if not self.subject.count():
                self.hint.show_message(self._nothing_text(kind))
            else:
                self.hint.clear_message()
        if not self._path_edited:
            name = f"notice-{self.case_number}-{kind}.docx"
            self.path.setText(str(documents_folder() / name))
        self.saved.clear()
        self._enable()

    def _nothing_text(self, kind: str) -> str:
        if kind == "result":
            return self.tr("No result is recorded for this case yet: record it first.")
        if kind == "briefing":
            return self.tr("No briefing or cultural orientation is booked for this case.")
        return self.tr("No appointment is booked for this case.")

    def _path_typed(self, _text: str) -> None:
        self._path_edited = True
        self._enable()

    def _browse(self) -> None:
        chosen, _filter = QFileDialog.getSaveFileName(
            self,
            self.tr("Save the notice as"),
            self.path.text(),
            self.tr("Word documents (%1)").replace("%1", WORD_FILTER),
        )
        if chosen:
            if not chosen.lower().endswith(".docx"):
                chosen += ".docx"
            self.path.setText(chosen)
            self._path_edited = True
        self._enable()

    def _enable(self) -> None:
        ready = not self.busy and self.choices is not None
        self.issue_button.setEnabled(ready and self.subject.count() > 0 and bool(self.path.text().strip()))
        for widget in (self.kind, self.subject, self.language, self.path, self.browse):
            widget.setEnabled(not self.busy)

    # ----- issuing ---------------------------------------------------------------------------------
    def issue(self) -> None:
        if self.busy or self.choices is None or not self.subject.count():
            return
        ws, number, kind = self.ctx.ws, self.case_number, self.kind_code()
        subject = str(self.subject.currentData() or "") or None
        language = str(self.language.currentData() or "") or None
        out = Path(self.path.text().strip()).expanduser()

        def work(_task: Task) -> NoticeInfo:
            from app.services.notices import issue_notice

            return issue_notice(
                ws,
                number,
                kind=kind,
                out=out,
                appointment_id=subject if kind != "result" else None,
                result_id=subject if kind == "result" else None,
                language=language,
            )

        self.busy = True
        self.error.clear_message()
        self.saved.clear()
        self._enable()
        self.ctx.tasks.run(work, on_done=self._issued, on_failed=self._failed)

    def _issued(self, info: NoticeInfo) -> None:
        self.busy = False
        self.result_value = info
        path = Path(info.path)
        self.saved.show_file(path, self.tr("Notice written: {file}").replace("{file}", str(path)))
        self.saved.open_button.setFocus(Qt.FocusReason.OtherFocusReason)
        self._enable()
        self.ctx.events.case_changed.emit(self.case_number)  # the appointment shows the family notified
        self.issued.emit(str(path))

    def _failed(self, exc: CircuitRideError) -> None:
        self.busy = False
        self.hint.clear_message()
        self.error.show_message(service_text(exc))
        self._enable()
