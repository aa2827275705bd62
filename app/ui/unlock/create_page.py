"""First run, option (a): create a new encrypted workspace in the data directory.

Validation is inline (each message under its field) and uses the store's own rules; creating
runs Argon2id calibration and key derivation, so it happens on the dialog's worker thread.
"""

from __future__ import annotations

from pathlib import Path
from typing import Literal

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QWidget,
)

from app.errors import CircuitRideError, InvalidInput, WeakPassword
from app.services.workspaces import KdfParams, Workspace, check_username, create_workspace, load_recovery_public_key
from app.ui.i18n import service_text
from app.ui.tasks import TaskRunner
from app.ui.unlock.fields import Form, NewPassword, add_field, busy_lines, lay_out_page
from app.util.files import read_limited

DEFAULT_ROLE = "admin"  # as `circuitride init`: whoever sets up a laptop administers it (users, enrollment)


RECOVERY_KEY_MAX_BYTES = 64 * 1024  # a PEM public key is a few hundred bytes


class CreatePage(QWidget):
    created = Signal(object)  # the new, unlocked Workspace
    back = Signal()

    def __init__(self, path: Path, runner: TaskRunner, kdf: KdfParams | None = None) -> None:
        super().__init__()
        self.path = path
        self._runner = runner
        self._kdf = kdf  # None: calibrated on this machine; tests pass keyslots.TEST_KDF
        self.busy = False

        heading = QLabel(self.tr("<h3>Create a workspace</h3>"))
        where = QLabel(self.tr("It will be stored, encrypted, in {path}").format(path=path))
        where.setWordWrap(True)
        where.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        form = Form()
        form.add_text(heading)
        form.add_text(where)
        self.name = QLineEdit()
        self.name.setPlaceholderText(self.tr("for example: Kakuma ride, spring"))
        self.name_error = add_field(
            form,
            self.tr("&Workspace name:"),
            self.name,
            self.tr("Shown on the unlock screen, not encrypted: never an applicant's name."),
        )
        self.user = QLineEdit()
        self.user.setPlaceholderText(self.tr("for example: ana.rojas"))
        self.user_error = add_field(form, self.tr("User &name:"), self.user)
        self.role = QComboBox()
        for value, label in (
            ("interviewer", self.tr("Interviewer")),
            ("adjudication_support", self.tr("Adjudication support")),
            ("team_lead", self.tr("Team lead")),
            ("admin", self.tr("Administrator")),
        ):
            self.role.addItem(label, value)
        self.role.setCurrentIndex(self.role.findData(DEFAULT_ROLE))
        add_field(
            form,
            self.tr("R&ole:"),
            self.role,
            self.tr(
                "The administrator adds the team's users and enrolls the laptop with HQ, but takes no case "
                "decisions: the team lead and the interviewers work with their own accounts."
            ),
        )
        self.passwords = NewPassword(form, self)

        self.recovery = QLineEdit()
        self.recovery.setPlaceholderText(self.tr("hq-recovery-public.pem (optional)"))
        self.browse = QPushButton(self.tr("&Browse…"))
        recovery_row = QHBoxLayout()
        recovery_row.setContentsMargins(0, 0, 0, 0)
        recovery_row.addWidget(self.recovery, 1)
        recovery_row.addWidget(self.browse)
        recovery_box = QWidget()
        recovery_box.setLayout(recovery_row)
        self.recovery_error = add_field(
            form,
            self.tr("HQ recovery &key:"),
            recovery_box,
            self.tr("The public key file from HQ. Without it, a forgotten password loses the data."),
            buddy=self.recovery,  # the mnemonic lands in the text field, not on the row's container
        )
        form.finish()

        self.lines = busy_lines(self.tr("Creating the encrypted workspace…"))
        self.message, self.status, self.progress = self.lines.message, self.lines.status, self.lines.progress
        self.back_button = QPushButton(self.tr("&Back"))
        self.create_button = QPushButton(self.tr("&Create workspace"))
        lay_out_page(self, form, self.lines.widgets(), [self.back_button], [self.create_button])

        self.browse.clicked.connect(self._browse)
        self.back_button.clicked.connect(self.back)
        self.create_button.clicked.connect(self.submit)

    def focus_first(self) -> None:
        # Enter in any field presses this page's main button (the dialog's default button).
        self.create_button.setDefault(True)
        self.name.setFocus()

    def submit(self) -> None:
        if self.busy:
            return
        values = self._validate()
        if values is None:
            return
        name, user, role, password, recovery = values
        path, kdf = self.path, self._kdf
        self._set_busy(True)
        self._runner.run(
            lambda _task: create_workspace(
                path, user, password, role=role, name=name, kdf=kdf, recovery_public_key=recovery
            ),
            on_done=self._done,
            on_failed=self._failed,
        )

    def _validate(self) -> tuple[str, str, str, str, bytes | None] | None:
        """Check every field, show each problem under its field; None if any."""
        first_bad: QWidget | None = None
        name = self.name.text().strip()
        self.name_error.show_error("" if name else self.tr("Give the workspace a name."))
        if not name:
            first_bad = self.name
        user = self.user.text().strip()
        try:
            check_username(user)
        except InvalidInput as exc:
            self.user_error.show_error(service_text(exc))
            first_bad = first_bad or self.user
        else:
            self.user_error.show_error("")
        password = self.passwords.value()
        if password is None:
            first_bad = first_bad or self.passwords.password
        recovery = self._recovery_key()
        if recovery is False:
            first_bad = first_bad or self.recovery
        if first_bad is not None:
            first_bad.setFocus()
            return None
        assert password is not None and recovery is not False
        return name, user, str(self.role.currentData()), password, recovery

    def _recovery_key(self) -> bytes | None | Literal[False]:
        """The public key's bytes, None when none was given, False (with the reason shown) if bad."""
        text = self.recovery.text().strip()
        if not text:
            self.recovery_error.show_error("")
            return None
        try:
            data = read_limited(Path(text).expanduser(), RECOVERY_KEY_MAX_BYTES, "The recovery key file")
            load_recovery_public_key(data)
        except OSError as exc:
            self.recovery_error.show_error(
                self.tr("Cannot read that file ({reason}).").format(reason=exc.strerror or type(exc).__name__)
            )
            return False
        except InvalidInput as exc:
            self.recovery_error.show_error(service_text(exc))
            return False
        self.recovery_error.show_error("")
        return data

    def _browse(self) -> None:
        chosen, _filter = QFileDialog.getOpenFileName(
            self, self.tr("HQ recovery public key"), "", self.tr("Public keys (*.pem);;All files (*)")
        )
        if chosen:
            self.recovery.setText(chosen)
            self._recovery_key()

    def _done(self, ws: Workspace) -> None:
        self._set_busy(False)
        self.created.emit(ws)

    def _failed(self, exc: CircuitRideError) -> None:
        self._set_busy(False)
        if isinstance(exc, WeakPassword):
            self.passwords.show_store_error(exc)
        else:
            self.message.show_error(service_text(exc))

    def _set_busy(self, busy: bool) -> None:
        self.busy = busy
        self.lines.set_busy(busy)
        for widget in (
            self.name,
            self.user,
            self.role,
            self.recovery,
            self.browse,
            self.back_button,
            self.create_button,
        ):
            widget.setEnabled(not busy)
        self.passwords.set_enabled(not busy)
