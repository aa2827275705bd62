"""Looking at one photo or scan: a zoomable image view, the PDF view, and the window holding them.

The window receives pixels or bytes already decrypted and decoded on the worker thread (see
media.py); it keeps them only while open and drops them on close and on lock.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import (
    QAction,
    QCloseEvent,
    QImage,
    QKeySequence,
    QPainter,
    QPixmap,
    QResizeEvent,
    QShowEvent,
    QWheelEvent,
)
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QGraphicsPixmapItem,
    QGraphicsScene,
    QGraphicsView,
    QHBoxLayout,
    QLabel,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from app.ui.case.pdf_view import PdfView

ZOOM_STEP = 1.25
ZOOM_MIN, ZOOM_MAX = 0.05, 16.0


class ZoomingGraphicsView(QGraphicsView):
    zoomed = Signal()

    def wheelEvent(self, event: QWheelEvent) -> None:  # noqa: N802 - Qt API
        if event.modifiers() & Qt.KeyboardModifier.ControlModifier:
            factor = ZOOM_STEP if event.angleDelta().y() > 0 else 1 / ZOOM_STEP
            current = self.transform().m11()
            if ZOOM_MIN <= current * factor <= ZOOM_MAX:
                self.scale(factor, factor)
                self.zoomed.emit()
            event.accept()
            return
        super().wheelEvent(event)


class ImageView(QWidget):
    """An image with fit / 100% / zoom in / zoom out (Ctrl+0, Ctrl+1, Ctrl++, Ctrl+-)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.scene = QGraphicsScene(self)
        self.item = QGraphicsPixmapItem()
        self.item.setTransformationMode(Qt.TransformationMode.SmoothTransformation)
        self.scene.addItem(self.item)
        self.view = ZoomingGraphicsView(self.scene)
        self.view.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
        self.view.setDragMode(QGraphicsView.DragMode.ScrollHandDrag)
        self.view.setTransformationAnchor(QGraphicsView.ViewportAnchor.AnchorUnderMouse)
        self.view.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.view.setAccessibleName(self.tr("Image"))
        self.view.zoomed.connect(self._manual_zoom)
        self.fitting = True
        self.zoom_label = QLabel()

        self.zoom_out_action = self._action(self.tr("Zoom &out"), [QKeySequence.StandardKey.ZoomOut], self.zoom_out)
        self.zoom_in_action = self._action(
            self.tr("Zoom &in"), [QKeySequence.StandardKey.ZoomIn, QKeySequence("Ctrl+=")], self.zoom_in
        )
        self.fit_action = self._action(self.tr("&Fit to window"), [QKeySequence("Ctrl+0")], self.fit)
        self.actual_action = self._action(self.tr("&Actual size"), [QKeySequence("Ctrl+1")], self.actual_size)
        bar = QHBoxLayout()
        bar.addStretch()
        for action in (self.zoom_out_action, self.zoom_in_action, self.fit_action, self.actual_action):
            button = QToolButton()
            button.setDefaultAction(action)
            bar.addWidget(button)
        bar.addWidget(self.zoom_label)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(bar)
        layout.addWidget(self.view, 1)

    def _action(self, text: str, keys: list[QKeySequence | QKeySequence.StandardKey], slot: object) -> QAction:
        action = QAction(text, self)
        action.setShortcuts([QKeySequence(k) for k in keys])
        action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        action.setToolTip(
            f"{text.replace('&', '')} ({action.shortcut().toString(QKeySequence.SequenceFormat.NativeText)})"
        )
        action.triggered.connect(slot)
        self.addAction(action)
        return action

    def set_image(self, image: QImage) -> None:
        pixmap = QPixmap.fromImage(image)
        self.item.setPixmap(pixmap)
        self.scene.setSceneRect(self.item.boundingRect())
        self.fit()

    def clear(self) -> None:
        self.item.setPixmap(QPixmap())
        self.zoom_label.clear()

    def has_image(self) -> bool:
        return not self.item.pixmap().isNull()

    def zoom_factor(self) -> float:
        return self.view.transform().m11()

    def fit(self) -> None:
        self.fitting = True
        if self.has_image():
            self.view.fitInView(self.item, Qt.AspectRatioMode.KeepAspectRatio)
        self._show_zoom()

    def actual_size(self) -> None:
        self._set_zoom(1.0)

    def zoom_in(self) -> None:
        self._set_zoom(self.zoom_factor() * ZOOM_STEP)

    def zoom_out(self) -> None:
        self._set_zoom(self.zoom_factor() / ZOOM_STEP)

    def _set_zoom(self, factor: float) -> None:
        self.fitting = False
        factor = max(ZOOM_MIN, min(ZOOM_MAX, factor))
        self.view.resetTransform()
        self.view.scale(factor, factor)
        self._show_zoom()

    def _manual_zoom(self) -> None:
        self.fitting = False
        self._show_zoom()

    def _show_zoom(self) -> None:
        self.zoom_label.setText(self.tr("{percent}%").format(percent=round(self.zoom_factor() * 100)))

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 - Qt API
        super().resizeEvent(event)
        if self.fitting:
            self.fit()

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 - Qt API
        super().showEvent(event)
        if self.fitting:
            self.fit()


class ViewerWindow(QDialog):
    """One attachment on screen (non-modal, so the interviewer can keep the case open beside it)."""

    def __init__(self, title: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.setSizeGripEnabled(True)
        self.image_view: ImageView | None = None
        self.pdf_view: PdfView | None = None
        self.layout_ = QVBoxLayout(self)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.close)
        self.layout_.addWidget(buttons)
        self._buttons = buttons
        self.resize(900, 680)

    def show_image(self, image: QImage) -> None:
        self.image_view = ImageView(self)
        self.layout_.insertWidget(0, self.image_view, 1)
        self.image_view.set_image(image)
        self.image_view.view.setFocus()

    def show_pdf(self, data: bytes, name: str) -> None:
        """Raises UnsupportedFile when the PDF does not open (the window is not shown then)."""
        self.pdf_view = PdfView(self)
        self.layout_.insertWidget(0, self.pdf_view, 1)
        self.pdf_view.set_pdf(data, name)
        self.pdf_view.view.setFocus()

    def clear(self) -> None:
        """Drop the decrypted pixels or bytes."""
        if self.image_view is not None:
            self.image_view.clear()
        if self.pdf_view is not None:
            self.pdf_view.clear()

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802 - Qt API
        self.clear()
        super().closeEvent(event)

    def done(self, result: int) -> None:
        self.clear()
        super().done(result)
