"""The Schedule page driven as a scheduler would: a day's appointments in their interpreters' rows,
a block dragged to another time and interpreter, a clash refused and explained with nothing changed,
a team lead booking anyway with a reason, an interviewer who may move but not override, a ride's
proposal applied or cancelled, and the keyboard (Tab to a block, Enter opens it, Delete cancels)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterator
from typing import Any

import pytest
from PySide6.QtCore import QEvent, QPoint, QPointF, Qt
from PySide6.QtGui import QMouseEvent
from PySide6.QtWidgets import QApplication
from sqlalchemy import select

from app.models import Appointment, Case
from app.services.interpreters import add_interpreter
from app.services.manifest import import_manifest
from app.services.schedule import AppointmentInfo, book, list_appointments
from app.services.uow import unit_of_work
from app.store.workspace import Workspace
from app.ui.context import Events, UiContext, settings
from app.ui.schedule.booking import BookingDialog
from app.ui.schedule.grid import Block
from app.ui.schedule.view import ScheduleView
from app.ui.tasks import TaskRunner
from tests.support.staff import add_staff, reopen_as
from tests.ui.waiting import settle

# A Monday two weeks or more ahead: every booking here is still to come.
_SOON = dt.date.today() + dt.timedelta(days=14)
DAY = _SOON + dt.timedelta(days=7 - _SOON.weekday())
LEFT = Qt.MouseButton.LeftButton


def at(clock: str, day: dt.date = DAY) -> str:
    return f"{day.isoformat()}T{clock}"


def seed(ws: Workspace) -> dict[str, str]:
    def case(number: str, ride: str = "North") -> dict[str, Any]:
        person = {"role": "principal_applicant", "family_name": "Synthfam", "given_names": "Abeba", "languages": ["ti"]}
        return {"case_number": number, "site": "Shire", "ride": ride, "persons": [person]}

    import_manifest(
        ws,
        {
            "sites": [{"name": "Shire", "country": "ET", "prefix": "SHI", "hours": "08:00-17:00"}],
            "rides": [{"name": "North", "sites": ["Shire"]}],
            "interpreters": [],
            "cases": [case("SHI-000001"), case("SHI-000002"), case("SHI-000003")],
        },
    )
    return {
        "tesfay": add_interpreter(ws, "Tesfay Synthetic", "ti:native", sites="Shire"),
        "abeba": add_interpreter(ws, "Abeba Synthetic", "ti:fluent,am", sites="Shire"),
    }


@pytest.fixture
def open_view(qtbot) -> Iterator[Callable[[Workspace], ScheduleView]]:
    made: list[ScheduleView] = []

    def make(ws: Workspace) -> ScheduleView:
        tasks, events = TaskRunner(), Events()
        view = ScheduleView(UiContext(ws, tasks, settings(), events))
        view._keep = (tasks, events)  # type: ignore[attr-defined]  # the QObjects live as long as the view
        qtbot.addWidget(view)
        view.resize(1200, 700)
        view.site = "Shire"
        view._set_date(DAY)
        view.show()
        wait(view)
        made.append(view)
        return view

    yield make
    for view in made:
        view.ctx.tasks.wait()


def wait(view: ScheduleView) -> None:
    settle(view.ctx.tasks)
    QApplication.processEvents()


def stored(ws: Workspace, appointment_id: str) -> AppointmentInfo:
    return next(a for a in list_appointments(ws) if a.id == appointment_id)


def row_of(view: ScheduleView, block: Block) -> str:
    row = view.grid.row_at(block.geometry().center().y())
    assert row is not None
    return row.key


def test_a_days_appointments_are_blocks_in_their_interpreters_rows(open_view, ws: Workspace) -> None:
    people = seed(ws)
    first = book(ws, "SHI-000001", type="interview", start=at("09:00"), interpreter=people["tesfay"])
    second = book(ws, "SHI-000002", type="medical", start=at("11:30"), minutes=30, interpreter=people["abeba"])
    no_one = book(ws, "SHI-000003", type="fingerprints", start=at("14:00"), minutes=30)
    book(ws, "SHI-000003", type="interview", start=at("09:00", DAY + dt.timedelta(days=1)))  # another day
    view = open_view(ws)

    blocks = view.grid.blocks
    assert set(blocks) == {first, second, no_one}
    assert [r.label for r in view.grid.rows] == ["Abeba Synthetic", "Tesfay Synthetic", "No interpreter"]
    assert row_of(view, blocks[first]) == people["tesfay"]
    assert row_of(view, blocks[second]) == people["abeba"]
    assert row_of(view, blocks[no_one]) == ""
    assert blocks[first].x() < blocks[second].x() < blocks[no_one].x()  # time runs across
    assert blocks[second].width() < blocks[first].width()  # 30 minutes against 60
    assert "SHI-000001" in blocks[first].accessibleName()
    assert "Interview" in blocks[first].accessibleName()
    # Plural forms come from the English catalogue once `make translations` has listed the string.
    assert view.summary.text() in ("3 appointments", "3 appointment(s)")

    view.by_room.click()
    wait(view)
    assert [r.label for r in view.grid.rows] == ["No room"]


def test_dragging_a_block_moves_the_appointment_to_that_time_and_interpreter(open_view, ws: Workspace) -> None:
    people = seed(ws)
    moved = book(ws, "SHI-000001", type="interview", start=at("09:00"), interpreter=people["tesfay"])
    view = open_view(ws)
    grid = view.grid
    block = grid.blocks[moved]

    # The mouse: press on the block, move with the button held, release over Abeba's row at 13:00.
    target = grid.point_of(at("13:00"), people["abeba"])
    press = QPoint(10, 10)
    steps = (
        (QEvent.Type.MouseButtonPress, block.pos() + press, LEFT),
        (QEvent.Type.MouseMove, block.pos() + press + QPoint(30, 0), LEFT),
        (QEvent.Type.MouseMove, target + press, LEFT),
        (QEvent.Type.MouseButtonRelease, target + press, Qt.MouseButton.NoButton),
    )
    for kind, on_canvas, buttons in steps:
        local = QPointF(on_canvas - block.pos())  # where the pointer is on the block as it is now
        event = QMouseEvent(kind, local, block.mapToGlobal(local), LEFT, buttons, Qt.KeyboardModifier.NoModifier)
        QApplication.sendEvent(block, event)
    wait(view)

    after = stored(ws, moved)
    assert after.start.startswith(at("13:00"))
    assert after.interpreter_id == people["abeba"]
    assert row_of(view, grid.blocks[moved]) == people["abeba"]
    assert view.bar.isVisible() and "13:00" in view.bar.text.text()


def test_a_clash_is_refused_shown_with_its_reason_and_nothing_changes(open_view, ws: Workspace) -> None:
    people = seed(ws)
    busy = book(ws, "SHI-000001", type="interview", start=at("10:00"), interpreter=people["tesfay"])
    other = book(ws, "SHI-000002", type="interview", start=at("14:00"), interpreter=people["abeba"])
    view = open_view(ws)
    grid = view.grid
    where = grid.blocks[other].geometry()

    grid.drop(other, grid.point_of(at("10:00"), people["tesfay"]))  # Tesfay is busy then
    wait(view)

    assert view.bar.isVisible()
    assert "the interpreter is booked at" in view.bar.text.text()
    assert "SHI-000001" in view.bar.text.text()
    assert stored(ws, other).start.startswith(at("14:00"))
    assert stored(ws, other).interpreter_id == people["abeba"]
    assert stored(ws, busy).start.startswith(at("10:00"))
    assert grid.blocks[other].geometry() == where  # snapped back


def test_a_team_lead_books_anyway_with_a_reason_and_the_block_is_flagged(open_view, ws: Workspace, monkeypatch) -> None:
    people = seed(ws)
    book(ws, "SHI-000001", type="interview", start=at("10:00"), interpreter=people["tesfay"])
    other = book(ws, "SHI-000002", type="interview", start=at("14:00"), interpreter=people["abeba"])
    view = open_view(ws)
    view.grid.drop(other, view.grid.point_of(at("10:00"), people["tesfay"]))
    wait(view)
    assert view.bar.action.isVisible()
    assert view.bar.action.text() == "Book &anyway…"

    monkeypatch.setattr(view, "_ask_text", lambda _title, _label: "The officer is here only this morning")
    view.bar.action.click()
    wait(view)

    after = stored(ws, other)
    assert after.start.startswith(at("10:00")) and after.interpreter_id == people["tesfay"]
    assert after.override_reason == "The officer is here only this morning"
    block = view.grid.blocks[other]
    assert "The officer is here only this morning" in block.flag
    assert "The officer is here only this morning" in block.toolTip()
    assert view.summary.text().endswith("· 1 flagged")


def test_an_interviewer_moves_appointments_but_is_not_offered_book_anyway(open_view, ws: Workspace) -> None:
    people = seed(ws)
    book(ws, "SHI-000001", type="interview", start=at("10:00"), interpreter=people["tesfay"])
    other = book(ws, "SHI-000002", type="interview", start=at("14:00"), interpreter=people["abeba"])
    add_staff(ws, "interviewer", "interviewer")
    ws = reopen_as(ws, "interviewer")
    view = open_view(ws)
    assert view.book_button.isEnabled()

    view.grid.drop(other, view.grid.point_of(at("10:00"), people["tesfay"]))
    wait(view)
    assert "the interpreter is booked at" in view.bar.text.text()
    assert not view.bar.action.isVisible()

    view.grid.drop(other, view.grid.point_of(at("15:00"), people["abeba"]))
    wait(view)
    assert stored(ws, other).start.startswith(at("15:00"))
    ws.lock()


def test_an_administrator_sees_the_schedule_but_books_nothing(open_view, ws: Workspace) -> None:
    people = seed(ws)
    book(ws, "SHI-000001", type="interview", start=at("10:00"), interpreter=people["tesfay"])
    add_staff(ws, "it", "admin")
    ws = reopen_as(ws, "it")
    view = open_view(ws)
    assert len(view.grid.blocks) == 1
    assert not view.book_button.isEnabled()
    assert not view.propose_button.isEnabled()
    ws.lock()


def test_the_proposal_lists_its_slots_and_apply_books_them(open_view, ws: Workspace) -> None:
    seed(ws)
    view = open_view(ws)
    dialog = view.propose()
    assert dialog is not None
    dialog.first.setDate(DAY)
    dialog.last.setDate(DAY + dt.timedelta(days=2))
    dialog.submit()
    wait(view)
    review = dialog.review
    assert review is not None and review.isVisible()
    assert review.model.rowCount() == 3
    assert {review.model.row_at(i).case_number for i in range(3)} == {"SHI-000001", "SHI-000002", "SHI-000003"}
    assert list_appointments(ws) == []  # nothing booked while it is only shown

    review.apply_button.click()
    wait(view)
    booked = list_appointments(ws)
    assert len(booked) == 3 and {a.status for a in booked} == {"proposed"}
    assert "booked as proposed" in view.bar.text.text() and view.bar.text.text().startswith("3 ")
    assert len(view.grid.blocks) == sum(1 for a in booked if a.start.startswith(DAY.isoformat()))


def test_a_cancelled_proposal_books_nothing(open_view, ws: Workspace) -> None:
    seed(ws)
    view = open_view(ws)
    dialog = view.propose()
    assert dialog is not None
    dialog.first.setDate(DAY)
    dialog.last.setDate(DAY)
    dialog.submit()
    wait(view)
    review = dialog.review
    assert review is not None and review.model.rowCount() == 3
    review.reject()
    wait(view)
    assert list_appointments(ws) == []


def test_a_proposal_overtaken_by_a_booking_books_nothing_and_says_why(open_view, ws: Workspace) -> None:
    seed(ws)
    view = open_view(ws)
    dialog = view.propose()
    assert dialog is not None
    dialog.first.setDate(DAY)
    dialog.last.setDate(DAY)
    dialog.submit()
    wait(view)
    review = dialog.review
    assert review is not None
    slot = review.model.row_at(0)
    # Meanwhile someone books that family at the proposed time.
    taken = book(ws, slot.case_number, type="medical", start=slot.start[:16], minutes=30)

    review.apply_button.click()
    wait(view)
    assert review.isVisible()
    assert review.error.text().startswith("Nothing was booked:")
    assert [a.id for a in list_appointments(ws)] == [taken]


def test_tab_reaches_a_block_enter_opens_it_and_delete_cancels_it(open_view, qtbot, ws: Workspace, monkeypatch) -> None:
    people = seed(ws)
    first = book(ws, "SHI-000001", type="interview", start=at("09:00"), interpreter=people["tesfay"])
    later = book(ws, "SHI-000002", type="interview", start=at("11:00"), interpreter=people["tesfay"])
    view = open_view(ws)
    view.activateWindow()
    view.propose_button.setFocus()
    for _ in range(30):
        if isinstance(QApplication.focusWidget(), Block):
            break
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
    block = QApplication.focusWidget()
    assert isinstance(block, Block) and block.info.id == first
    qtbot.keyClick(block, Qt.Key.Key_Right)  # the arrow keys go from block to block
    assert QApplication.focusWidget() is view.grid.blocks[later]
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Left)
    assert QApplication.focusWidget() is block

    qtbot.keyClick(block, Qt.Key.Key_Return)
    dialog = next(w for w in view.findChildren(BookingDialog) if w.isVisible())
    wait(view)
    assert dialog.appointment is not None and dialog.appointment.id == first
    assert dialog.interpreter.currentData() == people["tesfay"]
    dialog.reject()

    monkeypatch.setattr(view, "_ask_text", lambda _title, _label: "The family asked for another week")
    qtbot.keyClick(block, Qt.Key.Key_Delete)
    wait(view)
    assert stored(ws, first).status == "cancelled"
    assert stored(ws, first).cancel_reason == "The family asked for another week"
    assert first not in view.grid.blocks  # cancelled appointments take no time: not on the grid


def test_ctrl_n_books_a_new_appointment_and_a_clash_is_shown_in_the_dialog(open_view, qtbot, ws: Workspace) -> None:
    people = seed(ws)
    book(ws, "SHI-000001", type="interview", start=at("09:00"), interpreter=people["tesfay"])
    view = open_view(ws)
    view.activateWindow()
    view.book_button.setFocus()
    qtbot.keyClick(view.book_button, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    dialog = next(w for w in view.findChildren(BookingDialog) if w.isVisible())
    wait(view)
    assert dialog.loaded
    dialog.case.setText("SHI-000002")
    dialog.when.setDateTime(dt.datetime.fromisoformat(at("09:30")))
    dialog.interpreter.setCurrentIndex(dialog.interpreter.findData(people["tesfay"]))
    dialog.submit()
    wait(view)
    assert dialog.isVisible()
    assert "the interpreter is booked at" in dialog.error.text()
    assert dialog.force.isVisible()  # a team lead may book it anyway

    saved: list[str | None] = []
    dialog.accepted.connect(lambda: saved.append(dialog.result_id))
    dialog.interpreter.setCurrentIndex(dialog.interpreter.findData(people["abeba"]))
    dialog.submit()
    wait(view)
    assert len(saved) == 1 and saved[0]
    assert len(view.grid.blocks) == 2
    new = stored(ws, saved[0] or "")
    assert new.case_number == "SHI-000002" and new.interpreter_id == people["abeba"]


def test_in_the_week_view_a_block_dropped_on_another_day_keeps_its_time(open_view, ws: Workspace) -> None:
    people = seed(ws)
    moved = book(ws, "SHI-000001", type="interview", start=at("09:30"), interpreter=people["tesfay"])
    view = open_view(ws)
    view.week_button.click()
    wait(view)
    assert len(view.grid.days) == 5 and view.grid.days[0] == DAY
    wednesday = DAY + dt.timedelta(days=2)

    view.grid.drop(moved, view.grid.point_of(at("09:30", wednesday), people["abeba"]))
    wait(view)
    after = stored(ws, moved)
    assert after.start.startswith(at("09:30", wednesday)) and after.interpreter_id == people["abeba"]
    assert view.grid.blocks[moved].x() > view.grid.blocks[moved].width() * 2  # in Wednesday's column


def test_a_double_booking_met_after_sync_is_flagged_with_its_reason(open_view, ws: Workspace) -> None:
    people = seed(ws)
    first = book(ws, "SHI-000001", type="interview", start=at("10:00"), interpreter=people["tesfay"])
    # What a sync brings from another laptop: the same interpreter, half an hour later, checked
    # only against that laptop's schedule (stored here as sync stores it, without this laptop's check).
    with unit_of_work(ws, "edit_cases") as uow:
        case_id = next(a.case_id for a in list_appointments(ws) if a.id == first)
        other_case = next(c for c in uow.session.scalars(select(Case)) if c.id != case_id)
        row = Appointment(
            case_id=other_case.id, type="interview", start=at("10:30:00"), end=at("11:30:00"), site="Shire",
            interpreter_id=people["tesfay"], status="booked",
        )  # fmt: skip
        uow.create(row, case_id=other_case.id)
        second = row.id
    view = open_view(ws)

    for mine, theirs in ((first, other_case.case_number), (second, "SHI-000001")):
        block = view.grid.blocks[mine]
        assert "Double booking found after sync: the same interpreter" in block.flag
        assert theirs in block.toolTip()
    assert view.summary.text().endswith("· 2 flagged")
