"""A read-only Qt table model over a list of plain rows, its columns declared once as data.

    model = RowTableModel([
        Column(self.tr("When"), lambda n: format_time(n["at"])),
        Column(self.tr("Note"), lambda n: n["text"], tooltip="value"),
    ])
    model.set_rows(notes)

Each `Column` says what its cells show (`value`, the display role) and, where a list needs them,
its tooltip, alignment, foreground and any other role; the model answers rowCount, columnCount,
headerData and data from those declarations, so a list's model says only what is particular to
it. Rows are whatever the services return (dicts, frozen dataclasses); the model never changes one.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any, Generic, Literal, TypeVar

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QHeaderView, QTableView

Row = TypeVar("Row")
Index = QModelIndex | QPersistentModelIndex

# Plain ints: Qt hands data() its role as an int, and most calls ask for a role nobody answers.
_DISPLAY = Qt.ItemDataRole.DisplayRole.value
_TOOLTIP = Qt.ItemDataRole.ToolTipRole.value
_ALIGN = Qt.ItemDataRole.TextAlignmentRole.value
_FOREGROUND = Qt.ItemDataRole.ForegroundRole.value


@dataclass(frozen=True, slots=True)
class Column(Generic[Row]):
    """One column: its header and how each of its cells answers the roles a view asks for.

    `tooltip="value"` repeats the cell's text (for a value a narrow column elides); `align` is
    fixed flags or a function of the row; `roles` answers any other role for this column's cells
    (an id under UserRole, an icon under DecorationRole). A function returning None answers nothing.
    """

    header: str
    value: Callable[[Row], Any]
    tooltip: Callable[[Row], Any] | Literal["value"] | None = None
    align: int | Callable[[Row], int | None] | None = None
    foreground: Callable[[Row], Any] | None = None
    roles: Mapping[int, Callable[[Row], Any]] = field(default_factory=dict)

    def answer(self, row: Row, role: int) -> Any:
        if role == _DISPLAY:
            return self.value(row)
        if role == _TOOLTIP:
            if self.tooltip == "value":
                return self.value(row)
            return self.tooltip(row) if callable(self.tooltip) else None
        if role == _ALIGN:
            return self.align(row) if callable(self.align) else self.align
        if role == _FOREGROUND:
            colour = self.foreground(row) if self.foreground is not None else None
            # A view draws nothing for a bare Qt.GlobalColor handed back through data(): a QColor.
            return QColor(colour) if isinstance(colour, Qt.GlobalColor) else colour
        answer = self.roles.get(role)
        return answer(row) if answer is not None else None


class RowTableModel(QAbstractTableModel, Generic[Row]):
    """Rows (plain values) under declared columns; `set_rows` replaces them all at once."""

    def __init__(self, columns: Sequence[Column[Row]] = ()) -> None:
        super().__init__()
        self._columns: list[Column[Row]] = list(columns)
        self._rows: list[Row] = []

    # ----- contents --------------------------------------------------------------------------
    def set_columns(self, columns: Sequence[Column[Row]]) -> None:
        self.beginResetModel()
        self._columns = list(columns)
        self.endResetModel()

    def set_rows(self, rows: Sequence[Row]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    @property
    def rows(self) -> Sequence[Row]:
        return self._rows

    def row_at(self, row: int) -> Row:
        return self._rows[row]

    def rows_changed(self, first_column: int = 0, last_column: int | None = None) -> None:
        """Every row's cells in these columns answer differently now (the rows themselves did not change)."""
        if self._rows and self._columns:
            last = len(self._columns) - 1 if last_column is None else last_column
            self.dataChanged.emit(self.index(0, first_column), self.index(len(self._rows) - 1, last))

    # ----- Qt API ----------------------------------------------------------------------------
    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802 - Qt API
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802 - Qt API
        return 0 if parent.isValid() else len(self._columns)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = _DISPLAY) -> Any:  # noqa: N802 - Qt API
        if role == _DISPLAY and orientation == Qt.Orientation.Horizontal and 0 <= section < len(self._columns):
            return self._columns[section].header
        return None

    def data(self, index: Index, role: int = _DISPLAY) -> Any:
        if not index.isValid():
            return None
        return self._columns[index.column()].answer(self._rows[index.row()], int(role))


def list_table(model: QAbstractTableModel, accessible_name: str, *, single: bool = True) -> QTableView:
    """The read-only list every page shows its rows in: whole rows selected (one, unless not
    `single`), no row numbers, rows one line of text high, columns fitted to their contents and
    the last one taking what is left."""
    table = QTableView()
    table.setModel(model)
    table.setAccessibleName(accessible_name)
    table.verticalHeader().hide()
    table.verticalHeader().setDefaultSectionSize(table.fontMetrics().height() + 10)
    table.setSelectionBehavior(QTableView.SelectionBehavior.SelectRows)
    if single:
        table.setSelectionMode(QTableView.SelectionMode.SingleSelection)
    table.setEditTriggers(QTableView.EditTrigger.NoEditTriggers)
    table.setWordWrap(False)
    header = table.horizontalHeader()
    header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    header.setStretchLastSection(True)
    return table
