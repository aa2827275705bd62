"""Small widgets the case screen's forms share: inline error and notice lines, vocabulary combos,
text boxes that follow the direction of their text, and reading a service error's field.
"""

from __future__ import annotations

import re

from PySide6.QtCore import QSize, Qt
from PySide6.QtWidgets import QComboBox, QLabel, QLineEdit, QPlainTextEdit, QSizePolicy, QWidget

from app.errors import Message, message_of
from app.models.fields import FIELD_PROBLEM
from app.ui.case.labels import is_right_to_left
from app.ui.i18n import service_text

# Service validation messages name the field first: "person.dob: '1988-13-01' is not a real …".
_FIELD_ERROR = re.compile(r"^(?P<where>[a-z_]+)\.(?P<field>[a-z_]+): (?P<text>.+)$", re.DOTALL)
_FIELD_PATH = re.compile(r"^(?P<where>[a-z_]+)\.(?P<field>[a-z_]+)$")


def split_field_error(error: BaseException | str, where: str) -> tuple[str | None, str]:
    """(field, the problem in the interface language) for an error naming "<where>.<field>";
    (None, the whole message in the interface language) otherwise."""
    message = message_of(error)
    field: str | None = None
    problem: Message | None = None
    params = message.params
    if message.template == FIELD_PROBLEM and params.get("where") == where:
        field, problem = str(params.get("field")), params.get("problem")
    elif message.template == "{where}: {problem}":  # a field rule's problem in a message not yet converted
        path = _FIELD_PATH.match(str(params.get("where")))
        if path is not None and path.group("where") == where:
            field, problem = path.group("field"), params.get("problem")
    else:
        match = _FIELD_ERROR.match(str(error).strip())
        if match is not None and match.group("where") == where:
            field, problem = match.group("field"), Message(match.group("text").strip())
    if field is None or problem is None:
        return None, service_text(error)
    text = service_text(problem)
    return field, text[:1].upper() + text[1:]


class MessageLine(QLabel):
    """A wrapped line under a field or at the top of a form; hidden while empty."""

    STYLES = {
        "error": "color: #b00020;",
        "notice": "background: #fff4ce; border: 1px solid #e0c060; border-radius: 3px; padding: 4px 6px;",
        "hint": "color: palette(mid);",
    }

    def __init__(self, kind: str = "error", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.kind = kind
        self.setWordWrap(True)
        self.setTextFormat(Qt.TextFormat.PlainText)
        self.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.setStyleSheet(self.STYLES[kind])
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Minimum)
        if kind == "error":
            self.setAccessibleName(self.tr("Error"))
        self.hide()

    def show_message(self, text: str) -> None:
        self.setText(text)
        self.setVisible(bool(text))

    def clear_message(self) -> None:
        self.show_message("")


class ChoiceCombo(QComboBox):
    """A combo over a vocabulary: shows labels, returns codes; optional empty choice."""

    def __init__(self, labels: dict[str, str], *, allow_empty: bool = False, empty_label: str = "") -> None:
        super().__init__()
        self.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.setMinimumContentsLength(10)
        if allow_empty:
            self.addItem(empty_label or "—", None)
        for code, text in labels.items():
            self.addItem(text, code)

    def code(self) -> str | None:
        value = self.currentData()
        return None if value is None else str(value)

    def set_code(self, code: str | None) -> None:
        index = self.findData(code)
        if index < 0 and code is not None:
            # A value outside the vocabulary (old data, another device's version): keep it visible.
            self.addItem(code, code)
            index = self.count() - 1
        self.setCurrentIndex(max(index, 0))


class DirectionalLineEdit(QLineEdit):
    """A text box whose layout direction follows its text: Arabic is typed and shown right-aligned,
    Latin, Cyrillic and Ethiopic left-aligned."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.textChanged.connect(self._follow_direction)

    def _follow_direction(self, text: str) -> None:
        rtl = is_right_to_left(text)
        self.setLayoutDirection(Qt.LayoutDirection.RightToLeft if rtl else Qt.LayoutDirection.LeftToRight)


def follow_direction(label: QLabel, text: str) -> None:
    """Right-align a label that shows right-to-left text (set after setText)."""
    if is_right_to_left(text):
        label.setLayoutDirection(Qt.LayoutDirection.RightToLeft)
        label.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignAbsolute)
    else:
        label.setLayoutDirection(Qt.LayoutDirection.LeftToRight)
        label.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignAbsolute)


class ShortTextEdit(QPlainTextEdit):
    """A few lines of free text that ask for only those lines' height (QPlainTextEdit's own size
    hint is a tall box whatever its maximum height)."""

    def __init__(self, text: str = "", lines: int = 3) -> None:
        super().__init__(text)
        self.lines = lines
        self.setTabChangesFocus(True)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)

    def sizeHint(self) -> QSize:  # noqa: N802 - Qt API
        margins = self.contentsMargins()
        height = self.fontMetrics().lineSpacing() * self.lines + margins.top() + margins.bottom() + 8
        return QSize(super().sizeHint().width(), height)

    def minimumSizeHint(self) -> QSize:  # noqa: N802 - Qt API
        return self.sizeHint()
