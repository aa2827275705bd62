"""What the Word documents say, as plain values: the services gather them from the workspace
(app/services/notices.py, app/services/docket.py) and the writers here lay them out. Nothing in
this package reads the store or knows who is signed in; it is given everything it prints.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

from app.models.vocab import NOTICE_KINDS

__all__ = ["AGE_BUCKETS", "NOTICE_KINDS", "Dashboard", "Docket", "DocketRow", "DocketSection", "Name", "NoticeContent"]


@dataclass(frozen=True)
class Name:
    """A person's name as written in Latin script and, when known, in their own script."""

    latin: str
    native: str = ""


@dataclass(frozen=True)
class NoticeContent:
    """One notice to one family.

    `kind` is appointment (come to an appointment), briefing (come to a cultural orientation or
    departure briefing: an appointment of that type) or result (the outcome of an officer's work).
    `language` is a template's code (app/reports/notices.py TEMPLATE_LANGUAGES).
    """

    kind: str
    language: str
    case_number: str
    principal: Name
    household: list[Name]  # everyone the notice is for, the principal applicant first
    issued_on: dt.date
    contact: str  # who the family calls: the office's phone or the team's name
    issued_by: str = ""  # display name of the user issuing it
    # appointment and briefing
    appointment_type: str = ""  # vocab.APPOINTMENT_TYPES
    start: dt.datetime | None = None  # local time at the site
    minutes: int = 0
    site: str = ""
    room: str = ""
    interpreter_language: str = ""  # language code the interpreter will speak with the family
    # result
    result_kind: str = ""  # interview, fingerprints, medical
    outcome: str = ""  # vocab.RESULT_OUTCOMES[result_kind]
    result_date: dt.date | None = None


@dataclass(frozen=True)
class DocketRow:
    """One appointment on an officer's docket."""

    start: dt.datetime
    minutes: int
    case_number: str
    principal: Name
    household_size: int
    interpreter: str  # the interpreter's name, "" when none is booked
    language: str  # language code spoken at the appointment, "" when unknown
    file_location: str
    appointment_type: str
    room: str = ""
    status: str = ""
    expedited: bool = False
    medical: bool = False  # a medical matter to know of (deferred clearance, medical flag)
    security: bool = False  # a security-check hit or a pending check
    flags: list[str] = field(default_factory=list)  # any other flag text on the case
    appointment_id: str = ""  # the appointment the row is (a screen acts on it; the document does not print it)


@dataclass(frozen=True)
class DocketSection:
    officer: str  # "" for appointments with no officer named yet
    rows: list[DocketRow]


@dataclass(frozen=True)
class Docket:
    day: dt.date
    site: str  # "" when the docket covers every site
    sections: list[DocketSection]  # one per officer, in name order
    generated_at: dt.datetime
    generated_by: str = ""


AGE_BUCKETS = ((0, 7), (8, 30), (31, 90), (91, None))  # days in the current stage, both ends included


@dataclass(frozen=True)
class Dashboard:
    """What the team lead's charts show (app/reports/charts.py): the pipeline now and the work of
    recent weeks. Stages are vocabulary codes (the desktop and the reports name them)."""

    generated_at: dt.datetime
    start: dt.date  # the first day of the weeks shown
    end: dt.date  # the last
    funnel: list[tuple[str, int]]  # every stage in pipeline order: cases in it now
    weekly: list[tuple[str, int, int]]  # ISO week ("2026-W44"), interviews done, cases moved to a later stage
    aging: list[tuple[str, list[int]]]  # stages holding cases now: cases per AGE_BUCKETS

    @property
    def total_cases(self) -> int:
        return sum(n for _, n in self.funnel)
