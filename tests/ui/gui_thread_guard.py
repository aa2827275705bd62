"""Catches UI code that reaches the database or the encrypted files on the GUI thread.

Every service reaches an open workspace through four doors of `Workspace`: `session()` (each unit
of work and each read), `engine` (backups, raw exports), `vault` (decrypting photos and scans) and
`backup()`. While the guard is installed, each door notes a call made on the main thread, with a
QApplication running and the workspace open, from code in `app.ui` (some frame of the call stack
belongs to an `app.ui` module other than the task runner, which only hands results back). Test code
calling services itself to set up or check data has no such frame and is not counted; neither is the
worker thread. A GUI-thread write that waits behind a running sync freezes the window: tests/ui's
conftest fails any test that made one.
"""

from __future__ import annotations

import functools
import sys
import threading
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from types import FrameType
from typing import Any

from PySide6.QtCore import QCoreApplication

from app.store.workspace import Workspace

UI_PACKAGE = "app.ui"
NOT_UI = frozenset({"app.ui.tasks"})  # the runner delivers results; what a callback does is its own frame


@dataclass
class GuiThreadGuard:
    violations: list[str] = field(default_factory=list)
    enabled: bool = True

    def note(self, ws: Workspace, door: str) -> None:
        if not self.enabled or threading.current_thread() is not threading.main_thread():
            return
        if QCoreApplication.instance() is None or not ws.is_unlocked:
            return
        caller = ui_caller(sys._getframe(2))
        if caller is not None:
            self.violations.append(f"Workspace.{door} on the GUI thread, from {caller}")

    @contextmanager
    def paused(self) -> Iterator[None]:
        """For a test that makes a GUI-thread call on purpose (the guard's own test)."""
        enabled, self.enabled = self.enabled, False
        try:
            yield
        finally:
            self.enabled = enabled


def ui_caller(frame: FrameType | None) -> str | None:
    """`module:line (function)` of the innermost app.ui frame on the stack, or None."""
    while frame is not None:
        module = frame.f_globals.get("__name__", "")
        if module.startswith(UI_PACKAGE) and module not in NOT_UI:
            return f"{module}:{frame.f_lineno} ({frame.f_code.co_name})"
        frame = frame.f_back
    return None


def install(guard: GuiThreadGuard, patch: Callable[[object, str, Any], None]) -> None:
    """Wrap Workspace's doors with `guard`; `patch` is monkeypatch.setattr (undone after the test)."""
    session = Workspace.session  # a contextmanager-decorated function

    @functools.wraps(session)
    def guarded_session(self: Workspace) -> Any:
        guard.note(self, "session()")
        return session(self)

    backup = Workspace.backup

    @functools.wraps(backup)
    def guarded_backup(self: Workspace, dest: Any) -> Any:
        guard.note(self, "backup()")
        return backup(self, dest)

    patch(Workspace, "session", guarded_session)
    patch(Workspace, "backup", guarded_backup)
    for name in ("engine", "vault"):
        prop = Workspace.__dict__[name]
        assert isinstance(prop, property) and prop.fget is not None
        patch(Workspace, name, property(_guarded_getter(guard, prop.fget, name)))


def _guarded_getter(guard: GuiThreadGuard, fget: Callable[[Workspace], Any], name: str) -> Callable[[Workspace], Any]:
    @functools.wraps(fget)
    def getter(self: Workspace) -> Any:
        guard.note(self, name)
        return fget(self)

    return getter
