"""The small dialog behind a verification tick: which document was the value checked against."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QFormLayout, QLabel, QLineEdit, QVBoxLayout, QWidget

from app.ui.case import labels as L
from app.ui.case.widgets import ChoiceCombo, MessageLine


class VerifyDialog(QDialog):
    def __init__(self, field_label: str, value_text: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Verify against a document"))
        intro = QLabel(self.tr("Record the document that {field} was checked against:").format(field=field_label))
        intro.setWordWrap(True)
        value = QLabel(value_text)
        value.setWordWrap(True)
        value.setStyleSheet("font-weight: bold;")
        self.document_type = ChoiceCombo(L.document_types())
        self.reference = QLineEdit()
        self.reference.setPlaceholderText(self.tr("Document number, or what the document is"))
        self.error = MessageLine("error")
        form = QFormLayout()
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        form.addRow(self.tr("&Document:"), self.document_type)
        form.addRow(self.tr("&Number or description:"), self.reference)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Mark as &verified"))
        buttons.accepted.connect(self._accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(value)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(buttons)
        self.setMinimumWidth(420)

    def _accept(self) -> None:
        if self.document_type.code() == "other" and not self.reference.text().strip():
            self.error.show_message(self.tr("Say which document it was."))
            self.reference.setFocus()
            return
        self.accept()

    def result_values(self) -> dict[str, Any]:
        """Arguments for `mark_verified`: the readable description plus its parts."""
        doc_type = self.document_type.code() or "other"
        reference = self.reference.text().strip()
        readable = (
            reference if doc_type == "other" else " ".join(x for x in (doc_type.replace("_", " "), reference) if x)
        )
        return {"document": readable, "document_type": doc_type, "reference": reference or None}


def verification_tooltip(mark: dict[str, Any] | None, time_text: str) -> str:
    if not mark:
        return QCoreApplication.translate(
            "VerifyDialog", "Not verified. Click to record the document this value was checked against."
        )
    doc_type = mark.get("document_type")
    if doc_type:
        document = L.label(L.document_types(), doc_type)
        if mark.get("reference"):
            document = f"{document} {mark['reference']}"
    else:
        document = str(mark.get("document") or "?")
    return QCoreApplication.translate(
        "VerifyDialog", "Verified against {document} by {user} on {time}. Click to withdraw the verification."
    ).format(document=document, user=mark.get("by", "?"), time=time_text)
