"""Guards the PySide6 version pin: thousands of background tasks must not corrupt the interpreter.

PySide6 6.12.0 over-releases Python objects returned or emitted on worker threads, and the
process aborts ("none_dealloc"). Run in a child process, so a crash fails this test instead of
killing the whole test session.
"""

from __future__ import annotations

import os
import subprocess
import sys
import textwrap

from tests.conftest import ROOT

CHILD = textwrap.dedent(
    """
    import os, sys
    os.environ["QT_QPA_PLATFORM"] = "offscreen"
    from PySide6.QtWidgets import QApplication
    from app.ui.tasks import TaskRunner
    app = QApplication([])
    runner = TaskRunner()
    results = []
    for i in range(6000):
        runner.run(lambda task, i=i: None if i % 2 else True, on_done=results.append)
    runner.wait()
    for _ in range(400):
        app.processEvents()
    print(len(results), results.count(None), results.count(True))
    """
)


def test_many_background_tasks_returning_none_and_booleans_do_not_crash() -> None:
    env = {**os.environ, "PYTHONPATH": str(ROOT), "QT_QPA_PLATFORM": "offscreen"}
    proc = subprocess.run([sys.executable, "-c", CHILD], capture_output=True, text=True, env=env, timeout=120)
    assert proc.returncode == 0, proc.stderr[-2000:]
    assert proc.stdout.split() == ["6000", "3000", "3000"]


GC_CHILD = textwrap.dedent(
    """
    import gc, os, threading
    os.environ["QT_QPA_PLATFORM"] = "offscreen"
    from PySide6.QtCore import QObject, QTimer
    from app.ui.main import make_app
    from app.ui.tasks import TaskRunner
    app = make_app()
    collected_on = set()
    gc.callbacks.append(lambda phase, info: collected_on.add(threading.current_thread().name) if phase == "start" else None)
    runner = TaskRunner()

    def churn(task):  # a worker that allocates a lot, as an import or a sync does
        junk = []
        for i in range(300000):
            junk.append([i])
            if len(junk) > 1000:
                junk.clear()

    for _ in range(20):
        for _ in range(200):  # Qt objects in reference cycles: the garbage that must die on this thread
            o = QObject()
            o.me = o
        runner.run(churn)
        runner.wait()
        app.processEvents()
    QTimer.singleShot(1200, app.quit)
    app.exec()
    print(gc.isenabled(), sorted(collected_on))
    """
)


def test_garbage_is_collected_only_on_the_gui_thread() -> None:
    env = {**os.environ, "PYTHONPATH": str(ROOT), "QT_QPA_PLATFORM": "offscreen"}
    proc = subprocess.run([sys.executable, "-c", GC_CHILD], capture_output=True, text=True, env=env, timeout=120)
    assert proc.returncode == 0, proc.stderr[-2000:]
    enabled, threads = proc.stdout.strip().split(" ", 1)
    assert enabled == "False"  # automatic collection is off while the app runs
    assert threads == "['MainThread']"  # the timer collected, and only on the GUI thread
