"""The visiting officers' daily docket: each officer's appointments of a day, in time order, with
what the officer needs at a glance (the family in both scripts, its size, the interpreter and
language, where the physical file is, and the flags: expedited, medical, security). Read here,
laid out as a Word document by app/reports/docket.py.
"""

from __future__ import annotations

import datetime as dt
import re
from pathlib import Path

from sqlalchemy import select

from app.errors import InvalidInput, NotFound
from app.models import AdjudicationResult, Appointment, Case, Interpreter, Person, Site
from app.models import fields as F
from app.reports.docket import docket_bytes
from app.reports.model import Docket, DocketRow, DocketSection, Name
from app.services.documents import display_name_of, household, name_of, output_path, save
from app.services.interpreters import spoken
from app.services.schedule import stored_minutes
from app.services.uow import reading
from app.store.workspace import Workspace

# Appointments that are not on the docket: they take no officer's time that day.
OFF_DOCKET = frozenset({"cancelled", "rescheduled"})
SECURITY_FLAGGED = frozenset({"hit", "expired"})
MEDICAL_FLAGGED = frozenset({"deferred"})


def docket_for(ws: Workspace, day: str, *, officer: str | None = None, site: str | None = None) -> Docket:
    """The docket of `day` (YYYY-MM-DD): a section per officer (by name; appointments with no
    officer yet last), narrowed to one officer or one site when given."""
    day = F.checked(F.iso_date, day, "date")
    officer_name = (officer or "").strip()
    site_name = (site or "").strip()
    with reading(ws) as session:
        if site_name and session.scalars(select(Site.id).where(Site.name == site_name)).first() is None:
            raise NotFound("No site is named '{site}': see the sites in `circuitride schedule list`.", site=site_name)
        next_day = (dt.date.fromisoformat(day) + dt.timedelta(days=1)).isoformat()
        query = (
            select(Appointment, Case)
            .join(Case, Case.id == Appointment.case_id)
            .where(
                Appointment.deleted.is_(False),
                Case.deleted.is_(False),
                Appointment.start >= day,
                Appointment.start < next_day,
                Appointment.status.not_in(OFF_DOCKET),
            )
            .order_by(Appointment.start, Case.case_number)
        )
        if officer_name:
            query = query.where(Appointment.officer == officer_name)
        if site_name:
            query = query.where(Appointment.site == site_name)
        rows = session.execute(query).all()
        families = household(session, {case.id for _, case in rows})
        interpreters = {
            i.id: i
            for i in session.scalars(
                select(Interpreter).where(Interpreter.id.in_({a.interpreter_id for a, _ in rows if a.interpreter_id}))
            )
        }
        sections: dict[str, list[DocketRow]] = {}
        for appointment, case in rows:
            members = families.get(case.id, [])
            interpreter = interpreters.get(appointment.interpreter_id or "")
            sections.setdefault(appointment.officer or "", []).append(
                DocketRow(
                    start=dt.datetime.fromisoformat(appointment.start),
                    minutes=stored_minutes(appointment),
                    case_number=case.case_number,
                    principal=name_of(members[0]) if members else Name(latin=""),
                    household_size=len(members),
                    interpreter=interpreter.name if interpreter else "",
                    language=_language(appointment, interpreter, members),
                    file_location=case.file_location or "",
                    appointment_type=appointment.type,
                    room=appointment.room or "",
                    status=appointment.status,
                    expedited=bool(case.expedited),
                    medical=case.medical_status in MEDICAL_FLAGGED,
                    security=case.security_check_status in SECURITY_FLAGGED,
                    flags=_flags(case.flags),
                    appointment_id=appointment.id,
                )
            )
        generated_by = display_name_of(session, ws.username or "")
    ordered = sorted(sections.items(), key=lambda item: (item[0] == "", item[0].casefold()))
    return Docket(
        day=dt.date.fromisoformat(day),
        site=site_name,
        sections=[DocketSection(officer=name, rows=rows_) for name, rows_ in ordered],
        generated_at=dt.datetime.now().replace(microsecond=0),
        generated_by=generated_by,
    )


def write_docket(
    ws: Workspace, day: str, out: Path | str, *, officer: str | None = None, site: str | None = None
) -> int:
    """Write the docket of `day` as a Word document to `out` (.docx); returns its number of rows.
    A day with no appointment is said, not written as an empty document."""
    path = output_path(out, ".docx")
    docket = docket_for(ws, day, officer=officer, site=site)
    count = sum(len(s.rows) for s in docket.sections)
    if not count:
        raise InvalidInput(
            "No appointment on {day} (officer: {officer}; site: {site}): there is nothing to put on a docket.",
            day=docket.day.isoformat(),
            officer=(officer or "").strip() or "any",
            site=docket.site or "any",
        )
    save(path, docket_bytes(docket))
    return count


def results_recorded(ws: Workspace, day: str) -> set[str]:
    """Case numbers that have a result recorded on `day` (the Adjudication page marks them)."""
    day = F.checked(F.iso_date, day, "date")
    with reading(ws) as session:
        return set(
            session.scalars(
                select(Case.case_number)
                .join(AdjudicationResult, AdjudicationResult.case_id == Case.id)
                .where(AdjudicationResult.date == day, AdjudicationResult.deleted.is_(False))
            )
        )


def _language(row: Appointment, interpreter: Interpreter | None, members: list[Person]) -> str:
    """The appointment's language, else the principal applicant's first language the interpreter
    speaks, else the principal applicant's first language."""
    if row.language:
        return row.language
    family = [str(c) for p in members for c in (p.languages or []) if isinstance(c, str)]
    theirs = spoken(interpreter.languages) if interpreter else set()
    return next((c for c in family if c in theirs), family[0] if family else "")


def _flags(text: str | None) -> list[str]:
    return [f.strip() for f in re.split(r"[;,\n]", text or "") if f.strip()]
