"""The case page's Appointments tab: the case's appointments with status, interpreter and the
family's notice; "Book appointment…" books one for the case, and the selected one is confirmed or
cancelled, each stored through the schedule service and shown once the case is read again."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator

import pytest
from PySide6.QtWidgets import QApplication, QInputDialog

from app.services.interpreters import add_interpreter
from app.services.manifest import import_manifest
from app.services.schedule import book, list_appointments
from app.store.workspace import Workspace
from app.ui.case.view import CaseView
from app.ui.context import Events, UiContext, settings
from app.ui.schedule.booking import BookingDialog
from app.ui.tasks import TaskRunner
from tests.ui.waiting import settle

CASE = "SHI-000007"
_SOON = dt.date.today() + dt.timedelta(days=14)
DAY = (_SOON + dt.timedelta(days=7 - _SOON.weekday())).isoformat()  # a Monday to come


def seed(ws: Workspace) -> str:
    person = {"role": "principal_applicant", "family_name": "Synthfam", "given_names": "Abeba", "languages": ["ti"]}
    import_manifest(
        ws,
        {
            "sites": [{"name": "Shire", "country": "ET", "prefix": "SHI"}],
            "rides": [],
            "interpreters": [],
            "cases": [{"case_number": CASE, "site": "Shire", "persons": [person]}],
        },
    )
    return add_interpreter(ws, "Tesfay Synthetic", "ti:native", sites="Shire")


@pytest.fixture
def view(qtbot, ws: Workspace) -> Iterator[CaseView]:
    tesfay = seed(ws)
    book(ws, CASE, type="interview", start=f"{DAY}T09:00", minutes=90, room="Room 2", interpreter=tesfay)
    yield open_case(qtbot, ws)


def open_case(qtbot, ws: Workspace) -> CaseView:
    tasks = TaskRunner()
    widget = CaseView(UiContext(ws, tasks, settings(), Events()))
    widget._keep = tasks  # type: ignore[attr-defined]
    qtbot.addWidget(widget)
    widget.resize(1366, 768)
    widget.show()
    widget.show_case(CASE)
    wait(widget)
    widget.tabs.setCurrentWidget(widget.appointments)
    return widget


def wait(view: CaseView) -> None:
    settle(view.ctx.tasks)
    QApplication.processEvents()


def test_the_tab_lists_the_cases_appointments(view: CaseView) -> None:
    tab = view.appointments
    assert tab.model.rowCount() == 1
    cells = [tab.model.index(0, c).data() for c in range(tab.model.columnCount())]
    assert cells[:6] == [f"{DAY} 09:00", "90", "Interview", "Booked", "Shire, Room 2", "Tesfay Synthetic"]
    assert cells[8] == ""  # the family is neither notified nor has confirmed
    assert view.tabs.tabText(view.tabs.indexOf(tab)).startswith("&Appointments")


def test_book_appointment_books_for_the_case_and_the_tab_shows_it(view: CaseView) -> None:
    tab = view.appointments
    tab.book_button.click()
    dialog = next(w for w in tab.findChildren(BookingDialog) if w.isVisible())
    wait(view)
    assert dialog.case.text() == CASE and dialog.case.isReadOnly()
    dialog.type.set_code("medical")
    dialog.when.setDateTime(dt.datetime.fromisoformat(f"{DAY}T13:00"))
    dialog.minutes.setValue(30)
    dialog.submit()
    wait(view)
    stored = list_appointments(view.ctx.ws, case_number=CASE)
    assert [(a.type, a.start[:16], a.site) for a in stored] == [
        ("interview", f"{DAY}T09:00", "Shire"),
        ("medical", f"{DAY}T13:00", "Shire"),  # the case's site
    ]
    assert tab.model.rowCount() == 2


def test_the_selected_appointment_is_confirmed_then_cancelled_with_a_reason(view: CaseView, monkeypatch) -> None:
    tab = view.appointments
    tab.table.selectRow(0)
    assert tab.confirm_button.isEnabled()
    tab.confirm_button.click()
    wait(view)
    [stored] = list_appointments(view.ctx.ws, case_number=CASE)
    assert stored.status == "confirmed"
    assert tab.model.index(0, 8).data() == "confirmed"

    monkeypatch.setattr(QInputDialog, "getText", staticmethod(lambda *_a, **_k: ("The family moved", True)))
    tab.table.selectRow(0)
    tab.cancel_button.click()
    wait(view)
    [stored] = list_appointments(view.ctx.ws, case_number=CASE)
    assert (stored.status, stored.cancel_reason) == ("cancelled", "The family moved")
    tab.table.selectRow(0)
    assert not tab.move_button.isEnabled()  # a cancelled appointment is not moved: book a new one
