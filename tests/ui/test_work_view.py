"""The "My work" page (issue 22) as its users meet it: an interviewer opens it and finds exactly her
assigned cases, today's appointments, the quality findings given to her, the paper files she holds
and the forms a review sent back, each list in order of urgency, with no way to look at anyone
else's; a row opens its case; a team lead's own (empty) page says so in sentences, and a "Work of:"
chooser shows a team member's work instead; Refresh reads again."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QApplication
from sqlalchemy import select

from app.models import Case, FormSubmission, QcFinding, User
from app.services.cases import create_case
from app.services.files import checkout
from app.services.reviews import review_submission
from app.services.schedule import book
from app.services.uow import unit_of_work
from app.services.work import assign_appointment, assign_cases
from app.store.workspace import Workspace
from app.ui.context import Events, UiContext, settings
from app.ui.tasks import TaskRunner
from app.ui.work.section import WorkSection
from app.ui.work.view import WorkView
from tests.conftest import PASSWORD
from tests.support.staff import add_staff, reopen_as
from tests.ui.waiting import settle

TODAY = dt.date(2026, 12, 10)
BEFORE = dt.datetime(2026, 12, 1, 12, 0)  # "now" for the bookings made for TODAY
# case number -> (priority, expedited, days in its stage on TODAY)
CASES = {
    "LIM-000401": ("P-3", False, 3),
    "LIM-000402": ("P-1", False, 2),
    "LIM-000403": ("P-2", True, 1),
    "LIM-000404": ("P-1", False, 9),
    "LIM-000405": ("P-1", False, 5),
}
NOTE = "The household's dates of birth do not match the registration."


def _seed(ws: Workspace) -> None:
    """inez (an interviewer) gets a bit of everything, ivan a little; the lead nothing."""
    for number, (priority, expedited, _days) in CASES.items():
        create_case(
            ws,
            {"case_number": number, "site": "Lima", "priority": priority, "expedited": expedited},
            [{"role": "principal_applicant", "family_name": "Synthwork", "given_names": "Ana"}],
        )
    add_staff(ws, "inez", "interviewer")
    add_staff(ws, "ivan", "interviewer")
    with unit_of_work(ws) as uow:  # the bookkeeping's: stage dates, a display name, a deactivated user
        for case in uow.session.scalars(select(Case)):
            since = dt.datetime.combine(TODAY, dt.time(12), dt.UTC) - dt.timedelta(days=CASES[case.case_number][2])
            uow.update(case, {"stage_since": since}, case_id=case.id)
        inez = uow.session.scalar(select(User).where(User.username == "inez"))
        assert inez is not None
        uow.update(inez, {"display_name": "Inez Synthetic"}, case_id=None)
        uow.create(User(username="old.hand", display_name="", role="interviewer", active=False), case_id=None)
    assign_cases(ws, ["LIM-000401", "LIM-000402", "LIM-000403", "LIM-000404"], "inez")
    assign_cases(ws, ["LIM-000405"], "ivan")
    day = TODAY.isoformat()
    interview = book(ws, "LIM-000401", type="interview", start=f"{day}T10:00", room="Room 1", now=BEFORE)
    medical = book(ws, "LIM-000402", type="medical", start=f"{day}T09:00", room="Room 2", now=BEFORE)
    tomorrow = book(ws, "LIM-000404", type="interview", start=f"{TODAY + dt.timedelta(days=1)}T09:00", now=BEFORE)
    for appointment in (interview, medical, tomorrow):
        assign_appointment(ws, appointment, "inez")
    with unit_of_work(ws, "edit_cases") as uow:  # findings as the QC checks make them
        ids = {c.case_number: c.id for c in uow.session.scalars(select(Case))}
        for rule, severity, status, number, who in [
            ("missing_photo", "medium", "assigned", "LIM-000401", "inez"),
            ("duplicate_person", "high", "open", "LIM-000402", "inez"),
            ("dob_unverified", "low", "fixed", "LIM-000403", "inez"),  # fixed: not work any more
            ("household", "high", "assigned", "LIM-000405", "ivan"),
        ]:
            finding = QcFinding(
                case_id=ids[number],
                rule=rule,
                severity=severity,
                status=status,
                detail=f"Synthetic {rule}.",
                assignee=who,
            )
            uow.create(finding, case_id=ids[number])
    checkout(ws, ["LIM-000404"], "inez", due="2026-12-20", today=TODAY)
    checkout(ws, ["LIM-000403"], "Inez Synthetic", due="2026-12-12", today=TODAY)
    checkout(ws, ["LIM-000401"], "Officer Synthetic A", today=TODAY)
    submissions = {}
    for who, number in [("inez", "LIM-000401"), ("inez", "LIM-000402"), ("ivan", "LIM-000405")]:
        person = reopen_as(ws, who)
        try:
            with unit_of_work(person, "edit_cases") as uow:
                case = uow.session.scalar(select(Case).where(Case.case_number == number))
                assert case is not None
                sub = FormSubmission(
                    case_id=case.id, form_id="cr_pre_screening", form_version="1", status="complete", answers={}
                )
                uow.create(sub, case_id=case.id)
                submissions[number] = sub.id
        finally:
            person.lock()
    ws.unlock(PASSWORD, "lead")
    review_submission(ws, submissions["LIM-000401"], "has_issues", note=NOTE)
    review_submission(ws, submissions["LIM-000402"], "approved")
    review_submission(ws, submissions["LIM-000405"], "rejected", note="Wrong case.")


def _view(qtbot, ws: Workspace) -> WorkView:
    tasks = TaskRunner()
    view = WorkView(UiContext(ws, tasks, settings(), Events()), today=TODAY)
    qtbot.addWidget(view)
    view.resize(1176, 708)
    view.show()
    qtbot.waitExposed(view)
    view.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is view, timeout=2000)
    settle(tasks)
    return view


@pytest.fixture
def seeded(ws: Workspace) -> Workspace:
    _seed(ws)
    return ws


@pytest.fixture
def as_inez(qtbot, seeded: Workspace) -> Iterator[WorkView]:
    inez = reopen_as(seeded, "inez")
    view = _view(qtbot, inez)
    yield view
    view.ctx.tasks.wait()
    inez.lock()


@pytest.fixture
def as_lead(qtbot, seeded: Workspace) -> Iterator[WorkView]:
    view = _view(qtbot, seeded)
    yield view
    view.ctx.tasks.wait()


def _cells(section: WorkSection, column: int) -> list[str]:
    model = section.model
    return [str(model.index(row, column).data() or "") for row in range(model.rowCount())]


def test_an_interviewer_sees_exactly_her_work_in_order_of_urgency(as_inez: WorkView) -> None:
    view = as_inez
    assert view.heading.text() == "My work"
    # expedited first, then P-1 (the longest in its stage first), P-2, P-3; ivan's case is not hers
    assert view.cases.case_numbers() == ["LIM-000403", "LIM-000404", "LIM-000402", "LIM-000401"]
    assert _cells(view.cases, 1) == ["Expedited", "", "", ""]
    assert _cells(view.cases, 3)[0] == "Pre-screening"
    assert "9" in _cells(view.cases, 4)[1]
    # today's appointments only, in time order
    assert view.appointments.case_numbers() == ["LIM-000402", "LIM-000401"]
    assert _cells(view.appointments, 0) == ["09:00", "10:00"]
    assert _cells(view.appointments, 2) == ["Medical", "Interview"]
    # open findings given to her, the most severe first, the rule in words; the fixed one is gone
    assert view.findings.case_numbers() == ["LIM-000402", "LIM-000401"]
    assert _cells(view.findings, 0) == ["High", "Medium"]
    assert _cells(view.findings, 2) == ["Possible duplicate person", "Principal applicant has no photo"]
    # files held under her user name or her display name, the soonest due first
    assert view.files.case_numbers() == ["LIM-000403", "LIM-000404"]
    assert _cells(view.files, 2) == ["2026-12-12", "2026-12-20"]
    assert "2" in _cells(view.files, 3)[0] and "due" in _cells(view.files, 3)[0].lower()
    # the form a review sent back, with the reviewer's note; the approved one is not work
    assert view.reviews.case_numbers() == ["LIM-000401"]
    assert _cells(view.reviews, 2) == ["Has issues"] and _cells(view.reviews, 3) == [NOTE]
    for section in view.sections():
        assert section.table.isVisible() and not section.empty.isVisible()
    # an interviewer looks at her own work only: no chooser
    assert not view.user.isVisible() and not view.user_label.isVisible()
    assert view.read is not None and not view.read.may_choose


def test_a_row_opens_its_case_by_double_click_or_enter(qtbot, as_inez: WorkView) -> None:
    view = as_inez
    table = view.findings.table
    rect = table.visualRect(view.findings.model.index(1, 2))
    qtbot.mouseClick(table.viewport(), Qt.MouseButton.LeftButton, pos=QPoint(rect.center()))  # as a mouse does
    with qtbot.waitSignal(view.case_requested, timeout=2000) as opened:
        qtbot.mouseDClick(table.viewport(), Qt.MouseButton.LeftButton, pos=QPoint(rect.center()))
    assert opened.args == ["LIM-000401"]
    table = view.cases.table
    table.setFocus()
    table.setCurrentIndex(view.cases.model.index(1, 0))
    with qtbot.waitSignal(view.case_requested, timeout=2000) as opened:
        qtbot.keyClick(table, Qt.Key.Key_Return)
    assert opened.args == ["LIM-000404"]


def test_a_team_lead_sees_her_empty_page_then_a_team_member_s_work(qtbot, as_lead: WorkView) -> None:
    view = as_lead
    assert view.heading.text() == "My work"
    assert "Nothing is waiting for you" in view.summary.text()
    for section in view.sections():  # each empty list says so in a sentence
        assert not section.table.isVisible() and section.empty.isVisible() and section.empty.text().endswith(".")
    assert view.user.isVisible() and view.user_label.isVisible()
    offered = [view.user.itemText(i) for i in range(view.user.count())]
    assert offered == ["Inez Synthetic (inez)", "ivan", "Me (lead)"]  # active users only
    assert view.user.currentText() == "Me (lead)"
    view.user.setFocus()
    qtbot.keyClick(view.user, Qt.Key.Key_Home)  # the first user: inez
    settle(view.ctx.tasks)
    assert view.heading.text() == "Work of Inez Synthetic (inez)"
    assert view.cases.case_numbers() == ["LIM-000403", "LIM-000404", "LIM-000402", "LIM-000401"]
    assert view.reviews.case_numbers() == ["LIM-000401"]
    qtbot.keyClick(view.user, Qt.Key.Key_Down)  # ivan
    settle(view.ctx.tasks)
    assert view.heading.text() == "Work of ivan"
    assert view.cases.case_numbers() == ["LIM-000405"]
    assert view.findings.case_numbers() == ["LIM-000405"] and _cells(view.findings, 2) == ["Household does not add up"]
    assert _cells(view.reviews, 2) == ["Rejected"] and _cells(view.reviews, 3) == ["Wrong case."]
    assert view.files.case_numbers() == [] and view.files.empty.isVisible()
    assert view.appointments.empty.isVisible()


def test_refresh_reads_the_work_again(qtbot, as_lead: WorkView) -> None:
    view = as_lead
    ws = view.ctx.ws
    assert view.cases.case_numbers() == []
    assign_cases(ws, ["LIM-000402", "LIM-000401"], "lead")
    view.refresh_button.click()
    settle(view.ctx.tasks)
    assert view.cases.case_numbers() == ["LIM-000402", "LIM-000401"]  # P-1 before P-3
    assert view.cases.table.isVisible() and not view.cases.empty.isVisible()
    assign_cases(ws, ["LIM-000402"], None)
    view.setFocus()
    qtbot.keyClick(view, Qt.Key.Key_F5)
    settle(view.ctx.tasks)
    assert view.cases.case_numbers() == ["LIM-000401"]
