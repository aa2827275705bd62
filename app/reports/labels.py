"""Labels for paper case files, as a PDF: one label per case, on A4 sheets of 3 x 8 labels of
70 x 37 mm (the common "24 per sheet" label paper; on plain paper a light outline shows where to
cut). Each label carries the case number as a Code 128 barcode and as a QR code (a USB scanner
types it followed by Enter: `circuitride files find` and the app find the file from that), the case
number in large text and the site.

What a label does not carry, by choice: the family's names, in either script. A label is on the
outside of a paper file that travels in cars, waits on desks and sits in cabinets at a site; a
refugee's name beside a case number and a site, readable from across a table, tells anyone who
sees the file that this person is in the resettlement process, and where. The case number is all a
team member needs to find the case in the workspace, where the names are behind the password.

Pure layout: plain values in, PDF bytes out; nothing here reads the store. Text is drawn in the
PDF's built-in Helvetica (no font file needed), which covers Latin scripts: case numbers are
ASCII by rule, and a character of a site's name it cannot show is drawn as "?".
"""

from __future__ import annotations

import io
from collections.abc import Sequence
from dataclasses import dataclass

from reportlab.graphics import renderPDF
from reportlab.graphics.barcode.code128 import Code128
from reportlab.graphics.barcode.qr import QrCodeWidget
from reportlab.graphics.shapes import Drawing
from reportlab.lib.colors import Color, black
from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen.canvas import Canvas

COLUMNS = 3
ROWS = 8
PER_PAGE = COLUMNS * ROWS
LABEL_WIDTH = 70 * mm
LABEL_HEIGHT = 37 * mm
PADDING = 3 * mm
QR_SIZE = LABEL_HEIGHT - 2 * PADDING  # the QR code fills the label's height on its right
BAR_HEIGHT = 10 * mm
# A bar of Code 128 at most 0.33 mm wide (scanners read 0.19 mm and up); narrower for long numbers
MAX_BAR_WIDTH = 0.33 * mm
NUMBER_FONT, NUMBER_SIZE, NUMBER_MIN_SIZE = "Helvetica-Bold", 16.0, 9.0
SITE_FONT, SITE_SIZE = "Helvetica", 8.0
OUTLINE = Color(0.8, 0.8, 0.8)


@dataclass(frozen=True)
class Label:
    case_number: str
    site: str


def labels_pdf(labels: Sequence[Label], *, title: str = "Case file labels") -> bytes:
    """A4 pages of labels, left to right and top to bottom, in the order given."""
    buffer = io.BytesIO()
    canvas = Canvas(buffer, pagesize=A4, invariant=True, pageCompression=1)
    canvas.setTitle(title)
    canvas.setAuthor("")
    canvas.setCreator("Circuit Ride")
    page_width, page_height = A4
    left = (page_width - COLUMNS * LABEL_WIDTH) / 2
    top = page_height - (page_height - ROWS * LABEL_HEIGHT) / 2
    for index, label in enumerate(labels):
        if index and index % PER_PAGE == 0:
            canvas.showPage()
        slot = index % PER_PAGE
        x = left + (slot % COLUMNS) * LABEL_WIDTH
        y = top - (slot // COLUMNS + 1) * LABEL_HEIGHT
        _label(canvas, label, x, y)
    canvas.showPage()
    canvas.save()
    return buffer.getvalue()


def _label(canvas: Canvas, label: Label, x: float, y: float) -> None:
    canvas.setStrokeColor(OUTLINE)
    canvas.setLineWidth(0.3)
    canvas.roundRect(x + 0.5 * mm, y + 0.5 * mm, LABEL_WIDTH - 1 * mm, LABEL_HEIGHT - 1 * mm, 2 * mm)
    canvas.setFillColor(black)
    text_width = LABEL_WIDTH - QR_SIZE - 3 * PADDING
    number = _latin(label.case_number)
    size = NUMBER_SIZE
    while size > NUMBER_MIN_SIZE and stringWidth(number, NUMBER_FONT, size) > text_width:
        size -= 0.5
    canvas.setFont(NUMBER_FONT, size)
    baseline = y + LABEL_HEIGHT - PADDING - size
    for line in _wrapped(number, NUMBER_FONT, size, text_width):  # a long number on two or three lines
        canvas.drawString(x + PADDING, baseline, line)
        baseline -= size * 1.15
    canvas.setFont(SITE_FONT, SITE_SIZE)
    canvas.drawString(
        x + PADDING,
        baseline + size * 1.15 - 2 * mm - SITE_SIZE,
        _fitted(_latin(label.site), SITE_FONT, SITE_SIZE, text_width),
    )
    _barcode(canvas, label.case_number, x + PADDING, y + PADDING, text_width)
    _qr(canvas, label.case_number, x + LABEL_WIDTH - PADDING - QR_SIZE, y + PADDING)


def _barcode(canvas: Canvas, value: str, x: float, y: float, width: float) -> None:
    """Code 128 (reportlab switches to its digit-pair set for runs of digits) with quiet zones,
    its bars as wide as fit in `width`: a number of a dozen characters gets bars of 0.33 mm; one
    near the 32 characters a case number may have gets bars too fine for most scanners, and its
    QR code is the one to scan."""
    modules = Code128(value, barWidth=1, quiet=1).width  # the code's width in bars of width 1
    bar_width = min(MAX_BAR_WIDTH, width / modules)
    code = Code128(value, barWidth=bar_width, barHeight=BAR_HEIGHT, quiet=1, humanReadable=0)
    code.drawOn(canvas, x, y)


def _qr(canvas: Canvas, value: str, x: float, y: float) -> None:
    widget = QrCodeWidget(value, barLevel="M", barBorder=2)
    left, bottom, right, top = widget.getBounds()
    drawing = Drawing(QR_SIZE, QR_SIZE, transform=[QR_SIZE / (right - left), 0, 0, QR_SIZE / (top - bottom), 0, 0])
    drawing.add(widget)
    renderPDF.draw(drawing, canvas, x, y)


def _latin(text: str) -> str:
    return text.encode("cp1252", "replace").decode("cp1252")


def _wrapped(text: str, font: str, size: float, width: float) -> list[str]:
    lines = [""]
    for char in text:
        if lines[-1] and stringWidth(lines[-1] + char, font, size) > width:
            lines.append("")
        lines[-1] += char
    return lines


def _fitted(text: str, font: str, size: float, width: float) -> str:
    if stringWidth(text, font, size) <= width:
        return text
    while text and stringWidth(text + "…", font, size) > width:
        text = text[:-1]
    return text + "…"
