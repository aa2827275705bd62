"""Form pieces shared by the first-run pages: inline error labels and the new-password pair.

The password rules are the store's (app/store/keyslots.py: length, blocklist); this module only
shows their messages next to the field they are about, as the person types.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import (
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QProgressBar,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from app.errors import WeakPassword
from app.services.workspaces import MIN_PASSWORD_CHARS, check_password_strength
from app.ui.i18n import service_text
from app.ui.unlock.caps_lock import CapsLockWarning


class Form(QGridLayout):
    """Label / field rows with notes and error lines under the fields.

    A grid rather than QFormLayout on purpose: QFormLayout gives word-wrapped labels the height
    they would need at a narrower width once rows appear and disappear (measured here: every
    wrapped line doubled), which leaves gaps all over a form whose errors come and go. A grid
    sizes them right, and a row whose widgets are hidden takes no space.
    """

    def __init__(self) -> None:
        super().__init__()
        self.setContentsMargins(0, 0, 0, 0)
        self.setColumnStretch(1, 1)
        self._row = 0

    def add_text(self, widget: QWidget) -> None:
        """A row across both columns (headings, explanations)."""
        self.addWidget(widget, self._row, 0, 1, 2)
        self._row += 1

    def add_row(self, label: str, field: QWidget, buddy: QWidget | None = None) -> QLabel:
        """A labelled field; '&' in `label` gives the mnemonic that focuses `buddy` (or `field`)."""
        caption = QLabel(label)
        caption.setBuddy(buddy or field)
        self.addWidget(caption, self._row, 0, Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        self.addWidget(field, self._row, 1)
        self._row += 1
        return caption

    def add_under(self, widget: QWidget) -> None:
        """A row in the field column (notes, errors, warnings)."""
        self.addWidget(widget, self._row, 1)
        self._row += 1

    def finish(self) -> None:
        """Extra height goes below the last row, never between rows."""
        self.setRowStretch(self._row, 1)


class FieldError(QLabel):
    """A message under a form field, or under a page: hidden (taking no space) when empty."""

    def __init__(self) -> None:
        super().__init__()
        self.setWordWrap(True)
        self.setStyleSheet("color: #a40000")
        self.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.hide()

    def show_error(self, text: str) -> None:
        self.setText(text)
        self.setVisible(bool(text))


def note(text: str) -> QLabel:
    label = QLabel(text)
    label.setWordWrap(True)
    label.setForegroundRole(QPalette.ColorRole.PlaceholderText)
    return label


def add_field(form: Form, label: str, field: QWidget, hint: str = "", buddy: QWidget | None = None) -> FieldError:
    """Add `field` with its label (mnemonic from '&'), an optional hint and an error line."""
    form.add_row(label, field, buddy)
    if hint:
        form.add_under(note(hint))
    error = FieldError()
    form.add_under(error)
    return error


class NewPassword(QObject):
    """Password + repeat with inline checks: long enough, not weak, the two the same.

    Messages appear as soon as they are useful, not while the first characters are typed: the
    "too short" message once the first field loses focus or a submit is tried, "do not match"
    once the repeat is as long as the password.
    """

    def __init__(self, form: Form, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.password = QLineEdit()
        self.repeat = QLineEdit()
        for field in (self.password, self.repeat):
            field.setEchoMode(QLineEdit.EchoMode.Password)
            field.setInputMethodHints(Qt.InputMethodHint.ImhSensitiveData | Qt.InputMethodHint.ImhHiddenText)
        self.password.setObjectName("newPassword")
        self.repeat.setObjectName("repeatPassword")
        self.password_error = add_field(
            form,
            self.tr("&Password:"),
            self.password,
            self.tr("At least %n character(s); a passphrase of unrelated words is best.", "", MIN_PASSWORD_CHARS),
        )
        self.repeat_error = add_field(form, self.tr("&Repeat password:"), self.repeat)
        self.caps_warning = CapsLockWarning(self.password, self.repeat)
        form.add_under(self.caps_warning)
        self._tried = False
        self.password.textChanged.connect(self._live)
        self.repeat.textChanged.connect(self._live)
        self.password.editingFinished.connect(self._left_password)

    def value(self) -> str | None:
        """The password if both fields are acceptable; otherwise None, with the reasons shown."""
        self._tried = True
        return self._check(show_short=True)

    def show_store_error(self, exc: WeakPassword) -> None:
        self.password_error.show_error(service_text(exc))
        self.password.setFocus()
        self.password.selectAll()

    def set_enabled(self, enabled: bool) -> None:
        self.password.setEnabled(enabled)
        self.repeat.setEnabled(enabled)

    def _left_password(self) -> None:
        if self.password.text():
            self._tried = True
            self._check(show_short=True)

    def _live(self) -> None:
        self._check(show_short=self._tried)

    def _check(self, *, show_short: bool) -> str | None:
        text, again = self.password.text(), self.repeat.text()
        problem = ""
        try:
            check_password_strength(text)
        except WeakPassword as exc:
            problem = service_text(exc)
        if len(text) < MIN_PASSWORD_CHARS and not show_short:
            self.password_error.show_error("")
        else:
            self.password_error.show_error(problem)
        mismatch = bool(again) and again != text and (len(again) >= len(text) or show_short and self._tried)
        if not again and self._tried and text and not problem:
            self.repeat_error.show_error(self.tr("Type the password again."))
        else:
            self.repeat_error.show_error(self.tr("The two passwords are not the same.") if mismatch else "")
        if problem or not again or again != text:
            return None
        return text


def scrolling(content: QWidget) -> QScrollArea:
    """`content` in a frameless scroll area: long translations or a small screen never clip a
    form (word-wrapped labels in a form need the height they ask for), they scroll."""
    area = QScrollArea()
    area.setWidgetResizable(True)
    area.setFrameShape(QFrame.Shape.NoFrame)
    area.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
    area.setWidget(content)
    return area


class BusyLines:
    """The lines under a first-run page's form while it works and after: a message (what went wrong,
    in red), a status line (the step under way) and a thin busy bar, hidden until `set_busy`. One
    look for every page; `widgets()` go to `lay_out_page` as the lines under the form."""

    def __init__(self, status: str = "") -> None:
        self.message = FieldError()
        self.status = QLabel(status)
        self.status.setWordWrap(True)
        self.status.hide()
        self.progress = QProgressBar()
        self.progress.setRange(0, 0)
        self.progress.setTextVisible(False)  # the status line says what is done; the bar only moves
        self.progress.setMaximumHeight(8)
        self.progress.hide()

    def widgets(self) -> list[QWidget]:
        return [self.message, self.status, self.progress]

    def set_busy(self, busy: bool, status: str | None = None, *, steps: int = 0) -> None:
        """Show (and reset) or hide the status line and the bar; starting clears the message. `steps`
        0: the bar only says "working" until progress arrives; else it counts from 0 to `steps`."""
        self.status.setVisible(busy)
        self.progress.setVisible(busy)
        if busy:
            self.message.show_error("")
            self.progress.setRange(0, steps)
            self.progress.setValue(0)
            if status is not None:
                self.status.setText(status)


def busy_lines(status: str = "") -> BusyLines:
    """A page's message, status line and busy bar (see BusyLines)."""
    return BusyLines(status)


def lay_out_page(
    page: QWidget, form: Form, under: Sequence[QWidget], left: Sequence[QWidget], right: Sequence[QWidget]
) -> None:
    """A first-run page: its form scrolling, then the lines `under` it (message, status, progress),
    then the buttons: `left` (Back), a stretch, `right` (the page's own, the default last)."""
    buttons = QHBoxLayout()
    for button in left:
        buttons.addWidget(button)
    buttons.addStretch()
    for button in right:
        buttons.addWidget(button)
    body = QWidget()
    body.setLayout(form)
    layout = QVBoxLayout(page)
    layout.setContentsMargins(0, 0, 0, 0)
    layout.addWidget(scrolling(body), 1)
    for widget in under:
        layout.addWidget(widget)
    layout.addLayout(buttons)
