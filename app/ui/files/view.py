"""The Files page: where every case's paper file is, who holds it, since when and until when.

Rows are `app.services.files.file_rows` (one query, read on the task runner's worker): overdue
files first, then those checked out, then those in their place. The filters (which files, which
site) and the search box narrow the rows already read, so a keystroke never waits on the database.

The scan field has the focus when the page opens: a USB scanner types a label's case number and
Enter, and the file's row is selected (a file hidden by the filters brings them back to every
file); with "Add scans to the selection" ticked, a pile of files is scanned into one selection.
Rows selected together (Shift/Ctrl) are checked out or in as one batch through the service, all or
nothing: a refused batch lists every reason the service gave, and nothing changed. The actions are
hidden from a role that may not move files (read on the worker). Enter or a double click on a row
asks for its case (`case_requested`, which the shell routes to the case page).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING

from PySide6.QtCore import QDate, QDateTime, QItemSelection, QItemSelectionModel, QLocale, Qt, Signal
from PySide6.QtGui import QColor, QKeyEvent, QKeySequence, QShortcut, QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QRadioButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from app.errors import CircuitRideError
from app.ui.case.widgets import MessageLine
from app.ui.context import UiContext
from app.ui.i18n import service_text
from app.ui.table_model import Column, RowTableModel
from app.ui.tasks import LatestRead, Task

if TYPE_CHECKING:
    from app.services.files import Batch, FileRow
    from app.services.workspaces import Workspace

ISO_DATE = "yyyy-MM-dd"
ALL = ""  # the filters' "every file" / "every site" choice
SHOWN = ("all", "out", "overdue", "in")  # the "Show" filter's choices
_OPEN_KEYS = (Qt.Key.Key_Return, Qt.Key.Key_Enter)
_PLAIN = (Qt.KeyboardModifier.NoModifier, Qt.KeyboardModifier.KeypadModifier)
DEFAULT_DUE_DAYS = 14  # a check-out's due date offered by default: a ride's usual length


@dataclass(frozen=True, slots=True)
class FilesRead:
    rows: list[FileRow]
    sites: list[str]
    may_move: bool
    searched: dict[str, str]  # each case number's words the search box matches, folded once


def read_files(ws: Workspace, today: dt.date | None = None) -> FilesRead:
    """Runs on the worker: every case's file (overdue against `today`, the clock's day when None),
    and whether the signed-in role may move files. The services are imported here, on the worker,
    not with the page."""
    from app.errors import PermissionDenied
    from app.services.files import file_rows
    from app.services.uow import require_permission

    rows = file_rows(ws, today=today)
    try:
        require_permission(ws, "move_files")
        may_move = True
    except PermissionDenied:
        may_move = False
    sites = sorted({r.custody.site for r in rows if r.custody.site}, key=str.casefold)
    return FilesRead(rows, sites, may_move, {r.custody.case_number: _searched(r) for r in rows})


def scanned_number(text: str) -> str:
    """A case number as a scanner types it: blanks, a line ending and lower case forgiven."""
    return text.strip().upper()


class FilesTable(QTableView):
    """Enter asks for the current row's case (Shift/Ctrl select several rows)."""

    open_requested = Signal(int)  # row

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 - Qt API
        if event.key() in _OPEN_KEYS and event.modifiers() in _PLAIN:
            if self.currentIndex().isValid():
                self.open_requested.emit(self.currentIndex().row())
            event.accept()
            return
        super().keyPressEvent(event)


class CheckoutDialog(QDialog):
    """To whom, due back when, and why: a check-out of the selected files."""

    def __init__(self, numbers: list[str], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Check out files"))
        intro = QLabel(self.tr("Check out %n file(s): {cases}", "", len(numbers)).replace("{cases}", _listed(numbers)))
        intro.setWordWrap(True)
        self.holder = QLineEdit()
        self.holder.setAccessibleName(self.tr("Checked out to"))
        self.holder.setPlaceholderText(self.tr("A person, for example Interviewer A"))
        self.due = QDateEdit(QDate.currentDate().addDays(DEFAULT_DUE_DAYS))
        self.due.setDisplayFormat(ISO_DATE)
        self.due.setCalendarPopup(True)
        self.due.setMinimumDate(QDate.currentDate())
        self.due.setAccessibleName(self.tr("Due back"))
        self.no_due = QCheckBox(self.tr("&No due date"))
        self.no_due.toggled.connect(lambda on: self.due.setEnabled(not on))
        self.reason = QLineEdit()
        self.reason.setAccessibleName(self.tr("Reason"))
        self.reason.setPlaceholderText(self.tr("Optional, for example the interview on the ride"))
        due_row = QHBoxLayout()
        due_row.addWidget(self.due)
        due_row.addWidget(self.no_due)
        due_row.addStretch(1)
        form = QFormLayout()
        form.addRow(self.tr("&To:"), self.holder)
        form.addRow(self.tr("&Due back:"), due_row)
        form.addRow(self.tr("&Reason:"), self.reason)
        due_label = form.labelForField(due_row)
        if isinstance(due_label, QLabel):
            due_label.setBuddy(self.due)  # (a label over a widget gets its buddy from addRow)
        self.problem = MessageLine("error")
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setText(self.tr("Check &out"))
        self.buttons.accepted.connect(self._accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(self.problem)
        layout.addWidget(self.buttons)
        self.setMinimumWidth(460)

    def _accept(self) -> None:
        if not self.holder.text().strip():
            self.problem.show_message(self.tr("Say who takes the files."))
            self.holder.setFocus()
            return
        self.accept()

    def values(self) -> tuple[str, str | None, str | None]:
        """(holder, due date or None, reason or None)."""
        due = None if self.no_due.isChecked() else self.due.date().toString(ISO_DATE)
        return self.holder.text().strip(), due, self.reason.text().strip() or None


class CheckinDialog(QDialog):
    """Back to each file's home (the place it was checked out from), or to another place."""

    def __init__(self, numbers: list[str], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Check in files"))
        intro = QLabel(self.tr("Check in %n file(s): {cases}", "", len(numbers)).replace("{cases}", _listed(numbers)))
        intro.setWordWrap(True)
        self.home = QRadioButton(self.tr("Back to where each was checked out &from"))
        self.home.setChecked(True)
        self.elsewhere = QRadioButton(self.tr("To &another place:"))
        self.place = QLineEdit()
        self.place.setAccessibleName(self.tr("Place"))
        self.place.setPlaceholderText(self.tr("For example Lima office, cabinet 2"))
        self.elsewhere.toggled.connect(lambda on: on and self.place.setFocus())
        self.place.textEdited.connect(lambda _t: self.elsewhere.setChecked(True))
        self.problem = MessageLine("error")
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Check &in"))
        self.buttons.accepted.connect(self._accept)
        self.buttons.rejected.connect(self.reject)
        place_row = QHBoxLayout()
        place_row.addWidget(self.elsewhere)
        place_row.addWidget(self.place, 1)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.home)
        layout.addLayout(place_row)
        layout.addWidget(self.problem)
        layout.addWidget(self.buttons)
        self.setMinimumWidth(460)

    def _accept(self) -> None:
        if self.elsewhere.isChecked() and not self.place.text().strip():
            self.problem.show_message(self.tr("Say where the files go, or return them to where they came from."))
            self.place.setFocus()
            return
        self.accept()

    def destination(self) -> str | None:
        return self.place.text().strip() if self.elsewhere.isChecked() else None


class FilesView(QWidget):
    case_requested = Signal(str)  # a case number to open on the Cases page

    (
        COL_CASE,
        COL_PRINCIPAL,
        COL_WHERE,
        COL_HOLDER,
        COL_SINCE,
        COL_DUE,
        COL_OVERDUE,
        COL_SITE,
        COL_RIDE,
    ) = range(9)

    def __init__(self, ctx: UiContext, *, today: dt.date | None = None) -> None:
        """`today`: the day against which files are overdue; None follows the clock (a test pins it
        so that a run across midnight reads the same day it set up)."""
        super().__init__()
        self.ctx = ctx
        self.today = today
        self.read: FilesRead | None = None
        self._keep: list[str] | None = None  # case numbers selected again once the files are read anew
        self._reads: LatestRead[FilesRead] = LatestRead(ctx.tasks, self._reader, self._read_done, self._read_failed)
        self._announcing = False  # telling the other pages of our own change: no read per case
        self.checkout_dialog: CheckoutDialog | None = None
        self.checkin_dialog: CheckinDialog | None = None

        heading = QLabel("<h2>" + self.tr("Paper files") + "</h2>")
        self.scan = QLineEdit()
        self.scan.setAccessibleName(self.tr("Scan a file label"))
        self.scan.setPlaceholderText(self.tr("Scan a label, or type a case number and Enter"))
        self.scan.setClearButtonEnabled(True)
        self.scan.setToolTip(self.tr("Ctrl+L comes back here; Down goes to the list"))
        self.scan.setMinimumWidth(280)
        self.add_scans = QCheckBox(self.tr("A&dd scans to the selection"))
        self.add_scans.setToolTip(self.tr("Scan several labels one after the other to check them out or in together"))
        self.shown = QComboBox()
        self.shown.setAccessibleName(self.tr("Show"))
        for code, label in zip(
            SHOWN,
            (self.tr("All files"), self.tr("Checked out"), self.tr("Overdue"), self.tr("In place")),
            strict=True,
        ):
            self.shown.addItem(label, code)
        self.site = QComboBox()
        self.site.setAccessibleName(self.tr("Site"))
        self.site.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.site.addItem(self.tr("All sites"), ALL)
        self.search = QLineEdit()
        self.search.setAccessibleName(self.tr("Search files"))
        self.search.setPlaceholderText(self.tr("Case, name, holder or place"))
        self.search.setClearButtonEnabled(True)
        self.checkout_button = QPushButton(self.tr("Check &out…"))
        self.checkout_button.setToolTip(self.tr("Check the selected files out to a person (Ctrl+Shift+O)"))
        self.checkin_button = QPushButton(self.tr("Check &in…"))
        self.checkin_button.setToolTip(self.tr("Check the selected files back in (Ctrl+Shift+I)"))
        self.open_button = QPushButton(self.tr("Op&en case"))
        self.open_button.setToolTip(self.tr("Open the selected case (Enter in the list, or Ctrl+O)"))
        for button in (self.checkout_button, self.checkin_button):
            button.hide()  # shown once the role is known to move files

        scan_row = QHBoxLayout()
        scan_label = QLabel(self.tr("&Scan:"))
        scan_label.setBuddy(self.scan)
        scan_row.addWidget(scan_label)
        scan_row.addWidget(self.scan, 1)
        scan_row.addWidget(self.add_scans)
        scan_row.addStretch(1)
        bar = QHBoxLayout()
        for caption, field in (
            (self.tr("S&how:"), self.shown),
            (self.tr("Si&te:"), self.site),
            (self.tr("Sea&rch:"), self.search),
        ):
            buddy = QLabel(caption)
            buddy.setBuddy(field)
            bar.addWidget(buddy)
            bar.addWidget(field, 1 if field is self.search else 0)
            bar.addSpacing(8)
        bar.addWidget(self.checkout_button)
        bar.addWidget(self.checkin_button)
        bar.addWidget(self.open_button)

        self.error = MessageLine("error")
        self.notice = MessageLine("notice")
        self.model: RowTableModel[FileRow] = RowTableModel(self._columns())
        self.table = FilesTable()
        self.table.setModel(self.model)
        self.table.setAccessibleName(self.tr("Paper files"))
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
        self.count = QLabel()
        self.empty = QLabel()
        self.empty.setWordWrap(True)
        self.empty.setStyleSheet("color: palette(mid);")

        layout = QVBoxLayout(self)
        layout.addWidget(heading)
        layout.addLayout(scan_row)
        layout.addLayout(bar)
        layout.addWidget(self.error)
        layout.addWidget(self.notice)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.empty, 1, Qt.AlignmentFlag.AlignTop)
        layout.addWidget(self.count)
        self.setFocusProxy(self.scan)
        self._connect()
        self._fit_columns()
        self._show()

    def _connect(self) -> None:
        self.scan.returnPressed.connect(self.find_scanned)
        self.shown.currentIndexChanged.connect(lambda _i: self._show())
        self.site.currentIndexChanged.connect(lambda _i: self._show())
        self.search.textChanged.connect(lambda _t: self._show())
        self.checkout_button.clicked.connect(self.ask_checkout)
        self.checkin_button.clicked.connect(self.ask_checkin)
        self.open_button.clicked.connect(self.open_selected)
        self.table.open_requested.connect(self._open_row)
        self.table.doubleClicked.connect(lambda index: self._open_row(index.row()))
        self.table.selectionModel().selectionChanged.connect(lambda _s, _d: self._selection_changed())
        scope = Qt.ShortcutContext.WidgetWithChildrenShortcut
        for keys, slot in (
            ("Ctrl+O", self.open_selected),
            ("Ctrl+Shift+O", self.ask_checkout),
            ("Ctrl+Shift+I", self.ask_checkin),
            ("Ctrl+L", self.focus_scan),
        ):
            QShortcut(QKeySequence(keys), self, context=scope).activated.connect(slot)
        QShortcut(QKeySequence.StandardKey.Refresh, self, context=scope).activated.connect(self.refresh)
        for field in (self.scan, self.search):  # from either field, Down goes to the list
            down = QShortcut(QKeySequence(Qt.Key.Key_Down), field, context=Qt.ShortcutContext.WidgetShortcut)
            down.activated.connect(self.table.setFocus)
        QShortcut(QKeySequence.StandardKey.Find, self, context=scope).activated.connect(self.search.setFocus)
        events = self.ctx.events
        events.case_changed.connect(self._changed_elsewhere)
        events.cases_reloaded.connect(self._changed_elsewhere)
        events.locked.connect(self.clear)
        events.unlocked.connect(self._changed_elsewhere)

    def _columns(self) -> list[Column[FileRow]]:
        right = int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return [
            Column(self.tr("Case"), lambda r: r.custody.case_number),
            Column(self.tr("Principal applicant"), lambda r: r.principal, tooltip="value"),
            Column(self.tr("Where"), self._where, tooltip=self._where_tooltip, foreground=_state_colour),
            Column(self.tr("Holder"), lambda r: r.custody.holder or "", tooltip="value"),
            Column(self.tr("Since"), lambda r: _day(r.custody.since), tooltip=lambda r: _moment(r.custody.since)),
            Column(self.tr("Due back"), lambda r: r.custody.due or ""),
            Column(
                self.tr("Days overdue"),
                lambda r: QLocale().toString(r.days_overdue) if r.days_overdue > 0 else "",
                align=right,
                foreground=_state_colour,
                tooltip=self._overdue_text,
            ),
            Column(self.tr("Site"), lambda r: r.custody.site, tooltip="value"),
            Column(self.tr("Ride"), lambda r: r.ride, tooltip="value"),
        ]

    def _where(self, r: FileRow) -> str:
        if r.state == "overdue":
            return self.tr("Checked out, overdue")
        if r.state == "out":
            return self.tr("Checked out")
        return r.custody.location or self.tr("Not recorded")

    def _where_tooltip(self, r: FileRow) -> str | None:
        if r.custody.holder is not None and r.custody.home:
            return self.tr("Checked out from {place}").replace("{place}", r.custody.home)
        return r.custody.location or None

    def _overdue_text(self, r: FileRow) -> str | None:
        if r.days_overdue <= 0:
            return None
        return self.tr("%n day(s) overdue", "", r.days_overdue)

    # ----- reading ---------------------------------------------------------------------------------
    def refresh(self) -> None:
        """Read every file anew (on the worker)."""
        if not self.ctx.ws.is_unlocked:
            return
        if self._keep is None:
            self._keep = self.selected_numbers()
        self._reads.request()

    def _reader(self) -> Callable[[Task], FilesRead]:
        ws, today = self.ctx.ws, self.today
        return lambda _task: read_files(ws, today)

    def _read_done(self, read: FilesRead) -> None:
        self.read = read
        for button in (self.checkout_button, self.checkin_button):
            button.setVisible(read.may_move)
        self._set_sites(read.sites)
        self._show()

    def _read_failed(self, exc: CircuitRideError) -> None:
        self.read = None
        self._show()
        self.empty.hide()  # the error says why there is nothing
        self.error.show_message(service_text(exc))

    def _set_sites(self, sites: list[str]) -> None:
        chosen = str(self.site.currentData() or ALL)
        self.site.blockSignals(True)
        try:
            self.site.clear()
            self.site.addItem(self.tr("All sites"), ALL)
            for site in sites:
                self.site.addItem(site, site)
            self.site.setCurrentIndex(max(0, self.site.findData(chosen)))
        finally:
            self.site.blockSignals(False)

    def _changed_elsewhere(self, *_args: object) -> None:
        if self.isVisible() and not self._announcing:
            self.refresh()

    def clear(self) -> None:
        """On lock: show nothing of the workspace."""
        self._reads.forget()
        self.read = None
        self._keep = None
        for dialog in (self.checkout_dialog, self.checkin_dialog):
            if dialog is not None:
                dialog.reject()
        self.checkout_button.hide()
        self.checkin_button.hide()
        self.scan.clear()
        self.search.clear()
        self.error.clear_message()
        self.notice.clear_message()
        self._show()

    # ----- showing ---------------------------------------------------------------------------------
    def rows(self) -> list[FileRow]:
        """The rows shown: those read, narrowed by the filters and the search."""
        if self.read is None:
            return []
        shown, site = str(self.shown.currentData() or "all"), str(self.site.currentData() or ALL)
        words = self.search.text().casefold().split()
        return [
            r
            for r in self.read.rows
            if (shown == "all" or r.state == shown or (shown == "out" and r.state == "overdue"))
            and (site == ALL or r.custody.site == site)
            and all(w in self.read.searched.get(r.custody.case_number, "") for w in words)
        ]

    def _show(self) -> None:
        keep = self._keep if self._keep is not None else self.selected_numbers()
        self._keep = None
        rows = self.rows()
        self.model.set_rows(rows)
        self._select_numbers(keep)
        self._update_count()
        self.empty.setText(self._empty_text())
        self.empty.setVisible(not rows)
        self.table.setVisible(bool(rows))
        self._selection_changed()

    def _update_count(self) -> None:
        if self.read is None:
            self.count.setText("")
            return
        rows = self.model.rows
        out = sum(1 for r in rows if r.state != "in")
        late = sum(1 for r in rows if r.state == "overdue")
        self.count.setText(
            " · ".join(
                (
                    self.tr("%n file(s)", "", len(rows)),
                    self.tr("%n checked out", "", out),
                    self.tr("%n overdue", "", late),
                    self.tr("%n selected", "", len(self.selected_numbers())),
                )
            )
        )

    def _empty_text(self) -> str:
        if self.read is None:
            return self.tr("Reading the files…") if self.ctx.ws.is_unlocked else ""
        if not self.read.rows:
            return self.tr("There are no cases in this workspace yet.")
        return self.tr("No file matches the filters and the search.")

    def _select_numbers(self, numbers: list[str], *, add: bool = False) -> int | None:
        """Select the rows of `numbers` (added to the selection when `add`); the first one's row."""
        where = {r.custody.case_number: i for i, r in enumerate(self.model.rows)}
        found = [where[n] for n in numbers if n in where]
        selection_model = self.table.selectionModel()
        if not found:
            if not add:
                selection_model.clearSelection()
            return None
        selection = QItemSelection()
        last = self.model.columnCount() - 1
        for row in found:
            selection.select(self.model.index(row, 0), self.model.index(row, last))
        flags = QItemSelectionModel.SelectionFlag.Select if add else QItemSelectionModel.SelectionFlag.ClearAndSelect
        selection_model.select(selection, flags | QItemSelectionModel.SelectionFlag.Rows)
        current = self.model.index(found[0], self.COL_CASE)
        selection_model.setCurrentIndex(current, QItemSelectionModel.SelectionFlag.NoUpdate)
        self.table.scrollTo(current)
        return found[0]

    def selected_numbers(self) -> list[str]:
        """The case numbers of the selected rows, in the order shown."""
        rows = sorted({i.row() for i in self.table.selectionModel().selectedRows()})
        return [self.model.row_at(r).custody.case_number for r in rows if r < len(self.model.rows)]

    def _selection_changed(self) -> None:
        chosen = bool(self.selected_numbers())
        for button in (self.checkout_button, self.checkin_button, self.open_button):
            button.setEnabled(chosen)
        self._update_count()

    # ----- the scan field ---------------------------------------------------------------------------
    def focus_scan(self) -> None:
        self.scan.setFocus()
        self.scan.selectAll()

    def find_scanned(self) -> None:
        """Select the row of the case number scanned (or typed), clearing the field for the next."""
        if self.read is None:
            return  # still reading: the scanned text stays for Enter once the list is in
        number = scanned_number(self.scan.text())
        self.scan.clear()
        if not number:
            return
        self.error.clear_message()
        self.notice.clear_message()
        if number not in {r.custody.case_number for r in self.read.rows}:
            self.error.show_message(
                self.tr("No case {case} in this workspace: check the label, or scan it again.").replace(
                    "{case}", number
                )
            )
            return
        if number not in {r.custody.case_number for r in self.model.rows}:
            # Hidden by the filters: show every file again rather than say it is not there.
            keep = self.selected_numbers() if self.add_scans.isChecked() else []
            for widget in (self.shown, self.site, self.search):
                widget.blockSignals(True)
            self.shown.setCurrentIndex(0)
            self.site.setCurrentIndex(0)
            self.search.clear()
            for widget in (self.shown, self.site, self.search):
                widget.blockSignals(False)
            self._keep = keep
            self._show()
        self._select_numbers([number], add=self.add_scans.isChecked())
        row = next(r for r in self.model.rows if r.custody.case_number == number)
        self.notice.show_message(
            self.tr("Found {case}: {where}.").replace("{case}", number).replace("{where}", self._told(row))
        )

    def _told(self, r: FileRow) -> str:
        if r.custody.holder is None:
            return self.tr("in its place, {place}").replace("{place}", r.custody.location or self.tr("not recorded"))
        text = self.tr("checked out to {holder}").replace("{holder}", r.custody.holder)
        if r.days_overdue > 0:
            text += " · " + self.tr("%n day(s) overdue", "", r.days_overdue)
        elif r.custody.due:
            text += " · " + self.tr("due back {day}").replace("{day}", r.custody.due)
        return text

    # ----- actions ---------------------------------------------------------------------------------
    def open_selected(self) -> None:
        index = self.table.currentIndex()
        if index.isValid():
            self._open_row(index.row())
        elif self.selected_numbers():
            self.case_requested.emit(self.selected_numbers()[0])

    def _open_row(self, row: int) -> None:
        if 0 <= row < len(self.model.rows):
            self.case_requested.emit(self.model.row_at(row).custody.case_number)

    def _may_move(self) -> bool:
        return self.read is not None and self.read.may_move

    def ask_checkout(self) -> None:
        numbers = self.selected_numbers()
        if not numbers or not self._may_move():
            return
        dialog = CheckoutDialog(numbers, self)
        self.checkout_dialog = dialog
        dialog.accepted.connect(lambda: self.check_out(numbers, *dialog.values()))
        dialog.finished.connect(lambda _r: self._dialog_closed(dialog))
        dialog.holder.setFocus()  # where the keyboard is once the dialog is active
        dialog.open()

    def ask_checkin(self) -> None:
        numbers = self.selected_numbers()
        if not numbers or not self._may_move():
            return
        dialog = CheckinDialog(numbers, self)
        self.checkin_dialog = dialog
        dialog.accepted.connect(lambda: self.check_in(numbers, dialog.destination()))
        dialog.finished.connect(lambda _r: self._dialog_closed(dialog))
        dialog.open()

    def _dialog_closed(self, dialog: QDialog) -> None:
        if dialog is self.checkout_dialog:
            self.checkout_dialog = None
        if dialog is self.checkin_dialog:
            self.checkin_dialog = None
        dialog.deleteLater()

    def check_out(self, numbers: list[str], holder: str, due: str | None, reason: str | None) -> None:
        """Check the files of `numbers` out to `holder`, as one batch (on the worker)."""
        ws = self.ctx.ws

        def work(_task: Task) -> Batch:
            from app.services.files import checkout

            return checkout(ws, numbers, holder, due=due, reason=reason)

        self._run_batch(work, numbers)

    def check_in(self, numbers: list[str], to: str | None) -> None:
        """Check the files of `numbers` back in (to their home, or to `to`), as one batch."""
        ws = self.ctx.ws

        def work(_task: Task) -> Batch:
            from app.services.files import checkin

            return checkin(ws, numbers, to=to)

        self._run_batch(work, numbers)

    def _run_batch(self, work: Callable[[Task], Batch], numbers: list[str]) -> None:
        self.error.clear_message()
        self.notice.clear_message()
        for button in (self.checkout_button, self.checkin_button):
            button.setEnabled(False)

        def done(batch: Batch) -> None:
            parts = []
            if batch.changed:
                parts.append(self.tr("%n file(s) moved", "", len(batch.changed)))
            if batch.unchanged:
                parts.append(self.tr("%n already held by that person: unchanged", "", len(batch.unchanged)))
            self.notice.show_message("; ".join(parts) + ".")
            self._keep = numbers
            self._announcing = True
            try:
                if len(numbers) == 1:
                    self.ctx.events.case_changed.emit(numbers[0])
                else:
                    self.ctx.events.cases_reloaded.emit()  # many cases changed: every page reads again
            finally:
                self._announcing = False
            self.refresh()

        def failed(exc: CircuitRideError) -> None:
            self._selection_changed()
            self.error.show_message(self._refusal_text(exc))

        self.ctx.tasks.run(work, on_done=done, on_failed=failed)

    def _refusal_text(self, exc: CircuitRideError) -> str:
        """Every reason of a refused batch, one a line; any other error in its own words."""
        reasons = getattr(exc, "reasons", None)
        if not reasons:
            return service_text(exc)
        lines = [self.tr("Nothing was changed:")]
        for reason in reasons:
            text = service_text(reason)
            lines.append(f"• {text[:1].upper()}{text[1:]}")
        return "\n".join(lines)

    # ----- layout ----------------------------------------------------------------------------------
    def _fit_columns(self) -> None:
        widths = {
            self.COL_CASE: 96,
            self.COL_PRINCIPAL: 170,
            self.COL_WHERE: 230,
            self.COL_HOLDER: 160,
            self.COL_SINCE: 88,
            self.COL_DUE: 88,
            self.COL_OVERDUE: 100,
            self.COL_SITE: 100,
        }
        header = self.table.horizontalHeader()
        for column, width in widths.items():
            header.resizeSection(column, width)

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 - Qt API
        super().showEvent(event)
        self.focus_scan()
        self.refresh()


OVERDUE_COLOUR = QColor("#b00020")  # the message lines' error red
OUT_COLOUR = QColor("#1a4f8b")


def _state_colour(r: FileRow) -> QColor | None:
    # A QColor, not a Qt.GlobalColor: PySide hands a bare enum to the view as no colour at all.
    if r.state == "overdue":
        return OVERDUE_COLOUR
    return OUT_COLOUR if r.state == "out" else None


def _searched(r: FileRow) -> str:
    c = r.custody
    return " ".join(
        x for x in (c.case_number, r.principal, c.location, c.holder, c.home, c.site, r.ride) if x
    ).casefold()


def _day(iso: str | None) -> str:
    """An ISO time (UTC) as the laptop's own calendar day."""
    moment = _parsed(iso)
    return moment.toLocalTime().date().toString(ISO_DATE) if moment is not None else (iso or "")[:10]


def _parsed(iso: str | None) -> QDateTime | None:
    if not iso:
        return None
    moment = QDateTime.fromString(iso, Qt.DateFormat.ISODateWithMs)
    if not moment.isValid():
        moment = QDateTime.fromString(iso, Qt.DateFormat.ISODate)
    return moment if moment.isValid() else None


def _moment(iso: str | None) -> str | None:
    """An ISO time (UTC) in the laptop's own time and the locale's short format."""
    moment = _parsed(iso)
    return QLocale().toString(moment.toLocalTime(), QLocale.FormatType.ShortFormat) if moment is not None else iso


def _listed(numbers: list[str]) -> str:
    shown = ", ".join(numbers[:8])
    return shown + (" …" if len(numbers) > 8 else "")
