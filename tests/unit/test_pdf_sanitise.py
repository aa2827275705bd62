"""A PDF is stored as a rewrite that keeps its pages and nothing else (app/store/pdfs.py).

The hostile PDFs are built here with pikepdf (scripts, actions, an embedded file, metadata, a
form, a polyglot with a GPS-tagged JPEG in front and a ZIP behind); what comes out is opened
again with pikepdf and searched object by object and byte by byte.
"""

from __future__ import annotations

import hashlib
import io
import time
import zipfile
import zlib
from collections.abc import Iterator

import pikepdf
import pypdfium2 as pdfium
import pytest
from pikepdf import Array, Dictionary, Name, String
from PIL import ExifTags, Image
from sqlalchemy import select

from app.errors import UnsupportedFile
from app.models import Attachment
from app.services.attachments import attach, content
from app.services.cases import create_case
from app.store.pdfs import MAX_PDF_PAGES, sanitise_pdf
from app.store.workspace import Workspace

CASE = "PDF-000001"
CONTENT = b"q 300 0 0 200 20 20 cm /Im0 Do Q"
SECRETS = (
    b"OPENACTION_JS",
    b"PAGE_AA_JS",
    b"NAMED_JS",
    b"EMBEDDED_SECRET",
    b"calc.exe",
    b"tracker.example",
    b"AUTHOR_CANARY",
    b"XMP_CANARY",
    b"FIELD_JS",
)
FORBIDDEN_KEYS = {
    "/JavaScript",
    "/JS",
    "/OpenAction",
    "/AA",
    "/EmbeddedFiles",
    "/EmbeddedFile",
    "/Launch",
    "/URI",
    "/Metadata",
    "/AcroForm",
    "/Annots",
    "/Names",
    "/Author",
    "/FileAttachment",
}


# ----- building PDFs ------------------------------------------------------------------------------
def scan_image() -> bytes:
    """The 'scan': a red-and-white JPEG that must come out byte for byte."""
    image = Image.new("RGB", (300, 200), "white")
    image.paste((200, 20, 20), (0, 0, 150, 200))
    out = io.BytesIO()
    image.save(out, "JPEG", quality=90)
    return out.getvalue()


def scan_pdf(pages: int = 1) -> pikepdf.Pdf:
    pdf = pikepdf.new()
    image = scan_image()
    for _ in range(pages):
        page = pdf.add_blank_page(page_size=(340, 240))
        picture = pikepdf.Stream(
            pdf,
            image,
            Type=Name.XObject,
            Subtype=Name.Image,
            Width=300,
            Height=200,
            ColorSpace=Name.DeviceRGB,
            BitsPerComponent=8,
            Filter=Name.DCTDecode,
        )
        page.Resources = Dictionary(XObject=Dictionary(Im0=picture))
        page.Contents = pdf.make_stream(CONTENT)
    return pdf


def js(text: str) -> Dictionary:
    return Dictionary(S=Name.JavaScript, JS=String(text))


def hostile_pdf() -> pikepdf.Pdf:
    """A scan carrying every kind of active content and metadata a PDF can hide."""
    pdf = scan_pdf()
    page = pdf.pages[0]
    pdf.Root.OpenAction = pdf.make_indirect(js("app.alert('OPENACTION_JS')"))
    pdf.Root.AA = Dictionary(WC=js("PAGE_AA_JS"))
    page.obj.AA = Dictionary(O=js("app.alert('PAGE_AA_JS')"))
    pdf.attachments["notes.txt"] = pikepdf.AttachedFileSpec(pdf, b"EMBEDDED_SECRET", filename="notes.txt")
    pdf.Root.Names.JavaScript = Dictionary(Names=Array([String("init"), pdf.make_indirect(js("NAMED_JS"))]))
    launch = Dictionary(
        Type=Name.Annot,
        Subtype=Name.Link,
        Rect=Array([0, 0, 50, 50]),
        A=Dictionary(S=Name.Launch, F=String("calc.exe")),
    )
    link = Dictionary(
        Type=Name.Annot,
        Subtype=Name.Link,
        Rect=Array([50, 0, 100, 50]),
        A=Dictionary(S=Name.URI, URI=String("https://tracker.example/pixel.gif")),
    )
    page.obj.Annots = pdf.make_indirect(Array([pdf.make_indirect(launch), pdf.make_indirect(link)]))
    with pdf.open_metadata(set_pikepdf_as_editor=False) as meta:
        meta["dc:creator"] = ["XMP_CANARY"]
    pdf.docinfo["/Author"] = "AUTHOR_CANARY"  # after the XMP, which would overwrite it
    return pdf


def to_bytes(pdf: pikepdf.Pdf) -> bytes:
    out = io.BytesIO()
    pdf.save(out)
    return out.getvalue()


def gps_jpeg() -> bytes:
    exif = Image.Exif()
    exif[ExifTags.Base.Make] = "GPS_CANARY_CAM"
    exif[ExifTags.IFD.GPSInfo] = {
        ExifTags.GPS.GPSLatitudeRef: "S",
        ExifTags.GPS.GPSLatitude: (12.0, 2.0, 44.0),
        ExifTags.GPS.GPSLongitudeRef: "W",
        ExifTags.GPS.GPSLongitude: (77.0, 1.0, 42.0),
    }
    out = io.BytesIO()
    Image.new("RGB", (8, 8), "green").save(out, "JPEG", quality=50, exif=exif)
    data = out.getvalue()
    assert b"Exif\x00\x00" in data and b"GPS_CANARY_CAM" in data
    assert len(data) < 1000  # small enough to leave %PDF- in the first KiB, where readers find it
    return data


def zip_bytes() -> bytes:
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w") as archive:
        archive.writestr("payload.txt", "ZIP_CANARY")
    return out.getvalue()


def polyglot(pdf: bytes) -> bytes:
    """A JPEG with GPS tags before %PDF- and a ZIP after %%EOF: a viewer, an image tool and an
    archiver each see their own file."""
    return gps_jpeg() + pdf + zip_bytes()


# ----- looking inside -----------------------------------------------------------------------------
def everything(pdf: pikepdf.Pdf) -> Iterator[pikepdf.Object]:
    """Every object in the file, indirect or nested, reachable or not."""
    stack: list[pikepdf.Object] = [pdf.trailer, *pdf.objects]
    while stack:
        obj = stack.pop()
        if isinstance(obj, pikepdf.Array):
            stack.extend(item for item in obj if _nested(item))
        elif isinstance(obj, (pikepdf.Dictionary, pikepdf.Stream)):
            yield obj
            stack.extend(value for value in obj.values() if _nested(value))


def decoded(stream: pikepdf.Stream) -> bytes:
    if stream.get(Name.Filter) == Name.DCTDecode:
        return stream.read_raw_bytes()  # a JPEG: its bytes are what they are
    return stream.read_bytes()


def _nested(obj: object) -> bool:
    return isinstance(obj, (pikepdf.Array, pikepdf.Dictionary, pikepdf.Stream)) and not obj.is_indirect


def assert_clean(data: bytes) -> None:
    for secret in (*SECRETS, b"Exif\x00\x00", b"GPS_CANARY_CAM", b"PK\x03\x04", b"ZIP_CANARY", gps_jpeg()[:64]):
        assert secret not in data, secret
    assert data.startswith(b"%PDF-")
    with pikepdf.open(io.BytesIO(data)) as pdf:
        assert "/Info" not in pdf.trailer
        for obj in everything(pdf):
            keys = set(obj.keys())
            names = {str(v) for v in obj.values() if isinstance(v, pikepdf.Name)}
            assert not (keys | names) & FORBIDDEN_KEYS, keys | names
            if isinstance(obj, pikepdf.Stream):
                for secret in SECRETS:
                    assert secret not in decoded(obj), secret


def assert_scan_kept(data: bytes, pages: int = 1) -> None:
    with pikepdf.open(io.BytesIO(data)) as pdf:
        assert len(pdf.pages) == pages
        for page in pdf.pages:
            assert page.Contents.read_bytes() == CONTENT
            assert page.Resources.XObject.Im0.read_raw_bytes() == scan_image()  # pixels not recompressed


def rendered_colour(data: bytes, x: float, y: float) -> tuple[int, int, int]:
    """The colour PDFium draws at (x, y) points from the top left of page 1."""
    document = pdfium.PdfDocument(data)
    try:
        picture = document[0].render(scale=1).to_pil().convert("RGB")
        return picture.getpixel((int(x), int(y)))  # type: ignore[return-value]
    finally:
        document.close()


# ----- the rewrite --------------------------------------------------------------------------------
def test_scripts_actions_attachments_links_and_metadata_are_gone_and_the_scan_is_kept() -> None:
    raw = to_bytes(hostile_pdf())
    assert all(secret in raw or secret in zlib_payloads(raw) for secret in SECRETS[:-1])  # the test has teeth
    clean = sanitise_pdf(raw, filename="passport.pdf")
    assert (clean.pages, clean.rasterised) == (1, False)
    assert_clean(clean.data)
    assert_scan_kept(clean.data)


def zlib_payloads(raw: bytes) -> bytes:
    with pikepdf.open(io.BytesIO(raw)) as pdf:
        return b"".join(decoded(obj) for obj in pdf.objects if isinstance(obj, pikepdf.Stream))


def test_polyglot_loses_the_gps_jpeg_in_front_and_the_zip_behind() -> None:
    raw = polyglot(to_bytes(hostile_pdf()))
    assert raw.startswith(b"\xff\xd8\xff") and b"PK\x03\x04" in raw
    clean = sanitise_pdf(raw, filename="scan.pdf")
    assert not clean.rasterised
    assert_clean(clean.data)
    assert_scan_kept(clean.data)


def test_filled_form_is_flattened_into_the_page_and_its_scripts_are_gone() -> None:
    pdf = scan_pdf()
    appearance = pdf.make_stream(
        b"0 0 1 rg 0 0 100 30 re f", Type=Name.XObject, Subtype=Name.Form, BBox=Array([0, 0, 100, 30])
    )
    widget = pdf.make_indirect(
        Dictionary(
            Type=Name.Annot,
            Subtype=Name.Widget,
            FT=Name.Tx,
            T=String("surname"),
            V=String("filled"),
            Rect=Array([220, 200, 320, 230]),
            F=4,  # printable, shown
            AP=Dictionary(N=appearance),
            AA=Dictionary(K=js("FIELD_JS")),
            P=pdf.pages[0].obj,
        )
    )
    pdf.pages[0].obj.Annots = Array([widget])
    pdf.Root.AcroForm = Dictionary(Fields=Array([widget]), XFA=pdf.make_stream(b"<xdp:xdp>FIELD_JS</xdp:xdp>"))
    clean = sanitise_pdf(to_bytes(pdf), filename="form.pdf")
    assert not clean.rasterised
    assert_clean(clean.data)
    # What the field showed is now part of the page: PDFium draws the blue box without any form.
    red, green, blue = rendered_colour(clean.data, 270, 240 - 215)
    assert blue > 200 and red < 60 and green < 60


def test_active_content_hung_off_a_resource_and_file_attachment_annotations_are_emptied() -> None:
    pdf = scan_pdf()
    # A copy of a catalog reachable from the page's resources: no viewer looks there, but its
    # bytes (the script, the file) would be carried along by a copy of what the page reaches.
    hidden = Dictionary(Type=Name.Catalog, OpenAction=js("OPENACTION_JS"))
    pdf.pages[0].Resources.Extra = pdf.make_indirect(hidden)
    spec = pikepdf.AttachedFileSpec(pdf, b"EMBEDDED_SECRET", filename="notes.txt")
    pdf.pages[0].Resources.XObject.Im0.Note = pdf.make_indirect(spec.obj)
    clean = sanitise_pdf(to_bytes(pdf), filename="scan.pdf")
    assert_clean(clean.data)
    assert_scan_kept(clean.data)


def test_a_pdf_with_only_an_owner_password_is_stored_without_encryption() -> None:
    out = io.BytesIO()
    scan_pdf().save(out, encryption=pikepdf.Encryption(owner="owner-secret", user="", R=6))
    clean = sanitise_pdf(out.getvalue(), filename="locked.pdf")
    assert b"/Encrypt" not in clean.data
    assert_scan_kept(clean.data)


@pytest.mark.parametrize("revision", [4, 6])
def test_a_pdf_that_needs_a_password_is_refused_with_what_to_do(revision: int) -> None:
    out = io.BytesIO()
    scan_pdf().save(out, encryption=pikepdf.Encryption(owner="owner-secret", user="user-secret", R=revision))
    with pytest.raises(UnsupportedFile, match=r'"locked.pdf" is protected by a password.*remove the password'):
        sanitise_pdf(out.getvalue(), filename="C:\\Users\\someone\\locked.pdf")


@pytest.mark.parametrize(
    ("data", "says"),
    [
        (b"%PDF-1.7\n" + bytes(range(256)) * 16 + b"\n%%EOF\n", "damaged or incomplete"),
        (to_bytes(scan_pdf())[:-60], "incomplete PDF"),
        (b"%PDF-1.4\n%%EOF\n", "damaged or incomplete"),
        (b"", "empty"),
        (b"GIF89a not a pdf %%EOF", "not a valid PDF"),
    ],
    ids=["no objects", "cut short", "header only", "empty", "not a pdf"],
)
def test_a_corrupt_pdf_is_refused_with_a_clear_message(data: bytes, says: str) -> None:
    with pytest.raises(UnsupportedFile, match=says):
        sanitise_pdf(data, filename="scan.pdf")


# ----- bounds -------------------------------------------------------------------------------------
def test_a_flate_bomb_is_refused_without_inflating_it() -> None:
    pdf = scan_pdf()
    deflater = zlib.compressobj(1)  # fastest to build; a real bomb would be denser still
    block = b" " * (1024 * 1024)
    bomb = b"".join(deflater.compress(block) for _ in range(100)) + deflater.flush()  # 100 MiB in ~450 KiB
    pdf.pages[0].Contents = Array([pdf.pages[0].Contents, pdf.make_stream(bomb, Filter=Name.FlateDecode)])
    start = time.process_time()
    with pytest.raises(UnsupportedFile, match="more data than can be opened safely"):
        sanitise_pdf(to_bytes(pdf), filename="bomb.pdf")
    assert time.process_time() - start < 2.0


def test_oversized_images_pages_and_page_counts_are_refused() -> None:
    big = scan_pdf()
    big.pages[0].Resources.XObject.Im0.Width = 100_000
    big.pages[0].Resources.XObject.Im0.Height = 1_000
    with pytest.raises(UnsupportedFile, match="image larger than 60 megapixels"):
        sanitise_pdf(to_bytes(big), filename="big.pdf")
    huge = scan_pdf()
    huge.pages[0].obj.UserUnit = 100  # 340 points x 100 = 472 inches
    with pytest.raises(UnsupportedFile, match="page larger than 200 inches"):
        sanitise_pdf(to_bytes(huge), filename="huge.pdf")
    many = pikepdf.new()
    for _ in range(MAX_PDF_PAGES + 1):
        many.add_blank_page()
    with pytest.raises(UnsupportedFile, match=f"at most {MAX_PDF_PAGES}"):
        sanitise_pdf(to_bytes(many), filename="many.pdf")


# ----- rasterising --------------------------------------------------------------------------------
def test_a_pdf_qpdf_has_to_repair_is_rasterised_by_pdfium_and_stays_readable() -> None:
    raw = bytearray(polyglot(to_bytes(hostile_pdf())))
    at = raw.rindex(b"startxref") + len(b"startxref\n")
    raw[at : at + 4] = b"9999"  # a wrong cross-reference offset: qpdf rebuilds the table
    clean = sanitise_pdf(bytes(raw), filename="scan.pdf")
    assert (clean.pages, clean.rasterised) == (1, True)
    assert_clean(clean.data)
    with pikepdf.open(io.BytesIO(clean.data)) as pdf:
        [picture] = pdf.pages[0].Resources.XObject.values()
        assert picture.Filter == Name.DCTDecode and picture.Width >= 900  # 340 points at 200 dpi
    red = rendered_colour(clean.data, 20 + 75, 240 - 120)  # inside the scan's red half
    white = rendered_colour(clean.data, 20 + 225, 240 - 120)
    assert red[0] > 150 and red[1] < 80 and min(white) > 220


# ----- viewing ------------------------------------------------------------------------------------
def test_a_pdf_stored_byte_for_byte_before_sanitising_is_cleaned_when_viewed(ws: Workspace) -> None:
    create_case(
        ws,
        {"case_number": CASE, "site": "Lima"},
        [{"role": "principal_applicant", "family_name": "Quispe", "given_names": "Ana", "dob": "1990"}],
    )
    clean = attach(ws, CASE, to_bytes(scan_pdf()), filename="clean.pdf")
    stored = content(ws, clean.attachment_id)
    assert stored is not None and hashlib.sha256(stored.data).hexdigest() == clean.content_hash  # unchanged
    old = attach(ws, CASE, to_bytes(scan_pdf()), filename="old.pdf")
    # As attachments were stored before this change: the original bytes, hashed as they were.
    hostile = polyglot(to_bytes(hostile_pdf()))
    blob = ws.vault.put(hostile)
    with ws.session() as session:
        row = session.scalars(select(Attachment).where(Attachment.id == old.attachment_id)).one()
        row.content_hash, row.size = blob.sha256_hex, blob.size
    shown = content(ws, old.attachment_id)
    assert shown is not None and shown.mime == "application/pdf"
    assert_clean(shown.data)
    assert_scan_kept(shown.data)
