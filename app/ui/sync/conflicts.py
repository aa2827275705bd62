"""Open conflicts for a team lead: a list (model/view) and, for the selected one, every candidate
value side by side with who set it and when, each with "Keep this value", plus a typed value.

Resolving goes through `app.services.conflicts.resolve_conflict` on the task runner; the panel
never decides which value wins, it only shows what HQ recorded and what the lead picked.
"""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Sequence
from functools import partial
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFrame,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QScrollArea,
    QSplitter,
    QStackedWidget,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from app.errors import CircuitRideError
from app.services.conflicts import ConflictInfo, resolve_conflict
from app.services.history import format_time
from app.ui.case import labels as L
from app.ui.case.person_fields import display_texts as person_display
from app.ui.case.widgets import MessageLine
from app.ui.context import UiContext
from app.ui.i18n import service_text
from app.ui.sync.dialogs import ask_value
from app.ui.table_model import Column, RowTableModel
from app.wire.hlc import WALL_DIGITS


def local_time(ms: int | None) -> str:
    """Epoch milliseconds as the laptop's local date and time, written as everywhere else in the app
    (2026-12-06 07:27: one unambiguous form whatever the language; "12/6/26" is read two ways)."""
    if ms is None:
        return ""
    return format_time(dt.datetime.fromtimestamp(ms / 1000, tz=dt.UTC))


def iso_ms(text: str | None) -> int | None:
    try:
        at = dt.datetime.fromisoformat(str(text))
    except ValueError:
        return None
    return int((at if at.tzinfo else at.replace(tzinfo=dt.UTC)).timestamp() * 1000)


def hlc_ms(stamp: str | None) -> int | None:
    # The clock stamp starts with the wall-clock milliseconds of the edit (app/wire/hlc.py).
    head = str(stamp or "")[:WALL_DIGITS]
    return int(head) if head.isdigit() else None


class ConflictsModel(RowTableModel[ConflictInfo]):
    CASE, RECORD, FIELD, VALUES = range(4)

    def __init__(self) -> None:
        super().__init__()
        self.set_columns(
            [
                Column(self.tr("Case"), lambda c: c.case_number or "—", tooltip="value"),
                Column(self.tr("Record"), record_text, tooltip="value"),
                Column(self.tr("Field"), lambda c: field_label(c.table, c.field), tooltip="value"),
                Column(self.tr("Values"), self._values, tooltip="value"),
            ]
        )

    @property
    def conflicts(self) -> Sequence[ConflictInfo]:
        return self.rows

    def set_conflicts(self, conflicts: list[ConflictInfo]) -> None:
        self.set_rows(conflicts)

    def _values(self, c: ConflictInfo) -> str:
        if c.kind == "duplicate":
            return self.tr("{value}: held by two records").replace(
                "{value}", display_value(c.table, c.field, c.current)
            )
        return " ↔ ".join(display_value(c.table, c.field, k.get("value")) for k in c.candidates)


def record_text(c: ConflictInfo) -> str:
    """ "Person: Ana QUISPE / آنا" — which record, and for a person whose (both scripts)."""
    label = record_label(c.table)
    names = " / ".join(n for n in (c.person_name, c.person_native) if n)
    return f"{label}: {names}" if names else label


def display_value(table: str, field: str, value: Any) -> str:
    """A value as the rest of the app shows it: labels, not codes ("Year only", not `year`), in the
    interface language; a date of birth with its precision."""
    if table == "persons" and field in ("dob", "dob_precision") and isinstance(value, dict):
        return person_display({"dob": value.get("dob"), "dob_precision": value.get("dob_precision")}).get("dob") or (
            value_text(None)
        )
    if value is None or value == "" or value == []:
        return value_text(value)
    if table == "persons":
        shown = person_display({field: value}).get(field)
        return shown if shown else value_text(value)
    if table == "cases":
        labels = {
            "stage": L.stages(),
            "priority": L.priorities(),
            "security_check_status": L.security_statuses(),
            "medical_status": L.medical_statuses(),
        }.get(field)
        if labels is not None and isinstance(value, str):
            return L.label(labels, value)
    if table == "notes" and field == "confidentiality" and isinstance(value, str):
        return L.label(L.confidentiality(), value)
    return value_text(value)


def record_label(table: str) -> str:
    names = {
        "persons": QCoreApplication.translate("SyncConflicts", "Person"),
        "cases": QCoreApplication.translate("SyncConflicts", "Case"),
        "appointments": QCoreApplication.translate("SyncConflicts", "Appointment"),
        "notes": QCoreApplication.translate("SyncConflicts", "Note"),
        "attachments": QCoreApplication.translate("SyncConflicts", "Document or photo"),
        "sites": QCoreApplication.translate("SyncConflicts", "Site"),
        "circuit_rides": QCoreApplication.translate("SyncConflicts", "Circuit ride"),
        "interpreters": QCoreApplication.translate("SyncConflicts", "Interpreter"),
        "forms": QCoreApplication.translate("SyncConflicts", "Form"),
        "interviews": QCoreApplication.translate("SyncConflicts", "Interview"),
        "form_submissions": QCoreApplication.translate("SyncConflicts", "Form submission"),
        "adjudication_results": QCoreApplication.translate("SyncConflicts", "Adjudication result"),
        "file_movements": QCoreApplication.translate("SyncConflicts", "File movement"),
    }
    return names.get(table, table)


def field_label(table: str, field: str) -> str:
    labels = L.person_fields() if table == "persons" else L.case_fields() if table == "cases" else {}
    return labels.get(field, field)


def value_text(value: Any) -> str:
    if value is None or value == "" or value == []:
        return QCoreApplication.translate("SyncConflicts", "(empty)")
    if isinstance(value, bool):
        return (
            QCoreApplication.translate("SyncConflicts", "Yes")
            if value
            else QCoreApplication.translate("SyncConflicts", "No")
        )
    if isinstance(value, list):
        return ", ".join(str(v) for v in value)
    return str(value)


class CandidateCard(QFrame):
    """One candidate value: the value large, who set it and when, and the button that keeps it."""

    keep = Signal()

    def __init__(self, candidate: dict[str, Any], *, mine: bool, current: bool, duplicate: bool = False) -> None:
        super().__init__()
        self.setObjectName("candidate")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.value = QLabel(candidate.get("shown") or value_text(candidate.get("value")))
        self.value.setWordWrap(True)
        self.value.setTextFormat(Qt.TextFormat.PlainText)
        self.value.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        font = self.value.font()
        font.setPointSizeF(font.pointSizeF() * 1.25)
        font.setBold(True)
        self.value.setFont(font)
        who = str(candidate.get("by") or "") or self.tr("someone")
        if mine:
            who = self.tr("{who} on this laptop").replace("{who}", who)
        self.origin = QLabel(
            self.tr("Set by {who}, {when}")
            .replace("{who}", who)
            .replace("{when}", local_time(hlc_ms(candidate.get("hlc"))))
        )
        self.origin.setWordWrap(True)
        self.origin.setStyleSheet("color: palette(mid);")
        self.shown = QLabel(self.tr("Shown everywhere until resolved") if current else "")
        self.shown.setVisible(current)
        self.button = QPushButton(self.tr("&Keep this value"))
        self.button.setAccessibleName(self.tr("Keep {value}").replace("{value}", self.value.text()))
        self.button.clicked.connect(self.keep)
        self.record = QLabel()
        if duplicate:  # each card is a record holding the value: which case, and no "keep" (both hold it)
            number = candidate.get("case_number")
            self.record.setText(
                self.tr("Case {number}").replace("{number}", number)
                if number
                else self.tr("A record this laptop does not hold (another ride's)")
            )
            self.button.hide()
            self.shown.hide()
        self.record.setVisible(duplicate)
        layout = QVBoxLayout(self)
        layout.addWidget(self.value)
        layout.addWidget(self.record)
        layout.addWidget(self.origin)
        layout.addWidget(self.shown)
        layout.addStretch(1)
        layout.addWidget(self.button, 0, Qt.AlignmentFlag.AlignLeft)


class ConflictsPanel(QWidget):
    """The list of open conflicts and the selected one's candidates."""

    resolved = Signal(str)  # case number (or "") of a conflict just resolved

    def __init__(self, ctx: UiContext) -> None:
        super().__init__()
        self.ctx = ctx
        self._busy = False
        self.wanted: str | None = None  # a conflict to select once listed
        self.title = QLabel()
        self.title.setObjectName("conflictsTitle")
        self.model = ConflictsModel()
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setAccessibleName(self.tr("Open conflicts"))
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        self.table.setWordWrap(False)
        header = self.table.horizontalHeader()
        for col in (ConflictsModel.CASE, ConflictsModel.RECORD, ConflictsModel.FIELD):
            header.setSectionResizeMode(col, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(ConflictsModel.VALUES, QHeaderView.ResizeMode.Stretch)

        self.heading = QLabel()
        self.heading.setWordWrap(True)
        self.heading.setTextFormat(Qt.TextFormat.PlainText)
        font = self.heading.font()
        font.setBold(True)
        self.heading.setFont(font)
        self.explain_concurrent = self.tr(
            "Two devices changed this field before either had synced. Choose the value that is right; "
            "it then replaces the other one on every device."
        )
        self.explain_duplicate = self.tr(
            "Two records hold this value, which must be unique (they were registered on two devices before "
            "either had synced). Both are kept. Enter another value for this record; if both are the same "
            "family, ask HQ before changing anything."
        )
        self.explain = QLabel(self.explain_concurrent)
        self.explain.setWordWrap(True)
        self.cards = QWidget()
        self.cards_row = QHBoxLayout(self.cards)
        self.cards_row.setContentsMargins(0, 0, 0, 0)
        self.other = QPushButton(self.tr("Enter &another value…"))
        self.other.clicked.connect(self._enter_value)
        self.error = MessageLine("error")
        detail = QWidget()
        column = QVBoxLayout(detail)
        column.addWidget(self.heading)
        column.addWidget(self.explain)
        column.addWidget(self.cards)
        column.addWidget(self.other, 0, Qt.AlignmentFlag.AlignLeft)
        column.addWidget(self.error)
        column.addStretch(1)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setWidget(detail)
        split = QSplitter(Qt.Orientation.Horizontal)
        split.addWidget(self.table)
        split.addWidget(scroll)
        split.setStretchFactor(0, 2)
        split.setStretchFactor(1, 3)
        split.setChildrenCollapsible(False)

        self.empty = QLabel(
            self.tr(
                "No conflicts. When two devices change the same field before syncing, HQ keeps both values "
                "and they appear here for a team lead to choose."
            )
        )
        self.empty.setWordWrap(True)
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty.setStyleSheet("color: palette(mid);")
        self.pages = QStackedWidget()
        self.pages.addWidget(self.empty)
        self.pages.addWidget(split)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.title)
        layout.addWidget(self.pages, 1)
        self.table.selectionModel().currentRowChanged.connect(lambda *_: self._show_selected())
        self.set_conflicts([])

    # ----- public ----------------------------------------------------------------------------
    def select_wanted(self) -> bool:
        """Select the conflict a case page asked for, once it is listed."""
        for row, c in enumerate(self.model.conflicts):
            if c.id == self.wanted:
                self.table.selectRow(row)
                self.wanted = None
                self._show_selected()
                return True
        return False

    def set_conflicts(self, conflicts: list[ConflictInfo]) -> None:
        keep = self.selected()
        self.model.set_conflicts(conflicts)
        self.title.setText("<h3>" + self.tr("Conflicts (%n open)", "", len(conflicts)) + "</h3>")
        self.pages.setCurrentIndex(1 if conflicts else 0)
        row = next((i for i, c in enumerate(conflicts) if keep is not None and c.id == keep.id), 0)
        if conflicts:
            self.table.selectRow(row)
        if not self.select_wanted():
            self._show_selected()

    def selected(self) -> ConflictInfo | None:
        index = self.table.currentIndex()
        if not index.isValid() or index.row() >= len(self.model.conflicts):
            return None
        return self.model.conflicts[index.row()]

    # ----- internals -------------------------------------------------------------------------
    def _show_selected(self) -> None:
        while self.cards_row.count():
            item = self.cards_row.takeAt(0)
            widget = item.widget() if item is not None else None
            if widget is not None:
                widget.deleteLater()
        self.error.clear_message()
        conflict = self.selected()
        self.other.setEnabled(conflict is not None and not self._busy)
        if conflict is None:
            self.heading.setText("")
            return
        where = [conflict.case_number or "", record_text(conflict), field_label(conflict.table, conflict.field)]
        self.heading.setText(" · ".join(w for w in where if w))
        duplicate = conflict.kind == "duplicate"
        self.explain.setText(self.explain_duplicate if duplicate else self.explain_concurrent)
        me = self.ctx.ws.meta.device_id
        for candidate in conflict.candidates:
            card = CandidateCard(
                {**candidate, "shown": display_value(conflict.table, conflict.field, candidate.get("value"))},
                mine=candidate.get("device") == me,
                current=candidate.get("value") == conflict.current,
                duplicate=duplicate,
            )
            card.button.setEnabled(not self._busy)
            card.keep.connect(partial(self._resolve, conflict, candidate.get("value")))
            self.cards_row.addWidget(card, 1)

    def _enter_value(self) -> None:
        conflict = self.selected()
        if conflict is None:
            return
        current = "" if conflict.current is None else value_text(conflict.current)
        if isinstance(conflict.current, dict):  # a date of birth with its precision: typed as the CLI takes it
            current = json.dumps(conflict.current, ensure_ascii=False)
        value = ask_value(self, field_label(conflict.table, conflict.field), current)
        if value is not None and conflict.table == "persons" and conflict.field in ("dob", "dob_precision"):
            value = _dob_typed(value)
        if value is not None:
            self._resolve(conflict, value)

    def _set_busy(self, busy: bool) -> None:
        self._busy = busy
        self.other.setEnabled(not busy and self.selected() is not None)
        for card in self.cards.findChildren(CandidateCard):
            card.button.setEnabled(not busy)

    def _resolve(self, conflict: ConflictInfo, value: Any) -> None:
        if self._busy:
            return
        ws, conflict_id = self.ctx.ws, conflict.id
        self._set_busy(True)
        self.ctx.tasks.run(
            lambda _task: resolve_conflict(ws, conflict_id, value=value),
            on_done=lambda info: self._resolved(info),
            on_failed=self._failed,
        )

    def _resolved(self, info: ConflictInfo) -> None:
        self._set_busy(False)
        self.ctx.show_status(self.tr("Conflict resolved; the chosen value goes to HQ with the next sync."))
        self.resolved.emit(info.case_number or "")

    def _failed(self, exc: CircuitRideError) -> None:
        self._set_busy(False)
        self.error.show_message(service_text(exc))


def _dob_typed(text: str) -> Any:
    """What a team lead types for a date of birth: "1981", "1981-03" or "1981-03-02" (the precision
    is the form's), or the pair as JSON; the service checks it like any other date of birth."""
    text = text.strip()
    if text.startswith("{"):
        try:
            return json.loads(text)
        except ValueError:
            return text
    parts = len(text.split("-"))
    return {"dob": text, "dob_precision": {1: "year", 2: "month"}.get(parts, "exact")}
