"""Read-only lists of a case's appointments and of its physical file's movements.

(Scheduling and check-in/out get their own screens; here an interviewer sees what is planned and
where the file has been.)
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from typing import Any

from PySide6.QtWidgets import QHeaderView, QLabel, QTableView, QVBoxLayout, QWidget

from app.services.history import format_time
from app.ui.case import labels as L
from app.ui.table_model import Column, RowTableModel

Record = dict[str, Any]


def _moment(value: Any) -> str:
    try:
        at = dt.datetime.fromisoformat(str(value))
    except ValueError:
        return str(value or "")
    return format_time(at if at.tzinfo else at.replace(tzinfo=dt.UTC))


def _site_time(value: Any) -> str:
    """Appointment times are the site's local wall clock: shown as stored, to the minute."""
    return str(value or "").replace("T", " ")[:16]


def _interpreter(appointment: dict[str, Any]) -> str:
    language = appointment.get("language")
    name = L.language_name(language) if language else ""
    return " · ".join(x for x in (appointment.get("interpreter"), name or language) if x)


def _column(header: str, value: Callable[[Record], str]) -> Column[Record]:
    # Each cell's tooltip repeats it: a long reason or place is elided in its column.
    return Column(header, value, tooltip="value")


class RecordsTab(QWidget):
    """A read-only table with a sentence in its place when there is nothing to list."""

    def __init__(self) -> None:
        super().__init__()
        self.model: RowTableModel[Record] = RowTableModel()
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QTableView.SelectionBehavior.SelectRows)
        self.table.setEditTriggers(QTableView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        self.table.setWordWrap(True)
        self.empty = QLabel()
        self.empty.setWordWrap(True)
        self.empty.setStyleSheet("color: palette(mid);")
        layout = QVBoxLayout(self)
        layout.addWidget(self.empty)
        layout.addWidget(self.table, 1)

    def setup(self, columns: list[Column[Record]], empty_text: str, stretch: int) -> None:
        self.model.set_columns(columns)
        self.empty.setText(empty_text)
        header = self.table.horizontalHeader()
        for col in range(len(columns)):
            mode = QHeaderView.ResizeMode.Stretch if col == stretch else QHeaderView.ResizeMode.ResizeToContents
            header.setSectionResizeMode(col, mode)

    def set_rows(self, rows: list[dict[str, Any]]) -> None:
        self.model.set_rows(rows)
        self.empty.setVisible(not rows)
        self.table.setVisible(bool(rows))


class AppointmentsTab(RecordsTab):
    def __init__(self) -> None:
        super().__init__()
        types, statuses = L.appointment_types(), L.appointment_statuses()
        columns = [
            _column(self.tr("Start"), lambda a: _site_time(a.get("start"))),
            _column(self.tr("End"), lambda a: _site_time(a.get("end"))[11:]),
            _column(self.tr("Type"), lambda a: L.label(types, a.get("type"))),
            _column(self.tr("Status"), lambda a: L.label(statuses, a.get("status"))),
            _column(self.tr("Where"), lambda a: ", ".join(x for x in (a.get("site"), a.get("room")) if x)),
            _column(self.tr("Staff"), lambda a: a.get("staff") or ""),
            _column(self.tr("Interpreter"), _interpreter),
        ]
        self.setup(columns, self.tr("No appointments for this case yet."), 4)


class MovementsTab(RecordsTab):
    def __init__(self) -> None:
        super().__init__()
        columns = [
            _column(self.tr("When"), lambda m: _moment(m.get("at"))),
            _column(self.tr("From"), lambda m: m.get("from") or "—"),
            _column(self.tr("To"), lambda m: m.get("to") or ""),
            _column(self.tr("By"), lambda m: m.get("by") or ""),
            _column(self.tr("Reason"), lambda m: m.get("reason") or ""),
        ]
        self.setup(
            columns,
            self.tr("No movements recorded. Use “Move file…” above when the physical file changes hands."),
            4,
        )

    def set_rows(self, rows: list[dict[str, Any]]) -> None:
        super().set_rows(list(reversed(rows)))  # newest first, like the history
