"""What every view receives: the workspace, the task runner and a few window-level actions.

Views never reach into each other; they call these hooks, and the shell routes them.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field

from PySide6.QtCore import QObject, QSettings, Signal

from app.services.workspaces import Workspace
from app.ui.tasks import TaskRunner


class Events(QObject):
    """Application-wide notifications (GUI thread)."""

    case_changed = Signal(str)  # case number whose data changed (list rows, detail panes refresh)
    cases_reloaded = Signal()  # many cases changed (import, demo): reload lists
    locked = Signal()
    unlocked = Signal()


@dataclass
class UiContext:
    ws: Workspace
    tasks: TaskRunner
    settings: QSettings
    events: Events
    open_case: Callable[[str], None] = field(default=lambda _n: None)
    open_conflict: Callable[[str], None] = field(default=lambda _c: None)  # a conflict's id: decide it
    show_error: Callable[[str], None] = field(default=lambda _m: None)
    show_status: Callable[[str], None] = field(default=lambda _m: None)


def settings() -> QSettings:
    """QSettings holds window geometry and column layout only: never names, paths or searches."""
    return QSettings("CircuitRide", "CircuitRide")
