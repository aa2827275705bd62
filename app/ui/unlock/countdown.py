"""The wrong-password back-off as a live countdown.

The delay itself is the store's (app/store/backoff.py, persisted so a restart does not reset it);
this helper only polls it while it lasts and says how long is left, so the unlock screen can show
"Try again in 0:42" and keep the button disabled until it reaches zero.
"""

from __future__ import annotations

import math
from collections.abc import Callable

from PySide6.QtCore import QObject, QTimer, Signal

TICK_MS = 250  # fine enough that the seconds never visibly stall, cheap: one small JSON read


def format_wait(seconds: float) -> str:
    """0:42, 2:05, 1:00:00 (whole seconds, rounded up so 0:00 is never shown while still waiting)."""
    total = max(0, math.ceil(seconds))
    hours, rest = divmod(total, 3600)
    minutes, secs = divmod(rest, 60)
    return f"{hours}:{minutes:02d}:{secs:02d}" if hours else f"{minutes}:{secs:02d}"


class BackoffCountdown(QObject):
    """Polls `remaining()` (seconds left) while it is positive: `tick` on each poll, `finished` at 0."""

    tick = Signal(float)
    finished = Signal()

    def __init__(self, remaining: Callable[[], float], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._remaining = remaining
        self._timer = QTimer(self)
        self._timer.setInterval(TICK_MS)
        self._timer.timeout.connect(self.refresh)

    @property
    def active(self) -> bool:
        return self._timer.isActive()

    def refresh(self) -> float:
        """Read the back-off now; start or stop polling accordingly. Returns the seconds left."""
        left = self._remaining()
        if left > 0:
            if not self._timer.isActive():
                self._timer.start()
            self.tick.emit(left)
        elif self._timer.isActive():
            self._timer.stop()
            self.finished.emit()
        return left
