"""Idle auto-lock and clipboard hygiene (app/ui/session.py), with short timeouts and the real
clipboard of the offscreen platform."""

from __future__ import annotations

import time
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings, Qt
from PySide6.QtGui import QClipboard, QGuiApplication
from PySide6.QtWidgets import QLineEdit

import app.ui.session as session
from app.store.workspace import Workspace
from app.ui.session import IDLE_LOCK_SECONDS, MAX_IDLE_LOCK_SECONDS, SETTINGS_KEY, ClipboardGuard, IdleLock


@pytest.fixture
def settings(tmp_path: Path) -> QSettings:
    return QSettings(str(tmp_path / "session.ini"), QSettings.Format.IniFormat)


@pytest.fixture
def idle_lock(qapp, settings: QSettings):
    lock = IdleLock(settings=settings)
    yield lock
    lock.uninstall()
    lock.deleteLater()


@pytest.fixture
def field(qtbot) -> QLineEdit:
    widget = QLineEdit()
    qtbot.addWidget(widget)
    widget.show()
    qtbot.waitExposed(widget)
    widget.activateWindow()
    widget.setFocus()
    return widget


def test_idle_lock_fires_after_the_configured_time_without_input(qtbot, idle_lock: IdleLock) -> None:
    idle_lock.set_timeout_seconds(0.2, persist=False)
    idle_lock.resume()
    start = time.monotonic()
    with qtbot.waitSignal(idle_lock.idle, timeout=2000):
        pass
    assert time.monotonic() - start >= 0.19
    assert not idle_lock.active  # once, until the next unlock resumes it


def test_idle_lock_does_not_fire_while_keys_keep_arriving(qtbot, idle_lock: IdleLock, field: QLineEdit) -> None:
    fired: list[bool] = []
    idle_lock.idle.connect(lambda: fired.append(True))
    idle_lock.set_timeout_seconds(0.3, persist=False)
    idle_lock.resume()
    for _ in range(12):  # 0.72 s of typing, never 0.3 s apart
        qtbot.keyClick(field, Qt.Key.Key_A)
        qtbot.wait(60)
    assert not fired and field.text() == "a" * 12
    with qtbot.waitSignal(idle_lock.idle, timeout=2000):  # then the typing stops
        pass


def test_idle_lock_does_not_count_while_suspended(qtbot, idle_lock: IdleLock) -> None:
    fired: list[bool] = []
    idle_lock.idle.connect(lambda: fired.append(True))
    idle_lock.set_timeout_seconds(0.1, persist=False)
    idle_lock.resume()
    idle_lock.suspend()  # locked: nothing to lock
    qtbot.wait(300)
    assert not fired


def test_first_input_after_a_long_sleep_locks_and_is_not_typed(
    qtbot, idle_lock: IdleLock, field: QLineEdit, monkeypatch: pytest.MonkeyPatch
) -> None:
    idle_lock.set_timeout_seconds(60, persist=False)
    idle_lock.resume()
    real_now = session._now
    monkeypatch.setattr(session, "_now", lambda: real_now() + 3600)  # the lid was shut for an hour
    with qtbot.waitSignal(idle_lock.idle, timeout=1000):
        qtbot.keyClick(field, Qt.Key.Key_X)
    assert field.text() == ""


def test_idle_time_is_persisted_as_a_number_within_bounds(qapp, settings: QSettings) -> None:
    first = IdleLock(settings=settings)
    assert first.timeout_seconds() == IDLE_LOCK_SECONDS
    first.set_timeout_seconds(120)
    first.uninstall()
    assert float(settings.value(SETTINGS_KEY)) == 120
    second = IdleLock(settings=settings)
    assert second.timeout_seconds() == 120
    second.set_timeout_seconds(10**6)  # "never lock" is not on offer
    assert second.timeout_seconds() == MAX_IDLE_LOCK_SECONDS
    second.uninstall()
    settings.setValue(SETTINGS_KEY, "soon")  # a hand-edited settings file
    third = IdleLock(settings=settings)
    assert third.timeout_seconds() == IDLE_LOCK_SECONDS
    third.uninstall()


def test_idle_lock_returns_the_main_window_to_the_unlock_screen(qtbot, ws: Workspace, settings: QSettings) -> None:
    # The wiring the shell gets (see the report): idle → lock, locked/unlocked → suspend/resume.
    from app.ui.shell import MainWindow

    window = MainWindow(ws)
    qtbot.addWidget(window)
    idle = IdleLock(window, settings=settings)
    idle.idle.connect(window.lock)
    window.events.locked.connect(idle.suspend)
    window.events.unlocked.connect(idle.resume)
    idle.set_timeout_seconds(0.2, persist=False)
    window.show()
    window.unlocked()
    assert window.stack.currentIndex() == 1 and idle.active
    qtbot.waitUntil(lambda: window.stack.currentIndex() == 0, timeout=2000)
    assert not ws.is_unlocked and not idle.active
    idle.uninstall()


# ----- clipboard ------------------------------------------------------------------------------
def test_clipboard_guard_clears_our_text_on_lock(qapp) -> None:
    clipboard = QGuiApplication.clipboard()
    guard = ClipboardGuard()
    guard.copy("LIM-000001 Núñez José")
    assert clipboard.text() == "LIM-000001 Núñez José" and guard.holds_ours()
    assert guard.clear_if_ours()
    assert clipboard.text() == ""


def test_clipboard_guard_never_wipes_what_the_user_copied_elsewhere(qapp) -> None:
    clipboard = QGuiApplication.clipboard()
    guard = ClipboardGuard()
    guard.copy("LIM-000001")
    clipboard.setText("a line from the user's email")  # copied in another program afterwards
    assert not guard.clear_if_ours()
    assert clipboard.text() == "a line from the user's email"
    clipboard.clear()


def test_clipboard_guard_counts_our_own_widgets_copy_where_the_platform_says_so(
    qapp, monkeypatch: pytest.MonkeyPatch
) -> None:
    # The offscreen platform never reports ownership; X11, Wayland, Windows and macOS do.
    monkeypatch.setattr(QClipboard, "ownsClipboard", lambda _self: True)
    clipboard = QGuiApplication.clipboard()
    guard = ClipboardGuard()
    field = QLineEdit("Ahmadi Farid 1975")
    field.selectAll()
    field.copy()  # Ctrl+C in one of our fields
    assert clipboard.text() == "Ahmadi Farid 1975"
    assert guard.clear_if_ours()
    assert clipboard.text() == ""
