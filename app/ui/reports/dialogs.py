"""The small dialogs of the findings list: to whom a finding goes, how it was fixed, why it is
dismissed. Each runs its service call for every finding chosen on the task runner (ServiceDialog):
it closes when the service has done it and stays open saying why when the service refuses.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, QObject
from PySide6.QtWidgets import QComboBox, QDialogButtonBox, QLabel, QPlainTextEdit, QWidget

from app.errors import CircuitRideError
from app.ui.context import UiContext
from app.ui.service_dialog import ServiceDialog

if TYPE_CHECKING:
    from app.services.workspaces import Workspace

# Called by this name with literal arguments, so pyside6-lupdate finds the texts (used before a
# dialog's QObject exists, where self.tr cannot be).
translate = QCoreApplication.translate
MAX_LISTED = 8  # case numbers named in a dialog; more are counted, not listed


class ReportsDialogs(QObject):
    """The dialogs' sentences that hold a count: lupdate takes a count (a plural) only from
    `tr()`, not from `QCoreApplication.translate` given a variable."""

    def assign_intro(self, count: int) -> str:
        return self.tr("Give %n finding(s) to a member of the team to fix (cases {cases}).", "", count)

    def resolve_intro(self, count: int) -> str:
        return self.tr("Mark %n finding(s) fixed (cases {cases}).", "", count)

    def dismiss_intro(self, count: int) -> str:
        return self.tr(
            "Dismiss %n finding(s) as not a problem (cases {cases}). Running the checks again leaves them dismissed.",
            "",
            count,
        )


@dataclass
class Outcome:
    """What a dialog's service calls did: the findings changed and those refused (with why)."""

    done: list[str] = field(default_factory=list)
    refused: list[tuple[str, CircuitRideError]] = field(default_factory=list)


def work_each(ws: Workspace, ids: list[str], act: Callable[[Workspace, str], Any]) -> Outcome:
    """Runs on the worker: `act` on every finding; when every one is refused, the first refusal is
    raised so the dialog stays open and says why."""
    outcome = Outcome()
    for fid in ids:
        try:
            act(ws, fid)
        except CircuitRideError as exc:
            outcome.refused.append((fid, exc))
        else:
            outcome.done.append(fid)
    if not outcome.done and outcome.refused:
        raise outcome.refused[0][1]
    return outcome


def listed(numbers: list[str]) -> str:
    unique = list(dict.fromkeys(numbers))
    return ", ".join(unique[:MAX_LISTED]) + (" …" if len(unique) > MAX_LISTED else "")


class _FindingsDialog(ServiceDialog):
    """A dialog about `ids` (the findings chosen), naming their cases."""

    def __init__(
        self, ctx: UiContext, title: str, intro: str, ids: list[str], numbers: list[str], parent: QWidget | None
    ) -> None:
        super().__init__(ctx, title, parent)
        self.ids = list(ids)
        label = QLabel(intro.replace("{cases}", listed(numbers)))
        label.setWordWrap(True)
        self.form.addRow(label)
        self.ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)

    def outcome(self) -> Outcome:
        value = self.result_value
        return value if isinstance(value, Outcome) else Outcome()


class AssignFindingsDialog(_FindingsDialog):
    """To whom the findings go: an active user of the laptop."""

    def __init__(
        self,
        ctx: UiContext,
        ids: list[str],
        numbers: list[str],
        users: list[tuple[str, str]],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(
            ctx,
            translate("ReportsDialogs", "Assign findings"),
            ReportsDialogs().assign_intro(len(ids)),
            ids,
            numbers,
            parent,
        )
        self.user = QComboBox()
        self.user.setAccessibleName(self.tr("Assign to"))
        self._users = [name for name, _ in users]
        for _name, shown in users:
            self.user.addItem(shown)
        self.form.addRow(self.tr("Assign &to:"), self.user)
        self.ok.setText(self.tr("&Assign"))
        self.ok.setEnabled(bool(users))

    def choose(self, username: str) -> bool:
        if username not in self._users:
            return False
        self.user.setCurrentIndex(self._users.index(username))
        return True

    def chosen(self) -> str:
        index = self.user.currentIndex()
        return self._users[index] if 0 <= index < len(self._users) else ""

    def job(self) -> Callable[[Any], Any]:
        ws, ids, to = self.ctx.ws, self.ids, self.chosen()

        def work(_task: Any) -> Outcome:
            from app.services.qc import assign_finding

            return work_each(ws, ids, lambda w, fid: assign_finding(w, fid, to))

        return work


class _TextDialog(_FindingsDialog):
    """A dialog whose one field, a text that may not be empty, goes to the service."""

    def __init__(
        self,
        ctx: UiContext,
        title: str,
        intro: str,
        field_label: str,
        placeholder: str,
        ids: list[str],
        numbers: list[str],
        parent: QWidget | None,
    ) -> None:
        super().__init__(ctx, title, intro, ids, numbers, parent)
        self.text = QPlainTextEdit()
        self.text.setAccessibleName(field_label.replace("&", "").rstrip(":"))
        self.text.setPlaceholderText(placeholder)
        self.text.setTabChangesFocus(True)
        self.text.setFixedHeight(self.text.fontMetrics().lineSpacing() * 4 + 12)
        self.form.addRow(field_label, self.text)
        self.text.textChanged.connect(self._text_changed)
        self._text_changed()

    def _text_changed(self) -> None:
        self.ok.setEnabled(bool(self.text.toPlainText().strip()))

    def value(self) -> str:
        return self.text.toPlainText().strip()


class ResolveFindingsDialog(_TextDialog):
    """How the findings were fixed (a note the service requires)."""

    def __init__(self, ctx: UiContext, ids: list[str], numbers: list[str], parent: QWidget | None = None) -> None:
        super().__init__(
            ctx,
            translate("ReportsDialogs", "Resolve findings"),
            ReportsDialogs().resolve_intro(len(ids)),
            translate("ReportsDialogs", "How it was &fixed:"),
            translate("ReportsDialogs", "For example: photo taken at the interview on 3 November"),
            ids,
            numbers,
            parent,
        )
        self.ok.setText(self.tr("Mark &fixed"))

    def job(self) -> Callable[[Any], Any]:
        ws, ids, note = self.ctx.ws, self.ids, self.value()

        def work(_task: Any) -> Outcome:
            from app.services.qc import resolve_finding

            return work_each(ws, ids, lambda w, fid: resolve_finding(w, fid, note))

        return work


class DismissFindingsDialog(_TextDialog):
    """Why the findings are not a problem after all (a reason the service requires)."""

    def __init__(self, ctx: UiContext, ids: list[str], numbers: list[str], parent: QWidget | None = None) -> None:
        super().__init__(
            ctx,
            translate("ReportsDialogs", "Dismiss findings"),
            ReportsDialogs().dismiss_intro(len(ids)),
            translate("ReportsDialogs", "&Reason:"),
            translate("ReportsDialogs", "For example: two different people, checked against their documents"),
            ids,
            numbers,
            parent,
        )
        self.ok.setText(self.tr("&Dismiss"))

    def job(self) -> Callable[[Any], Any]:
        ws, ids, reason = self.ctx.ws, self.ids, self.value()

        def work(_task: Any) -> Outcome:
            from app.services.qc import dismiss_finding

            return work_each(ws, ids, lambda w, fid: dismiss_finding(w, fid, reason))

        return work
