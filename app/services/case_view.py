"""Read models of a case: plain dicts for `case show --json`, exports and the UI.

Nothing here returns an ORM object: callers get values that outlive the session. The small
derived facts a screen or a report shows next to a person (age from a partial date of birth, how
many of the person's fields are verified) are computed here too, so every front end agrees.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Any, TypeVar

from sqlalchemy import Select, select
from sqlalchemy.orm import Session

from app.models import (
    Appointment,
    Attachment,
    AuditEvent,
    Case,
    CircuitRide,
    Conflict,
    FileMovement,
    Interpreter,
    Note,
    Notice,
    Person,
    StageChange,
)
from app.models.roles import PERMISSIONS, allowed, may_read_note
from app.services.cases import find_case
from app.services.results import case_results
from app.services.uow import plain, reading, viewer_of
from app.store.workspace import Workspace

# The case's own rows a view lists (each has case_id and deleted columns).
_CaseRow = TypeVar("_CaseRow", Attachment, Note, FileMovement, Appointment, Notice, StageChange)

CASE_KEYS = (
    "case_number",
    "unhcr_id",
    "priority",
    "site",
    "stage",
    "expedited",
    "expedite_reason",
    "security_check_status",
    "medical_status",
    "file_location",
    "us_ties",
    "resettlement_preferences",
    "flags",
)
# The paper file's custody (app/services/files.py): outside CASE_KEYS, which are also the columns
# of a CSV manifest (cases and persons only); the JSON manifest carries them.
FILE_CUSTODY_KEYS = ("file_holder", "file_held_since", "file_due", "file_home")
PERSON_KEYS = (
    "role",
    "family_name",
    "given_names",
    "native_family_name",
    "native_given_names",
    "aliases",
    "dob",
    "dob_precision",
    "sex",
    "nationality",
    "country_of_birth",
    "place_of_birth",
    "languages",
    "marital_status",
    "relationship_to_pa",
)
ROLE_ORDER = {"principal_applicant": 0, "spouse": 1, "child": 2, "other_dependent": 3}
# The biographic fields an interviewer checks against documents, in the order a panel shows them.
VERIFIABLE_FIELDS = (
    "family_name",
    "given_names",
    "native_family_name",
    "native_given_names",
    "aliases",
    "dob",
    "sex",
    "nationality",
    "country_of_birth",
    "place_of_birth",
    "languages",
    "marital_status",
    "relationship_to_pa",
)


def person_dict(p: Person) -> dict[str, Any]:
    out: dict[str, Any] = {"id": p.id}
    out.update({k: plain(getattr(p, k)) for k in PERSON_KEYS})
    out["verified"] = plain(p.verified or {})
    out["profile_photo_id"] = p.profile_photo_id
    out["rev"] = p.rev
    return out


def persons_of(session: Session, case_id: str) -> list[Person]:
    rows = session.scalars(select(Person).where(Person.case_id == case_id, Person.deleted.is_(False))).all()
    return sorted(rows, key=lambda p: (ROLE_ORDER.get(p.role, 9), p.dob or "9999", p.id))


def case_dict(session: Session, case: Case, *, history: bool = True) -> dict[str, Any]:
    out: dict[str, Any] = {"id": case.id}
    out.update({k: plain(getattr(case, k)) for k in CASE_KEYS})
    out.update({k: plain(getattr(case, k)) for k in FILE_CUSTODY_KEYS})
    out["assignee"] = case.assignee  # the team member the case is assigned to (app/services/work.py)
    ride = session.get(CircuitRide, case.ride_id) if case.ride_id else None
    out["ride"] = ride.name if ride else None
    out["rev"] = case.rev
    out["updated_at"] = plain(case.updated_at)
    out["persons"] = [person_dict(p) for p in persons_of(session, case.id)]
    # Open conflicts about this case's records, by record and field: the case page marks each
    # field in conflict with a link to decide it (the date of birth's pair counts as "dob").
    out["conflicts"] = [
        {
            "id": c.id,
            "table": c.table_name,
            "row_id": c.row_id,
            "field": "dob" if c.field == "dob_precision" else c.field,
        }
        for c in session.scalars(
            select(Conflict)
            .where(Conflict.case_id == case.id, Conflict.resolved.is_(False))
            .order_by(Conflict.created_at)
        )
    ]
    for person in out["persons"]:
        person["conflicts"] = {
            c["field"]: c["id"] for c in out["conflicts"] if c["table"] == "persons" and c["row_id"] == person["id"]
        }

    def live(model: type[_CaseRow]) -> Select[_CaseRow]:
        return select(model).where(model.case_id == case.id, model.deleted.is_(False))

    out["attachments"] = [
        {
            "id": a.id,
            "person_id": a.person_id,
            "kind": a.kind,
            "document_type": a.document_type,
            "language": a.language,
            "page_order": a.page_order,
            "mime": a.mime,
            "size": a.size,
            "width": a.width,
            "height": a.height,
            "content_hash": a.content_hash,
            "thumbnail_hash": a.thumbnail_hash,
            "captured_at": plain(a.captured_at),
            "source": a.source,
            "title": a.title,
        }
        for a in session.scalars(live(Attachment).order_by(Attachment.captured_at, Attachment.page_order))
    ]
    # Need-to-know: the notes the reader may not read are left out (and counted, so a screen can
    # say some are withheld); the history keeps their events without their contents.
    role, reader = viewer_of(session)
    notes = list(session.scalars(live(Note).order_by(Note.id)))
    readable = [n for n in notes if may_read_note(role, reader, n.confidentiality, n.author)]
    withheld = {n.id for n in notes} - {n.id for n in readable}
    out["notes"] = [
        {
            "id": n.id,
            "person_id": n.person_id,
            "author": n.author,
            "text": n.text,
            "confidentiality": n.confidentiality,
            "at": plain(n.written_at),
        }
        for n in readable
    ]
    out["notes_withheld"] = len(withheld)
    out["file_movements"] = [
        {
            "id": m.id,
            "from": m.from_location,
            "to": m.to_location,
            "by": m.moved_by,
            "at": plain(m.moved_at),
            "reason": m.reason,
            "kind": m.kind,
            "holder": m.holder,
            "due": m.due,
        }
        for m in session.scalars(live(FileMovement).order_by(FileMovement.moved_at, FileMovement.id))
    ]
    interpreters = {i.id: i.name for i in session.scalars(select(Interpreter))}
    notices = list(session.scalars(live(Notice).order_by(Notice.issued_at, Notice.id)))
    notified = {n.appointment_id for n in notices if n.appointment_id}
    out["notices"] = [
        {
            "id": n.id,
            "kind": n.kind,
            "language": n.language,
            "channel": n.channel,
            "appointment_id": n.appointment_id,
            "result_id": n.result_id,
            "by": n.issued_by,
            "at": plain(n.issued_at),
        }
        for n in notices
    ]
    out["appointments"] = [
        {
            "id": a.id,
            "type": a.type,
            "start": a.start,
            "end": a.end,
            "site": a.site,
            "room": a.room,
            "staff": a.staff,
            "interpreter": interpreters.get(a.interpreter_id or ""),
            "language": a.language,
            "status": a.status,
            "officer": a.officer,
            "override_reason": a.override_reason,
            "cancel_reason": a.cancel_reason,
            "notified": a.id in notified or bool(a.notifications),
        }
        for a in session.scalars(live(Appointment).order_by(Appointment.start))
    ]
    if history:  # (not in a manifest: sync carries the stage's dates, an import dates its own moves)
        out["stage_since"] = plain(case.stage_since or case.updated_at)
        out["stage_changes"] = [
            {"from": m.from_stage, "to": m.to_stage, "at": plain(m.changed_at), "by": m.changed_by}
            for m in session.scalars(live(StageChange).order_by(StageChange.changed_at, StageChange.id))
        ]
        out["history"] = [
            {
                "seq": e.seq,
                "at": plain(e.at),
                "actor": e.actor,
                "action": e.action,
                "entity": e.entity,
                "entity_id": e.entity_id,
                "details": {} if e.entity == "notes" and e.entity_id in withheld else e.details,
            }
            for e in session.scalars(select(AuditEvent).where(AuditEvent.case_id == case.id).order_by(AuditEvent.seq))
        ]
    return out


def show_case(ws: Workspace, case_number: str) -> dict[str, Any]:
    """One case as its reader may see it, with what the reader's role may do (`role`, `may`: the
    actions of app/models/roles.py), so a screen offers only what the services will accept."""
    with reading(ws) as session:
        case = find_case(session, case_number)
        doc = case_dict(session, case)
        doc["results"] = [  # the officers' results, newest first
            {"id": r.id, "kind": r.kind, "outcome": r.outcome, "date": r.date, "officer": r.officer, "reason": r.reason}
            for r in case_results(session, case)
        ]
        role, _reader = viewer_of(session)
        doc["role"] = role
        doc["may"] = sorted(action for action in PERMISSIONS if allowed(role, action))
        return doc


@dataclass(frozen=True, slots=True)
class Age:
    """Completed years and months at `today`; `approximate` unless the date of birth is exact."""

    years: int
    months: int
    approximate: bool


def age_of(dob: str | None, precision: str | None, today: dt.date | None = None) -> Age | None:
    if not dob:
        return None
    today = today or dt.date.today()
    try:
        parts = [int(p) for p in dob.split("-")]
    except ValueError:
        return None
    # A partial date is read at the middle of its span, so the error is at most half of it.
    defaults = (0, 7, 15) if len(parts) == 1 else (0, 0, 15)
    year, month, day = (parts + list(defaults[len(parts) :]))[:3]
    total_months = (today.year - year) * 12 + (today.month - month) - (1 if today.day < day else 0)
    if total_months < 0:
        return None
    approximate = precision != "exact" or len(parts) < 3
    return Age(total_months // 12, total_months % 12, approximate)


@dataclass(frozen=True, slots=True)
class Verification:
    verified: int
    total: int


def verification_of(person: dict[str, Any]) -> Verification:
    """How many of the person's filled-in verifiable fields carry a verification tick."""
    filled = [f for f in VERIFIABLE_FIELDS if person.get(f) not in (None, "", [], {})]
    ticks = person.get("verified") or {}
    return Verification(sum(1 for f in filled if f in ticks), len(filled))


def display_name(person: dict[str, Any]) -> str:
    """'Ana QUISPE': given names, then the family name in capitals (the form used on documents);
    the native-script name when no Latin one is recorded."""
    latin = " ".join(x for x in (person.get("given_names"), (person.get("family_name") or "").upper()) if x)
    if latin:
        return latin
    return " ".join(x for x in (person.get("native_given_names"), person.get("native_family_name")) if x)
