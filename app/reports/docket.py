"""The officers' daily docket as a Word document: landscape A4, one section per officer, each
starting on a new page with its own heading and one table of the day's appointments.

An officer carries their section into the interview room, so a section never shares a page with
another officer's, the table's header row is repeated on every page it runs to, and no appointment's
row is split between two pages. The footer numbers the pages and says when the docket was made and
by whom: a printed docket goes stale, and whoever reads it needs to know how stale.

The docket is in English (the officers' language); names are printed in both scripts, the native
one right to left where its script is.
"""

from __future__ import annotations

import datetime as dt

from babel import Locale
from babel.dates import format_date
from docx import Document
from docx.document import Document as DocumentObject
from docx.enum.section import WD_SECTION
from docx.enum.table import WD_CELL_VERTICAL_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.section import Section
from docx.shared import Cm, RGBColor
from docx.table import _Cell

from app.reports.docx_common import (
    RTL_SCRIPTS,
    Language,
    add_field,
    add_paragraph,
    add_text,
    clean_text,
    document_bytes,
    dominant_script,
    keep_row_together,
    language_name_in,
    make_rtl,
    repeat_as_header,
    set_core_properties,
    set_document_defaults,
    set_page,
    shade,
    space_after,
)
from app.reports.model import Docket, DocketRow, DocketSection

ENGLISH = Language("en-US")
NO_OFFICER = "No officer assigned"
# (header, width): 27.3 cm of landscape A4 between 12 mm margins.
COLUMNS = (
    ("Time", 2.3),
    ("Case", 3.2),
    ("Principal applicant", 4.7),
    ("Household size", 2.2),
    ("Interpreter & language", 4.1),
    ("File location", 3.4),
    ("Appointment", 3.8),
    ("Flags", 3.4),
)
APPOINTMENT_LABELS = {
    "interview": "Interview",
    "medical": "Medical",
    "fingerprints": "Fingerprints",
    "cultural_orientation": "Cultural orientation",
    "adjudication": "Adjudication",
    "briefing": "Briefing",
    "other": "Other",
}
TABLE_POINTS = 9
HEADER_FILL = "D9D9D9"
GREY = RGBColor(0x55, 0x55, 0x55)


def _time_span(row: DocketRow) -> str:
    start = f"{row.start:%H:%M}"
    if row.minutes <= 0:
        return start
    return f"{start}–{row.start + dt.timedelta(minutes=row.minutes):%H:%M}"


def _language(code: str) -> str:
    """ "Arabic (ar)": the name for the officer, the code as recorded."""
    code = clean_text(code)
    if not code:
        return ""
    name = language_name_in(code, Locale.parse("en"))
    return f"{name} ({code})" if name else code


def _flags(row: DocketRow) -> list[str]:
    marked = [
        label
        for label, on in (("Expedited", row.expedited), ("Medical", row.medical), ("Security", row.security))
        if on
    ]
    return marked + [clean_text(flag) for flag in row.flags if clean_text(flag)]


def _heading_text(docket: Docket, section: DocketSection) -> str:
    parts = [
        "Docket",
        clean_text(section.officer) or NO_OFFICER,
        format_date(docket.day, format="full", locale="en"),
    ]
    if clean_text(docket.site):
        parts.append(clean_text(docket.site))
    return " — ".join(parts)


def _cell_lines(cell: _Cell, lines: list[tuple[str, bool]], *, bold_first: bool = False) -> None:
    """Lines of text in a cell, each its own paragraph, right to left when its script is; `lines`
    holds (text, grey)."""
    first = True
    for text, grey in lines:
        if not text:
            continue
        paragraph = cell.paragraphs[0] if first and not cell.paragraphs[0].text else cell.add_paragraph()
        if dominant_script(text) in RTL_SCRIPTS:
            make_rtl(paragraph)
        space_after(paragraph, 0)
        add_text(paragraph, text, size=TABLE_POINTS, bold=bold_first and first, color=GREY if grey else None)
        first = False


def _fill_row(cells: list[_Cell], row: DocketRow) -> None:
    interpreter = clean_text(row.interpreter)
    appointment = APPOINTMENT_LABELS.get(row.appointment_type, row.appointment_type.replace("_", " ").capitalize())
    status = clean_text(row.status).replace("_", " ")
    _cell_lines(cells[0], [(_time_span(row), False)], bold_first=True)
    _cell_lines(cells[1], [(clean_text(row.case_number), False)], bold_first=True)
    _cell_lines(cells[2], [(clean_text(row.principal.latin), False), (clean_text(row.principal.native), False)])
    _cell_lines(cells[3], [(str(row.household_size), False)])
    cells[3].paragraphs[0].alignment = WD_ALIGN_PARAGRAPH.CENTER
    _cell_lines(cells[4], [(interpreter or "None booked", not interpreter), (_language(row.language), False)])
    _cell_lines(cells[5], [(clean_text(row.file_location), False)])
    room = _room(clean_text(row.room))
    _cell_lines(cells[6], [(appointment, False), (room, False), (status, True)])
    _cell_lines(cells[7], [(flag, False) for flag in _flags(row)], bold_first=False)


def _room(name: str) -> str:
    """'Room 2' as it is, a bare '2' as 'Room 2', a named place ('Clinic', 'Training hall') as it is."""
    return f"Room {name}" if name[:1].isdigit() else name


def _table(document: DocumentObject, rows: list[DocketRow]) -> None:
    table = document.add_table(rows=1, cols=len(COLUMNS))
    table.style = document.styles["Table Grid"]
    table.autofit = False
    header = table.rows[0]
    repeat_as_header(header)
    keep_row_together(header)
    for cell, (title, _) in zip(header.cells, COLUMNS, strict=True):
        shade(cell, HEADER_FILL)
        _cell_lines(cell, [(title, False)], bold_first=True)
    for appointment in sorted(rows, key=lambda r: (r.start, r.case_number)):
        row = table.add_row()
        keep_row_together(row)
        _fill_row(list(row.cells), appointment)
    for index, (_, width) in enumerate(COLUMNS):
        table.columns[index].width = Cm(width)
        for cell in table.columns[index].cells:
            cell.width = Cm(width)
            cell.vertical_alignment = WD_CELL_VERTICAL_ALIGNMENT.TOP


def _write_section(document: DocumentObject, docket: Docket, section: DocketSection) -> None:
    heading = add_paragraph(document, _heading_text(docket, section), style="Heading 1", bold=True, size=14)
    heading.paragraph_format.keep_with_next = True
    count = len(section.rows)
    people = sum(row.household_size for row in section.rows)
    summary = f"{count} appointment{'s' if count != 1 else ''}, {people} people"
    space_after(add_paragraph(document, summary if count else "No appointments.", size=10), 6)
    if section.rows:
        _table(document, section.rows)


def _header(page: Section, text: str) -> None:
    """The section's heading again, small, at the top of each of its pages: a page that comes
    loose from a long docket still says whose and which day it is."""
    page.header.is_linked_to_previous = False
    paragraph = page.header.paragraphs[0]
    add_text(paragraph, text, size=8, color=GREY)
    space_after(paragraph, 6)


def _footer(section: Section, docket: Docket) -> None:
    """Page X of Y, when and by whom the docket was made; every later section links to it."""
    paragraph = section.footer.paragraphs[0]
    add_text(paragraph, "Page ", size=8, color=GREY)
    add_field(paragraph, "PAGE", size=8)
    add_text(paragraph, " of ", size=8, color=GREY)
    add_field(paragraph, "NUMPAGES", size=8)
    made = f"   ·   Generated {docket.generated_at:%Y-%m-%d %H:%M}"
    if clean_text(docket.generated_by):
        made += f" by {clean_text(docket.generated_by)}"
    add_text(paragraph, made + "   ·   Circuit Ride", size=8, color=GREY)


def docket_bytes(docket: Docket) -> bytes:
    """The docket as a .docx: one landscape section per officer (one saying there are no
    appointments when the day has none)."""
    document = Document()
    set_document_defaults(document, ENGLISH, points=10)
    title = f"Docket {docket.day.isoformat()}" + (f" {clean_text(docket.site)}" if clean_text(docket.site) else "")
    set_core_properties(document, title, ENGLISH, docket.generated_at)
    sections = docket.sections or [DocketSection(officer="", rows=[])]
    for index, section in enumerate(sections):
        page = document.sections[0] if index == 0 else document.add_section(WD_SECTION.NEW_PAGE)
        set_page(page, landscape=True, margin_mm=12)
        _header(page, _heading_text(docket, section))
        _write_section(document, docket, section)
    _footer(document.sections[0], docket)
    return document_bytes(document)
