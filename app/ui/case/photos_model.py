"""Photos as a Qt list model: thumbnail (badged when it is a person's profile photo), person,
details; and the proxy that shows one person's photos. Thumbnails come from the panel's cache
(decoded on the worker thread); this model only composes them for the grid.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

from PySide6.QtCore import QAbstractListModel, QModelIndex, QPersistentModelIndex, QRectF, QSortFilterProxyModel, Qt
from PySide6.QtGui import QColor, QFont, QIcon, QImage, QPainter, QPainterPath, QPixmap

from app.services.attachments import AttachmentInfo

Index = QModelIndex | QPersistentModelIndex
ICON_PX = 150
INFO_ROLE = Qt.ItemDataRole.UserRole + 1
PERSON_ROLE = Qt.ItemDataRole.UserRole + 2
NO_PERSON = "-"  # filter value: photos of the whole case, linked to no person


class PhotoModel(QAbstractListModel):
    """Photos as grid items: thumbnail (with a badge on profile photos), person and status."""

    def __init__(self, image: Callable[[str], QImage | None], person_label: Callable[[str | None], str]) -> None:
        super().__init__()
        self._image = image
        self._person_label = person_label
        self._items: list[AttachmentInfo] = []
        self._icons: dict[str, QIcon] = {}
        self.device_pixel_ratio = 1.0

    def set_items(self, items: Sequence[AttachmentInfo]) -> None:
        self.beginResetModel()
        self._items = list(items)
        self._icons.clear()
        self.endResetModel()

    def clear(self) -> None:
        self.set_items([])

    def items(self) -> list[AttachmentInfo]:
        return list(self._items)

    def thumbnails_shown(self) -> int:
        """How many items show a decrypted thumbnail (not the placeholder)."""
        return sum(1 for a in self._items if (img := self._image(a.id)) is not None and not img.isNull())

    def thumbnails_arrived(self, ids: Sequence[str]) -> None:
        wanted = set(ids)
        for row, info in enumerate(self._items):
            if info.id in wanted:
                self._icons.pop(info.id, None)
                index = self.index(row)
                self.dataChanged.emit(index, index, [Qt.ItemDataRole.DecorationRole])

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802, B008 - Qt API
        return 0 if parent.isValid() else len(self._items)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or index.row() >= len(self._items):
            return None
        info = self._items[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            name = self._person_label(info.person_id)
            return name + "\n" + self.tr("★ Profile photo") if info.is_profile_photo else name
        if role == Qt.ItemDataRole.DecorationRole:
            return self._icon(info)
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._tooltip(info)
        if role == Qt.ItemDataRole.AccessibleTextRole:
            return self._tooltip(info).replace("\n", ", ")
        if role == INFO_ROLE:
            return info
        if role == PERSON_ROLE:
            return info.person_id or NO_PERSON
        return None

    def _tooltip(self, info: AttachmentInfo) -> str:
        lines = [self._person_label(info.person_id)]
        if info.is_profile_photo:
            lines.append(self.tr("Profile photo"))
        if info.width and info.height:
            lines.append(self.tr("{width} × {height} pixels").format(width=info.width, height=info.height))
        sources = {"camera": self.tr("Taken with the camera"), "file": self.tr("Imported from a file")}
        if info.source in sources:
            lines.append(sources[info.source])
        lines.append(self.tr("Added {date}").format(date=info.captured_at[:16].replace("T", " ")))
        return "\n".join(lines)

    def _icon(self, info: AttachmentInfo) -> QIcon:
        icon = self._icons.get(info.id)
        if icon is None:
            icon = QIcon(self._render(info))
            self._icons[info.id] = icon
        return icon

    def _render(self, info: AttachmentInfo) -> QPixmap:
        ratio = self.device_pixel_ratio
        side = round(ICON_PX * ratio)
        canvas = QPixmap(side, side)
        canvas.fill(Qt.GlobalColor.transparent)
        painter = QPainter(canvas)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
        image = self._image(info.id)
        left = top = 0
        if image is not None and not image.isNull():
            scaled = image.scaled(
                side, side, Qt.AspectRatioMode.KeepAspectRatio, Qt.TransformationMode.SmoothTransformation
            )
            left, top = (side - scaled.width()) // 2, (side - scaled.height()) // 2
            painter.drawImage(left, top, scaled)
        else:
            painter.fillRect(0, 0, side, side, QColor("#d9dde3"))
            painter.setPen(QColor("#59626e"))
            text = self.tr("Loading…") if image is None else self.tr("Unavailable")
            painter.drawText(canvas.rect(), Qt.AlignmentFlag.AlignCenter, text)
        if info.is_profile_photo:
            badge = QRectF(left + 4 * ratio, top + 4 * ratio, 30 * ratio, 30 * ratio)  # on the photo's corner
            path = QPainterPath()
            path.addEllipse(badge)
            painter.fillPath(path, QColor("#1565c0"))
            painter.setPen(QColor("white"))
            font = QFont(painter.font())
            font.setPixelSize(round(18 * ratio))
            painter.setFont(font)
            painter.drawText(badge, Qt.AlignmentFlag.AlignCenter, "★")
        painter.end()
        canvas.setDevicePixelRatio(ratio)
        return canvas


class PersonFilter(QSortFilterProxyModel):
    def __init__(self) -> None:
        super().__init__()
        self.person: str | None = None  # None: everyone; NO_PERSON: photos of the whole case

    def set_person(self, person: str | None) -> None:
        self.beginFilterChange()
        self.person = person
        self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def filterAcceptsRow(self, row: int, parent: Index) -> bool:  # noqa: N802 - Qt API
        if self.person is None:
            return True
        person: object = self.sourceModel().index(row, 0, parent).data(PERSON_ROLE)
        return person == self.person
