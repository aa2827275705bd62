"""Crop a photo to the passport frame (35 mm wide, 45 mm high).

The dialog shows the photo with a frame the user moves (drag, or arrow keys) and resizes (drag a
corner, or + / -); the frame keeps the 35:45 ratio. OK returns the frame in pixels of the stored
photo; the service makes the crop (app/services/attachments.py crop_photo), so the exact ratio
and the metadata-free re-encode are decided in one place.
"""

from __future__ import annotations

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QImage, QKeyEvent, QMouseEvent, QPainter, QPaintEvent, QPen, QPixmap
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QSizePolicy, QVBoxLayout, QWidget

RATIO = 35 / 45  # width / height
HANDLE_PX = 12
START_FRACTION = 0.8  # the first frame covers 80% of the photo's limiting side
STEP_FRACTION = 0.01  # an arrow key moves the frame 1% of the photo (Shift: 10%)
MIN_FRAME_PX = 90  # in photo pixels: the service refuses smaller crops


class CropCanvas(QWidget):
    """The photo scaled to fit, with the frame; all geometry is kept in photo pixels."""

    def __init__(self, image: QImage, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.pixmap = QPixmap.fromImage(image)
        self.image_size = image.size()
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setMouseTracking(True)
        self.setMinimumSize(320, 320)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.setAccessibleName(self.tr("Photo with the passport frame"))
        w, h = self.image_size.width(), self.image_size.height()
        fh = min(h, w / RATIO) * START_FRACTION
        self.frame = QRectF((w - fh * RATIO) / 2, (h - fh) / 2, fh * RATIO, fh)
        self._drag: str | None = None  # "move" or the corner being dragged: "tl", "tr", "bl", "br"
        self._press = QPointF()
        self._start = QRectF()

    # ----- geometry -----------------------------------------------------------------------------
    def _scale(self) -> float:
        w, h = self.image_size.width(), self.image_size.height()
        return min(self.width() / w, self.height() / h) if w and h else 1.0

    def _offset(self) -> QPointF:
        s = self._scale()
        return QPointF(
            (self.width() - self.image_size.width() * s) / 2, (self.height() - self.image_size.height() * s) / 2
        )

    def to_screen(self, rect: QRectF) -> QRectF:
        s, o = self._scale(), self._offset()
        return QRectF(rect.x() * s + o.x(), rect.y() * s + o.y(), rect.width() * s, rect.height() * s)

    def to_image(self, point: QPointF) -> QPointF:
        s, o = self._scale(), self._offset()
        return QPointF((point.x() - o.x()) / s, (point.y() - o.y()) / s)

    def box(self) -> tuple[int, int, int, int]:
        f = self.frame
        return (round(f.left()), round(f.top()), round(f.right()), round(f.bottom()))

    def set_frame(self, frame: QRectF) -> None:
        """Clamp to the photo, keep the ratio, never smaller than the service accepts."""
        w, h = self.image_size.width(), self.image_size.height()
        height = max(min(frame.height(), h, w / RATIO), min(MIN_FRAME_PX, h, w / RATIO))
        width = height * RATIO
        x = min(max(0.0, frame.x()), w - width)
        y = min(max(0.0, frame.y()), h - height)
        self.frame = QRectF(x, y, width, height)
        self.update()

    def move_by(self, dx: float, dy: float) -> None:
        self.set_frame(self.frame.translated(dx, dy))

    def resize_by(self, factor: float) -> None:
        centre = self.frame.center()
        height = self.frame.height() * factor
        width = height * RATIO
        self.set_frame(QRectF(centre.x() - width / 2, centre.y() - height / 2, width, height))

    # ----- painting -----------------------------------------------------------------------------
    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802 - Qt API
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
        photo = self.to_screen(QRectF(0, 0, self.image_size.width(), self.image_size.height()))
        painter.drawPixmap(photo, self.pixmap, QRectF(self.pixmap.rect()))
        frame = self.to_screen(self.frame)
        shade = QColor(0, 0, 0, 130)
        painter.fillRect(QRectF(photo.left(), photo.top(), photo.width(), frame.top() - photo.top()), shade)
        painter.fillRect(QRectF(photo.left(), frame.bottom(), photo.width(), photo.bottom() - frame.bottom()), shade)
        painter.fillRect(QRectF(photo.left(), frame.top(), frame.left() - photo.left(), frame.height()), shade)
        painter.fillRect(QRectF(frame.right(), frame.top(), photo.right() - frame.right(), frame.height()), shade)
        pen = QPen(QColor("#ffd400") if self.hasFocus() else QColor("white"), 2)
        painter.setPen(pen)
        painter.drawRect(frame)
        # Guides where the chin and the top of the head usually fall in a passport photo.
        painter.setPen(QPen(QColor(255, 255, 255, 150), 1, Qt.PenStyle.DashLine))
        for fraction in (0.1, 0.8):
            y = frame.top() + frame.height() * fraction
            painter.drawLine(QPointF(frame.left(), y), QPointF(frame.right(), y))
        painter.setPen(pen)
        for corner in self._corners(frame).values():
            painter.fillRect(corner, QColor("white"))
            painter.drawRect(corner)

    @staticmethod
    def _corners(frame: QRectF) -> dict[str, QRectF]:
        half = HANDLE_PX / 2
        return {
            name: QRectF(point.x() - half, point.y() - half, HANDLE_PX, HANDLE_PX)
            for name, point in (
                ("tl", frame.topLeft()),
                ("tr", frame.topRight()),
                ("bl", frame.bottomLeft()),
                ("br", frame.bottomRight()),
            )
        }

    # ----- mouse --------------------------------------------------------------------------------
    def _hit(self, pos: QPointF) -> str | None:
        frame = self.to_screen(self.frame)
        for name, rect in self._corners(frame).items():
            if rect.adjusted(-4, -4, 4, 4).contains(pos):
                return name
        return "move" if frame.contains(pos) else None

    def mousePressEvent(self, event: QMouseEvent) -> None:  # noqa: N802 - Qt API
        self._drag = self._hit(event.position())
        self._press = self.to_image(event.position())
        self._start = QRectF(self.frame)

    def mouseMoveEvent(self, event: QMouseEvent) -> None:  # noqa: N802 - Qt API
        if self._drag is None:
            hit = self._hit(event.position())
            cursors = {
                "move": Qt.CursorShape.SizeAllCursor,
                "tl": Qt.CursorShape.SizeFDiagCursor,
                "br": Qt.CursorShape.SizeFDiagCursor,
                "tr": Qt.CursorShape.SizeBDiagCursor,
                "bl": Qt.CursorShape.SizeBDiagCursor,
            }
            self.setCursor(cursors.get(hit or "", Qt.CursorShape.ArrowCursor))
            return
        point = self.to_image(event.position())
        if self._drag == "move":
            delta = point - self._press
            self.set_frame(self._start.translated(delta.x(), delta.y()))
            return
        # Resize from the opposite corner, which stays put; the ratio follows the height.
        start = self._start
        anchor = {
            "tl": start.bottomRight(),
            "tr": start.bottomLeft(),
            "bl": start.topRight(),
            "br": start.topLeft(),
        }[self._drag]
        height = max(abs(point.y() - anchor.y()), abs(point.x() - anchor.x()) / RATIO)
        width = height * RATIO
        left = anchor.x() - width if self._drag in ("tl", "bl") else anchor.x()
        top = anchor.y() - height if self._drag in ("tl", "tr") else anchor.y()
        self.set_frame(QRectF(left, top, width, height))

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:  # noqa: N802 - Qt API
        self._drag = None

    # ----- keyboard -----------------------------------------------------------------------------
    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 - Qt API
        step = max(self.image_size.width(), self.image_size.height()) * STEP_FRACTION
        if event.modifiers() & Qt.KeyboardModifier.ShiftModifier:
            step *= 10
        moves = {
            Qt.Key.Key_Left: (-step, 0.0),
            Qt.Key.Key_Right: (step, 0.0),
            Qt.Key.Key_Up: (0.0, -step),
            Qt.Key.Key_Down: (0.0, step),
        }
        key = Qt.Key(event.key())
        if key in moves:
            self.move_by(*moves[key])
        elif key in (Qt.Key.Key_Plus, Qt.Key.Key_Equal):
            self.resize_by(1.05)
        elif key == Qt.Key.Key_Minus:
            self.resize_by(1 / 1.05)
        else:
            super().keyPressEvent(event)


class CropDialog(QDialog):
    def __init__(self, image: QImage, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Crop to passport frame"))
        self.canvas = CropCanvas(image, self)
        help_text = QLabel(
            self.tr(
                "Drag the frame to place the face, drag a corner to resize it. Keyboard: arrow keys move "
                "(with Shift in bigger steps), + and - resize. The frame keeps the passport ratio of 35 by 45. "
                "A new photo is made; the original is kept."
            )
        )
        help_text.setWordWrap(True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("&Crop"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(help_text)
        layout.addWidget(self.canvas, 1)
        layout.addWidget(buttons)
        self.resize(720, 640)
        self.canvas.setFocus()

    def box(self) -> tuple[int, int, int, int]:
        return self.canvas.box()

    def clear(self) -> None:
        """Drop the decrypted photo (on lock)."""
        self.canvas.pixmap = QPixmap()
        self.canvas.update()
