"""The unlock screen: a centred card with the workspace name, user, password and Unlock.

Unlocking runs Argon2id (about half a second by design), so it happens on the main window's task
runner (`ctx.tasks`: one worker per window), never on the GUI thread; `unlocked` is emitted back on
the GUI thread. The wrong-password
back-off is the store's and survives restarts: the screen reads it when it opens and shows it as a
live countdown with Unlock disabled. Caps Lock is inferred from key events (caps_lock.py).
"""

from __future__ import annotations

import html
import time

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QPalette, QShowEvent
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QProgressBar,
    QPushButton,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from app.errors import CircuitRideError, LockedOut
from app.services.workspaces import Workspace
from app.ui.context import UiContext
from app.ui.i18n import service_text
from app.ui.unlock.caps_lock import CapsLockWarning
from app.ui.unlock.countdown import BackoffCountdown, format_wait

CARD_MAX_WIDTH = 480  # a readable line for the messages; the card still shrinks with the window


class UserField(QComboBox):
    """The user name: an editable combo listing the workspace's users, with QLineEdit-like
    text()/setText() so callers need not care whether there is one user or several."""

    def __init__(self, users: list[str]) -> None:
        super().__init__()
        self.setEditable(True)
        self.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.addItems(users)
        # One user: pre-filled. Several: nobody is guessed (QSettings may not remember names).
        self.setEditText(users[0] if len(users) == 1 else "")
        line = self.lineEdit()
        if line is not None:  # (an editable box always has one)
            line.setPlaceholderText(self.tr("your user name"))
            line.setInputMethodHints(Qt.InputMethodHint.ImhNoAutoUppercase | Qt.InputMethodHint.ImhNoPredictiveText)

    def text(self) -> str:
        return self.currentText()

    def setText(self, text: str) -> None:  # noqa: N802 - mirrors QLineEdit
        self.setEditText(text)


class UnlockView(QWidget):
    unlocked = Signal()

    def __init__(self, ctx: UiContext) -> None:
        super().__init__()
        self.ws: Workspace = ctx.ws
        ws = ctx.ws
        self._busy = False
        self._runner = ctx.tasks
        self.help_box: QMessageBox | None = None
        self.upgrade_box: QMessageBox | None = None

        app_title = QLabel(self.tr("Circuit Ride"))
        app_title.setObjectName("appTitle")
        app_title.setAlignment(Qt.AlignmentFlag.AlignCenter)
        app_title.setForegroundRole(QPalette.ColorRole.PlaceholderText)
        self.workspace_name = QLabel(f"<h2>{html.escape(ws.meta.name)}</h2>")
        self.workspace_name.setObjectName("workspaceName")
        self.workspace_name.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.workspace_name.setWordWrap(True)
        hint = QLabel(self.tr("This workspace is encrypted. Enter your password to open it."))
        hint.setAlignment(Qt.AlignmentFlag.AlignCenter)
        hint.setWordWrap(True)

        users = ws.users()
        self.user = UserField(users)
        self.password = QLineEdit()
        self.password.setObjectName("password")
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.password.setInputMethodHints(Qt.InputMethodHint.ImhSensitiveData | Qt.InputMethodHint.ImhHiddenText)
        self.caps_warning = CapsLockWarning(self.password)

        self.message = QLabel()
        self.message.setObjectName("message")
        self.message.setWordWrap(True)
        self.message.setStyleSheet("color: #a40000")
        self.message.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.countdown = QLabel()
        self.countdown.setObjectName("countdown")
        self.countdown.setWordWrap(True)
        self.countdown.setStyleSheet("color: #a40000; font-weight: bold")
        self.countdown.hide()

        self.button = QPushButton(self.tr("Un&lock"))
        self.button.setObjectName("unlockButton")
        # Not in a dialog, so Enter on a focused button needs autoDefault (the fields have returnPressed).
        self.button.setAutoDefault(True)
        self.busy = QProgressBar()
        self.busy.setRange(0, 0)  # indeterminate: Argon2id gives no progress to report
        self.busy.setTextVisible(False)
        self.busy.setMaximumHeight(6)
        self.busy.setMaximumWidth(120)
        policy = self.busy.sizePolicy()
        policy.setRetainSizeWhenHidden(True)
        self.busy.setSizePolicy(policy)
        self.busy.hide()
        self.forgot = QPushButton(self.tr("&Forgot password?"))
        self.forgot.setObjectName("forgotPassword")
        self.forgot.setFlat(True)
        # Looks like a link (it only explains), but stays a button: reachable with Tab and Alt+F.
        self.forgot.setStyleSheet(
            "QPushButton { color: palette(link); text-decoration: underline; border: none; padding: 2px; }"
        )
        self.forgot.setCursor(Qt.CursorShape.PointingHandCursor)
        self.forgot.setAutoDefault(True)

        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        form.addRow(self.tr("&User:"), self.user)
        form.addRow(self.tr("&Password:"), self.password)
        form.addRow("", self.caps_warning)

        buttons = QHBoxLayout()
        buttons.addWidget(self.forgot)
        buttons.addStretch()
        buttons.addWidget(self.busy, 1)
        buttons.addWidget(self.button)

        card = QFrame()
        card.setObjectName("unlockCard")
        card.setFrameShape(QFrame.Shape.StyledPanel)
        card.setAutoFillBackground(True)
        card.setBackgroundRole(QPalette.ColorRole.Base)
        card.setMaximumWidth(CARD_MAX_WIDTH)
        card.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Maximum)
        inner = QVBoxLayout(card)
        inner.setContentsMargins(28, 20, 28, 20)
        inner.setSpacing(10)
        inner.addWidget(app_title)
        inner.addWidget(self.workspace_name)
        inner.addWidget(hint)
        inner.addSpacing(6)
        inner.addLayout(form)
        inner.addWidget(self.message)
        inner.addWidget(self.countdown)
        inner.addLayout(buttons)

        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(card, 3)
        row.addStretch(1)
        outer = QVBoxLayout(self)
        outer.addStretch(1)
        outer.addLayout(row)
        outer.addStretch(2)

        self.setTabOrder(self.user, self.password)
        self.setTabOrder(self.password, self.button)
        self.setTabOrder(self.button, self.forgot)

        self._countdown = BackoffCountdown(lambda: ws.backoff.state().wait_remaining(time.time()), self)
        self._countdown.tick.connect(self._show_wait)
        self._countdown.finished.connect(self._wait_over)

        self.password.returnPressed.connect(self.try_unlock)
        user_line = self.user.lineEdit()
        if user_line is not None:  # (an editable box always has one)
            user_line.returnPressed.connect(self._user_entered)
        self.button.clicked.connect(self.try_unlock)
        self.forgot.clicked.connect(self.show_recovery_help)

        if not users:
            self.message.setText(
                self.tr("This workspace has no user passwords. HQ can reopen it with its recovery key.")
            )
            self.user.setEnabled(False)
            self.password.setEnabled(False)
        self._countdown.refresh()  # a back-off from before a restart shows at once
        self._update_button()

    # ----- public API (used by the shell and main.py) -----------------------------------------
    def reset(self) -> None:
        """Back to a clean screen (called on lock): no password, no old message."""
        self.password.clear()
        self.message.clear()
        self._countdown.refresh()
        self._update_button()
        self._focus_first_empty()

    def try_unlock(self) -> None:
        if self._busy or not self.password.isEnabled():
            return
        if self._countdown.refresh() > 0:
            self.password.setFocus()
            return
        username = self.user.text().strip().lower()
        password = self.password.text()
        if not username and len(self.ws.users()) > 1:
            self._fail(self.tr("Choose your user name."), self.user)
            return
        if not password:
            # Not an attempt: an empty Enter must not count towards the back-off.
            self._fail(self.tr("Type your password."), self.password)
            return
        self.message.clear()
        self._set_busy(True)
        ws = self.ws
        self._runner.run(
            lambda _task: ws.unlock(password, username or None),
            on_done=self._unlock_done,
            on_failed=self._unlock_failed,
        )

    def recovery_help_text(self) -> str:
        if self.ws.has_recovery_slot():
            command = f'circuitride --data-dir "{self.ws.path}" recover --recovery-key hq-recovery-private.pem'
            return self.tr(
                "<p>Your team lead or HQ can reopen this workspace with HQ's recovery key and set a new "
                "password. Nothing is lost.</p>"
                "<p>On this laptop, they run:</p><p><code>{command}</code></p>"
                "<p>The recovery key never travels with the laptop: ask your team lead to contact HQ.</p>"
            ).format(command=html.escape(command))
        return self.tr(
            "<p><b>Without the password, the data in this workspace cannot be recovered</b>: not by your "
            "team lead, HQ or anyone else. That is what the encryption is for.</p>"
            "<p>If someone else has a user on this workspace, they can still open it. "
            "Otherwise try the passwords you may have used (after five wrong ones each new try must "
            "wait a little longer), then ask your team lead.</p>"
            "<p>For future workspaces, HQ should issue a recovery key (<code>circuitride hq keygen</code>) "
            "and give its public part to every laptop when the workspace is created, so a forgotten "
            "password never loses data.</p>"
        )

    def show_recovery_help(self) -> None:
        box = QMessageBox(self)
        box.setIcon(QMessageBox.Icon.Information)
        box.setWindowTitle(self.tr("Forgot password"))
        box.setTextFormat(Qt.TextFormat.RichText)
        box.setText(self.recovery_help_text())
        box.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        box.finished.connect(lambda _r: self.password.setFocus())
        self.help_box = box
        box.open()

    # ----- internals --------------------------------------------------------------------------
    def _user_entered(self) -> None:
        if self.password.text():
            self.try_unlock()
        else:
            self.password.setFocus()

    def _unlock_done(self, _result: object) -> None:
        self._set_busy(False)
        self.password.clear()
        self.message.clear()
        self.unlocked.emit()
        if self.ws.upgraded is not None:
            self._say_upgraded(self.ws.upgraded.old, self.ws.upgraded.new, str(self.ws.upgraded.backup))

    def upgraded_text(self, old: str, new: str, backup: str) -> str:
        return self.tr(
            "Workspace upgraded from format {old} to {new} for this version of Circuit Ride; a backup of the "
            "workspace as it was is saved at {backup}. If something looks wrong, keep that folder and tell "
            "HQ support."
        ).format(old=old, new=new, backup=backup)

    def _say_upgraded(self, old: str, new: str, backup: str) -> None:
        """Once, on the first start after an application upgrade: not modal, so the work screen
        behind it is usable at once; the path is selectable for support."""
        box = QMessageBox(self.window())
        box.setIcon(QMessageBox.Icon.Information)
        box.setWindowTitle(self.tr("Workspace upgraded"))
        box.setText(self.upgraded_text(old, new, backup))
        box.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        box.finished.connect(self._upgrade_box_closed)
        self.upgrade_box = box
        box.open()

    def _upgrade_box_closed(self, _result: int) -> None:
        self.upgrade_box = None

    def _unlock_failed(self, exc: CircuitRideError) -> None:
        self._set_busy(False)
        if isinstance(exc, LockedOut):
            self.message.clear()  # the countdown says it, live
        else:
            self.message.setText(service_text(exc))
        self._countdown.refresh()
        self._update_button()
        self.password.setFocus()
        self.password.selectAll()

    def _fail(self, text: str, focus: QWidget) -> None:
        self.message.setText(text)
        focus.setFocus()

    def _show_wait(self, seconds: float) -> None:
        self.countdown.setText(
            self.tr("Too many wrong passwords. Try again in {time}.").format(time=format_wait(seconds))
        )
        self.countdown.show()
        self._update_button()

    def _wait_over(self) -> None:
        self.countdown.clear()
        self.countdown.hide()
        self._update_button()

    def _set_busy(self, busy: bool) -> None:
        self._busy = busy
        self.busy.setVisible(busy)
        self.button.setText(self.tr("Unlocking…") if busy else self.tr("Un&lock"))
        self.password.setReadOnly(busy)
        self.user.setEnabled(not busy)
        self.forgot.setEnabled(not busy)
        self._update_button()
        if busy:
            self.setCursor(Qt.CursorShape.BusyCursor)
        else:
            self.unsetCursor()

    def _update_button(self) -> None:
        self.button.setEnabled(not self._busy and not self._countdown.active and self.password.isEnabled())

    def _focus_first_empty(self) -> None:
        (self.password if self.user.text() else self.user).setFocus()

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 - Qt API
        super().showEvent(event)
        self._countdown.refresh()
        self._update_button()
        self._focus_first_empty()
