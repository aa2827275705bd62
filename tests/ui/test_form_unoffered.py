"""An answer a choice filter no longer offers (issue 23): the engine keeps it, as JavaRosa (ODK
Collect) does, so the screen must show it. A real XLSForm in a real FormView: answer a town, change
the region its choice filter reads, and the question warns under its choices, names the answer by
its label, offers to clear it, and the warning goes when the person chooses again or clears.
Screenshots go to /tmp/form_questions."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QPushButton, QWidget

from app.forms.engine import FormInstance
from app.forms.xlsform import load_form
from app.ui.forms.choice_widgets import AutocompleteQuestion, RankQuestion
from app.ui.forms.questions import ReadOnlyQuestion, SelectManyQuestion, SelectOneQuestion
from app.ui.forms.renderer import FormView
from tests.forms.builders import FIXED_NOW, write_xlsform
from tests.ui.test_form_questions_geo import shoot

LEFT = Qt.MouseButton.LeftButton
H = ["type", "name", "label", "choice_filter", "appearance", "required"]
SURVEY = [
    H,
    ["select_one regions", "region", "Region of the visit", "", "", ""],
    ["select_one towns", "town", "Town of registration", "region=${region}", "", "yes"],
    ["select_multiple towns", "towns", "Towns the family stayed in", "region=${region}", "", ""],
    ["select_one towns", "town_list", "Town (drop-down)", "region=${region}", "minimal", ""],
    ["select_one towns", "town_auto", "Town (search)", "region=${region}", "autocomplete", ""],
]
CHOICES = [
    ["list_name", "name", "label", "region"],
    ["regions", "north", "North", ""],
    ["regions", "west", "West", ""],
    ["towns", "kyiv", "Kyiv", "north"],
    ["towns", "sumy", "Sumy", "north"],
    ["towns", "lviv", "Lviv", "west"],
]


def _view(qtbot, tmp_path: Path) -> tuple[FormInstance, FormView]:  # noqa: ANN001 - pytest-qt fixture
    form = load_form(write_xlsform(tmp_path / "towns.xlsx", SURVEY, CHOICES))
    inst = FormInstance(form, now=lambda: FIXED_NOW)
    view = FormView(inst)
    qtbot.addWidget(view)
    view.resize(1000, 900)
    view.show()
    qtbot.waitExposed(view)
    return inst, view


def _click(qtbot, widget: QWidget) -> None:  # noqa: ANN001
    qtbot.waitUntil(widget.isVisible)  # a rebuilt list shows its buttons once the event loop runs
    qtbot.mouseClick(widget, LEFT, pos=widget.rect().center())


def _radio(q: SelectOneQuestion, value: str) -> QWidget:
    return next(b for b in q.radios if b.property("value") == value)


def _value(inst: FormInstance, ref: str) -> str:
    return inst.node_at(ref).value


def test_a_select_one_warns_of_an_answer_its_filter_no_longer_offers(qtbot, tmp_path: Path) -> None:  # noqa: ANN001
    inst, view = _view(qtbot, tmp_path)
    region = view.question_widget("/data/region")
    town = view.question_widget("/data/town")
    assert isinstance(region, SelectOneQuestion) and isinstance(town, SelectOneQuestion)
    _click(qtbot, _radio(region, "north"))
    _click(qtbot, _radio(town, "kyiv"))
    assert _value(inst, "/data/town") == "kyiv" and town.unoffered_warning() == ""
    assert town.clear_button.isHidden()  # a required question: nothing to clear normally

    _click(qtbot, _radio(region, "west"))  # the earlier answer the filter reads
    assert _value(inst, "/data/town") == "kyiv"  # kept in the record, as JavaRosa keeps it
    assert town.unoffered_warning() == (
        "Your earlier answer “Kyiv” is not among the choices now (an earlier answer changed them). "
        "Choose again or clear it."
    )
    assert [b.property("value") for b in town.radios] == ["lviv"] and not town.radios[0].isChecked()
    assert not town.clear_button.isHidden()  # even on a required question
    assert town.problem() == ""  # a warning, not an error: the form is not blocked by it
    qtbot.wait(10)  # rebuilt lists show once the event loop runs
    shoot(view, "unoffered_select_one_en")

    _click(qtbot, _radio(town, "lviv"))  # choosing again removes the warning
    assert _value(inst, "/data/town") == "lviv" and town.unoffered_warning() == ""
    assert town.clear_button.isHidden()

    _click(qtbot, _radio(region, "north"))  # out of the list again, and cleared this time
    assert town.unoffered_warning().startswith("Your earlier answer “Lviv”")
    _click(qtbot, town.clear_button)
    assert _value(inst, "/data/town") == "" and town.unoffered_warning() == ""
    assert town.problem() == "This question needs an answer."  # cleared: required says so


def test_a_select_multiple_warns_of_the_answers_its_filter_no_longer_offers(qtbot, tmp_path: Path) -> None:  # noqa: ANN001
    inst, view = _view(qtbot, tmp_path)
    region = view.question_widget("/data/region")
    towns = view.question_widget("/data/towns")
    assert isinstance(region, SelectOneQuestion) and isinstance(towns, SelectManyQuestion)
    _click(qtbot, _radio(region, "north"))
    for box in towns.boxes:  # Kyiv and Sumy
        _click(qtbot, box)
    assert _value(inst, "/data/towns") == "kyiv sumy" and towns.unoffered_warning() == ""

    _click(qtbot, _radio(region, "west"))
    assert _value(inst, "/data/towns") == "kyiv sumy"  # kept
    assert towns.unoffered_warning() == (
        "Your earlier answers “Kyiv”, “Sumy” are not among the choices now (an earlier answer changed "
        "them). Choose again or clear them."
    )
    assert towns.unoffered_clear is not None and not towns.unoffered_clear.isHidden()
    assert towns.unoffered_clear.text() == "Clear earlier answers"
    assert [b.isChecked() for b in towns.boxes] == [False]
    qtbot.wait(10)  # rebuilt lists show once the event loop runs
    shoot(view, "unoffered_select_multiple_en")

    _click(qtbot, towns.boxes[0])  # Lviv: answered again, with what is offered
    assert _value(inst, "/data/towns") == "lviv" and towns.unoffered_warning() == ""
    assert towns.unoffered_clear.isHidden()


def test_a_select_multiple_shows_its_answer_again_when_the_filter_offers_it_again(qtbot, tmp_path: Path) -> None:  # noqa: ANN001
    inst, view = _view(qtbot, tmp_path)
    region = view.question_widget("/data/region")
    towns = view.question_widget("/data/towns")
    assert isinstance(region, SelectOneQuestion) and isinstance(towns, SelectManyQuestion)
    _click(qtbot, _radio(region, "north"))
    _click(qtbot, towns.boxes[1])  # Sumy
    _click(qtbot, _radio(region, "west"))
    assert towns.unoffered_warning().startswith("Your earlier answer “Sumy”")
    _click(qtbot, _radio(region, "north"))
    assert towns.unoffered_warning() == "" and [b.isChecked() for b in towns.boxes] == [False, True]
    assert _value(inst, "/data/towns") == "sumy"
    _click(qtbot, _radio(region, "west"))
    assert towns.unoffered_clear is not None
    _click(qtbot, towns.unoffered_clear)
    assert _value(inst, "/data/towns") == "" and towns.unoffered_warning() == ""


def test_a_drop_down_and_a_search_box_show_no_raw_value_and_keep_the_answer(qtbot, tmp_path: Path) -> None:  # noqa: ANN001
    inst, view = _view(qtbot, tmp_path)
    region = view.question_widget("/data/region")
    combo_q = view.question_widget("/data/town_list")
    auto = view.question_widget("/data/town_auto")
    assert isinstance(region, SelectOneQuestion) and isinstance(combo_q, SelectOneQuestion)
    assert isinstance(auto, AutocompleteQuestion)
    _click(qtbot, _radio(region, "north"))
    assert combo_q.combo is not None
    combo_q.combo.setCurrentIndex(combo_q.combo.findData("sumy"))
    combo_q.combo.activated.emit(combo_q.combo.currentIndex())
    auto.set_value("")  # typed and picked like a person
    auto.edit.setFocus()
    qtbot.keyClicks(auto.edit, "kyi")
    qtbot.keyClick(auto.edit, Qt.Key.Key_Return)
    assert _value(inst, "/data/town_list") == "sumy" and _value(inst, "/data/town_auto") == "kyiv"

    _click(qtbot, _radio(region, "west"))
    combo = combo_q.combo
    assert combo is not None
    assert combo.currentIndex() == 0 and combo.currentText() == "Choose…"  # not the raw "sumy"
    assert [combo.itemData(i) for i in range(combo.count())] == ["", "lviv"]
    assert combo_q.unoffered_warning().startswith("Your earlier answer “Sumy”")
    assert not combo_q.clear_button.isHidden()
    assert auto.edit.text() == "" and auto.unoffered_warning().startswith("Your earlier answer “Kyiv”")
    auto.edit.setFocus()  # passing through the empty box does not clear the answer
    combo.setFocus()
    qtbot.waitUntil(lambda: not auto.edit.hasFocus())
    auto.commit()
    assert _value(inst, "/data/town_auto") == "kyiv" and _value(inst, "/data/town_list") == "sumy"
    qtbot.wait(10)  # rebuilt lists show once the event loop runs
    shoot(view, "unoffered_drop_down_en")

    assert auto.unoffered_clear is not None and not auto.unoffered_clear.isHidden()
    _click(qtbot, auto.unoffered_clear)
    assert _value(inst, "/data/town_auto") == "" and auto.unoffered_warning() == ""
    _click(qtbot, combo_q.clear_button)
    assert _value(inst, "/data/town_list") == "" and combo_q.unoffered_warning() == ""


def test_a_ranking_names_the_items_it_no_longer_lists(qtbot) -> None:  # noqa: ANN001
    q = RankQuestion()
    qtbot.addWidget(q)
    q.set_choices([("water", "Water"), ("food", "Food"), ("shelter", "Shelter")])
    q.set_value("food water shelter")
    q.set_choices([("water", "Water"), ("shelter", "Shelter")])
    q.set_unoffered(["food"])
    assert q.unoffered_warning().startswith("Your earlier answer “Food” is not among the choices now")
    answers: list[str] = []
    q.answered.connect(answers.append)
    q.show()
    qtbot.waitExposed(q)
    assert not q.clear_button.isHidden() and (q.unoffered_clear is None or q.unoffered_clear.isHidden())
    q.list.setCurrentRow(1)
    q.move_current(-1)  # ranked again: only what is listed
    assert answers == ["shelter water"] and q.unoffered_warning() == ""


LOCKED_SURVEY = [
    ["type", "name", "label", "choice_filter", "read_only"],
    ["select_one regions", "region", "Region of the visit", "", ""],
    ["select_one yesno", "locked", "Town confirmed by the office", "", ""],
    ["select_one towns", "town", "Town of registration", "region=${region}", "${locked} = 'yes'"],
    ["select_multiple towns", "towns", "Towns the family stayed in", "region=${region}", "${locked} = 'yes'"],
]
LOCKED_CHOICES = [*CHOICES, ["yesno", "yes", "Yes", ""], ["yesno", "no", "No", ""]]
FACT_ONE = "The recorded answer “Kyiv” is not among the choices the form offers now."


def test_a_read_only_question_states_the_unoffered_answer_and_offers_no_clear(qtbot, tmp_path: Path) -> None:  # noqa: ANN001
    form = load_form(write_xlsform(tmp_path / "locked.xlsx", LOCKED_SURVEY, LOCKED_CHOICES))
    inst = FormInstance(form, now=lambda: FIXED_NOW)
    view = FormView(inst)
    qtbot.addWidget(view)
    view.resize(1000, 900)
    view.show()
    qtbot.waitExposed(view)
    region, locked = view.question_widget("/data/region"), view.question_widget("/data/locked")
    town, towns = view.question_widget("/data/town"), view.question_widget("/data/towns")
    assert isinstance(region, SelectOneQuestion) and isinstance(locked, SelectOneQuestion)
    assert isinstance(town, SelectOneQuestion) and isinstance(towns, SelectManyQuestion)
    _click(qtbot, _radio(region, "north"))
    _click(qtbot, _radio(town, "kyiv"))
    _click(qtbot, towns.boxes[0])
    _click(qtbot, towns.boxes[1])
    _click(qtbot, _radio(region, "west"))
    assert town.unoffered_warning().endswith("Choose again or clear it.")  # still answerable: asks
    assert not town.clear_button.isHidden()

    _click(qtbot, _radio(locked, "yes"))  # the question turns read-only: the warning states a fact
    assert town.read_only and towns.read_only
    assert town.unoffered_warning() == FACT_ONE
    assert towns.unoffered_warning() == (
        "The recorded answers “Kyiv”, “Sumy” are not among the choices the form offers now."
    )
    assert "Choose" not in town.unoffered_warning() + towns.unoffered_warning()
    assert town.clear_button.isHidden()
    assert towns.unoffered_clear is not None and towns.unoffered_clear.isHidden()
    qtbot.wait(10)
    shoot(view, "unoffered_read_only_en")

    _click(qtbot, _radio(locked, "no"))  # answerable again: the request to choose comes back
    assert town.unoffered_warning().endswith("Choose again or clear it.") and not town.clear_button.isHidden()
    assert towns.unoffered_warning().endswith("Choose again or clear them.")
    assert not towns.unoffered_clear.isHidden()
    assert _value(inst, "/data/town") == "kyiv" and _value(inst, "/data/towns") == "kyiv sumy"


def test_a_submission_viewed_read_only_states_an_unoffered_answer(qtbot, tmp_path: Path) -> None:  # noqa: ANN001
    form = load_form(write_xlsform(tmp_path / "towns.xlsx", SURVEY, CHOICES))
    inst = FormInstance(form, now=lambda: FIXED_NOW)
    inst.set_value("/data/region", "north")
    inst.set_value("/data/town", "kyiv")
    inst.set_value("/data/town_list", "sumy")
    inst.select_values("/data/towns", ["sumy"])
    inst.set_value("/data/region", "west")  # kept, as JavaRosa keeps them
    view = FormView(inst, read_only=True)
    qtbot.addWidget(view)
    view.resize(1000, 700)
    view.show()
    qtbot.waitExposed(view)
    town, towns = view.question_widget("/data/town"), view.question_widget("/data/towns")
    listed, region = view.question_widget("/data/town_list"), view.question_widget("/data/region")
    assert isinstance(town, ReadOnlyQuestion) and isinstance(towns, ReadOnlyQuestion)
    assert isinstance(listed, ReadOnlyQuestion) and isinstance(region, ReadOnlyQuestion)
    assert town.unoffered_warning() == "The recorded answer “kyiv” is not among the choices the form offers now."
    assert towns.unoffered_warning().startswith("The recorded answer “sumy” is not among")
    assert listed.unoffered_warning().startswith("The recorded answer “sumy”")
    assert region.unoffered_warning() == ""  # offered: nothing to say
    assert town.value.text() == "kyiv"  # the answer itself is still shown
    assert not any(isinstance(b, QPushButton) and b.isVisible() for b in town.findChildren(QPushButton))
    shoot(view, "unoffered_view_en")
