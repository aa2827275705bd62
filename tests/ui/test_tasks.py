"""The task runner: work on one worker thread, callbacks on the GUI thread in submission order."""

from __future__ import annotations

import threading
import time

from app.errors import CircuitRideError
from app.ui.tasks import TaskRunner


def test_callbacks_come_in_submission_order_on_the_gui_thread(qtbot) -> None:
    runner = TaskRunner()
    seen: list[tuple[int, bool]] = []
    gui = threading.current_thread()
    failed: list[str] = []
    for i in range(20):
        runner.run(
            lambda _task, i=i: (time.sleep(0.001 * (i % 3)), i)[1],
            on_done=lambda v: seen.append((v, threading.current_thread() is gui)),
        )

    def fail(_task: object) -> None:
        raise CircuitRideError("stopped on purpose")

    runner.run(fail, on_failed=lambda exc: failed.append(exc.message))
    qtbot.waitUntil(lambda: len(seen) == 20 and bool(failed), timeout=5000)
    assert seen == [(i, True) for i in range(20)]
    assert failed == ["stopped on purpose"]


def test_progress_reaches_the_gui_while_the_task_runs(qtbot) -> None:
    runner = TaskRunner()
    reports: list[tuple[int, int, str]] = []
    release = threading.Event()

    def work(task) -> None:  # noqa: ANN001
        task.progress(1, 3, "first")
        release.wait(5)

    runner.run(work, on_progress=lambda *r: reports.append(r))
    qtbot.waitUntil(lambda: reports == [(1, 3, "first")], timeout=2000)
    release.set()
    qtbot.waitUntil(lambda: not runner.busy, timeout=2000)


def test_latest_read_runs_once_more_for_requests_meanwhile_and_delivers_only_the_last(qtbot) -> None:
    """Three requests while a read is on the worker make one more read, not three; the page sees
    only that last answer; after forget() (a lock) an answer on its way is dropped."""
    from app.ui.tasks import LatestRead

    runner = TaskRunner()
    gate = threading.Event()
    started: list[int] = []
    delivered: list[int] = []
    failed: list[str] = []
    state = {"n": 0}

    def job():  # noqa: ANN202 - what the page would capture at request time
        state["n"] += 1
        number = state["n"]

        def read(_task: object) -> int:
            started.append(number)
            gate.wait(5)
            return number

        return read

    reads = LatestRead(runner, job, delivered.append, lambda exc: failed.append(str(exc)))
    reads.request()
    reads.request()
    reads.request()
    reads.request()
    assert reads.reading
    gate.set()
    qtbot.waitUntil(lambda: delivered == [2] and not reads.reading, timeout=5000)
    assert started == [1, 2] and not failed  # the first answer was not shown: a newer one was asked for

    gate.clear()
    reads.request()
    reads.forget()
    gate.set()
    assert runner.wait(5000)
    qtbot.wait(50)
    assert delivered == [2] and not reads.reading  # the answer after forget() never reached the page
