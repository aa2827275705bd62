"""The barcode question: a box a USB scanner types into (a scanner is a keyboard: it types the code
and presses Enter, which hands the answer over), or a code read from a photo or scan of it with
zxing-cpp, the library the ZXing project keeps for reading barcodes.

Decoding runs on the GUI thread: a phone photo decodes in well under a frame's worth of the time a
person takes to pick the file, and a worker would add a thread for a one-off.
"""

from __future__ import annotations

import logging
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QImage
from PySide6.QtWidgets import QFileDialog, QHBoxLayout, QLineEdit, QPushButton, QWidget

from app.ui.forms.questions import EDITOR_MAX_PX, QuestionWidget, _CommitLineEdit

log = logging.getLogger(__name__)

IMAGE_MAX_PX = 4000  # larger photos are scaled down first: a code stays readable, decoding stays quick


class BarcodeUnreadable(Exception):
    """No code from this file; `reason` is "not-installed", "not-image" or "no-code" (the widget
    words it in the interface language)."""

    def __init__(self, reason: str) -> None:
        super().__init__(reason)
        self.reason = reason


def read_barcode_file(path: Path) -> str:
    """The text of the first barcode in the image at `path`."""
    image = QImage(str(path))
    if image.isNull():
        raise BarcodeUnreadable("not-image")
    return read_barcode_image(image)


def read_barcode_image(image: QImage) -> str:
    """The text of the first barcode in `image` (a file's, or a camera frame's: camera.py hands
    over QImages too)."""
    try:
        import zxingcpp
    except ImportError as exc:  # an install without the optional reader
        raise BarcodeUnreadable("not-installed") from exc
    if max(image.width(), image.height()) > IMAGE_MAX_PX:
        image = image.scaled(IMAGE_MAX_PX, IMAGE_MAX_PX, Qt.AspectRatioMode.KeepAspectRatio)
    gray = image.convertToFormat(QImage.Format.Format_Grayscale8)
    width, height, stride = gray.width(), gray.height(), gray.bytesPerLine()
    # Rows are padded to 4 bytes: the view is stride wide and told the image's own width. The
    # binding takes any buffer (its stubs say numpy, which we do not need for this).
    rows = memoryview(bytes(gray.constBits())[: stride * height]).cast("B", (height, stride))
    view = zxingcpp.ImageView(rows, width, height, zxingcpp.ImageFormat.Lum, stride)  # type: ignore[arg-type]
    found = zxingcpp.read_barcodes(view)
    texts = [b.text for b in found if b.text]
    if not texts:
        raise BarcodeUnreadable("no-code")
    log.info("barcode read from an image (%d found)", len(texts))
    return str(texts[0])


class BarcodeQuestion(QuestionWidget):
    """A typed or scanned code; Enter or leaving the box hands it over."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._shown = ""
        self.edit: QLineEdit = _CommitLineEdit()
        self.edit.setMaximumWidth(EDITOR_MAX_PX["string"])
        self.edit.setPlaceholderText(self.tr("Scan or type the code"))
        self.edit.editingFinished.connect(self.commit)
        self.read_button = QPushButton(self.tr("Read from image file…"))
        self.read_button.setAutoDefault(False)
        self.read_button.setToolTip(self.tr("Read the code from a photo or scan of it"))
        self.read_button.clicked.connect(self.choose_image)
        row = QWidget()
        line = QHBoxLayout(row)
        line.setContentsMargins(0, 0, 0, 0)
        line.addWidget(self.edit, 1)
        line.addWidget(self.read_button)
        line.addStretch(0)
        self._add_editor(row)

    def commit(self) -> None:
        text = self.edit.text().strip()
        if text != self._shown:
            self._shown = text
            self.answered.emit(text)

    def reject(self, message: str) -> None:
        super().reject(message)
        self._shown = "\0"  # what is in the box counts as not handed over

    def set_value(self, value: str) -> None:
        if self.edit.text().strip() != self._shown:
            return  # never overwrite what is being typed
        if self.edit.text() != value:
            self.edit.setText(value)
        self._shown = value

    def value(self) -> str:
        return self._shown

    def choose_image(self) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self,
            self.tr("Read a barcode from an image"),
            "",
            self.tr("Images (*.png *.jpg *.jpeg *.bmp *.gif *.tif *.tiff)"),
        )
        if path:
            self.read_image(Path(path))

    def read_image(self, path: Path) -> None:
        try:
            text = read_barcode_file(path)
        except BarcodeUnreadable as exc:
            self.set_problem(
                {
                    "not-installed": self.tr(
                        "Reading barcodes from images is not installed here: scan or type the code."
                    ),
                    "not-image": self.tr(
                        "This file is not an image that can be opened. Choose a photo or scan (PNG or JPEG)."
                    ),
                }.get(
                    exc.reason,
                    self.tr(
                        "No barcode was found in this image. Use a sharper photo with the whole code in view, or type the code."
                    ),
                )
            )
            return
        self.edit.setText(text)
        self.commit()

    def set_read_only(self, read_only: bool) -> None:
        super().set_read_only(read_only)
        self.edit.setReadOnly(read_only)
        self.read_button.setVisible(not read_only)

    def focus_chain(self) -> list[QWidget]:
        return [self.edit, self.read_button]
