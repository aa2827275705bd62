"""Location answers shown read-only on the installed offline map (issue 23): a submitted form opened
in the form window's "view" mode, and read-only or calculated location questions while a form is
filled, draw their point, line or shape on the map as the fill mode does, over the tiles of a real
encrypted workspace's synthetic MBTiles map. The map zooms, pans and fits again; a double-click or
Enter places nothing and the answers stay as they were. An answer off every map, or no answer,
shows as text alone. Screenshots (English and Arabic, right to left) go to /tmp/form_questions."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, QPointF, Qt
from PySide6.QtWidgets import QApplication

from app.forms.engine import FormInstance
from app.forms.xlsform import load_form
from app.services.maps import add_map
from app.store.workspace import Workspace
from app.ui.context import Events, UiContext, settings
from app.ui.forms.geo_widgets import GeoPointsQuestion, ReadOnlyGeoQuestion
from app.ui.forms.map_layer import MapTiles
from app.ui.forms.session import FormDialog
from app.ui.tasks import TaskRunner
from tests.forms.builders import FIXED_NOW, write_xlsform
from tests.ui.test_form_map import CAMP_SHAPE, FAR_AWAY, _land_share, _settled, shoot
from tests.unit.test_mbtiles import make_mbtiles

CAMP_POINT = "3.7651 34.8412 1120 6"
CAMP_TRACE = "3.762 34.838 0 0; 3.771 34.852 0 0; 3.769 34.856 0 0"
LABELS = {
    "en": ["Where the family lives", "Walk to the water point", "Boundary of the plot", "Earlier address", "Clinic"],
    "ar": ["مكان سكن العائلة", "الطريق إلى نقطة المياه", "حدود قطعة الأرض", "العنوان السابق", "العيادة"],
}


def _survey(lang: str) -> list[list[str]]:
    home, walk, plot, earlier, clinic = LABELS[lang]
    return [
        ["type", "name", "label"],
        ["geopoint", "home", home],
        ["geotrace", "walk", walk],
        ["geoshape", "plot", plot],
        ["geotrace", "earlier", earlier],
        ["geopoint", "clinic", clinic],
    ]


@pytest.fixture
def ctx(ws: Workspace, tmp_path: Path, qtbot) -> Iterator[UiContext]:  # noqa: ANN001
    add_map(ws, make_mbtiles(tmp_path / "kakuma.mbtiles", zooms=range(10, 16)), name="Kakuma camp")
    tasks = TaskRunner()
    yield UiContext(ws, tasks, settings(), Events())
    tasks.wait()


def _submitted(tmp_path: Path, lang: str = "en") -> FormInstance:
    form = load_form(write_xlsform(tmp_path / f"visit_{lang}.xlsx", _survey(lang)))
    inst = FormInstance(form, now=lambda: FIXED_NOW)
    inst.set_value("/data/home", CAMP_POINT)
    inst.set_value("/data/walk", CAMP_TRACE)
    inst.set_value("/data/plot", CAMP_SHAPE)
    inst.set_value("/data/earlier", FAR_AWAY)  # off the only map installed
    return inst  # the clinic was never recorded


def _viewed(qtbot, ctx: UiContext, inst: FormInstance) -> FormDialog:  # noqa: ANN001
    dialog = FormDialog(ctx, "CR-VIEW-1", "case-1", inst, mode="view")
    qtbot.addWidget(dialog)
    dialog.resize(1100, 1500)
    dialog.show()
    qtbot.waitExposed(dialog)
    return dialog


def _geo(dialog: FormDialog, ref: str) -> ReadOnlyGeoQuestion:
    q = dialog.view.question_widget(ref)
    assert isinstance(q, ReadOnlyGeoQuestion)
    return q


def _closed(qtbot, dialog: FormDialog) -> None:  # noqa: ANN001
    dialog.reject()
    assert dialog.maps.runner.wait(10_000)
    qtbot.wait(20)  # the map reader's last callbacks, delivered while the window still exists


def test_a_submission_viewed_shows_its_locations_on_the_map_and_changes_nothing(
    qtbot, ctx: UiContext, tmp_path: Path
) -> None:  # noqa: ANN001, E501
    inst = _submitted(tmp_path)
    before = {ref: inst.node_at(ref).value for ref in ("/data/home", "/data/walk", "/data/plot")}
    dialog = _viewed(qtbot, ctx, inst)
    home, walk, plot = _geo(dialog, "/data/home"), _geo(dialog, "/data/walk"), _geo(dialog, "/data/plot")
    for q in (home, walk, plot):
        qtbot.waitUntil(q.map.isVisible, timeout=10_000)
        assert q.map.info is not None and q.map.info.name == "Kakuma camp"
        assert q.map.read_only
        _settled(qtbot, q.map)
        assert _land_share(q.map) > 0.15  # tiles drawn under the answer
        for p in q.points():  # fitted: every point in view
            s = q.map.to_screen(p.lon, p.lat)
            assert 0 < s.x() < q.map.width() and 0 < s.y() < q.map.height()
    assert [(p.lat, p.lon, p.acc) for p in home.points()] == [(3.7651, 34.8412, 6.0)]
    assert len(walk.points()) == 3 and not walk.map.shape
    assert len(plot.points()) == 4 and plot.map.shape  # corners: the map closes the shape itself
    assert home.value.text() == CAMP_POINT  # the answer's text stays beside its label
    assert "double-click" not in plot.map.toolTip() and "Enter" not in plot.map.accessibleDescription()
    assert "Kakuma camp" in plot.map.accessibleDescription()

    # Off every map, or never recorded: the text alone.
    earlier, clinic = _geo(dialog, "/data/earlier"), _geo(dialog, "/data/clinic")
    assert earlier.value.text() == FAR_AWAY and earlier.map.isHidden()
    assert clinic.value.text() == "Not recorded" and clinic.map.isHidden()
    shoot(dialog, "view_locations_on_map_en")

    # Zoom, pan and fit again work; nothing is placed or moved.
    view = plot.map
    fitted_zoom, fitted_centre = view.zoom, QPointF(view.center)
    qtbot.mouseClick(view.zoom_in_button, Qt.MouseButton.LeftButton)
    assert view.zoom == fitted_zoom + 1
    view.setFocus()
    qtbot.keyClick(view, Qt.Key.Key_Right)
    assert view.center != fitted_centre * 2
    qtbot.mouseDClick(view, Qt.MouseButton.LeftButton, pos=QPoint(120, 90))
    qtbot.keyClick(view, Qt.Key.Key_Return)
    assert dialog.isVisible()  # Return on the map neither places a point nor closes the window
    qtbot.mouseClick(view.fit_button, Qt.MouseButton.LeftButton)
    assert (view.zoom, view.center) == (fitted_zoom, fitted_centre)
    qtbot.mouseDClick(home.map, Qt.MouseButton.LeftButton, pos=QPoint(60, 60))
    assert len(plot.points()) == 4 and len(home.points()) == 1
    assert {ref: inst.node_at(ref).value for ref in before} == before
    _closed(qtbot, dialog)


def test_the_viewed_map_in_arabic_is_laid_out_right_to_left_and_never_mirrored(
    qtbot, ctx: UiContext, tmp_path: Path
) -> None:  # noqa: ANN001, E501
    QApplication.setLayoutDirection(Qt.LayoutDirection.RightToLeft)
    try:
        dialog = _viewed(qtbot, ctx, _submitted(tmp_path, "ar"))
        plot = _geo(dialog, "/data/plot")
        qtbot.waitUntil(plot.map.isVisible, timeout=10_000)
        _settled(qtbot, plot.map)
        west, east = plot.map.to_screen(34.835, 3.765), plot.map.to_screen(34.858, 3.768)
        assert west.x() < east.x()  # east stays on the right
        assert plot.map.layoutDirection() == Qt.LayoutDirection.LeftToRight
        assert plot.label.x() > plot.value.x()  # the label on the right, its answer to its left
        for ref in ("/data/home", "/data/walk"):
            _settled(qtbot, _geo(dialog, ref).map)
        shoot(dialog, "view_locations_on_map_rtl")
        _closed(qtbot, dialog)
    finally:
        QApplication.setLayoutDirection(Qt.LayoutDirection.LeftToRight)


def test_read_only_and_calculated_locations_in_a_form_being_filled_are_on_the_map(
    qtbot, ctx: UiContext, tmp_path: Path
) -> None:  # noqa: ANN001, E501
    form = load_form(
        write_xlsform(
            tmp_path / "fill.xlsx",
            [
                ["type", "name", "label", "read_only", "default", "calculation"],
                ["geopoint", "office", "Registration office", "yes", "3.7661 34.8455", ""],
                ["geotrace", "route", "Agreed route", "", "", f"'{CAMP_TRACE}'"],
                ["text", "note", "Notes", "", "", ""],
            ],
        )
    )
    inst = FormInstance(form, now=lambda: FIXED_NOW)
    dialog = FormDialog(ctx, "CR-FILL-1", "case-1", inst, mode="fill")
    qtbot.addWidget(dialog)
    dialog.resize(1100, 1100)
    dialog.show()
    qtbot.waitExposed(dialog)
    office, route = _geo(dialog, "/data/office"), _geo(dialog, "/data/route")
    for q in (office, route):
        qtbot.waitUntil(q.map.isVisible, timeout=10_000)
        assert q.map.read_only
    assert [(p.lat, p.lon) for p in office.points()] == [(3.7661, 34.8455)]
    assert len(route.points()) == 3
    qtbot.mouseDClick(office.map, Qt.MouseButton.LeftButton, pos=QPoint(40, 40))
    assert inst.node_at("/data/office").value.split()[:2] == ["3.7661", "34.8455"]
    _closed(qtbot, dialog)


def test_a_location_question_made_read_only_keeps_its_map_and_says_it_places_nothing(qtbot, ctx: UiContext) -> None:  # noqa: ANN001
    tiles = MapTiles(ctx.ws, ctx.events)
    q = GeoPointsQuestion("geotrace", maps=tiles)
    qtbot.addWidget(q)
    q.resize(900, q.sizeHint().height())
    q.show()
    q.set_value(CAMP_TRACE)
    qtbot.waitUntil(q.map.isVisible, timeout=10_000)
    assert "double-click to place a point" in q.map.toolTip()
    assert "Enter or a double-click places a point" in q.map.accessibleDescription()
    q.set_read_only(True)  # a readonly expression turned true
    assert q.map.isVisible() and q.map.read_only
    assert q.map.toolTip() == "Drag to move the map, turn the wheel to zoom"
    assert q.map.accessibleDescription() == (
        "Map “Kakuma camp”. Arrow keys move it, + and − zoom, 0 shows all the points."
    )
    q.set_read_only(False)
    assert "double-click to place a point" in q.map.toolTip()
    tiles.forget()
    tiles.runner.wait(10_000)
