"""Dialogs that change a case: add a person, edit the case's own fields, record a file movement.

Each runs its service call on the task runner and stays open until it succeeds; a validation
message is shown under the field it names, anything else above the buttons. Adding a person who
is probably recorded already (in any case, in any script) first shows the likely match and asks
again; it is never refused, and the warning goes to the audit trail with the new person.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any, cast

from PySide6.QtWidgets import (
    QCheckBox,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from app.errors import CircuitRideError, DuplicateValue, InvalidInput
from app.models import roles
from app.services.cases import add_person_checked, likely_matches_of_new_person, set_case_fields
from app.services.likely_matches import LikelyMatch
from app.services.records import move_file
from app.ui.case import labels as L
from app.ui.case.person_fields import DobEditor, FieldRow
from app.ui.case.widgets import ChoiceCombo, DirectionalLineEdit, MessageLine, ShortTextEdit, split_field_error
from app.ui.context import UiContext
from app.ui.service_dialog import ServiceDialog


class _ServiceDialog(ServiceDialog):
    """A form of FieldRows whose OK runs one service call in the background; a refusal about one
    field is shown beside it."""

    where = ""  # the prefix the service uses in its messages: "person", "case"

    def __init__(self, ctx: UiContext, title: str, parent: QWidget | None = None) -> None:
        super().__init__(ctx, title, parent)
        self.rows: dict[str, FieldRow] = {}
        self.form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)

    def add_field(self, key: str, label: str, editor: QWidget) -> None:
        row = FieldRow(key, editor, verifiable=False)
        row.set_editing(True)
        self.rows[key] = row
        text = QLabel(label)
        text.setWordWrap(True)
        text.setBuddy(editor.date if isinstance(editor, DobEditor) else editor)
        self.form.addRow(text, row)

    def values(self) -> dict[str, Any]:
        raise NotImplementedError

    def work(self, values: dict[str, Any]) -> Callable[[object], Any]:
        raise NotImplementedError

    def job(self) -> Callable[[object], Any]:
        return self.work(self.values())

    def submit(self) -> None:
        for row in self.rows.values():
            row.show_error("")
        super().submit()

    def refused(self, exc: CircuitRideError) -> None:
        field, text = (
            split_field_error(exc, self.where) if isinstance(exc, InvalidInput | DuplicateValue) else (None, "")
        )
        if field == "dob_precision":
            field = "dob"
        if field in self.rows:
            self.rows[field].show_error(text)
        else:
            super().refused(exc)


class AddPersonDialog(_ServiceDialog):
    where = "person"

    def __init__(self, ctx: UiContext, case_number: str, parent: QWidget | None = None) -> None:
        super().__init__(ctx, self.tr("Add a person to {case}").format(case=case_number), parent)
        self.case_number = case_number
        names = L.person_fields()
        self.role = ChoiceCombo(L.roles())
        self.role.set_code("child")
        self.relationship = ChoiceCombo(L.relationships(), allow_empty=True)
        self.family_name = QLineEdit()
        self.given_names = QLineEdit()
        self.native_family_name = DirectionalLineEdit()
        self.native_given_names = DirectionalLineEdit()
        self.dob = DobEditor()
        self.sex = ChoiceCombo(L.sexes(), allow_empty=True)
        for key, editor in (
            ("role", self.role),
            ("relationship_to_pa", self.relationship),
            ("family_name", self.family_name),
            ("given_names", self.given_names),
            ("native_family_name", self.native_family_name),
            ("native_given_names", self.native_given_names),
            ("dob", self.dob),
            ("sex", self.sex),
        ):
            self.add_field(key, self.tr("{field}:").format(field=names[key]), editor)
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("&Add person"))
        self.likely = MessageLine("notice")
        self.likely.setObjectName("likelyMatches")
        self.likely.setAccessibleName(self.tr("Possibly recorded already"))
        layout = cast(QVBoxLayout, self.layout())
        layout.insertWidget(layout.indexOf(self.error), self.likely)
        self._warned_for: dict[str, Any] | None = None  # the values the likely matches were shown for

    def values(self) -> dict[str, Any]:
        return {
            "role": self.role.code(),
            "relationship_to_pa": self.relationship.code(),
            "family_name": self.family_name.text().strip(),
            "given_names": self.given_names.text().strip(),
            "native_family_name": self.native_family_name.text().strip() or None,
            "native_given_names": self.native_given_names.text().strip() or None,
            "dob": self.dob.date.text().strip() or None,
            "dob_precision": self.dob.precision.code(),
            "sex": self.sex.code(),
        }

    def submit(self) -> None:
        values = self.values()
        if not (values["family_name"] or values["given_names"] or values["native_family_name"]):
            self.rows["family_name"].show_error(self.tr("Enter at least one name."))
            self.family_name.setFocus()
            return
        if values == self._warned_for:  # shown and confirmed: add anyway
            super().submit()
            return
        # First look for someone recorded already (the same checks as saving, nothing written).
        self.error.clear_message()
        for row in self.rows.values():
            row.show_error("")
        self.buttons.setEnabled(False)
        ws, number = self.ctx.ws, self.case_number
        self.ctx.tasks.run(
            lambda _task: likely_matches_of_new_person(ws, number, values),
            on_done=lambda found: self._checked(values, found),
            on_failed=self._failed,
        )

    def _checked(self, values: dict[str, Any], found: list[LikelyMatch]) -> None:
        self.buttons.setEnabled(True)
        if not found:
            self.likely.clear_message()
            super().submit()
            return
        self._warned_for = values
        lines = [self.tr("This person may be recorded already. Check before adding:")]
        lines += [self._describe(m) for m in found]
        lines.append(self.tr("If this is someone else, press Add anyway (the warning is kept in the audit trail)."))
        self.likely.show_message("\n".join(lines))
        ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setText(self.tr("Add &anyway"))
        ok.setFocus()

    def _describe(self, m: LikelyMatch) -> str:
        names = {
            "same": self.tr("same name"),
            "variant": self.tr("spelling variant of the name"),
            "script": self.tr("the name in another script"),
        }
        dates = {
            "same": self.tr("same date of birth"),
            "compatible": self.tr("compatible date of birth"),
            "unknown": self.tr("no date of birth to compare"),
        }
        why = names.get(m.name_match, m.name_match)
        if m.variants:
            why += " (" + ", ".join(f"{typed} / {recorded}" for typed, recorded in m.variants) + ")"
        who = " ".join(x for x in (m.name, f"({m.native_name})" if m.native_name and m.name else m.native_name) if x)
        return (
            self.tr("• %1, %2 in case %3, born %4: %5, %6")
            .replace("%1", who)
            .replace("%2", L.roles().get(m.role, m.role).lower())
            .replace("%3", m.case_number)
            .replace("%4", m.dob or self.tr("unknown"))
            .replace("%5", why)
            .replace("%6", dates.get(m.dob_match, m.dob_match))
        )

    def work(self, values: dict[str, Any]) -> Callable[[object], Any]:
        ws, number = self.ctx.ws, self.case_number
        return lambda _task: add_person_checked(ws, number, values)

    def _done(self, result: Any) -> None:
        # The case view selects the new person by the id the dialog leaves in result_value.
        super()._done(result.person_id)


class CaseDetailsDialog(_ServiceDialog):
    """Stage, priority, expedited and the status fields of a case."""

    where = "case"
    KEYS = ("priority", "stage", "expedited", "expedite_reason", "security_check_status", "medical_status", "unhcr_id")

    def __init__(self, ctx: UiContext, doc: dict[str, Any], parent: QWidget | None = None) -> None:
        super().__init__(ctx, self.tr("Case {case}").format(case=doc["case_number"]), parent)
        self.doc = doc
        names = L.case_fields()
        self.priority = ChoiceCombo(L.priorities())
        self.priority.set_code(doc.get("priority"))
        self.stage = ChoiceCombo(L.stages())
        self.stage.set_code(doc.get("stage"))
        self.expedited = QCheckBox(self.tr("E&xpedited processing"))
        self.expedited.setChecked(bool(doc.get("expedited")))
        self.expedite_reason = ShortTextEdit(doc.get("expedite_reason") or "")
        self.security = ChoiceCombo(L.security_statuses())
        self.security.set_code(doc.get("security_check_status"))
        self.medical = ChoiceCombo(L.medical_statuses())
        self.medical.set_code(doc.get("medical_status"))
        self.unhcr_id = QLineEdit(doc.get("unhcr_id") or "")
        for key, editor in (
            ("priority", self.priority),
            ("stage", self.stage),
            ("expedited", self.expedited),
            ("expedite_reason", self.expedite_reason),
            ("security_check_status", self.security),
            ("medical_status", self.medical),
            ("unhcr_id", self.unhcr_id),
        ):
            self.add_field(key, self.tr("{field}:").format(field=names[key]), editor)
        self.stage_reason = QLineEdit()
        self.stage_reason.setPlaceholderText(self.tr("For example: interview recorded on the wrong case"))
        self.add_field("reason", self.tr("&Why the stage moves back:"), self.stage_reason)
        self.expedited.toggled.connect(self.expedite_reason.setEnabled)
        self.expedite_reason.setEnabled(self.expedited.isChecked())
        self._offer_by_role(set(doc.get("may") or ()))
        self.stage.currentIndexChanged.connect(self._show_reason)
        self._show_reason()
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("&Save"))

    def _offer_by_role(self, may: set[str]) -> None:
        """Offer only the changes the user's role may make (the services refuse the others too):
        adjudication outcomes and security-check results are adjudication support's and team
        leads'; moving a stage backwards is a team lead's."""
        current = self.doc.get("stage")
        decider = "record_adjudication" in may
        if not decider and current in ("denied", "on-hold"):
            self.stage.setEnabled(False)
            self.stage.setToolTip(self.tr("Only adjudication support or a team lead may move a denied or held case."))
        model = self.stage.model()
        for i in range(self.stage.count()):
            code = self.stage.itemData(i)
            if code == current or not isinstance(code, str):
                continue
            barred = (code in roles.OUTCOME_STAGES and not decider) or (
                roles.stage_moves_back(current, code) and "move_stage_back" not in may
            )
            item = model.item(i) if hasattr(model, "item") else None
            if barred and item is not None:
                item.setEnabled(False)
                item.setToolTip(
                    self.tr("Adjudication outcomes are recorded by adjudication support or a team lead.")
                    if code in roles.OUTCOME_STAGES and not decider
                    else self.tr("Only a team lead may move a case's stage back.")
                )
        if "record_security_checks" not in may:
            self.security.setEnabled(False)
            self.security.setToolTip(
                self.tr("Security-check results are recorded by adjudication support or a team lead.")
            )

    def _show_reason(self) -> None:
        back = roles.stage_moves_back(self.doc.get("stage"), self.stage.code())
        self.rows["reason"].setVisible(back)
        label = self.form.labelForField(self.rows["reason"])
        if label is not None:
            label.setVisible(back)

    def values(self) -> dict[str, Any]:
        edited: dict[str, Any] = {
            "priority": self.priority.code(),
            "stage": self.stage.code(),
            "expedited": self.expedited.isChecked(),
            "expedite_reason": self.expedite_reason.toPlainText().strip() or None,
            "security_check_status": self.security.code(),
            "medical_status": self.medical.code(),
            "unhcr_id": self.unhcr_id.text().strip() or None,
        }
        # Only what changed goes to the service, so the audit trail names real changes.
        return {k: v for k, v in edited.items() if (self.doc.get(k) or None) != (v or None)}

    def submit(self) -> None:
        values = self.values()
        if self.expedited.isChecked() and not self.expedite_reason.toPlainText().strip():
            self.rows["expedite_reason"].show_error(self.tr("Say why this case is expedited."))
            self.expedite_reason.setFocus()
            return
        if roles.stage_moves_back(self.doc.get("stage"), self.stage.code()) and not self.stage_reason.text().strip():
            self.rows["reason"].show_error(self.tr("Say why the stage moves back; it is kept in the case's history."))
            self.stage_reason.setFocus()
            return
        if not values:
            self.reject()
            return
        super().submit()

    def work(self, values: dict[str, Any]) -> Callable[[object], Any]:
        ws, number = self.ctx.ws, self.doc["case_number"]
        reason = self.stage_reason.text().strip() if "stage" in values else ""
        return lambda _task: set_case_fields(ws, number, dict(values), reason=reason or None)


class MoveFileDialog(_ServiceDialog):
    """Record that the physical case file went somewhere else (chain of custody)."""

    def __init__(self, ctx: UiContext, doc: dict[str, Any], parent: QWidget | None = None) -> None:
        super().__init__(ctx, self.tr("Move the file of {case}").format(case=doc["case_number"]), parent)
        self.doc = doc
        current = QLabel(doc.get("file_location") or self.tr("Unknown"))
        current.setWordWrap(True)
        self.form.addRow(self.tr("Now at:"), current)
        self.to_location = QLineEdit()
        self.to_location.setPlaceholderText(self.tr("For example: Lima office, cabinet 2"))
        self.reason = QLineEdit()
        self.add_field("to", self.tr("&New location:"), self.to_location)
        self.add_field("reason", self.tr("&Reason:"), self.reason)
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("&Record move"))

    def values(self) -> dict[str, Any]:
        return {"to": self.to_location.text().strip(), "reason": self.reason.text().strip() or None}

    def work(self, values: dict[str, Any]) -> Callable[[object], Any]:
        ws, number = self.ctx.ws, self.doc["case_number"]
        return lambda _task: move_file(ws, number, values["to"], reason=values["reason"])
