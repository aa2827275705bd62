"""Who a case is assigned to, on the Cases page (issue 22): the "Assigned to" column shows the
display name and sorts by it, the filter bar's "Assigned to" narrows the list to one person, to
nobody or to whoever unlocked, an assignment from the Assign action shows in the list at once, and
a column layout saved before the column existed still restores (its columns as the user left them,
the new one visible where a new user finds it)."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QByteArray, QPoint, QSettings, Qt
from PySide6.QtGui import QStandardItemModel
from PySide6.QtWidgets import QApplication, QDialogButtonBox, QTableView

from app.models import User
from app.services.cases import create_case
from app.services.uow import unit_of_work
from app.services.work import assign_cases
from app.store.workspace import Workspace
from app.ui.cases import view as cases_view
from app.ui.cases.model import (
    COL_ASSIGNEE,
    COL_CASE,
    COL_ISSUES,
    COL_MATCH,
    COL_NATIVE,
    COL_PRINCIPAL,
    COL_STAGE,
    COLUMN_COUNT,
)
from app.ui.cases.view import CasesView
from app.ui.context import Events, UiContext
from app.ui.tasks import TaskRunner
from tests.ui.waiting import settle

CASES = ["ADD-000001", "ADD-000002", "LIM-000003", "LIM-000004", "SHI-000005"]
LEFT = Qt.MouseButton.LeftButton


class Said:
    def __init__(self) -> None:
        self.status: list[str] = []
        self.errors: list[str] = []


def _user(ws: Workspace, username: str, display_name: str, active: bool = True) -> None:
    # The workspace's own bookkeeping (adding users is an administrator's act, not under test here).
    with unit_of_work(ws) as uow:
        uow.create(User(username=username, display_name=display_name, role="interviewer", active=active), case_id=None)


def _seed(ws: Workspace) -> None:
    for number in CASES:
        create_case(
            ws,
            {"case_number": number, "site": number[:3].title(), "priority": "P-2", "stage": "interviewed"},
            [{"role": "principal_applicant", "family_name": "Synthassignee", "given_names": number[-1]}],
        )
    _user(ws, "dana", "Dana Testperson")
    _user(ws, "bea", "Bea Example")
    _user(ws, "zed", "")  # no display name: shown by user name
    assign_cases(ws, ["ADD-000001", "LIM-000004"], "dana")
    assign_cases(ws, ["SHI-000005"], "bea")
    assign_cases(ws, ["LIM-000003"], "lead")  # whoever unlocked (the fixture's team lead)
    _user(ws, "old.hand", "Old Hand")
    assign_cases(ws, ["ADD-000002"], "old.hand")
    with unit_of_work(ws) as uow:  # deactivated after being given a case
        hand = uow.session.get(User, _user_id(ws, "old.hand"))
        assert hand is not None
        uow.update(hand, {"active": False}, case_id=None)


def _user_id(ws: Workspace, username: str) -> str:
    from sqlalchemy import select

    with ws.session() as s:
        found = s.scalar(select(User.id).where(User.username == username))
        assert found is not None
        return found


def _settings(tmp_path: Path) -> QSettings:
    return QSettings(str(tmp_path / "ui.ini"), QSettings.Format.IniFormat)


def _view(qtbot, ws: Workspace, settings: QSettings, said: Said) -> CasesView:
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
def view(qtbot, ws: Workspace, tmp_path: Path, said: Said) -> Iterator[CasesView]:
    _seed(ws)
    v = _view(qtbot, ws, _settings(tmp_path), said)
    yield v
    v.ctx.tasks.wait()


def _shown(view: CasesView) -> list[str]:
    return view.shown_numbers()


def _assigned_column(view: CasesView) -> dict[str, str]:
    model = view.table.model()
    return {
        view.model.row_at(r).case_number: str(model.index(r, COL_ASSIGNEE).data() or "")
        for r in range(model.rowCount())
    }


def test_the_column_shows_display_names_with_the_user_name_in_its_tooltip(view: CasesView) -> None:
    header = view.table.horizontalHeader()
    assert view.model.headerData(COL_ASSIGNEE, Qt.Orientation.Horizontal) == "Assigned to"
    assert not header.isSectionHidden(COL_ASSIGNEE)
    assert header.visualIndex(COL_ASSIGNEE) == header.visualIndex(COL_STAGE) + 1  # read with the stage
    assert _assigned_column(view) == {
        "ADD-000001": "Dana Testperson",
        "ADD-000002": "Old Hand",
        "LIM-000003": "lead",
        "LIM-000004": "Dana Testperson",
        "SHI-000005": "Bea Example",
    }
    row = _shown(view).index("ADD-000001")
    tip = view.model.index(row, COL_ASSIGNEE).data(Qt.ItemDataRole.ToolTipRole)
    assert tip == "Dana Testperson (dana)"
    # What the table paints itself is the same text.
    case = view.model.row_at(row)
    assert view.model.cell_text(case, COL_ASSIGNEE, view.locale()) == "Dana Testperson"


def test_sorting_by_the_column_orders_by_the_name_shown_unassigned_last(qtbot, view: CasesView) -> None:
    assign_cases(view.ctx.ws, ["LIM-000003"], None)
    view.ctx.events.case_changed.emit("LIM-000003")
    settle(view.ctx.tasks)
    header = view.table.horizontalHeader()
    rect = header.sectionViewportPosition(COL_ASSIGNEE) + header.sectionSize(COL_ASSIGNEE) // 2
    qtbot.mouseClick(header.viewport(), LEFT, pos=QPoint(rect, header.height() // 2))
    assert view.proxy.sort_column == COL_ASSIGNEE
    ascending = view.proxy.sort_order == Qt.SortOrder.AscendingOrder
    order = ["SHI-000005", "ADD-000001", "LIM-000004", "ADD-000002", "LIM-000003"]  # Bea, Dana x2, Old Hand, -
    assert _shown(view) == (order if ascending else order[::-1])
    view.table.sortByColumn(COL_ASSIGNEE, Qt.SortOrder.DescendingOrder)
    assert _shown(view) == order[::-1]


def test_the_filter_offers_anyone_unassigned_me_then_users_and_filters(view: CasesView) -> None:
    combo = view.filters.assignee
    offered = [combo.itemText(i) for i in range(combo.count())]
    # Whoever unlocked ("lead") is "Me", not listed again; a deactivated user still holding a case is marked.
    assert offered == ["Anyone", "Unassigned", "Me", "Bea Example", "Dana Testperson", "Old Hand (inactive)", "zed"]

    assert view.filters.select(combo, "dana")
    assert _shown(view) == ["ADD-000001", "LIM-000004"]
    assert view.filters.clear_button.isEnabled()
    assert view.filters.select(combo, view.filters.case_filter().assignee or "")  # still Dana
    combo.setCurrentIndex(offered.index("Me"))
    assert _shown(view) == ["LIM-000003"]
    combo.setCurrentIndex(offered.index("Unassigned"))
    assert _shown(view) == []
    assert view.empty.isVisible()
    combo.setCurrentIndex(offered.index("Old Hand (inactive)"))
    assert _shown(view) == ["ADD-000002"]
    assert view.filters.select(view.filters.site, "Add")  # combined with the other filters
    assert _shown(view) == ["ADD-000002"]
    view.filters.clear()
    assert combo.currentIndex() == 0 and len(_shown(view)) == len(CASES)


def test_an_assignment_from_the_assign_action_shows_in_the_row(qtbot, view: CasesView, said: Said) -> None:
    qtbot.waitUntil(view.assign_button.isVisible, timeout=3000)
    row = _shown(view).index("SHI-000005")
    view.table.selectRow(row)
    view.assign_action.trigger()
    settle(view.ctx.tasks)
    qtbot.waitUntil(lambda: view.assign_dialog is not None and view.assign_dialog.isVisible(), timeout=3000)
    dialog = view.assign_dialog
    assert dialog is not None and dialog.choose("zed")
    qtbot.mouseClick(dialog.buttons.button(QDialogButtonBox.StandardButton.Ok), LEFT)
    settle(view.ctx.tasks)
    assert not said.errors
    assert _assigned_column(view)["SHI-000005"] == "zed"
    assert view.table.selectionModel().isRowSelected(_shown(view).index("SHI-000005"))  # replaced in place

    # A filter's whole result given away: the list reads again and the filter shows the new state.
    assert view.filters.select(view.filters.assignee, "dana")
    view.assign_all_action.trigger()
    settle(view.ctx.tasks)
    qtbot.waitUntil(lambda: view.assign_dialog is not None and view.assign_dialog.isVisible(), timeout=3000)
    dialog = view.assign_dialog
    assert dialog is not None and dialog.choose("bea")
    qtbot.mouseClick(dialog.buttons.button(QDialogButtonBox.StandardButton.Ok), LEFT)
    settle(view.ctx.tasks)
    assert _shown(view) == []  # Dana has nothing left
    assert view.filters.select(view.filters.assignee, "bea")
    assert _shown(view) == ["ADD-000001", "LIM-000004"]
    assert set(_assigned_column(view).values()) == {"Bea Example"}


def _old_layout() -> QByteArray:
    """A header state as the 11-column list saved it (before "Assigned to"): Matched shown after
    the native names, as the list placed it, then the user's own changes."""
    table = QTableView()
    table.setModel(QStandardItemModel(0, COLUMN_COUNT - 1, table))
    header = table.horizontalHeader()
    header.setSectionsMovable(True)
    header.setStretchLastSection(True)
    header.moveSection(header.visualIndex(COL_MATCH), header.visualIndex(COL_NATIVE) + 1)
    header.resizeSection(COL_PRINCIPAL, 321)
    header.moveSection(header.visualIndex(COL_ISSUES), 1)
    header.setSectionHidden(COL_NATIVE, True)
    header.setSortIndicator(COL_STAGE, Qt.SortOrder.DescendingOrder)
    state = header.saveState()
    order = [header.logicalIndex(v) for v in range(header.count())]
    table.deleteLater()
    assert order[:2] == [COL_CASE, COL_ISSUES]
    return state


def test_a_layout_saved_before_the_column_existed_restores_sensibly(
    qtbot, ws: Workspace, tmp_path: Path, said: Said
) -> None:
    _seed(ws)
    settings = _settings(tmp_path)
    settings.setValue(cases_view.HEADER_KEY, _old_layout())
    settings.setValue(cases_view.FITTED_KEY, False)  # the user had sized columns
    view = _view(qtbot, ws, settings, said)
    header = view.table.horizontalHeader()
    # The user's layout as they left it...
    assert header.sectionSize(COL_PRINCIPAL) == 321
    assert header.visualIndex(COL_ISSUES) == 1
    assert header.isSectionHidden(COL_NATIVE)
    assert header.visualIndex(COL_MATCH) == header.visualIndex(COL_NATIVE) + 1
    assert (header.sortIndicatorSection(), header.sortIndicatorOrder()) == (COL_STAGE, Qt.SortOrder.DescendingOrder)
    # ...every old column still shown where it was, and the new one visible after the stage, at its width.
    hidden = [c for c in range(COLUMN_COUNT) if header.isSectionHidden(c)]
    assert hidden == [COL_NATIVE]
    assert header.visualIndex(COL_ASSIGNEE) == header.visualIndex(COL_STAGE) + 1
    assert header.sectionSize(COL_ASSIGNEE) == cases_view.DEFAULT_WIDTHS[COL_ASSIGNEE]
    assert sorted(header.logicalIndex(v) for v in range(header.count())) == list(range(COLUMN_COUNT))
    assert _assigned_column(view)["SHI-000005"] == "Bea Example"

    # Saved again, the layout knows the column: moved by the user, it stays where they put it.
    header.moveSection(header.visualIndex(COL_ASSIGNEE), header.count() - 1)
    view.save_header()
    assert int(settings.value(cases_view.COLUMNS_KEY)) == COLUMN_COUNT  # type: ignore[call-overload]
    again = _view(qtbot, ws, settings, said)
    again_header = again.table.horizontalHeader()
    assert again_header.visualIndex(COL_ASSIGNEE) == again_header.count() - 1
    assert again_header.sectionSize(COL_PRINCIPAL) == 321
    view.ctx.tasks.wait()
    again.ctx.tasks.wait()
