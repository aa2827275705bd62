"""Waiting for the task runner in UI tests: views read and write on its worker thread now, and show
what they read when the answer is delivered on the GUI thread."""

from __future__ import annotations

import time

from PySide6.QtWidgets import QApplication

from app.ui.tasks import TaskRunner

SETTLE_SECONDS = 10.0
STEP_MS = 20


def settle(tasks: TaskRunner, timeout: float = SETTLE_SECONDS) -> None:
    """Until every job given to `tasks` has run and had its callback, including the jobs those
    callbacks gave it (a case read after a save, the case's photos after the case).

    Events are processed as the app's own loop would, but without starting a nested event loop:
    a window the test retired (deleteLater) stays until the test's teardown closes it."""
    deadline = time.monotonic() + timeout
    while tasks.busy:
        if time.monotonic() > deadline:
            raise TimeoutError(f"the task runner was still busy after {timeout} s")
        tasks.wait(STEP_MS)
        QApplication.processEvents()
