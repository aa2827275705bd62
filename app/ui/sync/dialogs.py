"""The two small text prompts of the Sync page: the enrollment code and a typed conflict value.

Own buttons rather than QInputDialog so every label goes through tr() (Qt's stock dialog buttons
follow Qt's own translations, which the app does not ship).
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QDialog, QHBoxLayout, QLabel, QLineEdit, QPushButton, QVBoxLayout, QWidget


class TextPrompt(QDialog):
    """A title, an explanation, one line of text, and accept/cancel buttons."""

    def __init__(self, parent: QWidget | None, title: str, text: str, accept_label: str, value: str = "") -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.setMinimumWidth(460)
        label = QLabel(text)
        label.setWordWrap(True)
        self.edit = QLineEdit(value)
        self.edit.setAccessibleName(title)
        label.setBuddy(self.edit)
        self.ok = QPushButton(accept_label)
        self.ok.setDefault(True)
        self.ok.clicked.connect(self.accept)
        cancel = QPushButton(self.tr("Cancel"))
        cancel.clicked.connect(self.reject)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(cancel)
        buttons.addWidget(self.ok)
        layout = QVBoxLayout(self)
        layout.addWidget(label)
        layout.addWidget(self.edit)
        layout.addLayout(buttons)

    def value(self) -> str:
        return self.edit.text().strip()


def ask_enrollment_code(parent: QWidget | None) -> str | None:
    prompt = TextPrompt(
        parent,
        QCoreApplication.translate("SyncDialogs", "Enroll with HQ"),
        QCoreApplication.translate(
            "SyncDialogs",
            "Paste the enrollment code HQ gave you for this laptop (one line starting with CR1-). "
            "The laptop then checks HQ's certificate and registers itself.",
        ),
        QCoreApplication.translate("SyncDialogs", "&Enroll"),
    )
    prompt.edit.setPlaceholderText("CR1-…")
    if prompt.exec() != QDialog.DialogCode.Accepted or not prompt.value():
        return None
    return prompt.value()


def ask_value(parent: QWidget | None, field: str, current: str) -> str | None:
    prompt = TextPrompt(
        parent,
        QCoreApplication.translate("SyncDialogs", "Enter another value"),
        QCoreApplication.translate("SyncDialogs", "The value {field} should have on every device:").replace(
            "{field}", field
        ),
        QCoreApplication.translate("SyncDialogs", "&Use this value"),
        current,
    )
    if prompt.exec() != QDialog.DialogCode.Accepted:
        return None
    return prompt.value()
