"""Image ingest strips metadata, orients photos and refuses bombs, damaged files and non-images."""

from __future__ import annotations

import io
import os
import struct
import time
import zlib

import pytest
from PIL import ExifTags, Image, ImageCms, ImageDraw

from app.errors import UnsupportedFile
from app.store.images import MAX_IMAGE_PIXELS, THUMBNAIL_PX, IngestedImage, ingest_image, sniff_mime

CANARIES = [b"CANARY-ARTIST-Amina", b"CANARY-COMMENT-camp-7", b"CANARY-XMP-creator", b"CANARY-GPS-area"]
METADATA_KEYS = ("exif", "comment", "icc_profile", "xmp", "XML:com.adobe.xmp", "Raw profile type exif")
RED, BLUE = (220, 20, 20), (20, 20, 220)


def encode(image: Image.Image, fmt: str, **params: object) -> bytes:
    out = io.BytesIO()
    image.save(out, format=fmt, **params)
    return out.getvalue()


def reopen(data: bytes) -> Image.Image:
    image = Image.open(io.BytesIO(data))
    image.load()
    return image


def assert_metadata_free(data: bytes) -> None:
    image = reopen(data)
    for key in METADATA_KEYS:
        assert key not in image.info
    assert dict(image.getexif()) == {}
    for needle in [*CANARIES, b"Exif\x00\x00", b"ICC_PROFILE", b"http://ns.adobe.com/xap", b"eXIf", b"iCCP"]:
        assert needle not in data


def noisy_photo(width: int, height: int) -> Image.Image:
    gradient = Image.linear_gradient("L").resize((width, height)).convert("RGB")
    return Image.blend(gradient, Image.effect_noise((width, height), 40).convert("RGB"), 0.3)


def png_chunk(tag: bytes, payload: bytes) -> bytes:
    return struct.pack(">I", len(payload)) + tag + payload + struct.pack(">I", zlib.crc32(tag + payload))


def bomb_png(width: int, height: int) -> bytes:
    ihdr = struct.pack(">IIBBBBB", width, height, 8, 2, 0, 0, 0)  # 8-bit RGB
    idat = zlib.compress(b"\x00" * 1024)
    return b"\x89PNG\r\n\x1a\n" + png_chunk(b"IHDR", ihdr) + png_chunk(b"IDAT", idat) + png_chunk(b"IEND", b"")


def with_jpeg_dimensions(jpeg: bytes, width: int, height: int) -> bytes:
    """Rewrite the frame header (SOFn) of a real JPEG to declare another size."""
    i = 2
    while i < len(jpeg):
        marker = jpeg[i + 1]
        (length,) = struct.unpack_from(">H", jpeg, i + 2)
        if marker in (0xC0, 0xC1, 0xC2):
            patched = bytearray(jpeg)
            struct.pack_into(">HH", patched, i + 5, height, width)
            return bytes(patched)
        i += 2 + length
    raise AssertionError("no frame header found")


@pytest.fixture(scope="module")
def marked_photo() -> Image.Image:
    """A landscape photo with a red block top-left and a blue block bottom-right."""
    image = Image.new("RGB", (400, 200), (200, 200, 200))
    draw = ImageDraw.Draw(image)
    draw.rectangle((0, 0, 59, 59), fill=RED)
    draw.rectangle((340, 140, 399, 199), fill=BLUE)
    return image


@pytest.fixture(scope="module")
def camera_jpeg(marked_photo: Image.Image) -> bytes:
    """As a phone writes it: sideways pixels, orientation 6, GPS, owner name, comment, XMP, ICC."""
    exif = Image.Exif()
    exif[ExifTags.Base.Orientation] = 6
    exif[ExifTags.Base.Artist] = CANARIES[0].decode()
    exif[ExifTags.Base.Make] = "SyntheticCam"
    gps = exif.get_ifd(ExifTags.IFD.GPSInfo)
    gps[ExifTags.GPS.GPSLatitudeRef] = "N"
    gps[ExifTags.GPS.GPSLatitude] = (12.0, 34.0, 56.0)
    gps[ExifTags.GPS.GPSAreaInformation] = CANARIES[3].decode()
    icc = ImageCms.ImageCmsProfile(ImageCms.createProfile("sRGB")).tobytes()
    xmp = b'<x:xmpmeta xmlns:x="adobe:ns:meta/">' + CANARIES[2] + b"</x:xmpmeta>"
    raw = encode(marked_photo, "JPEG", quality=95, exif=exif.tobytes(), comment=CANARIES[1], icc_profile=icc, xmp=xmp)
    original = reopen(raw)  # the input really carries everything we mean to strip
    assert {"exif", "comment", "icc_profile", "xmp"} <= original.info.keys()
    assert original.getexif().get_ifd(ExifTags.IFD.GPSInfo)[ExifTags.GPS.GPSLatitudeRef] == "N"
    return raw


def test_camera_photo_is_turned_upright_and_stripped_of_all_metadata(camera_jpeg: bytes) -> None:
    result = ingest_image(camera_jpeg, filename="IMG_0001.JPG")
    assert (result.mime, result.width, result.height) == ("image/jpeg", 200, 400)
    upright = reopen(result.data)
    assert upright.size == (200, 400)
    # Orientation 6 means "rotate 90° clockwise to display": top-left moves to top-right.
    assert max(abs(a - b) for a, b in zip(upright.getpixel((170, 30)), RED, strict=True)) < 30
    assert max(abs(a - b) for a, b in zip(upright.getpixel((30, 370)), BLUE, strict=True)) < 30
    assert_metadata_free(result.data)
    assert_metadata_free(result.thumbnail)
    assert result.thumbnail_mime == "image/jpeg"
    assert reopen(result.thumbnail).size == (160, 320)


def test_png_with_alpha_stays_png_and_keeps_transparency() -> None:
    signature = Image.new("RGBA", (600, 300), (0, 0, 0, 0))
    ImageDraw.Draw(signature).line((20, 150, 580, 120), fill=(0, 0, 80, 255), width=6)
    result = ingest_image(encode(signature, "PNG"), filename="signature.png")
    assert (result.mime, result.thumbnail_mime) == ("image/png", "image/png")
    image = reopen(result.data)
    assert image.mode == "RGBA"
    assert image.getpixel((5, 5))[3] == 0
    assert image.getpixel((300, 135))[3] == 255
    assert reopen(result.thumbnail).size == (THUMBNAIL_PX, 160)
    assert_metadata_free(result.data)
    assert_metadata_free(result.thumbnail)


def test_png_text_chunks_and_icc_profile_are_dropped() -> None:
    from PIL import PngImagePlugin

    info = PngImagePlugin.PngInfo()
    info.add_text("Author", CANARIES[0].decode())
    info.add_itxt("XML:com.adobe.xmp", CANARIES[2].decode())
    icc = ImageCms.ImageCmsProfile(ImageCms.createProfile("sRGB")).tobytes()
    exif = Image.Exif()
    exif[ExifTags.Base.Artist] = CANARIES[0].decode()
    raw = encode(Image.new("RGBA", (50, 40), (10, 200, 10, 128)), "PNG", pnginfo=info, icc_profile=icc, exif=exif)
    result = ingest_image(raw)
    assert result.mime == "image/png"
    assert_metadata_free(result.data)
    assert "Author" not in reopen(result.data).info


def test_palette_scan_is_kept_lossless_as_png() -> None:
    scan = Image.new("P", (300, 400), 0)
    scan.putpalette([255, 255, 255, 0, 0, 0] + [0] * 762)
    ImageDraw.Draw(scan).rectangle((50, 50, 250, 60), fill=1)
    result = ingest_image(encode(scan, "PNG"))
    assert result.mime == "image/png"
    image = reopen(result.data).convert("RGB")
    assert image.getpixel((100, 55)) == (0, 0, 0)
    assert image.getpixel((100, 100)) == (255, 255, 255)
    assert result.thumbnail_mime == "image/jpeg"
    assert reopen(result.thumbnail).size == (240, THUMBNAIL_PX)


def test_thumbnail_fits_the_longest_side_and_never_upscales() -> None:
    wide = ingest_image(encode(noisy_photo(2000, 500), "JPEG"))
    assert reopen(wide.thumbnail).size == (THUMBNAIL_PX, 80)
    small = ingest_image(encode(Image.new("RGB", (100, 50), "teal"), "PNG"))
    assert (small.mime, small.width, small.height) == ("image/jpeg", 100, 50)
    assert reopen(small.thumbnail).size == (100, 50)


@pytest.mark.parametrize(
    ("fmt", "mime", "params"),
    [
        ("JPEG", "image/jpeg", {}),
        ("PNG", "image/png", {}),
        ("WEBP", "image/webp", {"quality": 80}),
        ("TIFF", "image/tiff", {"compression": "tiff_lzw"}),
        ("GIF", "image/gif", {}),
        ("BMP", "image/bmp", {}),
    ],
)
def test_every_accepted_format_is_sniffed_and_ingested(fmt: str, mime: str, params: dict[str, object]) -> None:
    raw = encode(Image.new("RGB", (64, 48), (30, 120, 200)), fmt, **params)
    assert sniff_mime(raw) == mime
    result = ingest_image(raw)
    assert (result.width, result.height) == (64, 48)
    assert_metadata_free(result.data)


def test_multi_page_tiff_and_animated_gif_give_their_first_image() -> None:
    pages = [Image.new("RGB", (80, 60), colour) for colour in ("red", "green", "blue")]
    tiff = io.BytesIO()
    pages[0].save(tiff, format="TIFF", save_all=True, append_images=pages[1:])
    first = reopen(ingest_image(tiff.getvalue()).data).convert("RGB").getpixel((40, 30))
    assert first[0] > 200 and first[1] < 50
    gif = io.BytesIO()
    pages[0].save(gif, format="GIF", save_all=True, append_images=pages[1:], duration=100, loop=0)
    frame = reopen(ingest_image(gif.getvalue()).data).convert("RGB").getpixel((40, 30))
    assert frame[0] > 200 and frame[1] < 50


def test_cmyk_and_sixteen_bit_images_are_normalised() -> None:
    cmyk = ingest_image(encode(Image.new("CMYK", (40, 40), (0, 255, 255, 0)), "JPEG"))
    assert cmyk.mime == "image/jpeg"
    assert reopen(cmyk.data).mode == "RGB"
    grey16 = Image.new("I;16", (40, 40), 40000)
    result = ingest_image(encode(grey16, "PNG"))
    assert reopen(result.data).getpixel((5, 5)) in range(150, 160)  # scaled to 8 bits, not clipped


def test_decompression_bomb_png_is_refused_before_decoding() -> None:
    raw = bomb_png(100_000, 100_000)
    assert len(raw) < 200
    started = time.perf_counter()
    with pytest.raises(UnsupportedFile, match="too large") as caught:
        ingest_image(raw, filename="huge.png")
    assert time.perf_counter() - started < 2.0
    assert '"huge.png"' in caught.value.message


def test_declared_size_just_over_the_limit_is_refused() -> None:
    side = int(MAX_IMAGE_PIXELS**0.5) + 10
    raw = with_jpeg_dimensions(encode(Image.new("RGB", (16, 16)), "JPEG"), side, side)
    with pytest.warns(Image.DecompressionBombWarning):
        assert Image.open(io.BytesIO(raw)).size == (side, side)
    started = time.perf_counter()
    with pytest.raises(UnsupportedFile, match="too large"):
        ingest_image(raw)
    assert time.perf_counter() - started < 2.0


def test_truncated_jpeg_is_refused_as_damaged() -> None:
    raw = encode(noisy_photo(800, 600), "JPEG", quality=90)
    with pytest.raises(UnsupportedFile, match="damaged or incomplete"):
        ingest_image(raw[: len(raw) // 2], filename="passport.jpg")


def test_truncated_png_is_refused_as_damaged() -> None:
    raw = encode(noisy_photo(300, 200), "PNG")
    with pytest.raises(UnsupportedFile, match="damaged or incomplete"):
        ingest_image(raw[: len(raw) // 2])


def test_pdf_named_as_a_photo_is_refused_with_advice() -> None:
    pdf = b"%PDF-1.7\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n"
    assert sniff_mime(pdf) == "application/pdf"
    with pytest.raises(UnsupportedFile, match="PDF") as caught:
        ingest_image(pdf, filename="/home/caseworker/Family Files/photo.jpg")
    assert '"photo.jpg"' in caught.value.message
    assert "caseworker" not in caught.value.message
    assert "scan" in caught.value.message
    with pytest.raises(UnsupportedFile, match="PDF") as windows:
        ingest_image(pdf, filename=r"C:\Users\caseworker\photo.jpg")
    assert "caseworker" not in windows.value.message


@pytest.mark.parametrize(
    "raw",
    [
        os.urandom(4096),
        b"\xff\xd8\xff" + os.urandom(4096),  # JPEG magic, garbage after
        b"\x89PNG\r\n\x1a\n" + os.urandom(512),
        b"GIF89a" + os.urandom(100),
        b"RIFF\x00\x10\x00\x00WEBP" + os.urandom(200),
        b"II*\x00" + os.urandom(300),
        b"<svg xmlns='http://www.w3.org/2000/svg'/>",
    ],
    ids=["random", "jpeg-magic", "png-magic", "gif-magic", "webp-magic", "tiff-magic", "svg"],
)
def test_garbage_is_refused_cleanly(raw: bytes) -> None:
    with pytest.raises(UnsupportedFile):
        ingest_image(raw)


def test_empty_file_is_refused() -> None:
    with pytest.raises(UnsupportedFile, match="empty"):
        ingest_image(b"", filename="blank.jpg")
    assert sniff_mime(b"") is None


def test_heic_photo_gets_a_specific_message() -> None:
    heic = b"\x00\x00\x00\x18ftypheic\x00\x00\x00\x00mif1heic" + bytes(64)
    assert sniff_mime(heic) is None
    with pytest.raises(UnsupportedFile, match="HEIC"):
        ingest_image(heic, filename="IMG_1234.HEIC")


def test_ingest_returns_plain_values() -> None:
    result = ingest_image(encode(Image.new("RGB", (10, 10)), "PNG"))
    assert isinstance(result, IngestedImage)
    assert isinstance(result.data, bytes) and isinstance(result.thumbnail, bytes)
