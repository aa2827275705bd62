"""The Schedule page: a day's (or a week's) appointments at a site, by interpreter or by room.

The toolbar chooses the site, the day (previous / today / next, a date picker), Day or Week, and the
rows; "Book…" (Ctrl+N) and "Propose for ride…" start the dialogs of booking.py and proposal.py. The
grid (grid.py) shows each appointment as a block coloured by status, flagged when it was booked
despite a clash or is half of a double booking found after a sync. Dropping a block elsewhere moves
the appointment through `schedule.move` on the task runner; a clash is refused by the service, the
block snaps back and the message bar at the top says why, offering a team lead "Book anyway…" with a
reason. The Interpreters tab (interpreters.py) keeps the interpreters list.

Every read and write runs on the window's task runner; the page reads again when shown, after its
own changes, and when cases change elsewhere (`case_changed`, `cases_reloaded`: a sync, an import).
Nothing of the workspace is shown after a lock.
"""

from __future__ import annotations

import datetime as dt
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QDate, QPoint, Qt
from PySide6.QtGui import QKeySequence, QShortcut, QShowEvent
from PySide6.QtWidgets import (
    QButtonGroup,
    QComboBox,
    QDateEdit,
    QFrame,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QLineEdit,
    QMenu,
    QPushButton,
    QTabWidget,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from app.errors import CircuitRideError
from app.models.roles import allowed
from app.services.case_list import case_facets
from app.services.interpreters import InterpreterInfo, list_interpreters
from app.services.schedule import (
    AppointmentInfo,
    DoubleBooking,
    Proposal,
    ScheduleConflict,
    cancel,
    double_bookings,
    family_languages,
    list_appointments,
    move,
    set_status,
    site_hours,
)
from app.services.workspaces import Workspace
from app.ui.case import labels as L
from app.ui.context import UiContext
from app.ui.i18n import service_text
from app.ui.schedule import signed_in_role
from app.ui.schedule.booking import BookingDialog
from app.ui.schedule.grid import FLAG_COLOUR, STATUS_COLOURS, GridRow, ScheduleGrid
from app.ui.schedule.interpreters import InterpretersPage, spoken_text
from app.ui.schedule.proposal import ProposeDialog
from app.ui.tasks import Task

HIDDEN_STATUSES = frozenset({"cancelled", "rescheduled"})  # they take no time: not on the grid
BAR_STYLES = {
    "error": "background: #fdecea; border: 1px solid #e3a7a0; border-radius: 3px; color: #5f1410;",
    "success": "background: #e8f5e9; border: 1px solid #9ccc9f; border-radius: 3px; color: #1b4d1e;",
}
LEGEND_STATUSES = ("proposed", "booked", "confirmed", "done", "no_show")


@dataclass(frozen=True, slots=True)
class ScheduleRead:
    """What one look at the schedule reads on the worker."""

    role: str
    site: str  # the site shown (the first one when none was chosen yet)
    sites: tuple[str, ...]
    rides: tuple[str, ...]
    appointments: list[AppointmentInfo]  # of the days shown, at the site
    rooms: list[str]  # every room used at the site
    interpreters: list[InterpreterInfo]  # inactive ones too: old appointments name them
    doubles: list[DoubleBooking]
    languages: dict[str, str]  # case number -> the family's first language (the principal's)
    hours: str  # the site's working day, "08:00-17:00"


def read_schedule(ws: Workspace, days: list[dt.date], site: str | None) -> ScheduleRead:
    facets = case_facets(ws)
    every_site = [a for day in days for a in list_appointments(ws, day=day.isoformat())]
    # None chosen yet: the site busiest on the days shown, else the first
    busiest = Counter(a.site for a in every_site if a.site and a.status not in HIDDEN_STATUSES).most_common(1)
    chosen = site or (busiest[0][0] if busiest else facets.sites[0] if facets.sites else "")
    shown = [a for a in every_site if not chosen or a.site == chosen]
    rooms = sorted({a.room for a in list_appointments(ws, site=chosen or None) if a.room}, key=str.casefold)
    shown = [a for a in shown if a.status not in HIDDEN_STATUSES]
    return ScheduleRead(
        signed_in_role(ws),
        chosen,
        facets.sites,
        facets.rides,
        shown,
        rooms,
        list_interpreters(ws, include_inactive=True),
        double_bookings(ws, since=days[0].isoformat()),
        family_languages(ws, {a.case_number for a in shown}),
        site_hours(ws, chosen or None),
    )


def week_of(day: dt.date) -> list[dt.date]:
    monday = day - dt.timedelta(days=day.weekday())
    return [monday + dt.timedelta(days=n) for n in range(5)]


class MessageBar(QFrame):
    """The page's one place for what went wrong (or right), in plain words, with an optional action."""

    def __init__(self) -> None:
        super().__init__()
        self.setObjectName("scheduleMessage")
        self.text = QLabel()
        self.text.setWordWrap(True)
        self.text.setTextFormat(Qt.TextFormat.PlainText)
        self.text.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.action = QPushButton()
        self.action.hide()
        self.close_button = QToolButton()
        self.close_button.setText("✕")
        self.close_button.setAccessibleName(self.tr("Close message"))
        self.close_button.clicked.connect(self.clear)
        row = QHBoxLayout(self)
        row.setContentsMargins(8, 4, 4, 4)
        row.addWidget(self.text, 1)
        row.addWidget(self.action)
        row.addWidget(self.close_button, 0, Qt.AlignmentFlag.AlignTop)
        self._slot: Callable[[], None] | None = None
        self.action.clicked.connect(self._act)
        self.hide()

    def show_message(
        self, text: str, kind: str = "error", action: tuple[str, Callable[[], None]] | None = None
    ) -> None:
        self.setStyleSheet(f"#scheduleMessage {{ {BAR_STYLES[kind]} }}")
        self.text.setText(text)
        self.setAccessibleName(self.tr("Problem") if kind == "error" else self.tr("Done"))
        self._slot = action[1] if action else None
        self.action.setText(action[0] if action else "")
        self.action.setVisible(action is not None)
        self.show()

    def clear(self) -> None:
        self._slot = None
        self.text.clear()
        self.hide()

    def _act(self) -> None:
        slot = self._slot
        self.clear()
        if slot is not None:
            slot()


class ScheduleView(QWidget):
    def __init__(self, ctx: UiContext) -> None:
        super().__init__()
        self.ctx = ctx
        self.read: ScheduleRead | None = None
        self.site: str | None = None
        self.day = dt.date.today()
        self._generation = 0
        self._stale = True  # read again when next shown
        self._by_id: dict[str, AppointmentInfo] = {}

        self.bar = MessageBar()
        self.site_box = QComboBox()
        self.site_box.setAccessibleName(self.tr("Site"))
        self.site_box.setMinimumContentsLength(12)
        self.previous = QToolButton()
        self.previous.setText("◀")
        self.previous.setAccessibleName(self.tr("Previous"))
        self.previous.setToolTip(self.tr("Previous day or week (Alt+Left)"))
        self.previous.setShortcut(QKeySequence("Alt+Left"))
        self.today = QPushButton(self.tr("T&oday"))
        self.next = QToolButton()
        self.next.setText("▶")
        self.next.setAccessibleName(self.tr("Next"))
        self.next.setToolTip(self.tr("Next day or week (Alt+Right)"))
        self.next.setShortcut(QKeySequence("Alt+Right"))
        self.date = QDateEdit()
        self.date.setCalendarPopup(True)
        self.date.setDisplayFormat("ddd yyyy-MM-dd")
        self.date.setAccessibleName(self.tr("Day shown"))
        self.day_button = self._toggle(self.tr("&Day"))
        self.week_button = self._toggle(self.tr("&Week"))
        self.day_button.setChecked(True)
        self.span = QButtonGroup(self)
        self.span.addButton(self.day_button)
        self.span.addButton(self.week_button)
        self.by_interpreter = self._toggle(self.tr("&Interpreters"))
        self.by_room = self._toggle(self.tr("&Rooms"))
        self.by_interpreter.setChecked(True)
        self.rows_group = QButtonGroup(self)
        self.rows_group.addButton(self.by_interpreter)
        self.rows_group.addButton(self.by_room)
        self.book_button = QPushButton(self.tr("&Book…"))
        self.book_button.setToolTip(self.tr("Book a new appointment (Ctrl+N)"))
        self.propose_button = QPushButton(self.tr("&Propose for ride…"))

        toolbar = QHBoxLayout()
        toolbar.addWidget(QLabel(self.tr("Site:")))
        toolbar.addWidget(self.site_box)
        toolbar.addSpacing(8)
        for widget in (self.previous, self.today, self.next, self.date):
            toolbar.addWidget(widget)
        toolbar.addSpacing(8)
        toolbar.addWidget(self.day_button)
        toolbar.addWidget(self.week_button)
        toolbar.addSpacing(8)
        toolbar.addWidget(QLabel(self.tr("Rows:")))
        toolbar.addWidget(self.by_interpreter)
        toolbar.addWidget(self.by_room)
        toolbar.addStretch(1)
        toolbar.addWidget(self.book_button)
        toolbar.addWidget(self.propose_button)

        self.grid = ScheduleGrid()
        self.legend = QLabel(self._legend())
        self.legend.setTextFormat(Qt.TextFormat.RichText)
        self.summary = QLabel()
        self.summary.setTextFormat(Qt.TextFormat.PlainText)
        footer = QHBoxLayout()
        footer.addWidget(self.legend, 1)
        footer.addWidget(self.summary)
        schedule_page = QWidget()
        column = QVBoxLayout(schedule_page)
        column.setContentsMargins(0, 6, 0, 0)
        column.addLayout(toolbar)
        column.addWidget(self.grid, 1)
        column.addLayout(footer)
        self.interpreters = InterpretersPage(ctx)
        self.tabs = QTabWidget()
        self.tabs.setDocumentMode(True)
        self.tabs.addTab(schedule_page, self.tr("&Schedule"))
        self.tabs.addTab(self.interpreters, self.tr("I&nterpreters"))

        heading = QLabel("<h2>" + self.tr("Schedule") + "</h2>")
        layout = QVBoxLayout(self)
        layout.addWidget(heading)
        layout.addWidget(self.bar)
        layout.addWidget(self.tabs, 1)
        self._set_date(self.day)
        self._connect()

    def _toggle(self, text: str) -> QToolButton:
        button = QToolButton()
        button.setText(text)
        button.setCheckable(True)
        button.setAutoRaise(False)
        return button

    def _legend(self) -> str:
        statuses = L.appointment_statuses()
        parts = [
            f"<span style='color:{STATUS_COLOURS[s][1]};'>■</span>&nbsp;{L.label(statuses, s)}" for s in LEGEND_STATUSES
        ]
        parts.append(f"<span style='color:{FLAG_COLOUR};'>⚠</span>&nbsp;" + self.tr("clash or double booking"))
        parts.append("✓&nbsp;" + self.tr("confirmed"))
        parts.append("✉&nbsp;" + self.tr("family notified"))
        return "&nbsp;&nbsp; ".join(parts)

    def _connect(self) -> None:
        self.site_box.activated.connect(lambda _i: self._site_chosen())
        self.previous.clicked.connect(lambda: self._step(-1))
        self.next.clicked.connect(lambda: self._step(1))
        self.today.clicked.connect(lambda: self._set_date(dt.date.today()))
        self.date.dateChanged.connect(lambda d: self._set_date(dt.date(d.year(), d.month(), d.day())))
        self.span.buttonClicked.connect(lambda _b: self.reload())
        self.rows_group.buttonClicked.connect(lambda _b: self.reload())
        self.book_button.clicked.connect(lambda: self.book())
        self.propose_button.clicked.connect(self.propose)
        self.grid.move_requested.connect(lambda i, start, row: self.move_appointment(i, start, row))
        self.grid.activated.connect(self.open_appointment)
        self.grid.cancel_requested.connect(self.ask_cancel)
        self.grid.menu_requested.connect(self._menu)
        self.grid.book_requested.connect(self._book_at)
        self.interpreters.changed.connect(self.reload)
        self.tabs.currentChanged.connect(lambda _i: self._tab_shown())
        shortcut = QShortcut(QKeySequence("Ctrl+N"), self, context=Qt.ShortcutContext.WidgetWithChildrenShortcut)
        shortcut.activated.connect(lambda: self.book())
        events = self.ctx.events
        events.case_changed.connect(lambda _n: self._changed_elsewhere())
        events.cases_reloaded.connect(self._changed_elsewhere)
        events.locked.connect(self.clear)
        events.unlocked.connect(self._changed_elsewhere)

    # ----- what is shown ---------------------------------------------------------------------
    @property
    def week(self) -> bool:
        return self.week_button.isChecked()

    @property
    def by(self) -> str:
        return "interpreter" if self.by_interpreter.isChecked() else "room"

    def days(self) -> list[dt.date]:
        return week_of(self.day) if self.week else [self.day]

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 - Qt API
        super().showEvent(event)
        if self._stale:
            self.reload()

    def _tab_shown(self) -> None:
        if self.tabs.currentWidget() is self.interpreters:
            self.interpreters.refresh()

    def _changed_elsewhere(self) -> None:
        self._stale = True
        if self.isVisible():
            self.reload()

    def show_day(self, day: dt.date) -> None:
        """Show `day` (the `--view schedule:DATE` screenshot uses it)."""
        self._set_date(day)

    def _set_date(self, day: dt.date) -> None:
        self.day = day
        self.date.blockSignals(True)
        self.date.setDate(QDate(day.year, day.month, day.day))
        self.date.blockSignals(False)
        self.reload()

    def _step(self, direction: int) -> None:
        self._set_date(self.day + dt.timedelta(days=7 * direction if self.week else direction))

    def _site_chosen(self) -> None:
        self.site = self.site_box.currentText() or None
        self.reload()

    def reload(self) -> None:
        """Read the shown days again (on the worker); an older read's answer is dropped."""
        if not self.ctx.ws.is_unlocked:
            return
        self._stale = False
        self._generation += 1
        generation, ws, days, site = self._generation, self.ctx.ws, self.days(), self.site

        def work(_task: Task) -> ScheduleRead:
            return read_schedule(ws, days, site)

        def failed(exc: CircuitRideError) -> None:
            if generation == self._generation:
                self.bar.show_message(service_text(exc))

        self.ctx.tasks.run(work, on_done=lambda read: self._show(generation, days, read), on_failed=failed)
        if self.tabs.currentWidget() is self.interpreters or self.interpreters.model.rowCount() == 0:
            self.interpreters.refresh()

    def _show(self, generation: int, days: list[dt.date], read: ScheduleRead) -> None:
        if generation != self._generation:
            return
        self.read = read
        self.site = read.site or None
        self.site_box.clear()
        self.site_box.addItems(list(read.sites))
        self.site_box.setCurrentText(read.site)
        may_book = allowed(read.role, "edit_cases")
        self.book_button.setEnabled(may_book)
        self.propose_button.setEnabled(may_book and bool(read.rides))
        self._by_id = {a.id: a for a in read.appointments}
        flags = self._flags(read)
        rows = self._rows(read, days)
        self.grid.set_schedule(
            days,
            rows,
            read.appointments,
            flags,
            languages=read.languages,
            hours=self._hours(read.hours, read.appointments),
            by=self.by,
            empty_text=self._empty_text(days, read.site),
        )
        flagged = sum(1 for a in read.appointments if a.id in flags)
        text = self.tr("%n appointment(s)", "", len(read.appointments))
        if flagged:
            text += " · " + self.tr("%n flagged", "", flagged)
        self.summary.setText(text)

    def _flags(self, read: ScheduleRead) -> dict[str, str]:
        flags: dict[str, str] = {}
        for info in read.appointments:
            if info.override_reason:
                flags[info.id] = self.tr("Booked despite a clash: {reason}").format(reason=info.override_reason)
        rules = {
            "interpreter_busy": self.tr("the same interpreter"),
            "officer_busy": self.tr("the same officer"),
            "room_busy": self.tr("the same room"),
            "family_busy": self.tr("the same family"),
        }
        for double in read.doubles:
            for this, other in ((double.first, double.second), (double.second, double.first)):
                if this.id in self._by_id:
                    line = self.tr("Double booking found after sync: {what} at {time} ({case})").format(
                        what=rules.get(double.rule, double.rule),
                        time=other.start[:16].replace("T", " "),
                        case=other.case_number,
                    )
                    flags[this.id] = f"{flags[this.id]}\n{line}" if this.id in flags else line
        return flags

    def _rows(self, read: ScheduleRead, days: list[dt.date]) -> list[GridRow]:
        if self.by == "room":
            rooms = sorted({*read.rooms, *(a.room for a in read.appointments if a.room)}, key=str.casefold)
            return [GridRow(room, room) for room in rooms] + [GridRow("", self.tr("No room"))]
        used = {a.interpreter_id for a in read.appointments if a.interpreter_id}
        site = read.site.casefold()
        rows: list[GridRow] = []
        for info in read.interpreters:
            works_here = info.active and (not info.sites or any(s.casefold() == site for s in info.sites))
            if not works_here and info.id not in used:
                continue
            away = [p for p in (info.away_on(d) for d in days) if p is not None]
            label = info.name
            notes = [spoken_text(info)]
            if not info.active:
                label += " · " + self.tr("inactive")
                notes.append(self.tr("No longer works with the team."))
            elif away:
                label += " · " + self.tr("away")
                notes += [self.tr("Away {first} to {last}").format(first=p["from"], last=p["to"]) for p in away]
            rows.append(GridRow(info.id, label, "\n".join(n for n in notes if n), muted=bool(away) or not info.active))
        return [*rows, GridRow("", self.tr("No interpreter"))]

    def _hours(self, hours: str, appointments: list[AppointmentInfo]) -> tuple[int, int]:
        """The site's working day, widened to whole hours that hold every appointment shown."""
        opens, closes = (int(t[:2]) * 60 + int(t[3:5]) for t in hours.split("-"))
        for info in appointments:
            begin = dt.datetime.fromisoformat(info.start)
            start = begin.hour * 60 + begin.minute
            opens = min(opens, start - start % 60)
            end = min(start + info.minutes, 24 * 60)
            closes = max(closes, end + (-end % 60))
        return opens, closes

    def _empty_text(self, days: list[dt.date], site: str) -> str:
        if not site:
            return self.tr("No cases with a site in this workspace yet.")
        if len(days) > 1:
            text = self.tr("No appointments at {site} this week.").format(site=site)
        else:
            text = self.tr("No appointments at {site} on {day}.").format(site=site, day=days[0].isoformat())
        return text + " " + self.tr("Double-click a free place or press Ctrl+N to book one.")

    def clear(self) -> None:
        """On lock: nothing of the workspace stays on screen."""
        self._generation += 1
        self._stale = True
        self.read = None
        self._by_id = {}
        self.bar.clear()
        self.site_box.clear()
        self.grid.set_schedule(self.days(), [], [], {}, hours=(8 * 60, 17 * 60), by=self.by)
        self.summary.clear()
        self.interpreters.clear()

    @property
    def role(self) -> str:
        return self.read.role if self.read is not None else "none"

    # ----- changes ---------------------------------------------------------------------------
    def move_appointment(self, appointment_id: str, start: str, row: str, force_reason: str | None = None) -> None:
        """Move to `start` and to the row `row` (an interpreter's id or a room; "" for none): what a
        drop does. A refusal snaps the block back and says why; a team lead may book it anyway."""
        info = self._by_id.get(appointment_id)
        if info is None:
            return
        changes: dict[str, Any] = {"start": start}
        if row != self.grid.row_key(info):
            changes["interpreter" if self.by == "interpreter" else "room"] = row or None
        ws = self.ctx.ws

        def failed(exc: CircuitRideError) -> None:
            self.grid.snap_back()
            action = None
            if isinstance(exc, ScheduleConflict) and allowed(self.role, "override_schedule"):
                action = (self.tr("Book &anyway…"), lambda: self._force_move(appointment_id, start, row))
            self.bar.show_message(service_text(exc), action=action)

        self.bar.clear()
        self._write(
            lambda _task: move(ws, appointment_id, force_reason=force_reason, **changes),
            info.case_number,
            self.tr("{case} moved to {time}.").format(case=info.case_number, time=start.replace("T", " ")),
            failed,
        )

    def _force_move(self, appointment_id: str, start: str, row: str) -> None:
        reason = self._ask_text(
            self.tr("Book anyway"), self.tr("Why is this appointment booked despite the clash? (kept with it)")
        )
        if reason:
            self.move_appointment(appointment_id, start, row, force_reason=reason)

    def ask_cancel(self, appointment_id: str) -> None:
        info = self._by_id.get(appointment_id)
        if info is None:
            return
        reason = self._ask_text(
            self.tr("Cancel appointment"),
            self.tr("Why is the appointment of {case} on {time} cancelled?").format(
                case=info.case_number, time=info.start[:16].replace("T", " ")
            ),
        )
        if reason:
            self.cancel_appointment(appointment_id, reason)

    def cancel_appointment(self, appointment_id: str, reason: str) -> None:
        info = self._by_id.get(appointment_id)
        if info is None:
            return
        ws = self.ctx.ws
        self._write(
            lambda _task: cancel(ws, appointment_id, reason),
            info.case_number,
            self.tr("The appointment of {case} is cancelled.").format(case=info.case_number),
        )

    def set_appointment_status(self, appointment_id: str, status: str) -> None:
        info = self._by_id.get(appointment_id)
        if info is None:
            return
        ws = self.ctx.ws
        self._write(
            lambda _task: set_status(ws, appointment_id, status),
            info.case_number,
            self.tr("{case}: {status}.").format(
                case=info.case_number, status=L.label(L.appointment_statuses(), status)
            ),
        )

    def _write(
        self,
        work: Callable[[Task], Any],
        case_number: str,
        done_text: str,
        failed: Callable[[CircuitRideError], None] | None = None,
    ) -> None:
        def done(_result: Any) -> None:
            self.bar.show_message(done_text, "success")
            self.ctx.events.case_changed.emit(case_number)  # the case page, and this page, read again

        def refused(exc: CircuitRideError) -> None:
            self.bar.show_message(service_text(exc))

        self.ctx.tasks.run(work, on_done=done, on_failed=failed or refused)

    def _ask_text(self, title: str, label: str) -> str:
        text, ok = QInputDialog.getText(self, title, label, QLineEdit.EchoMode.Normal)
        return text.strip() if ok else ""

    # ----- dialogs ---------------------------------------------------------------------------
    def open_appointment(self, appointment_id: str) -> BookingDialog | None:
        info = self._by_id.get(appointment_id)
        if info is None:
            return None
        return self._open_booking(BookingDialog(self.ctx, self, appointment=info))

    def book(self, start: str | None = None, row: str | None = None) -> BookingDialog | None:
        if not allowed(self.role, "edit_cases"):
            return None
        if start is None:
            hours = self.grid.opens
            start = f"{self.day.isoformat()}T{hours // 60:02d}:{hours % 60:02d}"
        interpreter = row if row and self.by == "interpreter" else None
        room = row if row and self.by == "room" else None
        return self._open_booking(
            BookingDialog(self.ctx, self, start=start, site=self.site, room=room, interpreter_id=interpreter)
        )

    def _book_at(self, start: str, row: str) -> None:
        self.book(start, row)

    def _open_booking(self, dialog: BookingDialog) -> BookingDialog:
        def saved() -> None:
            number = dialog.case.text().strip().upper()
            self.bar.show_message(self.tr("The appointment of {case} is saved.").format(case=number), "success")
            self.ctx.events.case_changed.emit(number)  # this page reads again too

        dialog.accepted.connect(saved)
        dialog.finished.connect(dialog.deleteLater)
        dialog.open()
        return dialog

    def propose(self) -> ProposeDialog | None:
        if self.read is None:
            return None
        dialog = ProposeDialog(self.ctx, self.read.rides, self.day, self)

        def proposed() -> None:
            review = dialog.review
            if review is None:
                return
            review.accepted.connect(lambda: self._proposal_applied(review.applied))
            review.finished.connect(review.deleteLater)
            review.open()

        dialog.accepted.connect(proposed)
        dialog.finished.connect(dialog.deleteLater)
        dialog.open()
        return dialog

    def _proposal_applied(self, applied: Proposal | None) -> None:
        count = len(applied.slots) if applied is not None else 0
        self.bar.show_message(self.tr("%n appointment(s) booked as proposed.", "", count), "success")
        self.ctx.events.cases_reloaded.emit()  # many cases have a new appointment: every page reads again

    def _status_setter(self, appointment_id: str, status: str) -> Callable[[], None]:
        return lambda: self.set_appointment_status(appointment_id, status)

    def _menu(self, appointment_id: str, where: QPoint) -> None:
        info = self._by_id.get(appointment_id)
        if info is None:
            return
        menu = QMenu(self)
        menu.addAction(self.tr("&Open or move…\tEnter"), lambda: self.open_appointment(appointment_id))
        menu.addSeparator()
        for status, text in (
            ("confirmed", self.tr("&Confirmed by the family")),
            ("done", self.tr("&Done")),
            ("no_show", self.tr("&No-show")),
            ("booked", self.tr("&Booked (undo)")),
        ):
            action = menu.addAction(text, self._status_setter(appointment_id, status))
            action.setEnabled(info.status != status)
        menu.addAction(self.tr("C&ancel…\tDel"), lambda: self.ask_cancel(appointment_id))
        menu.addSeparator()
        menu.addAction(self.tr("Open the &case"), lambda: self.ctx.open_case(info.case_number))
        menu.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        menu.popup(where)
