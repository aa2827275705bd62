"""The travel packet's PDF from plain values (app/reports/packet.py): every page in order after the
cover, translations after their originals, names in Latin, Cyrillic, Arabic and Ethiopic script
drawn with embedded fonts that have the glyphs, missing documents flagged, an unreadable scan noted
on the cover instead of stopping the packet, and document properties without names."""

from __future__ import annotations

import datetime as dt
import io
import unicodedata
from pathlib import Path

import pikepdf
import pypdfium2 as pdfium
import pytest
from fontTools.ttLib import TTFont
from PIL import Image
from reportlab.lib.pagesizes import A4, A5
from reportlab.pdfgen.canvas import Canvas

from app.reports.model import Name
from app.reports.packet import CheckItem, Member, Packet, Source, _register_fonts, _visual_arabic, packet_pdf

ARABIC_NAME = "لیلا رحیمی"
CYRILLIC_NAME = "Олена Коваленко"
ETHIOPIC_NAME = "ሰላም ተስፋዬ"


def marked_pdf(*markers: str, size: tuple[float, float] = A4) -> bytes:
    buffer = io.BytesIO()
    canvas = Canvas(buffer, pagesize=size)
    for marker in markers:
        canvas.setFont("Helvetica", 24)
        canvas.drawString(72, size[1] / 2, marker)
        canvas.showPage()
    canvas.save()
    return buffer.getvalue()


def jpeg(width: int, height: int, colour: tuple[int, int, int] = (30, 90, 160)) -> bytes:
    buffer = io.BytesIO()
    Image.new("RGB", (width, height), colour).save(buffer, "JPEG")
    return buffer.getvalue()


def packet(sources: list[Source], checklist: list[CheckItem] | None = None) -> Packet:
    return Packet(
        case_number="TST-000042",
        made_on=dt.date(2026, 11, 1),
        facts=[("Stage", "interviewed"), ("Site", "Testville")],
        stage="interviewed",
        members=[
            Member(Name("Layla RAHIMI", ARABIC_NAME), "principal applicant", "1985-02-03", "F", jpeg(280, 360)),
            Member(Name("Olena KOVALENKO", CYRILLIC_NAME), "spouse", "1984", "F"),
            Member(Name("Selam TESFAYE", ETHIOPIC_NAME), "child", "2015-04-01", "F"),
        ],
        checklist=checklist
        if checklist is not None
        else [CheckItem("UNHCR registration (the case)", True), CheckItem("Birth certificate: Selam TESFAYE", False)],
        sources=sources,
    )


def texts(data: bytes) -> list[str]:
    document = pdfium.PdfDocument(data)
    try:
        return [document[i].get_textpage().get_text_range() for i in range(len(document))]
    finally:
        document.close()


def test_every_page_follows_the_cover_in_order_with_translations_after_originals() -> None:
    sources = [
        Source("Passport, Layla RAHIMI", "application/pdf", marked_pdf("ORIGINAL-A1", "ORIGINAL-A2")),
        Source("Translation (en) of Passport", "application/pdf", marked_pdf("TRANSLATION-A", size=A5), True),
        Source("Birth certificate, Selam TESFAYE", "image/jpeg", jpeg(1200, 900)),
    ]
    data, pages = packet_pdf(packet(sources))
    pdf = pikepdf.open(io.BytesIO(data))
    assert pages == len(pdf.pages) == 1 + 2 + 1 + 1
    found = texts(data)
    assert "ORIGINAL-A1" in found[1] and "ORIGINAL-A2" in found[2] and "TRANSLATION-A" in found[3]
    # each page keeps its own size; the image got a page of A4 of its own
    assert [round(float(pdf.pages[i].mediabox[3])) for i in (1, 3, 4)] == [round(A4[1]), round(A5[1]), round(A4[1])]
    for index, text in enumerate(found, 1):
        assert "TST-000042" in text and "Confidential" in text and f"page {index} of {pages}" in text
    assert "Birth certificate, Selam TESFAYE" in found[4]
    # the contents on the cover give each document's pages
    assert "pages 2-3" in found[0] and "page 4" in found[0] and "page 5" in found[0]


def test_an_image_is_scaled_to_fit_inside_the_margins_of_its_page() -> None:
    data, _ = packet_pdf(packet([Source("Wide scan", "image/jpeg", jpeg(4000, 1000))]))
    document = pdfium.PdfDocument(data)
    try:
        page = document[1]
        [image] = [o for o in page.get_objects() if o.type == pdfium.raw.FPDF_PAGEOBJ_IMAGE]
        left, bottom, right, top = image.get_bounds()
        width, height = page.get_size()
    finally:
        document.close()
    assert left >= 40 and right <= width - 40 and bottom >= 40 and top <= height - 40
    assert (right - left) / (top - bottom) == pytest.approx(4.0, rel=0.01)


def test_names_in_every_script_are_drawn_with_embedded_fonts_that_have_their_letters() -> None:
    data, _ = packet_pdf(packet([]))
    cover = texts(data)[0]
    # PDFium reads the presentation forms back; compared letter by letter, in either order
    plain = unicodedata.normalize("NFKC", cover)
    assert CYRILLIC_NAME in plain and ETHIOPIC_NAME in plain
    assert ARABIC_NAME in plain or ARABIC_NAME[::-1] in plain
    pdf = pikepdf.open(io.BytesIO(data))
    fonts = {}
    for font in pdf.pages[0].Resources.Font.values():
        descendant = font.get("/DescendantFonts")
        descriptor = (descendant[0] if descendant else font).get("/FontDescriptor")
        if descriptor is not None and "/FontFile2" in descriptor:
            fonts[str(font.BaseFont)] = descriptor.FontFile2.read_bytes()
    names = " ".join(fonts)
    assert "NotoSans" in names or "CR-Sans" in names, names
    arabic = next(v for k, v in fonts.items() if "Arabic" in k or "Naskh" in k)
    ethiopic = next(v for k, v in fonts.items() if "Ethiopic" in k)
    # every letter of the names has a glyph in the embedded subset (no missing-glyph box)
    arabic_cmap = TTFont(io.BytesIO(arabic)).getGlyphOrder()
    assert len(arabic_cmap) > len(set(ARABIC_NAME.replace(" ", "")))
    assert len(TTFont(io.BytesIO(ethiopic)).getGlyphOrder()) > len(set(ETHIOPIC_NAME.replace(" ", "")))


def test_arabic_letters_take_their_joining_forms_and_lam_alef_its_ligature() -> None:
    _register_fonts()
    assert _visual_arabic("محمد", frozenset()) == "\ufeaa\ufee4\ufea4\ufee3"  # dal final ... meem initial
    # after alef nothing joins: the meem of salam stands alone; lam-alef joins the seen before it
    assert _visual_arabic("سلام", frozenset()) == "\ufee1\ufefc\ufeb3"
    assert _visual_arabic("لا", frozenset()) == "\ufefb"
    assert _visual_arabic("عمر 12", frozenset()).startswith("12")


def test_missing_documents_are_flagged_and_an_unreadable_scan_is_noted_not_fatal() -> None:
    sources = [
        Source("Passport, Layla RAHIMI", "application/pdf", marked_pdf("GOOD-PAGE")),
        Source("National ID, Olena KOVALENKO", "image/jpeg", b"\xff\xd8\xff not really a jpeg"),
        Source("Other document", "application/pdf", b"%PDF-1.7 broken"),
    ]
    data, pages = packet_pdf(packet(sources))
    assert pages == 2
    cover = texts(data)[0]
    assert "Birth certificate: Selam TESFAYE" in cover and "MISSING" in cover
    assert cover.count("MISSING") == 1 and "1 required document(s) missing" in cover
    assert "Not included: National ID, Olena KOVALENKO" in cover
    assert "Not included: Other document" in cover


def test_properties_carry_the_case_number_and_no_name() -> None:
    data, _ = packet_pdf(packet([Source("Passport, Layla RAHIMI", "application/pdf", marked_pdf("X"))]))
    pdf = pikepdf.open(io.BytesIO(data))
    assert str(pdf.docinfo["/Title"]) == "Travel packet TST-000042"
    assert str(pdf.docinfo["/Producer"]) == "Circuit Ride"
    assert set(pdf.docinfo.keys()) == {"/Title", "/Producer"}
    meta = pdf.open_metadata()
    assert meta["dc:title"] == "Travel packet TST-000042" and meta["pdf:Producer"] == "Circuit Ride"
    xmp = bytes(pdf.Root.Metadata.read_bytes()).decode("utf-8")
    for name in ("Layla", "RAHIMI", "Olena", "Selam", *ARABIC_NAME.split()):
        assert name not in xmp and name not in str(dict(pdf.docinfo))


def test_the_cover_looks_right(tmp_path: Path) -> None:
    """Rendered to PNG to be looked at (tests/unit/test_packet_pdf.py writes it under tmp_path)."""
    data, _ = packet_pdf(packet([Source("Passport, Layla RAHIMI", "application/pdf", marked_pdf("P1"))]))
    document = pdfium.PdfDocument(data)
    try:
        image = document[0].render(scale=1.2).to_pil()
    finally:
        document.close()
    image.save(tmp_path / "cover.png")
    # the photo is drawn: some pixels of its colour near the top left of the household
    rgb = image.convert("RGB")
    assert any(rgb.getpixel((x, y)) == (30, 90, 160) for x in range(60, 200, 4) for y in range(200, 450, 4))
