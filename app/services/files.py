"""Paper case files: who holds each file, since when and until when; check-out and check-in of one
file or a ride's batch; the overdue list; what a scanned label finds; a ride's labels (PDF).

The chain of custody is appended, never edited: every check-out and check-in adds a FileMovement
(kind checkout or checkin, with the holder and the due date) and sets the case's custody fields
(`file_location`, `file_holder`, `file_held_since`, `file_due`, `file_home`) in the same unit of
work, so both are audited and synced together. A checked-out file's location is its holder; its
home is the place it was checked out from, where a check-in returns it unless told otherwise.

A batch is all or nothing: an unknown case number or a file out to someone else refuses the whole
batch with every reason, and nothing changes. Checking a file out again to the one who holds it
changes nothing and says so. Due dates are calendar days (`YYYY-MM-DD`) compared with the laptop's
today; a day already past is refused.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from app.errors import InvalidInput, Message
from app.models import Case, CircuitRide, FileMovement, Person
from app.models import fields as F
from app.reports.labels import PER_PAGE, Label, labels_pdf
from app.services.cases import batch_case_numbers, find_case, find_ride
from app.services.documents import output_path, save
from app.services.uow import UnitOfWork, plain, reading, unit_of_work
from app.store.workspace import Workspace

MAX_BATCH = 2000  # case numbers in one check-out or check-in (a ride holds a few hundred)


@dataclass(frozen=True)
class Custody:
    """Where a case's paper file is and who holds it."""

    case_number: str
    site: str
    location: str | None  # where it is now (its holder while checked out)
    holder: str | None  # None: in its place
    since: str | None  # ISO time (UTC) the holder took it
    due: str | None  # ISO date it is due back
    home: str | None  # where a check-in returns it

    def as_json(self) -> dict[str, Any]:
        return {
            "case_number": self.case_number,
            "site": self.site,
            "file_location": self.location,
            "holder": self.holder,
            "since": self.since,
            "due": self.due,
            "home": self.home,
        }


@dataclass(frozen=True)
class Batch:
    """What a check-out or check-in did: `changed` files, and `unchanged` ones (checked out again
    to the one who holds them)."""

    changed: list[Custody]
    unchanged: list[Custody]


@dataclass(frozen=True)
class OverdueFile:
    custody: Custody
    days_overdue: int

    def as_json(self) -> dict[str, Any]:
        return self.custody.as_json() | {"days_overdue": self.days_overdue}


class CustodyRefused(InvalidInput):
    """A check-out or check-in refused as a whole; `reasons` holds every reason, one per case."""

    def __init__(self, reasons: list[Message]) -> None:
        super().__init__("Nothing was changed: {reasons}.", reasons=_joined(reasons))
        self.reasons = reasons


def custody_of(case: Case) -> Custody:
    return Custody(
        case_number=case.case_number,
        site=case.site,
        location=case.file_location,
        holder=case.file_holder,
        since=plain(case.file_held_since),
        due=case.file_due,
        home=case.file_home,
    )


# ----- check-out and check-in -------------------------------------------------------------------
def checkout(
    ws: Workspace,
    case_numbers: Sequence[str],
    holder: str,
    *,
    due: str | None = None,
    reason: str | None = None,
    today: dt.date | None = None,
    now: dt.datetime | None = None,
) -> Batch:
    """Check the files of `case_numbers` out to `holder` (a person: a team member, an officer),
    due back on `due` if given."""
    who = F.checked(F.FILE_HOLDER, holder, "holder")
    if not who:
        raise InvalidInput("Say who takes the file: --to NAME (for example 'Interviewer A').")
    due_day = _due_day(due, today or dt.date.today())
    why = F.checked(F.REASON_TEXT, reason, "reason")
    numbers = batch_case_numbers(case_numbers, MAX_BATCH)
    at = now or dt.datetime.now(dt.UTC)
    with unit_of_work(ws, "move_files") as uow:
        cases, reasons = _cases(uow.session, numbers)
        unchanged: list[Case] = []
        for case in cases:
            if case.file_holder is None:
                continue
            if case.file_holder.casefold() == who.casefold():
                unchanged.append(case)
            else:
                reasons.append(
                    Message(
                        "the file of {case} is checked out to {holder} since {since}",
                        {"case": case.case_number, "holder": case.file_holder, "since": _day(case.file_held_since)},
                    )
                )
        if reasons:
            raise CustodyRefused(reasons)
        changed = [c for c in cases if c not in unchanged]
        for case in changed:
            _append(
                uow,
                case,
                FileMovement(kind="checkout", to_location=who, holder=who, due=due_day, reason=why, moved_at=at),
                {
                    "file_location": who,
                    "file_holder": who,
                    "file_held_since": at,
                    "file_due": due_day,
                    "file_home": case.file_location or case.file_home,
                },
            )
        return Batch([custody_of(c) for c in changed], [custody_of(c) for c in unchanged])


def checkin(
    ws: Workspace, case_numbers: Sequence[str], *, to: str | None = None, now: dt.datetime | None = None
) -> Batch:
    """Check the files of `case_numbers` back in: to their home (the place each was checked out
    from), or to `to`, which becomes their home."""
    place = F.checked(F.FILE_LOCATION, to, "location") if to is not None else None
    if to is not None and not place:
        raise InvalidInput("Say where the file goes back to (for example 'Lima office, cabinet 2'), or leave out --to.")
    numbers = batch_case_numbers(case_numbers, MAX_BATCH)
    at = now or dt.datetime.now(dt.UTC)
    with unit_of_work(ws, "move_files") as uow:
        cases, reasons = _cases(uow.session, numbers)
        for case in cases:
            if case.file_holder is None:
                reasons.append(
                    Message(
                        "the file of {case} is not checked out (it is at {location})",
                        {"case": case.case_number, "location": case.file_location or Message("an unknown place")},
                    )
                )
            elif not (place or case.file_home):
                reasons.append(
                    Message(
                        "the file of {case} has no home location recorded: say where it goes with --to",
                        {"case": case.case_number},
                    )
                )
        if reasons:
            raise CustodyRefused(reasons)
        for case in cases:
            destination = place or case.file_home or ""
            _append(
                uow,
                case,
                FileMovement(kind="checkin", to_location=destination, holder=case.file_holder, moved_at=at),
                {
                    "file_location": destination,
                    "file_holder": None,
                    "file_held_since": None,
                    "file_due": None,
                    "file_home": destination,
                },
            )
        return Batch([custody_of(c) for c in cases], [])


def _append(uow: UnitOfWork, case: Case, movement: FileMovement, custody: dict[str, Any]) -> None:
    """One link of the chain of custody and the case's custody fields, in the caller's unit of work."""
    movement.case_id = case.id
    movement.from_location = case.file_location
    movement.moved_by = uow.actor
    uow.create(movement, case_id=case.id)
    uow.update(case, custody, case_id=case.id)


def _cases(session: Session, numbers: list[str]) -> tuple[list[Case], list[Message]]:
    """The cases of `numbers`, in their order, and a reason for each number that names none."""
    found: dict[str, Case] = {}
    for case in session.scalars(
        select(Case).where(Case.case_number.in_(numbers), Case.deleted.is_(False)).order_by(Case.id)
    ):
        found.setdefault(case.case_number, case)
    reasons = [
        Message("there is no case {case} in this workspace", {"case": number})
        for number in numbers
        if number not in found
    ]
    return [found[n] for n in numbers if n in found], reasons


def _due_day(due: str | None, today: dt.date) -> str | None:
    day = F.checked(F.iso_date, due, "due date")
    if day is not None and day < today.isoformat():
        raise InvalidInput(
            "The due date {due} is past (today is {today}): give today or a later day.",
            due=day,
            today=today.isoformat(),
        )
    return str(day) if day is not None else None


def _day(at: dt.datetime | None) -> str:
    return at.astimezone(dt.UTC).date().isoformat() if at is not None else "?"


def _joined(messages: list[Message]) -> Message:
    joined = messages[0]
    for message in messages[1:]:
        joined = Message("{first}; {then}", {"first": joined, "then": message})
    return joined


# ----- reading ----------------------------------------------------------------------------------
def overdue(ws: Workspace, *, today: dt.date | None = None) -> list[OverdueFile]:
    """Checked-out files past their due date, the most overdue first."""
    day = today or dt.date.today()
    with reading(ws) as session:
        cases = session.scalars(
            select(Case)
            .where(
                Case.deleted.is_(False),
                Case.file_holder.is_not(None),
                Case.file_due.is_not(None),
                Case.file_due < day.isoformat(),
            )
            .order_by(Case.file_due, Case.case_number)
        )
        return [
            OverdueFile(custody_of(c), (day - dt.date.fromisoformat(c.file_due or day.isoformat())).days) for c in cases
        ]


def find_scanned(ws: Workspace, scanned: str) -> Custody:
    """The file whose label was scanned: a USB scanner types the case number and Enter, so blanks,
    a line ending and lower case around it are forgiven."""
    text = scanned.strip()
    try:
        number = F.CASE_FIELDS["case_number"].parse(text)
    except ValueError:
        raise InvalidInput(
            "'{text}' is not a case number from a label (such as LIM-000123): scan the label again.",
            text=F.shown(text),
        ) from None
    with reading(ws) as session:
        return custody_of(find_case(session, str(number)))


# ----- labels ------------------------------------------------------------------------------------
def write_labels(ws: Workspace, ride: str, out: Path | str) -> int:
    """Labels for every case of the ride `ride` (by name), by case number, as a PDF at `out`;
    returns how many. The labels carry no names (app/reports/labels.py says why)."""
    path = output_path(out, ".pdf")
    name = F.checked(F.REFERENCE_NAME, ride, "ride")
    with reading(ws) as session:
        ride_id = find_ride(session, name).id
        labels = [
            Label(case_number=number, site=site)
            for number, site in session.execute(
                select(Case.case_number, Case.site)
                .where(Case.ride_id == ride_id, Case.deleted.is_(False))
                .order_by(Case.case_number)
            )
        ]
    if not labels:
        raise InvalidInput("The ride '{ride}' has no case: there is no label to print.", ride=name)
    save(path, labels_pdf(labels, title=f"Case file labels: {name}"))
    return len(labels)


def pages_for(labels: int) -> int:
    """Sheets of labels that `labels` labels take."""
    return -(-labels // PER_PAGE)


# ----- the Files page's list ---------------------------------------------------------------------
@dataclass(frozen=True)
class FileRow:
    """One case's paper file as the Files page lists it: its custody, whose case it is, and how
    many days it is overdue (0 when it is in its place or not yet due)."""

    custody: Custody
    principal: str
    ride: str
    days_overdue: int

    @property
    def state(self) -> str:
        """'overdue', 'out' (checked out, not overdue) or 'in' (in its place)."""
        if self.custody.holder is None:
            return "in"
        return "overdue" if self.days_overdue > 0 else "out"


def file_rows(ws: Workspace, *, today: dt.date | None = None) -> list[FileRow]:
    """Every live case's paper file, read in one query: overdue files first (the most overdue
    first), then the others checked out (the soonest due first), then those in their place; by
    case number within each."""
    day = today or dt.date.today()
    principal = (
        select(func.trim(func.coalesce(Person.given_names, "") + " " + func.coalesce(Person.family_name, "")))
        .where(Person.case_id == Case.id, Person.role == "principal_applicant", Person.deleted.is_(False))
        .order_by(Person.id)
        .limit(1)
        .correlate(Case)
        .scalar_subquery()
    )
    # Columns, not Case objects: a workspace of 50,000 cases is listed at once.
    query = (
        select(
            Case.case_number,
            Case.site,
            Case.file_location,
            Case.file_holder,
            Case.file_held_since,
            Case.file_due,
            Case.file_home,
            principal,
            CircuitRide.name,
        )
        .outerjoin(CircuitRide, CircuitRide.id == Case.ride_id)
        .where(Case.deleted.is_(False))
        .order_by(Case.case_number, Case.id)
    )
    with reading(ws) as session:
        result = session.execute(query).all()
    rows: list[FileRow] = []
    for number, site, location, holder, since, due, home, name, ride in result:
        late = 0
        if holder is not None and due is not None and due < day.isoformat():
            late = (day - dt.date.fromisoformat(due)).days
        custody = Custody(number, site, location, holder, plain(since), due, home)
        rows.append(FileRow(custody, name or "", ride or "", late))
    order = {"overdue": 0, "out": 1, "in": 2}
    rows.sort(key=lambda r: (order[r.state], -r.days_overdue, (r.custody.due or "~") if r.state == "out" else ""))
    return rows
