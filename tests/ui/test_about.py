"""Help → About on a real window: version, workspace format, the HQ a real enrolled laptop knows
(a real HQ on 127.0.0.1), where the logs and the data are, and the Copy button."""

from __future__ import annotations

import logging
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtGui import QGuiApplication

from app import logsetup
from app.store import migrate
from app.store.workspace import Workspace
from app.ui.about import AboutDialog
from app.ui.shell import MainWindow
from tests.support.hq import HQServer, enrolled, running_hq

SHOTS = Path("/tmp/h/shots")


@pytest.fixture
def hq(tmp_path: Path) -> Iterator[HQServer]:
    with running_hq(tmp_path / "hq") as server:
        yield server


def _about(qtbot, ws: Workspace) -> tuple[MainWindow, AboutDialog]:
    window = MainWindow(ws)
    qtbot.addWidget(window)
    window.unlocked()
    window.show()
    help_menu = next(a.menu() for a in window.menuBar().actions() if a.text() == "&Help")
    assert window.about_action in help_menu.actions()
    window.about_action.trigger()
    dialog = window.findChild(AboutDialog)
    assert dialog is not None and dialog.isVisible()
    qtbot.waitUntil(lambda: dialog.hq.text() != "…", timeout=5000)  # read on the worker
    return window, dialog


def test_about_names_version_format_hq_device_logs_and_data_and_copies_them(
    qtbot, hq: HQServer, tmp_path: Path
) -> None:
    ws = enrolled(hq, tmp_path / "laptop", "field-laptop")
    window, dialog = _about(qtbot, ws)
    assert dialog.version.text() == "0.1.0"
    assert dialog.format.text() == f"{migrate.head_revision()} (this version's)"
    assert dialog.hq.text() == f"enrolled with {hq.url}"
    assert dialog.device.text() == ws.meta.device_id
    assert dialog.data.text() == str(ws.path)
    assert "terminal" in dialog.logs.text()  # no log file configured in this process
    SHOTS.mkdir(parents=True, exist_ok=True)
    dialog.grab().save(str(SHOTS / "about.png"))

    dialog.copy_button.click()
    copied = QGuiApplication.clipboard().text()
    for part in (
        "Circuit Ride",
        "Version: 0.1.0",
        f"Workspace format: {migrate.head_revision()}",
        hq.url,
        ws.meta.device_id,
        str(ws.path),
    ):
        assert part in copied
    assert dialog.copy_button.text() == "Copied"
    dialog.close()
    ws.lock()


def test_about_says_not_enrolled_and_names_the_log_file(qtbot, ws: Workspace, tmp_path: Path) -> None:
    log_file = tmp_path / "logs" / "circuitride.log"
    logsetup.configure(log_file=log_file)
    try:
        logging.getLogger("app.test").warning("a line for the log file")
        _window, dialog = _about(qtbot, ws)
        assert dialog.hq.text() == "not enrolled"
        assert dialog.logs.text() == str(log_file)
        assert "a line for the log file" in log_file.read_text("utf-8")
    finally:
        root = logging.getLogger()
        for handler in [h for h in root.handlers if isinstance(h, logging.FileHandler)]:
            root.removeHandler(handler)
            handler.close()


def test_about_on_a_locked_workspace_says_to_unlock(qtbot, ws: Workspace) -> None:
    ws.lock()
    window = MainWindow(Workspace(ws.path))
    qtbot.addWidget(window)
    dialog = window.show_about()
    assert isinstance(dialog, AboutDialog)
    qtbot.waitUntil(lambda: dialog.hq.text() != "…", timeout=5000)
    assert dialog.format.text().startswith("unlock the workspace to read it")
    assert dialog.hq.text() == "unlock the workspace to read it"
