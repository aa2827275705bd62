"""Background work for the GUI, in the shape Anki's `CollectionOp`/`QueryOp` taught us.

    ctx.tasks.run(lambda task: ingest(ws, path, task), on_done=self.refresh, label=self.tr("Importing"))

Everything one runner does off the GUI thread runs on ONE worker thread, in order, so two writes
never race. The callable gets a `Task` it may use to report progress (`task.progress(done, total)`)
and to honour cancel (`task.cancelled` is a flag the worker checks; nothing is killed). A failure
with no handler goes to one error dialog showing the error's own message: never a traceback.

A window has one runner: the main window's (`ctx.tasks`) serves every widget in it; only a separate
top-level window (the first-run dialog, shown before the main window exists) has its own. Widgets
never call a service, open a workspace session or decrypt a file on the GUI thread (a write there
waits behind a running sync and freezes the window; tests/ui/gui_thread_guard.py fails a UI test
that does it): they hand the call to a runner and touch widgets only in its callbacks.

The worker is a plain Python thread that never calls into Qt's signal machinery: it appends what
happened (progress, result, failure) to a queue, and a timer on the GUI thread delivers it while
work is outstanding. Handing Python objects across threads through queued Qt signals is where
PySide has had its reference-counting bugs (6.12.0 aborts outright); this way no Python object is
ever owned by a Qt event, and the callbacks still run on the GUI thread, in submission order.
"""

from __future__ import annotations

import collections
import logging
import threading
from collections.abc import Callable
from typing import Any, Generic, TypeVar

from PySide6.QtCore import QObject, QTimer, Signal

from app.errors import CircuitRideError
from app.logsetup import safe_traceback
from app.ui.i18n import QT_TRANSLATE_NOOP, service_text

log = logging.getLogger(__name__)

T = TypeVar("T")
DELIVERY_INTERVAL_MS = 4  # how often the GUI thread looks for finished work while any is outstanding


class Cancelled(CircuitRideError):
    def __init__(self) -> None:
        super().__init__(QT_TRANSLATE_NOOP("ServiceMessages", "Cancelled; nothing half-done was kept."))


class Task:
    """Handed to the background callable: progress reporting and the cancel flag."""

    def __init__(self) -> None:
        self._cancel = threading.Event()
        self._progress: tuple[int, int, str] | None = None  # the newest report, not yet shown
        self._lock = threading.Lock()

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
        # Only the newest report matters to a progress bar: older ones are overwritten, not queued.
        with self._lock:
            self._progress = (done, total, label)

    def _take_progress(self) -> tuple[int, int, str] | None:
        with self._lock:
            report, self._progress = self._progress, None
        return report


class _Job:
    __slots__ = ("fn", "task", "on_done", "on_failed", "on_progress", "outcome")

    def __init__(self, fn: Callable[[Task], Any], task: Task, on_done: Any, on_failed: Any, on_progress: Any) -> None:
        self.fn, self.task = fn, task
        self.on_done, self.on_failed, self.on_progress = on_done, on_failed, on_progress
        self.outcome: tuple[bool, Any] | None = None  # (ok, result or CircuitRideError), set by the worker


class TaskRunner(QObject):
    """One worker thread for everything this runner does in the background."""

    error = Signal(str)  # failures nobody handled: the main window shows them in one dialog
    busy_changed = Signal(bool)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._lock = threading.Condition()
        self._queue: collections.deque[_Job] = collections.deque()  # waiting for the worker
        self._unfinished = 0  # submitted and not yet finished by the worker (under _lock)
        self._worker: threading.Thread | None = None  # started on demand, ends when idle
        self._outstanding: list[_Job] = []  # submitted, callbacks not yet delivered (GUI thread only)
        self._timer = QTimer(self)
        self._timer.setInterval(DELIVERY_INTERVAL_MS)
        self._timer.timeout.connect(self._deliver)
        self._busy = False

    def run(
        self,
        fn: Callable[[Task], Any],
        *,
        on_done: Callable[[Any], None] | None = None,
        on_failed: Callable[[CircuitRideError], None] | None = None,
        on_progress: Callable[[int, int, str], None] | None = None,
    ) -> Task:
        task = Task()
        job = _Job(fn, task, on_done, on_failed, on_progress)
        self._outstanding.append(job)
        with self._lock:
            self._queue.append(job)
            self._unfinished += 1
            if self._worker is None:
                self._worker = threading.Thread(target=self._work, name="circuitride-worker")
                self._worker.start()
        if not self._timer.isActive():
            self._timer.start()
        if not self._busy:
            self._busy = True
            self.busy_changed.emit(True)
        return task

    @property
    def busy(self) -> bool:
        """Work submitted whose callbacks have not run yet."""
        return bool(self._outstanding)

    def wait(self, msecs: int = -1) -> bool:
        """Block until the worker has finished everything submitted (used when locking and in tests).

        The callbacks are delivered afterwards by the event loop, as before; returns False on timeout.
        """
        with self._lock:
            finished = self._lock.wait_for(lambda: self._unfinished == 0, None if msecs < 0 else msecs / 1000)
        if finished and self._outstanding:
            QTimer.singleShot(0, self._deliver)  # the next processEvents() delivers them
        return finished

    # ----- worker thread: plain Python, no Qt ------------------------------------------------------
    def _work(self) -> None:
        while True:
            with self._lock:
                if not self._queue:
                    self._worker = None
                    return
                job = self._queue.popleft()
            job.outcome = _execute(job)
            with self._lock:
                self._unfinished -= 1
                self._lock.notify_all()

    # ----- GUI thread ------------------------------------------------------------------------------
    def _deliver(self) -> None:
        while self._outstanding:
            job = self._outstanding[0]
            report = job.task._take_progress()
            if report is not None and job.on_progress is not None:
                job.on_progress(*report)
            outcome = job.outcome
            if outcome is None:
                break  # still running: later jobs wait, so callbacks keep submission order
            self._outstanding.pop(0)
            ok, value = outcome
            if ok:
                if job.on_done is not None:
                    job.on_done(value)
            elif isinstance(value, Cancelled):
                pass
            elif job.on_failed is not None:
                job.on_failed(value)
            else:
                self.error.emit(service_text(value))
        if not self._outstanding:
            self._timer.stop()
            if self._busy:
                self._busy = False
                self.busy_changed.emit(False)


def _execute(job: _Job) -> tuple[bool, Any]:
    try:
        return True, job.fn(job.task)
    except CircuitRideError as exc:
        return False, exc
    except Exception as exc:  # noqa: BLE001 - reported to the user without internals
        log.error("background task failed:\n%s", safe_traceback(exc))
        return False, CircuitRideError(
            QT_TRANSLATE_NOOP(
                "ServiceMessages", "An unexpected problem stopped this action; nothing half-done was saved."
            )
        )


class LatestRead(Generic[T]):
    """A page's reads on the worker, of which only the newest counts.

    `request()` starts a read (`job()` is called on the GUI thread then, so it takes the page's
    state of that moment: the workspace, the period, the user chosen); a request while a read is on
    the worker makes one more read once it is in, never a queue of them, and only the last answer
    reaches `on_done` (or `on_failed`). After `forget()` (the workspace locked) an answer still on
    its way is dropped."""

    def __init__(
        self,
        tasks: TaskRunner,
        job: Callable[[], Callable[[Task], T]],
        on_done: Callable[[T], None],
        on_failed: Callable[[CircuitRideError], None],
    ) -> None:
        self._tasks, self._job, self._on_done, self._on_failed = tasks, job, on_done, on_failed
        self._generation = 0
        self.reading = False  # a read is on the worker
        self._again = False  # and another was asked for meanwhile

    def request(self) -> None:
        if self.reading:
            self._again = True
            return
        self._generation += 1
        generation, work = self._generation, self._job()
        self.reading = True
        self._tasks.run(
            work,
            on_done=lambda value: self._finish(generation, lambda: self._on_done(value)),
            on_failed=lambda exc: self._finish(generation, lambda: self._on_failed(exc)),
        )

    def _finish(self, generation: int, deliver: Callable[[], None]) -> None:
        if generation != self._generation:
            return
        self.reading = False
        if self._again:
            self._again = False
            self.request()
            return
        deliver()

    def forget(self) -> None:
        self._generation += 1
        self.reading = self._again = False
