"""The interpreters tab of the Schedule page: a team lead adds one, edits them, marks them away and
deactivates them, each stored through the services; a role without `manage_reference_data` sees the
list read-only."""

from __future__ import annotations

from collections.abc import Callable, Iterator

import pytest
from PySide6.QtCore import QDate
from PySide6.QtWidgets import QApplication

from app.services.interpreters import add_interpreter, list_interpreters, show_interpreter
from app.store.workspace import Workspace
from app.ui.context import Events, UiContext, settings
from app.ui.schedule.interpreters import AwayDialog, InterpreterDialog, InterpretersPage
from tests.support.staff import add_staff, reopen_as
from tests.ui.waiting import settle


@pytest.fixture
def open_page(qtbot) -> Iterator[Callable[[Workspace], InterpretersPage]]:
    made: list[InterpretersPage] = []

    def make(ws: Workspace) -> InterpretersPage:
        from app.ui.tasks import TaskRunner

        tasks, events = TaskRunner(), Events()
        page = InterpretersPage(UiContext(ws, tasks, settings(), events))
        page._keep = (tasks, events)  # type: ignore[attr-defined]
        qtbot.addWidget(page)
        page.resize(1000, 500)
        page.show()
        page.refresh()
        wait(page)
        made.append(page)
        return page

    yield make
    for page in made:
        page.ctx.tasks.wait()


def wait(page: InterpretersPage) -> None:
    settle(page.ctx.tasks)
    QApplication.processEvents()


def shown_dialog(page: InterpretersPage, kind: type) -> object:
    return next(w for w in page.findChildren(kind) if w.isVisible())


def test_a_team_lead_adds_edits_marks_away_and_deactivates_an_interpreter(open_page, ws: Workspace) -> None:
    page = open_page(ws)
    assert page.add_button.isEnabled() and not page.notice.isVisible()

    page.add_button.click()
    dialog = shown_dialog(page, InterpreterDialog)
    assert isinstance(dialog, InterpreterDialog)
    dialog.name.setText("Tesfay Synthetic")
    dialog.languages.setText("ti:native, am")
    dialog.sites.setText("Shire, Addis Ababa")
    dialog.contact.setText("+251 000 000")
    dialog.submit()
    wait(page)
    assert not [w for w in page.findChildren(InterpreterDialog) if w.isVisible()]
    [stored] = list_interpreters(ws)
    assert stored.name == "Tesfay Synthetic"
    assert stored.languages == [
        {"code": "ti", "proficiency": "native"},
        {"code": "am", "proficiency": "fluent"},
    ]  # the default level
    assert stored.sites == ["Shire", "Addis Ababa"]
    assert page.model.rowCount() == 1
    assert "Tigrinya (native)" in page.model.index(0, 1).data()

    page.table.selectRow(0)
    page.edit_button.click()
    dialog = shown_dialog(page, InterpreterDialog)
    assert isinstance(dialog, InterpreterDialog)
    assert dialog.languages.text() == "ti:native, am:fluent"
    dialog.languages.setText("ti:native, am:working, ar:basic")
    dialog.submit()
    wait(page)
    assert show_interpreter(ws, stored.id).languages[-1] == {"code": "ar", "proficiency": "basic"}

    page.table.selectRow(0)
    page.away_button.click()
    away = shown_dialog(page, AwayDialog)
    assert isinstance(away, AwayDialog)
    away.first.setDate(QDate(2030, 1, 14))
    away.last.setDate(QDate(2030, 1, 18))
    away.reason.setText("leave")
    away.submit()
    wait(page)
    assert show_interpreter(ws, stored.id).away == [{"from": "2030-01-14", "to": "2030-01-18", "reason": "leave"}]
    assert "2030-01-14 – 2030-01-18 (leave)" in page.model.index(0, 5).data()

    page.table.selectRow(0)
    assert page.active_button.text() == "&Deactivate"
    page.active_button.click()
    wait(page)
    assert not show_interpreter(ws, stored.id).active
    assert page.model.index(0, 4).data() == "no"  # still listed: past appointments name them
    page.table.selectRow(0)
    assert page.active_button.text() == "Re&activate"


def test_a_refused_change_stays_in_the_dialog_with_the_reason(open_page, ws: Workspace) -> None:
    add_interpreter(ws, "Tesfay Synthetic", "ti:native")
    page = open_page(ws)
    page.add_button.click()
    dialog = shown_dialog(page, InterpreterDialog)
    assert isinstance(dialog, InterpreterDialog)
    dialog.name.setText("tesfay synthetic")
    dialog.languages.setText("ti")
    dialog.submit()
    wait(page)
    assert dialog.isVisible()
    assert "already named" in dialog.error.text()
    assert len(list_interpreters(ws)) == 1


def test_an_interviewer_sees_the_list_read_only(open_page, ws: Workspace) -> None:
    add_interpreter(ws, "Tesfay Synthetic", "ti:native")
    add_staff(ws, "interviewer", "interviewer")
    ws = reopen_as(ws, "interviewer")
    page = open_page(ws)
    assert page.model.rowCount() == 1
    page.table.selectRow(0)
    for button in (page.add_button, page.edit_button, page.away_button, page.active_button):
        assert not button.isEnabled()
    assert page.notice.isVisible() and "Read-only" in page.notice.text()
    page.edit()  # a double click or Enter on a row opens nothing either
    assert not [w for w in page.findChildren(InterpreterDialog) if w.isVisible()]
    ws.lock()
