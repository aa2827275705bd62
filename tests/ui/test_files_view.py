"""The Files page (issue 22) driven as a field team does before and after a ride: read where every
paper file is with the overdue ones on top, scan labels to find files, check a batch out and back
in, be told every reason a batch was refused with nothing changed, open a case from its row; an
administrator, who may not move files, sees the list without the actions."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from typing import Any

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QApplication, QDialogButtonBox

from app.services.files import checkout, file_rows, find_scanned
from app.services.manifest import import_manifest
from app.store.workspace import Workspace
from app.ui.context import Events, UiContext, settings
from app.ui.files.view import FilesView, scanned_number
from app.ui.tasks import TaskRunner
from tests.support.staff import add_staff, reopen_as
from tests.ui.waiting import settle

TODAY = dt.date.today()
EARLIER = TODAY - dt.timedelta(days=30)  # the day the overdue files went out
TAKEN = dt.datetime.combine(EARLIER, dt.time(12, 0), tzinfo=dt.UTC)
CABINET = "Lima office, cabinet 2"
CTRL = Qt.KeyboardModifier.ControlModifier
LEFT = Qt.MouseButton.LeftButton


def _manifest() -> dict[str, Any]:
    return {
        "sites": [
            {"name": "Lima", "country": "PE", "prefix": "LIM"},
            {"name": "Quito", "country": "EC", "prefix": "UIO"},
        ],
        "rides": [{"name": "North", "sites": ["Lima"]}],
        "interpreters": [],
        "cases": [
            {
                "case_number": number,
                "site": "Lima" if number.startswith("LIM") else "Quito",
                "file_location": CABINET,
                "persons": [{"role": "principal_applicant", "family_name": f"Synthetic{i}", "given_names": "Ana"}],
            }
            for i, number in enumerate(["LIM-000001", "LIM-000002", "LIM-000003", "LIM-000004", "UIO-000005"], 1)
        ],
    }


def _seed(ws: Workspace) -> None:
    import_manifest(ws, _manifest())
    day = dt.timedelta(days=1)
    checkout(ws, ["LIM-000004"], "Officer B", due=(TODAY - 3 * day).isoformat(), today=EARLIER, now=TAKEN)
    checkout(ws, ["LIM-000002"], "Officer B", due=(TODAY - 9 * day).isoformat(), today=EARLIER, now=TAKEN)
    checkout(ws, ["LIM-000003"], "Interviewer A", due=(TODAY + 5 * day).isoformat())


def _view(qtbot, ws: Workspace) -> FilesView:
    tasks = TaskRunner()
    view = FilesView(UiContext(ws, tasks, settings(), Events()), today=TODAY)
    qtbot.addWidget(view)
    view.resize(1176, 768)
    view.show()
    qtbot.waitExposed(view)
    view.activateWindow()  # the page's shortcuts answer in the active window
    qtbot.waitUntil(lambda: QApplication.activeWindow() is view, timeout=2000)
    settle(tasks)
    return view


@pytest.fixture
def view(qtbot, ws: Workspace) -> Iterator[FilesView]:
    _seed(ws)
    widget = _view(qtbot, ws)
    yield widget
    widget.ctx.tasks.wait()


def _cells(view: FilesView, column: int) -> list[str]:
    return [str(view.model.index(row, column).data() or "") for row in range(view.model.rowCount())]


def _click_row(
    qtbot, view: FilesView, number: str, modifier: Qt.KeyboardModifier = Qt.KeyboardModifier.NoModifier
) -> None:
    row = _cells(view, view.COL_CASE).index(number)
    rect = view.table.visualRect(view.model.index(row, view.COL_PRINCIPAL))
    qtbot.mouseClick(view.table.viewport(), LEFT, modifier, QPoint(rect.center()))


def _scan(qtbot, view: FilesView, typed: str) -> None:
    """What a USB scanner does: types the label's text into the focused field, then Enter."""
    view.focus_scan()
    qtbot.keyClicks(view.scan, typed)
    qtbot.keyClick(view.scan, Qt.Key.Key_Return)


def _holders(ws: Workspace) -> dict[str, str | None]:
    return {r.custody.case_number: r.custody.holder for r in file_rows(ws)}


def test_every_file_is_listed_with_the_overdue_ones_first(qtbot, view: FilesView) -> None:
    assert _cells(view, view.COL_CASE) == ["LIM-000002", "LIM-000004", "LIM-000003", "LIM-000001", "UIO-000005"]
    assert _cells(view, view.COL_OVERDUE) == ["9", "3", "", "", ""]
    assert _cells(view, view.COL_HOLDER)[:3] == ["Officer B", "Officer B", "Interviewer A"]
    assert _cells(view, view.COL_WHERE) == [
        "Checked out, overdue",
        "Checked out, overdue",
        "Checked out",
        CABINET,
        CABINET,
    ]
    assert _cells(view, view.COL_PRINCIPAL)[0] == "Ana Synthetic2"
    assert _cells(view, view.COL_DUE)[0] == (TODAY - dt.timedelta(days=9)).isoformat()
    assert _cells(view, view.COL_SINCE)[:2] == [EARLIER.isoformat()] * 2
    assert "3 checked out" in view.count.text() and "2 overdue" in view.count.text()
    # The filters narrow what was read.
    view.shown.setCurrentIndex(view.shown.findData("overdue"))
    assert _cells(view, view.COL_CASE) == ["LIM-000002", "LIM-000004"]
    view.shown.setCurrentIndex(view.shown.findData("out"))
    assert _cells(view, view.COL_CASE) == ["LIM-000002", "LIM-000004", "LIM-000003"]
    view.shown.setCurrentIndex(view.shown.findData("all"))
    view.site.setCurrentIndex(view.site.findData("Quito"))
    assert _cells(view, view.COL_CASE) == ["UIO-000005"]
    view.site.setCurrentIndex(0)
    qtbot.keyClicks(view.search, "interviewer")
    assert _cells(view, view.COL_CASE) == ["LIM-000003"]


def test_the_scan_field_has_the_focus_and_finds_a_scanned_label(qtbot, view: FilesView) -> None:
    assert QApplication.focusWidget() is view.scan
    assert scanned_number("  lim-000123\r\n") == "LIM-000123"  # what a scanner's keystrokes leave
    _scan(qtbot, view, "  lim-000003 ")
    assert view.selected_numbers() == ["LIM-000003"]
    assert view.notice.isVisible() and "Found LIM-000003" in view.notice.text()
    assert "Interviewer A" in view.notice.text()
    assert view.scan.text() == ""  # ready for the next label
    # A file hidden by the filters is shown again rather than said to be missing.
    view.shown.setCurrentIndex(view.shown.findData("overdue"))
    _scan(qtbot, view, "LIM-000001")
    assert view.shown.currentData() == "all"
    assert view.selected_numbers() == ["LIM-000001"]
    # With "Add scans to the selection", a pile of labels becomes one selection.
    view.add_scans.setChecked(True)
    _scan(qtbot, view, "uio-000005")
    assert view.selected_numbers() == ["LIM-000001", "UIO-000005"]


def test_a_scanned_number_no_case_has_is_said_plainly(qtbot, view: FilesView) -> None:
    _scan(qtbot, view, "lim-999999")
    assert view.error.isVisible()
    assert view.error.text() == "No case LIM-999999 in this workspace: check the label, or scan it again."
    assert view.selected_numbers() == []


def test_two_selected_files_are_checked_out_as_one_batch(qtbot, view: FilesView) -> None:
    ws = view.ctx.ws
    _click_row(qtbot, view, "LIM-000001")
    _click_row(qtbot, view, "UIO-000005", CTRL)
    assert view.selected_numbers() == ["LIM-000001", "UIO-000005"]
    qtbot.mouseClick(view.checkout_button, LEFT)
    dialog = view.checkout_dialog
    assert dialog is not None and dialog.isVisible()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is dialog.holder, timeout=2000)
    qtbot.keyClicks(dialog.holder, "Interviewer C")
    qtbot.keyClicks(dialog.reason, "Interviews on the ride")
    due = dialog.due.date().toString("yyyy-MM-dd")
    with qtbot.waitSignal(view.ctx.events.cases_reloaded, timeout=5000):  # the other pages read again
        qtbot.mouseClick(dialog.buttons.button(QDialogButtonBox.StandardButton.Ok), LEFT)
    settle(view.ctx.tasks)
    for number in ("LIM-000001", "UIO-000005"):
        custody = find_scanned(ws, number)
        assert (custody.holder, custody.due, custody.home) == ("Interviewer C", due, CABINET)
    assert view.notice.isVisible() and view.notice.text().startswith("2 file")
    assert not view.error.isVisible()
    # The list is read again: the files are out, still selected.
    assert _cells(view, view.COL_HOLDER)[_cells(view, view.COL_CASE).index("LIM-000001")] == "Interviewer C"
    assert view.selected_numbers() == ["LIM-000001", "UIO-000005"]


def test_a_refused_batch_shows_every_reason_and_changes_nothing(qtbot, view: FilesView) -> None:
    ws = view.ctx.ws
    before = file_rows(ws)
    _click_row(qtbot, view, "LIM-000002")  # out to Officer B
    _click_row(qtbot, view, "LIM-000001", CTRL)
    _click_row(qtbot, view, "LIM-000003", CTRL)  # out to Interviewer A
    view.table.setFocus()
    qtbot.keyClick(view.table, Qt.Key.Key_O, CTRL | Qt.KeyboardModifier.ShiftModifier)
    dialog = view.checkout_dialog
    assert dialog is not None
    qtbot.mouseClick(dialog.buttons.button(QDialogButtonBox.StandardButton.Ok), LEFT)
    assert dialog.problem.text() == "Say who takes the files."  # nobody named: the dialog stays
    qtbot.keyClicks(dialog.holder, "Interviewer C")
    qtbot.keyClick(dialog.holder, Qt.Key.Key_Return)
    settle(view.ctx.tasks)
    assert view.error.isVisible()
    lines = view.error.text().splitlines()
    assert lines[0] == "Nothing was changed:"
    assert len(lines) == 3
    assert lines[1].startswith("• The file of LIM-000002 is checked out to Officer B since")
    assert lines[2].startswith("• The file of LIM-000003 is checked out to Interviewer A since")
    assert "Traceback" not in view.error.text()
    assert file_rows(ws) == before
    assert _holders(ws)["LIM-000001"] is None


def test_checked_out_files_are_checked_in_to_another_place(qtbot, view: FilesView) -> None:
    ws = view.ctx.ws
    _click_row(qtbot, view, "LIM-000002")
    _click_row(qtbot, view, "LIM-000004", CTRL)
    qtbot.mouseClick(view.checkin_button, LEFT)
    dialog = view.checkin_dialog
    assert dialog is not None and dialog.home.isChecked()
    qtbot.keyClicks(dialog.place, "Lima office, cabinet 9")
    assert dialog.elsewhere.isChecked()
    qtbot.mouseClick(dialog.buttons.button(QDialogButtonBox.StandardButton.Ok), LEFT)
    settle(view.ctx.tasks)
    for number in ("LIM-000002", "LIM-000004"):
        custody = find_scanned(ws, number)
        assert (custody.holder, custody.location, custody.due) == (None, "Lima office, cabinet 9", None)
    assert _cells(view, view.COL_OVERDUE).count("") == 5
    # Back to its home: the place it was checked out from.
    _click_row(qtbot, view, "LIM-000003")
    qtbot.mouseClick(view.checkin_button, LEFT)
    assert view.checkin_dialog is not None
    qtbot.mouseClick(view.checkin_dialog.buttons.button(QDialogButtonBox.StandardButton.Ok), LEFT)
    settle(view.ctx.tasks)
    assert find_scanned(ws, "LIM-000003").location == CABINET


def test_an_administrator_sees_the_files_but_no_way_to_move_them(qtbot, ws: Workspace) -> None:
    _seed(ws)
    add_staff(ws, "it.admin", "admin")
    other = reopen_as(ws, "it.admin")
    view = _view(qtbot, other)
    try:
        assert _cells(view, view.COL_CASE)[0] == "LIM-000002"
        assert view.checkout_button.isHidden() and view.checkin_button.isHidden()
        _click_row(qtbot, view, "LIM-000001")
        view.table.setFocus()
        qtbot.keyClick(view.table, Qt.Key.Key_O, CTRL | Qt.KeyboardModifier.ShiftModifier)
        assert view.checkout_dialog is None
        settle(view.ctx.tasks)
        assert _holders(other)["LIM-000001"] is None
    finally:
        view.ctx.tasks.wait()
        other.lock()


def test_enter_or_a_double_click_on_a_row_asks_for_its_case(qtbot, view: FilesView) -> None:
    _scan(qtbot, view, "LIM-000004")
    qtbot.keyClick(view.scan, Qt.Key.Key_Down)  # from the scan field to the list, on the row found
    assert QApplication.focusWidget() is view.table
    with qtbot.waitSignal(view.case_requested, timeout=2000) as asked:
        qtbot.keyClick(view.table, Qt.Key.Key_Return)
    assert asked.args == ["LIM-000004"]
    row = _cells(view, view.COL_CASE).index("UIO-000005")
    rect = view.table.visualRect(view.model.index(row, view.COL_CASE))
    qtbot.mouseClick(view.table.viewport(), LEFT, pos=QPoint(rect.center()))  # a double click follows a press
    with qtbot.waitSignal(view.case_requested, timeout=2000) as asked:
        qtbot.mouseDClick(view.table.viewport(), LEFT, pos=QPoint(rect.center()))
    assert asked.args == ["UIO-000005"]


def test_a_change_elsewhere_is_shown_and_the_lock_clears_the_list(qtbot, view: FilesView) -> None:
    checkout(view.ctx.ws, ["LIM-000001"], "Officer D")
    view.ctx.events.case_changed.emit("LIM-000001")
    settle(view.ctx.tasks)
    assert "Officer D" in _cells(view, view.COL_HOLDER)
    view.ctx.events.locked.emit()
    assert view.model.rowCount() == 0 and view.read is None
    assert view.checkout_button.isHidden()
