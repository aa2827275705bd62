"""The Sync page: whether this laptop is enrolled with HQ, when it last synced and what is waiting,
a "Sync now" that runs `app.sync.engine.sync` on the task runner with progress, and the conflicts
panel below.

State is read through `engine.sync_state` and `conflicts.list_conflicts` on the worker thread each
time the page is shown, after every sync or resolution, and when a case changes while it is shown.
Errors are the services' own messages in a plain box: never a traceback.
"""

from __future__ import annotations

import html
from typing import Any

from PySide6.QtCore import QLocale, Qt
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app import app_version
from app.errors import CircuitRideError
from app.services.conflicts import ConflictInfo, list_conflicts
from app.sync.engine import SyncReport, SyncState, enroll, sync, sync_state
from app.ui.context import UiContext
from app.ui.i18n import service_text
from app.ui.sync.conflicts import ConflictsPanel, iso_ms, local_time, record_label
from app.ui.sync.dialogs import ask_enrollment_code
from app.ui.tasks import Task

ERROR_BOX_STYLE = (
    "background: #fdecea; border: 1px solid #e3a7a0; border-radius: 3px; padding: 6px 8px; color: #5f1410;"
)


PROBLEMS_BOX_STYLE = (
    "background: #fff4e0; border: 1px solid #e0b060; border-radius: 3px; padding: 6px 8px; color: #4a3000;"
)
PROBLEM_LINES_SHOWN = 6
UPDATE_BOX_STYLE = (
    "background: #e8f1fb; border: 1px solid #9fc0e6; border-radius: 3px; padding: 6px 8px; color: #0b2e55;"
)


class SyncView(QWidget):
    def __init__(self, ctx: UiContext) -> None:
        super().__init__()
        self.ctx = ctx
        self.state: SyncState | None = None
        self.running = False
        self._generation = 0
        self._action_error = ""  # an enrollment or sync failure just now (the state keeps only sync's)

        heading = QLabel("<h2>" + self.tr("Sync with HQ") + "</h2>")
        self.connection = QLabel()
        self.connection.setWordWrap(True)
        self.connection.setTextFormat(Qt.TextFormat.PlainText)
        self.values: dict[str, QLabel] = {}
        grid = QGridLayout()
        grid.setHorizontalSpacing(12)
        rows = [
            ("device", self.tr("This laptop:")),
            ("last", self.tr("Last successful sync:")),
            ("ride", self.tr("Ride:")),
            ("pending", self.tr("Changes waiting to be sent:")),
            ("server", self.tr("HQ address:")),
            ("conflicts", self.tr("Open conflicts:")),
        ]
        for i, (key, text) in enumerate(rows):
            value = QLabel()
            value.setTextFormat(Qt.TextFormat.PlainText)
            value.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            self.values[key] = value
            grid.addWidget(QLabel(text), i // 2, (i % 2) * 2)
            grid.addWidget(value, i // 2, (i % 2) * 2 + 1)
        grid.setColumnStretch(1, 1)
        grid.setColumnStretch(3, 1)

        self.error_box = QLabel()
        self.error_box.setObjectName("syncError")
        self.error_box.setWordWrap(True)
        self.error_box.setTextFormat(Qt.TextFormat.PlainText)
        self.error_box.setStyleSheet(ERROR_BOX_STYLE)
        self.error_box.setAccessibleName(self.tr("Sync problem"))
        self.error_box.hide()
        self.problems_box = QLabel()
        self.problems_box.setObjectName("syncProblems")
        self.problems_box.setWordWrap(True)
        self.problems_box.setTextFormat(Qt.TextFormat.PlainText)
        self.problems_box.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.problems_box.setStyleSheet(PROBLEMS_BOX_STYLE)
        self.problems_box.setAccessibleName(self.tr("What was not synced"))
        self.problems_box.hide()

        # HQ's current release, when newer than this app: where to get it is a link (the browser opens it).
        self.update_box = QLabel()
        self.update_box.setObjectName("syncUpdate")
        self.update_box.setWordWrap(True)
        self.update_box.setTextFormat(Qt.TextFormat.RichText)
        self.update_box.setOpenExternalLinks(True)
        self.update_box.setTextInteractionFlags(Qt.TextInteractionFlag.TextBrowserInteraction)
        self.update_box.setStyleSheet(UPDATE_BOX_STYLE)
        self.update_box.setAccessibleName(self.tr("Update available"))
        self.update_box.hide()

        self.enroll_button = QPushButton(self.tr("&Enroll with HQ…"))
        self.enroll_button.clicked.connect(self.enroll)
        self.sync_button = QPushButton(self.tr("&Sync now"))
        self.sync_button.setDefault(True)
        self.sync_button.clicked.connect(self.sync_now)
        self.progress = QProgressBar()
        self.progress.setMaximumWidth(260)
        self.progress.hide()
        self.stage = QLabel()
        self.stage.hide()
        actions = QHBoxLayout()
        actions.addWidget(self.enroll_button)
        actions.addWidget(self.sync_button)
        actions.addWidget(self.progress)
        actions.addWidget(self.stage)
        actions.addStretch(1)
        self.hint = QLabel()
        self.hint.setWordWrap(True)
        self.hint.setStyleSheet("color: palette(mid);")
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.summary.setTextFormat(Qt.TextFormat.PlainText)
        self.summary.hide()

        line = QFrame()
        line.setFrameShape(QFrame.Shape.HLine)
        line.setFrameShadow(QFrame.Shadow.Sunken)
        self.conflicts = ConflictsPanel(ctx)

        layout = QVBoxLayout(self)
        layout.addWidget(heading)
        layout.addWidget(self.connection)
        layout.addLayout(grid)
        layout.addWidget(self.update_box)
        layout.addWidget(self.error_box)
        layout.addWidget(self.problems_box)
        layout.addLayout(actions)
        layout.addWidget(self.hint)
        layout.addWidget(self.summary)
        layout.addWidget(line)
        layout.addWidget(self.conflicts, 1)
        self._connect()
        self._show_state()

    def _connect(self) -> None:
        self.conflicts.resolved.connect(self._conflict_resolved)
        events = self.ctx.events
        events.case_changed.connect(self._case_changed)
        events.cases_reloaded.connect(self._case_changed)
        events.locked.connect(self.clear)

    # ----- public ----------------------------------------------------------------------------
    def refresh(self) -> None:
        """Read the sync state and the open conflicts again (off the GUI thread)."""
        if not self.ctx.ws.is_unlocked:
            return
        self._generation += 1
        ws, generation = self.ctx.ws, self._generation

        def work(_task: Task) -> tuple[SyncState, list[ConflictInfo]]:
            return sync_state(ws), list_conflicts(ws)

        self.ctx.tasks.run(
            work,
            on_done=lambda result: self._refreshed(generation, result),
            on_failed=lambda exc: self._refresh_failed(generation, exc),
        )

    def select_conflict(self, conflict_id: str) -> None:
        """Show this conflict when the page next lists them (a case page's "Decide…" link)."""
        self.conflicts.wanted = conflict_id
        self.conflicts.select_wanted()

    def clear(self) -> None:
        """On lock: show nothing of the workspace."""
        self._generation += 1
        self.state = None
        self._action_error = ""
        self.summary.hide()
        self.conflicts.set_conflicts([])
        self._show_state()

    def sync_now(self) -> None:
        if self.running or self.state is None or not self.state.enrolled:
            return
        ws = self.ctx.ws

        def work(task: Task) -> SyncReport:
            return sync(ws, lambda stage, done, total: task.progress(done, total, stage))

        self._action_error = ""
        self.summary.hide()
        self._set_running(True, self.tr("Connecting to HQ…"))
        self.ctx.tasks.run(work, on_done=self._synced, on_failed=self._sync_failed, on_progress=self._progress)

    def enroll(self) -> None:
        if self.running:
            return
        code = ask_enrollment_code(self)
        if not code:
            return
        ws = self.ctx.ws
        self._action_error = ""
        self.summary.hide()
        self._set_running(True, self.tr("Enrolling with HQ…"))
        self.ctx.tasks.run(lambda _task: enroll(ws, code), on_done=self._enrolled, on_failed=self._sync_failed)

    # ----- results (GUI thread) ----------------------------------------------------------------
    def _refreshed(self, generation: int, result: tuple[SyncState, list[ConflictInfo]]) -> None:
        if generation != self._generation:
            return
        self.state, conflicts = result
        self.conflicts.set_conflicts(conflicts)
        self._show_state()

    def _refresh_failed(self, generation: int, exc: CircuitRideError) -> None:
        if generation == self._generation:
            self.ctx.show_status(service_text(exc))

    def _progress(self, done: int, total: int, stage: str) -> None:
        stages = {
            "push": self.tr("Sending changes to HQ"),
            "pull": self.tr("Receiving changes from HQ"),
            "files up": self.tr("Sending files"),
            "files down": self.tr("Receiving files"),
        }
        self.stage.setText(stages.get(stage, stage))
        self.progress.setRange(0, max(total, 1))
        self.progress.setValue(min(done, max(total, 1)))

    def _synced(self, report: SyncReport) -> None:
        self._set_running(False)
        locale = QLocale()
        text = (
            self.tr("Sync finished. Sent: {sent} · Received: {received} · Files: {files} · New conflicts: {conflicts}")
            .replace("{sent}", locale.toString(report.pushed))
            .replace("{received}", locale.toString(report.pulled))
            .replace("{files}", locale.toString(report.uploaded_files + report.downloaded_files))
            .replace("{conflicts}", locale.toString(report.conflicts))
        )
        if report.rejected:
            text += " · " + self.tr("Refused by HQ: {count}").replace("{count}", locale.toString(len(report.rejected)))
        self.summary.setText(text)
        self.summary.show()
        self.ctx.events.cases_reloaded.emit()  # pulled changes may touch any case
        self.refresh()

    def _enrolled(self, _enrollment: Any) -> None:
        self._set_running(False)
        self.summary.setText(self.tr("This laptop is enrolled with HQ. Sync now to send and receive the ride's work."))
        self.summary.show()
        self.refresh()

    def _sync_failed(self, exc: CircuitRideError) -> None:
        self._set_running(False)
        self._action_error = service_text(exc)
        self._show_state()
        self.refresh()

    def _conflict_resolved(self, case_number: str) -> None:
        if case_number:
            self.ctx.events.case_changed.emit(case_number)  # also refreshes this page
        else:
            self.refresh()

    def _case_changed(self, *_args: object) -> None:
        if self.isVisible():
            self.refresh()

    # ----- drawing -----------------------------------------------------------------------------
    def _set_running(self, running: bool, label: str = "") -> None:
        self.running = running
        self.progress.setRange(0, 0)  # busy until the first report says how much there is
        self.progress.setVisible(running)
        self.stage.setText(label)
        self.stage.setVisible(running)
        self._show_state()

    def _show_state(self) -> None:
        s = self.state
        locale = QLocale()
        enrolled = s is not None and s.enrolled
        if s is None:
            self.connection.setText(self.tr("Reading the sync state…"))
        elif enrolled:
            self.connection.setText(self.tr("This laptop is enrolled with HQ."))
        else:
            self.connection.setText(
                self.tr("This laptop is not enrolled with HQ yet. Every change is kept and waits for the first sync.")
            )
        dash = "—"
        self.values["server"].setText((s.server if s else None) or dash)
        self.values["device"].setText((s.device_name if s else "") or dash)
        if s is not None and s.enrolled and not s.ride_id:
            self.values["ride"].setText(self.tr("All cases (not limited to one ride)"))
        else:
            self.values["ride"].setText((s.ride_name or s.ride_id if s else None) or dash)
        if s is None:
            last = dash
        elif s.last_success:
            last = local_time(iso_ms(s.last_success)) or s.last_success
        else:
            last = self.tr("Never")
        self.values["last"].setText(last)
        self.values["pending"].setText(locale.toString(s.pending_changes) if s else dash)
        self.values["conflicts"].setText(locale.toString(s.open_conflicts) if s else dash)

        update = self._update_text(s) if s is not None else ""
        self.update_box.setText(update)
        self.update_box.setVisible(bool(update))

        problems = self._problems_text(s) if s is not None else ""
        self.problems_box.setText(problems)
        self.problems_box.setVisible(bool(problems))

        error = self._action_error or (s.last_error if s else "") or ""
        self.error_box.setText(self.tr("The last sync did not finish:") + "\n" + error if error else "")
        self.error_box.setVisible(bool(error))

        self.enroll_button.setVisible(s is not None and not enrolled)
        self.enroll_button.setEnabled(not self.running)
        self.sync_button.setEnabled(enrolled and not self.running)
        if s is not None and not enrolled:
            self.hint.setText(self.tr("Enroll this laptop with the code from HQ before the first sync."))
            self.sync_button.setToolTip(self.hint.text())
        elif self.running:
            self.hint.setText(self.tr("Syncing; you can keep working meanwhile."))
            self.sync_button.setToolTip("")
        else:
            self.hint.setText("")
            self.sync_button.setToolTip(self.tr("Send this laptop's changes to HQ and receive the ride's updates"))
        self.hint.setVisible(bool(self.hint.text()))

    def _update_text(self, s: SyncState) -> str:
        """ "Update available: X" and where to get it (rich text: HQ's address is escaped, never markup)."""
        if not s.update_available or not s.current_version:
            return ""
        text = "<b>" + html.escape(self.tr("Update available: %s") % s.current_version) + "</b>"
        text += " " + html.escape(self.tr("(you have %s)") % app_version())
        if s.download_url:
            url = html.escape(s.download_url, quote=True)
            text += "<br>" + html.escape(self.tr("Get it from:")) + f' <a href="{url}">{url}</a>'
        else:
            text += "<br>" + html.escape(self.tr("Ask HQ where to get it."))
        return text

    def _problems_text(self, s: SyncState) -> str:
        """What sync could not do, counted per kind, then the newest items with their case (the
        reasons are HQ's or the sync engine's own words)."""
        lines = []
        if s.refused:
            lines.append(self.tr("%n change(s) refused by HQ: they stay on this laptop only.", "", s.refused))
        if s.unsent:
            lines.append(
                self.tr(
                    "%n change(s) cannot be sent until their record is corrected; the others were sent.", "", s.unsent
                )
            )
        if s.unappliable:
            lines.append(self.tr("%n record(s) from HQ could not be stored on this laptop.", "", s.unappliable))
        if s.held:
            lines.append(
                self.tr("%n record(s) from HQ are waiting for the record they belong to; they are kept.", "", s.held)
            )
        if not lines:
            return ""
        for item in list(reversed(s.details))[:PROBLEM_LINES_SHOWN]:
            where = (
                self.tr("case {number}").replace("{number}", item.case_number)
                if item.case_number
                else self.tr("no case")
            )
            lines.append(f"• {record_label(item.table)} ({where}): {item.reason}")
        if len(s.details) > PROBLEM_LINES_SHOWN:
            lines.append(self.tr("`circuitride sync status --json` lists them all."))
        return self.tr("Not synced:") + "\n" + "\n".join(lines)

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 - Qt API
        super().showEvent(event)
        self.refresh()
