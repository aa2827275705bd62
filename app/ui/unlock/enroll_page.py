"""First run, option (c): enroll with an HQ code — one flow from nothing to a synced laptop.

HQ issues two one-line codes: the laptop's enrollment code (`circuitride hq enroll-device`: HQ's
address, its CA fingerprint and a one-time token) and, optionally, the user's code (`hq user add` /
`hq user code`: the user name and a token). On the dialog's worker this page does what the command
line does, with the same functions (app/sync/engine.py):

    fetch_ca        HQ reachable, and its certificate the one the code names (pinned, TOFU-free)
    create_workspace  with the laptop's administrator account (`laptop.admin`), as `circuitride init`
    add the person  who enrolls, as an interviewer, with the same password (`circuitride user add`)
    enroll          the laptop at HQ, as its administrator (`circuitride sync enroll --code`)
    enroll_user     the person's signing key at HQ (`circuitride user enroll --code`), if a code was
                    given: they then take the role HQ gives them (a team lead's, say)
    sync            the first sync, with progress (`circuitride sync`), as the person

The person enrolling a field laptop is normally the interviewer who will use it, so the workspace
opens as them, able to do case work (interviews, forms, notes); an administrator may not (roles.py:
the administrator manages users, enrollment and keys, takes no case decisions and reads no
restricted notes). Enrolling a laptop is an administrator's act, so the laptop also gets its own
administrator account, `laptop.admin`, opened with the same password: the person opens it when the
laptop needs one (another user, enrolling again), and HQ never has to send anyone.

Nothing is made until HQ is reached and proven to be the HQ of the code. A code HQ refuses (used,
expired, mistyped token) removes the brand-new workspace again, so the next try starts clean; a
connection cut during enrollment keeps it, and the next try finishes with the same keys (the code
stays valid for this laptop, engine.enroll). A first sync that fails leaves an enrolled workspace
that opens; the sync is retried from the Sync page.
"""

from __future__ import annotations

import shutil
from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QLabel,
    QLineEdit,
    QPushButton,
    QWidget,
)

from app.errors import CircuitRideError, InvalidInput, UsageError, WeakPassword
from app.services.users import ensure_user
from app.services.workspaces import KdfParams, Workspace, check_username, create_workspace
from app.ui.i18n import service_text
from app.ui.tasks import Task, TaskRunner
from app.ui.unlock.fields import Form, NewPassword, add_field, busy_lines, lay_out_page

ADMIN_USER = "laptop.admin"  # enrolling a laptop is its administrator's act (app/models/roles.py: enroll_device)
FIELD_ROLE = "interviewer"  # the person's role until HQ gives theirs (a user code)
# Overall progress (percent) at the start of each step.
_REACH, _CREATE, _ENROLL, _USER, _SYNC = 0, 10, 30, 40, 50


def _parse(code: str) -> dict[str, str]:
    from app.wire.codes import parse_code

    return parse_code(code)


def _parse_user(code: str) -> dict[str, str]:
    from app.wire.codes import parse_user_code

    return parse_user_code(code)


class EnrollPage(QWidget):
    enrolled = Signal(object)  # the new, unlocked, enrolled Workspace
    back = Signal()

    def __init__(self, path: Path, runner: TaskRunner, kdf: KdfParams | None = None) -> None:
        super().__init__()
        self.path = path
        self._runner = runner
        self._kdf = kdf
        self.busy = False
        # Made by an earlier try whose enrollment was cut: the next try finishes it with the same keys.
        self.workspace: Workspace | None = None
        self._stage = ""

        heading = QLabel(self.tr("<h3>Enroll with an HQ code</h3>"))
        intro = QLabel(
            self.tr(
                "Type or paste the codes HQ gave you. This laptop then gets its encrypted workspace in {path}, "
                "is enrolled with HQ and syncs its first cases."
            ).format(path=path)
        )
        intro.setWordWrap(True)
        intro.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        form = Form()
        form.add_text(heading)
        form.add_text(intro)
        self.code = QLineEdit()
        self.code.setPlaceholderText("CR1-…")
        self.code.setInputMethodHints(Qt.InputMethodHint.ImhNoAutoUppercase | Qt.InputMethodHint.ImhNoPredictiveText)
        self.code_error = add_field(
            form,
            self.tr("&Laptop code:"),
            self.code,
            self.tr("One line starting with CR1-, from HQ (circuitride hq enroll-device). It works once."),
        )
        self.hq = QLabel()
        self.hq.setWordWrap(True)
        self.hq.hide()
        form.add_under(self.hq)
        self.user_code = QLineEdit()
        self.user_code.setPlaceholderText(self.tr("CRU1-… (optional)"))
        self.user_code_error = add_field(
            form,
            self.tr("U&ser code:"),
            self.user_code,
            self.tr("Your own code from HQ (circuitride hq user add); it fills in your user name."),
        )
        self.user = QLineEdit()
        self.user.setPlaceholderText(self.tr("for example: ana.rojas"))
        self.user_error = add_field(
            form,
            self.tr("User &name:"),
            self.user,
            self.tr(
                "You open this laptop with it to do your case work, as an interviewer or in the role HQ gives "
                "you. Its administrator account, laptop.admin, opens with the same password (to add users)."
            ),
        )
        self.passwords = NewPassword(form, self)
        form.finish()

        self.lines = busy_lines()
        self.message, self.status, self.progress = self.lines.message, self.lines.status, self.lines.progress
        self.back_button = QPushButton(self.tr("&Back"))
        self.enroll_button = QPushButton(self.tr("&Enroll"))
        self.open_button = QPushButton(self.tr("&Open the workspace"))
        self.open_button.hide()
        lay_out_page(
            self,
            form,
            self.lines.widgets(),
            [self.back_button],
            [self.open_button, self.enroll_button],
        )

        self.code.textChanged.connect(self._code_changed)
        self.user_code.textChanged.connect(self._user_code_changed)
        self.back_button.clicked.connect(self.back)
        self.enroll_button.clicked.connect(self.submit)
        self.open_button.clicked.connect(self._open)

    def focus_first(self) -> None:
        self.enroll_button.setDefault(True)
        self.code.setFocus()

    # ----- live checks ------------------------------------------------------------------------
    def _code_changed(self, text: str) -> None:
        try:
            info = _parse(text) if text.strip() else None
        except UsageError:
            info = None
        self.hq.setVisible(info is not None)
        if info is not None:
            self.hq.setText(self.tr("HQ: {url}").format(url=info["url"]))
            self.code_error.show_error("")

    def _user_code_changed(self, text: str) -> None:
        try:
            info = _parse_user(text) if text.strip() else None
        except UsageError:
            return
        if info is not None:
            self.user.setText(info["user"])
            self.user_code_error.show_error("")

    # ----- enrolling --------------------------------------------------------------------------
    def _validate(self) -> tuple[str, str, str, str] | None:
        first_bad: QWidget | None = None
        code = self.code.text().strip()
        try:
            _parse(code)
        except UsageError as exc:
            self.code_error.show_error(service_text(exc))
            first_bad = self.code
        else:
            self.code_error.show_error("")
        user_code = self.user_code.text().strip()
        user = self.user.text().strip().lower()
        self.user_code_error.show_error("")
        if user_code:
            try:
                for_user = _parse_user(user_code)["user"]
            except UsageError as exc:
                self.user_code_error.show_error(service_text(exc))
                first_bad = first_bad or self.user_code
            else:
                if for_user != user:
                    self.user_code_error.show_error(
                        self.tr("This user code is for {code_user}: use that user name, or leave the code out.").format(
                            code_user=for_user
                        )
                    )
                    first_bad = first_bad or self.user
        try:
            check_username(user)
            if user == ADMIN_USER:
                raise InvalidInput(
                    "{user} is this laptop's administrator account: type your own user name.", user=ADMIN_USER
                )
        except InvalidInput as exc:
            self.user_error.show_error(service_text(exc))
            first_bad = first_bad or self.user
        else:
            self.user_error.show_error("")
        # A retry after a cut finishes the workspace made with the password typed then (the fields keep it).
        password = self.passwords.value() if self.workspace is None else self.passwords.password.text()
        if password is None:
            first_bad = first_bad or self.passwords.password
        if first_bad is not None:
            first_bad.setFocus()
            return None
        assert password is not None
        return code, user_code, user, password

    def submit(self) -> None:
        if self.busy:
            return
        values = self._validate()
        if values is None:
            return
        code, user_code, user, password = values
        self._set_busy(True)
        self._runner.run(
            lambda task: self._work(task, code, user_code, user, password),
            on_done=self._done,
            on_failed=self._failed,
            on_progress=self._progress,
        )

    def _work(self, task: Task, code: str, user_code: str, user: str, password: str) -> Workspace:
        """On the worker: the command line's steps, in its order (see the module's docstring)."""
        from app.sync.engine import enroll, enroll_user, enrollment, fetch_ca, sync

        info = _parse(code)
        ws = self.workspace
        if ws is None:
            self._stage = "reach"
            task.progress(_REACH, 100, "reach")
            fetch_ca(info["url"], info["fingerprint"])  # HQ is there and is the HQ of the code
            self._stage = "create"
            task.progress(_CREATE, 100, "create")
            ws = create_workspace(
                self.path, ADMIN_USER, password, role="admin", name=_hq_name(info["url"]), kdf=self._kdf
            )
            self.workspace = ws
        if user not in ws.users():  # the person who enrolls, with the same password: the one who works here
            ensure_user(ws, user, role=FIELD_ROLE)
            ws.set_password(user, password, self._kdf)
        if enrollment(ws) is None:
            self._stage = "enroll"
            task.progress(_ENROLL, 100, "enroll")
            try:
                enroll(ws, code)
            except CircuitRideError as exc:
                if _refused(exc):  # HQ bound nothing: the next try starts clean, with a new code
                    self._discard(ws)
                raise
        if ws.username != user:  # from here on as the person: their key, their role, their first sync
            ws.lock()
            ws.unlock(password, user)
        if user_code:
            self._stage = "user"
            task.progress(_USER, 100, "user")
            enroll_user(ws, user_code)
        self._stage = "sync"
        task.progress(_SYNC, 100, "sync")

        def sync_progress(stage: str, done: int, total: int) -> None:
            share = (100 - _SYNC) * done // max(total, 1)
            task.progress(_SYNC + min(share, 100 - _SYNC - 1), 100, f"sync {stage} {done} {total}")

        sync(ws, sync_progress)
        return ws

    def _progress(self, done: int, _total: int, label: str) -> None:
        self.progress.setValue(done)
        step = label.split(" ")[0]
        self.status.setText(
            {
                "reach": self.tr("Reaching HQ and checking its certificate…"),
                "create": self.tr("Creating the encrypted workspace…"),
                "enroll": self.tr("Enrolling this laptop with HQ…"),
                "user": self.tr("Enrolling your user with HQ…"),
                "sync": self.tr("First sync with HQ…"),
            }.get(step, self.status.text())
        )

    def _done(self, ws: Workspace) -> None:
        self._set_busy(False)
        self.progress.setValue(100)
        self.enrolled.emit(ws)

    def _failed(self, exc: CircuitRideError) -> None:
        self._set_busy(False)
        stage, ws = self._stage, self.workspace
        if isinstance(exc, WeakPassword):
            self.passwords.show_store_error(exc)
            return
        if stage == "sync" and ws is not None:  # enrolled: the workspace is good, only the sync is to redo
            self.message.show_error(
                self.tr(
                    "This laptop is enrolled with HQ, but the first sync did not finish: {reason} Open the "
                    "workspace and sync again from the Sync page."
                ).format(reason=service_text(exc))
            )
            self.open_button.show()
            self.enroll_button.hide()
            self.open_button.setDefault(True)
            self.open_button.setFocus()
            return
        if stage in ("enroll", "user") and _refused(exc):
            if stage == "enroll":
                self.message.show_error(
                    self.tr(
                        "HQ did not accept this laptop code: it was used already, is more than 7 days old, or a "
                        "character is wrong. Nothing was kept. Ask HQ for a new code (circuitride hq "
                        "enroll-device) and type it again. ({reason})"
                    ).format(reason=service_text(exc))
                )
                self.code.setFocus()
                self.code.selectAll()
                return
            self.user_code_error.show_error(
                self.tr(
                    "HQ did not accept this user code: it was used already or a character is wrong. The laptop "
                    "is enrolled; ask HQ for a new user code (circuitride hq user code NAME), or leave it out "
                    "and enroll your user later from the Sync page. ({reason})"
                ).format(reason=service_text(exc))
            )
            self.user_code.setFocus()
            return
        self.message.show_error(service_text(exc))

    def _discard(self, ws: Workspace) -> None:
        """On the worker: the workspace this page made a moment ago, with nothing in it but its first user."""
        ws.lock()
        self.workspace = None
        shutil.rmtree(self.path, ignore_errors=True)

    def _open(self) -> None:
        if self.workspace is not None:
            self.enrolled.emit(self.workspace)

    def _set_busy(self, busy: bool) -> None:
        self.busy = busy
        self.lines.set_busy(busy, steps=100)
        for widget in (self.code, self.user_code, self.user, self.back_button, self.enroll_button):
            widget.setEnabled(not busy)
        self.passwords.set_enabled(not busy and self.workspace is None)


def _refused(exc: Any) -> bool:
    """HQ answered and said no (the code), as opposed to a network that failed (try again)."""
    status = getattr(exc, "status", None)
    return isinstance(exc, UsageError) or (isinstance(status, int) and 400 <= status < 500)


def _hq_name(url: str) -> str:
    """The workspace's name on the unlock screen: where it syncs to (never a person's name)."""
    host = url.split("://", 1)[-1].split("/", 1)[0]
    return f"HQ {host}"
