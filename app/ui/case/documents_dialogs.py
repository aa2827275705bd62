"""The small dialog that asks what a document is: type, person, language, title.

Used when importing scans (the new pages' details), when editing a document or one page, and
when attaching a translation (only the language is asked then).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Protocol

from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from app.models.vocab import DOCUMENT_TYPES
from app.services.attachments import PersonRef
from app.ui.case import labels
from app.ui.case.documents_model import language_text

# Offered first in the language box: the household's own languages, then the languages our
# field teams most often meet on documents. Anything else can be typed as an ISO 639 code.
COMMON_LANGUAGES = ("en", "fr", "es", "ar", "fa", "prs", "ps", "ur", "uk", "ru", "sw", "so", "am", "ti", "my", "ku")
_CODE_IN_TEXT = re.compile(r"\(([A-Za-z0-9-]{2,12})\)\s*$")


class PersonLabel(Protocol):
    """How the case names a person in a list (MediaHost.person_label)."""

    def __call__(self, person_id: str | None, *, with_role: bool = ...) -> str: ...


@dataclass(frozen=True, slots=True)
class DocumentDetails:
    document_type: str | None
    person_id: str | None
    language: str | None
    title: str | None
    whole_document: bool = True


def language_code(text: str) -> str | None:
    """ "Arabic (ar)" → "ar"; a typed code is taken as it is (the service checks it)."""
    text = text.strip()
    if not text:
        return None
    match = _CODE_IN_TEXT.search(text)
    return match.group(1) if match else text


class DocumentDetailsDialog(QDialog):
    """mode: "import" (new pages), "edit" (a document or a page), "translation" (language only)."""

    def __init__(
        self,
        persons: Sequence[PersonRef],
        *,
        mode: str,
        person_label: PersonLabel,
        initial: DocumentDetails | None = None,
        pages: int = 1,
        page_selected: bool = False,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.mode = mode
        titles = {
            "import": self.tr("Import scan or PDF"),
            "edit": self.tr("Document details"),
            "translation": self.tr("Attach translation"),
        }
        self.setWindowTitle(titles[mode])
        initial = initial or DocumentDetails(None, None, None, None)

        self.type_box = QComboBox()
        for code in DOCUMENT_TYPES:
            self.type_box.addItem(labels.label(labels.document_types(), code), code)
        self.type_box.setCurrentIndex(max(0, self.type_box.findData(initial.document_type or "passport")))

        self.person_box = QComboBox()
        self.person_box.addItem(self.tr("Whole case (no one person)"), None)
        for person in persons:
            self.person_box.addItem(person_label(person.id, with_role=True), person.id)
        self.person_box.setCurrentIndex(max(0, self.person_box.findData(initial.person_id)))

        self.language_box = QComboBox()
        self.language_box.setEditable(True)
        self.language_box.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        codes = dict.fromkeys([lang for p in persons for lang in p.languages] + list(COMMON_LANGUAGES))
        self.language_box.addItem("", None)
        for code in codes:
            self.language_box.addItem(language_text(code), code)
        if initial.language:
            at = self.language_box.findData(initial.language)
            if at < 0:
                self.language_box.addItem(language_text(initial.language), initial.language)
                at = self.language_box.count() - 1
            self.language_box.setCurrentIndex(at)
        language_line = self.language_box.lineEdit()
        if language_line is not None:  # (an editable box always has one)
            language_line.setPlaceholderText(self.tr("Choose, or type an ISO 639 code such as ti"))

        self.title_edit = QLineEdit(initial.title or "")
        self.title_edit.setMaxLength(200)
        self.title_edit.setPlaceholderText(self.tr("Optional, to tell two documents of one type apart"))

        self.whole = QCheckBox(self.tr("Apply to all %n page(s) of this document", "", pages))
        self.whole.setChecked(not page_selected)
        self.whole.setVisible(mode == "edit" and pages > 1)

        form = QFormLayout()
        if mode != "translation":
            form.addRow(self.tr("Document &type"), self.type_box)
            form.addRow(self.tr("&Person"), self.person_box)
        form.addRow(
            self.tr("&Language") if mode != "translation" else self.tr("&Language of the translation"),
            self.language_box,
        )
        if mode != "translation":
            form.addRow(self.tr("T&itle"), self.title_edit)
        note = QLabel()
        note.setWordWrap(True)
        if mode == "import":
            note.setText(
                self.tr("The files become pages of one document, in the order chosen. You can reorder them later.")
            )
        elif mode == "edit" and pages > 1:
            note.setText(self.tr("Untick to change only the selected page; it then becomes a document of its own."))
        elif mode == "translation":
            note.setText(self.tr("The translation is linked to the selected page and takes its person and type."))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.whole)
        layout.addWidget(note)
        layout.addWidget(buttons)
        self.setMinimumWidth(460)

    def details(self) -> DocumentDetails:
        language = self.language_box.currentData()
        typed = self.language_box.currentText()
        if language is None or typed != self.language_box.itemText(self.language_box.currentIndex()):
            language = language_code(typed)
        return DocumentDetails(
            document_type=self.type_box.currentData(),
            person_id=self.person_box.currentData(),
            language=language,
            title=self.title_edit.text().strip() or None,
            whole_document=self.whole.isChecked() or not self.whole.isVisible(),
        )
