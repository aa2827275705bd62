"""The case summary (issue 22): one case on paper for a team lead's desk or an officer's folder.

What the case is and where it stands, the household with each person's photo and biodata (and
whether the date of birth was checked against a document, and which), the documents on file, the
notes the reader may read, the appointments and the officers' results.

In English (the team's working language); names are printed in both scripts, the native one in its
own paragraph, right to left for Arabic script, as on the docket. The header carries the case number
and the confidentiality marking on every page (app/reports/frame.py); no name is in the header, the
footer or the document's properties.

A note the reader's role may not read is not among the values this writer is given: it prints how
many were left out, never what they say.
"""

from __future__ import annotations

import io

from babel import Locale
from docx.document import Document as DocumentObject
from docx.enum.table import WD_CELL_VERTICAL_ALIGNMENT
from docx.image.exceptions import UnrecognizedImageError
from docx.shared import Mm, Pt
from docx.table import _Cell

from app.reports.case_model import AppointmentEntry, CaseSummary, DocumentEntry, Member, NoteEntry
from app.reports.docx_common import (
    RTL_SCRIPTS,
    add_paragraph,
    add_text,
    clean_text,
    document_bytes,
    dominant_script,
    keep_row_together,
    language_name_in,
    make_rtl,
    space_after,
    words,
)
from app.reports.frame import (
    GREY,
    MISSING,
    heading,
    key_values,
    new_report,
    note,
    set_widths,
    table,
    text_width_mm,
    title_block,
)

ENGLISH_LOCALE = Locale.parse("en")
PHOTO_MM = 17.0
TABLE_POINTS = 9
PRECISION_WORDS = {"month": "month known", "year": "year only", "estimated": "estimated"}
CONFIDENTIALITY_WORDS = {"normal": "", "restricted": "Restricted", "medical": "Medical"}
SEX_WORDS = {"F": "Female", "M": "Male", "X": "Other"}


def language_words(code: str) -> str:
    """ "Arabic (ar)": the name for an English reader, the code as recorded."""
    code = clean_text(code)
    if not code:
        return ""
    name = language_name_in(code, ENGLISH_LOCALE)
    return f"{name} ({code})" if name else code


def country_words(code: str) -> str:
    code = clean_text(code)
    name = ENGLISH_LOCALE.territories.get(code.upper()) if code else None
    return f"{name} ({code.upper()})" if name else code


def when(value: str) -> str:
    """An ISO time as "2026-10-01 14:05" (seconds and zone left off: paper needs the minute)."""
    value = clean_text(value)
    return value[:16].replace("T", " ") if len(value) > 10 else value


def cell_lines(cell: _Cell, lines: list[tuple[str, bool, bool]]) -> None:
    """Lines of text in a table cell, each its own paragraph, right to left when its script is;
    `lines` holds (text, bold, grey)."""
    first = True
    for text, bold, grey in lines:
        text = clean_text(text)
        if not text:
            continue
        paragraph = cell.paragraphs[0] if first and not cell.paragraphs[0].text else cell.add_paragraph()
        if dominant_script(text) in RTL_SCRIPTS:
            make_rtl(paragraph)
        space_after(paragraph, 0)
        add_text(paragraph, text, size=TABLE_POINTS, bold=bold, color=GREY if grey else None)
        first = False
    if first:
        add_text(cell.paragraphs[0], MISSING, size=TABLE_POINTS)


def _facts(summary: CaseSummary) -> list[tuple[str, str]]:
    stage = words(summary.stage)
    if summary.stage_since:
        stage += f" (since {when(summary.stage_since)[:10]})"
    priority = summary.priority
    if summary.expedited:
        priority += " · Expedited" + (f": {clean_text(summary.expedite_reason)}" if summary.expedite_reason else "")
    file_at = clean_text(summary.file_location)
    if summary.file_holder:
        file_at = f"Checked out to {clean_text(summary.file_holder)}" + (
            f", due back {summary.file_due}" if summary.file_due else ""
        )
        if summary.file_location:
            file_at += f" (home: {clean_text(summary.file_location)})"
    pairs = [
        ("Case number", summary.case_number),
        ("UNHCR number", summary.unhcr_id),
        ("Stage", stage),
        ("Priority", priority),
        ("Site", summary.site),
        ("Circuit ride", summary.ride),
        ("Assigned to", summary.assignee),
        ("Paper file", file_at),
        ("Security check", words(summary.security_check)),
        ("Medical", words(summary.medical)),
    ]
    if clean_text(summary.flags):
        pairs.append(("Flags", summary.flags))
    return [(key, clean_text(value)) for key, value in pairs]


def _dob_lines(member: Member) -> list[tuple[str, bool, bool]]:
    if not member.dob:
        return [("Not recorded", False, True)]
    precision = PRECISION_WORDS.get(member.dob_precision, "")
    lines = [(member.dob + (f" ({precision})" if precision else ""), False, False)]
    if member.dob_verified_against:
        lines.append((f"Verified: {member.dob_verified_against}", False, False))
    else:
        lines.append(("Not verified", False, True))
    return lines


def _photo(cell: _Cell, member: Member) -> None:
    cell.vertical_alignment = WD_CELL_VERTICAL_ALIGNMENT.TOP
    paragraph = cell.paragraphs[0]
    space_after(paragraph, 0)
    if member.photo is None:
        add_text(paragraph, "No photo", italic=True, size=8, color=GREY)
        return
    try:
        paragraph.add_run().add_picture(io.BytesIO(member.photo.data), width=Mm(PHOTO_MM))
    except (UnrecognizedImageError, ValueError, OSError):
        add_text(paragraph, "Photo cannot be shown", italic=True, size=8, color=GREY)


def _household(document: DocumentObject, members: list[Member]) -> None:
    heading(document, f"Household ({len(members)})")
    if not members:
        note(document, "No person is recorded on this case.")
        return
    columns = ["Photo", "Name", "Role", "Sex", "Date of birth", "Nationality", "Languages"]
    width = text_width_mm(document)
    fixed = [PHOTO_MM + 3, 24, 15, 31, 24, 25]
    widths = [fixed[0], width - sum(fixed), *fixed[1:]]
    grid = table(document, columns, [], widths_mm=widths, size=TABLE_POINTS)
    for member in members:
        row = grid.add_row()  # type: ignore[no-untyped-call]
        keep_row_together(row)
        cells = row.cells
        _photo(cells[0], member)
        checked = f"{member.verified_fields} of {member.filled_fields} details verified" if member.filled_fields else ""
        cell_lines(
            cells[1], [(member.name.latin, True, False), (member.name.native, False, False), (checked, False, True)]
        )
        relationship = words(member.relationship) if member.relationship not in ("", "self", member.role) else ""
        cell_lines(cells[2], [(words(member.role), False, False), (relationship, False, True)])
        cell_lines(cells[3], [(SEX_WORDS.get(member.sex, member.sex), False, False)])
        cell_lines(cells[4], _dob_lines(member))
        cell_lines(cells[5], [(country_words(member.nationality), False, False)])
        cell_lines(cells[6], [(language_words(code), False, False) for code in member.languages])
    set_widths(document, grid, widths)


def _documents(document: DocumentObject, documents: list[DocumentEntry]) -> None:
    heading(document, f"Documents ({len(documents)})")
    if not documents:
        note(document, "No document is on file for this case.")
        return
    rows = [
        [
            words(d.document_type) or "Document",
            clean_text(d.title),
            clean_text(d.person),
            ", ".join(language_words(code) for code in d.languages),
            str(d.pages),
            ", ".join(language_words(code) for code in d.translations),
        ]
        for d in documents
    ]
    width = text_width_mm(document)
    widths = [30, width - 30 - 36 - 30 - 14 - 30, 36, 30, 14, 30]
    table(document, ["Type", "Title", "Whose", "Language", "Pages", "Translations"], rows, widths_mm=widths)


def _notes(document: DocumentObject, notes: list[NoteEntry], withheld: int) -> None:
    heading(document, f"Notes ({len(notes)})")
    if not notes:
        note(document, "No note this reader may see is on the case.")
    for entry in notes:
        meta = [when(entry.at), clean_text(entry.author)]
        if CONFIDENTIALITY_WORDS.get(entry.confidentiality):
            meta.append(CONFIDENTIALITY_WORDS[entry.confidentiality])
        if entry.about:
            meta.append(f"about {clean_text(entry.about)}")
        head = add_paragraph(document)
        space_after(head, 0)
        head.paragraph_format.keep_with_next = True
        add_text(head, " · ".join(m for m in meta if m), bold=True, size=8, color=GREY)
        text = clean_text(entry.text)
        body = add_paragraph(document, rtl=dominant_script(text) in RTL_SCRIPTS)
        space_after(body, 6)
        body.paragraph_format.left_indent = Pt(8)
        add_text(body, text or MISSING, size=TABLE_POINTS + 0.5)
    if withheld:
        plural = "note" if withheld == 1 else "notes"
        note(document, f"{withheld} restricted {plural} not shown: the reader's role may not read them.")


def _appointments(document: DocumentObject, appointments: list[AppointmentEntry]) -> None:
    heading(document, f"Appointments ({len(appointments)})")
    if not appointments:
        note(document, "No appointment is booked for this case.")
        return
    rows = []
    for a in appointments:
        start, end = clean_text(a.start), clean_text(a.end)
        time = start[11:16] + (f"–{end[11:16]}" if len(end) >= 16 else "")
        place = ", ".join(x for x in (clean_text(a.site), clean_text(a.room)) if x)
        interpreter = clean_text(a.interpreter) or "None booked"
        if a.language:
            interpreter += f", {language_words(a.language)}"
        rows.append([start[:10], time, words(a.type), place, interpreter, words(a.status), clean_text(a.officer)])
    width = text_width_mm(document)
    widths = [21, 24, 25, width - 21 - 24 - 25 - 38 - 20 - 26, 38, 20, 26]
    table(document, ["Date", "Time", "Type", "Site", "Interpreter", "Status", "Officer"], rows, widths_mm=widths)


def _results(document: DocumentObject, summary: CaseSummary) -> None:
    heading(document, f"Results ({len(summary.results)})")
    if not summary.results:
        note(document, "No result is recorded for this case.")
        return
    rows = [
        [words(r.kind), words(r.outcome), r.date, clean_text(r.officer), clean_text(r.reason)] for r in summary.results
    ]
    width = text_width_mm(document)
    widths = [24, 32, 22, 34, width - 24 - 32 - 22 - 34]
    table(document, ["Kind", "Outcome", "Date", "Officer", "Reason"], rows, widths_mm=widths)


def case_summary_bytes(summary: CaseSummary) -> bytes:
    """The case summary as a .docx."""
    title = f"Case summary {clean_text(summary.case_number)}"
    document = new_report(
        title, clean_text(summary.case_number), generated_at=summary.generated_at, generated_by=summary.generated_by
    )
    principal = summary.members[0].name if summary.members else None
    lines = [f"{words(summary.stage)} · {summary.priority} · {clean_text(summary.site) or MISSING}"]
    if principal is not None:
        lines.append(f"Principal applicant: {clean_text(principal.latin)}")
    title_block(document, title, lines)
    heading(document, "Case")
    key_values(document, _facts(summary))
    _household(document, summary.members)
    _documents(document, summary.documents)
    _notes(document, summary.notes, summary.notes_withheld)
    _appointments(document, summary.appointments)
    _results(document, summary)
    return document_bytes(document)
