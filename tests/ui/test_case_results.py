"""The case page's Results tab: the officers' results newest first, recording one in the results
entry's dialog, hidden from an interviewer, and a notice about a result written as a Word document
in the family's language."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from pathlib import Path

import docx
import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from app.services.case_view import show_case
from app.services.cases import create_case
from app.services.results import list_results, record_result
from app.services.schedule import book
from app.store.workspace import Workspace
from app.ui.case.results import ResultDialog
from app.ui.case.view import CaseView
from app.ui.context import Events, UiContext, settings
from app.ui.notice_dialog import NoticeDialog
from app.ui.tasks import TaskRunner
from tests.support.staff import add_staff, reopen_as
from tests.ui.waiting import settle

CASE = "KBL-000042"
LEFT = Qt.MouseButton.LeftButton
CTRL = Qt.KeyboardModifier.ControlModifier
YESTERDAY = (dt.date.today() - dt.timedelta(days=1)).isoformat()


def _seed(ws: Workspace) -> None:
    create_case(
        ws,
        {"case_number": CASE, "site": "Kabul"},
        [
            {
                "role": "principal_applicant",
                "family_name": "Ahmadi",
                "given_names": "Farid",
                "native_family_name": "احمدی",
                "native_given_names": "فرید",
                "relationship_to_pa": "self",
                "languages": ["prs"],
            }
        ],
    )
    record_result(ws, CASE, kind="fingerprints", outcome="cleared", date=YESTERDAY, officer="Officer A")


def _open(qtbot, ws: Workspace) -> CaseView:
    tasks = TaskRunner()
    view = CaseView(UiContext(ws, tasks, settings(), Events()))
    qtbot.addWidget(view)
    view.resize(1366, 768)
    view.show()
    qtbot.waitExposed(view)
    view.show_case(CASE)
    settle(tasks)
    view.tabs.setCurrentWidget(view.results)
    return view


@pytest.fixture
def view(qtbot, ws: Workspace) -> Iterator[CaseView]:
    _seed(ws)
    widget = _open(qtbot, ws)
    yield widget
    widget.ctx.tasks.wait()


def _cells(view: CaseView, row: int) -> list[str]:
    model = view.results.model
    return [str(model.index(row, c).data()) for c in range(model.columnCount())]


def test_the_results_tab_lists_the_cases_results(qtbot, view: CaseView) -> None:
    tab = view.results
    assert view.tabs.tabText(view.tabs.indexOf(tab)) == "Res&ults (1)"
    assert _cells(view, 0) == [YESTERDAY, "Fingerprints", "Cleared", "Officer A", "", ""]
    assert tab.record_button.isVisible() and tab.notice_button.isEnabled()


def test_record_result_writes_it_and_the_list_shows_it_first(qtbot, view: CaseView) -> None:
    ws, tab = view.ctx.ws, view.results
    qtbot.mouseClick(tab.record_button, LEFT)
    dialog = tab.current_dialog
    assert isinstance(dialog, ResultDialog)
    qtbot.waitExposed(dialog)
    dialog.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is dialog, timeout=2000)
    entry = dialog.entry
    assert entry.kind_code() == "interview" and entry.date.date().toString("yyyy-MM-dd") == dt.date.today().isoformat()
    entry.choose_outcome(4)  # request for evidence
    entry.reason.setPlainText("school records of the children")
    entry.officer.setText("Officer B")
    qtbot.keyClick(entry.reason, Qt.Key.Key_Return, CTRL)
    qtbot.waitUntil(lambda: len(list_results(ws, CASE)) == 2, timeout=5000)
    settle(view.ctx.tasks)
    assert not any(isinstance(w, ResultDialog) and w.isVisible() for w in QApplication.topLevelWidgets())
    assert show_case(ws, CASE)["stage"] == "on-hold"
    assert _cells(view, 0) == [
        dt.date.today().isoformat(),
        "Interview",
        "Request for evidence",
        "Officer B",
        "Needed",
        "school records of the children",
    ]
    assert view.tabs.tabText(view.tabs.indexOf(tab)) == "Res&ults (2)"


def test_an_interviewer_sees_the_results_but_cannot_record(qtbot, ws: Workspace) -> None:
    _seed(ws)
    add_staff(ws, "ines", "interviewer")
    other = reopen_as(ws, "ines")
    view = _open(qtbot, other)
    assert view.results.model.rowCount() == 1
    assert view.results.record_button.isHidden()
    view.ctx.tasks.wait()
    other.lock()


def test_a_notice_about_a_result_is_written_as_a_word_document(qtbot, view: CaseView, tmp_path: Path) -> None:
    tab = view.results
    qtbot.mouseClick(tab.notice_button, LEFT)
    dialog = tab.current_dialog
    assert isinstance(dialog, NoticeDialog)
    settle(view.ctx.tasks)
    assert dialog.kind_code() == "result" and dialog.subject.count() == 1
    assert dialog.choices is not None and dialog.language.currentData() == dialog.choices.default_language
    assert dialog.path.text().endswith(f"notice-{CASE}-result.docx")
    out = tmp_path / "notice.docx"
    dialog.path.setText(str(out))
    qtbot.mouseClick(dialog.issue_button, LEFT)
    qtbot.waitUntil(dialog.saved.isVisible, timeout=10000)
    assert str(out) in dialog.saved.text.text() and dialog.saved.open_button.isVisible()
    document = docx.Document(str(out))
    assert CASE in "\n".join(p.text for p in document.paragraphs) + "\n".join(
        cell.text for table in document.tables for row in table.rows for cell in row.cells
    )
    dialog.reject()


def test_the_notice_dialog_takes_an_appointment_and_says_a_refusal_plainly(
    qtbot, view: CaseView, tmp_path: Path
) -> None:
    ws = view.ctx.ws
    start = f"{(dt.date.today() + dt.timedelta(days=7)).isoformat()}T10:00"
    appointment = book(ws, CASE, type="interview", start=start, officer="Officer A")
    dialog = NoticeDialog(view.ctx, CASE, "appointment", appointment_id=appointment, parent=view)
    dialog.open()
    settle(view.ctx.tasks)
    assert dialog.subject.currentData() == appointment
    dialog.path.setText(str(tmp_path / "notice.pdf"))
    qtbot.mouseClick(dialog.issue_button, LEFT)
    qtbot.waitUntil(dialog.error.isVisible, timeout=5000)
    assert "ending in .docx" in dialog.error.text() and not dialog.saved.isVisible()
    dialog.path.setText(str(tmp_path / "notice.docx"))
    qtbot.mouseClick(dialog.issue_button, LEFT)
    qtbot.waitUntil(dialog.saved.isVisible, timeout=10000)
    assert docx.Document(str(tmp_path / "notice.docx")).paragraphs
    dialog.reject()
    QApplication.processEvents()
