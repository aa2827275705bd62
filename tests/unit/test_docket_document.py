"""The officers' daily docket (app/reports/docket.py): a real Word document, opened again with
python-docx (sections, tables, header rows, fields) and laid out by LibreOffice (pages per officer,
pages not blank). Synthetic names only.
"""

from __future__ import annotations

import datetime as dt
import io
import re
from pathlib import Path

import docx
import pypdfium2 as pdfium
import pytest
from docx.document import Document as DocumentObject
from docx.enum.section import WD_ORIENT, WD_SECTION
from docx.oxml.ns import qn
from PIL import Image

from app.reports.docket import COLUMNS, docket_bytes
from app.reports.model import Docket, DocketRow, DocketSection, Name
from tests.docx_render import render_pdfs, render_pngs, require_tools

DAY = dt.date(2026, 12, 9)
PRINCIPALS = [
    Name("Ahmad Al-Hassan", "أحمد الحسن"),
    Name("Fisseha Tesfay", "ፍስሃ ተስፋይ"),
    Name("Olena Kovalenko", "Олена Коваленко"),
    Name("Maria Gonzalez"),
]
HEADERS = [
    "Time",
    "Case",
    "Principal applicant",
    "Household size",
    "Interpreter & language",
    "File location",
    "Appointment",
    "Flags",
]


def rows(count: int) -> list[DocketRow]:
    return [
        DocketRow(
            start=dt.datetime(2026, 12, 9, 8) + dt.timedelta(minutes=15 * i),
            minutes=45,
            case_number=f"KKM-2026-{i:05d}",
            principal=PRINCIPALS[i % 4],
            household_size=1 + i % 6,
            interpreter="" if i % 4 == 3 else "Interpreter Example",
            language=("ar", "ti", "uk", "es")[i % 4],
            file_location=f"Cabinet B, drawer {i % 5}",
            appointment_type=("interview", "medical", "fingerprints", "cultural_orientation")[i % 4],
            room=str(1 + i % 3),
            status="confirmed",
            expedited=i % 5 == 0,
            medical=i % 4 == 1,
            security=i % 7 == 2,
            flags=["Unaccompanied minor"] if i % 9 == 0 else [],
        )
        for i in range(count)
    ]


def docket(*sections: DocketSection, site: str = "Kakuma Field Office") -> Docket:
    return Docket(
        day=DAY,
        site=site,
        sections=list(sections),
        generated_at=dt.datetime(2026, 12, 8, 17, 45),
        generated_by="Team Lead Example",
    )


def opened(data: bytes) -> DocumentObject:
    return docx.Document(io.BytesIO(data))


def cell_text(document: DocumentObject, table: int, row: int, column: int) -> str:
    return str(document.tables[table].rows[row].cells[column].text)


def test_one_landscape_section_per_officer_each_on_a_new_page() -> None:
    document = opened(docket_bytes(docket(DocketSection("Officer Brown", rows(6)), DocketSection("", rows(2)))))
    assert len(document.sections) == 2
    for section in document.sections:
        assert section.orientation == WD_ORIENT.LANDSCAPE
        assert (round(section.page_width.mm), round(section.page_height.mm)) == (297, 210)
    assert document.sections[1].start_type == WD_SECTION.NEW_PAGE
    headings = [p.text for p in document.paragraphs if p.style is not None and p.style.name == "Heading 1"]
    assert headings == [
        "Docket — Officer Brown — Wednesday, December 9, 2026 — Kakuma Field Office",
        "Docket — No officer assigned — Wednesday, December 9, 2026 — Kakuma Field Office",
    ]
    assert "6 appointments, 21 people" in [p.text for p in document.paragraphs]
    assert document.sections[1].header.paragraphs[0].text == headings[1]


def test_the_table_has_the_officers_columns_and_a_row_per_appointment() -> None:
    document = opened(docket_bytes(docket(DocketSection("Officer Brown", rows(4)))))
    table = document.tables[0]
    assert [cell.text for cell in table.rows[0].cells] == HEADERS == [title for title, _ in COLUMNS]
    assert len(table.rows) == 5
    first = [cell.text for cell in table.rows[1].cells]
    assert first[0] == "08:00–08:45"
    assert first[1] == "KKM-2026-00000"
    assert first[2] == "Ahmad Al-Hassan\nأحمد الحسن"
    assert first[3] == "1"
    assert first[4] == "Interpreter Example\nArabic (ar)"
    assert first[5] == "Cabinet B, drawer 0"
    assert first[6] == "Interview\nRoom 1\nconfirmed"
    assert first[7] == "Expedited\nUnaccompanied minor"
    assert cell_text(document, 0, 2, 7) == "Medical"
    assert cell_text(document, 0, 3, 7) == "Security"
    assert cell_text(document, 0, 4, 4) == "None booked\nSpanish (es)"
    assert cell_text(document, 0, 2, 2) == "Fisseha Tesfay\nፍስሃ ተስፋይ"


def test_the_native_name_is_right_to_left_where_its_script_is() -> None:
    document = opened(docket_bytes(docket(DocketSection("Officer Brown", rows(2)))))
    arabic, latin = document.tables[0].rows[1].cells[2].paragraphs[1], document.tables[0].rows[1].cells[2].paragraphs[0]
    assert arabic._p.pPr.find(qn("w:bidi")) is not None
    assert all(run.font.rtl for run in arabic.runs)
    assert latin._p.pPr is None or latin._p.pPr.find(qn("w:bidi")) is None
    ethiopic = document.tables[0].rows[2].cells[2].paragraphs[1]
    assert ethiopic._p.pPr.find(qn("w:bidi")) is None
    assert ethiopic.runs[0]._r.rPr.find(qn("w:rFonts")).get(qn("w:eastAsia")) == "Noto Sans Ethiopic"


def test_the_header_row_repeats_and_no_row_splits_across_pages() -> None:
    document = opened(docket_bytes(docket(DocketSection("Officer Brown", rows(5)))))
    table_rows = document.tables[0].rows
    assert table_rows[0]._tr.trPr.find(qn("w:tblHeader")) is not None
    assert all(row._tr.trPr.find(qn("w:tblHeader")) is None for row in table_rows[1:])
    assert all(row._tr.trPr.find(qn("w:cantSplit")) is not None for row in table_rows)
    widths = [round(column.width.cm, 1) for column in document.tables[0].columns]
    assert widths == [width for _, width in COLUMNS]
    assert sum(widths) <= 29.7 - 2.4


def test_the_footer_numbers_pages_and_says_who_generated_it_when() -> None:
    document = opened(docket_bytes(docket(DocketSection("Officer Brown", rows(1)), DocketSection("B", rows(1)))))
    footer = document.sections[0].footer
    instructions = [node.text.strip() for node in footer._element.iter(qn("w:instrText"))]
    assert instructions == ["PAGE", "NUMPAGES"]
    text = footer.paragraphs[0].text
    assert text.startswith("Page 1 of 1") and "Generated 2026-12-08 17:45 by Team Lead Example" in text
    assert document.sections[1].footer.is_linked_to_previous
    core = document.core_properties
    assert core.title == "Docket 2026-12-09 Kakuma Field Office"
    assert core.author == "Circuit Ride" and core.language == "en-US"


def test_a_day_without_appointments_and_without_a_site() -> None:
    document = opened(docket_bytes(docket(site="")))
    assert [p.text for p in document.paragraphs if p.text] == [
        "Docket — No officer assigned — Wednesday, December 9, 2026",
        "No appointments.",
    ]
    assert not document.tables


# ----- as pages -------------------------------------------------------------------------------------


@pytest.fixture(scope="module")
def long_docket_pdf(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """Officer Brown's 60 appointments (more than two pages) and Officer Chen's 3, laid out."""
    require_tools()
    folder = tmp_path_factory.mktemp("docket")
    path = folder / "docket.docx"
    path.write_bytes(
        docket_bytes(docket(DocketSection("Officer Brown", rows(60)), DocketSection("Officer Chen", rows(3))))
    )
    return render_pdfs([path], folder / "pdf")[0]


def _page_texts(pdf: Path) -> list[str]:
    document = pdfium.PdfDocument(pdf)
    return [document[index].get_textpage().get_text_range() for index in range(len(document))]


def test_each_officer_starts_a_page_and_a_long_docket_runs_on(long_docket_pdf: Path) -> None:
    pages = _page_texts(long_docket_pdf)
    assert len(pages) >= 4
    starts = [index for index, text in enumerate(pages) if re.search(r"\d+ appointments, \d+ people", text)]
    assert len(starts) == 2 and starts[0] == 0
    brown, chen = pages[: starts[1]], pages[starts[1] :]
    assert len(brown) >= 2 and len(chen) == 1
    assert all("Officer Brown" in text and "Principal applicant" in text for text in brown)  # header row repeated
    assert "Officer Brown" not in chen[0]
    for number, text in enumerate(pages, start=1):
        assert f"Page {number} of {len(pages)}" in text
    every_case = "".join(brown)
    assert all(f"KKM-2026-{i:05d}" in every_case for i in range(60))


def test_docket_pages_are_not_blank(long_docket_pdf: Path, tmp_path: Path) -> None:
    for page in render_pngs(long_docket_pdf, tmp_path):
        with Image.open(page) as image:
            grey = image.convert("L")
            assert grey.width > grey.height  # landscape
            assert sum(1 for value in grey.get_flattened_data() if value < 128) > 1000
