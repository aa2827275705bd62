"""A case's interviews and forms: drafts in progress, submitted forms, and starting a new one."""

from __future__ import annotations

import datetime as dt
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app.errors import CircuitRideError
from app.services import drafts
from app.services import forms as F
from app.services.history import format_time
from app.ui.case.widgets import MessageLine
from app.ui.context import UiContext
from app.ui.i18n import service_text


class InterviewsTab(QWidget):
    """Lists drafts first (work to finish), then submitted forms, newest first."""

    KIND = Qt.ItemDataRole.UserRole

    def __init__(self, ctx: UiContext) -> None:
        super().__init__()
        self.ctx = ctx
        self.case_number: str | None = None
        self.case_id: str | None = None
        self._rows: list[tuple[str, Any]] = []  # ("draft", FormDraft) | ("submission", SubmissionInfo)
        self.table = QTableWidget(0, 4)
        self.table.setHorizontalHeaderLabels([self.tr("Form"), self.tr("State"), self.tr("When"), self.tr("By")])
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        self.table.setAccessibleName(self.tr("Interviews and forms"))
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        for col in (1, 2, 3):
            header.setSectionResizeMode(col, QHeaderView.ResizeMode.ResizeToContents)
        self.table.itemSelectionChanged.connect(self._selection)
        self.table.itemActivated.connect(lambda _i: self.open_selected())
        self.empty = QLabel(
            self.tr("No forms filled for this case yet. Start an interview to fill the pre-screening or another form.")
        )
        self.empty.setWordWrap(True)
        self.empty.setStyleSheet("color: palette(mid);")
        self.start_button = QPushButton(self.tr("&Start interview…"))
        self.start_button.clicked.connect(self.start_interview)
        self.open_button = QPushButton(self.tr("&Open"))
        self.open_button.clicked.connect(self.open_selected)
        self.amend_button = QPushButton(self.tr("A&mend…"))
        self.amend_button.setToolTip(self.tr("Change a submitted form; the reason is kept with the change"))
        self.amend_button.clicked.connect(self.amend_selected)
        self.discard_button = QPushButton(self.tr("&Discard draft"))
        self.discard_button.clicked.connect(self.discard_selected)
        self.error = MessageLine("error")
        buttons = QHBoxLayout()
        buttons.addWidget(self.start_button)
        buttons.addStretch()
        for b in (self.open_button, self.amend_button, self.discard_button):
            buttons.addWidget(b)
        layout = QVBoxLayout(self)
        layout.addLayout(buttons)
        layout.addWidget(self.error)
        layout.addWidget(self.empty, 0, Qt.AlignmentFlag.AlignTop)
        layout.addWidget(self.table, 1)
        self._selection()

    # ----- content ---------------------------------------------------------------------------------
    def set_case(self, case_number: str | None, case_id: str | None) -> None:
        self.case_number, self.case_id = case_number, case_id
        self.error.clear_message()
        self.reload()

    def count(self) -> int:
        return len(self._rows)

    def reload(self) -> None:
        self._rows = []
        if self.case_number and self.case_id and self.ctx.ws.is_unlocked:
            try:
                self._rows = [("draft", d) for d in F.form_drafts(self.ctx.ws, self.case_id)]
                self._rows += [("submission", s) for s in F.submissions(self.ctx.ws, self.case_number)]
                titles = {f.form_id: f.title for f in F.list_forms(self.ctx.ws, all_versions=True)}
            except CircuitRideError as exc:
                self.error.show_message(service_text(exc))
                titles = {}
        else:
            titles = {}
        self.table.setRowCount(len(self._rows))
        for row, (kind, item) in enumerate(self._rows):
            if kind == "draft":
                cells = [
                    item.title or titles.get(item.form_id, item.form_id),
                    self.tr("Draft (amendment)") if item.amends else self.tr("Draft — not submitted"),
                    format_time(item.saved_at),
                    "",
                ]
            else:
                state = {"complete": self.tr("Submitted"), "amended": self.tr("Submitted, amended")}.get(
                    item.status, item.status
                )
                cells = [titles.get(item.form_id, item.form_id), state, _when(item.submitted_at), item.submitted_by]
            for col, text in enumerate(cells):
                cell = QTableWidgetItem(str(text))
                if kind == "draft" and col == 1:
                    cell.setForeground(Qt.GlobalColor.darkYellow)
                self.table.setItem(row, col, cell)
        self.empty.setVisible(not self._rows)
        self.table.setVisible(bool(self._rows))
        self._selection()

    def _selected(self) -> tuple[str, Any] | None:
        rows = self.table.selectionModel().selectedRows()
        return self._rows[rows[0].row()] if rows and rows[0].row() < len(self._rows) else None

    def _selection(self) -> None:
        sel = self._selected()
        self.open_button.setEnabled(sel is not None)
        self.open_button.setText(self.tr("&Continue") if sel and sel[0] == "draft" else self.tr("&Open"))
        self.amend_button.setEnabled(bool(sel and sel[0] == "submission"))
        self.discard_button.setEnabled(bool(sel and sel[0] == "draft"))
        self.start_button.setEnabled(self.case_number is not None)

    # ----- actions -----------------------------------------------------------------------------------
    def start_interview(self) -> None:
        from app.ui.forms.session import StartInterviewDialog, language_code

        if self.case_number is None:
            return
        try:
            forms = F.list_forms(self.ctx.ws)
            people = F.interpreters(self.ctx.ws)
            family = F.family_languages(self.ctx.ws, self.case_number)
        except CircuitRideError as exc:
            self.error.show_message(service_text(exc))
            return
        if not forms:
            self.error.show_message(
                self.tr("No forms are installed on this laptop. Sync with HQ, or ask your team lead to install them.")
            )
            return
        dialog = StartInterviewDialog(self.ctx, forms, people, self, family_languages=family)
        if dialog.exec() != StartInterviewDialog.DialogCode.Accepted:
            return
        v = dialog.values()
        try:
            interview = F.start_interview(
                self.ctx.ws,
                self.case_number,
                type=v["type"],
                interpreter_id=v["interpreter_id"],
                language=language_code(v["form_lang"]),
                location=v["location"],
            )
            inst = F.new_form(self.ctx.ws, self.case_number, v["form_id"], lang=v["form_lang"], interview_id=interview)
        except CircuitRideError as exc:
            self.error.show_message(service_text(exc))
            return
        self.ctx.events.case_changed.emit(self.case_number)
        self._open_dialog(inst, mode="fill", interview_id=interview)

    def open_selected(self) -> None:
        sel = self._selected()
        if sel is None or self.case_number is None:
            return
        kind, item = sel
        try:
            if kind == "draft":
                inst = F.open_draft(self.ctx.ws, self.case_number, item)
                mode = "amend" if item.amends else "fill"
                self._open_dialog(
                    inst, mode=mode, draft=item.key, interview_id=item.interview_id, submission_id=item.amends
                )
            else:
                inst = F.open_submission(self.ctx.ws, item.id)
                self._open_dialog(inst, mode="view", submission_id=item.id)
        except CircuitRideError as exc:
            self.error.show_message(service_text(exc))

    def amend_selected(self) -> None:
        sel = self._selected()
        if sel is None or sel[0] != "submission" or self.case_number is None:
            return
        item = sel[1]
        try:
            inst = F.open_submission(self.ctx.ws, item.id)
        except CircuitRideError as exc:
            self.error.show_message(service_text(exc))
            return
        self._open_dialog(inst, mode="amend", interview_id=item.interview_id, submission_id=item.id)

    def discard_selected(self) -> None:
        sel = self._selected()
        if sel is None or sel[0] != "draft":
            return
        answer = QMessageBox.question(
            self,
            self.tr("Discard draft"),
            self.tr("Discard the unsubmitted answers of this form? This cannot be undone."),
        )
        if answer != QMessageBox.StandardButton.Yes:
            return
        try:
            drafts.discard_draft(self.ctx.ws, sel[1].key)
        except CircuitRideError as exc:
            self.error.show_message(service_text(exc))
            return
        self.reload()

    def _open_dialog(self, inst: Any, *, mode: str, **kwargs: Any) -> None:
        from app.ui.forms.session import FormDialog

        assert self.case_number is not None and self.case_id is not None
        dialog = FormDialog(
            self.ctx,
            self.case_number,
            self.case_id,
            inst,
            mode=mode,
            draft_key=kwargs.get("draft"),
            interview_id=kwargs.get("interview_id"),
            submission_id=kwargs.get("submission_id"),
            parent=self,
        )
        dialog.finished_with.connect(lambda _outcome: self.reload())
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
        self.current_dialog = dialog


def _when(value: str) -> str:
    try:
        at = dt.datetime.fromisoformat(value)
    except ValueError:
        return value
    return format_time(at if at.tzinfo else at.replace(tzinfo=dt.UTC))
