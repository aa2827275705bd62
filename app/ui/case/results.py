"""A case's results: the officers' interview recommendations, fingerprint checks and medical
clearances, newest first (`app.services.results.list_results`), with "Record result…" (the
Adjudication page's results entry, in a dialog) and "Issue notice…" for the result selected.

The list and whether the signed-in role records results are read on the task runner's worker each
time the case page shows a case (`CaseView.case_shown`, also after every change to it). "Record
result…" is hidden, not merely disabled, from a role that may not record results.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.errors import CircuitRideError
from app.ui.adjudication.results_entry import EntryTarget, ResultsEntry, may_record, outcome_label, result_kinds
from app.ui.case.widgets import MessageLine
from app.ui.context import UiContext
from app.ui.i18n import service_text
from app.ui.notice_dialog import NoticeDialog
from app.ui.table_model import Column, RowTableModel, list_table
from app.ui.tasks import Task

if TYPE_CHECKING:
    from app.services.results import ResultInfo


class ResultDialog(QDialog):
    """The results entry for one case; closes once the result is recorded."""

    def __init__(self, ctx: UiContext, target: EntryTarget, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Record a result: {case}").replace("{case}", target.case_number))
        self.setMinimumWidth(420)
        self.entry = ResultsEntry(ctx, shortcut_scope=self)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        buttons.addButton(self.entry.record_button, QDialogButtonBox.ButtonRole.ActionRole)  # one row of buttons
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.entry, 1)
        layout.addWidget(buttons)
        self.entry.set_target(target)
        self.entry.recorded.connect(lambda _number: self.accept())


class ResultsTab(QWidget):
    loaded = Signal()  # the case's results arrived (the case page counts them in its tab)

    def __init__(self, ctx: UiContext) -> None:
        super().__init__()
        self.ctx = ctx
        self.case_number: str | None = None
        self.current_dialog: QDialog | None = None  # the dialog last opened (tests drive it)
        self._generation = 0
        kinds = result_kinds()
        self.model: RowTableModel[ResultInfo] = RowTableModel(
            [
                Column(self.tr("Date"), lambda r: r.date),
                Column(self.tr("Kind"), lambda r: kinds.get(r.kind, r.kind)),
                Column(self.tr("Outcome"), lambda r: outcome_label(r.kind, r.outcome)),
                Column(self.tr("Officer"), lambda r: r.officer, tooltip="value"),
                Column(self.tr("Follow-up"), lambda r: self.tr("Needed") if r.follow_up_needed else ""),
                Column(self.tr("Reason"), lambda r: r.reason, tooltip="value"),
            ]
        )
        self.table = list_table(self.model, self.tr("Results"))
        self.empty = QLabel(self.tr("No results recorded for this case yet."))
        self.empty.setWordWrap(True)
        self.empty.setStyleSheet("color: palette(mid);")
        self.error = MessageLine("error")
        self.record_button = QPushButton(self.tr("&Record result…"))
        self.record_button.hide()  # shown once the role is known to record results
        self.notice_button = QPushButton(self.tr("Issue notic&e…"))
        self.notice_button.setToolTip(self.tr("A notice to the family, in their language, about the result selected"))
        buttons = QHBoxLayout()
        buttons.addWidget(self.record_button)
        buttons.addStretch(1)
        buttons.addWidget(self.notice_button)
        layout = QVBoxLayout(self)
        layout.addLayout(buttons)
        layout.addWidget(self.error)
        layout.addWidget(self.empty, 0, Qt.AlignmentFlag.AlignTop)
        layout.addWidget(self.table, 1)

        self.record_button.clicked.connect(self.record_result)
        self.notice_button.clicked.connect(self.issue_notice)
        self.table.selectionModel().selectionChanged.connect(lambda _s, _d: self._enable())
        ctx.events.locked.connect(lambda: self.set_case(None))
        self._show([])

    def title(self) -> str:
        return self.tr("Res&ults (%n)", "", len(self.model.rows))

    # ----- content ---------------------------------------------------------------------------------
    def set_case(self, case_number: str | None) -> None:
        """Show this case's results (read on the worker); None shows nothing."""
        if case_number != self.case_number:
            self.error.clear_message()
        self.case_number = case_number
        self._generation += 1
        if case_number is None or not self.ctx.ws.is_unlocked:
            self.record_button.hide()
            self._show([])
            return
        ws, generation = self.ctx.ws, self._generation

        def work(_task: Task) -> tuple[list[ResultInfo], bool]:
            from app.services.results import list_results  # on the worker, as the case page's layers are

            return list_results(ws, case_number), may_record(ws)

        self.ctx.tasks.run(
            work,
            on_done=lambda found: self._read(generation, *found),
            on_failed=lambda exc: self._failed(generation, exc),
        )

    def _read(self, generation: int, results: list[ResultInfo], may: bool) -> None:
        if generation != self._generation:
            return
        self.record_button.setVisible(may)
        self._show(results)

    def _failed(self, generation: int, exc: CircuitRideError) -> None:
        if generation == self._generation:
            self.error.show_message(service_text(exc))

    def _show(self, results: list[ResultInfo]) -> None:
        selected = self.selected()
        self.model.set_rows(results)
        ids = [r.id for r in results]
        if selected is not None and selected.id in ids:
            self.table.selectRow(ids.index(selected.id))
        elif results:
            self.table.selectRow(0)
        self.empty.setVisible(not results)
        self.table.setVisible(bool(results))
        self._enable()
        self.loaded.emit()

    def selected(self) -> ResultInfo | None:
        rows = self.table.selectionModel().selectedRows()
        return self.model.row_at(rows[0].row()) if rows and rows[0].row() < len(self.model.rows) else None

    def _enable(self) -> None:
        self.notice_button.setEnabled(self.selected() is not None)

    # ----- actions ---------------------------------------------------------------------------------
    def record_result(self) -> None:
        if self.case_number is None or not self.record_button.isVisible():
            return
        target = EntryTarget(case_number=self.case_number, title=self.case_number, day="")
        dialog = ResultDialog(self.ctx, target, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
        self.current_dialog = dialog

    def issue_notice(self) -> None:
        result = self.selected()
        if self.case_number is None or result is None:
            return
        dialog = NoticeDialog(self.ctx, self.case_number, "result", result_id=result.id, parent=self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
        self.current_dialog = dialog
