"""The top of a case: number, priority, stage, flags, statuses, where the physical file is."""

from __future__ import annotations

import datetime as dt
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QGridLayout, QHBoxLayout, QLabel, QPushButton, QSizePolicy, QVBoxLayout, QWidget

from app.services.history import format_time
from app.ui.case import labels as L

# Status words that need attention get a colour; the rest stay plain.
_ATTENTION = {"hit", "expired", "deferred", "denied", "on-hold"}


def _chip(text: str, colour: str) -> str:
    return f"<span style='background:{colour}; color:white; padding:0 6px;'>&nbsp;{text}&nbsp;</span>"


def _esc(text: object) -> str:
    return ("" if text is None else str(text)).replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


class CaseHeader(QWidget):
    back_requested = Signal()
    details_requested = Signal()
    move_requested = Signal()
    decide_requested = Signal(str)  # an open conflict's id

    def __init__(self) -> None:
        super().__init__()
        self.back = QPushButton(self.tr("← &Cases"))
        self.back.setToolTip(self.tr("Back to the case list (Alt+Left, or Esc when nothing is being edited)"))
        self.back.clicked.connect(self.back_requested.emit)
        self.title = QLabel()
        self.title.setTextFormat(Qt.TextFormat.RichText)
        self.title.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.title.setWordWrap(True)
        self.details = QPushButton(self.tr("Case &details…"))
        self.details.setToolTip(self.tr("Change stage, priority, expedited processing and statuses"))
        self.details.clicked.connect(self.details_requested.emit)
        self.move_file = QPushButton(self.tr("&Move file…"))
        self.move_file.setToolTip(self.tr("Record where the physical case file went"))
        self.move_file.clicked.connect(self.move_requested.emit)
        self.expedite = QLabel()
        self.expedite.setWordWrap(True)
        self.expedite.setStyleSheet("color: #9a4a00;")
        # Conflicts about the case's own fields and its records other than persons (a person's are
        # marked on the person's field): each named, each a link to decide it.
        self.conflicts = QLabel()
        self.conflicts.setObjectName("caseConflicts")
        self.conflicts.setWordWrap(True)
        self.conflicts.setTextFormat(Qt.TextFormat.RichText)
        self.conflicts.setStyleSheet("color: #9a4a00;")
        self.conflicts.setTextInteractionFlags(
            Qt.TextInteractionFlag.LinksAccessibleByMouse | Qt.TextInteractionFlag.LinksAccessibleByKeyboard
        )
        self.conflicts.linkActivated.connect(self.decide_requested.emit)
        self.conflicts.hide()
        self.facts: dict[str, QLabel] = {}
        grid = QGridLayout()
        grid.setHorizontalSpacing(12)
        grid.setVerticalSpacing(2)
        names = {
            "site": self.tr("Site:"),
            "ride": self.tr("Ride:"),
            "unhcr_id": self.tr("UNHCR id:"),
            "security": self.tr("Security check:"),
            "medical": self.tr("Medical:"),
            "assignee": self.tr("Assigned to:"),
            "file": self.tr("Physical file:"),
        }
        # Three label/value pairs per line; the file location gets a whole line, it can be long.
        positions = {
            "site": (0, 0),
            "ride": (0, 1),
            "unhcr_id": (0, 2),
            "security": (1, 0),
            "medical": (1, 1),
            "assignee": (1, 2),
        }
        for key, text in names.items():
            name = QLabel(text)
            name.setStyleSheet("color: palette(mid);")
            name.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
            value = QLabel()
            value.setWordWrap(True)
            value.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            value.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
            self.facts[key] = value
            if key == "file":
                grid.addWidget(name, 2, 0)
                grid.addWidget(value, 2, 1, 1, 5)
            else:
                row, pair = positions[key]
                grid.addWidget(name, row, pair * 2)
                grid.addWidget(value, row, pair * 2 + 1)
        for col in (1, 3, 5):
            grid.setColumnStretch(col, 1)
        top = QHBoxLayout()
        top.addWidget(self.back, 0, Qt.AlignmentFlag.AlignTop)
        top.addWidget(self.title, 1)
        top.addWidget(self.details, 0, Qt.AlignmentFlag.AlignTop)
        top.addWidget(self.move_file, 0, Qt.AlignmentFlag.AlignTop)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 4)
        layout.addLayout(top)
        layout.addWidget(self.expedite)
        layout.addWidget(self.conflicts)
        layout.addLayout(grid)

    def clear(self) -> None:
        self.title.clear()
        self.expedite.clear()
        self.conflicts.clear()
        self.conflicts.hide()
        for label in self.facts.values():
            label.clear()

    def set_case(self, doc: dict[str, Any]) -> None:
        stages, priorities = L.stages(), L.priorities()
        stage = L.label(stages, doc.get("stage"))
        priority = L.label(priorities, doc.get("priority"))
        priority_colour = {"P-1": "#8e1b1b", "P-2": "#8a5a00"}.get(doc.get("priority") or "", "#4a5568")
        parts = [
            f"<span style='font-size:large; font-weight:bold;'>{_esc(doc['case_number'])}</span>",
            _chip(_esc(priority), priority_colour),
            _chip(_esc(stage), "#9a4a00" if doc.get("stage") in _ATTENTION else "#2d5f8a"),
        ]
        if doc.get("expedited"):
            parts.append(_chip(_esc(self.tr("⚑ Expedited")), "#b00020"))
        self.title.setText(" &nbsp;".join(parts))
        reason = doc.get("expedite_reason") or ""
        self.expedite.setText(
            self.tr("Expedited: {reason}").format(reason=reason) if doc.get("expedited") and reason else ""
        )
        self.expedite.setVisible(bool(self.expedite.text()))
        self._show_conflicts(doc)
        dash = "—"
        self.facts["site"].setText(doc.get("site") or dash)
        self.facts["ride"].setText(doc.get("ride") or self.tr("none"))
        self.facts["unhcr_id"].setText(doc.get("unhcr_id") or dash)
        for key, field, labels in (
            ("security", "security_check_status", L.security_statuses()),
            ("medical", "medical_status", L.medical_statuses()),
        ):
            value = doc.get(field)
            self.facts[key].setText(L.label(labels, value) or dash)
            self.facts[key].setStyleSheet("color: #b00020; font-weight: bold;" if value in _ATTENTION else "")
        self.facts["assignee"].setText(doc.get("assignee") or self.tr("nobody"))
        self.facts["file"].setText(self._file_text(doc))

    def _show_conflicts(self, doc: dict[str, Any]) -> None:
        from app.ui.sync.conflicts import field_label, record_label

        links = []
        for c in doc.get("conflicts") or []:
            if c.get("table") == "persons":
                continue  # marked on the person's own field
            name = field_label(c["table"], c["field"])
            if c["table"] != "cases":
                name = f"{record_label(c['table'])}: {name}"
            links.append(f"<a href='{_esc(c['id'])}'>{_esc(name)}</a>")
        if links:
            self.conflicts.setText(
                self.tr("⚠ Two devices changed these differently; decide: {fields}").replace(
                    "{fields}", ", ".join(links)
                )
            )
        self.conflicts.setVisible(bool(links))

    def _file_text(self, doc: dict[str, Any]) -> str:
        location = doc.get("file_location") or self.tr("unknown")
        moves = doc.get("file_movements") or []
        if not moves:
            return location
        last = moves[-1]
        when = format_time(_parse(last.get("at")))
        if last.get("reason"):
            return self.tr("{location} (moved {when} by {user}: {reason})").format(
                location=location, when=when, user=last.get("by") or "?", reason=last["reason"]
            )
        return self.tr("{location} (moved {when} by {user})").format(
            location=location, when=when, user=last.get("by") or "?"
        )


def _parse(value: Any) -> dt.datetime:
    try:
        at = dt.datetime.fromisoformat(str(value))
    except ValueError:
        return dt.datetime.now(dt.UTC)
    return at if at.tzinfo else at.replace(tzinfo=dt.UTC)
