"""Caps Lock detection for password fields, read from the key events themselves.

Qt has no portable way to ask for the Caps Lock state, so we infer it: a cased letter that arrives
in upper case without Shift (or in lower case with Shift) means Caps Lock is on; the opposite
combination means it is off. Keys without case (digits, punctuation, most scripts) say nothing, so
the last verdict stands until a letter settles it again.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QLabel, QSizePolicy, QWidget


def caps_lock_from_key(text: str, shift: bool) -> bool | None:
    """True/False when this key press reveals the Caps Lock state, None when it cannot."""
    if len(text) != 1 or text.lower() == text.upper():
        return None
    return text.isupper() != shift


class CapsLockWatch(QObject):
    """Watches key presses in some fields and reports when Caps Lock seems to change."""

    changed = Signal(bool)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._on = False

    @property
    def on(self) -> bool:
        return self._on

    def watch(self, field: QWidget) -> None:
        field.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt API
        if event.type() == QEvent.Type.KeyPress and isinstance(event, QKeyEvent):
            shift = bool(event.modifiers() & Qt.KeyboardModifier.ShiftModifier)
            state = caps_lock_from_key(event.text(), shift)
            if state is not None and state != self._on:
                self._on = state
                self.changed.emit(state)
        return False


class CapsLockWarning(QLabel):
    """The Caps Lock warning under the password fields it watches. It keeps its space when hidden
    so the form does not jump while someone is typing a password."""

    def __init__(self, *fields: QWidget) -> None:
        super().__init__()
        self.setObjectName("capsLockWarning")
        self.setText(self.tr("⚠ Caps Lock is on."))
        self.setStyleSheet("color: #9a4a00")
        policy = QSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Fixed)
        policy.setRetainSizeWhenHidden(True)
        self.setSizePolicy(policy)
        self.watch = CapsLockWatch(self)
        for field in fields:
            self.watch.watch(field)
        self.watch.changed.connect(self.setVisible)
        self.hide()
