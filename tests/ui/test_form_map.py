"""Location questions drawn on an installed offline map: with a real encrypted workspace holding a
synthetic MBTiles map, a shape, a trace and a point show the map's tiles under them (read on the
map reader's own thread, never the GUI's), with the map's attribution; the wheel, the buttons, the
keyboard and a drag zoom and pan; points off the map, or no map, keep the plain drawing; locking the
workspace drops the tiles. Screenshots (English and right to left) go to /tmp/form_questions."""

from __future__ import annotations

import threading
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, QPointF, Qt
from PySide6.QtGui import QColor, QWheelEvent
from PySide6.QtWidgets import QApplication, QWidget

from app.services import maps as map_service
from app.services.maps import add_map
from app.store.workspace import Workspace
from app.ui.context import Events
from app.ui.forms.geo_widgets import GeoPointQuestion, GeoPointsQuestion
from app.ui.forms.map_layer import MapTiles, MapView
from tests.unit.test_mbtiles import ATTRIBUTION, LAND, make_mbtiles

SHOTS = Path("/tmp/form_questions")
CAMP_SHAPE = "3.765 34.835 0 0; 3.772 34.846 0 0; 3.768 34.858 0 0; 3.758 34.851 0 0; 3.765 34.835 0 0"
FAR_AWAY = "-1.2921 36.8219 0 0; -1.2950 36.8260 0 0"


@pytest.fixture
def mapped_ws(ws: Workspace, tmp_path: Path) -> Workspace:
    add_map(ws, make_mbtiles(tmp_path / "kakuma.mbtiles", zooms=range(10, 16)), name="Kakuma camp")
    return ws


@pytest.fixture
def tiles(mapped_ws: Workspace, qtbot) -> Iterator[MapTiles]:  # noqa: ANN001
    events = Events()
    tiles = MapTiles(mapped_ws, events)
    yield tiles
    tiles.forget()
    tiles.runner.wait(10_000)


@pytest.fixture
def reads(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """The thread of every tile read."""
    seen: list[str] = []
    original = map_service.TileReader.tile

    def tile(self: map_service.TileReader, *key: object) -> bytes | None:
        seen.append(threading.current_thread().name)
        return original(self, *key)  # type: ignore[arg-type]

    monkeypatch.setattr(map_service.TileReader, "tile", tile)
    return seen


def _shown(qtbot, widget: QWidget, width: int = 900) -> None:  # noqa: ANN001
    qtbot.addWidget(widget)
    widget.resize(width, widget.sizeHint().height())
    widget.show()
    qtbot.waitExposed(widget)


def _settled(qtbot, view: MapView) -> None:  # noqa: ANN001
    """Wait until every tile the view shows has been read and decoded."""
    assert view._tiles is not None  # noqa: SLF001

    def loaded() -> None:
        view.repaint()
        keys = view.visible_tiles()
        assert keys and all(view._tiles.lookup(k)[0] for k in keys)  # noqa: SLF001

    qtbot.waitUntil(loaded, timeout=10_000)
    view.repaint()


def shoot(widget: QWidget, name: str) -> Path:
    SHOTS.mkdir(parents=True, exist_ok=True)
    path = SHOTS / f"{name}.png"
    assert widget.grab().save(str(path))
    return path


def _land_share(view: MapView) -> float:
    """The share of the view's pixels in the synthetic map's land colour: tiles are drawn."""
    image = view.grab().toImage()
    land = QColor(LAND).rgb()
    step = 6
    samples = [image.pixel(x, y) for x in range(0, image.width(), step) for y in range(0, image.height(), step)]
    return sum(1 for p in samples if p == land) / len(samples)


def test_a_shape_on_an_installed_map_is_drawn_over_its_tiles_read_off_the_gui_thread(
    qtbot,  # noqa: ANN001
    tiles: MapTiles,
    reads: list[str],
) -> None:
    q = GeoPointsQuestion("geoshape", maps=tiles)
    q.set_texts("Boundary of the plot", "One corner per line.", False)
    _shown(qtbot, q)
    assert not q.map.isVisible()  # the maps are still being listed
    q.set_value(CAMP_SHAPE)
    qtbot.waitUntil(lambda: q.map.isVisible(), timeout=10_000)
    assert not q.preview.isVisible()  # the map replaces the plain drawing
    assert q.map.info is not None and q.map.info.name == "Kakuma camp"
    _settled(qtbot, q.map)
    assert reads and threading.main_thread().name not in reads
    assert _land_share(q.map) > 0.3
    # every corner is inside the view, fitted at a zoom the map has
    for p in q.points():
        s = q.map.to_screen(p.lon, p.lat)
        assert 0 < s.x() < q.map.width() and 0 < s.y() < q.map.height()
    assert 10 <= q.map.zoom <= 17
    assert q.map.info.attribution == ATTRIBUTION
    assert "Kakuma camp" in q.map.accessibleDescription()
    q.list.setCurrentRow(2)
    shoot(q, "geoshape_on_map_en")


def test_zoom_and_pan_by_wheel_buttons_keyboard_and_drag(qtbot, tiles: MapTiles) -> None:  # noqa: ANN001
    q = GeoPointsQuestion("geotrace", maps=tiles)
    _shown(qtbot, q)
    q.set_value("3.762 34.838 0 0; 3.771 34.852 0 0")
    qtbot.waitUntil(lambda: q.map.isVisible(), timeout=10_000)
    view = q.map
    start = view.zoom
    qtbot.mouseClick(view.zoom_in_button, Qt.MouseButton.LeftButton)
    assert view.zoom == start + 1
    qtbot.mouseClick(view.zoom_out_button, Qt.MouseButton.LeftButton)
    assert view.zoom == start
    # the wheel zooms about the place under the mouse, which stays under it
    anchor = QPointF(100, 80)
    before = view.to_lonlat(anchor)
    wheel = QWheelEvent(
        anchor,
        view.mapToGlobal(anchor),
        QPoint(0, 0),
        QPoint(0, 120),
        Qt.MouseButton.NoButton,
        Qt.KeyboardModifier.NoModifier,
        Qt.ScrollPhase.NoScrollPhase,
        False,
    )
    QApplication.sendEvent(view, wheel)
    assert view.zoom == start + 1
    after = view.to_lonlat(anchor)
    assert after == pytest.approx(before, abs=1e-9)
    # keyboard: arrows pan, minus zooms out, 0 fits the points again
    view.setFocus()
    centre = QPointF(view.center)
    qtbot.keyClick(view, Qt.Key.Key_Right)
    assert view.center.x() == centre.x() + 64
    qtbot.keyClick(view, Qt.Key.Key_Minus)
    assert view.zoom == start
    qtbot.keyClick(view, Qt.Key.Key_0)
    fitted = QPointF(view.center)
    # drag: the map follows the mouse
    qtbot.mousePress(view, Qt.MouseButton.LeftButton, pos=QPoint(200, 150))
    qtbot.mouseMove(view, QPoint(240, 170))
    qtbot.mouseRelease(view, Qt.MouseButton.LeftButton, pos=QPoint(240, 170))
    assert (view.center.x(), view.center.y()) == (fitted.x() - 40, fitted.y() - 20)
    # zoom stops at the map's coarsest level and two past its most detailed
    for _ in range(30):
        qtbot.keyClick(view, Qt.Key.Key_Plus)
    assert view.zoom == 15 + 2
    for _ in range(30):
        qtbot.keyClick(view, Qt.Key.Key_Minus)
    assert view.zoom == 10
    assert view in q.focus_chain()


def test_points_off_every_map_keep_the_plain_drawing(qtbot, tiles: MapTiles) -> None:  # noqa: ANN001
    q = GeoPointsQuestion("geotrace", maps=tiles)
    _shown(qtbot, q)
    q.set_value("3.762 34.838 0 0; 3.771 34.852 0 0")
    qtbot.waitUntil(lambda: q.map.isVisible(), timeout=10_000)
    q.set_value(FAR_AWAY)
    assert not q.map.isVisible() and q.preview.isVisible()
    assert q.map.info is None


def test_without_maps_the_question_is_as_before(qtbot) -> None:  # noqa: ANN001
    q = GeoPointsQuestion("geoshape")
    _shown(qtbot, q)
    q.set_value(CAMP_SHAPE)
    assert q.preview.isVisible() and not q.map.isVisible()
    point = GeoPointQuestion()
    _shown(qtbot, point)
    point.set_value("3.765 34.845 0 0")
    assert not point.map.isVisible()


def test_a_point_is_shown_on_the_map_with_its_accuracy(qtbot, tiles: MapTiles) -> None:  # noqa: ANN001
    q = GeoPointQuestion(maps=tiles)
    q.set_texts("Where is the household staying?", "Paste from a map, or type.", True)
    _shown(qtbot, q)
    # with no point yet, the one installed map is shown (the team's region)
    qtbot.waitUntil(lambda: q.map.isVisible(), timeout=10_000)
    answers: list[str] = []
    q.answered.connect(answers.append)
    q.lat.setText("3.7655")
    q.lon.setText("34.8448")
    q.acc.setText("40")
    q.commit()
    assert answers == ["3.7655 34.8448 0.0 40.0"]
    assert [(p.lat, p.lon) for p in q.map.points] == [(3.7655, 34.8448)]
    assert q.map.zoom == 15  # one point: the map's most detailed tiles, never enlarged by fitting
    s = q.map.to_screen(34.8448, 3.7655)
    assert (s.x(), s.y()) == pytest.approx((q.map.width() / 2, q.map.height() / 2), abs=0.01)  # centred
    _settled(qtbot, q.map)
    shoot(q, "geopoint_on_map_en")


def test_locking_the_workspace_drops_the_tiles_and_the_map(
    qtbot,  # noqa: ANN001
    mapped_ws: Workspace,
) -> None:
    events = Events()
    tiles = MapTiles(mapped_ws, events)
    q = GeoPointsQuestion("geoshape", maps=tiles)
    _shown(qtbot, q)
    q.set_value(CAMP_SHAPE)
    qtbot.waitUntil(lambda: q.map.isVisible(), timeout=10_000)
    _settled(qtbot, q.map)
    key = q.map.visible_tiles()[0]
    assert tiles.lookup(key)[1] is not None
    mapped_ws.lock()
    events.locked.emit()
    assert tiles.lookup(key) == (False, None)
    qtbot.waitUntil(lambda: not q.map.isVisible(), timeout=10_000)  # a locked workspace lists no map
    assert q.preview.isVisible()
    tiles.runner.wait(10_000)


def test_the_map_looks_right_in_a_right_to_left_layout(qtbot, tiles: MapTiles) -> None:  # noqa: ANN001
    QApplication.setLayoutDirection(Qt.LayoutDirection.RightToLeft)
    try:
        q = GeoPointsQuestion("geoshape", maps=tiles)
        q.set_texts("حدود قطعة الأرض", "", False)
        _shown(qtbot, q)
        q.set_value(CAMP_SHAPE)
        qtbot.waitUntil(lambda: q.map.isVisible(), timeout=10_000)
        _settled(qtbot, q.map)
        # a map is never mirrored: east stays on the right
        west = q.map.to_screen(34.835, 3.765)
        east = q.map.to_screen(34.858, 3.768)
        assert west.x() < east.x()
        assert q.map.layoutDirection() == Qt.LayoutDirection.LeftToRight
        shoot(q, "geoshape_on_map_rtl")
    finally:
        QApplication.setLayoutDirection(Qt.LayoutDirection.LeftToRight)


def test_a_double_click_or_enter_places_a_point_on_the_map(qtbot, tiles: MapTiles) -> None:  # noqa: ANN001
    trace = GeoPointsQuestion("geotrace", maps=tiles)
    _shown(qtbot, trace)
    trace.set_value("3.762 34.838 0 0; 3.771 34.852 0 0")
    qtbot.waitUntil(lambda: trace.map.isVisible(), timeout=10_000)
    answers: list[str] = []
    trace.answered.connect(answers.append)
    view = trace.map
    qtbot.mouseClick(view.zoom_in_button, Qt.MouseButton.LeftButton)  # the person has moved the map
    zoom, centre = view.zoom, QPointF(view.center)
    where = QPoint(150, 100)
    lon, lat = view.to_lonlat(QPointF(where))
    qtbot.mouseDClick(view, Qt.MouseButton.LeftButton, pos=where)
    placed = trace.points()[-1]
    assert len(trace.points()) == 3
    assert (placed.lat, placed.lon) == (round(lat, 6), round(lon, 6))
    assert answers[-1].endswith(f"; {round(lat, 6)} {round(lon, 6)} 0.0 0.0")
    assert (view.zoom, view.center) == (zoom, centre)  # the map did not jump away from the person
    trace.set_read_only(True)
    qtbot.mouseDClick(view, Qt.MouseButton.LeftButton, pos=where)
    assert len(trace.points()) == 3  # a submitted form: nothing is placed

    point = GeoPointQuestion(maps=tiles)
    _shown(qtbot, point)
    qtbot.waitUntil(lambda: point.map.isVisible(), timeout=10_000)
    taken: list[str] = []
    point.answered.connect(taken.append)
    point.map.setFocus()
    lon, lat = point.map.to_lonlat(QPointF(point.map.width() / 2, point.map.height() / 2))
    qtbot.keyClick(point.map, Qt.Key.Key_Return)
    assert taken == [f"{round(lat, 6)} {round(lon, 6)} 0.0 0.0"]
    assert (point.alt.text(), point.acc.text()) == ("", "")  # a map click measures neither
    assert point.status.text() == "Position taken from the map."


def test_a_closed_window_lists_no_map_again(qtbot, tiles: MapTiles) -> None:  # noqa: ANN001
    assert tiles.maps() is None
    qtbot.waitUntil(lambda: tiles.maps() is not None, timeout=10_000)
    assert [m.name for m in tiles.maps() or []] == ["Kakuma camp"]
    tiles.close()
    assert tiles.maps() == []
