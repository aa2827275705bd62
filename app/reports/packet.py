"""A case's travel packet as one PDF: a cover sheet (the case, the household with their photos and
names in both scripts, the checklist of documents the case's stage requires with the missing ones
flagged, the contents with page numbers, and any page that could not be included), then every
scanned page in the order given, each translation after its original. Every page carries the
case number, a "Confidential" marking and "page X of Y".

Everything is made in memory: reportlab draws into a BytesIO, pikepdf opens and joins PDFs from
bytes, Pillow decodes images from bytes. The only file is the one the service saves, so a scan of
a passport never lies in the clear in a temporary folder. The document's properties carry the
words "Travel packet" and the case number, no name.

Fonts: Noto Sans (Latin, Cyrillic, Greek), Noto Naskh Arabic and Noto Sans Ethiopic, embedded as
subsets so the packet prints the same on any computer. Arabic-script text (Arabic, Dari, Farsi,
Pashto names) is shaped by HarfBuzz (uharfbuzz, through reportlab's shapeStr) and put in
right-to-left order among the Latin text by python-bidi's Unicode bidirectional algorithm;
reportlab's own right-to-left support needs rlbidi, which the package index does not carry.

Pure layout: plain values in, PDF bytes out; nothing here reads the store.
"""

from __future__ import annotations

import datetime as dt
import io
from collections.abc import Sequence
from dataclasses import dataclass, field
from functools import cache
from itertools import groupby
from pathlib import Path

import pikepdf
from bidi import algorithm as bidi  # type: ignore[import-untyped]  # python-bidi ships no types
from PIL import Image, UnidentifiedImageError
from reportlab.lib.colors import Color, black, white
from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.lib.utils import ImageReader
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import ShapedStr, TTFError, TTFont, shapeStr
from reportlab.pdfgen.canvas import Canvas

from app.reports.docx_common import PRODUCER, clean_text, script_of, script_runs, words
from app.reports.model import Name

FONT_DIRS = (
    Path(__file__).resolve().parents[2] / "resources" / "fonts",  # what an installer bundles (Windows, macOS)
    Path("/usr/share/fonts/truetype/noto"),
    Path("/usr/share/fonts/opentype/noto"),
    Path("/usr/share/fonts/noto"),
    Path("/usr/local/share/fonts"),
    Path.home() / ".local/share/fonts",
)
# reportlab font name -> (file name, built-in fallback when the file is not on this computer)
FONT_FILES = {
    "CR-Sans": ("NotoSans-Regular.ttf", "Helvetica"),
    "CR-Sans-Bold": ("NotoSans-Bold.ttf", "Helvetica-Bold"),
    "CR-Arabic": ("NotoNaskhArabic-Regular.ttf", "Helvetica"),
    "CR-Arabic-Bold": ("NotoNaskhArabic-Bold.ttf", "Helvetica-Bold"),
    "CR-Ethiopic": ("NotoSansEthiopic-Regular.ttf", "Helvetica"),
    "CR-Ethiopic-Bold": ("NotoSansEthiopic-Bold.ttf", "Helvetica-Bold"),
}
SCRIPT_FONT = {"latin": "CR-Sans", "arabic": "CR-Arabic", "ethiopic": "CR-Ethiopic"}

PAGE_WIDTH, PAGE_HEIGHT = A4
MARGIN = 18 * mm
STAMP_SIZE = 7.5  # points: the header and footer line on every page
STAMP_INSET = 7 * mm  # from the page's edge: inside what printers can print, outside most scans' text
PHOTO_WIDTH, PHOTO_HEIGHT = 21 * mm, 27 * mm  # the passport 35:45 ratio, small
HOUSEHOLD_ONE_COLUMN = 3  # people listed one per line; more go in two columns
IMAGE_MARGIN = 15 * mm  # around a scanned image on its page, clear of the header and footer
GREY = Color(0.45, 0.45, 0.45)
LIGHT = Color(0.85, 0.85, 0.85)
RED = Color(0.75, 0.1, 0.1)
GREEN = Color(0.1, 0.5, 0.2)


@dataclass(frozen=True)
class Member:
    """One person of the household as the cover shows them."""

    name: Name
    role: str  # "principal applicant", "spouse", ... (words, not codes)
    born: str  # a date as the case holds it, or ""
    sex: str
    photo: bytes | None = None  # an image's bytes, or None when the person has no photo


@dataclass(frozen=True)
class CheckItem:
    """A document the case's stage requires, and whether the case holds it."""

    label: str
    present: bool


@dataclass(frozen=True)
class Source:
    """One stored file to include: a PDF's every page, or an image as one page. `label` names the
    document ("Passport, Ana QUISPE, page 1 of 2"; "Translation (en) of ...")."""

    label: str
    mime: str
    data: bytes
    translation: bool = False


@dataclass(frozen=True)
class Packet:
    case_number: str
    made_on: dt.date
    facts: Sequence[tuple[str, str]]  # (label, value) lines under the title: stage, site, ride...
    stage: str
    members: Sequence[Member]
    checklist: Sequence[CheckItem]
    sources: Sequence[Source]
    problems: Sequence[str] = field(default_factory=tuple)  # pages left out, said in words


@dataclass(frozen=True)
class _Part:
    """A source made into PDF pages (or the reason it could not be)."""

    label: str
    translation: bool
    pdf: pikepdf.Pdf | None
    problem: str = ""


def packet_pdf(packet: Packet) -> tuple[bytes, int]:
    """The packet's PDF bytes and its number of pages."""
    _register_fonts()
    parts = [_part(source) for source in packet.sources]
    problems = [*packet.problems, *(p.problem for p in parts if p.problem)]
    included = [p for p in parts if p.pdf is not None]
    # The contents list gives page numbers, which depend on how many pages the cover takes: draw
    # it once to count, then again with the count (a contents line never adds a page by itself
    # being renumbered, so two passes settle it).
    cover_pages = 1
    for _ in range(2):
        cover = _cover(packet, included, problems, cover_pages)
        cover_pages = len(pikepdf.open(io.BytesIO(cover)).pages)
    out = pikepdf.open(io.BytesIO(cover))
    labels = ["Cover sheet"] * len(out.pages)
    for part in included:
        assert part.pdf is not None
        for page in part.pdf.pages:
            for key in ("/Metadata", "/PieceInfo"):  # a scanner's own XMP can name its operator
                if key in page.obj:
                    del page.obj[key]
        out.pages.extend(part.pdf.pages)
        labels.extend([part.label] * len(part.pdf.pages))
    _stamp(out, packet.case_number, labels)
    _metadata(out, packet.case_number)
    buffer = io.BytesIO()
    out.save(buffer, compress_streams=True, object_stream_mode=pikepdf.ObjectStreamMode.generate)
    return buffer.getvalue(), len(labels)


# ----- the scanned pages --------------------------------------------------------------------------
def _part(source: Source) -> _Part:
    if source.mime == "application/pdf":
        try:
            pdf = pikepdf.open(io.BytesIO(source.data))
            if not len(pdf.pages):
                raise ValueError("no page")
        except (pikepdf.PdfError, ValueError):
            return _Part(source.label, source.translation, None, _left_out(source.label, "the PDF cannot be read"))
        return _Part(source.label, source.translation, pdf)
    try:
        page = _image_page(source)
    except (OSError, ValueError, UnidentifiedImageError, Image.DecompressionBombError):
        return _Part(source.label, source.translation, None, _left_out(source.label, "the image cannot be read"))
    return _Part(source.label, source.translation, pikepdf.open(io.BytesIO(page)))


def _left_out(label: str, why: str) -> str:
    return f"Not included: {label} ({why}; run `circuitride check`)."


def _image_page(source: Source) -> bytes:
    """One A4 page with the image as large as fits inside the margins, upright as stored."""
    with Image.open(io.BytesIO(source.data)) as image:
        image.load()
        width, height = image.size
        reader = ImageReader(image if image.mode in ("RGB", "L") else image.convert("RGB"))
    buffer = io.BytesIO()
    canvas = _canvas(buffer)
    box_width = PAGE_WIDTH - 2 * IMAGE_MARGIN
    box_height = PAGE_HEIGHT - 2 * IMAGE_MARGIN
    scale = min(box_width / width, box_height / height)
    w, h = width * scale, height * scale
    canvas.drawImage(reader, (PAGE_WIDTH - w) / 2, (PAGE_HEIGHT - h) / 2, w, h)
    canvas.showPage()
    canvas.save()
    return buffer.getvalue()


# ----- the cover ----------------------------------------------------------------------------------
class _Cursor:
    """Where the next line goes on the cover; starts a new page when the page is full."""

    def __init__(self, canvas: Canvas) -> None:
        self.canvas = canvas
        self.y = PAGE_HEIGHT - MARGIN

    def need(self, height: float) -> None:
        if self.y - height < MARGIN:
            self.canvas.showPage()
            self.y = PAGE_HEIGHT - MARGIN


def _cover(packet: Packet, parts: Sequence[_Part], problems: Sequence[str], cover_pages: int) -> bytes:
    buffer = io.BytesIO()
    canvas = _canvas(buffer)
    at = _Cursor(canvas)
    width = PAGE_WIDTH - 2 * MARGIN
    _text(canvas, MARGIN, at.y - 20, "Travel packet", 20, bold=True)
    _text(canvas, PAGE_WIDTH - MARGIN - _width(packet.case_number, 20, True), at.y - 20, packet.case_number, 20, True)
    at.y -= 34
    for label, value in packet.facts:
        _text(canvas, MARGIN, at.y, f"{label}:", 9.5, color=GREY)
        _text(canvas, MARGIN + 38 * mm, at.y, value, 9.5)
        at.y -= 13
    _rule(canvas, at.y + 4)
    at.y -= 14

    _heading(at, "Household")
    # Two columns from four people on: a family of eight still leaves room for the checklist.
    columns = 2 if len(packet.members) > HOUSEHOLD_ONE_COLUMN else 1
    column_width = (width - (columns - 1) * 6 * mm) / columns
    for index, member in enumerate(packet.members):
        column = index % columns
        if column == 0:
            at.need(PHOTO_HEIGHT + 6)
        top = at.y
        left = MARGIN + column * (column_width + 6 * mm)
        _member(canvas, member, left, top, column_width)
        if column == columns - 1 or index == len(packet.members) - 1:
            at.y = top - PHOTO_HEIGHT - 6
    if not packet.members:
        _text(canvas, MARGIN, at.y, "No living member of the household is recorded.", 10)
        at.y -= 14
    at.y -= 6

    _heading(at, f"Documents required at the stage {words(packet.stage)}")
    for item in packet.checklist:
        at.need(16)
        _mark(canvas, MARGIN, at.y - 2, item.present)
        _text(canvas, MARGIN + 7 * mm, at.y, _fit(item.label, 10, False, width - 30 * mm), 10)
        if not item.present:
            _text(canvas, PAGE_WIDTH - MARGIN - _width("MISSING", 9, True), at.y, "MISSING", 9, True, RED)
        at.y -= 15
    missing = sum(1 for item in packet.checklist if not item.present)
    if missing:
        at.need(14)
        _text(
            canvas, MARGIN, at.y, f"{missing} required document(s) missing: scan them before the journey.", 9, True, RED
        )
        at.y -= 14
    at.y -= 6

    _heading(at, "Contents")
    page = cover_pages + 1
    if not parts:
        _text(canvas, MARGIN, at.y, "No scanned document is attached to this case.", 10)
        at.y -= 14
    for part in parts:
        assert part.pdf is not None
        count = len(part.pdf.pages)
        at.need(14)
        where = f"page {page}" if count == 1 else f"pages {page}-{page + count - 1}"
        indent = 5 * mm if part.translation else 0
        _text(canvas, MARGIN + indent, at.y, _fit(part.label, 9.5, False, width - 30 * mm - indent), 9.5)
        _text(canvas, PAGE_WIDTH - MARGIN - _width(where, 9.5, False), at.y, where, 9.5, color=GREY)
        page += count
        at.y -= 13
    if problems:
        at.y -= 6
        _heading(at, "Could not be included")
        for problem in problems:
            at.need(14)
            _text(canvas, MARGIN, at.y, _fit(problem, 9, False, width), 9, color=RED)
            at.y -= 13
    canvas.showPage()
    canvas.save()
    return buffer.getvalue()


def _member(canvas: Canvas, member: Member, left: float, top: float, width: float) -> None:
    """Photo on the left; the Latin name, the name in the person's script and the facts beside it."""
    _photo(canvas, member.photo, left, top - PHOTO_HEIGHT)
    x = left + PHOTO_WIDTH + 4 * mm
    room = width - PHOTO_WIDTH - 4 * mm
    _text(canvas, x, top - 11, _fit(member.name.latin, 11, True, room), 11, bold=True)
    line = top - 26
    if member.name.native:
        _text(canvas, x, line, _fit(member.name.native, 12, False, room), 12)
        line -= 15
    for part in (member.role, ", ".join(v for v in (f"born {member.born}" if member.born else "", member.sex) if v)):
        _text(canvas, x, line, _fit(part, 9, False, room), 9, color=GREY)
        line -= 11


def _heading(at: _Cursor, text: str) -> None:
    at.need(40)
    _text(at.canvas, MARGIN, at.y, text, 12.5, bold=True)
    at.y -= 18


def _rule(canvas: Canvas, y: float) -> None:
    canvas.setStrokeColor(LIGHT)
    canvas.setLineWidth(0.6)
    canvas.line(MARGIN, y, PAGE_WIDTH - MARGIN, y)


def _photo(canvas: Canvas, data: bytes | None, x: float, y: float) -> None:
    canvas.setStrokeColor(LIGHT)
    canvas.setLineWidth(0.6)
    canvas.rect(x, y, PHOTO_WIDTH, PHOTO_HEIGHT)
    image = _photo_image(data)
    if image is None:
        _text(canvas, x + 3 * mm, y + PHOTO_HEIGHT / 2, "no photo", 7.5, color=GREY)
        return
    scale = min(PHOTO_WIDTH / image.width, PHOTO_HEIGHT / image.height)
    w, h = image.width * scale, image.height * scale
    canvas.drawImage(ImageReader(image), x + (PHOTO_WIDTH - w) / 2, y + (PHOTO_HEIGHT - h) / 2, w, h)


def _photo_image(data: bytes | None) -> Image.Image | None:
    """The photo at about 300 dpi for its box (a thumbnail or a 12 MP original alike)."""
    if not data:
        return None
    try:
        with Image.open(io.BytesIO(data)) as image:
            image.load()
            picture = image.convert("RGB")
    except (OSError, ValueError, UnidentifiedImageError, Image.DecompressionBombError):
        return None
    picture.thumbnail((int(PHOTO_WIDTH / 72 * 300), int(PHOTO_HEIGHT / 72 * 300)))
    return picture


def _mark(canvas: Canvas, x: float, y: float, present: bool) -> None:
    """A ticked box, or a red crossed one: drawn, so it shows in any font and in black and white."""
    size = 3.6 * mm
    canvas.setLineWidth(0.9)
    canvas.setStrokeColor(GREEN if present else RED)
    canvas.rect(x, y, size, size)
    path = canvas.beginPath()
    if present:
        path.moveTo(x + 0.2 * size, y + 0.5 * size)
        path.lineTo(x + 0.42 * size, y + 0.22 * size)
        path.lineTo(x + 0.82 * size, y + 0.8 * size)
    else:
        path.moveTo(x + 0.2 * size, y + 0.2 * size)
        path.lineTo(x + 0.8 * size, y + 0.8 * size)
        path.moveTo(x + 0.2 * size, y + 0.8 * size)
        path.lineTo(x + 0.8 * size, y + 0.2 * size)
    canvas.drawPath(path, stroke=1, fill=0)
    canvas.setStrokeColor(black)


# ----- every page's header and footer -------------------------------------------------------------
def _stamp(pdf: pikepdf.Pdf, case_number: str, labels: Sequence[str]) -> None:
    """ "CASE · Confidential" above and "document · page X of Y" below every page, as an overlay
    drawn to each page's own size."""
    total = len(pdf.pages)
    buffer = io.BytesIO()
    canvas = _canvas(buffer)
    boxes = []
    for index, page in enumerate(pdf.pages):
        box = [float(v) for v in page.mediabox]
        x0, y0, x1, y1 = box
        boxes.append(box)
        canvas.setPageSize((x1 - x0, y1 - y0))
        w, h = x1 - x0, y1 - y0
        header = f"{case_number}  ·  Confidential  ·  Travel packet"
        footer_right = f"page {index + 1} of {total}"
        _text(canvas, STAMP_INSET, h - STAMP_INSET, header, STAMP_SIZE, True, GREY, backdrop=True)
        room = w - 2 * STAMP_INSET - _width(footer_right, STAMP_SIZE, False) - 6 * mm
        _text(canvas, STAMP_INSET, STAMP_INSET - STAMP_SIZE, _fit(labels[index], STAMP_SIZE, False, room), STAMP_SIZE,
              color=GREY, backdrop=True)  # fmt: skip
        right = w - STAMP_INSET - _width(footer_right, STAMP_SIZE, False)
        _text(canvas, right, STAMP_INSET - STAMP_SIZE, footer_right, STAMP_SIZE, color=GREY, backdrop=True)
        canvas.showPage()
    canvas.save()
    overlay = pikepdf.open(io.BytesIO(buffer.getvalue()))
    for page, stamp, box in zip(pdf.pages, overlay.pages, boxes, strict=True):
        page.add_overlay(stamp, pikepdf.Rectangle(*box))


def _metadata(pdf: pikepdf.Pdf, case_number: str) -> None:
    """Title and producer only: no author, no names, no file names of the scans."""
    title = f"Travel packet {case_number}"
    for key in list(pdf.docinfo.keys()):
        del pdf.docinfo[key]
    pdf.docinfo["/Title"] = title
    pdf.docinfo["/Producer"] = PRODUCER
    with pdf.open_metadata(set_pikepdf_as_editor=False) as meta:
        for key in list(meta.keys()):
            del meta[key]
        meta["dc:title"] = title
        meta["pdf:Producer"] = PRODUCER


# ----- text in every script -----------------------------------------------------------------------
def _canvas(buffer: io.BytesIO) -> Canvas:
    canvas = Canvas(buffer, pagesize=A4, invariant=True, pageCompression=1)
    canvas.setCreator(PRODUCER)
    canvas.setAuthor("")
    return canvas


@cache
def _register_fonts() -> dict[str, str]:
    """Each of our font names -> the name to draw with (the Noto font, or a built-in fallback)."""
    names: dict[str, str] = {}
    for name, (file_name, fallback) in FONT_FILES.items():
        path = next((d / file_name for d in FONT_DIRS if (d / file_name).is_file()), None)
        names[name] = fallback
        if path is not None:
            try:
                pdfmetrics.registerFont(TTFont(name, str(path)))
                names[name] = name
            except TTFError:
                pass
    return names


def _font(script: str, bold: bool) -> str:
    return _register_fonts()[SCRIPT_FONT.get(script, "CR-Sans") + ("-Bold" if bold else "")]


def _pieces(text: str, bold: bool, size: float) -> list[tuple[str, str, str]]:
    """`text` as (font, drawable text, its characters left to right) pieces, left to right on the
    page.

    The Unicode bidirectional algorithm (python-bidi) puts the runs in visual order: a right-to-left
    name inside an English line, digits inside it left to right. Each Arabic-script run is shaped by
    HarfBuzz through reportlab (joining forms, ligatures, mark positions, in visual order): the
    piece is then a reportlab ShapedStr, which the canvas draws glyph by glyph."""
    text = clean_text(text)
    fonts = [_char_font(char, script, bold) for script, piece in script_runs(text) for char in piece]
    pieces: list[tuple[str, str, str]] = []
    # right-to-left text a word at a time: HarfBuzz joins no letter across a space, and readers
    # that take a shaped word's text from its ActualText (PDFium, poppler) keep the words in order
    for (level, font, _), group in groupby(
        _visual_order(text), key=lambda c: (c[1], fonts[c[0]], c[1] % 2 and c[2] == " ")
    ):
        chars = list(group)
        shown = "".join(c[2] for c in chars)  # in the bidi algorithm's order, brackets mirrored
        if font.startswith("Helvetica"):  # no Noto font on this computer: say what cannot be shown
            pieces.append((font, shown.encode("cp1252", "replace").decode("cp1252"), shown))
            continue
        logical = text[min(c[0] for c in chars) : max(c[0] for c in chars) + 1]
        # HarfBuzz orders a run of Arabic letters right to left; digits (a level of their own,
        # even) keep the bidi algorithm's left-to-right order and need no shaping
        if level % 2 and any(script_of(c) == "arabic" for c in logical):
            pieces.append((font, shapeStr(logical, font, size), logical[::-1]))
        else:
            pieces.append((font, shown, shown))
    return pieces


def _char_font(char: str, script: str, bold: bool) -> str:
    """The font of `char` in a run of `script`: the script's font, or the Latin one for a space or
    punctuation mark the script's font lacks (Noto Naskh Arabic has no brackets)."""
    font = _font(script, bold)
    cmap = getattr(getattr(pdfmetrics.getFont(font), "face", None), "charToGlyph", None)
    if cmap is None or ord(char) in cmap:  # a built-in fallback font has no cmap to ask
        return font
    return _font("latin", bold)


def _visual_order(text: str) -> list[tuple[int, int, str]]:
    """(index in `text`, embedding level, character as shown) of each character, in visual order
    left to right, by python-bidi's implementation of the Unicode bidirectional algorithm in a
    left-to-right paragraph (the packet is in English). Its steps are run one by one, as its
    get_display does, to keep each character's index, which shaping needs: HarfBuzz shapes text
    in logical order. Formatting characters the algorithm drops (a ZWNJ) stay in `text`, so the
    shaped run keeps them."""
    storage = bidi.get_empty_storage()
    storage["base_level"], storage["base_dir"] = 0, "L"
    bidi.get_embedding_levels(text, storage)
    for index, char in enumerate(storage["chars"]):
        char["index"] = index
    bidi.explicit_embed_and_overrides(storage)
    bidi.resolve_weak_types(storage)
    bidi.resolve_neutral_types(storage, False)
    bidi.resolve_implicit_levels(storage, False)
    bidi.reorder_resolved_levels(storage, False)
    bidi.apply_mirroring(storage, False)
    return [(int(c["index"]), int(c["level"]), str(c["ch"])) for c in storage["chars"]]


def _piece_width(font: str, drawn: str, size: float) -> float:
    """A piece's advance: HarfBuzz's advances for a shaped run, the font's widths otherwise."""
    if isinstance(drawn, ShapedStr):
        glyphs = drawn.__shapeData__  # type: ignore[attr-defined]  # set by reportlab; its stubs lack it
        return float(sum(glyph.x_advance for glyph in glyphs)) * size / 1000
    return float(pdfmetrics.stringWidth(drawn, font, size))


def _text(
    canvas: Canvas,
    x: float,
    y: float,
    text: str,
    size: float,
    bold: bool = False,
    color: Color = black,
    *,
    backdrop: bool = False,
) -> None:
    pieces = _pieces(text, bold, size)
    if backdrop:  # a white band behind the stamp, so it reads over a scan's dark edge
        width = sum(_piece_width(f, t, size) for f, t, _ in pieces)
        canvas.setFillColor(white)
        canvas.rect(x - 1, y - size * 0.3, width + 2, size * 1.25, stroke=0, fill=1)
    canvas.setFillColor(color)
    for font, drawn, shown in pieces:
        canvas.setFont(font, size)
        if isinstance(drawn, ShapedStr):
            # Shaped glyphs (a medial lam, a lam-alef) often have no character of their own, so
            # the word carries its letters as ActualText, for search and copy. Left to right, as
            # the glyphs stand: PDFium and poppler put ActualText through their own bidi
            # reordering, as they do a glyph's character.
            actual = shown.encode("utf-16-be").hex().upper()
            canvas.addLiteral(f"/Span <</ActualText <FEFF{actual}>>> BDC")
            canvas.drawString(x, y, drawn)
            canvas.addLiteral("EMC")
        else:
            canvas.drawString(x, y, drawn)
        x += _piece_width(font, drawn, size)
    canvas.setFillColor(black)


def _width(text: str, size: float, bold: bool) -> float:
    return sum(_piece_width(f, t, size) for f, t, _ in _pieces(text, bold, size))


def _fit(text: str, size: float, bold: bool, width: float) -> str:
    if _width(text, size, bold) <= width:
        return text
    while text and _width(text + "…", size, bold) > width:
        text = text[:-1]
    return text + "…"
