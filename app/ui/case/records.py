"""Read-only lists of a case: where its physical file has been (appointments have their own tab
with booking, app/ui/case/appointments.py)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from typing import Any

from PySide6.QtWidgets import QHeaderView, QLabel, QTableView, QVBoxLayout, QWidget

from app.services.history import format_time
from app.ui.table_model import Column, RowTableModel

Record = dict[str, Any]


def _moment(value: Any) -> str:
    try:
        at = dt.datetime.fromisoformat(str(value))
    except ValueError:
        return str(value or "")
    return format_time(at if at.tzinfo else at.replace(tzinfo=dt.UTC))


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
