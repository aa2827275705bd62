"""Giving cases to a team member from the desktop: the dialog that asks to whom, and the worker-side
reads it needs. The Cases page opens it for the selected cases or for every case its filter shows;
the assignment itself is `app.services.work.assign_cases` / `assign_filtered`, run on the task
runner, so it is checked, audited and synced like the command line's `case assign`.

Only active users are offered (the service refuses a deactivated one anyway), and "Nobody" takes the
work off whoever had it.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QObject
from PySide6.QtWidgets import QComboBox, QDialog, QDialogButtonBox, QFormLayout, QLabel, QVBoxLayout, QWidget

if TYPE_CHECKING:
    from app.services.work import Assignment
    from app.services.workspaces import Workspace

# Called by this name with literal arguments, so pyside6-lupdate finds the texts.
translate = QCoreApplication.translate
MAX_NUMBERS_LISTED = 8  # case numbers named in the dialog; more are counted, not listed


@dataclass(frozen=True, slots=True)
class Assignees:
    """Who work may be given to: the active users as (user name, how it is shown)."""

    users: list[tuple[str, str]]


def may_assign(ws: Workspace) -> bool:
    """Runs on the worker: whether the signed-in role may give work to others."""
    from app.errors import PermissionDenied
    from app.services.uow import require_permission

    try:
        require_permission(ws, "assign_work")
    except PermissionDenied:
        return False
    return True


def read_assignees(ws: Workspace) -> Assignees:
    """Runs on the worker: the active users of the workspace, in user-name order."""
    from app.services.users import list_users

    users = []
    for u in list_users(ws):
        if u.active:
            name = (u.display_name or "").strip()
            users.append((u.username, f"{name} ({u.username})" if name and name != u.username else u.username))
    return Assignees(users)


class AssignDialog(QDialog):
    """To whom the cases go: an active user, or nobody."""

    def __init__(self, count: int, numbers: list[str], assignees: Assignees, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Assign cases"))
        intro = QLabel(self.tr("Give %n case(s) to a member of the team.", "", count))
        intro.setWordWrap(True)
        listed = QLabel(", ".join(numbers[:MAX_NUMBERS_LISTED]) + (" …" if len(numbers) > MAX_NUMBERS_LISTED else ""))
        listed.setWordWrap(True)
        listed.setStyleSheet("color: palette(mid);")
        listed.setVisible(bool(numbers))
        self._users: list[str | None] = [None]
        self.user = QComboBox()
        self.user.setAccessibleName(self.tr("Assign to"))
        self.user.addItem(self.tr("Nobody (take the cases off whoever has them)"))
        for username, shown in assignees.users:
            self._users.append(username)
            self.user.addItem(shown)
        self.user.setCurrentIndex(1 if len(self._users) > 1 else 0)
        form = QFormLayout()
        form.addRow(self.tr("Assign &to:"), self.user)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("&Assign"))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(listed)
        layout.addLayout(form)
        layout.addWidget(self.buttons)
        self.setMinimumWidth(420)

    def choose(self, username: str | None) -> bool:
        """Choose `username` (None: nobody); False if it is not offered."""
        if username not in self._users:
            return False
        self.user.setCurrentIndex(self._users.index(username))
        return True

    def chosen(self) -> str | None:
        """The user name chosen, or None for nobody."""
        index = self.user.currentIndex()
        return self._users[index] if 0 <= index < len(self._users) else None


def assignment_text(done: Assignment) -> str:
    """What an assignment did, in a sentence or two for the status bar."""
    return WorkAssign().text(done)


class WorkAssign(QObject):
    """The sentences about an assignment (a class: lupdate takes a count, a plural, only from `tr()`)."""

    def text(self, done: Assignment) -> str:
        changed, unchanged = len(done.changed), len(done.unchanged)
        if done.assignee is None:
            if not changed:
                return self.tr("Nothing changed: none of these cases was assigned to anyone.")
            return self.tr("Took %n case(s) off their assignee's work.", "", changed)
        parts = []
        if changed:
            parts.append(self.tr("Assigned %n case(s) to {user}.", "", changed).replace("{user}", done.assignee))
        if unchanged:
            parts.append(
                self.tr("%n case(s) already assigned to {user}: unchanged.", "", unchanged).replace(
                    "{user}", done.assignee
                )
            )
        return " ".join(parts)
