"""The Adjudication page: the day's docket of the visiting officers, and the fast results entry.

The docket is `app.services.docket.docket_for` for a day (and a site), with the results recorded
for each case that day (`results.list_results`), read on the task runner's worker; the officer
filter narrows what was read. Rows are listed by officer, then time. In the table, typing a case number finds its row and
Enter (or Ctrl+O) asks for the case (`case_requested`, which the shell routes to the case page).
Beside it, the results entry records a result for the selected row and then moves to the next
one, so a whole docket is entered from the keyboard; it is hidden from a role that may not
record results. "Export docket…" writes the Word docket through `docket.write_docket`.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QDate, QElapsedTimer, QLocale, Qt, Signal
from PySide6.QtGui import QKeyEvent, QKeySequence, QShortcut, QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QComboBox,
    QDateEdit,
    QFileDialog,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from app.errors import CircuitRideError
from app.ui.adjudication.results_entry import ISO_DATE, EntryTarget, ResultsEntry, may_record, outcome_label
from app.ui.case import labels as L
from app.ui.case.widgets import MessageLine
from app.ui.context import UiContext
from app.ui.i18n import service_text
from app.ui.notice_dialog import SavedFileLine, documents_folder
from app.ui.table_model import Column, RowTableModel
from app.ui.tasks import Task

if TYPE_CHECKING:
    from app.reports.model import DocketRow
    from app.services.results import ResultInfo
    from app.services.workspaces import Workspace

ALL = ""  # the filters' "every site" / "every officer" choice
NO_OFFICER = "\x00none"  # the officer filter's choice for appointments with no officer named yet
_OPEN_KEYS = (Qt.Key.Key_Return, Qt.Key.Key_Enter)
_PLAIN = (Qt.KeyboardModifier.NoModifier, Qt.KeyboardModifier.KeypadModifier)
RESULT_KINDS_BY_TYPE = {"interview": "interview", "fingerprints": "fingerprints", "medical": "medical"}


@dataclass(frozen=True, slots=True)
class DocketEntry:
    """One appointment of the day as the page lists it."""

    officer: str
    row: DocketRow
    appointment_id: str | None
    results: tuple[ResultInfo, ...]  # recorded for the case on the docket's day, of the appointment's kind

    @property
    def key(self) -> str:
        return self.appointment_id or f"{self.row.case_number}|{self.row.start.isoformat()}|{self.officer}"


@dataclass(frozen=True, slots=True)
class DocketRead:
    day: str
    site: str
    entries: list[DocketEntry]
    sites: list[str]  # every site with appointments that day
    may_record: bool


def read_docket(ws: Workspace, day: str, site: str) -> DocketRead:
    """Runs on the worker: the day's docket with each row's results. The services
    (and python-docx under the docket's) are imported here, on the worker, not with the page."""
    from app.services.docket import docket_for
    from app.services.results import list_results
    from app.services.schedule import list_appointments

    docket = docket_for(ws, day, site=site or None)
    numbers = {row.case_number for section in docket.sections for row in section.rows}
    results = {n: [r for r in list_results(ws, n) if r.date == day] for n in sorted(numbers)}
    entries = []
    for section in docket.sections:
        for row in section.rows:
            kind = RESULT_KINDS_BY_TYPE.get(row.appointment_type)
            found = tuple(r for r in results.get(row.case_number, []) if kind is None or r.kind == kind)
            entries.append(DocketEntry(section.officer, row, row.appointment_id or None, found))
    sites = sorted({a.site for a in list_appointments(ws, day=day) if a.site})
    return DocketRead(day, site, entries, sites, may_record(ws))


class DocketTable(QTableView):
    """Enter asks for the current row's case; typing a case number (or its digits) finds its row."""

    open_requested = Signal(int)  # row

    def __init__(self, case_column: int) -> None:
        super().__init__()
        self.case_column = case_column
        self._typed = ""
        self._since = QElapsedTimer()

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 - Qt API
        if event.key() in _OPEN_KEYS and event.modifiers() in _PLAIN:
            if self.currentIndex().isValid():
                self.open_requested.emit(self.currentIndex().row())
            event.accept()
            return
        super().keyPressEvent(event)

    def keyboardSearch(self, search: str) -> None:  # noqa: N802 - Qt API
        """Keystrokes typed in quick succession are one search, matched anywhere in the case
        number: "42" finds KBL-000042."""
        if not self._since.isValid() or self._since.elapsed() > QApplication.keyboardInputInterval():
            self._typed = ""
        self._since.start()
        self._typed += search
        model = self.model()
        if model is None or not self._typed.strip():
            return
        wanted = self._typed.strip().upper()
        rows = model.rowCount()
        first = max(self.currentIndex().row(), 0)
        for step in range(rows):
            row = (first + step) % rows
            number = str(model.index(row, self.case_column).data() or "").upper()
            if wanted in number:
                self.selectRow(row)
                self.setCurrentIndex(model.index(row, self.case_column))
                return


class AdjudicationView(QWidget):
    case_requested = Signal(str)  # a case number to open on the Cases page

    (
        COL_OFFICER,
        COL_TIME,
        COL_CASE,
        COL_PRINCIPAL,
        COL_NATIVE,
        COL_HOUSEHOLD,
        COL_INTERPRETER,
        COL_FLAGS,
        COL_RESULT,
        COL_APPOINTMENT,
        COL_FILE,
    ) = range(11)

    def __init__(self, ctx: UiContext) -> None:
        super().__init__()
        self.ctx = ctx
        self.read: DocketRead | None = None
        self._generation = 0
        self._keep_key: str | None = None  # the row selected again once the docket is read anew
        self._group_starts: set[str] = set()  # keys of the rows that start an officer's appointments

        heading = QLabel("<h2>" + self.tr("Adjudication docket") + "</h2>")
        self.day = QDateEdit(QDate.currentDate())
        self.day.setDisplayFormat(ISO_DATE)
        self.day.setCalendarPopup(True)
        self.day.setAccessibleName(self.tr("Day"))
        self.today_button = QPushButton(self.tr("&Today"))
        self.site = QComboBox()
        self.site.setAccessibleName(self.tr("Site"))
        self.site.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.site.addItem(self.tr("All sites"), ALL)
        self.officer = QComboBox()
        self.officer.setAccessibleName(self.tr("Officer"))
        self.officer.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.officer.addItem(self.tr("All officers"), ALL)
        self.export_button = QPushButton(self.tr("E&xport docket…"))
        self.export_button.setToolTip(self.tr("Write the docket shown as a Word document"))
        self.open_button = QPushButton(self.tr("&Open case"))
        self.open_button.setToolTip(self.tr("Open the selected case (Enter in the list, or Ctrl+O)"))

        bar = QHBoxLayout()
        for caption, field in ((self.tr("&Day:"), self.day), (self.tr("&Site:"), self.site)):
            label = QLabel(caption)
            label.setBuddy(field)
            bar.addWidget(label)
            bar.addWidget(field)
            if field is self.day:
                bar.addWidget(self.today_button)
                bar.addSpacing(12)
        officer_label = QLabel(self.tr("O&fficer:"))
        officer_label.setBuddy(self.officer)
        bar.addSpacing(12)
        bar.addWidget(officer_label)
        bar.addWidget(self.officer)
        bar.addStretch(1)
        bar.addWidget(self.open_button)
        bar.addWidget(self.export_button)

        self.error = MessageLine("error")
        self.saved = SavedFileLine()
        self.model: RowTableModel[DocketEntry] = RowTableModel(self._columns())
        self.table = DocketTable(self.COL_CASE)
        self.table.setModel(self.model)
        self.table.setAccessibleName(self.tr("Docket"))
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setAlternatingRowColors(True)
        self.table.verticalHeader().hide()
        self.table.setWordWrap(False)
        self.table.setTextElideMode(Qt.TextElideMode.ElideRight)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)
        self.count = QLabel()
        self.empty = QLabel()
        self.empty.setWordWrap(True)
        self.empty.setStyleSheet("color: palette(mid);")

        self.entry = ResultsEntry(ctx, shortcut_scope=self, wide=True)
        self.entry_box = QGroupBox(self.tr("Record a result"))
        box_layout = QVBoxLayout(self.entry_box)
        box_layout.addWidget(self.entry)
        self.entry_box.hide()  # shown once the role is known to record results

        layout = QVBoxLayout(self)
        layout.addWidget(heading)
        layout.addLayout(bar)
        layout.addWidget(self.error)
        layout.addWidget(self.saved)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.empty, 1, Qt.AlignmentFlag.AlignTop)
        layout.addWidget(self.count)
        # The form under the list, not beside it: beside it, a 1366 px screen cut the docket off.
        layout.addWidget(self.entry_box)
        self._connect()
        self._fit_columns()
        self._show()

    def _connect(self) -> None:
        self.day.dateChanged.connect(lambda _d: self.refresh())
        self.today_button.clicked.connect(lambda: self.day.setDate(QDate.currentDate()))
        self.site.currentIndexChanged.connect(lambda _i: self.refresh())
        self.officer.currentIndexChanged.connect(lambda _i: self._show())
        self.export_button.clicked.connect(lambda: self.export_docket())
        self.open_button.clicked.connect(self.open_selected)
        self.table.open_requested.connect(self._open_row)
        self.table.doubleClicked.connect(lambda index: self._open_row(index.row()))
        self.table.selectionModel().currentRowChanged.connect(lambda _c, _p: self._selection_changed())
        self.entry.recorded.connect(self._recorded)
        open_shortcut = QShortcut(QKeySequence("Ctrl+O"), self, context=Qt.ShortcutContext.WidgetWithChildrenShortcut)
        open_shortcut.activated.connect(self.open_selected)
        refresh = QShortcut(
            QKeySequence.StandardKey.Refresh, self, context=Qt.ShortcutContext.WidgetWithChildrenShortcut
        )
        refresh.activated.connect(self.refresh)
        events = self.ctx.events
        events.case_changed.connect(self._changed_elsewhere)
        events.cases_reloaded.connect(self._changed_elsewhere)
        events.locked.connect(self.clear)

    def _columns(self) -> list[Column[DocketEntry]]:
        types, statuses = L.appointment_types(), L.appointment_statuses()
        right = int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)

        def native_align(e: DocketEntry) -> int | None:
            return right if L.is_right_to_left(e.row.principal.native) else None

        return [
            Column(self.tr("Officer"), self._officer_text, tooltip=lambda e: e.officer or self.tr("Not named yet")),
            Column(self.tr("Time"), _time_span, tooltip=lambda e: e.row.room or None),
            Column(self.tr("Case"), lambda e: e.row.case_number),
            Column(self.tr("Principal applicant"), lambda e: e.row.principal.latin, tooltip="value"),
            Column(self.tr("Native script"), lambda e: e.row.principal.native, tooltip="value", align=native_align),
            Column(
                self.tr("Persons"),
                lambda e: QLocale().toString(e.row.household_size),
                align=int(Qt.AlignmentFlag.AlignCenter),
                tooltip=lambda e: self.tr("%n person(s) in the household", "", e.row.household_size),
            ),
            Column(self.tr("Interpreter"), _interpreter, tooltip="value"),
            Column(self.tr("Flags"), self._flags, tooltip="value", foreground=_flag_colour),
            Column(self.tr("Result"), self._result_text, tooltip="value", foreground=_result_colour),
            Column(
                self.tr("Appointment"),
                lambda e: " · ".join(
                    x for x in (L.label(types, e.row.appointment_type), L.label(statuses, e.row.status)) if x
                ),
                tooltip="value",
            ),
            Column(self.tr("File"), lambda e: e.row.file_location, tooltip="value"),
        ]

    def _officer_text(self, e: DocketEntry) -> str:
        """The officer's name on the first row of their appointments: the rows below are theirs."""
        if e.key not in self._group_starts:
            return ""
        return e.officer or self.tr("Not named yet")

    def _flags(self, e: DocketEntry) -> str:
        words = [
            word
            for on, word in (
                (e.row.expedited, self.tr("Expedited")),
                (e.row.medical, self.tr("Medical")),
                (e.row.security, self.tr("Security")),
            )
            if on
        ]
        return " · ".join(words + list(e.row.flags))

    def _result_text(self, e: DocketEntry) -> str:
        if not e.results:
            return self.tr("Not yet")
        return "; ".join(f"✓ {outcome_label(r.kind, r.outcome)}" for r in e.results)

    def show_day(self, day: dt.date) -> None:
        """Show the docket of `day` (the `--view adjudication:DATE` screenshot uses it)."""
        self.day.setDate(QDate(day.year, day.month, day.day))

    # ----- reading ---------------------------------------------------------------------------------
    def day_text(self) -> str:
        return self.day.date().toString(ISO_DATE)

    def site_filter(self) -> str:
        return str(self.site.currentData() or ALL)

    def officer_filter(self) -> str:
        return str(self.officer.currentData() or ALL)

    def refresh(self) -> None:
        """Read the docket of the chosen day and site (on the worker)."""
        if not self.ctx.ws.is_unlocked:
            return
        self._generation += 1
        generation, ws, day, site = self._generation, self.ctx.ws, self.day_text(), self.site_filter()
        current = self.current_entry()
        if current is not None and self._keep_key is None:
            self._keep_key = current.key
        self.ctx.tasks.run(
            lambda _task: read_docket(ws, day, site),
            on_done=lambda read: self._read_done(generation, read),
            on_failed=lambda exc: self._read_failed(generation, exc),
        )

    def _read_done(self, generation: int, read: DocketRead) -> None:
        if generation != self._generation:
            return
        self.read = read
        self.error.clear_message()
        self.entry_box.setVisible(read.may_record)
        self._set_choices(self.site, [(s, s) for s in read.sites], self.tr("All sites"))
        officers = sorted({e.officer for e in read.entries}, key=str.casefold)
        self._set_choices(
            self.officer, [(o or NO_OFFICER, o or self.tr("Not named yet")) for o in officers], self.tr("All officers")
        )
        self._show()

    def _read_failed(self, generation: int, exc: CircuitRideError) -> None:
        if generation == self._generation:
            self.read = None  # not the rows of the day or site chosen before
            self._show()
            self.empty.hide()  # the error says why there is nothing, not "Reading…"
            self.error.show_message(service_text(exc))

    def _set_choices(self, combo: QComboBox, choices: list[tuple[str, str]], everything: str) -> None:
        """Replace a filter's choices, keeping the one chosen (and keeping it even when absent)."""
        chosen, text = str(combo.currentData() or ALL), combo.currentText()
        combo.blockSignals(True)
        try:
            combo.clear()
            combo.addItem(everything, ALL)
            for code, label in choices:
                combo.addItem(label, code)
            if chosen != ALL and combo.findData(chosen) < 0:
                combo.addItem(text, chosen)
            combo.setCurrentIndex(max(0, combo.findData(chosen)))
        finally:
            combo.blockSignals(False)

    def _changed_elsewhere(self, *_args: object) -> None:
        if self.isVisible():
            self.refresh()

    def clear(self) -> None:
        """On lock: show nothing of the workspace."""
        self._generation += 1
        self.read = None
        self._keep_key = None
        self.entry_box.hide()
        self.entry.set_target(None)
        self.error.clear_message()
        self.saved.clear()
        self._show()

    # ----- showing ---------------------------------------------------------------------------------
    def entries(self) -> list[DocketEntry]:
        """The rows shown: the docket read, narrowed to the officer chosen."""
        if self.read is None:
            return []
        wanted = self.officer_filter()
        if wanted == ALL:
            return list(self.read.entries)
        officer = "" if wanted == NO_OFFICER else wanted
        return [e for e in self.read.entries if e.officer == officer]

    def _show(self) -> None:
        current = self.current_entry()
        keep = self._keep_key or (current.key if current is not None else None)
        self._keep_key = None
        rows = self.entries()
        self._group_starts = {e.key for i, e in enumerate(rows) if i == 0 or rows[i - 1].officer != e.officer}
        self.model.set_rows(rows)
        self.table.setColumnHidden(self.COL_OFFICER, self.officer_filter() != ALL)
        keys = [e.key for e in rows]
        if rows:
            self._select(keys.index(keep) if keep in keys else 0)
        else:
            self.entry.set_target(None)
        recorded = sum(1 for e in rows if e.results)
        if self.read is None:
            self.count.setText("")
        else:
            self.count.setText(
                self.tr("%n appointment(s)", "", len(rows)) + " · " + self.tr("%n with a result recorded", "", recorded)
            )
        self.empty.setText(self._empty_text())
        self.empty.setVisible(not rows)
        self.table.setVisible(bool(rows))
        self.open_button.setEnabled(bool(rows))
        self.export_button.setEnabled(self.read is not None and bool(rows))

    def _empty_text(self) -> str:
        if self.read is None:
            return self.tr("Reading the docket…") if self.ctx.ws.is_unlocked else ""
        return self.tr(
            "No appointments on this day. Choose another day, or book appointments with an officer on the schedule."
        )

    def _select(self, row: int) -> None:
        index = self.model.index(row, self.COL_CASE)
        self.table.setCurrentIndex(index)
        self.table.selectRow(row)
        self.table.scrollTo(index)
        self._selection_changed()

    def current_entry(self) -> DocketEntry | None:
        index = self.table.currentIndex()
        if not index.isValid() or index.row() >= len(self.model.rows):
            return None
        return self.model.row_at(index.row())

    def _selection_changed(self) -> None:
        entry = self.current_entry()
        if entry is None:
            self.entry.set_target(None)
            return
        if self.entry.target is not None and self.entry.target.case_number == entry.row.case_number:
            if self.entry.target.appointment_id == entry.appointment_id:
                return  # the same row read anew: what is being typed stays
        principal = " ".join(x for x in (entry.row.principal.latin, entry.row.principal.native) if x)
        self.entry.set_target(
            EntryTarget(
                case_number=entry.row.case_number,
                title=f"{entry.row.case_number} · {principal}",
                day=self.read.day if self.read is not None else self.day_text(),
                officer=entry.officer,
                kind=RESULT_KINDS_BY_TYPE.get(entry.row.appointment_type, "interview"),
                appointment_id=entry.appointment_id,
            )
        )

    # ----- actions ---------------------------------------------------------------------------------
    def open_selected(self) -> None:
        index = self.table.currentIndex()
        if index.isValid():
            self._open_row(index.row())

    def _open_row(self, row: int) -> None:
        if 0 <= row < len(self.model.rows):
            self.case_requested.emit(self.model.row_at(row).row.case_number)

    def _recorded(self, _case_number: str) -> None:
        """On to the next appointment; the docket is read again (case_changed) to show the result."""
        row = self.table.currentIndex().row()
        if 0 <= row < len(self.model.rows) - 1:
            self._select(row + 1)
            self._keep_key = self.model.row_at(row + 1).key
        self.entry.focus_outcome()

    def export_docket(self, path: str | None = None) -> None:
        """Write the docket shown (the day, the site and the officer chosen) as a Word document."""
        if self.read is None:
            return
        day, site, officer_code = self.read.day, self.read.site, self.officer_filter()
        # The docket service narrows to a named officer only: with "not named yet" chosen, the
        # whole day's docket is written (those appointments are its last section).
        officer = None if officer_code in (ALL, NO_OFFICER) else officer_code
        if path is None:
            name = "-".join(["docket", day] + [_file_part(x) for x in (site, officer or "") if x]) + ".docx"
            path, _filter = QFileDialog.getSaveFileName(
                self,
                self.tr("Export the docket"),
                str(documents_folder() / name),
                self.tr("Word documents (%1)").replace("%1", "*.docx"),
            )
            if not path:
                return
            if not path.lower().endswith(".docx"):
                path += ".docx"
        ws, out = self.ctx.ws, Path(path)

        def done(count: int) -> None:
            self.export_button.setEnabled(True)
            self.saved.show_file(
                out,
                self.tr("Docket written (%n appointment(s)): {file}", "", count).replace("{file}", str(out)),
            )

        def failed(exc: CircuitRideError) -> None:
            self.export_button.setEnabled(True)
            self.error.show_message(service_text(exc))

        self.error.clear_message()
        self.saved.clear()
        self.export_button.setEnabled(False)

        def work(_task: Task) -> int:
            from app.services.docket import write_docket

            return write_docket(ws, day, out, officer=officer, site=site or None)

        self.ctx.tasks.run(work, on_done=done, on_failed=failed)

    # ----- layout ----------------------------------------------------------------------------------
    def _fit_columns(self) -> None:
        widths = {
            self.COL_OFFICER: 150,
            self.COL_TIME: 84,
            self.COL_CASE: 88,
            self.COL_PRINCIPAL: 136,
            self.COL_NATIVE: 104,
            self.COL_HOUSEHOLD: 58,
            self.COL_INTERPRETER: 104,
            self.COL_FLAGS: 96,
            self.COL_RESULT: 96,
            self.COL_APPOINTMENT: 116,
        }
        header = self.table.horizontalHeader()
        for column, width in widths.items():
            header.resizeSection(column, width)

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 - Qt API
        super().showEvent(event)
        self.refresh()


def _time_span(e: DocketEntry) -> str:
    end = e.row.start + dt.timedelta(minutes=e.row.minutes)
    return f"{e.row.start:%H:%M}–{end:%H:%M}"


def _interpreter(e: DocketEntry) -> str:
    language = L.language_name(e.row.language) if e.row.language else ""
    return " · ".join(x for x in (e.row.interpreter, language or e.row.language) if x)


def _flag_colour(e: DocketEntry) -> Qt.GlobalColor | None:
    return Qt.GlobalColor.darkRed if e.row.security or e.row.expedited or e.row.medical else None


def _result_colour(e: DocketEntry) -> Qt.GlobalColor | None:
    return Qt.GlobalColor.darkGreen if e.results else Qt.GlobalColor.gray


def _file_part(text: str) -> str:
    """A site's or an officer's name as part of a file name."""
    return "".join(c if c.isalnum() else "-" for c in text).strip("-")
