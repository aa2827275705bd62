"""A case's interviews and forms: drafts in progress, submitted forms, and starting a new one.

Every read and write (listing, starting an interview, opening a draft or a submission, discarding a
draft) runs on the task runner's worker; the list, the dialogs and the messages follow on the GUI
thread when the answer arrives. An answer for a case no longer shown (another case, the lock) is
dropped.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import Qt, Signal
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
from app.ui.tasks import Task


class InterviewsTab(QWidget):
    """Lists drafts first (work to finish), then submitted forms, newest first."""

    KIND = Qt.ItemDataRole.UserRole
    loaded = Signal()  # the list of the case's forms arrived (the case view counts them in its tab)

    def __init__(self, ctx: UiContext) -> None:
        super().__init__()
        self.ctx = ctx
        self.case_number: str | None = None
        self.case_id: str | None = None
        self._rows: list[tuple[str, Any]] = []  # ("draft", FormDraft) | ("submission", SubmissionInfo)
        self._generation = 0  # moves with the case: answers for an earlier one are dropped
        self._asking = False  # a start/open is on the worker: a second click waits for it
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
        if (case_number, case_id) != (self.case_number, self.case_id):
            self._generation += 1
            self._asking = False
        self.case_number, self.case_id = case_number, case_id
        self.error.clear_message()
        self.reload()

    def count(self) -> int:
        return len(self._rows)

    def reload(self) -> None:
        """Read the case's drafts and submissions on the worker; the list shows them when they arrive."""
        number, case_id, ws = self.case_number, self.case_id, self.ctx.ws
        if not (number and case_id and ws.is_unlocked):
            self._show([], {})
            return

        def work(_task: Task) -> tuple[list[tuple[str, Any]], dict[str, str]]:
            rows: list[tuple[str, Any]] = [("draft", d) for d in F.form_drafts(ws, case_id)]
            rows += [("submission", s) for s in F.submissions(ws, number)]
            return rows, {f.form_id: f.title for f in F.list_forms(ws, all_versions=True)}

        def failed(exc: CircuitRideError) -> None:
            self.error.show_message(service_text(exc))
            self._show([], {})

        self._on_worker(work, lambda result: self._show(*result), failed)

    def _on_worker(
        self,
        work: Callable[[Task], Any],
        done: Callable[[Any], None],
        failed: Callable[[CircuitRideError], None] | None = None,
    ) -> None:
        """Run `work` for the case shown now; its answer is dropped if the case changed meanwhile."""
        generation = self._generation

        def current(callback: Callable[[Any], None]) -> Callable[[Any], None]:
            return lambda value: callback(value) if generation == self._generation else None

        self.ctx.tasks.run(work, on_done=current(done), on_failed=current(failed or self._failed))

    def _failed(self, exc: CircuitRideError) -> None:
        self._asking = False
        self.error.show_message(service_text(exc))

    def _show(self, rows: list[tuple[str, Any]], titles: dict[str, str]) -> None:
        self._rows = rows
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
        self.loaded.emit()

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
        """The forms, interpreters and family languages are read on the worker, the choices made in
        a dialog, then the interview is recorded and the form made on the worker, and it opens."""
        if self.case_number is None or self._asking:
            return
        ws, number = self.ctx.ws, self.case_number

        def read(_task: Task) -> tuple[list[F.FormInfo], list[dict[str, Any]], list[str]]:
            return F.list_forms(ws), F.interpreters(ws), F.family_languages(ws, number)

        self._asking = True
        self._on_worker(read, lambda found: self._choose_interview(number, *found))

    def _choose_interview(
        self, number: str, forms: list[F.FormInfo], people: list[dict[str, Any]], family: list[str]
    ) -> None:
        from app.ui.forms.session import StartInterviewDialog, language_code, laptop_location

        self._asking = False
        if not forms:
            self.error.show_message(
                self.tr("No forms are installed on this laptop. Sync with HQ, or ask your team lead to install them.")
            )
            return
        dialog = StartInterviewDialog(self.ctx, forms, people, self, family_languages=family)
        if dialog.exec() != StartInterviewDialog.DialogCode.Accepted or self.case_number != number:
            return
        v, ws = dialog.values(), self.ctx.ws
        where = laptop_location().point  # started here, on the GUI thread; read from the worker

        def start(_task: Task) -> tuple[str, Any]:
            interview = F.start_interview(
                ws,
                number,
                type=v["type"],
                interpreter_id=v["interpreter_id"],
                language=language_code(v["form_lang"]),
                location=v["location"],
            )
            return interview, F.new_form(
                ws, number, v["form_id"], lang=v["form_lang"], interview_id=interview, location=where
            )

        def started(result: tuple[str, Any]) -> None:
            interview, inst = result
            self._asking = False
            self.ctx.events.case_changed.emit(number)
            self._open_dialog(inst, mode="fill", interview_id=interview)

        self._asking = True
        self._on_worker(start, started)

    def open_selected(self) -> None:
        sel = self._selected()
        if sel is None or self.case_number is None or self._asking:
            return
        kind, item = sel
        ws, number = self.ctx.ws, self.case_number
        if kind == "draft":
            mode = "amend" if item.amends else "fill"
            from app.ui.forms.session import laptop_location

            where = laptop_location().point
            self._open_on_worker(
                lambda _task: F.open_draft(ws, number, item, location=where),
                mode=mode,
                draft=item.key,
                interview_id=item.interview_id,
                submission_id=item.amends,
            )
        else:
            self._open_on_worker(lambda _task: F.open_submission(ws, item.id), mode="view", submission_id=item.id)

    def amend_selected(self) -> None:
        sel = self._selected()
        if sel is None or sel[0] != "submission" or self.case_number is None or self._asking:
            return
        item, ws = sel[1], self.ctx.ws
        self._open_on_worker(
            lambda _task: F.open_submission(ws, item.id),
            mode="amend",
            interview_id=item.interview_id,
            submission_id=item.id,
        )

    def _open_on_worker(self, make: Callable[[Task], Any], *, mode: str, **kwargs: Any) -> None:
        """Make the form instance on the worker, then open its window."""

        def opened(inst: Any) -> None:
            self._asking = False
            self._open_dialog(inst, mode=mode, **kwargs)

        self._asking = True
        self._on_worker(make, opened)

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
        ws, key = self.ctx.ws, sel[1].key
        self._on_worker(lambda _task: drafts.discard_draft(ws, key), lambda _discarded: self.reload())

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

        # Deleted once it says how it ended, not as it closes: a draft saved on the way out is
        # written on the worker, and the window says "saved" only when it is.
        def ended(_outcome: str) -> None:
            self.reload()
            dialog.deleteLater()

        dialog.finished_with.connect(ended)
        dialog.open()
        self.current_dialog = dialog


def _when(value: str) -> str:
    try:
        at = dt.datetime.fromisoformat(value)
    except ValueError:
        return value
    return format_time(at if at.tzinfo else at.replace(tzinfo=dt.UTC))
