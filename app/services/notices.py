"""Notices to a family, in their language: to come to an appointment or a briefing, or what an
officer's result means for them. A notice is a Word document (app/reports/notices.py lays it out
from a template per language) or one line of the day's SMS and call list (CSV). Each notice given is
recorded on the case (`notices`: who, when, which language, which appointment or result), so the
schedule shows the family as notified, and two laptops notifying one family never conflict.

The language is the principal applicant's first language that has a template, else English,
unless the user picks another.
"""

from __future__ import annotations

import csv
import datetime as dt
import io
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.errors import InvalidInput, NotFound
from app.models import AdjudicationResult, Appointment, Case, Interpreter, Notice, Person, vocab
from app.models import fields as F
from app.models.base import utcnow
from app.reports import notices as templates
from app.reports.model import NoticeContent
from app.services.cases import find_case
from app.services.documents import display_name_of, household, name_of, output_path, save
from app.services.interpreters import spoken
from app.services.manifest_csv import spreadsheet_cell
from app.services.schedule import ACTIVE_STATUSES, list_appointments, stored_minutes
from app.services.uow import reading, unit_of_work
from app.store.workspace import Workspace

# Appointment types a briefing notice is for; every other type gets an appointment notice.
BRIEFING_TYPES = frozenset({"briefing", "cultural_orientation"})
SMS_COLUMNS = (
    "date",
    "time",
    "site",
    "room",
    "case_number",
    "principal_applicant",
    "principal_applicant_native",
    "language",
    "appointment",
    "interpreter",
    "message",
)


@dataclass(frozen=True)
class NoticeInfo:
    id: str
    case_number: str
    kind: str
    language: str
    channel: str
    appointment_id: str | None
    result_id: str | None
    issued_by: str
    issued_at: str
    path: str = ""

    def as_json(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "case_number": self.case_number,
            "kind": self.kind,
            "language": self.language,
            "channel": self.channel,
            "appointment_id": self.appointment_id,
            "result_id": self.result_id,
            "issued_by": self.issued_by,
            "issued_at": self.issued_at,
            "path": self.path,
        }


def notice_languages(ws: Workspace, case_number: str) -> tuple[str, list[tuple[str, str]]]:
    """The language a notice for this family defaults to, and every language with a template as
    (code, its own name for itself)."""
    with reading(ws) as session:
        case = find_case(session, case_number)
        members = household(session, [case.id])[case.id]
    default = templates.template_language_for(_languages(members[0]) if members else [])
    return default, [(code, templates.language_name(code)) for code in templates.template_languages()]


def issue_notice(
    ws: Workspace,
    case_number: str,
    *,
    kind: str,
    out: Path | str,
    appointment_id: str | None = None,
    result_id: str | None = None,
    language: str | None = None,
    contact: str | None = None,
    today: dt.date | None = None,
) -> NoticeInfo:
    """Write a notice for a case's family to `out` (.docx) and record it on the case.

    An appointment or briefing notice is for `appointment_id`, else for the family's next
    appointment of that kind; a result notice for `result_id`, else the latest result."""
    kind = F.checked(F.choice(vocab.NOTICE_KINDS), (kind or "").strip().lower(), "kind")
    path = output_path(out, ".docx")
    wanted = _template_language(language)
    contact_text = F.checked(F.CONTACT, contact, "contact")
    issued_on = today or dt.date.today()
    with unit_of_work(ws, "edit_cases") as uow:
        session = uow.session
        case = find_case(session, case_number)
        members = household(session, [case.id])[case.id]
        lang = wanted or templates.template_language_for(_languages(members[0]) if members else [])
        issuer = display_name_of(session, uow.actor)
        base = _base(case, members, kind, lang, issued_on, contact_text or _default_contact(issuer, case.site), issuer)
        appointment: Appointment | None = None
        result: AdjudicationResult | None = None
        if kind == "result":
            result = _result(session, case, result_id)
            content = _with_result(base, result)
        else:
            appointment = _appointment(session, case, kind, appointment_id, issued_on)
            content = _with_appointment(session, base, appointment, members)
        save(path, templates.notice_bytes(content))
        row = Notice(
            case_id=case.id,
            kind=kind,
            language=lang,
            channel="document",
            appointment_id=appointment.id if appointment else None,
            result_id=result.id if result else None,
            issued_by=uow.actor,
            issued_at=utcnow(),
        )
        uow.create(row, case_id=case.id)
        return _info(row, case.case_number, str(path))


def list_notices(ws: Workspace, case_number: str) -> list[NoticeInfo]:
    """The notices a family was given, oldest first."""
    with reading(ws) as session:
        case = find_case(session, case_number)
        rows = session.scalars(
            select(Notice)
            .where(Notice.case_id == case.id, Notice.deleted.is_(False))
            .order_by(Notice.issued_at, Notice.id)
        ).all()
        return [_info(r, case.case_number) for r in rows]


def sms_list(
    ws: Workspace,
    day: str,
    out: Path | str,
    *,
    site: str | None = None,
    contact: str | None = None,
    today: dt.date | None = None,
) -> int:
    """The day's appointments as one line per family (CSV, UTF-8 with a byte-order mark so that
    spreadsheets read every script): when, where, who, in which language, and the message to send
    or read out in that language. Each family listed is recorded as notified for that appointment
    (once, however often the list is made). Returns the number of families."""
    day = F.checked(F.iso_date, day, "date")
    path = output_path(out, ".csv")
    contact_text = F.checked(F.CONTACT, contact, "contact")
    issued_on = today or dt.date.today()
    appointments = [a for a in list_appointments(ws, day=day, site=site) if a.status in ACTIVE_STATUSES]
    firsts: dict[str, str] = {}
    for a in appointments:  # in time order: a family's first appointment of the day
        firsts.setdefault(a.case_id, a.id)
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\r\n")
    writer.writerow(SMS_COLUMNS)
    with unit_of_work(ws, "edit_cases") as uow:
        session = uow.session
        issuer = display_name_of(session, uow.actor)
        families = household(session, firsts)
        already = _sms_given(session, list(firsts.values()))
        for case_id, appointment_id in firsts.items():
            case = session.get(Case, case_id)
            row = session.get(Appointment, appointment_id)
            if case is None or row is None:
                continue
            members = families[case_id]
            lang = templates.template_language_for(_languages(members[0]) if members else [])
            kind = "briefing" if row.type in BRIEFING_TYPES else "appointment"
            base = _base(
                case, members, kind, lang, issued_on, contact_text or _default_contact(issuer, case.site), issuer
            )
            content = _with_appointment(session, base, row, members)
            writer.writerow(
                [
                    spreadsheet_cell(v)
                    for v in (
                        day,
                        row.start[11:16],
                        row.site,
                        row.room,
                        case.case_number,
                        content.principal.latin,
                        content.principal.native,
                        lang,
                        row.type.replace("_", " "),
                        _interpreter_name(session, row.interpreter_id),
                        templates.sms_text(content),
                    )
                ]
            )
            if (appointment_id, lang) not in already:
                notice = Notice(
                    case_id=case_id,
                    kind=kind,
                    language=lang,
                    channel="sms",
                    appointment_id=appointment_id,
                    issued_by=uow.actor,
                    issued_at=utcnow(),
                )
                uow.create(notice, case_id=case_id)
        save(path, buffer.getvalue().encode("utf-8-sig"))
    return len(firsts)


# ----- gathering what a notice says ---------------------------------------------------------------
def _base(
    case: Case, members: list[Person], kind: str, lang: str, issued_on: dt.date, contact: str, issuer: str
) -> NoticeContent:
    names = [name_of(p) for p in members]
    if not names:
        raise InvalidInput(
            "Case {case} has nobody in its household yet: add the principal applicant before giving a notice.",
            case=case.case_number,
        )
    return NoticeContent(
        kind=kind,
        language=lang,
        case_number=case.case_number,
        principal=names[0],
        household=names,
        issued_on=issued_on,
        contact=contact,
        issued_by=issuer,
    )


def _with_appointment(session: Session, base: NoticeContent, row: Appointment, members: list[Person]) -> NoticeContent:
    return replace(
        base,
        appointment_type=row.type,
        start=dt.datetime.fromisoformat(row.start),
        minutes=stored_minutes(row),
        site=row.site or "",
        room=row.room or "",
        interpreter_language=_interpreter_language(session, row, members),
    )


def _with_result(base: NoticeContent, row: AdjudicationResult) -> NoticeContent:
    return replace(
        base,
        result_kind=row.kind or "interview",
        outcome=row.decision,
        result_date=dt.date.fromisoformat(row.date),
    )


def _appointment(session: Session, case: Case, kind: str, appointment_id: str | None, today: dt.date) -> Appointment:
    wanted_types = BRIEFING_TYPES if kind == "briefing" else frozenset(vocab.APPOINTMENT_TYPES) - BRIEFING_TYPES
    if appointment_id:
        row = session.get(Appointment, appointment_id.strip())
        if row is None or row.deleted or row.case_id != case.id:
            raise NotFound(
                "No appointment {id} for case {case}: see `circuitride schedule list --json`.",
                id=appointment_id,
                case=case.case_number,
            )
        if row.status not in ACTIVE_STATUSES:
            raise InvalidInput(
                "This appointment was cancelled, missed or has taken place: book a new one before giving a "
                "notice for it."
            )
        if kind == "briefing" and row.type not in BRIEFING_TYPES:
            raise InvalidInput(
                "A briefing notice is for a briefing or a cultural orientation, and this appointment is neither: "
                "give an appointment notice (--kind appointment)."
            )
        return row
    upcoming = session.scalars(
        select(Appointment)
        .where(
            Appointment.case_id == case.id,
            Appointment.deleted.is_(False),
            Appointment.start >= today.isoformat(),
            Appointment.status.in_(ACTIVE_STATUSES),
            Appointment.type.in_(wanted_types),
        )
        .order_by(Appointment.start)
        .limit(1)
    ).first()
    if upcoming is None and kind == "briefing":
        raise InvalidInput(
            "Case {case} has no briefing booked from today on: book one first (`circuitride schedule add`), "
            "or name it with --appointment.",
            case=case.case_number,
        )
    if upcoming is None:
        raise InvalidInput(
            "Case {case} has no appointment booked from today on: book one first (`circuitride schedule add`), "
            "or name it with --appointment.",
            case=case.case_number,
        )
    return upcoming


def _result(session: Session, case: Case, result_id: str | None) -> AdjudicationResult:
    query = select(AdjudicationResult).where(
        AdjudicationResult.case_id == case.id, AdjudicationResult.deleted.is_(False)
    )
    if result_id:
        row = session.scalars(query.where(AdjudicationResult.id == result_id.strip())).first()
        if row is None:
            raise NotFound(
                "No result {id} for case {case}: see `circuitride result list {case} --json`.",
                id=result_id,
                case=case.case_number,
            )
        return row
    latest = session.scalars(
        query.order_by(AdjudicationResult.date.desc(), AdjudicationResult.id.desc()).limit(1)
    ).first()
    if latest is None:
        raise InvalidInput(
            "Case {case} has no result recorded yet: record it first (`circuitride result record`).",
            case=case.case_number,
        )
    return latest


def _interpreter_language(session: Session, row: Appointment, members: list[Person]) -> str:
    """The language the interpreter will speak with the family: the appointment's, else the first
    language of the principal applicant (then the household) that the interpreter speaks."""
    if not row.interpreter_id:
        return ""
    if row.language:
        return row.language
    interpreter = session.get(Interpreter, row.interpreter_id)
    theirs = spoken(interpreter.languages) if interpreter else set()
    for person in members:
        for code in _languages(person):
            if code in theirs:
                return code
    return ""


def _interpreter_name(session: Session, interpreter_id: str | None) -> str:
    interpreter = session.get(Interpreter, interpreter_id) if interpreter_id else None
    return interpreter.name if interpreter else ""


def _sms_given(session: Session, appointment_ids: list[str]) -> set[tuple[str, str]]:
    found: set[tuple[str, str]] = set()
    for start in range(0, len(appointment_ids), 500):
        for appointment_id, lang in session.execute(
            select(Notice.appointment_id, Notice.language).where(
                Notice.appointment_id.in_(appointment_ids[start : start + 500]),
                Notice.channel == "sms",
                Notice.deleted.is_(False),
            )
        ):
            found.add((str(appointment_id), lang))
    return found


def _languages(person: Person) -> list[str]:
    return [str(code) for code in person.languages or [] if isinstance(code, str)]


def _template_language(language: str | None) -> str | None:
    if not language:
        return None
    code = language.strip().lower().replace("_", "-")
    available = templates.template_languages()
    if code in available:
        return code
    matched = templates.template_language_for([code])
    if matched != "en" or code.split("-")[0] == "en":
        return matched
    raise InvalidInput(
        "There is no notice template in '{language}'. Templates exist in: {available}.",
        language=language,
        available=", ".join(available),
    )


def _default_contact(issuer: str, site: str) -> str:
    return f"{issuer}, {site}" if site else issuer


def _info(row: Notice, case_number: str, path: str = "") -> NoticeInfo:
    return NoticeInfo(
        id=row.id,
        case_number=case_number,
        kind=row.kind,
        language=row.language,
        channel=row.channel,
        appointment_id=row.appointment_id,
        result_id=row.result_id,
        issued_by=row.issued_by,
        issued_at=row.issued_at.isoformat(timespec="seconds") if row.issued_at else "",
        path=path,
    )
