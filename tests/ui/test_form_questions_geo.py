"""Location questions driven by keyboard and clipboard: a geopoint typed, pasted whole or refused
with a message; a trace and a shape built point by point or pasted as lines, reordered, closed on
save, and drawn. Screenshots (English and right to left) go to /tmp/form_questions."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QApplication, QLineEdit, QWidget

from app.ui.forms.geo_widgets import GeoPointQuestion, GeoPointsQuestion, looks_like_many, read_number

SHOTS = Path("/tmp/form_questions")


def shoot(widget: QWidget, name: str) -> Path:
    SHOTS.mkdir(parents=True, exist_ok=True)
    path = SHOTS / f"{name}.png"
    assert widget.grab().save(str(path))
    return path


def _shown(qtbot, widget: QWidget, width: int = 900) -> None:  # noqa: ANN001 - pytest-qt fixture
    qtbot.addWidget(widget)
    widget.resize(width, widget.sizeHint().height())
    widget.show()
    qtbot.waitExposed(widget)
    widget.activateWindow()
    qtbot.waitUntil(widget.isActiveWindow)


def _type(qtbot, edit: QLineEdit, text: str) -> None:  # noqa: ANN001
    edit.setFocus()
    edit.selectAll()
    qtbot.keyClicks(edit, text)
    qtbot.keyClick(edit, Qt.Key.Key_Return)


def _paste(qtbot, edit: QWidget, text: str) -> None:  # noqa: ANN001
    QGuiApplication.clipboard().setText(text)
    edit.setFocus()
    qtbot.keyClick(edit, Qt.Key.Key_V, Qt.KeyboardModifier.ControlModifier)


def test_numbers_are_read_with_a_decimal_comma_and_a_pair_is_told_from_one_number() -> None:
    assert read_number("36,8219") == 36.8219
    assert read_number(" -1.5 ") == -1.5
    assert read_number("east") is None
    assert looks_like_many("-1.2921, 36.8219") and looks_like_many("-1.2921 36.8219 0 5")
    assert not looks_like_many("36,8219") and not looks_like_many("-1.5")


def test_a_typed_point_is_answered_once_both_coordinates_are_in(qtbot) -> None:  # noqa: ANN001
    q = GeoPointQuestion()
    answers: list[str] = []
    q.answered.connect(answers.append)
    _shown(qtbot, q)
    _type(qtbot, q.lat, "-1,2921")  # a decimal comma, as typed in most of the world
    assert answers == []  # longitude still missing: nothing handed over yet
    _type(qtbot, q.lon, "36.8219")
    assert answers == ["-1.2921 36.8219 0.0 0.0"]  # as Collect spells doubles
    _type(qtbot, q.acc, "12")
    assert answers[-1] == "-1.2921 36.8219 0.0 12.0"
    assert q.problem() == ""


def test_a_pasted_point_fills_every_box(qtbot) -> None:  # noqa: ANN001
    q = GeoPointQuestion()
    answers: list[str] = []
    q.answered.connect(answers.append)
    _shown(qtbot, q)
    _paste(qtbot, q.lon, "-1.2921, 36.8219")  # pasted into the longitude box: still a whole point
    assert (q.lat.text(), q.lon.text()) == ("-1.2921", "36.8219")
    assert answers == ["-1.2921 36.8219 0.0 0.0"]  # as Collect spells doubles
    _paste(qtbot, q.alt, "-3.5 29.9 812 4")
    assert [f.text() for f in q.fields] == ["-3.5", "29.9", "812.0", "4.0"]
    assert answers[-1] == "-3.5 29.9 812.0 4.0"


def test_an_out_of_range_latitude_is_refused_with_what_to_do(qtbot) -> None:  # noqa: ANN001
    q = GeoPointQuestion()
    answers: list[str] = []
    q.answered.connect(answers.append)
    _shown(qtbot, q)
    _type(qtbot, q.lat, "95")
    _type(qtbot, q.lon, "30")
    assert answers == []
    assert q.problem() == "Latitude must be between -90 and 90 (south is negative)."
    q.set_problem("")  # a refresh after another question's answer keeps the widget's own message
    assert "Latitude" in q.problem()
    _type(qtbot, q.lat, "9.5")
    assert answers == ["9.5 30.0 0.0 0.0"] and q.problem() == ""


def test_a_stored_point_shows_and_clearing_answers_blank(qtbot) -> None:  # noqa: ANN001
    q = GeoPointQuestion()
    answers: list[str] = []
    q.answered.connect(answers.append)
    _shown(qtbot, q)
    q.set_value("-1.2921 36.8219 1650 5")
    assert [f.text() for f in q.fields] == ["-1.2921", "36.8219", "1650.0", "5.0"]  # the old "1650 5" read
    qtbot.mouseClick(q.clear_button, Qt.MouseButton.LeftButton)
    assert answers == [""] and all(not f.text() for f in q.fields)


def test_without_a_location_service_the_button_is_disabled_and_says_why(qtbot) -> None:  # noqa: ANN001
    q = GeoPointQuestion()
    _shown(qtbot, q)
    # This machine (as most desktops without a GPS) has no working position source.
    assert not q.locate_button.isEnabled()
    assert "No location service" in q.locate_button.toolTip()
    q.locate()  # never an error
    assert q.problem() == ""


def test_a_shape_is_built_from_pasted_lines_reordered_and_closed_on_save(qtbot) -> None:  # noqa: ANN001
    q = GeoPointsQuestion("geoshape")
    q.set_texts("Plot boundary", "", True)
    answers: list[str] = []
    q.answered.connect(answers.append)
    _shown(qtbot, q)
    _type(qtbot, q.add_edit, "0, 0")
    assert answers == [] or answers == [""]
    assert q.problem() == "A shape needs at least three corners: 2 more to add."
    _paste(qtbot, q.add_edit, "0 1\n1 1\n")
    assert [(p.lat, p.lon) for p in q.points()] == [(0, 0), (0, 1), (1, 1)]
    assert (
        answers[-1] == "0.0 0.0 0.0 0.0; 0.0 1.0 0.0 0.0; 1.0 1.0 0.0 0.0; 0.0 0.0 0.0 0.0"
    )  # closed back to the first corner
    assert q.problem() == "" and q.count.text().startswith("Corners: 3.")
    # Move the last corner up with the keyboard-reachable button, then remove the first.
    q.list.setCurrentRow(2)
    qtbot.mouseClick(q.up_button, Qt.MouseButton.LeftButton)
    assert [(p.lat, p.lon) for p in q.points()] == [(0, 0), (1, 1), (0, 1)]
    assert answers[-1] == "0.0 0.0 0.0 0.0; 1.0 1.0 0.0 0.0; 0.0 1.0 0.0 0.0; 0.0 0.0 0.0 0.0"
    q.list.setCurrentRow(0)
    q.list.setFocus()
    qtbot.keyClick(q.list, Qt.Key.Key_Delete)
    assert len(q.points()) == 2 and answers[-1] == ""
    assert "1 more to add" in q.problem()
    shoot(q, "geoshape_incomplete")
    assert q.list.accessibleName() == "Corners" and q.list.accessibleDescription() == "Plot boundary. Required question"


def test_each_coordinate_box_keeps_its_name_for_a_screen_reader(qtbot) -> None:  # noqa: ANN001
    q = GeoPointQuestion()
    q.set_texts("Where is the household staying?", "", False)
    assert [f.accessibleName() for f in q.fields] == ["Latitude", "Longitude", "Altitude (m)", "Accuracy (m)"]
    assert q.lat.accessibleDescription() == "Where is the household staying?"


def test_a_bad_line_in_a_paste_is_refused_naming_the_line(qtbot) -> None:  # noqa: ANN001
    q = GeoPointsQuestion("geotrace")
    _shown(qtbot, q)
    _paste(qtbot, q.add_edit, "-1.29, 36.82\nnear the well\n")
    assert q.points() == []
    assert q.problem().startswith("Line 2 is not a location")


def test_a_stored_shape_shows_its_corners_without_the_closing_point(qtbot) -> None:  # noqa: ANN001
    q = GeoPointsQuestion("geoshape")
    _shown(qtbot, q)
    q.set_value("-1.29 36.82 0 0; -1.29 36.83 0 0; -1.30 36.83 0 0; -1.29 36.82 0 0")
    assert q.list.count() == 3
    assert q.preview.points == q.points()


def test_location_widgets_look_right_left_to_right_and_right_to_left(qtbot) -> None:  # noqa: ANN001
    for direction, suffix in ((Qt.LayoutDirection.LeftToRight, "en"), (Qt.LayoutDirection.RightToLeft, "rtl")):
        QApplication.setLayoutDirection(direction)
        try:
            point = GeoPointQuestion()
            point.set_texts("Where is the household staying?", "Paste from a map, or type.", True)
            _shown(qtbot, point)
            point.set_value("-1.2921 36.8219 1650 5")
            assert point.lat.x() < point.lon.x() if suffix == "en" else point.lat.x() > point.lon.x()
            shoot(point, f"geopoint_{suffix}")
            trace = GeoPointsQuestion("geoshape")
            trace.set_texts("Boundary of the plot", "One corner per line.", False)
            _shown(qtbot, trace)
            trace.set_value("-1.2900 36.8200 0 0; -1.2900 36.8260 0 0; -1.2950 36.8270 0 0; -1.2960 36.8210 0 0")
            trace.list.setCurrentRow(1)
            shoot(trace, f"geoshape_{suffix}")
            # The drawing is a map: east stays on the right whatever the layout direction.
            assert trace.preview.layoutDirection() == direction
        finally:
            QApplication.setLayoutDirection(Qt.LayoutDirection.LeftToRight)


def test_a_point_stored_in_the_old_spelling_is_not_answered_again_when_left_unchanged(qtbot) -> None:  # noqa: ANN001
    """Values saved before Collect's spelling ("lat lon 0 0") are read as they are; visiting the
    boxes without changing the place gives no new answer (no change in the draft or the audit)."""
    q = GeoPointQuestion()
    answers: list[str] = []
    q.answered.connect(answers.append)
    _shown(qtbot, q)
    q.set_value("-1.2921 36.8219 0 0")
    q.lat.setFocus()
    q.acc.setFocus()
    q.acc.clearFocus()
    q.commit()
    assert answers == [] and q.value() == "-1.2921 36.8219 0 0"
    q.acc.setText("7")  # a real change is answered, in Collect's spelling
    q.commit()
    assert answers == ["-1.2921 36.8219 0.0 7.0"]
