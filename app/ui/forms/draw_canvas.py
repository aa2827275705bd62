"""Drawing for the signature, draw and annotate questions: a canvas (QPainter on a QImage) that takes
mouse, pen (tablet) and touch strokes, with Undo and Clear, and the window around it.

Strokes are kept as lists of points in the image's own pixels, not only painted: Undo redraws the
base image and every stroke but the last, which costs nothing visible for a signature or a sketch
and keeps no stack of full-size image copies. The widget shows the image scaled to fit; the result
("Done") is the image at its own size as PNG bytes, which the question hands to the vault like any
other answer file (no file is written).
"""

from __future__ import annotations

from dataclasses import dataclass, field

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QPointF, QRectF, QSize, Qt, Signal
from PySide6.QtGui import (
    QColor,
    QImage,
    QKeySequence,
    QMouseEvent,
    QPainter,
    QPaintEvent,
    QPalette,
    QPen,
    QShortcut,
    QTabletEvent,
)
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

BLANK_SIZE = QSize(1200, 600)  # a new drawing: wide enough for a signature at a pen's resolution
SIGNATURE_SIZE = QSize(1200, 400)
PEN_WIDTHS = {"thin": 3.0, "medium": 6.0, "thick": 12.0}  # in image pixels
INK = QColor("black")
ANNOTATION_INK = QColor("#d32f2f")  # red reads on most photos; black is lost on dark ones


@dataclass
class Stroke:
    width: float
    color: QColor
    points: list[QPointF] = field(default_factory=list)
    pressures: list[float] = field(default_factory=list)


class DrawCanvas(QWidget):
    """The image being drawn on; `changed` after each finished stroke, Undo or Clear."""

    changed = Signal()

    def __init__(
        self,
        base: QImage | None = None,
        *,
        size: QSize = BLANK_SIZE,
        signature: bool = False,
        ink: QColor = INK,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        if base is None or base.isNull():
            base = QImage(size, QImage.Format.Format_RGB32)
            base.fill(QColor("white"))
        self._base = base.convertToFormat(QImage.Format.Format_ARGB32_Premultiplied)
        self._image = QImage(self._base)
        self.signature = signature
        self.ink = QColor(ink)
        self.pen_width = PEN_WIDTHS["medium"]
        self.strokes: list[Stroke] = []
        self._current: Stroke | None = None
        self.setAttribute(Qt.WidgetAttribute.WA_StaticContents)
        self.setAttribute(Qt.WidgetAttribute.WA_AcceptTouchEvents, False)  # touch arrives as mouse events
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.setMinimumSize(320, 160)
        self.setCursor(Qt.CursorShape.CrossCursor)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)

    # ----- what the dialog asks -------------------------------------------------------------------
    def image(self) -> QImage:
        return QImage(self._image)

    def is_blank(self) -> bool:
        return not self.strokes

    def png_bytes(self) -> bytes:
        data = QByteArray()
        buffer = QBuffer(data)
        buffer.open(QIODevice.OpenModeFlag.WriteOnly)
        self._image.convertToFormat(QImage.Format.Format_RGB32).save(buffer, "PNG")  # type: ignore[call-overload]
        buffer.close()
        return bytes(data.data())

    def undo(self) -> None:
        if self.strokes:
            self.strokes.pop()
            self._redraw()

    def clear(self) -> None:
        if self.strokes:
            self.strokes.clear()
            self._redraw()

    def sizeHint(self) -> QSize:  # noqa: N802 - Qt API
        size = self._image.size()
        return size.scaled(QSize(900, 520), Qt.AspectRatioMode.KeepAspectRatio)

    # ----- coordinates ---------------------------------------------------------------------------
    def _target(self) -> QRectF:
        """Where the image is drawn in the widget: scaled to fit, centred."""
        size = QSize(self._image.size()).scaled(self.size(), Qt.AspectRatioMode.KeepAspectRatio)
        x = (self.width() - size.width()) / 2
        y = (self.height() - size.height()) / 2
        return QRectF(x, y, size.width(), size.height())

    def _to_image(self, pos: QPointF) -> QPointF:
        target = self._target()
        if target.width() <= 0 or target.height() <= 0:
            return QPointF(0, 0)
        sx = self._image.width() / target.width()
        sy = self._image.height() / target.height()
        return QPointF((pos.x() - target.x()) * sx, (pos.y() - target.y()) * sy)

    # ----- strokes ---------------------------------------------------------------------------------
    def _begin(self, pos: QPointF, pressure: float = 1.0) -> None:
        self._current = Stroke(self.pen_width, QColor(self.ink))
        self._extend(pos, pressure)

    def _extend(self, pos: QPointF, pressure: float = 1.0) -> None:
        stroke = self._current
        if stroke is None:
            return
        point = self._to_image(pos)
        stroke.points.append(point)
        stroke.pressures.append(pressure)
        painter = QPainter(self._image)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        _paint_segment(painter, stroke, len(stroke.points) - 1)
        painter.end()
        self.update()

    def _end(self) -> None:
        if self._current is not None and self._current.points:
            self.strokes.append(self._current)
            self._current = None
            self.changed.emit()
        self._current = None

    def _redraw(self) -> None:
        self._image = QImage(self._base)
        painter = QPainter(self._image)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        for stroke in self.strokes:
            for i in range(len(stroke.points)):
                _paint_segment(painter, stroke, i)
        painter.end()
        self.update()
        self.changed.emit()

    # ----- events ---------------------------------------------------------------------------------
    def mousePressEvent(self, event: QMouseEvent) -> None:  # noqa: N802 - Qt API
        if event.button() == Qt.MouseButton.LeftButton:
            self._begin(event.position())

    def mouseMoveEvent(self, event: QMouseEvent) -> None:  # noqa: N802 - Qt API
        if event.buttons() & Qt.MouseButton.LeftButton:
            self._extend(event.position())

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:  # noqa: N802 - Qt API
        if event.button() == Qt.MouseButton.LeftButton:
            self._end()

    def tabletEvent(self, event: QTabletEvent) -> None:  # noqa: N802 - Qt API
        """A pen: its pressure thins and thickens the line (accepted, so no mouse event follows)."""
        pressure = max(0.2, float(event.pressure()) or 1.0)
        kind = event.type()
        if kind == QTabletEvent.Type.TabletPress:
            self._begin(event.position(), pressure)
        elif kind == QTabletEvent.Type.TabletMove and self._current is not None:
            self._extend(event.position(), pressure)
        elif kind == QTabletEvent.Type.TabletRelease:
            self._end()
        event.accept()

    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802 - Qt API
        painter = QPainter(self)
        painter.fillRect(self.rect(), self.palette().color(QPalette.ColorRole.Mid))
        target = self._target()
        painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
        painter.drawImage(target, self._image)
        if self.signature:  # the line to sign on, and what to do: on screen only, not in the image
            y = target.top() + target.height() * 0.75
            pen = QPen(QColor("#9e9e9e"), 1.5)
            painter.setPen(pen)
            painter.drawLine(QPointF(target.left() + 24, y), QPointF(target.right() - 24, y))
            painter.setPen(QColor("#757575"))
            painter.drawText(
                QRectF(target.left() + 24, y + 4, target.width() - 48, 28),
                Qt.AlignmentFlag.AlignLeading | Qt.AlignmentFlag.AlignTop,
                self.tr("Sign above the line"),
            )
            font = painter.font()
            font.setPointSizeF(font.pointSizeF() * 1.6)
            painter.setFont(font)
            painter.drawText(QRectF(target.left() + 4, y - 34, 28, 32), Qt.AlignmentFlag.AlignCenter, "✕")
        if self.hasFocus():
            painter.setPen(QPen(self.palette().color(QPalette.ColorRole.Highlight), 2))
            painter.drawRect(target.adjusted(1, 1, -1, -1))
        painter.end()


def _paint_segment(painter: QPainter, stroke: Stroke, i: int) -> None:
    """The piece of `stroke` ending at point `i` (a dot for a stroke's first point)."""
    pen = QPen(stroke.color, stroke.width * stroke.pressures[i])
    pen.setCapStyle(Qt.PenCapStyle.RoundCap)
    pen.setJoinStyle(Qt.PenJoinStyle.RoundJoin)
    painter.setPen(pen)
    if i == 0:
        painter.drawPoint(stroke.points[0])
    else:
        painter.drawLine(stroke.points[i - 1], stroke.points[i])


class DrawDialog(QDialog):
    """The canvas with pen width, Undo, Clear, Done and Cancel. `png` holds the result after Done."""

    def __init__(
        self,
        title: str,
        *,
        base: QImage | None = None,
        signature: bool = False,
        ink: QColor = INK,
        allow_blank: bool = False,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.allow_blank = allow_blank  # annotate: the photo as it is may be kept
        self.png: bytes | None = None
        self.canvas = DrawCanvas(base, size=SIGNATURE_SIZE if signature else BLANK_SIZE, signature=signature, ink=ink)
        self.canvas.setAccessibleName(title)
        self.hint = QLabel(
            self.tr("Sign with the mouse, a pen or a finger. Undo (Ctrl+Z) takes back the last stroke.")
            if signature
            else self.tr("Draw with the mouse, a pen or a finger. Undo (Ctrl+Z) takes back the last stroke.")
        )
        self.hint.setWordWrap(True)
        self.width_box = QComboBox()
        for key, label in (("thin", self.tr("Thin")), ("medium", self.tr("Medium")), ("thick", self.tr("Thick"))):
            self.width_box.addItem(label, key)
        self.width_box.setCurrentIndex(1)
        self.width_box.currentIndexChanged.connect(
            lambda _i: setattr(self.canvas, "pen_width", PEN_WIDTHS[str(self.width_box.currentData())])
        )
        width_label = QLabel(self.tr("&Pen:"))
        width_label.setBuddy(self.width_box)
        self.undo_button = QPushButton(self.tr("&Undo"))
        self.undo_button.clicked.connect(self.canvas.undo)
        self.clear_button = QPushButton(self.tr("C&lear"))
        self.clear_button.clicked.connect(self.canvas.clear)
        self.done_button = QPushButton(self.tr("&Done"))
        self.done_button.setDefault(True)
        self.done_button.clicked.connect(self.accept)
        self.cancel_button = QPushButton(self.tr("Cancel"))
        self.cancel_button.clicked.connect(self.reject)
        for button in (self.undo_button, self.clear_button, self.done_button, self.cancel_button):
            button.setAutoDefault(False)
        QShortcut(QKeySequence(QKeySequence.StandardKey.Undo), self).activated.connect(self.canvas.undo)
        self.canvas.changed.connect(self._update)

        tools = QHBoxLayout()
        tools.addWidget(width_label)
        tools.addWidget(self.width_box)
        tools.addSpacing(12)
        tools.addWidget(self.undo_button)
        tools.addWidget(self.clear_button)
        tools.addStretch(1)
        tools.addWidget(self.done_button)
        tools.addWidget(self.cancel_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.hint)
        layout.addWidget(self.canvas, 1)
        layout.addLayout(tools)
        self.resize(960, 620 if not signature else 480)
        self._update()
        self.canvas.setFocus()

    def _update(self) -> None:
        drawn = not self.canvas.is_blank()
        self.undo_button.setEnabled(drawn)
        self.clear_button.setEnabled(drawn)
        self.done_button.setEnabled(drawn or self.allow_blank)

    def accept(self) -> None:
        if self.canvas.is_blank() and not self.allow_blank:
            return
        self.png = self.canvas.png_bytes()
        super().accept()
