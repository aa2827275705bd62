"""First run, option (b): restore a backup into the data directory.

A backup (`circuitride backup`, Workspace → Back up…, or a copy kept before an upgrade) is a folder
that opens with the passwords it was made with, so this page asks for the folder, the user name and
that password; app/services/workspaces.restore_backup checks the password against the backup
before copying, copies on the dialog's worker with progress, and opens the copy.

The copy is a new device (restore_backup says why): not enrolled with HQ, and the other users'
passwords were for the old laptop. The page says so in words, and what to do, before it opens the
workspace.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QWidget,
)

from app.errors import CircuitRideError, WrongPassword
from app.services.workspaces import Workspace, restore_backup, restore_note
from app.ui.i18n import service_text
from app.ui.tasks import Task, TaskRunner
from app.ui.unlock.fields import Form, add_field, busy_lines, lay_out_page


class RestorePage(QWidget):
    restored = Signal(object)  # the restored, unlocked Workspace
    back = Signal()

    def __init__(self, path: Path, runner: TaskRunner) -> None:
        super().__init__()
        self.path = path
        self._runner = runner
        self.busy = False

        heading = QLabel(self.tr("<h3>Restore a backup</h3>"))
        where = QLabel(
            self.tr(
                "Choose the backup folder (it holds workspace.json). It is copied, encrypted as it is, to {path}; "
                "the backup itself is not changed."
            ).format(path=path)
        )
        where.setWordWrap(True)
        where.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        form = Form()
        form.add_text(heading)
        form.add_text(where)
        self.folder = QLineEdit()
        self.folder.setPlaceholderText(self.tr("for example: E:\\circuitride-backup-2026-05-01"))
        self.browse = QPushButton(self.tr("&Browse…"))
        row = QHBoxLayout()
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.folder, 1)
        row.addWidget(self.browse)
        box = QWidget()
        box.setLayout(row)
        self.folder_error = add_field(form, self.tr("Backup &folder:"), box, buddy=self.folder)
        self.user = QLineEdit()
        self.user.setPlaceholderText(self.tr("your user name in that workspace"))
        self.user_error = add_field(
            form,
            self.tr("User &name:"),
            self.user,
            self.tr("Leave it empty if the workspace has a single user."),
        )
        self.password = QLineEdit()
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.password.setInputMethodHints(Qt.InputMethodHint.ImhSensitiveData | Qt.InputMethodHint.ImhHiddenText)
        self.password_error = add_field(
            form,
            self.tr("&Password:"),
            self.password,
            self.tr(
                "The password you used when the backup was made. Without it, HQ's recovery key can reopen "
                "the backup: ask your team lead."
            ),
        )
        form.finish()

        self.lines = busy_lines()
        self.message, self.status, self.progress = self.lines.message, self.lines.status, self.lines.progress
        self.done_note = QLabel()
        self.done_note.setWordWrap(True)
        self.done_note.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.done_note.hide()
        self.back_button = QPushButton(self.tr("&Back"))
        self.restore_button = QPushButton(self.tr("&Restore"))
        self.open_button = QPushButton(self.tr("&Open the workspace"))
        self.open_button.hide()
        self.workspace: Workspace | None = None  # restored, shown to the user before it is opened
        lay_out_page(
            self,
            form,
            [self.done_note, *self.lines.widgets()],
            [self.back_button],
            [self.open_button, self.restore_button],
        )
        self.open_button.clicked.connect(self._open)

        self.browse.clicked.connect(self._browse)
        self.back_button.clicked.connect(self.back)
        self.restore_button.clicked.connect(self.submit)

    def focus_first(self) -> None:
        self.restore_button.setDefault(True)
        self.folder.setFocus()

    def submit(self) -> None:
        if self.busy:
            return
        folder = self.folder.text().strip()
        password = self.password.text()
        self.folder_error.show_error("" if folder else self.tr("Choose the backup folder."))
        self.password_error.show_error("" if password else self.tr("Type the password of the backup."))
        self.user_error.show_error("")
        if not folder or not password:
            (self.folder if not folder else self.password).setFocus()
            return
        backup, dest, user = Path(folder).expanduser(), self.path, self.user.text().strip().lower()
        self._set_busy(True)

        def work(task: Task) -> Workspace:
            return restore_backup(backup, dest, user, password, progress=lambda d, t: task.progress(d, t, "copy"))

        self._runner.run(work, on_done=self._done, on_failed=self._failed, on_progress=self._progress)

    def _progress(self, done: int, total: int, _label: str) -> None:
        self.progress.setRange(0, max(total, 1))
        self.progress.setValue(done)
        self.status.setText(self.tr("Copying the backup: file {done} of {total}…").format(done=done, total=total))

    def _browse(self) -> None:
        chosen = QFileDialog.getExistingDirectory(self, self.tr("Backup folder"))
        if chosen:
            self.folder.setText(chosen)

    def _done(self, ws: Workspace) -> None:
        self._set_busy(False)
        self.workspace = ws
        restored = restore_note(ws)
        if restored is None:  # (every restore makes one; a workspace without it opens at once)
            self.restored.emit(ws)
            return
        text = self.tr(
            "<b>Restored.</b> This laptop now has every record of the backup, as a new device: it is not "
            "enrolled with HQ. Ask HQ for a new enrollment code and enroll it from the Sync page (the "
            "laptop's administrator does this); the changes HQ did not have when the backup was made are "
            "then sent again. If the laptop the backup came from is lost, ask HQ to revoke it."
        )
        if restored.others:
            text += " " + self.tr(
                "The other users of this workspace ({names}) open it with their own passwords as before; "
                "each then enrolls again with HQ with a user code from HQ."
            ).format(names=", ".join(restored.others))
        self.done_note.setText(text)
        self.done_note.show()
        for widget in (self.folder, self.browse, self.user, self.password, self.back_button):
            widget.setEnabled(False)
        self.restore_button.hide()
        self.open_button.show()
        self.open_button.setDefault(True)
        self.open_button.setFocus()

    def _open(self) -> None:
        if self.workspace is not None:
            self.restored.emit(self.workspace)

    def _failed(self, exc: CircuitRideError) -> None:
        self._set_busy(False)
        if isinstance(exc, WrongPassword):
            self.password_error.show_error(
                self.tr(
                    "Wrong user name or password for this backup. It opens with the password that was in use "
                    "when it was made."
                )
            )
            self.password.setFocus()
            self.password.selectAll()
        else:
            self.message.show_error(service_text(exc))

    def _set_busy(self, busy: bool) -> None:
        self.busy = busy
        self.lines.set_busy(busy, self.tr("Checking the password…"))
        for widget in (self.folder, self.browse, self.user, self.password, self.back_button, self.restore_button):
            widget.setEnabled(not busy)
