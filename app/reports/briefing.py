"""The ride briefing pack (issue 22): what a team reads before it travels. The cover says which
ride, when, where and who goes, with a line per site and the whole case list (by site, then case
number) to tick off as the paper files are packed. Then one part per site, on landscape pages: the
days the team is there and the site's hours, the site's cases, the interpreters who work there
(with the days they are away during the ride) and the schedule, day by day.

In English (the team's working language); names in both scripts, the native one right to left
where its script is. The header carries the ride's name and the confidentiality marking on every
page (app/reports/frame.py); no person's name is in the header, the footer or the properties.
An empty part says so: "no appointment is booked" is news to a team lead, a blank is not.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass, field

from docx.document import Document as DocumentObject
from docx.enum.section import WD_SECTION
from docx.enum.table import WD_CELL_VERTICAL_ALIGNMENT, WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH

from app.reports.case_report import cell_lines, language_words
from app.reports.docx_common import (
    clean_text,
    document_bytes,
    keep_row_together,
    repeat_as_header,
    set_page,
    shade,
    words,
)
from app.reports.frame import (
    HEADER_FILL,
    MISSING,
    heading,
    new_report,
    note,
    set_widths,
    space_after_paragraph,
    table,
    text_width_mm,
    title_block,
)
from app.reports.model import Name

NO_SITE = "No site recorded"
UNCHECKED_BOX = "\u2610"  # a box to tick on paper


@dataclass(frozen=True)
class BriefingCase:
    """A case of the ride as the team needs it at a glance."""

    case_number: str
    site: str
    principal: Name
    household_size: int
    languages: list[str]  # language codes, the principal applicant's first
    stage: str  # vocab.STAGES
    priority: str
    expedited: bool = False
    medical: bool = False  # a medical matter to know of (deferred clearance)
    security: bool = False  # a security-check hit or an expired check
    file_location: str = ""  # where the paper file is kept (or who holds it)


@dataclass(frozen=True)
class BriefingInterpreter:
    """An interpreter who works at a site: languages with their levels, periods away during the ride."""

    name: str
    languages: list[tuple[str, str]]  # (code, proficiency); proficiency "" when not recorded
    away: list[tuple[dt.date, dt.date]]  # both days included


@dataclass(frozen=True)
class ScheduleEntry:
    """One appointment on the ride's schedule."""

    start: dt.datetime  # local time at the site
    minutes: int
    case_number: str
    appointment_type: str  # vocab.APPOINTMENT_TYPES
    interpreter: str  # "" when none is booked
    language: str  # code spoken at the appointment, "" when unknown
    room: str
    officer: str
    status: str


@dataclass(frozen=True)
class BriefingSite:
    name: str  # "" for cases and appointments with no site recorded
    hours: str  # "08:00-17:00"
    days: list[dt.date]  # days with appointments at the site during the ride
    cases: list[BriefingCase]
    interpreters: list[BriefingInterpreter]
    schedule: list[ScheduleEntry]


@dataclass(frozen=True)
class RideBriefing:
    ride: str
    start: dt.date | None
    end: dt.date | None
    team: list[str]  # the team members' names
    sites: list[BriefingSite]  # the ride's sites in its order, then any other site its cases are at
    generated_at: dt.datetime
    generated_by: str = ""
    cases: list[BriefingCase] = field(default_factory=list)  # every case, by site then case number


def _day(day: dt.date) -> str:
    return f"{day:%a} {day.day} {day:%b %Y}"


def _period(start: dt.date | None, end: dt.date | None) -> str:
    if start and end:
        return f"{_day(start)} to {_day(end)} ({(end - start).days + 1} days)"
    if start:
        return f"from {_day(start)}"
    if end:
        return f"until {_day(end)}"
    return "no dates set"


def _day_ranges(days: Sequence[dt.date]) -> str:
    """Days as runs: "7–9 Jun 2026, 12 Jun 2026"."""
    runs: list[list[dt.date]] = []
    for day in sorted(set(days)):
        if runs and (day - runs[-1][-1]).days == 1:
            runs[-1].append(day)
        else:
            runs.append([day])
    return ", ".join(_span(run[0], run[-1]) for run in runs)


def _span(first: dt.date, last: dt.date) -> str:
    """The days from `first` to `last`, both included: "7 Jun 2026", "7–9 Jun 2026"."""
    if first == last:
        return f"{first.day} {first:%b %Y}"
    if (first.year, first.month) == (last.year, last.month):
        return f"{first.day}–{last.day} {last:%b %Y}"
    if first.year == last.year:
        return f"{first.day} {first:%b} – {last.day} {last:%b %Y}"
    return f"{first.day} {first:%b %Y} – {last.day} {last:%b %Y}"


def _site_name(site: BriefingSite | BriefingCase) -> str:
    if isinstance(site, BriefingSite):
        return clean_text(site.name) or NO_SITE
    return clean_text(site.site) or NO_SITE


def _flags(case: BriefingCase) -> str:
    return ", ".join(
        label
        for label, on in (("Expedited", case.expedited), ("Medical", case.medical), ("Security", case.security))
        if on
    )


def _people(count: int) -> str:
    return f"{count} {'person' if count == 1 else 'people'}"


def _plural(count: int, word: str) -> str:
    return f"{count} {word}{'' if count == 1 else 's'}"


def _multiline_table(
    document: DocumentObject,
    columns: Sequence[str],
    rows: Sequence[Sequence[list[tuple[str, bool, bool]]]],
    widths_mm: Sequence[float],
    *,
    centred: Sequence[int] = (),
) -> None:
    """A table whose cells hold several lines (a name in two scripts; an interpreter and the
    language): the header row shaded and repeated on each page, rows never split."""
    grid = document.add_table(rows=1, cols=len(columns))
    grid.style = "Table Grid"
    grid.alignment = WD_TABLE_ALIGNMENT.LEFT
    head = grid.rows[0]
    repeat_as_header(head)
    keep_row_together(head)
    for cell, title in zip(head.cells, columns, strict=True):
        shade(cell, HEADER_FILL)
        cell_lines(cell, [(title, True, False)])
    for values in rows:
        row = grid.add_row()
        keep_row_together(row)
        for index, (cell, lines) in enumerate(zip(row.cells, values, strict=True)):
            cell_lines(cell, lines)
            cell.vertical_alignment = WD_CELL_VERTICAL_ALIGNMENT.TOP
            if index in centred:
                for paragraph in cell.paragraphs:
                    paragraph.alignment = WD_ALIGN_PARAGRAPH.CENTER
    set_widths(document, grid, widths_mm)
    space_after_paragraph(document)


def _cover(document: DocumentObject, briefing: RideBriefing) -> None:
    people = sum(c.household_size for c in briefing.cases)
    appointments = sum(len(s.schedule) for s in briefing.sites)
    sites = ", ".join(_site_name(s) for s in briefing.sites) or "none listed"
    team = ", ".join(clean_text(t) for t in briefing.team if clean_text(t)) or "nobody listed"
    title_block(
        document,
        f"Ride briefing: {clean_text(briefing.ride)}",
        [
            f"Dates: {_period(briefing.start, briefing.end)}",
            f"Sites: {sites}",
            f"Team: {team}",
            f"{_plural(len(briefing.cases), 'case')}, {_people(people)}, {_plural(appointments, 'appointment')}",
        ],
    )
    heading(document, "Sites")
    if not briefing.sites:
        note(document, "The ride lists no site and none of its cases has one.")
    else:
        width = text_width_mm(document)
        rows = [
            [
                _site_name(s),
                _day_ranges(s.days) or "No appointment booked",
                clean_text(s.hours),
                str(len(s.cases)),
                str(sum(c.household_size for c in s.cases)),
                str(len(s.schedule)),
                str(len(s.interpreters)),
            ]
            for s in briefing.sites
        ]
        widths = [26, width - 26 - 23 - 14 - 16 - 28 - 24, 23, 14, 16, 28, 24]
        table(
            document,
            ["Site", "Dates at the site", "Hours", "Cases", "People", "Appointments", "Interpreters"],
            rows,
            widths_mm=widths,
            numeric=[False, False, False, True, True, True, True],
        )
    heading(document, f"Case list ({len(briefing.cases)})")
    if not briefing.cases:
        note(document, "The ride has no case.")
        return
    note(document, "By site, then case number. Tick a case when its paper file is packed.")
    width = text_width_mm(document)
    widths = [22, 24, width - 22 - 24 - 15 - 26 - 30 - 17, 15, 26, 30, 17]
    _multiline_table(
        document,
        ["Site", "Case", "Principal applicant", "People", "Stage", "Paper file", "Packed"],
        [
            [
                [(_site_name(c), False, False)],
                [(c.case_number, True, False)],
                [(c.principal.latin, False, False), (c.principal.native, False, False)],
                [(str(c.household_size), False, False)],
                [(words(c.stage), False, False)],
                [(c.file_location or MISSING, False, not c.file_location)],
                [(UNCHECKED_BOX, False, False)],
            ]
            for c in briefing.cases
        ],
        widths,
        centred=(3, 6),
    )


def _cases(document: DocumentObject, site: BriefingSite) -> None:
    heading(document, f"Cases ({len(site.cases)})", level=2)
    if not site.cases:
        note(document, "No case of this ride is at this site.")
        return
    width = text_width_mm(document)
    widths = [30, 62, 16, width - 30 - 62 - 16 - 38 - 18 - 40, 38, 18, 40]
    _multiline_table(
        document,
        ["Case", "Principal applicant", "People", "Languages", "Stage", "Priority", "Flags"],
        [
            [
                [(c.case_number, True, False)],
                [(c.principal.latin, False, False), (c.principal.native, False, False)],
                [(str(c.household_size), False, False)],
                [(", ".join(language_words(code) for code in c.languages), False, False)],
                [(words(c.stage), False, False)],
                [(c.priority, False, False)],
                [(_flags(c), True, False)],
            ]
            for c in site.cases
        ],
        widths,
        centred=(2, 5),
    )


def _interpreters(document: DocumentObject, site: BriefingSite) -> None:
    heading(document, f"Interpreters ({len(site.interpreters)})", level=2)
    if not site.interpreters:
        note(document, "No interpreter is listed for this site: book one before the ride.")
        return
    width = text_width_mm(document)
    widths = [70, width - 70 - 90, 90]
    rows = []
    for person in site.interpreters:
        languages = [
            language_words(code) + (f", {clean_text(level)}" if clean_text(level) else "")
            for code, level in person.languages
        ]
        away = [f"Away {_span(first, last)}" for first, last in person.away]
        rows.append(
            [
                [(person.name, True, False)],
                [(line, False, False) for line in languages] or [(MISSING, False, True)],
                [(line, True, False) for line in away] or [("Available throughout", False, True)],
            ]
        )
    _multiline_table(document, ["Interpreter", "Languages and levels", "During the ride"], rows, widths)


def _time_span(entry: ScheduleEntry) -> str:
    start = f"{entry.start:%H:%M}"
    if entry.minutes <= 0:
        return start
    return f"{start}–{entry.start + dt.timedelta(minutes=entry.minutes):%H:%M}"


def _room(name: str) -> str:
    """ "Room 2" as it is, a bare "2" as "Room 2", a named place ("Clinic") as it is."""
    name = clean_text(name)
    return f"Room {name}" if name[:1].isdigit() else name


def _schedule(document: DocumentObject, site: BriefingSite, briefing: RideBriefing) -> None:
    heading(document, f"Schedule ({_plural(len(site.schedule), 'appointment')})", level=2)
    if not site.schedule:
        note(document, "No appointment is booked at this site.")
        return
    width = text_width_mm(document)
    widths = [26, 30, 40, width - 26 - 30 - 40 - 40 - 55, 40, 55]
    days: dict[dt.date, list[ScheduleEntry]] = {}
    for entry in sorted(site.schedule, key=lambda e: (e.start, e.case_number)):
        days.setdefault(entry.start.date(), []).append(entry)
    for day, entries in days.items():
        outside = (briefing.start and day < briefing.start) or (briefing.end and day > briefing.end)
        title = f"{day:%A} {day.day} {day:%B %Y}: {_plural(len(entries), 'appointment')}"
        heading(document, title + (" (outside the ride's dates)" if outside else ""), level=2)
        _multiline_table(
            document,
            ["Time", "Case", "Type", "Interpreter and language", "Room", "Officer"],
            [
                [
                    [(_time_span(e), True, False)],
                    [(e.case_number, True, False)],
                    [(words(e.appointment_type), False, False), (words(e.status), False, True)],
                    [
                        (e.interpreter or "None booked", False, not e.interpreter),
                        (language_words(e.language), False, False),
                    ],
                    [(_room(e.room), False, False)],
                    [(e.officer or "No officer yet", False, not e.officer)],
                ]
                for e in entries
            ],
            widths,
        )


def _site_part(document: DocumentObject, site: BriefingSite, briefing: RideBriefing) -> None:
    """One site on landscape pages of its own: a team splits up by site, so each can take its part."""
    set_page(document.add_section(WD_SECTION.NEW_PAGE), landscape=True, margin_mm=16)
    heading(document, f"Site: {_site_name(site)}")
    days = _day_ranges(site.days) or "no appointment booked yet"
    note(document, f"Dates at the site: {days}. Working hours: {clean_text(site.hours) or MISSING}.")
    _cases(document, site)
    _interpreters(document, site)
    _schedule(document, site, briefing)


def briefing_bytes(briefing: RideBriefing) -> bytes:
    """The ride briefing pack as a .docx: a portrait cover with the case list, then a landscape
    part per site."""
    title = f"Ride briefing {clean_text(briefing.ride)}"
    document = new_report(
        title, clean_text(briefing.ride), generated_at=briefing.generated_at, generated_by=briefing.generated_by
    )
    _cover(document, briefing)
    for site in briefing.sites:
        _site_part(document, site, briefing)
    return document_bytes(document)
