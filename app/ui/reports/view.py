"""The "Reports and QC" page (issue 22): the team lead's desk for quality and the pipeline, in two
tabs: "Quality findings" (app/ui/reports/findings.py: the findings list, the checks, the actions on
findings) and "Dashboard" (app/ui/reports/dashboard.py: the stage funnel, weekly throughput and
aging charts for a meeting, and the exports).

Each tab reads when it is first shown and again whenever the page is shown; a change elsewhere
(a case edited, an import) marks the tabs stale and the one on screen reads again. Changes to
findings made here read the dashboard again the next time it is shown. Nothing is read on the GUI
thread (app/ui/tasks.py).
"""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import QLabel, QTabWidget, QVBoxLayout, QWidget

from app.ui.context import UiContext
from app.ui.reports.dashboard import DashboardTab
from app.ui.reports.findings import FindingsTab


class ReportsView(QWidget):
    case_requested = Signal(str)  # a case number to open on the Cases page

    FINDINGS, DASHBOARD = 0, 1

    def __init__(self, ctx: UiContext, *, today: dt.date | None = None) -> None:
        """`today`: the day the checks judge by and the charts end on (None: the laptop's date;
        tests and screenshots of the demo fix it)."""
        super().__init__()
        self.ctx = ctx
        self._stale = {self.FINDINGS: True, self.DASHBOARD: True}
        heading = QLabel("<h2>" + self.tr("Reports and quality control") + "</h2>")
        heading.setTextFormat(Qt.TextFormat.RichText)
        self.findings = FindingsTab(ctx, today=today)
        self.dashboard = DashboardTab(ctx, today=today)
        self.tabs = QTabWidget()
        self.tabs.setDocumentMode(True)
        self.tabs.addTab(self.findings, self.tr("&Quality findings"))
        self.tabs.addTab(self.dashboard, self.tr("Das&hboard"))
        layout = QVBoxLayout(self)
        layout.addWidget(heading)
        layout.addWidget(self.tabs, 1)

        self.findings.case_requested.connect(self.case_requested)
        self.findings.changed.connect(lambda: self._stale.__setitem__(self.DASHBOARD, True))
        self.tabs.currentChanged.connect(lambda _i: self._read_current())
        events = ctx.events
        events.case_changed.connect(self._changed_elsewhere)
        events.cases_reloaded.connect(self._changed_elsewhere)
        events.unlocked.connect(self._changed_elsewhere)
        events.locked.connect(self.clear)

    def show_tab(self, index: int) -> None:
        """Bring a tab forward (FINDINGS, DASHBOARD); it reads if it has not yet."""
        self.tabs.setCurrentIndex(index)

    def refresh(self) -> None:
        """Read the tab on screen anew, and the other when it is next shown."""
        self._stale = {self.FINDINGS: True, self.DASHBOARD: True}
        self._read_current()

    def _read_current(self) -> None:
        if not self.isVisible():
            return
        index = self.tabs.currentIndex()
        if not self._stale.get(index, False):
            return
        self._stale[index] = False
        (self.findings if index == self.FINDINGS else self.dashboard).refresh()

    def _changed_elsewhere(self, *_args: object) -> None:
        self._stale = {self.FINDINGS: True, self.DASHBOARD: True}
        self._read_current()

    def clear(self) -> None:
        """On lock: show nothing of the workspace; read anew after the next unlock."""
        self.findings.clear()
        self.dashboard.clear()
        self._stale = {self.FINDINGS: True, self.DASHBOARD: True}

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 - Qt API
        super().showEvent(event)
        self.refresh()
