"""Location questions of the form renderer: a geopoint typed as four numbers (or pasted whole, or
read from the computer's position service when it has one), and a geotrace or geoshape as an
editable list of points with a small drawing of them.

The text of a value is app/forms/geo.py's business: these widgets parse what is typed or pasted
with it and write what they hand over with it, so the engine and the widgets never disagree on what
a location looks like. No network map: field teams work offline. Where the team has installed an
offline map (an MBTiles file, `circuitride maps add`) that covers the points, they are drawn on it
(map_layer.py); elsewhere a plain drawing of the points is enough to see a wrong corner or a
swapped latitude. A location shown read-only (a submission viewed, a read-only or calculated
question) is its text, and on the map where one covers it (`ReadOnlyGeoQuestion`).
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from typing import TYPE_CHECKING

from PySide6.QtCore import QLocale, QObject, QPointF, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QGuiApplication, QKeyEvent, QKeySequence, QPainter, QPainterPath, QPaintEvent, QPen
from PySide6.QtWidgets import (
    QApplication,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QPushButton,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from app.forms import geo
from app.forms.geo import GeoPoint
from app.ui.forms.map_layer import MapView
from app.ui.forms.questions import QuestionWidget, ReadOnlyQuestion, muted_color, set_text_color

if TYPE_CHECKING:
    from app.ui.forms.map_layer import MapTiles

POSITION_TIMEOUT_MS = 30_000  # a satellite fix outdoors can take this long; indoors it never comes
PREVIEW_PX = QSize(220, 160)
FIELD_MAX_PX = 150
_position_service: bool | None = None


def position_service_available() -> bool:
    """Whether the operating system offers a position source that can actually locate (Qt loads a
    geoclue2 plugin on Linux even where no location daemon answers: its methods are then none).
    Asked once per run: creating a source talks to D-Bus."""
    global _position_service  # noqa: PLW0603 - one answer per run
    if _position_service is None:
        from PySide6.QtPositioning import QGeoPositionInfoSource

        holder = QObject()
        source = QGeoPositionInfoSource.createDefaultSource(holder)
        _position_service = source is not None and source.supportedPositioningMethods() != (
            QGeoPositionInfoSource.PositioningMethod.NoPositioningMethods
        )
        holder.deleteLater()
    return _position_service


def read_number(text: str) -> float | None:
    """A number as a person types it: "." or "," as the decimal separator, or the locale's own
    (an Arabic keyboard types "٫" and Eastern Arabic digits); None when it is not one."""
    text = text.strip()
    if not text:
        return None
    try:
        value = float(text.replace(",", ".").replace("\u2212", "-"))
    except ValueError:
        value_ok = QLocale.system().toDouble(text)
        if not value_ok[1]:
            return None
        value = value_ok[0]
    return value if math.isfinite(value) else None


def looks_like_many(text: str) -> bool:
    """Whether text typed into one coordinate box is a whole point ("-1.29, 36.82", "-1.29 36.82 0 5")
    rather than one number with a decimal comma ("36,82")."""
    stripped = text.strip()
    if any(c.isspace() for c in stripped) or ";" in stripped or stripped.count(",") > 1:
        return True
    return "," in stripped and "." in stripped


class _PasteAwareEdit(QLineEdit):
    """A coordinate box. A paste of several lines arrives here whole (QLineEdit would keep only the
    first line's text joined), so a list of points can be pasted into the add box too."""

    def __init__(self, on_paste_lines: object = None) -> None:
        super().__init__()
        self._on_paste_lines = on_paste_lines

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 - Qt API
        if event.matches(QKeySequence.StandardKey.Paste) and callable(self._on_paste_lines):
            text = QGuiApplication.clipboard().text()
            if "\n" in text.strip():
                self._on_paste_lines(text)
                return
        super().keyPressEvent(event)
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            event.accept()  # Return answers; it must not press a dialog's default button


class GeoPointQuestion(QuestionWidget):
    """Latitude, longitude, altitude and accuracy boxes; a paste of a whole point into any of them
    fills them all. The answer goes to the engine when both latitude and longitude are valid numbers
    in range, or when all boxes are emptied."""

    def __init__(self, parent: QWidget | None = None, *, maps: MapTiles | None = None) -> None:
        super().__init__(parent)
        self._local = ""
        self._emitted: str | None = None
        self._source: object | None = None
        self.incomplete = False
        grid_holder = QWidget()
        grid = QGridLayout(grid_holder)
        grid.setContentsMargins(0, 0, 0, 0)
        grid.setHorizontalSpacing(8)
        grid.setVerticalSpacing(2)
        names = [self.tr("Latitude"), self.tr("Longitude"), self.tr("Altitude (m)"), self.tr("Accuracy (m)")]
        examples = ["-1.2921", "36.8219", "", ""]
        self.fields: list[QLineEdit] = []
        for i, (name, example) in enumerate(zip(names, examples, strict=True)):
            caption = QLabel(name)
            set_text_color(caption, muted_color(caption))
            edit = _PasteAwareEdit()
            edit.setMaximumWidth(FIELD_MAX_PX)
            edit.setPlaceholderText(example)
            edit.setAccessibleName(name)
            edit.setLayoutDirection(Qt.LayoutDirection.LeftToRight)  # numbers read left to right
            caption.setBuddy(edit)
            edit.textEdited.connect(lambda text, e=edit: self._edited(e, text))
            edit.editingFinished.connect(self._finished)
            grid.addWidget(caption, 0, i)
            grid.addWidget(edit, 1, i)
            self.fields.append(edit)
        grid.setColumnStretch(4, 1)
        self.lat, self.lon, self.alt, self.acc = self.fields
        buttons = QWidget()
        row = QHBoxLayout(buttons)
        row.setContentsMargins(0, 0, 0, 0)
        self.locate_button = QPushButton(self.tr("Use my location"))
        self.locate_button.setAutoDefault(False)
        self.locate_button.clicked.connect(self.locate)
        if not position_service_available():
            self.locate_button.setEnabled(False)
            self.locate_button.setToolTip(
                self.tr("No location service is available on this computer: type or paste the coordinates.")
            )
        else:
            self.locate_button.setToolTip(self.tr("Fill in the position this computer reports"))
        self.clear_button = QPushButton(self.tr("Clear location"))
        self.clear_button.setAutoDefault(False)
        self.clear_button.setFlat(True)
        self.clear_button.clicked.connect(self.clear)
        self.status = QLabel()
        set_text_color(self.status, muted_color(self.status))
        row.addWidget(self.locate_button)
        row.addWidget(self.clear_button)
        row.addWidget(self.status, 1)
        column = QWidget()
        box = QVBoxLayout(column)
        box.setContentsMargins(0, 0, 0, 0)
        box.setSpacing(4)
        box.addWidget(grid_holder)
        box.addWidget(buttons)
        self.map = MapView()
        self.map.setVisible(False)
        self.map.has_map_changed.connect(self.map.setVisible)
        self.map.picked.connect(self._picked)
        box.addWidget(self.map)
        self._add_editor(column)
        self.set_map_tiles(maps)

    def set_map_tiles(self, maps: MapTiles | None) -> None:
        """Where installed offline maps come from (the form window's MapTiles); None: no map."""
        self.map.set_tiles(maps)
        self.map.setVisible(self.map.has_map)

    def _show_on_map(self) -> None:
        point = geo.parse_point(self._emitted or "")
        self.map.set_points([point] if point is not None else [])

    def _picked(self, lat: float, lon: float) -> None:
        """A place chosen on the map: its coordinates, with no altitude or accuracy (a map click
        measures neither)."""
        if self.read_only:
            return
        self._fill(GeoPoint(lat, lon), altitude=False)
        self.status.setText(self.tr("Position taken from the map."))
        self.commit()

    # ----- typing and pasting -------------------------------------------------------------------
    def _edited(self, edit: QLineEdit, text: str) -> None:
        if looks_like_many(text):
            point = geo.parse_pasted(text.replace(";", " "))
            if point is not None:
                self._fill(point, altitude=len(text.replace(",", " ").split()) >= 3)
                self.commit()
            else:
                self._show_local(
                    self.tr("This is not a location. Paste “latitude, longitude”, for example -1.2921, 36.8219.")
                )

    def _fill(self, point: GeoPoint, *, altitude: bool = True) -> None:
        parts = point.text().split()
        self.lat.setText(parts[0])
        self.lon.setText(parts[1])
        self.alt.setText(parts[2] if altitude or point.alt else "")
        self.acc.setText(parts[3] if altitude or point.acc else "")

    def _finished(self) -> None:
        inside = QApplication.focusWidget() in self.fields
        self.commit(partial_ok=inside)

    def point(self) -> tuple[GeoPoint | None, str]:
        """The point in the boxes, or None and why not ("" when all are blank). Only a missing
        coordinate is `self.incomplete`: that one waits while the person is still in the boxes."""
        self.incomplete = False
        texts = [f.text().strip() for f in self.fields]
        if not any(texts):
            return None, ""
        numbers = [read_number(t) if t else 0.0 for t in texts]
        names = [self.tr("Latitude"), self.tr("Longitude"), self.tr("Altitude"), self.tr("Accuracy")]
        for name, text, number in zip(names, texts, numbers, strict=True):
            if text and number is None:
                return None, self.tr("{name} must be a number, for example 36.8219.").format(name=name)
        if not texts[0] or not texts[1]:
            self.incomplete = True
            return None, self.tr("Enter both latitude and longitude, or clear the location.")
        lat, lon, alt, acc = (n if n is not None else 0.0 for n in numbers)
        if not -90 <= lat <= 90:
            return None, self.tr("Latitude must be between -90 and 90 (south is negative).")
        if not -180 <= lon <= 180:
            return None, self.tr("Longitude must be between -180 and 180 (west is negative).")
        if acc < 0:
            return None, self.tr("Accuracy cannot be negative: enter metres, or leave it blank.")
        return GeoPoint(lat, lon, alt, acc), ""

    def commit(self, partial_ok: bool = False) -> None:
        point, problem = self.point()
        if problem:
            if not partial_ok or not self.incomplete:
                self._show_local(problem)
            return
        self._show_local("")
        value = point.text() if point is not None else ""
        if point is not None and self._emitted and geo.parse_point(self._emitted) == point:
            return  # the same place spelled as stored before ("0 0" where Collect writes "0.0 0.0")
        if value != self._emitted:
            self._emitted = value
            self._show_on_map()
            self.answered.emit(value)

    def _show_local(self, text: str) -> None:
        self._local = text
        self.set_problem(text)

    def set_problem(self, text: str) -> None:
        super().set_problem(self._local or text)

    def reject(self, message: str) -> None:
        self._emitted = None
        super().reject(message)

    # ----- what the renderer sets -----------------------------------------------------------------
    def set_value(self, value: str) -> None:
        if value == self._emitted or self._local:
            return
        self._emitted = value
        point = geo.parse_point(value)
        if point is None:
            for f in self.fields:
                f.clear()
        else:
            self._fill(point, altitude=len(value.split()) >= 3)
        self._show_on_map()

    def value(self) -> str:
        return self._emitted or ""

    def clear(self) -> None:
        for f in self.fields:
            f.clear()
        self.status.clear()
        self.commit()

    def set_read_only(self, read_only: bool) -> None:
        super().set_read_only(read_only)
        for f in self.fields:
            f.setReadOnly(read_only)
        self.locate_button.setVisible(not read_only)
        self.clear_button.setVisible(not read_only)
        self.map.read_only = read_only

    def focus_chain(self) -> list[QWidget]:
        return [*self.fields, self.locate_button, self.clear_button, self.map]

    def _name_editors(self) -> None:
        # Each box keeps its own name (Latitude, ...); the question is its description.
        _describe(self, self.fields)

    # ----- the position service ---------------------------------------------------------------------
    def locate(self) -> None:
        """Ask the system for one position; the answer (or the failure) arrives later."""
        from PySide6.QtPositioning import QGeoPositionInfoSource

        if self.read_only or not position_service_available():
            return
        source = QGeoPositionInfoSource.createDefaultSource(self)
        if source is None:
            self.status.setText(self.tr("No location service is available: type or paste the coordinates."))
            return
        self._source = source
        source.positionUpdated.connect(self._positioned)
        source.errorOccurred.connect(lambda _error: self._no_position())
        self.status.setText(self.tr("Finding the position…"))
        source.requestUpdate(POSITION_TIMEOUT_MS)

    def _positioned(self, info: object) -> None:
        from PySide6.QtPositioning import QGeoPositionInfo

        assert isinstance(info, QGeoPositionInfo)
        coordinate = info.coordinate()
        alt = coordinate.altitude() if not math.isnan(coordinate.altitude()) else 0.0
        acc = 0.0
        if info.hasAttribute(QGeoPositionInfo.Attribute.HorizontalAccuracy):
            acc = info.attribute(QGeoPositionInfo.Attribute.HorizontalAccuracy)
        self._fill(GeoPoint(coordinate.latitude(), coordinate.longitude(), alt, acc))
        self.status.setText(self.tr("Position filled in from this computer."))
        self.commit()

    def _no_position(self) -> None:
        self.status.setText(self.tr("The position could not be found. Type or paste the coordinates instead."))


class PointsPreview(QWidget):
    """The points drawn to scale in a small box (equirectangular, north up, east right whatever the
    layout direction: a map is never mirrored); a shape is drawn closed and filled."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.points: list[GeoPoint] = []
        self.shape = False
        self.selected = -1
        self.setFixedSize(PREVIEW_PX)
        self.setAccessibleName(self.tr("Drawing of the points"))

    def set_points(self, points: list[GeoPoint], *, shape: bool, selected: int = -1) -> None:
        self.points, self.shape, self.selected = list(points), shape, selected
        self.update()

    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802 - Qt API
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        palette = self.palette()
        painter.fillRect(self.rect(), palette.color(palette.ColorRole.Base))
        painter.setPen(QPen(palette.color(palette.ColorRole.Mid)))
        painter.drawRect(self.rect().adjusted(0, 0, -1, -1))
        if not self.points:
            painter.setPen(muted_color(self))
            painter.drawText(self.rect(), Qt.AlignmentFlag.AlignCenter, self.tr("No points yet"))
            return
        mean_lat = sum(p.lat for p in self.points) / len(self.points)
        scale_x = math.cos(math.radians(mean_lat))
        xs = [p.lon * scale_x for p in self.points]
        ys = [p.lat for p in self.points]
        span = max(max(xs) - min(xs), max(ys) - min(ys), 1e-9)
        margin = 14.0
        box = QRectF(self.rect()).adjusted(margin, margin, -margin, -margin)
        unit = min(box.width(), box.height()) / span
        cx, cy = (max(xs) + min(xs)) / 2, (max(ys) + min(ys)) / 2
        screen = [
            QPointF(box.center().x() + (x - cx) * unit, box.center().y() - (y - cy) * unit)
            for x, y in zip(xs, ys, strict=True)
        ]
        path = QPainterPath(screen[0])
        for p in screen[1:]:
            path.lineTo(p)
        line = QColor("#1565c0")
        if self.shape and len(screen) >= 3:
            path.closeSubpath()
            fill = QColor(line)
            fill.setAlpha(40)
            painter.fillPath(path, fill)
        painter.setPen(QPen(line, 2))
        painter.drawPath(path)
        for i, p in enumerate(screen):
            painter.setBrush(QColor("#b00020") if i == self.selected else line)
            painter.setPen(Qt.PenStyle.NoPen)
            radius = 5.0 if i == self.selected else 3.5
            painter.drawEllipse(p, radius, radius)
        painter.end()


class GeoPointsQuestion(QuestionWidget):
    """A geotrace (a line of two or more points) or a geoshape (an area of three or more corners,
    closed by repeating the first point when handed over: people list corners, not the return).
    Every change of the list is an answer; an incomplete list is handed over as no answer, with a
    message saying how many points are missing."""

    def __init__(self, data_type: str, parent: QWidget | None = None, *, maps: MapTiles | None = None) -> None:
        super().__init__(parent)
        self.shape = data_type == "geoshape"
        self._points: list[GeoPoint] = []
        self._emitted: str | None = None
        self._local = ""
        self.list = QListWidget()
        self.list.setMaximumWidth(360)
        self.list.setMinimumHeight(PREVIEW_PX.height())
        self.list.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.list.setFixedHeight(PREVIEW_PX.height())
        self.list.setAccessibleName(self.tr("Corners") if self.shape else self.tr("Points"))
        self.list.setLayoutDirection(Qt.LayoutDirection.LeftToRight)
        self.list.currentRowChanged.connect(self._selected)
        self.preview = PointsPreview()
        self.map = MapView()
        self.map.setVisible(False)
        self.map.has_map_changed.connect(self._map_shown)
        self.map.picked.connect(lambda lat, lon: self._picked(lat, lon))
        self.add_edit = _PasteAwareEdit(self.add_text)
        self.add_edit.setPlaceholderText(self.tr("latitude, longitude"))
        self.add_edit.setAccessibleName(self.tr("New point: latitude, longitude"))
        self.add_edit.setMaximumWidth(360)
        self.add_edit.returnPressed.connect(self._add_typed)
        self.add_button = self._button(self.tr("Add point"), self._add_typed)
        self.remove_button = self._button(self.tr("Remove"), self.remove_current)
        self.up_button = self._button(self.tr("Move up"), lambda: self.move_current(-1))
        self.down_button = self._button(self.tr("Move down"), lambda: self.move_current(1))
        self.clear_button = self._button(self.tr("Clear all"), self.clear)
        self.count = QLabel()
        set_text_color(self.count, muted_color(self.count))
        self.count.setWordWrap(True)
        add_row = QHBoxLayout()
        add_row.setContentsMargins(0, 0, 0, 0)
        add_row.addWidget(self.add_edit, 1)
        add_row.addWidget(self.add_button)
        add_row.addStretch(1)
        side = QVBoxLayout()
        side.setContentsMargins(0, 0, 0, 0)
        for b in (self.up_button, self.down_button, self.remove_button, self.clear_button):
            side.addWidget(b)
        side.addStretch(1)
        body = QHBoxLayout()
        body.setContentsMargins(0, 0, 0, 0)
        body.addWidget(self.list, 1)
        body.addLayout(side)
        body.addWidget(self.preview, 0, Qt.AlignmentFlag.AlignTop)
        body.addStretch(0)
        column = QWidget()
        box = QVBoxLayout(column)
        box.setContentsMargins(0, 0, 0, 0)
        box.setSpacing(4)
        box.addLayout(add_row)
        box.addLayout(body)
        box.addWidget(self.map)
        box.addWidget(self.count)
        self._add_editor(column)
        self._show()
        self.set_map_tiles(maps)

    def set_map_tiles(self, maps: MapTiles | None) -> None:
        """Where installed offline maps come from (the form window's MapTiles); None: no map."""
        self.map.set_tiles(maps)
        self._map_shown(self.map.has_map)

    def _map_shown(self, shown: bool) -> None:
        # The map replaces the plain drawing where one covers the points.
        self.map.setVisible(shown)
        self.preview.setVisible(not shown)

    def _button(self, text: str, slot: object) -> QPushButton:
        button = QPushButton(text)
        button.setAutoDefault(False)
        button.clicked.connect(slot)
        return button

    # ----- editing the list -----------------------------------------------------------------------
    def _add_typed(self) -> None:
        text = self.add_edit.text()
        if text.strip():
            self.add_text(text)

    def add_text(self, text: object) -> None:
        """Add the points of `text`: one point, or many on lines or separated by ";"."""
        assert isinstance(text, str)
        pieces = [p.strip() for p in text.replace(";", "\n").splitlines() if p.strip()]
        points = [geo.parse_pasted(p) for p in pieces]
        bad = [i + 1 for i, p in enumerate(points) if p is None]
        if bad:
            self._local = self.tr(
                "Line {line} is not a location: write “latitude, longitude”, for example -1.2921, 36.8219."
            ).format(line=bad[0])
            self.set_problem("")
            return
        self._local = ""
        self.add_edit.clear()
        new = [p for p in points if p is not None]
        if self.shape and len(self._points) == 0 and len(new) >= 4 and new[0] == new[-1]:
            new = new[:-1]  # a pasted closed shape: its corners
        self._points.extend(new)
        self._changed(len(self._points) - 1)

    def _picked(self, lat: float, lon: float) -> None:
        """A point placed on the map: added at the end of the list."""
        if self.read_only:
            return
        self._local = ""
        self._points.append(GeoPoint(lat, lon))
        self._changed(len(self._points) - 1)

    def remove_current(self) -> None:
        row = self.list.currentRow()
        if 0 <= row < len(self._points):
            del self._points[row]
            self._changed(min(row, len(self._points) - 1))

    def move_current(self, delta: int) -> None:
        row = self.list.currentRow()
        to = row + delta
        if 0 <= row < len(self._points) and 0 <= to < len(self._points):
            self._points[row], self._points[to] = self._points[to], self._points[row]
            self._changed(to)

    def clear(self) -> None:
        self._points = []
        self._local = ""
        self._changed(-1)

    def points(self) -> list[GeoPoint]:
        return list(self._points)

    def _changed(self, current: int) -> None:
        self._show(current)
        self.commit()

    def _missing(self) -> str:
        n = len(self._points)
        if self.shape and 0 < n < 3:
            return self.tr("A shape needs at least three corners: {missing} more to add.").format(missing=3 - n)
        if not self.shape and n == 1:
            return self.tr("A line needs at least two points: add one more.")
        return ""

    def commit(self) -> None:
        if self._missing() or not self._points:
            value = ""
        else:
            points = geo.closed(self._points) if self.shape else self._points
            value = geo.points_text(points)
        self.set_problem("")
        if value != self._emitted:
            self._emitted = value
            self.answered.emit(value)

    def set_problem(self, text: str) -> None:
        super().set_problem(self._local or self._missing() or text)

    def _show(self, current: int = -1) -> None:
        self.list.clear()
        for i, p in enumerate(self._points, start=1):
            lat, lon = GeoPoint(p.lat, p.lon).text().split()[:2]
            self.list.addItem(f"{i}.  {lat}, {lon}")
        if 0 <= current < self.list.count():
            self.list.setCurrentRow(current)
        n = len(self._points)
        if self.shape:
            text = self.tr("Corners: {count}. The shape closes back to the first corner.").format(count=n)
        else:
            text = self.tr("Points: {count}.").format(count=n)
        self.count.setText(text)
        self.preview.set_points(self._points, shape=self.shape, selected=self.list.currentRow())
        self.map.set_points(self._points, shape=self.shape, selected=self.list.currentRow())
        self._enable()

    def _selected(self, row: int) -> None:
        self.preview.set_points(self._points, shape=self.shape, selected=row)
        self.map.set_points(self._points, shape=self.shape, selected=row)
        self._enable()

    def _enable(self) -> None:
        row, n = self.list.currentRow(), len(self._points)
        editable = not self.read_only
        self.remove_button.setEnabled(editable and 0 <= row < n)
        self.up_button.setEnabled(editable and 0 < row < n)
        self.down_button.setEnabled(editable and 0 <= row < n - 1)
        self.clear_button.setEnabled(editable and n > 0)

    # ----- what the renderer sets -----------------------------------------------------------------
    def set_value(self, value: str) -> None:
        if value == self._emitted:
            return
        self._emitted = value
        points = geo.parse_points(value) or []
        if self.shape and len(points) >= 2 and (points[0].lat, points[0].lon) == (points[-1].lat, points[-1].lon):
            points = points[:-1]
        self._points = points
        self._show()

    def value(self) -> str:
        return self._emitted or ""

    def reject(self, message: str) -> None:
        self._emitted = None
        super().reject(message)

    def set_read_only(self, read_only: bool) -> None:
        super().set_read_only(read_only)
        for w in (
            self.add_edit,
            self.add_button,
            self.remove_button,
            self.up_button,
            self.down_button,
            self.clear_button,
        ):
            w.setVisible(not read_only)
        self.map.read_only = read_only
        self._enable()

    def focus_chain(self) -> list[QWidget]:
        return [
            self.add_edit,
            self.add_button,
            self.list,
            self.up_button,
            self.down_button,
            self.remove_button,
            self.clear_button,
            self.map,
        ]

    def _name_editors(self) -> None:
        _describe(self, [self.add_edit, self.list])

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 - Qt API
        if self.list.hasFocus() and event.key() == Qt.Key.Key_Delete and not self.read_only:
            self.remove_current()
            return
        if self.list.hasFocus() and event.matches(QKeySequence.StandardKey.Paste) and not self.read_only:
            self.add_text(QGuiApplication.clipboard().text())
            return
        super().keyPressEvent(event)


class ReadOnlyGeoQuestion(ReadOnlyQuestion):
    """A location answer shown, not asked (a submission viewed, a read-only or calculated location):
    its text beside the label as every shown answer, and under it, where an installed offline map
    covers the answer, the point, line or shape drawn on the map as the filled form draws them. The
    map zooms, pans and fits again; nothing is placed or moved on it. No answer, or no map that
    covers it: the text alone."""

    def __init__(
        self, data_type: str, *, with_hint: bool = True, maps: MapTiles | None = None, parent: QWidget | None = None
    ) -> None:
        super().__init__(with_hint=with_hint, parent=parent)
        self.shape = data_type == "geoshape"
        self.trace = data_type in ("geotrace", "geoshape")
        self.map = MapView()
        self.map.read_only = True
        self.map.setVisible(False)
        self.map.has_map_changed.connect(lambda _shown: self._map_shown())
        self._box.insertWidget(self._box.indexOf(self.message), self.map)
        self.map.set_tiles(maps)

    def points(self) -> list[GeoPoint]:
        return list(self.map.points)

    def set_value(self, value: str) -> None:
        """`value` is the answer as the engine holds it (the renderer shows a location as stored)."""
        super().set_value(value)
        if self.trace:
            points = geo.parse_points(value) or []
            if self.shape and len(points) >= 2 and (points[0].lat, points[0].lon) == (points[-1].lat, points[-1].lon):
                points = points[:-1]  # the map closes a shape itself
        else:
            point = geo.parse_point(value)
            points = [point] if point is not None else []
        self.map.set_points(points, shape=self.shape)
        self._map_shown()

    def _map_shown(self) -> None:
        # With no answer the map would show the laptop's place or the one map installed: nothing
        # of this answer, so it stays hidden.
        self.map.setVisible(self.map.has_map and bool(self.map.points))

    def focus_chain(self) -> list[QWidget]:
        return [self.map]

    def _name_editors(self) -> None:
        pass  # the map keeps its own name and the description of how to move it


def _describe(question: QuestionWidget, editors: Sequence[QWidget]) -> None:
    """Editors that keep their own accessible names, described by the question they belong to."""
    texts = question._texts  # noqa: SLF001 - set by QuestionWidget.set_texts
    if texts is None:
        return
    label, _, required = texts
    suffix = question.tr("Required question") if required else ""
    for editor in editors:
        editor.setAccessibleDescription(f"{label}. {suffix}" if suffix else label)
