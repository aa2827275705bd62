"""PDF scans on screen with QtPdf, from decrypted bytes in memory only.

QPdfDocument reads from a QBuffer over a QByteArray of the decrypted file: never `load(path)`,
never a temp file, so a PDF of a passport exists in the clear only in this process's memory.
`check_pdf` is the import-time test that a file really opens (Pillow cannot read PDFs); it runs
on the worker thread (QtPdf serialises its PDFium calls, and loading from a buffer needs no
event loop).

**No script ever runs here.** Qt builds its PDFium without V8 and without XFA (checked on the
PySide6 6.11 wheel: libQt6Pdf holds no JavaScript engine, none of PDFium's JS built-ins such as
``app.alert`` or ``AFNumber_Format``, and QPdfDocument has no API to start a form or script
environment), so /OpenAction, /AA and form scripts are inert. QPdfView follows only links to a
page of the same document (QPdfLink page/location/zoom); it never opens a URL or a file. And the
bytes shown have been through ``app.store.pdfs.sanitise_pdf`` on the worker
(``app.services.attachments.content``), which also cleans PDFs stored byte for byte before
imports were sanitised: no action, embedded file or link reaches this view at all.
"""

from __future__ import annotations

from PySide6.QtCore import QBuffer, QByteArray, QCoreApplication, QIODevice, QObject, QPointF, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPdfWidgets import QPdfView
from PySide6.QtWidgets import QHBoxLayout, QLabel, QSpinBox, QToolButton, QVBoxLayout, QWidget

from app.errors import UnsupportedFile

ZOOM_STEP = 1.25
ZOOM_MIN, ZOOM_MAX = 0.1, 8.0


class _MemoryPdf:
    """A QPdfDocument over bytes in memory; keeps the byte array and buffer alive with it."""

    def __init__(self, data: bytes, parent: QObject | None = None) -> None:
        self.bytes = QByteArray(data)
        self.buffer = QBuffer(self.bytes)
        self.buffer.open(QIODevice.OpenModeFlag.ReadOnly)
        # PySide6 accepts None (no parent) here; its stub asks for a QObject.
        self.document = QPdfDocument(parent)  # type: ignore[arg-type]
        self.document.load(self.buffer)

    def close(self) -> None:
        self.document.close()
        self.buffer.close()
        self.bytes.clear()


def _problem(error: QPdfDocument.Error, name: str) -> str:
    if error in (QPdfDocument.Error.IncorrectPassword, QPdfDocument.Error.UnsupportedSecurityScheme):
        text = QCoreApplication.translate(
            "PdfCheck", "{name} is protected by a password. Save a copy without the password and import that."
        )
    else:
        text = QCoreApplication.translate(
            "PdfCheck",
            "{name} could not be opened as a PDF: it is damaged or incomplete. Copy it again from the source.",
        )
    return text.format(name=name)


def check_pdf(data: bytes, name: str) -> int:
    """The page count of a PDF given as bytes; UnsupportedFile with a clear message if it won't open."""
    pdf = _MemoryPdf(data)
    try:
        if pdf.document.status() != QPdfDocument.Status.Ready or pdf.document.error() != QPdfDocument.Error.None_:
            raise UnsupportedFile(_problem(pdf.document.error(), name))
        pages = pdf.document.pageCount()
        if pages < 1:
            raise UnsupportedFile(QCoreApplication.translate("PdfCheck", "{name} has no pages.").format(name=name))
        return pages
    finally:
        pdf.close()


class PdfView(QWidget):
    """Page navigation and zoom over one PDF held in memory."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._pdf: _MemoryPdf | None = None
        self.view = QPdfView(self)
        self.view.setPageMode(QPdfView.PageMode.MultiPage)
        self.view.setZoomMode(QPdfView.ZoomMode.FitInView)
        self.view.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.page = QSpinBox()
        self.page.setMinimum(1)
        self.page.setAccessibleName(self.tr("Page number"))
        self.page_label = QLabel(self.tr("&Page"))
        self.page_label.setBuddy(self.page)
        self.of_pages = QLabel()
        self.zoom_label = QLabel()

        self.previous_action = self._action(self.tr("Pre&vious page"), "Ctrl+PgUp", self.previous_page)
        self.next_action = self._action(self.tr("Ne&xt page"), "Ctrl+PgDown", self.next_page)
        self.zoom_out_action = self._action(self.tr("Zoom &out"), QKeySequence.StandardKey.ZoomOut, self.zoom_out)
        self.zoom_in_action = self._action(self.tr("Zoom &in"), QKeySequence.StandardKey.ZoomIn, self.zoom_in)
        self.fit_page_action = self._action(self.tr("&Fit page"), "Ctrl+0", self.fit_page)
        self.fit_width_action = self._action(self.tr("Fit &width"), "Ctrl+2", self.fit_width)
        self.actual_size_action = self._action(self.tr("&Actual size"), "Ctrl+1", self.actual_size)
        # Ctrl+= as well as Ctrl++: on most keyboards "+" needs Shift.
        self.zoom_in_action.setShortcuts([QKeySequence(QKeySequence.StandardKey.ZoomIn), QKeySequence("Ctrl+=")])

        bar = QHBoxLayout()
        for action in (self.previous_action, self.next_action):
            bar.addWidget(self._button(action))
        bar.addWidget(self.page_label)
        bar.addWidget(self.page)
        bar.addWidget(self.of_pages)
        bar.addStretch()
        for action in (
            self.zoom_out_action,
            self.zoom_in_action,
            self.fit_page_action,
            self.fit_width_action,
            self.actual_size_action,
        ):
            bar.addWidget(self._button(action))
        bar.addWidget(self.zoom_label)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(bar)
        layout.addWidget(self.view, 1)

        self.page.valueChanged.connect(self._jump)
        self.view.pageNavigator().currentPageChanged.connect(self._page_changed)
        self.view.zoomFactorChanged.connect(self._show_zoom)
        self.view.zoomModeChanged.connect(self._show_zoom)
        self._show_zoom()

    def _action(self, text: str, shortcut: QKeySequence | QKeySequence.StandardKey | str, slot: object) -> QAction:
        action = QAction(text, self)
        action.setShortcut(QKeySequence(shortcut))
        action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        action.setToolTip(
            f"{text.replace('&', '')} ({action.shortcut().toString(QKeySequence.SequenceFormat.NativeText)})"
        )
        action.triggered.connect(slot)
        self.addAction(action)
        return action

    @staticmethod
    def _button(action: QAction) -> QToolButton:
        button = QToolButton()
        button.setDefaultAction(action)
        button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        return button

    # ----- document -----------------------------------------------------------------------------
    @property
    def document(self) -> QPdfDocument | None:
        return self._pdf.document if self._pdf else None

    def set_pdf(self, data: bytes, name: str) -> None:
        """Show a PDF from bytes; UnsupportedFile if it does not open (the caller shows the message).

        ``data`` comes from ``attachments.content``, already sanitised: rewriting here would hold
        the GUI thread for tens of milliseconds per scan.
        """
        self.clear()
        pdf = _MemoryPdf(data, self)
        if pdf.document.status() != QPdfDocument.Status.Ready or pdf.document.pageCount() < 1:
            error = pdf.document.error()
            pdf.close()
            raise UnsupportedFile(_problem(error, name))
        self._pdf = pdf
        self.view.setDocument(pdf.document)
        count = pdf.document.pageCount()
        self.page.setMaximum(count)
        self.page.setValue(1)
        self.of_pages.setText(self.tr("of %n page(s)", "", count))
        self._enable()

    def clear(self) -> None:
        """Drop the decrypted bytes (on lock and when the window closes).

        The closed, empty QPdfDocument stays set on the view (it is this widget's child and dies
        with it): detaching it with setDocument(None) makes QPdfView warn about a null link model.
        """
        if self._pdf is not None:
            self._pdf.close()
            self._pdf = None
        self.of_pages.clear()
        self._enable()

    def page_count(self) -> int:
        return self._pdf.document.pageCount() if self._pdf else 0

    # ----- navigation ---------------------------------------------------------------------------
    def current_page(self) -> int:
        return self.view.pageNavigator().currentPage()

    def go_to(self, page: int) -> None:
        if self._pdf is None:
            return
        page = max(0, min(page, self.page_count() - 1))
        self.view.pageNavigator().jump(page, QPointF(), self.view.pageNavigator().currentZoom())
        self._page_changed(page)

    def previous_page(self) -> None:
        self.go_to(self.current_page() - 1)

    def next_page(self) -> None:
        self.go_to(self.current_page() + 1)

    def _jump(self, value: int) -> None:
        if self._pdf is not None and value - 1 != self.current_page():
            self.go_to(value - 1)

    def _page_changed(self, page: int) -> None:
        self.page.blockSignals(True)
        self.page.setValue(page + 1)
        self.page.blockSignals(False)
        self._enable()

    def _enable(self) -> None:
        count = self.page_count()
        page = self.current_page() if count else 0
        self.page.setEnabled(count > 1)
        self.previous_action.setEnabled(count > 0 and page > 0)
        self.next_action.setEnabled(count > 0 and page < count - 1)
        for action in (
            self.zoom_in_action,
            self.zoom_out_action,
            self.fit_page_action,
            self.fit_width_action,
            self.actual_size_action,
        ):
            action.setEnabled(count > 0)

    # ----- zoom ---------------------------------------------------------------------------------
    def _set_zoom(self, factor: float) -> None:
        self.view.setZoomMode(QPdfView.ZoomMode.Custom)
        self.view.setZoomFactor(max(ZOOM_MIN, min(ZOOM_MAX, factor)))

    def zoom_in(self) -> None:
        self._set_zoom(self._effective_zoom() * ZOOM_STEP)

    def zoom_out(self) -> None:
        self._set_zoom(self._effective_zoom() / ZOOM_STEP)

    def actual_size(self) -> None:
        self._set_zoom(1.0)

    def fit_page(self) -> None:
        self.view.setZoomMode(QPdfView.ZoomMode.FitInView)

    def fit_width(self) -> None:
        self.view.setZoomMode(QPdfView.ZoomMode.FitToWidth)

    def _effective_zoom(self) -> float:
        if self.view.zoomMode() == QPdfView.ZoomMode.Custom or self._pdf is None:
            return self.view.zoomFactor()
        # In a fit mode QPdfView does not report the factor it uses: derive it from the page size
        # (points at 72 per inch) and the viewport, as QPdfView does.
        size = self._pdf.document.pagePointSize(max(0, self.current_page()))
        if size.width() <= 0 or size.height() <= 0:
            return 1.0
        dpi = self.logicalDpiX() / 72.0
        viewport = self.view.viewport().size()
        width = viewport.width() / (size.width() * dpi)
        if self.view.zoomMode() == QPdfView.ZoomMode.FitToWidth:
            return width
        return min(width, viewport.height() / (size.height() * dpi))

    def _show_zoom(self, *_args: object) -> None:
        mode = self.view.zoomMode()
        if mode == QPdfView.ZoomMode.FitInView:
            self.zoom_label.setText(self.tr("Whole page"))
        elif mode == QPdfView.ZoomMode.FitToWidth:
            self.zoom_label.setText(self.tr("Page width"))
        else:
            self.zoom_label.setText(self.tr("{percent}%").format(percent=round(self.view.zoomFactor() * 100)))
