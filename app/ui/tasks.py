"""Background work for the GUI, in the shape Anki's `CollectionOp`/`QueryOp` taught us.

    ctx.tasks.run(lambda task: ingest(ws, path, task), on_done=self.refresh, label=self.tr("Importing"))

Everything that touches the workspace off the GUI thread runs on ONE worker thread, so two writes
never race; the callbacks come back on the GUI thread through queued signals. The callable gets a
`Task` it may use to report progress (`task.progress(done, total)`) and to honour cancel
(`task.cancelled` is a flag the worker checks; nothing is killed). A failure with no handler goes
to one error dialog showing the error's own message: never a traceback.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal, Slot

from app.errors import CircuitRideError
from app.logsetup import safe_traceback

log = logging.getLogger(__name__)


class Cancelled(CircuitRideError):
    def __init__(self) -> None:
        super().__init__("Cancelled; nothing half-done was kept.")


class Task:
    """Handed to the background callable: progress reporting and the cancel flag."""

    def __init__(self, signals: _Signals) -> None:
        self._signals = signals
        self._cancel = threading.Event()

    @property
    def cancelled(self) -> bool:
        return self._cancel.is_set()

    def cancel(self) -> None:
        self._cancel.set()

    def check(self) -> None:
        """Raise Cancelled if the user asked to stop (call between steps)."""
        if self._cancel.is_set():
            raise Cancelled()

    def progress(self, done: int, total: int, label: str = "") -> None:
        self._signals.progress.emit(done, total, label)


class _Signals(QObject):
    done = Signal(object)
    failed = Signal(object)
    progress = Signal(int, int, str)


class _Runnable(QRunnable):
    def __init__(self, fn: Callable[[Task], Any], signals: _Signals, task: Task) -> None:
        super().__init__()
        self.fn, self.signals, self.task = fn, signals, task
        self.setAutoDelete(True)

    @Slot()
    def run(self) -> None:
        try:
            result = self.fn(self.task)
        except CircuitRideError as exc:
            self.signals.failed.emit(exc)
        except Exception as exc:  # noqa: BLE001 - reported to the user without internals
            log.error("background task failed:\n%s", safe_traceback(exc))
            self.signals.failed.emit(
                CircuitRideError("An unexpected problem stopped this action; nothing half-done was saved.")
            )
        else:
            self.signals.done.emit(result)


class TaskRunner(QObject):
    """One worker thread for everything that touches the workspace in the background."""

    error = Signal(str)  # failures nobody handled: the main window shows them in one dialog
    busy_changed = Signal(bool)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.pool = QThreadPool(self)
        self.pool.setMaxThreadCount(1)
        self._running = 0
        self._keep: set[_Signals] = set()

    def run(
        self,
        fn: Callable[[Task], Any],
        *,
        on_done: Callable[[Any], None] | None = None,
        on_failed: Callable[[CircuitRideError], None] | None = None,
        on_progress: Callable[[int, int, str], None] | None = None,
    ) -> Task:
        signals = _Signals()
        task = Task(signals)
        self._keep.add(signals)

        def finished() -> None:
            self._keep.discard(signals)
            self._running -= 1
            if self._running == 0:
                self.busy_changed.emit(False)

        def done(result: Any) -> None:
            finished()
            if on_done is not None:
                on_done(result)

        def failed(exc: CircuitRideError) -> None:
            finished()
            if isinstance(exc, Cancelled):
                return
            if on_failed is not None:
                on_failed(exc)
            else:
                self.error.emit(exc.message)

        signals.done.connect(done)
        signals.failed.connect(failed)
        if on_progress is not None:
            signals.progress.connect(on_progress)
        self._running += 1
        if self._running == 1:
            self.busy_changed.emit(True)
        self.pool.start(_Runnable(fn, signals, task))
        return task

    def wait(self, msecs: int = -1) -> bool:
        """Block until queued work is done (used when locking and in tests)."""
        return self.pool.waitForDone(msecs)
