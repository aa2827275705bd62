"""First run, option (b): build the demo workspace (synthetic people only) and open it.

It lives in a sibling folder, `<data dir>-demo`, so the real data directory stays free for a real
workspace. It is built in `<data dir>-demo.partial` and renamed into place only when complete:
Cancel, a failure or a crash never leaves a half-filled demo that looks finished, and a leftover
`.partial` folder is ours by its name and safe to delete.
"""

from __future__ import annotations

import functools
import os
import re
import shutil
from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QProgressBar,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from app.errors import CircuitRideError, InvalidInput, WeakPassword, WorkspaceExists
from app.services.demo_load import load_demo
from app.services.workspaces import KdfParams, Workspace, check_username, create_workspace
from app.ui.i18n import service_text
from app.ui.tasks import Cancelled, Task, TaskRunner
from app.ui.unlock.fields import FieldError, Form, NewPassword, add_field, scrolling

DEFAULT_DEMO_CASES = 300
MAX_DEMO_CASES = 5000
DEMO_SEED = 1  # as `circuitride demo`: every demo shows the same people, which helps training
DEMO_USER = "team.lead"
_ATTACHED = re.compile(r"attached (\d+) of (\d+)")  # load_demo's progress line for photos and scans

# Overall progress (percent) at the start of each step.
_CREATE, _GENERATE, _IMPORT, _ATTACH, _REOPEN = 0, 8, 20, 40, 95


def demo_path_for(path: Path) -> Path:
    """Where the demo workspace for data directory `path` lives."""
    return path.with_name(path.name + "-demo")


def _partial(final: Path) -> Path:
    return final.with_name(final.name + ".partial")


def _report(task: Task, line: str) -> None:
    """Turns load_demo's progress lines into the page's progress bar (and honours Cancel)."""
    task.check()
    found = _ATTACHED.search(line)
    if found:
        done, total = int(found.group(1)), int(found.group(2))
        task.progress(_ATTACH + (_REOPEN - _ATTACH) * done // max(total, 1), 100, f"attach {done} {total}")
    else:
        task.progress(_IMPORT, 100, "import")


def build_demo(
    task: Task, final: Path, username: str, password: str, cases: int, name: str, kdf: KdfParams | None
) -> Workspace | None:
    """Create, fill and open the demo workspace at `final`. None if cancelled (nothing left behind).

    Runs on a worker thread. Cancel is honoured between steps and at each progress report of
    load_demo (its photo step reports every 100 files).
    """
    partial = _partial(final)
    shutil.rmtree(partial, ignore_errors=True)
    ws: Workspace | None = None
    try:
        task.progress(_CREATE, 100, "create")
        ws = create_workspace(partial, username, password, role="team_lead", name=name, kdf=kdf)
        task.check()
        task.progress(_GENERATE, 100, "generate")

        load_demo(ws, cases=cases, seed=DEMO_SEED, progress=functools.partial(_report, task))
        task.check()
        task.progress(_REOPEN, 100, "reopen")
        ws.lock()
        ws = None
        if final.exists():
            final.rmdir()  # only ever an empty folder here: the page refuses a non-empty one
        os.replace(partial, final)
    except BaseException:
        if ws is not None:
            ws.lock()
        shutil.rmtree(partial, ignore_errors=True)
        try:
            task.check()
        except Cancelled:
            return None
        raise
    # The open engine was bound to the .partial path; reopening costs one key derivation.
    opened = Workspace(final)
    opened.unlock(password, username)
    task.progress(100, 100, "done")
    return opened


class DemoPage(QWidget):
    opened = Signal(object)  # the demo Workspace: unlocked if just built, locked if made earlier
    back = Signal()
    idle = Signal()  # a build finished (done, failed or cancelled)

    def __init__(self, path: Path, runner: TaskRunner, kdf: KdfParams | None = None) -> None:
        super().__init__()
        self.demo_path = demo_path_for(path)
        self._runner = runner
        self._kdf = kdf
        self._task: Task | None = None

        heading = QLabel(self.tr("<h3>Open the demo workspace</h3>"))
        self.explanation = explain = QLabel(
            self.tr(
                "The demo workspace holds <b>synthetic people only</b>: invented families with names in "
                "several scripts, dates of birth, photos and document scans. Use it to learn the app or "
                "to train a team, and never type a real applicant's data into it."
            )
        )
        explain.setWordWrap(True)
        where = QLabel(self.tr("It is kept apart from your own data, in {path}").format(path=self.demo_path))
        where.setWordWrap(True)
        where.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        # A demo made on an earlier run: offer to open it rather than building another.
        self.existing = QFrame()
        self.existing.setFrameShape(QFrame.Shape.StyledPanel)
        existing_text = QLabel(
            self.tr(
                "A demo workspace was already made here. Open it and unlock it with the password "
                "chosen then, or delete that folder to build a new one."
            )
        )
        existing_text.setWordWrap(True)
        self.open_existing = QPushButton(self.tr("&Open the existing demo"))
        existing_row = QHBoxLayout(self.existing)
        existing_row.addWidget(existing_text, 1)
        existing_row.addWidget(self.open_existing)

        form = Form()
        for widget in (heading, explain, where, self.existing):
            form.add_text(widget)
        self.cases = QSpinBox()
        self.cases.setRange(1, MAX_DEMO_CASES)
        self.cases.setValue(DEFAULT_DEMO_CASES)
        self.cases.setSingleStep(50)
        self.cases.setMaximumWidth(self.cases.fontMetrics().horizontalAdvance("0") * 12)
        add_field(
            form, self.tr("Number of &cases:"), self.cases, self.tr("A few hundred cases take about a minute to build.")
        )
        self.user = QLineEdit(DEMO_USER)
        self.user_error = add_field(form, self.tr("User &name:"), self.user)
        self.passwords = NewPassword(form, self)

        self.message = FieldError()
        self.status = QLabel()
        self.status.setWordWrap(True)
        self.progress = QProgressBar()
        self.progress.setRange(0, 100)
        self.progress.hide()
        self.back_button = QPushButton(self.tr("&Back"))
        self.cancel_button = QPushButton(self.tr("Cancel"))
        self.cancel_button.hide()
        self.build_button = QPushButton(self.tr("&Build the demo workspace"))
        buttons = QHBoxLayout()
        buttons.addWidget(self.back_button)
        buttons.addStretch()
        buttons.addWidget(self.cancel_button)
        buttons.addWidget(self.build_button)

        form.finish()
        self._inputs: list[QWidget] = [self.cases, self.user, self.passwords.password, self.passwords.repeat]
        body = QWidget()
        body.setLayout(form)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(scrolling(body), 1)
        layout.addWidget(self.message)
        layout.addWidget(self.status)
        layout.addWidget(self.progress)
        layout.addLayout(buttons)

        self.open_existing.clicked.connect(self._open_existing)
        self.back_button.clicked.connect(self.back)
        self.cancel_button.clicked.connect(self.cancel)
        self.build_button.clicked.connect(self.submit)
        self.refresh()

    @property
    def busy(self) -> bool:
        return self._task is not None

    def refresh(self) -> None:
        """Show either the build form or the demo made earlier."""
        made = (self.demo_path / "workspace.json").is_file()
        self.existing.setVisible(made)
        self._enable_inputs(not made)
        self.build_button.setEnabled(not made)

    def focus_first(self) -> None:
        # Enter in any field presses this page's main button (the dialog's default button).
        self.build_button.setDefault(True)
        (self.open_existing if self.existing.isVisibleTo(self) else self.cases).setFocus()

    def submit(self) -> None:
        if self.busy or not self.build_button.isEnabled():
            return
        username = self.user.text().strip()
        try:
            check_username(username)
        except InvalidInput as exc:
            self.user_error.show_error(service_text(exc))
            bad: QWidget | None = self.user
        else:
            self.user_error.show_error("")
            bad = None
        password = self.passwords.value()
        if password is None:
            bad = bad or self.passwords.password
        if bad is not None:
            bad.setFocus()
            return
        assert password is not None
        if self.demo_path.exists() and any(self.demo_path.iterdir()):
            self.message.show_error(
                self.tr("{path} already exists and is not a demo workspace. Move it away, then try again.").format(
                    path=self.demo_path
                )
            )
            return
        final, cases, kdf, name = self.demo_path, self.cases.value(), self._kdf, self.tr("Demo workspace")
        self._set_busy(True)
        self._task = self._runner.run(
            lambda task: build_demo(task, final, username, password, cases, name, kdf),
            on_done=self._done,
            on_failed=self._failed,
            on_progress=self._progress,
        )

    def cancel(self) -> None:
        """Stop after the current step; the half-built demo is deleted."""
        if self._task is None:
            return
        self._task.cancel()
        self.cancel_button.setEnabled(False)
        self.status.setText(self.tr("Stopping after the current step…"))

    def _progress(self, done: int, total: int, step: str) -> None:
        if self._task is not None and self._task.cancelled:
            return
        self.progress.setMaximum(total)
        self.progress.setValue(done)
        kind, *numbers = step.split()
        texts = {
            "create": self.tr("Creating the encrypted workspace…"),
            "generate": self.tr("Inventing synthetic families, photos and scans…"),
            "import": self.tr("Adding %n synthetic case(s)…", "", self.cases.value()),
            "reopen": self.tr("Opening the demo workspace…"),
            "done": self.tr("Done."),
        }
        if kind == "attach" and len(numbers) == 2:
            text = self.tr("Adding photos and scans: {done} of {total}…").format(done=numbers[0], total=numbers[1])
        else:
            text = texts.get(kind, "")
        self.status.setText(text)

    def _done(self, ws: Workspace | None) -> None:
        self._set_busy(False)
        if ws is None:
            self.status.setText(self.tr("Stopped. The half-built demo workspace was deleted."))
            self.idle.emit()
            return
        self.idle.emit()
        self.opened.emit(ws)

    def _failed(self, exc: CircuitRideError) -> None:
        self._set_busy(False)
        self.status.clear()
        if isinstance(exc, WeakPassword):
            self.passwords.show_store_error(exc)
        elif isinstance(exc, WorkspaceExists):
            self.message.show_error(service_text(exc))
            self.refresh()
        else:
            self.message.show_error(service_text(exc))
        self.idle.emit()

    def _open_existing(self) -> None:
        try:
            ws = Workspace(self.demo_path)
        except CircuitRideError as exc:
            self.message.show_error(service_text(exc))
            return
        self.opened.emit(ws)

    def _enable_inputs(self, enabled: bool) -> None:
        for widget in self._inputs:
            widget.setEnabled(enabled)

    def _set_busy(self, busy: bool) -> None:
        if not busy:
            self._task = None
        self.message.show_error("")
        self.progress.setVisible(busy)
        if busy:
            self.progress.setValue(0)
            self.status.setText(self.tr("Creating the encrypted workspace…"))
        self.cancel_button.setVisible(busy)
        self.cancel_button.setEnabled(busy)
        self.build_button.setEnabled(not busy)
        self.back_button.setEnabled(not busy)
        self._enable_inputs(not busy)
        if busy:
            self.cancel_button.setFocus()
        else:
            self.refresh()
