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
    assert window.cases.model.rowCount() == 2
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
    assert window.cases_stack.currentWidget() is window.case
    assert window.case.case_number == "KBL-000002"
    model = window.case.household.model
    assert "فرید احمدی" in [model.data(model.index(r, 1)) for r in range(model.rowCount())]
