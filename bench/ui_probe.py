"""Child process of `make bench` for the desktop figures (run fresh so start-up is measured).

argv: WORKSPACE PASSWORD START_EPOCH QUERIES_JSON CASE_NUMBER. Prints one JSON line of figures.
"""

from __future__ import annotations

import json
import os
import statistics
import sys
import time


def _hwm_mb() -> float:
    with open("/proc/self/status") as fh:
        for line in fh:
            if line.startswith("VmRSS"):
                return int(line.split()[1]) / 1024
    return float("nan")


def _type(line_edit, char: str) -> None:
    from PySide6.QtCore import Qt
    from PySide6.QtTest import QTest

    if char.isascii() and (char.isalnum() or char in " -"):
        QTest.keyClick(line_edit, char, Qt.KeyboardModifier.NoModifier, -1)
    else:
        line_edit.insert(char)


def _settle(app, view, text: str) -> None:
    """Show the list for `text` (not timed)."""
    from PySide6.QtCore import QEventLoop

    view.search.setText(text)
    view.apply_search()
    while view.search_pending:
        app.processEvents(QEventLoop.ProcessEventsFlag.WaitForMoreEvents)
    app.processEvents()


def main() -> int:
    path, password, started, queries_json, big_case = sys.argv[1:6]
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtCore import QEventLoop, QTimer
    from PySide6.QtWidgets import QApplication

    from app.store.workspace import Workspace
    from app.ui.main import make_app
    from app.ui.shell import MainWindow

    app = make_app()
    ws = Workspace(path)
    window = MainWindow(ws, defer_body=True)
    window.resize(1440, 900)
    window.show()
    window.grab()  # renders the unlock screen now (offscreen has no real paint to wait for)
    to_unlock_screen = time.time() - float(started)
    t = time.perf_counter()
    ticks: list[float] = []  # a 5 ms timer: the gaps between its ticks are the unlock screen's pauses
    ticker = QTimer(interval=5, timeout=lambda: ticks.append(time.perf_counter()))
    ticker.start()
    while not window._body_ready:  # the case views build after the worker has imported their layers
        app.processEvents(QEventLoop.ProcessEventsFlag.WaitForMoreEvents)
    body_built = time.perf_counter() - t
    ticker.stop()
    longest_pause = max((b - a for a, b in zip([t, *ticks], [*ticks, time.perf_counter()], strict=True)), default=0)

    t = time.perf_counter()
    ws.unlock(password)  # Argon2id, then the database opened
    kdf_and_open = time.perf_counter() - t
    t = time.perf_counter()
    window.unlocked()
    app.processEvents()
    to_case_list = time.perf_counter() - t
    view = window.cases
    while view.search_pending:  # a long list loads the rest of its cases in the background
        QApplication.processEvents()
        time.sleep(0.0005)
    to_all_cases = time.perf_counter() - t
    rows = window.cases.model.rowCount()

    # Each query's last character is typed as a key press (or committed, as an input method does,
    # for characters QTest cannot type) and timed until the list has been repainted: through the
    # search timer, the worker's search and the real event loop, as a user's keystroke goes.
    keystroke_ms = []
    for query in json.loads(queries_json):
        _settle(app, view, query[:-1])
        t = time.perf_counter()
        _type(view.search, query[-1])
        while view.search_pending:
            app.processEvents(QEventLoop.ProcessEventsFlag.WaitForMoreEvents)
        app.processEvents()  # the repaint the answer asked for
        keystroke_ms.append((time.perf_counter() - t) * 1000)
    _settle(app, view, "")

    open_ms = []
    for _ in range(5):
        t = time.perf_counter()
        window.open_case(big_case)
        app.processEvents()
        open_ms.append((time.perf_counter() - t) * 1000)
        window.show_cases()
        app.processEvents()

    step = max(1, rows // 200)
    numbers = [view.model.row_at(i).case_number for i in range(0, rows, step)][:200]
    for number in numbers:
        window.open_case(number)
        app.processEvents()
    window.tasks.wait()
    app.processEvents()
    rss = _hwm_mb()
    ordered = sorted(keystroke_ms)
    print(
        json.dumps(
            {
                "start_to_unlock_screen_s": to_unlock_screen,
                "unlock_s": kdf_and_open,
                "unlock_to_case_list_s": to_case_list,
                "unlock_to_all_cases_s": to_all_cases,
                "body_built_after_paint_s": body_built,
                "unlock_screen_longest_pause_ms": longest_pause * 1000,
                "rows": rows,
                "keystroke_p50_ms": statistics.median(ordered),
                "keystroke_p95_ms": ordered[int(0.95 * (len(ordered) - 1))],
                "open_big_case_ms": statistics.median(open_ms),
                "rss_after_200_cases_mb": rss,
                "cases_browsed": len(numbers),
            }
        ),
        flush=True,
    )
    window.tasks.wait()
    ws.lock()
    # PySide6 can crash while the interpreter tears down Qt objects; the figures are out already.
    os._exit(0)


if __name__ == "__main__":
    sys.exit(main())
