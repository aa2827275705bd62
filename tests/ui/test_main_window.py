"""The first desktop window, driven like a user would: unlock, search, open a case."""

from __future__ import annotations

from PySide6.QtCore import Qt

from app.services.cases import create_case
from app.store.workspace import Workspace
from app.ui.shell import MainWindow
from tests.conftest import PASSWORD


def _seed(ws: Workspace) -> None:
    create_case(
        ws,
        {"case_number": "LIM-000001", "site": "Lima"},
        [{"role": "principal_applicant", "family_name": "Núñez", "given_names": "José", "dob": "1980-02-03"}],
    )
    create_case(
        ws,
        {"case_number": "KBL-000002", "site": "Islamabad"},
        [
            {
                "role": "principal_applicant",
                "family_name": "Ahmadi",
                "given_names": "Farid",
                "native_family_name": "احمدی",
                "native_given_names": "فرید",
                "dob": "1975",
            }
        ],
    )


def test_wrong_password_shows_message_and_right_one_opens_case_list(qtbot, ws: Workspace) -> None:
    _seed(ws)
    ws.lock()
    window = MainWindow(Workspace(ws.path))
    qtbot.addWidget(window)
    window.show()
    view = window.unlock_view
    qtbot.keyClicks(view.password, "not the password at all")
    qtbot.keyClick(view.password, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: "Wrong" in view.message.text(), timeout=5000)
    assert window.stack.currentIndex() == 0
    view.password.clear()
    qtbot.keyClicks(view.password, PASSWORD)
    with qtbot.waitSignal(view.unlocked, timeout=5000):
        qtbot.keyClick(view.password, Qt.Key.Key_Return)
    assert window.stack.currentIndex() == 1
    qtbot.waitUntil(lambda: window.cases.model.rowCount() == 2, timeout=5000)  # read on the worker
    window.ws.lock()


def test_search_by_native_script_filters_list_and_enter_opens_case(qtbot, ws: Workspace) -> None:
    _seed(ws)
    window = MainWindow(ws)
    qtbot.addWidget(window)
    window.unlocked()
    # QTest can only synthesise ASCII key presses; non-Latin text arrives as an input-method commit.
    window.cases.search.setFocus()
    window.cases.search.insert("فرید")
    qtbot.waitUntil(lambda: window.cases.model.rowCount() == 1, timeout=2000)
    assert window.cases.model.row_at(0).case_number == "KBL-000002"
    window.cases.table.setFocus()
    window.cases.table.setCurrentIndex(window.cases.table.model().index(0, 0))
    qtbot.keyClick(window.cases.table, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: window.cases_stack.currentWidget() is window.case, timeout=5000)  # once it is read
    assert window.case.case_number == "KBL-000002"
    model = window.case.household.model
    assert "فرید احمدی" in [model.data(model.index(r, 1)) for r in range(model.rowCount())]


_IMPORT_CHECK = """
import sys
import app.ui.shell as shell
before = set(sys.modules)
shell.import_body_services()
services = set(sys.modules) - before
import app.ui.case.view, app.ui.cases.view, app.ui.sync.view
missed = sorted(m for m in set(sys.modules) - before - services if m.startswith("app.") and not m.startswith("app.ui"))
qt = sorted(m for m in services if m.startswith(("PySide6", "shiboken6", "app.ui")))
print(repr((missed, qt, len(services))))
"""


def test_the_layers_imported_off_the_gui_thread_are_all_the_case_views_need_and_qt_free() -> None:
    """BODY_SERVICES stays complete (else the GUI thread imports the rest while the user types the
    password) and never imports Qt (it runs on the worker thread)."""
    import ast
    import os
    import subprocess
    import sys
    from pathlib import Path

    root = Path(__file__).resolve().parents[2]
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "PYTHONPATH": str(root)}
    out = subprocess.run(
        [sys.executable, "-c", _IMPORT_CHECK], capture_output=True, text=True, check=True, env=env, cwd=root
    ).stdout
    missed, qt, imported = ast.literal_eval(out.strip().splitlines()[-1])
    assert missed == [], f"add to BODY_SERVICES in app/ui/shell.py: {missed}"
    assert qt == []
    assert imported > 50  # it does import the layers (sqlalchemy, models, services...)


def test_a_deferred_window_builds_its_views_after_importing_on_the_worker(qtbot, ws: Workspace) -> None:
    window = MainWindow(ws, defer_body=True)
    qtbot.addWidget(window)
    window.show()
    assert not window._body_ready  # the unlock screen is up first
    qtbot.waitUntil(lambda: window._body_ready, timeout=30000)
    assert window.cases is not None and window.stack.count() == 2
