"""Book an appointment, or move one: the dialog of the Schedule page and of a case's Appointments tab.

What it offers (case numbers, sites, the active interpreters, the user's role) is read on the task
runner when it opens; OK runs `schedule.book` or `schedule.move` there too. A booking that clashes
stays open with every reason shown above the buttons; a team lead then may tick "Book anyway" and
give the reason the appointment keeps (`force_reason`).
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QDateTime, Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QCompleter,
    QDateTimeEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLineEdit,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from app.errors import CircuitRideError
from app.models.roles import allowed
from app.services.case_list import case_facets, case_rows
from app.services.interpreters import InterpreterInfo, list_interpreters
from app.services.schedule import DEFAULT_MINUTES, MAX_MINUTES, AppointmentInfo, ScheduleConflict, book, move
from app.services.workspaces import Workspace
from app.ui.case import labels as L
from app.ui.case.widgets import ChoiceCombo, MessageLine
from app.ui.context import UiContext
from app.ui.i18n import service_text
from app.ui.schedule import signed_in_role
from app.ui.tasks import Task

MINUTES_STEP = 15


@dataclass(frozen=True, slots=True)
class BookingChoices:
    role: str
    case_numbers: list[str]
    sites: tuple[str, ...]
    interpreters: list[InterpreterInfo]  # the active ones (and the appointment's own, if not)


def read_choices(ws: Workspace, *, with_cases: bool, interpreter_id: str | None) -> BookingChoices:
    """Runs on the worker: what the dialog's fields offer."""
    interpreters = list_interpreters(ws)
    if interpreter_id and all(i.id != interpreter_id for i in interpreters):
        interpreters += [i for i in list_interpreters(ws, include_inactive=True) if i.id == interpreter_id]
    numbers = [row.case_number for row in case_rows(ws)] if with_cases else []
    return BookingChoices(signed_in_role(ws), numbers, case_facets(ws).sites, interpreters)


def interpreter_text(info: InterpreterInfo) -> str:
    """ "Tesfay Synthetic — Tigrinya (native), Amharic" for a choice list."""
    spoken = ", ".join(
        f"{L.language_name(entry['code'])} ({entry['proficiency']})"
        if entry.get("proficiency")
        else L.language_name(entry["code"])
        for entry in info.languages
    )
    return f"{info.name} — {spoken}" if spoken else info.name


class BookingDialog(QDialog):
    """New booking (`appointment` None, fields preset from the other arguments) or a move."""

    def __init__(
        self,
        ctx: UiContext,
        parent: QWidget | None = None,
        *,
        appointment: AppointmentInfo | None = None,
        case_number: str | None = None,
        start: str | None = None,
        site: str | None = None,
        room: str | None = None,
        interpreter_id: str | None = None,
    ) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.appointment = appointment
        self.role = "none"
        self.result_id: str | None = None  # the new or moved appointment's id, once saved
        moving = appointment is not None
        self.setWindowTitle(
            self.tr("Move or change appointment of {case}").format(case=appointment.case_number)
            if appointment is not None
            else self.tr("Book appointment")
        )
        self.case = QLineEdit(appointment.case_number if appointment else (case_number or ""))
        self.case.setPlaceholderText(self.tr("Case number, e.g. AMM-000123"))
        self.case.setReadOnly(moving or bool(case_number))
        self.type = ChoiceCombo(L.appointment_types())
        self.type.set_code(appointment.type if appointment else "interview")
        self.type.setEnabled(not moving)
        self.when = QDateTimeEdit()
        self.when.setCalendarPopup(True)
        self.when.setDisplayFormat("yyyy-MM-dd HH:mm")
        first = (appointment.start if appointment else start) or _next_half_hour()
        self.when.setDateTime(QDateTime.fromString(first[:16], "yyyy-MM-ddTHH:mm"))
        self.minutes = QSpinBox()
        self.minutes.setRange(5, MAX_MINUTES)
        self.minutes.setSingleStep(MINUTES_STEP)
        self.minutes.setSuffix(self.tr(" min"))
        self.minutes.setValue(appointment.minutes if appointment else DEFAULT_MINUTES)
        self.site = QComboBox()
        self.site.setEditable(True)
        self.site.setEditText(appointment.site if appointment else (site or ""))
        self.site.setEnabled(not moving)
        self.site.setToolTip(self.tr("Empty: the case's site"))
        self.room = QLineEdit(appointment.room if appointment else (room or ""))
        self.interpreter = QComboBox()
        self.interpreter.addItem(self.tr("No interpreter"), None)
        self._wanted_interpreter = appointment.interpreter_id if appointment else interpreter_id
        self.officer = QLineEdit(appointment.officer if appointment else "")
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        form.addRow(self.tr("&Case:"), self.case)
        form.addRow(self.tr("&Type:"), self.type)
        form.addRow(self.tr("&When:"), self.when)
        form.addRow(self.tr("&Length:"), self.minutes)
        form.addRow(self.tr("&Site:"), self.site)
        form.addRow(self.tr("&Room:"), self.room)
        form.addRow(self.tr("&Interpreter:"), self.interpreter)
        form.addRow(self.tr("&Officer:"), self.officer)
        self.error = MessageLine("error")
        self.error.setObjectName("bookingProblem")
        self.force = QCheckBox(self.tr("Book &anyway, despite the clash (team lead)"))
        self.force.hide()
        self.reason = QLineEdit()
        self.reason.setPlaceholderText(self.tr("Why it is booked despite the clash (kept with the appointment)"))
        self.reason.setAccessibleName(self.tr("Reason for booking anyway"))
        self.reason.hide()
        self.force.toggled.connect(self.reason.setVisible)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setText(self.tr("&Move") if moving else self.tr("&Book"))
        ok.setEnabled(False)  # until the choices are read
        self.buttons.accepted.connect(self.submit)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(self.force)
        layout.addWidget(self.reason)
        layout.addWidget(self.buttons)
        self.setMinimumWidth(520)
        self.loaded = False
        ws, wanted, with_cases = ctx.ws, self._wanted_interpreter, not self.case.isReadOnly()
        ctx.tasks.run(
            lambda _task: read_choices(ws, with_cases=with_cases, interpreter_id=wanted),
            on_done=self._choices,
            on_failed=lambda exc: self.error.show_message(service_text(exc)),
        )

    def _choices(self, choices: BookingChoices) -> None:
        self.role = choices.role
        if choices.case_numbers:
            completer = QCompleter(choices.case_numbers, self)
            completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
            completer.setFilterMode(Qt.MatchFlag.MatchContains)
            self.case.setCompleter(completer)
        typed = self.site.currentText()
        self.site.addItems(list(choices.sites))
        self.site.setEditText(typed)
        for info in choices.interpreters:
            self.interpreter.addItem(interpreter_text(info), info.id)
        index = self.interpreter.findData(self._wanted_interpreter)
        self.interpreter.setCurrentIndex(max(index, 0))
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(True)
        self.loaded = True

    def values(self) -> dict[str, Any]:
        data = self.interpreter.currentData()
        return {
            "start": self.when.dateTime().toString("yyyy-MM-ddTHH:mm"),
            "minutes": self.minutes.value(),
            "room": self.room.text().strip() or None,
            "interpreter": str(data) if data else None,
            "officer": self.officer.text().strip() or None,
        }

    def submit(self) -> None:
        force_reason = self.reason.text().strip() if self.force.isChecked() else None
        if self.force.isChecked() and not force_reason:
            self.error.show_message(self.tr("Say why it is booked despite the clash."))
            self.reason.setFocus()
            return
        ws, values = self.ctx.ws, self.values()
        appointment = self.appointment
        if appointment is not None:
            appointment_id = appointment.id

            def work(_task: Task) -> str:
                move(ws, appointment_id, force_reason=force_reason, **values)
                return appointment_id

        else:
            number, kind, site = self.case.text().strip(), self.type.code() or "interview", self.site.currentText()

            def work(_task: Task) -> str:
                return book(ws, number, type=kind, site=site.strip() or None, force_reason=force_reason, **values)

        self.error.clear_message()
        self.buttons.setEnabled(False)
        self.ctx.tasks.run(work, on_done=self._saved, on_failed=self._failed)

    def _saved(self, appointment_id: str) -> None:
        self.buttons.setEnabled(True)
        self.result_id = appointment_id
        self.accept()

    def _failed(self, exc: CircuitRideError) -> None:
        self.buttons.setEnabled(True)
        self.error.show_message(service_text(exc))
        if isinstance(exc, ScheduleConflict) and allowed(self.role, "override_schedule"):
            self.force.show()


def _next_half_hour() -> str:
    now = dt.datetime.now().replace(second=0, microsecond=0)
    later = now + dt.timedelta(minutes=30 - now.minute % 30)
    return later.strftime("%Y-%m-%dT%H:%M")
