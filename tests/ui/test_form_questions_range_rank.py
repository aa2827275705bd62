"""Range, rank, acknowledge and barcode questions driven by keyboard, mouse and real image files;
screenshots (English and right to left) go to /tmp/form_questions."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtGui import QImage, QPainter
from PySide6.QtWidgets import QApplication, QWidget

from app.ui.forms.barcode import BarcodeQuestion, read_barcode_file
from app.ui.forms.choice_widgets import AcknowledgeQuestion, RankQuestion
from app.ui.forms.range_widgets import RangeQuestion, number_text, range_steps
from tests.ui.test_form_questions_geo import _shown, shoot

NEEDS = [("food", "Food"), ("water", "Water"), ("shelter", "Shelter"), ("school", "School places")]


def _answers(q: QWidget) -> list[str]:
    out: list[str] = []
    q.answered.connect(out.append)  # type: ignore[attr-defined]
    return out


def test_decimal_steps_are_exact_and_a_broken_range_still_draws() -> None:
    assert [number_text(v) for v in range_steps("0", "0.5", "0.1")] == ["0", "0.1", "0.2", "0.3", "0.4", "0.5"]
    assert len(range_steps("10", "1", "-1")) == 10
    assert [number_text(v) for v in range_steps("5", "1", "2")] == ["5", "3", "1"]
    assert len(range_steps("0", "abc", "1")) == 11  # 0..10


def test_a_slider_is_blank_until_touched_then_keys_answer(qtbot) -> None:  # noqa: ANN001
    q = RangeQuestion("0", "10", "1")
    answers = _answers(q)
    _shown(qtbot, q)
    assert q.value() == "" and q.shown.text() == "No answer yet"
    assert q.slider is not None
    q.slider.setFocus()
    qtbot.keyClick(q.slider, Qt.Key.Key_Home)  # already at the start: touching it still answers 0
    assert answers == ["0"]
    qtbot.keyClick(q.slider, Qt.Key.Key_Right)
    qtbot.keyClick(q.slider, Qt.Key.Key_PageUp)
    assert answers[-1] == "2" and q.shown.text() == "2"
    qtbot.keyClick(q.slider, Qt.Key.Key_End)
    assert answers[-1] == "10"
    qtbot.mouseClick(q.clear_button, Qt.MouseButton.LeftButton)
    assert answers[-1] == "" and q.shown.text() == "No answer yet"


def test_a_decimal_slider_answers_on_its_steps(qtbot) -> None:  # noqa: ANN001
    q = RangeQuestion("1", "2", "0.25", "vertical no-ticks")
    answers = _answers(q)
    _shown(qtbot, q)
    assert q.slider is not None and q.slider.orientation() == Qt.Orientation.Vertical
    q.slider.setFocus()
    qtbot.keyClick(q.slider, Qt.Key.Key_Up)
    qtbot.keyClick(q.slider, Qt.Key.Key_Up)
    assert answers == ["1.25", "1.5"]
    q.set_value("1.75")
    assert q.slider.value() == 3


def test_picker_and_rating_appearances(qtbot) -> None:  # noqa: ANN001
    picker = RangeQuestion("0", "50", "10", "picker")
    answers = _answers(picker)
    _shown(qtbot, picker)
    assert picker.combo is not None
    assert [picker.combo.itemText(i) for i in range(picker.combo.count())] == [
        "Choose…",
        "0",
        "10",
        "20",
        "30",
        "40",
        "50",
    ]
    picker.combo.setFocus()
    qtbot.keyClick(picker.combo, Qt.Key.Key_Down)
    assert answers == ["0"]

    stars = RangeQuestion("1", "5", "1", "rating")
    rated = _answers(stars)
    _shown(qtbot, stars)
    assert stars.stars is not None and len(stars.stars.buttons) == 5
    qtbot.mouseClick(stars.stars.buttons[3], Qt.MouseButton.LeftButton)
    assert rated == ["4"] and stars.stars.rating == 4
    stars.stars.setFocus()
    qtbot.keyClick(stars.stars, Qt.Key.Key_Right)
    assert rated[-1] == "5"
    qtbot.keyClick(stars.stars, Qt.Key.Key_2)
    assert rated[-1] == "2"
    assert [b.text() for b in stars.stars.buttons] == ["★", "★", "☆", "☆", "☆"]


def test_a_ranking_needs_confirming_then_every_move_answers(qtbot) -> None:  # noqa: ANN001
    q = RankQuestion()
    answers = _answers(q)
    q.set_choices(NEEDS)
    _shown(qtbot, q)
    assert q.value() == "" and "Not ranked yet" in q.state.text()
    q.list.setFocus()
    q.list.setCurrentRow(2)
    qtbot.keyClick(q.list, Qt.Key.Key_Up, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClick(q.list, Qt.Key.Key_Up, Qt.KeyboardModifier.ControlModifier)
    assert q.order() == ["shelter", "food", "water", "school"]
    assert answers == []  # moved, not yet confirmed
    qtbot.mouseClick(q.confirm_button, Qt.MouseButton.LeftButton)
    assert answers == ["shelter food water school"]
    assert q.list.item(0).text().strip("\u2068\u2069") == "1. Shelter"
    q.list.setCurrentRow(3)
    qtbot.mouseClick(q.up_button, Qt.MouseButton.LeftButton)
    assert answers[-1] == "shelter food school water"
    qtbot.mouseClick(q.clear_button, Qt.MouseButton.LeftButton)
    assert answers[-1] == "" and not q.confirm_button.isHidden()


def test_a_dragged_item_changes_a_confirmed_ranking(qtbot) -> None:  # noqa: ANN001
    q = RankQuestion()
    answers = _answers(q)
    q.set_choices(NEEDS)
    q.set_value("food water shelter school")
    _shown(qtbot, q)
    assert q.list.dragDropMode() == q.list.DragDropMode.InternalMove
    # What a drop inside the list does to its model (a drag itself needs a real pointer).
    model = q.list.model()
    assert model.moveRow(QModelIndex(), 3, QModelIndex(), 0)
    qtbot.waitUntil(lambda: answers == ["school food water shelter"])
    assert q.list.item(0).text().strip("\u2068\u2069") == "1. School places"


def test_a_stored_ranking_shows_in_its_order(qtbot) -> None:  # noqa: ANN001
    q = RankQuestion()
    q.set_choices(NEEDS)
    q.set_value("water school food shelter")
    _shown(qtbot, q)
    assert q.order() == ["water", "school", "food", "shelter"]
    assert q.confirm_button.isHidden()


def test_acknowledging_answers_ok_and_unticking_blank(qtbot) -> None:  # noqa: ANN001
    q = AcknowledgeQuestion()
    q.set_texts("I have read the consent statement to the family", "", True)
    answers = _answers(q)
    _shown(qtbot, q)
    q.box.setFocus()
    qtbot.keyClick(q.box, Qt.Key.Key_Space)
    qtbot.keyClick(q.box, Qt.Key.Key_Space)
    assert answers == ["OK", ""]
    assert q.box.text() == "OK" and "consent" in q.box.accessibleDescription()


def test_a_scanner_types_the_code_and_enter_answers(qtbot) -> None:  # noqa: ANN001
    q = BarcodeQuestion()
    answers = _answers(q)
    _shown(qtbot, q)
    q.edit.setFocus()
    qtbot.keyClicks(q.edit, "CR-0042-7781")
    assert answers == []  # still arriving
    qtbot.keyClick(q.edit, Qt.Key.Key_Return)
    assert answers == ["CR-0042-7781"]
    q.set_value("CR-0042-7781")
    assert q.edit.text() == "CR-0042-7781"


def _barcode_png(tmp_path: Path, text: str, width_px: int = 0) -> Path:
    """A QR code saved as a PNG, on a white page `width_px` wide (odd widths pad the rows)."""
    zxingcpp = pytest.importorskip("zxingcpp")  # until pyproject lists zxing-cpp
    code = zxingcpp.write_barcode_to_image(zxingcpp.create_barcode(text, zxingcpp.BarcodeFormat.QRCode), scale=6)
    height, width = code.shape[:2]
    drawn = QImage(memoryview(code).tobytes(), width, height, width, QImage.Format.Format_Grayscale8).copy()
    page = QImage(max(width_px, width), height + 40, QImage.Format.Format_RGB32)
    page.fill(0xFFFFFFFF)
    painter = QPainter(page)
    painter.drawImage(20 if width_px else 0, 20, drawn)
    painter.end()
    path = tmp_path / f"code_{width_px}.png"
    assert page.save(str(path))
    return path


def test_a_barcode_is_read_from_an_image_file(qtbot, tmp_path: Path) -> None:  # noqa: ANN001
    path = _barcode_png(tmp_path, "UNHCR-SYN-000123")
    assert read_barcode_file(path) == "UNHCR-SYN-000123"
    assert read_barcode_file(_barcode_png(tmp_path, "SYN-7", width_px=301)) == "SYN-7"  # padded rows
    q = BarcodeQuestion()
    answers = _answers(q)
    _shown(qtbot, q)
    q.read_image(path)
    assert answers == ["UNHCR-SYN-000123"] and q.edit.text() == "UNHCR-SYN-000123"


@pytest.mark.parametrize(("content", "words"), [("blank", "No barcode was found"), ("text", "not an image")])
def test_an_image_without_a_code_or_a_broken_file_says_what_to_do(
    qtbot, tmp_path: Path, content: str, words: str
) -> None:  # noqa: ANN001
    pytest.importorskip("zxingcpp")
    if content == "blank":
        path = tmp_path / "wall.png"
        image = QImage(400, 300, QImage.Format.Format_RGB32)
        image.fill(0xFFEEDDCC)
        assert image.save(str(path))
    else:
        path = tmp_path / "notes.png"
        path.write_text("not a picture")
    q = BarcodeQuestion()
    answers = _answers(q)
    _shown(qtbot, q)
    q.read_image(path)
    assert answers == [] and words in q.problem()


def test_range_rank_and_barcode_look_right_both_directions(qtbot) -> None:  # noqa: ANN001
    for direction, suffix in ((Qt.LayoutDirection.LeftToRight, "en"), (Qt.LayoutDirection.RightToLeft, "rtl")):
        QApplication.setLayoutDirection(direction)
        try:
            for name, q in (
                ("range", RangeQuestion("0", "10", "1")),
                ("range_vertical", RangeQuestion("0", "100", "10", "vertical")),
                ("range_rating", RangeQuestion("1", "5", "1", "rating")),
                ("range_picker", RangeQuestion("0", "50", "5", "picker")),
            ):
                q.set_texts("How many nights did the family sleep outside last week?", "", False)
                _shown(qtbot, q)
                q.set_value("4" if name != "range_vertical" else "40")
                shoot(q, f"{name}_{suffix}")
            rank = RankQuestion()
            rank.set_texts("Put the family's needs in order, most urgent first", "", True)
            rank.set_choices(NEEDS)
            _shown(qtbot, rank)
            rank.list.setCurrentRow(1)
            shoot(rank, f"rank_{suffix}")
            ack = AcknowledgeQuestion()
            ack.set_texts("I have read the consent statement to the family", "", True)
            _shown(qtbot, ack)
            shoot(ack, f"acknowledge_{suffix}")
            code = BarcodeQuestion()
            code.set_texts("Registration card number", "Scan the card or type its number.", False)
            _shown(qtbot, code)
            shoot(code, f"barcode_{suffix}")
        finally:
            QApplication.setLayoutDirection(Qt.LayoutDirection.LeftToRight)
