"""Question widgets of the form renderer (app/ui/forms/renderer.py): one widget per kind of question,
each a label, a hint, its editor and an inline message line.

A widget knows nothing of the form engine. The renderer gives it texts, choices and the stored
value, and hears `answered` when the person has finished an answer: on Return or on leaving the box
for typed answers, on each click for choices. Never per keystroke, because the engine recomputes
the whole form on every answer. A typed answer the person is still editing is never overwritten by
a refresh that another question's answer caused.
"""

from __future__ import annotations

import datetime as dt
from html import escape
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QDate, QEvent, QPoint, QRect, QRegularExpression, QSize, Qt, Signal
from PySide6.QtGui import (
    QColor,
    QFocusEvent,
    QKeyEvent,
    QKeySequence,
    QMouseEvent,
    QPainter,
    QPaintEvent,
    QPalette,
    QRegularExpressionValidator,
    QShortcut,
    QWheelEvent,
)
from PySide6.QtWidgets import (
    QAbstractButton,
    QButtonGroup,
    QCalendarWidget,
    QCheckBox,
    QComboBox,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QRadioButton,
    QSizePolicy,
    QStyle,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from app.forms.model import OSM_MEDIATYPE
from app.ui.case.widgets import DirectionalLineEdit, ShortTextEdit, follow_direction

if TYPE_CHECKING:
    from app.ui.forms.map_layer import MapTiles
    from app.ui.forms.media_widgets import AnswerFiles
    from app.ui.forms.osm_widgets import Location, TagField

# Widths in pixels: an answer box as wide as its answers usually are, so the eye finds the next
# question; labels wrap in the page column (renderer.PAGE_MAX_PX) instead.
EDITOR_MAX_PX = {"string": 560, "int": 160, "decimal": 180, "date": 150, "time": 110, "dateTime": 210}
MULTILINE_MAX_PX = 760
READ_ONLY_LABEL_PX = 300
COMBO_MAX_PX = 560
RADIO_MAX_CHOICES = 7  # more choices than this: a drop-down list, as ODK Collect's "minimal"
ROW_MAX_LABEL_CHARS = 14  # up to 3 choices this short (Yes / No / Don't know) sit on one line
GRID_MAX_LABEL_CHARS = 38  # many checkboxes go into two columns when their labels are this short
CHOICE_MAX_PX = 760  # a choice's text wraps at this width, or the page's if narrower
CHOICE_MIN_PX = 160
REQUIRED_MARK = '<span style="color:#b00020;">&nbsp;*</span>'  # rich text in a label, not a style sheet

# Typing is limited to the characters a value of the type can hold; whether it is a real number or
# date is the engine's call (it answers with a message, shown under the question).
_PATTERNS = {
    "int": r"-?\d{0,15}",
    "decimal": r"-?\d{0,15}([.,]\d{0,10})?",
    "date": r"[0-9-]{0,10}",
    "time": r"[0-9:.+Z-]{0,18}",
    "dateTime": r"[0-9T:.+Z -]{0,29}",
}


ERROR_COLOR = "#b00020"
WARNING_COLOR = "#8a5300"  # amber dark enough to read as text (about 6:1 on white)
WARNING_BAR_COLOR = "#d98e04"
NOTE_BAR_COLOR = "#6b8fc9"
BAR_PX = 3


# Colours come from palettes and a few paintEvents, not style sheets: a style sheet makes Qt polish
# every widget through QStyleSheetStyle, which made showing a five-person household page take a
# noticeable fraction of a second.
def muted_color(widget: QWidget) -> QColor:
    """A grey between the text and the background with enough contrast to read (palette(mid) is too
    faint for hints on the default light theme), following the theme rather than a fixed colour."""
    palette = widget.palette()
    text, back = palette.color(QPalette.ColorRole.WindowText), palette.color(QPalette.ColorRole.Window)
    mix = 0.42  # share of the background: about 4.5:1 contrast on light and dark themes
    rgb = zip((text.red(), text.green(), text.blue()), (back.red(), back.green(), back.blue()), strict=True)
    r, g, b = (round(t * (1 - mix) + k * mix) for t, k in rgb)
    return QColor(r, g, b)


def set_text_color(widget: QWidget, color: QColor | str) -> None:
    palette = widget.palette()
    palette.setColor(QPalette.ColorRole.WindowText, QColor(color))
    palette.setColor(QPalette.ColorRole.Text, QColor(color))
    widget.setPalette(palette)


class Line(QLabel):
    """A wrapped line of plain text: a hint (muted), a message (red) or a warning (amber); hidden
    while empty."""

    def __init__(self, kind: str = "error", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWordWrap(True)
        self.setTextFormat(Qt.TextFormat.PlainText)
        self.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Minimum)
        colors = {"error": ERROR_COLOR, "warning": WARNING_COLOR}
        set_text_color(self, colors.get(kind) or muted_color(self))
        if kind == "error":
            self.setAccessibleName(self.tr("Error"))
        elif kind == "warning":
            self.setAccessibleName(self.tr("Warning"))
        self.hide()

    def show_message(self, text: str) -> None:
        if self.text() != text:
            self.setText(text)
            follow_direction(self, text)
        self.setVisible(bool(text))


class QuestionWidget(QFrame):
    """Label, hint, the editor a subclass adds, and the inline message line."""

    answered = Signal(str)  # the answer as the engine takes it (select-multiple: values space-separated)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._problem = False
        self.label = QLabel()
        self.label.setWordWrap(True)
        self.label.setTextFormat(Qt.TextFormat.RichText)
        self.label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.label.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Minimum)
        font = self.label.font()
        font.setWeight(font.Weight.DemiBold)
        self.label.setFont(font)
        self.hint = Line("hint")
        self.message = Line("error")
        self._box = QVBoxLayout(self)
        self._box.setContentsMargins(8, 4, 0, 4)
        self._box.setSpacing(4)
        self._box.addWidget(self.label)
        self._box.addWidget(self.hint)
        self._texts: tuple[str, str, bool] | None = None
        self.read_only = False

    def _add_editor(self, editor: QWidget) -> None:
        self._box.addWidget(editor)
        self._box.addWidget(self.message)

    # ----- what the renderer sets -----------------------------------------------------------------
    def set_texts(self, label: str, hint: str, required: bool) -> None:
        if self._texts == (label, hint, required):
            return
        self._texts = (label, hint, required)
        html = escape(label).replace("\n", "<br>") + (REQUIRED_MARK if required else "")
        self.label.setText(html)
        follow_direction(self.label, label)
        self.label.setAccessibleDescription(self.tr("Required question") if required else "")
        self.hint.show_message(hint)
        self._name_editors()

    def _name_editors(self) -> None:
        """A box is named by the question; a choice button keeps its own name and is described by it."""
        if self._texts is None:
            return
        label, _, required = self._texts
        description = self.tr("Required question") if required else ""
        for editor in self.focus_chain():
            if isinstance(editor, (QRadioButton, QCheckBox)):
                editor.setAccessibleDescription(f"{label}. {description}".strip(". ") if description else label)
            elif not isinstance(editor, QAbstractButton):
                editor.setAccessibleName(label)
                editor.setAccessibleDescription(description)

    def set_problem(self, text: str) -> None:
        self.message.show_message(text)
        if self._problem != bool(text):
            self._problem = bool(text)
            self.update()

    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802 - Qt API
        super().paintEvent(event)
        if self._problem:  # a red bar down the left of a question that needs attention
            QPainter(self).fillRect(QRect(0, 0, BAR_PX, self.height()), QColor(ERROR_COLOR))

    def problem(self) -> str:
        return self.message.text() if not self.message.isHidden() else ""

    def set_value(self, value: str) -> None:
        raise NotImplementedError

    def set_choices(self, choices: list[tuple[str, str]]) -> bool:
        """Offer `choices` (questions with choices); True when the editors were rebuilt, so the tab
        order needs redoing. A question without choices ignores them."""
        return False

    def set_unoffered(self, values: list[str]) -> None:
        """The values of the answer that the choices do not offer now (engine `unoffered`): a
        question with choices says so; others have none."""

    def set_read_only(self, read_only: bool) -> None:
        self.read_only = read_only

    def reject(self, message: str) -> None:
        """The engine refused the answer: say why and keep what the person typed."""
        self.set_problem(message)

    def commit(self) -> None:
        """Hand over the answer in the editor if it changed (the renderer calls this before paging)."""

    def focus_chain(self) -> list[QWidget]:
        return []

    def focus_editor(self) -> None:
        chain = [w for w in self.focus_chain() if w.isEnabled() and not w.isHidden()]
        if chain:
            chain[0].setFocus(Qt.FocusReason.OtherFocusReason)


class HeldAnswerQuestion(QuestionWidget):
    """A question whose answer is held here as the engine's text and drawn by `_show_value`: the
    renderer's `set_value` redraws only on a change, `_choose` is a person's answer (told once)."""

    _value = ""

    def _show_value(self) -> None:
        raise NotImplementedError

    def set_value(self, value: str) -> None:
        if value != self._value:
            self._value = value
            self._show_value()

    def value(self) -> str:
        return self._value

    def _choose(self, value: str) -> None:
        if value == self._value:
            return
        self._value = value
        self._show_value()
        self.answered.emit(value)


def unoffered_text(names: list[str], *, read_only: bool) -> str:
    """The warning for answer values (`names`, quoted labels) the choices do not offer now. A
    question that can be answered asks to choose again; a read-only one (a submitted form, a
    read-only question) states the fact: nothing can be chosen or cleared there."""
    if not names:
        return ""
    many = len(names) > 1
    joined = ", ".join(names)
    if read_only:
        if many:
            return QCoreApplication.translate(
                "ChoiceQuestion", "The recorded answers {0} are not among the choices the form offers now."
            ).format(joined)
        return QCoreApplication.translate(
            "ChoiceQuestion", "The recorded answer {0} is not among the choices the form offers now."
        ).format(joined)
    if many:
        return QCoreApplication.translate(
            "ChoiceQuestion",
            "Your earlier answers {0} are not among the choices now (an earlier answer changed "
            "them). Choose again or clear them.",
        ).format(joined)
    return QCoreApplication.translate(
        "ChoiceQuestion",
        "Your earlier answer {0} is not among the choices now (an earlier answer changed them). "
        "Choose again or clear it.",
    ).format(joined)


class ChoiceQuestion(HeldAnswerQuestion):
    """A held answer picked from the choices the renderer offers. An answer the choices no longer
    offer (a later answer changed a choice filter) stays in the record, as JavaRosa (ODK Collect)
    keeps it, so a warning under the choices names it, with a control to clear it: a person must
    never have an answer the screen does not show. Choosing again or clearing removes the warning.
    A subclass calls `_remember(choices)` in `set_choices`, so the warning can give a label."""

    _own_clear = False  # True: the widget shows its own clear control while the warning is up

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._seen: dict[str, str] = {}  # value -> the last label it was offered with
        self._unoffered: list[str] = []
        self._warning: Line | None = None  # built the first time there is something to warn of
        self.unoffered_clear: QPushButton | None = None
        self.answered.connect(self._answered_again)

    def _remember(self, choices: list[tuple[str, str]]) -> None:
        self._seen.update((v, label) for v, label in choices if label)

    def set_unoffered(self, values: list[str]) -> None:
        if values != self._unoffered:
            self._unoffered = list(values)
            self._show_unoffered()

    def unoffered_warning(self) -> str:
        """The warning shown, or "" when none is."""
        return self._warning.text() if self._warning is not None and not self._warning.isHidden() else ""

    def _answered_again(self, value: str) -> None:
        # What the person chose keeps only the values still in it (a select-many's offered boxes
        # write the whole answer again, so a filtered-out value left with the first click).
        kept = [u for u in self._unoffered if u == value or u in value.split()]
        if kept != self._unoffered:
            self.set_unoffered(kept)

    def _show_unoffered(self) -> None:
        if self._warning is None:
            if not self._unoffered:
                return
            self._build_warning()
        assert self._warning is not None and self.unoffered_clear is not None
        names = [f"“{self._seen.get(v, v)}”" for v in self._unoffered]
        self._warning.show_message(unoffered_text(names, read_only=self.read_only))
        self.unoffered_clear.setText(
            self.tr("Clear earlier answer") if len(names) == 1 else self.tr("Clear earlier answers")
        )
        self.unoffered_clear.setVisible(bool(names) and not self._own_clear and not self.read_only)
        self._unoffered_changed()
        self.update()  # the bar beside the question

    def _build_warning(self) -> None:
        self._warning = Line("warning")
        self._warning.setAccessibleDescription(self.tr("The answer is kept until it is changed."))
        clear = QPushButton()
        clear.setAutoDefault(False)
        clear.setFlat(True)
        clear.setToolTip(self.tr("Remove from the answer what the choices no longer offer"))
        clear.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)
        clear.clicked.connect(self.clear_unoffered)
        clear.hide()
        self.unoffered_clear = clear
        at = self._box.indexOf(self.message)  # under the choices, above an error message
        self._box.insertWidget(at if at >= 0 else self._box.count(), self._warning)
        self._box.insertWidget(self._box.indexOf(self._warning) + 1, clear, 0, Qt.AlignmentFlag.AlignLeft)

    def clear_unoffered(self) -> None:
        """Take out of the answer the values the choices no longer offer (all of a select-one's)."""
        if self.read_only:
            return
        gone = set(self._unoffered)
        value = "" if self._value in gone else " ".join(v for v in self._value.split() if v not in gone)
        self._choose(value)

    def _unoffered_changed(self) -> None:
        """For a widget whose own controls follow the warning (a clear button)."""

    def set_read_only(self, read_only: bool) -> None:
        super().set_read_only(read_only)
        if self._warning is not None:
            self._show_unoffered()

    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802 - Qt API
        super().paintEvent(event)
        if self._unoffered and not self._problem:  # an amber bar: attention, not an error
            QPainter(self).fillRect(QRect(0, 0, BAR_PX, self.height()), QColor(WARNING_BAR_COLOR))


class _ChoiceLabel(QLabel):
    """The wrapping text of a choice button; a click on it is a click on the button."""

    def __init__(self, button: QAbstractButton) -> None:
        super().__init__()
        self._button = button
        self.setWordWrap(True)
        self.setTextFormat(Qt.TextFormat.PlainText)
        self.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Minimum)

    def sizeHint(self) -> QSize:  # noqa: N802 - Qt API
        # On one line when there is room (a word-wrapping QLabel asks for a narrow guess and wrapped
        # even "Single parent or caregiver"); the layout narrows it, and it wraps, when there is not.
        width = min(self.fontMetrics().horizontalAdvance(self.text()) + 1, CHOICE_MAX_PX)
        return QSize(width, self.heightForWidth(width))

    def minimumSizeHint(self) -> QSize:  # noqa: N802 - Qt API
        width = min(self.sizeHint().width(), CHOICE_MIN_PX)
        return QSize(width, self.heightForWidth(width))

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:  # noqa: N802 - Qt API
        if (
            event.button() == Qt.MouseButton.LeftButton
            and self._button.isEnabled()
            and self.rect().contains(event.position().toPoint())
        ):
            self._button.click()
            self._button.setFocus(Qt.FocusReason.MouseFocusReason)
        super().mouseReleaseEvent(event)


def _wrap_choice(button: QAbstractButton, label: QLabel, spacing: QStyle.PixelMetric) -> QWidget:
    """A choice whose text wraps at the page's width (a QRadioButton's or QCheckBox's own text never
    wraps: a long choice was cut off at the window's edge). The button shows only its indicator,
    as tall as the text's first line so the two line up."""
    row = QWidget()
    box = QHBoxLayout(row)
    box.setContentsMargins(0, 0, 0, 0)
    box.setSpacing(button.style().pixelMetric(spacing, None, button))
    button.setFixedSize(button.sizeHint().width(), max(button.sizeHint().height(), label.fontMetrics().height()))
    box.addWidget(button, 0, Qt.AlignmentFlag.AlignTop)
    box.addWidget(label, 1)
    return row


# The mixin below is always combined with a button class (ChoiceRadio, ChoiceCheck): for the checker it
# is one, at run time it adds nothing to the button's bases.
if TYPE_CHECKING:
    _Button = QAbstractButton
else:
    _Button = object


class _WrappingText(_Button):
    """For ChoiceRadio and ChoiceCheck: the button's text is a wrapping label beside it (see
    _wrap_choice). `text()` and `setText()` are the label's; the accessible name is the text, as for
    a plain button; the text looks disabled with the button."""

    label: _ChoiceLabel
    row: QWidget

    def _wrap_text(self, text: str, spacing: QStyle.PixelMetric) -> None:
        self.label = _ChoiceLabel(self)
        self.setText(text)
        self.row = _wrap_choice(self, self.label, spacing)

    def text(self) -> str:
        return self.label.text()

    def setText(self, text: str) -> None:  # noqa: N802 - Qt API
        self.label.setText(text)
        self.setAccessibleName(text)

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt API
        if event.type() == QEvent.Type.EnabledChange:
            self.label.setEnabled(self.isEnabled())
        super().changeEvent(event)


class ChoiceRadio(_WrappingText, QRadioButton):
    def __init__(self, text: str) -> None:
        QRadioButton.__init__(self)
        self._wrap_text(text, QStyle.PixelMetric.PM_RadioButtonLabelSpacing)


class ChoiceCheck(_WrappingText, QCheckBox):
    def __init__(self, text: str) -> None:
        QCheckBox.__init__(self)
        self._wrap_text(text, QStyle.PixelMetric.PM_CheckBoxLabelSpacing)


class NoteWidget(QLabel):
    """A note: text for the interviewer, wrapped, in a quiet box with a blue bar; no answer."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setContentsMargins(BAR_PX + 8, 6, 8, 6)
        self.setWordWrap(True)
        self.setTextFormat(Qt.TextFormat.PlainText)
        self.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Minimum)

    def set_note(self, text: str) -> None:
        if self.text() != text:
            self.setText(text)
            follow_direction(self, text)

    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802 - Qt API
        painter = QPainter(self)
        painter.fillRect(self.rect(), self.palette().color(QPalette.ColorRole.AlternateBase))
        painter.fillRect(QRect(0, 0, BAR_PX, self.height()), QColor(NOTE_BAR_COLOR))
        painter.end()
        super().paintEvent(event)


class ReadOnlyQuestion(QuestionWidget):
    """A question whose answer is shown, not asked: read-only, calculated, or an old submission.
    Label and answer share a row, so consecutive ones read as a table. No required mark (nothing
    to do about it); hints only while the form is being filled (`with_hint`)."""

    def __init__(self, *, with_hint: bool = True, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.with_hint = with_hint
        self.value = QLabel()
        self.value.setWordWrap(True)
        self.value.setTextFormat(Qt.TextFormat.PlainText)
        self.value.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.value.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)
        self.value.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignAbsolute)
        self.label.setFixedWidth(READ_ONLY_LABEL_PX)
        self.label.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        self.read_only = True
        self._box.removeWidget(self.label)
        row = QHBoxLayout()
        row.setContentsMargins(0, 0, 0, 0)
        row.setSpacing(16)
        row.addWidget(self.label, 0, Qt.AlignmentFlag.AlignTop)
        row.addWidget(self.value, 1, Qt.AlignmentFlag.AlignTop)
        self._box.insertLayout(0, row)
        self._unoffered: list[str] = []
        self._warning: Line | None = None  # built the first time there is something to say
        self._box.addWidget(self.message)

    def set_texts(self, label: str, hint: str, required: bool) -> None:
        super().set_texts(label, hint if self.with_hint else "", False)

    def set_unoffered(self, values: list[str]) -> None:
        """A choice answer the form's choices no longer offer (a submission viewed after its
        filter changed): said as a fact under the answer, with no control to change it."""
        if values == self._unoffered:
            return
        self._unoffered = list(values)
        if self._warning is None:
            if not values:
                return
            self._warning = Line("warning")
            self._box.insertWidget(self._box.indexOf(self.message), self._warning)
        self._warning.show_message(unoffered_text([f"“{v}”" for v in values], read_only=True))
        self.update()

    def unoffered_warning(self) -> str:
        """The warning shown, or "" when none is."""
        return self._warning.text() if self._warning is not None and not self._warning.isHidden() else ""

    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802 - Qt API
        super().paintEvent(event)
        if self._unoffered and not self._problem:  # an amber bar, as under a question with choices
            QPainter(self).fillRect(QRect(0, 0, BAR_PX, self.height()), QColor(WARNING_BAR_COLOR))

    def set_value(self, value: str) -> None:
        """`value` as a person reads it (choice labels, not codes)."""
        text = value if value else self.tr("Not recorded")
        if self.value.text() != text:
            # Left-aligned whatever the script, next to its label (the bidi algorithm still lays out
            # an Arabic answer right to left within itself).
            self.value.setText(text)
            set_text_color(
                self.value, self.palette().color(QPalette.ColorRole.WindowText) if value else muted_color(self)
            )
            font = self.value.font()
            font.setItalic(not value)
            self.value.setFont(font)


# ----- typed answers ------------------------------------------------------------------------------
class _CommitLineEdit(DirectionalLineEdit):
    """Return hands the answer over and goes no further: in a dialog it would otherwise press the
    default button (closing the form, or worse). Alt+Down or F4 asks for the calendar."""

    popup_requested = Signal()

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 - Qt API
        if event.key() == Qt.Key.Key_F4 or (
            event.key() == Qt.Key.Key_Down and event.modifiers() & Qt.KeyboardModifier.AltModifier
        ):
            self.popup_requested.emit()
            return
        super().keyPressEvent(event)
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            event.accept()


class _CommitTextEdit(ShortTextEdit):
    left = Signal()

    def focusOutEvent(self, event: QFocusEvent) -> None:  # noqa: N802 - Qt API
        super().focusOutEvent(event)
        if event.reason() != Qt.FocusReason.PopupFocusReason:
            self.left.emit()


class _CalendarPopup(QCalendarWidget):
    """The calendar under a date box; Escape or a click elsewhere closes it."""

    picked = Signal(QDate)

    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent)
        self.setWindowFlags(Qt.WindowType.Popup)
        self.setGridVisible(False)
        self.setVerticalHeaderFormat(QCalendarWidget.VerticalHeaderFormat.NoVerticalHeader)
        self.clicked.connect(self._pick)
        self.activated.connect(self._pick)
        QShortcut(QKeySequence(Qt.Key.Key_Escape), self).activated.connect(self.close)

    def _pick(self, date: QDate) -> None:
        self.close()
        self.picked.emit(date)


class TextQuestion(QuestionWidget):
    """Text, whole number, decimal, date, time or date and time, typed in one box (or, for the
    "multiline" appearance, a few lines). Blank is always possible, unlike QSpinBox/QDateEdit."""

    def __init__(self, data_type: str, *, multiline: bool = False, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.data_type = data_type if data_type in EDITOR_MAX_PX else "string"
        self._shown: str | None = ""  # the editor text as last displayed or handed over
        self.edit: QLineEdit | None = None
        self.text_edit: _CommitTextEdit | None = None
        self.buttons: list[QAbstractButton] = []
        self._calendar: _CalendarPopup | None = None
        row = QWidget()
        line = QHBoxLayout(row)
        line.setContentsMargins(0, 0, 0, 0)
        line.setSpacing(4)
        if multiline and self.data_type == "string":
            self.text_edit = _CommitTextEdit(lines=4)
            self.text_edit.setMaximumWidth(MULTILINE_MAX_PX)
            self.text_edit.left.connect(self.commit)
            line.addWidget(self.text_edit, 1)
        else:
            edit = _CommitLineEdit()
            self.edit = edit
            edit.setMaximumWidth(EDITOR_MAX_PX[self.data_type])
            if self.data_type in _PATTERNS:
                edit.setValidator(QRegularExpressionValidator(QRegularExpression(_PATTERNS[self.data_type]), edit))
            placeholder = {
                "date": self.tr("YYYY-MM-DD"),
                "time": self.tr("HH:MM"),
                "dateTime": self.tr("YYYY-MM-DD HH:MM"),
            }.get(self.data_type, "")
            edit.setPlaceholderText(placeholder)
            edit.editingFinished.connect(self.commit)
            line.addWidget(edit, 1)
            if self.data_type in ("date", "dateTime"):
                pick = QToolButton()
                pick.setText(self.tr("Calendar…"))
                pick.setToolTip(self.tr("Choose the date from a calendar (Alt+Down)"))
                pick.setAccessibleName(self.tr("Choose the date from a calendar"))
                pick.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
                pick.clicked.connect(self.open_calendar)
                edit.popup_requested.connect(self.open_calendar)
                self.buttons.append(pick)
                line.addWidget(pick)
            if self.data_type in ("time", "dateTime"):
                now = QToolButton()
                now.setText(self.tr("Now"))
                now.setToolTip(self.tr("Fill in the current time"))
                now.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
                now.clicked.connect(self.fill_now)
                self.buttons.append(now)
                line.addWidget(now)
        line.addStretch(0)
        self._add_editor(row)

    # ----- the editor's text and the engine's value ------------------------------------------------
    def _raw(self) -> str:
        if self.text_edit is not None:
            return self.text_edit.toPlainText()
        assert self.edit is not None
        return self.edit.text()

    def _set_raw(self, text: str) -> None:
        if self.text_edit is not None:
            self.text_edit.setPlainText(text)
        else:
            assert self.edit is not None
            self.edit.setText(text)
            self.edit.setCursorPosition(0)

    def _to_value(self, raw: str) -> str:
        text = raw.strip()
        if self.data_type == "decimal":
            text = text.replace(",", ".")  # a decimal comma, as typed in most of the world
        elif self.data_type == "dateTime" and "T" not in text and " " in text:
            text = text.replace(" ", "T", 1)
        # Stored with seconds, as ODK stores times; people type and read hours and minutes.
        if self.data_type == "time" and len(text) == 5 and text[2:3] == ":":
            text += ":00"
        elif self.data_type == "dateTime" and len(text) == 16 and text[13:14] == ":":
            text += ":00"
        return text

    def _to_display(self, value: str) -> str:
        return shown_time(self.data_type, value)

    def editing(self) -> bool:
        """The person has typed something not yet handed over (or the engine refused it)."""
        return self._raw() != self._shown

    def set_value(self, value: str) -> None:
        if self.editing():
            return  # never overwrite what the person is typing
        display = self._to_display(value)
        if self._raw() != display:
            self._set_raw(display)
        self._shown = display

    def commit(self) -> None:
        raw = self._raw()
        if raw == self._shown:
            return
        self._shown = raw
        self.answered.emit(self._to_value(raw))

    def reject(self, message: str) -> None:
        super().reject(message)
        self._shown = None  # the text stays, and counts as not handed over

    def set_read_only(self, read_only: bool) -> None:
        super().set_read_only(read_only)
        if self.edit is not None:
            self.edit.setReadOnly(read_only)
        if self.text_edit is not None:
            self.text_edit.setReadOnly(read_only)
        for button in self.buttons:
            button.setVisible(not read_only)

    def focus_chain(self) -> list[QWidget]:
        # (Exactly one of text_edit and edit is made, in __init__.)
        editor: QWidget = self.text_edit if self.text_edit is not None else self.edit  # type: ignore[assignment]
        return [editor, *self.buttons]

    # ----- helpers ----------------------------------------------------------------------------------
    def open_calendar(self) -> None:
        if self.edit is None or self.read_only:
            return
        if self._calendar is None:
            self._calendar = _CalendarPopup(self)
            self._calendar.picked.connect(self._picked)
        date = QDate.fromString(self.edit.text().strip()[:10], "yyyy-MM-dd")
        self._calendar.setSelectedDate(date if date.isValid() else QDate.currentDate())
        anchor = self.buttons[0] if self.buttons else self.edit
        pos = anchor.mapToGlobal(QPoint(0, anchor.height()))
        screen = anchor.screen().availableGeometry() if anchor.screen() is not None else None
        size = self._calendar.sizeHint()
        if screen is not None:
            pos.setX(max(screen.left(), min(pos.x(), screen.right() - size.width())))
            if pos.y() + size.height() > screen.bottom():
                pos.setY(anchor.mapToGlobal(QPoint(0, 0)).y() - size.height())
        self._calendar.move(pos)
        self._calendar.show()
        self._calendar.setFocus(Qt.FocusReason.PopupFocusReason)

    def _picked(self, date: QDate) -> None:
        assert self.edit is not None
        text = date.toString("yyyy-MM-dd")
        if self.data_type == "dateTime":
            rest = self._to_display(self.edit.text().strip())[10:].strip()
            text = f"{text} {rest or '00:00'}"
        self.edit.setText(text)
        self.edit.setFocus(Qt.FocusReason.OtherFocusReason)
        self.commit()

    def fill_now(self) -> None:
        if self.edit is None or self.read_only:
            return
        now = dt.datetime.now()
        self.edit.setText(now.strftime("%H:%M") if self.data_type == "time" else now.strftime("%Y-%m-%d %H:%M"))
        self.commit()


# ----- choices ------------------------------------------------------------------------------------
class QuietComboBox(QComboBox):
    """A combo box that leaves the mouse wheel to the page unless it has the focus: scrolling a long
    form must not change answers under the pointer."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)

    def wheelEvent(self, event: QWheelEvent) -> None:  # noqa: N802 - Qt API
        if self.hasFocus():
            super().wheelEvent(event)
        else:
            event.ignore()


class SelectOneQuestion(ChoiceQuestion):
    """Radio buttons for a few choices, a drop-down list for many (or the "minimal" appearance).
    The list is rebuilt when a choice filter changes what is offered."""

    _own_clear = True

    def __init__(self, appearance: str = "", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.appearance = appearance
        self._choices: list[tuple[str, str]] = []
        self._value = ""
        self.mode = ""
        self.radios: list[ChoiceRadio] = []
        self.group: QButtonGroup | None = None
        self.combo: QuietComboBox | None = None
        self._holder = QWidget()
        self._holder_box = QVBoxLayout(self._holder)
        self._holder_box.setContentsMargins(0, 0, 0, 0)
        self._content: QWidget | None = None
        self._row = False
        self.clear_button = QPushButton(self.tr("Clear answer"))
        self.clear_button.setAutoDefault(False)
        self.clear_button.setFlat(True)
        self.clear_button.setToolTip(self.tr("Leave this question unanswered"))
        self.clear_button.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)
        self.clear_button.clicked.connect(lambda: self._choose(""))
        self.clear_button.hide()
        self._optional = True
        self._add_editor(self._holder)
        self._build("radio")  # empty until the renderer offers the choices

    def set_texts(self, label: str, hint: str, required: bool) -> None:
        self._optional = not required
        super().set_texts(label, hint, required)
        self._update_clear()

    def set_choices(self, choices: list[tuple[str, str]]) -> bool:
        """Offer `choices`; True when the buttons were rebuilt (the tab order needs redoing)."""
        self._remember(choices)
        if choices == self._choices and self.mode:
            return False
        mode = "combo" if "minimal" in self.appearance or len(choices) > RADIO_MAX_CHOICES else "radio"
        same_values = [v for v, _ in choices] == [v for v, _ in self._choices]
        if same_values and mode == self.mode and (mode == "combo" or self._row_layout(choices) == self._row):
            self._relabel(choices)
            return False
        self._choices = list(choices)
        self._build(mode)
        self._show_value()
        return True

    def _row_layout(self, choices: list[tuple[str, str]]) -> bool:
        return "horizontal" in self.appearance or (
            len(choices) <= 3 and all(len(label) <= ROW_MAX_LABEL_CHARS for _, label in choices)
        )

    def _relabel(self, choices: list[tuple[str, str]]) -> None:
        self._choices = list(choices)
        if self.mode == "radio":
            for button, (_, label) in zip(self.radios, choices, strict=True):
                button.setText(label)
        elif self.combo is not None:
            for i, (_, label) in enumerate(choices, start=1):
                self.combo.setItemText(i, label)
            self.combo.setItemText(0, self.tr("Choose…"))

    def _build(self, mode: str) -> None:
        if self._content is not None:
            self._holder_box.removeWidget(self._content)
            self._content.hide()
            self._content.deleteLater()  # may be inside its own click handler
        self.radios, self.group, self.combo = [], None, None
        self.mode = mode
        content = QWidget()
        self._row = self._row_layout(self._choices)
        box: QHBoxLayout | QVBoxLayout = QHBoxLayout(content) if self._row or mode == "combo" else QVBoxLayout(content)
        box.setContentsMargins(0, 0, 0, 0)
        box.setSpacing(16 if self._row else 2)
        if not self._choices:
            box.addWidget(_muted_line(self.tr("No choices fit the answers given so far.")))
        if mode == "radio":
            self.group = QButtonGroup(content)
            for value, label in self._choices:
                button = ChoiceRadio(label)
                button.setProperty("value", value)
                self.group.addButton(button)
                self.radios.append(button)
                box.addWidget(button.row, 0 if self._row else 1)
            self.group.buttonClicked.connect(lambda b: self._choose(str(b.property("value"))))
        else:
            combo = QuietComboBox()
            combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
            combo.setMinimumContentsLength(24)
            combo.setMaximumWidth(COMBO_MAX_PX)
            combo.addItem(self.tr("Choose…"), "")
            for value, label in self._choices:
                combo.addItem(label, value)
            combo.activated.connect(lambda i: self._choose(str(combo.itemData(i) or "")))
            self.combo = combo
            box.addWidget(combo, 1)
        if self._row or mode == "combo":
            box.addWidget(self.clear_button)
            box.addStretch(1)
        else:
            box.addWidget(self.clear_button, 0, Qt.AlignmentFlag.AlignLeft)
        self._holder_box.addWidget(content)
        self._content = content
        self._name_editors()
        self.set_read_only(self.read_only)

    def _show_value(self) -> None:
        if self.group is not None:
            self.group.setExclusive(False)  # an exclusive group cannot uncheck its last button
            for button in self.radios:
                button.setChecked(button.property("value") == self._value)
            self.group.setExclusive(True)
        elif self.combo is not None:
            index = self.combo.findData(self._value) if self._value else 0
            # An answer no longer offered (a choice filter changed) is not a choice to show as one:
            # "Choose…", and the warning under the list names it.
            self.combo.setCurrentIndex(max(index, 0))
        self._update_clear()

    def _unoffered_changed(self) -> None:
        self._update_clear()

    def _update_clear(self) -> None:
        # A required question too can clear an answer its choices no longer offer.
        clearable = self._optional or bool(self._unoffered)
        self.clear_button.setVisible(bool(self._value) and clearable and not self.read_only)

    def set_read_only(self, read_only: bool) -> None:
        super().set_read_only(read_only)
        for button in self.radios:
            button.setEnabled(not read_only)
        if self.combo is not None:
            self.combo.setEnabled(not read_only)
        self._update_clear()

    def focus_chain(self) -> list[QWidget]:
        editors: list[QWidget] = list(self.radios) if self.mode == "radio" else [self.combo] if self.combo else []
        return [*editors, self.clear_button]

    def focus_editor(self) -> None:
        checked = next((b for b in self.radios if b.isChecked()), None)
        if checked is not None:
            checked.setFocus(Qt.FocusReason.OtherFocusReason)
        else:
            super().focus_editor()


class SelectManyQuestion(ChoiceQuestion):
    """Checkboxes, in two columns when there are many short ones; each click is an answer."""

    def __init__(self, appearance: str = "", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.appearance = appearance
        self._choices: list[tuple[str, str]] = []
        self._value = ""
        self.boxes: list[ChoiceCheck] = []
        self._holder = QWidget()
        self._holder_box = QVBoxLayout(self._holder)
        self._holder_box.setContentsMargins(0, 0, 0, 0)
        self._content: QWidget | None = None
        self._add_editor(self._holder)

    def set_choices(self, choices: list[tuple[str, str]]) -> bool:
        self._remember(choices)
        if choices == self._choices and self._content is not None:
            return False
        if [v for v, _ in choices] == [v for v, _ in self._choices] and self._content is not None:
            self._choices = list(choices)
            for box, (_, label) in zip(self.boxes, choices, strict=True):
                box.setText(label)
            return False
        self._choices = list(choices)
        if self._content is not None:
            self._holder_box.removeWidget(self._content)
            self._content.hide()
            self._content.deleteLater()
        content = QWidget()
        grid = QGridLayout(content)
        grid.setContentsMargins(0, 0, 0, 0)
        grid.setHorizontalSpacing(24)
        grid.setVerticalSpacing(2)
        n = len(choices)
        if "horizontal" in self.appearance:
            columns = max(1, min(n, 4))
        elif n > RADIO_MAX_CHOICES and all(len(label) <= GRID_MAX_LABEL_CHARS for _, label in choices):
            columns = 2
        else:
            columns = 1
        rows = max(1, (n + columns - 1) // columns)
        self.boxes = []
        if not choices:
            grid.addWidget(_muted_line(self.tr("No choices fit the answers given so far.")), 0, 0)
        for i, (value, label) in enumerate(choices):
            box = ChoiceCheck(label)
            box.setProperty("value", value)
            box.clicked.connect(self._toggled)
            self.boxes.append(box)
            grid.addWidget(box.row, i % rows, i // rows)  # down the first column, then the next
        # One column: the choices take the page's width (their text wraps there). Several: short
        # labels, kept together on the left.
        grid.setColumnStretch(0 if columns == 1 else columns, 1)
        self._holder_box.addWidget(content)
        self._content = content
        self._name_editors()
        self.set_read_only(self.read_only)
        self._show_value()
        return True

    def _toggled(self) -> None:
        value = " ".join(str(b.property("value")) for b in self.boxes if b.isChecked())
        if value != self._value:
            self._value = value
            self.answered.emit(value)

    def _show_value(self) -> None:
        chosen = set(self._value.split())
        for box in self.boxes:
            box.setChecked(box.property("value") in chosen)

    def set_read_only(self, read_only: bool) -> None:
        super().set_read_only(read_only)
        for box in self.boxes:
            box.setEnabled(not read_only)

    def focus_chain(self) -> list[QWidget]:
        return list(self.boxes)


def shown_time(data_type: str, value: str) -> str:
    """A stored time as the interviewer reads it: the laptop's wall clock, without the
    milliseconds and zone ODK stores (`2026-11-25T14:15:00.000Z` reads `2026-11-25 09:15` in New
    York), seconds only when there are some. Other types, and text that is not a time, as they are."""
    if data_type == "dateTime" and "T" in value:
        try:
            moment = dt.datetime.fromisoformat(value)
        except ValueError:
            return value.replace("T", " ", 1)
        if moment.tzinfo is not None:
            moment = moment.astimezone().replace(tzinfo=None)
        return moment.strftime("%Y-%m-%d %H:%M" if moment.second == 0 else "%Y-%m-%d %H:%M:%S")
    if data_type == "time" and value:
        try:
            clock = dt.time.fromisoformat(value)
        except ValueError:
            return value
        if clock.tzinfo is not None:  # the offset of today, as the engine stored it
            clock = dt.datetime.combine(dt.date.today(), clock).astimezone().time()
        return clock.strftime("%H:%M" if clock.second == 0 else "%H:%M:%S")
    return value


def _muted_line(text: str) -> QLabel:
    label = QLabel(text)
    label.setWordWrap(True)
    set_text_color(label, muted_color(label))
    return label


def make_question(
    data_type: str,
    kind: str,
    appearance: str,
    *,
    bounds: tuple[str, str, str] = ("", "", ""),
    mediatype: str = "",
    max_pixels: int | None = None,
    files: AnswerFiles | None = None,
    maps: MapTiles | None = None,
    osm_tags: list[TagField] | None = None,
    location: Location | None = None,
) -> QuestionWidget:
    """The editing widget for a question of control `kind` (input | select1 | select | range | rank
    | trigger | upload) of XForm type `data_type`, shown as `appearance` asks (XLSForm's words).
    `bounds` are a range's start, end and step as the form writes them; an upload's `mediatype`
    ("image/*", …) and `max_pixels` say what it takes, `files` is where its files go; an `osm`
    upload ("osm/*") edits `osm_tags` and places a new feature at `location()`."""
    # Imported here: those modules build on this one's QuestionWidget.
    from app.ui.forms import barcode, choice_widgets, geo_widgets, media_widgets, osm_widgets, range_widgets

    words = appearance.split()
    if kind == "upload" and mediatype.strip().lower() == OSM_MEDIATYPE:
        return osm_widgets.OsmQuestion(osm_tags or [], files=files, location=location)
    if kind == "upload":
        return media_widgets.MediaQuestion(
            media_widgets.media_kind(mediatype, appearance),
            appearance=appearance,
            mediatype=mediatype,
            max_pixels=max_pixels,
            files=files,
        )
    if kind == "range":
        return range_widgets.RangeQuestion(*bounds, appearance=appearance)
    if kind == "rank":
        return choice_widgets.RankQuestion()
    if kind == "trigger":
        return choice_widgets.AcknowledgeQuestion()
    if kind in ("select1", "select"):
        many = kind == "select"
        if "label" in words:
            return choice_widgets.ChoiceHeaderQuestion()
        if "list-nolabel" in words or (not many and "likert" in words):
            return choice_widgets.ChoiceGridQuestion(appearance, many=many)
        if any(w == "columns-pack" or w.startswith("columns") for w in words):
            return choice_widgets.ChoiceGridQuestion(appearance, many=many)
        if many and "minimal" in words:
            return choice_widgets.SelectManyMinimalQuestion()
        if not many and "autocomplete" in words:
            return choice_widgets.AutocompleteQuestion()
        return SelectManyQuestion(appearance) if many else SelectOneQuestion(appearance)
    if data_type == "geopoint":
        return geo_widgets.GeoPointQuestion(maps=maps)
    if data_type in ("geotrace", "geoshape"):
        return geo_widgets.GeoPointsQuestion(data_type, maps=maps)
    if data_type == "barcode":
        return barcode.BarcodeQuestion()
    return TextQuestion(data_type, multiline="multiline" in appearance)
