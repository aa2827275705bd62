"""Python's cyclic garbage collector runs only on the GUI thread.

Automatic collection starts in whichever thread happens to allocate when a threshold is crossed:
often our background worker. If the garbage includes Qt objects (a dialog, a timer, a slot's
closure), PySide then destroys their C++ side on the worker thread while the GUI thread may be
delivering an event to them, and the process dies (seen here: SIGSEGV in QObject::event and
SIGABRT, with the worker thread inside `gc_collect`). Anki hit the same and does the same: turn
automatic collection off and collect from a timer on the GUI thread, generation by generation, as
the automatic collector would have.

Long-lived objects are then taken out of collection altogether (`keep_long_lived`, gc.freeze):
with a long case list loaded the heap holds hundreds of thousands of tracked objects, and a
collection of the older generations walked all of them: a stall on the GUI thread in the middle of
typing (docs/benchmarks.md). Rows and the like are freed by reference counting when replaced; what
a frozen cycle holds waits for `release_long_lived` (on lock).
"""

from __future__ import annotations

import gc

from PySide6.QtCore import QObject, QTimer

INTERVAL_MS = 1000


class MainThreadCollector(QObject):
    def __init__(self, parent: QObject | None = None, interval_ms: int = INTERVAL_MS) -> None:
        super().__init__(parent)
        gc.disable()
        self._timer = QTimer(self)
        self._timer.setInterval(interval_ms)
        self._timer.timeout.connect(self.collect)
        self._timer.start()

    @staticmethod
    def collect() -> int:
        """Collect the generations whose thresholds are exceeded; returns what was freed."""
        t0, t1, t2 = gc.get_threshold()
        c0, c1, c2 = gc.get_count()
        if c0 <= t0:
            return 0
        generation = 2 if c2 > t2 else 1 if c1 > t1 else 0
        return gc.collect(generation)

    def stop(self) -> None:
        self._timer.stop()
        gc.enable()


def keep_long_lived() -> None:
    """Leave every object alive now out of future collections (after a large, lasting load)."""
    gc.freeze()


def release_long_lived() -> None:
    """Put frozen objects back under collection (on lock: the rows are gone by then)."""
    gc.unfreeze()


def install(app: QObject) -> MainThreadCollector:
    """One collector per application, parented to it (kept alive as long as the app)."""
    existing = app.findChild(MainThreadCollector)
    return existing if isinstance(existing, MainThreadCollector) else MainThreadCollector(app)
