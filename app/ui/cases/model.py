"""The case list as a Qt table model over plain CaseRow values from the services."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt

from app.services.case_list import CaseRow

Index = QModelIndex | QPersistentModelIndex


class CaseTableModel(QAbstractTableModel):
    def __init__(self, rows: list[CaseRow] | None = None) -> None:
        super().__init__()
        self._rows = rows or []
        self._headers = [
            self.tr("Case"),
            self.tr("Principal applicant"),
            self.tr("Native script"),
            self.tr("Persons"),
            self.tr("Priority"),
            self.tr("Stage"),
            self.tr("Site"),
            self.tr("Ride"),
        ]

    def set_rows(self, rows: list[CaseRow]) -> None:
        self.beginResetModel()
        self._rows = rows
        self.endResetModel()

    def row_at(self, row: int) -> CaseRow:
        return self._rows[row]

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
        r = self._rows[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return (
                r.case_number + (" ⚑" if r.expedited else ""),
                r.principal,
                r.native,
                r.persons,
                r.priority,
                r.stage.replace("-", " "),
                r.site,
                r.ride,
            )[index.column()]
        if role == Qt.ItemDataRole.UserRole:
            return r.case_id
        return None
