"""The form audit log of a submission, for the team lead checking how a form was filled (QC).

What a reviewer looks for first: how long the interview took and over how many sittings, which
questions took the time (a 2-second consent is a question read too fast; ten minutes on one
question is a question to look at), and which answers were changed after being given, to what,
by whom and why. The full list of events is the last tab, as ODK's audit.csv has them.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from app.forms import audit_log as A


def _when(ms: int | None) -> str:
    if ms is None:
        return ""
    return dt.datetime.fromtimestamp(ms / 1000).astimezone().strftime("%Y-%m-%d %H:%M:%S")


def _duration(ms: int | None) -> str:
    if ms is None or ms < 0:
        return ""
    seconds = round(ms / 1000)
    if seconds < 60:
        return f"{seconds} s"
    minutes, seconds = divmod(seconds, 60)
    if minutes < 60:
        return f"{minutes} min {seconds:02d} s"
    hours, minutes = divmod(minutes, 60)
    return f"{hours} h {minutes:02d} min"


class AuditDialog(QDialog):
    """A read-only view of one audit log. `labels` turns a node path into the question's label."""

    def __init__(
        self,
        data: bytes | None,
        *,
        title: str = "",
        labels: Callable[[str], str] | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Form audit — %1").replace("%1", title) if title else self.tr("Form audit"))
        self._labels = labels
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.summary.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.tabs = QTabWidget()
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addWidget(self.tabs, 1)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.resize(980, 620)
        self.rows: list[A.AuditRow] = []
        if data is None:
            self.summary.setText(
                self.tr(
                    "This submission's audit log is not on this laptop. Sync, then open it again; if it is "
                    "still missing, the form was filled without one."
                )
            )
            return
        try:
            self.rows = A.read_csv(data)
        except ValueError:
            self.summary.setText(self.tr("This submission's audit file cannot be read: it is not a form audit log."))
            return
        self._fill(A.summarize(self.rows))

    def _question(self, node: str) -> str:
        label = self._labels(node) if self._labels is not None and node else ""
        return f"{label}  ({node})" if label else node

    def _fill(self, s: A.AuditSummary) -> None:
        parts = [
            self.tr("Filled from %1 to %2, in %n sitting(s).", "", max(1, s.sessions))
            .replace("%1", _when(s.started))
            .replace("%2", _when(s.ended)),
            self.tr("Time on questions: %1.").replace("%1", _duration(s.total_ms)),
            self.tr("Answers changed after being given: %n.", "", len(s.changes)),
        ]
        if s.reasons:
            reasons = "; ".join(r.change_reason for r in s.reasons if r.change_reason)
            parts.append(self.tr("Reasons given for changes: %1").replace("%1", reasons))
        self.summary.setText("  ".join(parts))

        self.times = self._table(
            [self.tr("Question"), self.tr("Time"), self.tr("Visits"), self.tr("Share of the time")],
            [
                [
                    self._question(q.node),
                    _duration(q.total_ms),
                    str(q.visits),
                    f"{round(100 * q.total_ms / s.total_ms)} %" if s.total_ms else "",
                ]
                for q in s.questions
            ],
        )
        self.tabs.addTab(self.times, self.tr("Time per question"))
        self.changes = self._table(
            [self.tr("When"), self.tr("Question"), self.tr("Was"), self.tr("Became"), self.tr("By"), self.tr("Reason")],
            [[_when(r.end or r.start), self._question(r.node), r.old_value, r.new_value, r.user, ""] for r in s.changes]
            + [[_when(r.start), "", "", "", r.user, r.change_reason] for r in s.reasons],
        )
        self.tabs.addTab(self.changes, self.tr("Changes (%1)").replace("%1", str(len(s.changes))))
        self.events = self._table(
            [
                self.tr("Event"),
                self.tr("Question or group"),
                self.tr("Start"),
                self.tr("Duration"),
                self.tr("Location"),
                self.tr("Was"),
                self.tr("Became"),
                self.tr("User"),
                self.tr("Reason"),
            ],
            [
                [
                    r.event,
                    self._question(r.node),
                    _when(r.start),
                    _duration(r.duration_ms),
                    f"{r.latitude}, {r.longitude} (±{r.accuracy} m)" if r.latitude else "",
                    r.old_value,
                    r.new_value,
                    r.user,
                    r.change_reason,
                ]
                for r in self.rows
            ],
        )
        self.tabs.addTab(self.events, self.tr("All events (%1)").replace("%1", str(len(self.rows))))

    def _table(self, headers: list[str], rows: list[list[str]]) -> QTableWidget:
        table = QTableWidget(len(rows), len(headers))
        table.setHorizontalHeaderLabels(headers)
        table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        table.verticalHeader().setVisible(False)
        table.setWordWrap(True)
        for i, row in enumerate(rows):
            for j, text in enumerate(row):
                item = QTableWidgetItem(text)
                item.setToolTip(text)
                table.setItem(i, j, item)
        table.resizeColumnsToContents()
        for j in range(len(headers)):
            table.setColumnWidth(j, min(table.columnWidth(j), 360))
        table.horizontalHeader().setStretchLastSection(True)
        return table
