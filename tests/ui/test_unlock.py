"""The unlock screen and the first-run dialog, driven through their widgets on real encrypted
workspaces: what the person at the keyboard sees, and what ends up on disk."""

from __future__ import annotations

import time
from pathlib import Path

import pytest
from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication

from app.services.case_list import case_rows
from app.services.workspaces import create_workspace
from app.store.backoff import BackoffState
from app.store.keyslots import TEST_KDF
from app.store.workspace import META_FILE, Workspace
from app.ui.context import Events, UiContext, settings
from app.ui.tasks import TaskRunner
from app.ui.unlock.demo_page import demo_path_for
from app.ui.unlock.first_run import FirstRunDialog
from app.ui.unlock.view import UnlockView
from app.wire.crypto import generate_recovery_keypair
from tests.conftest import PASSWORD

NEW_PASSWORD = "river lantern copper meadow"


@pytest.fixture
def locked(ws: Workspace) -> Workspace:
    """The conftest workspace, locked, reopened as the app opens it (a fresh handle)."""
    ws.lock()
    return Workspace(ws.path)


def _view(qtbot, ws: Workspace) -> UnlockView:
    """The unlock screen as the main window builds it: on the window's context and task runner."""
    view = UnlockView(UiContext(ws, TaskRunner(), settings(), Events()))
    qtbot.addWidget(view)
    view.show()
    qtbot.waitExposed(view)
    _activate(qtbot, view)
    return view


def _activate(qtbot, window) -> None:
    """Focus and mnemonics only work in the active window (offscreen too)."""
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window, timeout=2000)


def _type(qtbot, field, text: str) -> None:
    """Click into a field and type, as a person would (keys go to the focused field)."""
    field.setFocus()
    qtbot.keyClicks(field, text)


def _type_and_enter(qtbot, view: UnlockView, password: str) -> None:
    view.password.clear()
    _type(qtbot, view.password, password)
    qtbot.keyClick(view.password, Qt.Key.Key_Return)


def _press(widget, text: str, shift: bool = False) -> None:
    modifiers = Qt.KeyboardModifier.ShiftModifier if shift else Qt.KeyboardModifier.NoModifier
    key = Qt.Key(ord(text.upper()))
    QApplication.sendEvent(widget, QKeyEvent(QEvent.Type.KeyPress, key, modifiers, text))
    QApplication.sendEvent(widget, QKeyEvent(QEvent.Type.KeyRelease, key, modifiers, text))


# ----- unlock screen --------------------------------------------------------------------------
def test_wrong_password_shows_message_keeps_focus_and_right_one_unlocks(qtbot, locked: Workspace) -> None:
    view = _view(qtbot, locked)
    assert view.workspace_name.text() == "<h2>workspace</h2>"
    assert view.user.text() == "lead"  # the only user: pre-filled
    emitted: list[bool] = []
    view.unlocked.connect(lambda: emitted.append(True))

    _type_and_enter(qtbot, view, "not the password at all")
    assert not view.button.isEnabled()  # busy while Argon2id runs on the worker
    qtbot.waitUntil(lambda: view.button.isEnabled(), timeout=5000)
    assert view.message.text().startswith("Wrong password.")
    assert view.password.selectedText() == "not the password at all"
    assert view.password.hasFocus()
    assert not emitted and not locked.is_unlocked

    with qtbot.waitSignal(view.unlocked, timeout=5000):
        _type_and_enter(qtbot, view, PASSWORD)
    assert locked.is_unlocked and locked.username == "lead"
    assert view.password.text() == "" and view.message.text() == ""
    locked.lock()


def test_keyboard_only_tab_to_unlock_and_press_enter(qtbot, locked: Workspace) -> None:
    view = _view(qtbot, locked)
    assert view.password.hasFocus()  # the only user is filled in: the cursor waits in the password
    qtbot.keyClicks(view.password, PASSWORD)
    qtbot.keyClick(view.password, Qt.Key.Key_Tab)
    assert view.button.hasFocus()
    with qtbot.waitSignal(view.unlocked, timeout=5000):
        qtbot.keyClick(view.button, Qt.Key.Key_Return)
    locked.lock()


def test_empty_password_is_not_an_attempt(qtbot, locked: Workspace) -> None:
    view = _view(qtbot, locked)
    qtbot.keyClick(view.password, Qt.Key.Key_Return)
    assert view.message.text() == "Type your password."
    assert locked.backoff.state().failures == 0


def test_several_users_must_choose_a_name(qtbot, ws: Workspace) -> None:
    ws.set_password("ana.rojas", PASSWORD, kdf=TEST_KDF)
    ws.lock()
    view = _view(qtbot, Workspace(ws.path))
    assert view.user.text() == ""
    assert [view.user.itemText(i) for i in range(view.user.count())] == ["ana.rojas", "lead"]
    _type_and_enter(qtbot, view, PASSWORD)
    assert view.message.text() == "Choose your user name."
    assert view.user.hasFocus()
    _type(qtbot, view.user, "ana.rojas")
    with qtbot.waitSignal(view.unlocked, timeout=5000):
        qtbot.keyClick(view.password, Qt.Key.Key_Return)
    assert view.ws.username == "ana.rojas"
    view.ws.lock()


def test_unexpected_failure_shows_a_plain_message_not_a_traceback(qtbot, locked: Workspace, monkeypatch) -> None:
    def broken(*_args: object) -> None:
        raise RuntimeError("sqlcipher internals /home/someone/secret")

    monkeypatch.setattr(locked, "unlock", broken)
    view = _view(qtbot, locked)
    _type_and_enter(qtbot, view, PASSWORD)
    qtbot.waitUntil(lambda: view.message.text() != "", timeout=5000)
    assert "unexpected problem" in view.message.text()
    assert "Traceback" not in view.message.text() and "sqlcipher" not in view.message.text()
    assert view.button.isEnabled()


def test_caps_lock_warning_follows_the_letters_typed(qtbot, locked: Workspace) -> None:
    view = _view(qtbot, locked)
    assert not view.caps_warning.isVisible()
    for letter in "ABC":  # upper case without Shift: Caps Lock is on
        _press(view.password, letter)
    assert view.caps_warning.isVisible()
    assert view.caps_warning.text() == "⚠ Caps Lock is on."
    _press(view.password, "1")  # no case: says nothing
    assert view.caps_warning.isVisible()
    _press(view.password, "a")  # lower case without Shift: off
    assert not view.caps_warning.isVisible()
    _press(view.password, "d", shift=True)  # lower case *with* Shift: on again
    assert view.caps_warning.isVisible()
    _press(view.password, "D", shift=True)
    assert not view.caps_warning.isVisible()


def test_backoff_on_open_shows_countdown_until_it_is_over(qtbot, locked: Workspace) -> None:
    # Six failures (as left by an earlier run): the next try must wait 60 s from the last one.
    locked.backoff._write(BackoffState(6, time.time()))
    view = _view(qtbot, locked)
    assert view.countdown.isVisible()
    assert view.countdown.text() in (
        "Too many wrong passwords. Try again in 1:00.",
        "Too many wrong passwords. Try again in 0:59.",
    )
    assert not view.button.isEnabled()
    _type_and_enter(qtbot, view, PASSWORD)  # Enter does nothing while waiting: not even an attempt
    qtbot.wait(50)
    assert not locked.is_unlocked and locked.backoff.state().failures == 6

    locked.backoff._write(BackoffState(6, time.time() - 3600))  # time has passed
    qtbot.waitUntil(lambda: view.button.isEnabled(), timeout=2000)
    assert not view.countdown.isVisible()
    with qtbot.waitSignal(view.unlocked, timeout=5000):
        qtbot.keyClick(view.password, Qt.Key.Key_Return)
    locked.lock()


def test_countdown_runs_live_to_zero_without_input(qtbot, locked: Workspace) -> None:
    locked.backoff._write(BackoffState(6, time.time() - 60 + 1.5))  # 1.5 s left of a 60 s wait
    view = _view(qtbot, locked)
    assert view.countdown.text() == "Too many wrong passwords. Try again in 0:02."
    qtbot.waitUntil(lambda: view.countdown.text().endswith("0:01."), timeout=1500)
    qtbot.waitUntil(lambda: view.button.isEnabled(), timeout=2500)
    assert not view.countdown.isVisible()


def test_fifth_wrong_password_starts_the_countdown(qtbot, locked: Workspace) -> None:
    view = _view(qtbot, locked)
    for attempt in range(5):
        _type_and_enter(qtbot, view, f"wrong password number {attempt}")
        qtbot.waitUntil(lambda: not view._busy, timeout=5000)
    assert view.message.text().startswith("Wrong password.")
    assert view.countdown.text() in (
        "Too many wrong passwords. Try again in 0:30.",
        "Too many wrong passwords. Try again in 0:29.",
    )
    assert not view.button.isEnabled()
    # Survives a restart: a new screen on a new handle shows the same wait.
    again = _view(qtbot, Workspace(locked.path))
    assert again.countdown.isVisible() and not again.button.isEnabled()


def test_forgot_password_without_recovery_slot_says_data_is_lost(qtbot, locked: Workspace) -> None:
    view = _view(qtbot, locked)
    qtbot.mouseClick(view.forgot, Qt.MouseButton.LeftButton)
    assert view.help_box is not None and view.help_box.isVisible()
    text = view.help_box.text()
    assert "cannot be recovered" in text
    assert "recovery key" in text and "future workspaces" in text


def test_forgot_password_with_recovery_slot_gives_the_recover_command(qtbot, tmp_path: Path) -> None:
    _private, public = generate_recovery_keypair()
    made = create_workspace(tmp_path / "ws", "lead", PASSWORD, kdf=TEST_KDF, recovery_public_key=public)
    made.lock()
    view = _view(qtbot, Workspace(tmp_path / "ws"))
    qtbot.keyClick(view.password, Qt.Key.Key_F, Qt.KeyboardModifier.AltModifier)  # the &Forgot mnemonic
    qtbot.waitUntil(lambda: view.help_box is not None and view.help_box.isVisible(), timeout=2000)
    assert view.help_box is not None
    assert "circuitride --data-dir" in view.help_box.text()
    assert "recover --recovery-key" in view.help_box.text()
    assert "team lead or HQ" in view.help_box.text()


# ----- first run ------------------------------------------------------------------------------
def _dialog(qtbot, path: Path) -> FirstRunDialog:
    dialog = FirstRunDialog(path, kdf=TEST_KDF)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    _activate(qtbot, dialog)
    return dialog


def test_first_run_creates_a_workspace_that_opens_with_the_chosen_password(qtbot, tmp_path: Path) -> None:
    path = tmp_path / "data"
    dialog = _dialog(qtbot, path)
    qtbot.mouseClick(dialog.create_choice, Qt.MouseButton.LeftButton)
    page = dialog.create_page
    _type(qtbot, page.name, "Kakuma ride")
    _type(qtbot, page.user, "ana.rojas")
    page.role.setCurrentIndex(page.role.findData("interviewer"))
    _type(qtbot, page.passwords.password, NEW_PASSWORD)
    _type(qtbot, page.passwords.repeat, NEW_PASSWORD)
    with qtbot.waitSignal(page.created, timeout=10000):
        qtbot.keyClick(page.passwords.repeat, Qt.Key.Key_Return)
    ws = dialog.workspace
    assert ws is not None and ws.is_unlocked and dialog.result() == dialog.DialogCode.Accepted
    ws.lock()

    reopened = Workspace(path)
    assert reopened.meta.name == "Kakuma ride" and reopened.users() == ["ana.rojas"]
    assert not reopened.has_recovery_slot()
    reopened.unlock(NEW_PASSWORD, "ana.rojas")
    from app.services.status import workspace_status

    assert workspace_status(reopened).username == "ana.rojas"
    reopened.lock()


def test_first_run_weak_password_is_shown_inline_and_nothing_is_created(qtbot, tmp_path: Path) -> None:
    path = tmp_path / "data"
    dialog = _dialog(qtbot, path)
    dialog.show_create()
    page = dialog.create_page
    _type(qtbot, page.name, "Ride")
    _type(qtbot, page.user, "ana")
    _type(qtbot, page.passwords.password, "short one")
    qtbot.keyClick(page.passwords.password, Qt.Key.Key_Tab)  # leaving the field shows the rule
    assert page.passwords.password_error.isVisible()
    assert "too short" in page.passwords.password_error.text()

    page.passwords.password.clear()
    _type(qtbot, page.passwords.password, "password1234")  # long enough, but on the blocklist
    _type(qtbot, page.passwords.repeat, "password1234")
    qtbot.mouseClick(page.create_button, Qt.MouseButton.LeftButton)
    assert "too easy to guess" in page.passwords.password_error.text()
    assert page.passwords.password.hasFocus()
    dialog.runner.wait()
    assert not path.exists()
    assert dialog.workspace is None


def test_first_run_mismatched_passwords_and_bad_user_name_are_shown_inline(qtbot, tmp_path: Path) -> None:
    path = tmp_path / "data"
    dialog = _dialog(qtbot, path)
    dialog.show_create()
    page = dialog.create_page
    _type(qtbot, page.user, "Ana Rojas")
    _type(qtbot, page.passwords.password, NEW_PASSWORD)
    _type(qtbot, page.passwords.repeat, NEW_PASSWORD + "x")
    assert page.passwords.repeat_error.text() == "The two passwords are not the same."
    qtbot.mouseClick(page.create_button, Qt.MouseButton.LeftButton)
    assert page.name_error.isVisible() and page.user_error.isVisible()
    assert "not a valid user name" in page.user_error.text()
    assert page.name.hasFocus()  # the first field with a problem
    dialog.runner.wait()
    assert not path.exists()


def test_first_run_demo_builds_the_chosen_number_of_synthetic_cases(qtbot, tmp_path: Path) -> None:
    path = tmp_path / "data"
    dialog = _dialog(qtbot, path)
    qtbot.mouseClick(dialog.demo_choice, Qt.MouseButton.LeftButton)
    page = dialog.demo_page
    assert "synthetic people only" in page.explanation.text()
    page.cases.setValue(5)
    _type(qtbot, page.passwords.password, NEW_PASSWORD)
    _type(qtbot, page.passwords.repeat, NEW_PASSWORD)
    with qtbot.waitSignal(page.opened, timeout=60000):
        qtbot.mouseClick(page.build_button, Qt.MouseButton.LeftButton)
    ws = dialog.workspace
    assert ws is not None and ws.is_unlocked
    assert ws.path == demo_path_for(path) == tmp_path / "data-demo"
    assert len(case_rows(ws)) == 5
    ws.lock()
    assert not (tmp_path / "data-demo.partial").exists()
    assert not path.exists()  # the real data folder stays free for a real workspace

    # Next start: the demo made earlier is offered, and opens locked (the unlock screen asks).
    again = _dialog(qtbot, path)
    again.show_demo()
    assert again.demo_page.existing.isVisible() and not again.demo_page.build_button.isEnabled()
    qtbot.mouseClick(again.demo_page.open_existing, Qt.MouseButton.LeftButton)
    assert again.workspace is not None and not again.workspace.is_unlocked
    assert again.workspace.path == tmp_path / "data-demo"


def test_first_run_demo_cancel_deletes_the_half_built_folder(qtbot, tmp_path: Path) -> None:
    path = tmp_path / "data"
    dialog = _dialog(qtbot, path)
    dialog.show_demo()
    page = dialog.demo_page
    page.cases.setValue(5)
    _type(qtbot, page.passwords.password, NEW_PASSWORD)
    _type(qtbot, page.passwords.repeat, NEW_PASSWORD)
    with qtbot.waitSignal(page.idle, timeout=30000):
        qtbot.mouseClick(page.build_button, Qt.MouseButton.LeftButton)
        assert page.cancel_button.isVisible()
        qtbot.mouseClick(page.cancel_button, Qt.MouseButton.LeftButton)
        assert page.status.text() == "Stopping after the current step…"
    assert page.status.text() == "Stopped. The half-built demo workspace was deleted."
    assert dialog.workspace is None
    assert not (tmp_path / "data-demo").exists() and not (tmp_path / "data-demo.partial").exists()
    assert page.build_button.isEnabled()  # can try again


def test_first_run_escape_while_building_cancels_then_closes(qtbot, tmp_path: Path) -> None:
    path = tmp_path / "data"
    dialog = _dialog(qtbot, path)
    dialog.show_demo()
    page = dialog.demo_page
    page.cases.setValue(5)
    _type(qtbot, page.passwords.password, NEW_PASSWORD)
    _type(qtbot, page.passwords.repeat, NEW_PASSWORD)
    qtbot.mouseClick(page.build_button, Qt.MouseButton.LeftButton)
    with qtbot.waitSignal(dialog.rejected, timeout=30000):
        qtbot.keyClick(dialog, Qt.Key.Key_Escape)
        assert dialog.isVisible()  # not while the worker writes
    assert dialog.workspace is None
    assert not any(p.name.startswith("data-demo") for p in tmp_path.iterdir())


def test_first_run_create_writes_hq_recovery_slot_when_given(qtbot, tmp_path: Path) -> None:
    _private, public = generate_recovery_keypair()
    key_file = tmp_path / "hq-recovery-public.pem"
    key_file.write_bytes(public)
    not_a_key = tmp_path / "notes.pem"
    not_a_key.write_text("hello")
    path = tmp_path / "data"
    dialog = _dialog(qtbot, path)
    dialog.show_create()
    page = dialog.create_page
    _type(qtbot, page.name, "Ride")
    _type(qtbot, page.user, "lead")
    _type(qtbot, page.passwords.password, NEW_PASSWORD)
    _type(qtbot, page.passwords.repeat, NEW_PASSWORD)
    _type(qtbot, page.recovery, str(not_a_key))
    qtbot.mouseClick(page.create_button, Qt.MouseButton.LeftButton)
    assert page.recovery_error.text() == "The recovery public key file is not a PEM public key."
    assert not (path / META_FILE).exists()
    page.recovery.clear()
    _type(qtbot, page.recovery, str(key_file))
    with qtbot.waitSignal(page.created, timeout=10000):
        qtbot.mouseClick(page.create_button, Qt.MouseButton.LeftButton)
    assert dialog.workspace is not None and dialog.workspace.has_recovery_slot()
    dialog.workspace.lock()
