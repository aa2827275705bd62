"""Photos of a case, per person: a thumbnail grid and what can be done with a photo.

Import (Ctrl+I), Take photo (Ctrl+T, disabled with "No camera found" when there is none), Crop to
passport frame (Ctrl+Shift+C), Set as profile photo (Ctrl+Shift+P), Move to person, Remove
(Delete). Every action is a service call on the worker thread (MediaPanel.run); slots only
gather what the user chose.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from pathlib import Path
from types import EllipsisType
from typing import TYPE_CHECKING

from PySide6.QtCore import (
    QModelIndex,
    QSize,
    Qt,
    QTimer,
)
from PySide6.QtGui import QAction, QImage, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFileDialog,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QListView,
    QMessageBox,
    QStackedWidget,
    QToolBar,
    QVBoxLayout,
    QWidget,
)

from app.errors import InvalidInput, UnsupportedFile
from app.services.attachments import (
    AttachmentInfo,
    AttachResult,
    PersonRef,
    attach,
    crop_photo,
    read_attachment_file,
    remove_attachment,
    set_document_details,
    set_profile_photo,
)
from app.ui import camera
from app.ui.case.crop import CropDialog
from app.ui.case.photos_model import ICON_PX, INFO_ROLE, NO_PERSON, PersonFilter, PhotoModel
from app.ui.i18n import service_text
from app.ui.tasks import Task

if TYPE_CHECKING:
    from app.ui.case.media import MediaPanel

GRID_W, GRID_H = 176, 212
IMAGE_FILTER_SUFFIXES = "*.jpg *.jpeg *.png *.webp *.tif *.tiff *.gif *.bmp"


class PhotosView(QWidget):
    def __init__(self, host: MediaPanel) -> None:
        super().__init__()
        self.host = host
        self.ctx = host.ctx
        self.model = PhotoModel(host.thumbnails.image, host.person_label)
        self.proxy = PersonFilter()
        self.proxy.setSourceModel(self.model)
        host.thumbnails.arrived.connect(self.model.thumbnails_arrived)

        self.person_box = QComboBox()
        self.person_box.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        person_label = QLabel(self.tr("Show photos &of"))
        person_label.setBuddy(self.person_box)
        self.person_box.currentIndexChanged.connect(self._filter_changed)

        self.list = QListView()
        self.list.setModel(self.proxy)
        self.list.setViewMode(QListView.ViewMode.IconMode)
        self.list.setIconSize(QSize(ICON_PX, ICON_PX))
        self.list.setGridSize(QSize(GRID_W, GRID_H))
        self.list.setResizeMode(QListView.ResizeMode.Adjust)
        self.list.setMovement(QListView.Movement.Static)
        self.list.setUniformItemSizes(True)
        self.list.setWordWrap(True)
        self.list.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.list.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.list.setContextMenuPolicy(Qt.ContextMenuPolicy.ActionsContextMenu)
        self.list.setAccessibleName(self.tr("Photos"))
        self.list.activated.connect(self._activated)
        self.list.selectionModel().currentChanged.connect(lambda *_a: self._enable())

        self.empty = QLabel()
        self.empty.setWordWrap(True)
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.stack = QStackedWidget()
        self.stack.addWidget(self.empty)
        self.stack.addWidget(self.list)

        self.toolbar = QToolBar()
        self.toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        self._actions()
        top = QHBoxLayout()
        top.addWidget(person_label)
        top.addWidget(self.person_box)
        top.addStretch()
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.toolbar)
        layout.addWidget(self.stack, 1)
        self._camera_checked = False
        self._camera_watch: object | None = None
        self._persons: list[PersonRef] = []
        self._show_empty()
        self._enable()

    def _actions(self) -> None:
        def add(text: str, key: str | None, slot: Callable[[], None], *, in_list: bool = True) -> QAction:
            action = QAction(text, self)
            if key:
                action.setShortcut(QKeySequence(key))
                action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
                action.setToolTip(
                    f"{text.replace('&', '').rstrip('…')} ({action.shortcut().toString(QKeySequence.SequenceFormat.NativeText)})"
                )
            action.triggered.connect(slot)
            self.addAction(action)
            self.toolbar.addAction(action)
            if in_list:
                self.list.addAction(action)
            return action

        self.import_action = add(self.tr("&Import photo…"), None, lambda: self.import_photos(), in_list=False)
        self.import_action.setToolTip(self.tr("Import photo (Ctrl+I)"))
        self.camera_action = add(self.tr("&Take photo…"), "Ctrl+T", lambda: self.take_photo(), in_list=False)
        self.toolbar.addSeparator()
        self.view_action = add(self.tr("&View"), None, self.view_current)
        self.view_action.setToolTip(self.tr("View the photo (Enter)"))
        self.crop_action = add(self.tr("&Crop to passport frame…"), "Ctrl+Shift+C", lambda: self.start_crop())
        self.profile_action = add(self.tr("Set as &profile photo"), "Ctrl+Shift+P", lambda: self.set_profile())
        self.move_action = add(self.tr("&Move to person…"), None, lambda: self.move_to_person())
        self.remove_action = add(self.tr("&Remove…"), "Delete", lambda: self.remove())

    # ----- data -------------------------------------------------------------------------------
    def set_data(self, persons: list[PersonRef], photos: list[AttachmentInfo]) -> None:
        current = self.current()
        self._persons = persons
        self.model.device_pixel_ratio = self.devicePixelRatioF()
        self.model.set_items(photos)
        self._fill_persons(photos)
        self.host.thumbnails.request([p.id for p in photos if p.has_thumbnail])
        self._show_empty()
        if current is not None:
            self.select(current.id)
        if not self._camera_checked:
            QTimer.singleShot(0, self._check_camera)  # after the case is on screen
        self._enable()

    def clear(self) -> None:
        self.model.clear()
        self._persons = []
        self.person_box.blockSignals(True)
        self.person_box.clear()
        self.person_box.blockSignals(False)
        self._show_empty()
        self._enable()

    def _fill_persons(self, photos: list[AttachmentInfo]) -> None:
        chosen = self.person_box.currentData()
        self.person_box.blockSignals(True)
        self.person_box.clear()
        self.person_box.addItem(self.tr("Everyone in the case"), None)
        for person in self._persons:
            self.person_box.addItem(self.host.person_label(person.id, with_role=True), person.id)
        if any(p.person_id is None for p in photos):
            self.person_box.addItem(self.tr("Not linked to a person"), NO_PERSON)
        at = self.person_box.findData(chosen)
        self.person_box.setCurrentIndex(max(0, at))
        self.person_box.blockSignals(False)
        self.proxy.set_person(self.person_box.currentData())

    def _filter_changed(self) -> None:
        self.proxy.set_person(self.person_box.currentData())
        self._show_empty()
        self._enable()

    def _show_empty(self) -> None:
        if self.proxy.rowCount() > 0:
            self.stack.setCurrentWidget(self.list)
            return
        if self.host.case_number is None:
            self.empty.setText("")
        elif self.model.rowCount() > 0:
            self.empty.setText(self.tr("No photos of this person yet. Import one (Ctrl+I) or take one (Ctrl+T)."))
        else:
            self.empty.setText(
                self.tr(
                    "No photos in this case yet.\nImport a photo from a file (Ctrl+I) or take one with the "
                    "camera (Ctrl+T). The first photo of a person becomes their profile photo."
                )
            )
        self.stack.setCurrentWidget(self.empty)

    def current(self) -> AttachmentInfo | None:
        index = self.list.currentIndex()
        return index.data(INFO_ROLE) if index.isValid() else None

    def select(self, attachment_id: str) -> None:
        for row in range(self.proxy.rowCount()):
            index = self.proxy.index(row, 0)
            if index.data(INFO_ROLE).id == attachment_id:
                self.list.setCurrentIndex(index)
                return

    def _chosen_person(self) -> str | None:
        chosen = self.person_box.currentData()
        return None if chosen in (None, NO_PERSON) else chosen

    def _enable(self) -> None:
        info = self.current()
        has_case = self.host.case_number is not None
        self.import_action.setEnabled(has_case)
        for action in (self.view_action, self.crop_action, self.move_action, self.remove_action):
            action.setEnabled(info is not None)
        self.profile_action.setEnabled(info is not None and not info.is_profile_photo)
        self._enable_camera()

    # ----- camera -----------------------------------------------------------------------------
    def _check_camera(self) -> None:
        # First look at the devices when a case is first shown, not at start-up (the backend is slow to load).
        if self._camera_checked:
            return
        self._camera_checked = True
        self._has_camera = camera.camera_available()
        self._camera_watch = camera.watch_cameras(self, self._cameras_changed)
        self._enable_camera()

    def _cameras_changed(self) -> None:
        self._has_camera = camera.camera_available()
        self._enable_camera()

    def _enable_camera(self) -> None:
        has_camera = self._camera_checked and getattr(self, "_has_camera", False)
        self.camera_action.setEnabled(has_camera and self.host.case_number is not None)
        if self._camera_checked and not has_camera:
            self.camera_action.setToolTip(self.tr("No camera found"))
            self.camera_action.setStatusTip(self.tr("No camera found"))
        else:
            self.camera_action.setToolTip(self.tr("Take photo (Ctrl+T)"))
            self.camera_action.setStatusTip("")

    # ----- actions ----------------------------------------------------------------------------
    def _ask_person(self, title: str) -> tuple[bool, str | None]:
        """Which person a new photo is of: the one shown, else asked (Cancel: (False, None))."""
        chosen = self._chosen_person()
        if chosen is not None or not self._persons:
            return True, chosen
        names = [self.host.person_label(p.id, with_role=True) for p in self._persons] + [self.tr("Whole case")]
        name, ok = QInputDialog.getItem(self, title, self.tr("Photo of:"), names, 0, False)
        if not ok:
            return False, None
        at = names.index(name)
        return True, self._persons[at].id if at < len(self._persons) else None

    def import_photos(self, paths: Sequence[Path] | None = None, person_id: str | None | EllipsisType = ...) -> None:
        """Import image files as photos (each on its own: a bad file is reported, the others kept)."""
        number = self.host.case_number
        if number is None:
            return
        if paths is None:
            names, _ = QFileDialog.getOpenFileNames(
                self, self.tr("Import photo"), "", self.tr("Images ({patterns})").format(patterns=IMAGE_FILTER_SUFFIXES)
            )
            paths = [Path(n) for n in names]
        if not paths:
            return
        if person_id is ...:
            ok, chosen = self._ask_person(self.tr("Import photo"))
            if not ok or self.host.case_number != number:  # cancelled, or locked while asking
                return
        else:
            chosen = person_id
        files, ws = list(paths), self.ctx.ws

        def work(task: Task) -> tuple[list[str], list[str]]:
            stored: list[str] = []
            problems: list[str] = []
            for done, path in enumerate(files):
                if task.cancelled:
                    break  # photos already stored stay: each is complete on its own
                task.progress(done, len(files), path.name)
                try:
                    data = read_attachment_file(path)
                    stored.append(
                        attach(
                            ws, number, data, filename=path.name, kind="photo", person_id=chosen, source="file"
                        ).attachment_id
                    )
                except (UnsupportedFile, InvalidInput) as exc:
                    problems.append(service_text(exc))
            return stored, problems

        self.host.run(work, label=self.tr("Importing photos…"), on_done=self._imported)

    def _imported(self, result: tuple[list[str], list[str]]) -> None:
        stored, problems = result
        if stored:
            self.ctx.show_status(self.tr("%n photo(s) imported.", "", len(stored)))
            self._select_later(stored[-1])
        if problems:
            self.ctx.show_error(self.tr("Nothing was stored for these files:") + "\n\n" + "\n\n".join(problems))

    def _select_later(self, attachment_id: str) -> None:
        def pick() -> None:
            self.host.loaded.disconnect(pick)
            self.select(attachment_id)

        self.host.loaded.connect(pick)

    def take_photo(self) -> None:
        if not self.camera_action.isEnabled() or self.host.case_number is None:
            return
        ok, chosen = self._ask_person(self.tr("Take photo"))
        if not ok:
            return
        dialog = camera.CameraDialog(self)
        self.host.keep_dialog(dialog)
        generation = self.host.generation
        dialog.accepted.connect(lambda: self._camera_done(dialog, chosen, generation))
        dialog.open()

    def _camera_done(self, dialog: camera.CameraDialog, person_id: str | None, generation: int) -> None:
        data, dialog.jpeg = dialog.jpeg, None
        dialog.deleteLater()
        if not data or not self.host.is_current(generation):
            return
        self.store_camera_photo(data, person_id)

    def store_camera_photo(self, jpeg: bytes, person_id: str | None) -> None:
        number, ws = self.host.case_number, self.ctx.ws
        if number is None:
            return
        self.host.run(
            lambda _t: [
                attach(
                    ws, number, jpeg, filename="camera.jpg", kind="photo", person_id=person_id, source="camera"
                ).attachment_id
            ],
            label=self.tr("Saving the photo…"),
            on_done=lambda ids: self._imported((ids, [])),
        )

    def view_current(self) -> None:
        info = self.current()
        if info is not None:
            self.host.view_attachment(
                info, self.tr("Photo of {name}").format(name=self.host.person_label(info.person_id))
            )

    def _activated(self, _index: QModelIndex) -> None:
        self.view_current()

    def start_crop(self) -> None:
        """Open the crop dialog on the full photo (decrypted in the background)."""
        info = self.current()
        if info is None:
            return
        generation = self.host.generation

        def show(image: QImage) -> None:
            if not self.host.is_current(generation):
                return
            dialog = CropDialog(image, self)
            self.host.keep_dialog(dialog)
            dialog.accepted.connect(lambda: self.crop(info.id, dialog.box()))

            def finished(_result: int) -> None:
                dialog.clear()
                dialog.deleteLater()

            dialog.finished.connect(finished)
            dialog.open()

        self.host.load_image(info.id, show)

    def crop(self, attachment_id: str, box: tuple[int, int, int, int]) -> None:
        ws = self.ctx.ws

        def done(result: AttachResult) -> None:
            self.ctx.show_status(self.tr("Passport-style photo made; the original is kept."))
            self._select_later(result.attachment_id)

        self.host.run(lambda _t: crop_photo(ws, attachment_id, box), label=self.tr("Cropping…"), on_done=done)

    def set_profile(self, attachment_id: str | None = None, person_id: str | None = None) -> None:
        info = (
            self.current()
            if attachment_id is None
            else next((a for a in self.model.items() if a.id == attachment_id), None)
        )
        number = self.host.case_number
        if info is None or number is None:
            return
        person_id = person_id or info.person_id or self._chosen_person()
        if person_id is None:
            ok, person_id = self._ask_person(self.tr("Set as profile photo"))
            if not ok or person_id is None or self.host.case_number != number:
                return
        ws, target = self.ctx.ws, person_id
        self.host.run(
            lambda _t: set_profile_photo(ws, number, target, info.id),
            label=self.tr("Saving…"),
            on_done=lambda _r: self.ctx.show_status(self.tr("Profile photo set.")),
        )

    def move_to_person(self) -> None:
        info = self.current()
        if info is None or not self._persons:
            return
        names = [self.host.person_label(p.id, with_role=True) for p in self._persons] + [self.tr("Whole case")]
        ids: list[str | None] = [p.id for p in self._persons] + [None]
        start = ids.index(info.person_id) if info.person_id in ids else 0
        number = self.host.case_number
        name, ok = QInputDialog.getItem(self, self.tr("Move to person"), self.tr("Photo of:"), names, start, False)
        if ok and self.host.case_number == number:
            self.move_photo(info.id, ids[names.index(name)])

    def move_photo(self, attachment_id: str, person_id: str | None) -> None:
        ws = self.ctx.ws
        self.host.run(lambda _t: set_document_details(ws, attachment_id, person_id=person_id), label=self.tr("Saving…"))

    def remove(self, attachment_id: str | None = None, *, confirm: bool = True) -> None:
        info = (
            self.current()
            if attachment_id is None
            else next((a for a in self.model.items() if a.id == attachment_id), None)
        )
        if info is None:
            return
        if confirm:
            text = self.tr("Remove this photo of {name}?").format(name=self.host.person_label(info.person_id))
            if info.is_profile_photo:
                text += "\n" + self.tr("It is the profile photo; the person will have none until you set another.")
            answer = QMessageBox.question(
                self,
                self.tr("Remove photo"),
                text,
                QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
                QMessageBox.StandardButton.No,
            )
            if answer != QMessageBox.StandardButton.Yes or self.host.case_number is None:
                return
        ws = self.ctx.ws
        self.host.run(
            lambda _t: remove_attachment(ws, info.id),
            label=self.tr("Removing…"),
            on_done=lambda _r: self.ctx.show_status(self.tr("Photo removed.")),
        )
