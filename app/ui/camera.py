"""Taking a photo with the laptop's camera (QtMultimedia), into memory only.

`QImageCapture.capture()` (never `captureToFile`) hands us a QImage; we encode it to JPEG bytes in
a QBuffer and give those to the same ingest as an imported photo (which re-encodes and strips
whatever the camera added). No frame is written to disk.

QtMultimedia is imported lazily: loading its backend takes a moment and it needs libpulse, so the
main window does not pay for it at start-up, and a machine without it simply has no camera.
"""

from __future__ import annotations

import logging
from typing import Any

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, Qt
from PySide6.QtGui import QImage, QKeySequence, QPixmap, QShortcut
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSizePolicy,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

log = logging.getLogger(__name__)

CAPTURE_JPEG_QUALITY = 95  # ingest re-encodes at its own quality; keep this first encode near-lossless


def _multimedia() -> Any | None:
    try:
        from PySide6 import QtMultimedia
    except ImportError:  # no libpulse or no multimedia wheel: behave as "no camera"
        log.info("QtMultimedia unavailable; camera capture disabled")
        return None
    return QtMultimedia


def camera_devices() -> list[Any]:
    """The video inputs QtMultimedia sees (QCameraDevice objects); empty when there are none."""
    mm = _multimedia()
    return list(mm.QMediaDevices.videoInputs()) if mm is not None else []


def camera_available() -> bool:
    return bool(camera_devices())


def watch_cameras(parent: QWidget, callback: Any) -> Any | None:
    """Call `callback()` when a camera is plugged in or removed; returns the QMediaDevices kept alive."""
    mm = _multimedia()
    if mm is None:
        return None
    devices = mm.QMediaDevices(parent)
    devices.videoInputsChanged.connect(callback)
    return devices


def image_to_jpeg(image: QImage, quality: int = CAPTURE_JPEG_QUALITY) -> bytes:
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    # PySide6's stub types the format as bytes; at run time only a str is accepted.
    if not image.save(buffer, "JPG", quality):  # type: ignore[call-overload]
        raise ValueError("the captured frame could not be encoded")
    buffer.close()
    return bytes(data.data())


class CameraDialog(QDialog):
    """Viewfinder, Capture (Space), then Use photo / Retake. `jpeg` holds the result after accept."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Take photo"))
        self.jpeg: bytes | None = None
        self._image: QImage | None = None
        mm = _multimedia()
        if mm is None:
            raise RuntimeError("QtMultimedia is not available")
        from PySide6.QtMultimediaWidgets import QVideoWidget

        self._mm = mm
        self.session = mm.QMediaCaptureSession(self)
        self.capture = mm.QImageCapture(self)
        self.session.setImageCapture(self.capture)
        self.camera: Any | None = None
        self.viewfinder = QVideoWidget()
        self.viewfinder.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.session.setVideoOutput(self.viewfinder)
        self.still = QLabel()
        self.still.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.pages = QStackedWidget()
        self.pages.addWidget(self.viewfinder)
        self.pages.addWidget(self.still)
        self.message = QLabel()
        self.message.setWordWrap(True)

        self.devices = QComboBox()
        for device in camera_devices():
            self.devices.addItem(device.description(), device)
        device_label = QLabel(self.tr("Ca&mera"))
        device_label.setBuddy(self.devices)
        self.devices.currentIndexChanged.connect(self._start_camera)

        self.take = QPushButton(self.tr("&Capture"))
        self.take.setToolTip(self.tr("Capture (Space)"))
        self.take.clicked.connect(self._capture)
        QShortcut(QKeySequence(Qt.Key.Key_Space), self).activated.connect(self._capture)
        self.retake = QPushButton(self.tr("&Retake"))
        self.retake.clicked.connect(self._retake)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.use = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.use.setText(self.tr("&Use photo"))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)

        top = QHBoxLayout()
        top.addWidget(device_label)
        top.addWidget(self.devices, 1)
        row = QHBoxLayout()
        row.addWidget(self.take)
        row.addWidget(self.retake)
        row.addStretch()
        row.addWidget(self.buttons)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.pages, 1)
        layout.addWidget(self.message)
        layout.addLayout(row)

        self.capture.imageCaptured.connect(self._captured)
        self.capture.errorOccurred.connect(self._capture_error)
        self.capture.readyForCaptureChanged.connect(lambda _ready: self._update())
        self.resize(720, 600)
        self._start_camera()

    def _start_camera(self, *_args: object) -> None:
        if self.camera is not None:
            self.camera.stop()
            self.camera.deleteLater()
        device = self.devices.currentData()
        if device is None:
            self.camera = None
            self.message.setText(self.tr("No camera found. Connect a camera, or import a photo from a file."))
            self._update()
            return
        self.camera = self._mm.QCamera(device, self)
        self.camera.errorOccurred.connect(self._camera_error)
        self.session.setCamera(self.camera)
        self.camera.start()
        self._retake()

    def _capture(self) -> None:
        if self.pages.currentIndex() == 0 and self.capture.isReadyForCapture():
            self.capture.capture()  # into memory; imageCaptured delivers the QImage

    def _captured(self, _request_id: int, image: QImage) -> None:
        self._image = image
        self.still.setPixmap(
            QPixmap.fromImage(image).scaled(
                self.pages.size(), Qt.AspectRatioMode.KeepAspectRatio, Qt.TransformationMode.SmoothTransformation
            )
        )
        self.pages.setCurrentIndex(1)
        self.message.setText(self.tr("Check the photo: use it, or retake it."))
        self._update()
        self.use.setFocus()

    def _retake(self) -> None:
        self._image = None
        self.still.clear()
        self.pages.setCurrentIndex(0)
        self.message.setText(self.tr("Frame the face and press Capture (Space)."))
        self._update()

    def _update(self) -> None:
        captured = self._image is not None
        self.take.setEnabled(not captured and self.camera is not None and self.capture.isReadyForCapture())
        self.retake.setEnabled(captured)
        self.use.setEnabled(captured)

    def _camera_error(self, _error: object, text: str) -> None:
        log.warning("camera error: %s", text)
        self.message.setText(self.tr("The camera stopped working. Close this window and try again, or import a photo."))

    def _capture_error(self, _id: int, _error: object, text: str) -> None:
        log.warning("capture error: %s", text)
        self.message.setText(self.tr("The photo could not be taken. Try again."))

    def accept(self) -> None:
        if self._image is None:
            return
        self.jpeg = image_to_jpeg(self._image)
        self._stop()
        super().accept()

    def done(self, result: int) -> None:
        self._stop()
        if result != QDialog.DialogCode.Accepted:
            self.jpeg = None
        super().done(result)

    def _stop(self) -> None:
        if self.camera is not None:
            self.camera.stop()
        self._image = None
        self.still.clear()

    def clear(self) -> None:
        """Drop any captured frame (on lock)."""
        self.jpeg = None
        self._stop()
