"""The History tab: the case's audit events as readable lines, newest first.

The sentences come from app/services/history.py (shared with reports); this module only lists them
and hands that module a translator for the phrases it marked.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QAbstractTableModel, QCoreApplication, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtWidgets import QHeaderView, QLabel, QTableView, QVBoxLayout, QWidget

from app.services.history import CONTEXT, HistoryRow, describe_case, format_line, format_time

Index = QModelIndex | QPersistentModelIndex


def translate_history(text: str) -> str:
    return QCoreApplication.translate(CONTEXT, text)


def history_rows(doc: dict[str, Any]) -> list[HistoryRow]:
    return describe_case(doc, translate_history)


class HistoryModel(QAbstractTableModel):
    WHEN, WHO, WHAT = range(3)

    def __init__(self) -> None:
        super().__init__()
        self._rows: list[HistoryRow] = []
        self._headers = [self.tr("When"), self.tr("Who"), self.tr("What")]

    def set_rows(self, rows: list[HistoryRow]) -> None:
        self.beginResetModel()
        self._rows = list(reversed(rows))
        self.endResetModel()

    def row_at(self, row: int) -> HistoryRow:
        return self._rows[row]

    def lines(self) -> list[str]:
        return [format_line(r) for r in self._rows]

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802 - Qt API
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802 - Qt API
        return 0 if parent.isValid() else len(self._headers)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:  # noqa: N802
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal:
            return self._headers[section]
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        row = self._rows[index.row()]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            if index.column() == self.WHEN:
                return format_time(row.at)
            if index.column() == self.WHO:
                return row.actor
            return row.text
        return None


class HistoryTab(QWidget):
    def __init__(self) -> None:
        super().__init__()
        self.model = HistoryModel()
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QTableView.SelectionBehavior.SelectRows)
        self.table.setEditTriggers(QTableView.EditTrigger.NoEditTriggers)
        self.table.setWordWrap(True)
        self.table.verticalHeader().hide()
        self.table.setAccessibleName(self.tr("History"))
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(HistoryModel.WHEN, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(HistoryModel.WHO, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(HistoryModel.WHAT, QHeaderView.ResizeMode.Stretch)
        intro = QLabel(self.tr("Every change to this case, newest first. Times are this laptop's local time."))
        intro.setWordWrap(True)
        intro.setStyleSheet("color: palette(mid);")
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.table, 1)

    def set_doc(self, doc: dict[str, Any] | None) -> None:
        self.model.set_rows(history_rows(doc) if doc else [])
