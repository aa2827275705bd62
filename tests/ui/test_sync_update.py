"""A newer release announced by HQ shows on the Sync page and in the status bar, with a link to
where to get it: a real HQ on 127.0.0.1, a real enrolled workspace, "Sync now" clicked."""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel

from app import app_version
from app.hq.api import Release
from app.store.workspace import Workspace
from app.ui.context import Events, UiContext, settings
from app.ui.status import StatusBar
from app.ui.sync.view import SyncView
from app.ui.tasks import TaskRunner
from app.wire import protocol as p
from tests.support.hq import HQServer, enrolled, running_hq

WAIT_MS = 30_000
URL = "https://updates.example.org/circuitride?os=windows&x=<b>"


@pytest.fixture
def hq(tmp_path: Path) -> Iterator[HQServer]:
    with running_hq(tmp_path / "hq") as server:
        yield server


def newer() -> str:
    mine = app_version()
    assert p.version_key(mine) is not None, "this test needs an installed app with a release number"
    major, minor = (int(x) for x in mine.split(".")[:2])
    return f"{major}.{minor + 1}.0"


def test_sync_page_and_status_bar_show_the_update_hq_announces(qtbot, hq: HQServer, tmp_path: Path) -> None:
    ws: Workspace = enrolled(hq, tmp_path / "lead", "lead-laptop")
    tasks, events = TaskRunner(), Events()
    ctx = UiContext(ws, tasks, settings(), events)
    view = SyncView(ctx)
    bar = StatusBar(ctx)
    qtbot.addWidget(view)
    qtbot.addWidget(bar)
    view.resize(1100, 640)
    view.show()
    qtbot.waitUntil(lambda: view.state is not None and not tasks.busy, timeout=WAIT_MS)
    assert view.update_box.isHidden()  # HQ has not said anything yet

    version = newer()
    hq.server.config.app.state.release = Release(current=version, download_url=URL)
    qtbot.mouseClick(view.sync_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: view.summary.isVisible() and not tasks.busy, timeout=WAIT_MS)
    qtbot.waitUntil(lambda: view.update_box.isVisible(), timeout=WAIT_MS)
    box = view.findChild(QLabel, "syncUpdate")
    assert box is view.update_box
    shown = box.text()
    assert f"Update available: {version}" in shown and f"(you have {app_version()})" in shown
    escaped = URL.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
    assert f'<a href="{escaped}">{escaped}</a>' in shown  # a link, HQ's text never taken as markup
    assert box.openExternalLinks()
    assert view.error_box.isHidden()
    if os.environ.get("SYNC_UPDATE_PNG"):
        view.grab().save(os.environ["SYNC_UPDATE_PNG"])

    events.unlocked.emit()  # the status bar reads the workspace's status again
    qtbot.waitUntil(lambda: bar.update_label.text() != "", timeout=WAIT_MS)
    assert f"Update available: {version}" in bar.update_label.text() and "<a href=" in bar.update_label.text()
    assert URL in bar.update_label.toolTip()
    if os.environ.get("SYNC_UPDATE_BAR_PNG"):
        bar.resize(1100, 30)
        bar.grab().save(os.environ["SYNC_UPDATE_BAR_PNG"])
    events.locked.emit()
    assert bar.update_label.text() == ""
    tasks.wait()
