"""The range question (XForms <range>): a number chosen between a start and an end in steps, shown
as XLSForm's appearances ask: a horizontal slider (default), a `vertical` one, `no-ticks`, a
`picker` (a drop-down of the steps) or a `rating` (stars).

A slider always points somewhere, so it cannot say "no answer": the question is blank until the
person touches it (the value beside it says so), and a Clear button puts it back. The steps are
computed with Decimal so a 0.1 step reads 0.3, not 0.30000000000000004.
"""

from __future__ import annotations

from decimal import Decimal, InvalidOperation

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QAbstractSlider,
    QBoxLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSlider,
    QToolButton,
    QWidget,
)

from app.ui.forms.questions import HeldAnswerQuestion, QuietComboBox, muted_color, set_text_color

MAX_STEPS = 1000  # past this, a slider's single step is too fine to hit: the form author's mistake
STAR_PX = 28


def range_steps(start: str, end: str, step: str) -> list[Decimal]:
    """The values a range offers, start to end; a broken or endless range offers 0..10 (the engine
    checks the form; a widget must still draw something)."""
    try:
        first, last, size = Decimal(start or "0"), Decimal(end or "10"), Decimal(step or "1")
    except InvalidOperation:
        first, last, size = Decimal(0), Decimal(10), Decimal(1)
    if size != 0 and (last - first) / size < 0:
        size = -size  # "start=5 end=1 step=0.5": the step goes the way from start to end
    if size == 0 or (last - first) / size > MAX_STEPS:
        first, last, size = Decimal(0), Decimal(10), Decimal(1)
    count = int((last - first) / size)
    return [first + size * i for i in range(count + 1)]


def number_text(value: Decimal) -> str:
    """A step as stored: no exponent, no trailing zeros ("2.5", "3", "-0.1")."""
    text = format(value.normalize(), "f")
    return text if text != "-0" else "0"


class _Stars(QWidget):
    """One toggle per star; the arrows move the rating, Home/End go to the ends, Delete clears."""

    def __init__(self, count: int, on_pick: object) -> None:
        super().__init__()
        self._on_pick = on_pick
        self.rating = 0
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        row.setSpacing(2)
        self.buttons: list[QToolButton] = []
        for i in range(1, count + 1):
            button = QToolButton()
            button.setAutoRaise(True)
            button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
            button.setFixedSize(STAR_PX + 6, STAR_PX + 6)
            font = button.font()
            font.setPixelSize(STAR_PX - 4)
            button.setFont(font)
            button.setToolTip(self.tr("Rating: {stars} of {count}").format(stars=i, count=count))
            button.clicked.connect(lambda _checked=False, n=i: self.pick(n))
            row.addWidget(button)
            self.buttons.append(button)
        row.addStretch(1)
        self.show_rating(0)

    def show_rating(self, rating: int) -> None:
        self.rating = rating
        for i, button in enumerate(self.buttons, start=1):
            button.setText("★" if i <= rating else "☆")
            set_text_color(button, "#c77c00" if i <= rating else muted_color(button))
        self.setAccessibleDescription(
            self.tr("Rating: {stars} of {count}").format(stars=rating, count=len(self.buttons))
            if rating
            else self.tr("Not rated")
        )

    def pick(self, rating: int) -> None:
        if callable(self._on_pick):
            self._on_pick(rating)

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 - Qt API
        key, n = event.key(), len(self.buttons)
        forward = Qt.Key.Key_Left if self.layoutDirection() == Qt.LayoutDirection.RightToLeft else Qt.Key.Key_Right
        backward = Qt.Key.Key_Right if forward == Qt.Key.Key_Left else Qt.Key.Key_Left
        if key in (forward, Qt.Key.Key_Up):
            self.pick(min(n, self.rating + 1))
        elif key in (backward, Qt.Key.Key_Down):
            self.pick(max(1, self.rating - 1))
        elif key == Qt.Key.Key_Home:
            self.pick(1)
        elif key == Qt.Key.Key_End:
            self.pick(n)
        elif Qt.Key.Key_1 <= key <= Qt.Key.Key_9 and key - Qt.Key.Key_0 <= n:
            self.pick(key - Qt.Key.Key_0)
        else:
            super().keyPressEvent(event)


class RangeQuestion(HeldAnswerQuestion):
    """A range question; `value()` is "" until the person moves the slider, picks or rates."""

    def __init__(self, start: str, end: str, step: str, appearance: str = "", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.steps = range_steps(start, end, step)
        self.appearance = appearance.split()
        self._value = ""
        self.slider: QSlider | None = None
        self.combo: QuietComboBox | None = None
        self.stars: _Stars | None = None
        self.shown = QLabel()
        self.clear_button = QPushButton(self.tr("Clear answer"))
        self.clear_button.setAutoDefault(False)
        self.clear_button.setFlat(True)
        self.clear_button.setToolTip(self.tr("Leave this question unanswered"))
        self.clear_button.clicked.connect(lambda: self._choose(""))
        holder = QWidget()
        vertical = "vertical" in self.appearance
        box = QHBoxLayout(holder)  # a vertical slider too: its value and Clear sit beside it
        box.setContentsMargins(0, 0, 0, 0)
        box.setSpacing(12)
        if "picker" in self.appearance:
            combo = QuietComboBox()
            combo.addItem(self.tr("Choose…"), "")
            for v in self.steps:
                combo.addItem(number_text(v), number_text(v))
            combo.activated.connect(lambda i: self._choose(str(combo.itemData(i) or "")))
            self.combo = combo
            box.addWidget(combo)
        elif "rating" in self.appearance:
            count = len([v for v in self.steps if v > 0])
            self.stars = _Stars(max(count, 1), self._rated)
            box.addWidget(self.stars)
        else:
            slider = QSlider(Qt.Orientation.Vertical if vertical else Qt.Orientation.Horizontal)
            slider.setRange(0, len(self.steps) - 1)
            slider.setPageStep(max(1, len(self.steps) // 10))
            slider.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
            if "no-ticks" not in self.appearance:
                slider.setTickPosition(
                    QSlider.TickPosition.TicksBelow if not vertical else QSlider.TickPosition.TicksRight
                )
                slider.setTickInterval(max(1, len(self.steps) // 10))
            if vertical:
                slider.setInvertedAppearance(False)
                slider.setMinimumHeight(160)
            else:
                slider.setMinimumWidth(280)
                slider.setMaximumWidth(480)
            slider.actionTriggered.connect(self._slid)
            slider.sliderReleased.connect(lambda: self._choose(number_text(self.steps[slider.value()])))
            slider.valueChanged.connect(self._dragged)
            self.slider = slider
            ends = QWidget()
            ends_box = QBoxLayout(
                QBoxLayout.Direction.BottomToTop if vertical else QBoxLayout.Direction.LeftToRight, ends
            )
            ends_box.setContentsMargins(0, 0, 0, 0)
            low, high = QLabel(number_text(self.steps[0])), QLabel(number_text(self.steps[-1]))
            for end_label in (low, high):
                set_text_color(end_label, muted_color(end_label))
            ends_box.addWidget(low)
            ends_box.addWidget(slider, 1)
            ends_box.addWidget(high)
            box.addWidget(ends)
        widest = max(self.shown.fontMetrics().horizontalAdvance(number_text(v)) for v in self.steps)
        self.shown.setMinimumWidth(widest + 8)
        box.addWidget(self.shown)
        self.shown.setVisible(self.combo is None)  # a picker shows its value itself
        box.addWidget(self.clear_button)
        box.addStretch(1)
        self._add_editor(holder)
        self._show_value()

    # ----- choosing ---------------------------------------------------------------------------------
    def _slid(self, action: int) -> None:
        # Emitted for keys and clicks before the value moves; sliderPosition is already the new one.
        if action == QAbstractSlider.SliderAction.SliderMove.value or self.slider is None:
            return  # a drag: answered on release
        self._choose(number_text(self.steps[self.slider.sliderPosition()]))

    def _dragged(self, index: int) -> None:
        if self.slider is not None and self.slider.isSliderDown():
            self.shown.setText(number_text(self.steps[index]))

    def _rated(self, rating: int) -> None:
        positive = [v for v in self.steps if v > 0] or self.steps
        self._choose(number_text(positive[rating - 1]))

    def _choose(self, value: str) -> None:
        if self.read_only:
            self._show_value()
            return
        super()._choose(value)

    def _index(self) -> int | None:
        try:
            number = Decimal(self._value)
        except InvalidOperation:
            return None
        return next((i for i, v in enumerate(self.steps) if v == number), None)

    def _show_value(self) -> None:
        index = self._index() if self._value else None
        self.shown.setText(self._value if self._value else self.tr("No answer yet"))
        font = self.shown.font()
        font.setItalic(not self._value)
        font.setBold(bool(self._value))
        self.shown.setFont(font)
        if self.slider is not None:
            self.slider.blockSignals(True)
            self.slider.setValue(index if index is not None else 0)
            self.slider.blockSignals(False)
            self.slider.setAccessibleDescription(self._value or self.tr("No answer yet"))
        if self.combo is not None:
            found = self.combo.findData(self._value) if self._value else 0
            self.combo.setCurrentIndex(max(found, 0))
        if self.stars is not None:
            positive = [v for v in self.steps if v > 0] or self.steps
            rating = next((i + 1 for i, v in enumerate(positive) if index is not None and v == self.steps[index]), 0)
            self.stars.show_rating(rating)
        self.clear_button.setVisible(bool(self._value) and not self.read_only)

    # ----- what the renderer sets -------------------------------------------------------------------

    def set_read_only(self, read_only: bool) -> None:
        super().set_read_only(read_only)
        for w in (self.slider, self.combo, self.stars):
            if w is not None:
                w.setEnabled(not read_only)
        self._show_value()

    def focus_chain(self) -> list[QWidget]:
        editor: QWidget | None = self.slider or self.combo or self.stars
        return [*([editor] if editor is not None else []), self.clear_button]
