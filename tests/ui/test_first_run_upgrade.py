"""The unlock screen on the first start after an upgrade says what happened and where the backup
is; a workspace from a newer version is refused there in words, and not opened."""

from __future__ import annotations

import shutil
from pathlib import Path

from PySide6.QtCore import Qt

from app.store import migrate
from app.store.workspace import Workspace
from app.ui.context import Events, UiContext, settings
from app.ui.tasks import TaskRunner
from app.ui.unlock.view import UnlockView
from tests.conftest import PASSWORD

FIXTURE = Path(__file__).resolve().parents[1] / "fixtures" / "workspace-0010"
SHOTS = Path("/tmp/h/shots")


def _unlock(qtbot, path: Path) -> UnlockView:
    view = UnlockView(UiContext(Workspace(path), TaskRunner(), settings(), Events()))
    qtbot.addWidget(view)
    view.show()
    view.password.setText(PASSWORD)
    qtbot.keyClick(view.password, Qt.Key.Key_Return)
    return view


def test_the_first_unlock_after_an_upgrade_says_so_with_the_backup(qtbot, tmp_path: Path) -> None:
    path = tmp_path / "workspace"
    shutil.copytree(FIXTURE, path)
    view = _unlock(qtbot, path)
    qtbot.waitUntil(lambda: view.upgrade_box is not None, timeout=20000)
    box = view.upgrade_box
    assert box is not None and box.isVisible()
    backup = migrate.kept_backups(path / "db.sqlite")[0]
    assert box.text().startswith(f"Workspace upgraded from format 0010 to {migrate.head_revision()}")
    assert str(backup) in box.text()
    SHOTS.mkdir(parents=True, exist_ok=True)
    box.grab().save(str(SHOTS / "upgraded.png"))
    box.close()
    view.ws.lock()


def test_a_workspace_from_a_newer_version_is_refused_on_the_unlock_screen(qtbot, tmp_path: Path) -> None:
    path = tmp_path / "workspace"
    shutil.copytree(FIXTURE, path)
    ws = Workspace(path)
    ws.unlock(PASSWORD)
    with ws.engine.begin() as conn:
        conn.exec_driver_sql("UPDATE alembic_version SET version_num = '0099'")
    ws.lock()
    shutil.rmtree(path / "backups")
    before = (path / "db.sqlite").read_bytes()

    view = _unlock(qtbot, path)
    qtbot.waitUntil(lambda: view.message.text() != "", timeout=20000)
    assert view.message.text().startswith("This workspace was made by a newer version of Circuit Ride (format 0099")
    assert "install that version or newer; nothing was changed" in view.message.text()
    assert not view.ws.is_unlocked and view.upgrade_box is None
    assert (path / "db.sqlite").read_bytes() == before
    assert not (path / "backups").exists()
