"""The plain-rows table model: what a column declares is what a view is handed."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor

from app.ui.table_model import Column, RowTableModel


def test_a_column_coloured_with_a_qt_colour_constant_hands_the_view_a_colour(qtbot) -> None:
    model: RowTableModel[dict[str, str]] = RowTableModel(
        [Column("Flag", lambda r: r["flag"], foreground=lambda r: Qt.GlobalColor.darkRed if r["flag"] else None)]
    )
    model.set_rows([{"flag": "Expedited"}, {"flag": ""}])
    colour = model.data(model.index(0, 0), Qt.ItemDataRole.ForegroundRole)
    assert isinstance(colour, QColor) and colour == QColor(Qt.GlobalColor.darkRed)
    assert model.data(model.index(1, 0), Qt.ItemDataRole.ForegroundRole) is None
