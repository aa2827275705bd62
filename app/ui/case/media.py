"""The "Photos and documents" tab of a case: photos per person, documents with their pages.

The panel owns what both halves share: the case's attachment list and persons (loaded on the
worker thread), the decrypted-thumbnail cache, the progress strip with Cancel, the windows that
show one attachment, and the lock rule: on `events.locked` every decrypted pixel and byte held by
these widgets is dropped (models emptied, caches cleared, viewers and dialogs closed), and results
of work started before the lock are ignored when they arrive (`_generation`).

After each change a service made, `events.case_changed` is emitted; the panel reloads itself
from that signal, like every other view showing the case.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtGui import QAction, QImage, QKeySequence
from PySide6.QtWidgets import (
    QDialog,
    QHBoxLayout,
    QLabel,
    QProgressBar,
    QPushButton,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from app.errors import CircuitRideError, UnsupportedFile
from app.services.attachments import AttachmentInfo, PersonRef, case_persons, content, list_attachments, thumbnail
from app.ui.case import labels
from app.ui.case.media_viewer import ViewerWindow
from app.ui.context import UiContext
from app.ui.i18n import service_text
from app.ui.tasks import Cancelled, Task

_CANCELLED = object()


class ThumbnailCache(QObject):
    """Decrypted thumbnails of the open case, decoded to QImage on the worker thread."""

    arrived = Signal(list)  # attachment ids whose thumbnail is now available (or known missing)

    def __init__(self, ctx: UiContext, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self._images: dict[str, QImage] = {}  # a null QImage: no thumbnail could be read
        self._pending: set[str] = set()
        self._generation = 0

    def image(self, attachment_id: str) -> QImage | None:
        return self._images.get(attachment_id)

    def __len__(self) -> int:
        return len(self._images)

    def ids(self) -> list[str]:
        return list(self._images)

    def request(self, ids: Sequence[str]) -> None:
        wanted = [i for i in ids if i not in self._images and i not in self._pending]
        if not wanted:
            return
        self._pending.update(wanted)
        generation, ws = self._generation, self.ctx.ws

        def work(task: Task) -> dict[str, QImage]:
            out: dict[str, QImage] = {}
            for attachment_id in wanted:
                if task.cancelled:
                    break
                try:
                    stored = thumbnail(ws, attachment_id)
                except CircuitRideError:  # a damaged blob: show "unavailable", `check` reports it
                    stored = None
                # QImage (unlike QPixmap) may be made off the GUI thread: decoding happens here.
                out[attachment_id] = QImage.fromData(stored.data) if stored else QImage()
            return out

        def done(images: dict[str, QImage]) -> None:
            if generation != self._generation:
                return  # locked or another case meanwhile: drop them
            self._pending.difference_update(wanted)
            self._images.update(images)
            self.arrived.emit(list(images))

        def failed(_exc: CircuitRideError) -> None:
            if generation == self._generation:
                self._pending.difference_update(wanted)

        self.ctx.tasks.run(work, on_done=done, on_failed=failed)

    def forget(self, ids: Sequence[str]) -> None:
        for attachment_id in ids:
            self._images.pop(attachment_id, None)

    def clear(self) -> None:
        self._generation += 1
        self._images.clear()
        self._pending.clear()


class MediaPanel(QWidget):
    loaded = Signal()  # the attachment list of the case arrived (tests and views wait on it)

    def __init__(self, ctx: UiContext) -> None:
        super().__init__()
        from app.ui.case.documents import DocumentsView
        from app.ui.case.photos import PhotosView

        self.ctx = ctx
        self.case_number: str | None = None
        self.persons: list[PersonRef] = []
        self.attachments: list[AttachmentInfo] = []
        self.thumbnails = ThumbnailCache(ctx, self)
        self.viewers: list[ViewerWindow] = []
        self._dialogs: list[QDialog] = []
        self._generation = 0
        self._task: Task | None = None

        self.photos = PhotosView(self)
        self.documents = DocumentsView(self)
        self.tabs = QTabWidget()
        self.tabs.setDocumentMode(True)
        self.tabs.addTab(self.photos, "")
        self.tabs.addTab(self.documents, "")

        self.busy_label = QLabel()
        self.busy_bar = QProgressBar()
        self.busy_bar.setMaximumWidth(320)
        self.busy_cancel = QPushButton(self.tr("Cancel"))
        self.busy_cancel.clicked.connect(self.cancel_work)
        self.busy = QWidget()
        strip = QHBoxLayout(self.busy)
        strip.setContentsMargins(0, 0, 0, 0)
        strip.addWidget(self.busy_label, 1)
        strip.addWidget(self.busy_bar)
        strip.addWidget(self.busy_cancel)
        self.busy.hide()

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.tabs, 1)
        layout.addWidget(self.busy)
        self._panel_actions()
        self._retitle()

        ctx.events.locked.connect(self.clear)
        ctx.events.case_changed.connect(self._case_changed)

    def _panel_actions(self) -> None:
        # On the panel so they work from either half: Ctrl+I imports a photo, Ctrl+Shift+I a scan.
        # (Mnemonics here avoid the case screen's own: C, D, M, H, P, N, Y, A, F and W.)
        def add(text: str, key: str, slot: Callable[[], None]) -> QAction:
            action = QAction(text, self)
            action.setShortcut(QKeySequence(key))
            action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            action.triggered.connect(slot)
            self.addAction(action)
            return action

        self.import_photo_shortcut = add(self.tr("Import photo…"), "Ctrl+I", self._import_photo)
        self.import_scan_shortcut = add(self.tr("Import scan or PDF…"), "Ctrl+Shift+I", self._import_scan)

    def _import_photo(self) -> None:
        self.tabs.setCurrentWidget(self.photos)
        self.photos.import_photos()

    def _import_scan(self) -> None:
        self.tabs.setCurrentWidget(self.documents)
        self.documents.import_documents()

    # ----- the case ---------------------------------------------------------------------------
    def set_case(self, case_number: str) -> None:
        if case_number != self.case_number:
            self.clear()
            self.case_number = case_number
        self.reload()

    def clear(self) -> None:
        """Forget the case and every decrypted thumbnail, image and PDF held here (lock, case switch)."""
        self._generation += 1
        self.case_number = None
        self.persons, self.attachments = [], []
        self.thumbnails.clear()
        self.photos.clear()
        self.documents.clear()
        for viewer in list(self.viewers):
            viewer.close()
        self.viewers.clear()
        for dialog in list(self._dialogs):
            clear = getattr(dialog, "clear", None)
            if clear is not None:
                clear()
            dialog.reject()
        self._dialogs.clear()
        self._end_busy()
        self._retitle()

    def reload(self) -> None:
        number = self.case_number
        if number is None:
            return
        generation, ws = self._generation, self.ctx.ws

        def work(_task: Task) -> tuple[list[PersonRef], list[AttachmentInfo]]:
            return case_persons(ws, number), list_attachments(ws, number)

        def done(result: tuple[list[PersonRef], list[AttachmentInfo]]) -> None:
            if generation != self._generation:
                return
            self.persons, self.attachments = result
            live = {a.id for a in self.attachments}
            self.thumbnails.forget([i for i in self.thumbnails.ids() if i not in live])
            self.photos.set_data(self.persons, [a for a in self.attachments if a.kind == "photo"])
            self.documents.set_data(self.persons, [a for a in self.attachments if a.kind != "photo"])
            self._retitle()
            self.loaded.emit()

        def failed(exc: CircuitRideError) -> None:
            if generation == self._generation:
                self.ctx.show_error(service_text(exc))

        self.ctx.tasks.run(work, on_done=done, on_failed=failed)

    def _case_changed(self, number: str) -> None:
        if self.case_number is not None and number == self.case_number:
            self.reload()

    def _retitle(self) -> None:
        photos = sum(1 for a in self.attachments if a.kind == "photo")
        documents = len({a.group_key for a in self.attachments if a.is_page})
        self.tabs.setTabText(0, self.tr("Photo&s (%n)", "", photos))
        self.tabs.setTabText(1, self.tr("Documen&ts (%n)", "", documents))

    # ----- names ------------------------------------------------------------------------------
    def person(self, person_id: str | None) -> PersonRef | None:
        return next((p for p in self.persons if p.id == person_id), None)

    def person_label(self, person_id: str | None, *, with_role: bool = False) -> str:
        if person_id is None:
            return self.tr("Whole case")
        person = self.person(person_id)
        if person is None:
            return self.tr("Unknown person")
        name = person.name or person.native_name or self.tr("(no name)")
        if with_role:
            return self.tr("{name} ({role})").format(name=name, role=labels.label(labels.roles(), person.role))
        return name

    # ----- background work --------------------------------------------------------------------
    def run(
        self,
        fn: Callable[[Task], Any],
        *,
        label: str,
        on_done: Callable[[Any], None] | None = None,
        changes: bool = True,
    ) -> Task:
        """Run a service call on the worker with the progress strip; errors go to ctx.show_error.

        With `changes`, a successful call emits `case_changed` for this case (audit + outbox were
        written by the service; every view of the case reloads).
        """
        generation, number = self._generation, self.case_number

        def guarded(task: Task) -> Any:
            try:
                return fn(task)
            except Cancelled:
                return _CANCELLED

        def done(result: Any) -> None:
            self._end_busy(task)
            if generation != self._generation or result is _CANCELLED:
                return
            if changes and number is not None:
                self.ctx.events.case_changed.emit(number)
            if on_done is not None:
                on_done(result)

        def failed(exc: CircuitRideError) -> None:
            self._end_busy(task)
            if generation == self._generation:
                self.ctx.show_error(service_text(exc))

        task = self.ctx.tasks.run(guarded, on_done=done, on_failed=failed, on_progress=self._progress)
        self._task = task
        self.busy_label.setText(label)
        self.busy_bar.setRange(0, 0)
        self.busy_cancel.setEnabled(True)
        self.busy.show()
        return task

    def _progress(self, done: int, total: int, text: str) -> None:
        if total > 0:
            self.busy_bar.setRange(0, total)
            self.busy_bar.setValue(done)
        if text:
            self.busy_bar.setFormat(text)
            self.busy_bar.setTextVisible(True)

    def _end_busy(self, task: Task | None = None) -> None:
        if task is not None and task is not self._task:
            return
        self._task = None
        self.busy.hide()
        self.busy_bar.setTextVisible(False)

    def cancel_work(self) -> None:
        if self._task is not None:
            self._task.cancel()
            self.busy_cancel.setEnabled(False)
            self.busy_label.setText(self.tr("Stopping…"))

    def is_current(self, generation: int) -> bool:
        return generation == self._generation

    @property
    def generation(self) -> int:
        return self._generation

    def keep_dialog(self, dialog: QDialog) -> None:
        """Close this dialog (and drop what it shows) when the workspace locks."""
        self._dialogs.append(dialog)
        dialog.finished.connect(lambda _r: self._dialogs.remove(dialog) if dialog in self._dialogs else None)

    # ----- viewing ----------------------------------------------------------------------------
    def load_image(self, attachment_id: str, on_image: Callable[[QImage], None]) -> None:
        """Decrypt and decode the full image on the worker; `on_image` runs on the GUI thread."""
        ws = self.ctx.ws

        def work(_task: Task) -> QImage:
            stored = content(ws, attachment_id)
            if stored is None:
                raise CircuitRideError(self.tr("This file was removed meanwhile."))
            image = QImage.fromData(stored.data)
            if image.isNull():
                raise UnsupportedFile(self.tr("This image could not be shown: it may be damaged."))
            return image

        self.run(work, label=self.tr("Opening…"), on_done=on_image, changes=False)

    def view_attachment(self, info: AttachmentInfo, title: str) -> None:
        """Open one attachment in a viewer window (decrypted on the worker, held only in memory)."""
        if info.is_image:
            self.load_image(info.id, lambda image: self._show_viewer(title, image=image))
            return
        if not info.is_pdf:
            self.ctx.show_error(self.tr("This file cannot be shown here."))
            return
        ws = self.ctx.ws

        def work(_task: Task) -> bytes:
            stored = content(ws, info.id)
            if stored is None:
                raise CircuitRideError(self.tr("This file was removed meanwhile."))
            return stored.data

        self.run(
            work, label=self.tr("Opening…"), on_done=lambda data: self._show_viewer(title, pdf=data), changes=False
        )

    def _show_viewer(self, title: str, *, image: QImage | None = None, pdf: bytes | None = None) -> None:
        window = ViewerWindow(title, self)
        try:
            if image is not None:
                window.show_image(image)
            elif pdf is not None:
                window.show_pdf(pdf, title)
        except UnsupportedFile as exc:
            window.deleteLater()
            self.ctx.show_error(service_text(exc))
            return
        self.viewers.append(window)
        window.destroyed.connect(lambda _o=None, w=window: self.viewers.remove(w) if w in self.viewers else None)
        window.finished.connect(lambda _r, w=window: self.viewers.remove(w) if w in self.viewers else None)
        window.show()
