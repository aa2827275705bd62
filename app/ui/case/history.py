"""The History tab: the case's audit events as readable lines, newest first.

The sentences come from app/services/history.py (shared with reports); this module only lists them
and hands that module a translator for the phrases it marked.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QHeaderView, QLabel, QTableView, QVBoxLayout, QWidget

from app.services.history import CONTEXT, HistoryRow, describe_case, format_line, format_time
from app.ui.table_model import Column, RowTableModel


def translate_history(text: str) -> str:
    return QCoreApplication.translate(CONTEXT, text)


def history_rows(doc: dict[str, Any]) -> list[HistoryRow]:
    return describe_case(doc, translate_history)


class HistoryModel(RowTableModel[HistoryRow]):
    WHEN, WHO, WHAT = range(3)

    def __init__(self) -> None:
        super().__init__()
        self.set_columns(
            [
                Column(self.tr("When"), lambda r: format_time(r.at), tooltip="value"),
                Column(self.tr("Who"), lambda r: r.actor, tooltip="value"),
                Column(self.tr("What"), lambda r: r.text, tooltip="value"),
            ]
        )

    def set_rows(self, rows: Sequence[HistoryRow]) -> None:
        super().set_rows(list(reversed(rows)))  # newest first

    def lines(self) -> list[str]:
        return [format_line(r) for r in self.rows]


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
