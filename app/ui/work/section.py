"""One section of the work page: a title with its count, a short list in the service's order, and a
friendly sentence instead of the list when there is nothing in it.

A section's list is as tall as its rows (up to `MAX_ROWS_SHOWN`, then it scrolls), so the page
reads as one column of short lists; it is never sorted by a header click, because the rows come in
the order of urgency the service gives them. Enter or a double click on a row asks for its case.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

from PySide6.QtCore import QLocale, QModelIndex, Qt, Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QVBoxLayout, QWidget

from app.ui.table_model import Column, RowTableModel, list_table

MAX_ROWS_SHOWN = 6  # a longer section scrolls inside itself; the page stays one screen for most users


class WorkSection(QWidget):
    open_requested = Signal(str)  # the case number of the row opened

    def __init__(
        self, title: str, empty_text: str, columns: Sequence[Column[Any]], case_of: Callable[[Any], str]
    ) -> None:
        super().__init__()
        self._case_of = case_of
        self.title = QLabel(title)
        font = self.title.font()
        font.setBold(True)
        font.setPointSizeF(font.pointSizeF() * 1.1)
        self.title.setFont(font)
        self.count = QLabel()
        self.count.setStyleSheet("color: palette(mid);")
        self.model: RowTableModel[Any] = RowTableModel(columns)
        self.table = list_table(self.model, title)
        self.table.setTabKeyNavigation(False)  # Tab goes on to the next section, not the next cell
        self.table.setAlternatingRowColors(True)
        self.table.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.table.horizontalHeader().setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        self.table.horizontalHeader().setHighlightSections(False)
        self.empty = QLabel(empty_text)
        self.empty.setWordWrap(True)
        self.empty.setStyleSheet("color: palette(mid); padding: 2px 0 6px 0;")

        heading = QHBoxLayout()
        heading.addWidget(self.title)
        heading.addWidget(self.count)
        heading.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 6, 0, 6)
        layout.addLayout(heading)
        layout.addWidget(self.table)
        layout.addWidget(self.empty)
        self.table.activated.connect(self._activated)  # a double click, or Enter on the current row
        self.set_rows([])

    def set_rows(self, rows: Sequence[Any]) -> None:
        self.model.set_rows(rows)
        self.count.setText(f"({QLocale().toString(len(rows))})" if rows else "")
        self.table.setVisible(bool(rows))
        self.empty.setVisible(not rows)
        self._fit_height()

    @property
    def rows(self) -> Sequence[Any]:
        return self.model.rows

    def case_numbers(self) -> list[str]:
        """The case of each row, in the order shown."""
        return [self._case_of(row) for row in self.model.rows]

    def open_row(self, row: int) -> None:
        if 0 <= row < len(self.model.rows):
            self.open_requested.emit(self._case_of(self.model.row_at(row)))

    def _activated(self, index: QModelIndex) -> None:
        if index.isValid():
            self.open_row(index.row())

    def _fit_height(self) -> None:
        shown = min(len(self.model.rows), MAX_ROWS_SHOWN)
        rows = shown * self.table.verticalHeader().defaultSectionSize()
        header = self.table.horizontalHeader().sizeHint().height()
        self.table.setFixedHeight(rows + header + 2 * self.table.frameWidth())
