"""The status bar tells the user when the workspace was opened on a full disk."""

from __future__ import annotations

from app.store.workspace import Workspace
from app.ui.context import Events, UiContext, settings
from app.ui.status import StatusBar
from app.ui.tasks import TaskRunner


def test_a_workspace_opened_on_a_full_disk_is_flagged_until_lock(qtbot, ws: Workspace) -> None:
    tasks, events = TaskRunner(), Events()
    bar = StatusBar(UiContext(ws, tasks, settings(), events))
    qtbot.addWidget(bar)
    events.unlocked.emit()
    assert bar.disk_label.text() == ""
    ws.low_disk = True  # as Workspace.unlock sets it when the disk had no room (tests/faults/test_full_disk.py)
    events.unlocked.emit()
    assert "Disk full" in bar.disk_label.text() and "space is freed" in bar.disk_label.toolTip()
    events.locked.emit()
    assert bar.disk_label.text() == ""
    tasks.wait()
