"""The case table: a QTableView that paints its rows itself.

Why: a keystroke in the search box repaints about 300 cells. Qt's own painting asks the model
(Python) for each cell's roles and lays every text out again through the style: the larger part
of a keystroke's time (docs/benchmarks.md). Here one paint event
is one call into Python: each row's texts come straight from the model's plain rows, and each
(text, width, font) is laid out once into a QStaticText and kept (`TextCache`), so a repaint is
mostly `drawStaticText` calls, and rows seen before cost less again.

Everything else is still QTableView's: selection, keyboard, scrolling, the header (sorting,
moving, hiding, resizing columns), tooltips and accessibility, which all read the model. The
painting follows what Qt's Fusion style draws for this table: alternating row colours, the
selection and its text colour, the grid, text elided on the right, numbers right-aligned, the
italic "unknown" file location, the focus frame around the current cell; a test compares the two
renderings pixel by pixel. Any other configuration (a right-to-left layout, word wrap, another
delegate, cell selection) is left to Qt's own painting.
"""

from __future__ import annotations

import math
from typing import TypeGuard

from PySide6.QtCore import QEvent, QLocale, QModelIndex, QPointF, QRect, Qt
from PySide6.QtGui import QColor, QFont, QFontMetrics, QPainter, QPaintEvent, QPalette, QPen, QStaticText
from PySide6.QtWidgets import (
    QAbstractItemView,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionFocusRect,
    QStyleOptionViewItem,
    QTableView,
)

from app.ui.cases.model import NUMERIC_COLUMNS, CaseTableModel

_ELIDE = Qt.TextElideMode.ElideRight
_PLAIN_TEXT = Qt.TextFormat.PlainText
_ONE_LINE = str.maketrans({"\n": " ", "\r": " ", "\t": " ", "\u2028": " ", "\u2029": " "})
_MAX_CACHED = 8192  # laid-out texts kept; a few screens' worth is all a repaint reuses


class TextCache:
    """Texts laid out for painting, keyed by (text, room in pixels, italic).

    A text wider than its room is elided on the right, as Qt's item delegate does. Entries are
    (QStaticText, width, height). The cache is emptied when the font changes, and when it grows
    past `_MAX_CACHED` entries (column resizes and long sessions make keys that never come back).
    """

    def __init__(self, font: QFont) -> None:
        self._entries: dict[tuple[str, int, bool], tuple[QStaticText, float, int]] = {}
        self.set_font(font)

    def set_font(self, font: QFont) -> None:
        self._fonts = (QFont(font), QFont(font))
        self._fonts[1].setItalic(True)
        self._metrics = (QFontMetrics(self._fonts[0]), QFontMetrics(self._fonts[1]))
        self._entries.clear()

    def font(self, italic: bool) -> QFont:
        return self._fonts[italic]

    def __len__(self) -> int:
        return len(self._entries)

    def get(self, text: str, room: int, italic: bool) -> tuple[QStaticText, float, int]:
        key = (text, room, italic)
        entry = self._entries.get(key)
        if entry is None:
            entry = self._entries[key] = self._lay_out(text, room, italic)
        return entry

    def shown_text(self, text: str, room: int, italic: bool = False) -> str:
        """What is drawn for `text` in `room` pixels: itself, or elided with "…"."""
        return self.get(text, room, italic)[0].text()

    def _lay_out(self, text: str, room: int, italic: bool) -> tuple[QStaticText, float, int]:
        if len(self._entries) >= _MAX_CACHED:
            self._entries.clear()
        text = text.translate(_ONE_LINE)  # a cell is one line, as in Qt's delegate
        static = self._prepare(text, italic)
        if static.size().width() > room:
            static = self._prepare(self._metrics[italic].elidedText(text, _ELIDE, max(room, 0)), italic)
        size = static.size()
        # The height rounded up, as Qt's delegate has it (QTextLine.height()).
        return static, size.width(), math.ceil(size.height())

    def _prepare(self, text: str, italic: bool) -> QStaticText:
        static = QStaticText(text)
        static.setTextFormat(_PLAIN_TEXT)
        static.prepare(font=self._fonts[italic])
        return static


class CaseTable(QTableView):
    """The case list's table (see the module docstring for why it paints its own rows)."""

    def __init__(self) -> None:
        super().__init__()
        self.texts = TextCache(self.font())
        self.paints_rows = True  # False: Qt's own painting (tests compare the two)

    def moveCursor(  # noqa: N802 - Qt API
        self, action: QAbstractItemView.CursorAction, modifiers: Qt.KeyboardModifier
    ) -> QModelIndex:
        # Home/End go to the first/last case (QTableView moves to the first/last column).
        if action in (QAbstractItemView.CursorAction.MoveHome, QAbstractItemView.CursorAction.MoveEnd):
            modifiers |= Qt.KeyboardModifier.ControlModifier
        return super().moveCursor(action, modifiers)

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt API
        if event.type() in (QEvent.Type.FontChange, QEvent.Type.StyleChange):
            self.texts.set_font(self.font())
        super().changeEvent(event)

    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802 - Qt API
        model = self.model()
        if not self._paints_itself(model):
            super().paintEvent(event)
            return
        rows = model.rowCount()
        header = self.horizontalHeader()
        columns = [
            (column, header.sectionViewportPosition(column), header.sectionSize(column))
            for column in (header.logicalIndex(visual) for visual in range(header.count()))
            if not header.isSectionHidden(column)
        ]
        if not rows or not columns:
            return
        area = event.rect()
        first = self.rowAt(area.top())
        if first < 0:
            return  # the exposed area is below the last row
        last = self.rowAt(area.bottom())
        if last < 0:
            last = rows - 1
        height = self.rowHeight(first)  # every row has the same height (a fixed vertical header)
        top = self.rowViewportPosition(first)
        right = max(x + w for _, x, w in columns)
        grid = 1 if self.showGrid() else 0

        palette = self.palette()
        group = (
            QPalette.ColorGroup.Disabled
            if not self.isEnabled()
            else QPalette.ColorGroup.Active
            if self.isActiveWindow()
            else QPalette.ColorGroup.Inactive
        )
        base = palette.brush(group, QPalette.ColorRole.Base)
        alternate = palette.brush(group, QPalette.ColorRole.AlternateBase)
        highlight = palette.brush(group, QPalette.ColorRole.Highlight)
        text_pen = palette.color(group, QPalette.ColorRole.Text)
        selected_pen = palette.color(group, QPalette.ColorRole.HighlightedText)
        alternating = self.alternatingRowColors()
        selection = self.selectionModel()
        current = self.currentIndex()
        focus_row = current.row() if self.hasFocus() and current.isValid() else -1
        locale = QLocale()
        texts = self.texts
        text_of, italic_of = model.cell_text, model.cell_italic

        painter = QPainter(self.viewport())
        painter.setFont(texts.font(False))
        painter_italic = False
        for row in range(first, last + 1):
            y = top + (row - first) * height
            case = model.row_at(row)
            selected = selection is not None and selection.isRowSelected(row, QModelIndex())
            if selected:
                painter.fillRect(0, y, right, height - grid, highlight)
            elif alternating and row & 1:
                painter.fillRect(0, y, right, height - grid, alternate)
            else:
                painter.fillRect(0, y, right, height - grid, base)
            painter.setPen(selected_pen if selected else text_pen)
            for column, x, width in columns:
                value = text_of(case, column, locale)
                if not value:
                    continue
                # Qt's item delegate keeps 3 px inside each side of the cell (focus frame margin + 1).
                room = width - grid - 6
                italic = italic_of(case, column)
                if italic != painter_italic:  # a QStaticText is drawn in the painter's font
                    painter_italic = italic
                    painter.setFont(texts.font(italic))
                static, text_width, text_height = texts.get(value, room, italic)
                left = x + 3 + (room - text_width if column in NUMERIC_COLUMNS else 0)
                # Centred as QStyle.alignedRect() does it: half the cell's height less half the
                # text's, each rounded down (not their difference halved: a pixel higher, often).
                painter.drawStaticText(QPointF(left, y + (height - grid) // 2 - text_height // 2), static)
        if grid:
            painter.setPen(QPen(self._grid_color(), 1, self.gridStyle()))
            bottom = top + (last - first + 1) * height
            for row in range(first, last + 1):
                line = top + (row - first + 1) * height - 1
                painter.drawLine(0, line, right - 1, line)
            for _, x, width in columns:
                painter.drawLine(x + width - 1, top, x + width - 1, bottom - 1)
        if first <= focus_row <= last:
            column = current.column()
            if not header.isSectionHidden(column):
                x, width = header.sectionViewportPosition(column), header.sectionSize(column)
                self._paint_focus(
                    painter, QRect(x, top + (focus_row - first) * height, width - grid, height - grid), palette, group
                )
        painter.end()

    def _paints_itself(self, model: object) -> TypeGuard[CaseTableModel]:
        """Only the configuration this painting reproduces; anything else is Qt's to paint."""
        return (
            self.paints_rows
            and isinstance(model, CaseTableModel)
            and not self.isRightToLeft()
            and not self.wordWrap()
            and self.textElideMode() == _ELIDE
            and self.selectionBehavior() == QAbstractItemView.SelectionBehavior.SelectRows
            and type(self.itemDelegate()) is QStyledItemDelegate
        )

    def _grid_color(self) -> QColor:
        option = QStyleOptionViewItem()
        self.initViewItemOption(option)
        hint = self.style().styleHint(QStyle.StyleHint.SH_Table_GridLineColor, option, self)
        return QColor.fromRgba(hint & 0xFFFFFFFF)

    def _paint_focus(self, painter: QPainter, rect: QRect, palette: QPalette, group: QPalette.ColorGroup) -> None:
        option = QStyleOptionFocusRect()
        option.initFrom(self)
        option.rect = rect
        option.state |= QStyle.StateFlag.State_KeyboardFocusChange | QStyle.StateFlag.State_Item
        option.backgroundColor = palette.color(group, QPalette.ColorRole.Highlight)
        self.style().drawPrimitive(QStyle.PrimitiveElement.PE_FrameFocusRect, option, painter, self)
