"""The new question types inside a real form (an XLSForm through pyxform and the engine): answers
typed, pasted, slid, ranked and ticked land in the instance as ODK stores them, the form's own
constraint message shows under the question, `quick` moves on, and a stored submission reads back."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QApplication

from app.forms.engine import FormInstance
from app.forms.xlsform import load_form
from app.ui.forms.barcode import BarcodeQuestion
from app.ui.forms.choice_widgets import AcknowledgeQuestion, AutocompleteQuestion, ChoiceGridQuestion, RankQuestion
from app.ui.forms.geo_widgets import GeoPointQuestion, GeoPointsQuestion
from app.ui.forms.questions import ReadOnlyQuestion, SelectOneQuestion
from app.ui.forms.range_widgets import RangeQuestion
from app.ui.forms.renderer import FormView
from tests.forms.builders import FIXED_NOW, write_xlsform
from tests.ui.test_form_questions_geo import shoot

H = ["type", "name", "label", "appearance", "parameters", "constraint", "constraint_message"]
SURVEY = [
    H,
    ["geopoint", "home", "Where is the family staying?", "", "", "", ""],
    ["geoshape", "plot", "Boundary of the plot", "", "", "", ""],
    ["barcode", "card", "Registration card number", "", "", "", ""],
    [
        "range",
        "nights",
        "Nights slept outside last week",
        "",
        "start=0 end=7 step=1",
        ". <= 5",
        "More than five nights: call the duty officer now, then record it.",
    ],  # fmt: skip
    ["range", "safe", "How safe does the family feel?", "rating", "start=1 end=5 step=1", "", ""],
    ["rank needs", "needs", "Put the needs in order", "", "", "", ""],
    ["acknowledge", "consent", "I have read the consent statement", "", "", "", ""],
    ["select_one yn", "shelter", "Is the shelter safe?", "quick", "", "", ""],
    ["select_one camps", "camp", "Camp of registration", "autocomplete", "", "", ""],
    ["select_one agree", "trust", "The family trusts the local authorities", "likert", "", "", ""],
]
CHOICES = [
    ["list_name", "name", "label"],
    ["needs", "food", "Food"],
    ["needs", "water", "Water"],
    ["needs", "shelter", "Shelter"],
    ["yn", "yes", "Yes"],
    ["yn", "no", "No"],
    ["camps", "kakuma", "Kakuma"],
    ["camps", "sevare", "Sévaré"],
    ["agree", "1", "Disagree"],
    ["agree", "2", "Neutral"],
    ["agree", "3", "Agree"],
]


def _inst(tmp_path: Path) -> FormInstance:
    form = load_form(write_xlsform(tmp_path / "visit.xlsx", SURVEY, CHOICES, {"form_title": "Visit"}))
    return FormInstance(form, now=lambda: FIXED_NOW)


def _view(qtbot, inst: FormInstance, **kwargs: bool) -> FormView:  # noqa: ANN001
    view = FormView(inst, **kwargs)
    qtbot.addWidget(view)
    view.resize(1366, 768)
    view.show()
    qtbot.waitExposed(view)
    view.activateWindow()
    qtbot.waitUntil(view.isActiveWindow)
    return view


def _value(inst: FormInstance, name: str) -> str:
    return inst.node_at(f"/data/{name}").value


def test_each_new_type_gets_its_widget(qtbot, tmp_path: Path) -> None:  # noqa: ANN001
    view = _view(qtbot, _inst(tmp_path))
    expected = {
        "home": GeoPointQuestion,
        "plot": GeoPointsQuestion,
        "card": BarcodeQuestion,
        "nights": RangeQuestion,
        "safe": RangeQuestion,
        "needs": RankQuestion,
        "consent": AcknowledgeQuestion,
        "shelter": SelectOneQuestion,
        "camp": AutocompleteQuestion,
        "trust": ChoiceGridQuestion,
    }
    for name, cls in expected.items():
        assert isinstance(view.question_widget(f"/data/{name}"), cls), name


def test_answers_reach_the_engine_as_odk_stores_them(qtbot, tmp_path: Path) -> None:  # noqa: ANN001
    inst = _inst(tmp_path)
    view = _view(qtbot, inst)
    home = view.question_widget("/data/home")
    assert isinstance(home, GeoPointQuestion)
    QGuiApplication.clipboard().setText("-1.2921, 36.8219")
    home.lat.setFocus()
    qtbot.keyClick(home.lat, Qt.Key.Key_V, Qt.KeyboardModifier.ControlModifier)
    assert _value(inst, "home") == "-1.2921 36.8219 0.0 0.0"

    plot = view.question_widget("/data/plot")
    assert isinstance(plot, GeoPointsQuestion)
    QGuiApplication.clipboard().setText("0 0\n0 1\n1 1")
    plot.add_edit.setFocus()
    qtbot.keyClick(plot.add_edit, Qt.Key.Key_V, Qt.KeyboardModifier.ControlModifier)
    assert _value(inst, "plot") == "0.0 0.0 0.0 0.0; 0.0 1.0 0.0 0.0; 1.0 1.0 0.0 0.0; 0.0 0.0 0.0 0.0"

    card = view.question_widget("/data/card")
    assert isinstance(card, BarcodeQuestion)
    card.edit.setFocus()
    qtbot.keyClicks(card.edit, "CR-0042")
    qtbot.keyClick(card.edit, Qt.Key.Key_Return)
    assert _value(inst, "card") == "CR-0042"

    safe = view.question_widget("/data/safe")
    assert isinstance(safe, RangeQuestion) and safe.stars is not None
    qtbot.mouseClick(safe.stars.buttons[2], Qt.MouseButton.LeftButton)
    assert _value(inst, "safe") == "3"

    needs = view.question_widget("/data/needs")
    assert isinstance(needs, RankQuestion)
    needs.list.setFocus()
    needs.list.setCurrentRow(2)
    qtbot.keyClick(needs.list, Qt.Key.Key_Up, Qt.KeyboardModifier.ControlModifier)
    assert _value(inst, "needs") == ""  # not confirmed yet
    qtbot.mouseClick(needs.confirm_button, Qt.MouseButton.LeftButton)
    assert _value(inst, "needs") == "food shelter water"

    consent = view.question_widget("/data/consent")
    assert isinstance(consent, AcknowledgeQuestion)
    qtbot.mouseClick(consent.box, Qt.MouseButton.LeftButton, pos=QPoint(8, consent.box.height() // 2))
    assert _value(inst, "consent") == "OK"

    camp = view.question_widget("/data/camp")
    assert isinstance(camp, AutocompleteQuestion)
    camp.edit.setFocus()
    qtbot.keyClicks(camp.edit, "seva")
    qtbot.keyClick(camp.edit, Qt.Key.Key_Return)
    assert _value(inst, "camp") == "sevare"

    trust = view.question_widget("/data/trust")
    assert isinstance(trust, ChoiceGridQuestion)
    qtbot.mouseClick(trust.buttons[2], Qt.MouseButton.LeftButton, pos=trust.buttons[2].rect().center())
    assert _value(inst, "trust") == "3"
    xml = inst.to_xml()
    assert "<needs>food shelter water</needs>" in xml and "<consent>OK</consent>" in xml
    qtbot.wait(20)
    for name in ("home", "plot", "needs"):  # composite widgets keep their height in the scrolled page
        widget = view.question_widget(f"/data/{name}")
        assert widget is not None and widget.height() >= widget.sizeHint().height() - 10, name
    shoot(view, "form_page_en")


def test_the_forms_constraint_message_shows_under_the_slider(qtbot, tmp_path: Path) -> None:  # noqa: ANN001
    inst = _inst(tmp_path)
    view = _view(qtbot, inst)
    nights = view.question_widget("/data/nights")
    assert isinstance(nights, RangeQuestion) and nights.slider is not None
    nights.slider.setFocus()
    qtbot.keyClick(nights.slider, Qt.Key.Key_End)
    assert _value(inst, "nights") == "7"
    assert nights.problem() == "More than five nights: call the duty officer now, then record it."
    qtbot.keyClick(nights.slider, Qt.Key.Key_Left)
    qtbot.keyClick(nights.slider, Qt.Key.Key_Left)
    assert _value(inst, "nights") == "5" and nights.problem() == ""


def test_quick_moves_the_focus_to_the_next_question(qtbot, tmp_path: Path) -> None:  # noqa: ANN001
    view = _view(qtbot, _inst(tmp_path))
    shelter = view.question_widget("/data/shelter")
    assert isinstance(shelter, SelectOneQuestion)
    qtbot.mouseClick(shelter.radios[0], Qt.MouseButton.LeftButton, pos=shelter.radios[0].rect().center())
    camp = view.question_widget("/data/camp")
    assert isinstance(camp, AutocompleteQuestion)
    assert QApplication.focusWidget() is camp.edit


def test_a_stored_submission_reads_back_in_every_widget(qtbot, tmp_path: Path) -> None:  # noqa: ANN001
    inst = _inst(tmp_path)
    for name, value in {
        "home": "-1.2921 36.8219 1650 5",
        "plot": "0 0 0 0; 0 1 0 0; 1 1 0 0; 0 0 0 0",
        "nights": "2",
        "needs": "water shelter food",
        "consent": "OK",
    }.items():
        inst.set_value(f"/data/{name}", value)
    view = _view(qtbot, inst)
    home = view.question_widget("/data/home")
    assert isinstance(home, GeoPointQuestion) and home.alt.text() == "1650.0"
    plot = view.question_widget("/data/plot")
    assert isinstance(plot, GeoPointsQuestion) and plot.list.count() == 3
    needs = view.question_widget("/data/needs")
    assert isinstance(needs, RankQuestion) and needs.order() == ["water", "shelter", "food"]
    consent = view.question_widget("/data/consent")
    assert isinstance(consent, AcknowledgeQuestion) and consent.box.isChecked()
    reading = _view(qtbot, inst, read_only=True)
    shown = reading.question_widget("/data/needs")
    assert isinstance(shown, ReadOnlyQuestion) and shown.value.text() == "Water, Shelter, Food"


def test_the_new_types_lay_out_right_to_left(qtbot, tmp_path: Path) -> None:  # noqa: ANN001
    QApplication.setLayoutDirection(Qt.LayoutDirection.RightToLeft)
    try:
        inst = _inst(tmp_path)
        inst.set_value("/data/home", "-1.2921 36.8219 1650 5")
        inst.set_value("/data/needs", "water shelter food")
        view = _view(qtbot, inst)
        qtbot.wait(20)
        home = view.question_widget("/data/home")
        assert isinstance(home, GeoPointQuestion)
        assert home.lat.mapTo(view, home.lat.rect().topLeft()).x() > home.lon.mapTo(view, home.lon.rect().topLeft()).x()
        needs = view.question_widget("/data/needs")
        assert isinstance(needs, RankQuestion)
        assert (
            needs.up_button.mapTo(view, needs.up_button.rect().topLeft()).x()
            < needs.list.mapTo(view, needs.list.rect().topLeft()).x()
        )
        shoot(view, "form_page_rtl")
        view.stack.currentWidget().verticalScrollBar().setValue(10_000)
        qtbot.wait(20)
        shoot(view, "form_page_rtl_end")
    finally:
        QApplication.setLayoutDirection(Qt.LayoutDirection.LeftToRight)
