"""Select appearances: autocomplete (match anywhere, accents ignored), likert, columns, and ODK's
label / list-nolabel tables; screenshots (English and right to left) go to /tmp/form_questions."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QVBoxLayout, QWidget

from app.ui.forms.choice_widgets import (
    AutocompleteQuestion,
    ChoiceGridQuestion,
    ChoiceHeaderQuestion,
    SelectManyMinimalQuestion,
    folded,
    grid_columns,
)
from app.ui.forms.questions import SelectOneQuestion, make_question
from tests.ui.test_form_questions_geo import _shown, shoot

PLACES = [("dadaab", "Dadaab"), ("kakuma", "Kakuma"), ("goma", "Goma"), ("bekaa", "Bekaa Valley"), ("zaatari", "Zaʿatari"), ("sevare", "Sévaré")]  # fmt: skip
AGREE = [("1", "Strongly disagree"), ("2", "Disagree"), ("3", "Neutral"), ("4", "Agree"), ("5", "Strongly agree")]
YES_NO = [("yes", "Yes"), ("no", "No"), ("dk", "Don't know")]


def _answers(q: QWidget) -> list[str]:
    out: list[str] = []
    q.answered.connect(out.append)  # type: ignore[attr-defined]
    return out


def test_the_factory_picks_a_widget_per_appearance() -> None:
    assert isinstance(make_question("string", "select1", "autocomplete"), AutocompleteQuestion)
    assert isinstance(make_question("string", "select1", "likert"), ChoiceGridQuestion)
    assert isinstance(make_question("string", "select", "columns-3"), ChoiceGridQuestion)
    assert isinstance(make_question("string", "select1", "label"), ChoiceHeaderQuestion)
    assert isinstance(make_question("string", "select1", "list-nolabel"), ChoiceGridQuestion)
    assert isinstance(make_question("string", "select1", "minimal"), SelectOneQuestion)
    assert isinstance(make_question("string", "select1", "quick"), SelectOneQuestion)
    assert isinstance(make_question("string", "select", "minimal"), SelectManyMinimalQuestion)


def test_autocomplete_matches_anywhere_ignoring_accents_and_case(qtbot) -> None:  # noqa: ANN001
    q = AutocompleteQuestion()
    answers = _answers(q)
    q.set_choices(PLACES)
    _shown(qtbot, q)
    assert folded("Sévaré") == "sevare"
    assert q.matches("VALL") == ["Bekaa Valley"]
    assert q.matches("sev") == ["Sévaré"]
    assert q.matches("ma") == ["Kakuma", "Goma"]
    q.edit.setFocus()
    qtbot.keyClicks(q.edit, "zaat")
    assert q.model.stringList() == ["Zaʿatari"]
    qtbot.keyClick(q.edit, Qt.Key.Key_Return)  # one match: it is the answer
    assert answers == ["zaatari"] and q.edit.text() == "Zaʿatari"


def test_autocomplete_lists_every_choice_on_down_and_takes_one_from_the_list(qtbot) -> None:  # noqa: ANN001
    q = AutocompleteQuestion()
    answers = _answers(q)
    q.set_choices(PLACES)
    _shown(qtbot, q)
    q.edit.setFocus()
    qtbot.keyClick(q.edit, Qt.Key.Key_Down)
    popup = q.completer.popup()
    qtbot.waitUntil(popup.isVisible)
    assert q.model.stringList() == [label for _, label in PLACES]
    qtbot.keyClick(popup, Qt.Key.Key_Down)
    qtbot.keyClick(popup, Qt.Key.Key_Down)
    qtbot.keyClick(popup, Qt.Key.Key_Return)
    assert answers == ["kakuma"] and q.edit.text() == "Kakuma"


def test_autocomplete_refuses_text_that_is_no_choice_and_blank_clears(qtbot) -> None:  # noqa: ANN001
    q = AutocompleteQuestion()
    answers = _answers(q)
    q.set_choices(PLACES)
    _shown(qtbot, q)
    q.set_value("goma")
    assert q.edit.text() == "Goma"
    q.edit.setFocus()
    q.edit.selectAll()
    qtbot.keyClicks(q.edit, "Nairobi")
    qtbot.keyClick(q.edit, Qt.Key.Key_Return)
    assert answers == [] and "is not one of the answers" in q.problem()
    q.edit.selectAll()
    qtbot.keyClick(q.edit, Qt.Key.Key_Delete)
    qtbot.keyClick(q.edit, Qt.Key.Key_Return)
    assert answers == [""] and q.problem() == ""


def test_likert_is_one_row_of_buttons_with_the_labels_under_them(qtbot) -> None:  # noqa: ANN001
    q = ChoiceGridQuestion("likert")
    answers = _answers(q)
    q.set_choices(AGREE)
    _shown(qtbot, q)
    ys = {b.mapTo(q, b.rect().topLeft()).y() for b in q.buttons}
    assert len(ys) == 1  # one row
    xs = [b.mapTo(q, b.rect().topLeft()).x() for b in q.buttons]
    assert xs == sorted(xs)
    qtbot.mouseClick(q.buttons[3], Qt.MouseButton.LeftButton)
    qtbot.mouseClick(q.buttons[4], Qt.MouseButton.LeftButton)
    assert answers == ["4", "5"] and [b.isChecked() for b in q.buttons] == [False] * 4 + [True]
    assert q.buttons[0].accessibleName() == "Strongly disagree"


def test_columns_fill_row_by_row_and_a_select_many_takes_several(qtbot) -> None:  # noqa: ANN001
    assert grid_columns("columns-3", 9) == 3
    assert grid_columns("columns-pack", 9) == 4
    assert grid_columns("columns", 9) == 3 and grid_columns("columns", 3) == 2
    q = ChoiceGridQuestion("columns-3", many=True)
    answers = _answers(q)
    q.set_choices(PLACES)
    _shown(qtbot, q)
    rows = [q.buttons[i].mapTo(q, q.buttons[i].rect().topLeft()).y() for i in range(6)]
    assert rows[0] == rows[1] == rows[2] < rows[3] == rows[4] == rows[5]
    assert all(b.label.height() < 2 * b.label.fontMetrics().height() for b in q.buttons)  # short labels never wrap
    qtbot.mouseClick(q.buttons[1], Qt.MouseButton.LeftButton, pos=q.buttons[1].rect().center())
    qtbot.mouseClick(q.buttons[5], Qt.MouseButton.LeftButton, pos=q.buttons[5].rect().center())
    assert answers == ["kakuma", "kakuma sevare"]


def test_a_label_table_heads_rows_of_bare_buttons_in_the_same_columns(qtbot) -> None:  # noqa: ANN001
    page = QWidget()
    box = QVBoxLayout(page)
    head = ChoiceHeaderQuestion()
    head.set_texts("", "", False)
    head.set_choices(YES_NO)
    rows = [ChoiceGridQuestion("list-nolabel") for _ in range(2)]
    for row, text in zip(rows, ("Has a valid ID card", "Needs an interpreter"), strict=True):
        row.set_texts(text, "", False)
        row.set_choices(YES_NO)
    for w in (head, *rows):
        box.addWidget(w)
    box.addStretch(1)
    _shown(qtbot, page)
    heads = head.heads.findChildren(type(head.label))
    assert [h.text() for h in heads] == ["Yes", "No", "Don't know"]
    for i, h in enumerate(heads):
        centre = h.mapTo(page, h.rect().center()).x()
        for row in rows:
            button = row.buttons[i]
            assert abs(button.mapTo(page, button.rect().center()).x() - centre) <= 2
            assert button.text() == ""  # the head says what the column is
    answers = _answers(rows[1])
    qtbot.mouseClick(rows[1].buttons[2], Qt.MouseButton.LeftButton, pos=rows[1].buttons[2].rect().center())
    assert answers == ["dk"]
    assert rows[1].buttons[2].accessibleName() == "Don't know"
    page.resize(900, 220)
    shoot(page, "table_en" if QApplication.layoutDirection() == Qt.LayoutDirection.LeftToRight else "table_rtl")


def test_select_appearances_look_right_both_directions(qtbot) -> None:  # noqa: ANN001
    for direction, suffix in ((Qt.LayoutDirection.LeftToRight, "en"), (Qt.LayoutDirection.RightToLeft, "rtl")):
        QApplication.setLayoutDirection(direction)
        try:
            likert = ChoiceGridQuestion("likert")
            likert.set_texts("The family feels safe where they are staying", "", True)
            likert.set_choices(AGREE)
            likert.set_value("4")
            _shown(qtbot, likert)
            shoot(likert, f"likert_{suffix}")
            columns = ChoiceGridQuestion("columns-3", many=True)
            columns.set_texts("Camps the family stayed in", "Choose all that apply.", False)
            columns.set_choices(PLACES)
            columns.set_value("kakuma goma")
            _shown(qtbot, columns)
            shoot(columns, f"columns_{suffix}")
            auto = AutocompleteQuestion()
            auto.set_texts("Camp of registration", "Type part of the name.", True)
            auto.set_choices(PLACES)
            auto.set_value("sevare")
            _shown(qtbot, auto)
            shoot(auto, f"autocomplete_{suffix}")
            page = QWidget()
            box = QVBoxLayout(page)
            head = ChoiceHeaderQuestion()
            head.set_texts("", "", False)
            head.set_choices(YES_NO)
            box.addWidget(head)
            for text in ("Has a valid ID card", "Needs an interpreter"):
                row = ChoiceGridQuestion("list-nolabel")
                row.set_texts(text, "", False)
                row.set_choices(YES_NO)
                box.addWidget(row)
            _shown(qtbot, page)
            shoot(page, f"table_{suffix}")
            if suffix == "rtl":
                assert likert.buttons[0].mapTo(likert, likert.buttons[0].rect().center()).x() > (
                    likert.buttons[4].mapTo(likert, likert.buttons[4].rect().center()).x()
                )
        finally:
            QApplication.setLayoutDirection(Qt.LayoutDirection.LeftToRight)


def test_a_minimal_select_many_opens_a_list_of_check_boxes_from_the_keyboard(qtbot) -> None:  # noqa: ANN001
    q = SelectManyMinimalQuestion()
    q.set_texts("Camps the family stayed in", "", False)
    answers = _answers(q)
    q.set_choices(PLACES)
    _shown(qtbot, q)
    assert q.button.text() == "Choose…  ▾"
    q.button.setFocus()
    qtbot.keyClick(q.button, Qt.Key.Key_Space)
    qtbot.waitUntil(q.popup.isVisible)
    qtbot.keyClick(q.popup, Qt.Key.Key_Down)
    qtbot.keyClick(q.popup, Qt.Key.Key_Space)
    qtbot.keyClick(q.popup, Qt.Key.Key_Down)
    qtbot.keyClick(q.popup, Qt.Key.Key_Space)
    assert answers == ["kakuma", "kakuma goma"]
    qtbot.keyClick(q.popup, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: not q.popup.isVisible())
    assert q.button.text() == "Kakuma, Goma  ▾"
    q.set_value("sevare")
    assert q.button.text() == "Sévaré  ▾"
    shoot(q, "select_many_minimal_en")
