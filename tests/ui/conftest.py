"""UI tests run offscreen with their own QSettings location (never the developer's), and fail when
UI code touches the workspace on the GUI thread."""

from __future__ import annotations

import gc
import os
from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.ui.gui_thread_guard import GuiThreadGuard, install

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


@pytest.fixture(scope="package", autouse=True)
def _collect_garbage_on_the_gui_thread() -> Iterator[None]:
    """As the app does (app/ui/gc_guard.py): no automatic collection, which could start on a worker
    thread and free Qt objects there; instead a full collection on this (the GUI) thread after
    every test and the app's own timer while a test runs its event loop."""
    gc.collect()
    gc.disable()
    try:
        yield
    finally:
        gc.enable()


@pytest.fixture(autouse=True)
def _collect_after_each_test() -> Iterator[None]:
    yield
    gc.unfreeze()  # what a case list froze (gc_guard.keep_long_lived) is collected with the rest
    gc.collect()


@pytest.fixture(autouse=True)
def _isolated_settings(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from PySide6.QtCore import QSettings

    QSettings.setPath(QSettings.Format.NativeFormat, QSettings.Scope.UserScope, str(tmp_path / "settings"))
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(tmp_path / "settings"))


@pytest.fixture(autouse=True)
def _english_as_the_app_starts(qapp) -> Iterator[None]:  # noqa: ANN001 - pytest-qt's application
    """Each test starts in English as the app installs it (with its plural forms), whatever
    language an earlier test left behind."""
    from app.ui import i18n

    i18n.install("en")
    yield


@pytest.fixture(autouse=True)
def gui_thread_guard(monkeypatch: pytest.MonkeyPatch) -> Iterator[GuiThreadGuard]:
    """Fails the test if UI code reached the database or the vault on the GUI thread (see
    gui_thread_guard.py): every service call from a widget belongs on the task runner's worker."""
    guard = GuiThreadGuard()
    install(guard, monkeypatch.setattr)
    yield guard
    if guard.violations:
        pytest.fail(
            "UI code used the workspace on the GUI thread (move the call into ctx.tasks.run):\n  "
            + "\n  ".join(dict.fromkeys(guard.violations)),
            pytrace=False,
        )
