"""What the case summary and the interview record print, as plain values (issue 22).

app/services/case_report.py gathers them with the reader's permissions (a note the reader may not
read never reaches these values; only how many were left out does), and app/reports/case_report.py
and app/reports/interview_report.py lay them out. Nothing here reads the store.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

from app.reports.model import Name


@dataclass(frozen=True)
class Photo:
    """An image held in memory (decrypted from the vault for this document only)."""

    data: bytes
    mime: str


@dataclass(frozen=True)
class Member:
    """One person of the household with the biodata a case summary prints."""

    name: Name
    role: str  # vocab.PERSON_ROLES
    relationship: str = ""  # to the principal applicant (vocab.RELATIONSHIPS)
    sex: str = ""
    dob: str = ""  # partial ISO date, as recorded
    dob_precision: str = "exact"
    dob_verified_against: str = ""  # the document the date of birth was checked against; "" not verified
    nationality: str = ""  # ISO 3166 alpha-2
    languages: list[str] = field(default_factory=list)  # language codes
    verified_fields: int = 0  # how many of the filled-in verifiable fields carry a verification
    filled_fields: int = 0
    photo: Photo | None = None  # the person's current profile photo


@dataclass(frozen=True)
class DocumentEntry:
    """One document on the case: its pages and the languages it was translated into."""

    document_type: str  # vocab.DOCUMENT_TYPES, "" when not said
    title: str
    person: str  # whose document it is (a name in Latin script), "" for the case's
    languages: list[str]  # languages of its pages
    pages: int
    translations: list[str]  # languages of its translations, one per translated page


@dataclass(frozen=True)
class NoteEntry:
    at: str  # ISO time
    author: str  # display name
    confidentiality: str  # vocab.CONFIDENTIALITY
    text: str
    about: str = ""  # the person it is about, "" for the case


@dataclass(frozen=True)
class AppointmentEntry:
    start: str  # local ISO datetime at the site
    end: str
    type: str  # vocab.APPOINTMENT_TYPES
    site: str
    room: str
    interpreter: str  # name, "" when none is booked
    language: str  # code
    status: str
    officer: str = ""


@dataclass(frozen=True)
class ResultEntry:
    kind: str  # interview, fingerprints, medical
    outcome: str
    date: str
    officer: str
    reason: str = ""


@dataclass(frozen=True)
class CaseSummary:
    case_number: str
    stage: str
    stage_since: str  # ISO time, "" when unknown
    priority: str
    expedited: bool
    site: str
    generated_at: dt.datetime
    generated_by: str = ""
    unhcr_id: str = ""
    expedite_reason: str = ""
    ride: str = ""
    assignee: str = ""
    file_location: str = ""
    file_holder: str = ""
    file_due: str = ""
    security_check: str = ""
    medical: str = ""
    flags: str = ""
    members: list[Member] = field(default_factory=list)
    documents: list[DocumentEntry] = field(default_factory=list)
    notes: list[NoteEntry] = field(default_factory=list)
    notes_withheld: int = 0  # notes the reader's role may not read: counted, never printed
    appointments: list[AppointmentEntry] = field(default_factory=list)
    results: list[ResultEntry] = field(default_factory=list)


@dataclass(frozen=True)
class Answer:
    """One line of an interview record: a heading (a group, or an entry of a repeat) or a question
    with its answer as the family heard it ("" when not answered), `depth` levels in."""

    kind: str  # "heading" or "question"
    label: str
    value: str = ""
    depth: int = 0


@dataclass(frozen=True)
class Change:
    """One answer an amendment changed."""

    label: str
    old: str
    new: str


@dataclass(frozen=True)
class Amendment:
    at: str
    by: str
    reason: str
    changes: list[Change] = field(default_factory=list)
    changes_known: bool = True  # False: the amendment came from another laptop, its changes are not recorded here


@dataclass(frozen=True)
class InterviewRecord:
    submission_id: str
    case_number: str
    form_title: str
    form_id: str
    form_version: str
    language: str  # the form language the answers were given in, as the form names it ("Español (es)")
    principal: Name
    interviewer: str
    submitted_at: str
    submitted_by: str
    status: str  # complete or amended
    generated_at: dt.datetime
    generated_by: str = ""
    interview_type: str = ""
    interview_date: str = ""
    interpreter: str = ""
    review_status: str = ""  # approved, has_issues, rejected; "" not reviewed
    review_note: str = ""
    reviewed_by: str = ""
    reviewed_at: str = ""
    answers: list[Answer] = field(default_factory=list)
    amendments: list[Amendment] = field(default_factory=list)
