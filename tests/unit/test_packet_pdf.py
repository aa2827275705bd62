"""The travel packet's PDF from plain values (app/reports/packet.py): every page in order after the
cover, translations after their originals, names in Latin, Cyrillic, Arabic and Ethiopic script
drawn with embedded fonts that have the glyphs, Arabic-script names (Arabic, Dari, Pashto) drawn
with exactly the glyphs HarfBuzz shapes for them in right-to-left order, missing documents flagged,
an unreadable scan noted on the cover instead of stopping the packet, and document properties
without names."""

from __future__ import annotations

import datetime as dt
import io
import unicodedata
from dataclasses import replace
from pathlib import Path

import pikepdf
import pypdfium2 as pdfium
import pytest
import uharfbuzz as hb
from fontTools.ttLib import TTFont
from PIL import Image
from reportlab.lib.pagesizes import A4, A5
from reportlab.pdfgen.canvas import Canvas

from app.reports.model import Name
from app.reports.packet import FONT_DIRS, CheckItem, Member, Packet, Source, packet_pdf

ARABIC_NAME = "لیلا رحیمی"
# synthetic Dari and Pashto names, with the Persian letters ye, kaf and pe (ی ک پ) and Pashto's ړ
DARI_NAMES = ("محمد رحیمی", "فاطمه احمدی", "پرویز کاکړ")
NASKH = next(
    (d / "NotoNaskhArabic-Regular.ttf" for d in FONT_DIRS if (d / "NotoNaskhArabic-Regular.ttf").is_file()), None
)
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


Outline = tuple[tuple[tuple[float, float], ...], tuple[int, ...]]


def outline(font: TTFont, glyph: str) -> Outline:
    """A glyph's points and contour ends: the same in the embedded subset as in the font file,
    whatever number the subset gave the glyph."""
    coordinates, ends, _ = font["glyf"][glyph].getCoordinates(font["glyf"])
    return tuple((float(x), float(y)) for x, y in coordinates), tuple(ends)


def arabic_runs(data: bytes) -> list[tuple[float, float, list[Outline]]]:
    """(height, left edge, outlines of the glyphs) of each text run the cover draws in the embedded
    Noto Naskh Arabic subset, top to bottom and left to right on the page."""
    pdf = pikepdf.open(io.BytesIO(data))
    subsets = {
        str(name): TTFont(io.BytesIO(bytes(font.FontDescriptor.FontFile2.read_bytes())))
        for name, font in pdf.pages[0].Resources.Font.items()
        if "Naskh" in str(font.BaseFont)
    }
    runs: list[tuple[float, float, list[Outline]]] = []
    x = y = 0.0
    font = ""
    for operands, operator in pikepdf.parse_content_stream(pdf.pages[0]):
        if str(operator) == "Tm":
            x, y = float(operands[4]), float(operands[5])
        elif str(operator) == "Tf":
            font = str(operands[0])
        elif str(operator) in ("Tj", "TJ") and font in subsets:
            strings = operands[0] if str(operator) == "TJ" else [operands[0]]
            cmap = subsets[font]["cmap"].getcmap(1, 0).cmap
            codes = [c for s in strings if isinstance(s, pikepdf.String) for c in bytes(s)]
            runs.append((y, x, [outline(subsets[font], cmap[c]) for c in codes]))
    return sorted(runs, key=lambda r: (-r[0], r[1]))


def drawn_arabic(data: bytes) -> list[list[Outline]]:
    """Per line, top to bottom: the outlines of the glyphs drawn in Noto Naskh Arabic, left to
    right on the page."""
    lines: dict[float, list[Outline]] = {}
    for y, _, glyphs in arabic_runs(data):
        lines.setdefault(y, []).extend(glyphs)
    return list(lines.values())


def harfbuzz(text: str) -> tuple[list[Outline], list[int]]:
    """HarfBuzz's own shaping of `text` with the font file: the outlines in visual order (left to
    right) and the glyph ids."""
    assert NASKH is not None
    blob = hb.Blob(NASKH.read_bytes())
    buffer = hb.Buffer()
    buffer.add_str(text)
    buffer.guess_segment_properties()
    hb.shape(hb.Font(hb.Face(blob)), buffer, {})
    font = TTFont(str(NASKH))
    order = font.getGlyphOrder()
    ids = [info.codepoint for info in buffer.glyph_infos]
    return [outline(font, order[i]) for i in ids], ids


@pytest.mark.skipif(NASKH is None, reason="Noto Naskh Arabic is not installed")
def test_arabic_script_names_are_drawn_with_the_glyphs_harfbuzz_shapes_right_to_left() -> None:
    members = [Member(Name(f"Person {i}", name), "child", "", "M") for i, name in enumerate(DARI_NAMES)]
    data, _ = packet_pdf(replace(packet([]), members=members))
    lines = drawn_arabic(data)
    assert len(lines) == len(DARI_NAMES)
    for name, glyphs in zip(DARI_NAMES, lines, strict=True):
        expected, _ = harfbuzz(name)
        assert glyphs == expected, name
    # the Persian letters took their joined forms: pe and kaf begin a word, ye ends one after a
    # joining letter; none is drawn as the letter standing alone
    font = TTFont(str(NASKH))
    order, nominal = font.getGlyphOrder(), font.getBestCmap()
    for line, word, letter in ((2, "پرویز", "پ"), (2, "کاکړ", "ک"), (0, "رحیمی", "ی")):
        _, ids = harfbuzz(word)
        joined = ids[0] if letter == "ی" else ids[-1]  # left to right: a word's first letter is on the right
        assert order[joined] != nominal[ord(letter)], word
        assert outline(font, order[joined]) in lines[line], word


@pytest.mark.skipif(NASKH is None, reason="Noto Naskh Arabic is not installed")
def test_a_line_mixes_latin_arabic_and_digits_in_reading_order() -> None:
    label = "Tazkira, Fatemeh AHMADI / فاطمه احمدی ۱۴۰۳"
    data, _ = packet_pdf(packet([], [CheckItem(label, True)]))
    document = pdfium.PdfDocument(data)
    try:
        page = document[0].get_textpage()
        found = page.search("Fatemeh AHMADI /").get_next()
        assert found is not None
        latin_right = page.get_charbox(found[0] + found[1] - 1)[2]
    finally:
        document.close()
    *_, line = drawn_arabic(data)  # the lowest: below the household's names
    # the digits stay left to right, at the left end of the right-to-left run (its end in reading
    # order); then the two words as HarfBuzz shapes them, the family name on the left
    font = TTFont(str(NASKH))
    nominal = font.getBestCmap()
    digits = [outline(font, nominal[ord(d)]) for d in "۱۴۰۳"]
    space = outline(font, nominal[ord(" ")])
    assert line[:4] == digits
    assert line[4:] == [space, *harfbuzz("فاطمه احمدی")[0]]
    # and the Arabic is drawn to the right of the Latin words
    lowest = arabic_runs(data)[-1][0]
    assert min(x for y, x, _ in arabic_runs(data) if y == lowest) >= latin_right


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
