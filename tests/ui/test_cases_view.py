"""The case list, driven like an interviewer would: type, filter, sort, move with keys, open."""

from __future__ import annotations

import sys
import threading
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QPoint, QSettings, Qt
from PySide6.QtWidgets import QApplication

from app.services.cases import create_case, set_case_fields
from app.services.manifest import import_manifest
from app.store.workspace import Workspace
from app.ui.cases import view as cases_view
from app.ui.cases.model import COL_CASE, COL_ISSUES, COL_NATIVE, COL_PERSONS, COL_PRINCIPAL, COL_STAGE
from app.ui.cases.view import CasesView
from app.ui.context import Events, UiContext
from app.ui.tasks import TaskRunner
from tests.ui.waiting import settle


def _p(role: str, given: str, family: str, dob: str | None = "1980-01-02", **extra: Any) -> dict[str, Any]:
    return {"role": role, "given_names": given, "family_name": family, "dob": dob, **extra}


def _household(n: int, family: str) -> list[dict[str, Any]]:
    return [_p("child", f"Child{i}", family, "2012-01-01") for i in range(n)]


def _seed(ws: Workspace) -> None:
    import_manifest(ws, {"rides": [{"name": "Kabul spring"}], "cases": []})
    create_case(
        ws,
        {
            "case_number": "LIM-000001",
            "site": "Lima",
            "priority": "P-2",
            "stage": "interviewed",
            "file_location": "Cabinet 1",
        },
        [_p("principal_applicant", "José", "Núñez"), *_household(1, "Núñez")],
    )
    create_case(
        ws,
        {
            "case_number": "KBL-000002",
            "site": "Kabul",
            "priority": "P-1",
            "stage": "medical",
            "expedited": True,
            "ride": "Kabul spring",
            "file_location": "Cabinet 2",
        },
        [
            _p("principal_applicant", "Farid", "Ahmadi", native_given_names="فرید", native_family_name="احمدی"),
            *_household(9, "Ahmadi"),
        ],
    )
    create_case(
        ws,
        {
            "case_number": "KBL-000003",
            "site": "Kabul",
            "priority": "P-3",
            "stage": "pre-screening",
            "ride": "Kabul spring",
            "file_location": "Cabinet 3",
        },
        [_p("principal_applicant", "Karim", "Ahmadi", "1970"), *_household(2, "Ahmadi")],
    )
    create_case(
        ws,
        {"case_number": "KIV-000004", "site": "Kyiv", "priority": "P-2", "stage": "approved", "file_location": "Desk"},
        [_p("principal_applicant", "Olha", "Kovalenko", native_given_names="Ольга", native_family_name="Коваленко")],
    )
    create_case(
        ws,
        {"case_number": "ADD-000005", "site": "Addis Ababa", "priority": "P-1", "stage": "interview-scheduled"},
        [
            _p("principal_applicant", "Ruta", "Natnael", native_given_names="ሩታ", native_family_name="ናትናኤል"),
            *_household(2, "Natnael"),
        ],
    )


class Opened(list[str]):
    """Stands in for the shell's open_case: records the case numbers asked for."""


def _context(ws: Workspace, settings: QSettings, opened: Opened) -> UiContext:
    return UiContext(ws, TaskRunner(), settings, Events(), open_case=opened.append)


@pytest.fixture
def settings(tmp_path: Path) -> QSettings:
    return QSettings(str(tmp_path / "ui.ini"), QSettings.Format.IniFormat)


@pytest.fixture
def opened() -> Opened:
    return Opened()


@pytest.fixture
def view(qtbot, ws: Workspace, settings: QSettings, opened: Opened) -> Iterator[CasesView]:
    _seed(ws)
    v = CasesView(_context(ws, settings, opened))
    qtbot.addWidget(v)
    v.resize(1366, 700)
    v.show()
    qtbot.waitExposed(v)
    v.reload()
    settle(v.ctx.tasks)
    yield v


def shown(v: CasesView) -> list[str]:
    """Case numbers in the order the table shows them."""
    shown_model = v.table.model()
    return [v.model.row_at(shown_model.index(r, 0).row()).case_number for r in range(shown_model.rowCount())]


def cell(v: CasesView, row: int, column: int) -> str:
    return str(v.table.model().index(row, column).data())


def test_the_table_paints_each_cell_with_one_call_for_all_its_roles(view: CasesView) -> None:
    """multiData answers the same values as data(), role by role (what the delegate paints)."""
    from PySide6.QtCore import QModelRoleData, QModelRoleDataSpan

    assert view.table.model() is view.model  # attached directly: no proxy asking role by role
    roles = [
        Qt.ItemDataRole.DisplayRole,
        Qt.ItemDataRole.ToolTipRole,
        Qt.ItemDataRole.TextAlignmentRole,
        Qt.ItemDataRole.FontRole,
        Qt.ItemDataRole.UserRole,
        Qt.ItemDataRole.DecorationRole,
        Qt.ItemDataRole.BackgroundRole,
    ]
    assert view.model.rowCount() >= 5
    for row in range(5):
        for column in range(view.model.columnCount()):
            index = view.model.index(row, column)
            for role in roles:  # (PySide builds a span of one item; Qt's delegate passes all roles at once)
                item = QModelRoleData(role)
                view.model.multiData(index, QModelRoleDataSpan(item))
                assert item.data() == view.model.data(index, role), (row, column, role)


def type_search(qtbot, v: CasesView, text: str) -> None:
    v.search.clear()
    v.search.setFocus()
    if text.isascii():
        qtbot.keyClicks(v.search, text)
    else:  # QTest synthesises ASCII only; other scripts arrive as an input-method commit
        v.search.insert(text)


def test_lists_every_case_with_count(view: CasesView) -> None:
    assert shown(view) == ["ADD-000005", "KBL-000002", "KBL-000003", "KIV-000004", "LIM-000001"]
    assert view.count.text() == "5 of 5 cases"
    row = shown(view).index("KBL-000002")
    assert cell(view, row, COL_CASE) == "KBL-000002 ⚑"  # expedited marker
    assert cell(view, row, COL_STAGE) == "Medical"  # a human label, not the stored code
    assert cell(view, row, COL_PERSONS) == "10"


@pytest.mark.parametrize(
    ("query", "number"), [("فرید", "KBL-000002"), ("Ольга", "KIV-000004"), ("ናትናኤል", "ADD-000005")]
)
def test_search_finds_a_person_by_native_script_name(qtbot, view: CasesView, query: str, number: str) -> None:
    type_search(qtbot, view, query)
    qtbot.waitUntil(lambda: shown(view) == [number], timeout=2000)
    assert view.count.text() == "1 of 5 cases"


def test_search_finds_partial_accentless_latin_name(qtbot, view: CasesView) -> None:
    type_search(qtbot, view, "nune")
    qtbot.waitUntil(lambda: shown(view) == ["LIM-000001"], timeout=2000)
    type_search(qtbot, view, "")
    qtbot.waitUntil(lambda: len(shown(view)) == 5, timeout=2000)


def test_search_by_case_number_prefix(qtbot, view: CasesView) -> None:
    type_search(qtbot, view, "kbl-0")
    qtbot.waitUntil(lambda: shown(view) == ["KBL-000002", "KBL-000003"], timeout=2000)


def test_case_number_search_follows_a_new_case_and_a_changed_unhcr_id(qtbot, view: CasesView) -> None:
    # Numbers and UNHCR ids are matched against the listed rows, sorted once: the sorted copy must
    # follow the rows when a case comes or changes.
    type_search(qtbot, view, "kbl-0")
    qtbot.waitUntil(lambda: shown(view) == ["KBL-000002", "KBL-000003"], timeout=2000)
    create_case(
        view.ctx.ws, {"case_number": "KBL-000010", "site": "Kabul"}, [_p("principal_applicant", "Nadia", "Rahimi")]
    )
    view.ctx.events.case_changed.emit("KBL-000010")
    set_case_fields(view.ctx.ws, "LIM-000001", {"unhcr_id": "KBL-77A00001"})
    view.ctx.events.case_changed.emit("LIM-000001")
    settle(view.ctx.tasks)  # the two rows are read again on the worker
    type_search(qtbot, view, "kbl-")
    qtbot.waitUntil(lambda: shown(view) == ["KBL-000002", "KBL-000003", "KBL-000010", "LIM-000001"], timeout=2000)


def test_filters_combine_with_search_and_clear(qtbot, view: CasesView) -> None:
    bar = view.filters
    type_search(qtbot, view, "ahmadi")
    qtbot.waitUntil(lambda: shown(view) == ["KBL-000002", "KBL-000003"], timeout=2000)

    bar.select(bar.stage, "medical")
    assert shown(view) == ["KBL-000002"]
    bar.stage.setCurrentIndex(0)
    bar.select(bar.priority, "P-3")
    assert shown(view) == ["KBL-000003"]
    assert view.count.text() == "1 of 5 cases"
    bar.priority.setCurrentIndex(0)
    qtbot.mouseClick(bar.expedited, Qt.MouseButton.LeftButton)
    assert shown(view) == ["KBL-000002"]
    bar.select(bar.priority, "P-3")
    assert shown(view) == []
    assert view.empty.isVisible() and "No case matches" in view.empty.text()

    assert bar.clear_button.isEnabled()
    qtbot.mouseClick(bar.clear_button, Qt.MouseButton.LeftButton)
    assert shown(view) == ["KBL-000002", "KBL-000003"]  # the search stays
    assert not bar.clear_button.isEnabled()
    assert not view.empty.isVisible()


def test_filters_by_site_ride_and_open_issues_without_search(view: CasesView) -> None:
    bar = view.filters
    assert [bar.site.itemText(i) for i in range(bar.site.count())] == ["All", "Addis Ababa", "Kabul", "Kyiv", "Lima"]
    bar.select(bar.site, "Kabul")
    assert shown(view) == ["KBL-000002", "KBL-000003"]
    bar.clear()
    bar.ride.setCurrentIndex(bar.ride.findText("No ride"))
    assert shown(view) == ["ADD-000005", "KIV-000004", "LIM-000001"]
    bar.clear()
    bar.open_issues.setChecked(True)  # KBL-000003: year-only DOB unverified; ADD-000005: no file location
    assert shown(view) == ["ADD-000005", "KBL-000003"]
    assert cell(view, 0, COL_ISSUES) == "1"


def test_reading_the_filters_does_not_leak_references_to_none(view: CasesView) -> None:
    # PySide6 6.12.0 on Python 3.11: a QVariant-returning call that yields None (combo.currentData()
    # on an "All" entry) dropped a reference to None each time, until the process aborted. The bar
    # keeps its values in Python; thousands of reads must leave None's count alone on any version.
    before = sys.getrefcount(None)
    for _ in range(3000):
        view.filters.case_filter()
    assert sys.getrefcount(None) >= before - 100


def test_sorting_by_persons_is_numeric_and_by_stage_in_process_order(qtbot, view: CasesView) -> None:
    header = view.table.horizontalHeader()
    x = header.sectionViewportPosition(COL_PERSONS) + header.sectionSize(COL_PERSONS) // 2
    qtbot.mouseClick(header.viewport(), Qt.MouseButton.LeftButton, pos=QPoint(x, 5))
    assert [cell(view, r, COL_PERSONS) for r in range(5)] == ["1", "2", "3", "3", "10"]
    view.table.sortByColumn(COL_PERSONS, Qt.SortOrder.DescendingOrder)
    assert [cell(view, r, COL_PERSONS) for r in range(5)] == ["10", "3", "3", "2", "1"]
    view.table.sortByColumn(COL_STAGE, Qt.SortOrder.AscendingOrder)
    assert [cell(view, r, COL_STAGE) for r in range(5)] == [
        "Pre-screening",
        "Interview scheduled",
        "Interviewed",
        "Approved",
        "Medical",
    ]
    view.table.sortByColumn(COL_PRINCIPAL, Qt.SortOrder.AscendingOrder)
    assert cell(view, 0, COL_PRINCIPAL) == "Farid Ahmadi"


def test_enter_in_search_opens_the_single_match(qtbot, view: CasesView, opened: Opened) -> None:
    type_search(qtbot, view, "kovalenko")
    qtbot.keyClick(view.search, Qt.Key.Key_Return)  # before the search timer fired: searches now
    qtbot.waitUntil(lambda: opened == ["KIV-000004"], timeout=2000)  # once the answer is in


def test_keyboard_moves_between_search_and_list_and_opens(qtbot, view: CasesView, opened: Opened) -> None:
    view.activateWindow()
    type_search(qtbot, view, "ahmadi")
    qtbot.keyClick(view.search, Qt.Key.Key_Return)  # two matches: focus moves to the first row
    qtbot.waitUntil(view.table.hasFocus, timeout=2000)
    assert opened == []
    assert view.table.currentIndex().row() == 0
    qtbot.keyClick(view.table, Qt.Key.Key_Down)
    qtbot.keyClick(view.table, Qt.Key.Key_Return)
    assert opened == ["KBL-000003"]
    qtbot.keyClick(view.table, Qt.Key.Key_Escape)
    qtbot.waitUntil(view.search.hasFocus, timeout=1000)

    type_search(qtbot, view, "")
    qtbot.keyClick(view.search, Qt.Key.Key_Down)
    qtbot.waitUntil(view.table.hasFocus, timeout=1000)
    qtbot.keyClick(view.table, Qt.Key.Key_End)
    assert view.table.currentIndex().row() == 4
    qtbot.keyClick(view.table, Qt.Key.Key_Home)
    assert view.table.currentIndex().row() == 0
    qtbot.keyClick(view.table, Qt.Key.Key_PageDown)
    assert view.table.currentIndex().row() == 4
    qtbot.keyClick(view.table, Qt.Key.Key_Enter)
    assert opened[-1] == "LIM-000001"


def test_column_layout_persists_across_views_with_same_settings(
    qtbot, ws: Workspace, view: CasesView, settings: QSettings, opened: Opened
) -> None:
    header = view.table.horizontalHeader()
    header.resizeSection(COL_PRINCIPAL, 333)
    header.moveSection(header.visualIndex(COL_ISSUES), 1)
    header.setSectionHidden(COL_NATIVE, True)
    view.table.sortByColumn(COL_PERSONS, Qt.SortOrder.DescendingOrder)
    qtbot.waitUntil(lambda: settings.contains(cases_view.HEADER_KEY), timeout=2000)
    view.save_header()

    second = CasesView(_context(ws, settings, opened))
    qtbot.addWidget(second)
    second.reload()
    settle(second.ctx.tasks)
    again = second.table.horizontalHeader()
    assert again.sectionSize(COL_PRINCIPAL) == 333
    assert again.visualIndex(COL_ISSUES) == 1
    assert again.isSectionHidden(COL_NATIVE)
    assert (again.sortIndicatorSection(), again.sortIndicatorOrder()) == (COL_PERSONS, Qt.SortOrder.DescendingOrder)
    assert cell(second, 0, COL_PERSONS) == "10"  # the restored sort is applied to the rows
    # Only the layout is stored (how many columns it knew, whether it still follows the window): no
    # search text, filter or name.
    assert sorted(settings.allKeys()) == sorted([cases_view.HEADER_KEY, cases_view.COLUMNS_KEY, cases_view.FITTED_KEY])


def test_case_changed_updates_one_row_in_place(qtbot, view: CasesView) -> None:
    row = shown(view).index("KBL-000003")
    view.table.selectRow(row)
    resets: list[str] = []
    view.model.modelReset.connect(lambda: resets.append("model"))
    view.proxy.modelReset.connect(lambda: resets.append("proxy"))
    changed: list[int] = []
    view.proxy.dataChanged.connect(lambda top, _bottom, _roles=(): changed.append(top.row()))

    set_case_fields(view.ctx.ws, "KBL-000003", {"stage": "adjudicated"})
    view.ctx.events.case_changed.emit("KBL-000003")
    settle(view.ctx.tasks)

    assert cell(view, row, COL_STAGE) == "Adjudicated"
    assert resets == []
    assert changed == [row]
    assert view.table.selectionModel().isRowSelected(row)


def test_case_changed_for_a_new_case_inserts_it_in_sort_order(view: CasesView) -> None:
    create_case(
        view.ctx.ws,
        {"case_number": "KBL-000010", "site": "Kabul", "file_location": "Desk"},
        [_p("principal_applicant", "Nadia", "Rahimi")],
    )
    view.ctx.events.case_changed.emit("KBL-000010")
    settle(view.ctx.tasks)
    assert shown(view) == ["ADD-000005", "KBL-000002", "KBL-000003", "KBL-000010", "KIV-000004", "LIM-000001"]
    assert view.count.text() == "6 of 6 cases"


def test_lock_clears_rows_search_and_filters(qtbot, view: CasesView) -> None:
    type_search(qtbot, view, "ahmadi")
    qtbot.waitUntil(lambda: len(shown(view)) == 2, timeout=2000)
    view.filters.select(view.filters.site, "Kabul")
    view.ctx.events.locked.emit()
    assert view.model.rowCount() == 0 and view.model.rows == []
    assert view.search.text() == ""
    assert view.filters.case_filter().active is False
    assert view.filters.site.count() == 1  # only "All": no site names left behind


def test_loaded_rows_are_left_out_of_collections_until_lock(view: CasesView) -> None:
    """A full collection walked every loaded case on the GUI thread (a stall while typing)."""
    import gc

    assert view.model.rows and gc.get_freeze_count() > 0
    frozen = gc.get_freeze_count()
    gc.collect()  # what the GUI-thread collector does: the frozen objects are not walked again
    assert gc.get_freeze_count() == frozen
    view.ctx.events.locked.emit()
    assert gc.get_freeze_count() == 0


def test_lock_drops_the_sorted_case_numbers_too(qtbot, view: CasesView) -> None:
    type_search(qtbot, view, "kbl-0")
    qtbot.waitUntil(lambda: shown(view) == ["KBL-000002", "KBL-000003"], timeout=2000)
    assert view._id_index[1] is not None  # built by that search
    view.ctx.events.locked.emit()
    assert view._id_index == (-1, None)


def test_capped_search_tells_the_user(qtbot, view: CasesView, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(cases_view, "SEARCH_LIMIT", 2)
    type_search(qtbot, view, "child")  # every household has children
    qtbot.waitUntil(lambda: len(shown(view)) == 2, timeout=2000)
    assert view.capped.isVisible()
    assert "first 2 search matches" in view.capped.text()


def test_cases_reloaded_keeps_search_and_filters(qtbot, view: CasesView) -> None:
    type_search(qtbot, view, "ahmadi")
    qtbot.waitUntil(lambda: len(shown(view)) == 2, timeout=2000)
    view.filters.select(view.filters.stage, "medical")
    set_case_fields(view.ctx.ws, "KBL-000003", {"stage": "medical"})
    view.ctx.events.cases_reloaded.emit()  # the rows are read again on the worker
    qtbot.waitUntil(lambda: not view.search_pending, timeout=2000)
    assert shown(view) == ["KBL-000002", "KBL-000003"]


def test_a_slow_search_answer_that_arrives_late_is_ignored(qtbot, view: CasesView) -> None:
    type_search(qtbot, view, "kovalenko")
    view.apply_search()  # sent to the worker...
    type_search(qtbot, view, "nune")  # ...and superseded before the list was updated
    view.apply_search()
    qtbot.waitUntil(lambda: not view.search_pending, timeout=2000)
    view.ctx.tasks.wait()
    QApplication.processEvents()
    assert shown(view) == ["LIM-000001"]


def test_a_long_list_shows_its_first_rows_at_once_and_the_rest_after(
    qtbot, view: CasesView, monkeypatch: pytest.MonkeyPatch
) -> None:
    # FIRST_ROWS is 300; five cases stand in for a long list here, and reading every case waits
    # until the test has looked at the first rows.
    monkeypatch.setattr(cases_view, "FIRST_ROWS", 2)
    every_case = threading.Event()
    read_rows = cases_view.case_rows

    def case_rows(ws: Workspace, limit: int | None = None) -> list:
        if limit is None:
            every_case.wait(5)
        return read_rows(ws, limit=limit)

    monkeypatch.setattr(cases_view, "case_rows", case_rows)
    view.ctx.tasks.wait()
    type_search(qtbot, view, "ahmadi")  # typed just before the reload: searched once every case is there
    view.reload()
    assert view.count.text() == "Loading every case…"
    qtbot.waitUntil(lambda: shown(view) == ["ADD-000005", "KBL-000002"], timeout=5000)  # the first rows by number
    assert view.count.text() == "Loading every case…"
    assert view.search_pending
    view.apply_search()  # Enter / the search timer while loading: nothing searched on a partial list
    every_case.set()
    qtbot.waitUntil(lambda: not view.search_pending, timeout=5000)
    assert shown(view) == ["KBL-000002", "KBL-000003"]
    assert view.count.text() == "2 of 5 cases"
    assert [view.filters.site.itemText(i) for i in range(view.filters.site.count())][1:] == [
        "Addis Ababa",
        "Kabul",
        "Kyiv",
        "Lima",
    ]


def test_a_list_still_loading_when_the_workspace_locks_stays_empty(
    qtbot, view: CasesView, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(cases_view, "FIRST_ROWS", 2)
    view.reload()
    assert view.search_pending
    view.clear()  # what locking does
    view.ctx.tasks.wait()
    QApplication.processEvents()
    qtbot.wait(50)
    assert shown(view) == [] and not view.search_pending


def test_a_wide_window_gives_its_room_to_names_not_to_the_last_column(qtbot, view: CasesView) -> None:
    header = view.table.horizontalHeader()
    view.resize(1920, 1000)
    qtbot.waitUntil(lambda: header.sectionSize(COL_PRINCIPAL) > cases_view.DEFAULT_WIDTHS[COL_PRINCIPAL], timeout=3000)
    issues, principal = header.sectionSize(COL_ISSUES), header.sectionSize(COL_PRINCIPAL)
    assert issues < 2 * cases_view.DEFAULT_WIDTHS[COL_ISSUES], issues  # it took about 700 px before
    assert principal > 1.5 * cases_view.DEFAULT_WIDTHS[COL_PRINCIPAL]
    # once the user sizes a column, the layout stays theirs
    header.resizeSection(COL_PRINCIPAL, 200)
    view.resize(1600, 1000)
    qtbot.wait(50)
    assert header.sectionSize(COL_PRINCIPAL) == 200


def test_what_the_search_worker_builds_reaches_the_view_on_the_gui_thread(
    qtbot, view: CasesView, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The sorted case numbers a case-number search builds on the worker are kept for the next
    search by its callback on the GUI thread: the worker never assigns a widget's attribute."""
    assigned_on: list[str] = []
    plain_setattr = CasesView.__setattr__

    def noting(self: CasesView, name: str, value: object) -> None:
        if name == "_id_index":
            assigned_on.append(threading.current_thread().name)
        plain_setattr(self, name, value)

    monkeypatch.setattr(CasesView, "__setattr__", noting)
    type_search(qtbot, view, "kbl-0")
    qtbot.waitUntil(lambda: shown(view) == ["KBL-000002", "KBL-000003"], timeout=2000)
    assert view._id_index[1] is not None
    assert assigned_on == [threading.main_thread().name]
