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
