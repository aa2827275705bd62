"""Work assignment and "my work" (issue 22), on a real encrypted workspace: a team lead gives cases
(one, a batch, a filter's whole result) to a team member and takes them off again; a batch is all or
nothing; unknown and deactivated users and other roles are refused with nothing changed; a user's
work lists their cases by urgency, today's appointments, open findings, the files they hold and
the forms sent back to them; the command line; two laptops assigning one case offline conflict."""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import select

from app.errors import InvalidInput, NotFound, PermissionDenied
from app.models import Appointment, Case, Conflict, FormSubmission, QcFinding, User
from app.services.case_list import CaseFilter
from app.services.case_view import show_case
from app.services.cases import create_case
from app.services.files import checkout
from app.services.history import case_history
from app.services.schedule import book
from app.services.uow import unit_of_work
from app.services.work import assign_appointment, assign_cases, assign_filtered, my_work
from app.store.workspace import Workspace
from app.sync.engine import sync
from tests.conftest import cli_env
from tests.support.hq import HQServer, enrolled, running_hq
from tests.support.staff import STAFF_PASSWORD, add_staff, reopen_as

TODAY = dt.date(2026, 12, 10)
BEFORE = dt.datetime(2026, 12, 1, 12, 0)  # "now" for bookings made for TODAY
# case number -> (priority, expedited, site, days in its stage on TODAY)
CASES = {
    "LIM-000401": ("P-3", False, "Lima", 3),
    "LIM-000402": ("P-1", False, "Lima", 2),
    "LIM-000403": ("P-2", True, "Lima", 1),
    "LIM-000404": ("P-1", False, "Lima", 9),
    "SHI-000405": ("P-1", False, "Shire", 5),
}


@pytest.fixture
def cases(ws: Workspace) -> list[str]:
    for number, (priority, expedited, site, _days) in CASES.items():
        create_case(
            ws,
            {"case_number": number, "site": site, "priority": priority, "expedited": expedited},
            [{"role": "principal_applicant", "family_name": "Synthwork", "given_names": "Ana"}],
        )
    with unit_of_work(ws) as uow:  # the day each case entered its stage (the bookkeeping's, not a user's)
        for case in uow.session.scalars(select(Case)):
            since = dt.datetime.combine(TODAY, dt.time(12), dt.UTC) - dt.timedelta(days=CASES[case.case_number][3])
            uow.update(case, {"stage_since": since}, case_id=case.id)
    add_staff(ws, "inez", "interviewer")
    add_staff(ws, "ivan", "interviewer")
    with unit_of_work(ws) as uow:
        uow.create(User(username="old.hand", display_name="", role="interviewer", active=False), case_id=None)
    return list(CASES)


def assignees(ws: Workspace) -> dict[str, str | None]:
    return {number: show_case(ws, number)["assignee"] for number in CASES}


def test_a_team_lead_assigns_one_case_a_batch_and_takes_them_off(ws: Workspace, cases: list[str]) -> None:
    one = assign_cases(ws, ["lim-000401 "], " Inez")
    assert (one.assignee, one.changed, one.unchanged) == ("inez", ["LIM-000401"], [])
    batch = assign_cases(ws, ["LIM-000401", "LIM-000402", "SHI-000405"], "ivan")
    assert batch.changed == ["LIM-000401", "LIM-000402", "SHI-000405"]
    again = assign_cases(ws, ["LIM-000402"], "ivan")
    assert (again.changed, again.unchanged) == ([], ["LIM-000402"])
    assert assignees(ws) == {
        "LIM-000401": "ivan",
        "LIM-000402": "ivan",
        "LIM-000403": None,
        "LIM-000404": None,
        "SHI-000405": "ivan",
    }
    off = assign_cases(ws, ["LIM-000401", "LIM-000403"], "none")
    assert (off.assignee, off.changed, off.unchanged) == (None, ["LIM-000401"], ["LIM-000403"])
    assign_cases(ws, ["LIM-000402"], None)
    assert assignees(ws)["LIM-000401"] is None and assignees(ws)["LIM-000402"] is None
    told = [row.text for row in case_history(ws, "LIM-000401")]
    assert "assigned the case to inez" in told
    assert "assigned the case to ivan" in told
    assert told[-1] == "took the case off ivan's work"


def test_a_filter_s_whole_result_is_assigned(ws: Workspace, cases: list[str]) -> None:
    done = assign_filtered(ws, CaseFilter(site="Lima", priority="P-1"), "inez")
    assert done.changed == ["LIM-000402", "LIM-000404"]
    assert {n for n, who in assignees(ws).items() if who == "inez"} == {"LIM-000402", "LIM-000404"}
    before = assignees(ws)
    with pytest.raises(NotFound, match="No case matches"):
        assign_filtered(ws, CaseFilter(site="Nowhere"), "inez")
    with pytest.raises(InvalidInput, match="Say which cases"):
        assign_filtered(ws, CaseFilter(), "inez")
    assert assignees(ws) == before


@pytest.mark.parametrize(
    ("numbers", "to", "error", "words"),
    [
        (["LIM-000401", "LIM-999998", "LIM-000402", "LIM-999999"], "inez", NotFound,
         "No case LIM-999998, LIM-999999 in this workspace; nothing was assigned"),
        (["LIM-000401"], "nobody.here", NotFound, "There is no user nobody.here"),
        (["LIM-000401"], "old.hand", InvalidInput, "old.hand is deactivated"),
        ([" "], "inez", InvalidInput, "Give at least one case number"),
    ],
)  # fmt: skip
def test_a_refused_batch_changes_nothing(
    ws: Workspace, cases: list[str], numbers: list[str], to: str, error: type[Exception], words: str
) -> None:
    assign_cases(ws, ["LIM-000403"], "ivan")
    before = assignees(ws)
    with pytest.raises(error, match=words):
        assign_cases(ws, numbers, to)
    assert assignees(ws) == before


def test_only_a_team_lead_assigns(ws: Workspace, cases: list[str]) -> None:
    assign_cases(ws, ["LIM-000401"], "ivan")
    interviewer = reopen_as(ws, "inez")
    try:
        before = assignees(interviewer)
        with pytest.raises(PermissionDenied, match=r"Your role \(interviewer\) may not assign work"):
            assign_cases(interviewer, ["LIM-000401", "LIM-000402"], "inez")
        with pytest.raises(PermissionDenied, match="assign work"):
            assign_filtered(interviewer, CaseFilter(site="Lima"), "inez")
        with pytest.raises(PermissionDenied, match="assign work"):
            assign_cases(interviewer, ["LIM-000401"], "none")
        # whatever the path (an edit of the case itself, as HQ judges it too)
        with pytest.raises(PermissionDenied, match="assign work"), unit_of_work(interviewer, "edit_cases") as uow:
            case = uow.session.scalar(select(Case).where(Case.case_number == "LIM-000402"))
            assert case is not None
            uow.update(case, {"assignee": "inez"}, case_id=case.id)
        assert assignees(interviewer) == before
    finally:
        interviewer.lock()


def _work_for_inez(ws: Workspace) -> dict[str, str]:
    """Give inez a bit of everything; return the ids made."""
    assign_cases(ws, ["LIM-000401", "LIM-000402", "LIM-000403", "LIM-000404"], "inez")
    assign_cases(ws, ["SHI-000405"], "ivan")
    at = TODAY.isoformat()
    ids = {
        "assigned": book(ws, "LIM-000401", type="interview", start=f"{at}T10:00", now=BEFORE),
        "staffed": book(ws, "LIM-000402", type="medical", start=f"{at}T09:00", room="Room 2", now=BEFORE),
        "other": book(ws, "LIM-000403", type="interview", start=f"{at}T11:00", room="Room 3", now=BEFORE),
        "tomorrow": book(ws, "LIM-000404", type="interview", start=f"{TODAY + dt.timedelta(days=1)}T09:00",
                         now=BEFORE),
    }  # fmt: skip
    assert assign_appointment(ws, ids["assigned"], "inez")
    assert assign_appointment(ws, ids["tomorrow"], "inez")
    assert assign_appointment(ws, ids["other"], "ivan")
    with unit_of_work(ws, "edit_cases") as uow:
        staffed = uow.session.get(Appointment, ids["staffed"])
        assert staffed is not None
        uow.update(staffed, {"staff": "inez"}, case_id=staffed.case_id)
        # quality findings given to inez (the QC checks make these; here a unit of work does)
        by_number = {c.case_number: c.id for c in uow.session.scalars(select(Case))}
        for rule, severity, status, number in [
            ("missing_dob", "medium", "assigned", "LIM-000401"),
            ("possible_duplicate", "high", "open", "LIM-000402"),
            ("no_file_location", "low", "fixed", "LIM-000403"),
        ]:
            finding = QcFinding(case_id=by_number[number], rule=rule, severity=severity, status=status,
                                detail=f"synthetic {rule}", assignee="inez")  # fmt: skip
            uow.create(finding, case_id=by_number[number])
            ids[rule] = finding.id
    with unit_of_work(ws) as uow:  # her display name (an administrator's act: here the bookkeeping's)
        user = uow.session.scalar(select(User).where(User.username == "inez"))
        assert user is not None
        uow.update(user, {"display_name": "Inez Synthetic"}, case_id=None)
    # paper files: one to her user name, one to her display name, one to someone else
    checkout(ws, ["LIM-000404"], "inez", due="2026-12-20", today=TODAY)
    checkout(ws, ["SHI-000405"], "Inez Synthetic", today=TODAY)
    checkout(ws, ["LIM-000401"], "Officer Synthetic A", today=TODAY)
    # forms: two she submitted (one sent back, one approved), one of ivan's sent back
    for who, number, key in [("inez", "LIM-000401", "sent_back"), ("inez", "LIM-000402", "approved"),
                             ("ivan", "LIM-000403", "ivans")]:  # fmt: skip
        person = reopen_as(ws, who)
        try:
            with unit_of_work(person, "edit_cases") as uow:
                case = uow.session.scalar(select(Case).where(Case.case_number == number))
                assert case is not None
                sub = FormSubmission(case_id=case.id, form_id="cr_pre_screening", form_version="1",
                                     status="complete", answers={})  # fmt: skip
                uow.create(sub, case_id=case.id)
                ids[key] = sub.id
        finally:
            person.lock()
    ws.unlock("correct horse battery staple", "lead")
    reviews = {"sent_back": ("has_issues", "the household's dates of birth"), "approved": ("approved", None),
               "ivans": ("rejected", "wrong case")}  # fmt: skip
    with unit_of_work(ws, "quality_control") as uow:
        for key, (status, note) in reviews.items():
            sub = uow.session.get(FormSubmission, ids[key])
            assert sub is not None
            uow.update(sub, {"review_status": status, "review_note": note, "reviewed_by": "lead"}, case_id=sub.case_id)
    return ids


def test_my_work_lists_cases_by_urgency_and_everything_else_of_the_user(ws: Workspace, cases: list[str]) -> None:
    ids = _work_for_inez(ws)
    work = my_work(ws, "inez", today=TODAY)
    assert work.user == "inez"
    # expedited first, then P-1 (longest in its stage first), P-2, P-3
    assert [(c.case_number, c.days_in_stage) for c in work.cases] == [
        ("LIM-000403", 1),
        ("LIM-000404", 9),
        ("LIM-000402", 2),
        ("LIM-000401", 3),
    ]
    assert work.cases[0].as_json() == {"case_number": "LIM-000403", "stage": "pre-screening", "priority": "P-2",
                                       "expedited": True, "days_in_stage": 1, "site": "Lima"}  # fmt: skip
    assert [a.id for a in work.appointments] == [ids["staffed"], ids["assigned"]]  # today's, in time order
    assert work.appointments[0].as_json()["room"] == "Room 2"
    assert [(f.rule, f.severity, f.status, f.case_number) for f in work.findings] == [
        ("possible_duplicate", "high", "open", "LIM-000402"),
        ("missing_dob", "medium", "assigned", "LIM-000401"),
    ]
    assert [(f.case_number, f.due) for f in work.files] == [("LIM-000404", "2026-12-20"), ("SHI-000405", None)]
    assert [r.as_json() for r in work.reviews] == [
        {"submission_id": ids["sent_back"], "case_number": "LIM-000401", "form_id": "cr_pre_screening",
         "review_status": "has_issues", "review_note": "the household's dates of birth"}
    ]  # fmt: skip
    doc = json.loads(json.dumps(work.as_json()))
    assert set(doc) == {"user", "cases", "appointments", "findings", "files", "reviews"}
    ivans = my_work(ws, "ivan", today=TODAY)
    assert [c.case_number for c in ivans.cases] == ["SHI-000405"]
    assert [a.id for a in ivans.appointments] == [ids["other"]]
    assert [r.submission_id for r in ivans.reviews] == [ids["ivans"]] and ivans.files == []
    leads = my_work(ws, today=TODAY)  # the lead's own: nothing
    assert leads.user == "lead" and leads.empty


def test_an_interviewer_sees_only_their_own_work(ws: Workspace, cases: list[str]) -> None:
    _work_for_inez(ws)
    interviewer = reopen_as(ws, "inez")
    try:
        own = my_work(interviewer, today=TODAY)
        assert own.user == "inez" and len(own.cases) == 4
        assert my_work(interviewer, "inez", today=TODAY).as_json() == own.as_json()
        with pytest.raises(PermissionDenied, match=r"Your role \(interviewer\) sees only your own work"):
            my_work(interviewer, "ivan", today=TODAY)
    finally:
        interviewer.lock()
    lead = reopen_as(interviewer, "lead", "correct horse battery staple")
    try:
        with pytest.raises(NotFound, match="no user nobody.here"):
            my_work(lead, "nobody.here", today=TODAY)
    finally:
        lead.lock()


def shire_numbers(ws: Workspace) -> list[str]:
    reopened = Workspace(ws.path)
    reopened.unlock("correct horse battery staple", "lead")
    try:
        with reopened.session() as s:
            return list(s.scalars(select(Case.case_number).where(Case.site == "Shire")))
    finally:
        reopened.lock()


def test_the_command_line_assigns_and_shows_work(ws: Workspace, cases: list[str], cli: Any, tmp_path: Path) -> None:
    ws.lock()
    as_lead = ("--user", "lead")
    done = cli(*as_lead, "case", "assign", "LIM-000401", "lim-000402", "--to", "inez", "--json")
    assert done.returncode == 0, done.stderr
    assert json.loads(done.stdout) == {"assignee": "inez", "changed": ["LIM-000401", "LIM-000402"], "unchanged": []}
    by_filter = cli(*as_lead, "case", "assign", "--site", "Shire", "--to", "ivan")
    assert by_filter.returncode == 0 and "Assigned 1 case to ivan" in by_filter.stderr
    refused = cli(*as_lead, "case", "assign", "LIM-000403", "LIM-999999", "--to", "inez")
    assert (
        refused.returncode == 1 and "No case LIM-999999" in refused.stderr and "nothing was assigned" in refused.stderr
    )
    both = cli(*as_lead, "case", "assign", "LIM-000403", "--site", "Lima", "--to", "inez")
    assert both.returncode == 2 and "not both" in both.stderr
    work = cli(*as_lead, "work", "--user", "inez", "--json")
    assert work.returncode == 0, work.stderr
    doc = json.loads(work.stdout)
    assert doc["user"] == "inez" and [c["case_number"] for c in doc["cases"]] == ["LIM-000402", "LIM-000401"]
    assert doc["appointments"] == doc["findings"] == doc["files"] == doc["reviews"] == []
    shown = cli(*as_lead, "work", "--user", "inez")
    assert shown.returncode == 0 and "LIM-000402" in shown.stdout and "Work of inez" in shown.stdout
    # the interviewer: their own work; not another's; no assigning
    env = cli_env(tmp_path, CIRCUITRIDE_PASSWORD=STAFF_PASSWORD, CIRCUITRIDE_USER="inez")
    own = cli("work", "--json", env=env)
    assert own.returncode == 0 and json.loads(own.stdout)["user"] == "inez"
    other = cli("work", "--user", "ivan", env=env)
    assert other.returncode == 1 and "sees only your own work" in other.stderr
    denied = cli("case", "assign", "LIM-000403", "--to", "inez", env=env)
    assert denied.returncode == 1 and "may not assign work" in denied.stderr
    off = cli(*as_lead, "case", "assign", "LIM-000401", "--to", "none")
    assert off.returncode == 0 and "Took 1 case off" in off.stderr
    # every case a user has, handed on; then every unassigned case of a site
    handed = cli(*as_lead, "case", "assign", "--assigned-to", "inez", "--to", "ivan", "--json")
    assert handed.returncode == 0 and json.loads(handed.stdout)["changed"] == ["LIM-000402"]
    back = cli(*as_lead, "case", "assign", "--assigned-to", "ivan", "--to", "inez", "--json")
    assert back.returncode == 0, back.stderr
    assert sorted(json.loads(back.stdout)["changed"]) == sorted(["LIM-000402", *shire_numbers(ws)])
    free = cli(*as_lead, "case", "assign", "--assigned-to", "none", "--site", "Lima", "--to", "lead", "--json")
    assert free.returncode == 0 and "LIM-000402" not in json.loads(free.stdout)["changed"]
    cli(*as_lead, "case", "assign", *json.loads(free.stdout)["changed"], "--to", "none")
    cli(*as_lead, "case", "assign", *shire_numbers(ws), "--to", "ivan")  # as before, for what follows
    reopened = Workspace(ws.path)
    reopened.unlock("correct horse battery staple", "lead")
    try:
        assert assignees(reopened) == {
            "LIM-000401": None,
            "LIM-000402": "inez",
            "LIM-000403": None,
            "LIM-000404": None,
            "SHI-000405": "ivan",
        }
    finally:
        reopened.lock()


@pytest.fixture
def hq(tmp_path: Path, hq_db_url: str | None) -> Iterator[HQServer]:
    with running_hq(tmp_path / "hq", hq_db_url) as server:
        yield server


def test_two_laptops_assigning_one_case_offline_meet_as_a_conflict(hq: HQServer, tmp_path: Path) -> None:
    first = enrolled(hq, tmp_path / "first", "first-laptop")
    create_case(first, {"case_number": "LIM-000501", "site": "Lima"}, [])
    assert not sync(first).rejected
    second = enrolled(hq, tmp_path / "second", "second-laptop")
    sync(second)
    for laptop, colleague in ((first, "inez"), (second, "ivan")):
        add_staff(laptop, colleague, "interviewer")
    # Offline, each team lead gives the case to another person.
    assign_cases(first, ["LIM-000501"], "inez")
    assign_cases(second, ["LIM-000501"], "ivan")
    sync(first)
    sync(second)
    sync(first)
    for laptop in (first, second):
        doc = show_case(laptop, "LIM-000501")
        assert [(c["table"], c["field"]) for c in doc["conflicts"]] == [("cases", "assignee")], doc["conflicts"]
        assert doc["assignee"] in ("inez", "ivan")
    # neither assignment was silently lost: the conflict holds both values
    with second.session() as s:
        [conflict] = s.scalars(select(Conflict).where(Conflict.resolved.is_(False))).all()
        values = sorted(json.dumps(c) for c in conflict.candidates)
    assert any("inez" in v for v in values) and any("ivan" in v for v in values), values
    first.lock()
    second.lock()
