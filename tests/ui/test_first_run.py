"""The first-run dialog's language choice, restore and enrollment, driven through its widgets with
real parts: a real backup folder of a real encrypted workspace, a real HQ on 127.0.0.1."""

from __future__ import annotations

import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from app.services.case_list import case_rows
from app.services.cases import create_case, set_case_fields
from app.services.records import add_note
from app.services.users import UserInfo, list_users
from app.services.workspaces import create_workspace
from app.store.keyslots import TEST_KDF
from app.store.workspace import Workspace
from app.sync.engine import enrollment, sync_state
from app.ui import i18n
from app.ui.context import settings
from app.ui.unlock.first_run import FirstRunDialog
from app.wire.codes import make_user_code
from tests.conftest import PASSWORD
from tests.support.hq import HQServer, admin_enroll, new_device, running_hq

NEW_PASSWORD = "river lantern copper meadow"
SHOTS = Path("/tmp/h/shots")


@pytest.fixture
def hq(tmp_path: Path) -> Iterator[HQServer]:
    with running_hq(tmp_path / "hq") as server:
        yield server


def _dialog(qtbot, path: Path) -> FirstRunDialog:
    dialog = FirstRunDialog(path, kdf=TEST_KDF)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    dialog.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is dialog, timeout=2000)
    return dialog


def _type(qtbot, field, text: str) -> None:
    field.setFocus()
    field.clear()
    qtbot.keyClicks(field, text)


def _shot(widget, name: str) -> None:
    SHOTS.mkdir(parents=True, exist_ok=True)
    widget.grab().save(str(SHOTS / name))


# ----- language ---------------------------------------------------------------------------------
def test_the_language_comes_first_retranslates_at_once_and_is_remembered(qtbot, tmp_path: Path) -> None:
    dialog = _dialog(qtbot, tmp_path / "data")
    names = [dialog.language.itemText(i) for i in range(dialog.language.count())]
    assert names == list(i18n.LANGUAGES.values())  # each in its own language
    assert dialog.language.currentData() == "en"
    _shot(dialog, "first_run_en.png")
    english = dialog.create_choice.text()

    dialog.language.setCurrentIndex(dialog.language.findData("es"))
    assert i18n.current_language() == "es"
    assert settings().value(i18n.SETTINGS_KEY) == "es"
    assert dialog.language.currentData() == "es"  # the rebuilt dialog shows the choice made
    assert dialog.create_choice.text() != english  # translated (app/ui/translations/circuitride_es.ts)
    assert dialog.pages.currentIndex() == 0 and dialog.pages.count() == 5
    _shot(dialog, "first_run_es.png")
    qtbot.mouseClick(dialog.create_choice, Qt.MouseButton.LeftButton)
    assert dialog.pages.currentWidget() is dialog.create_page


# ----- restore ----------------------------------------------------------------------------------
@pytest.fixture
def backup(tmp_path: Path) -> Path:
    ws = create_workspace(tmp_path / "old-laptop", "ana.rojas", PASSWORD, kdf=TEST_KDF, role="team_lead")
    create_case(
        ws,
        {"case_number": "LIM-000001", "site": "Lima"},
        [{"role": "principal_applicant", "family_name": "Testa", "given_names": "Una"}],
    )
    folder = ws.backup(tmp_path / "usb" / "backup-1")
    ws.lock()
    return folder


def _restore(qtbot, dialog: FirstRunDialog, folder: Path, password: str, user: str = "") -> None:
    qtbot.mouseClick(dialog.restore_choice, Qt.MouseButton.LeftButton)
    page = dialog.restore_page
    _type(qtbot, page.folder, str(folder))
    _type(qtbot, page.user, user)
    _type(qtbot, page.password, password)
    qtbot.keyClick(page.password, Qt.Key.Key_Return)


def test_restore_a_backup_with_its_password(qtbot, tmp_path: Path, backup: Path) -> None:
    path = tmp_path / "data"
    dialog = _dialog(qtbot, path)
    page = dialog.restore_page
    _restore(qtbot, dialog, backup, "not the password at all")
    qtbot.waitUntil(lambda: not page.busy, timeout=10000)
    assert page.password_error.text().startswith("Wrong user name or password for this backup")
    assert not path.exists()  # nothing copied for a wrong password
    _shot(dialog, "restore_wrong_password.png")

    _type(qtbot, page.password, PASSWORD)
    qtbot.keyClick(page.password, Qt.Key.Key_Return)
    # restored as a new device: the page says what that means and what to do before it opens
    qtbot.waitUntil(lambda: page.done_note.isVisible(), timeout=20000)
    note = page.done_note.text()
    assert "new device" in note and "not enrolled with HQ" in note and "new enrollment code" in note
    assert "other users" not in note  # the backup had one user: nobody else needs a password
    assert page.open_button.isVisible() and not page.restore_button.isVisible()
    assert dialog.workspace is None  # not opened before the person has read it
    _shot(dialog, "restore_done.png")
    with qtbot.waitSignal(page.restored, timeout=5000):
        qtbot.keyClick(page.open_button, Qt.Key.Key_Return)
    ws = dialog.workspace
    assert ws is not None and ws.is_unlocked and ws.path == path
    assert ws.meta.device_id != Workspace(backup).meta.device_id
    assert [r.case_number for r in case_rows(ws)] == ["LIM-000001"]
    ws.lock()
    assert Workspace(backup).users() == ["ana.rojas"]  # the backup is still there, as it was


def test_a_folder_that_is_not_a_backup_and_a_damaged_backup_are_explained(qtbot, tmp_path: Path, backup: Path) -> None:
    path = tmp_path / "data"
    foreign = tmp_path / "holiday-photos"
    foreign.mkdir()
    (foreign / "a.txt").write_text("not a workspace")
    dialog = _dialog(qtbot, path)
    page = dialog.restore_page
    _restore(qtbot, dialog, foreign, PASSWORD)
    qtbot.waitUntil(lambda: not page.busy and page.message.text() != "", timeout=10000)
    assert "is not a Circuit Ride backup" in page.message.text()

    damaged = tmp_path / "damaged"
    shutil.copytree(backup, damaged)
    db = damaged / "db.sqlite"
    raw = bytearray(db.read_bytes())
    raw[4096:8192] = bytes(4096)  # a page wiped: its HMAC fails
    raw[:16] = bytes(16)  # and the salt: the key no longer opens the file
    db.write_bytes(bytes(raw))
    _type(qtbot, page.folder, str(damaged))
    _type(qtbot, page.password, PASSWORD)
    qtbot.keyClick(page.password, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: not page.busy and "damaged" in page.message.text(), timeout=10000)
    assert page.message.text().startswith("This backup is damaged")
    assert "Traceback" not in page.message.text()
    assert not path.exists() and not (tmp_path / "data.restoring").exists()
    _shot(dialog, "restore_damaged.png")


# ----- enroll -----------------------------------------------------------------------------------
def _enroll(qtbot, dialog: FirstRunDialog, code: str, user: str, user_code: str = "") -> None:
    qtbot.mouseClick(dialog.enroll_choice, Qt.MouseButton.LeftButton)
    page = dialog.enroll_page
    _type(qtbot, page.code, code)
    if user_code:
        _type(qtbot, page.user_code, user_code)
    else:
        _type(qtbot, page.user, user)
    _type(qtbot, page.passwords.password, NEW_PASSWORD)
    _type(qtbot, page.passwords.repeat, NEW_PASSWORD)


def test_enroll_with_hq_codes_sets_up_pins_enrolls_and_syncs(qtbot, tmp_path: Path, hq: HQServer) -> None:
    # a case already at HQ, from another laptop: the first sync brings it
    other = new_device(tmp_path / "other", "lead", "team_lead")
    admin_enroll(other, hq.code("other-laptop"))
    create_case(
        other,
        {"case_number": "KBL-000009", "site": "Kabul"},
        [{"role": "principal_applicant", "family_name": "Namudhaj"}],
    )
    from app.sync.engine import sync

    sync(other)
    other.lock()

    path = tmp_path / "data"
    dialog = _dialog(qtbot, path)
    page = dialog.enroll_page
    token = hq.hub.add_user("ana.rojas", "team_lead")
    _enroll(qtbot, dialog, hq.code("field-laptop"), "", make_user_code("ana.rojas", token))
    assert page.user.text() == "ana.rojas"  # from the user code
    assert page.hq.text() == f"HQ: {hq.url}"
    _shot(dialog, "enroll_form.png")
    with qtbot.waitSignal(page.enrolled, timeout=60000):
        qtbot.mouseClick(page.enroll_button, Qt.MouseButton.LeftButton)
    ws = dialog.workspace
    assert ws is not None and ws.is_unlocked and ws.username == "ana.rojas"
    roles = {u.username: u.role for u in list_users_as_admin(ws)}
    assert roles == {"ana.rojas": "team_lead", "laptop.admin": "admin"}  # HQ's role, taken with the user code
    info = enrollment(ws)
    assert info is not None and info.url == hq.url and info.device_name == "field-laptop"
    assert info.ca_pem == (hq.hub.tls_dir / "ca.pem").read_bytes()  # pinned: the CA the code names
    state = sync_state(ws)
    assert state.last_success and state.user_enrolled is True
    assert "KBL-000009" in [r.case_number for r in case_rows(ws)]
    ws.lock()


def test_a_mistyped_or_spent_code_is_explained_and_leaves_nothing(qtbot, tmp_path: Path, hq: HQServer) -> None:
    path = tmp_path / "data"
    dialog = _dialog(qtbot, path)
    page = dialog.enroll_page
    _enroll(qtbot, dialog, "CR1-eyJ1Ijoi", "ana.rojas")  # cut short when copied
    qtbot.mouseClick(page.enroll_button, Qt.MouseButton.LeftButton)
    assert page.code_error.text() == "The enrollment code is damaged or incomplete. Copy the whole line HQ gave you."
    assert not page.busy and not path.exists()

    spent = hq.code("field-laptop")
    first = new_device(tmp_path / "first", "lead", "team_lead")
    admin_enroll(first, spent)
    from app.sync.engine import sync

    sync(first)  # the code is used for good now
    first.lock()
    _type(qtbot, page.code, spent)
    qtbot.mouseClick(page.enroll_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not page.busy and page.message.text() != "", timeout=30000)
    assert page.message.text().startswith("HQ did not accept this laptop code: it was used already")
    assert "Ask HQ for a new code" in page.message.text()
    assert not path.exists() and page.workspace is None  # nothing kept: a new code starts clean
    _shot(dialog, "enroll_spent.png")

    with qtbot.waitSignal(page.enrolled, timeout=60000):  # a fresh code then works from the same page
        _type(qtbot, page.code, hq.code("field-laptop-2"))
        qtbot.mouseClick(page.enroll_button, Qt.MouseButton.LeftButton)
    ws = dialog.workspace
    assert ws is not None
    # Without a user code the person who enrolled is the laptop's interviewer, and does case work at once
    assert ws.username == "ana.rojas"
    assert {u.username: u.role for u in list_users_as_admin(ws)} == {
        "ana.rojas": "interviewer",
        "laptop.admin": "admin",
    }
    create_case(
        ws,
        {"case_number": "LIM-000007", "site": "Lima"},
        [{"role": "principal_applicant", "family_name": "Testa", "given_names": "Una"}],
    )
    add_note(ws, "LIM-000007", "Interview held; documents seen.")
    set_case_fields(ws, "LIM-000007", {"stage": "interview scheduled"})
    assert [r.case_number for r in case_rows(ws)] == ["LIM-000007"]
    ws.lock()


def list_users_as_admin(ws: Workspace) -> list[UserInfo]:
    """The laptop's users, read as its administrator account (same password as the person who enrolled)."""
    user = ws.username
    assert user is not None
    ws.lock()
    ws.unlock(NEW_PASSWORD, "laptop.admin")
    try:
        return list_users(ws)
    finally:
        ws.lock()
        ws.unlock(NEW_PASSWORD, user)
