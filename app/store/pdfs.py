"""Safe PDF ingest: untrusted PDF bytes in, a rewritten PDF with nothing but its pages out.

Scanned documents arrive from phones, scanners and e-mail. A PDF can carry scripts (document,
page, annotation and form-field actions), actions that open programs, files or web addresses (a
link is a tracking pixel here: opening it tells a third party that this person's file is being
read), embedded files, XFA forms, author names and edit histories in /Info and XMP, and data
glued before its header or after its end (a polyglot: a JPEG with GPS tags in front, a ZIP behind).
So, like photos (``app.store.images``), we store a clean copy and never the original:

* **Structural rewrite (qpdf, through pikepdf).** Annotations are flattened into the page (a
  filled form keeps its visible values), then only the pages are copied into a *new* document,
  each page keeping a short list of keys (boxes, rotation, resources, contents, transparency
  group). The new catalog has no outline, forms, XFA, names tree (document JavaScript, embedded
  files), /OpenAction or /AA; the trailer has no /Info. Every object the pages still reach is then
  walked: action dictionaries, file specifications, embedded files and annotations found anywhere
  are emptied, and keys that carry metadata, private data or external references (/Metadata,
  /PieceInfo, /AF, /OPI, a stream's /F …) are dropped. The file is saved fresh (no incremental
  update), so bytes before the header or after %%EOF and superseded revisions are gone. Stream
  data is copied as it is: scanned images keep their pixels and are not recompressed. The output
  is opened again and walked once more before it is accepted.
* **Rasterising (PDFium, through pypdfium2)** where the rewrite is not trusted: qpdf cannot open
  the file, had to repair it (its repaired reading may differ from what a viewer showed the
  caseworker; PDFium is the engine of our viewer), or the rewrite fails. Each page is rendered
  to pixels and stored as a JPEG page; text becomes pixels, which is what a scan is anyway.
  pypdfium2's PDFium is built without V8 and XFA, and no form environment is started, so no
  script can run while rendering.
* **Bounds.** Page count, page size, image size (the photo limit) and the decompressed size of
  every stream are capped before anything is rendered or stored (a Flate bomb is refused, never
  inflated into memory: counting is done in chunks); qpdf's own decoder limits are lowered
  process-wide at import; a time budget is checked between streams and pages. Everything a
  malformed file can make the libraries raise becomes ``UnsupportedFile``.
* A PDF that needs a password to open is refused; one with only an owner password (opens with
  an empty password) is rewritten without encryption.

Everything happens on bytes in memory: no temp file ever holds a plaintext document.
"""

from __future__ import annotations

import io
import logging
import math
import re
import struct
import threading
import time
import warnings
import zlib
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import PureWindowsPath

import pikepdf
import pypdfium2 as pdfium
import pypdfium2.raw as pdfium_c
from pikepdf import Array, Dictionary, Name, Stream
from PIL import Image

from app.errors import UnsupportedFile
from app.store.images import MAX_IMAGE_PIXELS

log = logging.getLogger(__name__)

PDF_MAGIC = b"%PDF-"
PDF_EOF = b"%%EOF"
HEADER_WINDOW_BYTES = 1024  # readers accept the signature anywhere in the first KiB
MAX_PDF_PAGES = 300
# PDF's own implementation limit is 14,400 units (200 inches); /UserUnit can scale it past that.
MAX_PAGE_INCHES = 200
MAX_IMAGE_DECODED_BYTES = 256 * 1024 * 1024  # a 60 MP colour image with alpha still fits
MAX_OTHER_DECODED_BYTES = 64 * 1024 * 1024  # content streams, fonts, form XObjects
MAX_TOTAL_DECODED_BYTES = 2 * 1024 * 1024 * 1024
SANITISE_BUDGET_SECONDS = 60.0
COUNT_CHUNK_BYTES = 1024 * 1024
# An LZW code of at most 12 bits stands for at most ~3,800 bytes; qpdf has no memory limit for
# LZW, so its worst case is bounded from the raw size before it is decoded.
LZW_MAX_EXPANSION = 4096
RASTER_DPI = 200
MAX_RASTER_PIXELS = 40_000_000
RASTER_JPEG_QUALITY = 90

# Process-wide (qpdf has no per-document limits): only makes other pikepdf users stricter.
pikepdf.settings.set_qpdf_limits(
    flate_max_memory=MAX_IMAGE_DECODED_BYTES,
    run_length_max_memory=MAX_IMAGE_DECODED_BYTES,
    png_max_memory=MAX_IMAGE_DECODED_BYTES,
    tiff_max_memory=MAX_IMAGE_DECODED_BYTES,
    dct_max_memory=MAX_IMAGE_DECODED_BYTES,
    max_stream_filters=8,
)

_VERSION = re.compile(r"^(1\.[0-7]|2\.0)$")
# PDFium is not thread-safe; the UI's worker and a CLI may both call in.
_PDFIUM_LOCK = threading.Lock()

_PAGE_KEYS = frozenset(
    {"/Type", "/Parent", "/MediaBox", "/CropBox", "/BleedBox", "/TrimBox", "/ArtBox", "/Rotate"}
    | {"/Resources", "/Contents", "/Group", "/UserUnit"}
)
# Dropped from every dictionary and stream the pages reach. /Names, /OpenAction and friends only
# belong in a catalog (which is new), but a hostile file can hang a copy of one off any object.
_STRIP_KEYS = frozenset(
    {"/Metadata", "/PieceInfo", "/AF", "/AA", "/OpenAction", "/JS", "/JavaScript", "/Names", "/EmbeddedFiles"}
    | {"/EF", "/RF", "/URI", "/OPI", "/Thumb", "/Annots", "/AcroForm", "/XFA", "/Outlines", "/Threads"}
    | {"/SpiderInfo", "/Collection", "/Perms", "/Legal", "/LastModified", "/Alternates", "/Ref", "/Measure"}
    | {"/PtData", "/StructTreeRoot", "/Info"}
)
_EXTERNAL_STREAM_KEYS = ("/F", "/FFilter", "/FDecodeParms")  # stream data kept in another file
_HAZARD_TYPES = frozenset({"/Action", "/Filespec", "/EmbeddedFile", "/Annot", "/Catalog", "/Sig", "/Outlines"})
_ACTION_SUBTYPES = frozenset(
    {"/JavaScript", "/Launch", "/URI", "/GoTo", "/GoToR", "/GoToE", "/GoToDp", "/SubmitForm", "/ResetForm"}
    | {"/ImportData", "/Named", "/Rendition", "/Movie", "/Sound", "/Hide", "/SetOCGState", "/Trans"}
    | {"/GoTo3DView", "/RichMediaExecute", "/Thread"}
)
_IMAGE_FILTERS = frozenset({"/DCTDecode", "/DCT", "/JPXDecode", "/JBIG2Decode", "/CCITTFaxDecode", "/CCF"})
_GENERAL_FILTERS = frozenset(
    {"/FlateDecode", "/Fl", "/LZWDecode", "/LZW", "/ASCII85Decode", "/A85", "/ASCIIHexDecode", "/AHx"}
    | {"/RunLengthDecode", "/RL"}
)
_HEADER_FORMATS = {"/DCTDecode": "JPEG", "/DCT": "JPEG", "/JPXDecode": "JPEG2000"}
# What qpdf, pypdfium2 and Pillow raise on malformed input; BLE forbids `except Exception`.
_LIBRARY_ERRORS = (
    pikepdf.PdfError,  # QpdfRuntimeError, DataDecodingError … are subclasses
    pdfium.PdfiumError,
    OSError,
    ValueError,
    TypeError,
    KeyError,
    IndexError,
    AttributeError,
    RuntimeError,
    struct.error,
    OverflowError,
    ZeroDivisionError,
    SyntaxError,
)


@dataclass(frozen=True, slots=True)
class SanitisedPdf:
    data: bytes
    pages: int
    rasterised: bool  # the pages are pictures of the original's pages


class _Untrusted(Exception):
    """The rewrite cannot be trusted for this file: rasterise instead (never shown to a user)."""


def looks_like_pdf(raw: bytes) -> bool:
    return PDF_MAGIC in raw[:HEADER_WINDOW_BYTES]


def sanitise_pdf(raw: bytes, *, filename: str | None = None) -> SanitisedPdf:
    """A clean copy of a PDF (see the module docstring), or ``UnsupportedFile`` saying why not."""
    label = _label(filename)
    if not raw:
        raise UnsupportedFile(f"{label} is empty: scan the document again.")
    if not looks_like_pdf(raw):
        raise UnsupportedFile(f"{label} is not a valid PDF document.")
    if PDF_EOF not in raw:
        raise UnsupportedFile(
            f"{label} is a damaged or incomplete PDF (its end is missing). Copy it again from the source."
        )
    budget = _Budget(label)
    try:
        return _rewrite(raw, label, budget)
    except _Untrusted as why:
        log.info("PDF rewrite not trusted (%s): rasterising with PDFium", why)
    return _rasterise(raw, label, budget)


# ----- structural rewrite -------------------------------------------------------------------------
def _rewrite(raw: bytes, label: str, budget: _Budget) -> SanitisedPdf:
    try:
        source = pikepdf.open(io.BytesIO(raw), password="", attempt_recovery=True)
    except pikepdf.PasswordError:
        raise UnsupportedFile(_password_message(label)) from None
    except _LIBRARY_ERRORS as exc:
        raise _Untrusted(f"qpdf cannot open it: {type(exc).__name__}") from exc
    try:
        with source:
            count = len(source.pages)
            _check_page_count(count, label)
            clean = _copy_pages(source)
            with clean:
                for page in clean.pages:
                    _check_page_size(page.obj, label)
                _scrub(_walk(clean.pages), budget)
                if source.get_warnings():
                    # qpdf repaired the file (or met damaged streams) on the way: its reading may
                    # not be what the caseworker saw. The bounds are checked; PDFium draws it.
                    raise _Untrusted("qpdf repaired the file")
                data = _save(clean, source.pdf_version if _VERSION.match(source.pdf_version) else "1.7")
        _verify(data, count)
        return SanitisedPdf(data, count, rasterised=False)
    except pikepdf.PasswordError:
        raise UnsupportedFile(_password_message(label)) from None
    except _LIBRARY_ERRORS as exc:
        raise _Untrusted(f"rewrite failed: {type(exc).__name__}") from exc


def _copy_pages(source: pikepdf.Pdf) -> pikepdf.Pdf:
    try:
        if Name.AcroForm in source.Root:
            source.generate_appearance_streams()  # so a filled field's value is drawn, then flattened
        source.flatten_annotations("screen")
    except _LIBRARY_ERRORS as exc:
        raise _Untrusted(f"annotations could not be flattened: {type(exc).__name__}") from exc
    for page in source.pages:
        for key in list(page.obj.keys()):
            if key not in _PAGE_KEYS:
                del page.obj[key]
    clean = pikepdf.new()
    # Only the pages cross over: qpdf copies what they reach, not the old catalog or trailer.
    clean.pages.extend(source.pages)
    return clean


def _save(clean: pikepdf.Pdf, version: str) -> bytes:
    out = io.BytesIO()
    clean.save(
        out,
        min_version=version,
        fix_metadata_version=False,
        # Stream data as it is: no inflating (a bomb stays a small file), no recompressing of scans.
        stream_decode_level=pikepdf.StreamDecodeLevel.none,
        # Same input, same bytes: attaching the same file twice stores one blob.
        deterministic_id=True,
    )
    return out.getvalue()


def _verify(data: bytes, pages: int) -> None:
    """Open what we are about to store and walk all of it: belt and braces against our own bugs."""
    with pikepdf.open(io.BytesIO(data)) as pdf:
        if len(pdf.pages) != pages or Name.Info in pdf.trailer or pdf.get_warnings():
            raise _Untrusted("the rewritten file did not check out")
        if set(pdf.Root.keys()) != {"/Type", "/Pages"} or set(pdf.trailer.keys()) - {"/Root", "/Size", "/ID"}:
            raise _Untrusted("the rewritten file has more than pages")
        for obj in _walk([pdf.Root.Pages]):
            if _is_hazard(obj) or any(key in _STRIP_KEYS for key in obj.keys()):
                raise _Untrusted("the rewritten file still holds active content")


def _walk(roots: Iterable[pikepdf.Page | pikepdf.Object]) -> Iterator[Dictionary | Stream]:
    """Every dictionary and stream reachable from ``roots`` (pages or objects), each once.

    Iterative (a hostile file nests deeply); indirect objects are visited once by object number,
    direct ones cannot be shared, so the walk ends.
    """
    stack: list[object] = [root.obj if isinstance(root, pikepdf.Page) else root for root in roots]
    seen: set[tuple[int, int]] = set()
    while stack:
        obj = stack.pop()
        if isinstance(obj, (Dictionary, Stream, Array)) and obj.is_indirect:
            if obj.objgen in seen:
                continue
            seen.add(obj.objgen)
        if isinstance(obj, Array):
            stack.extend(item for item in obj if isinstance(item, (Dictionary, Stream, Array)))
        elif isinstance(obj, (Dictionary, Stream)):
            yield obj
            # Read the values after the caller changed the object (it may have emptied it).
            stack.extend(value for value in obj.values() if isinstance(value, (Dictionary, Stream, Array)))


def _scrub(objects: Iterator[Dictionary | Stream], budget: _Budget) -> None:
    for obj in objects:
        budget.tick()
        if _is_hazard(obj):
            _empty(obj)
            continue
        for key in [k for k in obj.keys() if k in _STRIP_KEYS]:
            del obj[key]
        if isinstance(obj, Stream):
            for key in _EXTERNAL_STREAM_KEYS:
                if key in obj:
                    del obj[key]
            budget.check_stream(obj)


def _is_hazard(obj: Dictionary | Stream) -> bool:
    kind = obj.get(Name.Type)
    if isinstance(kind, Name) and str(kind) in _HAZARD_TYPES and not _is_page_object(obj):
        return True
    subtype = obj.get(Name.S)
    return isinstance(subtype, Name) and str(subtype) in _ACTION_SUBTYPES


def _is_page_object(obj: Dictionary | Stream) -> bool:
    return obj.get(Name.Type) in (Name.Page, Name.Pages)


def _empty(obj: Dictionary | Stream) -> None:
    for key in list(obj.keys()):
        if key != "/Length":
            del obj[key]
    if isinstance(obj, Stream):
        obj.write(b"")


# ----- bounds -------------------------------------------------------------------------------------
class _Budget:
    """Decompressed bytes and seconds a document may cost before it is refused."""

    def __init__(self, label: str) -> None:
        self.label = label
        self.deadline = time.monotonic() + SANITISE_BUDGET_SECONDS
        self.decoded = 0

    def tick(self) -> None:
        if time.monotonic() > self.deadline:
            raise UnsupportedFile(
                f"{self.label} took too long to check (more than {SANITISE_BUDGET_SECONDS:.0f} seconds): "
                "print it to a new PDF, or scan the paper document again."
            )

    def too_much(self) -> UnsupportedFile:
        return UnsupportedFile(
            f"{self.label} holds more data than can be opened safely once decompressed: "
            "print it to a new PDF, or scan the paper document again."
        )

    def check_stream(self, stream: Stream) -> None:
        filters = _filters(stream)
        is_image = stream.get(Name.Subtype) == Name.Image
        if is_image:
            self._check_image(stream, filters)
        general = []
        for name in filters:
            if name not in _GENERAL_FILTERS:
                break  # an image codec (or an unknown filter) ends what a general decoder inflates
            general.append(name)
        if not general:
            return
        cap = MAX_IMAGE_DECODED_BYTES if is_image else MAX_OTHER_DECODED_BYTES
        raw = stream.read_raw_bytes()
        if general == ["/FlateDecode"] or general == ["/Fl"]:
            size = _inflated_size(raw, cap)
            if size is None:  # not plain zlib (raw deflate, damaged): qpdf decodes it under its limits
                size = self._decode_with_qpdf(stream, general, len(raw), cap)
        else:
            size = self._decode_with_qpdf(stream, general, len(raw), cap)
        if size > cap:
            raise self.too_much()
        self.decoded += size
        if self.decoded > MAX_TOTAL_DECODED_BYTES:
            raise self.too_much()
        self.tick()

    def _decode_with_qpdf(self, stream: Stream, general: list[str], raw_size: int, cap: int) -> int:
        if any(name in ("/LZWDecode", "/LZW") for name in general) and raw_size * LZW_MAX_EXPANSION > cap:
            raise UnsupportedFile(
                f"{self.label} uses an old compression (LZW) on too much data to check safely: "
                "print it to a new PDF and attach that."
            )
        try:
            return len(stream.read_bytes(pikepdf.StreamDecodeLevel.generalized))
        except pikepdf.PdfError as exc:
            if "memory limit" in str(exc):
                raise self.too_much() from None
            raise

    def _check_image(self, stream: Stream, filters: list[str]) -> None:
        too_large = UnsupportedFile(
            f"{self.label} holds an image larger than {MAX_IMAGE_PIXELS // 1_000_000} megapixels: "
            "scan at a lower resolution."
        )
        try:
            # A missing key is None, and int(None) raises the TypeError handled below.
            width, height = int(stream.get(Name.Width)), int(stream.get(Name.Height))  # type: ignore[arg-type]
        except (TypeError, ValueError):
            return  # no usable size: PDFium will not draw it either
        if width * height > MAX_IMAGE_PIXELS:
            raise too_large
        if len(filters) == 1 and filters[0] in _HEADER_FORMATS:
            # The codestream's own header, which is what the decoder allocates for.
            try:
                with warnings.catch_warnings():
                    warnings.simplefilter("error", Image.DecompressionBombWarning)
                    with Image.open(io.BytesIO(stream.read_raw_bytes()), formats=[_HEADER_FORMATS[filters[0]]]) as im:
                        if im.width * im.height > MAX_IMAGE_PIXELS:
                            raise too_large
            except (Image.DecompressionBombError, Image.DecompressionBombWarning):
                raise too_large from None
            except _LIBRARY_ERRORS:
                return  # unreadable header: the viewer draws nothing there


def _filters(stream: Stream) -> list[str]:
    value = stream.get(Name.Filter)
    if isinstance(value, Name):
        return [str(value)]
    if isinstance(value, Array):
        return [str(item) for item in value if isinstance(item, Name)]
    return []


def _inflated_size(raw: bytes, cap: int) -> int | None:
    """Size of zlib data once inflated, counted in chunks and stopped past ``cap``; None if not zlib."""
    inflater = zlib.decompressobj()
    total = 0
    data = raw
    try:
        while data and not inflater.eof:
            total += len(inflater.decompress(data, COUNT_CHUNK_BYTES))
            if total > cap:
                return total
            data = inflater.unconsumed_tail
        total += len(inflater.flush())
    except zlib.error:
        return None
    return total


def _check_page_count(count: int, label: str) -> None:
    if count < 1:
        raise UnsupportedFile(f"{label} has no pages.")
    if count > MAX_PDF_PAGES:
        raise UnsupportedFile(
            f"{label} has {count} pages; a scan may have at most {MAX_PDF_PAGES}. Split it into several documents."
        )


def _check_page_size(page: Dictionary, label: str) -> None:
    box = page.get(Name.MediaBox)
    unit = page.get(Name.UserUnit, 1)
    try:
        # No MediaBox is None, and iterating None raises the TypeError handled below.
        x0, y0, x1, y1 = (float(v) for v in box)  # type: ignore[union-attr]
        scale = float(unit)
    except (TypeError, ValueError):
        raise _Untrusted("a page has no usable size") from None
    _check_points(abs(x1 - x0) * scale, abs(y1 - y0) * scale, label)


def _check_points(width: float, height: float, label: str) -> None:
    limit = MAX_PAGE_INCHES * 72
    if not (math.isfinite(width) and math.isfinite(height)) or width > limit or height > limit:
        raise UnsupportedFile(
            f"{label} has a page larger than {MAX_PAGE_INCHES} inches, which is no scan: "
            "print it to PDF at paper size and attach that."
        )
    if width < 3 or height < 3:  # PDF's own minimum
        raise UnsupportedFile(f"{label} has a page without size: it is damaged. Copy it again from the source.")


# ----- rasterising --------------------------------------------------------------------------------
def _rasterise(raw: bytes, label: str, budget: _Budget) -> SanitisedPdf:
    damaged = UnsupportedFile(
        f"{label} could not be opened as a PDF: it is damaged or incomplete. Copy it again from the source."
    )
    clean = pikepdf.new()
    with _PDFIUM_LOCK:
        try:
            document = pdfium.PdfDocument(raw)
        except pdfium.PdfiumError as exc:
            if exc.err_code == pdfium_c.FPDF_ERR_PASSWORD:
                raise UnsupportedFile(_password_message(label)) from None
            raise damaged from exc
        try:
            count = len(document)
            _check_page_count(count, label)
            for index in range(count):
                budget.tick()
                page = document[index]
                try:
                    width, height = page.get_size()
                    _check_points(width, height, label)
                    scale = min(RASTER_DPI / 72, math.sqrt(MAX_RASTER_PIXELS / (width * height)))
                    # No form environment (init_forms) is started and forms are not drawn: PDFium
                    # runs no script and no field is filled in by one.
                    bitmap = page.render(scale=scale, may_draw_forms=False)
                    picture = bitmap.to_pil().convert("RGB")
                finally:
                    page.close()
                _add_picture_page(clean, picture, 1 / scale)
        except _LIBRARY_ERRORS as exc:
            raise damaged from exc
        finally:
            document.close()
    try:
        with clean:
            data = _save(clean, "1.4")
        _verify(data, count)
    except (_Untrusted, *_LIBRARY_ERRORS) as exc:  # our own pages: never expected
        log.error("rasterised PDF did not check out: %s", type(exc).__name__)
        raise damaged from exc
    log.info("PDF rasterised: %d page(s)", count)
    return SanitisedPdf(data, count, rasterised=True)


def _add_picture_page(pdf: pikepdf.Pdf, picture: Image.Image, points_per_pixel: float) -> None:
    encoded = io.BytesIO()
    picture.save(encoded, format="JPEG", quality=RASTER_JPEG_QUALITY)
    width = picture.width * points_per_pixel
    height = picture.height * points_per_pixel
    image = Stream(
        pdf,
        encoded.getvalue(),
        Type=Name.XObject,
        Subtype=Name.Image,
        Width=picture.width,
        Height=picture.height,
        ColorSpace=Name.DeviceRGB,
        BitsPerComponent=8,
        Filter=Name.DCTDecode,
    )
    page = pdf.add_blank_page(page_size=(width, height))
    page.Resources = Dictionary(XObject=Dictionary(Im0=image))
    page.Contents = pdf.make_stream(f"q {width:.4f} 0 0 {height:.4f} 0 0 cm /Im0 Do Q".encode())


# ----- messages -----------------------------------------------------------------------------------
def _password_message(label: str) -> str:
    return (
        f"{label} is protected by a password, so it cannot be checked or shown: "
        "remove the password (or scan the paper document again) and attach the new file."
    )


def _label(filename: str | None) -> str:
    # Base name only: a full path can name the person or the caseworker's home directory.
    name = PureWindowsPath(filename).name if filename else ""
    name = "".join(ch for ch in name if ch.isprintable())
    return f'"{name}"' if name else "The file"
