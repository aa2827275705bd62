"""The schedule grid: one row per interpreter (or room), appointments as blocks on a time line.

Day view: time runs across in 30-minute columns over the site's hours, a block as long as its
appointment; two blocks that overlap in one row (a double booking) are stacked. Week view: Monday
to Friday as columns, a row's appointments of a day stacked in time order in its cell.

A block is a small focusable widget: Tab and the arrow keys go from block to block, Enter asks to
open it, Delete to cancel it, the context-menu key (or a right click) for its actions. Dragged with
the mouse, it follows the pointer; dropped, the grid works out the new time and row and asks for
the move (`move_requested`); it stays where it was dropped until the view reloads, or snaps back
(`snap_back`) when the move is refused. The grid never calls a service.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from PySide6.QtCore import QDate, QLocale, QPoint, QRect, QSize, Qt, Signal
from PySide6.QtGui import (
    QColor,
    QContextMenuEvent,
    QFocusEvent,
    QFont,
    QKeyEvent,
    QMouseEvent,
    QPainter,
    QPaintEvent,
    QPen,
    QResizeEvent,
)
from PySide6.QtWidgets import QApplication, QScrollArea, QVBoxLayout, QWidget

from app.services.schedule import AppointmentInfo
from app.ui.case import labels as L

LABEL_PX = 170  # the row names' column
HEADER_PX = 26  # the times' (or days') header
SLOT_MINUTES = 30  # one column of the day view
SNAP_MINUTES = 15  # a dropped block starts on a quarter hour
MIN_SLOT_PX = 48
MIN_DAY_PX = 150  # a day's column in the week view
BLOCK_PX = 40  # a block's height
LANE_GAP_PX = 4
WEEK_DAYS = 5

# (fill, border, text) by status; statuses not listed look booked (cancelled ones are not shown).
STATUS_COLOURS: dict[str, tuple[str, str, str]] = {
    "proposed": ("#f3f6fc", "#7d9bd0", "#27406b"),
    "booked": ("#d6e4fa", "#3d6fb6", "#112a52"),
    "confirmed": ("#d3efd5", "#2e7d32", "#123d16"),
    "done": ("#e9e9e9", "#8a8a8a", "#4a4a4a"),
    "attended": ("#e9e9e9", "#8a8a8a", "#4a4a4a"),
    "no_show": ("#f8e0cc", "#b35c00", "#4f2800"),
}
FLAG_COLOUR = "#c62828"


@dataclass(frozen=True, slots=True)
class GridRow:
    key: str  # an interpreter's id or a room's name; "" for appointments without one
    label: str
    tooltip: str = ""
    muted: bool = False  # an interpreter away or no longer active: shown greyed


@dataclass(frozen=True, slots=True)
class Target:
    """Where a dropped block lands."""

    start: str  # YYYY-MM-DDTHH:MM
    row: str


def minutes_of(text: str) -> int:
    when = dt.datetime.fromisoformat(text)
    return when.hour * 60 + when.minute


class Block(QWidget):
    """One appointment on the grid."""

    def __init__(self, grid: ScheduleGrid, info: AppointmentInfo, flag: str, text: tuple[str, str], tip: str) -> None:
        super().__init__(grid.canvas)
        self.grid, self.info, self.flag = grid, info, flag
        self.lines = text
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setToolTip(tip)
        self.setAccessibleName(f"{text[0]} · {text[1]}")
        self.setAccessibleDescription(tip)
        self.setCursor(Qt.CursorShape.OpenHandCursor)
        self._press: QPoint | None = None
        self.dragging = False

    # ----- painting --------------------------------------------------------------------------
    def paintEvent(self, _event: QPaintEvent) -> None:  # noqa: N802 - Qt API
        fill, border, ink = STATUS_COLOURS.get(self.info.status, STATUS_COLOURS["booked"])
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        rect = self.rect().adjusted(1, 1, -1, -1)
        pen = QPen(QColor(FLAG_COLOUR if self.flag else border), 2 if self.flag else 1)
        if self.info.status == "proposed":
            pen.setStyle(Qt.PenStyle.DashLine)
        if self.hasFocus():
            pen = QPen(self.palette().highlight().color(), 3)
        painter.setPen(pen)
        painter.setBrush(QColor(fill))
        painter.drawRoundedRect(rect, 4, 4)
        marks = ""
        if self.info.status == "confirmed":
            marks += "✓"
        if self.info.notified:
            marks += "✉"
        if self.flag:
            marks += "⚠"
        text_rect = rect.adjusted(5, 2, -4, -2)
        painter.setPen(QColor(ink))
        font = QFont(self.font())
        bold = QFont(font)
        bold.setBold(True)
        metrics = painter.fontMetrics()
        if marks:
            painter.setFont(bold)
            painter.setPen(QColor(FLAG_COLOUR if self.flag else ink))
            marks_width = painter.fontMetrics().horizontalAdvance(marks) + 4
            painter.drawText(text_rect, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignTop, marks)
            painter.setPen(QColor(ink))
        else:
            marks_width = 0
        first = text_rect.adjusted(0, 0, -marks_width, 0)
        painter.setFont(bold)
        line = self.lines[0]
        if painter.fontMetrics().horizontalAdvance(line) > first.width():
            # Narrow (a short appointment): the case number matters more than the time, which
            # the block's place on the grid already says.
            line = painter.fontMetrics().elidedText(self.info.case_number, Qt.TextElideMode.ElideRight, first.width())
        painter.drawText(first, Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop, line)
        if text_rect.height() >= 2 * metrics.height():
            painter.setFont(font)
            second = painter.fontMetrics().elidedText(self.lines[1], Qt.TextElideMode.ElideRight, text_rect.width())
            painter.drawText(text_rect, Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignBottom, second)
        painter.end()

    def focusInEvent(self, event: QFocusEvent) -> None:  # noqa: N802 - Qt API
        super().focusInEvent(event)
        self.grid.scroller.ensureWidgetVisible(self, 20, 20)
        self.update()

    def focusOutEvent(self, event: QFocusEvent) -> None:  # noqa: N802 - Qt API
        super().focusOutEvent(event)
        self.update()

    # ----- keyboard --------------------------------------------------------------------------
    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 - Qt API
        key = event.key()
        if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter, Qt.Key.Key_Space):
            self.grid.activated.emit(self.info.id)
        elif key == Qt.Key.Key_Delete:
            self.grid.cancel_requested.emit(self.info.id)
        elif key in (Qt.Key.Key_Left, Qt.Key.Key_Right):
            self.grid.focus_next(self, 1 if key == Qt.Key.Key_Right else -1, across_rows=False)
        elif key in (Qt.Key.Key_Up, Qt.Key.Key_Down):
            self.grid.focus_next(self, 1 if key == Qt.Key.Key_Down else -1, across_rows=True)
        else:
            super().keyPressEvent(event)

    def contextMenuEvent(self, event: QContextMenuEvent) -> None:  # noqa: N802 - Qt API
        self.setFocus()
        self.grid.menu_requested.emit(self.info.id, event.globalPos())

    # ----- mouse: drag to move ---------------------------------------------------------------
    def mousePressEvent(self, event: QMouseEvent) -> None:  # noqa: N802 - Qt API
        self.setFocus()
        if event.button() == Qt.MouseButton.LeftButton:
            self._press = event.position().toPoint()
        super().mousePressEvent(event)

    def mouseMoveEvent(self, event: QMouseEvent) -> None:  # noqa: N802 - Qt API
        if self._press is None or not event.buttons() & Qt.MouseButton.LeftButton:
            return
        here = event.position().toPoint()
        if not self.dragging and (here - self._press).manhattanLength() < QApplication.startDragDistance():
            return
        self.dragging = True
        self.setCursor(Qt.CursorShape.ClosedHandCursor)
        self.raise_()
        self.move(self.mapToParent(here) - self._press)

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:  # noqa: N802 - Qt API
        dropped = self.dragging
        self._press, self.dragging = None, False
        self.setCursor(Qt.CursorShape.OpenHandCursor)
        if dropped:
            self.grid.drop(self.info.id, self.pos())
        super().mouseReleaseEvent(event)

    def mouseDoubleClickEvent(self, _event: QMouseEvent) -> None:  # noqa: N802 - Qt API
        self.grid.activated.emit(self.info.id)


class _Canvas(QWidget):
    """Draws the header, the row names and the lines; the blocks are its children."""

    def __init__(self, grid: ScheduleGrid) -> None:
        super().__init__()
        self.grid = grid
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)

    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802 - Qt API
        self.grid.paint_canvas(self, event.rect())

    def mouseDoubleClickEvent(self, event: QMouseEvent) -> None:  # noqa: N802 - Qt API
        target = self.grid.target_at(event.position().toPoint(), None)
        if target is not None:
            self.grid.book_requested.emit(target.start, target.row)


class ScheduleGrid(QWidget):
    activated = Signal(str)  # an appointment's id: open it
    cancel_requested = Signal(str)
    menu_requested = Signal(str, QPoint)
    move_requested = Signal(str, str, str)  # appointment id, new start, new row key
    book_requested = Signal(str, str)  # start, row key: a double click on an empty place

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.canvas = _Canvas(self)
        self.canvas.setAccessibleName(self.tr("Schedule grid"))
        self.scroller = QScrollArea()
        self.scroller.setWidget(self.canvas)
        self.scroller.setWidgetResizable(False)
        self.scroller.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        # Always there: one that came and went as rows were added changed the width the columns
        # were fitted to, and a horizontal bar appeared for nothing.
        self.scroller.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOn)
        self.setAccessibleName(self.tr("Schedule"))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.scroller)
        self.days: list[dt.date] = []
        self.rows: list[GridRow] = []
        self.opens, self.closes = 8 * 60, 17 * 60  # minutes from midnight
        self.by = "interpreter"
        self.blocks: dict[str, Block] = {}
        self.empty_text = ""
        self._row_tops: list[int] = []
        self._row_heights: list[int] = []
        self._unit_px = float(MIN_SLOT_PX)  # px per slot (day view) or per day (week view)

    # ----- contents --------------------------------------------------------------------------
    @property
    def week(self) -> bool:
        return len(self.days) > 1

    def set_schedule(
        self,
        days: list[dt.date],
        rows: list[GridRow],
        appointments: list[AppointmentInfo],
        flags: dict[str, str],
        *,
        languages: dict[str, str] | None = None,
        hours: tuple[int, int],
        by: str,
        empty_text: str = "",
    ) -> None:
        """Show `appointments` (each in the row `row_key` gives it) over `days`; `flags` holds the
        warning of each appointment that has one (booked despite a clash, or a double booking);
        `languages` the family's language by case number (an appointment's own language wins)."""
        focused = next((i for i, b in self.blocks.items() if b.hasFocus()), None)
        for block in self.blocks.values():
            block.hide()
            block.deleteLater()
        self.blocks = {}
        self.days, self.rows, self.by, self.empty_text = days, rows, by, empty_text
        self.opens, self.closes = hours
        types, statuses = L.appointment_types(), L.appointment_statuses()
        for info in appointments:
            start = info.start[11:16]
            first = f"{start} {info.case_number}"
            kind = L.label(types, info.type)
            code = info.language or (languages or {}).get(info.case_number, "")
            language = L.language_name(code) if code else ""
            second = " · ".join(x for x in (kind, language) if x)
            block = Block(
                self, info, flags.get(info.id, ""), (first, second), self._tooltip(info, code, flags, statuses)
            )
            self.blocks[info.id] = block
        self._layout()
        for block in self.blocks.values():
            block.show()
        if focused in self.blocks:
            self.blocks[focused].setFocus()

    def row_key(self, info: AppointmentInfo) -> str:
        return (info.interpreter_id or "") if self.by == "interpreter" else info.room

    def _tooltip(self, info: AppointmentInfo, code: str, flags: dict[str, str], statuses: dict[str, str]) -> str:
        end = dt.datetime.fromisoformat(info.start) + dt.timedelta(minutes=info.minutes)
        lines = [
            self.tr("{case}, {type}").format(
                case=info.case_number, type=L.label(L.appointment_types(), info.type).lower()
            ),
            self.tr("{day} {start}–{end} ({minutes} min)").format(
                day=info.start[:10], start=info.start[11:16], end=end.strftime("%H:%M"), minutes=info.minutes
            ),
            self.tr("Status: {status}").format(status=L.label(statuses, info.status)),
            self.tr("Where: {where}").format(where=", ".join(x for x in (info.site, info.room) if x) or "—"),
            self.tr("Interpreter: {name}").format(name=info.interpreter or self.tr("none")),
        ]
        if code:
            lines.append(self.tr("Language: {language}").format(language=L.language_name(code)))
        if info.officer:
            lines.append(self.tr("Officer: {name}").format(name=info.officer))
        lines.append(self.tr("Family notified") if info.notified else self.tr("Family not notified yet"))
        if info.id in flags:
            lines.append("⚠ " + flags[info.id])
        return "\n".join(lines)

    # ----- geometry --------------------------------------------------------------------------
    def _units(self) -> int:
        return WEEK_DAYS if self.week else max(1, (self.closes - self.opens) // SLOT_MINUTES)

    def _x_of(self, day: int, minute: int) -> int:
        if self.week:
            return LABEL_PX + int(day * self._unit_px)
        return LABEL_PX + int((minute - self.opens) * self._unit_px / SLOT_MINUTES)

    def _layout(self) -> None:
        available = max(self.scroller.viewport().width() - LABEL_PX - 2, 0)
        units = self._units()
        least = MIN_DAY_PX if self.week else MIN_SLOT_PX
        self._unit_px = max(float(least), available / units)
        # Lanes: each row's blocks placed so that none overlaps another (day view), or stacked by
        # time in their day's cell (week view).
        by_row: dict[str, list[Block]] = {}
        for block in sorted(self.blocks.values(), key=lambda b: (b.info.start, b.info.case_number)):
            by_row.setdefault(self.row_key(block.info), []).append(block)
        lanes: dict[str, int] = {}
        lane_count: dict[str, int] = {}
        for key, blocks in by_row.items():
            if self.week:
                per_day: dict[str, int] = {}
                for block in blocks:
                    day = block.info.start[:10]
                    lanes[block.info.id] = per_day.get(day, 0)
                    per_day[day] = per_day.get(day, 0) + 1
                lane_count[key] = max(per_day.values(), default=1)
            else:
                ends: list[int] = []  # each lane's last end (minutes)
                for block in blocks:
                    begin = minutes_of(block.info.start)
                    lane = next((i for i, end in enumerate(ends) if end <= begin), len(ends))
                    if lane == len(ends):
                        ends.append(0)
                    ends[lane] = begin + block.info.minutes
                    lanes[block.info.id] = lane
                lane_count[key] = max(len(ends), 1)
        self._row_tops, self._row_heights = [], []
        top = HEADER_PX
        for row in self.rows:
            height = lane_count.get(row.key, 1) * (BLOCK_PX + LANE_GAP_PX) + LANE_GAP_PX
            self._row_tops.append(top)
            self._row_heights.append(height)
            top += height
        index = {row.key: i for i, row in enumerate(self.rows)}
        day_index = {d.isoformat(): i for i, d in enumerate(self.days)}
        for block in self.blocks.values():
            info = block.info
            row_at = index.get(self.row_key(info))
            day_at = day_index.get(info.start[:10])
            if row_at is None or day_at is None:
                block.setGeometry(QRect())
                continue
            y = self._row_tops[row_at] + LANE_GAP_PX + lanes[info.id] * (BLOCK_PX + LANE_GAP_PX)
            if self.week:
                x, width = self._x_of(day_at, 0) + 3, int(self._unit_px) - 6
            else:
                begin = minutes_of(info.start)
                x = self._x_of(0, begin) + 1
                width = max(self._x_of(0, begin + info.minutes) - x - 1, 24)
            block.setGeometry(x, y, width, BLOCK_PX)
        width = LABEL_PX + int(units * self._unit_px) + 1
        self.canvas.setFixedSize(QSize(width, max(top + 1, HEADER_PX + BLOCK_PX)))
        self.canvas.update()

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 - Qt API
        super().resizeEvent(event)
        self._layout()

    # ----- painting the canvas ---------------------------------------------------------------
    def paint_canvas(self, canvas: QWidget, _clip: QRect) -> None:
        painter = QPainter(canvas)
        palette = canvas.palette()
        width, height = canvas.width(), canvas.height()
        painter.fillRect(canvas.rect(), palette.base())
        painter.fillRect(QRect(0, 0, width, HEADER_PX), palette.window())
        painter.fillRect(QRect(0, 0, LABEL_PX, height), palette.window())
        light, dark = QColor("#e3e3e3"), QColor("#b8b8b8")
        text = palette.windowText().color()
        for i in range(self._units() + 1):
            if self.week:
                x = self._x_of(i, 0)
                painter.setPen(dark)
                painter.drawLine(x, 0, x, height)
                if i < len(self.days):
                    day = self.days[i]
                    label = QLocale().toString(QDate(day.year, day.month, day.day), "ddd d MMM")
                    painter.setPen(text)
                    painter.drawText(
                        QRect(x + 6, 0, int(self._unit_px) - 8, HEADER_PX), Qt.AlignmentFlag.AlignVCenter, label
                    )
            else:
                minute = self.opens + i * SLOT_MINUTES
                x = self._x_of(0, minute)
                on_hour = minute % 60 == 0
                painter.setPen(dark if on_hour else light)
                painter.drawLine(x, HEADER_PX if not on_hour else 0, x, height)
                if on_hour and i < self._units():
                    painter.setPen(text)
                    painter.drawText(
                        QRect(x + 4, 0, int(2 * self._unit_px), HEADER_PX),
                        Qt.AlignmentFlag.AlignVCenter,
                        f"{minute // 60:02d}:00",
                    )
        painter.setPen(dark)
        painter.drawLine(0, HEADER_PX, width, HEADER_PX)
        for row, top, row_height in zip(self.rows, self._row_tops, self._row_heights, strict=True):
            painter.setPen(dark)
            painter.drawLine(0, top + row_height, width, top + row_height)
            painter.setPen(palette.placeholderText().color() if row.muted else text)
            label = painter.fontMetrics().elidedText(row.label, Qt.TextElideMode.ElideRight, LABEL_PX - 12)
            painter.drawText(
                QRect(8, top, LABEL_PX - 12, min(row_height, BLOCK_PX + 2 * LANE_GAP_PX)),
                Qt.AlignmentFlag.AlignVCenter,
                label,
            )
        painter.setPen(dark)
        painter.drawLine(LABEL_PX, 0, LABEL_PX, height)
        if not self.blocks and self.empty_text:
            painter.setPen(palette.placeholderText().color())
            painter.drawText(
                QRect(LABEL_PX, HEADER_PX, max(width - LABEL_PX, 200), max(height - HEADER_PX, BLOCK_PX)),
                Qt.AlignmentFlag.AlignCenter | Qt.TextFlag.TextWordWrap,
                self.empty_text,
            )
        painter.end()

    # ----- moving ----------------------------------------------------------------------------
    def target_at(self, point: QPoint, info: AppointmentInfo | None) -> Target | None:
        """The time and row at `point` of the canvas (a block's top-left corner when dropped: its
        start; its row by its middle). In the week view a moved appointment keeps its time of day."""
        if point.x() < LABEL_PX - BLOCK_PX or not self.days:
            return None
        row = self.row_at(point.y() + (BLOCK_PX // 2 if info is not None else 0))
        if row is None:
            return None
        x = max(point.x(), LABEL_PX)
        if self.week:
            day = self.days[min(int((x - LABEL_PX) / self._unit_px), len(self.days) - 1)]
            minute = minutes_of(info.start) if info is not None else self.opens
        else:
            day = self.days[0]
            raw = self.opens + (x - LABEL_PX) * SLOT_MINUTES / self._unit_px
            minute = int(round(raw / SNAP_MINUTES) * SNAP_MINUTES)
            length = info.minutes if info is not None else SLOT_MINUTES
            minute = max(self.opens, min(minute, max(self.closes - length, self.opens)))
        start = dt.datetime.combine(day, dt.time(minute // 60, minute % 60))
        return Target(start.strftime("%Y-%m-%dT%H:%M"), row.key)

    def row_at(self, y: int) -> GridRow | None:
        """The row at height `y` of the canvas (None: the header, or below the last row)."""
        for row, top, height in zip(self.rows, self._row_tops, self._row_heights, strict=True):
            if top <= y < top + height:
                return row
        return None

    def drop(self, appointment_id: str, point: QPoint) -> None:
        """A block dropped with its top-left corner at `point` (canvas coordinates): ask for the
        move, or snap it back when it lands where it was or outside the rows."""
        block = self.blocks.get(appointment_id)
        if block is None:
            return
        target = self.target_at(point, block.info)
        if target is None or (target.start == block.info.start[:16] and target.row == self.row_key(block.info)):
            self.snap_back()
            return
        self.move_requested.emit(appointment_id, target.start, target.row)

    def point_of(self, start: str, row_key: str) -> QPoint:
        """Where a block's top-left corner goes to start at `start` in the row `row_key` (the
        inverse of `target_at`; the keyboard's and the tests' way to a drop)."""
        row = next(i for i, r in enumerate(self.rows) if r.key == row_key)
        day = dt.date.fromisoformat(start[:10])
        index = self.days.index(day) if day in self.days else 0
        x = self._x_of(index, minutes_of(start)) + (2 if self.week else 1)
        return QPoint(x, self._row_tops[row] + LANE_GAP_PX)

    def snap_back(self) -> None:
        self._layout()

    # ----- keyboard --------------------------------------------------------------------------
    def ordered(self, across_rows: bool) -> list[Block]:
        """Blocks in reading order: row by row, then time (Left/Right); or time first (Up/Down
        keeps the time and changes row)."""
        index = {row.key: i for i, row in enumerate(self.rows)}
        shown = [b for b in self.blocks.values() if not b.geometry().isEmpty()]
        if across_rows:
            return sorted(shown, key=lambda b: (b.x(), index.get(self.row_key(b.info), 0), b.y()))
        return sorted(shown, key=lambda b: (index.get(self.row_key(b.info), 0), b.y(), b.x()))

    def focus_next(self, block: Block, step: int, *, across_rows: bool) -> None:
        order = self.ordered(across_rows)
        if block in order:
            position = order.index(block) + step
            if 0 <= position < len(order):
                order[position].setFocus(Qt.FocusReason.OtherFocusReason)
