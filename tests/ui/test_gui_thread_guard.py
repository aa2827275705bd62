"""The guard every UI test runs under (conftest.gui_thread_guard) catches UI code that uses the
workspace on the GUI thread, and only that: the worker thread and a test's own set-up are free."""

from __future__ import annotations

import types

import pytest

from app.errors import WorkspaceLocked
from app.services.attachments import attach, thumbnail
from app.services.case_list import case_rows
from app.services.cases import create_case
from app.store.workspace import Workspace
from app.ui.tasks import TaskRunner
from tests.ui.gui_thread_guard import GuiThreadGuard
from tests.ui.waiting import settle

LEAK = """
def list_cases(ws):
    return case_rows(ws)


def show_photo(ws, attachment_id):
    return thumbnail(ws, attachment_id)
"""


def _ui_module(name: str) -> types.ModuleType:
    """Code that belongs to the UI package as far as the guard can tell (its module's name)."""
    module = types.ModuleType(name)
    module.__dict__.update(case_rows=case_rows, thumbnail=thumbnail)
    exec(compile(LEAK, f"<{name}>", "exec"), module.__dict__)  # noqa: S102 - fixed source above
    return module


def test_a_service_call_from_ui_code_on_the_gui_thread_is_caught(
    qtbot,  # noqa: ARG001 - a QApplication, as in the app
    ws: Workspace,
    gui_thread_guard: GuiThreadGuard,
) -> None:
    create_case(ws, {"case_number": "LIM-000001", "site": "Lima"}, [{"role": "principal_applicant"}])
    photo = attach(ws, "LIM-000001", _png(), filename="p.png", kind="photo").attachment_id
    leak = _ui_module("app.ui.deliberate_leak")
    assert [r.case_number for r in leak.list_cases(ws)] == ["LIM-000001"]  # the call itself works...
    assert leak.show_photo(ws, photo) is not None
    found, gui_thread_guard.violations[:] = list(gui_thread_guard.violations), []  # ...but fails the test
    assert found == [
        "Workspace.session() on the GUI thread, from app.ui.deliberate_leak:3 (list_cases)",
        "Workspace.session() on the GUI thread, from app.ui.deliberate_leak:7 (show_photo)",
        "Workspace.vault on the GUI thread, from app.ui.deliberate_leak:7 (show_photo)",
    ]


def test_the_same_call_on_the_worker_or_from_the_test_itself_is_not(
    qtbot,  # noqa: ANN001
    ws: Workspace,
    gui_thread_guard: GuiThreadGuard,
) -> None:
    create_case(ws, {"case_number": "LIM-000001", "site": "Lima"}, [{"role": "principal_applicant"}])
    leak = _ui_module("app.ui.deliberate_leak")
    tasks = TaskRunner()
    listed: list[list[str]] = []
    tasks.run(lambda _task: leak.list_cases(ws), on_done=lambda rows: listed.append([r.case_number for r in rows]))
    settle(tasks)
    assert listed == [["LIM-000001"]]
    assert [r.case_number for r in case_rows(ws)] == ["LIM-000001"]  # a test's own check: no UI frame
    ws.lock()
    leak_while_locked = _ui_module("app.ui.locked_leak")
    with pytest.raises(WorkspaceLocked):
        leak_while_locked.list_cases(ws)  # refused by the workspace at once: nothing can wait on it
    assert gui_thread_guard.violations == []


def test_the_unlock_screen_and_the_case_views_run_clean_under_the_guard(
    qtbot,  # noqa: ANN001
    ws: Workspace,
    gui_thread_guard: GuiThreadGuard,
) -> None:
    """A smoke test of the real widgets: the whole list, a case with its tabs, the status bar."""
    from app.ui.shell import MainWindow

    create_case(ws, {"case_number": "LIM-000001", "site": "Lima"}, [{"role": "principal_applicant"}])
    window = MainWindow(ws)
    qtbot.addWidget(window)
    window.show()
    window.unlocked()
    window.open_case("LIM-000001")
    settle(window.tasks)
    assert window.case.case_number == "LIM-000001"
    for index in range(window.case.tabs.count()):
        window.case.tabs.setCurrentIndex(index)
    window.show_sync()
    settle(window.tasks)
    window.lock()
    assert gui_thread_guard.violations == []


def _png() -> bytes:
    from PySide6.QtCore import QBuffer, QIODevice
    from PySide6.QtGui import QColor, QImage

    image = QImage(32, 32, QImage.Format.Format_RGB32)
    image.fill(QColor("#a73"))
    buffer = QBuffer()
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    image.save(buffer, "PNG")
    return bytes(buffer.data().data())
