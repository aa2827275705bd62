"""What every team-lead report shares (issue 22): an A4 document whose header carries what the
document is about (a case number, a ride, a period) beside a confidentiality marking, whose footer
numbers the pages and says when and by whom it was made, and whose properties hold no personal data.

The marking is on every page, not only the first: a page that comes loose from a case summary still
says it is confidential and whose case it belongs to. The subject in the header is a case number or
a ride's name, never a person's name (a header is what a stranger reads first on a desk).

The report writers (case_report, interview_report, briefing, team_stats) start from `new_report`,
write their body with the helpers of docx_common and here (`heading`, `key_values`, `table`), and
end with `document_bytes`.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from typing import cast

from docx import Document
from docx.document import Document as DocumentObject
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.shared import Length, Mm, Pt, RGBColor
from docx.table import Table
from docx.text.paragraph import Paragraph

from app.reports.docx_common import (
    Language,
    add_field,
    add_paragraph,
    add_text,
    border_below,
    clean_text,
    keep_row_together,
    repeat_as_header,
    set_core_properties,
    set_document_defaults,
    set_page,
    shade,
    space_after,
)

ENGLISH = Language("en")
MARKING = "CONFIDENTIAL: protected refugee data. Do not copy or leave unattended."
GREY = RGBColor(0x55, 0x55, 0x55)
MARK_RED = RGBColor(0x9B, 0x1C, 0x1C)
HEADER_FILL = "E7E9EE"
MISSING = "—"  # a value the record does not hold


def new_report(
    title: str,
    subject: str,
    *,
    generated_at: dt.datetime,
    generated_by: str = "",
    landscape: bool = False,
    language: Language = ENGLISH,
    points: float = 10,
) -> DocumentObject:
    """An empty report: A4, the styles' fonts set, properties holding only `title` (which must
    not hold a name: a case number or a ride is enough), the header with `subject` and the
    marking, the footer with "Page X of Y", the time and the person who made it."""
    document = Document()
    set_document_defaults(document, language, points=points)
    set_core_properties(document, title, language, generated_at)
    section = document.sections[0]
    set_page(section, landscape=landscape, margin_mm=16)
    header = section.header.paragraphs[0]
    add_text(header, clean_text(subject), bold=True, size=8)
    add_text(header, "   ·   ", size=8, color=GREY)
    add_text(header, MARKING, bold=True, size=8, color=MARK_RED)
    border_below(header)
    footer = section.footer.paragraphs[0]
    add_text(footer, "Page ", size=8, color=GREY)
    add_field(footer, "PAGE", size=8)
    add_text(footer, " of ", size=8, color=GREY)
    add_field(footer, "NUMPAGES", size=8)
    made = f"   ·   {clean_text(title)}   ·   Generated {generated_at:%Y-%m-%d %H:%M}"
    if clean_text(generated_by):
        made += f" by {clean_text(generated_by)}"
    add_text(footer, made + "   ·   Circuit Ride", size=8, color=GREY)
    return document


def title_block(document: DocumentObject, title: str, lines: Sequence[str] = ()) -> None:
    """The report's title, large, and a few lines under it (what, when, for whom)."""
    paragraph = add_paragraph(document, title, bold=True, size=18)
    space_after(paragraph, 4)
    for line in lines:
        space_after(add_paragraph(document, line, size=10), 2)
    space_after(add_paragraph(document), 6)


def heading(document: DocumentObject, text: str, *, level: int = 1) -> None:
    """A section heading that stays with what follows it."""
    paragraph = add_paragraph(document, text, bold=True, size=13 if level == 1 else 11)
    paragraph.paragraph_format.space_before = Pt(10 if level == 1 else 6)
    paragraph.paragraph_format.space_after = Pt(4)
    paragraph.paragraph_format.keep_with_next = True


def note(document: DocumentObject, text: str) -> None:
    """A small grey sentence (an empty section says so rather than leaving a blank)."""
    add_text(space_after_paragraph(document), text, italic=True, size=9, color=GREY)


def space_after_paragraph(document: DocumentObject) -> Paragraph:
    paragraph = add_paragraph(document)
    space_after(paragraph, 4)
    return paragraph


def key_values(document: DocumentObject, pairs: Sequence[tuple[str, str]], *, key_width_mm: float = 45) -> Table:
    """A two-column table of labels and values (a person's biodata, a case's facts)."""
    table = document.add_table(rows=0, cols=2)
    table.style = "Table Grid"
    table.alignment = WD_TABLE_ALIGNMENT.LEFT
    for key, value in pairs:
        row = table.add_row()
        keep_row_together(row)
        key_cell, value_cell = row.cells
        shade(key_cell, HEADER_FILL)
        add_text(key_cell.paragraphs[0], key, bold=True, size=9)
        add_text(value_cell.paragraphs[0], value or MISSING, size=9)
    set_widths(document, table, [key_width_mm, text_width_mm(document) - key_width_mm])
    space_after_paragraph(document)
    return cast(Table, table)


def text_width_mm(document: DocumentObject) -> float:
    """The width between the margins of the document's last section, in millimetres."""
    section = document.sections[-1]
    width = (section.page_width or 0) - (section.left_margin or 0) - (section.right_margin or 0)
    return float(Length(width).mm)


def set_widths(document: DocumentObject, grid: Table, widths_mm: Sequence[float]) -> None:
    """Column widths Word and LibreOffice both keep: fixed layout, the grid and every cell set."""
    grid.autofit = False
    for index, width in enumerate(widths_mm):
        grid.columns[index].width = Mm(width)
        for cell in grid.columns[index].cells:
            cell.width = Mm(width)


def table(
    document: DocumentObject,
    columns: Sequence[str],
    rows: Sequence[Sequence[str]],
    *,
    widths_mm: Sequence[float] | None = None,
    numeric: Sequence[bool] | None = None,
    size: float = 9,
) -> Table:
    """A table with a shaded header row repeated on every page and rows that do not split;
    numeric columns aligned right."""
    grid = document.add_table(rows=1, cols=len(columns))
    grid.style = "Table Grid"
    grid.alignment = WD_TABLE_ALIGNMENT.LEFT
    head = grid.rows[0]
    repeat_as_header(head)
    for index, name in enumerate(columns):
        shade(head.cells[index], HEADER_FILL)
        add_text(head.cells[index].paragraphs[0], name, bold=True, size=size)
    for values in rows:
        row = grid.add_row()
        keep_row_together(row)
        for index, value in enumerate(values):
            paragraph = row.cells[index].paragraphs[0]
            add_text(paragraph, value if value != "" else MISSING, size=size)
            if numeric and numeric[index]:
                paragraph.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    if widths_mm:
        set_widths(document, grid, widths_mm)
    space_after_paragraph(document)
    return cast(Table, grid)
