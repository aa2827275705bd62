"""Safe image ingest: untrusted photo bytes in, a clean re-encoded image and thumbnail out.

Photos of people and their documents arrive from phones and scanners. They carry GPS positions,
camera serial numbers, owner names and edit histories in EXIF/XMP/IPTC/COM blocks, and may be
hostile (decompression bombs, truncated or malformed files). So we:

* work from bytes in memory only: a temp file would put a plaintext photo on disk;
* trust the magic bytes, never the file name, and let Pillow use only the plugin for that type;
* refuse declared sizes above ``MAX_IMAGE_PIXELS`` before any pixel is decoded, with Pillow's
  decompression-bomb warning raised as an error too. ``Image.MAX_IMAGE_PIXELS`` is also lowered
  process-wide at import to our limit (from Pillow's ~89 MP), which only makes other Pillow users
  in the process stricter;
* apply the EXIF orientation, then re-encode from pixels alone, so no metadata survives: the
  ICC profile is dropped rather than fed to LittleCMS (untrusted input, and slow), at the cost of
  a slight colour shift for wide-gamut (Display P3 / Adobe RGB) photos;
* turn every decoder failure into ``UnsupportedFile``; ``ImageFile.LOAD_TRUNCATED_IMAGES`` stays
  off so a damaged image is refused rather than half-stored.
"""

from __future__ import annotations

import io
import struct
import warnings
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from pathlib import PureWindowsPath

from PIL import Image, ImageOps

from app.errors import UnsupportedFile

MAX_IMAGE_PIXELS = 60_000_000
THUMBNAIL_PX = 320
JPEG_QUALITY = 90
THUMBNAIL_JPEG_QUALITY = 85

Image.MAX_IMAGE_PIXELS = MAX_IMAGE_PIXELS

_PIL_FORMATS = {
    "image/jpeg": "JPEG",
    "image/png": "PNG",
    "image/webp": "WEBP",
    "image/tiff": "TIFF",
    "image/gif": "GIF",
    "image/bmp": "BMP",
}
_ALPHA_MODES = frozenset({"RGBA", "RGBa", "LA", "La", "PA"})  # not LAB: its "A" is a colour axis
_BMP_DIB_HEADER_BYTES = frozenset({12, 16, 40, 52, 56, 64, 108, 124})
_HEIF_BRANDS = frozenset({b"heic", b"heix", b"hevc", b"hevx", b"heim", b"heis", b"mif1", b"msf1", b"avif"})
# Everything a malformed file can make a Pillow decoder raise; BLE forbids `except Exception`.
_DECODER_ERRORS = (
    OSError,  # includes Image.UnidentifiedImageError and "image file is truncated"
    SyntaxError,
    ValueError,
    struct.error,
    EOFError,
    IndexError,
    KeyError,
    TypeError,
    ZeroDivisionError,
    OverflowError,
    RuntimeError,
)


@dataclass(frozen=True, slots=True)
class IngestedImage:
    data: bytes
    mime: str
    width: int
    height: int
    thumbnail: bytes
    thumbnail_mime: str


def sniff_mime(raw: bytes) -> str | None:
    head = raw[:32]
    if head.startswith(b"\xff\xd8\xff"):
        return "image/jpeg"
    if head.startswith(b"\x89PNG\r\n\x1a\n"):
        return "image/png"
    if head[:4] == b"RIFF" and head[8:12] == b"WEBP":
        return "image/webp"
    if head[:4] in (b"II*\x00", b"MM\x00*", b"II+\x00", b"MM\x00+"):
        return "image/tiff"
    if head[:6] in (b"GIF87a", b"GIF89a"):
        return "image/gif"
    # "BM" alone is too weak a signature: also require a known DIB header size.
    if head[:2] == b"BM" and len(head) >= 18 and struct.unpack_from("<I", head, 14)[0] in _BMP_DIB_HEADER_BYTES:
        return "image/bmp"
    if b"%PDF-" in raw[:1024]:  # readers accept the signature anywhere in the first KiB
        return "application/pdf"
    return None


def ingest_image(
    raw: bytes, *, filename: str | None = None, max_pixels: int | None = None, lossless: bool = False
) -> IngestedImage:
    """`max_pixels`: the longest side the stored image may have (a form's orx:max-pixels); a larger
    image is scaled down, keeping its proportions, after the metadata is stripped. `lossless`: kept
    as PNG whatever its mode (a signature or drawing: JPEG blurs thin ink lines and is larger)."""
    label = _label(filename)
    if not raw:
        raise UnsupportedFile(f"{label} is empty: choose the photo again.")
    mime = sniff_mime(raw)
    if mime == "application/pdf":
        raise UnsupportedFile(f"{label} is a PDF document, not an image: attach it as a scan instead.")
    if mime is None:
        raise UnsupportedFile(_not_an_image_message(label, raw))
    too_large = UnsupportedFile(
        f"{label} is too large to open safely (more than {MAX_IMAGE_PIXELS // 1_000_000} megapixels): "
        "resize it or take the photo at a lower resolution."
    )
    damaged = UnsupportedFile(f"{label}: the image is damaged or incomplete. Copy it again from the source.")
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("error", Image.DecompressionBombWarning)
            with Image.open(io.BytesIO(raw), formats=[_PIL_FORMATS[mime]]) as opened:
                width, height = opened.size  # from the header: nothing is decoded yet
                if width <= 0 or height <= 0:
                    raise damaged
                if width * height > MAX_IMAGE_PIXELS:
                    raise too_large
                clean = _clean_pixels(opened)
            return _encode(_fit(clean, max_pixels), lossless=lossless)
    except (Image.DecompressionBombError, Image.DecompressionBombWarning, MemoryError):
        raise too_large from None
    except _DECODER_ERRORS as exc:
        raise damaged from exc


def _clean_pixels(opened: Image.Image) -> Image.Image:
    """Decode, orient and normalise the mode; the result is a new image with empty ``info``."""
    oriented = ImageOps.exif_transpose(opened)  # decodes; a plain Image, not a plugin object
    mode = oriented.mode
    has_alpha = mode in _ALPHA_MODES or "transparency" in oriented.info
    if mode == "P":
        target = "RGBA" if has_alpha else "P"
    elif mode == "1":
        target = "1"  # bilevel scan: lossless PNG, tiny
    elif mode in ("LA", "La"):
        target = "LA"
    elif mode.startswith(("I", "F")):  # 16/32-bit grey: scale to 8 bits instead of clipping
        oriented = oriented.convert("I").point(lambda v: v * (1 / 256))
        target = "L"
    elif has_alpha:
        target = "RGBA"
    elif mode == "L":
        target = "L"
    else:  # RGB, CMYK, YCbCr, LAB, HSV …
        target = "RGB"
    clean = oriented if oriented.mode == target else oriented.convert(target)
    clean.info = {}  # savers fall back to .info for ICC, comment, XMP: start from nothing
    return clean


def _fit(image: Image.Image, max_pixels: int | None) -> Image.Image:
    """The image with its longer side at most `max_pixels`, as ODK Collect scales a form's photos."""
    width, height = image.size
    if max_pixels is None or max_pixels <= 0 or max(width, height) <= max_pixels:
        return image
    scale = max_pixels / max(width, height)
    size = (max(1, round(width * scale)), max(1, round(height * scale)))
    source = image.convert("L") if image.mode == "1" else image
    scaled = source.resize(size, Image.Resampling.LANCZOS, reducing_gap=2.0)
    scaled.info = {}
    return scaled


def _encode(image: Image.Image, *, lossless: bool = False) -> IngestedImage:
    width, height = image.size
    # Pillow releases the GIL while resizing and encoding: the thumbnail is made on a second core
    # while the full image is encoded, off the ingest's critical path.
    with ThreadPoolExecutor(max_workers=1) as pool:
        thumbnail_job = pool.submit(_thumbnail, image)
        data, mime = _save(image, lossless or image.mode in ("RGBA", "LA", "P", "1"), JPEG_QUALITY)
        thumbnail, thumbnail_mime = thumbnail_job.result()
    return IngestedImage(data, mime, width, height, thumbnail, thumbnail_mime)


def _thumbnail(image: Image.Image) -> tuple[bytes, str]:
    source = image
    if image.mode == "P":
        source = image.convert("RGB")
    elif image.mode == "1":
        source = image.convert("L")  # resizing a bilevel image would use nearest-neighbour
    width, height = image.size
    scale = THUMBNAIL_PX / max(width, height)
    if scale < 1:
        size = (max(1, round(width * scale)), max(1, round(height * scale)))
        source = source.resize(size, Image.Resampling.LANCZOS, reducing_gap=2.0)
    elif source is image:
        source = image.copy()  # never share the full image's object with the other thread's save
    return _save(source, source.mode in ("RGBA", "LA"), THUMBNAIL_JPEG_QUALITY, optimize=True)


def _save(image: Image.Image, lossless: bool, quality: int, *, optimize: bool = False) -> tuple[bytes, str]:
    out = io.BytesIO()
    if lossless:
        image.save(out, format="PNG", optimize=False, compress_level=6)
        return out.getvalue(), "image/png"
    image.save(out, format="JPEG", quality=quality, optimize=optimize)
    return out.getvalue(), "image/jpeg"


def _label(filename: str | None) -> str:
    # Base name only: a full path can name the person or the caseworker's home directory.
    name = PureWindowsPath(filename).name if filename else ""
    name = "".join(ch for ch in name if ch.isprintable())  # no control characters into messages and logs
    return f'"{name}"' if name else "The file"


def _not_an_image_message(label: str, raw: bytes) -> str:
    if raw[4:8] == b"ftyp" and raw[8:12] in _HEIF_BRANDS:
        return f"{label} is a HEIC/AVIF photo, which cannot be read here: export it as JPEG and attach that."
    return f"{label} is not a supported image (JPEG, PNG, WebP, TIFF, GIF or BMP)."
