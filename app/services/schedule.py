"""The schedule of a circuit ride: appointments of a case's family with an interpreter, an officer
and a room, at a site, at a time.

Every write checks the booking against the rest of the schedule on this laptop:
- the interpreter, the officer, the room (at its site) or the family booked twice at overlapping
  times (appointments that are cancelled, done or missed take no time);
- an interpreter who speaks no language of the family (or not the appointment's language), is away
  that day, or no longer works with the team;
- a time outside the site's working hours (`sites.hours`, else 08:00-17:00), or in the past.
A booking that clashes is refused with every reason (`ScheduleConflict`, exit 1 on the command
line), unless a team lead books it anyway with a reason (`force_reason`): the appointment keeps
that reason (`override_reason`) and is shown flagged.

Times are the site's local clock time, as people read them there (`2026-12-10T09:30`); the laptop's
own clock says what is past. Appointments are case records: they sync and merge per field like the
case they belong to.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from dataclasses import dataclass, replace
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.errors import InvalidInput, Message, NotFound, PermissionDenied
from app.models import Appointment, Case, Interpreter, Notice, Person, Site, vocab
from app.models import fields as F
from app.models.roles import allowed, refusal_text
from app.services.cases import find_case, find_ride
from app.services.interpreters import away_on, find_interpreter, spoken
from app.services.uow import UnitOfWork, reading, unit_of_work
from app.store.workspace import Workspace

DEFAULT_HOURS = "08:00-17:00"
DEFAULT_MINUTES = 60
MAX_MINUTES = 10 * 60
# Appointments that hold their slot; the others (done, missed, cancelled, replaced) take no time.
ACTIVE_STATUSES = frozenset({"proposed", "booked", "confirmed", "tentative", "notified"})
# What `schedule status` may set (a cancellation needs its reason: `cancel`).
SETTABLE_STATUSES = ("proposed", "booked", "confirmed", "done", "no_show")


CONFLICT_TEXT = Message(
    "The booking clashes with the schedule: {reasons}. Choose another time, room or interpreter; "
    "a team lead may book it anyway with a reason."
)


class Keep:
    """`move`'s default for a field it leaves as it is."""


KEEP = Keep()


class ScheduleConflict(InvalidInput):
    """A booking that clashes with the schedule; `clashes` holds every reason."""

    def __init__(self, clashes: list[Clash]) -> None:
        super().__init__(CONFLICT_TEXT, reasons=_joined([c.text for c in clashes]))
        self.clashes = clashes


@dataclass(frozen=True)
class Clash:
    rule: str  # interpreter_busy, officer_busy, room_busy, family_busy, language, away, inactive, hours, past
    text: Message
    other: str | None = None  # the appointment it clashes with


@dataclass(frozen=True)
class AppointmentInfo:
    id: str
    case_id: str
    case_number: str
    type: str
    start: str
    minutes: int
    site: str
    room: str
    interpreter_id: str | None
    interpreter: str
    officer: str
    language: str
    status: str
    cancel_reason: str
    override_reason: str  # booked despite a clash, and why (shown flagged)
    notified: bool

    def as_json(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "case_number": self.case_number,
            "type": self.type,
            "start": self.start,
            "minutes": self.minutes,
            "site": self.site,
            "room": self.room,
            "interpreter_id": self.interpreter_id,
            "interpreter": self.interpreter,
            "officer": self.officer,
            "language": self.language,
            "status": self.status,
            "cancel_reason": self.cancel_reason,
            "override_reason": self.override_reason,
            "notified": self.notified,
        }


# ----- reading ------------------------------------------------------------------------------------
def list_appointments(
    ws: Workspace,
    *,
    day: str | None = None,
    site: str | None = None,
    ride: str | None = None,
    case_number: str | None = None,
    include_inactive: bool = True,
) -> list[AppointmentInfo]:
    """Appointments in time order, narrowed to a day (YYYY-MM-DD), a site, a ride (by name) or a case."""
    day = _day(day) if day else None
    with reading(ws) as session:
        query = select(Appointment, Case.case_number).join(Case, Case.id == Appointment.case_id)
        query = query.where(Appointment.deleted.is_(False), Case.deleted.is_(False))
        if day:
            query = query.where(Appointment.start >= day, Appointment.start < _next_day(day))
        if site:
            query = query.where(Appointment.site == site.strip())
        if ride:
            query = query.where(Case.ride_id == find_ride(session, ride).id)
        if case_number:
            query = query.where(Appointment.case_id == find_case(session, case_number).id)
        rows = session.execute(query).all()
        names = _interpreter_names(session, {a.interpreter_id for a, _ in rows if a.interpreter_id})
        notified = _notified(session, (a.id for a, _ in rows))
        out = [_info(a, number, names, notified) for a, number in rows]
    if not include_inactive:
        out = [a for a in out if a.status in ACTIVE_STATUSES]
    return sorted(out, key=lambda a: (a.start, a.site, a.room, a.case_number, a.id))


def show_appointment(ws: Workspace, appointment_id: str) -> AppointmentInfo:
    with reading(ws) as session:
        row = _find(session, appointment_id)
        case = session.get(Case, row.case_id)
        names = _interpreter_names(session, {row.interpreter_id} if row.interpreter_id else set())
        return _info(row, case.case_number if case else "", names, _notified(session, [row.id]))


def site_hours(ws: Workspace, site: str | None) -> str:
    """A site's working hours, "08:00-17:00" (the default day when the site names none)."""
    with reading(ws) as session:
        return _site_hours(session, site)


def family_languages(ws: Workspace, case_numbers: Iterable[str]) -> dict[str, str]:
    """Each family's first language, as the schedule shows it: the principal applicant's first,
    else any member's. One query for every case asked."""
    numbers = sorted({n.strip().upper() for n in case_numbers if n})
    out: dict[str, str] = {}
    with reading(ws) as session:
        for start in range(0, len(numbers), 500):  # SQLite's bound-parameter limit
            rows = session.execute(
                select(Case.case_number, Person.role, Person.languages)
                .join(Person, Person.case_id == Case.id)
                .where(
                    Case.case_number.in_(numbers[start : start + 500]),
                    Case.deleted.is_(False),
                    Person.deleted.is_(False),
                )
                .order_by(Case.case_number, Person.role != "principal_applicant", Person.id)
            ).all()
            for number, _role, languages in rows:
                first = next((c for c in languages or [] if isinstance(c, str)), None)
                if first and number not in out:
                    out[number] = first
    return out


# ----- writing ------------------------------------------------------------------------------------
def book(
    ws: Workspace,
    case_number: str,
    *,
    type: str,
    start: str,
    minutes: int = DEFAULT_MINUTES,
    site: str | None = None,
    room: str | None = None,
    interpreter: str | None = None,
    officer: str | None = None,
    language: str | None = None,
    force_reason: str | None = None,
    status: str = "booked",
    now: dt.datetime | None = None,
) -> str:
    """Book an appointment for a case's family; returns its id. `site` defaults to the case's site;
    `interpreter` is an interpreter's id or exact name. Refused with every reason when it clashes
    with the schedule, unless a team lead gives `force_reason`."""
    values = {
        "type": _choice(type, vocab.APPOINTMENT_TYPES, "type"),
        "status": _choice(status, vocab.APPOINTMENT_STATUSES, "status"),
        "room": F.checked(F.ROOM, room, "room"),
        "officer": F.checked(F.OFFICER, officer, "officer"),
        "language": F.checked(F.language, language, "language") if language else None,
    }
    begin, end = _times(start, minutes)
    reason = _force_reason(force_reason)
    with unit_of_work(ws, "edit_cases") as uow:
        case = find_case(uow.session, case_number)
        values["site"] = F.checked(F.SITE_NAME, site, "site") if site else case.site
        values["interpreter_id"] = find_interpreter(uow.session, interpreter).id if interpreter else None
        row = Appointment(case_id=case.id, start=_text(begin), end=_text(end), **values)
        row.override_reason = reason if _check(uow, row, None, reason, now) else None
        uow.create(row, case_id=case.id)
        return row.id


def move(
    ws: Workspace,
    appointment_id: str,
    *,
    start: str | None = None,
    minutes: int | None = None,
    room: str | None | Keep = KEEP,
    interpreter: str | None | Keep = KEEP,
    officer: str | None | Keep = KEEP,
    force_reason: str | None = None,
    now: dt.datetime | None = None,
) -> dict[str, tuple[Any, Any]]:
    """Move an appointment to another time (keeping its length unless `minutes` is given), or give
    it another room, interpreter or officer (None clears one, KEEP leaves it); checked against the
    schedule like a new booking."""
    reason = _force_reason(force_reason)
    with unit_of_work(ws, "edit_cases") as uow:
        row = _find(uow.session, appointment_id)
        if row.status not in ACTIVE_STATUSES:
            raise InvalidInput(
                "This appointment is {status}; book a new one instead of moving it.",
                status=row.status.replace("_", "-"),
            )
        old_begin, old_end = _stored_times(row)
        length = minutes if minutes is not None else int((old_end - old_begin).total_seconds() // 60)
        begin, end = _times(start or _text(old_begin), length)
        changes: dict[str, Any] = {"start": _text(begin), "end": _text(end)}
        if not isinstance(room, Keep):
            changes["room"] = F.checked(F.ROOM, room, "room")
        if not isinstance(officer, Keep):
            changes["officer"] = F.checked(F.OFFICER, officer, "officer")
        if not isinstance(interpreter, Keep):
            changes["interpreter_id"] = find_interpreter(uow.session, interpreter).id if interpreter else None
        candidate = Appointment(
            case_id=row.case_id,
            type=row.type,
            site=row.site,
            language=row.language,
            status=row.status,
            room=changes.get("room", row.room),
            officer=changes.get("officer", row.officer),
            interpreter_id=changes.get("interpreter_id", row.interpreter_id),
            start=changes["start"],
            end=changes["end"],
        )
        candidate.id = row.id
        changes["override_reason"] = reason if _check(uow, candidate, row.id, reason, now) else None
        if row.status in ("confirmed", "notified"):
            changes["status"] = "booked"  # a new time is not what the family confirmed
        return uow.update(row, changes, case_id=row.case_id)


def set_status(ws: Workspace, appointment_id: str, status: str) -> dict[str, tuple[Any, Any]]:
    """confirmed (the family said they will come), done, no-show, or back to booked/proposed."""
    wanted = _choice(status.replace("-", "_"), SETTABLE_STATUSES, "status")
    with unit_of_work(ws, "edit_cases") as uow:
        row = _find(uow.session, appointment_id)
        if row.status in ("cancelled", "rescheduled"):
            raise InvalidInput("This appointment was cancelled; book a new one.")
        return uow.update(row, {"status": wanted}, case_id=row.case_id)


def cancel(ws: Workspace, appointment_id: str, reason: str) -> dict[str, tuple[Any, Any]]:
    """Cancel an appointment, saying why (the family asked, the officer's visit moved...)."""
    text = F.checked(F.REASON_TEXT, reason, "reason")
    if not text:
        raise InvalidInput("Say why the appointment is cancelled (--reason).")
    with unit_of_work(ws, "edit_cases") as uow:
        row = _find(uow.session, appointment_id)
        if row.status == "cancelled":
            raise InvalidInput("This appointment is already cancelled.")
        return uow.update(row, {"status": "cancelled", "cancel_reason": text}, case_id=row.case_id)


# ----- a proposal for a whole ride ----------------------------------------------------------------
# Cases past these stages need no new appointment.
FINISHED_STAGES = frozenset({"denied", "departed", "closed"})
PROPOSAL_STEP_MINUTES = 30  # slots start on the hour and the half hour
NO_INTERPRETER_LANGUAGES = frozenset({"en"})  # a family that speaks one of these needs no interpreter


@dataclass(frozen=True)
class Proposal:
    """What `propose` found for a ride: a slot per case it could place, and the cases it could not."""

    slots: list[AppointmentInfo]  # ids are empty until applied
    unplaced: list[tuple[str, Message]]  # (case number, why)


def propose(
    ws: Workspace,
    ride: str,
    *,
    type: str,
    first_day: str,
    last_day: str,
    minutes: int = DEFAULT_MINUTES,
    apply: bool = False,
    now: dt.datetime | None = None,
) -> Proposal:
    """A proposed `type` appointment for every case of `ride` that needs one (no such appointment
    booked, done or proposed, and the case not finished), on weekdays from `first_day` to
    `last_day` within each site's hours: expedited cases first, then by priority; a family that
    already has an appointment in those days is put on that day; an interpreter who works at the
    site, is not away and speaks a language of the family (none for English speakers); nobody
    booked twice, against the schedule and within the proposal. With `apply` the whole proposal is
    booked in one transaction (status proposed), or nothing is when any slot has been taken since."""
    kind = _choice(type, vocab.APPOINTMENT_TYPES, "type")
    start_day, end_day = dt.date.fromisoformat(_day(first_day)), dt.date.fromisoformat(_day(last_day))
    if end_day < start_day:
        raise InvalidInput(
            "The proposal's last day ({last}) is before its first ({first}).", last=last_day, first=first_day
        )
    if (end_day - start_day).days > 92:
        raise InvalidInput("Propose at most three months at once.")
    _times(f"{start_day.isoformat()}T09:00", minutes)  # the same length rule as one booking
    current = now or dt.datetime.now()
    days = [d for d in _days(start_day, end_day) if d.weekday() < 5 and d >= current.date()]
    with reading(ws, "edit_cases") as session:
        ride_id = find_ride(session, ride).id
        planner = _Planner(session, days, minutes, current)
        cases = planner.cases_needing(ride_id, kind)
        slots: list[AppointmentInfo] = []
        unplaced: list[tuple[str, Message]] = []
        for case in cases:
            placed = planner.place(case, kind)
            if isinstance(placed, Message):
                unplaced.append((case.case_number, placed))
            else:
                slots.append(placed)
    proposal = Proposal(slots, unplaced)
    return apply_proposal(ws, proposal, now=current) if apply else proposal


class _Planner:
    """Busy times by interpreter, family, each known day; fills the proposal greedily."""

    def __init__(self, session: Session, days: list[dt.date], minutes: int, now: dt.datetime) -> None:
        self.session, self.days, self.minutes, self.now = session, days, minutes, now
        self.busy: dict[tuple[str, str], list[tuple[dt.datetime, dt.datetime]]] = {}  # (kind:key, day)
        self.family_days: dict[str, set[str]] = {}
        if days:
            lo, hi = days[0].isoformat(), _next_day(days[-1].isoformat())
            for a in session.scalars(
                select(Appointment).where(
                    Appointment.deleted.is_(False),
                    Appointment.status.in_(ACTIVE_STATUSES),
                    Appointment.start >= lo,
                    Appointment.start < hi,
                )
            ):
                begin, end = _stored_times(a)
                self._take(a.case_id, a.interpreter_id, begin, end)
        self.interpreters = [
            i
            for i in session.scalars(
                select(Interpreter).where(Interpreter.deleted.is_(False), Interpreter.active.is_(True))
            )
        ]
        self.hours: dict[str, tuple[dt.time, dt.time]] = {}

    def cases_needing(self, ride_id: str, kind: str) -> list[Case]:
        has = {
            case_id
            for case_id in self.session.scalars(
                select(Appointment.case_id).where(
                    Appointment.deleted.is_(False),
                    Appointment.type == kind,
                    Appointment.status.in_(ACTIVE_STATUSES | {"done", "attended"}),
                )
            )
        }
        cases = [
            c
            for c in self.session.scalars(select(Case).where(Case.ride_id == ride_id, Case.deleted.is_(False)))
            if c.id not in has and c.stage not in FINISHED_STAGES
        ]
        return sorted(cases, key=lambda c: (not c.expedited, c.priority, c.case_number))

    def place(self, case: Case, kind: str) -> AppointmentInfo | Message:
        if not self.days:
            return Message("no working day between the dates given is still to come")
        languages = _family_languages(self.session, case.id)
        needs_interpreter = bool(languages) and not languages & NO_INTERPRETER_LANGUAGES
        candidates = [
            i for i in self.interpreters if (not i.sites or case.site in i.sites) and spoken(i.languages) & languages
        ]
        if needs_interpreter and not candidates:
            return Message(
                "no interpreter at {site} speaks {languages}",
                {"site": case.site or "?", "languages": ", ".join(sorted(languages))},
            )
        family_days = self.family_days.get(case.id, set())
        days = sorted(self.days, key=lambda d: (d.isoformat() not in family_days, d))
        opens, closes = self._hours(case.site)
        step = dt.timedelta(minutes=PROPOSAL_STEP_MINUTES)
        length = dt.timedelta(minutes=self.minutes)
        for day in days:
            begin = dt.datetime.combine(day, opens)
            while begin + length <= dt.datetime.combine(day, closes):
                end = begin + length
                if begin >= self.now and self._free(f"family:{case.id}", begin, end):
                    chosen = None
                    if needs_interpreter:
                        chosen = next(
                            (
                                i
                                for i in candidates
                                if not away_on(i.away, day) and self._free(f"interpreter:{i.id}", begin, end)
                            ),
                            None,
                        )
                    if chosen is not None or not needs_interpreter:
                        self._take(case.id, chosen.id if chosen else None, begin, end)
                        return AppointmentInfo(
                            id="", case_id=case.id, case_number=case.case_number, type=kind, start=_text(begin),
                            minutes=self.minutes, site=case.site, room="", interpreter_id=chosen.id if chosen else None,
                            interpreter=chosen.name if chosen else "", officer="", language="", status="proposed",
                            cancel_reason="", override_reason="", notified=False,
                        )  # fmt: skip
                begin += step
        return Message("no free slot between the dates given")

    def _hours(self, site: str) -> tuple[dt.time, dt.time]:
        if site not in self.hours:
            opens, closes = _site_hours(self.session, site).split("-")
            self.hours[site] = (dt.time.fromisoformat(opens), dt.time.fromisoformat(closes))
        return self.hours[site]

    def _free(self, key: str, begin: dt.datetime, end: dt.datetime) -> bool:
        return all(not (b < end and begin < e) for b, e in self.busy.get((key, begin.date().isoformat()), ()))

    def _take(self, case_id: str, interpreter_id: str | None, begin: dt.datetime, end: dt.datetime) -> None:
        day = begin.date().isoformat()
        self.busy.setdefault((f"family:{case_id}", day), []).append((begin, end))
        if interpreter_id:
            self.busy.setdefault((f"interpreter:{interpreter_id}", day), []).append((begin, end))
        self.family_days.setdefault(case_id, set()).add(day)


def _days(first: dt.date, last: dt.date) -> list[dt.date]:
    return [first + dt.timedelta(days=n) for n in range((last - first).days + 1)]


def apply_proposal(ws: Workspace, proposal: Proposal, *, now: dt.datetime | None = None) -> Proposal:
    """Book every slot of a proposal in one transaction, each checked against the schedule as it
    stands now (another booking may have taken one since the proposal was made): all or nothing.
    Returns the proposal with the new appointments' ids."""
    current = now or dt.datetime.now()
    out: list[AppointmentInfo] = []
    with unit_of_work(ws, "edit_cases") as uow:
        for slot in proposal.slots:
            begin = dt.datetime.fromisoformat(slot.start)
            row = Appointment(
                case_id=slot.case_id, type=slot.type, start=_text(begin),
                end=_text(begin + dt.timedelta(minutes=slot.minutes)), site=slot.site,
                interpreter_id=slot.interpreter_id, status="proposed",
            )  # fmt: skip
            found = clashes(uow.session, row, None, current)
            if found:
                raise ScheduleConflict(found)  # the unit of work rolls every slot back
            uow.create(row, case_id=slot.case_id)
            uow.session.flush()  # the next slot's check sees this one
            out.append(replace(slot, id=row.id))
    return Proposal(out, proposal.unplaced)


# ----- double bookings already in the schedule ----------------------------------------------------
@dataclass(frozen=True)
class DoubleBooking:
    """Two active appointments that overlap for one interpreter, officer, room or family: made on
    two laptops offline (each checked only against what its own laptop knew), met after sync."""

    rule: str  # interpreter_busy, officer_busy, room_busy, family_busy
    first: AppointmentInfo
    second: AppointmentInfo

    def as_json(self) -> dict[str, Any]:
        return {"rule": self.rule, "first": self.first.as_json(), "second": self.second.as_json()}


def double_bookings(ws: Workspace, *, since: str | None = None, now: dt.datetime | None = None) -> list[DoubleBooking]:
    """Every pair of active appointments from `since` (a day; default: today) that book one
    interpreter, officer, room or family at overlapping times, and that no team lead booked on
    purpose (an appointment with an override reason is not reported). A team lead settles each by
    moving or cancelling one of the two, or by booking one anyway with a reason."""
    first_day = _day(since) if since else (now or dt.datetime.now()).date().isoformat()
    with reading(ws) as session:
        query = (
            select(Appointment, Case.case_number)
            .join(Case, Case.id == Appointment.case_id)
            .where(
                Appointment.deleted.is_(False),
                Case.deleted.is_(False),
                Appointment.status.in_(ACTIVE_STATUSES),
                Appointment.start >= first_day,
            )
        )
        rows = [(a, number) for a, number in session.execute(query) if not a.override_reason]
        names = _interpreter_names(session, {a.interpreter_id for a, _ in rows})
        infos = sorted((_info(a, number, names, set()) for a, number in rows), key=lambda i: (i.start, i.id))
    out: list[DoubleBooking] = []
    spans = [(i, *_span(i)) for i in infos]
    for index, (first, _first_begin, first_end) in enumerate(spans):
        for second, second_begin, _second_end in spans[index + 1 :]:
            if second_begin >= first_end:
                break  # sorted by start: nothing later overlaps `first`
            for rule in _shared(first, second):
                out.append(DoubleBooking(rule, first, second))
    return out


def _span(info: AppointmentInfo) -> tuple[dt.datetime, dt.datetime]:
    begin = _naive(dt.datetime.fromisoformat(info.start))
    return begin, begin + dt.timedelta(minutes=max(info.minutes, 1))


def _shared(a: AppointmentInfo, b: AppointmentInfo) -> list[str]:
    rules = []
    if a.interpreter_id and a.interpreter_id == b.interpreter_id:
        rules.append("interpreter_busy")
    if a.officer and a.officer.casefold() == b.officer.casefold():
        rules.append("officer_busy")
    if a.room and a.room == b.room and a.site == b.site:
        rules.append("room_busy")
    if a.case_id == b.case_id:
        rules.append("family_busy")
    return rules


# ----- the checks ---------------------------------------------------------------------------------
def clashes(session: Session, row: Appointment, own_id: str | None, now: dt.datetime | None = None) -> list[Clash]:
    """Everything wrong with booking `row` (not yet stored, or stored as `own_id`) on this schedule."""
    out: list[Clash] = []
    begin, end = _stored_times(row)
    current = now or dt.datetime.now()
    if begin < current:
        out.append(Clash("past", Message("{start} is in the past", {"start": _shown(begin)})))
    hours = _site_hours(session, row.site)
    opens, closes = (dt.time.fromisoformat(t) for t in hours.split("-"))
    if begin.time() < opens or end.time() > closes or end.date() != begin.date():
        out.append(
            Clash(
                "hours",
                Message(
                    "{start} to {end} is outside the working hours of {site} ({hours})",
                    {"start": _shown(begin), "end": end.strftime("%H:%M"), "site": row.site or "?", "hours": hours},
                ),
            )
        )
    others = [
        other
        for other in session.scalars(
            select(Appointment).where(
                Appointment.deleted.is_(False),
                Appointment.start < _text(end),
                Appointment.start >= _text(begin - dt.timedelta(minutes=MAX_MINUTES)),
                Appointment.status.in_(ACTIVE_STATUSES),
            )
        )
        if other.id != own_id and _overlaps(other, begin, end)
    ]
    numbers = _case_numbers(session, {o.case_id for o in others})
    for other in others:
        when = Message(
            "{start} ({case})", {"start": _shown(_stored_times(other)[0]), "case": numbers.get(other.case_id, "?")}
        )
        if row.interpreter_id and other.interpreter_id == row.interpreter_id:
            out.append(
                Clash("interpreter_busy", Message("the interpreter is booked at {when}", {"when": when}), other.id)
            )
        if row.officer and (other.officer or "").casefold() == row.officer.casefold():
            out.append(
                Clash(
                    "officer_busy",
                    Message("{officer} is booked at {when}", {"officer": row.officer, "when": when}),
                    other.id,
                )
            )
        if row.room and other.room == row.room and other.site == row.site:
            out.append(
                Clash(
                    "room_busy", Message("room {room} is booked at {when}", {"room": row.room, "when": when}), other.id
                )
            )
        if other.case_id == row.case_id:
            out.append(Clash("family_busy", Message("the family is booked at {when}", {"when": when}), other.id))
    if row.interpreter_id:
        out.extend(_interpreter_problems(session, row, begin.date()))
    return out


def _interpreter_problems(session: Session, row: Appointment, day: dt.date) -> list[Clash]:
    interpreter = session.get(Interpreter, row.interpreter_id)
    if interpreter is None or interpreter.deleted:
        return [Clash("inactive", Message("the interpreter is not on this laptop's list"))]
    out: list[Clash] = []
    name = interpreter.name
    if not interpreter.active:
        out.append(Clash("inactive", Message("{name} no longer works with the team", {"name": name})))
    for period in away_on(interpreter.away, day):
        out.append(
            Clash(
                "away",
                Message(
                    "{name} is away from {start} to {end}",
                    {"name": name, "start": period["from"], "end": period["to"]},
                ),
            )
        )
    speaks = spoken(interpreter.languages)
    if row.language:
        if row.language not in speaks:
            out.append(
                Clash("language", Message("{name} does not speak {language}", {"name": name, "language": row.language}))
            )
    else:
        family = _family_languages(session, row.case_id)
        if family and not speaks & family:
            out.append(
                Clash(
                    "language",
                    Message(
                        "{name} speaks none of the family's languages ({languages})",
                        {"name": name, "languages": ", ".join(sorted(family))},
                    ),
                )
            )
    return out


def _check(uow: UnitOfWork, row: Appointment, own_id: str | None, reason: str | None, now: dt.datetime | None) -> bool:
    """Refuse a booking that clashes, unless a team lead overrides it with a reason (never a time in
    the past); True when it clashes and is overridden."""
    found = clashes(uow.session, row, own_id, now)
    if not found:
        return False
    past = next((c for c in found if c.rule == "past"), None)
    if past is not None:
        raise InvalidInput("{problem}: give a time still to come.", problem=past.text)
    if reason is None:
        raise ScheduleConflict(found)
    if not allowed(uow.role, "override_schedule"):
        raise PermissionDenied(refusal_text(uow.role, "override_schedule"))
    return True


# ----- helpers ------------------------------------------------------------------------------------
def _info(row: Appointment, case_number: str, names: dict[str, str], notified: set[str]) -> AppointmentInfo:
    begin, end = _stored_times(row)
    return AppointmentInfo(
        id=row.id,
        case_id=row.case_id,
        case_number=case_number,
        type=row.type,
        start=row.start,
        minutes=max(0, int((end - begin).total_seconds() // 60)),
        site=row.site or "",
        room=row.room or "",
        interpreter_id=row.interpreter_id,
        interpreter=names.get(row.interpreter_id or "", ""),
        officer=row.officer or "",
        language=row.language or "",
        status=row.status,
        cancel_reason=row.cancel_reason or "",
        override_reason=row.override_reason or "",
        notified=row.id in notified or bool(row.notifications),
    )


def _notified(session: Session, appointment_ids: Iterable[str]) -> set[str]:
    """Which of these appointments the family was given a notice for (app/services/notices.py)."""
    ids = list(appointment_ids)
    found: set[str] = set()
    for start in range(0, len(ids), 500):  # SQLite's bound-parameter limit
        found.update(
            i
            for i in session.scalars(
                select(Notice.appointment_id).where(
                    Notice.appointment_id.in_(ids[start : start + 500]), Notice.deleted.is_(False)
                )
            )
            if i
        )
    return found


def _find(session: Session, appointment_id: str) -> Appointment:
    row = session.get(Appointment, (appointment_id or "").strip())
    if row is None or row.deleted:
        raise NotFound(
            "No appointment {id} in this workspace; `circuitride schedule list` shows them.", id=appointment_id
        )
    return row


def _times(start: str, minutes: int) -> tuple[dt.datetime, dt.datetime]:
    text = F.checked(F.local_datetime, start, "start")
    if not text:
        raise InvalidInput("Say when the appointment starts, for example --at 2026-12-10T09:30.")
    if not isinstance(minutes, int) or not 5 <= minutes <= MAX_MINUTES:
        raise InvalidInput(
            "An appointment lasts 5 to {most} minutes; {minutes} is not that.", most=MAX_MINUTES, minutes=minutes
        )
    begin = dt.datetime.fromisoformat(text).replace(second=0, microsecond=0)
    return begin, begin + dt.timedelta(minutes=minutes)


def stored_minutes(row: Appointment) -> int:
    """How long the appointment is booked for, in minutes; 0 when it has no end (an older booking:
    a document then shows only its start, while clash checks count it as DEFAULT_MINUTES)."""
    if not row.end:
        return 0
    begin, end = dt.datetime.fromisoformat(row.start), dt.datetime.fromisoformat(row.end)
    return max(0, int((end - begin).total_seconds() // 60))


def _stored_times(row: Appointment) -> tuple[dt.datetime, dt.datetime]:
    begin = _naive(dt.datetime.fromisoformat(row.start))
    end = _naive(dt.datetime.fromisoformat(row.end)) if row.end else begin + dt.timedelta(minutes=DEFAULT_MINUTES)
    return begin, max(end, begin)


def _naive(value: dt.datetime) -> dt.datetime:
    return value.replace(tzinfo=None)


def _overlaps(other: Appointment, begin: dt.datetime, end: dt.datetime) -> bool:
    other_begin, other_end = _stored_times(other)
    return other_begin < end and begin < other_end


def _text(value: dt.datetime) -> str:
    return value.strftime("%Y-%m-%dT%H:%M:%S")


def _shown(value: dt.datetime) -> str:
    return value.strftime("%Y-%m-%d %H:%M")


def _day(value: str) -> str:
    day = F.checked(F.iso_date, value, "date")
    if not day:
        raise InvalidInput("date: give a day such as 2026-12-10.")
    return str(day)


def _next_day(day: str) -> str:
    return (dt.date.fromisoformat(day) + dt.timedelta(days=1)).isoformat()


def _site_hours(session: Session, site: str | None) -> str:
    if site:
        for row in session.scalars(select(Site).where(Site.name == site, Site.deleted.is_(False))):
            if row.hours:
                return row.hours
    return DEFAULT_HOURS


def _family_languages(session: Session, case_id: str) -> set[str]:
    out: set[str] = set()
    for languages in session.scalars(
        select(Person.languages).where(Person.case_id == case_id, Person.deleted.is_(False))
    ):
        out.update(str(code) for code in languages or [] if isinstance(code, str))
    return out


def _interpreter_names(session: Session, ids: Iterable[str | None]) -> dict[str, str]:
    wanted = [i for i in ids if i]
    if not wanted:
        return {}
    rows = session.execute(select(Interpreter.id, Interpreter.name).where(Interpreter.id.in_(wanted)))
    return {row_id: name for row_id, name in rows}  # not dict(result): a Result has keys(), the columns


def _case_numbers(session: Session, ids: set[str]) -> dict[str, str]:
    if not ids:
        return {}
    return {
        row_id: number for row_id, number in session.execute(select(Case.id, Case.case_number).where(Case.id.in_(ids)))
    }


def _choice(value: str, options: tuple[str, ...], what: str) -> str:
    return str(F.checked(F.choice(options), (value or "").strip().replace("-", "_"), what))


def _force_reason(reason: str | None) -> str | None:
    if reason is None:
        return None
    text = F.checked(F.REASON_TEXT, reason, "reason")
    if not text:
        raise InvalidInput("A booking made despite a conflict needs its reason (--reason).")
    return str(text)


def _joined(messages: list[Message]) -> Message:
    joined = messages[0]
    for message in messages[1:]:
        joined = Message("{first}; {then}", {"first": joined, "then": message})
    return joined
