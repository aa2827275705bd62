"""The interpreters tab of the Schedule page: who speaks what (and how well), where they work, how to
reach them, whether they still work with the team and when they are away.

Changing the list is `manage_reference_data` (team leads, administrators): others see it read-only,
with a line saying why. Every read and write runs on the task runner through
app.services.interpreters; a refused or invalid change is shown in the dialog, which stays open.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QDate, Signal
from PySide6.QtWidgets import (
    QDateEdit,
    QHBoxLayout,
    QHeaderView,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.models.roles import allowed
from app.services.interpreters import (
    InterpreterInfo,
    add_interpreter,
    list_interpreters,
    mark_away,
    set_interpreter_fields,
)
from app.services.workspaces import Workspace
from app.ui.case import labels as L
from app.ui.case.widgets import MessageLine
from app.ui.context import UiContext
from app.ui.i18n import service_text
from app.ui.schedule import signed_in_role
from app.ui.service_dialog import ServiceDialog
from app.ui.table_model import Column, RowTableModel, list_table
from app.ui.tasks import Task


@dataclass(frozen=True, slots=True)
class InterpretersRead:
    role: str
    interpreters: list[InterpreterInfo]


def read_interpreters(ws: Workspace) -> InterpretersRead:
    return InterpretersRead(signed_in_role(ws), list_interpreters(ws, include_inactive=True))


def languages_text(info: InterpreterInfo) -> str:
    """ "ti:native, am" as the service reads it back."""
    return ", ".join(f"{e['code']}:{e['proficiency']}" if e.get("proficiency") else e["code"] for e in info.languages)


def spoken_text(info: InterpreterInfo) -> str:
    return ", ".join(
        f"{L.language_name(e['code'])} ({e['proficiency']})" if e.get("proficiency") else L.language_name(e["code"])
        for e in info.languages
    )


class InterpreterDialog(ServiceDialog):
    """Add an interpreter, or edit one (`info`)."""

    def __init__(self, ctx: UiContext, info: InterpreterInfo | None = None, parent: QWidget | None = None) -> None:
        title = self.tr("Edit interpreter") if info else self.tr("Add interpreter")
        super().__init__(ctx, title, parent)
        self.info = info
        self.name = QLineEdit(info.name if info else "")
        self.languages = QLineEdit(languages_text(info) if info else "")
        self.languages.setPlaceholderText(self.tr("ti:native, am:working, en"))
        self.languages.setToolTip(
            self.tr("Language codes, each with an optional level after a colon: native, fluent, working, basic.")
        )
        self.sites = QLineEdit(", ".join(info.sites) if info else "")
        self.sites.setPlaceholderText(self.tr("Sites, separated by commas (empty: any site)"))
        self.contact = QLineEdit(info.contact if info else "")
        self.availability = QLineEdit(info.availability if info else "")
        self.form.addRow(self.tr("&Name:"), self.name)
        self.form.addRow(self.tr("&Languages:"), self.languages)
        self.form.addRow(self.tr("&Sites:"), self.sites)
        self.form.addRow(self.tr("&Contact:"), self.contact)
        self.form.addRow(self.tr("&Availability:"), self.availability)

    def job(self) -> Callable[[Task], Any]:
        ws, info = self.ctx.ws, self.info
        values = {
            "name": self.name.text().strip(),
            "languages": self.languages.text().strip(),
            "sites": self.sites.text().strip(),
            "contact": self.contact.text().strip(),
            "availability": self.availability.text().strip(),
        }
        if info is None:
            return lambda _task: add_interpreter(
                ws,
                values["name"],
                values["languages"],
                sites=values["sites"] or None,
                contact=values["contact"] or None,
                availability=values["availability"] or None,
            )
        return lambda _task: set_interpreter_fields(ws, info.id, values)


class AwayDialog(ServiceDialog):
    """A period an interpreter is away (both days included), with its reason."""

    def __init__(self, ctx: UiContext, info: InterpreterInfo, parent: QWidget | None = None) -> None:
        super().__init__(ctx, self.tr("{name} is away").format(name=info.name), parent)
        self.info = info
        today = QDate.currentDate()
        self.first = QDateEdit(today)
        self.last = QDateEdit(today)
        for edit in (self.first, self.last):
            edit.setCalendarPopup(True)
            edit.setDisplayFormat("yyyy-MM-dd")
        self.reason = QLineEdit()
        self.reason.setPlaceholderText(self.tr("Leave, training, ill…"))
        self.form.addRow(self.tr("&From:"), self.first)
        self.form.addRow(self.tr("&To:"), self.last)
        self.form.addRow(self.tr("&Reason:"), self.reason)

    def job(self) -> Callable[[Task], Any]:
        ws, key = self.ctx.ws, self.info.id
        first, last = self.first.date().toString("yyyy-MM-dd"), self.last.date().toString("yyyy-MM-dd")
        reason = self.reason.text().strip() or None
        return lambda _task: mark_away(ws, key, first, last, reason=reason)


class InterpretersPage(QWidget):
    changed = Signal()  # the list was changed here: the schedule's rows may differ

    def __init__(self, ctx: UiContext) -> None:
        super().__init__()
        self.ctx = ctx
        self.role = "none"
        self._generation = 0
        self.model: RowTableModel[InterpreterInfo] = RowTableModel(
            [
                Column(self.tr("Name"), lambda i: i.name, tooltip="value"),
                Column(self.tr("Languages"), spoken_text, tooltip="value"),
                Column(self.tr("Sites"), lambda i: ", ".join(i.sites) or self.tr("any"), tooltip="value"),
                Column(self.tr("Contact"), lambda i: i.contact, tooltip="value"),
                Column(self.tr("Active"), lambda i: self.tr("yes") if i.active else self.tr("no")),
                Column(self.tr("Away"), self._away_text, tooltip="value"),
            ]
        )
        self.table = list_table(self.model, self.tr("Interpreters"))
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)
        for column, width in enumerate((200, 330, 150, 250, 60)):
            header.resizeSection(column, width)
        self.notice = MessageLine("hint")
        self.error = MessageLine("error")
        self.add_button = QPushButton(self.tr("&Add…"))
        self.edit_button = QPushButton(self.tr("&Edit…"))
        self.away_button = QPushButton(self.tr("Mark a&way…"))
        self.active_button = QPushButton(self.tr("&Deactivate"))
        buttons = QHBoxLayout()
        for button in (self.add_button, self.edit_button, self.away_button, self.active_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.notice)
        layout.addWidget(self.error)
        layout.addLayout(buttons)
        layout.addWidget(self.table, 1)
        self.add_button.clicked.connect(self.add)
        self.edit_button.clicked.connect(self.edit)
        self.away_button.clicked.connect(self.away)
        self.active_button.clicked.connect(self.toggle_active)
        self.table.selectionModel().selectionChanged.connect(self._enable)
        self.table.activated.connect(lambda _index: self.edit())
        self._enable()

    def _away_text(self, info: InterpreterInfo) -> str:
        return "; ".join(
            f"{p.get('from', '')} – {p.get('to', '')}" + (f" ({p['reason']})" if p.get("reason") else "")
            for p in info.away
        )

    # ----- reading ---------------------------------------------------------------------------
    def refresh(self) -> None:
        if not self.ctx.ws.is_unlocked:
            return
        self._generation += 1
        generation, ws = self._generation, self.ctx.ws
        self.ctx.tasks.run(
            lambda _task: read_interpreters(ws),
            on_done=lambda read: self._read(generation, read),
            on_failed=lambda exc: self.error.show_message(service_text(exc)),
        )

    def _read(self, generation: int, read: InterpretersRead) -> None:
        if generation != self._generation:
            return
        selected = self.selected()
        self.role = read.role
        self.model.set_rows(read.interpreters)
        if selected is not None:
            self.select(selected.id)
        self.notice.show_message(
            ""
            if self.may_edit()
            else self.tr("Read-only: only team leads and administrators change the interpreters list.")
        )
        self._enable()

    def clear(self) -> None:
        self._generation += 1
        self.role = "none"
        self.model.set_rows([])
        self._enable()

    # ----- acting ----------------------------------------------------------------------------
    def may_edit(self) -> bool:
        return allowed(self.role, "manage_reference_data")

    def selected(self) -> InterpreterInfo | None:
        rows = self.table.selectionModel().selectedRows()
        return self.model.row_at(rows[0].row()) if rows else None

    def select(self, interpreter_id: str) -> None:
        for row, info in enumerate(self.model.rows):
            if info.id == interpreter_id:
                self.table.selectRow(row)
                return

    def _enable(self) -> None:
        editable, chosen = self.may_edit(), self.selected()
        self.add_button.setEnabled(editable)
        for button in (self.edit_button, self.away_button, self.active_button):
            button.setEnabled(editable and chosen is not None)
        self.active_button.setText(
            self.tr("Re&activate") if chosen is not None and not chosen.active else self.tr("&Deactivate")
        )

    def add(self) -> None:
        self._open(InterpreterDialog(self.ctx, None, self))

    def edit(self) -> None:
        info = self.selected()
        if info is not None and self.may_edit():
            self._open(InterpreterDialog(self.ctx, info, self))

    def away(self) -> None:
        info = self.selected()
        if info is not None:
            self._open(AwayDialog(self.ctx, info, self))

    def toggle_active(self) -> None:
        info = self.selected()
        if info is None:
            return
        ws, key, active = self.ctx.ws, info.id, not info.active
        self.error.clear_message()
        self.ctx.tasks.run(
            lambda _task: set_interpreter_fields(ws, key, {"active": "yes" if active else "no"}),
            on_done=lambda _changes: self._changed(),
            on_failed=lambda exc: self.error.show_message(service_text(exc)),
        )

    def _open(self, dialog: ServiceDialog) -> None:
        dialog.accepted.connect(self._changed)
        dialog.finished.connect(dialog.deleteLater)
        dialog.open()

    def _changed(self) -> None:
        self.error.clear_message()
        self.changed.emit()
        self.refresh()
