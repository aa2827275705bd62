"""One person's biographic panel: read mode with verification ticks, edit mode with Save/Cancel.

Saving calls `set_person_fields` on the task runner's worker; a validation error comes back as the
service's message and is shown under the field it names ("person.dob: …" → the date of birth row),
never as a dialog. Unsaved edits are never dropped silently: when the workspace locks, or the
editor is torn down without the user choosing, they are kept as an encrypted draft
(app/services/drafts.py) and restored, with a notice, the next time this person is opened. Drafts
are written and discarded on the worker too; the case view reads the case's drafts with the case
and hands them to the panel (`set_drafts`), which keeps that list in step with what it writes.
"""

from __future__ import annotations

import datetime as dt
import logging
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QPixmap
from PySide6.QtWidgets import (
    QFormLayout,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QScrollArea,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from app.errors import CircuitRideError, DuplicateValue, InvalidInput, Message
from app.models.fields import PERSON_DATE_FIELDS, field_problems
from app.services.case_view import VERIFIABLE_FIELDS, age_of, display_name, verification_of
from app.services.cases import clear_verified, mark_verified, parse_person, set_person_fields
from app.services.drafts import Draft, discard_draft, person_draft_key, save_draft
from app.services.history import format_time
from app.ui.case import labels as L
from app.ui.case.person_fields import (
    DobEditor,
    FieldRow,
    changed_values,
    display_texts,
    fill_editors,
    make_editors,
    read_editors,
)
from app.ui.case.verify import VerifyDialog, verification_tooltip
from app.ui.case.widgets import MessageLine, follow_direction, split_field_error
from app.ui.context import UiContext
from app.ui.i18n import service_text

log = logging.getLogger(__name__)

PHOTO_PX = 88
FIELD_ORDER = (
    "role",
    "relationship_to_pa",
    "family_name",
    "given_names",
    "native_family_name",
    "native_given_names",
    "aliases",
    "dob",
    "sex",
    "marital_status",
    "nationality",
    "country_of_birth",
    "place_of_birth",
    "languages",
)


class PersonPanel(QWidget):
    editing_changed = Signal(bool)

    def __init__(self, ctx: UiContext) -> None:
        super().__init__()
        self.ctx = ctx
        self.case_number: str | None = None
        self.case_id: str | None = None
        self.person: dict[str, Any] | None = None
        self.editing = False
        self.saving = False
        self.drafts: dict[str, Draft] = {}  # person id -> the draft kept for them (this case)

        self.photo = QLabel()
        self.photo.setFixedSize(PHOTO_PX, PHOTO_PX)
        self.photo.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.photo.setStyleSheet("border: 1px solid palette(mid); color: palette(mid);")
        self.name = QLabel()
        self.name.setWordWrap(True)
        self.name.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        font = self.name.font()
        font.setPointSizeF(font.pointSizeF() * 1.35)
        font.setBold(True)
        self.name.setFont(font)
        self.native = QLabel()
        self.native.setWordWrap(True)
        self.native.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        native_font = self.native.font()
        native_font.setPointSizeF(native_font.pointSizeF() * 1.2)
        self.native.setFont(native_font)
        self.facts = QLabel()
        self.facts.setWordWrap(True)

        self.notice = MessageLine("notice")
        self.error = MessageLine("error")
        self.edit_button = QPushButton(self.tr("&Edit person"))
        self.edit_button.setToolTip(self.tr("Edit this person's biographic data (Ctrl+E)"))
        self.save_button = QPushButton(self.tr("&Save"))
        self.save_button.setToolTip(self.tr("Save the changes (Ctrl+S)"))
        self.save_button.setDefault(True)
        self.cancel_button = QPushButton(self.tr("Cancel"))
        self.cancel_button.setToolTip(self.tr("Leave edit mode without saving (Esc)"))

        self.editors = make_editors()
        self.rows: dict[str, FieldRow] = {}
        self.field_labels: dict[str, QLabel] = {}
        names = L.person_fields()
        form_host = QWidget()
        form = QFormLayout(form_host)
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        form.setLabelAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        for key in FIELD_ORDER:
            editor = self.editors[key]
            row = FieldRow(key, editor, verifiable=key in VERIFIABLE_FIELDS)
            row.verify_clicked.connect(self._verify_clicked)
            row.decide_clicked.connect(lambda conflict_id: self.ctx.open_conflict(conflict_id))
            label = QLabel(self.tr("{field}:").format(field=names[key]))
            label.setWordWrap(True)
            label.setMinimumWidth(120)
            label.setMaximumWidth(190)
            label.setBuddy(editor.date if isinstance(editor, DobEditor) else editor)
            self.rows[key] = row
            self.field_labels[key] = label
            form.addRow(label, row)
        dob_editor = self.editors["dob"]
        assert isinstance(dob_editor, DobEditor)
        self.dob_editor = dob_editor
        dob_editor.precision.currentIndexChanged.connect(self._dob_hint)
        languages = self.editors["languages"]
        assert isinstance(languages, QLineEdit)
        languages.textChanged.connect(self._languages_hint)

        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setWidget(form_host)
        self.scroll_area = scroll

        names_box = QVBoxLayout()
        names_box.setSpacing(2)
        names_box.addWidget(self.name)
        names_box.addWidget(self.native)
        names_box.addWidget(self.facts)
        names_box.addStretch()
        top = QHBoxLayout()
        top.addWidget(self.photo, 0, Qt.AlignmentFlag.AlignTop)
        top.addLayout(names_box, 1)
        buttons = QHBoxLayout()
        buttons.addWidget(self.edit_button)
        buttons.addWidget(self.save_button)
        buttons.addWidget(self.cancel_button)
        buttons.addStretch()

        person_page = QWidget()
        page = QVBoxLayout(person_page)
        page.setContentsMargins(0, 0, 0, 0)
        page.addLayout(top)
        page.addWidget(self.notice)
        page.addWidget(self.error)
        page.addLayout(buttons)
        page.addWidget(scroll, 1)
        self.empty = QLabel(self.tr("Select a person in the household list to see and verify their data."))
        self.empty.setWordWrap(True)
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.pages = QStackedWidget()
        self.pages.addWidget(self.empty)
        self.pages.addWidget(person_page)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.pages)

        self.edit_button.clicked.connect(lambda: self.start_edit())
        self.save_button.clicked.connect(lambda: self.save())
        self.cancel_button.clicked.connect(lambda: self.cancel_edit())
        self._set_editing(False)

    # ----- what is shown ---------------------------------------------------------------------
    def set_case(self, case_number: str | None, case_id: str | None) -> None:
        if case_id != self.case_id:
            self.drafts = {}
        self.case_number, self.case_id = case_number, case_id

    def set_drafts(self, drafts: dict[str, Draft]) -> None:
        """The drafts of this case's persons, by person id, as just read with the case."""
        self.drafts = dict(drafts)

    @property
    def person_id(self) -> str | None:
        return self.person["id"] if self.person else None

    def draft_key(self) -> str | None:
        if self.case_id is None or self.person is None:
            return None
        return person_draft_key(self.case_id, self.person["id"])

    def show_person(self, person: dict[str, Any] | None, photo: QPixmap | None = None) -> None:
        """Show `person` (a dict from show_case). The same person again (a refresh) keeps an open
        editor as it is; another person starts in read mode, or with its restored draft."""
        same = person is not None and self.person is not None and person["id"] == self.person["id"]
        self.person = person
        if person is None:
            self._set_editing(False)
            self.pages.setCurrentIndex(0)
            return
        self.pages.setCurrentIndex(1)
        self._show_header(person, photo)
        texts = display_texts(person)
        marks = person.get("verified") or {}
        for key, row in self.rows.items():
            row.set_text(texts.get(key, ""))
            mark = marks.get(key)
            row.set_verification(mark, verification_tooltip(mark, _local_time(mark.get("at")) if mark else ""))
            row.set_verifiable_now(bool(mark) or person.get(key) not in (None, "", []))
            row.set_conflict((person.get("conflicts") or {}).get(key))
        if not same:
            self._set_editing(False)
            self._clear_errors()
            self.notice.clear_message()
            self._restore_draft()

    def _show_header(self, person: dict[str, Any], photo: QPixmap | None) -> None:
        self.name.setText(display_name(person) or self.tr("(no name recorded)"))
        native = " ".join(x for x in (person.get("native_given_names"), person.get("native_family_name")) if x)
        self.native.setText(native)
        self.native.setVisible(bool(native))
        follow_direction(self.native, native)
        counts = verification_of(person)
        facts = [L.label(L.roles(), person.get("role"))]
        if person.get("relationship_to_pa") and person.get("relationship_to_pa") != "self":
            facts.append(L.label(L.relationships(), person.get("relationship_to_pa")))
        age = L.age_text(age_of(person.get("dob"), person.get("dob_precision")))
        if age:
            facts.append(self.tr("age {age}").format(age=age))
        facts.append(self.tr("{done}/{total} verified").format(done=counts.verified, total=counts.total))
        self.facts.setText(" · ".join(f for f in facts if f))
        if photo is not None and not photo.isNull():
            self.photo.setPixmap(
                photo.scaled(
                    PHOTO_PX, PHOTO_PX, Qt.AspectRatioMode.KeepAspectRatio, Qt.TransformationMode.SmoothTransformation
                )
            )
        else:
            self.photo.setPixmap(QPixmap())
            self.photo.setText(self.tr("No photo"))

    # ----- edit mode -------------------------------------------------------------------------
    def _set_editing(self, editing: bool) -> None:
        self.editing = editing
        for row in self.rows.values():
            row.set_editing(editing)
        self.edit_button.setVisible(not editing)
        self.edit_button.setEnabled(self.person is not None)
        self.save_button.setVisible(editing)
        self.cancel_button.setVisible(editing)
        self.save_button.setEnabled(editing and not self.saving)
        self._dob_hint()
        self._languages_hint()
        aliases_hint = self.tr("Separate aliases with semicolons (;).")
        self.rows["aliases"].hint.show_message(aliases_hint if editing else "")
        self.editing_changed.emit(editing)

    def start_edit(self, values: dict[str, Any] | None = None) -> None:
        if self.person is None or (self.editing and values is None):
            return
        fill_editors(self.editors, values if values is not None else self.person)
        self._clear_errors()
        self._set_editing(True)
        first = self.editors["family_name"]
        first.setFocus()

    def editor_values(self) -> dict[str, Any]:
        return read_editors(self.editors)

    def changes(self) -> dict[str, Any]:
        if not self.editing or self.person is None:
            return {}
        return changed_values(self.person, self.editor_values())

    def is_dirty(self) -> bool:
        return bool(self.changes())

    def cancel_edit(self, *, confirm: bool = True) -> bool:
        """Leave edit mode without saving; asks first when something was typed. False if kept."""
        if not self.editing:
            return True
        if confirm and self.is_dirty():
            answer = QMessageBox.question(
                self,
                self.tr("Discard changes"),
                self.tr("Discard the changes you made to this person?"),
                QMessageBox.StandardButton.Discard | QMessageBox.StandardButton.Cancel,
                QMessageBox.StandardButton.Cancel,
            )
            if answer != QMessageBox.StandardButton.Discard:
                return False
        self._forget_draft()
        self._clear_errors()
        self.notice.clear_message()
        self._set_editing(False)
        return True

    def save(self, then: Callable[[], None] | None = None) -> None:
        if not self.editing or self.person is None or self.saving or self.case_number is None:
            return
        changes = self.changes()
        key = self.draft_key()
        if not changes:
            self._forget_draft()
            self.notice.clear_message()
            self._set_editing(False)
            if then is not None:
                then()
            return
        ws, number, person_id = self.ctx.ws, self.case_number, self.person["id"]
        self._clear_errors()
        self.saving = True
        self.save_button.setEnabled(False)

        def work(_task: object) -> dict[str, Message]:
            # The same check as cases.person_field_problems, with the problems kept translatable
            problems = field_problems(
                lambda values: parse_person(values, "person", partial=True), changes, PERSON_DATE_FIELDS, "person"
            )
            if problems:
                return problems  # shown all at once, next to their fields; nothing is stored
            set_person_fields(ws, number, person_id, changes)
            if key is not None:
                discard_draft(ws, key)  # the edit is stored: its draft has done its job
            return {}

        def done(problems: dict[str, Message]) -> None:
            self.saving = False
            if problems:
                self.save_button.setEnabled(self.editing)
                self.show_problems({field: _sentence(service_text(m)) for field, m in problems.items()})
                return
            if key is not None and self.draft_key_of(person_id) == key:
                self.drafts.pop(person_id, None)
            if self.person is not None and self.person["id"] == person_id:
                self.notice.clear_message()
                self._set_editing(False)
            self.ctx.show_status(self.tr("Saved."))
            self.ctx.events.case_changed.emit(number)
            if then is not None:
                then()

        def failed(exc: CircuitRideError) -> None:
            self.saving = False
            self.save_button.setEnabled(self.editing)
            self.show_error(exc)

        self.ctx.tasks.run(work, on_done=done, on_failed=failed)

    def show_error(self, exc: CircuitRideError) -> None:
        """A validation message goes under the field it names; anything else above the form."""
        field, text = split_field_error(exc, "person") if isinstance(exc, InvalidInput | DuplicateValue) else (None, "")
        if field is not None and (field in self.rows or field == "dob_precision"):
            self.show_problems({field: text})
        else:
            self.error.show_message(service_text(exc))

    def show_problems(self, problems: dict[str, str]) -> None:
        """Each message under its field; the first field (in the panel's order) gets the focus."""
        first = None
        for field, text in problems.items():
            key = "dob" if field == "dob_precision" else field
            if key not in self.rows:
                self.error.show_message(text)
                continue
            self.rows[key].show_error(text[:1].upper() + text[1:])
            first = key if first is None or FIELD_ORDER.index(key) < FIELD_ORDER.index(first) else first
        if first is not None:
            editor = self.editors[first]
            (editor.date if isinstance(editor, DobEditor) else editor).setFocus()
            self.scroll_area.ensureWidgetVisible(self.rows[first])

    def _clear_errors(self) -> None:
        self.error.clear_message()
        for row in self.rows.values():
            row.show_error("")

    def confirm_leave(self, then: Callable[[], None]) -> None:
        """Run `then` once the editor may go: at once when nothing is unsaved, otherwise after the
        user chose to save (and it worked) or to discard. Choosing Cancel keeps everything."""
        if not self.is_dirty():
            if self.editing:
                self.cancel_edit(confirm=False)
            then()
            return
        answer = QMessageBox.question(
            self,
            self.tr("Unsaved changes"),
            self.tr("Save the changes to {name} before leaving?").format(name=display_name(self.person or {})),
            QMessageBox.StandardButton.Save | QMessageBox.StandardButton.Discard | QMessageBox.StandardButton.Cancel,
            QMessageBox.StandardButton.Save,
        )
        if answer == QMessageBox.StandardButton.Save:
            self.save(then)
        elif answer == QMessageBox.StandardButton.Discard:
            self.cancel_edit(confirm=False)
            then()

    # ----- drafts ----------------------------------------------------------------------------
    def draft_key_of(self, person_id: str) -> str | None:
        return person_draft_key(self.case_id, person_id) if self.case_id is not None else None

    def keep_draft(self, reason: str) -> bool:
        """Store unsaved edits as an encrypted draft and leave edit mode (lock, or the case being
        closed without a choice). The draft is written on the worker: whoever drops the keys next
        (the shell's lock, a language change) waits for the task runner first."""
        key = self.draft_key()
        changes = self.changes()
        if key is None or not changes or self.person is None:
            return False
        # Only the edited fields: restored over whatever is stored then, a draft never reverts a
        # field that changed meanwhile (synced from another device) but was not edited here.
        ws, case_id = self.ctx.ws, self.case_id

        def failed(exc: CircuitRideError) -> None:
            log.error("could not keep a draft of case %s: %s", case_id, type(exc).__name__)

        self.ctx.tasks.run(lambda _task: save_draft(ws, key, changes, reason=reason), on_failed=failed)
        self.drafts[self.person["id"]] = Draft(key, changes, ws.username or "", dt.datetime.now(dt.UTC), reason)
        self._set_editing(False)
        return True

    def _restore_draft(self) -> None:
        if self.person is None:
            return
        draft = self.drafts.get(self.person["id"])
        if draft is None:
            return
        values = {**self.person, **draft.values}
        if not changed_values(self.person, values):
            self._forget_draft()  # saved after all (a save was finishing as it locked)
            return
        self.start_edit(values)
        if draft.reason == "lock":
            self.notice.show_message(self.tr("Unsaved changes from before the lock were restored."))
        elif draft.reason == "language":
            self.notice.show_message(self.tr("Unsaved changes from before the language change were restored."))
        else:
            self.notice.show_message(self.tr("Unsaved changes you left open earlier were restored."))

    def _forget_draft(self) -> None:
        key = self.draft_key()
        if key is None or self.person is None or self.drafts.pop(self.person["id"], None) is None:
            return  # no draft kept for this person: nothing to discard
        if self.ctx.ws.is_unlocked:
            ws = self.ctx.ws
            self.ctx.tasks.run(lambda _task: discard_draft(ws, key), on_failed=_draft_not_discarded)

    # ----- verification ----------------------------------------------------------------------
    def _verify_clicked(self, key: str) -> None:
        if self.editing or self.person is None or self.case_number is None:
            return
        row = self.rows[key]
        row.show_error("")
        mark = (self.person.get("verified") or {}).get(key)
        ws, number, person_id = self.ctx.ws, self.case_number, self.person["id"]
        label = L.person_fields()[key]
        if mark:
            answer = QMessageBox.question(
                self,
                self.tr("Withdraw verification"),
                self.tr("Withdraw the verification of {field}?").format(field=label),
            )
            if answer == QMessageBox.StandardButton.Yes:
                self._run_change(lambda _t: clear_verified(ws, number, person_id, key), row)
            return
        dialog = VerifyDialog(label, row.value.text(), self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)

        def verified() -> None:
            values = dialog.result_values()  # read here: the worker never touches a widget
            self._run_change(lambda _t: mark_verified(ws, number, person_id, key, **values), row)

        dialog.accepted.connect(verified)
        dialog.open()

    def _run_change(self, work: Callable[[object], object], row: FieldRow) -> None:
        number = self.case_number

        def done(_result: object) -> None:
            if number is not None:
                self.ctx.events.case_changed.emit(number)

        def failed(exc: CircuitRideError) -> None:
            _field, text = split_field_error(exc, "person")
            row.show_error(text)

        self.ctx.tasks.run(work, on_done=done, on_failed=failed)

    # ----- hints -----------------------------------------------------------------------------
    def _dob_hint(self) -> None:
        row = self.rows["dob"]
        if self.editing:
            row.hint.show_message(self.tr("Format: {format}").format(format=self.dob_editor.date_format()))
        else:
            row.hint.clear_message()

    def _languages_hint(self) -> None:
        row = self.rows["languages"]
        editor = self.editors["languages"]
        assert isinstance(editor, QLineEdit)
        if self.editing:
            names = L.languages_text(read_editors({"languages": editor})["languages"])
            hint = self.tr("ISO 639 codes, separated by commas: for example prs, ps, ti.")
            row.hint.show_message(f"{names}\n{hint}" if names else hint)
        else:
            row.hint.clear_message()


def _draft_not_discarded(exc: CircuitRideError) -> None:
    # It comes back, with its notice, the next time the person is opened: nothing is lost.
    log.warning("could not discard a person draft: %s", type(exc).__name__)


def _sentence(text: str) -> str:
    return text[:1].upper() + text[1:]


def _local_time(value: str | None) -> str:
    if not value:
        return "?"
    try:
        at = dt.datetime.fromisoformat(value)
    except ValueError:
        return value
    return format_time(at if at.tzinfo else at.replace(tzinfo=dt.UTC))
