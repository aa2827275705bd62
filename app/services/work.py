"""Work assignment (issue 22): a team lead gives cases (one, many, or a filter's whole result) and
appointments to a team member; "my work" gathers what a user has to do.

An assignee is an active user of this workspace, named by user name; `none` (or None) takes the
work off whoever had it. Only the team lead assigns (`assign_work`, app/models/roles.py); a batch
is all or nothing: unknown case numbers are named together and nothing changes. Each change goes
through a unit of work, so it is audited, told in the case's history and synced; two laptops that
assign one case to different people offline meet as a conflict a team lead decides.

"My work" for a user: the cases assigned to them (expedited first, then priority P-1 to P-3, then
the longest in their stage), today's appointments they take care of or staff, the quality findings
given to them that are still open, the paper files they hold, and the forms they submitted that a
review sent back (has issues, rejected). Everyone sees their own; a team lead anyone's.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import func, or_, select
from sqlalchemy.orm import Session

from app.errors import InvalidInput, NotFound, PermissionDenied
from app.models import Appointment, AuditEvent, Case, FormSubmission, QcFinding, User
from app.models.roles import allowed, role_words
from app.services.case_list import CaseFilter, case_rows
from app.services.cases import batch_case_numbers
from app.services.schedule import list_appointments
from app.services.uow import UnitOfWork, plain, reading, require_permission, unit_of_work, viewer_of
from app.store.workspace import Workspace

MAX_BATCH = 5000  # cases in one assignment (a ride holds a few hundred; a site a few thousand)
NOBODY = "none"  # `--to none`: take the work off whoever had it
OPEN_FINDINGS = ("open", "assigned")
SENT_BACK = ("has_issues", "rejected")
_PRIORITY_RANK = {"P-1": 0, "P-2": 1, "P-3": 2}
_SEVERITY_RANK = {"high": 0, "medium": 1, "low": 2}


@dataclass(frozen=True)
class Assignment:
    """What an assignment did: the cases whose assignee `changed`, and those `unchanged` (already
    theirs). `assignee` None: the work was taken off."""

    assignee: str | None
    changed: list[str]
    unchanged: list[str]

    def as_json(self) -> dict[str, Any]:
        return {"assignee": self.assignee, "changed": self.changed, "unchanged": self.unchanged}


@dataclass(frozen=True)
class WorkCase:
    case_number: str
    stage: str
    priority: str
    expedited: bool
    days_in_stage: int
    site: str

    def as_json(self) -> dict[str, Any]:
        return {
            "case_number": self.case_number,
            "stage": self.stage,
            "priority": self.priority,
            "expedited": self.expedited,
            "days_in_stage": self.days_in_stage,
            "site": self.site,
        }


@dataclass(frozen=True)
class WorkFinding:
    id: str
    rule: str
    severity: str
    status: str
    case_number: str
    detail: str

    def as_json(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "rule": self.rule,
            "severity": self.severity,
            "status": self.status,
            "case_number": self.case_number,
            "detail": self.detail,
        }


@dataclass(frozen=True)
class HeldFile:
    case_number: str
    held_since: str | None  # ISO time (UTC)
    due: str | None  # ISO date

    def as_json(self) -> dict[str, Any]:
        return {"case_number": self.case_number, "held_since": self.held_since, "due": self.due}


@dataclass(frozen=True)
class SentBack:
    """A form the user submitted that a review sent back."""

    submission_id: str
    case_number: str
    form_id: str
    review_status: str
    review_note: str | None

    def as_json(self) -> dict[str, Any]:
        return {
            "submission_id": self.submission_id,
            "case_number": self.case_number,
            "form_id": self.form_id,
            "review_status": self.review_status,
            "review_note": self.review_note,
        }


@dataclass(frozen=True)
class MyWork:
    user: str
    cases: list[WorkCase] = field(default_factory=list)
    appointments: list[Any] = field(default_factory=list)  # schedule.AppointmentInfo
    findings: list[WorkFinding] = field(default_factory=list)
    files: list[HeldFile] = field(default_factory=list)
    reviews: list[SentBack] = field(default_factory=list)

    def as_json(self) -> dict[str, Any]:
        return {
            "user": self.user,
            "cases": [c.as_json() for c in self.cases],
            "appointments": [a.as_json() for a in self.appointments],
            "findings": [f.as_json() for f in self.findings],
            "files": [f.as_json() for f in self.files],
            "reviews": [r.as_json() for r in self.reviews],
        }

    @property
    def empty(self) -> bool:
        return not (self.cases or self.appointments or self.findings or self.files or self.reviews)


# ----- assigning ----------------------------------------------------------------------------------
def assign_cases(ws: Workspace, case_numbers: Sequence[str], to: str | None) -> Assignment:
    """Give the cases of `case_numbers` to the user `to` (None or "none": to nobody). All or
    nothing: every unknown case number is named and nothing changes."""
    numbers = batch_case_numbers(case_numbers, MAX_BATCH)
    with unit_of_work(ws, "assign_work") as uow:
        assignee = _assignee(uow.session, to)
        cases = _cases(uow.session, numbers)
        return _assign(uow, cases, assignee)


def assign_filtered(ws: Workspace, filters: CaseFilter, to: str | None) -> Assignment:
    """Give every case the case list shows with `filters` (the same filter semantics) to `to`."""
    require_permission(ws, "assign_work")  # refused before anything is read
    if not filters.active:
        raise InvalidInput("Say which cases: give case numbers or at least one filter (site, ride, stage, ...).")
    ids = [row.case_id for row in case_rows(ws, filters)]
    if not ids:
        raise NotFound("No case matches the filter; nothing was assigned.")
    if len(ids) > MAX_BATCH:
        raise InvalidInput(
            "{count:,} cases at once is more than {limit:,}: narrow the filter.", count=len(ids), limit=MAX_BATCH
        )
    with unit_of_work(ws, "assign_work") as uow:
        assignee = _assignee(uow.session, to)
        cases = list(
            uow.session.scalars(
                select(Case).where(Case.id.in_(ids), Case.deleted.is_(False)).order_by(Case.case_number, Case.id)
            )
        )
        return _assign(uow, cases, assignee)


def assign_appointment(ws: Workspace, appointment_id: str, to: str | None) -> bool:
    """Give one appointment to `to` (None or "none": to nobody); False when it was already theirs."""
    with unit_of_work(ws, "assign_work") as uow:
        assignee = _assignee(uow.session, to)
        row = uow.session.get(Appointment, appointment_id.strip())
        if row is None or row.deleted:
            raise NotFound("No appointment {id} in this workspace.", id=appointment_id)
        return bool(uow.update(row, {"assignee": assignee}, case_id=row.case_id))


def _assign(uow: UnitOfWork, cases: list[Case], assignee: str | None) -> Assignment:
    changed: list[str] = []
    unchanged: list[str] = []
    for case in cases:
        if uow.update(case, {"assignee": assignee}, case_id=case.id):
            changed.append(case.case_number)
        else:
            unchanged.append(case.case_number)
    return Assignment(assignee, changed, unchanged)


def _cases(session: Session, numbers: list[str]) -> list[Case]:
    found: dict[str, Case] = {}
    for case in session.scalars(
        select(Case).where(Case.case_number.in_(numbers), Case.deleted.is_(False)).order_by(Case.id)
    ):
        found.setdefault(case.case_number, case)
    missing = [n for n in numbers if n not in found]
    if missing:
        raise NotFound(
            "No case {cases} in this workspace; nothing was assigned. Check the numbers, or search with "
            "`circuitride search`.",
            cases=", ".join(missing),
        )
    return [found[n] for n in numbers]


def _assignee(session: Session, to: str | None) -> str | None:
    """The user name work is given to, or None for nobody; an unknown or deactivated user is refused."""
    name = (to or "").strip().lower()  # user names are lower case (app/store/workspace.py)
    if not name or name == NOBODY:
        return None
    user = _user(session, name)
    if user is None:
        raise NotFound(
            "There is no user {user} on this laptop: work goes to one of its users (`circuitride user list`).",
            user=name,
        )
    if not user.active:
        raise InvalidInput("{user} is deactivated: give the work to an active user.", user=user.username)
    return user.username


def _user(session: Session, name: str) -> User | None:
    return session.scalar(select(User).where(User.username == name, User.deleted.is_(False)).order_by(User.id).limit(1))


# ----- my work ------------------------------------------------------------------------------------
def my_work(ws: Workspace, user: str | None = None, today: dt.date | None = None) -> MyWork:
    """What `user` (default: whoever unlocked the workspace) has to do on `today`. Anyone sees their
    own work; only a team lead sees another user's."""
    day = today or dt.date.today()
    with reading(ws) as session:
        role, viewer = viewer_of(session)
        name = (user or "").strip() or (viewer or "")
        if name != viewer:
            if not allowed(role, "assign_work"):
                raise PermissionDenied(
                    "Your role ({role}) sees only your own work; a team lead sees anyone's.", role=role_words(role)
                )
        person = _user(session, name)
        if person is None:
            raise NotFound("There is no user {user} on this laptop (`circuitride user list`).", user=name)
        cases = _my_cases(session, person.username, day)
        appointment_ids = _my_appointment_ids(session, person.username, day)
        findings = _my_findings(session, person.username)
        files = _my_files(session, person.username, person.display_name)
        reviews = _my_reviews(session, person.username)
    appointments = [a for a in list_appointments(ws, day=day.isoformat()) if a.id in appointment_ids]
    appointments = [a for a in appointments if a.status != "cancelled"]
    return MyWork(person.username, cases, appointments, findings, files, reviews)


def _my_cases(session: Session, username: str, today: dt.date) -> list[WorkCase]:
    rows = list(session.scalars(select(Case).where(Case.assignee == username, Case.deleted.is_(False))))
    created = _created_times(session, [c.id for c in rows if c.stage_since is None])
    out: list[tuple[tuple[Any, ...], WorkCase]] = []
    for case in rows:
        since = case.stage_since or created.get(case.id) or case.updated_at
        days = max(0, (today - _utc(since).date()).days) if since else 0
        key = (not case.expedited, _PRIORITY_RANK.get(case.priority, 9), -days, case.case_number)
        out.append((key, WorkCase(case.case_number, case.stage, case.priority, bool(case.expedited), days, case.site)))
    return [w for _, w in sorted(out, key=lambda pair: pair[0])]


def _created_times(session: Session, case_ids: list[str]) -> dict[str, dt.datetime]:
    """When each case was created on this laptop (its first audit event), for cases without a
    stage date (recorded before stages were dated)."""
    if not case_ids:
        return {}
    rows = session.execute(
        select(AuditEvent.case_id, func.min(AuditEvent.at))
        .where(AuditEvent.case_id.in_(case_ids))
        .group_by(AuditEvent.case_id)
    )
    return {case_id: at for case_id, at in rows if case_id and at}


def _utc(value: dt.datetime) -> dt.datetime:
    return value if value.tzinfo else value.replace(tzinfo=dt.UTC)


def _my_appointment_ids(session: Session, username: str, today: dt.date) -> set[str]:
    day, next_day = today.isoformat(), (today + dt.timedelta(days=1)).isoformat()
    return set(
        session.scalars(
            select(Appointment.id).where(
                Appointment.deleted.is_(False),
                or_(Appointment.assignee == username, Appointment.staff == username),
                Appointment.start >= day,
                Appointment.start < next_day,
            )
        )
    )


def _my_findings(session: Session, username: str) -> list[WorkFinding]:
    rows = session.execute(
        select(QcFinding, Case.case_number)
        .join(Case, Case.id == QcFinding.case_id)
        .where(
            QcFinding.assignee == username,
            QcFinding.status.in_(OPEN_FINDINGS),
            QcFinding.deleted.is_(False),
            Case.deleted.is_(False),
        )
    ).all()
    ordered = sorted(
        rows, key=lambda r: (_SEVERITY_RANK.get(r[0].severity, 9), plain(r[0].found_at) or "", r[1], r[0].id)
    )
    return [WorkFinding(f.id, f.rule, f.severity, f.status, number, f.detail or "") for f, number in ordered]


def _my_files(session: Session, username: str, display_name: str) -> list[HeldFile]:
    names = {username} | ({display_name.strip()} if display_name and display_name.strip() else set())
    rows = session.scalars(select(Case).where(Case.file_holder.in_(names), Case.deleted.is_(False)))
    files = [HeldFile(c.case_number, plain(c.file_held_since), c.file_due) for c in rows]
    return sorted(files, key=lambda f: (f.due is None, f.due or "", f.held_since or "", f.case_number))


def _my_reviews(session: Session, username: str) -> list[SentBack]:
    rows = session.execute(
        select(FormSubmission, Case.case_number)
        .join(Case, Case.id == FormSubmission.case_id)
        .where(
            FormSubmission.review_status.in_(SENT_BACK),
            FormSubmission.deleted.is_(False),
            Case.deleted.is_(False),
        )
    ).all()
    if not rows:
        return []
    submitters = _submitters(session, [s.id for s, _ in rows])
    out = []
    for sub, number in rows:
        # Who submitted it: whoever created it on this laptop; else the last to change it unless that
        # was the review itself (a submission pulled from HQ)
        submitter = submitters.get(sub.id) or (sub.updated_by if sub.updated_by != sub.reviewed_by else None)
        if submitter == username:
            out.append(SentBack(sub.id, number, sub.form_id, sub.review_status or "", sub.review_note))
    reviewed = {s.id: plain(s.reviewed_at) or "" for s, _ in rows}
    return sorted(out, key=lambda r: (reviewed[r.submission_id], r.case_number, r.submission_id))


def _submitters(session: Session, submission_ids: list[str]) -> dict[str, str]:
    rows = session.execute(
        select(AuditEvent.entity_id, AuditEvent.actor).where(
            AuditEvent.entity == "form_submissions",
            AuditEvent.action == "create",
            AuditEvent.entity_id.in_(submission_ids),
        )
    )
    return {entity_id: actor for entity_id, actor in rows if entity_id}
