"""The offline map under a location question's points: tiles of an installed MBTiles map
(app/services/maps.py keeps them encrypted) drawn in Web Mercator, with the points, line or shape
on top, the map's attribution, a scale bar, zoom buttons, the mouse wheel, drag to pan and the
keyboard (arrows pan, + and − zoom, 0 fits the points again).

`MapTiles` is one form window's door to the maps: it lists them and reads tiles on a reader
thread of its own (a `TaskRunner` that serves nothing else, so a map never waits behind a sync or a
save on the window's runner, and panning never delays them), decodes them on the GUI thread and
keeps the newest MAX_CACHED_TILES decoded in memory. Nothing is ever written to disk; the cache is
dropped when the workspace locks. Reads for tiles that have scrolled away before the reader got to
them are skipped.

`MapView` shows a map only where one covers the points (or, with no points yet, the laptop's
position, or the one map installed); `has_map_changed` tells the question when to show it instead
of its plain drawing. A map is never mirrored in a right-to-left layout. A read-only map (a submitted
form viewed, a read-only question) zooms, pans and fits again but places nothing.
"""

from __future__ import annotations

import collections
import logging
import math
import threading
from collections.abc import Iterable
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QPoint, QPointF, QRectF, QSize, Qt, Signal
from PySide6.QtGui import (
    QColor,
    QFont,
    QFontMetrics,
    QImage,
    QKeyEvent,
    QMouseEvent,
    QPainter,
    QPainterPath,
    QPaintEvent,
    QPen,
    QResizeEvent,
    QTextOption,
    QWheelEvent,
)
from PySide6.QtWidgets import QSizePolicy, QToolButton, QWidget

from app.forms.geo import GeoPoint
from app.services.maps import MapInfo, TileReader, covering, lonlat_to_world, world_to_lonlat
from app.ui.tasks import TaskRunner

if TYPE_CHECKING:
    from app.services.workspaces import Workspace
    from app.ui.context import Events, UiContext

log = logging.getLogger(__name__)

TILE_PX = 256
MAX_CACHED_TILES = 96  # decoded 256-pixel tiles kept in memory (about 24 MiB)
OVERZOOM_LEVELS = 2  # zoom past the map's most detailed tiles by enlarging them
FALLBACK_LEVELS = 4  # while a tile loads, an enlarged part of a coarser one already in memory
PAN_STEP_PX = 64
FIT_MARGIN_PX = 28
ONE_POINT_ZOOM = 16
EARTH_CIRCUMFERENCE_M = 40_075_016.686
SCALE_BAR_MAX_PX = 110
MAP_MIN_PX = QSize(360, 240)
LINE_COLOR = QColor("#1565c0")
SELECTED_COLOR = QColor("#b00020")
OUTSIDE_COLOR = QColor("#dcdcdc")  # beyond the map's edge
LOADING_COLOR = QColor("#eeeeee")

TileKey = tuple[str, int, int, int]  # map id, zoom, x, y (XYZ)


class MapTiles(QObject):
    """The installed maps and their tiles for one window (see the module's docstring)."""

    maps_changed = Signal()
    tile_ready = Signal()

    def __init__(self, ws: Workspace, events: Events | None = None, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._reader = TileReader(ws)
        self._runner = TaskRunner(self)  # the map reader's own thread
        self._maps: list[MapInfo] | None = None
        self._loading_maps = False
        self._images: collections.OrderedDict[TileKey, QImage | None] = collections.OrderedDict()
        self._pending: set[TileKey] = set()
        self._wanted: dict[int, set[TileKey]] = {}  # per view: the tiles it shows now (read by the worker)
        self._lock = threading.Lock()
        self._generation = 0
        self._closed = False
        # Where the laptop is, (lon, lat), when the window knows: a question without points shows
        # the map of this place.
        self.hint: tuple[float, float] | None = None
        if events is not None:
            events.locked.connect(self.forget)

    @classmethod
    def for_window(cls, ctx: UiContext, parent: QObject | None = None) -> MapTiles:
        return cls(ctx.ws, ctx.events, parent)

    @property
    def runner(self) -> TaskRunner:
        return self._runner

    # ----- the maps ----------------------------------------------------------------------------
    def maps(self) -> list[MapInfo] | None:
        """The installed maps, or None while they are being read (maps_changed follows)."""
        if self._closed:
            return []
        if self._maps is None and not self._loading_maps:
            self._loading_maps = True
            generation = self._generation
            self._runner.run(
                lambda _task: self._reader.maps(),
                on_done=lambda maps: self._listed(generation, maps),
                on_failed=lambda _exc: self._listed(generation, []),
            )
        return self._maps

    def _listed(self, generation: int, maps: list[MapInfo]) -> None:
        if generation != self._generation:
            return
        self._loading_maps = False
        self._maps = list(maps)
        self.maps_changed.emit()

    # ----- tiles ---------------------------------------------------------------------------------
    def lookup(self, key: TileKey) -> tuple[bool, QImage | None]:
        """(known, image): an unknown tile has not been read yet; a known one may be None (no tile)."""
        if key in self._images:
            self._images.move_to_end(key)
            return True, self._images[key]
        return False, None

    def request(self, viewer: object, keys: Iterable[TileKey]) -> None:
        """Read these tiles (those not in memory or on their way); `viewer` shows exactly these now,
        so its earlier requests still waiting are skipped."""
        keys = list(keys)
        with self._lock:
            self._wanted[id(viewer)] = set(keys)
        new = [k for k in keys if k not in self._images and k not in self._pending]
        if not new:
            return
        self._pending.update(new)
        generation = self._generation

        def read(_task: object) -> dict[TileKey, bytes | None]:
            out: dict[TileKey, bytes | None] = {}
            for key in new:
                with self._lock:
                    wanted = any(key in keys for keys in self._wanted.values())
                if wanted:
                    out[key] = self._reader.tile(*key)
            return out

        self._runner.run(
            read,
            on_done=lambda out: self._arrived(generation, new, out),
            on_failed=lambda _exc: self._arrived(generation, new, {}),
        )

    def release(self, viewer: object) -> None:
        with self._lock:
            self._wanted.pop(id(viewer), None)

    def _arrived(self, generation: int, asked: list[TileKey], out: dict[TileKey, bytes | None]) -> None:
        if generation != self._generation:
            return
        self._pending.difference_update(asked)
        for key, data in out.items():
            image = QImage.fromData(data) if data else None
            self._images[key] = image if image is not None and not image.isNull() else None
            self._images.move_to_end(key)
        while len(self._images) > MAX_CACHED_TILES:
            self._images.popitem(last=False)
        if out:
            self.tile_ready.emit()

    def forget(self) -> None:
        """The workspace locked: drop every tile and the list of maps; the reader closes its files."""
        self._generation += 1
        self._images.clear()
        self._pending.clear()
        with self._lock:
            self._wanted.clear()
        self._maps = None
        self._loading_maps = False
        self._runner.run(lambda _task: self._reader.close())
        self.maps_changed.emit()

    def close(self) -> None:
        """The window closes: as `forget`, and no map is listed again."""
        self._closed = True
        self.forget()


def _nice_length(max_m: float) -> float:
    """The largest 1, 2 or 5 times a power of ten not above max_m."""
    if max_m <= 0:
        return 0.0
    power = 10 ** math.floor(math.log10(max_m))
    for step in (5, 2, 1):
        if step * power <= max_m:
            return float(step * power)
    return float(power)


class MapView(QWidget):
    """An installed map with the points on it (see the module's docstring)."""

    has_map_changed = Signal(bool)
    picked = Signal(float, float)  # latitude, longitude: a place double-clicked, or the centre on Enter

    def __init__(self, tiles: MapTiles | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._tiles: MapTiles | None = None
        self.info: MapInfo | None = None
        self.points: list[GeoPoint] = []
        self.shape = False
        self.selected = -1
        self._read_only = False  # a submitted form: the map shows, nothing is placed on it
        self.zoom = 0
        self.center = QPointF(0, 0)  # world pixels at self.zoom
        self._drag: QPoint | None = None
        self._auto_fit = True  # until the person moves or zooms the map, it follows the points
        self.setLayoutDirection(Qt.LayoutDirection.LeftToRight)  # a map is never mirrored
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setMinimumSize(MAP_MIN_PX)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.setCursor(Qt.CursorShape.OpenHandCursor)
        self.setAccessibleName(self.tr("Map"))
        self._describe_use()
        self.zoom_in_button = self._tool("+", self.tr("Zoom in (+)"), lambda: self.zoom_by(1))
        self.zoom_out_button = self._tool("\u2212", self.tr("Zoom out (−)"), lambda: self.zoom_by(-1))
        self.fit_button = self._tool(self.tr("Fit"), self.tr("Show all the points again (0)"), self.fit)
        self.set_tiles(tiles)

    def sizeHint(self) -> QSize:  # noqa: N802 - Qt API
        return QSize(460, 300)

    def _tool(self, text: str, tip: str, slot: object) -> QToolButton:
        button = QToolButton(self)
        button.setText(text)
        button.setToolTip(tip)
        button.setAccessibleName(tip)
        button.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # the map itself takes the keys
        button.setAutoRaise(False)
        button.setMinimumSize(28, 28)
        button.clicked.connect(slot)
        return button

    def set_tiles(self, tiles: MapTiles | None) -> None:
        if self._tiles is not None:
            self._tiles.maps_changed.disconnect(self._choose)
            self._tiles.tile_ready.disconnect(self.update)
            self._tiles.release(self)
        self._tiles = tiles
        if tiles is not None:
            tiles.maps_changed.connect(self._choose)
            tiles.tile_ready.connect(self.update)
        self._choose()

    @property
    def has_map(self) -> bool:
        return self.info is not None

    @property
    def read_only(self) -> bool:
        """A submitted form or a read-only question: the map zooms and pans, nothing is placed."""
        return self._read_only

    @read_only.setter
    def read_only(self, read_only: bool) -> None:
        if read_only != self._read_only:
            self._read_only = read_only
            self._describe_use()
            self.update()  # the crosshair where Enter places a point goes, or comes back

    def _describe_use(self) -> None:
        if self._read_only:
            self.setToolTip(self.tr("Drag to move the map, turn the wheel to zoom"))
        else:
            self.setToolTip(self.tr("Drag to move the map, turn the wheel to zoom, double-click to place a point"))
        if self.info is None:
            return
        if self._read_only:
            text = self.tr("Map “{name}”. Arrow keys move it, + and − zoom, 0 shows all the points.")
        else:
            text = self.tr(
                "Map “{name}”. Arrow keys move it, + and − zoom, 0 shows all the points; "
                "Enter or a double-click places a point."
            )
        self.setAccessibleDescription(text.format(name=self.info.name))

    # ----- what is shown -----------------------------------------------------------------------
    def set_points(self, points: list[GeoPoint], *, shape: bool = False, selected: int = -1) -> None:
        changed = [(p.lat, p.lon) for p in points] != [(p.lat, p.lon) for p in self.points]
        self.points, self.shape, self.selected = list(points), shape, selected
        if changed:
            # Follow the points, unless the person has moved the map and can still see them all
            # (a point placed by double-click must not make the map jump).
            self._choose(refit=self._auto_fit or not self._all_in_view())
        self.update()

    def _all_in_view(self) -> bool:
        for p in self.points:
            s = self.to_screen(p.lon, p.lat)
            if not (0 <= s.x() <= self.width() and 0 <= s.y() <= self.height()):
                return False
        return True

    def _choose(self, refit: bool = False) -> None:
        maps = self._tiles.maps() if self._tiles is not None else None
        chosen: MapInfo | None = None
        if maps:
            if self.points:
                chosen = covering(maps, [(p.lon, p.lat) for p in self.points])
            elif self._tiles is not None and self._tiles.hint is not None:
                chosen = covering(maps, [self._tiles.hint])
            elif len(maps) == 1:
                chosen = maps[0]
        had = self.info is not None
        if chosen != self.info:
            self.info = chosen
            refit = True
        if chosen is not None:
            self._describe_use()
        if refit and chosen is not None:
            self.fit()
        if had != (chosen is not None):
            self.has_map_changed.emit(chosen is not None)
        self.update()

    # ----- the view ------------------------------------------------------------------------------
    def _zoom_range(self) -> tuple[int, int]:
        if self.info is None:
            return 0, 0
        return self.info.min_zoom, self.info.max_zoom + OVERZOOM_LEVELS

    def fit(self) -> None:
        """Zoom and centre so that every point shows (with no points: the whole map)."""
        self._auto_fit = True
        if self.info is None:
            return
        low, high = self._zoom_range()
        if self.points:
            lonlats = [(p.lon, p.lat) for p in self.points]
        else:
            west, south, east, north = self.info.bounds
            lonlats = [(west, north), (east, south)]
        world = [lonlat_to_world(lon, lat, 0) for lon, lat in lonlats]
        xs, ys = [w[0] for w in world], [w[1] for w in world]
        span_x, span_y = max(xs) - min(xs), max(ys) - min(ys)
        room_w = max(self.width() - 2 * FIT_MARGIN_PX, 64)
        room_h = max(self.height() - 2 * FIT_MARGIN_PX, 64)
        if span_x == 0 and span_y == 0:
            zoom = ONE_POINT_ZOOM
        else:
            fits = [z for z in range(0, high + 1) if span_x * 2**z <= room_w and span_y * 2**z <= room_h]
            zoom = max(fits) if fits else low
        # Fitting never enlarges tiles past the map's most detailed ones (they blur); the + button may.
        self.zoom = max(low, min(self.info.max_zoom, zoom))
        scale = 2.0**self.zoom
        self.center = QPointF((max(xs) + min(xs)) / 2 * scale, (max(ys) + min(ys)) / 2 * scale)
        self.update()

    def zoom_by(self, steps: int, anchor: QPointF | None = None) -> None:
        if self.info is None:
            return
        low, high = self._zoom_range()
        new = max(low, min(high, self.zoom + steps))
        if new == self.zoom:
            return
        anchor = anchor if anchor is not None else QPointF(self.width() / 2, self.height() / 2)
        offset = anchor - QPointF(self.width() / 2, self.height() / 2)
        under = self.center + offset  # the world point under the anchor stays under it
        factor = 2.0 ** (new - self.zoom)
        self._auto_fit = False
        self.zoom = new
        self.center = under * factor - offset
        self.update()

    def pan_by(self, dx: float, dy: float) -> None:
        self._auto_fit = False
        self.center = QPointF(self.center.x() + dx, self.center.y() + dy)
        self.update()

    def to_screen(self, lon: float, lat: float) -> QPointF:
        x, y = lonlat_to_world(lon, lat, self.zoom)
        return QPointF(x - self.center.x() + self.width() / 2, y - self.center.y() + self.height() / 2)

    def to_lonlat(self, pos: QPointF) -> tuple[float, float]:
        x = pos.x() - self.width() / 2 + self.center.x()
        y = pos.y() - self.height() / 2 + self.center.y()
        return world_to_lonlat(x, y, self.zoom)

    def visible_tiles(self) -> list[TileKey]:
        """The tiles of the map (at its most detailed zoom up to the view's) that the view shows."""
        if self.info is None:
            return []
        tz = min(self.zoom, self.info.max_zoom)
        size = TILE_PX * 2.0 ** (self.zoom - tz)
        left = self.center.x() - self.width() / 2
        top = self.center.y() - self.height() / 2
        west, south, east, north = self.info.bounds
        bx0, by0 = lonlat_to_world(west, north, tz)
        bx1, by1 = lonlat_to_world(east, south, tz)
        n = 1 << tz
        x0 = max(int(left // size), int(bx0 // TILE_PX), 0)
        x1 = min(int((left + self.width()) // size), int(bx1 // TILE_PX), n - 1)
        y0 = max(int(top // size), int(by0 // TILE_PX), 0)
        y1 = min(int((top + self.height()) // size), int(by1 // TILE_PX), n - 1)
        return [(self.info.id, tz, x, y) for y in range(y0, y1 + 1) for x in range(x0, x1 + 1)]

    # ----- painting ------------------------------------------------------------------------------
    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802 - Qt API
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
        painter.fillRect(self.rect(), OUTSIDE_COLOR)
        if self.info is not None and self._tiles is not None:
            needed = self._paint_tiles(painter)
            if needed:
                self._tiles.request(self, needed)
            self._paint_points(painter)
            if self.hasFocus() and not self.read_only:
                self._paint_crosshair(painter)
            self._paint_scale(painter)
            self._paint_attribution(painter)
        frame = self.palette().color(
            self.palette().ColorRole.Highlight if self.hasFocus() else self.palette().ColorRole.Mid
        )
        painter.setPen(QPen(frame, 2 if self.hasFocus() else 1))
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.drawRect(QRectF(self.rect()).adjusted(0.5, 0.5, -0.5, -0.5))
        painter.end()

    def _paint_tiles(self, painter: QPainter) -> list[TileKey]:
        assert self.info is not None and self._tiles is not None
        keys = self.visible_tiles()
        if not keys:
            return []
        tz = keys[0][1]
        size = TILE_PX * 2.0 ** (self.zoom - tz)
        left = self.center.x() - self.width() / 2
        top = self.center.y() - self.height() / 2
        needed: list[TileKey] = []
        for key in keys:
            _, _, x, y = key
            target = QRectF(x * size - left, y * size - top, size, size)
            known, image = self._tiles.lookup(key)
            if image is not None:
                painter.drawImage(target, image)
                continue
            if not known:
                needed.append(key)
            painter.fillRect(target, LOADING_COLOR)
            self._paint_coarser(painter, key, target)
        return needed

    def _paint_coarser(self, painter: QPainter, key: TileKey, target: QRectF) -> None:
        """While a tile loads, the part of a coarser tile in memory that covers it, enlarged."""
        assert self.info is not None and self._tiles is not None
        map_id, z, x, y = key
        for up in range(1, FALLBACK_LEVELS + 1):
            pz = z - up
            if pz < self.info.min_zoom:
                return
            _, image = self._tiles.lookup((map_id, pz, x >> up, y >> up))
            if image is not None:
                part = image.width() / (1 << up)
                mask = (1 << up) - 1
                source = QRectF((x & mask) * part, (y & mask) * part, part, part)
                painter.drawImage(target, image, source)
                return

    def _paint_points(self, painter: QPainter) -> None:
        if not self.points:
            return
        screen = [self.to_screen(p.lon, p.lat) for p in self.points]
        if len(screen) == 1:
            p = self.points[0]
            if p.acc > 0:  # the accuracy circle, in metres on the ground
                metres_per_px = EARTH_CIRCUMFERENCE_M * math.cos(math.radians(p.lat)) / (TILE_PX * 2.0**self.zoom)
                radius = p.acc / max(metres_per_px, 1e-9)
                fill = QColor(LINE_COLOR)
                fill.setAlpha(40)
                painter.setPen(QPen(LINE_COLOR, 1))
                painter.setBrush(fill)
                painter.drawEllipse(screen[0], radius, radius)
        else:
            path = QPainterPath(screen[0])
            for q in screen[1:]:
                path.lineTo(q)
            if self.shape and len(screen) >= 3:
                path.closeSubpath()
                fill = QColor(LINE_COLOR)
                fill.setAlpha(50)
                painter.fillPath(path, fill)
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.setPen(QPen(QColor(255, 255, 255, 200), 5))  # a halo: the line reads on any map
            painter.drawPath(path)
            painter.setPen(QPen(LINE_COLOR, 2.5))
            painter.drawPath(path)
        for i, q in enumerate(screen):
            selected = i == self.selected or len(screen) == 1
            painter.setPen(QPen(QColor("white"), 2))
            painter.setBrush(SELECTED_COLOR if selected else LINE_COLOR)
            radius = 6.0 if selected else 4.5
            painter.drawEllipse(q, radius, radius)

    def _paint_crosshair(self, painter: QPainter) -> None:
        """Where Enter places a point."""
        c = QPointF(self.width() / 2, self.height() / 2)
        for color, width in ((QColor(255, 255, 255, 220), 4.0), (QColor("#333333"), 1.5)):
            painter.setPen(QPen(color, width))
            painter.drawLine(c + QPointF(-10, 0), c + QPointF(-3, 0))
            painter.drawLine(c + QPointF(3, 0), c + QPointF(10, 0))
            painter.drawLine(c + QPointF(0, -10), c + QPointF(0, -3))
            painter.drawLine(c + QPointF(0, 3), c + QPointF(0, 10))

    def _small_font(self) -> QFont:
        font = QFont(self.font())
        font.setPointSizeF(max(7.0, font.pointSizeF() * 0.8))
        return font

    def _paint_attribution(self, painter: QPainter) -> None:
        assert self.info is not None
        text = self.info.attribution or self.info.name
        if not text:
            return
        font = self._small_font()
        metrics = QFontMetrics(font)
        text = metrics.elidedText(text, Qt.TextElideMode.ElideRight, max(self.width() - 150, 60))
        box = QRectF(0, 0, metrics.horizontalAdvance(text) + 10, metrics.height() + 4)
        box.moveBottomRight(QPointF(self.width() - 1, self.height() - 1))
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(QColor(255, 255, 255, 210))
        painter.drawRect(box)
        painter.setFont(font)
        painter.setPen(QColor("#333333"))
        option = QTextOption(Qt.AlignmentFlag.AlignCenter)
        option.setTextDirection(Qt.LayoutDirection.LayoutDirectionAuto)  # the map maker's words, any script
        painter.drawText(box, text, option)

    def _paint_scale(self, painter: QPainter) -> None:
        lat = world_to_lonlat(self.center.x(), self.center.y(), self.zoom)[1]
        metres_per_px = EARTH_CIRCUMFERENCE_M * math.cos(math.radians(lat)) / (TILE_PX * 2.0**self.zoom)
        length_m = _nice_length(metres_per_px * SCALE_BAR_MAX_PX)
        if length_m <= 0:
            return
        px = length_m / metres_per_px
        label = f"{length_m / 1000:g} km" if length_m >= 1000 else f"{length_m:g} m"
        font = self._small_font()
        metrics = QFontMetrics(font)
        x0, y0 = 10.0, self.height() - 10.0
        box = QRectF(
            x0 - 4, y0 - metrics.height() - 8, max(px, metrics.horizontalAdvance(label)) + 8, metrics.height() + 12
        )
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(QColor(255, 255, 255, 190))
        painter.drawRect(box)
        painter.setPen(QPen(QColor("#333333"), 1.5))
        painter.drawLine(QPointF(x0, y0), QPointF(x0 + px, y0))
        painter.drawLine(QPointF(x0, y0 - 4), QPointF(x0, y0))
        painter.drawLine(QPointF(x0 + px, y0 - 4), QPointF(x0 + px, y0))
        painter.setFont(font)
        option = QTextOption(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignBottom)
        option.setTextDirection(Qt.LayoutDirection.LeftToRight)  # "1 km" reads so in every layout
        painter.drawText(QRectF(x0, box.top(), box.width(), y0 - 4 - box.top()), label, option)

    # ----- input -----------------------------------------------------------------------------------
    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 - Qt API
        super().resizeEvent(event)
        x = self.width() - 6
        for button in (self.zoom_in_button, self.zoom_out_button, self.fit_button):
            hint = button.sizeHint().expandedTo(QSize(28, 28))
            button.resize(max(hint.width(), 28), hint.height())
        y = 6
        for button in (self.zoom_in_button, self.zoom_out_button, self.fit_button):
            button.move(x - button.width(), y)
            y += button.height() + 4
        if self._auto_fit:
            self.fit()

    def showEvent(self, event: object) -> None:  # noqa: N802 - Qt API
        self.fit()

    def hideEvent(self, event: object) -> None:  # noqa: N802 - Qt API
        if self._tiles is not None:
            self._tiles.release(self)

    def wheelEvent(self, event: QWheelEvent) -> None:  # noqa: N802 - Qt API
        steps = 1 if event.angleDelta().y() > 0 else -1 if event.angleDelta().y() < 0 else 0
        if steps and self.info is not None:
            self.zoom_by(steps, event.position())
            event.accept()
        else:
            event.ignore()

    def mousePressEvent(self, event: QMouseEvent) -> None:  # noqa: N802 - Qt API
        if event.button() == Qt.MouseButton.LeftButton:
            self._drag = event.position().toPoint()
            self.setCursor(Qt.CursorShape.ClosedHandCursor)
        super().mousePressEvent(event)

    def mouseMoveEvent(self, event: QMouseEvent) -> None:  # noqa: N802 - Qt API
        if self._drag is not None:
            now = event.position().toPoint()
            delta = now - self._drag
            self._drag = now
            self.pan_by(-delta.x(), -delta.y())

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:  # noqa: N802 - Qt API
        self._drag = None
        self.setCursor(Qt.CursorShape.OpenHandCursor)
        super().mouseReleaseEvent(event)

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 - Qt API
        key = Qt.Key(event.key())
        moves = {
            Qt.Key.Key_Left: (-PAN_STEP_PX, 0),
            Qt.Key.Key_Right: (PAN_STEP_PX, 0),
            Qt.Key.Key_Up: (0, -PAN_STEP_PX),
            Qt.Key.Key_Down: (0, PAN_STEP_PX),
        }
        if self.info is None:
            super().keyPressEvent(event)
        elif key in moves:
            self.pan_by(*moves[key])
        elif key in (Qt.Key.Key_Plus, Qt.Key.Key_Equal):
            self.zoom_by(1)
        elif key in (Qt.Key.Key_Minus, Qt.Key.Key_Underscore):
            self.zoom_by(-1)
        elif key in (Qt.Key.Key_0, Qt.Key.Key_Home):
            self.fit()
        elif key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            if not self.read_only:
                self._pick(QPointF(self.width() / 2, self.height() / 2))
            event.accept()  # Return places a point (or nothing); it must not press a dialog's default button
        else:
            super().keyPressEvent(event)

    def mouseDoubleClickEvent(self, event: QMouseEvent) -> None:  # noqa: N802 - Qt API
        if self.info is not None and not self.read_only and event.button() == Qt.MouseButton.LeftButton:
            self._pick(event.position())
            return
        super().mouseDoubleClickEvent(event)

    def _pick(self, pos: QPointF) -> None:
        lon, lat = self.to_lonlat(pos)
        # Six decimals are about 0.1 m: finer would claim a precision no map click has.
        self.picked.emit(round(lat, 6), round(lon, 6))
