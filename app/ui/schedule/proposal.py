"""A ride's proposal: choose the ride, the appointment type, the days and the length; the proposal
is made on the task runner (`schedule.propose`), then reviewed: the slots found, the cases that could
not be placed and why, and "Apply all", which books every slot in one transaction
(`schedule.apply_proposal`) or, when any slot was taken meanwhile, nothing at all.
"""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QDate
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QListWidget,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from app.errors import CircuitRideError
from app.services.schedule import DEFAULT_MINUTES, MAX_MINUTES, AppointmentInfo, Proposal, apply_proposal, propose
from app.ui.case import labels as L
from app.ui.case.widgets import ChoiceCombo, MessageLine
from app.ui.context import UiContext
from app.ui.i18n import service_text
from app.ui.table_model import Column, RowTableModel, list_table
from app.ui.tasks import Task


def _qdate(day: dt.date) -> QDate:
    return QDate(day.year, day.month, day.day)


class ProposeDialog(QDialog):
    """The proposal's parameters; OK makes it and opens the review (`review` holds it)."""

    def __init__(
        self, ctx: UiContext, rides: tuple[str, ...], first_day: dt.date, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.review: ProposalReview | None = None
        self.setWindowTitle(self.tr("Propose appointments for a ride"))
        self.ride = QComboBox()
        self.ride.addItems(list(rides))
        self.type = ChoiceCombo(L.appointment_types())
        self.type.set_code("interview")
        monday = first_day - dt.timedelta(days=first_day.weekday())
        self.first = QDateEdit(_qdate(first_day))
        self.first.setCalendarPopup(True)
        self.first.setDisplayFormat("yyyy-MM-dd")
        self.last = QDateEdit(_qdate(max(first_day, monday + dt.timedelta(days=4))))
        self.last.setCalendarPopup(True)
        self.last.setDisplayFormat("yyyy-MM-dd")
        self.minutes = QSpinBox()
        self.minutes.setRange(5, MAX_MINUTES)
        self.minutes.setSingleStep(15)
        self.minutes.setSuffix(self.tr(" min"))
        self.minutes.setValue(DEFAULT_MINUTES)
        form = QFormLayout()
        form.addRow(self.tr("&Ride:"), self.ride)
        form.addRow(self.tr("Appointment &type:"), self.type)
        form.addRow(self.tr("&First day:"), self.first)
        form.addRow(self.tr("&Last day:"), self.last)
        form.addRow(self.tr("Le&ngth:"), self.minutes)
        hint = MessageLine("hint")
        hint.show_message(
            self.tr(
                "Every case of the ride that still needs this appointment gets a slot on a weekday, within "
                "the site's hours, with an interpreter who speaks the family's language. Nothing is booked "
                "until you apply the proposal."
            )
        )
        self.error = MessageLine("error")
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("&Propose"))
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(bool(rides))
        if not rides:
            self.error.show_message(self.tr("No case in this workspace belongs to a ride."))
        self.buttons.accepted.connect(self.submit)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(hint)
        layout.addWidget(self.error)
        layout.addWidget(self.buttons)
        self.setMinimumWidth(460)

    def submit(self) -> None:
        ws = self.ctx.ws
        ride, kind, minutes = self.ride.currentText(), self.type.code() or "interview", self.minutes.value()
        first, last = self.first.date().toString("yyyy-MM-dd"), self.last.date().toString("yyyy-MM-dd")

        def work(_task: Task) -> Proposal:
            return propose(ws, ride, type=kind, first_day=first, last_day=last, minutes=minutes)

        self.error.clear_message()
        self.buttons.setEnabled(False)
        self.ctx.tasks.run(work, on_done=self._proposed, on_failed=self._failed)

    def _proposed(self, proposal: Proposal) -> None:
        self.buttons.setEnabled(True)
        self.review = ProposalReview(self.ctx, proposal, self.ride.currentText(), self.parentWidget())
        self.accept()

    def _failed(self, exc: CircuitRideError) -> None:
        self.buttons.setEnabled(True)
        self.error.show_message(service_text(exc))


class ProposalReview(QDialog):
    """The slots and the unplaced cases; "Apply all" books them all or none."""

    def __init__(self, ctx: UiContext, proposal: Proposal, ride: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.proposal = proposal
        self.applied: Proposal | None = None
        self.setWindowTitle(self.tr("Proposal for {ride}").format(ride=ride))
        types = L.appointment_types()
        self.model: RowTableModel[AppointmentInfo] = RowTableModel(
            [
                Column(self.tr("When"), lambda a: a.start[:16].replace("T", " ")),
                Column(self.tr("Minutes"), lambda a: str(a.minutes)),
                Column(self.tr("Case"), lambda a: a.case_number),
                Column(self.tr("Type"), lambda a: L.label(types, a.type)),
                Column(self.tr("Interpreter"), lambda a: a.interpreter or self.tr("none needed"), tooltip="value"),
                Column(self.tr("Site"), lambda a: a.site, tooltip="value"),
            ]
        )
        self.model.set_rows(proposal.slots)
        self.table = list_table(self.model, self.tr("Proposed appointments"), single=False)
        summary = QLabel(
            self.tr("%n appointment(s) proposed.", "", len(proposal.slots))
            + " "
            + self.tr("%n case(s) could not be placed.", "", len(proposal.unplaced))
        )
        summary.setWordWrap(True)
        self.unplaced = QListWidget()
        self.unplaced.setAccessibleName(self.tr("Cases not placed"))
        for number, why in proposal.unplaced:
            self.unplaced.addItem(self.tr("{case}: {why}").format(case=number, why=service_text(why)))
        self.unplaced.setVisible(bool(proposal.unplaced))
        self.unplaced.setMaximumHeight(140)
        self.error = MessageLine("error")
        self.error.setObjectName("proposalProblem")
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.apply_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.apply_button.setText(self.tr("&Apply all"))
        self.apply_button.setEnabled(bool(proposal.slots))
        self.buttons.accepted.connect(self.apply)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(summary)
        layout.addWidget(self.table, 1)
        if proposal.unplaced:
            layout.addWidget(QLabel(self.tr("Not placed:")))
        layout.addWidget(self.unplaced)
        layout.addWidget(self.error)
        layout.addWidget(self.buttons)
        self.resize(760, 520)

    def apply(self) -> None:
        ws, proposal = self.ctx.ws, self.proposal
        self.error.clear_message()
        self.buttons.setEnabled(False)
        self.ctx.tasks.run(lambda _task: apply_proposal(ws, proposal), on_done=self._applied, on_failed=self._failed)

    def _applied(self, applied: Proposal) -> None:
        self.buttons.setEnabled(True)
        self.applied = applied
        self.accept()

    def _failed(self, exc: CircuitRideError) -> None:
        self.buttons.setEnabled(True)
        self.error.show_message(
            self.tr("Nothing was booked: {reason}").format(reason=service_text(exc))
            + " "
            + self.tr("Propose again to see what is free now.")
        )
