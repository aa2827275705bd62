"""The "Dashboard" tab: the team lead's three charts, laid out to be shown in a meeting (the stage
funnel and the aging side by side, the weekly throughput across the bottom), for the last 4, 12 or
26 weeks; and the two exports of the same period (the team statistics Word report, the statistics
workbook).

The figures are read and the charts drawn on the worker (`read_charts`: `app.services.stats.
dashboard` and `app.reports.charts`, matplotlib Figures without pyplot); the GUI thread only puts
each figure on a Qt canvas (matplotlib's QtAgg canvas, which works with PySide6). The words on the
charts are this page's translated strings and the stage names the Cases page uses.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from pathlib import Path
from typing import Any

from matplotlib.backends.backend_qtagg import FigureCanvasQTAgg
from PySide6.QtCore import QStandardPaths, Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QComboBox,
    QFileDialog,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from app.errors import CircuitRideError
from app.reports.charts import ChartWords
from app.ui.case import labels as case_labels
from app.ui.case.widgets import MessageLine
from app.ui.context import UiContext
from app.ui.i18n import service_text
from app.ui.reports.read import Charts, read_charts, write_team_report, write_workbook
from app.ui.tasks import LatestRead, Task

PERIODS = (4, 12, 26)  # the weeks the period chooser offers
DEFAULT_WEEKS = 12
MIN_TOP_HEIGHT = 330  # the funnel and aging charts: twelve stages still read
MIN_BOTTOM_HEIGHT = 250


def period(weeks: int, today: dt.date) -> tuple[dt.date, dt.date]:
    """The last `weeks` weeks to `today`, from the Monday of the first (whole weeks on the chart)."""
    return today - dt.timedelta(weeks=weeks - 1, days=today.weekday()), today


class DashboardTab(QWidget):
    def __init__(self, ctx: UiContext, *, today: dt.date | None = None) -> None:
        """`today`: the last day the charts show (None: the laptop's date; the demo's screenshots fix it)."""
        super().__init__()
        self.ctx = ctx
        self.today = today
        self.charts: Charts | None = None
        self.canvases: list[FigureCanvasQTAgg] = []
        self._reads: LatestRead[Charts] = LatestRead(ctx.tasks, self._reader, self._read_done, self._read_failed)

        self.weeks = QComboBox()
        self.weeks.setAccessibleName(self.tr("Period"))
        for weeks in PERIODS:
            self.weeks.addItem(self.tr("Last %n week(s)", "", weeks), weeks)
        self.weeks.setCurrentIndex(PERIODS.index(DEFAULT_WEEKS))
        self.refresh_button = QPushButton(self.tr("&Refresh"))
        self.refresh_button.setToolTip(self.tr("Read the figures again (F5)"))
        self.report_button = QPushButton(self.tr("Export team &statistics…"))
        self.report_button.setToolTip(
            self.tr("Save the team statistics of the period as a Word document, with these charts")
        )
        self.workbook_button = QPushButton(self.tr("Export &workbook…"))
        self.workbook_button.setToolTip(self.tr("Save the statistics of the period, by site, as an Excel workbook"))
        self.summary = QLabel()
        self.summary.setStyleSheet("color: palette(mid);")
        self.notice = MessageLine("notice")
        self.error = MessageLine("error")

        bar = QHBoxLayout()
        period_label = QLabel(self.tr("&Period:"))
        period_label.setBuddy(self.weeks)
        bar.addWidget(period_label)
        bar.addWidget(self.weeks)
        bar.addWidget(self.refresh_button)
        bar.addSpacing(12)
        bar.addWidget(self.summary, 1)
        bar.addWidget(self.report_button)
        bar.addWidget(self.workbook_button)

        self.grid = QGridLayout()
        self.grid.setContentsMargins(0, 0, 0, 0)
        self.grid.setSpacing(8)
        self.slots = [QFrame() for _ in range(3)]  # funnel, aging, throughput
        for slot in self.slots:
            slot.setFrameShape(QFrame.Shape.StyledPanel)
            slot.setStyleSheet("QFrame { background: white; }")
            QVBoxLayout(slot).setContentsMargins(2, 2, 2, 2)
        self.slots[0].setMinimumHeight(MIN_TOP_HEIGHT)
        self.slots[1].setMinimumHeight(MIN_TOP_HEIGHT)
        self.slots[2].setMinimumHeight(MIN_BOTTOM_HEIGHT)
        self.grid.addWidget(self.slots[0], 0, 0)
        self.grid.addWidget(self.slots[1], 0, 1)
        self.grid.addWidget(self.slots[2], 1, 0, 1, 2)
        self.grid.setRowStretch(0, 4)
        self.grid.setRowStretch(1, 3)
        body = QWidget()
        body.setLayout(self.grid)
        scroll = QScrollArea()
        scroll.setWidget(body)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        self.empty = QLabel()
        self.empty.setStyleSheet("color: palette(mid);")

        layout = QVBoxLayout(self)
        layout.addLayout(bar)
        layout.addWidget(self.notice)
        layout.addWidget(self.error)
        layout.addWidget(self.empty)
        layout.addWidget(scroll, 1)

        self.weeks.currentIndexChanged.connect(lambda _i: self.refresh())
        self.refresh_button.clicked.connect(self.refresh)
        self.report_button.clicked.connect(self.export_report)
        self.workbook_button.clicked.connect(self.export_workbook)
        scope = Qt.ShortcutContext.WidgetWithChildrenShortcut
        QShortcut(QKeySequence.StandardKey.Refresh, self, context=scope).activated.connect(self.refresh)
        self._show()

    # ----- the words on the charts -----------------------------------------------------------------
    def words(self) -> ChartWords:
        """The charts' words in the interface language (read now: a language switch shows next time)."""
        stages = case_labels.stages()
        return ChartWords(
            funnel_title=self.tr("Cases in each stage now"),
            funnel_axis=self.tr("Cases"),
            throughput_title=self.tr("Weekly throughput"),
            interviews=self.tr("Interviews done"),
            moved_on=self.tr("Cases moved to a later stage"),
            week_axis=self.tr("Week"),
            aging_title=self.tr("How long cases have been in their stage"),
            age_buckets=(self.tr("0–7 days"), self.tr("8–30 days"), self.tr("31–90 days"), self.tr("over 90 days")),
            no_data=self.tr("Nothing to show yet."),
            stage=lambda code: case_labels.label(stages, code),
        )

    def chosen_period(self) -> tuple[dt.date, dt.date]:
        return period(int(self.weeks.currentData() or DEFAULT_WEEKS), self.today or dt.date.today())

    def _now(self) -> dt.datetime | None:
        """The moment the aging is measured at: the end of `today` when one is fixed."""
        if self.today is None:
            return None
        return dt.datetime.combine(self.today, dt.time(23, 59), tzinfo=dt.UTC)

    # ----- reading ---------------------------------------------------------------------------------
    def refresh(self) -> None:
        """Read the figures of the period chosen and draw the charts (on the worker)."""
        if not self.ctx.ws.is_unlocked:
            return
        self.refresh_button.setEnabled(False)
        self._reads.request()
        if self.charts is None:
            self._show()

    def _reader(self) -> Callable[[Task], Charts]:
        ws, words, now = self.ctx.ws, self.words(), self._now()
        start, end = self.chosen_period()
        return lambda _task: read_charts(ws, start, end, now, words)

    def _read_done(self, charts: Charts) -> None:
        self.refresh_button.setEnabled(True)
        self.charts = charts
        self.error.clear_message()
        self._show()

    def _read_failed(self, exc: CircuitRideError) -> None:
        self.refresh_button.setEnabled(True)
        self.charts = None
        self._show()
        self.empty.hide()
        self.error.show_message(service_text(exc))

    def clear(self) -> None:
        """On lock: show nothing of the workspace."""
        self._reads.forget()
        self.refresh_button.setEnabled(True)
        self.charts = None
        self.notice.clear_message()
        self.error.clear_message()
        self._show()

    # ----- showing ---------------------------------------------------------------------------------
    def _show(self) -> None:
        for canvas in self.canvases:
            canvas.setParent(None)
            canvas.deleteLater()
        self.canvases = []
        charts = self.charts
        for slot in self.slots:
            slot.setVisible(charts is not None)
        for button in (self.report_button, self.workbook_button):
            button.setEnabled(charts is not None)
        if charts is None:
            self.summary.setText("")
            self.empty.setText(self.tr("Reading the figures…") if self.ctx.ws.is_unlocked else "")
            self.empty.setVisible(bool(self.empty.text()))
            return
        self.empty.hide()
        for slot, figure in zip(self.slots, (charts.funnel, charts.aging, charts.throughput), strict=True):
            canvas = FigureCanvasQTAgg(figure)  # type: ignore[no-untyped-call]
            canvas.setAccessibleName(str(figure.get_suptitle()))
            canvas.setMinimumSize(200, 150)
            slot_layout = slot.layout()
            assert slot_layout is not None
            slot_layout.addWidget(canvas)
            canvas.show()  # now, not when the layout's queued show comes round
            self.canvases.append(canvas)
        data = charts.data
        self.summary.setText(
            self.tr("%n case(s) in the pipeline now", "", data.total_cases)
            + " · "
            + self.tr("weeks from {start} to {end}")
            .replace("{start}", data.start.isoformat())
            .replace("{end}", data.end.isoformat())
        )

    # ----- exports ---------------------------------------------------------------------------------
    def ask_save_path(self, title: str, name: str, kind: str) -> str:
        """Where to save (a file dialog); "" when the user cancelled. Tests replace it."""
        folder = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
        path, _filter = QFileDialog.getSaveFileName(self, title, str(Path(folder) / name), kind)
        return path

    def export_report(self) -> None:
        start, end = self.chosen_period()
        path = self.ask_save_path(
            self.tr("Export team statistics"),
            f"team-statistics-{start.isoformat()}-{end.isoformat()}.docx",
            self.tr("Word documents (*.docx)"),
        )
        if path:
            self._export(
                lambda ws: write_team_report(ws, _with_suffix(path, ".docx"), start, end),
                self.tr("Saved the team statistics to {path}."),
            )

    def export_workbook(self) -> None:
        start, end = self.chosen_period()
        path = self.ask_save_path(
            self.tr("Export workbook"),
            f"statistics-{start.isoformat()}-{end.isoformat()}.xlsx",
            self.tr("Excel workbooks (*.xlsx)"),
        )
        if path:
            self._export(
                lambda ws: write_workbook(ws, _with_suffix(path, ".xlsx"), start, end),
                self.tr("Saved the statistics workbook to {path}."),
            )

    def _export(self, write: Callable[[Any], str], said: str) -> None:
        ws = self.ctx.ws
        self.notice.clear_message()
        self.error.clear_message()
        for button in (self.report_button, self.workbook_button):
            button.setEnabled(False)

        def done(path: str) -> None:
            self._exports_enabled()
            text = said.replace("{path}", path)
            self.notice.show_message(text)
            self.ctx.show_status(text)

        def failed(exc: CircuitRideError) -> None:
            self._exports_enabled()
            self.error.show_message(service_text(exc))

        self.ctx.tasks.run(lambda _task: write(ws), on_done=done, on_failed=failed)

    def _exports_enabled(self) -> None:
        for button in (self.report_button, self.workbook_button):
            button.setEnabled(self.charts is not None)


def _with_suffix(path: str, suffix: str) -> str:
    """The name chosen, with the file type's ending added when the dialog left it off."""
    return path if Path(path).suffix else path + suffix
