"""The "Quality findings" tab: every finding the checks keep, open first and most severe first, to
be worked by the team lead.

The rows are read on the worker (`read_findings`); the filters (status, rule, case number) narrow
the rows already read, so a keystroke never waits on the database, and a header click sorts them
(severity high first, dates in order). "Run checks" runs `app.services.qc.run_qc` on the worker
and says what it found and closed. The actions work on the selected findings, through the
services: Assign to… and Dismiss… are hidden from a role that may not (a team lead's acts), and
Resolve… is offered to other roles only for findings assigned to them, as the service allows.
Enter or a double click on a row asks for its case (`case_requested`).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QItemSelection, QItemSelectionModel, QModelIndex, QSortFilterProxyModel, Qt, Signal
from PySide6.QtGui import QColor, QKeyEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from app.errors import CircuitRideError
from app.ui.case.widgets import MessageLine
from app.ui.context import UiContext
from app.ui.i18n import service_text
from app.ui.reports import labels
from app.ui.reports.dialogs import AssignFindingsDialog, DismissFindingsDialog, Outcome, ResolveFindingsDialog
from app.ui.reports.read import FindingsRead, read_findings
from app.ui.service_dialog import ServiceDialog
from app.ui.table_model import Column, RowTableModel
from app.ui.tasks import LatestRead, Task
from app.ui.work import labels as work_labels

if TYPE_CHECKING:
    from app.services.qc import FindingInfo, QcSummary

ALL = ""  # a filter's "every …" choice
OPEN_STATUSES = "open+assigned"  # the status filter's "still to fix" choice
SORT_ROLE = int(Qt.ItemDataRole.UserRole) + 1
_OPEN_KEYS = (Qt.Key.Key_Return, Qt.Key.Key_Enter)
_PLAIN = (Qt.KeyboardModifier.NoModifier, Qt.KeyboardModifier.KeypadModifier)
CLOSED_COLOUR = "#6b6b6b"  # fixed and dismissed rows: read, but quieter


class FindingsTable(QTableView):
    """Enter asks for the current row's case (Shift/Ctrl select several rows)."""

    open_requested = Signal(QModelIndex)

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 - Qt API
        if event.key() in _OPEN_KEYS and event.modifiers() in _PLAIN:
            if self.currentIndex().isValid():
                self.open_requested.emit(self.currentIndex())
            event.accept()
            return
        super().keyPressEvent(event)


class FindingsTab(QWidget):
    case_requested = Signal(str)  # a case number to open
    changed = Signal()  # findings were changed here (the dashboard and other pages read again)

    (COL_SEVERITY, COL_RULE, COL_CASE, COL_PERSON, COL_STATUS, COL_ASSIGNEE, COL_FOUND, COL_DETAIL) = range(8)

    def __init__(self, ctx: UiContext, *, today: dt.date | None = None) -> None:
        """`today`: the day the checks judge by (None: the laptop's date; the demo's screenshots fix it)."""
        super().__init__()
        self.ctx = ctx
        self.today = today
        self.read: FindingsRead | None = None
        self.dialog: ServiceDialog | None = None
        self._reads: LatestRead[FindingsRead] = LatestRead(ctx.tasks, self._reader, self._read_done, self._read_failed)
        self._keep: list[str] | None = None  # finding ids selected again once read anew

        self.status = QComboBox()
        self.status.setAccessibleName(self.tr("Status"))
        self.rule = QComboBox()
        self.rule.setAccessibleName(self.tr("Check"))
        self.rule.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.case_filter = QLineEdit()
        self.case_filter.setAccessibleName(self.tr("Case number"))
        self.case_filter.setPlaceholderText(self.tr("Case number"))
        self.case_filter.setClearButtonEnabled(True)
        self.run_button = QPushButton(self.tr("Run &checks"))
        self.run_button.setToolTip(
            self.tr("Run every quality check over the workspace; findings that no longer hold are closed")
        )
        self.assign_button = QPushButton(self.tr("&Assign to…"))
        self.assign_button.setToolTip(self.tr("Give the selected findings to a member of the team"))
        self.resolve_button = QPushButton(self.tr("Re&solve…"))
        self.resolve_button.setToolTip(self.tr("Mark the selected findings fixed, saying how"))
        self.dismiss_button = QPushButton(self.tr("&Dismiss…"))
        self.dismiss_button.setToolTip(self.tr("Dismiss the selected findings as not a problem, saying why"))
        self.open_button = QPushButton(self.tr("Op&en case"))
        self.open_button.setToolTip(self.tr("Open the selected finding's case (Enter in the list)"))
        for button in (self.run_button, self.assign_button, self.resolve_button, self.dismiss_button):
            button.hide()  # shown once the role is known
        self._fill_filters()

        bar = QHBoxLayout()
        for caption, field in (
            (self.tr("S&tatus:"), self.status),
            (self.tr("C&heck:"), self.rule),
            (self.tr("Ca&se:"), self.case_filter),
        ):
            buddy = QLabel(caption)
            buddy.setBuddy(field)
            bar.addWidget(buddy)
            bar.addWidget(field)
            bar.addSpacing(8)
        bar.addStretch(1)
        bar.addWidget(self.run_button)
        actions = QHBoxLayout()
        for button in (self.assign_button, self.resolve_button, self.dismiss_button, self.open_button):
            actions.addWidget(button)
        actions.addStretch(1)

        self.notice = MessageLine("notice")
        self.error = MessageLine("error")
        self.model: RowTableModel[FindingInfo] = RowTableModel(self._columns())
        self.proxy = QSortFilterProxyModel(self)
        self.proxy.setSourceModel(self.model)
        self.proxy.setSortRole(SORT_ROLE)
        self.table = FindingsTable()
        self.table.setModel(self.proxy)
        self.table.setAccessibleName(self.tr("Quality findings"))
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setAlternatingRowColors(True)
        self.table.verticalHeader().hide()
        self.table.verticalHeader().setDefaultSectionSize(self.table.fontMetrics().height() + 10)
        self.table.setWordWrap(False)
        self.table.setTextElideMode(Qt.TextElideMode.ElideRight)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)
        header.setSortIndicator(-1, Qt.SortOrder.AscendingOrder)  # the service's order until a header is clicked
        self.table.setSortingEnabled(True)
        self.count = QLabel()
        self.empty = QLabel()
        self.empty.setWordWrap(True)
        self.empty.setStyleSheet("color: palette(mid);")

        layout = QVBoxLayout(self)
        layout.addLayout(bar)
        layout.addLayout(actions)
        layout.addWidget(self.notice)
        layout.addWidget(self.error)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.empty, 1, Qt.AlignmentFlag.AlignTop)
        layout.addWidget(self.count)
        self._fit_columns()
        self._connect()
        self._show()

    def _fill_filters(self) -> None:
        statuses = labels.finding_statuses()
        self.status.addItem(self.tr("Still to fix (open or assigned)"), OPEN_STATUSES)
        self.status.addItem(self.tr("Every status"), ALL)
        for code, text in statuses.items():
            self.status.addItem(text, code)
        self.rule.addItem(self.tr("Every check"), ALL)
        for code, text in work_labels.rules().items():
            self.rule.addItem(text, code)

    def _connect(self) -> None:
        self.status.currentIndexChanged.connect(lambda _i: self._show())
        self.rule.currentIndexChanged.connect(lambda _i: self._show())
        self.case_filter.textChanged.connect(lambda _t: self._show())
        self.run_button.clicked.connect(self.run_checks)
        self.assign_button.clicked.connect(self.ask_assign)
        self.resolve_button.clicked.connect(self.ask_resolve)
        self.dismiss_button.clicked.connect(self.ask_dismiss)
        self.open_button.clicked.connect(self.open_selected)
        self.table.open_requested.connect(self._open_index)
        self.table.doubleClicked.connect(self._open_index)
        self.table.selectionModel().selectionChanged.connect(lambda _s, _d: self._selection_changed())
        scope = Qt.ShortcutContext.WidgetWithChildrenShortcut
        QShortcut(QKeySequence.StandardKey.Find, self, context=scope).activated.connect(self.case_filter.setFocus)
        down = QShortcut(QKeySequence(Qt.Key.Key_Down), self.case_filter, context=Qt.ShortcutContext.WidgetShortcut)
        down.activated.connect(self.table.setFocus)

    # ----- columns ---------------------------------------------------------------------------------
    def _columns(self) -> list[Column[FindingInfo]]:
        rules, severities, statuses = work_labels.rules(), work_labels.severities(), labels.finding_statuses()
        icons = {code: labels.severity_icon(code) for code in labels.SEVERITY_RANK}
        decoration = int(Qt.ItemDataRole.DecorationRole)

        def quiet(r: FindingInfo) -> Any:
            return QColor(CLOSED_COLOUR) if r.status in ("fixed", "dismissed") else None

        def sort(key: Any) -> dict[int, Any]:
            return {SORT_ROLE: key}

        return [
            Column(
                self.tr("Severity"),
                lambda r: work_labels.label(severities, r.severity),
                foreground=lambda r: quiet(r) or labels.SEVERITY_COLOURS.get(r.severity),
                roles={decoration: lambda r: icons.get(r.severity)}
                | sort(lambda r: (labels.SEVERITY_RANK.get(r.severity, 9), r.case_number)),
            ),
            Column(
                self.tr("Problem"),
                lambda r: work_labels.label(rules, r.rule),
                tooltip="value",
                foreground=quiet,
                roles=sort(lambda r: work_labels.label(rules, r.rule).casefold()),
            ),
            Column(
                self.tr("Case"),
                lambda r: r.case_number,
                tooltip=self._case_tooltip,
                foreground=quiet,
                roles=sort(lambda r: r.case_number),
            ),
            Column(
                self.tr("Person"),
                lambda r: r.person_name,
                tooltip="value",
                foreground=quiet,
                roles=sort(lambda r: r.person_name.casefold()),
            ),
            Column(
                self.tr("Status"),
                lambda r: work_labels.label(statuses, r.status),
                tooltip=self._status_tooltip,
                foreground=quiet,
                roles=sort(lambda r: labels.STATUS_RANK.get(r.status, 9)),
            ),
            Column(
                self.tr("Assigned to"),
                lambda r: r.assignee or "",
                foreground=quiet,
                roles=sort(lambda r: (r.assignee or "\uffff").casefold()),
            ),
            Column(
                self.tr("Found"),
                lambda r: r.found_on.isoformat() if r.found_on else "",
                foreground=quiet,
                roles=sort(lambda r: r.found_on.isoformat() if r.found_on else ""),
            ),
            Column(
                self.tr("Detail"),
                lambda r: r.detail,
                tooltip="value",
                foreground=quiet,
                roles=sort(lambda r: r.detail.casefold()),
            ),
        ]

    def _case_tooltip(self, r: FindingInfo) -> str | None:
        if r.other_case_number:
            return self.tr("Possibly the same person as one in case {case}").replace("{case}", r.other_case_number)
        return None

    def _status_tooltip(self, r: FindingInfo) -> str | None:
        if r.status == "fixed" and r.note:
            return self.tr("Fixed: {note}").replace("{note}", r.note)
        if r.status == "dismissed" and r.note:
            return self.tr("Dismissed: {note}").replace("{note}", r.note)
        return None

    # ----- reading ---------------------------------------------------------------------------------
    def refresh(self) -> None:
        """Read every finding anew (on the worker)."""
        if not self.ctx.ws.is_unlocked:
            return
        if self._keep is None:
            self._keep = self.selected_ids()
        self._reads.request()
        if self.read is None:
            self._show()  # says the findings are being read

    def _reader(self) -> Callable[[Task], FindingsRead]:
        ws = self.ctx.ws
        return lambda _task: read_findings(ws)

    def _read_done(self, read: FindingsRead) -> None:
        self.read = read
        self.run_button.setVisible(read.may_run)
        self.assign_button.setVisible(read.may_assign)
        self.dismiss_button.setVisible(read.may_dismiss)
        self.resolve_button.setVisible(read.may_run)  # the service's `edit_cases`, then its own rule
        self._show()

    def _read_failed(self, exc: CircuitRideError) -> None:
        self.read = None
        self._show()
        self.empty.hide()  # the error says why there is nothing
        self.error.show_message(service_text(exc))

    def clear(self) -> None:
        """On lock: show nothing of the workspace."""
        self._reads.forget()
        self.read = None
        self._keep = None
        if self.dialog is not None:
            self.dialog.reject()
        for button in (self.run_button, self.assign_button, self.resolve_button, self.dismiss_button):
            button.hide()
        self.case_filter.clear()
        self.notice.clear_message()
        self.error.clear_message()
        self._show()

    # ----- showing ---------------------------------------------------------------------------------
    def rows(self) -> list[FindingInfo]:
        """The rows shown: those read, narrowed by the filters."""
        if self.read is None:
            return []
        status, rule = str(self.status.currentData() or ALL), str(self.rule.currentData() or ALL)
        typed = self.case_filter.text().strip().casefold()
        return [
            r
            for r in self.read.rows
            if (status == ALL or r.status == status or (status == OPEN_STATUSES and r.status in ("open", "assigned")))
            and (rule == ALL or r.rule == rule)
            and (not typed or typed in r.case_number.casefold() or typed in (r.other_case_number or "").casefold())
        ]

    def _show(self) -> None:
        keep = self._keep if self._keep is not None else self.selected_ids()
        self._keep = None
        rows = self.rows()
        self.model.set_rows(rows)
        self._select_ids(keep)
        self.empty.setText(self._empty_text())
        self.empty.setVisible(not rows)
        self.table.setVisible(bool(rows))
        self._selection_changed()

    def _empty_text(self) -> str:
        if self.read is None:
            return self.tr("Reading the quality findings…") if self.ctx.ws.is_unlocked else ""
        if not self.read.rows:
            if self.read.may_run:
                return self.tr("No quality findings yet. Run the checks to look for problems in every case.")
            return self.tr("No quality findings yet. A team lead runs the checks.")
        return self.tr("No finding matches the filters.")

    def _update_count(self) -> None:
        if self.read is None:
            self.count.setText("")
            return
        rows = self.model.rows
        still = sum(1 for r in rows if r.status in ("open", "assigned"))
        high = sum(1 for r in rows if r.status in ("open", "assigned") and r.severity == "high")
        self.count.setText(
            " · ".join(
                (
                    self.tr("%n finding(s) shown", "", len(rows)),
                    self.tr("%n still to fix", "", still),
                    self.tr("%n of high severity", "", high),
                    self.tr("%n selected", "", len(self.selected_ids())),
                )
            )
        )

    def selected_rows(self) -> list[FindingInfo]:
        """The selected findings, in the order shown."""
        proxy_rows = sorted({i.row() for i in self.table.selectionModel().selectedRows()})
        out = []
        for proxy_row in proxy_rows:
            source = self.proxy.mapToSource(self.proxy.index(proxy_row, 0))
            if source.isValid() and source.row() < len(self.model.rows):
                out.append(self.model.row_at(source.row()))
        return out

    def selected_ids(self) -> list[str]:
        return [r.id for r in self.selected_rows()]

    def _select_ids(self, ids: list[str]) -> None:
        wanted = set(ids)
        selection = QItemSelection()
        first: QModelIndex | None = None
        last = self.proxy.columnCount() - 1
        for proxy_row in range(self.proxy.rowCount()):
            source = self.proxy.mapToSource(self.proxy.index(proxy_row, 0))
            if self.model.row_at(source.row()).id in wanted:
                selection.select(self.proxy.index(proxy_row, 0), self.proxy.index(proxy_row, last))
                first = first or self.proxy.index(proxy_row, self.COL_CASE)
        model = self.table.selectionModel()
        if first is None:
            model.clearSelection()
            return
        flags = QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows
        model.select(selection, flags)
        model.setCurrentIndex(first, QItemSelectionModel.SelectionFlag.NoUpdate)
        self.table.scrollTo(first)

    def _selection_changed(self) -> None:
        chosen = self.selected_rows()
        working = [r for r in chosen if r.status in ("open", "assigned")]
        read = self.read
        self.assign_button.setEnabled(bool(working) and len(working) == len(chosen))
        self.dismiss_button.setEnabled(bool(chosen) and all(r.status != "dismissed" for r in chosen))
        self.resolve_button.setEnabled(bool(working) and len(working) == len(chosen) and self._may_resolve(working))
        if read is not None and not read.may_dismiss:
            self.resolve_button.setToolTip(
                self.tr("Mark the selected findings fixed, saying how (those assigned to you)")
            )
        self.open_button.setEnabled(bool(chosen))
        self._update_count()

    def _may_resolve(self, rows: list[FindingInfo]) -> bool:
        read = self.read
        if read is None:
            return False
        return read.may_dismiss or all(r.assignee == read.me for r in rows)

    # ----- actions ---------------------------------------------------------------------------------
    def _open_index(self, index: QModelIndex) -> None:
        if not index.isValid():
            return
        source = self.proxy.mapToSource(index)
        if 0 <= source.row() < len(self.model.rows):
            self.case_requested.emit(self.model.row_at(source.row()).case_number)

    def open_selected(self) -> None:
        index = self.table.currentIndex()
        if index.isValid():
            self._open_index(index)
        elif self.selected_rows():
            self.case_requested.emit(self.selected_rows()[0].case_number)

    def run_checks(self) -> None:
        """Run every rule over the workspace (on the worker) and say what changed."""
        if self.read is None or not self.read.may_run:
            return
        ws, today = self.ctx.ws, self.today
        self.run_button.setEnabled(False)
        self.error.clear_message()
        self.notice.show_message(self.tr("Running the quality checks over every case…"))

        def work(_task: Any) -> QcSummary:
            from app.services.qc import run_qc

            return run_qc(ws, today)

        def done(summary: QcSummary) -> None:
            self.run_button.setEnabled(True)
            self.notice.show_message(self._summary_text(summary))
            self._changed()

        def failed(exc: CircuitRideError) -> None:
            self.run_button.setEnabled(True)
            self.notice.clear_message()
            self.error.show_message(service_text(exc))

        self.ctx.tasks.run(work, on_done=done, on_failed=failed)

    def _summary_text(self, summary: QcSummary) -> str:
        parts = [self.tr("Checks done: %n finding(s) hold now.", "", summary.found)]
        parts.append(self.tr("%n new.", "", summary.new))
        parts.append(self.tr("%n closed because the problem is gone.", "", summary.closed))
        if summary.reopened:
            parts.append(self.tr("%n opened again.", "", summary.reopened))
        if summary.forms_skipped:
            parts.append(
                self.tr(
                    "%n submitted form(s) could not be checked: their form is not installed.", "", summary.forms_skipped
                )
            )
        return " ".join(parts)

    def ask_assign(self) -> None:
        rows = self.selected_rows()
        if not rows or self.read is None or not self.read.may_assign:
            return
        dialog = AssignFindingsDialog(
            self.ctx, [r.id for r in rows], [r.case_number for r in rows], self.read.users, self
        )
        self._open_dialog(
            dialog,
            lambda o: self.tr("Assigned %n finding(s) to {user}.", "", len(o.done)).replace("{user}", dialog.chosen()),
        )

    def ask_resolve(self) -> None:
        rows = self.selected_rows()
        if not rows or not self._may_resolve(rows):
            return
        dialog = ResolveFindingsDialog(self.ctx, [r.id for r in rows], [r.case_number for r in rows], self)
        self._open_dialog(dialog, lambda o: self.tr("Marked %n finding(s) fixed.", "", len(o.done)))

    def ask_dismiss(self) -> None:
        rows = self.selected_rows()
        if not rows or self.read is None or not self.read.may_dismiss:
            return
        dialog = DismissFindingsDialog(self.ctx, [r.id for r in rows], [r.case_number for r in rows], self)
        self._open_dialog(dialog, lambda o: self.tr("Dismissed %n finding(s).", "", len(o.done)))

    def _open_dialog(
        self, dialog: AssignFindingsDialog | ResolveFindingsDialog | DismissFindingsDialog, said: Any
    ) -> None:
        self.dialog = dialog
        ids = list(dialog.ids)

        def accepted() -> None:
            outcome: Outcome = dialog.outcome()
            text = said(outcome)
            if outcome.refused:
                reasons = "; ".join(dict.fromkeys(service_text(exc) for _fid, exc in outcome.refused))
                text += " " + self.tr("%n not changed: {reasons}", "", len(outcome.refused)).replace(
                    "{reasons}", reasons
                )
            self.error.clear_message()
            self.notice.show_message(text)
            self._keep = ids
            self._changed()

        def finished(_result: int) -> None:
            if self.dialog is dialog:
                self.dialog = None
            dialog.deleteLater()

        dialog.accepted.connect(accepted)
        dialog.finished.connect(finished)
        dialog.open()

    def _changed(self) -> None:
        self.changed.emit()
        self.refresh()

    # ----- layout ----------------------------------------------------------------------------------
    def _fit_columns(self) -> None:
        widths = {
            self.COL_SEVERITY: 96,
            self.COL_RULE: 250,
            self.COL_CASE: 100,
            self.COL_PERSON: 170,
            self.COL_STATUS: 90,
            self.COL_ASSIGNEE: 110,
            self.COL_FOUND: 92,
        }
        header = self.table.horizontalHeader()
        for column, width in widths.items():
            header.resizeSection(column, width)
