"""Session hygiene while the workspace is open: idle auto-lock and clipboard clean-up.

`IdleLock` watches every user input in the application (one application-wide event filter) and
emits `idle` when there has been none for the configured time; the main window connects it to its
lock(). `ClipboardGuard` remembers what *we* put on the clipboard and, on lock, clears it only if
it still holds that, so text the user copied from another program is never wiped.

Neither holds personal data: the idle time is a number kept in QSettings, and the guard keeps a
digest of the copied text, not the text.
"""

from __future__ import annotations

import hashlib
import logging
import time

from PySide6.QtCore import QCoreApplication, QEvent, QObject, QSettings, QTimer, Signal
from PySide6.QtGui import QClipboard, QGuiApplication

from app.ui.context import settings as app_settings

log = logging.getLogger(__name__)

IDLE_LOCK_SECONDS = 300
MIN_IDLE_LOCK_SECONDS = 60  # shorter persisted values would lock people out of their own work
MAX_IDLE_LOCK_SECONDS = 3600  # QSettings is a plain file: editing it must not switch the lock off
SETTINGS_KEY = "session/idle_lock_seconds"

_INPUT_EVENTS = frozenset(
    {
        QEvent.Type.KeyPress,
        QEvent.Type.KeyRelease,
        QEvent.Type.InputMethod,
        QEvent.Type.MouseButtonPress,
        QEvent.Type.MouseButtonRelease,
        QEvent.Type.MouseButtonDblClick,
        QEvent.Type.MouseMove,
        QEvent.Type.Wheel,
        QEvent.Type.TouchBegin,
        QEvent.Type.TouchUpdate,
        QEvent.Type.TouchEnd,
        QEvent.Type.TabletPress,
        QEvent.Type.TabletMove,
        QEvent.Type.NativeGesture,
    }
)


def _now() -> float:
    """Seconds on a clock that keeps running while the laptop sleeps.

    A lid closed for an hour must count as an hour idle. Linux's CLOCK_MONOTONIC (and so
    time.monotonic and QTimer) stops during suspend; CLOCK_BOOTTIME does not.
    """
    boottime = getattr(time, "CLOCK_BOOTTIME", None)
    if boottime is not None:
        return time.clock_gettime(boottime)
    return time.monotonic()


def _clamp(seconds: float) -> float:
    return min(max(seconds, MIN_IDLE_LOCK_SECONDS), MAX_IDLE_LOCK_SECONDS)


class IdleLock(QObject):
    """Emits `idle` after `timeout_seconds()` without user input, once, until `resume()`.

    Created suspended: the window starts locked. Connect the window's unlocked → resume and
    locked → suspend. Only spontaneous input counts (events from the window system, which is also
    what QTest synthesises); events a program posts to itself never keep a session open.
    """

    idle = Signal()

    def __init__(self, parent: QObject | None = None, *, settings: QSettings | None = None) -> None:
        super().__init__(parent)
        self._settings = settings if settings is not None else app_settings()
        self._timeout = self._stored_timeout()
        self._active = False
        self._last_input = _now()
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.timeout.connect(self._check)
        app = QCoreApplication.instance()
        if app is None:
            raise RuntimeError("IdleLock needs a QApplication")
        app.installEventFilter(self)

    # ----- configuration ----------------------------------------------------------------------
    def timeout_seconds(self) -> float:
        return self._timeout

    def set_timeout_seconds(self, seconds: float, *, persist: bool = True) -> None:
        """Change the idle time. Persisted values are kept between MIN_ and MAX_IDLE_LOCK_SECONDS;
        `persist=False` takes any positive value for this run only (tests use a fraction of a second)."""
        if seconds <= 0:
            raise ValueError("the idle time must be positive")
        if persist:
            seconds = _clamp(seconds)
            self._settings.setValue(SETTINGS_KEY, seconds)
        self._timeout = float(seconds)
        if self._active:
            self._check()

    def _stored_timeout(self) -> float:
        raw = self._settings.value(SETTINGS_KEY)
        if raw is None:
            return float(IDLE_LOCK_SECONDS)
        try:
            return _clamp(float(raw))
        except (TypeError, ValueError):
            log.warning("ignoring an unreadable idle-lock setting")
            return float(IDLE_LOCK_SECONDS)

    # ----- life cycle -------------------------------------------------------------------------
    @property
    def active(self) -> bool:
        return self._active

    def resume(self) -> None:
        """Start counting from now (after unlock)."""
        self._active = True
        self._last_input = _now()
        self._timer.start(self._msecs(self._timeout))

    def suspend(self) -> None:
        """Stop counting (while locked: there is nothing to lock)."""
        self._active = False
        self._timer.stop()

    def uninstall(self) -> None:
        self.suspend()
        app = QCoreApplication.instance()
        if app is not None:
            app.removeEventFilter(self)

    # ----- watching ---------------------------------------------------------------------------
    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt API
        if not self._active or event.type() not in _INPUT_EVENTS or not event.spontaneous():
            return False
        now = _now()
        if now - self._last_input >= self._timeout:
            # The timer can be late (after suspend/resume it runs on a clock that stood still):
            # the first touch after a long absence locks instead of counting as activity, and is
            # swallowed so it cannot type into the screen that is about to disappear.
            self._fire()
            return True
        self._last_input = now
        return False

    def _check(self) -> None:
        if not self._active:
            return
        left = self._timeout - (_now() - self._last_input)
        if left <= 0:
            self._fire()
        else:
            # Input only moves a timestamp (cheap for every mouse move); the timer re-arms itself.
            self._timer.start(self._msecs(left))

    def _fire(self) -> None:
        self.suspend()
        log.info("idle for %.0f s: locking", self._timeout)
        self.idle.emit()

    @staticmethod
    def _msecs(seconds: float) -> int:
        return max(1, round(seconds * 1000))


def _digest(text: str) -> bytes:
    return hashlib.sha256(text.encode("utf-8", "surrogatepass")).digest()


class ClipboardGuard(QObject):
    """Puts text on the clipboard for us and takes it back on lock, only if it is still ours.

    Text our own widgets copy (Ctrl+C in a field) is ours too: where the platform says this
    application owns the clipboard (X11, Wayland, Windows, macOS; not the offscreen platform) a
    change is remembered as ours. The X11 primary selection is cleared on lock when we own it.
    """

    def __init__(self, parent: QObject | None = None, clipboard: QClipboard | None = None) -> None:
        super().__init__(parent)
        self._clipboard = clipboard or QGuiApplication.clipboard()
        self._ours: bytes | None = None
        self._clipboard.dataChanged.connect(self._changed)

    def copy(self, text: str) -> None:
        self._ours = _digest(text)
        self._clipboard.setText(text, QClipboard.Mode.Clipboard)

    def holds_ours(self) -> bool:
        return self._ours is not None and _digest(self._clipboard.text(QClipboard.Mode.Clipboard)) == self._ours

    def clear_if_ours(self) -> bool:
        """Clear the clipboard if it still holds what we put there. True if it was cleared."""
        cleared = False
        if self.holds_ours():
            self._clipboard.clear(QClipboard.Mode.Clipboard)
            cleared = True
        if self._clipboard.supportsSelection() and self._clipboard.ownsSelection():
            self._clipboard.clear(QClipboard.Mode.Selection)
        self._ours = None
        return cleared

    def _changed(self) -> None:
        if self._clipboard.ownsClipboard():
            self._ours = _digest(self._clipboard.text(QClipboard.Mode.Clipboard))
