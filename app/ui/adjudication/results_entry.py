"""The fast results entry: one officer's result for one case (kind, outcome, date, officer, reason),
recorded through `app.services.results.record_result` on the task runner's worker.

Built for entering a whole docket from the keyboard: the outcome is picked with 1–4 (Alt+1–4 from
anywhere on the page), Ctrl+Enter records, and the host moves on to the next appointment. An
interview result can mark its appointment done in the same motion (`schedule.set_status`). The
services' role rules decide who may record; the host hides this form from a role that may not
(`may_record`, read on the worker). Refusals arrive as the services' own messages in the form's
message line, never as a traceback.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QDate, Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractButton,
    QBoxLayout,
    QButtonGroup,
    QCheckBox,
    QDateEdit,
    QFormLayout,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from app.errors import CircuitRideError
from app.models import vocab
from app.ui.case.widgets import ChoiceCombo, MessageLine, ShortTextEdit
from app.ui.context import UiContext
from app.ui.i18n import service_text
from app.ui.tasks import Task

if TYPE_CHECKING:
    from app.services.workspaces import Workspace

# Called by this name with literal arguments, so pyside6-lupdate finds every label.
translate = QCoreApplication.translate

ISO_DATE = "yyyy-MM-dd"
RECORD_KEYS = ("Ctrl+Return", "Ctrl+Enter")  # Enter on the keypad too


def result_kinds() -> dict[str, str]:
    return {
        "interview": translate("ResultLabels", "Interview"),
        "fingerprints": translate("ResultLabels", "Fingerprints"),
        "medical": translate("ResultLabels", "Medical"),
    }


def outcomes(kind: str) -> dict[str, str]:
    """The outcomes of a kind of result, in the order of their keys (1, 2, …)."""
    labels = {
        "approve": translate("ResultLabels", "Approve"),
        "deny": translate("ResultLabels", "Deny"),
        "hold": translate("ResultLabels", "Hold"),
        "request_for_evidence": translate("ResultLabels", "Request for evidence"),
        "cleared": translate("ResultLabels", "Cleared"),
        "pending": translate("ResultLabels", "Pending"),
        "hit": translate("ResultLabels", "Hit"),
        "retake": translate("ResultLabels", "Retake"),
        "deferred": translate("ResultLabels", "Deferred"),
    }
    return {code: labels.get(code, code.replace("_", " ")) for code in vocab.RESULT_OUTCOMES.get(kind, ())}


def outcome_label(kind: str, outcome: str) -> str:
    return outcomes(kind).get(outcome, outcome.replace("_", " "))


def may_record(ws: Workspace) -> bool:
    """Runs on the worker: whether the signed-in user's role records results (the form is offered
    only then; the services refuse the others anyway). The services are imported here, on the
    worker, so that the case page's modules import none of them on the GUI thread at start-up."""
    from app.services.authz import allowed
    from app.services.users import list_users

    role = next((u.role for u in list_users(ws) if u.username == ws.username and u.active), "none")
    return allowed(role, "record_adjudication")


@dataclass(frozen=True, slots=True)
class EntryTarget:
    """What a result is recorded for, and the form's defaults."""

    case_number: str
    title: str  # shown above the form: the case number and the principal applicant
    day: str  # YYYY-MM-DD: the date's default (the docket's day)
    officer: str = ""
    kind: str = "interview"
    appointment_id: str | None = None  # the appointment an interview result may mark done


@dataclass(frozen=True, slots=True)
class Recorded:
    """What recording did: the result, and the appointment marked done (or why it was not)."""

    result_id: str
    case_number: str
    marked_done: bool
    done_problem: str  # the service's message in the interface language, "" when none


class ResultsEntry(QWidget):
    """Kind, outcome (1–4), date, officer, reason; Record (Ctrl+Enter)."""

    recorded = Signal(str)  # a result was recorded for this case number

    def __init__(self, ctx: UiContext, shortcut_scope: QWidget | None = None, *, wide: bool = False) -> None:
        """`shortcut_scope` is the widget Ctrl+Enter records from (the whole page, a dialog);
        `wide` lays the form out in two rows across (under a list) rather than a field a row."""
        super().__init__()
        self.ctx = ctx
        self.target: EntryTarget | None = None
        self.busy = False
        self._generation = 0  # moves with the target: an answer for an earlier one is not shown

        self.heading = QLabel()
        self.heading.setWordWrap(True)
        self.heading.setTextFormat(Qt.TextFormat.PlainText)
        font = self.heading.font()
        font.setBold(True)
        self.heading.setFont(font)
        self.error = MessageLine("error")
        self.notice = MessageLine("notice")

        self.kind = ChoiceCombo(result_kinds())
        self.outcome_box = QWidget()
        self.outcome_box.setAccessibleName(self.tr("Outcome"))
        self.outcome_layout: QBoxLayout = QHBoxLayout(self.outcome_box) if wide else QVBoxLayout(self.outcome_box)
        self.outcome_layout.setContentsMargins(0, 0, 0, 0)
        self.outcome_layout.setSpacing(16 if wide else 2)
        self.outcome_layout.setAlignment(Qt.AlignmentFlag.AlignLeft)
        self.outcome_group = QButtonGroup(self)
        self.outcome_group.setExclusive(True)
        self.date = QDateEdit(QDate.currentDate())
        self.date.setDisplayFormat(ISO_DATE)
        self.date.setCalendarPopup(True)
        self.officer = QLineEdit()
        self.officer.setPlaceholderText(self.tr("You, when left empty"))
        self.reason = ShortTextEdit(lines=2 if wide else 3)
        self.reason.setAccessibleName(self.tr("Reason"))
        self.mark_done = QCheckBox(self.tr("Mark the appointment do&ne"))
        self.mark_done.setChecked(True)
        self.record_button = QPushButton(self.tr("&Record"))
        self.record_button.setToolTip(self.tr("Record this result (Ctrl+Enter)"))

        captions = {}
        for key, text, field in (
            ("kind", self.tr("&Kind:"), self.kind),
            ("outcome", self.tr("Outcome:"), self.outcome_box),
            ("date", self.tr("D&ate:"), self.date),
            ("officer", self.tr("Offi&cer:"), self.officer),
            ("reason", self.tr("R&eason:"), self.reason),
        ):
            captions[key] = QLabel(text)
            captions[key].setBuddy(field)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.heading)
        layout.addWidget(self.error)
        layout.addWidget(self.notice)
        if wide:  # beside a list on a page: two rows across
            grid = QGridLayout()
            grid.setHorizontalSpacing(8)
            grid.addWidget(captions["kind"], 0, 0)
            grid.addWidget(self.kind, 0, 1)
            grid.addWidget(captions["outcome"], 0, 2)
            grid.addWidget(self.outcome_box, 0, 3, 1, 3)
            grid.addWidget(captions["date"], 1, 0)
            grid.addWidget(self.date, 1, 1)
            grid.addWidget(captions["officer"], 1, 2)
            grid.addWidget(self.officer, 1, 3)
            grid.addWidget(captions["reason"], 1, 4, Qt.AlignmentFlag.AlignTop)
            grid.addWidget(self.reason, 1, 5, 2, 1)
            grid.addWidget(self.mark_done, 2, 3)
            done_and_record = QVBoxLayout()
            done_and_record.addStretch(1)
            done_and_record.addWidget(self.record_button)
            grid.addLayout(done_and_record, 1, 6, 2, 1)
            grid.setColumnStretch(3, 2)
            grid.setColumnStretch(5, 3)
            layout.addLayout(grid)
        else:  # a dialog of its own: one field a row
            form = QFormLayout()
            form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
            form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
            for key, field in (
                ("kind", self.kind),
                ("outcome", self.outcome_box),
                ("date", self.date),
                ("officer", self.officer),
                ("reason", self.reason),
            ):
                form.addRow(captions[key], field)
            form.addRow("", self.mark_done)
            buttons = QHBoxLayout()
            buttons.addStretch(1)
            buttons.addWidget(self.record_button)
            layout.addLayout(form)
            layout.addLayout(buttons)
            layout.addStretch(1)
        self._connect(shortcut_scope or self)
        self._show_outcomes()
        self.set_target(None)

    def _connect(self, scope: QWidget) -> None:
        self.kind.currentIndexChanged.connect(lambda _i: self._kind_changed())
        self.outcome_group.buttonToggled.connect(self._outcome_toggled)
        self.record_button.clicked.connect(self.record)
        for keys in RECORD_KEYS:
            shortcut = QShortcut(QKeySequence(keys), scope, context=Qt.ShortcutContext.WidgetWithChildrenShortcut)
            shortcut.activated.connect(self.record)
        # Plain digits pick the outcome while the focus is in this form (a text box keeps its
        # digits: it takes the key before any shortcut); Alt+digit works from the whole window.
        for number in range(1, 5):
            shortcut = QShortcut(QKeySequence(str(number)), self, context=Qt.ShortcutContext.WidgetWithChildrenShortcut)
            shortcut.activated.connect(lambda n=number: self.choose_outcome(n))

    # ----- content ---------------------------------------------------------------------------------
    def set_target(self, target: EntryTarget | None) -> None:
        """Show the form for this case with its defaults (nothing chosen yet), or empty."""
        same = target is not None and self.target is not None and target.case_number == self.target.case_number
        self.target = target
        self._generation += 1
        self.busy = False
        self.error.clear_message()
        if not same:
            self.notice.clear_message()
        if target is None:
            self.heading.setText(self.tr("Select an appointment to record its result."))
        else:
            self.heading.setText(target.title)
            self.kind.set_code(target.kind if target.kind in vocab.RESULT_OUTCOMES else "interview")
            day = QDate.fromString(target.day, ISO_DATE)
            self.date.setDate(day if day.isValid() else QDate.currentDate())
            self.officer.setText(target.officer)
        self.reason.clear()
        self._show_outcomes()
        self._enable()

    def kind_code(self) -> str:
        return self.kind.code() or "interview"

    def outcome_code(self) -> str | None:
        button = self.outcome_group.checkedButton()
        value = button.property("code") if button is not None else None
        return str(value) if value else None

    def choose_outcome(self, number: int) -> None:
        """The outcome with this key (1 for the first), as its button shows it."""
        buttons = self.outcome_group.buttons()
        if self.target is not None and 1 <= number <= len(buttons):
            buttons[number - 1].setChecked(True)
            buttons[number - 1].setFocus(Qt.FocusReason.ShortcutFocusReason)

    def focus_outcome(self) -> None:
        """Put the keyboard in the form, on the outcomes."""
        button = self.outcome_group.checkedButton() or next(iter(self.outcome_group.buttons()), None)
        if button is not None and button.isEnabled():
            button.setFocus(Qt.FocusReason.OtherFocusReason)

    # ----- recording -------------------------------------------------------------------------------
    def record(self) -> None:
        target = self.target
        if target is None or self.busy or not self.isVisible():
            return
        outcome = self.outcome_code()
        if outcome is None:
            self.error.show_message(self.tr("Choose the outcome first (keys 1 to 4)."))
            self.focus_outcome()
            return
        reason = self.reason.toPlainText().strip()
        if outcome == "deny" and not reason:
            self.error.show_message(self.tr("Give the reason for the denial; it is kept with the result."))
            self.reason.setFocus(Qt.FocusReason.OtherFocusReason)
            return
        ws, kind, generation = self.ctx.ws, self.kind_code(), self._generation
        date, officer = self.date.date().toString(ISO_DATE), self.officer.text().strip()
        appointment = target.appointment_id if self._offers_done() and self.mark_done.isChecked() else None

        def work(_task: Task) -> Recorded:
            from app.services.results import record_result
            from app.services.schedule import set_status

            result_id = record_result(
                ws,
                target.case_number,
                kind=kind,
                outcome=outcome,
                reason=reason or None,
                date=date,
                officer=officer or None,
            )
            if appointment is None:
                return Recorded(result_id, target.case_number, False, "")
            try:
                set_status(ws, appointment, "done")
            except CircuitRideError as exc:  # the result stands; the appointment says why it stays
                return Recorded(result_id, target.case_number, False, service_text(exc))
            return Recorded(result_id, target.case_number, True, "")

        self.busy = True
        self.error.clear_message()
        self._enable()
        self.ctx.tasks.run(
            work,
            on_done=lambda done: self._recorded(generation, done, kind, outcome),
            on_failed=lambda exc: self._failed(generation, exc),
        )

    def _recorded(self, generation: int, done: Recorded, kind: str, outcome: str) -> None:
        if generation == self._generation:
            self.busy = False
            self._enable()
        text = (
            self.tr("Recorded for {case}: {kind}, {outcome}.")
            .replace("{case}", done.case_number)
            .replace("{kind}", result_kinds().get(kind, kind))
            .replace("{outcome}", outcome_label(kind, outcome))
        )
        if done.marked_done:
            text += " " + self.tr("The appointment is marked done.")
        elif done.done_problem:
            text += " " + self.tr("The appointment could not be marked done:") + " " + done.done_problem
        self.ctx.show_status(text)
        self.ctx.events.case_changed.emit(done.case_number)
        self.recorded.emit(done.case_number)  # the host may move on to the next case: shown there
        self.notice.show_message(text)

    def _failed(self, generation: int, exc: CircuitRideError) -> None:
        if generation != self._generation:
            self.ctx.show_status(service_text(exc))  # the form shows another case now
            return
        self.busy = False
        self._enable()
        self.error.show_message(service_text(exc))

    # ----- drawing ---------------------------------------------------------------------------------
    def _kind_changed(self) -> None:
        self._show_outcomes()
        self._enable()

    def _show_outcomes(self) -> None:
        """The kind's outcomes as buttons, none chosen; the same kind keeps its buttons (and the focus)."""
        wanted = outcomes(self.kind_code())
        buttons = self.outcome_group.buttons()
        if [b.property("code") for b in buttons] == list(wanted):
            self.outcome_group.setExclusive(False)  # an exclusive group never unchecks its last button
            for button in buttons:
                button.setChecked(False)
            self.outcome_group.setExclusive(True)
            return
        for button in buttons:
            self.outcome_group.removeButton(button)
            self.outcome_layout.removeWidget(button)
            button.hide()  # gone at once (deleted later), so the focus never rests on it
            button.deleteLater()
        for number, (code, text) in enumerate(wanted.items(), start=1):
            button = QRadioButton(f"&{number}  {text}")
            button.setProperty("code", code)
            button.setToolTip(self.tr("Key {n}, or Alt+{n}").replace("{n}", str(number)))
            self.outcome_group.addButton(button, number)
            self.outcome_layout.addWidget(button)
            button.show()  # now, not when the layout next runs: focus_outcome may give it the focus

    def _outcome_toggled(self, _button: QAbstractButton, checked: bool) -> None:
        if checked:
            self.error.clear_message()
            self._enable()

    def _offers_done(self) -> bool:
        return self.target is not None and self.target.appointment_id is not None and self.kind_code() == "interview"

    def _enable(self) -> None:
        ready = self.target is not None and not self.busy
        for widget in (self.kind, self.outcome_box, self.date, self.officer, self.reason, self.mark_done):
            widget.setEnabled(ready)
        self.record_button.setEnabled(ready and self.outcome_code() is not None)
        self.mark_done.setVisible(self._offers_done())
        self.reason.setPlaceholderText(self.tr("Required for a denial") if self.kind_code() == "interview" else "")
