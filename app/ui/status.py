"""Status bar: lock state, current ride, last sync and a warning when there is no recent backup.

The workspace's status is read on the task runner's worker after each unlock and bulk change; a
lock meanwhile makes that answer stale.
"""

from __future__ import annotations

import datetime as dt
import html
import logging
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QStatusBar

from app.errors import CircuitRideError
from app.ui.context import UiContext

if TYPE_CHECKING:
    from app.services.status import WorkspaceStatus

log = logging.getLogger(__name__)

BACKUP_WARNING_DAYS = 7


class StatusBar(QStatusBar):
    def __init__(self, ctx: UiContext) -> None:
        super().__init__()
        self.ctx = ctx
        self.lock_label = QLabel()
        self.ride_label = QLabel()
        self.sync_label = QLabel()
        self.backup_label = QLabel()
        # HQ's current release, when newer than this app: a link to where to get it.
        self.update_label = QLabel()
        self.update_label.setObjectName("updateAvailable")
        self.update_label.setTextFormat(Qt.TextFormat.RichText)
        self.update_label.setOpenExternalLinks(True)
        self.update_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextBrowserInteraction)
        # Opened on a full disk (app/store/workspace.py): reading works, any change would fail.
        self.disk_label = QLabel()
        self.disk_label.setObjectName("diskFull")
        self.disk_label.setStyleSheet("color: #9a1a00; font-weight: bold")
        self.disk_label.setWordWrap(False)
        for label in (
            self.disk_label,
            self.update_label,
            self.lock_label,
            self.ride_label,
            self.sync_label,
            self.backup_label,
        ):
            self.addPermanentWidget(label)
        self._generation = 0  # moves on every lock: a status read before it is not shown
        ctx.events.unlocked.connect(self.refresh)
        ctx.events.locked.connect(self.show_locked)
        ctx.events.cases_reloaded.connect(self.refresh)
        self.show_locked()

    def show_locked(self) -> None:
        self._generation += 1
        self.lock_label.setText(self.tr("Locked"))
        for label in (self.ride_label, self.sync_label, self.backup_label, self.disk_label, self.update_label):
            label.clear()
        self.update_label.setToolTip("")

    def refresh(self) -> None:
        if not self.ctx.ws.is_unlocked:
            self.show_locked()
            return
        from app.services.status import workspace_status  # the database layer loads after the unlock screen

        if getattr(self.ctx.ws, "low_disk", False):
            self.disk_label.setText(self.tr("Disk full: read, export and back up only; free some space to save"))
            self.disk_label.setToolTip(
                self.tr(
                    "The disk holding the workspace is full. You can read, search, export and back up to another "
                    "drive; changes cannot be saved until some space is freed."
                )
            )
        else:
            self.disk_label.clear()
        generation, ws = self._generation, self.ctx.ws

        def failed(exc: CircuitRideError) -> None:
            # Only what the bar shows is missing; the views report their own failures.
            log.warning("could not read the workspace status: %s", type(exc).__name__)

        self.ctx.tasks.run(
            lambda _task: workspace_status(ws),
            on_done=lambda st: self._show(st) if generation == self._generation else None,
            on_failed=failed,
        )

    def _show(self, st: WorkspaceStatus) -> None:
        from app.services.history import format_time

        self.lock_label.setText(self.tr("Unlocked: %s") % st.username)
        self.ride_label.setText(self.tr("Ride: %s") % st.ride if st.ride else self.tr("No current ride"))
        if st.last_sync is None:
            self.sync_label.setText(self.tr("Never synced"))
        else:
            try:  # written as everywhere else in the app: 2026-12-06 07:27
                shown = format_time(dt.datetime.fromisoformat(st.last_sync))
            except ValueError:
                shown = st.last_sync
            self.sync_label.setText(self.tr("Last sync: %s") % shown)
        if st.last_backup is None:
            self.backup_label.setText(self.tr("Not backed up yet"))
        else:
            age = (dt.datetime.now(dt.UTC) - st.last_backup).days
            self.backup_label.setText(
                self.tr("Last backup %n day(s) ago", "", age) if age >= BACKUP_WARNING_DAYS else ""
            )
        self.backup_label.setStyleSheet("color: #9a4a00" if self.backup_label.text() else "")
        self._show_update(st.update_version, st.download_url)

    def _show_update(self, version: str | None, url: str | None) -> None:
        if not version:
            self.update_label.clear()
            self.update_label.setToolTip("")
            return
        text = html.escape(self.tr("Update available: %s") % version)
        if url:
            self.update_label.setText(f'<a href="{html.escape(url, quote=True)}">{text}</a>')
            self.update_label.setToolTip(self.tr("Get it from %s") % url)
        else:
            self.update_label.setText(text)
            self.update_label.setToolTip(self.tr("Ask HQ where to get it."))
