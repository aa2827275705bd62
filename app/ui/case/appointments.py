"""The case page's Appointments tab: the case's appointments with their status, interpreter, and
whether the family was notified and confirmed; "Book appointment…" opens the Schedule's booking
dialog preset with the case, and the selected appointment can be moved, confirmed or cancelled.

The appointments are read (`schedule.list_appointments`) and changed on the task runner; each change
emits `case_changed`, so the case page (which calls `set_case` again when it re-reads the case), the
case list and the Schedule page all show it.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.errors import CircuitRideError
from app.models.roles import allowed
from app.services.schedule import ACTIVE_STATUSES, AppointmentInfo, cancel, list_appointments, set_status
from app.services.workspaces import Workspace
from app.ui.case import labels as L
from app.ui.case.widgets import MessageLine
from app.ui.context import UiContext
from app.ui.i18n import service_text
from app.ui.schedule import signed_in_role
from app.ui.schedule.booking import BookingDialog
from app.ui.table_model import Column, RowTableModel, list_table
from app.ui.tasks import Task

FLAG_COLOUR = QColor("#c62828")


@dataclass(frozen=True, slots=True)
class CaseAppointments:
    role: str
    appointments: list[AppointmentInfo]


def read_case_appointments(ws: Workspace, number: str) -> CaseAppointments:
    return CaseAppointments(signed_in_role(ws), list_appointments(ws, case_number=number))


class CaseAppointmentsTab(QWidget):
    def __init__(self, ctx: UiContext) -> None:
        super().__init__()
        self.ctx = ctx
        self.case_number: str | None = None
        self.role = "none"
        self._generation = 0
        types, statuses = L.appointment_types(), L.appointment_statuses()
        self.model: RowTableModel[AppointmentInfo] = RowTableModel(
            [
                Column(self.tr("When"), lambda a: a.start[:16].replace("T", " ")),
                Column(self.tr("Minutes"), lambda a: str(a.minutes)),
                Column(self.tr("Type"), lambda a: L.label(types, a.type)),
                Column(self.tr("Status"), lambda a: L.label(statuses, a.status), tooltip=self._status_tip),
                Column(self.tr("Where"), lambda a: ", ".join(x for x in (a.site, a.room) if x), tooltip="value"),
                Column(self.tr("Interpreter"), lambda a: a.interpreter, tooltip="value"),
                Column(self.tr("Language"), lambda a: L.language_name(a.language) if a.language else ""),
                Column(self.tr("Officer"), lambda a: a.officer, tooltip="value"),
                Column(self.tr("Family"), self._family),
                Column(
                    self.tr("Clash"),
                    lambda a: "⚠ " + a.override_reason if a.override_reason else "",
                    tooltip=lambda a: (
                        self.tr("Booked despite a clash: {reason}").format(reason=a.override_reason)
                        if a.override_reason
                        else None
                    ),
                    foreground=lambda a: FLAG_COLOUR if a.override_reason else None,
                ),
            ]
        )
        self.table = list_table(self.model, self.tr("Appointments of the case"))
        # The sentence the read-only list before this tab showed, in its context: translated already.
        self.empty = QLabel(QCoreApplication.translate("AppointmentsTab", "No appointments for this case yet."))
        self.empty.setStyleSheet("color: palette(mid);")
        self.error = MessageLine("error")
        self.book_button = QPushButton(self.tr("&Book appointment…"))
        self.move_button = QPushButton(self.tr("&Move or change…"))
        self.confirm_button = QPushButton(self.tr("Con&firmed by the family"))
        self.cancel_button = QPushButton(self.tr("&Cancel appointment…"))
        buttons = QHBoxLayout()
        for button in (self.book_button, self.move_button, self.confirm_button, self.cancel_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addLayout(buttons)
        layout.addWidget(self.error)
        layout.addWidget(self.empty)
        layout.addWidget(self.table, 1)
        self.book_button.clicked.connect(lambda: self.book())
        self.move_button.clicked.connect(lambda: self.open_selected())
        self.confirm_button.clicked.connect(self.confirm_selected)
        self.cancel_button.clicked.connect(self.ask_cancel)
        self.table.activated.connect(lambda _index: self.open_selected())
        self.table.selectionModel().selectionChanged.connect(self._enable)
        self._show([])

    def _family(self, a: AppointmentInfo) -> str:
        marks = []
        if a.notified:
            marks.append(self.tr("notified"))
        if a.status == "confirmed":
            marks.append(self.tr("confirmed"))
        return ", ".join(marks)

    def _status_tip(self, a: AppointmentInfo) -> str | None:
        if a.cancel_reason:
            return self.tr("Cancelled: {reason}").format(reason=a.cancel_reason)
        return None

    # ----- reading ---------------------------------------------------------------------------
    def set_case(self, number: str | None) -> None:
        """Show this case's appointments (read on the worker); None shows nothing."""
        self._generation += 1
        self.case_number = number
        self.error.clear_message()
        if number is None or not self.ctx.ws.is_unlocked:
            self.role = "none"
            self._show([])
            return
        generation, ws = self._generation, self.ctx.ws

        def done(read: CaseAppointments) -> None:
            if generation == self._generation:
                self.role = read.role
                self._show(read.appointments)

        def failed(exc: CircuitRideError) -> None:
            if generation == self._generation:
                self.error.show_message(service_text(exc))

        self.ctx.tasks.run(lambda _task: read_case_appointments(ws, number), on_done=done, on_failed=failed)

    def _show(self, appointments: list[AppointmentInfo]) -> None:
        selected = self.selected()
        self.model.set_rows(appointments)
        self.empty.setVisible(not appointments)
        self.table.setVisible(bool(appointments))
        if selected is not None:
            for row, info in enumerate(appointments):
                if info.id == selected.id:
                    self.table.selectRow(row)
        self._enable()

    # ----- acting ----------------------------------------------------------------------------
    def selected(self) -> AppointmentInfo | None:
        rows = self.table.selectionModel().selectedRows()
        return self.model.row_at(rows[0].row()) if rows else None

    def _enable(self) -> None:
        may = allowed(self.role, "edit_cases") and self.case_number is not None
        chosen = self.selected()
        active = chosen is not None and chosen.status in ACTIVE_STATUSES
        self.book_button.setEnabled(may)
        self.move_button.setEnabled(may and active)
        self.confirm_button.setEnabled(may and active and chosen is not None and chosen.status != "confirmed")
        self.cancel_button.setEnabled(may and active)

    def book(self) -> BookingDialog | None:
        if self.case_number is None:
            return None
        return self._open(BookingDialog(self.ctx, self, case_number=self.case_number))

    def open_selected(self) -> BookingDialog | None:
        chosen = self.selected()
        if chosen is None or chosen.status not in ACTIVE_STATUSES or not allowed(self.role, "edit_cases"):
            return None
        return self._open(BookingDialog(self.ctx, self, appointment=chosen))

    def _open(self, dialog: BookingDialog) -> BookingDialog:
        dialog.accepted.connect(self._changed)
        dialog.finished.connect(dialog.deleteLater)
        dialog.open()
        return dialog

    def confirm_selected(self) -> None:
        chosen = self.selected()
        if chosen is not None:
            ws, key = self.ctx.ws, chosen.id
            self._write(lambda _task: set_status(ws, key, "confirmed"))

    def ask_cancel(self) -> None:
        chosen = self.selected()
        if chosen is None:
            return
        reason, ok = QInputDialog.getText(
            self,
            self.tr("Cancel appointment"),
            self.tr("Why is the appointment on {time} cancelled?").format(time=chosen.start[:16].replace("T", " ")),
            QLineEdit.EchoMode.Normal,
        )
        if ok and reason.strip():
            self.cancel_appointment(chosen.id, reason.strip())

    def cancel_appointment(self, appointment_id: str, reason: str) -> None:
        ws = self.ctx.ws
        self._write(lambda _task: cancel(ws, appointment_id, reason))

    def _write(self, work: Callable[[Task], Any]) -> None:
        self.error.clear_message()
        self.ctx.tasks.run(
            work, on_done=lambda _r: self._changed(), on_failed=lambda exc: self.error.show_message(service_text(exc))
        )

    def _changed(self) -> None:
        if self.case_number is not None:
            self.ctx.events.case_changed.emit(self.case_number)
