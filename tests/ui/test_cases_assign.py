"""Assigning work from the Cases page (issue 22), as a team lead does it: select a few cases and give
them to an interviewer, give every case a filter shows to another, take work off with "Nobody", and
see the status line say how many changed while the lists read again; an interviewer never sees the
action; a refusal from the service is shown in its own words."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, QSettings, Qt
from PySide6.QtWidgets import QApplication, QDialogButtonBox

from app.models import User
from app.services.case_view import show_case
from app.services.cases import create_case
from app.services.uow import unit_of_work
from app.services.work import assign_cases
from app.store.workspace import Workspace
from app.ui.cases.model import COL_PRINCIPAL
from app.ui.cases.view import CasesView
from app.ui.context import Events, UiContext
from app.ui.tasks import TaskRunner
from app.ui.work.assign import AssignDialog
from tests.support.staff import add_staff, reopen_as
from tests.ui.waiting import settle

# case number -> site
CASES = {
    "LIM-000001": "Lima",
    "LIM-000002": "Lima",
    "LIM-000003": "Lima",
    "SHI-000004": "Shire",
    "SHI-000005": "Shire",
}
CTRL = Qt.KeyboardModifier.ControlModifier
LEFT = Qt.MouseButton.LeftButton


class Said:
    """Stands in for the shell's status bar and error dialog."""

    def __init__(self) -> None:
        self.status: list[str] = []
        self.errors: list[str] = []


def _seed(ws: Workspace) -> None:
    for number, site in CASES.items():
        create_case(
            ws,
            {"case_number": number, "site": site, "priority": "P-2"},
            [{"role": "principal_applicant", "family_name": "Synthassign", "given_names": "Ana"}],
        )
    add_staff(ws, "inez", "interviewer")
    add_staff(ws, "ivan", "interviewer")
    with unit_of_work(ws) as uow:  # a deactivated user (the bookkeeping's, not a role's act)
        uow.create(User(username="old.hand", display_name="", role="interviewer", active=False), case_id=None)


def _view(qtbot, ws: Workspace, tmp_path: Path, said: Said) -> CasesView:
    settings = QSettings(str(tmp_path / "ui.ini"), QSettings.Format.IniFormat)
    ctx = UiContext(ws, TaskRunner(), settings, Events(), show_status=said.status.append, show_error=said.errors.append)
    view = CasesView(ctx)
    qtbot.addWidget(view)
    view.resize(1366, 700)
    view.show()
    qtbot.waitExposed(view)
    view.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is view, timeout=2000)
    view.reload()
    settle(ctx.tasks)
    return view


@pytest.fixture
def said() -> Said:
    return Said()


@pytest.fixture
def lead_view(qtbot, ws: Workspace, tmp_path: Path, said: Said) -> Iterator[CasesView]:
    _seed(ws)
    view = _view(qtbot, ws, tmp_path, said)
    yield view
    view.ctx.tasks.wait()


def _assignees(ws: Workspace) -> dict[str, str | None]:
    return {number: show_case(ws, number)["assignee"] for number in CASES}


def _shown(view: CasesView) -> list[str]:
    return view.shown_numbers()


def _click(qtbot, view: CasesView, number: str, modifier: Qt.KeyboardModifier = Qt.KeyboardModifier.NoModifier) -> None:
    row = _shown(view).index(number)
    rect = view.table.visualRect(view.model.index(row, COL_PRINCIPAL))
    qtbot.mouseClick(view.table.viewport(), LEFT, modifier, QPoint(rect.center()))


def _dialog(qtbot, view: CasesView) -> AssignDialog:
    settle(view.ctx.tasks)  # the users are read on the worker before the dialog opens
    qtbot.waitUntil(lambda: view.assign_dialog is not None and view.assign_dialog.isVisible(), timeout=3000)
    assert view.assign_dialog is not None
    return view.assign_dialog


def _accept(qtbot, view: CasesView, dialog: AssignDialog) -> None:
    qtbot.mouseClick(dialog.buttons.button(QDialogButtonBox.StandardButton.Ok), LEFT)
    settle(view.ctx.tasks)


def test_a_team_lead_assigns_the_selected_cases(qtbot, lead_view: CasesView, said: Said) -> None:
    view, ws = lead_view, lead_view.ctx.ws
    assert view.assign_button.isVisible()
    assert not view.assign_action.isEnabled()  # nothing selected yet
    _click(qtbot, view, "LIM-000002")
    _click(qtbot, view, "SHI-000004", CTRL)
    assert view.selected_numbers() == ["LIM-000002", "SHI-000004"]
    assert view.assign_action.isEnabled()
    view.table.setFocus()
    qtbot.keyClick(view.table, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    dialog = _dialog(qtbot, view)
    offered = [dialog.user.itemText(i) for i in range(dialog.user.count())]
    assert offered[0].startswith("Nobody") and offered[1:] == ["inez", "ivan", "lead"]  # active users only
    assert dialog.choose("inez") and not dialog.choose("old.hand")
    with qtbot.waitSignal(view.ctx.events.cases_reloaded, timeout=3000):
        _accept(qtbot, view, dialog)
    settle(view.ctx.tasks)
    assert _assignees(ws) == {
        "LIM-000001": None,
        "LIM-000002": "inez",
        "LIM-000003": None,
        "SHI-000004": "inez",
        "SHI-000005": None,
    }
    assert said.status[-1] == "Assigned 2 case(s) to inez." or said.status[-1] == "Assigned 2 cases to inez."
    assert not said.errors
    assert view.assign_dialog is None
    assert len(_shown(view)) == len(CASES)  # the list read again


def test_a_filter_s_whole_result_goes_to_one_team_member(qtbot, lead_view: CasesView, said: Said) -> None:
    view, ws = lead_view, lead_view.ctx.ws
    assign_cases(ws, ["LIM-000001"], "ivan")  # already his: counted as unchanged
    assert not view.assign_all_action.isEnabled()  # every case at once: choose a filter first
    assert view.filters.select(view.filters.site, "Lima")
    assert _shown(view) == ["LIM-000001", "LIM-000002", "LIM-000003"]
    assert view.assign_all_action.isEnabled() and "3" in view.assign_all_action.text()
    menu = view.assign_button.menu()
    assert menu is not None and view.assign_all_action in menu.actions()
    view.assign_all_action.trigger()
    dialog = _dialog(qtbot, view)
    assert dialog.choose("ivan")
    _accept(qtbot, view, dialog)
    assert _assignees(ws) == {
        "LIM-000001": "ivan",
        "LIM-000002": "ivan",
        "LIM-000003": "ivan",
        "SHI-000004": None,
        "SHI-000005": None,
    }
    assert "2" in said.status[-1] and "1" in said.status[-1] and "unchanged" in said.status[-1]
    # "Nobody" takes the whole result off again
    view.assign_all_action.trigger()
    dialog = _dialog(qtbot, view)
    assert dialog.choose(None)
    _accept(qtbot, view, dialog)
    assert set(_assignees(ws).values()) == {None}
    assert "Took 3" in said.status[-1]


def test_a_search_narrowing_the_list_assigns_only_the_cases_shown(qtbot, lead_view: CasesView, said: Said) -> None:
    view, ws = lead_view, lead_view.ctx.ws
    qtbot.keyClicks(view.search, "SHI-000004")
    qtbot.waitUntil(lambda: not view.search_pending and _shown(view) == ["SHI-000004"], timeout=5000)
    assert view.assign_all_action.isEnabled()
    view.assign_all_action.trigger()
    dialog = _dialog(qtbot, view)
    assert dialog.choose("inez")
    _accept(qtbot, view, dialog)
    assert [n for n, who in _assignees(ws).items() if who] == ["SHI-000004"]


def test_a_refused_assignment_is_shown_in_the_service_s_words(lead_view: CasesView, said: Said) -> None:
    view, ws = lead_view, lead_view.ctx.ws
    view.assign(["LIM-000001"], "old.hand")  # only a stale dialog could offer a deactivated user
    settle(view.ctx.tasks)
    assert said.errors == ["old.hand is deactivated: give the work to an active user."]
    assert _assignees(ws)["LIM-000001"] is None
    assert view.assign_action.isVisible()  # ready for another try


def test_an_interviewer_has_no_assign_action(qtbot, ws: Workspace, tmp_path: Path, said: Said) -> None:
    _seed(ws)
    inez = reopen_as(ws, "inez")
    try:
        view = _view(qtbot, inez, tmp_path, said)
        assert len(_shown(view)) == len(CASES)
        assert not view.assign_button.isVisible()
        assert not view.assign_action.isVisible() and not view.assign_action.isEnabled()
        assert not view.assign_all_action.isVisible() and not view.assign_all_action.isEnabled()
        _click(qtbot, view, "LIM-000001")
        view.table.setFocus()
        qtbot.keyClick(
            view.table, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier
        )
        view.assign_selected()  # even asked directly, nothing is offered
        settle(view.ctx.tasks)
        assert view.assign_dialog is None and not said.errors
        view.ctx.tasks.wait()
    finally:
        inez.lock()
    lead = reopen_as(inez, "lead", "correct horse battery staple")
    try:
        assert set(_assignees(lead).values()) == {None}
    finally:
        lead.lock()
