"""The Reports and QC page (issue 22) driven as a team lead does before a meeting: run the checks on
a workspace with planted problems and see the findings, most severe first; narrow them by status,
check and case; assign, resolve and dismiss them through the dialogs, the store changing each time;
open a finding's case; show the dashboard's three charts with the bars the statistics say and
export the workbook and the Word report. An interviewer sees the findings but cannot assign or
dismiss them, and resolves only their own."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from docx import Document
from matplotlib.backends.backend_qtagg import FigureCanvasQTAgg
from openpyxl import load_workbook
from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QDialogButtonBox

from app.services.cases import create_case
from app.services.qc import assign_finding, list_findings, run_qc
from app.services.stats import dashboard
from app.store.workspace import Workspace
from app.ui.context import Events, UiContext, settings
from app.ui.reports import ReportsView
from app.ui.reports.dashboard import period
from app.ui.reports.findings import FindingsTab
from app.ui.tasks import TaskRunner
from tests.support.staff import add_staff, reopen_as
from tests.ui.waiting import settle

LEFT = Qt.MouseButton.LeftButton
INTERVIEWER = "ana.interviewer"


def _seed(ws: Workspace) -> None:
    """A case past its interview with no photo and a 'child' older than the principal applicant
    (household, missing photo, dates of birth unverified), and a fresh case with nothing wrong."""
    create_case(
        ws,
        {"case_number": "LIM-000001", "site": "Lima", "stage": "interviewed"},
        [
            {"role": "principal_applicant", "given_names": "Bea", "family_name": "Synthfam", "dob": "1980-01-01"},
            {"role": "child", "given_names": "Cy", "family_name": "Synthfam", "dob": "1975-05-05"},
        ],
    )
    create_case(
        ws,
        {"case_number": "LIM-000002", "site": "Lima"},
        [{"role": "principal_applicant", "given_names": "Dan", "family_name": "Synthfam", "dob": "1990-01-01"}],
    )
    add_staff(ws, INTERVIEWER, "interviewer")


def _view(qtbot: Any, ws: Workspace) -> ReportsView:
    tasks = TaskRunner()
    view = ReportsView(UiContext(ws, tasks, settings(), Events()))
    qtbot.addWidget(view)
    view.resize(1366, 768)
    view.show()
    qtbot.waitExposed(view)
    settle(tasks)
    return view


@pytest.fixture
def view(qtbot: Any, ws: Workspace) -> Iterator[ReportsView]:
    _seed(ws)
    widget = _view(qtbot, ws)
    yield widget
    widget.ctx.tasks.wait()


def _cells(tab: FindingsTab, column: int) -> list[str]:
    return [str(tab.proxy.index(row, column).data() or "") for row in range(tab.proxy.rowCount())]


def _row_of(tab: FindingsTab, case: str, problem: str) -> int:
    for row, (number, words) in enumerate(zip(_cells(tab, tab.COL_CASE), _cells(tab, tab.COL_RULE), strict=True)):
        if number == case and words == problem:
            return row
    raise AssertionError(f"no row for {case} / {problem}")


def _click_row(qtbot: Any, tab: FindingsTab, row: int) -> None:
    rect = tab.table.visualRect(tab.proxy.index(row, tab.COL_PERSON))
    qtbot.mouseClick(tab.table.viewport(), LEFT, pos=QPoint(rect.center()))


def _run_checks(qtbot: Any, view: ReportsView) -> None:
    qtbot.mouseClick(view.findings.run_button, LEFT)
    settle(view.ctx.tasks)


def _ok(qtbot: Any, view: ReportsView) -> None:
    dialog = view.findings.dialog
    assert dialog is not None
    qtbot.mouseClick(dialog.buttons.button(QDialogButtonBox.StandardButton.Ok), LEFT)
    settle(view.ctx.tasks)


def _stored(ws: Workspace, case: str, rule: str) -> Any:
    (finding,) = [f for f in list_findings(ws, rule=rule) if f.case_number == case]
    return finding


def test_run_checks_lists_the_planted_problems_most_severe_first(qtbot: Any, view: ReportsView) -> None:
    tab = view.findings
    assert tab.model.rowCount() == 0 and "Run the checks" in tab.empty.text()
    assert tab.run_button.isVisible()
    _run_checks(qtbot, view)
    assert "Checks done" in tab.notice.text() and "new" in tab.notice.text()
    cases, problems = _cells(tab, tab.COL_CASE), _cells(tab, tab.COL_RULE)
    assert ("LIM-000001", "Household does not add up") in zip(cases, problems, strict=True)
    assert ("LIM-000001", "Principal applicant has no photo") in zip(cases, problems, strict=True)
    assert "LIM-000002" not in cases  # a fresh case with nothing wrong
    assert _cells(tab, tab.COL_SEVERITY)[0] == "High" and problems[0] == "Household does not add up"
    assert set(_cells(tab, tab.COL_STATUS)) == {"Open"}
    assert _cells(tab, tab.COL_FOUND)[0] == dt.date.today().isoformat()
    photo = _row_of(tab, "LIM-000001", "Principal applicant has no photo")
    assert _cells(tab, tab.COL_PERSON)[photo] == "Bea SYNTHFAM"  # a name, not an id
    # A second run neither duplicates nor closes anything.
    before = tab.proxy.rowCount()
    _run_checks(qtbot, view)
    assert tab.proxy.rowCount() == before
    # A header click sorts: by case number, then severity again with high on top.
    tab.table.sortByColumn(tab.COL_SEVERITY, Qt.SortOrder.AscendingOrder)
    assert _cells(tab, tab.COL_SEVERITY)[0] == "High" and _cells(tab, tab.COL_SEVERITY)[-1] == "Low"


def test_filters_narrow_by_status_check_and_case_number(qtbot: Any, view: ReportsView) -> None:
    tab = view.findings
    _run_checks(qtbot, view)
    everything = tab.proxy.rowCount()
    household = _stored(view.ctx.ws, "LIM-000001", "household")
    from app.services.qc import resolve_finding

    resolve_finding(view.ctx.ws, household.id, "child's date of birth corrected")  # fixed elsewhere
    view.refresh()
    settle(view.ctx.tasks)
    assert tab.proxy.rowCount() == everything - 1  # still to fix: the fixed one is gone
    tab.status.setCurrentIndex(tab.status.findData("fixed"))
    assert _cells(tab, tab.COL_RULE) == ["Household does not add up"]
    assert _cells(tab, tab.COL_STATUS) == ["Fixed"]
    tab.status.setCurrentIndex(tab.status.findData(""))  # every status
    assert tab.proxy.rowCount() == everything
    tab.rule.setCurrentIndex(tab.rule.findData("missing_photo"))
    assert set(_cells(tab, tab.COL_RULE)) == {"Principal applicant has no photo"}
    tab.rule.setCurrentIndex(0)
    qtbot.keyClicks(tab.case_filter, "000002")
    assert tab.proxy.rowCount() == 0 and "No finding matches" in tab.empty.text()


def test_assign_resolve_and_dismiss_through_the_dialogs_change_the_store(qtbot: Any, view: ReportsView) -> None:
    tab, ws = view.findings, view.ctx.ws
    _run_checks(qtbot, view)
    assert tab.assign_button.isVisible() and tab.dismiss_button.isVisible()
    assert not tab.assign_button.isEnabled()  # nothing selected yet

    _click_row(qtbot, tab, _row_of(tab, "LIM-000001", "Principal applicant has no photo"))
    qtbot.mouseClick(tab.assign_button, LEFT)
    dialog = tab.dialog
    assert dialog is not None and dialog.choose(INTERVIEWER)  # type: ignore[attr-defined]
    _ok(qtbot, view)
    assert _stored(ws, "LIM-000001", "missing_photo").status == "assigned"
    assert _stored(ws, "LIM-000001", "missing_photo").assignee == INTERVIEWER
    assert "Assigned" in tab.notice.text() and INTERVIEWER in tab.notice.text()
    row = _row_of(tab, "LIM-000001", "Principal applicant has no photo")
    assert _cells(tab, tab.COL_ASSIGNEE)[row] == INTERVIEWER and tab.selected_ids() == [tab.selected_rows()[0].id]

    # Resolve: the note is required (OK waits for it), then the finding is fixed with it.
    qtbot.mouseClick(tab.resolve_button, LEFT)
    dialog = tab.dialog
    assert dialog is not None
    ok = dialog.buttons.button(QDialogButtonBox.StandardButton.Ok)
    assert not ok.isEnabled()
    qtbot.keyClicks(dialog.text, "Photo taken at the interview")  # type: ignore[attr-defined]
    assert ok.isEnabled()
    _ok(qtbot, view)
    fixed = _stored(ws, "LIM-000001", "missing_photo")
    assert fixed.status == "fixed" and fixed.note == "Photo taken at the interview"

    # Dismiss with a reason.
    _click_row(qtbot, tab, _row_of(tab, "LIM-000001", "Household does not add up"))
    qtbot.mouseClick(tab.dismiss_button, LEFT)
    dialog = tab.dialog
    assert dialog is not None
    qtbot.keyClicks(dialog.text, "Adopted; ages checked on the documents")  # type: ignore[attr-defined]
    _ok(qtbot, view)
    dismissed = _stored(ws, "LIM-000001", "household")
    assert dismissed.status == "dismissed" and dismissed.note == "Adopted; ages checked on the documents"
    assert "Household does not add up" not in _cells(tab, tab.COL_RULE)  # no longer to fix
    # Running the checks again leaves the dismissed finding dismissed.
    _run_checks(qtbot, view)
    assert _stored(ws, "LIM-000001", "household").status == "dismissed"


def test_an_interviewer_cannot_assign_or_dismiss_and_resolves_only_their_own(qtbot: Any, ws: Workspace) -> None:
    _seed(ws)
    run_qc(ws)
    photo = _stored(ws, "LIM-000001", "missing_photo")
    assign_finding(ws, photo.id, INTERVIEWER)
    other = reopen_as(ws, INTERVIEWER)
    view = _view(qtbot, other)
    tab = view.findings
    try:
        assert tab.proxy.rowCount() == len(list_findings(other, status="open")) + 1
        assert tab.assign_button.isHidden() and tab.dismiss_button.isHidden()
        _click_row(qtbot, tab, _row_of(tab, "LIM-000001", "Household does not add up"))
        assert not tab.resolve_button.isEnabled()  # not theirs
        tab.ask_dismiss()
        tab.ask_assign()
        assert tab.dialog is None  # the page offers neither, even when asked directly
        _click_row(qtbot, tab, _row_of(tab, "LIM-000001", "Principal applicant has no photo"))
        assert tab.resolve_button.isEnabled()  # assigned to them
        qtbot.mouseClick(tab.resolve_button, LEFT)
        dialog = tab.dialog
        assert dialog is not None
        qtbot.keyClicks(dialog.text, "Photo taken")  # type: ignore[attr-defined]
        _ok(qtbot, view)
        assert _stored(other, "LIM-000001", "missing_photo").status == "fixed"
    finally:
        view.ctx.tasks.wait()
        other.lock()


def test_enter_or_a_double_click_on_a_finding_asks_for_its_case(qtbot: Any, view: ReportsView) -> None:
    tab = view.findings
    _run_checks(qtbot, view)
    row = _row_of(tab, "LIM-000001", "Household does not add up")
    _click_row(qtbot, tab, row)  # a double click follows a press on the same cell
    rect = tab.table.visualRect(tab.proxy.index(row, tab.COL_PERSON))
    with qtbot.waitSignal(view.case_requested, timeout=2000) as asked:
        qtbot.mouseDClick(tab.table.viewport(), LEFT, pos=QPoint(rect.center()))
    assert asked.args == ["LIM-000001"]
    tab.table.setFocus()
    with qtbot.waitSignal(view.case_requested, timeout=2000) as asked:
        qtbot.keyClick(tab.table, Qt.Key.Key_Return)
    assert asked.args == ["LIM-000001"]


def _bars(canvas: FigureCanvasQTAgg) -> list[Any]:
    (axes,) = [a for a in canvas.figure.axes if a.patches]
    return list(axes.patches)


def test_the_dashboard_shows_the_three_charts_with_the_statistics_bars(qtbot: Any, view: ReportsView) -> None:
    view.show_tab(view.DASHBOARD)
    settle(view.ctx.tasks)
    board = view.dashboard
    assert len(board.canvases) == 3 and all(isinstance(c, FigureCanvasQTAgg) for c in board.canvases)
    assert all(c.isVisible() for c in board.canvases)
    funnel, aging, throughput = board.canvases
    start, end = period(12, dt.date.today())
    data = dashboard(view.ctx.ws, start, end)
    assert [round(bar.get_width()) for bar in _bars(funnel)] == [n for _, n in data.funnel]
    funnel_axes = next(a for a in funnel.figure.axes if a.patches)
    assert "Interviewed" in [t.get_text() for t in funnel_axes.get_yticklabels()]  # stage names in words
    assert sum(round(bar.get_width()) for bar in _bars(aging)) == data.total_cases == 2
    heights = [round(bar.get_height()) for bar in _bars(throughput)]
    assert heights == [d for _, d, _ in data.weekly] + [m for _, _, m in data.weekly]
    assert "2 case" in board.summary.text() and start.isoformat() in board.summary.text()
    # Another period: the throughput chart has that many weeks.
    board.weeks.setCurrentIndex(board.weeks.findData(4))
    settle(view.ctx.tasks)
    assert len(_bars(board.canvases[2])) == 2 * len(dashboard(view.ctx.ws, *period(4, dt.date.today())).weekly)


def test_the_exports_write_the_workbook_and_the_word_report(
    qtbot: Any, view: ReportsView, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    view.show_tab(view.DASHBOARD)
    settle(view.ctx.tasks)
    board = view.dashboard
    book, report = tmp_path / "stats.xlsx", tmp_path / "team"  # the dialog may leave the ending off
    monkeypatch.setattr(board, "ask_save_path", lambda *_a: str(book))
    qtbot.mouseClick(board.workbook_button, LEFT)
    settle(view.ctx.tasks)
    assert "Saved the statistics workbook" in board.notice.text()
    sheets = load_workbook(book).sheetnames
    assert "stages" in sheets and "qc" in sheets
    monkeypatch.setattr(board, "ask_save_path", lambda *_a: str(report))
    qtbot.mouseClick(board.report_button, LEFT)
    settle(view.ctx.tasks)
    assert board.error.text() == "", board.error.text()
    written = tmp_path / "team.docx"
    assert written.is_file() and str(written) in board.notice.text()
    assert Document(str(written)).inline_shapes  # the charts as images
    # A refusal is said in words, and nothing is written.
    monkeypatch.setattr(board, "ask_save_path", lambda *_a: str(tmp_path / "stats.txt"))
    qtbot.mouseClick(board.workbook_button, LEFT)
    settle(view.ctx.tasks)
    assert ".xlsx" in board.error.text() and not (tmp_path / "stats.txt").exists()
