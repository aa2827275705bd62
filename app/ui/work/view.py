"""The "My work" page: what one user has to do, in the order of urgency the service gives it.

One read (`read_work`, on the task runner's worker) brings `app.services.work.my_work` for the user
shown: the cases assigned to them (expedited first, then by priority, then the longest in their
stage), today's appointments they take care of or staff, the quality findings given to them that
are still open (most severe first), the paper files they hold (soonest due first) and the forms they
submitted that a review sent back, with the reviewer's note. Each is a short list; an empty one says
so in a sentence. Enter or a double click on any row asks for its case (`case_requested`, which the
shell routes to the case page).

Everyone sees their own work. A team lead (the `assign_work` permission) also gets a "Work of:"
chooser with the workspace's active users, to look at a team member's work; the service refuses
anyone else's to other roles, so the chooser is only a convenience. The page reads again when it is
shown, on Refresh (F5), and when a case changes elsewhere while it is visible.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QColor, QKeySequence, QShortcut, QShowEvent
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel, QPushButton, QScrollArea, QVBoxLayout, QWidget

from app.errors import CircuitRideError
from app.ui.case import labels as case_labels
from app.ui.case.widgets import MessageLine
from app.ui.context import UiContext
from app.ui.i18n import service_text
from app.ui.table_model import Column
from app.ui.tasks import LatestRead, Task
from app.ui.work import labels
from app.ui.work.section import WorkSection

if TYPE_CHECKING:
    from app.services.schedule import AppointmentInfo
    from app.services.work import HeldFile, MyWork, SentBack, WorkCase, WorkFinding
    from app.services.workspaces import Workspace

URGENT_COLOUR = QColor("#b00020")  # the message lines' error red: expedited, overdue, high severity


@dataclass(frozen=True, slots=True)
class WorkRead:
    work: MyWork
    me: str  # who unlocked the workspace
    may_choose: bool  # a team lead: may look at anyone's work
    users: list[tuple[str, str]]  # (user name, how it is shown) of the active users, for the chooser
    form_titles: dict[str, str]  # form id -> its title, for the forms sent back


def read_work(ws: Workspace, user: str | None, today: dt.date | None) -> WorkRead:
    """Runs on the worker: the work of `user` (None: whoever unlocked the workspace), and whether
    the signed-in role may look at another user's work. Services are imported here, on the worker."""
    from app.models.roles import allowed
    from app.services.forms import list_forms
    from app.services.users import list_users
    from app.services.work import my_work

    me = ws.username or ""
    everyone = list_users(ws)
    role = next((u.role for u in everyone if u.username == me and u.active), "none")
    may_choose = allowed(role, "assign_work")
    work = my_work(ws, user if may_choose else None, today)
    users = [(u.username, _shown(u.username, u.display_name)) for u in everyone if u.active] if may_choose else []
    titles = {f.form_id: f.title for f in list_forms(ws, all_versions=True)} if work.reviews else {}
    return WorkRead(work, me, may_choose, users, titles)


def _shown(username: str, display_name: str) -> str:
    name = (display_name or "").strip()
    return f"{name} ({username})" if name and name != username else username


class WorkView(QWidget):
    case_requested = Signal(str)  # a case number to open on the Cases page

    def __init__(self, ctx: UiContext, *, today: dt.date | None = None) -> None:
        """`today`: the day whose appointments are shown and against which files are overdue
        (None: the laptop's date; tests and screenshots of the demo fix it)."""
        super().__init__()
        self.ctx = ctx
        self.today = today
        self.read: WorkRead | None = None
        self._chosen: str | None = None  # the user whose work is shown (None: one's own)
        self._choices: list[str] = []  # the chooser's user names, by index
        self._reads: LatestRead[WorkRead] = LatestRead(ctx.tasks, self._reader, self._read_done, self._read_failed)

        self.heading = QLabel()
        self.heading.setTextFormat(Qt.TextFormat.PlainText)
        font = self.heading.font()
        font.setPointSizeF(font.pointSizeF() * 1.5)
        font.setBold(True)
        self.heading.setFont(font)
        self.user_label = QLabel(self.tr("&Work of:"))
        self.user = QComboBox()
        self.user.setAccessibleName(self.tr("Whose work"))
        self.user.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.user.setToolTip(self.tr("Look at the work of a member of the team"))
        self.user_label.setBuddy(self.user)
        self.refresh_button = QPushButton(self.tr("&Refresh"))
        self.refresh_button.setToolTip(self.tr("Read the work again (F5)"))
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.error = MessageLine("error")

        self.cases = WorkSection(
            self.tr("Assigned cases"), self.tr("No cases are assigned right now."), self._case_columns(), _case_of
        )
        self.appointments = WorkSection(
            self.tr("Today's appointments"),
            self.tr("No appointments today."),
            self._appointment_columns(),
            _case_of,
        )
        self.findings = WorkSection(
            self.tr("Quality findings to fix"),
            self.tr("No quality findings to fix: well done."),
            self._finding_columns(),
            _case_of,
        )
        self.files = WorkSection(
            self.tr("Paper files held"),
            self.tr("No paper files are checked out to this person."),
            self._file_columns(),
            _case_of,
        )
        self.reviews = WorkSection(
            self.tr("Forms sent back by review"),
            self.tr("No forms were sent back: every reviewed form was approved."),
            self._review_columns(),
            _case_of,
        )

        top = QHBoxLayout()
        top.addWidget(self.heading)
        top.addStretch(1)
        top.addWidget(self.user_label)
        top.addWidget(self.user)
        top.addSpacing(8)
        top.addWidget(self.refresh_button)
        body = QWidget()
        sections = QVBoxLayout(body)
        sections.setContentsMargins(0, 0, 8, 0)
        for section in self.sections():
            sections.addWidget(section)
        sections.addStretch(1)
        scroll = QScrollArea()
        scroll.setWidget(body)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.summary)
        layout.addWidget(self.error)
        layout.addWidget(scroll, 1)
        self._set_chooser_visible(False)
        self._connect()
        self._show()

    def sections(self) -> tuple[WorkSection, ...]:
        return (self.cases, self.appointments, self.findings, self.files, self.reviews)

    def _connect(self) -> None:
        for section in self.sections():
            section.open_requested.connect(self.case_requested)
        self.user.activated.connect(self._user_chosen)  # the user's choice only, not our own filling
        self.refresh_button.clicked.connect(self.refresh)
        scope = Qt.ShortcutContext.WidgetWithChildrenShortcut
        QShortcut(QKeySequence.StandardKey.Refresh, self, context=scope).activated.connect(self.refresh)
        events = self.ctx.events
        events.case_changed.connect(self._changed_elsewhere)
        events.cases_reloaded.connect(self._changed_elsewhere)
        events.locked.connect(self.clear)
        events.unlocked.connect(self._changed_elsewhere)

    # ----- columns ---------------------------------------------------------------------------------
    def _case_columns(self) -> list[Column[WorkCase]]:
        stages = case_labels.stages()
        return [
            Column(self.tr("Case"), lambda c: c.case_number),
            Column(
                self.tr("Expedited"),
                lambda c: self.tr("Expedited") if c.expedited else "",
                foreground=lambda c: URGENT_COLOUR if c.expedited else None,
            ),
            Column(self.tr("Priority"), lambda c: c.priority),
            Column(self.tr("Stage"), lambda c: case_labels.label(stages, c.stage), tooltip="value"),
            Column(
                self.tr("In this stage"),
                lambda c: self.tr("%n day(s)", "", c.days_in_stage),
                align=int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter),
            ),
            Column(self.tr("Site"), lambda c: c.site, tooltip="value"),
        ]

    def _appointment_columns(self) -> list[Column[AppointmentInfo]]:
        types, statuses = case_labels.appointment_types(), case_labels.appointment_statuses()
        return [
            Column(self.tr("Time"), lambda a: a.start[11:16]),
            Column(self.tr("Case"), lambda a: a.case_number),
            Column(self.tr("Appointment"), lambda a: case_labels.label(types, a.type)),
            Column(self.tr("Site"), lambda a: a.site, tooltip="value"),
            Column(self.tr("Room"), lambda a: a.room, tooltip="value"),
            Column(self.tr("Interpreter"), lambda a: a.interpreter, tooltip="value"),
            Column(self.tr("Status"), lambda a: case_labels.label(statuses, a.status)),
        ]

    def _finding_columns(self) -> list[Column[WorkFinding]]:
        rules, severities = labels.rules(), labels.severities()
        return [
            Column(
                self.tr("Severity"),
                lambda f: labels.label(severities, f.severity),
                foreground=lambda f: URGENT_COLOUR if f.severity == "high" else None,
            ),
            Column(self.tr("Case"), lambda f: f.case_number),
            Column(self.tr("Problem"), lambda f: labels.label(rules, f.rule), tooltip="value"),
            Column(self.tr("Detail"), lambda f: f.detail, tooltip="value"),
        ]

    def _file_columns(self) -> list[Column[HeldFile]]:
        return [
            Column(self.tr("Case"), lambda h: h.case_number),
            Column(self.tr("Held since"), lambda h: (h.held_since or "")[:10]),
            Column(self.tr("Due back"), lambda h: h.due or self.tr("No due date")),
            Column(
                self.tr("State"),
                self._file_state,
                foreground=lambda h: URGENT_COLOUR if self._days_overdue(h) > 0 else None,
            ),
        ]

    def _review_columns(self) -> list[Column[SentBack]]:
        reviews = labels.reviews()
        return [
            Column(self.tr("Case"), lambda r: r.case_number),
            Column(self.tr("Form"), self._form_title, tooltip=lambda r: r.form_id),
            Column(
                self.tr("Review"),
                lambda r: labels.label(reviews, r.review_status),
                foreground=lambda r: URGENT_COLOUR if r.review_status == "rejected" else None,
            ),
            Column(
                self.tr("Reviewer's note"),
                lambda r: r.review_note or self.tr("No note was given."),
                tooltip=lambda r: r.review_note,
            ),
        ]

    def _form_title(self, sent_back: SentBack) -> str:
        titles = self.read.form_titles if self.read is not None else {}
        return titles.get(sent_back.form_id) or sent_back.form_id

    def _day(self) -> dt.date:
        return self.today or dt.date.today()

    def _days_overdue(self, held: HeldFile) -> int:
        if not held.due:
            return 0
        try:
            return (self._day() - dt.date.fromisoformat(held.due[:10])).days
        except ValueError:
            return 0

    def _file_state(self, held: HeldFile) -> str:
        if not held.due:
            return self.tr("Return it when the work is done.")
        late = self._days_overdue(held)
        if late > 0:
            return self.tr("Overdue by %n day(s)", "", late)
        if late == 0:
            return self.tr("Due back today")
        return self.tr("Due back in %n day(s)", "", -late)

    # ----- reading ---------------------------------------------------------------------------------
    def refresh(self) -> None:
        """Read the work of the user shown anew (on the worker)."""
        if not self.ctx.ws.is_unlocked:
            return
        self._reads.request()
        if self.read is None:
            self._show()  # says the work is being read

    def _reader(self) -> Callable[[Task], WorkRead]:
        ws, user, today = self.ctx.ws, self._chosen, self.today
        return lambda _task: read_work(ws, user, today)

    def _read_done(self, read: WorkRead) -> None:
        self.read = read
        self.error.clear_message()
        self._fill_chooser(read)
        self._show()

    def _read_failed(self, exc: CircuitRideError) -> None:
        self.read = None
        self._show()
        self.error.show_message(service_text(exc))

    def _fill_chooser(self, read: WorkRead) -> None:
        self._set_chooser_visible(read.may_choose)
        if not read.may_choose:
            self._choices = []
            self.user.clear()
            return
        users = list(read.users)
        if read.work.user not in {name for name, _ in users}:
            users.append((read.work.user, read.work.user))  # a deactivated user's work stays readable
        self.user.blockSignals(True)
        try:
            self.user.clear()
            self._choices = [name for name, _ in users]
            for name, shown in users:
                self.user.addItem(self.tr("Me ({user})").replace("{user}", shown) if name == read.me else shown)
            self.user.setCurrentIndex(self._choices.index(read.work.user))
        finally:
            self.user.blockSignals(False)

    def _set_chooser_visible(self, visible: bool) -> None:
        self.user_label.setVisible(visible)
        self.user.setVisible(visible)

    def _user_chosen(self, index: int) -> None:
        if not 0 <= index < len(self._choices):
            return
        name = self._choices[index]
        self._chosen = None if self.read is not None and name == self.read.me else name
        self.refresh()

    def show_user(self, username: str | None) -> None:
        """Show the work of `username` (None: one's own); a team lead's choice, as in the chooser."""
        self._chosen = username
        self.refresh()

    def _changed_elsewhere(self, *_args: object) -> None:
        if self.isVisible():
            self.refresh()

    def clear(self) -> None:
        """On lock: show nothing of the workspace, and one's own work after the next unlock."""
        self._reads.forget()
        self.read = None
        self._chosen = None
        self._choices = []
        self.user.clear()
        self._set_chooser_visible(False)
        self.error.clear_message()
        self._show()

    # ----- showing ---------------------------------------------------------------------------------
    def _show(self) -> None:
        read = self.read
        work = read.work if read is not None else None
        self.cases.set_rows(work.cases if work else [])
        self.appointments.set_rows(work.appointments if work else [])
        self.findings.set_rows(work.findings if work else [])
        self.files.set_rows(work.files if work else [])
        self.reviews.set_rows(work.reviews if work else [])
        for section in self.sections():
            section.setVisible(work is not None)
        if read is None or work is None:
            self.heading.setText(self.tr("My work"))
            self.summary.setText(
                self.tr("Reading your work…") if self.ctx.ws.is_unlocked and self._reads.reading else ""
            )
            return
        own = work.user == read.me
        shown = dict(read.users).get(work.user, work.user)
        self.heading.setText(self.tr("My work") if own else self.tr("Work of {user}").replace("{user}", shown))
        self.summary.setText(self._summary(work, own, shown))

    def _summary(self, work: MyWork, own: bool, shown: str) -> str:
        if work.empty:
            if own:
                return self.tr("Nothing is waiting for you: no cases, appointments, findings, files or returned forms.")
            return self.tr(
                "Nothing is waiting for {user}: no cases, appointments, findings, files or returned forms."
            ).replace("{user}", shown)
        parts = [
            self.tr("%n case(s)", "", len(work.cases)),
            self.tr("%n appointment(s) today", "", len(work.appointments)),
            self.tr("%n finding(s) to fix", "", len(work.findings)),
            self.tr("%n paper file(s) held", "", len(work.files)),
            self.tr("%n form(s) sent back", "", len(work.reviews)),
        ]
        return " · ".join(parts)

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 - Qt API
        super().showEvent(event)
        self.refresh()


def _case_of(row: WorkCase | AppointmentInfo | WorkFinding | HeldFile | SentBack) -> str:
    return row.case_number
