"""The domain tables (architecture §3). Pure schema plus small invariants; no behaviour.

Uniqueness that matters to people (case number, UNHCR id) is enforced by the services, not by
UNIQUE constraints: two devices offline can legitimately register the same number, and sync must
keep both rows and raise a conflict instead of failing on a constraint.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from sqlalchemy import Boolean, ForeignKey, Index, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from app.models.base import Base, Synced, utcnow


class Site(Synced, Base):
    __tablename__ = "sites"
    name: Mapped[str] = mapped_column(String(120), index=True)
    country: Mapped[str] = mapped_column(String(2), default="")
    prefix: Mapped[str] = mapped_column(String(8), default="")
    hours: Mapped[str | None] = mapped_column(String(11))  # working hours "08:00-17:00"; None: the default day


class CircuitRide(Synced, Base):
    __tablename__ = "circuit_rides"
    name: Mapped[str] = mapped_column(String(200), index=True)
    sites: Mapped[list[Any]] = mapped_column(default=list)
    start_date: Mapped[str | None] = mapped_column(String(10))
    end_date: Mapped[str | None] = mapped_column(String(10))
    team: Mapped[list[Any]] = mapped_column(default=list)


class Case(Synced, Base):
    __tablename__ = "cases"
    case_number: Mapped[str] = mapped_column(String(32), index=True)
    unhcr_id: Mapped[str | None] = mapped_column(String(40), index=True)
    priority: Mapped[str] = mapped_column(String(4), default="P-3")
    stage: Mapped[str] = mapped_column(String(32), default="pre-screening", index=True)
    site: Mapped[str] = mapped_column(String(120), default="", index=True)
    ride_id: Mapped[str | None] = mapped_column(ForeignKey("circuit_rides.id"), index=True)
    expedited: Mapped[bool] = mapped_column(Boolean, default=False)
    expedite_reason: Mapped[str | None] = mapped_column(Text)
    us_ties: Mapped[str | None] = mapped_column(Text)
    resettlement_preferences: Mapped[list[Any]] = mapped_column(default=list)
    security_check_status: Mapped[str] = mapped_column(String(16), default="not_started")
    medical_status: Mapped[str] = mapped_column(String(16), default="not_started")
    file_location: Mapped[str | None] = mapped_column(String(200))
    # The paper file's custody (app/services/files.py): who holds it now (None: in its place), since
    # when, due back on which day (ISO date; None: no due date), and the location a check-in
    # returns it to (the cabinet it was in when checked out).
    file_holder: Mapped[str | None] = mapped_column(String(200))
    file_held_since: Mapped[dt.datetime | None] = mapped_column()
    file_due: Mapped[str | None] = mapped_column(String(10), index=True)
    file_home: Mapped[str | None] = mapped_column(String(200))
    flags: Mapped[str | None] = mapped_column(Text)
    profile_photo_id: Mapped[str | None] = mapped_column(String(36))
    assignee: Mapped[str | None] = mapped_column(String(64), index=True)  # the team member it is assigned to
    stage_since: Mapped[dt.datetime | None] = mapped_column()  # when the case entered its current stage


class StageChange(Synced, Base):
    """One move of a case from a stage to another, dated: the pipeline's ages and the time between
    stages come from these. Written with every stage change, never edited; one record per move, so
    laptops never conflict over them."""

    __tablename__ = "stage_changes"
    case_id: Mapped[str] = mapped_column(ForeignKey("cases.id"), index=True)
    from_stage: Mapped[str | None] = mapped_column(String(32))
    to_stage: Mapped[str] = mapped_column(String(32))
    changed_at: Mapped[dt.datetime] = mapped_column(default=utcnow, index=True)
    changed_by: Mapped[str] = mapped_column(String(64))


class Person(Synced, Base):
    __tablename__ = "persons"
    case_id: Mapped[str] = mapped_column(ForeignKey("cases.id"), index=True)
    role: Mapped[str] = mapped_column(String(24))
    family_name: Mapped[str] = mapped_column(String(200), default="")
    given_names: Mapped[str] = mapped_column(String(200), default="")
    native_family_name: Mapped[str | None] = mapped_column(String(200))
    native_given_names: Mapped[str | None] = mapped_column(String(200))
    aliases: Mapped[list[Any]] = mapped_column(default=list)
    # Partial ISO date: "1988", "1988-04" or "1988-04-12", per dob_precision (estimated = full date).
    dob: Mapped[str | None] = mapped_column(String(10), index=True)
    dob_precision: Mapped[str] = mapped_column(String(10), default="exact")
    sex: Mapped[str | None] = mapped_column(String(1))
    nationality: Mapped[str | None] = mapped_column(String(2))
    country_of_birth: Mapped[str | None] = mapped_column(String(2))
    place_of_birth: Mapped[str | None] = mapped_column(String(200))
    languages: Mapped[list[Any]] = mapped_column(default=list)
    marital_status: Mapped[str | None] = mapped_column(String(16))
    relationship_to_pa: Mapped[str | None] = mapped_column(String(16))
    documents: Mapped[list[Any]] = mapped_column(default=list)
    # field name -> {"by": user, "at": iso time, "document": "passport ..."}
    verified: Mapped[dict[str, Any]] = mapped_column(default=dict)
    profile_photo_id: Mapped[str | None] = mapped_column(String(36))
    # Normalised (casefolded, accent-stripped) names for search; derived, recomputed on each change.
    search_latin: Mapped[str] = mapped_column(Text, default="")
    search_native: Mapped[str] = mapped_column(Text, default="")


class Interpreter(Synced, Base):
    __tablename__ = "interpreters"
    name: Mapped[str] = mapped_column(String(200))
    languages: Mapped[list[Any]] = mapped_column(default=list)  # [{"code": "es", "proficiency": "native"}]
    sites: Mapped[list[Any]] = mapped_column(default=list)
    availability: Mapped[str | None] = mapped_column(Text)
    contact: Mapped[str | None] = mapped_column(String(200))
    active: Mapped[bool] = mapped_column(Boolean, default=True)
    # Periods away, both days included: [{"from": "2026-12-01", "to": "2026-12-03", "reason": ""}]
    away: Mapped[list[Any]] = mapped_column(default=list)


class Form(Synced, Base):
    """An installed form version (reference data: HQ distributes it to every device). The XForm
    that pyxform made from the XLSForm is what we evaluate; old versions stay so that old
    submissions open read-only against the version they were filled with."""

    __tablename__ = "forms"
    form_id: Mapped[str] = mapped_column(String(120), index=True)
    version: Mapped[str] = mapped_column(String(40), default="")
    title: Mapped[str] = mapped_column(String(300), default="")
    languages: Mapped[list[Any]] = mapped_column(default=list)
    xform: Mapped[str] = mapped_column(Text, default="")
    attachments: Mapped[dict[str, Any]] = mapped_column(default=dict)  # list files: name -> base64
    source_name: Mapped[str] = mapped_column(String(200), default="")
    active: Mapped[bool] = mapped_column(Boolean, default=True)


class Interview(Synced, Base):
    __tablename__ = "interviews"
    case_id: Mapped[str] = mapped_column(ForeignKey("cases.id"), index=True)
    type: Mapped[str] = mapped_column(String(40))
    date: Mapped[str | None] = mapped_column(String(10))
    interviewer: Mapped[str | None] = mapped_column(String(64))
    interpreter_id: Mapped[str | None] = mapped_column(ForeignKey("interpreters.id"), index=True)
    language: Mapped[str | None] = mapped_column(String(8))
    location: Mapped[str | None] = mapped_column(String(200))
    outcome: Mapped[str | None] = mapped_column(String(40))
    notes: Mapped[str | None] = mapped_column(Text)


class FormSubmission(Synced, Base):
    __tablename__ = "form_submissions"
    interview_id: Mapped[str | None] = mapped_column(ForeignKey("interviews.id"), index=True)
    case_id: Mapped[str] = mapped_column(ForeignKey("cases.id"), index=True)
    form_id: Mapped[str] = mapped_column(String(120))
    form_version: Mapped[str] = mapped_column(String(40))
    status: Mapped[str] = mapped_column(String(16), default="draft")
    answers: Mapped[dict[str, Any]] = mapped_column(default=dict)
    # A team lead's review of a submitted form, as ODK Central has it: approved, has_issues, rejected
    review_status: Mapped[str | None] = mapped_column(String(16))
    review_note: Mapped[str | None] = mapped_column(Text)
    reviewed_by: Mapped[str | None] = mapped_column(String(64))
    reviewed_at: Mapped[dt.datetime | None] = mapped_column()


class Attachment(Synced, Base):
    __tablename__ = "attachments"
    case_id: Mapped[str] = mapped_column(ForeignKey("cases.id"), index=True)
    person_id: Mapped[str | None] = mapped_column(ForeignKey("persons.id"), index=True)
    kind: Mapped[str] = mapped_column(String(16))
    document_type: Mapped[str | None] = mapped_column(String(32))
    language: Mapped[str | None] = mapped_column(String(8))
    page_order: Mapped[int] = mapped_column(Integer, default=0)
    translation_of: Mapped[str | None] = mapped_column(String(36))
    content_hash: Mapped[str] = mapped_column(String(64), index=True)
    size: Mapped[int] = mapped_column(Integer)
    mime: Mapped[str] = mapped_column(String(64))
    width: Mapped[int | None] = mapped_column(Integer)
    height: Mapped[int | None] = mapped_column(Integer)
    captured_at: Mapped[dt.datetime] = mapped_column(default=utcnow)
    source: Mapped[str] = mapped_column(String(16), default="file")
    thumbnail_hash: Mapped[str | None] = mapped_column(String(64))
    title: Mapped[str | None] = mapped_column(String(200))
    # A form answer's file (kind form_file): the submission whose media question it answers; its
    # title is the answer's file name. Not a foreign key: the submission may arrive by sync later.
    submission_id: Mapped[str | None] = mapped_column(String(36), index=True)


class Appointment(Synced, Base):
    __tablename__ = "appointments"
    case_id: Mapped[str] = mapped_column(ForeignKey("cases.id"), index=True)
    type: Mapped[str] = mapped_column(String(24))
    start: Mapped[str] = mapped_column(String(25), index=True)  # local ISO datetime at the site
    end: Mapped[str | None] = mapped_column(String(25))
    site: Mapped[str | None] = mapped_column(String(120))
    room: Mapped[str | None] = mapped_column(String(60))
    staff: Mapped[str | None] = mapped_column(String(64))
    interpreter_id: Mapped[str | None] = mapped_column(ForeignKey("interpreters.id"), index=True)
    language: Mapped[str | None] = mapped_column(String(8))
    status: Mapped[str] = mapped_column(String(16), default="tentative")
    notifications: Mapped[list[Any]] = mapped_column(default=list)
    officer: Mapped[str | None] = mapped_column(String(120))  # the visiting officer (not a laptop user)
    cancel_reason: Mapped[str | None] = mapped_column(Text)
    override_reason: Mapped[str | None] = mapped_column(Text)  # booked despite a schedule conflict: why
    assignee: Mapped[str | None] = mapped_column(String(64))  # the team member who takes care of it


class AdjudicationResult(Synced, Base):
    __tablename__ = "adjudication_results"
    case_id: Mapped[str] = mapped_column(ForeignKey("cases.id"), index=True)
    officer: Mapped[str] = mapped_column(String(64))
    date: Mapped[str] = mapped_column(String(10))
    kind: Mapped[str] = mapped_column(String(16), default="interview")  # interview, fingerprints, medical
    decision: Mapped[str] = mapped_column(String(24))  # the outcome of that kind (vocab.RESULT_OUTCOMES)
    reason: Mapped[str | None] = mapped_column(Text)
    reasons_code: Mapped[str | None] = mapped_column(String(40))
    fingerprint_result: Mapped[str | None] = mapped_column(String(16))
    follow_up_needed: Mapped[bool] = mapped_column(Boolean, default=False)


class Notice(Synced, Base):
    """A notice given to a family: a Word document in their language or a line of the day's SMS
    and call list. One record per notice issued, so two laptops notifying the same family keep
    both and nothing conflicts."""

    __tablename__ = "notices"
    case_id: Mapped[str] = mapped_column(ForeignKey("cases.id"), index=True)
    kind: Mapped[str] = mapped_column(String(16))  # appointment, result, briefing
    language: Mapped[str] = mapped_column(String(8))
    channel: Mapped[str] = mapped_column(String(16), default="document")  # document, sms
    appointment_id: Mapped[str | None] = mapped_column(ForeignKey("appointments.id"), index=True)
    result_id: Mapped[str | None] = mapped_column(ForeignKey("adjudication_results.id"), index=True)
    issued_by: Mapped[str] = mapped_column(String(64))
    issued_at: Mapped[dt.datetime] = mapped_column(default=utcnow)


class QcFinding(Synced, Base):
    """A quality-control finding: a rule that holds for a case (and a person) now. Its id is made
    from what it is about (rule, case, person, the other case and person of a duplicate:
    app/models/natural_keys.py), so running the checks again, on this laptop or another, finds the
    same record instead of a second one."""

    __tablename__ = "qc_findings"
    case_id: Mapped[str] = mapped_column(ForeignKey("cases.id"), index=True)
    person_id: Mapped[str | None] = mapped_column(ForeignKey("persons.id"), index=True)
    rule: Mapped[str] = mapped_column(String(40), index=True)
    severity: Mapped[str] = mapped_column(String(8), default="medium")  # high, medium, low
    status: Mapped[str] = mapped_column(String(16), default="open", index=True)  # open, assigned, fixed, dismissed
    detail: Mapped[str] = mapped_column(Text, default="")
    other_case_id: Mapped[str | None] = mapped_column(String(36))  # a possible duplicate's other case
    other_person_id: Mapped[str | None] = mapped_column(String(36))
    score: Mapped[int | None] = mapped_column(Integer)  # how alike a duplicate is, 0-100
    assignee: Mapped[str | None] = mapped_column(String(64))
    note: Mapped[str | None] = mapped_column(Text)  # how it was fixed, or why it was dismissed
    found_at: Mapped[dt.datetime] = mapped_column(default=utcnow)
    closed_at: Mapped[dt.datetime | None] = mapped_column()


class FileMovement(Synced, Base):
    """One link of a paper file's chain of custody: appended, never edited. `kind` move (to a
    place), checkout (to `holder`, due back on `due`) or checkin (`holder` gave it back)."""

    __tablename__ = "file_movements"
    case_id: Mapped[str] = mapped_column(ForeignKey("cases.id"), index=True)
    from_location: Mapped[str | None] = mapped_column(String(200))
    to_location: Mapped[str] = mapped_column(String(200))
    moved_by: Mapped[str] = mapped_column(String(64))
    moved_at: Mapped[dt.datetime] = mapped_column(default=utcnow)
    reason: Mapped[str | None] = mapped_column(Text)
    kind: Mapped[str] = mapped_column(String(16), default="move")
    holder: Mapped[str | None] = mapped_column(String(200))
    due: Mapped[str | None] = mapped_column(String(10))


class Note(Synced, Base):
    __tablename__ = "notes"
    case_id: Mapped[str] = mapped_column(ForeignKey("cases.id"), index=True)
    person_id: Mapped[str | None] = mapped_column(ForeignKey("persons.id"), index=True)
    author: Mapped[str] = mapped_column(String(64))
    text: Mapped[str] = mapped_column(Text)
    confidentiality: Mapped[str] = mapped_column(String(16), default="normal")
    written_at: Mapped[dt.datetime] = mapped_column(default=utcnow)


class User(Synced, Base):
    __tablename__ = "users"
    username: Mapped[str] = mapped_column(String(64), index=True)
    display_name: Mapped[str] = mapped_column(String(200), default="")
    role: Mapped[str] = mapped_column(String(24))
    active: Mapped[bool] = mapped_column(Boolean, default=True)


class Device(Synced, Base):
    __tablename__ = "devices"
    name: Mapped[str] = mapped_column(String(120))
    public_key: Mapped[str | None] = mapped_column(Text)
    enrolled_at: Mapped[dt.datetime | None] = mapped_column()
    revoked: Mapped[bool] = mapped_column(Boolean, default=False)


Index("ix_persons_search_latin", Person.search_latin)

SYNCED_MODELS: tuple[type[Synced], ...] = (
    Site,
    CircuitRide,
    Case,
    Person,
    Interpreter,
    Form,
    Interview,
    FormSubmission,
    Attachment,
    Appointment,
    AdjudicationResult,
    Notice,
    QcFinding,
    StageChange,
    FileMovement,
    Note,
    User,
    Device,
)
MODEL_BY_TABLE: dict[str, type[Synced]] = {m.__tablename__: m for m in SYNCED_MODELS}
