"""The OpenStreetMap tag editor of an XLSForm `osm` question (an `<upload mediatype="osm/*">`).

In ODK Collect such a question hands off to OpenMapKit, where the interviewer picks a building or
a place and tags it; OpenMapKit returns an OSM XML file, which is the answer. Here the editor is in
the form: one row per tag the form lists (its label, and a box offering the form's values by label
while taking any text, since OSM tags are free-form), and "Attach an .osm file…" for a file made in
OpenMapKit or JOSM, whose tags then show in the rows.

The answer is a file, as for a photo: app/forms/osm.py builds it (one new node at the form's
location when one is answered; an attached file keeps its geometry and gets the edited tags), and
the window's `AnswerFiles` stores it in the vault on the worker thread (media_widgets explains
why through callbacks). Bytes stay in memory; nothing is written to a plaintext file.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

import shiboken6
from PySide6.QtCore import Qt
from PySide6.QtGui import QStandardItem, QStandardItemModel
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFileDialog,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QSizePolicy,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from app.errors import UnsupportedFile
from app.forms import osm
from app.forms.model import OSM_MEDIATYPE
from app.ui.forms.media_widgets import AnswerFiles, FileAnswerQuestion
from app.ui.forms.questions import Line, muted_color, set_text_color
from app.ui.i18n import service_text

log = logging.getLogger(__name__)

MAX_OSM_FILE_BYTES = 16 * 1024 * 1024  # as any answer file (form_media); an OSM answer is a few KB
Location = Callable[[], tuple[float, float] | None]


@dataclass(frozen=True, slots=True)
class TagField:
    """One tag the form asks for, as shown: its key, its label in the form language, and the
    offered values as (value, label)."""

    key: str
    label: str
    items: tuple[tuple[str, str], ...] = ()


@dataclass
class _Row:
    key: str
    label: QLabel
    box: QComboBox
    from_form: bool


class OsmQuestion(FileAnswerQuestion):
    """Tag rows, "Attach an .osm file…" and "Remove"; read-only, the tags as a table."""

    def __init__(
        self,
        tags: list[TagField],
        *,
        files: AnswerFiles | None = None,
        location: Location | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.files = files
        self.location = location
        self._value = ""
        self._base: bytes | None = None  # the answer file's bytes: edits keep its geometry
        self._feature: osm.OsmFeature | None = None  # what the answer file holds, once read
        self._held: tuple[tuple[str, str], ...] = ()  # the tags the answer file carries
        self._busy = False  # a file is being stored; edits meanwhile are stored after it
        self._rows: list[_Row] = []
        self._labels = list(tags)

        self.grid_host = QWidget()
        self.grid = QGridLayout(self.grid_host)
        self.grid.setContentsMargins(0, 0, 0, 0)
        self.grid.setHorizontalSpacing(12)
        self.grid.setVerticalSpacing(4)
        self.grid.setColumnStretch(1, 1)
        for tag in tags:
            self._add_row(tag, from_form=True)

        self.attach_button = self._button(self.tr("Attach an .osm file…"), self.choose_file)
        self.attach_button.setToolTip(self.tr("Use the tags of a feature saved in OpenMapKit or JOSM"))
        self.remove_button = self._button(self.tr("Remove"), self.remove)
        self.remove_button.setToolTip(self.tr("Leave this question without tags"))
        buttons = QWidget()
        line = QHBoxLayout(buttons)
        line.setContentsMargins(0, 0, 0, 0)
        line.addWidget(self.attach_button)
        line.addWidget(self.remove_button)
        line.addStretch(1)
        self.buttons_row = buttons

        self.model = QStandardItemModel(0, 2, self)
        self.model.setHorizontalHeaderLabels([self.tr("Tag"), self.tr("Value")])
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.table.hide()

        self.details = QLabel()  # where the feature is, or which file
        self.details.setWordWrap(True)
        self.details.setTextFormat(Qt.TextFormat.PlainText)
        set_text_color(self.details, muted_color(self.details))
        self.note = Line("hint")

        editor = QWidget()
        column = QVBoxLayout(editor)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(6)
        column.addWidget(self.grid_host)
        column.addWidget(self.table)
        column.addWidget(self.buttons_row)
        column.addWidget(self.details)
        column.addWidget(self.note)
        self._add_editor(editor)
        self._update()

    def _button(self, text: str, slot: Callable[[], None]) -> QPushButton:
        button = QPushButton(text)
        button.setAutoDefault(False)  # Return in a tag box must not open a file dialog
        button.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)
        button.clicked.connect(slot)
        return button

    def _add_row(self, tag: TagField, *, from_form: bool) -> _Row:
        label = QLabel(tag.label or tag.key)
        label.setWordWrap(True)
        label.setTextFormat(Qt.TextFormat.PlainText)
        label.setToolTip(tag.key)
        box = QComboBox()
        box.setEditable(True)
        box.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)  # a typed value is a value, not a new offer
        box.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        box.setMinimumContentsLength(16)
        for value, item_label in tag.items:
            box.addItem(item_label or value, value)
        box.setCurrentIndex(-1)
        line_edit = box.lineEdit()
        assert line_edit is not None  # an editable box has one
        line_edit.setPlaceholderText(tag.key)  # the OSM key, for those who know the tags
        line_edit.editingFinished.connect(self._edited)
        box.activated.connect(lambda _index: self._edited())
        box.setAccessibleName(tag.label or tag.key)
        box.setAccessibleDescription(tag.key)
        label.setBuddy(box)
        at = len(self._rows)
        self.grid.addWidget(label, at, 0, Qt.AlignmentFlag.AlignVCenter)
        self.grid.addWidget(box, at, 1)
        row = _Row(tag.key, label, box, from_form)
        self._rows.append(row)
        return row

    # ----- what the renderer sets --------------------------------------------------------------
    def set_tag_labels(self, tags: list[TagField]) -> None:
        """The form's tags in another form language: labels and offered values relabelled."""
        if tags == self._labels:
            return
        self._labels = list(tags)
        by_key = {t.key: t for t in tags}
        for row in self._rows:
            tag = by_key.get(row.key)
            if tag is None:
                continue
            row.label.setText(tag.label or tag.key)
            row.box.setAccessibleName(tag.label or tag.key)
            labels = dict(tag.items)
            for i in range(row.box.count()):
                value = str(row.box.itemData(i))
                if value in labels:
                    row.box.setItemText(i, labels[value] or value)
        self._fill_table()

    def set_value(self, value: str) -> None:
        if value == self._value:
            return
        self._value = value
        self._base = None
        self._feature = None
        self._show_tags(())
        if value and self.files is not None:
            self.files.get(value, lambda data: self._loaded(value, data))
        self._update()

    def value(self) -> str:
        return self._value

    def _read_only_changed(self, read_only: bool) -> None:
        self._update()

    def commit(self) -> None:
        self._edited()

    def focus_chain(self) -> list[QWidget]:
        if self.read_only:
            return [self.table]
        chain: list[QWidget] = [row.box for row in self._rows]
        return chain + [b for b in (self.attach_button, self.remove_button) if not b.isHidden()]

    # ----- reading -----------------------------------------------------------------------------
    def tags(self) -> tuple[tuple[str, str], ...]:
        """What the rows hold: (key, value) of every filled row, in row order."""
        out = []
        for row in self._rows:
            value = _box_value(row.box)
            if value:
                out.append((row.key, value))
        return tuple(out)

    def _loaded(self, name: str, data: bytes | None) -> None:
        if not shiboken6.isValid(self) or name != self._value:
            return  # gone, or another answer since
        if data is None:
            self.note.show_message(self.tr("This OSM file could not be read from the workspace."))
            return
        try:
            feature = osm.read_osm(data)
        except UnsupportedFile as exc:
            self.note.show_message(service_text(exc))
            return
        self._base = data
        self._feature = feature
        self._show_tags(feature.tags)
        self._update()

    def _show_tags(self, tags: tuple[tuple[str, str], ...]) -> None:
        self._held = tags
        values = dict(tags)
        known = {row.key for row in self._rows}
        for key, _value in tags:
            if key not in known:
                self._add_row(TagField(key, key), from_form=False)
                known.add(key)
        for row in list(self._rows):
            if not row.from_form and row.key not in values:
                self._drop_row(row)
        for row in self._rows:
            _show_box_value(row.box, values.get(row.key, ""))
        self._fill_table()

    def _drop_row(self, row: _Row) -> None:
        self._rows.remove(row)
        for widget in (row.label, row.box):
            self.grid.removeWidget(widget)
            widget.deleteLater()

    def _fill_table(self) -> None:
        self.model.removeRows(0, self.model.rowCount())
        for row in self._rows:
            value = _box_value(row.box)
            if not value:
                continue
            shown = row.box.currentText().strip() if row.box.findData(value) >= 0 else value
            tag = QStandardItem(row.label.text())
            tag.setToolTip(row.key)
            item = QStandardItem(shown)
            item.setToolTip(value)
            self.model.appendRow([tag, item])
        rows = self.model.rowCount()
        header = self.table.horizontalHeader().sizeHint().height()
        self.table.setFixedHeight(header + sum(self.table.rowHeight(r) for r in range(rows)) + 4)

    def _update(self) -> None:
        editing = not self.read_only
        self.grid_host.setVisible(editing)
        self.buttons_row.setVisible(editing)

        self.attach_button.setEnabled(editing and not self._busy and self.files is not None)
        self.remove_button.setVisible(bool(self._value))
        self.remove_button.setEnabled(editing and not self._busy)
        if not editing:
            self._fill_table()
        self.table.setVisible(not editing and self.model.rowCount() > 0)
        self.details.setText(self._describe(self._feature))
        self.details.setVisible(bool(self.details.text()))

    def _describe(self, feature: osm.OsmFeature | None) -> str:
        if self._busy and not self.read_only:
            return self.tr("Saving…")
        if feature is not None and feature.lat is not None and feature.lon is not None:
            return self.tr("The feature is at {lat}, {lon}.").format(lat=f"{feature.lat:.6f}", lon=f"{feature.lon:.6f}")
        if self.read_only:
            return "" if self._value else self.tr("No tags yet.")
        if self._base is not None or self.files is None:
            return ""
        where = self.location() if self.location is not None else None
        if where is not None:
            return self.tr("The feature will be placed at this form's location ({lat}, {lon}).").format(
                lat=f"{where[0]:.6f}", lon=f"{where[1]:.6f}"
            )
        return self.tr("No location is answered in this form yet: the feature will have no coordinates.")

    # ----- giving an answer ----------------------------------------------------------------------
    def _edited(self) -> None:
        if self.read_only or self.files is None:
            return
        tags = self.tags()
        if tags == self._held or self._busy:
            return  # unchanged, or stored once the file being stored is (see _stored)
        if not tags:
            self.remove()
            return
        where = self.location() if self.location is not None and self._base is None else None
        try:
            data = (
                osm.retag(self._base, tags)
                if self._base is not None
                else osm.osm_document(tags, *(where or (None, None)))
            )
        except UnsupportedFile as exc:
            self._refused(service_text(exc))
            return
        self._store(data, "tags.osm", "tags", tags, show=False)

    def choose_file(self) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self,
            self.tr("Attach an OpenStreetMap file"),
            "",
            self.tr("OpenStreetMap files (*.osm *.xml)") + ";;" + self.tr("All files (*)"),
        )
        if path:
            self.use_file(Path(path))

    def use_file(self, path: Path) -> None:
        """Take the feature of the OSM file at `path` (OpenMapKit's or JOSM's) as the answer."""
        if self.read_only or self.files is None:
            return
        try:
            if path.stat().st_size > MAX_OSM_FILE_BYTES:
                self._refused(self.tr("This file is too large to be one feature's OSM file."))
                return
            data = path.read_bytes()
        except OSError:
            self._refused(
                self.tr("This file could not be read. Check that it is still there, or copy it to this laptop first.")
            )
            return
        try:
            feature = osm.read_osm(data)
        except UnsupportedFile as exc:
            self._refused(service_text(exc))
            return
        self._store(data, path.name, "file", feature.tags, show=True)

    def remove(self) -> None:
        if self.read_only or not self._value:
            self._show_tags(())
            return
        self.set_value("")
        self._file_taken()
        self.answered.emit("")

    def _store(self, data: bytes, filename: str, source: str, tags: tuple[tuple[str, str], ...], *, show: bool) -> None:
        """Store `data` (carrying `tags`) as the answer; `show`: put its tags in the rows once
        stored (an attached file), rather than leave the rows as the person is typing them."""
        assert self.files is not None
        self._busy = True
        self._update()
        self.files.put(
            data,
            filename,
            source=source,
            mediatype=OSM_MEDIATYPE,
            max_pixels=None,
            done=lambda name: self._stored(name, data, tags, show),
            failed=self._refused,
        )

    def _stored(self, name: str, data: bytes, tags: tuple[tuple[str, str], ...], show: bool) -> None:
        if not shiboken6.isValid(self):
            return
        self._busy = False
        self._value = name
        self._base = data
        if show:
            self._show_tags(tags)
        self._held = tags
        self.note.show_message("")
        self._file_taken()
        self._feature = _feature_or_none(data)
        self._update()
        self.answered.emit(name)
        self._edited()  # rows changed while this file was being stored

    def _refused(self, message: str) -> None:
        if not shiboken6.isValid(self):
            return
        self._busy = False
        self._file_refused(message)
        self._update()


def _feature_or_none(data: bytes) -> osm.OsmFeature | None:
    try:
        return osm.read_osm(data)
    except UnsupportedFile:
        return None


def _box_value(box: QComboBox) -> str:
    """The value a tag box holds: an offered value chosen by its label, or the text typed."""
    text = box.currentText().strip()
    if not text:
        return ""
    at = box.findText(text, Qt.MatchFlag.MatchFixedString)  # the label of an offered value
    if at >= 0:
        return str(box.itemData(at))
    return text


def _show_box_value(box: QComboBox, value: str) -> None:
    at = box.findData(value) if value else -1
    box.setCurrentIndex(at)
    if at < 0:
        box.setEditText(value)
