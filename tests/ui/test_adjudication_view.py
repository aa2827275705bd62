"""The Adjudication page driven as adjudication support would on the day an officer visits: read
the docket per officer, open a case from it, enter results from the keyboard row after row, be told
plainly what was refused, and export the Word docket; an interviewer sees the docket only."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import docx
import pytest
from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import QApplication

from app.services.case_view import show_case
from app.services.manifest import import_manifest
from app.services.results import list_results
from app.services.schedule import book, list_appointments
from app.store.workspace import Workspace
from app.ui.adjudication.view import AdjudicationView
from app.ui.context import Events, UiContext, settings
from app.ui.tasks import TaskRunner
from tests.support.staff import add_staff, reopen_as
from tests.ui.waiting import settle

TODAY = dt.date.today()
EARLY = dt.datetime.combine(TODAY, dt.time(6, 0))  # "now" for the bookings: the day's slots are to come
CTRL = Qt.KeyboardModifier.ControlModifier
LEFT = Qt.MouseButton.LeftButton


def _manifest() -> dict[str, Any]:
    def case(number: str, family: str, given: str, native_family: str, native_given: str, size: int) -> dict[str, Any]:
        persons = [
            {
                "role": "principal_applicant",
                "family_name": family,
                "given_names": given,
                "native_family_name": native_family,
                "native_given_names": native_given,
                "languages": ["prs"],
            }
        ]
        persons += [{"role": "child", "family_name": family, "given_names": f"Child{i}"} for i in range(size - 1)]
        return {"case_number": number, "site": "Islamabad", "file_location": "Cabinet 3", "persons": persons}

    return {
        "sites": [{"name": "Islamabad", "country": "PK", "prefix": "ISB"}],
        "interpreters": [],
        "cases": [
            case("ISB-000001", "Ahmadi", "Farid", "احمدی", "فرید", 3),
            case("ISB-000002", "Karimi", "Laila", "کریمی", "لیلا", 1),
            case("ISB-000003", "Rahimi", "Omid", "رحیمی", "امید", 2),
        ],
    }


def _seed(ws: Workspace) -> None:
    import_manifest(ws, _manifest())
    for number, clock, officer, kind in (
        ("ISB-000001", "09:00", "Officer A", "interview"),
        ("ISB-000002", "10:00", "Officer A", "interview"),
        ("ISB-000003", "09:30", "Officer B", "fingerprints"),
    ):
        book(ws, number, type=kind, start=f"{TODAY.isoformat()}T{clock}", officer=officer, now=EARLY)


def _view(qtbot, ws: Workspace) -> AdjudicationView:
    tasks = TaskRunner()
    view = AdjudicationView(UiContext(ws, tasks, settings(), Events()))
    view.show_day(TODAY)  # the day the bookings were made for, even when the run crosses midnight
    qtbot.addWidget(view)
    view.resize(1366, 768)
    view.show()
    qtbot.waitExposed(view)
    view.activateWindow()  # the page's shortcuts (Ctrl+O, Ctrl+Enter, the outcome keys) answer in the active window
    qtbot.waitUntil(lambda: QApplication.activeWindow() is view, timeout=2000)
    settle(tasks)
    return view


@pytest.fixture
def view(qtbot, ws: Workspace) -> Iterator[AdjudicationView]:
    _seed(ws)
    widget = _view(qtbot, ws)
    yield widget
    widget.ctx.tasks.wait()


def _cells(view: AdjudicationView, column: int) -> list[str]:
    model = view.model
    return [str(model.index(row, column).data()) for row in range(model.rowCount())]


def _record(qtbot, view: AdjudicationView, key: str) -> None:
    """Pick the outcome by its key in the form, then Ctrl+Enter (shortcuts answer in the active window)."""
    view.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is view, timeout=2000)
    view.entry.focus_outcome()
    focus = QApplication.focusWidget()
    assert focus is not None and view.entry.isAncestorOf(focus)
    qtbot.keyClick(focus, key)
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Return, CTRL)


def test_the_docket_lists_the_days_appointments_per_officer(qtbot, view: AdjudicationView) -> None:
    assert view.day_text() == TODAY.isoformat()
    assert _cells(view, view.COL_OFFICER) == ["Officer A", "", "Officer B"]  # each officer once, over their rows
    assert _cells(view, view.COL_CASE) == ["ISB-000001", "ISB-000002", "ISB-000003"]
    assert _cells(view, view.COL_TIME)[0] == "09:00–10:00"
    assert _cells(view, view.COL_PRINCIPAL)[0] == "Farid AHMADI"
    assert _cells(view, view.COL_NATIVE)[0] == "فرید احمدی"
    assert _cells(view, view.COL_HOUSEHOLD) == ["3", "1", "2"]
    assert _cells(view, view.COL_FILE)[0] == "Cabinet 3"
    assert _cells(view, view.COL_RESULT) == ["Not yet"] * 3
    # (The English plural forms come with `make translations`: "3 appointment(s)" until then.)
    assert view.count.text().startswith("3 appointment") and view.count.text().endswith("0 with a result recorded")
    # One officer's docket: the officer column goes, the rows are theirs.
    view.officer.setCurrentIndex(view.officer.findText("Officer B"))
    assert _cells(view, view.COL_CASE) == ["ISB-000003"]
    assert view.table.isColumnHidden(view.COL_OFFICER)
    assert view.entry.target is not None and view.entry.target.kind == "fingerprints"
    assert view.entry.officer.text() == "Officer B"


def test_enter_on_a_row_or_typing_its_number_asks_for_that_case(qtbot, view: AdjudicationView) -> None:
    view.table.setFocus()
    view.table.setCurrentIndex(view.model.index(1, view.COL_CASE))
    with qtbot.waitSignal(view.case_requested, timeout=2000) as asked:
        qtbot.keyClick(view.table, Qt.Key.Key_Return)
    assert asked.args == ["ISB-000002"]
    qtbot.keyClicks(view.table, "0003")  # type-ahead on the case number
    assert view.current_entry() is not None and view.current_entry().row.case_number == "ISB-000003"
    with qtbot.waitSignal(view.case_requested, timeout=2000) as asked:
        qtbot.keyClick(view.table, Qt.Key.Key_O, CTRL)
    assert asked.args == ["ISB-000003"]


def test_a_result_recorded_from_the_form_is_written_and_the_next_row_comes_up(qtbot, view: AdjudicationView) -> None:
    ws = view.ctx.ws
    assert view.entry_box.isVisible()
    assert view.current_entry() is not None and view.current_entry().row.case_number == "ISB-000001"
    assert view.entry.mark_done.isVisible() and view.entry.mark_done.isChecked()
    _record(qtbot, view, "1")  # approve
    qtbot.waitUntil(lambda: len(list_results(ws, "ISB-000001")) == 1, timeout=5000)
    settle(view.ctx.tasks)
    result = list_results(ws, "ISB-000001")[0]
    assert (result.kind, result.outcome, result.date, result.officer) == (
        "interview",
        "approve",
        TODAY.isoformat(),
        "Officer A",
    )
    assert show_case(ws, "ISB-000001")["stage"] == "approved"
    statuses = {a.case_number: a.status for a in list_appointments(ws, day=TODAY.isoformat())}
    assert statuses["ISB-000001"] == "done"
    # On to the next appointment, the docket read again with the result shown.
    assert view.current_entry() is not None and view.current_entry().row.case_number == "ISB-000002"
    assert view.entry.target is not None and view.entry.target.case_number == "ISB-000002"
    assert _cells(view, view.COL_RESULT)[0] == "✓ Approve"
    assert "Recorded for ISB-000001" in view.entry.notice.text()
    # The keyboard stays in the form: the next result is a key and Ctrl+Enter again.
    _record(qtbot, view, "3")  # hold
    qtbot.waitUntil(lambda: len(list_results(ws, "ISB-000002")) == 1, timeout=5000)
    settle(view.ctx.tasks)
    assert show_case(ws, "ISB-000002")["stage"] == "on-hold"
    assert view.current_entry() is not None and view.current_entry().row.case_number == "ISB-000003"
    assert view.entry.kind_code() == "fingerprints"


def test_a_denial_without_a_reason_is_refused_and_nothing_is_recorded(qtbot, view: AdjudicationView) -> None:
    ws = view.ctx.ws
    _record(qtbot, view, "2")  # deny
    settle(view.ctx.tasks)
    assert view.entry.error.isVisible()
    assert view.entry.error.text() == "Give the reason for the denial; it is kept with the result."
    assert list_results(ws, "ISB-000001") == []
    assert view.current_entry() is not None and view.current_entry().row.case_number == "ISB-000001"
    # A date in the future: the service's own words, no traceback, nothing written.
    view.entry.reason.setPlainText("not credible")
    view.entry.date.setDate(QDate.currentDate().addDays(2))
    qtbot.keyClick(view.entry, Qt.Key.Key_Return, CTRL)
    qtbot.waitUntil(lambda: "is in the future" in view.entry.error.text(), timeout=5000)
    assert "Traceback" not in view.entry.error.text()
    assert list_results(ws, "ISB-000001") == []
    assert show_case(ws, "ISB-000001")["stage"] != "denied"


def test_an_interviewer_sees_the_docket_but_no_way_to_record(qtbot, ws: Workspace) -> None:
    _seed(ws)
    add_staff(ws, "ines", "interviewer")
    other = reopen_as(ws, "ines")
    view = _view(qtbot, other)
    assert _cells(view, view.COL_CASE) == ["ISB-000001", "ISB-000002", "ISB-000003"]
    assert view.entry_box.isHidden() and not view.entry.record_button.isVisible()
    view.entry.choose_outcome(1)
    qtbot.keyClick(view.table, Qt.Key.Key_Return, CTRL)
    settle(view.ctx.tasks)
    assert list_results(other, "ISB-000001") == []
    view.ctx.tasks.wait()
    other.lock()


def test_export_docket_writes_the_word_docket_of_the_officer_shown(
    qtbot, view: AdjudicationView, tmp_path: Path
) -> None:
    view.officer.setCurrentIndex(view.officer.findText("Officer A"))
    out = tmp_path / "docket.docx"
    view.export_docket(str(out))
    qtbot.waitUntil(view.saved.isVisible, timeout=10000)
    assert view.saved.text.text().startswith("Docket written (2 appointment") and str(out) in view.saved.text.text()
    assert view.saved.open_button.isVisible()
    text = "\n".join(p.text for p in docx.Document(str(out)).paragraphs)
    tables = "\n".join(
        cell.text for table in docx.Document(str(out)).tables for row in table.rows for cell in row.cells
    )
    assert "ISB-000001" in text + tables and "ISB-000003" not in text + tables


def test_a_refused_export_says_why(qtbot, view: AdjudicationView, tmp_path: Path) -> None:
    view.export_docket(str(tmp_path / "docket.txt"))
    qtbot.waitUntil(view.error.isVisible, timeout=5000)
    assert "ending in .docx" in view.error.text()
    assert not view.saved.isVisible()


def test_the_lock_clears_the_docket(qtbot, view: AdjudicationView) -> None:
    view.ctx.events.locked.emit()
    assert view.model.rowCount() == 0 and view.entry.target is None and view.entry_box.isHidden()
