"""The rows of the biographic panel: one per field, each with its value, its editor, its
verification tick and its own error line; and the editors' values in the form the services take.
"""

from __future__ import annotations

import re
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QCompleter,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QSizePolicy,
    QStackedWidget,
    QToolButton,
    QWidget,
)

from app.services.case_view import age_of
from app.ui.case import labels as L
from app.ui.case.widgets import ChoiceCombo, DirectionalLineEdit, MessageLine, follow_direction

DOB_FORMATS = {"exact": "YYYY-MM-DD", "estimated": "YYYY-MM-DD", "month": "YYYY-MM", "year": "YYYY"}
WRAP_AFTER_CHARS = 40
_LIST_SPLIT = re.compile(r"[;,\s]+")


class DobEditor(QWidget):
    """Date of birth and its precision; the date box asks for as much date as the precision says."""

    def __init__(self) -> None:
        super().__init__()
        self.date = QLineEdit()
        self.date.setAccessibleName(self.tr("Date of birth"))
        self.precision = ChoiceCombo(L.precisions())
        self.precision.setAccessibleName(self.tr("Precision of the date of birth"))
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.date, 1)
        row.addWidget(self.precision)
        self.precision.currentIndexChanged.connect(self._adapt)
        self._adapt()

    def date_format(self) -> str:
        return DOB_FORMATS.get(self.precision.code() or "exact", "YYYY-MM-DD")

    def _adapt(self) -> None:
        fmt = self.date_format()
        self.date.setPlaceholderText(fmt)
        self.date.setMaxLength(len(fmt))  # also cuts "1988-04-12" to "1988" when "year only" is chosen

    def set_value(self, dob: str | None, precision: str | None) -> None:
        self.precision.set_code(precision or "exact")
        self.date.setMaxLength(32767)
        self.date.setText(dob or "")
        self._adapt()


class CountryBox(QComboBox):
    """A two-letter country code, typed or picked from "AF — Afghanistan"."""

    def __init__(self) -> None:
        super().__init__()
        self.setEditable(True)
        self.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.setMinimumContentsLength(12)
        self.addItem("", None)
        for code, text in L.country_choices():
            self.addItem(text, code)
        completer = QCompleter(self.model(), self)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        self.setCompleter(completer)

    def value(self) -> str | None:
        return L.country_code_from_text(self.currentText())

    def set_value(self, code: str | None) -> None:
        index = self.findData(code) if code else 0
        if index >= 0:
            self.setCurrentIndex(index)
        else:
            self.setEditText(code or "")


class FieldRow(QWidget):
    """Value (read mode) or editor (edit mode), the verification tick, a hint and an error line;
    a field two devices changed differently says so, with a link to decide it."""

    verify_clicked = Signal(str)
    decide_clicked = Signal(str)  # the id of the open conflict about this field

    def __init__(self, key: str, editor: QWidget, *, verifiable: bool = True) -> None:
        super().__init__()
        self.key = key
        self.editor = editor
        self.value = QLabel()
        self.value.setWordWrap(True)
        self.value.setTextFormat(Qt.TextFormat.PlainText)
        self.value.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.value.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        self._editor_policy = QSizePolicy(editor.sizePolicy())
        self._verifiable_now = True
        self.stack = QStackedWidget()
        self.stack.addWidget(self.value)
        self.stack.addWidget(editor)
        self.stack.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Maximum)
        self.tick = QToolButton()
        self.tick.setAutoRaise(True)
        self.tick.setFocusPolicy(Qt.FocusPolicy.TabFocus)
        keep = self.tick.sizePolicy()
        keep.setRetainSizeWhenHidden(True)  # rows without a tick keep their values aligned
        self.tick.setSizePolicy(keep)
        self.tick.setVisible(verifiable)
        self.tick.clicked.connect(lambda: self.verify_clicked.emit(self.key))
        self.hint = MessageLine("hint")
        self.error = MessageLine("error")
        self.conflict_id: str | None = None
        self.conflict = QLabel()
        self.conflict.setObjectName("fieldConflict")
        self.conflict.setTextFormat(Qt.TextFormat.RichText)
        self.conflict.setStyleSheet("color: #9a4a00;")
        self.conflict.setTextInteractionFlags(
            Qt.TextInteractionFlag.LinksAccessibleByMouse | Qt.TextInteractionFlag.LinksAccessibleByKeyboard
        )
        self.conflict.linkActivated.connect(self._decide)
        self.conflict.hide()
        grid = QGridLayout(self)
        grid.setContentsMargins(0, 0, 0, 0)
        grid.setHorizontalSpacing(4)
        grid.setVerticalSpacing(2)
        grid.addWidget(self.tick, 0, 0, Qt.AlignmentFlag.AlignTop)
        grid.addWidget(self.stack, 0, 1)
        grid.addWidget(self.hint, 1, 1)
        grid.addWidget(self.error, 2, 1)
        grid.addWidget(self.conflict, 3, 1)
        grid.setColumnStretch(1, 1)
        self.set_verification(None, "")

    def set_text(self, text: str) -> None:
        # Wrapping only long values: a wrapped label guesses its height for a narrower width than
        # it gets, which leaves short values in rows taller than their neighbours.
        self.value.setWordWrap(len(text or "") > WRAP_AFTER_CHARS)
        self.value.setText(text or "—")
        follow_direction(self.value, text)

    def set_editing(self, editing: bool) -> None:
        self.stack.setCurrentIndex(1 if editing else 0)
        # A stack is as tall as its tallest page unless the hidden page's height is ignored: a short
        # value must not reserve an editor's height, and an editor keeps its own (fixed) height.
        value_policy = QSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        editor_policy = QSizePolicy(self._editor_policy)
        if editing:
            value_policy.setVerticalPolicy(QSizePolicy.Policy.Ignored)
        else:
            editor_policy.setVerticalPolicy(QSizePolicy.Policy.Ignored)
        self.value.setSizePolicy(value_policy)
        self.editor.setSizePolicy(editor_policy)
        self.tick.setEnabled(not editing and self._verifiable_now)

    def set_verification(self, mark: dict[str, Any] | None, tooltip: str) -> None:
        self.verified = mark is not None
        self.tick.setText("✔" if mark else "○")
        self.tick.setStyleSheet("color: #1b7a2f; font-weight: bold;" if mark else "color: #7a7a7a;")
        self.tick.setToolTip(tooltip)
        self.tick.setAccessibleName(tooltip)

    def set_verifiable_now(self, possible: bool) -> None:
        """An empty field has nothing to check against a document: its tick waits for a value."""
        self._verifiable_now = possible
        self.tick.setEnabled(possible and self.stack.currentIndex() == 0)
        if not possible:
            self.tick.setToolTip(QCoreApplication.translate("FieldRow", "Nothing to verify yet: this field is empty."))

    def show_error(self, text: str) -> None:
        self.error.show_message(text)

    def set_conflict(self, conflict_id: str | None) -> None:
        self.conflict_id = conflict_id
        if conflict_id:
            self.conflict.setText(
                QCoreApplication.translate(
                    "FieldRow", "⚠ Two devices changed this differently · <a href='#'>Decide…</a>"
                )
            )
            self.conflict.setAccessibleName(QCoreApplication.translate("FieldRow", "In conflict: decide"))
        self.conflict.setVisible(bool(conflict_id))

    def _decide(self, _link: str) -> None:
        if self.conflict_id:
            self.decide_clicked.emit(self.conflict_id)


def make_editors() -> dict[str, QWidget]:
    """One editor per person field, keyed by the service's field names."""
    return {
        "role": ChoiceCombo(L.roles()),
        "relationship_to_pa": ChoiceCombo(L.relationships(), allow_empty=True),
        "family_name": QLineEdit(),
        "given_names": QLineEdit(),
        "native_family_name": DirectionalLineEdit(),
        "native_given_names": DirectionalLineEdit(),
        "aliases": QLineEdit(),
        "dob": DobEditor(),
        "sex": ChoiceCombo(L.sexes(), allow_empty=True),
        "nationality": CountryBox(),
        "country_of_birth": CountryBox(),
        "place_of_birth": QLineEdit(),
        "languages": QLineEdit(),
        "marital_status": ChoiceCombo(L.marital_statuses(), allow_empty=True),
    }


def split_list(text: str, *, lower: bool = False, separators: str = "list") -> list[str]:
    parts = re.split(r"[;]+", text) if separators == "aliases" else _LIST_SPLIT.split(text)
    out = []
    for part in (p.strip() for p in parts):
        if part:
            part = part.lower() if lower else part
            if part not in out:
                out.append(part)
    return out


def read_editors(editors: dict[str, QWidget]) -> dict[str, Any]:
    """The editors' values as the services take them (also the shape of a saved draft)."""
    out: dict[str, Any] = {}
    for key, editor in editors.items():
        if isinstance(editor, DobEditor):
            out["dob"] = editor.date.text().strip() or None
            out["dob_precision"] = editor.precision.code()
        elif isinstance(editor, ChoiceCombo):
            out[key] = editor.code()
        elif isinstance(editor, CountryBox):
            out[key] = editor.value()
        elif key == "aliases" and isinstance(editor, QLineEdit):
            out[key] = split_list(editor.text(), separators="aliases")
        elif key == "languages" and isinstance(editor, QLineEdit):
            out[key] = split_list(editor.text(), lower=True)
        elif isinstance(editor, QLineEdit):
            out[key] = editor.text().strip() or None
    return out


def fill_editors(editors: dict[str, QWidget], values: dict[str, Any]) -> None:
    for key, editor in editors.items():
        if isinstance(editor, DobEditor):
            editor.set_value(values.get("dob"), values.get("dob_precision"))
        elif isinstance(editor, ChoiceCombo):
            editor.set_code(values.get(key))
        elif isinstance(editor, CountryBox):
            editor.set_value(values.get(key))
        elif key == "aliases" and isinstance(editor, QLineEdit):
            editor.setText("; ".join(values.get(key) or []))
        elif key == "languages" and isinstance(editor, QLineEdit):
            editor.setText(", ".join(values.get(key) or []))
        elif isinstance(editor, QLineEdit):
            editor.setText(values.get(key) or "")
        if isinstance(editor, QLineEdit):
            editor.setCursorPosition(0)


def _same(a: Any, b: Any) -> bool:
    empty: tuple[object, ...] = (None, "", [])
    if a in empty and b in empty:
        return True
    if isinstance(a, str) and isinstance(b, str):
        return a.strip() == b.strip()
    return bool(a == b)


def changed_values(stored: dict[str, Any], edited: dict[str, Any]) -> dict[str, Any]:
    """The edited values that differ from the stored person. The date of birth and its precision
    travel together, because the services read one under the other."""
    out = {k: v for k, v in edited.items() if k not in ("dob", "dob_precision") and not _same(stored.get(k), v)}
    if not _same(stored.get("dob"), edited.get("dob")) or (
        edited.get("dob_precision") and stored.get("dob_precision") != edited.get("dob_precision")
    ):
        out["dob"] = edited.get("dob")
        out["dob_precision"] = edited.get("dob_precision")
    return out


def display_texts(person: dict[str, Any]) -> dict[str, str]:
    """The read-mode text of every field."""
    dob = person.get("dob") or ""
    if dob:
        age = L.age_text(age_of(dob, person.get("dob_precision")))
        precision = L.label(L.precisions(), person.get("dob_precision"))
        dob = f"{dob} · {precision}" + (
            " · " + QCoreApplication.translate("CaseLabels", "age {age}").format(age=age) if age else ""
        )
    return {
        "role": L.label(L.roles(), person.get("role")),
        "relationship_to_pa": L.label(L.relationships(), person.get("relationship_to_pa")),
        "family_name": person.get("family_name") or "",
        "given_names": person.get("given_names") or "",
        "native_family_name": person.get("native_family_name") or "",
        "native_given_names": person.get("native_given_names") or "",
        "aliases": "; ".join(person.get("aliases") or []),
        "dob": dob,
        "sex": L.label(L.sexes(), person.get("sex")),
        "nationality": L.country_text(person.get("nationality")),
        "country_of_birth": L.country_text(person.get("country_of_birth")),
        "place_of_birth": person.get("place_of_birth") or "",
        "languages": L.languages_text(person.get("languages") or []),
        "marital_status": L.label(L.marital_statuses(), person.get("marital_status")),
    }
