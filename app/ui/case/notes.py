"""The notes of a case: a list (model/view) and a box to add one with its confidentiality."""

from __future__ import annotations

import datetime as dt
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QBrush, QColor, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from app.errors import CircuitRideError
from app.services.history import format_time
from app.services.records import add_note
from app.ui.case import labels as L
from app.ui.case.widgets import ChoiceCombo, MessageLine
from app.ui.context import UiContext
from app.ui.i18n import service_text
from app.ui.table_model import Column, RowTableModel


def _time(value: Any) -> str:
    try:
        at = dt.datetime.fromisoformat(str(value))
    except ValueError:
        return str(value or "")
    return format_time(at if at.tzinfo else at.replace(tzinfo=dt.UTC))


class NotesModel(RowTableModel[dict[str, Any]]):
    WHEN, AUTHOR, LEVEL, TEXT = range(4)

    def __init__(self) -> None:
        super().__init__()
        top = int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)  # a long note's first line beside its date
        self.set_columns(
            [
                Column(self.tr("When"), lambda n: _time(n.get("at")), align=top),
                Column(self.tr("Author"), lambda n: n.get("author") or "", align=top),
                Column(
                    self.tr("Confidentiality"),
                    lambda n: L.label(L.confidentiality(), n.get("confidentiality")),
                    align=top,
                    foreground=lambda n: QBrush(QColor("#9a4a00")) if n.get("confidentiality") != "normal" else None,
                ),
                Column(self.tr("Note"), lambda n: n.get("text") or "", align=top),
            ]
        )

    def set_notes(self, notes: list[dict[str, Any]]) -> None:
        self.set_rows(sorted(notes, key=lambda n: (str(n.get("at") or ""), n["id"]), reverse=True))

    def note_at(self, row: int) -> dict[str, Any]:
        return self.row_at(row)


class NotesTab(QWidget):
    def __init__(self, ctx: UiContext) -> None:
        super().__init__()
        self.ctx = ctx
        self.case_number: str | None = None
        self.model = NotesModel()
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QTableView.SelectionBehavior.SelectRows)
        self.table.setEditTriggers(QTableView.EditTrigger.NoEditTriggers)
        self.table.setWordWrap(True)
        self.table.verticalHeader().hide()
        self.table.setAccessibleName(self.tr("Notes"))
        header = self.table.horizontalHeader()
        for col in (NotesModel.WHEN, NotesModel.AUTHOR, NotesModel.LEVEL):
            header.setSectionResizeMode(col, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(NotesModel.TEXT, QHeaderView.ResizeMode.Stretch)
        self.table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.empty = QLabel(self.tr("No notes yet. Write one below."))
        self.empty.setStyleSheet("color: palette(mid);")
        # Need-to-know: the services leave out the notes this user's role may not read; say so.
        self.withheld = QLabel()
        self.withheld.setWordWrap(True)
        self.withheld.setStyleSheet("color: palette(mid);")
        self.withheld.hide()

        self.text = QPlainTextEdit()
        self.text.setPlaceholderText(self.tr("New note…"))
        self.text.setTabChangesFocus(True)
        self.text.setAccessibleName(self.tr("New note"))
        self.level = ChoiceCombo(L.confidentiality())
        self.level.setAccessibleName(self.tr("Confidentiality"))
        level_label = QLabel(self.tr("Confidentia&lity:"))
        level_label.setBuddy(self.level)
        self.add_button = QPushButton(self.tr("Add no&te"))
        self.add_button.setToolTip(self.tr("Add the note to the case (Ctrl+Enter)"))
        self.add_button.clicked.connect(self.submit)
        QShortcut(QKeySequence("Ctrl+Return"), self.text, context=Qt.ShortcutContext.WidgetShortcut).activated.connect(
            self.submit
        )
        self.error = MessageLine("error")
        self.notice = MessageLine("notice")

        controls = QHBoxLayout()
        controls.addWidget(level_label)
        controls.addWidget(self.level)
        controls.addStretch()
        controls.addWidget(self.add_button)
        writer = QWidget()
        box = QVBoxLayout(writer)
        box.setContentsMargins(0, 0, 0, 0)
        box.addWidget(self.notice)
        box.addWidget(self.text, 1)
        box.addWidget(self.error)
        box.addLayout(controls)
        reader = QWidget()
        top = QVBoxLayout(reader)
        top.setContentsMargins(0, 0, 0, 0)
        top.addWidget(self.withheld)
        top.addWidget(self.empty, 0, Qt.AlignmentFlag.AlignTop)
        top.addWidget(self.table, 1)
        split = QSplitter(Qt.Orientation.Vertical)
        split.addWidget(reader)
        split.addWidget(writer)
        split.setStretchFactor(0, 3)
        split.setStretchFactor(1, 1)
        split.setChildrenCollapsible(False)
        layout = QVBoxLayout(self)
        layout.addWidget(split)

    def set_case(self, case_number: str | None, notes: list[dict[str, Any]], withheld: int = 0) -> None:
        if case_number != self.case_number:
            self.text.clear()
            self.error.clear_message()
            self.notice.clear_message()
            self.level.set_code("normal")
        self.case_number = case_number
        self.model.set_notes(notes)
        self.withheld.setText(
            self.tr(
                "%n restricted or medical note(s) not shown: they are read by adjudication support, "
                "team leads and their author.",
                "",
                withheld,
            )
        )
        self.withheld.setVisible(withheld > 0)
        self.empty.setVisible(not notes and not withheld)
        self.table.setVisible(bool(notes))
        self.table.resizeRowsToContents()

    def is_dirty(self) -> bool:
        return bool(self.text.toPlainText().strip())

    def submit(self) -> None:
        if self.case_number is None:
            return
        body = self.text.toPlainText()
        if not body.strip():
            self.error.show_message(self.tr("Write the note first."))
            self.text.setFocus()
            return
        ws, number, level = self.ctx.ws, self.case_number, self.level.code() or "normal"
        self.add_button.setEnabled(False)
        self.error.clear_message()

        def done(_id: object) -> None:
            self.add_button.setEnabled(True)
            self.text.clear()
            self.notice.clear_message()
            self.level.set_code("normal")
            self.ctx.show_status(self.tr("Note added."))
            self.ctx.events.case_changed.emit(number)

        def failed(exc: CircuitRideError) -> None:
            self.add_button.setEnabled(True)
            self.error.show_message(service_text(exc))

        self.ctx.tasks.run(lambda _t: add_note(ws, number, body, confidentiality=level), on_done=done, on_failed=failed)
