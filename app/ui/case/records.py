"""Read-only lists of a case's appointments and of its physical file's movements.

(Scheduling and check-in/out get their own screens; here an interviewer sees what is planned and
where the file has been.)
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtWidgets import QHeaderView, QLabel, QTableView, QVBoxLayout, QWidget

from app.services.history import format_time
from app.ui.case import labels as L

Index = QModelIndex | QPersistentModelIndex
Column = tuple[str, Callable[[dict[str, Any]], str]]


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


class RecordsModel(QAbstractTableModel):
    def __init__(self) -> None:
        super().__init__()
        self._columns: list[Column] = []
        self._rows: list[dict[str, Any]] = []

    def set_columns(self, columns: list[Column]) -> None:
        self.beginResetModel()
        self._columns = columns
        self.endResetModel()

    def set_rows(self, rows: list[dict[str, Any]]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802 - Qt API
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802 - Qt API
        return 0 if parent.isValid() else len(self._columns)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:  # noqa: N802
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal:
            return self._columns[section][0]
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or role not in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return None
        return self._columns[index.column()][1](self._rows[index.row()])


class RecordsTab(QWidget):
    """A read-only table with a sentence in its place when there is nothing to list."""

    def __init__(self) -> None:
        super().__init__()
        self.model = RecordsModel()
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

    def setup(self, columns: list[Column], empty_text: str, stretch: int) -> None:
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
        columns: list[Column] = [
            (self.tr("Start"), lambda a: _site_time(a.get("start"))),
            (self.tr("End"), lambda a: _site_time(a.get("end"))[11:]),
            (self.tr("Type"), lambda a: L.label(types, a.get("type"))),
            (self.tr("Status"), lambda a: L.label(statuses, a.get("status"))),
            (self.tr("Where"), lambda a: ", ".join(x for x in (a.get("site"), a.get("room")) if x)),
            (self.tr("Staff"), lambda a: a.get("staff") or ""),
            (self.tr("Interpreter"), _interpreter),
        ]
        self.setup(columns, self.tr("No appointments for this case yet."), 4)


class MovementsTab(RecordsTab):
    def __init__(self) -> None:
        super().__init__()
        columns: list[Column] = [
            (self.tr("When"), lambda m: _moment(m.get("at"))),
            (self.tr("From"), lambda m: m.get("from") or "—"),
            (self.tr("To"), lambda m: m.get("to") or ""),
            (self.tr("By"), lambda m: m.get("by") or ""),
            (self.tr("Reason"), lambda m: m.get("reason") or ""),
        ]
        self.setup(
            columns,
            self.tr("No movements recorded. Use “Move file…” above when the physical file changes hands."),
            4,
        )

    def set_rows(self, rows: list[dict[str, Any]]) -> None:
        super().set_rows(list(reversed(rows)))  # newest first, like the history
