"""Starting the desktop on a workspace it cannot open: a message box, not a traceback or a silent exit."""

from __future__ import annotations

import json
import logging
from pathlib import Path

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMessageBox

from app import logsetup
from app.cli import build_parser
from app.ui.main import run_gui
from tests.integration.test_upgrade import fingerprint, old_workspace


def test_a_workspace_folder_of_a_newer_version_is_refused_in_a_box_with_exit_2(
    qapp: QApplication, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = old_workspace(tmp_path)
    meta = json.loads((path / "workspace.json").read_text("utf-8"))
    (path / "workspace.json").write_text(json.dumps({**meta, "format_version": 9}), "utf-8")
    before = fingerprint(path)
    monkeypatch.setenv("CIRCUITRIDE_LOG_DIR", str(tmp_path / "logs"))
    shown: list[str] = []

    def answer_the_box() -> None:
        box = QApplication.activeModalWidget()
        if isinstance(box, QMessageBox):
            shown.append(box.text())
            box.reject()
        else:
            QTimer.singleShot(20, answer_the_box)

    QTimer.singleShot(20, answer_the_box)
    try:
        code = run_gui(build_parser().parse_args(["--data-dir", str(path)]))
    finally:
        log_file = logsetup.current_log_file()
        for handler in list(logging.getLogger().handlers):  # the GUI's log file: this test's only
            if isinstance(handler, logging.FileHandler):
                logging.getLogger().removeHandler(handler)
                handler.close()
    assert code == 2
    assert len(shown) == 1 and "newer version of Circuit Ride" in shown[0]
    assert "Traceback" not in shown[0]
    assert fingerprint(path) == before  # nothing written
    assert log_file == tmp_path / "logs" / "circuitride.log"  # a desktop start logs to a file support can find


def test_fonts_an_installer_carries_are_given_to_qt(
    qapp: QApplication, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from PySide6.QtGui import QFontDatabase

    from app.ui import main

    source = next(Path("/usr/share/fonts").rglob("NotoSansEthiopic-Regular.ttf"), None)
    if source is None:
        pytest.skip("no Noto Sans Ethiopic on this machine (installers/sysdeps.sh installs fonts-noto-core)")
    fonts = tmp_path / "fonts"
    fonts.mkdir()
    (fonts / "CarriedEthiopic.ttf").write_bytes(source.read_bytes())
    monkeypatch.setattr(main, "FONTS_DIR", fonts)
    main.make_app()
    # Application fonts only (ids from 0): a system font of the same family would not be listed.
    added = [QFontDatabase.applicationFontFamilies(i) for i in range(64)]
    assert any("Noto Sans Ethiopic" in families for families in added)
